import { describe, expect, it } from 'vitest';
import { buildContext, searchNames } from './context.ts';
import { SEED_ANALYSIS, seedEntity, testEntity } from './fixtures/seed-analysis.ts';
import { builtInFacts, offlineCard } from './offline.ts';

describe('searchNames', () => {
  it('searches proper names, not titles or descriptions', () => {
    expect(searchNames(seedEntity('Atta Tarar'))).toEqual(['Atta Tarar', 'Tarar']);
    expect(searchNames(seedEntity('Afghan delegation'))).toEqual([]);
    expect(searchNames(testEntity('sources close to the talks', 'group'))).toEqual([]);
    expect(searchNames(testEntity('Mohammed bin Salman'))).toEqual(['Mohammed bin Salman']);
  });
});

describe('buildContext', () => {
  it('carries the role, the affiliation with its demonym and the article countries', () => {
    const ctx = buildContext(seedEntity('Atta Tarar'), SEED_ANALYSIS);
    expect(ctx.role).toBe('Information Minister');
    expect(ctx.affiliation).toMatchObject({ name: 'Pakistan', country: 'PK' });
    expect(ctx.affiliation?.words).toContain('Pakistani');
    expect(ctx.countries).toEqual(expect.arrayContaining(['PK', 'AF', 'QA', 'TR']));
    expect(buildContext(seedEntity('Kabul'), SEED_ANALYSIS).metonym).toBe(true);
  });
});

describe('offline facts', () => {
  it('know countries under any name and capitals', () => {
    expect(builtInFacts(seedEntity('Türkiye'))).toMatchObject({ title: 'Türkiye', description: 'Country in Asia' });
    expect(builtInFacts(testEntity('Turkey', 'place'))?.facts).toEqual(expect.arrayContaining([{ label: 'Capital', value: 'Ankara', origin: 'built-in' }]));
    expect(builtInFacts(seedEntity('Kabul'))).toMatchObject({ title: 'Kabul', description: 'Capital of Afghanistan' });
    expect(builtInFacts(seedEntity('Atta Tarar'))).toBeNull();
  });

  it('always carry what the article says about the actor', () => {
    const card = offlineCard(seedEntity('Khawaja Asif'), SEED_ANALYSIS);
    expect(card).toMatchObject({ source: 'article', title: 'Khawaja Asif', confidence: 0, note: null });
    expect(card.facts).toEqual([
      { label: 'Role in this article', value: 'Defence Minister', origin: 'article' },
      { label: 'Affiliation', value: 'Pakistan', origin: 'article' },
      { label: 'Said here', value: 'Pakistan may be compelled to “consider other options.”', origin: 'article' },
    ]);
  });
});
