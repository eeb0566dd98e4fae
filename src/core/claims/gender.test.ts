import { describe, expect, it } from 'vitest';
import { segment } from '../text/segment.ts';
import { findActors } from '../actors/index.ts';
import { inferGenders } from './gender.ts';

describe('inferGenders', () => {
  it('reads courtesy titles, gendered roles and the pronouns after a lone person', () => {
    const text = 'Mr. Tom Reed arrived. Ellen Fetter wrote the programs for her group. Spokeswoman Ann Cole declined. Lorenz, his secretary and his programmer met.';
    const doc = segment(text);
    const es = findActors(doc);
    const g = inferGenders(text, es, doc.sentences);
    const of = (name: string): string | undefined => g.get(es.find((e) => e.name === name)!.id);
    expect(of('Tom Reed')).toBe('male');
    expect(of('Ellen Fetter')).toBe('female');
    expect(of('Ann Cole')).toBe('female');
  });
});
