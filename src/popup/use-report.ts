/** The popup's view of a tab: the stored report, kept fresh while the page works. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { sendToBackground } from '../shared/messaging.ts';
import { isReportChanged, type TabReport } from '../shared/protocol.ts';
import { sameReport } from './same-report.ts';

export interface TabInfo {
  id: number;
  url: string;
}

/** Resolves `?tab=<id>` or, without it, the active tab of the current window. */
export async function resolveTab(tabParam: string | null): Promise<TabInfo | null> {
  try {
    if (tabParam && /^\d+$/.test(tabParam)) {
      const tab = await browser.tabs.get(Number(tabParam));
      return tab.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
  } catch {
    return null;
  }
}

export function useReport(tabId: number | null): { report: TabReport | null; loaded: boolean; refresh: () => void } {
  const [report, setReport] = useState<TabReport | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    const load = async () => {
      try {
        const reply = await sendToBackground({ type: 'get-report', tabId });
        // Every answer is a fresh copy: keep the one on screen unless the report changed,
        // so a state-only update does not re-render a long report for nothing.
        if (alive) setReport((current) => (sameReport(current, reply.report) ? current : reply.report));
      } catch {
        if (alive) setReport(null);
      }
      if (alive) setLoaded(true);
    };
    void load();
    // The background says when it writes this tab's report (even one kept in memory only).
    const listener = (message: unknown) => {
      if (isReportChanged(message) && message.tabId === tabId) void load();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(listener);
    };
  }, [tabId, tick]);

  return { report, loaded, refresh: () => setTick((n) => n + 1) };
}
