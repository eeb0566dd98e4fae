import { describe, expect, it } from 'vitest';
import { isRegion, lookup, weakPlace, words } from './index.ts';

describe('places from the reference data', () => {
  it('knows large cities, states and provinces of federations, with their country', () => {
    for (const [name, country] of [['Chicago', 'US'], ['Lagos', 'NG'], ['Guadalajara', 'MX'], ['Ontario', 'CA'], ['Queensland', 'AU'], ['Maharashtra', 'IN'], ['Sichuan', 'CN'], ['Faisalabad', 'PK']] as const) {
      const hit = lookup(name)?.find((e) => e.type === 'place');
      expect(hit, name).toBeTruthy();
      expect(hit?.country, name).toBe(country);
    }
    expect(lookup('Cordoba')?.[0]?.type).toBe('place'); // folded: "Córdoba"
    expect(isRegion('Tamil Nadu')).toBe(true);
    expect(isRegion('Chicago')).toBe(false);
  });

  it('keeps towns whose name is also a word or a person’s name as weak readings only', () => {
    for (const name of ['Reading', 'Mobile', 'Jackson', 'Lincoln']) {
      expect(lookup(name), name).toBeNull();
      expect(weakPlace(name)?.type, name).toBe('place');
    }
    expect(weakPlace('Chicago')).toBeNull();
  });
});

describe('peoples', () => {
  it('gives every demonym that is a noun its plural ("Greeks", "Uzbeks", "Dutchmen"), never an adjective ("Frenches") nor a country ("Laos")', () => {
    for (const [plural, country] of [['Greeks', 'GR'], ['Uzbeks', 'UZ'], ['Spaniards', 'ES'], ['Dutchmen', 'NL'], ['South Africans', 'ZA']] as const) {
      const hit = lookup(plural)?.find((e) => e.kind === 'demonym-plural');
      expect(hit?.country, plural).toBe(country);
    }
    for (const name of ['Frenches', 'Chineses', 'Swisses', 'Germen']) expect(lookup(name), name).toBeNull();
    expect(lookup('Laos')?.map((e) => e.kind)).toEqual(['country']);
    expect(lookup('Philippines')?.map((e) => e.kind)).toEqual(['country']);
  });
});

describe('common words', () => {
  it('knows ordinary words and their inflections, not names', () => {
    const { common } = words();
    for (const w of ['national', 'deficiency', 'deficiencies', 'lawsuits', 'university', 'announced']) expect(common.has(w), w).toBe(true);
    for (const w of ['tarar', 'khawaja', 'kabul', 'obama']) expect(common.has(w), w).toBe(false);
  });
});

describe('organisations named with another form of their parent\'s name', () => {
  it('finds "U.N. Security Council" and "United Nations Security Council" as the UN Security Council, not "U.S. Senate"', () => {
    for (const n of ['U.N. Security Council', 'United Nations Security Council']) expect(lookup(n)?.[0]?.canonical, n).toBe('UN Security Council');
    expect(lookup('U.S. Senate')).toBeNull();
    expect(lookup('United Airlines Security Council')).toBeNull();
  });
});

describe('news media', () => {
  it('knows the outlets news quotes by name', () => {
    for (const n of ['National Review', 'Breitbart News', 'Daily Beast', 'New York Post', 'Bloomberg News']) expect(lookup(n)?.[0]?.type, n).toBe('organization');
  });
});
