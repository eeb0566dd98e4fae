import { describe, expect, it } from 'vitest';
import { sampleAnalysis } from '../export/sample-analysis.ts';
import type { TabReport } from '../shared/protocol.ts';
import { sameReport } from './same-report.ts';

const report: TabReport = { tabId: 3, state: 'annotated', meta: null, analysis: sampleAnalysis(), message: null, highlights: true, updatedAt: 1000 };

describe('keeping the report on screen across updates', () => {
  it('treats a fresh copy of the same report as the same', () => {
    expect(sameReport(report, structuredClone(report))).toBe(true);
  });

  it('notices a newer report, a new state, hidden highlights or a dropped analysis', () => {
    expect(sameReport(report, { ...report, updatedAt: 1001 })).toBe(false);
    expect(sameReport(report, { ...report, state: 'off' })).toBe(false);
    expect(sameReport(report, { ...report, highlights: false })).toBe(false);
    expect(sameReport(report, { ...report, analysis: null })).toBe(false);
    expect(sameReport(null, report)).toBe(false);
    expect(sameReport(null, null)).toBe(true);
  });
});
