/** Whether two answers to get-report are the same report (pure, so it can be tested outside an extension). */
import type { TabReport } from '../shared/protocol.ts';

/** Reports are rewritten as a whole with a new `updatedAt` whenever anything in them changes. */
export function sameReport(a: TabReport | null, b: TabReport | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.tabId === b.tabId && a.updatedAt === b.updatedAt && a.state === b.state && a.highlights === b.highlights && (a.analysis === null) === (b.analysis === null)
  );
}
