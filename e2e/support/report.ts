/**
 * Asks the background for a tab's report through the extension's public protocol
 * (`{type:'get-report', tabId}`, src/shared/protocol.ts), from an extension page.
 * (A service worker cannot message itself, so this runs in the popup page.)
 */
import type { TabReport } from '../../src/shared/protocol.ts';

/** Evaluated inside an extension page; self-contained (see probes.ts). */
export const fetchReportInExtensionPage = async (tabId: number): Promise<TabReport | null> => {
  const g = globalThis as unknown as {
    browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  };
  const runtime = (g.browser ?? g.chrome)?.runtime;
  if (!runtime) throw new Error('not an extension page');
  const reply = (await runtime.sendMessage({ type: 'get-report', tabId })) as { ok?: boolean; report?: TabReport | null };
  return reply?.report ?? null;
};
