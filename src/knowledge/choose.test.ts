import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { choose, countriesIn, normalizeName } from './choose.ts';
import { cand, ctx, PAKISTAN, Q, ranked } from './fixtures/cases.ts';
import { DEV_CASES } from './fixtures/choose-dev.ts';
import { HELDOUT_CASES } from './fixtures/choose-heldout.ts';

describe('choose', () => {
  for (const c of DEV_CASES) {
    it(c.title, () => {
      const result = choose(c.context, c.candidates);
      expect(result.chosen?.id ?? null).toBe(c.expect);
      if (c.expect) expect(result.confidence).toBeGreaterThan(0.5);
      else expect(result.confidence).toBe(0);
    });
  }

  it('on the held-out cases never presents a wrong item (it may say it is not sure)', () => {
    const wrong = HELDOUT_CASES.filter((c) => {
      const got = choose(c.context, c.candidates).chosen?.id ?? null;
      return got !== null && got !== c.expect;
    });
    expect(wrong.map((c) => c.title)).toEqual([]);
  });

  it('never answers with a disambiguation page or a name page, whatever the article says', () => {
    const meta = fc.constantFrom(Q.disambiguation, Q.familyName, Q.givenName);
    const type = fc.constantFrom('person', 'place', 'organization', 'group') as fc.Arbitrary<'person' | 'place' | 'organization' | 'group'>;
    fc.assert(
      fc.property(type, fc.array(meta, { minLength: 1, maxLength: 4 }), fc.boolean(), (t, classes, metonym) => {
        const candidates = ranked(classes.map((q, i) => cand(`Q${100 + i}`, 'Tarar', 'Wikimedia disambiguation page', [q])));
        expect(choose(ctx('Tarar', t, { metonym }), candidates).chosen).toBeNull();
      }),
    );
  });

  it('a person is never answered with something that is not human', () => {
    const result = choose(ctx('Kabul', 'person'), ranked([cand('Q5838', 'Kabul', 'capital of Afghanistan', [Q.capital])]));
    expect(result.chosen).toBeNull();
    expect(result.outcome).toBe('none');
  });

  it('an organisation is never answered with a person', () => {
    const result = choose(ctx('Paris Hilton', 'organization'), ranked([cand('Q47899', 'Paris Hilton', 'American media personality', [Q.human])]));
    expect(result.chosen).toBeNull();
  });

  it('a namesake from another country is not the affiliated person', () => {
    const result = choose(
      ctx('Ahmed Ali', 'person', { role: 'Foreign Minister', affiliation: PAKISTAN }),
      ranked([cand('Q1', 'Ahmed Ali', 'Indian politician', [Q.human])]),
    );
    expect(result.chosen).toBeNull();
  });

  it('an item without an English article is offered as a candidate but not chosen', () => {
    const result = choose(ctx('Zabihullah Mujahid', 'person'), ranked([cand('Q2', 'Zabihullah Mujahid', 'Afghan spokesman', [Q.human], { enwiki: null })]));
    expect(result.chosen).toBeNull();
    expect(result.ranked[0]?.excluded).toMatch(/English/);
  });

  it('says it is not sure rather than guess among people who share a name', () => {
    const result = choose(
      ctx('Ali Khan', 'person'),
      ranked([
        cand('Q3', 'Ali Khan', 'Pakistani politician', [Q.human], { enwiki: 'Ali Khan (politician)' }),
        cand('Q4', 'Ali Khan', 'Pakistani cricketer', [Q.human], { enwiki: 'Ali Khan (cricketer)' }),
      ]),
    );
    expect(result.outcome).toBe('unsure');
    expect(result.ranked.filter((s) => s.excluded === null)).toHaveLength(2);
  });
});

describe('normalizeName', () => {
  it('treats hyphens, case and diacritics alike', () => {
    expect(normalizeName('Kim Jong-un')).toBe(normalizeName('kim jong un'));
    expect(normalizeName('Türkiye')).toBe('turkiye');
  });
});

describe('countriesIn', () => {
  it('finds countries from demonyms, names and capitals in a description', () => {
    expect([...countriesIn('Pakistani politician')]).toEqual(['PK']);
    expect([...countriesIn('capital and largest city of Afghanistan')]).toEqual(['AF']);
    expect([...countriesIn('largest city in Turkey')]).toEqual(['TR']);
    expect([...countriesIn('political movement')]).toEqual([]);
  });
});
