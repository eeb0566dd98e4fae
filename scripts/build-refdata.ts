/**
 * Builds src/core/refdata/generated.ts: the compact offline reference data of the analysis core.
 *
 * Sources (all MIT, see src/core/refdata/SOURCES.md): i18n-iso-countries (English country names
 * and aliases), countries-list (capital, continent, native name, flag emoji), i18n-nationality
 * (demonyms, cleaned and overridden by hand), compromise's lexicon (first names, surnames, common
 * English words, cities, regions, organisations, person nouns). Run: `npx tsx scripts/build-refdata.ts`.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { countries as clCountries, continents, getEmojiFlag } from 'countries-list';

const require = createRequire(import.meta.url);
const isoNames = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
const nationalities = (require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> }).nationalities;

/** Names people actually use that the packages lack, and official names they do not give. */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['United States', 'America'],
  GB: ['Britain', 'U.K.', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  RU: ['Russia'],
  SY: ['Syria'],
  IR: ['Iran', 'Persia'],
  KR: ['South Korea', 'Korea'],
  KP: ['North Korea', 'DPRK'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  LA: ['Laos'],
  MD: ['Moldova'],
  FM: ['Micronesia'],
  CD: ['DR Congo', 'DRC'],
  CI: ['Ivory Coast'],
  CZ: ['Czechia', 'Czech Republic'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
  MM: ['Burma', 'Myanmar'],
  SZ: ['Swaziland'],
  CV: ['Cabo Verde'],
  TL: ['East Timor', 'Timor-Leste'],
  PS: ['Palestine', 'Palestinian territories'],
  AE: ['UAE', 'Emirates'],
  NL: ['Holland'],
  MK: ['North Macedonia', 'Macedonia'],
  BN: ['Brunei'],
  TR: ['Türkiye', 'Turkey'],
  CN: ['China', 'PRC'],
  TW: ['Taiwan'],
  VN: ['Vietnam', 'Viet Nam'],
  NZ: ['New Zealand', 'NZ'],
  AU: ['Australia'],
  ZA: ['South Africa', 'RSA'],
};

const OFFICIAL: Record<string, string> = {
  PK: 'Islamic Republic of Pakistan',
  AF: 'Islamic Emirate of Afghanistan',
  TR: 'Republic of Türkiye',
  QA: 'State of Qatar',
  US: 'United States of America',
  GB: 'United Kingdom of Great Britain and Northern Ireland',
  IN: 'Republic of India',
  FR: 'French Republic',
  DE: 'Federal Republic of Germany',
  RU: 'Russian Federation',
  CN: "People's Republic of China",
  SA: 'Kingdom of Saudi Arabia',
  IR: 'Islamic Republic of Iran',
  SY: 'Syrian Arab Republic',
  BR: 'Federative Republic of Brazil',
  MX: 'United Mexican States',
  JP: 'Japan',
  EG: 'Arab Republic of Egypt',
  IL: 'State of Israel',
  UA: 'Ukraine',
  ZW: 'Republic of Zimbabwe',
  ZA: 'Republic of South Africa',
  NG: 'Federal Republic of Nigeria',
  KR: 'Republic of Korea',
  KP: "Democratic People's Republic of Korea",
};

/** Demonyms: the package's forms are cleaned; these are the forms news uses. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['American'],
  GB: ['British', 'English', 'Scottish', 'Welsh', 'Briton'],
  AR: ['Argentine', 'Argentinian'],
  AE: ['Emirati'],
  SA: ['Saudi'],
  NZ: ['New Zealand'],
  NL: ['Dutch'],
  PH: ['Filipino', 'Philippine'],
  BA: ['Bosnian'],
  CD: ['Congolese'],
  CG: ['Congolese'],
  DO: ['Dominican'],
  PS: ['Palestinian'],
  AG: ['Antiguan'],
  KI: ['Kiribati'],
  SK: ['Slovak'],
  TT: ['Trinidadian'],
  TM: ['Turkmen'],
  BW: ['Botswanan', 'Motswana'],
  CZ: ['Czech'],
  VN: ['Vietnamese'],
  LA: ['Lao', 'Laotian'],
  KZ: ['Kazakh'],
  UZ: ['Uzbek'],
  YE: ['Yemeni'],
  BH: ['Bahraini'],
  IQ: ['Iraqi'],
  KR: ['South Korean', 'Korean'],
  KP: ['North Korean'],
};

const clean = (s: string): string => s.replace(/\s*\(.*?\)\s*/g, ' ').trim();
const rows: string[][] = [];
const codes = Object.keys(isoNames).sort();
for (const code of codes) {
  const cl = (clCountries as Record<string, { name: string; capital: string; continent: string; native: string } | undefined>)[code];
  if (!cl) continue;
  const raw = isoNames[code]!;
  const names = new Set<string>();
  for (const n of Array.isArray(raw) ? raw : [raw]) {
    const c = clean(n);
    if (c.includes(',')) {
      const [a, b] = c.split(',').map((x) => x.trim());
      if (b && /of$/.test(b)) names.add(`${b} ${a}`);
      names.add(a!);
    } else names.add(c);
  }
  names.add(cl.name);
  for (const a of EXTRA_ALIASES[code] ?? []) names.add(a);
  // Display name: the package's short common name, or the shortest multi-letter name.
  const list = [...names].filter((n) => n.length > 0);
  const preferred = EXTRA_ALIASES[code]?.[0] && !/^[A-Z]{2,4}$/.test(EXTRA_ALIASES[code]![0]!) ? EXTRA_ALIASES[code]![0]! : cl.name;
  const official = OFFICIAL[code] ?? list.reduce((a, b) => (b.length > a.length ? b : a), preferred);
  const demonyms = new Set<string>(EXTRA_DEMONYMS[code] ?? []);
  const nat = nationalities[code];
  if (nat && !nat.includes('(') && !nat.includes(' - ') && !nat.includes(',') && !names.has(nat) && !/\bor\b/.test(nat) && /(?:an|ese|ish|i|ch|ic|er|ot|ian|ene|ard|ss|k|h|n|e)$/.test(nat)) demonyms.add(nat);
  const region = (continents as Record<string, string>)[cl.continent] ?? '';
  rows.push([code, preferred, official, list.filter((n) => n !== preferred).join('|'), cl.capital, region, getEmojiFlag(code as never), [...demonyms].join('|')]);
}

// compromise's lexicon: word → tag(s).
const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
const byTag: Record<string, string[]> = {};
const COMMON_TAGS = new Set(['Gerund', 'Adjective', 'PastTense', 'Plural', 'PresentTense', 'Infinitive', 'Singular', 'Comparative', 'Superlative', 'Uncountable', 'Noun', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Expression', 'QuestionWord', 'Actor', 'Participle', 'Cardinal', 'Ordinal', 'Reflexive', 'Copula', 'Auxiliary', 'Negative', 'Possessive', 'Duration', 'Unit']);
const groups: Record<string, Set<string>> = { first: new Set(), last: new Set(), common: new Set(), city: new Set(), region: new Set(), org: new Set(), actor: new Set(), person: new Set() };
for (const [word, t] of Object.entries(lexicon)) {
  const tags = Array.isArray(t) ? t : t.split(',');
  const has = (x: string): boolean => tags.includes(x);
  if (has('FirstName') || has('MaleName') || has('FemaleName')) groups.first!.add(word);
  else if (has('LastName')) groups.last!.add(word);
  else if (has('Person')) groups.person!.add(word);
  else if (has('City')) groups.city!.add(word);
  else if (has('Region')) groups.region!.add(word);
  else if (has('Organization') || has('SportsTeam')) groups.org!.add(word);
  else if (!word.includes(' ') && tags.some((x) => COMMON_TAGS.has(x))) {
    groups.common!.add(word);
    if (has('Actor')) groups.actor!.add(word);
  }
  for (const x of tags) (byTag[x] ??= []).push(word);
}

const q = (s: string): string => JSON.stringify(s);
const out = `// Generated by scripts/build-refdata.ts — do not edit. Sources and licences: SOURCES.md.
/** [code, name, official name, aliases "|", capital, region, flag, demonyms "|"] */
export const COUNTRY_ROWS: readonly (readonly string[])[] = ${JSON.stringify(rows)};
/** Lowercase word lists from compromise's lexicon, "|"-joined. */
export const FIRST_NAMES = ${q([...groups.first!].sort().join('|'))};
export const LAST_NAMES = ${q([...groups.last!, ...groups.person!].sort().join('|'))};
export const COMMON_WORDS = ${q([...groups.common!].sort().join('|'))};
export const PERSON_NOUNS = ${q([...groups.actor!].sort().join('|'))};
export const CITIES = ${q([...groups.city!].sort().join('|'))};
export const REGIONS = ${q([...groups.region!].sort().join('|'))};
export const ORGANIZATIONS = ${q([...groups.org!].sort().join('|'))};
`;
writeFileSync(new URL('../src/core/refdata/generated.ts', import.meta.url), out);
console.log(`countries ${rows.length}, first ${groups.first!.size}, last ${groups.last!.size}, common ${groups.common!.size}, cities ${groups.city!.size}, regions ${groups.region!.size}, orgs ${groups.org!.size}; ${out.length} bytes`);
