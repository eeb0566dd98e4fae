import { describe, expect, it } from 'vitest';
import { parseActorTables, parseClaimRows } from './bench-quality.ts';

// The shape eval-actors.ts and eval-claims.ts print (their tables are the bench's input).
const ACTORS = `
dev (63 texts)   P / R / F1
type           | ours: mentions | ours: entities | ours: overlap  | compromise: mentions | compromise: entities | compromise: overlap
person         | 0.95 0.90 0.92 | 0.91 0.91 0.91 | 0.96 0.92 0.94 | 0.70 0.46 0.55       | 0.65 0.70 0.67       | 0.87 0.83 0.85
all            | 0.93 0.84 0.88 | 0.82 0.82 0.82 | 0.93 0.85 0.89 | 0.69 0.42 0.53       | 0.59 0.54 0.57       | 0.83 0.67 0.74

held-out-4 (10 texts)   P / R / F1
all            | 0.91 0.88 0.89 | 0.75 0.85 0.79 | 0.89 0.86 0.87 | 0.75 0.42 0.54       | 0.58 0.57 0.58       | 0.81 0.65 0.72
`;

const CLAIMS = `
DEV                    gold 918  pred 878  recall 0.91  precision 0.94  speaker 0.87  kind 0.84 (of found 0.93)
HELD-OUT               gold  41  pred  41  recall 0.98  precision 0.95  speaker 0.90  kind 0.88 (of found 0.90)
HELD-OUT-4             gold 148  pred 127  recall 0.85  precision 0.98  speaker 0.82  kind 0.80 (of found 0.94)
`;

describe('bench quality tables', () => {
  it('reads ours and compromise apart, overlap included, for every set', () => {
    const sets = parseActorTables(ACTORS);
    expect(sets.map((s) => s.set)).toEqual(['dev', 'held-out-4']);
    expect(sets[0]!.ours.overlap).toEqual({ precision: 0.93, recall: 0.85, f1: 0.89 });
    expect(sets[0]!.compromise.mentions).toEqual({ precision: 0.69, recall: 0.42, f1: 0.53 });
    expect(sets[1]!.compromise.overlap.f1).toBe(0.72);
  });

  it('reads every claims set, the numbered held-out ones too', () => {
    const rows = parseClaimRows(CLAIMS);
    expect(rows.map((r) => [r.set, r.speaker])).toEqual([['dev', 0.87], ['held-out', 0.9], ['held-out-4', 0.82]]);
  });
});
