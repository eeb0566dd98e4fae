/** The popup's view of a tab: the stored report, kept fresh while the page works. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { sendToBackground } from '../shared/messaging.ts';
import type { TabReport } from '../shared/protocol.ts';
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
        // so the 1 s poll does not re-render a long report for nothing.
        if (alive) setReport((current) => (sameReport(current, reply.report) ? current : reply.report));
      } catch {
        if (alive) setReport(null);
      }
      if (alive) setLoaded(true);
    };
    void load();
    const listener = (changes: Record<string, unknown>) => {
      if (`tab:${tabId}` in changes) void load();
    };
    browser.storage.onChanged.addListener(listener);
    // Session-storage change events are not delivered everywhere; a slow poll covers the gap.
    const timer = setInterval(load, 1000);
    return () => {
      alive = false;
      clearInterval(timer);
      browser.storage.onChanged.removeListener(listener);
    };
  }, [tabId, tick]);

  return { report, loaded, refresh: () => setTick((n) => n + 1) };
}
