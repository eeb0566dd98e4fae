import { describe, expect, it } from 'vitest';
import { baseForms, frontCode, hasWordForm, unfrontCode } from './pack.ts';

describe('front coding', () => {
  it('round-trips a sorted word list and is shorter than the plain list', () => {
    const list = ['abandon', 'abandoned', 'abandonment', 'abide', 'ability', "aren't", 'co-op', 'zebra'];
    const packed = frontCode(list);
    expect(unfrontCode(packed)).toEqual(list);
    expect(packed.length).toBeLessThan(list.join('|').length);
    expect(unfrontCode('')).toEqual([]);
  });

  it('caps the shared prefix at nine letters and still round-trips', () => {
    const list = ['internationalise', 'internationalised', 'internationalism'];
    expect(unfrontCode(frontCode(list))).toEqual(list);
  });
});

describe('inflections', () => {
  it('finds the base form of plurals, past tenses, gerunds and adverbs', () => {
    const set = new Set(['study', 'stop', 'quick', 'deficiency', 'make', 'walk']);
    for (const w of ['studies', 'studied', 'stopped', 'stopping', 'quickly', 'deficiencies', 'making', 'walks', 'walker']) expect(hasWordForm(set, w)).toBe(true);
    for (const w of ['tarar', 'kabul', 'st']) expect(hasWordForm(set, w)).toBe(false);
    expect(baseForms('ab')).toEqual([]);
  });
});
