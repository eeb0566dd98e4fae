/**
 * Per-tab reports, kept in `storage.session` so they survive the MV3 service worker
 * being stopped, and vanish with the browser session. Falls back to memory where
 * session storage is missing.
 */
import browser from '../shared/browser.ts';
import type { ReportChanged, TabReport } from '../shared/protocol.ts';

const memory = new Map<string, TabReport>();
const key = (tabId: number) => `tab:${tabId}`;

function session() {
  return (browser.storage as { session?: typeof browser.storage.local }).session;
}

export async function getReport(tabId: number): Promise<TabReport | null> {
  const area = session();
  if (!area) return memory.get(key(tabId)) ?? null;
  try {
    const got = await area.get(key(tabId));
    return (got[key(tabId)] as TabReport | undefined) ?? null;
  } catch {
    return memory.get(key(tabId)) ?? null;
  }
}

export async function putReport(report: TabReport): Promise<void> {
  memory.set(key(report.tabId), report);
  const area = session();
  try {
    await area?.set({ [key(report.tabId)]: report });
  } catch {
    // Session storage is capped (10 MB in Chrome); a huge analysis stays in memory only.
  }
  const changed: ReportChanged = { type: 'report-changed', tabId: report.tabId };
  // Tell open popups and report tabs; with none open there is no receiver, which is fine.
  browser.runtime.sendMessage(changed).catch(() => undefined);
}

export async function updateReport(tabId: number, patch: Partial<TabReport>): Promise<TabReport> {
  const previous = await getReport(tabId);
  const next: TabReport = {
    tabId,
    state: 'analyzing',
    meta: null,
    analysis: null,
    message: null,
    highlights: true,
    ...previous,
    ...patch,
    updatedAt: Date.now(),
  };
  await putReport(next);
  return next;
}

export async function dropReport(tabId: number): Promise<void> {
  memory.delete(key(tabId));
  try {
    await session()?.remove(key(tabId));
  } catch {
    /* nothing to drop */
  }
}
