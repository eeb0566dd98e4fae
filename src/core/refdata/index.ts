/**
 * Offline reference data: countries (names, aliases, official name, capital, region, flag, demonyms),
 * known organisations and places, and word lists. Built once on first use.
 */
import { CAPITAL_ALIASES, FAMILY_NAMES, GEO_FEATURES, KNOWN_ORGS, KNOWN_PLACES, LANDMARKS, PLACE_ALIASES, US_STATE_NAMES, abbreviationAsWritten } from './curated.ts';
import { BRAND_WORDS, CITIES, COMMON_WORDS, COUNTRY_ROWS, FIRST_NAMES, LAST_NAMES, ORGANIZATIONS, PERSON_NOUNS, PLACES, PLACES_ATTRIBUTION, REGIONS, WORDY_FIRST_NAMES } from './generated.ts';

/** Credit owed for the place names (GeoNames, CC BY 4.0): show it where the extension lists its data sources. */
export const REFDATA_ATTRIBUTION: string = PLACES_ATTRIBUTION;
import { hasWordForm, unfrontCode } from './pack.ts';
import type { EntityType } from '../types.ts';

export interface CountryFacts {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  name: string;
  officialName: string;
  aliases: string[];
  capital: string;
  region: string;
  flag: string;
  demonyms: string[];
}

export type GazetteerKind = 'country' | 'capital' | 'place' | 'organization' | 'demonym' | 'demonym-plural';

export interface GazetteerEntry {
  kind: GazetteerKind;
  type: EntityType;
  /** Canonical name of what the phrase names (the country for a demonym). */
  canonical: string;
  /** Country code for countries, capitals, demonyms and places with a country. */
  country: string | null;
  /** A place name that is also a common word or a person's name ("Reading", "Jackson"): a place only with place evidence. */
  weak?: boolean;
  /** A state or province (a "Town, State" pair names one town). */
  region?: boolean;
  /** A building that stands for a government or an office ("the White House said"), read like a capital. */
  seat?: boolean;
}

/** Folds diacritics and apostrophes so "Turkiye" finds "Türkiye"; keeps case. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ');
}

let countriesCache: CountryFacts[] | null = null;

/** All countries with their offline facts, in ISO code order. */
export function countries(): CountryFacts[] {
  if (countriesCache) return countriesCache;
  countriesCache = COUNTRY_ROWS.map((r) => ({
    code: r[0]!,
    name: r[1]!,
    officialName: r[2]!,
    aliases: r[3] ? r[3].split('|') : [],
    capital: r[4]!,
    region: r[5]!,
    flag: r[6]!,
    demonyms: r[7] ? r[7].split('|') : [],
  }));
  return countriesCache;
}

/** Offline facts for a country by ISO code, or null. */
export function countryByCode(code: string): CountryFacts | null {
  return countries().find((c) => c.code === code) ?? null;
}

/** Offline facts for a country by any of its names ("Türkiye", "Turkey", "U.S."), or null. */
export function countryByName(name: string): CountryFacts | null {
  const hit = gazetteer().exact.get(fold(name))?.find((e) => e.kind === 'country');
  return hit?.country ? countryByCode(hit.country) : null;
}

interface Gazetteer {
  /** Case-sensitive folded phrase → entries. */
  exact: Map<string, GazetteerEntry[]>;
  /** Lowercase folded phrase → entries; only for Title-Case text. */
  lower: Map<string, GazetteerEntry[]>;
  /** Longest phrase, in words. */
  maxWords: number;
}

let gazCache: Gazetteer | null = null;

/** The Associated Press's dotted abbreviations of US states ("N.J.", "S.C."), written in full with their last dot. */
const AP_DOTTED_STATES: readonly [string, string][] = Object.entries(US_STATE_NAMES)
  .filter(([abbr]) => abbr.includes('.'))
  .map(([abbr, state]) => [`${abbreviationAsWritten(abbr)}.`, state]);

export function gazetteer(): Gazetteer {
  if (gazCache) return gazCache;
  const exact = new Map<string, GazetteerEntry[]>();
  const lower = new Map<string, GazetteerEntry[]>();
  let maxWords = 1;
  const add = (map: Map<string, GazetteerEntry[]>, phrase: string, e: GazetteerEntry): void => {
    const key = fold(phrase.trim());
    if (!key) return;
    maxWords = Math.max(maxWords, key.split(' ').length);
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (!list.some((x) => x.kind === e.kind && x.canonical === e.canonical)) list.push(e);
  };
  // A demonym's plural is never a country's name ("Lao" → not "Laos", "Philippine" → not "Philippines").
  const countryNames = new Set(countries().flatMap((c) => [c.name, c.officialName, ...c.aliases]));
  for (const c of countries()) {
    const e: GazetteerEntry = { kind: 'country', type: 'place', canonical: c.name, country: c.code };
    add(exact, c.name, e);
    for (const a of c.aliases) add(exact, a, e);
    add(exact, c.officialName, e);
    if (c.capital) {
      const cap: GazetteerEntry = { kind: 'capital', type: 'place', canonical: c.capital, country: c.code };
      add(exact, c.capital, cap);
      for (const a of CAPITAL_ALIASES[c.capital] ?? []) add(exact, a, { ...cap, canonical: a });
    }
    for (const d of c.demonyms) {
      add(exact, d, { kind: 'demonym', type: 'group', canonical: c.name, country: c.code });
      // "Americans", "Britons", "Spaniards", "Greeks", "Dutchmen": the nouns' plurals. The adjectives that are no
      // nouns ("British", "French", "Chinese", "Swiss", "Icelandic") have none.
      const plural = /(?:ch|sh|ts)(?:wo)?man$/.test(d) ? d.replace(/man$/, 'men') : /(?:sh|ch|ese|ss|[sxzy]|ic|que)$/.test(d) ? null : `${d}s`;
      if (plural && !countryNames.has(plural)) add(exact, plural, { kind: 'demonym-plural', type: 'group', canonical: plural, country: c.code });
    }
  }
  for (const [name, type, ...aliases] of KNOWN_ORGS) {
    const e: GazetteerEntry = { kind: 'organization', type: type as EntityType, canonical: name!, country: null };
    add(exact, name!, e);
    for (const a of aliases) add(exact, a, e);
  }
  for (const [name, code] of KNOWN_PLACES) add(exact, name!, { kind: 'place', type: 'place', canonical: name!, country: code || null });
  for (const [name, code, ...aliases] of PLACE_ALIASES) for (const a of [name!, ...aliases]) add(exact, a, { kind: 'place', type: 'place', canonical: name!, country: code || null });
  for (const name of GEO_FEATURES) add(exact, name, { kind: 'place', type: 'place', canonical: name, country: null });
  for (const [name, code, seat] of LANDMARKS) add(exact, name!, { kind: 'place', type: 'place', canonical: name!, country: code || null, ...(seat ? { seat: true } : {}) });
  // Cities and provinces: a weak reading never shadows another entry.
  for (const line of PLACES.split('\n')) {
    const country = line.slice(0, 2);
    for (let name of line.slice(3).split('|')) {
      const weak = name.startsWith('~');
      if (weak) name = name.slice(1);
      const region = name.startsWith('^');
      if (region) name = name.slice(1);
      const key = fold(name);
      const prev = exact.get(key);
      if (prev && (weak || prev.some((e) => e.kind === 'place'))) continue;
      const e: GazetteerEntry = { kind: 'place', type: 'place', canonical: name, country };
      if (weak) e.weak = true;
      if (region) e.region = true;
      add(exact, name, e);
    }
  }
  // "key in S.C.", "N.J. Gov. Chris Christie": the Associated Press's dotted abbreviations of US states read as the
  // states (the undotted ones, "Fla.", "Calif.", are read only after a town: see candidates.ts).
  for (const [abbr, state] of AP_DOTTED_STATES) {
    const entry = exact.get(fold(state))?.find((e) => e.kind === 'place');
    // ("N.Y." is known already.)
    if (entry && !exact.get(fold(abbr))?.length) add(exact, abbr, entry);
  }
  for (const w of CITIES.split('|')) add(lower, w, { kind: 'place', type: 'place', canonical: titleCase(w), country: null });
  for (const w of REGIONS.split('|')) add(lower, w, { kind: 'place', type: 'place', canonical: titleCase(w), country: null });
  // (A name of three letters is an acronym: "snp" is the SNP, not "Snp".)
  for (const w of ORGANIZATIONS.split('|')) if (w.length > 2) add(lower, w, { kind: 'organization', type: 'organization', canonical: w.length === 3 ? w.toUpperCase() : titleCase(w), country: null });
  gazCache = { exact, lower, maxWords };
  return gazCache;
}

/** Each word's first letter in capitals ("o'fallon" → "O'Fallon", "PENCE".toLowerCase() → "Pence"). */
export function titleCase(s: string): string {
  return s.replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/**
 * Looks a phrase up: exact case first, then lowercase when the phrase is Title-Case. Weak readings are left out (see
 * {@link weakPlace}). An organisation's name may open with another form of its parent's ("U.N. Security Council",
 * "United Nations Security Council" for "UN Security Council").
 */
export function lookup(phrase: string): GazetteerEntry[] | null {
  return lookupAsWritten(phrase) ?? parentVariant(phrase);
}

let acronymCache: Map<string, string> | null = null;

/**
 * Organisations whose name of two or three words the reference data also knows by its initials, as the same
 * organisation ("United Nations" → "UN"); built once, so that a lookup that misses costs a map access, not four.
 */
function parentAcronyms(): Map<string, string> {
  if (acronymCache) return acronymCache;
  acronymCache = new Map();
  for (const [key, entries] of gazetteer().exact) {
    const w = key.split(' ');
    if (w.length < 2 || w.length > 3 || !w.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x))) continue;
    const parent = entries.find((e) => e.type === 'organization');
    const initials = w.map((x) => x[0]).join('');
    if (parent && gazetteer().exact.get(initials)?.find((e) => e.type === 'organization')?.canonical === parent.canonical) acronymCache.set(key, initials);
  }
  return acronymCache;
}

function parentVariant(phrase: string): GazetteerEntry[] | null {
  if (!phrase.includes(' ')) return null;
  const orgs = (x: GazetteerEntry[] | null): GazetteerEntry[] | null => (x?.some((e) => e.type === 'organization') ? x.filter((e) => e.type === 'organization') : null);
  const dotted = /^((?:\p{Lu}\.){2,})\s+(\p{Lu}.*)$/u.exec(phrase);
  if (dotted) return orgs(lookupAsWritten(`${dotted[1]!.replace(/\./g, '')} ${dotted[2]}`));
  const w = fold(phrase).split(' ');
  for (let n = 2; n <= 3 && n < w.length; n++) {
    const initials = parentAcronyms().get(w.slice(0, n).join(' '));
    const hit = initials ? orgs(lookupAsWritten(`${initials} ${w.slice(n).join(' ')}`)) : null;
    if (hit) return hit;
  }
  return null;
}

function lookupAsWritten(phrase: string): GazetteerEntry[] | null {
  const g = gazetteer();
  const key = fold(phrase);
  const hit = g.exact.get(key);
  if (hit) {
    const strong = hit.filter((e) => !e.weak);
    if (strong.length) return strong;
  }
  if (/^\p{Lu}/u.test(key) && key.split(/[\s-]/).every((w) => /^[\p{Lu}\d&]/u.test(w) || w === 'of' || w === 'and' || w === 'the')) {
    return g.lower.get(key.toLowerCase()) ?? null;
  }
  return null;
}

/** A place whose name is also a common word or a person's name ("Reading", "Jackson"), or null. */
/**
 * A word that may qualify a class noun standing for an organisation: lowercase ("the payments company"),
 * a nationality ("the Swedish carmaker") or a base ("the Toronto-based firm").
 */
export function classModifier(word: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$|^\p{Lu}[\p{L}.&-]*-(?:based|owned|backed|controlled|run|funded|led)$/u.test(word) || !!lookup(word)?.some((g) => g.kind === 'demonym');
}

export function weakPlace(phrase: string): GazetteerEntry | null {
  return gazetteer().exact.get(fold(phrase))?.find((e) => e.weak) ?? null;
}

let regionCache: Set<string> | null = null;

/** A state, province or region (from the reference data's region lists), by name in any case. */
export function isRegion(name: string): boolean {
  if (!regionCache) {
    regionCache = new Set(REGIONS.split('|'));
    for (const line of PLACES.split('\n')) for (const n of line.slice(3).split('|')) if (n.replace(/^~/, '').startsWith('^')) regionCache.add(fold(n.replace(/^~?\^/, '')).toLowerCase());
  }
  return regionCache.has(fold(name).toLowerCase());
}

/** A word list that knows inflections ("studies" is in it when "study" is). */
export interface WordSet {
  has(word: string): boolean;
}

interface WordLists {
  firstNames: Set<string>;
  /** First names given to men only or to women only. */
  nameGender: Map<string, 'male' | 'female'>;
  /** First names of nameGender given to both sexes, whose sex there is the one they mostly have in English. */
  sexGuessed: Set<string>;
  lastNames: Set<string>;
  /** Common English words (lowercase), inflections included. */
  common: WordSet;
  personNouns: Set<string>;
  /** Words of company names ("spotify", "databricks"): evidence, never proof, that a name is a company's. */
  brandWords: Set<string>;
  /** First names that are common words too ("bill", "frank"): a name only before a name-like word. */
  wordyFirstNames: Set<string>;
}
let wordsCache: WordLists | null = null;

/** Lowercase word lists: first names, surnames, common English words, nouns for people. */
export function words(): WordLists {
  if (wordsCache) return wordsCache;
  const firstNames = new Set<string>();
  const nameGender = new Map<string, 'male' | 'female'>();
  // "lindsey:F": a name given to both sexes, mostly to one in English.
  const sexGuessed = new Set<string>();
  const mark = (name: string, g: string | undefined): void => {
    if (!g || nameGender.has(name)) return;
    nameGender.set(name, g.toLowerCase() === 'm' ? 'male' : 'female');
    if (g === 'M' || g === 'F') sexGuessed.add(name);
  };
  for (const entry of unfrontCode(FIRST_NAMES)) {
    const [name, g] = entry.split(':') as [string, string | undefined];
    firstNames.add(name);
    mark(name, g);
  }
  // "bill:M": a first name that is a common word too; its sex counts once a full name is known ("Bill Clinton").
  const wordyFirstNames = new Set<string>();
  for (const entry of unfrontCode(WORDY_FIRST_NAMES)) {
    const [name, g] = entry.split(':') as [string, string | undefined];
    wordyFirstNames.add(name);
    mark(name, g);
  }
  wordsCache = {
    firstNames,
    nameGender,
    sexGuessed,
    lastNames: new Set([...LAST_NAMES.split('|'), ...FAMILY_NAMES]),
    common: commonWords(),
    personNouns: new Set(PERSON_NOUNS.split('|')),
    brandWords: new Set(unfrontCode(BRAND_WORDS)),
    wordyFirstNames,
  };
  return wordsCache;
}

function commonWords(): WordSet {
  const base = new Set(unfrontCode(COMMON_WORDS));
  return { has: (w: string): boolean => hasWordForm(base, w) };
}
