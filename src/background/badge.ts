/** The toolbar badge: how many actors Backstory found on the tab. */
import browser from '../shared/browser.ts';
import type { TabReport } from '../shared/protocol.ts';

export async function showBadge(report: TabReport): Promise<void> {
  const count = report.state === 'annotated' ? (report.analysis?.entities.length ?? 0) : 0;
  const text = report.state === 'error' ? '!' : count > 0 ? String(Math.min(count, 999)) : '';
  try {
    await browser.action.setBadgeText({ tabId: report.tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId: report.tabId, color: report.state === 'error' ? '#b3261e' : '#3b4a6b' });
  } catch {
    // The tab may have closed in the meantime.
  }
}
