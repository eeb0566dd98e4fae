import { describe, expect, it } from 'vitest';
import { isHeldOut, metricsFrom, sameTokens, shingleMatching } from './bench-extraction.ts';

describe('extraction benchmark metric (evaluate.py of article-extraction-benchmark)', () => {
  it('scores identical texts as perfect and disjoint texts as zero', () => {
    expect(shingleMatching('one two three four five', 'one two three four five')).toEqual([1, 0, 0]);
    expect(shingleMatching('one two three four', 'five six seven eight')).toEqual([0, 0.5, 0.5]);
  });

  it('counts 4-token shingles over \\w+ tokens, punctuation and case as evaluate.py does', () => {
    // truth: 3 shingles (a b c d, b c d e, c d e f); prediction adds one token → 1 extra shingle.
    const [tp, fp, fn] = shingleMatching('a b c d e f', 'a, b. c d e f g');
    expect([tp * 4, fp * 4, fn * 4].map((x) => Math.round(x))).toEqual([3, 1, 0]);
    // Non-Latin words are tokens too (Python's \w is Unicode-aware).
    expect(shingleMatching('Türkiye ve Pakistan görüştü bugün', 'Türkiye ve Pakistan görüştü bugün')).toEqual([1, 0, 0]);
  });

  it('leaves empty predictions out of precision but counts them as zero recall', () => {
    const empty = shingleMatching('one two three four five', '');
    const perfect = shingleMatching('one two three four five', 'one two three four five');
    const m = metricsFrom([empty, perfect]);
    expect(m.precision).toBe(1);
    expect(m.recall).toBe(0.5);
    expect(m.f1).toBeCloseTo(2 / 3);
  });

  it('counts a page as accurate only when the token sequence is the same', () => {
    expect(sameTokens('The talks, in Doha.', 'the talks in Doha')).toBe(false);
    expect(sameTokens('The talks, in Doha.', 'The talks in\n\nDoha')).toBe(true);
  });

  it('splits pages into a development and a held-out half by id', () => {
    expect(isHeldOut('0abc')).toBe(false);
    expect(isHeldOut('7abc')).toBe(false);
    expect(isHeldOut('8abc')).toBe(true);
    expect(isHeldOut('fabc')).toBe(true);
  });
});
