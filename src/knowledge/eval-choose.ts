/**
 * Measures the chooser: `npx tsx src/knowledge/eval-choose.ts [--heldout]`.
 * Prints each case (✓/✗) and the accuracy. The held-out set is for measuring only.
 */
import { choose } from './choose.ts';
import { DEV_CASES } from './fixtures/choose-dev.ts';
import { HELDOUT_CASES } from './fixtures/choose-heldout.ts';
import type { ChooseCase } from './fixtures/cases.ts';

export function evaluate(cases: ChooseCase[]): { correct: number; total: number; lines: string[] } {
  const lines: string[] = [];
  let correct = 0;
  for (const c of cases) {
    const result = choose(c.context, c.candidates);
    const got = result.chosen?.id ?? null;
    const ok = got === c.expect;
    if (ok) correct++;
    const top = result.ranked
      .slice(0, 3)
      .map((s) => `${s.candidate.id} ${s.score.toFixed(2)}${s.excluded ? ` (${s.excluded})` : ''}`)
      .join('; ');
    lines.push(`${ok ? '✓' : '✗'} ${c.title}: expected ${c.expect ?? 'unsure'}, got ${got ?? result.outcome} ${got ? `@${result.confidence}` : ''} [${top}]`);
  }
  return { correct, total: cases.length, lines };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const heldout = process.argv.includes('--heldout');
  const { correct, total, lines } = evaluate(heldout ? HELDOUT_CASES : DEV_CASES);
  console.log(lines.join('\n'));
  console.log(`${heldout ? 'held-out' : 'dev'}: ${correct}/${total} correct`);
}
