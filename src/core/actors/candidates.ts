/**
 * Finds actor mentions sentence by sentence: capitalised runs, gazetteer phrases, titles and
 * roles before names, demonym + noun groups, and appositives. Coreference is done in merge.ts.
 */
import { abbreviationAsWritten, PROVINCE_NAMES, US_STATE_NAMES, COMMON_ACRONYMS, KNOWN_AS_BEFORE, SENTENCE_ADVERBS, KNOWN_PRODUCTS, PARTY_AND_STATE, PARTY_MEMBERS, POST_NOMINALS, SURNAME_PARTICLES, GROUP_MEMBERS, GROUP_NOUNS, HONORIFICS, NOT_NAMES, ORG_WORDS, PLACE_WORDS, ROLE_HEADS, ROLE_MODIFIERS, NEWSPAPER_WORDS, COURTESY_TITLE_PAIRS } from '../refdata/curated.ts';
import { gazetteer, isRegion, lookup, titleCase, weakPlace, words, type GazetteerEntry } from '../refdata/index.ts';
import { HEADING_MINOR } from '../text/segment.ts';
import type { Segmented, Token } from '../text/types.ts';
import { spellsAcronym } from './acronyms.ts';
import type { EntityType } from '../types.ts';
import { type TypeVotes, ROLE_SINGLE, PLACE_PREPS, PERSON_VERBS, ORG_CONTEXT, ADVERB_BEFORE_VERB, PLACE_NOUNS_AFTER, ORG_CLASS_NOUNS, NOT_MOTION_TO, STRONG_PLACE_PREPS, PLURAL_VERBS, placeNoun, contextVotes, orgAppositive, whoAside, pluralNounName, studySlotBefore, orgSlotBefore, PLACE_MODIFIERS, nameOnlyWord, candidatesPeople, countryAt, scoreLineAt } from './votes.ts';
import { withoutListingsAndCredits, itsOfficers, possessiveBrands, speakerLabels, opensParagraph, datelines, sharedSurnames, nameOfItsCountry, pronounSex, campusNames, listedPortfolios, lowercaseHandles, namedAfterClassNoun, companyThenClassNoun, employerAfterPerson, namesInHeadings, regionLike } from './passes.ts';
import { IRREGULAR_PAST } from '../text/english.ts';

export type MentionKind = 'name' | 'role';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** null while the type is unknown (a lone capitalised word), settled in merge. */
  type: EntityType | null;
  kind: MentionKind;
  sentence: number;
  /** Gazetteer entry when the phrase is known reference data. */
  gaz: GazetteerEntry | null;
  /** Role stated with this mention ("Information Minister"). */
  role: string | null;
  /** Title as written before the name ("Minister"), for aliases like "Minister Tarar". */
  title: string | null;
  /** Affiliation stated with this mention: a country code or an organisation name. */
  affiliation: { country: string | null; name: string } | null;
  /** For groups: a key shared by all mentions of the same group (country/org + class). */
  groupKey: string | null;
  /** Capital used as the seat of government ("from Kabul"). */
  metonym: boolean;
  /** In a heading line. */
  heading: boolean;
  /** Preceded by a preposition that people are not found after ("in", "at", "near"…). */
  afterPlacePrep: boolean;
  /** Followed by a reporting or action verb typical of people ("said", "told"). */
  beforeSpeechVerb: boolean;
  /** Context evidence for each type, used to type a name the same way across the document (see merge.ts). */
  votes: TypeVotes;
  /** Where the highlighted mention starts when it is wider than the name ("Mr Key": the name is "Key"). */
  displayStart?: number;
  /** A person's sex as the pronoun right after a full name shows it ("Hillary Clinton campaigned with her husband"). */
  sex?: 'male' | 'female';
  /** A product or model name ("IE6", "Internet Explorer 9"): every mention of it is dropped in merge.ts. */
  product?: boolean;
  /**
   * A sentence-initial word that is both a common word and a name ("Lee was…", "Rose…"): kept only
   * when the document names the same actor elsewhere ("Stan Lee"), see merge.ts.
   */
  needsSupport?: boolean;
  /** Another name of the actor named just before ("Dr. Fernando Caudevilla, known online as DoctorX"): merge.ts joins them. */
  aliasOf?: string;
}
/** A rank alone ("Lieutenant-Colonel", "Maj. Gen.", "Rear Admiral"): a job the article gives says more. */
export const MILITARY_RANK = /^(?:(?:vice|rear|deputy|acting)[-\s]+)?(?:(?:lieutenant|major|brigadier|colonel|general|admiral|commodore|captain|sergeant|commander|marshal|corporal|lt|maj|brig|col|gen|adm|capt|sgt|cmdr)\.?[-\s]*){1,2}$/i;
const ROLE_MULTI = ROLE_HEADS.filter((r) => r.includes(' ')).map((r) => r.split(' '));
/** Openers of place names that never open a person's name (unlike "El", "La", "Le", "Saint"). */
const PLACE_ONLY_OPENERS = new Set(['san', 'santa', 'santo', 'são', 'sao', 'fort', 'port', 'mount', 'lake', 'cape', 'ciudad', 'puerto', 'porto', 'los', 'las']);
/** Words that open place names and are also given names elsewhere ("San Ysidro", "Santa Ana", "Fort Worth"). */
const PLACE_OPENERS = new Set(['san', 'santa', 'santo', 'são', 'sao', 'saint', 'st', 'fort', 'port', 'mount', 'lake', 'cape', 'el', 'los', 'las', 'la', 'le', 'bad', 'ciudad', 'puerto', 'porto']);
/** "Braunau am Inn", "Newcastle upon Tyne", "Frankfurt am Main": German "am"/"im" and "upon" join place names too. */
const PARTICLES = new Set(['al', 'el', 'bin', 'bint', 'ibn', 'da', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'ul', 'ud', 'y', 'den', 'ter', 'ten', 'zu', 'am', 'im', 'upon']);
const ORG_CONNECTORS = new Set(['of', 'for', 'on', '&']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);
/** Personal and possessive pronouns: a name alone never ("“Too forced?” He tweeted"). */
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'you', 'him', 'her', 'them', 'his', 'its', 'their', 'our']);
const METONYM_PREPS = new Set(['from', 'by', 'with', 'between', 'and', 'against', 'urged', 'told', 'accused']);
const SPEECH_VERBS = new Set(
  'said|says|say|told|tells|added|stated|noted|asserted|affirmed|warned|declared|lamented|suggested|claimed|confirmed|acknowledged|wrote|urged|argued|explained|insisted|denied|announced|replied|commented|tweeted|posted|admitted|thanked|praised|criticised|criticized|accused|called|asked|spoke|met|visited|believes|thinks|has|had|was|is|who|whose|will|would'.split('|'),
);
const MULTI_GROUP = new Set(Object.keys(GROUP_NOUNS));
/** Role heads that take a portfolio before them ("Energy Minister", "Health Secretary"), not an organisation's name. */
const PORTFOLIO_HEADS = new Set(['minister', 'ministers', 'secretary', 'secretaries', 'czar', 'tsar']);
/** Bodies whose members are a group, not a party of their own ("House Democrats", "Senate Republicans"). */
const CHAMBER_WORDS = new Set(['house', 'senate', 'congressional', 'assembly', 'parliamentary', 'state', 'city', 'county', 'council', 'committee', 'establishment', 'rank', 'leading', 'top', 'prominent', 'fellow', 'moderate', 'many', 'some', 'most']);
/** Lowercase words of an office that a role belongs to ("foreign ministry spokesman", "defense department official"). */
const OFFICE_WORDS = new Set(['ministry', 'department', 'office', 'agency', 'embassy', 'army', 'navy', 'police', 'military', 'government', 'cabinet', 'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'state', 'party', 'presidential', 'intelligence', 'security', 'justice', 'trade', 'commerce', 'economy', 'energy', 'education', 'industry', 'culture', 'environment', 'transport', 'labour', 'labor']);
/** Words that end the name of a local area ("Cook County", "Bellingen Shire", "Blue Mountains"). */
const LOCAL_AREAS = new Set(['county', 'parish', 'shire', 'borough', 'township', 'city', 'mountains', 'hills', 'heights', 'springs', 'falls', 'valley']);
/** A town's officers, whose title a town's name may stand before ("Dayton Mayor", "Akron Police Chief"). */
const LOCAL_OFFICERS = new Set(['mayor', 'sheriff', 'police', 'fire', 'city', 'county', 'deputy']);
const POLITY_WORDS = new Set('republic kingdom principality emirate sultanate commonwealth federation city county province island islands isle'.split(' '));
/** Last words of names of laws, events, prizes and studies: not actors. */
const NON_ACTOR_HEADS = new Set('act|bill|treaty|agreement|accord|accords|protocol|declaration|charter|amendment|doctrine|index|prize|prizes|award|awards|medal|trophy|day|week|cup|championship|championships|olympics|war|crisis|revolution|uprising|fair|expo|show|exhibition|marathon|tour|festival|conference|summit|convention|study|survey|report|census|plan|strategy|scheme|operation|law|code|rule|rules|regulation|regulations|order|syndrome|disease|virus|fever|flu|exposition|election|elections|referendum|scandal|affair|massacre|bombing|bombings|shooting|earthquake|hurricane|typhoon|cyclone|storm|riots|protests|parade|ceremony|concert|album|novel|film|trilogy|saga|episode|tournament|derby|olympiad|jubilee|pageant|gala|lecture|hearing|budget'.split('|'));
/** Weekdays and months: "Monday Club" is no name that a club word makes whole. */
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const CALENDAR_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));
/** A top-level web domain. */
const WEB_DOMAIN = /^\.(?:com|org|net|co|io|gov|edu|info|news|tv|uk|au|in)$/;
/** Awards whose names stand before their winners ("the two-time Oscar winner", "a Grammy nominee"). */
const AWARDS = new Set('oscar oscars grammy grammys emmy emmys tony tonys bafta pulitzer nobel booker'.split(' '));

/** Terms written with an ampersand that name no firm ("R&D", "M&A"). */
const AMPERSAND_TERMS = new Set('R&D M&A Q&A R&B B&B P&L F&B R&R D&I'.split(' '));
/** Compass words that open a place name with an unknown second word ("South Taranaki", "North Waziristan"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
/** Officials whose office is named with their possessive ("Sheriff’s Department", "Attorney’s Office"). */
const OFFICE_HOLDERS = new Set('sheriff attorney attorneys magistrate magistrates prosecutor examiner coroner governor mayor comptroller auditor clerk treasurer marshal marshals assessor recorder controller inspector solicitor commissioner'.split(' '));
/** Capitalised nouns for people in general whose possessive opens a name ("People’s Daily", "Workers’ Party"). */
const PEOPLE_POSSESSORS = new Set(['people', 'workers', 'children', 'women', 'men', 'veterans', 'citizens', 'farmers', 'nations', 'peoples', 'employees', 'teachers', 'writers', 'voters']);

/** Months and feast days that are also surnames ("Theresa May", "Johnnie Christmas"). */
const SURNAME_TOO = new Set(['may', 'june', 'april', 'august', 'march', 'christmas', 'easter', 'monday', 'friday', 'winter', 'summer', 'spring']);
/** Place-name openers written with a dot ("St. Louis", "Mt. Hood", "Ft. Worth"). */
const PLACE_ABBREVIATIONS = new Set(['st', 'ste', 'mt', 'ft']);
/** Titles written as abbreviations with a dot ("Mr.", "Gen."). */
const TITLE_ABBREVIATIONS = new Set(['rt', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'cmdr', 'adm', 'insp', 'det', 'supt', 'fr', 'rev', 'hon', 'pres', 'amb', 'atty', 'cpl', 'pvt', 'messrs', 'mme', 'mlle', 'cpt', 'cllr', 'coun', 'reps', 'sens', 'govs']);

/** Abbreviations that end a name with their dot. */
const NAME_ABBREVIATIONS = new Set(['co', 'inc', 'corp', 'ltd', 'jr', 'sr', 'bros', 'plc', 'llc']);
/** Capitalised adjectives of religion and ideology: never a name on their own ("Islamist militancy"). */
const BELIEF_ADJECTIVES = new Set(['muslim', 'islamic', 'islamist', 'christian', 'jewish', 'catholic', 'protestant', 'evangelical', 'sunni', 'shia', 'shiite', 'hindu', 'sikh', 'buddhist', 'jihadist', 'salafist', 'zionist', 'marxist', 'communist', 'socialist', 'fascist', 'nationalist', 'separatist', 'maoist', 'coptic', 'orthodox', 'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'sikhism', 'catholicism', 'protestantism', 'shinto', 'taoism', 'jainism', 'zoroastrianism']);
/** Capitalised adjectives of eras, empires and world regions: no name on their own ("Roman mosaics", "European leaders"). */
const ERA_ADJECTIVES = new Set(['roman', 'ottoman', 'byzantine', 'viking', 'celtic', 'gothic', 'victorian', 'elizabethan', 'edwardian', 'georgian', 'medieval', 'baroque', 'renaissance', 'soviet', 'nazi', 'aztec', 'inca', 'mayan', 'pharaonic', 'hellenic', 'latin', 'african', 'european', 'asian', 'arab', 'arabic', 'western', 'eastern']);

const isUpper = (s: string): boolean => /^[\p{Lu}]/u.test(s);
const isAcronym = (s: string): boolean => /^(?:\p{Lu}\.){2,}(?:-(?:\p{Lu}\.)+)*$|^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(s);
const isWord = (s: string): boolean => /^[\p{L}\p{N}]/u.test(s);
/** One romanised Korean syllable ("heung", "min", "jae", "yeol"). */
const KOREAN_SYLLABLE = /^(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj)?(?:[wy])?(?:ae|eo|eu|oe|ui|oo|ee|ou|a|e|i|o|u)(?:ng|n|l|k|m|p|t|r)?$/;

/**
 * "Jae-in", "Jong-un", "Jae-myung": a Korean given name, its second syllable lowercase after the hyphen
 * (not "Pro-life", "Cup-style" or "Al-led").
 */
function koreanGivenName(t: string): boolean {
  // ("Heung-min", "Seung-hoon": a first syllable of five letters when both read as Korean ones.)
  const long = /^\p{Lu}\p{Ll}{4}-\p{Ll}{1,5}$/u.test(t) && t.toLowerCase().split('-').every((x) => KOREAN_SYLLABLE.test(x));
  return (long || /^\p{Lu}\p{Ll}{0,3}-\p{Ll}{1,5}$/u.test(t)) && !/^(?:pro|anti|non|pre|post|ex|co|re|mid|self|semi|all|well|far|one|two)-/i.test(t) && !/-(?:led|run|fed|hit|wide|born|made|only|like|free|held|old|new|era|bound|up|out|off|ish|esque|day|week|year|time|long|back|fire|base|style|scale|level|sized|size|type|class|grade|wise|minded)$/.test(t);
}

/** Verbs that Title Case capitalises and no name contains. */
const TITLE_CASE_VERBS = new Set('Is Are Was Were Has Have Had Does Did Says Said Wants Gets Makes Takes Should Would Could'.split(' '));

/** isNameToken's answers for the document being read (cleared by findCandidates): it is asked of every token, often. */
const nameTokenMemo = new Map<string, boolean>();

/** A capitalised name word, including Arabic-style particle prefixes ("al-Assad", "bin-Salman"). */
function isNameToken(t: string): boolean {
  let known = nameTokenMemo.get(t);
  if (known === undefined) {
    known = nameTokenUncached(t);
    nameTokenMemo.set(t, known);
  }
  return known;
}

function nameTokenUncached(t: string): boolean {
  // "@LucasNolan_", "#IStandWithAhmed": handles and hashtags are not names in the prose (see sentenceCandidates).
  // "President-elect", "Attorney-General": a hyphenated title is a name word (it opens a title).
  if (isUpper(t) && ROLE_SINGLE.has(t.toLowerCase())) return true;
  if (koreanGivenName(t)) return true;
  // "London-based", "al-Qaeda-linked", "Islamist-led": a compound adjective, not a name.
  if (/-\p{Ll}+$/u.test(t) && !/-(?:al|el|ul|ud|e|i|o|y|de|la|le|di|da|du)$/u.test(t)) return false;
  if (isUpper(t)) return isWord(t);
  return /^(?:al|el|ad|ash|as|at|an|ar|az|bin|ibn|abu|de|da|di|van|von|d)[-'’]\p{Lu}/u.test(t);
}

interface Run {
  from: number; // token index (inclusive)
  to: number; // token index (exclusive)
}

/** Finds actor mention candidates in all prose paragraphs (and reference-data hits in headings). */
export function findCandidates(doc: Segmented): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens, sentences, paragraphs } = doc;
  nameTokenMemo.clear();
  const facts = docFacts(text, tokens);
  const headings: { toks: Token[]; sentence: number }[] = [];
  const headlineParagraphs = headlineShaped(doc);
  let ti = 0;
  for (const s of sentences) {
    const p = paragraphs[s.paragraph]!;
    const from = ti;
    while (ti < tokens.length && tokens[ti]!.sentence === s.index) ti++;
    if (!p.prose) continue;
    const toks = tokens.slice(from, ti);
    const heading = p.heading || headlineParagraphs.has(p.index);
    for (const title of sentenceCandidates(text, toks, s.index, heading, out, facts)) headings.push({ toks: title, sentence: s.index });
    if (heading) headings.push({ toks, sentence: s.index });
  }
  namesInHeadings(text, headings, out);
  companyThenClassNoun(doc, out);
  employerAfterPerson(text, out);
  lowercaseHandles(doc, out);
  namedAfterClassNoun(doc, out);
  campusNames(text, out);
  listedPortfolios(text, out);
  pronounSex(doc, out);
  nameOfItsCountry(text, out);
  sharedSurnames(text, out);
  datelines(text, out);
  speakerLabels(doc, out);
  possessiveBrands(text, out);
  itsOfficers(text, out);
  return withoutListingsAndCredits(text, out);
}

/** Reads the document's capitalised words once, before its sentences (see DocFacts). */
function docFacts(text: string, tokens: Token[]): DocFacts {
  const midSentencePairs = namePairsInsideSentences(text, tokens);
  const { alone: loneNames, titled: titledNames } = namesUsedAlone(text, tokens);
  const surnames = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.sentence === b.sentence && isNameToken(b.text) && words().firstNames.has(a.text.toLowerCase()) && adjacentOk(text, a, b)) surnames.add(b.text.toLowerCase());
  }
  return {
    midSentencePairs,
    pairOpeners: new Set([...midSentencePairs].map((p) => p.slice(0, p.indexOf(' ')))),
    loneNames,
    titledNames,
    docLowercase: new Set(tokens.filter((t) => /^\p{Ll}+$/u.test(t.text)).map((t) => t.text)),
    nameWordsWithoutMiss: new Set(tokens.filter((t, i) => /^\p{Lu}/u.test(t.text) && tokens[i - 1]?.text !== 'Miss').map((t) => t.text.toLowerCase())),
    surnames,
  };
}

/** Whether the document writes `name` somewhere without a capitalised word after it (as a name of its own). */
function standsAlone(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/^\s+\p{Lu}/u.test(text.slice(at + name.length, at + name.length + 3)) && !/\p{L}/u.test(text[at + name.length] ?? '')) return true;
  }
  return false;
}

/** The words from `a` up to `b` are one place the reference data knows ("New Jersey", "North Carolina"). */
function placeUpTo(text: string, toks: Token[], a: number, b: number): boolean {
  const g = gazAt(text, toks, a, b);
  return !!g && g.end === b && g.entry.type === 'place';
}

/**
 * Capitalised word pairs ("con edison") that the document writes inside a sentence, where the
 * capitals are the name's own: a sentence-initial "Con Edison" is then a name, not "Con" + "Edison".
 */
function namePairsInsideSentences(text: string, tokens: Token[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.sentence !== tokens[i - 1]!.sentence || a.sentence !== b.sentence || isOpenQuote(tokens[i - 1]!.text)) continue;
    if (isNameToken(a.text) && isNameToken(b.text) && adjacentOk(text, a, b)) pairs.add(`${a.text.toLowerCase()} ${b.text.toLowerCase()}`);
  }
  return pairs;
}
/**
 * Capitalised words the document also writes alone inside a sentence ("said Romney", "Braun declined" after a comma)
 * or as the subject of a speech verb: the surnames it goes on to use, so that a sentence-initial "Mitt Romney" or
 * "Scooter Braun" keeps a first name no list knows.
 */
function namesUsedAlone(text: string, tokens: Token[]): { alone: Set<string>; titled: Set<string> } {
  const names = new Set<string>();
  const titled = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const inside = !!prev && prev.sentence === t.sentence && !isOpenQuote(prev.text) && !isNameToken(prev.text);
    const alone = !next || next.sentence !== t.sentence || !isNameToken(next.text) || !adjacentOk(text, t, next);
    // "Braun declined to comment", "Musk did not respond": a sentence's subject, alone, before its verb.
    const speaks = !!next && next.sentence === t.sentence && (PERSON_VERBS.has(next.text) || /^\p{Ll}+ed$/u.test(next.text) || SUBJECT_AUXILIARIES.has(next.text));
    if (alone && (inside || speaks)) names.add(t.text.toLowerCase());
    // "President Obama", "Mr. Clarke": a surname given with a title.
    const title = prev?.text === '.' ? tokens[i - 2]?.text.toLowerCase() : prev?.text.toLowerCase();
    if (title && (HONORIFICS.has(title) || TITLE_ABBREVIATIONS.has(title) || (ROLE_SINGLE.has(title) && /^\p{Lu}/u.test(prev!.text)))) titled.add(t.text.toLowerCase());
  }
  return { alone: names, titled };
}
/** Quantifiers that open a sentence before a capitalised word ("Several Republican senators…"). */
const QUANTIFIER_OPENERS = new Set('some|several|another|many|most|few|other|others|each|every|both|all|any|no|more|fewer|numerous|various'.split('|'));
/**
 * Words that open a sentence before a title and a name, and belong to neither ("As President Obama said…"); nor to a
 * company's name before its legal form (a press release's "About Acme Corp.", "With Acme Corp. shares…").
 */
const OPENING_FUNCTION_WORDS = new Set('about|as|but|like|unlike|with|without|enter|and|or|so|when|while|after|before|if|since|for|to|from|by|under|then|now|also|even|yet|until|among|against|including|despite|because|although|though|once|how|why|where|whether|unless|thanks'.split('|'));
/** Auxiliaries after which a lone capitalised word is a sentence's subject ("Musk did not respond"). */
const SUBJECT_AUXILIARIES = new Set('did|does|has|had|was|is|will|would|could|can|should|may|might|must'.split('|'));
/** What the whole document says about its capitalised words, read once before its sentences (see findCandidates). */
interface DocFacts {
  /** Capitalised word pairs the document writes inside a sentence (see namePairsInsideSentences). */
  midSentencePairs: Set<string>;
  /** The first words of those pairs ("patriot" of "Patriot Coal"). */
  pairOpeners: Set<string>;
  /** Capitalised words the document also writes alone, as a name (see namesUsedAlone). */
  loneNames: Set<string>;
  /** Capitalised words the document writes after a title ("President Obama", "Mr. Clarke"). */
  titledNames: Set<string>;
  /** Capitalised words the document writes somewhere without "Miss" before them (see "Miss Universe"). */
  nameWordsWithoutMiss: Set<string>;
  /** The words the document writes in lowercase somewhere: words it uses as words. */
  docLowercase: Set<string>;
  /** Surnames the document gives people: a capitalised word right after a first name. */
  surnames: Set<string>;
}

/**
 * Finds the candidates of one sentence; returns the quoted titles inside it (see quotedTitles), whose names are read
 * like a heading's.
 */
function sentenceCandidates(text: string, toks: Token[], sentence: number, heading: boolean, out: Candidate[], facts: DocFacts): Token[][] {
  const lw = toks.map((t) => t.text.toLowerCase());
  const local: Candidate[] = [];
  const titles = heading ? [] : quotedTitles(toks, lw);
  const inTitle = (k: number): boolean => titles.some(([a, b]) => k >= a && k < b);
  const make = (a: number, b: number, type: EntityType | null, extra: Partial<Candidate> = {}): Candidate => ({
    start: toks[a]!.start,
    end: toks[b - 1]!.end,
    text: text.slice(toks[a]!.start, toks[b - 1]!.end),
    type,
    kind: 'name',
    sentence,
    gaz: null,
    role: null,
    title: null,
    affiliation: null,
    groupKey: null,
    metonym: false,
    heading: heading || inTitle(a),
    // Only the prepositions people are not found after ('in', 'at', 'near'): "to Hamilton", "from Hamilton" may be a person.
    afterPlacePrep: a > 0 && STRONG_PLACE_PREPS.has(lw[a - 1]!),
    // Not "Mr. Altman of Evercore said": the name after "of" modifies the speaker.
    beforeSpeechVerb: b < toks.length && (SPEECH_VERBS.has(lw[b]!) || (ADVERB_BEFORE_VERB.test(lw[b]!) && SPEECH_VERBS.has(lw[b + 1] ?? ''))) && lw[a - 1] !== 'of',
    votes: contextVotes(toks, lw, a, b, facts.surnames),
    ...extra,
  });

  // 1. Capitalised runs.
  const runs: Run[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isNameToken(toks[i]!.text)) continue;
    const before = text[toks[i]!.start - 1];
    if (before === '@' || before === '#') continue;
    // "Jan. 5", "Aug. 12", "Sept. 30": a month's abbreviation before a day is a date, not "Jan" the person.
    const dateAt = (k: number): boolean => MONTH_ABBREVIATIONS.has(lw[k] ?? '') && toks[k + 1]?.text === '.' && /^\d/.test(toks[k + 2]?.text ?? '');
    if (dateAt(i)) continue;
    let j = i + 1;
    // Where the name starts past a leading "the".
    const s0 = lw[i] === 'the' ? i + 1 : i;
    for (;;) {
      // "the House of Representatives Rt. Hon. B. U. Nzeribe": an abbreviated title opens a new name, unless
      // only titles come before it ("Lt. Col. Alexander Vindman"), one word ("Republican Gov. Eric Holcomb") or a place
      // ("New Jersey Sen. Cory Booker": the senator's state).
      if (j < toks.length && j - i > 1 && TITLE_ABBREVIATIONS.has(lw[j]!) && toks[j + 1]?.text === '.' && !lw.slice(i, j).every((x) => x === '.' || TITLE_ABBREVIATIONS.has(x) || HONORIFICS.has(x) || ROLE_SINGLE.has(x) || ROLE_MODIFIERS.has(x)) && !placeUpTo(text, toks, s0, j)) break;
      // "Donald Trump Is Right, …": a capitalised verb after a full name in a title-case line is no part of it (a
      // work's title keeps its verbs: "Jesus Is Just Alright With Me").
      const verbAfterName = TITLE_CASE_VERBS.has(toks[j]?.text ?? '') && j - s0 >= 2 && (personShaped(lw, s0, j) || gazAt(text, toks, s0, j)?.end === j);
      if (j < toks.length && isNameToken(toks[j]!.text) && adjacentOk(text, toks[j - 1]!, toks[j]!) && !dateAt(j) && !verbAfterName) {
        j++;
        continue;
      }
      // "Kenneth I. Chenault": the pronoun's letter is a middle initial after a first name, with its dot and a surname.
      if (toks[j]?.text === 'I' && toks[j + 1]?.text === '.' && toks[j + 1]!.start === toks[j]!.end && words().firstNames.has(lw[j - 1]!) && isNameToken(toks[j + 2]?.text ?? '')) {
        j++;
        continue;
      }
      // "John F. Kennedy": an initial followed by its dot.
      // Not "the Xbox One S. That…", where the dot ends a sentence the splitter kept whole.
      // After a first name the initial is a middle one, whatever the surname: "George W. Bush", "Michael J. Fox".
      const middle = j >= 2 && words().firstNames.has(lw[j - 2]!);
      // "J. K. Rowling", "T. S. Eliot": an initial before another initial.
      const nextInitial = /^\p{Lu}$/u.test(toks[j + 1]?.text ?? '') && toks[j + 2]?.text === '.';
      // ("A. We'll be making the announcement": an interview's answer label, then a contraction, opens no name.)
      if (j < toks.length && toks[j]!.text === '.' && /^\p{Lu}$/u.test(toks[j - 1]!.text) && j + 1 < toks.length && isNameToken(toks[j + 1]!.text) && !DETERMINERS.has(lw[j + 1]!) && !CONTRACTION.test(lw[j + 1]!) && !PRONOUNS.has(lw[j + 1]!) && (middle || nextInitial || !(words().common.has(lw[j + 1]!) && !words().lastNames.has(lw[j + 1]!) && !words().firstNames.has(lw[j + 1]!)))) {
        j += 2;
        continue;
      }
      // 'Robert C. "Bobby" Scott', 'Marcia “Cia” Price': a nickname in quotation marks between a first name (or its
      // middle initial) and a surname.
      const q = toks[j]?.text === '.' && /^\p{Lu}$/u.test(toks[j - 1]!.text) ? j + 1 : j;
      // 'Panupong “Mike Rayong” Jadnok': a nickname of two or three words too, after a first name the lists may not know
      // (one word that is no common word, and a one-word surname after the nickname).
      let n = 1;
      while (n < 3 && /^\p{Lu}\p{Ll}+$/u.test(toks[q + n + 1]?.text ?? '')) n++;
      const closeAt = q + n + 1;
      const knownFirst = lw.slice(i, j).some((x) => words().firstNames.has(x));
      const unknownFirst = j - i === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(toks[i]!.text) && !words().common.has(lw[i]!) && !ORG_WORDS.has(lw[i]!) && !PLACE_WORDS.has(lw[i]!) && !lookup(toks[i]!.text) && !isNameToken(toks[closeAt + 2]?.text ?? '');
      if (isNameToken(toks[j - 1]!.text) && closeAt + 1 < toks.length && /^[“"]$/.test(toks[q]!.text) && toks.slice(q + 1, closeAt).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) && /^[”"]$/.test(toks[closeAt]!.text) && isNameToken(toks[closeAt + 1]!.text) && toks[closeAt]!.end < toks[closeAt + 1]!.start && (knownFirst || (unknownFirst && !words().common.has(lw[closeAt + 1]!)))) {
        j = closeAt + 2;
        continue;
      }
      // "Mr. McHugh", "Gen. Petraeus", "St. Louis", "ST. JOSEPH": an abbreviation, its dot and the name.
      if (j < toks.length && toks[j]!.text === '.' && toks[j]!.start === toks[j - 1]!.end && (TITLE_ABBREVIATIONS.has(lw[j - 1]!) || PLACE_ABBREVIATIONS.has(lw[j - 1]!)) && j + 1 < toks.length && isNameToken(toks[j + 1]!.text) && adjacentOk(text, toks[j]!, toks[j + 1]!)) {
        j += 2;
        continue;
      }
      // "People’s Liberation Army", "People’s Daily", "Workers’ Party": a possessive of people in general
      // is part of the name it opens.
      // So after a country or a nationality: "Sudan People’s Liberation Movement", "Korean People’s Army".
      if ((j === s0 + 1 || (j === s0 + 2 && !!lookup(toks[s0]!.text)?.some((g) => g.kind === 'country' || g.kind === 'demonym'))) && PEOPLE_POSSESSORS.has(lw[j - 1]!) && /^(?:['’]s|['’])$/.test(toks[j]?.text ?? '') && toks[j]!.start === toks[j - 1]!.end && j + 1 < toks.length && isNameToken(toks[j + 1]!.text)) {
        j += 2;
        continue;
      }
      // "St. Peter’s Square", "St. Mary's Church", "Saint Patrick’s Cathedral": a saint's possessive and a place word
      // (or a school or hospital named after the saint) are one name.
      const saint = j >= s0 + 2 && /^(?:st|saint|ste)$/.test(lw[s0]!) && (lw[s0 + 1] === '.' ? j === s0 + 3 : j === s0 + 2);
      if (saint && /^(?:['’]s|['’])$/.test(toks[j]?.text ?? '') && toks[j]!.start === toks[j - 1]!.end && j + 1 < toks.length && /^\p{Lu}/u.test(toks[j + 1]!.text) && (PLACE_WORDS.has(lw[j + 1]!) || FACILITY_HEADS.has(lw[j + 1]!) || ORG_WORDS.has(lw[j + 1]!) || /^(?:square|basilica|cathedral|church|chapel|abbey|hospital|school|college|university|academy|parish|park|bridge|day|eve|island|islands|bay|place|street|road|gate|well)$/.test(lw[j + 1]!))) {
        j += 2;
        continue;
      }
      // "Bartholomew County Sheriff’s Department", "the U.S. Attorney’s Office", "Westminster Magistrate's Court": an
      // official's office is one name with the official's possessive.
      if (j > s0 && OFFICE_HOLDERS.has(lw[j - 1]!) && /^\p{Lu}/u.test(toks[j - 1]!.text) && /^['’]s$/.test(toks[j]?.text ?? '') && toks[j]!.start === toks[j - 1]!.end && j + 1 < toks.length && /^(?:office|department|court|bureau|division|service|services)$/.test(lw[j + 1]!) && /^\p{Lu}/u.test(toks[j + 1]!.text)) {
        j += 2;
        continue;
      }
      // "Remain Co.", "Acme Inc.", "Martin Luther King Jr.": the abbreviation keeps its dot ("Arduino LLC." does not:
      // a capitals form takes none, so that dot ends the sentence).
      if (j < toks.length && toks[j]!.text === '.' && toks[j]!.start === toks[j - 1]!.end && NAME_ABBREVIATIONS.has(lw[j - 1]!) && !/^\p{Lu}{3,}$/u.test(toks[j - 1]!.text)) {
        j++;
        continue;
      }
      // A known name goes on across "and", "of", "&", "the" ("The Globe and Mail", "Bank of America", "Save the Children").
      if (j + 1 < toks.length && /^(?:and|of|&|for|on|de|the)$/.test(lw[j]!) && isNameToken(toks[j + 1]!.text)) {
        const known = gazAt(text, toks, s0, Math.min(toks.length, j + 6));
        if (known && known.end > j + 1) {
          j = known.end;
          continue;
        }
        // "Bank of America and Wells Fargo": two known names joined by "and" are two names.
        if (lw[j] === 'and' && known?.end === j && gazAt(text, toks, j + 1, Math.min(toks.length, j + 7))) break;
      }
      // Particles always join; organisation connectors ("of", "for") not after a person's name ("Jamie Werner of Ngātiwai").
      // "Boston Center for the Arts", "Society for the Prevention of Cruelty": an organisation's head word, a
      // connector and "the" before the rest of its name.
      if (j + 2 < toks.length && ORG_CONNECTORS.has(lw[j]!) && lw[j + 1] === 'the' && isNameToken(toks[j + 2]!.text) && (ORG_WORDS.has(lw[j - 1]!) || FACILITY_HEADS.has(lw[j - 1]!))) {
        j += 3;
        continue;
      }
      // "the National Farmers' Union", "the New Zealand Taxpayers’ Union": a plural's apostrophe before an organisation's
      // head word stays inside the name.
      // (People's plurals only, before a body's word: not "the Court of Appeals’ Board", "the Africa Leaders’ Summit President".)
      if (j + 1 < toks.length && /^['’]$/.test(toks[j]!.text) && toks[j]!.start === toks[j - 1]!.end && /\p{Ll}(?:er|or|ist|ian|ant|ent)s$/u.test(toks[j - 1]!.text) && MEMBERS_BODIES.test(toks[j + 1]!.text)) {
        j += 2;
        continue;
      }
      // Nor "Republican of Iowa", "Democrat of Vermont": a party member of a state, said of the person before.
      const memberOf = j - i === 1 && lw[j] === 'of' && PARTY_MEMBERS.has(lw[i]!);
      // "on" joins only after an organisation's head word ("Council on Foreign Relations", not "Trump on Twitter").
      // Nor before a date: "the source told Us Weekly on Aug. 12".
      if (lw[j] === 'on' && (!ORG_WORDS.has(lw[j - 1]!) || CALENDAR_WORDS.has(lw[j + 1] ?? '') || /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thurs|fri|sat|sun)$/.test(lw[j + 1] ?? ''))) break;
      // Nor "the White House East Room for Obama’s announcement": a person's surname with a possessive after "for"
      // owns the noun that follows; it names no part of an organisation.
      const possessorAfter = lw[j] === 'for' && /^['’]s$/.test(toks[j + 2]?.text ?? '') && toks[j + 2]!.start === toks[j + 1]!.end && (facts.surnames.has(lw[j + 1]!) || words().lastNames.has(lw[j + 1]!));
      if (j + 1 < toks.length && isNameToken(toks[j + 1]!.text) && (PARTICLES.has(lw[j]!) || (ORG_CONNECTORS.has(lw[j]!) && !memberOf && !possessorAfter && !personShaped(lw, i, j) && !nameOfCountry(toks, lw, i, j) && !personOfPlace(toks, lw, j) && !nameBeforeOrg(text, toks, lw, i, j)))) {
        j += 2;
        continue;
      }
      // "Centers for Disease Control and Prevention", "Department of Health and Human Services": after "of"
      // or "for", "and" and a capitalised ordinary word go on with the name.
      if (lw[j] === 'and' && j + 1 < toks.length && /^\p{Lu}\p{Ll}+$/u.test(toks[j + 1]!.text) && words().common.has(lw[j + 1]!) && !lookup(toks[j + 1]!.text) && !words().firstNames.has(lw[j + 1]!) && !ORG_WORDS.has(lw[j + 1]!) && !(j + 2 < toks.length && isNameToken(toks[j + 2]!.text) && ORG_WORDS.has(lw[j + 2]!)) && lw.slice(i, j).some((x) => x === 'of' || x === 'for') && lw.slice(i, j).some((x) => ORG_WORDS.has(x) || ORG_WORDS.has(x.replace(/s$/, '')))) {
        j += 2;
        continue;
      }
      // "Ursula von der Leyen", "Pieter van den Berg": two lowercase particles in a row.
      if (j + 2 < toks.length && PARTICLES.has(lw[j]!) && PARTICLES.has(lw[j + 1]!) && /^\p{Ll}/u.test(toks[j]!.text) && /^\p{Ll}/u.test(toks[j + 1]!.text) && isNameToken(toks[j + 2]!.text)) {
        j += 3;
        continue;
      }
      // "World Travel and Tourism Council": "and" inside a name whose organisation word comes after it
      // (not "Alibaba Group and Yahoo Japan", two names).
      // A lone organisation word after "and" is a name of its own ("McClatchy and Tribune").
      if (j + 1 < toks.length && lw[j] === 'and' && isNameToken(toks[j + 1]!.text) && !ORG_WORDS.has(lw[j - 1]!) && !(lw[j - 1] === '.' && ORG_WORDS.has(lw[j - 2] ?? '')) && !(j - i >= 2 && words().firstNames.has(lw[j - 2]!)) && !(j - i >= 2 && lookup(toks[j + 1]!.text)?.some((g) => g.type === 'place')) && !(j - i === 1 && isAcronym(toks[i]!.text)) && !(j - i === 1 && !words().common.has(lw[i]!) && capitalisedEnd(text, toks, j + 1) - (j + 1) >= 3) && capitalisedEnd(text, toks, j + 1) - (j + 1) >= 2 && hasOrgWord(lw, j + 1, capitalisedEnd(text, toks, j + 1))) {
        j += 2;
        continue;
      }
      // "Customs and Border Protection", "Immigration and Customs Enforcement": capitalised common words on
      // both sides of "and" (none a name or a known place) are one agency's name, not two names.
      if (j + 2 < toks.length && lw[j] === 'and' && j - i <= 2 && capitalisedEnd(text, toks, j + 1) === j + 3 && [...lw.slice(i, j), lw[j + 1]!, lw[j + 2]!].every((x) => words().common.has(x) && !words().firstNames.has(x) && !lookup(x)) && isNameToken(toks[j + 1]!.text) && isNameToken(toks[j + 2]!.text)) {
        j += 3;
        continue;
      }
      // "Department of Design and Construction", "Center on Poverty and Inequality": "and" inside the
      // complement of an organisation word, before a word that starts nothing known.
      if (j + 1 < toks.length && lw[j] === 'and' && isNameToken(toks[j + 1]!.text) && inOrgComplement(lw, i, j) && capitalisedEnd(text, toks, j + 1) === j + 2 && !words().firstNames.has(lw[j + 1]!) && !lookup(toks[j + 1]!.text)) {
        j += 2;
        continue;
      }
      // Not after a person's name ("Tsai Ing-wen of the Democratic Progressive party"), nor after a name a title opens
      // ("Archbishop Aris Shirvanian of the Armenian Patriarchate").
      const title = (x: number): boolean => x >= 0 && /^\p{Lu}/u.test(toks[x]!.text) && (ROLE_SINGLE.has(lw[x]!) || HONORIFICS.has(lw[x]!));
      const titled = title(i - 1) || (title(i) && j - i >= 2 && !ORG_WORDS.has(lw[j - 1]!));
      if (j + 2 < toks.length && lw[j] === 'of' && lw[j + 1] === 'the' && isNameToken(toks[j + 2]!.text) && !titled && !personShaped(lw, i, j) && !nameBeforeOrg(text, toks, lw, i, j)) {
        j += 3;
        continue;
      }
      // A spaced hyphen inside a name ("Council on American - Islamic Relations").
      if (j + 1 < toks.length && toks[j]!.text === '-' && /^ - $/.test(text.slice(toks[j - 1]!.end, toks[j + 1]!.start)) && isNameToken(toks[j + 1]!.text) && hasOrgWord(lw, i, capitalisedEnd(text, toks, j + 1))) {
        j += 2;
        continue;
      }
      break;
    }
    // "since de Blasio took office": a lowercase name particle before a lone name opens it.
    let a = i;
    if (i >= 1 && SURNAME_PARTICLES.has(lw[i - 1]!) && /^\p{Ll}/u.test(toks[i - 1]!.text) && adjacentOk(text, toks[i - 1]!, toks[i]!) && (i < 2 || !isNameToken(toks[i - 2]!.text))) a = i - 1;
    // Weekdays, months and caption words split a run ("Ahmed Mohamed Image").
    for (let k = i; k < j; k++) {
      // "Theresa May", "Johnnie Christmas": a month or feast day right after a first name, ending
      // the run, is a surname.
      // So is one right after a courtesy title ("Mrs May told the committee", "Ms. May").
      if (k === j - 1 && k > i && SURNAME_TOO.has(lw[k]!) && (words().firstNames.has(lw[k - 1]!) || HONORIFICS.has(lw[k - 1]!) || (lw[k - 1] === '.' && HONORIFICS.has(lw[k - 2] ?? '')))) continue;
      // Not inside a known name ("Credit Suisse"), nor opening a two-word name that an organisation or place word
      // ends ("Easter Island", "Getty Museum"; not a weekday's or a month's "Monday Club").
      const insideName = (): boolean => {
        if ((k === a || (k === a + 1 && lw[a] === 'the')) && k + 1 === j - 1 && (ORG_WORDS.has(lw[k + 1]!) || PLACE_WORDS.has(lw[k + 1]!)) && !CALENDAR_WORDS.has(lw[k]!)) return true;
        // "the Sunday Post", "The Sunday Times": a weekday opening a newspaper's name.
        if ((k === a || (k === a + 1 && lw[a] === 'the')) && k + 1 === j - 1 && /day$/.test(lw[k]!) && (NEWSPAPER_WORDS.has(lw[k + 1]!) || /^(?:mirror|express|independent|mail|star|sport)$/.test(lw[k + 1]!))) return true;
        for (let s = i; s <= k; s++) if ((gazAt(text, toks, s, j)?.end ?? 0) > k) return true;
        // "SoftBank Internet and Media Inc": an ordinary capitalised word inside a name that a legal form closes.
        if (k > i && /^(?:inc|corp|ltd|llc|llp|plc|pte|gmbh|ag|sa|corporation|incorporated|limited)$/.test(lw[j - 1]!.replace(/\.$/, '')) && !CALENDAR_WORDS.has(lw[k]!) && /^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text)) return true;
        return false;
      };
      // Degrees are written with capitals inside ("PhD", "EdD", "MBA"): "Elward Edd" is a surname.
      const degreeShapedName = /^(?:phd|mba|msc|bsc|edd|llb|llm|mph|dds|dmd)$/.test(lw[k]!) && /^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text);
      // "Kenneth I. Chenault": the middle initial taken in above.
      // "I. M. Pei": so is a first initial before another.
      const middleI = toks[k]!.text === 'I' && toks[k + 1]?.text === '.' && k + 2 < j && ((k > a && words().firstNames.has(lw[k - 1]!)) || (/^\p{Lu}$/u.test(toks[k + 2]!.text) && toks[k + 3]?.text === '.'));
      // "the All Progressives Congress", "All India Radio": a capitalised "All" opening an organisation's name of three
      // words or more is its first word.
      const allName = toks[k]!.text === 'All' && j - k >= 3 && hasOrgWord(lw, k + 1, j);
      if (NOT_NAMES.has(lw[k]!) && !HONORIFICS.has(lw[k]!) && j - i > 1 && !insideName() && !degreeShapedName && !middleI && !allName) {
        if (k > a) runs.push({ from: a, to: k });
        a = k + 1;
        // ("I. Smith": the pronoun's dot opens nothing.)
        if (toks[a]?.text === '.') a++;
      }
    }
    // "The Airlines PNG Dash 8 aircraft": a model's name before its number and the noun it names is no part of the
    // maker's.
    if (j - a >= 3 && /^\d+$/.test(toks[j]?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(toks[j - 1]!.text) && /^\p{Ll}/u.test(toks[j + 1]?.text ?? '') && !ORG_WORDS.has(lw[j - 1]!) && !PLACE_WORDS.has(lw[j - 1]!) && !containsKnown(text, toks, a, j) && standsAlone(text, text.slice(toks[lw[a] === 'the' ? a + 1 : a]!.start, toks[j - 2]!.end))) runs.push({ from: a, to: j - 1 });
    else if (a < j) runs.push({ from: a, to: j });
    i = j - 1;
  }

  for (const run of heading ? runs : spelledRuns(text, toks, lw, runs)) analyseRun(text, toks, lw, run, heading || inTitle(run.from) || shoutedHeadline(toks, run), make, local, facts);
  if (!heading) compoundPrefixes(text, toks, sentence, local);
  if (!heading) {
    companyDesignators(text, local);
    knownAs(text, local);
    acronymTerms(text, local);
    namesBeforeAcronyms(text, local);
    mergeCityRegion(text, local);
    townBeforeStateAbbreviation(text, local);
    linkAppositives(text, toks, lw, local);
    rolesAfterAs(text, toks, lw, local);
    coordinationVotes(text, local);
  }
  for (const c of local) out.push(c);
  return titles.map(([a, b]) => toks.slice(a, b));
}

/** Small words written in capitals in a headline that reference data would read as acronyms ("IS", "IT", "ME"). */
const SHOUTED_SMALL_WORDS = new Set('IS IT IN ON AT AS BE BY DO GO HE IF ME MY NO OF OR SO TO WE AN AM'.split(' '));

/**
 * "TWO MORE BITE THE DUST FOR THE NEXT GOP DEBATE STAGE Rand Paul and…": a headline in capitals run into the text. A
 * run with three words or more in capitals that are ordinary words (not acronyms: "GOP" alone is none) is read like a
 * heading.
 */
function shoutedHeadline(toks: Token[], run: Run): boolean {
  let shouted = 0;
  for (let k = run.from; k < run.to; k++) if (/^\p{Lu}{2,}$/u.test(toks[k]!.text) && words().common.has(toks[k]!.text.toLowerCase()) && !COMMON_ACRONYMS.has(toks[k]!.text)) shouted++;
  return shouted >= 3;
}

/**
 * Title Case that is no name: every word capitalised but the small words of titles, three words or more, and among
 * them capitalised ordinary words (not names, places, roles or organisation words) past the first: "Joins Growing
 * List of Conservatives Rebuking", "Excommunicates". A list of names ("Jim Smith, Ann Lee and Bob Brown") has none.
 */
function titleCased(toks: Token[], lw: string[], from: number, to: number, ordinaryNeeded: number): boolean {
  let seen = 0;
  let ordinary = 0;
  for (let k = from; k < to; k++) {
    const t = toks[k]!.text;
    if (!/^\p{L}/u.test(t)) continue;
    seen++;
    if (/^\p{Ll}/u.test(t)) {
      if (seen === 1 || !HEADING_MINOR.has(lw[k]!)) return false;
      continue;
    }
    // "Follow Pam Key on Twitter": a word after a first name may be its surname. "(Reporting by Will Dunham; Editing by
    // Tom Brown)": a credit's verb before "by" is no headline's.
    if (seen > 1 && /^\p{Lu}\p{Ll}+$/u.test(t) && !words().firstNames.has(lw[k - 1] ?? '') && lw[k + 1] !== 'by' && ordinaryWord(lw[k]!) && !HEADING_MINOR.has(lw[k]!) && !ORG_WORDS.has(lw[k]!) && !ROLE_SINGLE.has(lw[k]!) && !HONORIFICS.has(lw[k]!) && !lookup(t)) ordinary++;
  }
  return seen >= 3 && ordinary >= ordinaryNeeded;
}

/**
 * A headline's or a work's title quoted inside a sentence (“Speaker Paul Ryan Joins Growing List of Conservatives
 * Rebuking Trump as He Captures GOP Nomination.”, ''Francesco Excommunicates Trump,'', “Mr. Sanders Is Not a Brave
 * Truth-Teller”): the token ranges inside the quotation marks. Title Case hides which of its words are names, so
 * they are read like a heading's: reference data and the names the body gives.
 */
function quotedTitles(toks: Token[], lw: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < toks.length; k++) {
    const open = toks[k]!.text;
    if (open !== '“' && open !== '"' && open !== '‘') continue;
    const close = open === '“' ? '”' : open === '‘' ? '’' : '"';
    let m = k + 1;
    while (m < toks.length && toks[m]!.text !== close && toks[m]!.text !== open) m++;
    if (m >= toks.length || toks[m]!.text !== close) continue;
    // Not a body's name in quotation marks (“We The People Foundation”), which ends on an organisation word.
    let last = m - 1;
    while (last > k && !/^\p{L}/u.test(toks[last]!.text)) last--;
    if (titleCased(toks, lw, k + 1, m, 1) && !ORG_WORDS.has(lw[last]!)) out.push([k + 1, m]);
    k = m;
  }
  return out;
}

/**
 * Paragraphs the splitter took for prose that are headlines all the same: Title Case through commas, quotation marks
 * and numbers ("Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to …", "Texas Gov. Hears About Obama’s
 * Gun Grab, Launches EPIC 4-Word Warning To White House."), with two capitalised ordinary words or more.
 */
function headlineShaped(doc: Segmented): Set<number> {
  const out = new Set<number>();
  const { tokens, sentences } = doc;
  let from = 0;
  while (from < tokens.length) {
    const paragraph = sentences[tokens[from]!.sentence]!.paragraph;
    let to = from;
    while (to < tokens.length && sentences[tokens[to]!.sentence]!.paragraph === paragraph) to++;
    const p = doc.paragraphs[paragraph]!;
    if (p.prose && !p.heading) {
      const toks = tokens.slice(from, to);
      if (titleCased(toks, toks.map((t) => t.text.toLowerCase()), 0, toks.length, 2)) out.add(paragraph);
    }
    from = to;
  }
  return out;
}

/**
 * "Jamiat Ulama-e-Islam (JUI) party", "Barisan Nasional (BN)": a name that the acronym in brackets after it spells is a
 * body's, whatever its words' shape says, unless a word of it is a known first name or surname ("Alexandria Ocasio-Cortez
 * (AOC)") or the text gives it a person's role or title.
 */
function namesBeforeAcronyms(text: string, cands: Candidate[]): void {
  for (let n = 0; n + 1 < cands.length; n++) {
    const c = cands[n]!;
    const a = cands[n + 1]!;
    if (c.kind !== 'name' || c.gaz || (c.type !== null && c.type !== 'person') || c.role || c.title || c.votes.person > 0) continue;
    if (text.slice(c.end, a.start) !== ' (' || text[a.end] !== ')' || !/^\p{Lu}[\p{Lu}\d-]{1,9}$/u.test(a.text)) continue;
    const parts = c.text.split(/\s+/);
    if (parts.some((w) => words().firstNames.has(w.toLowerCase()) || words().lastNames.has(w.toLowerCase())) || !spellsAcronym(parts, a.text, true)) continue;
    // (An untyped name of ordinary words may be a term: "Exploration Upper Stage (EUS)", "Named Binary Tag (NBT)".)
    const lower = parts.map((w) => w.toLowerCase());
    if (c.type === null && !lower.some((w) => ORG_WORDS.has(w)) && lower.some((w) => words().common.has(w))) continue;
    c.type = 'organization';
  }
}

/**
 * Acronyms that are no actors, in any of their mentions (merge.ts drops them as it drops products): a
 * term spelled out in lowercase before it ("iodine deficiency disorders (IDD)") and a ticker (".IXIC"); and a word a
 * bracket glosses as a thing ("Sharia (Islamic law)").
 */
function acronymTerms(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    // "to impose Sharia (Islamic law)": a word glossed in brackets by a common noun is a term, no actor.
    // (Two words at least: "Smith (pictured)", "Tom (right)" are captions' asides.)
    const gloss = c.kind === 'name' && !c.gaz && !c.role && /^\p{Lu}\p{Ll}+$/u.test(c.text) ? /^ \(((?:\p{Lu}\p{Ll}+ )?\p{Ll}+ \p{Ll}+|\p{Lu}\p{Ll}+ \p{Ll}+)\)/u.exec(text.slice(c.end, c.end + 40))?.[1]?.split(' ') : undefined;
    if (gloss && words().common.has(gloss[gloss.length - 1]!) && !gloss.some((w) => words().firstNames.has(w.toLowerCase()))) {
      c.product = true;
      continue;
    }
    if (c.kind !== 'name' || !/^\p{Lu}{2,6}s?$/u.test(c.text)) continue;
    if (text[c.start - 1] === '.' && /\s/.test(text[c.start - 2] ?? ' ')) {
      c.product = true;
      continue;
    }
    if (text[c.start - 1] !== '(' || text[c.end] !== ')') continue;
    const acronym = c.text.replace(/s$/, '');
    const before = text.slice(Math.max(0, c.start - 120), c.start - 1).trimEnd().split(/[\s-]+/).slice(-acronym.length);
    if (before.length === acronym.length && before.every((w) => /^\p{Ll}/u.test(w)) && before.map((w) => w[0]!.toUpperCase()).join('') === acronym) c.product = true;
  }
}

/**
 * Nicknames, handles and stage names: the name after "known as" is the same actor as the name just
 * before ("Fernando Caudevilla, known online as DoctorX"), or a person's when no name precedes
 * ("one seller, who goes by the name PlutoPete").
 */
function knownAs(text: string, cands: Candidate[]): void {
  for (let n = 0; n < cands.length; n++) {
    const d = cands[n]!;
    // "Lizzo, whose real name is Melissa Viviane Jefferson,", "Lizzo (real name Melissa Jefferson)": a person's
    // other name, right after the first.
    const prior = cands[n - 1];
    if (d.kind === 'name' && prior?.kind === 'name' && prior.type !== 'organization' && prior.type !== 'place' && REAL_NAME_BETWEEN.test(text.slice(prior.end, d.start))) {
      d.aliasOf = prior.text;
      prior.type = 'person';
      d.type = 'person';
      continue;
    }
    const phrase = d.kind === 'name' ? KNOWN_AS_BEFORE.exec(text.slice(Math.max(0, d.start - 50), d.start))?.[0] : undefined;
    if (!phrase) continue;
    // "known online as", "goes by", "nicknamed", "the handle": only people get these; plain "known as" and
    // "dubbed" name places, laws and things too ("a region known as the Sahel").
    const personal = /online|professionally|friends|fans|goes by|nicknamed|calls|username|handle|pseudonym/i.test(phrase);
    const c = cands[n - 1];
    const between = c ? text.slice(c.end, d.start) : '';
    if (c && c.kind === 'name' && (c.type === 'person' || (c.type === null && personal)) && between.length <= 50 && /^,?\s/.test(between) && !/[.;:!?]/.test(between.replace(/a\.k\.a\./i, ''))) {
      d.aliasOf = c.text;
      c.type = 'person';
      d.type = 'person';
    } else if (c && c.kind === 'name' && c.type === 'organization' && !personal && /^,\s*(?:(?:also|commonly|locally|widely|better)\s+)?(?:known|referred to)\s+as\s+$/.test(between)) {
      // "the National Institute for Space Research, known as INPE,": the body's other name.
      d.aliasOf = c.text;
      d.type = 'organization';
    } else if (personal && /\b(?:who|whom)\b/.test(text.slice(Math.max(0, d.start - 40), d.start))) d.type = 'person';
  }
  // "hackers calling themselves Anonymous", "a group called Extinction Rebellion": a name a group takes is an
  // organisation's, whatever its words are.
  for (const d of cands) {
    if (d.kind !== 'name' || d.type !== null) continue;
    if (GROUP_NAMED_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) d.type = 'organization';
  }
}

/** What stands between a stage name and the person's own: ", whose real name is ", " (real name ", ", born ". */
const REAL_NAME_BETWEEN = /^(?:,\s*whose\s+(?:real|birth|given|full|legal)\s+name\s+is\s+|\s*\((?:real|birth)\s+name:?\s+|,\s*(?:who\s+was\s+)?born\s+)$/i;

const GROUP_NAMED_BEFORE = /(?:\bcall(?:s|ed|ing)? (?:themselves|itself)|\b(?:group|collective|organi[sz]ation|movement|network|coalition|campaign|alliance|militia|faction|startup|company|firm|band|outfit) (?:called|named|known as|dubbed|calling itself))\s+[“"]?$/i;

/** "Acme Widgets, Inc.", "Brightline Labs, LLC": a designator after a comma makes the name a company's (and is no name itself). */
function companyDesignators(text: string, cands: Candidate[]): void {
  for (let n = cands.length - 1; n > 0; n--) {
    const d = cands[n]!;
    const c = cands[n - 1]!;
    if (c.kind !== 'name' || text.slice(c.end, d.start) !== ', ' || !/^(?:Inc|Ltd|LLC|LLP|Corp|Co|Plc|PLC|GmbH|AG|SA|NV|BV|Pty)$/.test(d.text)) continue;
    c.type = 'organization';
    cands.splice(n, 1);
  }
}

/**
 * "News Corporation and Fairfax", "Texas, Ohio or Iowa": names joined by "and", "or" or a comma are
 * mostly of one kind, so an untyped name gets a vote for its typed neighbour's type.
 */
function coordinationVotes(text: string, cands: Candidate[]): void {
  // The vote runs along the whole list ("AT&T, Comcast/Xfinity, T-Mobile and others"): an untyped name
  // that got its type from one neighbour passes it on to the next.
  const typeOf = (c: Candidate): 'person' | 'organization' | 'place' | null => {
    if (c.type === 'person' || c.type === 'organization' || c.type === 'place') return c.type;
    const v = { ...c.votes, person: c.votes.person + (c.votes.shape ?? 0) };
    const best = (['person', 'organization', 'place'] as const).reduce((x, y) => (v[y] > v[x] ? y : x), 'person');
    return v[best] > 0 ? best : null;
  };
  // "Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and…": a bracketed party or state tag after a name is no break.
  // ("Companywide, Nokia reported…", "Nationwide, …": an adverb opening the sentence is no first item.)
  const adverb = (a: Candidate): boolean => /^\p{Lu}\p{Ll}+(?:wide|wise|ly|wards?)$/u.test(a.text) && text.slice(a.end, a.end + 1) === ',';
  const joined = (a: Candidate, b: Candidate): boolean => a.kind === 'name' && b.kind === 'name' && !adverb(a) && /^(?: \([^()]{1,12}\))?(?:,? (?:and|or) |, |\/)$/.test(text.slice(a.end, b.start));
  // "the San Ysidro, California, Customs and Border Protection facility": a known state or country after a
  // comma closes an address; the comma after it does not continue a list.
  const address = (n: number): boolean => {
    const a = cands[n]!;
    const p = cands[n - 1];
    return !!p && a.gaz?.type === 'place' && text.slice(p.end, a.start) === ', ' && text.slice(a.end, cands[n + 1]!.start) === ', ';
  };
  // One vote from each side at most: "PartnerRe, Ferrari and Fiat Chrysler Automobiles" between two firms outweighs
  // a surname's vote.
  const fromRight = new Set<Candidate>();
  const fromLeft = new Set<Candidate>();
  for (let pass = 0; pass < 2; pass++) {
    for (let n = 0; n + 1 < cands.length; n++) {
      const a = cands[n]!;
      const b = cands[n + 1]!;
      if (!joined(a, b) || address(n)) continue;
      const ta = typeOf(a);
      const tb = typeOf(b);
      // More than a lone first name's vote: "News Corporation and Fairfax" is a firm's name.
      if (a.type === null && !fromRight.has(a) && tb) {
        a.votes[tb] += 1.5;
        fromRight.add(a);
      } else if (b.type === null && !fromLeft.has(b) && ta && !modifierWord(text, b)) {
        b.votes[ta] += 1.5;
        fromLeft.add(b);
      }
    }
  }
}

/**
 * "Donald Trump and Democratic presidential front-runner Hillary Clinton": a common word capitalised before a lowercase
 * word that is no verb modifies what follows; it is no name of the list.
 */
function modifierWord(text: string, c: Candidate): boolean {
  if (/\s/.test(c.text) || !words().common.has(c.text.toLowerCase())) return false;
  const next = /^ (\p{Ll}[\p{L}-]*)/u.exec(text.slice(c.end, c.end + 30))?.[1];
  return !!next && !verbLike(next) && next !== 'and' && next !== 'or';
}

/** A lowercase word that reads as a verb after a subject: "said", "demurred", "met", "also", "has", "would". */
function verbLike(word: string): boolean {
  return PERSON_VERBS.has(word) || IRREGULAR_PAST.has(word) || /^\p{Ll}{2,}ed$/u.test(word) || /^(?:also|has|had|is|was|are|were|have|will|would|did|does)$/.test(word);
}

/**
 * "Organization for Security and Co-operation in Europe (OSCE)": a bracketed acronym says how far back its name
 * goes. The runs before it (split at "and", "in", a hyphenated word) are joined into one from the first word from
 * which the acronym can be read (acronyms.ts).
 */
function spelledRuns(text: string, toks: Token[], lw: string[], runs: Run[]): Run[] {
  const out = [...runs];
  for (let r = 0; r < out.length; r++) {
    const run = out[r]!;
    const at = run.to;
    // "(OSCE)", "(SPLM-IO)": the acronym's tokens up to the closing bracket.
    let close = at + 1;
    while (close < toks.length && close <= at + 4 && toks[close]!.text !== ')') close++;
    if (toks[at]?.text !== '(' || toks[close]?.text !== ')') continue;
    const acronym = text.slice(toks[at + 1]!.start, toks[close - 1]!.end);
    if (!/^\p{Lu}[\p{Lu}-]{1,9}$/u.test(acronym)) continue;
    // Back from the bracket over capitalised and function words, to the first word from which the acronym reads.
    let from = -1;
    for (let k = at - 1; k >= 0 && k >= at - 14; k--) {
      const t = toks[k]!.text;
      if (!/^\p{Lu}/u.test(t)) {
        if (/^(?:of|for|and|in|on|the|de|du|des|la|le|el|against|to|at|&|-|['’]s?)$/.test(lw[k]!)) continue;
        break;
      }
      if (spellsAcronym(text.slice(toks[k]!.start, toks[at - 1]!.end).split(/\s+/).filter((w) => !/^['’]s?$/.test(w)), acronym)) {
        from = k;
        break;
      }
    }
    if (from < 0 || from >= run.from) continue;
    // Join every run inside [from, at) into this one.
    const first = out.findIndex((x) => x.to > from);
    if (first < 0 || first >= r) continue;
    out.splice(first, r - first + 1, { from: Math.min(from, out[first]!.from), to: at });
    r = first;
  }
  return out;
}

/** Token index whose start is `offset`, or -1. */
function tokenAt(toks: Token[], offset: number): number {
  for (let i = 0; i < toks.length; i++) if (toks[i]!.start === offset) return i;
  return -1;
}

/**
 * "Anthony Albanese had a tough first question time as Prime Minister": a capitalised title after "as", in the sentence
 * the person opens, with nobody else named between, is the person's role.
 */
function rolesAfterAs(text: string, toks: Token[], lw: string[], cands: Candidate[]): void {
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    if (c.kind !== 'name' || c.role || c.type !== 'person' || (n > 0 && cands[n - 1]!.sentence === c.sentence)) continue;
    let a = tokenAt(toks, c.start);
    if (a < 0) continue;
    while (a < toks.length && toks[a]!.end <= c.end) a++;
    const limit = Math.min(toks.length, a + 14);
    while (a < limit && toks[a]!.sentence === c.sentence && lw[a] !== 'as' && !/^[“”"]$/.test(toks[a]!.text)) a++;
    if (lw[a] !== 'as' || toks[a]!.sentence !== c.sentence || cands.some((x) => x !== c && x.type === 'person' && x.start > c.end && x.start < toks[a]!.start)) continue;
    const from = lw[a + 1] === 'the' ? a + 2 : a + 1;
    const head = from < toks.length && /^\p{Lu}/u.test(toks[from]!.text) ? roleHeadAt(lw, from, toks.length) : -1;
    // (Not someone else's: "serving as the President's physician".)
    if (head < 0 || (head < toks.length && (/^\p{Lu}/u.test(toks[head]!.text) || /^['’]s$/.test(toks[head]!.text)))) continue;
    c.role = text.slice(toks[from]!.start, toks[head - 1]!.end);
  }
}

/**
 * Appositives both ways: "Pakistan's Information Minister, Atta Tarar," gives the role and the
 * affiliation to the name; "Kuleba, Ukraine's foreign minister," likewise.
 */
function linkAppositives(text: string, toks: Token[], lw: string[], cands: Candidate[]): void {
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    if (c.kind === 'role') {
      const next = cands[n + 1];
      const ci = tokenAt(toks, c.start);
      let e = ci;
      while (e < toks.length && toks[e]!.end <= c.end) e++;
      if (next && next.kind === 'name' && (next.type === 'person' || next.type === null) && toks[e]?.text === ',' && toks[e + 1]?.start === next.start) {
        next.type = 'person';
        next.role ??= c.role;
        next.affiliation ??= c.affiliation;
      }
      continue;
    }
    if (c.type !== 'person' && c.type !== null) continue;
    let e = tokenAt(toks, c.start);
    if (e < 0) continue;
    while (e < toks.length && toks[e]!.end <= c.end) e++;
    if (toks[e]?.text !== ',') continue;
    // "Jake Sullivan, who serves as national security adviser,": the role in a relative clause.
    const rel = lw[e + 1] === 'who' && /^(?:is|was|serves|served|works|worked)$/.test(lw[e + 2] ?? '') ? (lw[e + 3] === 'as' ? e + 4 : e + 3) : -1;
    const r = roleAfter(text, toks, lw, rel > 0 ? rel : e + 1, cands);
    if (r) {
      c.type = 'person';
      // ("Lieutenant-Colonel Jean-Baptiste Kumbu Ngoma, military prosecutor for Butembo,": the job, not the rank.)
      if (!c.role || MILITARY_RANK.test(c.role)) c.role = r.role;
      c.affiliation ??= r.aff;
    }
  }
  // "India's Narendra Modi", "Google's Sundar Pichai": a country's or a known organisation's possessive right before
  // a person's name is the side the person is on.
  for (let n = 1; n < cands.length; n++) {
    const c = cands[n]!;
    const p = cands[n - 1]!;
    if (c.kind !== 'name' || c.type !== 'person' || c.affiliation || !p.gaz || (p.gaz.kind !== 'country' && p.gaz.kind !== 'organization')) continue;
    // "Iran’s Supreme Leader Ayatollah Ali Khamenei", "Qatar's Sheikh Mohammed": the person's own title between.
    const gap = text.slice(p.end, c.start);
    if (!/^['’]s $/.test(gap) && !(c.role && /^['’]s (?:\p{Lu}[\p{L}.-]* ){1,5}$/u.test(gap))) continue;
    c.affiliation = { country: p.gaz.country, name: p.gaz.canonical };
  }
  // "The country's president, Volodymyr Zelensky,": a lowercase role and a comma before the name.
  for (const c of cands) {
    if (c.kind !== 'name' || (c.role && !MILITARY_RANK.test(c.role)) || (c.type !== 'person' && c.type !== null)) continue;
    let ci = tokenAt(toks, c.start);
    // "The BMA's chair, Dr Tom Dolphin,": past the name's courtesy title.
    while (ci > 2 && (HONORIFICS.has(lw[ci - 1]!) || TITLE_ABBREVIATIONS.has(lw[ci - 1]!) || (toks[ci - 1]!.text === '.' && TITLE_ABBREVIATIONS.has(lw[ci - 2]!)))) ci--;
    if (ci < 2 || toks[ci - 1]!.text !== ',') continue;
    let r = roleWordsEndingAt(text, toks, lw, ci - 2);
    let aff: Candidate['affiliation'] = null;
    // "A spokesperson for the Church, Karin Pouw,", "the chief executive of Acme Corp, Jane Doe,": the role's
    // employer between it and the comma.
    if (!r) {
      let o = ci - 2;
      while (o > 0 && o > ci - 8 && /^\p{Lu}/u.test(toks[o]!.text)) o--;
      const orgStart = o + 1;
      if (lw[o] === 'the') o--;
      if (orgStart < ci - 1 && /^(?:of|for|at)$/.test(lw[o] ?? '') && o >= 1) {
        r = roleWordsEndingAt(text, toks, lw, o - 1);
        if (r) aff = { country: null, name: text.slice(toks[orgStart]!.start, toks[ci - 2]!.end) };
      }
    }
    // "The European Union's foreign policy chief, Kaja Kallas,": a possessor's portfolio, lowercase, before the role.
    if (r && r.start > 2 && /^\p{Ll}+$/u.test(toks[r.start - 1]!.text) && !DETERMINERS.has(lw[r.start - 1]!)) {
      let p = r.start - 1;
      while (p > r.start - 3 && p > 1 && /^\p{Ll}+$/u.test(toks[p - 1]!.text) && !DETERMINERS.has(lw[p - 1]!)) p--;
      const roleEnd = toks[r.start]!.start + r.role.length;
      if (/^['’]s$/.test(lw[p - 1]!)) r = { start: p, role: text.slice(toks[p]!.start, roleEnd) };
    }
    // Only as the opening noun phrase: "the country's president," or "Its chief executive,", not a list.
    const opener = r && r.start > 0 ? lw[r.start - 1]! : '';
    if (!r || !(/^(?:the|its|their|his|her|’s|'s)$/.test(opener) || (aff && /^(?:a|an)$/.test(opener) && (r.start < 2 || /^[^\p{L}\p{N}]+$/u.test(toks[r.start - 2]!.text))))) continue;
    c.type = 'person';
    c.role = r.role;
    // "The BMA's chair, Dr Tom Dolphin,": the possessor is the employer.
    aff ??= affiliationBefore(text, toks, lw, r.start, false)?.aff ?? null;
    if (aff && !c.affiliation) c.affiliation = aff;
  }
}

/** "[the|a] [Country's|Demonym|Org] modifiers* head [,.]" starting at token i. */
function roleAfter(text: string, toks: Token[], lw: string[], i: number, cands: Candidate[]): { role: string; aff: Candidate['affiliation'] } | null {
  let k = i;
  if (k < toks.length && DETERMINERS.has(lw[k]!)) k++;
  let aff: Candidate['affiliation'] = null;
  const g = k < toks.length ? gazAt(text, toks, k, Math.min(toks.length, k + 5)) : null;
  if (g) {
    aff = { country: g.entry.country, name: g.entry.canonical };
    k = g.end;
    if (lw[k] === '’s' || lw[k] === "'s") k++;
  } else if (k + 2 < toks.length && /^\p{L}{3,}$/u.test(toks[k]!.text) && (lw[k + 1] === '’s' || lw[k + 1] === "'s")) {
    // "Han Dong-hoon, the party's leader,", "Ann Cole, Acme's chief operating officer,": a possessor before the role.
    if (/^\p{Lu}/u.test(toks[k]!.text)) aff = { country: null, name: toks[k]!.text };
    k += 2;
  }
  let rs = k;
  let re = -1;
  for (; k < toks.length && k < rs + 5; k++) {
    const h = roleHeadAt(lw, k, toks.length);
    // "counsel for Mr White,": a courtesy title after the role opens the name of whom it serves.
    if (h > 0 && re > 0 && HONORIFICS.has(lw[k]!)) break;
    if (h > 0) {
      re = h;
      k = h - 1;
      continue;
    }
    // "the shop’s 69-year-old owner": an age ("69" "-" "year-old").
    if (/^\d+$/.test(lw[k]!) && lw[k + 1] === '-' && /^years?-old$/.test(lw[k + 2] ?? '')) {
      k += 2;
      // An age is no part of the role ("owner").
      if (re < 0) rs = k + 1;
      continue;
    }
    // "chief financial officer": a word between two role heads.
    if (ROLE_MODIFIERS.has(lw[k]!) || ((re < 0 || /^\p{Ll}/u.test(toks[k]!.text)) && /^\p{L}/u.test(toks[k]!.text) && roleHeadAt(lw, k + 1, toks.length) > 0 && !(re > 0 && HONORIFICS.has(lw[k + 1]!)))) continue;
    break;
  }
  if (re < 0 || HONORIFICS.has(lw[re - 1]!)) return null;
  // "Dr Tom Dolphin, accused ministers of…": a plural is the object of a verb, not one person's role.
  const head = lw[re - 1]!;
  if (re - rs === 2 && head.endsWith('s') && ROLE_SINGLE.has(head.slice(0, -1)) && /ed$/.test(lw[rs]!)) return null;
  const after = toks[re]?.text;
  if (after !== undefined && after !== ',' && after !== '.' && after !== ';' && lw[re] !== 'of' && lw[re] !== 'for' && lw[re] !== 'at') return null;
  // "Cory Booker, Hawaii Rep. Tulsi Gabbard": an abbreviated title's dot, then a name: the next person's title.
  if (after === '.' && TITLE_ABBREVIATIONS.has(head) && /^\p{Lu}/u.test(toks[re + 1]?.text ?? '') && toks[re + 1]!.start === toks[re]!.end + 1) return null;
  // "Holger Cordes, CEO of Ascom,", "Tim Cook, the chief executive of Apple,": the name after "of"/"at"/"for" is
  // the organisation (or country) the role is held in.
  // "Head of Fundamental Research at Kotak Securities", "executive director for China at the IMF": the employer
  // after "at" when one follows. Only a name that ends the phrase ("the Refugees in Towns Project" is cut short).
  let p = re;
  for (let hop = 0; !aff && hop < 2 && (lw[p] === 'of' || lw[p] === 'at' || lw[p] === 'for'); hop++) {
    let a = p + 1;
    if (lw[a] === 'the') a++;
    let b = capitalisedRunEnd(toks, lw, a);
    // "a former member of Hasina's Awami League": the possessor's is the employer after it.
    // (Both names the candidates read, the second an organisation: not "The People's Hospital", nor "MIT's Science,
    // Technology and Society program".)
    if (b > a && /^['’]s$/.test(lw[b] ?? '') && /^\p{Lu}/u.test(toks[b + 1]?.text ?? '') && cands.some((c) => c.start === toks[a]!.start && c.end === toks[b - 1]!.end)) {
      const a2 = b + 1;
      const b2 = capitalisedRunEnd(toks, lw, a2);
      const employer = cands.some((c) => c.start === toks[a2]!.start && c.end === toks[b2 - 1]!.end && c.type === 'organization');
      if (employer && !(/^\p{Ll}/u.test(toks[b2]?.text ?? '') && !/^(?:in|at|on|and|or|since|until|before|after|who|which|that)$/.test(lw[b2]!))) {
        a = a2;
        b = b2;
      }
    }
    if (b === a || !/^\p{Lu}/u.test(toks[b - 1]!.text)) break;
    if (lw[b] === 'at' && /^\p{Lu}|^the$/u.test(toks[b + 1]?.text ?? '')) {
      p = b;
      continue;
    }
    // A name the candidates read longer ("the Refugees in Towns Project") is the employer's whole name.
    const longer = cands.find((c) => c.start === toks[a]!.start && c.end > toks[b - 1]!.end);
    const g = gazAt(text, toks, a, b);
    aff = longer ? { country: null, name: longer.text } : g && g.end === b ? { country: g.entry.country, name: g.entry.canonical } : { country: null, name: text.slice(toks[a]!.start, toks[b - 1]!.end) };
  }
  return { role: text.slice(toks[rs]!.start, toks[re - 1]!.end), aff };
}

/** The end of the capitalised words from token a, "of", "and" and "&" inside them, six at most ("Bank of America"). */
function capitalisedRunEnd(toks: Token[], lw: string[], a: number): number {
  let b = a;
  while (b < toks.length && b < a + 6 && (/^\p{Lu}/u.test(toks[b]!.text) || ((lw[b] === 'of' || lw[b] === 'and' || lw[b] === '&') && /^\p{Lu}/u.test(toks[b + 1]?.text ?? '')))) b++;
  return b;
}

function adjacentOk(text: string, a: Token, b: Token): boolean {
  // Only whitespace (no line break, no punctuation) between the two words.
  const gap = text.slice(a.end, b.start);
  return /^[ \t\u00a0]+$/.test(gap);
}

type Maker = (a: number, b: number, type: EntityType | null, extra?: Partial<Candidate>) => Candidate;

/** Longest gazetteer match starting at token i, ending no later than `limit`. */
function gazAt(text: string, toks: Token[], i: number, limit: number): { end: number; entry: GazetteerEntry } | null {
  const max = Math.min(limit, i + gazetteer().maxWords + 2);
  for (let j = max; j > i; j--) {
    const last = toks[j - 1]!.text;
    if (!isWord(last) && last !== '.') continue;
    const hit = lookup(text.slice(toks[i]!.start, toks[j - 1]!.end));
    if (hit && hit.length) return { end: j, entry: pickEntry(hit) };
  }
  return null;
}

function pickEntry(list: GazetteerEntry[]): GazetteerEntry {
  const order = ['country', 'organization', 'capital', 'place', 'demonym-plural', 'demonym'];
  return [...list].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0]!;
}

function roleHeadAt(lw: string[], i: number, limit: number): number {
  // "Directorate General of Health Services", "Consulate General": "General" after a body's noun is part of its name.
  if (lw[i] === 'general' && GENERAL_BODIES.has(lw[i - 1] ?? '')) return -1;
  // "a UN General Assembly meeting", "General Motors": nor before a body's word.
  if (lw[i] === 'general' && i + 1 < limit && ORG_WORDS.has(lw[i + 1]!)) return -1;
  for (const m of ROLE_MULTI) {
    if (i + m.length <= limit && m.every((w, k) => lw[i + k] === w)) return i + m.length;
  }
  // "Lieutenant-Colonel", "Major-General", "Vice-Admiral": rank words joined by a hyphen.
  if (/^\p{L}+-\p{L}+$/u.test(lw[i] ?? '') && MILITARY_RANK.test(lw[i]!)) return i + 1;
  return ROLE_SINGLE.has(lw[i]!) ? i + 1 : -1;
}

function analyseRun(
  text: string,
  toks: Token[],
  lw: string[],
  run: Run,
  heading: boolean,
  make: Maker,
  out: Candidate[],
  facts: DocFacts,
): void {
  let { from, to } = run;
  const w = words();
  // "Shoshone County Fire District No.1", "SCFD No. 1": the number's abbreviation closes no name.
  // (Only after a body's word or an acronym: "U.S. Patent No. 6,113,587" names a document.)
  if (to - from >= 2 && lw[to - 1] === 'no' && toks[to]?.text === '.' && /^\d/.test(toks[to + 1]?.text ?? '') && (ORG_WORDS.has(lw[to - 2]!) || PLACE_WORDS.has(lw[to - 2]!) || isAcronym(toks[to - 2]!.text))) to--;
  // "the New York-based group", "South Korean-born": a compound adjective made from a name is no name.
  if (/^\p{L}[\p{L}.]*-(?:based|born|bred|led|backed|owned|run|funded|made|style)$/iu.test(toks[to - 1]?.text ?? '')) return;
  // "the former secretary of State Hillary Clinton", "director of Communications Jen Psaki": an ordinary word after a
  // lowercase role and "of" completes the title before the name.
  if (to - from >= 3 && lw[from - 1] === 'of' && /^\p{Ll}/u.test(toks[from - 2]?.text ?? '') && ROLE_SINGLE.has(lw[from - 2] ?? '') && ordinaryWord(lw[from]!) && words().firstNames.has(lw[from + 1]!)) from++;
  // "vice president for Public Affairs at UT": common words after a role and "of" or "for", before "at" and the
  // organisation, name the role's portfolio, no actor (unless the reference data knows them).
  if (to - from >= 2 && lw[to] === 'at' && /^(?:of|for)$/.test(lw[from - 1] ?? '') && ROLE_SINGLE.has(lw[from - 2] ?? '') && toks.slice(from, to).every((t) => t.text === '&' || (ordinaryWord(t.text.toLowerCase()) && !ORG_WORDS.has(t.text.toLowerCase()))) && !gazAt(text, toks, from, to)) return;
  // Drop leading determiners and sentence-initial common words ("The", "After", "Minister" stays; so does the word
  // before an area's head: "Orange County Superior Court Judge…").
  // "The Guardian", "The Hill": a name that starts with its article keeps it.
  const theName = lw[from] === 'the' && from + 1 < to && gazAt(text, toks, from, to)?.entry.kind === 'organization';
  // "A. Philip Randolph": an initial, not the article "a".
  const initialA = (x: number): boolean => toks[x]!.text === 'A' && toks[x + 1]?.text === '.' && x + 2 < to && /^\p{Lu}/u.test(toks[x + 2]!.text);
  while (
    from < to &&
    !theName &&
    !initialA(from) &&
    (DETERMINERS.has(lw[from]!) ||
      ORG_CONNECTORS.has(lw[from]!) ||
      // ("Al Jazeera", "El Salvador", "La Liga": a capitalised particle opening a name the reference data knows stays.)
      (PARTICLES.has(lw[from]!) && !(/^\p{Lu}/u.test(toks[from]!.text) && from + 1 < to && gazAt(text, toks, from, to)) && !(from === run.from && SURNAME_PARTICLES.has(lw[from]!) && /^\p{Ll}/u.test(toks[from]!.text) && from + 1 < to)) ||
      (BELIEF_ADJECTIVES.has(lw[from]!) && to - from >= 3) ||
      // "Several Council members", "Many Republican senators": a quantifier is no word of a name ("All Nippon
      // Airways", "No 10" keep theirs).
      (from === run.from && from + 1 < to && QUANTIFIER_OPENERS.has(lw[from]!) && !/^(?:all|no)$/.test(lw[from]!) && !gazAt(text, toks, from, to)) ||
      // "Q. Obviously Iraq…": an adverb in -ly that opens a label's sentence is no word of the name after it.
      (from + 1 < to && /^\p{Lu}\p{Ll}{3,}ly$/u.test(toks[from]!.text) && words().common.has(lw[from]!) && !words().firstNames.has(lw[from]!) && !words().lastNames.has(lw[from]!) && !gazAt(text, toks, from, to) && (gazAt(text, toks, from + 1, to)?.end === to || words().firstNames.has(lw[from + 1]!))) ||
      ((from === 0 || isOpenQuote(toks[from - 1]!.text)) && isCommonStart(text, toks, lw, from, to) && !gazAt(text, toks, from, to) && localAreaEnd(toks, lw, from, to) < 0 && !onlyDesignatorsAfter(lw, from + 1, to) && !(endsInLegalForm(lw, to) && !OPENING_FUNCTION_WORDS.has(lw[from]!)) && !(from + 1 < to && facts.midSentencePairs.has(`${lw[from]} ${lw[from + 1]}`)) && !unlistedFirstName(toks, lw, from, to, facts) && !(PEOPLE_POSSESSORS.has(lw[from]!) && /^['’]/.test(lw[from + 1] ?? '')) && !(from + 1 < to && ADMIN_AREA_HEADS.has(lw[from + 1]!) && /^\p{Lu}/u.test(toks[from + 1]!.text))))
  )
    from++;
  if (from >= to) {
    // "Lee was making…": a lone sentence-initial word that is also a name stays a candidate that
    // needs the rest of the document to name the same actor.
    const k = run.to - 1;
    // "Fetter, for her part, continued…": any ordinary word may be the surname of a person named in full elsewhere.
    const surnameShaped = /^\p{Lu}\p{Ll}{2,}$/u.test(toks[k]!.text) && !DETERMINERS.has(lw[k]!) && !NOT_NAMES.has(lw[k]!) && !CONTRACTION.test(lw[k]!);
    if (!heading && run.to - run.from >= 1 && (k === 0 || isOpenQuote(toks[k - 1]!.text)) && (nameWordToo(lw[k]!) || surnameShaped || (SURNAME_TOO.has(lw[k]!) && PERSON_VERBS.has(lw[k + 1] ?? '')))) {
      out.push(make(k, k + 1, null, { needsSupport: true }));
      return;
    }
    maybeGroup(text, toks, lw, run.from, run.to, make, out);
    return;
  }

  // "Inspired Capital of New York", "the Carlyle Group of Washington": a firm's name that ends in a word of investment
  // firms, then "of" and a place the reference data knows, is the firm and where it is (not "Bank of America").
  const ofAt = lw.indexOf('of', from);
  const firmPlace = ofAt > from + 1 && ofAt < to - 1 && FIRM_DESIGNATORS.has(lw[ofAt - 1]!) ? gazAt(text, toks, ofAt + 1, to) : null;
  if (firmPlace && firmPlace.end === to && firmPlace.entry.type === 'place' && !gazAt(text, toks, from, to)) {
    analyseRun(text, toks, lw, { from, to: ofAt }, heading, make, out, facts);
    analyseRun(text, toks, lw, { from: ofAt + 1, to }, heading, make, out, facts);
    return;
  }
  // "South Dakotans", "Californians", "New Yorkers", "Texans", "Floridians": the people of a state or country the
  // reference data knows, as a group.
  if (to - from <= 3 && /^\p{Lu}\p{Ll}+(?:ns|ers)$/u.test(toks[to - 1]!.text)) {
    const name = text.slice(toks[from]!.start, toks[to - 1]!.end);
    const stems = [name.replace(/ns$/, ''), name.replace(/ers$/, ''), name.replace(/ans$/, 'as'), name.replace(/ians$/, 'a')];
    if (stems.some((x) => x !== name && lookup(x)?.some((g) => g.type === 'place' && (g.kind === 'country' || g.region === true || isRegion(g.canonical))))) {
      out.push(make(from, to, 'group', { groupKey: `members:${name.toLowerCase()}` }));
      return;
    }
  }
  // "House Democrats", "Senate Republicans", "Texas Democrats", "Oversight Committee Republicans": a chamber's, a body's
  // or a place's members of a party are the party's members, a group; the place or body before them is named too.
  if (to - from >= 2 && PARTY_MEMBERS.has(lw[to - 1]!.replace(/s$/, '')) && lw[to - 1]!.endsWith('s')) {
    const g = gazAt(text, toks, from, to - 1);
    const place = g && g.end === to - 1 && g.entry.type === 'place' ? g : null;
    const body = hasOrgWord(lw, from, to - 1) || (g && g.end === to - 1 && g.entry.type === 'organization');
    if (place || body || CHAMBER_WORDS.has(lw[from]!)) {
      if (place) out.push(make(from, to - 1, 'place', { gaz: place.entry }));
      // "House" alone may be any house; "Senate", "Oversight Committee" are bodies by name.
      else if (body && !(to - 1 - from === 1 && lw[from] === 'house')) analyseRun(text, toks, lw, { from, to: to - 1 }, heading, make, out, facts);
      out.push(make(to - 1, to, 'group', { groupKey: `members:${lw[to - 1]}` }));
      return;
    }
  }
  // "IRISH actress Caitríona Balfe": a nationality in capitals (a tabloid's opening word) is no acronym's organisation.
  if (to - from === 1 && /^\p{Lu}{4,}$/u.test(toks[from]!.text) && lookup(titleCase(toks[from]!.text.toLowerCase()))?.some((g) => g.kind === 'demonym')) return;
  // "Labour MPs", "three MEPs": members of a parliament by their letters are no actor.
  if (to - from === 1 && /^\p{Lu}{2,4}s$/u.test(toks[from]!.text) && POST_NOMINALS.test(toks[from]!.text.slice(0, -1))) return;
  // "Tory MPs", "SNP MSPs": their party is.
  if (to - from === 2 && /^\p{Lu}{2,4}s$/u.test(toks[from + 1]!.text) && POST_NOMINALS.test(toks[from + 1]!.text.slice(0, -1))) {
    const party = gazAt(text, toks, from, from + 1);
    if (party?.entry.type === 'organization') out.push(make(from, from + 1, 'organization', { gaz: party.entry }));
    if (party) return;
  }
  // "African-Americans", "Asian-Americans": a group; "the African-American vote": an adjective, no actor.
  if (to - from === 1 && /^\p{Lu}\p{Ll}+-Americans?$/u.test(toks[from]!.text)) {
    if (lw[from]!.endsWith('s')) out.push(make(from, to, 'group', { groupKey: `members:${lw[from]}` }));
    return;
  }
  // "in this Bill", "the British Bill": a bill before Parliament, not a man called Bill.
  if (lw[to - 1] === 'bill' && from > 0 && DETERMINERS.has(lw[from - 1]!) && (to - from === 1 || (to - from === 2 && lookup(toks[from]!.text)?.some((g) => g.kind === 'demonym')))) return;
  // "St. Patrick’s Day", "St. John's Eve": a feast day is no actor.
  if (to - from >= 3 && /^(?:day|eve)$/.test(lw[to - 1]!) && /^['’]s?$/.test(lw[to - 2]!)) return;
  // "subject to Islamophobia", "Marxism": a doctrine or an attitude is no actor, whatever the words around it say.
  if (to - from === 1 && /^\p{Lu}\p{Ll}{3,}(?:ism|isms|phobia)$/u.test(toks[from]!.text)) return;
  // Headings: reference data, and a person's name plain enough to need no context.
  if (heading) {
    for (let i = from; i < to; i++) {
      // "HILLARY CLINTON IS FEELING…": a small word in capitals is no acronym ("IS" for Islamic State).
      if (SHOUTED_SMALL_WORDS.has(toks[i]!.text)) continue;
      const g = gazAt(text, toks, i, to);
      // "The Late Show With Stephen Colbert", "(Reporting by Amanda Becker…)": a first name that is no ordinary word
      // and a surname that is no word either (or a listed surname).
      if (i + 1 < to && (!g || g.end < i + 2) && w.firstNames.has(lw[i]!) && !w.common.has(lw[i]!) && /^\p{Lu}\p{Ll}+$/u.test(toks[i + 1]!.text) && (nameOnlyWord(toks[i + 1]!.text) || (w.lastNames.has(lw[i + 1]!) && !TITLE_CASE_VERBS.has(toks[i + 1]!.text)))) {
        // "Jim Yong Kim": a third such word goes with them.
        const end = i + 2 < to && /^\p{Lu}\p{Ll}+$/u.test(toks[i + 2]!.text) && nameOnlyWord(toks[i + 2]!.text) ? i + 3 : i + 2;
        out.push(make(i, end, 'person'));
        i = end - 1;
        continue;
      }
      if (g && g.entry.kind !== 'demonym') {
        out.push(make(i, g.end, g.entry.type, { gaz: g.entry }));
        i = g.end - 1;
      }
    }
    return;
  }

  const titled = titledName(text, toks, lw, run, from, to, heading, make, out, facts);
  if (titled.done) return;
  const { lowerRole } = titled;

  // Plain name run, possibly with gazetteer pieces.
  let k = from;
  // Title-case text ("…Underneath N.Y.C."): ordinary words before a known name are not part of it.
  for (let q = k; q + 1 < to; q++) {
    if (TITLE_FUNCTION_WORDS.has(lw[q]!) && gazAt(text, toks, q + 1, to)?.end === to) {
      k = q + 1;
      break;
    }
  }
  // "Afghan Taliban": demonym + capitalised name → organisation affiliated with the country.
  while (k < to) {
    const g = gazAt(text, toks, k, to);
    if (g) {
      if (g.entry.kind === 'demonym') {
        if (g.end < to) {
          const rest = gazAt(text, toks, g.end, to);
          if (rest && rest.end === to && rest.entry.kind === 'country') {
            out.push(make(g.end, to, 'place', { gaz: rest.entry }));
            return;
          }
          const end = trimNameEnd(toks, lw, g.end, to);
          // "Polish Americans", "Chinese Americans": an origin before a nationality's people is one group.
          if (end - g.end === 1 && lookup(toks[g.end]!.text)?.some((x) => x.kind === 'demonym-plural')) {
            out.push(make(k, end, 'group', { groupKey: `members:${lw.slice(k, end).join(' ')}` }));
            return;
          }
          if (end - g.end === 1 && (GROUP_MEMBERS.has(lw[g.end]!) || /^\p{Lu}\p{Ll}{3,}(?:ists|ites)$/u.test(toks[g.end]!.text))) {
            // "Tunisian Islamists", "Egyptian Copts": a group of believers from the country.
            out.push(make(g.end, end, 'group', { groupKey: `members:${lw[g.end]}`, affiliation: { country: g.entry.country, name: g.entry.canonical } }));
            return;
          }
          // "the Australian National Iodine Nutrition Study": a study, not an organisation.
          if (end - g.end >= 1 && NON_ACTOR_HEADS.has(lw[end - 1]!)) {
            knownInside(text, toks, lw, g.end, end - 1, make, out);
            return;
          }
          // "the Russian Tuva region", "the Syrian Idlib province", "Russian Siberia": a place in the country.
          const restGaz = rest && rest.end === end ? rest.entry : null;
          const placeNoun = end < toks.length && /^\p{Ll}/u.test(toks[end]!.text) && (PLACE_NOUNS_AFTER.has(lw[end]!) || PLACE_WORDS.has(lw[end]!));
          if ((restGaz && restGaz.type === 'place') || (!restGaz && placeNoun)) {
            out.push(make(g.end, end, 'place', { gaz: restGaz }));
            return;
          }
          // "arrested American John Yettaw", "Australian Peter Greste was freed": a nationality before a first name and a
          // surname describes the person.
          if (!restGaz && end - g.end >= 2 && end - g.end <= 3 && words().firstNames.has(lw[g.end]!) && !hasOrgWord(lw, g.end, end)) {
            out.push(make(g.end, end, 'person', { affiliation: { country: g.entry.country, name: g.entry.canonical } }));
            return;
          }
          const c = make(k, end, 'organization', { affiliation: { country: g.entry.country, name: g.entry.canonical }, gaz: restGaz });
          out.push(c);
          maybeGroupAfter(text, toks, lw, k, end, c, make, out);
          return;
        }
        // Demonym alone: a group noun may follow ("Afghan delegation"), otherwise a modifier.
        maybeGroup(text, toks, lw, k, g.end, make, out);
        // "…,” said Cuban.", "Cuban demurred": with no article before it and a verb or nothing after it, the word may
        // be the surname of a person named in full elsewhere ("Mark Cuban"); merge.ts keeps it only then.
        const after = lw[g.end] ?? '';
        const verbAfter = !/^\p{Ll}/u.test(toks[g.end]?.text ?? '') || verbLike(after);
        if (g.end === k + 1 && k === run.from && !heading && verbAfter && !DETERMINERS.has(lw[k - 1] ?? '') && !/^[-–—]$/.test(toks[g.end]?.text ?? '')) out.push(make(k, g.end, null, { needsSupport: true }));
        k = g.end;
        continue;
      }
      if (g.entry.kind === 'demonym-plural') {
        out.push(make(k, g.end, 'group', { gaz: g.entry, groupKey: `${g.entry.country}:people` }));
        k = g.end;
        continue;
      }
      if (g.end === to || !isNameToken(toks[g.end]!.text) || ORG_CONNECTORS.has(lw[g.end]!)) {
        // Whole (rest of the) run is known, or the known phrase is followed by a connector.
        const longerOrg = g.end < to && hasOrgWord(lw, g.end, to);
        if (!longerOrg) {
          const c = make(k, g.end, g.entry.type, { gaz: g.entry });
          if (g.entry.kind === 'capital' || g.entry.seat) c.metonym = isMetonymContext(lw, toks, k, g.end);
          out.push(c);
          maybeGroupAfter(text, toks, lw, k, g.end, c, make, out);
          k = g.end;
          while (k < to && (ORG_CONNECTORS.has(lw[k]!) || PARTICLES.has(lw[k]!))) k++;
          continue;
        }
      } else if (g.entry.kind === 'country' || g.entry.kind === 'capital' || g.entry.kind === 'place') {
        // "Pakistan Tehreek-e-Insaf", "Texas Arlington": a place opening a longer name.
        const end = trimNameEnd(toks, lw, g.end, to);
        // "an Oklahoma Republican", "a Texas Democrat": the place, then a party member.
        if (end - g.end === 1 && PARTY_MEMBERS.has(lw[g.end]!)) {
          out.push(make(k, g.end, 'place', { gaz: g.entry }));
          return;
        }
        const restIsOrg = hasOrgWord(lw, k, end);
        // "Angus Johnston", "Chelsea Clinton": a town's or a region's name that is a first name too, before one or two
        // name words that are no common words, opens a person's name.
        const rest = toks.slice(g.end, end);
        if (g.entry.kind === 'place' && g.end - k === 1 && w.wordyFirstNames.has(lw[k]!) && !restIsOrg && rest.length >= 1 && rest.length <= 2 && rest.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text) && !w.common.has(t.text.toLowerCase())) && !lookup(text.slice(rest[0]!.start, rest[rest.length - 1]!.end))) {
          out.push(make(k, end, 'person'));
          return;
        }
        if (!restIsOrg && end - g.end >= 2 && !lookup(text.slice(toks[g.end]!.start, toks[end - 1]!.end))) {
          // "US Barack Obama" is unlikely; treat as place + person when a first name follows.
          // "China's ambassador to Britain Liu Xiaoming": or a family name written first, before one or two name words.
          const familyFirst = w.lastNames.has(lw[g.end]!) && end - g.end <= 3 && toks.slice(g.end + 1, end).every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(t.text) && !w.common.has(t.text.toLowerCase()));
          if (w.firstNames.has(lw[g.end]!) || familyFirst) {
            out.push(make(k, g.end, 'place', { gaz: g.entry }));
            out.push(make(g.end, end, 'person', { affiliation: { country: g.entry.country, name: g.entry.canonical } }));
            return;
          }
        }
      }
    }
    break;
  }
  if (k >= to) return;
  typePlainName(text, toks, lw, k, to, make, out, facts, lowerRole);
}

/**
 * Where the title of a run starts and ends, from token i: role modifiers and heads, possibly several ("Deputy Prime
 * Minister", "Maj. Gen.", "Secretary of State"), a party's member before a first name ("Democrat Hillary Clinton"), a
 * title in the plural before several names. `roleEnd` is -1 when no title opens there.
 */
function roleSpan(text: string, toks: Token[], lw: string[], i: number, from: number, to: number): { roleStart: number; roleEnd: number } {
  let roleStart = i;
  let roleEnd = -1;
  for (let k = i; k < to; k++) {
    // "U.S. Attorney’s Office": an official's possessive opens the name of the office, no title.
    const head = roleHeadAt(lw, k, to);
    const h = /^['’]s$/.test(lw[head] ?? '') ? -1 : head;
    if (h > 0) {
      roleEnd = h;
      k = h - 1;
      continue;
    }
    // "Democrat Hillary Clinton", "Republican Donald Trump": a party's member before a first name, as a title.
    // "Democrats Hillary Clinton, Bernie Sanders and Martin O'Malley": the plural before the first of several names.
    if (k === i && k + 2 <= to && (PARTY_MEMBERS.has(lw[k]!) || PARTY_MEMBERS.has(lw[k]!.replace(/s$/, ''))) && (words().firstNames.has(lw[k + 1]!) || words().wordyFirstNames.has(lw[k + 1]!))) {
      roleEnd = k + 1;
      continue;
    }
    // "Senators Charles E. Grassley and…": a title in the plural before the first of several names.
    // "City Councilors Linda Vacon, …": after a title's modifier too.
    const pluralTitle = (x: number): boolean => x + 1 < to && /^\p{Lu}\p{Ll}+s$/u.test(toks[x]!.text) && roleHeadAt([lw[x]!.slice(0, -1)], 0, 1) > 0 && words().firstNames.has(lw[x + 1]!);
    if (k === i && pluralTitle(k)) {
      roleEnd = k + 1;
      continue;
    }
    if (k === i && (ROLE_MODIFIERS.has(lw[k]!) || LOCAL_OFFICERS.has(lw[k]!)) && pluralTitle(k + 1)) {
      roleEnd = k + 2;
      k++;
      continue;
    }
    // "President and Chief Executive of RIM": two roles joined by "and", held in the body named after "of" or "at", are
    // one title (not "President and Mrs. Obama").
    if (lw[k] === 'and' && k === roleEnd && k + 1 < to && !HONORIFICS.has(lw[k + 1]!)) {
      const h2 = roleHeadAt(lw, k + 1, to);
      if (h2 > 0 && (lw[h2] === 'of' || lw[h2] === 'at')) {
        roleEnd = h2;
        k = h2 - 1;
        continue;
      }
    }
    // "Maj. Gen. Ahmed Sharif Chaudhry", "Lt. Col. Alexander Vindman": the dot of an abbreviated title, then another title.
    if (lw[k] === '.' && k === roleEnd && k + 2 < to && roleHeadAt(lw, k + 1, to) > 0) {
      roleEnd = k + 1;
      continue;
    }
    // "Ken Doctor", "Sam Judge": a first name before a role word that ends the run makes that word a surname.
    const surnameRole = roleEnd < 0 && k === from && k + 2 === to && words().firstNames.has(lw[k]!) && !ROLE_MODIFIERS.has(lw[k]!);
    if (surnameRole) break;
    // "Chief Strategy Officer": a capitalised common word between two role words belongs to the role.
    // "As Ms. Simonyan put it": a sentence's opening word before a courtesy title is no part of the name.
    // "As President Obama", "But Senator Durbin", "With Governor Bush": nor a function word before a title.
    if (k === i && k + 1 < to && ((HONORIFICS.has(lw[k + 1]!) && words().common.has(lw[k]!) && !words().firstNames.has(lw[k]!)) || (OPENING_FUNCTION_WORDS.has(lw[k]!) && roleHeadAt(lw, k + 1, to) > 0))) {
      roleStart = k + 1;
      continue;
    }
    // Not before a courtesy title ("As Ms. Simonyan", "Michael M. Grynbaum": "M." is a middle initial there).
    // Nor a first name ("Larry King Now"), unless it is a town's too ("Charlotte Mayor Jennifer Roberts").
    const givenName = roleEnd < 0 && words().firstNames.has(lw[k]!) && !words().common.has(lw[k]!) && !weakPlace(toks[k]!.text) && !lookup(toks[k]!.text);
    if (ROLE_MODIFIERS.has(lw[k]!) || (isUpper(toks[k]!.text) && k + 1 < to && roleHeadAt(lw, k + 1, to) > 0 && !HONORIFICS.has(lw[k + 1]!) && !givenName && (roleEnd < 0 || words().common.has(lw[k]!)))) continue;
    // "Veracruz State Prosecutor Verónica Hernández", "Ogun State Governor Dapo Abiodun": a jurisdiction no list knows,
    // then "State" and a role, then a name: the jurisdiction belongs to the title.
    if (k === i && roleEnd < 0 && /^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text) && !words().common.has(lw[k]!) && !givenName && !ORG_WORDS.has(lw[k]!) && lw[k + 1] === 'state') {
      const h = roleHeadAt(lw, k + 2, to);
      if (h > 0 && h + 2 <= to && /^\p{Lu}/u.test(toks[h]!.text) && !HONORIFICS.has(lw[h]!)) continue;
    }
    // "Economic Security Minister Sanae Takaichi": a portfolio of two capitalised words before the role word (not a
    // body's or a place's name: "House Majority Leader", the chamber's short name, "Orange County Mayor").
    if (roleEnd < 0 && k + 3 < to && words().common.has(lw[k]!) && words().common.has(lw[k + 1]!) && /^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text) && /^\p{Lu}\p{Ll}+$/u.test(toks[k + 1]!.text) && !givenName && !ORG_WORDS.has(lw[k + 1]!) && !PLACE_WORDS.has(lw[k + 1]!) && !lookup(toks[k]!.text) && lw[k] !== 'house' && roleHeadAt(lw, k + 2, to) > 0 && !HONORIFICS.has(lw[k + 2]!)) continue;
    // "Secretary of State": role "of" + one capitalised word when a name follows (not one ordinary word: "Vice
    // President of Developer Relations" is all role).
    // Nor a known organisation's name: "Chief Operating Officer of Samsung Africa" (see the employer below).
    if (roleEnd === k && lw[k] === 'of' && k + 2 < to && !(k + 3 === to && ordinaryWord(lw[k + 2]!)) && gazAt(text, toks, k + 1, to)?.entry.type !== 'organization') {
      roleEnd = k + 2;
      k = k + 1;
      continue;
    }
    break;
  }
  return { roleStart, roleEnd };
}

/**
 * A run read as a title and its holder: an affiliation (a country, "Country's", a demonym, an organisation), role words,
 * then the name ("Pakistan's Information Minister Atta Tarar"). `done` when the run was read so (or as no actor);
 * else the lowercase role right before the run, if any, for the plain name that the run is. `run` is the run as found,
 * [from, to) what is left of it once its leading function words are dropped.
 */
function titledName(text: string, toks: Token[], lw: string[], run: Run, from: number, to: number, heading: boolean, make: Maker, out: Candidate[], facts: DocFacts): { done: boolean; lowerRole: LowerRole | null } {
  // Prefix: affiliation (country, "Country's", demonym, organisation) then role words then the name.
  let affiliation: Candidate['affiliation'] = null;
  let i = from;
  let prefixGaz = gazAt(text, toks, i, to);
  let affCandidate: Candidate | null = null;
  // "Prince Edward Island", "King County", "General Motors": a whole name the reference data knows that opens with a
  // title's word is that place or body, no titled person.
  if (prefixGaz && prefixGaz.end === to && to - from >= 2 && roleHeadAt(lw, from, to) > 0 && (prefixGaz.entry.type === 'place' || prefixGaz.entry.type === 'organization')) {
    out.push(make(from, to, prefixGaz.entry.type, { gaz: prefixGaz.entry }));
    return { done: true, lowerRole: null };
  }
  // "the editorial board of the Washington Post Trump said": a known organisation's name, then a surname the document
  // gives a named person (or a full name), with no comma between: two names.
  const personAfter = !!prefixGaz && ((to - prefixGaz.end === 1 && facts.loneNames.has(lw[to - 1]!)) || (to - prefixGaz.end <= 3 && words().firstNames.has(lw[prefixGaz.end]!) && !words().common.has(lw[prefixGaz.end]!)));
  if (prefixGaz && prefixGaz.entry.type === 'organization' && prefixGaz.end < to && personAfter && facts.surnames.has(lw[to - 1]!) && toks.slice(prefixGaz.end, to).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && !ORG_WORDS.has(lw[to - 1]!)) {
    analyseRun(text, toks, lw, { from, to: prefixGaz.end }, heading, make, out, facts);
    analyseRun(text, toks, lw, { from: prefixGaz.end, to }, heading, make, out, facts);
    return { done: true, lowerRole: null };
  }
  // "New Jersey Sen. Cory Booker", "Texas Gov. Greg Abbott": a state or town right before a role too.
  // "Dayton Mayor Jeffrey Mims Jr.": a town the reference data holds only weakly (its name is a word or a surname
  // too), before a town's officer.
  if (!prefixGaz && from + 2 < to && LOCAL_OFFICERS.has(lw[from + 1]!) && /^\p{Lu}/u.test(toks[from + 1]!.text)) {
    const town = weakPlace(toks[from]!.text);
    if (town) prefixGaz = { end: from + 1, entry: town };
  }
  // "Cook County Sheriff Tom Dart", "Bellingen Shire Mayor Dominic King", "Blue Mountains Mayor Mark Greenhill": a
  // local area the reference data does not know, named by its area word, before a role and a name.
  const area = prefixGaz ? -1 : localAreaEnd(toks, lw, from, to);
  if (area > 0) prefixGaz = { end: area, entry: { kind: 'place', type: 'place', canonical: text.slice(toks[from]!.start, toks[area - 1]!.end), country: null, weak: true } };
  // ("Quebec Environment Minister Line Beauchamp": the role may open with its portfolio's words.)
  let portfolioEnd = prefixGaz ? prefixGaz.end : -1;
  while (prefixGaz && portfolioEnd < to - 2 && portfolioEnd < prefixGaz.end + 2 && roleHeadAt(lw, portfolioEnd, to) < 0 && /^\p{Lu}\p{Ll}+$/u.test(toks[portfolioEnd]!.text) && (ROLE_MODIFIERS.has(lw[portfolioEnd]!) || words().common.has(lw[portfolioEnd]!)) && !ORG_WORDS.has(lw[portfolioEnd]!) && !PLACE_WORDS.has(lw[portfolioEnd]!)) portfolioEnd++;
  const placeThenRole = !!prefixGaz && prefixGaz.entry.type === 'place' && prefixGaz.end < to - 1 && roleHeadAt(lw, portfolioEnd, to) > 0;
  if (prefixGaz && prefixGaz.end < to && (prefixGaz.entry.kind === 'country' || prefixGaz.entry.kind === 'demonym' || prefixGaz.entry.kind === 'organization' || placeThenRole)) {
    affiliation = { country: prefixGaz.entry.country, name: prefixGaz.entry.canonical };
    // (A weakly held town is a place by its context, as its other mentions are: no entry to key it apart from them.)
    if (prefixGaz.entry.kind !== 'demonym') affCandidate = make(i, prefixGaz.end, prefixGaz.entry.type, { gaz: prefixGaz.entry.weak ? null : prefixGaz.entry });
    i = prefixGaz.end;
  }
  // "Manhattan Supreme Court Justice Frank Nervo", "National Committee Research Director Raj Shah": an organisation
  // the reference data does not know (its last word an organisation word), a role, then a person's full name.
  // "Senate Foreign Relations Committee Chairman Bob Corker": or one whose first words it knows (the role loop below
  // would take "Foreign Relations Committee Chairman" for the title).
  const knownOpening = !!affCandidate && prefixGaz?.entry.kind === 'organization';
  if ((!affCandidate && i === from) || knownOpening) {
    for (let p = i + 1; p < to - 3; p++) {
      if (!ORG_WORDS.has(lw[p]!) || !/^\p{Lu}/u.test(toks[p]!.text)) continue;
      let r = p + 1;
      while (r < to - 2 && roleHeadAt(lw, r, to) < 0 && (ROLE_MODIFIERS.has(lw[r]!) || words().common.has(lw[r]!))) r++;
      const h = roleHeadAt(lw, r, to);
      const personName = (): boolean => toks.slice(h, to).every((t, x) => /^\p{Lu}/u.test(t.text) && !ORG_WORDS.has(lw[h + x]!) && !PLACE_WORDS.has(lw[h + x]!));
      if (h > 0 && h < to - 1 && to - h <= 3 && personName()) {
        // "ARC Centre of Excellence for Coral Reef Studies Director Professor Terry Hughes": past a lowercase connector
        // the words up to the role's own modifiers complete the organisation's name, no portfolio of the role.
        let end = p + 1;
        if (lw.slice(p + 1, r).some((x, n) => ORG_CONNECTORS.has(x) && /^\p{Ll}/u.test(toks[p + 1 + n]!.text))) {
          end = r;
          while (end > p + 1 && ROLE_MODIFIERS.has(lw[end - 1]!)) end--;
        }
        affCandidate = make(from, end, 'organization');
        affiliation = { country: null, name: affCandidate.text };
        i = end;
      }
      break;
    }
  }
  // Role: modifiers + head, possibly several ("Deputy Prime Minister").
  let { roleStart, roleEnd } = roleSpan(text, toks, lw, i, from, to);
  // "Chief Operating Officer for Samsung Africa" (an appositive's, the holder named before it): a role, then "for",
  // "of" or "at" and a known organisation with no person's name after, names only the employer.
  const employer = roleEnd > 0 && roleEnd + 1 < to && /^(?:for|of|at)$/.test(lw[roleEnd]!) ? gazAt(text, toks, roleEnd + 1, to) : null;
  if (employer?.entry.type === 'organization' && !lw.slice(roleEnd + 1, to).some((x) => words().firstNames.has(x))) {
    analyseRun(text, toks, lw, { from: roleEnd + 1, to }, heading, make, out, facts);
    return { done: true, lowerRole: null };
  }
  // "Justice for Victims of Trafficking Act": a role word followed by a lowercase word opens a longer name, no person's.
  // ("Co-founder of Google", "Commissioner of Police" keep their role.)
  if (roleEnd > 0 && roleEnd < to && /^(?:for|and|the|to|on|against|in)$/.test(toks[roleEnd]!.text)) roleEnd = -1;
  // "General Electric", "the Commander-in-Chief Forum", "in Executive Session": a title word before one ordinary word of
  // the kind that names things (an adjective, a body's or a place's word, a plural) that the document never writes
  // alone is no title and holder; the words are read as a plain name.
  if (roleEnd > 0 && roleEnd + 1 === to && roleEnd - roleStart === 1 && !HONORIFICS.has(lw[roleStart]!.replace(/\.$/, '')) && ordinaryWord(lw[roleEnd]!) && !facts.loneNames.has(lw[roleEnd]!) && !NON_ACTOR_HEADS.has(lw[roleEnd]!.replace(/s$/, '')) && (/(?:ic|al|ive|ous|ary|ory|ion|um)$/.test(lw[roleEnd]!) || ORG_WORDS.has(lw[roleEnd]!) || PLACE_WORDS.has(lw[roleEnd]!) || pluralNounName(toks, lw, to))) roleEnd = -1;
  // "Clinton Communication Director Jennifer Palmieri", "Breitbart News Washington Political Editor Matthew Boyle": what
  // stands before a capitalised role and a person's full name is read as a run of its own, then the role and the name.
  if (roleEnd < 0) {
    const split = roleBeforeFullName(toks, lw, from, to);
    if (split) {
      let affiliation: Candidate['affiliation'] = null;
      if (split.start > from) {
        const before = out.length;
        analyseRun(text, toks, lw, { from, to: split.start }, heading, make, out, facts);
        // "United Auto Workers Secretary-Treasurer Gary Casteel": an unknown name the role belongs to is a body's.
        // (Not a surname: "Clinton Communication Director Jennifer Palmieri" is her campaign's, named by the person.)
        for (const c of out.slice(before)) if (c.type === null && c.end === toks[split.start - 1]!.end && !words().lastNames.has(c.text.toLowerCase()) && !facts.surnames.has(c.text.toLowerCase())) c.votes.organization += 3;
        const owner = out.slice(before).pop();
        if (owner && owner.end === toks[split.start - 1]!.end && owner.type !== 'person') affiliation = { country: owner.gaz?.country ?? null, name: owner.gaz?.canonical ?? owner.text };
      }
      const role = text.slice(toks[split.start]!.start, toks[split.name - 1]!.end);
      out.push(make(split.name, to, 'person', { role, title: role, affiliation }));
      return { done: true, lowerRole: null };
    }
  }
  // Lowercase role before the run: "finance minister Fernando Haddad", "Facebook creator Mark Zuckerberg".
  let lowerRole: LowerRole | null = null;
  if (roleEnd < 0 && from > 0) lowerRole = lowercaseRoleBefore(text, toks, lw, from, make);
  // "Clinton's chief Democratic rival": an ordinary word before a lowercase noun is that noun's modifier, no name.
  if (lowerRole && to - from === 1 && ordinaryWord(lw[from]!) && !lw[from]!.endsWith('s') && !lookup(toks[from]!.text) && /^\p{Ll}/u.test(toks[to]?.text ?? '') && !PERSON_VERBS.has(lw[to]!) && !/^\p{Ll}+ed$/u.test(toks[to]!.text)) return { done: true, lowerRole: null };

  if (roleEnd > 0 && roleEnd < to) {
    // Role + name.
    // "Australian Federal Police Commissioner Andrew Colvin", "Pakistan Army Chief Asim Munir": a
    // country or demonym, organisation words, then the role: the organisation is named too.
    if (prefixGaz && roleStart === prefixGaz.end && (prefixGaz.entry.kind === 'demonym' || prefixGaz.entry.kind === 'country')) {
      let m = -1;
      // (Not a minister's portfolio: "Saudi Energy Minister Prince Abdulaziz" heads no "Saudi Energy".)
      for (let q = roleStart; q < roleEnd - 1; q++) if (ORG_WORDS.has(lw[q]!) && isUpper(toks[q]!.text) && !PORTFOLIO_HEADS.has(lw[q + 1]!)) m = q;
      if (m >= 0) {
        const org = make(from, m + 1, 'organization', { affiliation });
        out.push(org);
        affiliation = { country: affiliation?.country ?? null, name: org.text };
        affCandidate = null;
        roleStart = m + 1;
      }
    }
    // "Miss Universe Alicia Machado", "Miss America Vanessa Williams": a word, no first name, between a title and a
    // full name that a first name opens belongs to the title.
    if (roleEnd + 3 <= to && toks[roleEnd]!.text !== '.' && !words().firstNames.has(lw[roleEnd]!) && (words().common.has(lw[roleEnd]!) || !!lookup(toks[roleEnd]!.text)) && words().firstNames.has(lw[roleEnd + 1]!) && !words().common.has(lw[roleEnd + 1]!) && /^\p{Lu}\p{Ll}/u.test(toks[roleEnd + 2]!.text)) roleEnd++;
    // "Opposition Leader Datuk Seri Anwar Ibrahim", "Tun Dr Mahathir": courtesy titles after the role are no part of it,
    // and a title of courtesy words alone is no role.
    const roleWordsEnd = beforeHonorifics(lw, roleStart, roleEnd);
    const role = singularTitle(text.slice(toks[roleStart]!.start, toks[(roleWordsEnd > roleStart ? roleWordsEnd : roleEnd) - 1]!.end));
    const nameFrom = toks[roleEnd]!.text === '.' && roleEnd + 1 < to ? roleEnd + 1 : roleEnd;
    if (affCandidate) out.push(affCandidate);
    const honorific = roleWordsEnd === roleStart;
    const nameEnd = trimNameEnd(toks, lw, nameFrom, to);
    // "a former Miss Universe": a pageant's title, no woman's name, when the word is an ordinary one that the
    // document never writes capitalised without "Miss" before it.
    if (lw[roleStart] === 'miss' && roleEnd - roleStart === 1 && nameEnd === nameFrom + 1) {
      const w = lw[nameFrom]!;
      if (ordinaryWord(w) && !facts.nameWordsWithoutMiss.has(w)) return { done: true, lowerRole: null };
    }
    // "Director of the National Nutrition Study", "Chairman of the Centre for…": the role's
    // organisation follows, not its holder's name.
    const ofAt = lw.indexOf('of', roleStart);
    if (ofAt >= roleStart && ofAt < nameFrom + 1 && nameEnd > nameFrom) {
      let orgFrom = ofAt + 1;
      if (lw[orgFrom] === 'the') orgFrom++;
      // "Co-founder of Google": the role itself ends in "of"; what follows is its organisation or place.
      if (ofAt === nameFrom && orgFrom < nameEnd && !hasOrgWord(lw, orgFrom, nameEnd)) {
        const g = gazAt(text, toks, orgFrom, nameEnd);
        if (g && g.end === nameEnd) out.push(make(orgFrom, nameEnd, g.entry.type, { gaz: g.entry }));
        else if (!isDepartment(text, toks, lw, orgFrom, nameEnd)) out.push(make(orgFrom, nameEnd, null, { votes: { person: 0, organization: 2, place: 0 } }));
        return { done: true, lowerRole: null };
      }
      if (orgFrom === ofAt + 1 && isDepartment(text, toks, lw, orgFrom, nameEnd)) return { done: true, lowerRole: null };
      if (orgFrom < nameEnd && (hasOrgWord(lw, orgFrom, nameEnd) || (orgFrom > ofAt + 1 && !allNameLike(lw, nameFrom, nameEnd)))) {
        const cut = personAfterOrg(lw, orgFrom, nameEnd, facts, true);
        out.push(make(orgFrom, cut > 0 ? cut : nameEnd, 'organization'));
        const head = text.slice(toks[roleStart]!.start, toks[ofAt - 1]!.end);
        if (cut > 0) out.push(make(cut, nameEnd, 'person', { role: head, title: head, affiliation: { country: null, name: text.slice(toks[orgFrom]!.start, toks[cut - 1]!.end) } }));
        return { done: true, lowerRole: null };
      }
    }
    if (roleEnd - roleStart === 1 && !honorific && roleStart === from && hasOrgWord(lw, nameFrom, nameEnd)) {
      // "General Motors", "General Dynamics Corp": a title word opening an organisation's name.
      out.push(make(roleStart, nameEnd, 'organization'));
      return { done: true, lowerRole: null };
    }
    // "the Queen City", "King County", "Prince Street": a title before a place word names a place.
    if (nameEnd - nameFrom === 1 && roleEnd - roleStart === 1 && !honorific && PLACE_WORDS.has(lw[nameFrom]!)) {
      if (affCandidate) out.pop();
      out.push(make(roleStart, nameEnd, 'place'));
      return { done: true, lowerRole: null };
    }
    if (nameEnd - nameFrom === 1 && roleEnd - roleStart === 1 && !honorific && characterName(text, toks, lw, nameFrom)) {
      // "Captain America", "Doctor Who": a title before a place or an ordinary word is one name.
      if (affCandidate) out.pop();
      out.push(make(roleStart, nameEnd, 'person'));
      return { done: true, lowerRole: null };
    }
    // "Director of Public Prosecution Eva-Marie Persson": common words left of a full name still belong
    // to the role (the "of" rule above takes one word; a role's complement may be longer).
    let personFrom = nameFrom;
    while (nameEnd - personFrom >= 3 && roleEnd - roleStart >= 2 && lw.slice(roleStart, roleEnd).includes('of') && ordinaryWord(lw[personFrom]!)) personFrom++;
    // "Justice Against Sponsors of Terrorism Act": a law's name that opens with a role word names no one.
    // ("Judge Ann Day", "Minister Mark Law" are people: a first name opens their names.)
    if (nameEnd > personFrom && NON_ACTOR_HEADS.has(lw[nameEnd - 1]!) && nameEnd - personFrom >= 2 && !words().firstNames.has(lw[personFrom]!) && !words().wordyFirstNames.has(lw[personFrom]!)) return { done: true, lowerRole: null };
    // "an Executive Order", "the Executive Orders": a role word before one such noun, no name of anyone's.
    const single = lw[personFrom]!;
    if (nameEnd - personFrom === 1 && NON_ACTOR_HEADS.has(single.replace(/s$/, '')) && !words().firstNames.has(single) && !words().wordyFirstNames.has(single) && !words().lastNames.has(single)) return { done: true, lowerRole: null };
    // "the US Justice Department", "the OU Student Union": a role word before one body's word is a body's name.
    if (nameEnd - personFrom === 1 && nameEnd === to && ORG_WORDS.has(single) && !honorific && !SURNAME_ORG_WORDS.has(single) && !words().lastNames.has(single)) {
      out.push(make(from, to, 'organization'));
      return { done: true, lowerRole: null };
    }
    if (nameEnd > personFrom) {
      const fullRole = personFrom > nameFrom ? text.slice(toks[roleStart]!.start, toks[personFrom - 1]!.end) : role;
      // "Bersatu president Tan Sri Muhyiddin Yassin": a courtesy title keeps the lowercase role before it.
      const before = honorific && roleStart === from && from > 0 ? lowercaseRoleBefore(text, toks, lw, from, make) : null;
      if (before?.affCand) out.push(before.affCand);
      const c = make(personFrom, nameEnd, 'person', {
        role: before ? before.role : honorific ? null : fullRole,
        title: before ? before.role : fullRole,
        affiliation: affiliation ?? before?.aff ?? null,
      });
      // "Mr Key", "Professor Burrows": a courtesy title before a surname alone is part of the reference.
      if (nameEnd - personFrom === 1 && roleEnd - roleStart === 1 && (honorific || ACADEMIC_TITLES.has(lw[roleStart]!.replace(/\.$/, '')))) c.displayStart = toks[roleStart]!.start;
      out.push(c);
    }
    return { done: true, lowerRole: null };
  }
  if (roleEnd > 0 && roleEnd === to && roleEnd - roleStart >= 1) {
    // "The Economist", "The Hill": a known title that is also a role word is the title.
    const title = gazAt(text, toks, run.from, run.to);
    if (title && title.end === run.to && title.entry.type === 'organization') {
      out.push(make(run.from, run.to, 'organization', { gaz: title.entry }));
      return { done: true, lowerRole: null };
    }
    // A role without a name: "Pakistan's Information Minister", "the Defence Minister".
    if (affCandidate) out.push(affCandidate);
    const role = text.slice(toks[roleStart]!.start, toks[roleEnd - 1]!.end);
    const possessed = from > 0 && (toks[from - 1]!.text === '’s' || toks[from - 1]!.text === "'s");
    const c = make(roleStart, roleEnd, 'person', { kind: 'role', role, affiliation: affiliation ?? possessorBefore(text, toks, lw, from, out) });
    if (possessed || (from > 0 && lw[from - 1] === 'the') || (run.from > 0 && lw[run.from - 1] === 'the') || affiliation) out.push(c);
    // "Howard Dean … Dean, a medical doctor, said", "Stephen King … King added": a lone title word, no article
    // before it, may be the surname of a person the document names in full (kept only then).
    // Not a member of a list ("King, Queen, Knight, and Jack").
    else if (roleEnd - roleStart === 1 && run.to - run.from === 1 && !/^(?:a|an|this|that|every|each|any|no|,|\(|and|or)$/.test(lw[run.from - 1] ?? '') && !(lw[run.to] === ',' && /^\p{Lu}/u.test(toks[run.to + 1]?.text ?? '')) && /^\p{Lu}\p{Ll}+$/u.test(toks[roleStart]!.text)) {
      out.push(make(roleStart, roleEnd, null, { needsSupport: true }));
    }
    return { done: true, lowerRole: null };
  }
  return { done: false, lowerRole };
}

/** Courtesy titles of two words ("Tan Sri", "Datuk Seri"). */
const HONORIFIC_PAIRS = new Set(COURTESY_TITLE_PAIRS);

/** Where the role words [a, b) end before the courtesy titles that close them ("Opposition Leader | Datuk Seri"). */
function beforeHonorifics(lw: string[], a: number, b: number): number {
  let x = b;
  for (;;) {
    if (x > a && lw[x - 1] === '.') x--;
    if (x > a && HONORIFICS.has(lw[x - 1]!.replace(/\.$/, ''))) x--;
    else if (x - 2 >= a && HONORIFIC_PAIRS.has(`${lw[x - 2]} ${lw[x - 1]}`)) x -= 2;
    else return x < b && lw[x] === '.' ? x + 1 : x;
  }
}

/** A lowercase role right before a run ("finance minister Fernando Haddad"): where it starts, its words, its affiliation. */
interface LowerRole {
  start: number;
  role: string;
  aff: Candidate['affiliation'];
  affCand: Candidate | null;
}

/**
 * Types a plain name that starts at toks[k], in a run that ends before toks[to], with no title before it that made it a
 * holder's: a name read as no actor (a numeral, an acronym that is a thing, a work's or a law's title, a product) is left
 * out; else its type comes from the reference data, the name's own words, and the votes of the words around it
 * (`lowerRole`: a lowercase role right before the run, "finance minister Fernando Haddad").
 */
function typePlainName(text: string, toks: Token[], lw: string[], k: number, to: number, make: Maker, out: Candidate[], facts: DocFacts, lowerRole: LowerRole | null): void {
  const w = words();
  const end = trimNameEnd(toks, lw, k, to);
  if (end <= k) return;
  const nameText = text.slice(toks[k]!.start, toks[end - 1]!.end);
  const n = end - k;
  const firstLw = lw[k]!;
  // "May said…" in an article about Theresa May: the surname, if the document names her.
  if (n === 1 && SURNAME_TOO.has(firstLw) && (PERSON_VERBS.has(lw[end] ?? '') || lw[end] === '’s' || lw[end] === "'s")) {
    out.push(make(k, end, null, { needsSupport: true }));
    return;
  }
  // "“Too forced?” He tweeted": a pronoun capitalised mid-sentence is no name alone (in "Liu He" it is one).
  if (n === 1 && (NOT_NAMES.has(firstLw) || PRONOUNS.has(firstLw))) return;
  // "William F. Buckley, Jr.": a generational suffix set off by a comma belongs to the name before it.
  if (n === 1 && /^(?:jr|sr)$/.test(firstLw)) return;
  // "Sen. Ted Cruz, R-Texas,", "D-N.Y.": a lawmaker's party and state, no actor of its own.
  // "(D-Newport News)": a party and a district in brackets, of more than one word.
  if (PARTY_AND_STATE.test(toks[k]!.text) && (text.slice(toks[k]!.start - 2, toks[k]!.start) === ', ' || text[toks[k]!.start - 1] === '(')) return;
  // Roman numerals ("XVII") and acronyms that are ordinary words ("IQ", "VIP", "HTML") are not actors.
  // Only well-formed numerals: "ILM" and "CDC" are names.
  if (n === 1 && ((nameText.length >= 2 && /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(nameText)) || (/^\p{Lu}{2,}$/u.test(nameText) && w.common.has(firstLw)))) return;
  // Everyday acronyms ("TV", "CPUs", "USB", "DNA") are things, not actors.
  if (n === 1 && COMMON_ACRONYMS.has(nameText.replace(/s$/, '').toUpperCase()) && /^\p{Lu}{2,}s?$|^\p{Lu}+\d\p{Lu}*$/u.test(nameText)) return;
  // "told the Chronicle", "according to the Post": a newspaper's word alone after a lowercase "the" is that
  // newspaper's short name (not "the Post Office", "the Journal of Medicine").
  if (n === 1 && NEWSPAPER_WORDS.has(firstLw) && k > 0 && toks[k - 1]!.text === 'the' && !/^\p{Lu}/u.test(toks[end]?.text ?? '') && lw[end] !== 'of') {
    out.push(make(k, end, 'organization'));
    return;
  }
  // A lone organisation word ("Council", "Legion") names nothing by itself; unless the document gave it to a person as
  // a surname ("Margaret Court … match Court’s 24 titles"), with no "the" before it.
  // "the Commission" after "the European Commission", "the Ministry" after "the Ministry of Defence": a body's word
  // after "the" is that body's short name, when the document names such a body (merge.ts keeps it only then).
  if (n === 1 && BODY_SHORT_NAMES.has(firstLw) && /^the$/i.test(toks[k - 1]?.text ?? '') && lw[end] !== 'of' && !/^['’]s?$/.test(toks[end]?.text ?? '')) {
    out.push(make(k, end, 'organization', { needsSupport: true }));
    return;
  }
  if (n === 1 && ORG_WORDS.has(firstLw) && !isAcronym(nameText) && !(SURNAME_ORG_WORDS.has(firstLw) && facts.surnames.has(firstLw) && !DETERMINERS.has(lw[k - 1] ?? ''))) return;
  if (n === 1 && /^\d/.test(firstLw)) return;
  // "the two-time Oscar winner", "a Grammy nominee", "Nobel laureate": an award's name before its winner is no actor.
  // (Not "Green Party nominee Jill Stein": a party has nominees.)
  if (n === 1 && AWARDS.has(firstLw) && /^(?:winners?|laureates?|nominees?|nominations?|nominated)$/.test(lw[end] ?? '')) return;
  if (n === 1 && GROUP_MEMBERS.has(firstLw)) {
    out.push(make(k, end, 'group', { groupKey: `members:${firstLw}` }));
    return;
  }
  // "African American women", "Asian Americans": a continent's origin before a nationality is a group, as "Polish
  // Americans" is (the continent is no country, so the gazetteer's rule does not see it).
  if (n === 2 && CONTINENT_ORIGINS.has(firstLw) && lookup(toks[k + 1]!.text)?.some((x) => x.kind === 'demonym' || x.kind === 'demonym-plural')) {
    out.push(make(k, end, 'group', { groupKey: `members:${lw.slice(k, end).join(' ').replace(/s$/, '')}` }));
    return;
  }
  if (n === 1 && (BELIEF_ADJECTIVES.has(firstLw) || ERA_ADJECTIVES.has(firstLw))) return;
  // "Orwellian", "Kafkaesque", "Darwinian": adjectives made from names, before a noun.
  // ("Rivian shares", "Rivian investors": what only a company has follows a company's name.)
  // Not before a verb or a function word ("Atlassian said", "cuts at Salesforce and Atlassian earlier this year"): no noun follows.
  const nounNext = !PERSON_VERBS.has(lw[end] ?? '') && !PLURAL_VERBS.has(lw[end] ?? '') && !NOT_NOUN_AFTER.has(lw[end] ?? '') && !/^\p{Ll}+(?:ed|ly)$/u.test(toks[end]?.text ?? '');
  if (n === 1 && /(?:ian|ean|esque)$/.test(firstLw) && !w.firstNames.has(firstLw) && /^\p{Ll}/u.test(toks[end]?.text ?? '') && nounNext && !ORG_CONTEXT.has(lw[end]!) && !lookup(nameText)) return;
  // "Western", "Northern": a compass adjective alone names nothing.
  if (n === 1 && PLACE_MODIFIERS.has(firstLw)) return;
  // "Mr. Lankford, a Republican,": a party member, not the party.
  if (n === 1 && (firstLw === 'republican' || firstLw === 'democrat' || firstLw === 'tory')) return;
  if (n === 1 && /^\p{Lu}\p{Ll}{3,}(?:ists|ites)$/u.test(nameText) && !w.lastNames.has(firstLw)) {
    out.push(make(k, end, 'group', { groupKey: `members:${firstLw}` }));
    return;
  }
  // A multi-word name that is exactly the content of quotation marks is a title of a work or a
  // nickname ("“The Internet Explorer 6 Countdown”", "“Shot Marilyns”"), not an actor.
  if (n >= 2 && quotedExactly(text, toks[k]!.start, toks[end - 1]!.end)) return;
  // "the voice of Batman in Batman: The Animated Series", "face off in Counter-Strike: Global
  // Offensive": a name that is unknown (or only a town's) mid-sentence before a colon and a capitalised subtitle is the title
  // of a work; like a product, all its mentions are dropped (see merge.ts).
  if (k > 0 && /^\p{Ll}/u.test(toks[k - 1]!.text) && toks[end]?.text === ':' && isUpper(toks[end + 1]?.text ?? '') && toks[end]!.start === toks[end - 1]!.end && !(lookup(nameText) ?? []).some((e) => e.kind !== 'place')) {
    out.push(make(k, end, null, { product: true }));
    return;
  }
  // Laws, events, prizes and studies ("Data Retention Bill", "Google Science Fair", "Nobel Prize")
  // are not actors, unless the run reads as a person's name ("Doris Day").
  if (n >= 2 && NON_ACTOR_HEADS.has(lw[end - 1]!) && !(w.firstNames.has(firstLw) && n === 2)) {
    knownInside(text, toks, lw, k, end - 1, make, out);
    return;
  }
  // A known product, alone or after its maker ("Firefox", "Mozilla Firefox", "Google Chrome"): the
  // maker is the actor; the product is dropped with all its mentions (see merge.ts).
  for (let q = k; q < end; q++) {
    if (!KNOWN_PRODUCTS.has(text.slice(toks[q]!.start, toks[end - 1]!.end))) continue;
    if (q > k) {
      const g = gazAt(text, toks, k, q);
      if (g && g.end === q) out.push(make(k, q, g.entry.type, { gaz: g.entry }));
      else out.push(make(k, q, null, { votes: { person: 0, organization: 2, place: 0 } }));
    }
    out.push(make(q, end, null, { product: true }));
    return;
  }
  // Products and models ("Internet Explorer 9", "IE6", "the Firefox browser") are not actors; the
  // candidate is kept so that merge.ts drops every mention of the same name.
  if (!lowerRole && isProductName(text, toks, lw, k, end)) {
    out.push(make(k, end, null, { product: true }));
    return;
  }
  const modPlace = n >= 2 ? modifiedPlace(text, toks, lw, k, end) : null;
  // "Silver Lake, the private equity firm", "Lake Capital shares": what the words around say outweighs a place word.
  // The words around the name, read once for the branches below and the candidate's votes.
  const around = contextVotes(toks, lw, k, end, facts.surnames);
  const orgAround = n >= 2 && around.organization >= 3;
  let type: EntityType | null = null;
  // "a new leader in Mitt Romney": a first word no list knows, then a word the document goes on to use alone, is a
  // person's name with an unlisted first name, whatever preposition comes before it.
  // (The first word may be a rare word the document never writes in lowercase, "Mitt"; the last is no word.)
  const unlistedFirstThenLone = n === 2 && /^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text) && facts.loneNames.has(lw[end - 1]!) && !w.common.has(lw[end - 1]!) && !facts.docLowercase.has(lw[k]!) && !w.firstNames.has(lw[k]!) && !PLACE_OPENERS.has(lw[k]!) && !lookup(toks[k]!.text) && !lookup(text.slice(toks[k]!.start, toks[end - 1]!.end));
  // "Secunia.com": a name written as a web address is the organisation behind it (the name is
  // the mention, as in "Secunia").
  if (end < toks.length && toks[end]!.text === '.' && toks[end]!.start === toks[end - 1]!.end && WEB_DOMAIN.test(`.${toks[end + 1]?.text ?? ''}`) && toks[end + 1]!.start === toks[end]!.end) type = 'organization';
  // "B. U. Nzeribe", "T. S. Eliot": initials, then one name word (no organisation's or place's word) are a person's.
  else if (n >= 2 && initialsThenName(toks, lw, k, end)) type = 'person';
  // 'Panupong “Mike Rayong” Jadnok', 'Marcia “Cia” Price': a nickname in quotation marks between two names.
  else if (n >= 4 && /^[“"]$/.test(toks[k + 1]!.text) && /^[”"]$/.test(toks[end - 2]!.text) && /^\p{Lu}/u.test(toks[end - 1]!.text)) type = 'person';
  else if (modPlace && !hasOrgWord(lw, k, end) && !orgAround) type = 'place';
  else if (n >= 2 && studySlotBefore(toks, lw, k)) type = 'organization';
  // "PG&E", "AT&T", "Procter & Gamble": an ampersand joins the names of a firm, not of a person or place.
  else if (n >= 2 && lw.slice(k, end).includes('&')) {
    // ("R&D", "R&B", "M&A", "Q&A": terms written so, no firms.)
    if (AMPERSAND_TERMS.has(nameText.replace(/\s+/g, '').toUpperCase())) return;
    type = 'organization';
  }
  // "the Social Democrats", "Christian Democrats", "Free Democrats": an adjective before party members names a party.
  // (Not a chamber's or a place's members: "House Democrats", "Texas Republicans" are groups.)
  else if (n === 2 && PARTY_MEMBERS.has(lw[end - 1]!.replace(/s$/, '')) && lw[end - 1]!.endsWith('s') && w.common.has(firstLw) && !ORG_WORDS.has(firstLw) && !PLACE_WORDS.has(firstLw) && !lookup(toks[k]!.text) && !CHAMBER_WORDS.has(firstLw)) type = 'organization';
  // "Mount Everest", "Lake Taupo", "Gulf of Sidra"; "Hihiaua Cultural Centre", "Yankee Stadium".
  else if (n >= 2 && !lowerRole && !orgAround && ((PLACE_PREFIXES.has(firstLw) && !hasOrgWord(lw, k + 1, end)) || (FACILITY_HEADS.has(lw[end - 1]!) && (!hasOrgWord(lw, k, end - 1) || BUILDING_HEADS.has(lw[end - 1]!)) && facilityCentre(lw, k, end) && !firstNamePlusWord(w, lw, toks, k, end)))) type = 'place';
  else if (lowerRole) {
    // "Arsenal host Bayern Munich": a word that is no first name, then a city, names a club, not the role's holder.
    const city = n >= 2 && !words().firstNames.has(firstLw) ? gazAt(text, toks, end - 1, end)?.entry : undefined;
    const club = !!city && city.type === 'place' && city.kind !== 'country';
    type = hasOrgWord(lw, k, end) || club ? 'organization' : 'person';
    if (lowerRole.affCand) out.push(lowerRole.affCand);
  } else if (hasOrgWord(lw, k, end) && !leadingOrgWordOnly(lw, k, end) && !firstNameThenSurnameWord(w, lw, toks, k, end)) {
    // "the Council on Islamic Relations Alia Salem said": a person's name right after the organisation's.
    const cut = personAfterOrg(lw, k, end, facts);
    if (cut > 0) {
      // "The Council on American-Islamic Relations National Executive Director Nihad Awad": the officer's title between
      // the organisation's name and the person's is neither's name.
      let r = cut;
      while (r - 1 > k + 1 && (ROLE_SINGLE.has(lw[r - 1]!) || (ROLE_MODIFIERS.has(lw[r - 1]!) && r < cut))) r--;
      if (r < cut && !ROLE_SINGLE.has(lw[cut - 1]!)) r = cut;
      out.push(make(k, r, 'organization'));
      out.push(make(cut, end, 'person', { affiliation: { country: null, name: text.slice(toks[k]!.start, toks[r - 1]!.end) }, role: r < cut ? text.slice(toks[r]!.start, toks[cut - 1]!.end) : null }));
      return;
    }
    type = 'organization';
  }
  // "Kitsap Public Health District", "Harris County Flood Control District": a district that delivers a service is a body.
  else if (n > 1 && lw[end - 1] === 'district' && /^(?:health|school|schools|water|fire|flood|control|sanitation|transit|utility|utilities|irrigation|hospital|park|parks|conservation|library|sewer|housing|drainage|mosquito|air|quality|management|protection)$/.test(lw[end - 2]!)) type = 'organization';
  else if (n > 1 && PLACE_WORDS.has(lw[end - 1]!) && !firstNamePlusWord(w, lw, toks, k, end)) type = orgAround || !facilityCentre(lw, k, end) ? 'organization' : 'place';
  // "Republic of Ireland", "Democratic Republic of Congo", "City of London": a polity or territory word
  // and "of" open the name of a place, even when it holds a known place (unlike "Yahoo Japan"); not a
  // building's ("Church of Scientology") nor a court's district ("Southern District of New York").
  else if (n >= 3 && [k, k + 1].some((x) => x + 2 < end && POLITY_WORDS.has(lw[x]!) && lw[x + 1] === 'of')) type = 'place';
  // "Hoa Lo prison", "Belmarsh jail": a lowercase facility or place noun right after the name names a place,
  // whatever the name's words look like.
  // Not a surname the document gives a person ("Hillary Clinton … the Clinton camp"), nor one a candidate's people
  // go by ("the Sanders camp").
  else if (PLACE_NOUNS_AFTER.has(lw[end] ?? '') && /^\p{Ll}/u.test(toks[end]?.text ?? '') && !containsKnown(text, toks, k, end) && !(n === 1 && (facts.surnames.has(lw[k]!) || candidatesPeople(nameText, lw[end]!)))) type = 'place';
  else if (n === 1 && isAcronym(nameText) && !/\d/.test(nameText)) type = 'organization';
  // "passed the House": a legislature's chamber by its short name.
  else if (n === 1 && nameText === 'House' && k > 0 && lw[k - 1] === 'the' && !/^\p{Lu}/u.test(toks[end]?.text ?? '') && toks[end]?.text !== 'of') type = 'organization';
  // "WeWork", "PayPal": a capital inside a word is a company's mark, or a user's handle when "who" follows
  // ("ScreamMyName, a deep web user who…"; merge.ts gives the handle's other mentions the same type).
  else if (n === 1 && /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(nameText) && !/^(?:Mc|Mac|O'|O’|D'|D’|De|La|Le|Van|Di)\p{Lu}\p{Ll}/u.test(nameText)) type = whoAside(lw, end) ? 'person' : 'organization';
  // "North African", "South Asian": a compass word before an adjective of people is no place.
  else if (n === 2 && COMPASS.has(firstLw) && /(?:an|ese|ish|ic)$/.test(lw[k + 1]!)) return;
  else if (n === 2 && COMPASS.has(firstLw) && !w.firstNames.has(lw[k + 1]!)) type = 'place';
  // A first name, then words that may include a town's name ("Margaret Hamilton", "Sam Houston").
  // "Meta Platforms' Mark Zuckerberg": a name whose person the next name is, though its first word is a first name, is an organisation.
  // "Mitt Romney said…" at a sentence's start, "Romney" alone later: a first name no list knows.
  else if ((k === 0 || isOpenQuote(toks[k - 1]!.text)) && unlistedFirstName(toks, lw, k, end, facts)) type = 'person';
  // "Fairfax NZ", "Amazon UK", "Vodafone NZ": a name and a country's abbreviation in capitals are a company's national arm
  // (a first name too: "Fairfax").
  else if (n === 2 && /^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text) && /^\p{Lu}{2,3}$/u.test(toks[end - 1]!.text) && lookup(toks[end - 1]!.text)?.some((g) => g.kind === 'country')) type = 'organization';
  // ("Molly-Mae Hague", "Jean-Paul Paris": a given name of two first names joined by a hyphen is one.)
  else if ((w.firstNames.has(firstLw) || hyphenatedFirstName(toks[k]!.text)) && !PLACE_OPENERS.has(firstLw) && n >= 2 && !containsKnown(text, toks, k + 1, end, true)) type = around.organization >= 2 && pluralNounName(toks, lw, end) ? 'organization' : 'person';
  // "in Bear Valley": a place; but a name of common words only ("at Energy Control", "to Silk Road") is left to the
  // evidence of all its mentions, as organisations are named so as often.
  // Not "a new leader in Mitt Romney", whose last word the document goes on to use alone, after a first word no list
  // knows (an unlisted first name).
  else if (unlistedFirstThenLone && (STRONG_PLACE_PREPS.has(lw[k - 1] ?? '') || afterPlacePrepAt(lw, k))) type = 'person';
  // (Not "in Ridley Scott’s epic": a possessive after it makes the name an owner's, most often a person's.)
  else if (n >= 2 && n <= 3 && k > 0 && STRONG_PLACE_PREPS.has(lw[k - 1]!) && /^\p{Ll}/u.test(toks[k - 1]!.text) && !containsKnown(text, toks, k, end) && !commonWordsOnly(lw, k, end) && !/^['’]s?$/.test(toks[end]?.text ?? '')) type = 'place';
  // "Moon Jae-in", "Lee Jae-myung": a family name and a Korean given name, whatever else "Moon" names.
  else if (n === 2 && koreanGivenName(toks[end - 1]!.text) && /^\p{Lu}\p{Ll}{1,4}$/u.test(toks[k]!.text)) type = 'person';
  // "Alexandria Ocasio-Cortez": a town's name before a double-barrelled surname is a first name (not
  // "Pittsburgh Post-Gazette", whose halves are words).
  else if (n === 2 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(toks[end - 1]!.text) && !toks[end - 1]!.text.split('-').some((x) => w.common.has(x.toLowerCase())) && !lookup(toks[end - 1]!.text) && lookup(toks[k]!.text)?.every((g) => g.type === 'place' && g.kind !== 'country')) type = 'person';
  // "Israel Rivera" (beside "Jenny Rivera"): a country's name before a surname is a first name.
  else if (n === 2 && /^\p{Lu}\p{Ll}+$/u.test(toks[k + 1]!.text) && (w.lastNames.has(lw[k + 1]!) || facts.surnames.has(lw[k + 1]!)) && !lookup(toks[k + 1]!.text) && !ORG_WORDS.has(lw[k + 1]!) && !PLACE_WORDS.has(lw[k + 1]!) && lookup(toks[k]!.text)?.some((g) => g.kind === 'country')) type = 'person';
  // "Denzel Washington", "Kerry Washington": a first word no list knows, then a place's name, is person-shaped; the
  // evidence of all the name's mentions decides ("Yahoo Japan" opens with a known organisation).
  else if (n === 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(toks[k]!.text) && /^\p{Lu}\p{Ll}+$/u.test(toks[k + 1]!.text) && !w.common.has(firstLw) && !w.brandWords.has(firstLw) && !lookup(toks[k]!.text) && !ORG_WORDS.has(firstLw) && !PLACE_WORDS.has(firstLw) && roleHeadAt(lw, k, k + 1) < 0 && lookup(toks[k + 1]!.text)?.every((g) => g.type === 'place' && g.kind !== 'country') && gazAt(text, toks, k, end)?.end !== end) type = null;
  else if (n >= 2 && containsKnown(text, toks, k, end)) {
    // A known organisation with unknown capitalised words after it ("Apple Pay", "Intel Core") is
    // the maker's product or service, unless the words around it say organisation: the maker alone
    // is the actor. A known place with other words ("Yahoo Japan", "Toronto Maple Leafs") stays an
    // organisation.
    const lead = gazAt(text, toks, k, end);
    // "CBS DFW", "NBC 5", "CNN Business": a broadcaster's station or desk is an organisation of its own.
    const desk = !!lead && end === lead.end + 1 && /^\p{Lu}{2,5}$/u.test(text.slice(toks[k]!.start, toks[lead.end - 1]!.end)) && /^(?:\p{Lu}{2,5}|\d{1,3}|Business|Sports|Finance|World|Politics|Money|Health|Travel|Style|Entertainment|International|Digital|Local|Tonight|Nightly|Evening|Morning)$/u.test(toks[lead.end]?.text ?? '');
    if (lead && lead.entry.type === 'organization' && lead.end < end && !desk && around.organization <= 0) {
      knownInside(text, toks, lw, k, end, make, out);
      return;
    }
    type = 'organization';
  }
  // (Not a possessor, whose organisation fills the slot: "the spokesman for Aung San Suu Kyi's National League".)
  else if (n >= 2 && orgSlotBefore(toks, lw, k) && !/^['’]s$/.test(toks[end]?.text ?? '')) type = 'organization';
  // "the San Ysidro facility", "Fort Bragg", "Lake Placid": words that open places' names, not people's.
  else if (n >= 2 && n <= 3 && PLACE_ONLY_OPENERS.has(firstLw) && /^\p{Lu}/u.test(toks[k]!.text)) type = 'place';
  // "Broadcom's Hock Tan will lead…": two words after a name's possessive, the last a surname, are a person of
  // that organisation, though the first is an ordinary word.
  else if (n === 2 && k >= 2 && /^['’]s$/.test(toks[k - 1]!.text) && /^\p{Lu}/u.test(toks[k - 2]!.text) && w.lastNames.has(lw[end - 1]!) && !ORG_WORDS.has(firstLw) && !PLACE_WORDS.has(firstLw) && !ORG_WORDS.has(lw[end - 1]!) && /^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text) && /^\p{Lu}\p{Ll}+$/u.test(toks[end - 1]!.text)) type = 'person';
  // "St. Lucie", "St. Paul": a saint's name is more often a town's or a church's than a person's; the words around
  // it decide ("St. Lucie counties").
  else if (n >= 2 && n <= 3 && /^(?:st|saint|ste)$/.test(firstLw)) {
    type = null;
    around.place += 1;
  }
  // "Lockheed Martin", "Northrop Grumman": a person-shaped name that opens with a word only companies' names
  // have (no first name, no surname) is a company's.
  else if (n >= 2 && n <= 3 && w.brandWords.has(firstLw) && !w.firstNames.has(firstLw) && !w.lastNames.has(firstLw) && allNameLike(lw, k, end)) type = 'organization';
  // "visited the Burj Khalifa", "the Spartanburg Marriott": after "the", unknown words with no first name are no person's;
  // the evidence of all the name's mentions decides.
  else if (n >= 2 && n <= 3 && k > 0 && lw[k - 1] === 'the' && /^\p{Ll}/u.test(toks[k - 1]!.text) && !w.firstNames.has(firstLw) && !w.wordyFirstNames.has(firstLw) && allNameLike(lw, k, end) && !/^\p{Lu}{2,}$/u.test(toks[k]!.text)) type = null;
  // "HMP Belmarsh", "NASA Goddard": a name that opens with an acronym is no person's.
  // Nor one that ends on one ("Virginia AFL-CIO").
  // Not "The Doobie Brothers", "Goo Goo Dolls": a name that ends on an ordinary plural has a vote against a person
  // (contextVotes); nor "Bavarian Nordic, the Danish company that…", with more evidence of an organisation: the
  // evidence of all its mentions decides.
  // "Airlines PNG", "Bank Leumi", "University Hospital Zurich": a word only bodies' names have opens this one.
  else if (n >= 2 && n <= 4 && /^(?:airlines|airways|bank|ministry|corporation|university)$/.test(firstLw) && !PLACE_WORDS.has(lw[end - 1]!)) type = 'organization';
  else if (n >= 2 && n <= 4 && allNameLike(lw, k, end) && !/^\p{Lu}[\p{Lu}-]+$/u.test(toks[end - 1]!.text) && !/^\p{Lu}{3,}$/u.test(toks[k]!.text)) type = around.person < 0 || (orgAround && around.organization > around.person) || (around.place >= 3 && around.person <= 0 && !w.firstNames.has(firstLw)) ? null : 'person';
  else if (n >= 2 && afterPlacePrepAt(lw, k) && !commonWordsOnly(lw, k, end)) type = 'place';
  else if (n >= 5) type = 'organization';
  // Two to four words that are neither a person's name nor known: typed, if at all, by the evidence
  // of all the name's mentions together ("Con Edison officials", "works for Con Edison").
  else if (n >= 2 && !/^\p{Lu}[\p{Lu}\s.-]+$/u.test(nameText)) type = null;
  else if (n >= 2) return;
  // A lone common word capitalised mid-sentence ("Afghan soil" is handled above) is kept untyped.
  const c = make(k, end, type, {
    role: lowerRole && type === 'person' ? lowerRole.role : null,
    title: lowerRole && type === 'person' ? lowerRole.role : null,
    affiliation: lowerRole?.aff ?? null,
    votes: around,
  });
  if (c.beforeSpeechVerb && !PERSON_VERBS.has(lw[end] ?? '') && type === null) c.beforeSpeechVerb = false;
  // A town whose name is also a word or a person's name ("Reading", "Irving"): a place when the
  // words around it say so; the reference data only breaks a tie.
  if (type === null && n <= 3 && weakPlace(nameText)) c.votes.place += 0.5;
  out.push(c);
  maybeGroupAfter(text, toks, lw, k, end, c, make, out);
}

function isOpenQuote(t: string): boolean {
  return t === '“' || t === '"' || t === '‘' || t === "'" || t === '(' || t === '[' || t === ':' || t === '—' || t === '–';
}

/** A common word that is also a person's first name or surname ("Lee", "Rose", "Bush"). */
function nameWordToo(lw: string): boolean {
  if (DETERMINERS.has(lw) || NOT_NAMES.has(lw) || ROLE_SINGLE.has(lw) || lw.length < 3) return false;
  const w = words();
  return w.lastNames.has(lw) || w.firstNames.has(lw);
}

/** Prepositions and adverbs that Title Case capitalises ("Underneath", "Beyond", "Inside"). */
const TITLE_FUNCTION_WORDS = new Set('about|above|across|after|against|along|amid|among|around|before|behind|below|beneath|beside|between|beyond|despite|during|from|inside|into|near|onto|outside|over|past|since|through|throughout|toward|towards|under|underneath|until|upon|versus|via|with|within|without|how|why|what|when|where|who|inside'.split('|'));

/** "We're", "Don't", "It's": contractions are never names. */
const CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there|here|who|what|where|let|how)['’](?:re|ve|ll|d|m|s)$|n['’]t$/;

/** Words that open a sentence before a name without being part of it ("Meanwhile Smith said…", "Yesterday Congress…"). */
const SENTENCE_OPENERS = new Set([...SENTENCE_ADVERBS, ...'unlike|like|here|there|so|yet|last|next|once|while|when|whereas|if|as|but|and|or|nor|because|although|though|even|only|just|perhaps|maybe|already|first|second|third|initially|originally|recently|currently|eventually|apparently|reportedly|allegedly|dear|thanks|please|congratulations|happy|welcome|sorry|hello|hi|ask|meet|watch|read|see|listen|photo|video|credit|image|pictured|left|right|above|below|top|bottom|update|editor|note|related|advertisement|sponsored|exclusive|breaking|live|opinion|analysis|comment|review|interview|transcript|source|sources|via|by|with'.split('|')]);

/**
 * "Mitt Romney said…", "Scooter Braun bought…": a sentence-initial two-word name whose second word the document
 * also uses alone as a name (namesUsedAlone). The first word is then a first name no list knows, even when it is
 * also an English word; not a sentence adverb, a plural or a word the document writes in lowercase elsewhere.
 */
function unlistedFirstName(toks: Token[], lw: string[], from: number, to: number, facts: DocFacts): boolean {
  if (to - from !== 2 || !facts.loneNames.has(lw[from + 1]!)) return false;
  const first = lw[from]!;
  const second = lw[from + 1]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(toks[from]!.text) || !/^\p{Lu}\p{Ll}{2,}$/u.test(toks[from + 1]!.text)) return false;
  if (SENTENCE_OPENERS.has(first) || TITLE_FUNCTION_WORDS.has(first) || DETERMINERS.has(first) || /ly$/.test(first)) return false;
  if (first.endsWith('s') && words().common.has(first.slice(0, -1))) return false;
  if (ORG_WORDS.has(second) || PLACE_WORDS.has(second) || ORG_WORDS.has(first) || PLACE_WORDS.has(first)) return false;
  if (/ing$/.test(first) || lookup(toks[from + 1]!.text)) return false;
  // "Bayer Leverkusen coach Xabi Alonso": a known organisation's name opens the name of one of its own.
  if (lookup(toks[from]!.text)?.some((g) => g.type === 'organization')) return false;
  // "House Republicans", "Virginia Democrats": a plural is a group's name, not a surname (unless a known one: "Jones").
  if (GROUP_MEMBERS.has(second) || (second.endsWith('s') && !words().lastNames.has(second))) return false;
  // "Some Republican experts", "Another Muslim woman", "Insurgent Democratic candidates": a party's or a faith's member
  // word is an adjective here, and a quantifier is no first name.
  if (PARTY_MEMBERS.has(second) || GROUP_MEMBERS.has(`${second}s`) || QUANTIFIER_OPENERS.has(first)) return false;
  // An English word opens the sentence before the surname of a person the document names with a first name it knows
  // ("Either Clinton" beside "Hillary Clinton") or with a title ("Derelict Obama" beside "President Obama"); "Mitt
  // Romney" (a mitt is a glove) names no one else. Nor a name's first word ("Unlike Patriot," beside "Patriot Coal").
  if (words().common.has(first) && (facts.surnames.has(second) || facts.titledNames.has(second))) return false;
  if (facts.pairOpeners.has(second)) return false;
  return !facts.docLowercase.has(first);
}

/** A title in the plural before a list of its holders, in the singular each holds ("City Councilors" → "City Councilor"). */
function singularTitle(role: string): string {
  const last = /(\p{L}+)s$/u.exec(role);
  if (!last || roleHeadAt([`${last[1]!}s`.toLowerCase()], 0, 1) > 0 || roleHeadAt([last[1]!.toLowerCase()], 0, 1) < 0) return role;
  return role.slice(0, -1);
}

/**
 * The end of a local area's name the reference data does not know, opening tokens [from, to) before a role and a
 * name ("Cook County Sheriff Tom Dart", "Blue Mountains Mayor Mark Greenhill"), or -1.
 */
function localAreaEnd(toks: Token[], lw: string[], from: number, to: number): number {
  for (let c = from + 1; c <= from + 3 && c < to - 2; c++) {
    if (!LOCAL_AREAS.has(lw[c]!)) continue;
    if (!toks.slice(from, c + 1).every((t, x) => /^\p{Lu}\p{Ll}/u.test(t.text) && roleHeadAt(lw, from + x, to) < 0)) return -1;
    const h = roleHeadAt(lw, c + 1, to);
    return h > 0 && h < to && isNameToken(toks[h]!.text) ? c + 1 : -1;
  }
  return -1;
}

/** Tokens [a, b) are initials ("B." "U.") and then one capitalised name word that is no organisation's or place's. */
function initialsThenName(toks: Token[], lw: string[], a: number, b: number): boolean {
  let k = a;
  while (k + 1 < b && /^\p{Lu}$/u.test(toks[k]!.text) && toks[k + 1]!.text === '.') k += 2;
  // Not a place the reference data knows ("N. Korea", "S. Africa").
  return k > a && k === b - 1 && /^\p{Lu}\p{Ll}+/u.test(toks[k]!.text) && !ORG_WORDS.has(lw[k]!) && !PLACE_WORDS.has(lw[k]!) && !lookup(toks[k]!.text);
}

/** A sentence-initial capitalised word that is an ordinary English word, not a name. */
function isCommonStart(text: string, toks: Token[], lws: string[], i: number, to: number): boolean {
  const lw = lws[i]!;
  if (CONTRACTION.test(lw)) return true;
  if (roleHeadAt([lw], 0, 1) > 0) return false;
  // "Democrats and Republicans clashed": members of a party or a faith open sentences as names.
  if (GROUP_MEMBERS.has(lw)) return false;
  // "University of Texas…", "Lake Taupo…": the head word of a longer name.
  if (to - i > 1 && (ORG_WORDS.has(lw) || PLACE_WORDS.has(lw))) return false;
  // "Silver Lake, the private equity firm", "Red Cross": a word before the head word of a two-word name.
  if (to - i === 2 && (ORG_WORDS.has(lws[i + 1]!) || PLACE_WORDS.has(lws[i + 1]!))) return false;
  // "Health Minister Amara Okafor", "Defence Secretary…": the first word of a title.
  if (to - i > 1 && (roleHeadAt(lws.slice(i + 1, Math.min(to, i + 4)), 0, Math.min(to, i + 4) - i - 1) > 0)) return false;
  if (lookup(toks[i]!.text)) return false;
  // "Wild 4, Sabres 1:", a score line's first team.
  if (scoreLineAt(toks, i, to)) return false;
  // "Resolution Copper, a subsidiary of Rio Tinto, said": an appositive that says what kind of organisation.
  if (to - i <= 3 && orgAppositive(toks, lws, to)) return false;
  // "Industrial Light & Magic (ILM)": an acronym in brackets spells the opening word too.
  if (to - i > 1 && toks[to]?.text === '(' && toks[to + 2]?.text === ')') {
    const spelled = toks.slice(i, to).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text[0]).join('');
    if (spelled.length >= 2 && toks[to + 1]!.text.replace(/[.&]/g, '') === spelled) return false;
  }
  const w = words();
  if (w.firstNames.has(lw) && i + 1 < to) return false;
  // "Lee Jae-myung", "Moon Jae-in": a family name first, then a hyphenated Korean given name.
  // "Ban Ki-moon", "Moon Jae-in": any family name before a given name of two short syllables joined by a hyphen.
  // ("Son Heung-min": a given name of a five-letter syllable too.)
  if (i + 1 < to && (w.lastNames.has(lw) ? /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(toks[i + 1]!.text) : koreanGivenName(toks[i + 1]!.text))) return false;
  // "Frank Vogel said", "Warren Buffett": a first name that is also a word, before a word that is only a name.
  if (w.wordyFirstNames.has(lw) && i + 1 < to && nameOnlyWord(toks[i + 1]!.text)) return false;
  // "Bill Gates said", "Rose Young, 42, said": or a two-word name whose second word is also a word, when a lowercase
  // word, a comma or a possessive follows (not "Rose Garden", a place word; not "Bill Signing Ceremony", three words).
  const second = toks[i + 1]?.text.toLowerCase() ?? '';
  if (w.wordyFirstNames.has(lw) && i + 2 === to && /^\p{Lu}\p{Ll}/u.test(toks[i + 1]!.text) && !ORG_WORDS.has(second) && !PLACE_WORDS.has(second) && !lookup(toks[i + 1]!.text) && /^(?:,|['’]s|\p{Ll}+)$/u.test(toks[to]?.text ?? '')) return false;
  const singular = lw.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '');
  // The suffix guess only for a lone word: "National Grid" keeps its first word; and not before what
  // only a company has ("Rivian shares jumped", "Rivian investors").
  const companyNext = to - i === 1 && ORG_CONTEXT.has(toks[to]?.text ?? '') && !w.common.has(lw);
  return (to - i === 1 && !companyNext ? looksCommon(lw) : w.common.has(lw)) || (lw.endsWith('s') && !w.lastNames.has(lw) && (w.common.has(singular) || w.common.has(lw.slice(0, -1)))) || NOT_NAMES.has(lw) || DETERMINERS.has(lw);
}

/** Every word of the name [a, b) is a common English word that is no place word ("Energy Control"; not "Bear Valley"). */
function commonWordsOnly(lw: string[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!words().common.has(lw[i]!) || PLACE_WORDS.has(lw[i]!)) return false;
  return true;
}

/** The text [a, b) is exactly what a pair of quotation marks encloses (trailing punctuation aside). */
function quotedExactly(text: string, a: number, b: number): boolean {
  const before = text[a - 1];
  let e = b;
  while (e < text.length && /[,.!?;:]/.test(text[e]!)) e++;
  const after = text[e];
  return (before === '“' && after === '”') || (before === '"' && after === '"') || (before === '‘' && after === '’');
}

/** The known organisations and places inside the name of a non-actor ("Google" in "Google Science Fair"). */
function knownInside(text: string, toks: Token[], lw: string[], a: number, b: number, make: Maker, out: Candidate[]): void {
  let last = a;
  for (let i = a; i < b; i++) {
    const g = gazAt(text, toks, i, b);
    if (!g || g.entry.kind === 'demonym' || g.entry.kind === 'demonym-plural') continue;
    out.push(make(i, g.end, g.entry.type, { gaz: g.entry }));
    i = g.end - 1;
    last = g.end;
  }
  // "NFL Insider Jason La Canfora": a person's full name after the organisation and a word for their post.
  for (let p = last + 1; p <= b - 2; p++) {
    if (!words().firstNames.has(lw[p]!) || words().common.has(lw[p]!) || !allNameLike(lw, p, b) || b - p > 4) continue;
    out.push(make(p, b, 'person'));
    return;
  }
  // "the new Google Pixel … the Pixel’s battery": the words after the maker name its product, whose other mentions
  // (dropped with it, see merge.ts) are no actor either.
  if (last > a && last < b && b - last <= 2 && toks.slice(last, b).every((t) => /^\p{Lu}[\p{L}\d]*$/u.test(t.text)) && !toks.slice(last, b).some((t, x) => ORG_WORDS.has(lw[last + x]!) || PLACE_WORDS.has(lw[last + x]!) || words().firstNames.has(lw[last + x]!))) out.push(make(last, b, null, { product: true }));
}

/** A known organisation or place inside a longer run ("Google Science Fair", "Fan Expo Canada"). */
function containsKnown(text: string, toks: Token[], a: number, b: number, afterFirstName = false): boolean {
  for (let i = a; i < b; i++) {
    const g = gazAt(text, toks, i, b);
    // After a first name, a one-word town or company is a surname: "Margaret Hamilton", "Michael Bloomberg"; so is a
    // country's name ("Michael Jordan", "Deborah Jordan Reynolds").
    const surname = afterFirstName && g && g.end - i === 1 && (g.entry.kind === 'place' || g.entry.kind === 'capital' || g.entry.kind === 'country' || (g.entry.type === 'organization' && /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text)));
    if (g && g.entry.kind !== 'demonym' && g.entry.kind !== 'demonym-plural' && !surname) return true;
  }
  return false;
}

function afterPlacePrepAt(lw: string[], k: number): boolean {
  // Not "unfair to Mitt Romney", "a letter to John Kelly": "to" after no motion.
  return k > 0 && PLACE_PREPS.has(lw[k - 1]!) && !(lw[k - 1] === 'to' && k > 1 && NOT_MOTION_TO.has(lw[k - 2]!));
}

/**
 * The run's only organisation word opens it and no connector follows ("Force Awakens", "Command
 * Line", "Mission Critical"): titles of works and products, not the shape of organisations' names
 * ("Bank of Ireland", "Party for Freedom", "Acme Group").
 */
function leadingOrgWordOnly(lw: string[], a: number, b: number): boolean {
  // "Jaish al-Adl", "Liwa al Quds": an Arabic construct ("army of…") is an organisation's name.
  const construct = PARTICLES.has(lw[a + 1]!) || /^(?:al|el|ul|ad|ash|as|at|an|ar|az)-/.test(lw[a + 1]!);
  return b - a >= 2 && ORG_WORDS.has(lw[a]!) && !ORG_CONNECTORS.has(lw[a + 1]!) && lw[a + 1] !== 'and' && !construct && !hasOrgWord(lw, a + 1, b);
}

/** "Head of Research", "Director of Operations": a role's department, one common word nobody knows as a name, is no actor. */
function isDepartment(text: string, toks: Token[], lw: string[], a: number, b: number): boolean {
  return b - a === 1 && words().common.has(lw[a]!) && !gazAt(text, toks, a, b);
}

function hasOrgWord(lw: string[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (ORG_WORDS.has(lw[i]!)) return true;
  return false;
}

function allNameLike(lw: string[], a: number, b: number): boolean {
  const w = words();
  for (let i = a; i < b; i++) {
    const x = lw[i]!;
    if (PARTICLES.has(x) || x.length === 1) continue;
    // "Airbus A350-900", "Boeing 787": a model number is no part of a person's name.
    if (ORG_CONNECTORS.has(x) || /\d/.test(x)) return false;
    if (NOT_NAMES.has(x)) return false;
    // Common words are allowed only if they are also known names ("Rose", "Hill").
    if (looksCommon(x) && !w.firstNames.has(x) && !w.lastNames.has(x)) return false;
  }
  return true;
}

/** Drops trailing connectors from a name run. */
function trimNameEnd(toks: Token[], lw: string[], a: number, b: number): number {
  let e = b;
  while (e > a && (ORG_CONNECTORS.has(lw[e - 1]!) || PARTICLES.has(lw[e - 1]!) || (toks[e - 1]!.text === '.' && !(e - 2 > a && NAME_ABBREVIATIONS.has(lw[e - 2]!))))) e--;
  // "Nick Johnson KC", "Jane Smith MP", "John Doe OBE": letters after a person's full name are no part of it.
  while (e - a >= 3 && POST_NOMINALS.test(toks[e - 1]!.text) && /^\p{Lu}\p{Ll}/u.test(toks[e - 2]!.text) && /^\p{Lu}\p{Ll}/u.test(toks[a]!.text)) e--;
  return e;
}

/** Capital used for its government: after "from/by/with…", or as the subject of a verb. */
function isMetonymContext(lw: string[], toks: Token[], a: number, b: number): boolean {
  const prev = a > 0 ? lw[a - 1]! : '';
  if (METONYM_PREPS.has(prev)) return true;
  const next = b < lw.length ? lw[b]! : '';
  if (next === '’s' || next === "'s") return true;
  if (SPEECH_VERBS.has(next) || /(?:ed|s)$/.test(next)) return !PLACE_PREPS.has(prev) && !/^(?:and|or)$/.test(prev);
  void toks;
  return false;
}

/** "the Afghan delegation", "the Pakistani side": a demonym or actor followed by a group noun. */
function maybeGroup(text: string, toks: Token[], lw: string[], a: number, b: number, make: Maker, out: Candidate[]): void {
  if (b >= toks.length) return;
  const g = gazAt(text, toks, a, b);
  const noun = lw[b]!;
  if (!g || g.entry.kind !== 'demonym') return;
  // Only a party to talks is a named group ("the Afghan delegation", "the Pakistani side"); "American troops",
  // "Tunisian authorities", "Syrian refugees" are descriptions, not names (speakers among them still get the
  // country as their side, see claims/speaker.ts).
  if (MULTI_GROUP.has(noun) && GROUP_NOUNS[noun] === 'delegation') {
    const cls = GROUP_NOUNS[noun]!;
    out.push(
      make(a, b + 1, 'group', {
        groupKey: `${g.entry.country}:${cls}`,
        affiliation: { country: g.entry.country, name: g.entry.canonical },
      }),
    );
  }
}

function maybeGroupAfter(text: string, toks: Token[], lw: string[], a: number, b: number, c: Candidate, make: Maker, out: Candidate[]): void {
  if (b >= toks.length || !MULTI_GROUP.has(lw[b]!) || (c.type !== 'organization' && c.type !== 'place')) return;
  const cls = GROUP_NOUNS[lw[b]!]!;
  // As for demonyms: "the Taliban delegation" is a party to talks; "PG&E officials" describe the organisation's people.
  if (cls !== 'delegation') return;
  // "the New Zealand government", "U.S. officials": the country's own name already stands for its
  // side (a mention of the country), unlike a demonym ("the Afghan delegation", see maybeGroup).
  if (c.type === 'place') return;
  const country = c.affiliation?.country ?? (c.gaz?.kind === 'country' ? c.gaz.country : null);
  const key = `${country ?? c.text}:${cls}`;
  out.push(make(a, b + 1, 'group', { groupKey: key, affiliation: country ? { country, name: c.text } : { country: null, name: c.text } }));
  void text;
}

/** "Ukraine's foreign minister": the country or organisation before "'s" at token i-1. */
function possessorBefore(text: string, toks: Token[], lw: string[], from: number, out: Candidate[]): Candidate['affiliation'] {
  if (from < 2 || (lw[from - 1] !== '’s' && lw[from - 1] !== "'s")) return null;
  const prev = out[out.length - 1];
  if (prev && prev.end === toks[from - 1]!.start && prev.gaz) return { country: prev.gaz.country, name: prev.gaz.canonical };
  for (let a = Math.max(0, from - 5); a < from - 1; a++) {
    const g = gazAt(text, toks, a, from - 1);
    if (g && g.end === from - 1) return { country: g.entry.country, name: g.entry.canonical };
  }
  return null;
}

/** Lowercase role words whose head is token `headIdx`: "finance minister", "chief executive", "student". */
function roleWordsEndingAt(text: string, toks: Token[], lw: string[], headIdx: number): { start: number; role: string } | null {
  const head = lw[headIdx];
  if (head === undefined) return null;
  // "pass rusher", "running back", "first lady": a role of several lowercase words ending here.
  let multi = headIdx + 1;
  for (const m of ROLE_MULTI) if (m.length <= headIdx + 1 && m.every((w, k) => lw[headIdx - m.length + 1 + k] === w && /^\p{Ll}/u.test(toks[headIdx - m.length + 1 + k]!.text))) multi = Math.min(multi, headIdx - m.length + 1);
  // "We all miss Steve", "a lady Gaga fan": a lowercase courtesy title or abbreviation is a verb or a word, not a title.
  if ((HONORIFICS.has(head) || TITLE_ABBREVIATIONS.has(head)) && multi > headIdx) return null;
  if (!ROLE_SINGLE.has(head) && !words().personNouns.has(head) && multi > headIdx) return null;
  // "the telecom operator Safaricom", "the game developer Valve": a word that names a kind of company as often as a
  // person's job is no title.
  if (ORG_CLASS_NOUNS.has(head) && !ROLE_SINGLE.has(head) && multi > headIdx) return null;
  // "Apple CEO Tim Cook": an officer's acronym is written in capitals.
  if (/^C[EFOTI]O$/.test(toks[headIdx]!.text)) return { start: headIdx, role: toks[headIdx]!.text };
  if (!/^\p{Ll}/u.test(toks[headIdx]!.text)) return null;
  let s = Math.min(headIdx, multi);
  while (s > 0 && /^\p{Ll}/u.test(toks[s - 1]!.text) && (ROLE_MODIFIERS.has(lw[s - 1]!) || ROLE_SINGLE.has(lw[s - 1]!) || lw[s - 1] === 'and')) s--;
  // "secretary and treasurer", but not "Joe Schobert and forward Zach Parise": "and" joins two roles only.
  while (s < headIdx && lw[s] === 'and') s++;
  // "It champions Planned Parenthood", "who coaches Smith": after a subject pronoun the word is a verb.
  if (s > 0 && /^(?:it|he|she|they|we|i|you|who|which|that)$/.test(lw[s - 1]!)) return null;
  return { start: s, role: text.slice(toks[s]!.start, toks[headIdx]!.end) };
}

/** Lowercase role words right before a capitalised name: "finance minister", "Facebook creator", "student". */
function lowercaseRoleBefore(
  text: string,
  toks: Token[],
  lw: string[],
  from: number,
  make: Maker,
): LowerRole | null {
  const found = roleWordsEndingAt(text, toks, lw, from - 1);
  if (!found) return null;
  let { start: s, role } = found;
  // Affiliation just before: "Facebook creator", "Pakistan's finance minister", "American academic".
  let before = affiliationBefore(text, toks, lw, s, true);
  // "Chinese foreign ministry spokesman Lin Jian": the office between the nationality and the role is part of the role.
  if (!before) {
    let o = s;
    while (o > 0 && s - o < 3 && /^\p{Ll}+$/u.test(toks[o - 1]!.text) && (OFFICE_WORDS.has(lw[o - 1]!) || ROLE_MODIFIERS.has(lw[o - 1]!))) o--;
    const office = o < s && OFFICE_WORDS.has(lw[s - 1]!) ? affiliationBefore(text, toks, lw, o, true) : null;
    if (office?.gaz) {
      before = office;
      s = o;
      role = text.slice(toks[o]!.start, toks[from - 1]!.end);
    }
  }
  const g = before?.gaz;
  const affCand = g && g.entry.kind !== 'demonym' ? make(g.start, g.end, g.entry.type, { gaz: g.entry }) : null;
  // ("the mayor and councillors Gary Crawford, …": a plural title after "and" is the list's alone.)
  const single = singularTitle(role);
  if (single !== role && / and /.test(single)) return { start: s, role: single.slice(single.lastIndexOf(' and ') + 5), aff: before?.aff ?? null, affCand };
  return { start: s, role: single, aff: before?.aff ?? null, affCand };
}

/**
 * The side named right before a role that starts at token `s`: a country, a demonym or an organisation the
 * reference data knows ("Pakistan's finance minister"), else capitalised words ("Facebook creator", "The BMA's
 * chair"), perhaps with a possessive. `bare`: without a possessive too.
 */
function affiliationBefore(text: string, toks: Token[], lw: string[], s: number, bare: boolean): { aff: NonNullable<Candidate['affiliation']>; gaz: { start: number; end: number; entry: GazetteerEntry } | null } | null {
  let e = s;
  if (e > 0 && (lw[e - 1] === '’s' || lw[e - 1] === "'s")) e--;
  else if (!bare) return null;
  for (let a = Math.max(0, e - 4); a < e; a++) {
    const g = gazAt(text, toks, a, e);
    if (g && g.end === e) return { aff: { country: g.entry.country, name: g.entry.canonical }, gaz: { start: a, end: e, entry: g.entry } };
  }
  // A bare capitalised word opening the sentence may be no name; a possessive's may.
  if (e > (e < s ? 0 : 1) && isNameToken(toks[e - 1]!.text)) {
    let a = e - 1;
    while (a > 0 && isNameToken(toks[a - 1]!.text) && !DETERMINERS.has(lw[a - 1]!) && adjacentOk(text, toks[a - 1]!, toks[a]!)) a--;
    return { aff: { country: null, name: text.slice(toks[a]!.start, toks[e - 1]!.end) }, gaz: null };
  }
  return null;
}

export { isAcronym };

/** Tokens [a, b) hold an organisation word followed by "of", "on" or "for" ("Department of Design"). */
function inOrgComplement(lw: string[], a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) if (ORG_WORDS.has(lw[k]!) && (lw[k + 1] === 'of' || lw[k + 1] === 'on' || lw[k + 1] === 'for')) return true;
  return false;
}

/** End (exclusive) of the capitalised words that start at token i, joined by spaces only. */
function capitalisedEnd(text: string, toks: Token[], i: number): number {
  let j = i + 1;
  while (j < toks.length && isNameToken(toks[j]!.text) && adjacentOk(text, toks[j - 1]!, toks[j]!)) j++;
  return j;
}

/**
 * "Raven Klaasen of South Africa": two or three plain name words (no organisation, place or title word)
 * before "of" and a country are a person and where they come from, not one organisation's name
 * ("Bank of England", "Duke of Edinburgh", "University of Texas" keep their organisation or title word).
 */
function nameOfCountry(toks: Token[], lw: string[], a: number, of: number): boolean {
  // "Chinese President Xi Jinping of China", "President Xi Jinping of China": the name after its title.
  for (let k = of - 1; k >= a; k--) {
    if (ROLE_SINGLE.has(lw[k]!) || TITLE_ABBREVIATIONS.has(lw[k]!) || lw[k] === '.') {
      a = k + 1;
      break;
    }
  }
  if (lw[of] !== 'of' || of - a < 2 || of - a > 3) return false;
  for (let k = a; k < of; k++) {
    const w = lw[k]!;
    if (ORG_WORDS.has(w) || PLACE_WORDS.has(w) || ROLE_SINGLE.has(w) || PLACE_MODIFIERS.has(w) || !/^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text)) return false;
  }
  return countryAt(toks, of + 1);
}

/** A common word that is no first name or surname ("democratic", "electric", "forum"). */
function ordinaryWord(lw: string): boolean {
  return words().common.has(lw) && !words().firstNames.has(lw) && !words().lastNames.has(lw);
}

/**
 * Where the role of "… Communication Director Jennifer Palmieri" starts: a capitalised role word past the run's first
 * word, right before a full name that a first name opens, and the capitalised ordinary words before it that qualify
 * it. -1 when the run has no such shape.
 */
function roleBeforeFullName(toks: Token[], lw: string[], from: number, to: number): { start: number; name: number } | null {
  const w = words();
  for (let h = from; h + 3 <= to; h++) {
    // "Secretary-Treasurer": roles joined by a hyphen are one.
    if (!lw[h]!.split('-').every((x) => ROLE_SINGLE.has(x)) || !/^\p{Lu}/u.test(toks[h]!.text)) continue;
    // "Supervisor of Elections Susan Bucher", "Undersecretary for Political Affairs Wendy Sherman": the role's
    // complement, up to three capitalised words that open no name.
    let n = h + 1;
    if (/^(?:of|for)$/.test(lw[n] ?? '')) {
      let c = n + 1;
      while (c < to && c <= n + 3 && /^\p{Lu}/u.test(toks[c]!.text) && !(w.firstNames.has(lw[c]!) && !w.common.has(lw[c]!))) c++;
      if (c === n + 1) continue;
      n = c;
    }
    // A role opening the run with no complement is the role loop's own ("Senator Ann Kerr").
    if (h === from && n === h + 1) continue;
    // A first name ("Jennifer"), or one that is also a word before a surname that is none ("Bob Corker").
    const given = (w.firstNames.has(lw[n]!) || w.wordyFirstNames.has(lw[n]!)) && (!w.common.has(lw[n]!) || nameOnlyWord(toks[n + 1]?.text ?? '') || w.lastNames.has(lw[n + 1] ?? ''));
    if (to - n < 2 || to - n > 3 || !given) continue;
    if (!toks.slice(n, to).every((t, x) => /^\p{Lu}/u.test(t.text) && !ORG_WORDS.has(lw[n + x]!) && !PLACE_WORDS.has(lw[n + x]!) && !ROLE_SINGLE.has(lw[n + x]!))) continue;
    let start = h;
    while (start - 1 > from && /^\p{Lu}\p{Ll}+$/u.test(toks[start - 1]!.text) && (ROLE_MODIFIERS.has(lw[start - 1]!) || (w.common.has(lw[start - 1]!) && !w.firstNames.has(lw[start - 1]!) && !ORG_WORDS.has(lw[start - 1]!) && !PLACE_WORDS.has(lw[start - 1]!) && !lookup(toks[start - 1]!.text)))) start--;
    return { start, name: n };
  }
  return null;
}

/**
 * "Gov. John R. Kasich of Ohio", "Representative Charles B. Rangel of New York", "Jeb Bush of Florida": one to three name
 * words (initials aside) that a title or a first name opens, before "of" and a known place, are a person and the place
 * they come from or serve ("Bank of America", "Duke of Edinburgh" have an organisation or a title word instead).
 */
function personOfPlace(toks: Token[], lw: string[], of: number): boolean {
  if (lw[of] !== 'of') return false;
  let k = of - 1;
  let plain = 0;
  while (k >= 0) {
    if (toks[k]!.text === '.' && k > 0 && /^\p{Lu}$/u.test(toks[k - 1]!.text) && !TITLE_ABBREVIATIONS.has(lw[k - 1]!)) {
      k -= 2;
      continue;
    }
    const w = lw[k]!;
    // "Sheikh Tamim bin Hamad Al Thani of Qatar": a name's lowercase particles are part of it.
    if (/^\p{Ll}/u.test(toks[k]!.text) && SURNAME_PARTICLES.has(w) && plain > 0) {
      k--;
      continue;
    }
    // "Peter T. King": a role word right after an initial or a first name is a surname.
    const surname = ROLE_SINGLE.has(w) && k === of - 1 && k > 0 && (toks[k - 1]!.text === '.' || words().firstNames.has(lw[k - 1]!));
    if (!/^\p{Lu}\p{Ll}+$/u.test(toks[k]!.text) || (ROLE_SINGLE.has(w) && !surname) || HONORIFICS.has(w) || TITLE_ABBREVIATIONS.has(w) || ORG_WORDS.has(w) || PLACE_WORDS.has(w)) break;
    plain++;
    k--;
  }
  if (plain < 1 || plain > 4) return false;
  // "Mr. Altman of Evercore", "Ms. Peck of SunTrust": a courtesy title's surname is a person's, whatever follows "of".
  const courtesy = k >= 1 && lw[k] === '.' && HONORIFICS.has(lw[k - 1]!) && plain === 1;
  if (courtesy && /^\p{Lu}/u.test(toks[of + 1]?.text ?? '')) return true;
  // Not "Teacher Retirement System of Texas": unless a first name opens them, no ordinary words.
  if (!words().firstNames.has(lw[k + 1]!) && lw.slice(k + 1, of).some((w, x) => ordinaryWord(w) && !(SURNAME_PARTICLES.has(w) && /^\p{Ll}/u.test(toks[k + 1 + x]!.text)) && !/^(?:al|el)$/.test(w))) return false;
  const titled = k >= 0 && (ROLE_SINGLE.has(lw[k]!) || HONORIFICS.has(lw[k]!) || (lw[k] === '.' && TITLE_ABBREVIATIONS.has(lw[k - 1] ?? '')));
  if (!titled && !(plain >= 2 && words().firstNames.has(lw[k + 1]!))) return false;
  return [1, 2, 3].some((n) => of + 1 + n <= toks.length && !!lookup(toks.slice(of + 1, of + 1 + n).map((t) => t.text).join(' '))?.some((g) => g.type === 'place'));
}

/** The bodies people of a trade form, named with their plural's apostrophe ("Farmers' Union", "Police Officers' Association"). */
const MEMBERS_BODIES = /^(?:Union|Association|Alliance|Federation|Council|Party|Fund|League|Guild|Congress|Society|Coalition|Network|Institute|Club|Trust|Foundation|Organi[sz]ation|Collective|Cooperative|Co-operative)$/;

/** "Molly-Mae", "Jean-Paul", "Anne-Marie": two first names joined by a hyphen, a given name. */
function hyphenatedFirstName(t: string): boolean {
  const parts = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(t);
  const given = (x: string): boolean => words().firstNames.has(x.toLowerCase()) || words().wordyFirstNames.has(x.toLowerCase());
  return !!parts && given(parts[1]!) && given(parts[2]!);
}

/** A run that already reads as a person's full name ("Jamie Werner"): a known first name, then name words, no organisation word. */
function personShaped(lw: string[], a: number, b: number): boolean {
  // "Jamie Werner", "Penelope Muse Abernathy": a first name second to last, or opening a run of up to four words.
  // "Bill Smith of Fox News": a first name that is also a word counts before a surname that is none.
  const wordyFirst = words().wordyFirstNames.has(lw[b - 2]!) && (words().lastNames.has(lw[b - 1]!) || !words().common.has(lw[b - 1]!));
  const first = words().firstNames.has(lw[b - 2]!) || wordyFirst || (b - a <= 4 && words().firstNames.has(lw[a]!));
  if (b - a < 2 || !first || hasOrgWord(lw, a, b)) return false;
  const last = lw[b - 1]!;
  return !PLACE_WORDS.has(last) && !ORG_CONNECTORS.has(last) && !ROLE_SINGLE.has(last) && !PLACE_MODIFIERS.has(last);
}

/**
 * "Priya Natarajan of Yale School of Medicine": two or three words that are no common, organisation or
 * place words (a name, though no first name we know) before "of" and an organisation's name.
 */
function nameBeforeOrg(text: string, toks: Token[], lw: string[], a: number, of: number): boolean {
  if (lw[of] !== 'of') return false;
  const w = words();
  const left: number[] = [];
  for (let x = a; x < of; x++) {
    if (toks[x]!.text === '.' || TITLE_ABBREVIATIONS.has(lw[x]!) || HONORIFICS.has(lw[x]!)) continue;
    left.push(x);
  }
  if (left.length < 2 || left.length > 3) return false;
  if (!left.every((x) => /^\p{Lu}\p{Ll}/u.test(toks[x]!.text) && !w.common.has(lw[x]!) && !ORG_WORDS.has(lw[x]!) && !PLACE_WORDS.has(lw[x]!) && !lookup(toks[x]!.text))) return false;
  for (let x = of + 1; x < Math.min(toks.length, of + 7); x++) {
    if (ORG_WORDS.has(lw[x]!)) return true;
    // "Holger Schmieding of Berenberg, Germany's largest private bank,": an appositive says what kind of body.
    if (!isNameToken(toks[x]!.text)) {
      if (x > of + 1 && orgAppositive(toks, lw, x)) return true;
      if (!ORG_CONNECTORS.has(lw[x]!) && lw[x] !== 'the') break;
    }
  }
  return !!gazAt(text, toks, of + 1, Math.min(toks.length, of + 6));
}

/** "North Africa", "Western Australia", "New South Wales": place modifiers before a known place. */
function modifiedPlace(text: string, toks: Token[], lw: string[], a: number, b: number): GazetteerEntry | null {
  let k = a;
  while (k < b - 1 && PLACE_MODIFIERS.has(lw[k]!)) k++;
  if (k === a) return null;
  const g = gazAt(text, toks, k, b);
  if (g && g.end === b && g.entry.type === 'place') return g.entry;
  return k > a + 1 || lw[a] === 'new' ? null : modifiedPlace(text, toks, lw, a + 1, b);
}

/** A company's legal form ("Smart Projects SRL", "Apple Inc."): what opens the name, a word or not, is part of it. */
const LEGAL_FORMS = new Set('inc corp ltd plc llc llp srl gmbh ag nv bv spa sarl pty'.split(' '));
function endsInLegalForm(lw: string[], to: number): boolean {
  const last = lw[to - 1] === '.' ? lw[to - 2] : lw[to - 1];
  return to >= 2 && LEGAL_FORMS.has(last ?? '');
}

/** "Remain Co.": the words after the first are only company designators, so the first word is part of the name. */
function onlyDesignatorsAfter(lw: string[], a: number, b: number): boolean {
  let seen = false;
  for (let k = a; k < b; k++) {
    if (lw[k] === '.') continue;
    if (!NAME_ABBREVIATIONS.has(lw[k]!) && lw[k] !== 'group' && lw[k] !== 'corporation' && lw[k] !== 'company') return false;
    seen = true;
  }
  return seen;
}

/**
 * "Irving, Texas", "Mountain View, California": a town followed by its state or country is one
 * place. Lists ("Texas, Ohio and Iowa") are left alone.
 */
function mergeCityRegion(text: string, cands: Candidate[]): void {
  for (let n = 0; n + 1 < cands.length; n++) {
    const a = cands[n]!;
    const b = cands[n + 1]!;
    if (text.slice(a.end, b.start) !== ', ' || a.kind !== 'name' || b.kind !== 'name') continue;
    if (b.type !== 'place' || !b.gaz || (b.gaz.kind !== 'country' && !(b.gaz.kind === 'place' && regionLike(b.gaz)))) continue;
    // "Charlotte, N.C.": a state's abbreviation is the town's address, read by townBeforeStateAbbreviation.
    if (AP_STATES.test(text.slice(a.end, b.end + 2))) continue;
    if (a.type !== 'place' && a.type !== null) continue;
    // "Separately, Norway’s output…": a sentence opener kept only in case the article names it elsewhere.
    if (a.needsSupport) continue;
    if (a.gaz && ((a.gaz.kind !== 'place' && a.gaz.kind !== 'capital') || a.gaz.seat)) continue;
    if (a.gaz && a.gaz.kind === 'place' && regionLike(a.gaz)) continue;
    if (/^,? ?(?:and|or)? ?\p{Lu}/u.test(text.slice(b.end, b.end + 6)) || /\p{Lu}[\p{L}.]*,\s*$/u.test(text.slice(Math.max(0, a.start - 30), a.start))) continue;
    // "…near Bakhmut, Ukraine’s military said": a possessive country opens the next clause.
    if (/^['’]s\b/.test(text.slice(b.end, b.end + 3))) continue;
    cands.splice(n, 2, { ...a, end: b.end, text: text.slice(a.start, b.end), type: 'place', gaz: null, metonym: false, affiliation: b.gaz.country ? { country: b.gaz.country, name: b.gaz.canonical } : null });
  }
}

/** Origins named by continent or region, not country ("African Americans", "Asian Canadians", "Latin Americans"). */
const CONTINENT_ORIGINS = new Set('african asian european latin arab native caribbean hispanic'.split(' '));

/** The states and provinces those abbreviations stand for. */
const STATE_NAMES = new Map(Object.entries({ ...PROVINCE_NAMES, ...US_STATE_NAMES }));
/** The abbreviations as a pattern's alternatives, as written: "Ont", "N\\.S", "W\\.Va". */
const abbreviationPattern = (names: Record<string, string>): string => Object.keys(names).map((k) => abbreviationAsWritten(k).replace(/\./g, '\\.')).join('|');
const CP_PROVINCE_ABBREVIATIONS = abbreviationPattern(PROVINCE_NAMES);
const CP_PROVINCE = new RegExp(`^, (?:${CP_PROVINCE_ABBREVIATIONS})\\.`, 'i');
/** The Associated Press abbreviations of US states' names, and the Canadian provinces'. */
const AP_STATE_ABBREVIATIONS = `${CP_PROVINCE_ABBREVIATIONS}|${abbreviationPattern(US_STATE_NAMES)}|D\\.C`;
/** The Associated Press abbreviations and the postal codes of US states, as datelines and addresses write them after a town. */
const AP_STATES = new RegExp(`^, (?:(?:${AP_STATE_ABBREVIATIONS})\\.(?=[\\s,;:)\\-–—]|$)|(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)(?=[\\s,;:).]|$))`);
/**
 * "CARSON, CALIF—", "MIAMI, FLA. —": a dateline in capitals writes the state's abbreviation in capitals, its period and
 * the space before the dash optional.
 */
const AP_STATES_IN_CAPITALS = new RegExp(`^, (?:${AP_STATE_ABBREVIATIONS.toUpperCase()})\\.?(?=\\s*[-–—])`);

/**
 * "Donna Rawlings, 59, of Ashton, Md., said", "from Ashland, Ore.", a dateline "NEWPORT NEWS, Va. —": a name after
 * "of", "in" or "from", or opening its paragraph in capitals, and before a state's abbreviation is a town, even when
 * it is also a first name.
 */
function townBeforeStateAbbreviation(text: string, cands: Candidate[]): void {
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    // A dateline opens its paragraph in capitals: "NEWPORT NEWS, Va. —" (not the organisation "NEWS" suggests).
    const dateline = opensParagraph(text, c.start) && !/\p{Ll}/u.test(c.text);
    if (c.kind !== 'name' || (c.type === 'organization' && !dateline) || c.text.split(' ').length > 3) continue;
    const state = AP_STATES.exec(text.slice(c.end, c.end + 8)) ?? (dateline ? AP_STATES_IN_CAPITALS.exec(text.slice(c.end, c.end + 10)) : null);
    if (!state) continue;
    if (!dateline && !/(?:\b(?:of|in|from|near|at|outside|to)|,) $/.test(text.slice(Math.max(0, c.start - 8), c.start))) continue;
    // The town is the place; the abbreviation is its address, no actor of its own. "Washington, D.C." is one name.
    const end = c.end + state[0].length;
    const whole = /D\.?C\.?$/.test(state[0]) ? { end, text: text.slice(c.start, end) } : {};
    // The town keeps what the reference data knows of it, so that its other mentions join it; its country is the
    // United States or Canada.
    const gaz = c.gaz?.type === 'place' && !('end' in whole) ? c.gaz : null;
    const country = CP_PROVINCE.test(state[0]) ? { country: 'CA', name: 'Canada' } : { country: 'US', name: 'United States' };
    cands.splice(n, 1, { ...c, ...whole, type: 'place', gaz, affiliation: c.affiliation ?? country, votes: { ...c.votes, place: c.votes.place + 3 } });
    while (n + 1 < cands.length && cands[n + 1]!.start < end) cands.splice(n + 1, 1);
    // The state or province is a place named too ("Wyoming, Minn." names Minnesota), joined to its full name.
    const written = state[0].replace(/^,\s*/, '');
    const full = !('end' in whole) ? STATE_NAMES.get(written.replace(/\.$/, '').toLowerCase()) : undefined;
    // (Built here, not looked up: "Virginia" and "Washington" are weak entries, first names and a capital.)
    const entry: GazetteerEntry | undefined = full ? { kind: 'place', type: 'place', canonical: full, country: country.country, region: true } : undefined;
    if (entry && !dateline) {
      const at = c.end + state[0].length - written.length;
      cands.splice(n + 1, 0, { ...c, start: at, end: at + written.length, text: written, type: 'place', gaz: entry, role: null, title: null, affiliation: null, votes: { person: 0, organization: 0, place: 3 } });
      n++;
    }
  }
}

/** "Minn.", "Calif", "N.S.": an abbreviation of a US state's or a Canadian province's name, as written after a town. */
export function isStateAbbreviation(t: string): boolean {
  return STATE_NAMES.has(t.replace(/\.$/, '').toLowerCase());
}


const COMPOUND_RE = /^(\p{Lu}[\p{L}.]*(?:[ -]\p{Lu}\p{L}*)?)-(based|born|bred|headquartered|led|backed|owned|run|funded|made|linked|allied|sponsored)$/u;

/**
 * "London-based", "US-led", "Texas-born": the capitalised part of a compound adjective is a mention
 * of a known place or organisation ("London"); an unknown one before "-based"/"-born" is likely a place.
 */
function compoundPrefixes(text: string, toks: Token[], sentence: number, out: Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    const m = COMPOUND_RE.exec(toks[i]!.text);
    if (!m) continue;
    const name = m[1]!;
    const hit = lookup(name);
    const entry = hit && hit.length ? pickEntry(hit) : null;
    if (entry && (entry.kind === 'demonym' || entry.kind === 'demonym-plural')) continue;
    // "London-based", "Texas-born" only describe where something is from, as "Afghan soil" does: no actor.
    // "Saudi-led", "U.S.-backed", "Taliban-run" name an actor doing something: a mention.
    const placeLike = /^(?:based|born|bred|headquartered|raised|registered)$/.test(m[2]!);
    if (placeLike) continue;
    if (!entry) continue;
    if (!entry && words().common.has(name.toLowerCase())) continue;
    const start = toks[i]!.start;
    out.push({
      start,
      end: start + name.length,
      text: name,
      type: entry ? entry.type : null,
      kind: 'name',
      sentence,
      gaz: entry,
      role: null,
      title: null,
      affiliation: null,
      groupKey: null,
      metonym: false,
      heading: false,
      afterPlacePrep: placeLike,
      beforeSpeechVerb: false,
      votes: { person: 0, organization: 0, place: placeLike ? 2 : 0 },
    });
  }
  void text;
}

/** Academic titles that, like "Mr", belong to a surname-only reference ("Professor Burrows"). */
const ACADEMIC_TITLES = new Set(['professor', 'prof', 'dr', 'doctor']);

/** A word after a title that is a place or an ordinary word, not a person's name ("Captain America", "Doctor Who"). */
function characterName(text: string, toks: Token[], lw: string[], i: number): boolean {
  const x = lw[i]!;
  const w = words();
  if (w.firstNames.has(x) || w.lastNames.has(x) || ORG_WORDS.has(x) || NOT_NAMES.has(x)) return false;
  const g = lookup(toks[i]!.text);
  if (g && g.some((e) => e.kind === 'country' || e.kind === 'place')) return true;
  // Otherwise only a pronoun or determiner ("Doctor Who", "Doctor No"): an ordinary noun after a title
  // is more often a surname ("President Trump", "Professor Burrows", "Mr Banks").
  return /^(?:who|what|no|nobody|x)$/.test(x);
}

/** First words that make a name a geographic feature or a settlement ("Mount Everest", "Lake Chad", "Fort Worth"). */
const PLACE_PREFIXES = new Set(['mount', 'mt', 'lake', 'loch', 'cape', 'fort', 'port', 'isle', 'gulf', 'bay', 'sea', 'strait', 'river', 'glen', 'lac', 'rio', 'sierra', 'monte', 'wadi', 'jebel', 'jabal', 'ras', 'bahr', 'pulau', 'gunung', 'palais', 'palazzo', 'schloss', 'château', 'chateau', 'piazza', 'rue', 'plaza']);
/** Heads that make a name a building or a site even after an organisation's words ("Michoud Assembly Facility", "Bank of America Stadium"). */
const BUILDING_HEADS = new Set(['facility', 'plant', 'terminal', 'stadium', 'arena', 'airport', 'station', 'building', 'tower', 'towers', 'amphitheatre', 'amphitheater', 'pavilion', 'ballpark', 'prison', 'jail']);
/**
 * Last words that make a name a place: geographic features and buildings ("Ninety Mile Beach",
 * "Metro Toronto Convention Centre"), unless another organisation word says it is an institution
 * ("Centre for Disease Control" ends otherwise; "National Security Council Building" has "council").
 */
const FACILITY_HEADS = new Set([...BUILDING_HEADS, 'strip', 'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'canal', 'mountain', 'mountains', 'hill', 'hills', 'valley', 'desert', 'forest', 'island', 'islands', 'peninsula', 'coast', 'beach', 'harbour', 'harbor', 'falls', 'glacier', 'volcano', 'reef', 'plateau', 'airfield', 'square', 'bridge', 'centre', 'center', 'hall', 'palace', 'castle', 'cathedral', 'mosque', 'church', 'temple', 'shrine', 'plaza', 'mall', 'park', 'street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'crescent', 'terrace', 'highway', 'motorway', 'dam', 'pass', 'memorial', 'monument', 'cemetery', 'estate', 'camp', 'checkpoint', 'crossing', 'base', 'garden', 'gardens', 'gym', 'coliseum', 'colosseum', 'speedway']);
/** Words before "Centre"/"Center" that make it a building, not an institute ("Convention Centre" vs "Tax Policy Center"). */
const CENTRE_PLACE_MODIFIERS = new Set(['convention', 'cultural', 'culture', 'shopping', 'trade', 'community', 'sports', 'sport', 'aquatic', 'aquatics', 'arts', 'art', 'conference', 'exhibition', 'civic', 'visitor', 'visitors', 'leisure', 'performing', 'events', 'event', 'recreation', 'detention', 'space', 'city', 'town', 'world', 'financial', 'rockefeller', 'lincoln', 'kennedy']);

/**
 * "Fiona Hill", "Anne Park": a first name and one place word is a person, unless a place preposition precedes, or the
 * word is a street's that no one has for a surname ("Drake Drive", "Grace Crescent").
 */
function firstNamePlusWord(w: ReturnType<typeof words>, lw: string[], toks: Token[], k: number, end: number): boolean {
  return end - k === 2 && !ADMIN_AREA_HEADS.has(lw[k + 1]!) && !STREET_SUFFIXES.has(lw[k + 1]!) && w.firstNames.has(lw[k]!) && !PLACE_OPENERS.has(lw[k]!) && !PLACE_PREFIXES.has(lw[k]!) && !(k > 0 && PLACE_PREPS.has(lw[k - 1]!)) && /^\p{Lu}\p{Ll}/u.test(toks[k]!.text);
}

/** Street names' last words, and their abbreviations, that are no surnames (or rarely: "Della Street"). */
const STREET_SUFFIXES = new Set(['drive', 'crescent', 'terrace', 'avenue', 'boulevard', 'road', 'street', 'st', 'ave', 'rd', 'blvd']);

/** Last words of investment firms' names, which take no "of" and a place as their own ("Inspired Capital of New York"). */
const FIRM_DESIGNATORS = new Set('capital partners ventures holdings investments advisors advisers associates management equity'.split(' '));

/** Bodies whose names take a post-posed "General" ("Directorate General", "Secretariat General", "Consulate General"). */
const GENERAL_BODIES = new Set('directorate secretariat inspectorate commissariat consulate'.split(' '));

/** Bodies' words a document may use alone, capitalised, for a body it names in full ("the Commission"). */
const BODY_SHORT_NAMES = new Set('commission council league assembly committee ministry agency authority board tribunal parliament court department bureau senate'.split(' '));
/** Words of organisations' names that are surnames too ("Margaret Court", "Shirley Temple", "Charlotte Church"). */
const SURNAME_ORG_WORDS = new Set('court hall church house banks mills temple castle'.split(' '));

/** A listed first name, then one of those words, with no "the" before: a person ("Margaret Court’s record"). */
function firstNameThenSurnameWord(w: ReturnType<typeof words>, lw: string[], toks: Token[], k: number, end: number): boolean {
  return SURNAME_ORG_WORDS.has(lw[end - 1]!) && lw[k - 1] !== 'the' && !lookup(toks[k]!.text) && firstNamePlusWord(w, lw, toks, k, end);
}

/** Heads of administrative areas that are nobody's surname ("Marin County", not "Frank Church"). */
const ADMIN_AREA_HEADS = new Set('county|province|district|region|township|borough|prefecture|oblast|governorate|canton|territory|municipality|parish'.split('|'));

/**
 * Whether a name ending in a facility word is the facility: a "Centre"/"Center" only when a building word comes
 * before it; a "Church" unless it is a denomination ("the Roman Catholic Church", not "St. Mary's Church").
 */
function facilityCentre(lw: string[], a: number, b: number): boolean {
  const head = lw[b - 1]!;
  if (head === 'church' && denomination(lw.slice(a, b - 1))) return false;
  if (head !== 'centre' && head !== 'center') return true;
  return CENTRE_PLACE_MODIFIERS.has(lw[b - 2] ?? '');
}

/**
 * Words before "Church" that all say which church ("Roman Catholic", "Ethiopian Orthodox"), one of them a
 * denomination; "Mayfield Memorial Missionary Baptist Church" is a congregation's building.
 */
function denomination(words: string[]): boolean {
  const demonym = (w: string): boolean => !!lookup(w.charAt(0).toUpperCase() + w.slice(1))?.some((g) => g.kind === 'demonym');
  const which = (w: string): boolean => DENOMINATIONS.has(w) || demonym(w) || /^(?:roman|united|free|southern|northern|eastern|western|universal|holy|national)$/.test(w);
  return words.length > 0 && words.some((w) => DENOMINATIONS.has(w)) && words.every(which);
}

const DENOMINATIONS = new Set('catholic|orthodox|anglican|episcopal|methodist|baptist|lutheran|presbyterian|evangelical|pentecostal|adventist|mormon|reformed|coptic|apostolic|unitarian|protestant|christian|moravian|mennonite|syriac|maronite'.split('|'));

/** Function words and verbs that follow a noun phrase, never the noun an adjective modifies. */
const NOT_NOUN_AFTER = new Set('is was has had will would can could may might should must does did and or but of in at on for to with by from as than earlier later also still then now too again'.split(' '));


/** Prepositions, which stop the walk back over a model name's adjectives ("on", "for"). */
const SHORT_PREPOSITIONS = new Set('in on at for to from with by of about into over under after before during'.split(' '));
/** Nouns of vehicles and devices after a name that make it a model ("the SLS rocket", "Orion spacecraft"). */
const VEHICLE_NOUNS = new Set(['rocket', 'rockets', 'spacecraft', 'capsule', 'capsules', 'lander', 'landers', 'vehicle', 'vehicles', 'missile', 'missiles', 'satellite', 'satellites', 'telescope', 'drone', 'drones', 'laptop', 'laptops', 'tablet', 'tablets', 'smartwatch', 'headset', 'headsets', 'program', 'programme', 'missions', 'mission', 'block']);
/** Lowercase nouns after a name that make it a piece of software or a device ("the Firefox browser"). */
const PRODUCT_NOUNS = new Set(['browser', 'browsers', 'smartphone', 'smartphones', 'handset', 'handsets', 'console', 'consoles', 'software', 'firmware', 'chipset', 'processor', 'processors', 'device', 'devices', 'speakers', 'earbuds', 'headphones', 'gadgets', 'wearables']);
/** Words after a number that make it a quantity, not a model number ("Microsoft 50 percent"). */
const QUANTITY_WORDS = new Set(['percent', 'per', '%', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'years', 'year', 'days', 'day', 'months', 'weeks', 'hours', 'minutes', 'people', 'times', 'points', 'km', 'miles', 'metres', 'meters']);

/** Units of a model's size or capacity ("13-inch", "7-seat", "seven-passenger"). */
const SIZE_UNIT_WORDS = '(?:inch|litre|liter|seat|seater|door|speed|megapixel|cylinder|passenger|wheel)';
const SIZE_UNIT = new RegExp(`^${SIZE_UNIT_WORDS}$`);
const SIZED_ONE_WORD = new RegExp(`^(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-${SIZE_UNIT_WORDS}$`);

/**
 * A product or model rather than an actor: letters and a model number in one token ("IE6", "A380"),
 * a name followed by a version number ("Internet Explorer 9", "Windows 7"), "version N of X", or a
 * name followed by a product noun ("the Firefox browser"). Reference-data names are never products.
 */
function isProductName(text: string, toks: Token[], lw: string[], a: number, b: number): boolean {
  const name = text.slice(toks[a]!.start, toks[b - 1]!.end);
  if (lookup(name) || hasOrgWord(lw, a, b) || lw.slice(a, b).some((x) => x === 'channel' || x === 'radio')) return false;
  if (b - a === 1 && /^\p{Lu}{1,4}\d{1,3}[a-z]?$/u.test(name)) return true;
  const next = toks[b];
  if (next && /^\d{1,2}(?:\.\d+)?$/.test(next.text) && !scoreLineAt(toks, a, b) && adjacentOk(text, toks[b - 1]!, next) && !QUANTITY_WORDS.has(lw[b + 1] ?? '') && toks[b + 1]?.text !== ',' && !/^\d|^[-–]$/.test(toks[b + 1]?.text ?? '')) return true;
  if (next && PRODUCT_NOUNS.has(next.text)) return true;
  // "three SLS rockets", "the Orion spacecraft", "an SLS Block 1B": a vehicle's or a device's noun after an
  // acronym or a name counted or set by an article (not "Airbus jets", the maker's).
  // "NASA's upcoming Europa Clipper mission": an adjective or two may stand between, after an article or a possessive.
  let d = a - 1;
  while (d > 0 && d >= a - 2 && /^\p{Ll}+$/u.test(toks[d]!.text) && !/^(?:the|a|an)$/.test(lw[d]!) && !SHORT_PREPOSITIONS.has(lw[d]!)) d--;
  // ("its Nexus Q media streaming device", "BBC One's Real Story programme": a possessive right before too.)
  const counted = (a > 0 && (/^(?:the|a|an|its|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(lw[a - 1]!) || /^['’]s$/.test(lw[a - 1]!))) || (d >= 0 && d < a - 1 && (/^(?:the|a|an|its|their|his|her)$/.test(lw[d]!) || /^['’]s$/.test(lw[d]!)));
  if (next && VEHICLE_NOUNS.has(lw[b]!) && (counted || /^\p{Lu}{2,5}$/u.test(name))) return true;
  // "its Nexus Q media streaming device": a device's noun after a word or two that say what kind.
  // (Words that say what kind, not a verb and its object: "Valve released a headset".)
  const kindWord = (t: Token): boolean => /^\p{Ll}+$/u.test(t.text) && !DETERMINERS.has(t.text) && !/ed$/.test(t.text) && !IRREGULAR_PAST.has(t.text) && !PERSON_VERBS.has(t.text);
  if (counted && !PRODUCT_NOUNS.has(lw[b] ?? '') && [b + 1, b + 2].some((x) => (PRODUCT_NOUNS.has(lw[x] ?? '') || VEHICLE_NOUNS.has(lw[x] ?? '')) && toks.slice(b, x).every(kindWord))) return true;
  // "the 13-inch MacBook Pro", "a 7-seat Explorer", "a seven-passenger Buick Enclave": a size or a capacity before a
  // name makes it a model (written as one word, or as a number, a hyphen and a unit).
  if (a > 0 && SIZED_ONE_WORD.test(lw[a - 1]!)) return true;
  if (a > 2 && SIZE_UNIT.test(lw[a - 1]!) && lw[a - 2] === '-' && /^\d+(?:\.\d+)?$/.test(lw[a - 3]!)) return true;
  return a >= 2 && lw[a - 1] === 'of' && (lw[a - 2] === 'version' || lw[a - 2] === 'versions');
}

/** Endings of English abstract nouns and adjectives; names rarely end so ("National", "Nutrition", "Deficiency"). */
const COMMON_SUFFIX = /(?:tion|sion|ment|ness|ity|ance|ence|ency|ancy|ism|ship|ology|ologist|ician|ographer|ics|ous|ive|able|ible|ful|less|ical|ional|ized|ised|izing|ising|ated|ating)s?$/;

/** A common English word: in the lexicon, or long and shaped like an abstract noun or adjective. */
export function looksCommon(lw: string): boolean {
  return words().common.has(lw) || (lw.length >= 7 && COMMON_SUFFIX.test(lw));
}

/** Where a person's name ([first name] + 1–2 name words) starts after the organisation word of a run, or -1. */
function personAfterOrg(lw: string[], a: number, b: number, facts: DocFacts, knownOrg = false): number {
  for (const len of [2, 3, 4]) {
    const cut = b - len;
    // "Orange County Superior Court Judge Gary S. Paer": a first name, a middle initial with its dot, a surname.
    const initial = len === 4 && /^\p{Ll}$/u.test(lw[cut + 1] ?? '') && lw[cut + 2] === '.';
    if (len === 4 && !initial) continue;
    // "University of Texas Arlington Amneh Jafari": or a first name no list knows, when the document goes on to use the
    // last word alone ("Jafari said…") and never writes the first in lowercase.
    const unlisted = len === 2 && /^\p{L}{2,}$/u.test(lw[cut]!) && facts.loneNames.has(lw[b - 1]!) && !facts.docLowercase.has(lw[cut]!) && !words().common.has(lw[cut]!) && !words().common.has(lw[b - 1]!);
    if (cut - a < 2 || !(words().firstNames.has(lw[cut]!) || unlisted) || ORG_CONNECTORS.has(lw[cut - 1]!) || lw[cut - 1] === '-') continue;
    if ((knownOrg || hasOrgWord(lw, a, cut)) && !hasOrgWord(lw, cut, b) && (initial ? allNameLike(lw, b - 1, b) : allNameLike(lw, cut, b))) return cut;
  }
  return -1;
}
