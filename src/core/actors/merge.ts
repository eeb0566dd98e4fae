/**
 * Coreference: turns mention candidates into one entity per real-world actor. Full names,
 * surnames, "Title Surname", acronyms, "the Defence Minister" and tails ("Taliban" for
 * "Afghan Taliban") are merged; roles, affiliations, metonyms and salience are settled.
 */
import { ORG_WORDS, PLACE_WORDS, SURNAME_PARTICLES } from '../refdata/curated.ts';
import { countryByCode, isRegion, lookup, weakPlace, words } from '../refdata/index.ts';
import type { Segmented } from '../text/types.ts';
import type { Entity, EntityType, Mention } from '../types.ts';
import { isStateAbbreviation, MILITARY_RANK, type Candidate } from './candidates.ts';
import { IRREGULAR_PAST } from '../text/english.ts';
import { spellsAcronym } from './acronyms.ts';
import { spellOutTitle } from './titles.ts';

/** Role heads of people who speak for a state: an official with no stated country speaks for the one the text is about. */
const GOVERNMENT_ROLES = new Set(
  'minister|secretary|president|premier|chancellor|ambassador|envoy|consul|diplomat|spokesman|spokeswoman|spokesperson|governor|senator|lawmaker|legislator|mp|general|admiral|king|queen|emir|sultan|negotiator|commissioner|official'.split('|'),
);

interface Cluster {
  key: string;
  type: EntityType;
  cands: Candidate[];
  country: string | null;
  /** The first candidate of each distinct surface text: name matching looks only at these (linear time in long texts). */
  uniq: Candidate[];
  /** Mention starts, ascending. */
  starts: number[];
  /** A person typed by the evidence of all its mentions, not by its own shape ("Bill Clinton"): see resolveShort. */
  byEvidence?: boolean;
}

/** Adds a mention to a cluster, keeping the distinct texts and the sorted starts. */
function addTo(k: Cluster, c: Candidate): void {
  k.cands.push(c);
  if (!k.uniq.some((u) => u.text === c.text && u.kind === c.kind)) k.uniq.push(c);
  let lo = 0;
  let hi = k.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (k.starts[mid]! < c.start) lo = mid + 1;
    else hi = mid;
  }
  k.starts.splice(lo, 0, c.start);
}

/**
 * The words of a name that start with a letter. Memoised per document (cleared by mergeCandidates):
 * matching a short name against every cluster splits the same few hundred names again and again.
 */
const nameWordsMemo = new Map<string, readonly string[]>();
const nameWords = (s: string): readonly string[] => {
  let words = nameWordsMemo.get(s);
  if (words === undefined) {
    // "Al-Julani" opening a sentence is "al-Julani": an Arabic article's capital is only the sentence's.
    // 'Robert C. "Bobby" Scott': a nickname in quotation marks is one of the name's words.
    // "Caitríona Balfe" and "Caitriona Balfe", "Erdoğan" and "Erdogan": one name with and without its diacritics.
    words = s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[\s]+/)
      .map((w) => w.replace(/^["“]([\p{L}]+)["”]$/u, '$1').replace(/’/g, "'"))
      .filter((w) => /^[\p{L}]/u.test(w))
      .map((w) => w.replace(/^(?:Al|El|Ad|Ar|As|At|Az|An|Ash)(?=-\p{Lu})/u, (p) => p.toLowerCase()));
    nameWordsMemo.set(s, words);
  }
  return words;
};
const initials = (s: string): string =>
  nameWords(s)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** "FDA" for "U.S. Food and Drug Administration": an acronym may leave out the country that opens the name. */
const spellingsMemo = new Map<string, readonly string[]>();
const spells = (name: string, acronym: string): boolean => {
  const a = acronym.replace(/\./g, '');
  if (!/^[\p{Lu}&]{2,8}$/u.test(a)) return false;
  let all = spellingsMemo.get(name);
  if (all === undefined) {
    const rest = /^(?:U\.S\.|US|U\.K\.|UK|E\.U\.|EU)\s+(.+)$/.exec(name)?.[1] ?? (() => {
      const m = /^(\p{Lu}\p{Ll}+)\s+(.+)$/u.exec(name);
      return m && lookup(m[1]!)?.some((g) => g.kind === 'country' || g.kind === 'demonym') ? m[2]! : undefined;
    })();
    all = rest && nameWords(rest).length > 1 ? [initials(name), initials(rest)] : [initials(name)];
    spellingsMemo.set(name, all);
  }
  return all.includes(a);
};

/**
 * "Gannett and GateHouse Media", "Big Machine and Dick Clark Productions": one organisation's name to the
 * sentence, two to a document that names the first alone elsewhere.
 */
function splitJoinedNames(cands: Candidate[]): Candidate[] {
  const alone = new Set(cands.map((c) => c.text));
  return cands.flatMap((c) => {
    const at = c.type === 'organization' && c.kind === 'name' ? c.text.indexOf(' and ') : -1;
    if (at <= 0) return [c];
    const left = c.text.slice(0, at);
    const right = c.text.slice(at + 5);
    if (!alone.has(left) || nameWords(right).length < 2) return [c];
    return [
      { ...c, text: left, end: c.start + left.length, type: null, gaz: null, role: null, votes: { ...c.votes, organization: c.votes.organization + 1.5 } },
      { ...c, text: right, start: c.start + at + 5, displayStart: undefined },
    ];
  });
}

/** The clusters of one document as the passes grow them, found by key. */
class ClusterSet {
  readonly all: Cluster[] = [];
  private readonly byKey = new Map<string, Cluster>();

  /** fullNameStarts: where each name of two words or more is written in the document (for keptInFull). */
  constructor(private readonly fullNameStarts: ReadonlyMap<string, number[]>) {}

  add(key: string, type: EntityType, c: Candidate, country: string | null = null): void {
    let cl = this.byKey.get(key);
    if (!cl) {
      cl = { key, type, cands: [], country, uniq: [], starts: [] };
      this.byKey.set(key, cl);
      this.all.push(cl);
    }
    addTo(cl, c);
  }

  get(key: string): Cluster | undefined {
    return this.byKey.get(key);
  }

  find(test: (k: Cluster) => boolean): Cluster | undefined {
    return this.all.find(test);
  }

  some(test: (k: Cluster) => boolean): boolean {
    return this.all.some(test);
  }

  filter(test: (k: Cluster) => boolean): Cluster[] {
    return this.all.filter(test);
  }

  /** The cluster a short or partial name ("Tarar", "Mr. Obama", "FDA") belongs to, if any. */
  short(c: Candidate): Cluster | null {
    return resolveShort(this.all, c, this.fullNameStarts);
  }
}

/** The candidates as merging reads them: overlaps and products dropped, joined names split, one sense per discourse. */
function prepareCandidates(text: string, input: Candidate[]): Candidate[] {
  const cands = splitJoinedNames(dropProducts(text, dropOverlaps(input)));
  // One sense per discourse: a name shaped like a person's ("Acme Widgets said") that the text also gives
  // as a company's ("Acme Widgets, Inc.") is the company.
  const companyNames = new Set(cands.filter((c) => c.kind === 'name' && c.type === 'organization' && nameWords(c.text).length >= 2).map((c) => c.text));
  for (const c of cands) if (c.type === 'person' && !c.title && !c.role && companyNames.has(c.text)) c.type = 'organization';
  // And a handle the text gives a person ("who goes by the name PlutoPete") is a person's in its other
  // mentions too, whatever its shape says.
  const handles = new Set(cands.filter((c) => c.type === 'person' && nameWords(c.text).length === 1 && /\p{Ll}\p{Lu}/u.test(c.text)).map((c) => c.text));
  for (const c of cands) if (c.type === 'organization' && !c.gaz && handles.has(c.text)) c.type = 'person';
  return cands;
}

/** Where each name of two words or more is written. */
function fullNameStartsOf(cands: Candidate[]): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (const c of cands) {
    if (c.kind !== 'name' || nameWords(c.text).length < 2) continue;
    const list = starts.get(c.text);
    if (list) list.push(c.start);
    else starts.set(c.text, [c.start]);
  }
  return starts;
}

/**
 * Surnames of the people the document names in full: a town of the same name ("Hamilton" after "Margaret Hamilton")
 * is read as the person. So are those named by title and surname ("Premier Ford": "Ford" is then the premier, not
 * the carmaker).
 */
function namedSurnames(cands: Candidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const c of cands) if (c.type === 'person' && c.kind === 'name' && (nameWords(c.text).length >= 2 || (c.role && /^\p{Lu}\p{Ll}+$/u.test(c.text)))) surnames.add(nameWords(c.text).at(-1)!);
  return surnames;
}

export function mergeCandidates(doc: Segmented, input: Candidate[]): Entity[] {
  nameWordsMemo.clear();
  spellingsMemo.clear();
  const cands = prepareCandidates(doc.text, input);
  const set = new ClusterSet(fullNameStartsOf(cands));
  const surnames = namedSurnames(cands);

  // Pass 1: reference data, groups, multi-word names. Roles, nicknames and what this pass cannot place wait.
  const pending: Candidate[] = [];
  const roles: Candidate[] = [];
  const aliased: Candidate[] = [];
  for (const c of cands) {
    if (c.aliasOf) aliased.push(c);
    else if (c.kind === 'role') roles.push(c);
    else {
      const waiting = placeName(doc, set, surnames, c);
      if (waiting) pending.push(waiting);
    }
  }
  joinAliases(set, aliased, pending);
  const named = nameFullPeople(set, pending);
  nameTitledBySex(set, pending, named);
  // Pass 2: single words and acronyms against what is known, else typed by the evidence of all
  // their unresolved mentions together (one sense per discourse: "Yahoo" is one thing throughout).
  const unresolved = resolveSingles(doc, set, pending, named);
  const untyped = placeByEvidence(doc, set, unresolved);
  placeUntyped(set, untyped);

  // Role mentions ("the Defence Minister") go to the person holding the role.
  for (const r of roles) {
    const target = resolveRole(set.all, r);
    if (target) addTo(target, r);
  }

  for (const k of set.all) if (companyNamedLikePerson(k)) k.type = 'organization';
  joinTownless(set.all);
  joinAcronyms(set.all, doc.text);
  return toEntities(doc, set.all);
}

/**
 * Pass 1 for one candidate: an introduced acronym, a known name, a group or a name of two words or more finds or
 * makes its cluster. Returns the candidate to leave for the later passes (a single word, or a town that is a named
 * person's surname here), or null when it is placed.
 */
function placeName(doc: Segmented, set: ClusterSet, surnames: ReadonlySet<string>, c: Candidate): Candidate | null {
  // An acronym the article introduced ("National Electoral Commission (NEC)") beats reference data.
  const intro = introducedAcronym(doc, set, c);
  if (intro) {
    // ("the official KPU tally": a word read as a title before the acronym is no role of the body's.)
    addTo(intro, { ...c, role: null });
    return null;
  }
  // "Sydney" after "Sydney, Australia": the same town.
  if ((c.gaz?.kind === 'place' || c.gaz?.kind === 'capital') && nameWords(c.text).length === 1) {
    // "Dubai" after a dateline's "DUBAI, United Arab Emirates" too.
    const town = set.find((k) => k.type === 'place' && k.uniq.some((m) => m.text.toLowerCase().startsWith(`${c.text.toLowerCase()}, `)));
    if (town) {
      addTo(town, c);
      return null;
    }
  }
  // So is "Bloomberg" after "Michael Bloomberg", unless the words around it make it the company.
  const companySurname = c.gaz?.type === 'organization' && /^\p{Lu}\p{Ll}+$/u.test(c.text) && c.votes.organization <= 0;
  // "Rep. Jim Jordan … “…,” Jordan said": a country's name that is a person's surname here, before a verb of speech.
  // So is one with nothing of a place around it ("voted for Jordan", "Jordan lost votes") in a text that names Jim Jordan.
  const countrySurname = c.gaz?.kind === 'country' && (c.beforeSpeechVerb || (c.votes.place <= 0 && !c.metonym && !/\b(?:of|in|from|to)\s+$/.test(doc.text.slice(Math.max(0, c.start - 6), c.start)))) && nameWords(c.text).length === 1;
  // (Not a place whose name takes "The": "in The Hague" beside William Hague.)
  const placesArticle = /\bThe\s+$/.test(doc.text.slice(Math.max(0, c.start - 4), c.start)) && (c.gaz?.canonical ?? '').startsWith('The ');
  if ((((c.gaz?.kind === 'place' || c.gaz?.kind === 'capital') && !c.gaz.seat) || companySurname || countrySurname) && surnames.has(c.text) && !c.afterPlacePrep && !placesArticle) return { ...c, type: null, gaz: null };
  // "Emirates" after "Emirates Airline": a country's short name that the article's company carries is the company.
  if (c.gaz?.type === 'place' && c.text !== c.gaz.canonical && nameWords(c.text).length === 1) {
    const company = set.find((k) => k.type === 'organization' && k.uniq.some((m) => sameCompany(m.text, c.text)));
    if (company) {
      addTo(company, c);
      return null;
    }
  }
  if (c.gaz && c.gaz.kind !== 'demonym' && c.gaz.kind !== 'demonym-plural' && (c.type === c.gaz.type || c.type === null)) {
    // "American Express Co., …" then "American Express": the company named first with its designator.
    const named = c.gaz.type === 'organization' && !set.get(`G:${c.gaz.canonical}`) ? set.find((k) => k.type === 'organization' && k.uniq.some((m) => sameCompany(m.text, c.text))) : undefined;
    if (named) addTo(named, c);
    else if (c.gaz.kind === 'country') set.add(`C:${c.gaz.country}`, 'place', c, c.gaz.country);
    else set.add(`G:${c.gaz.canonical}`, c.gaz.type, c, c.gaz.country ?? c.affiliation?.country ?? null);
    return null;
  }
  if (c.type === 'group') {
    placeGroup(set, c);
    return null;
  }
  return placeLongName(doc, set, c) ? null : c;
}

/**
 * The organisation an acronym belongs to, when the article introduced it: "Intergovernmental Authority on
 * Development (IGAD)" right before it, or a name it spells that is already known.
 */
function introducedAcronym(doc: Segmented, set: ClusterSet, c: Candidate): Cluster | undefined {
  if (!/^\p{Lu}[\p{Lu}\d-]{1,9}$/u.test(c.text.replace(/\./g, '')) || !/\p{Lu}.*\p{Lu}/u.test(c.text)) return undefined;
  // "Intergovernmental Authority on Development (IGAD)": right after its name in brackets, an acronym may
  // take more than first letters, and may stop before the name does ("UN Relief and Works Agency for
  // Palestine Refugees (UNRWA)").
  // "Five Star Movement (M5S)", "Doctors Without Borders (MSF)": or be the name's in another language, which
  // no English letters spell, when nothing else goes by it.
  const foreign = !c.gaz && doc.text[c.end] === ')';
  const bracketed = (m: Candidate): boolean => m.end + 2 === c.start && doc.text.slice(m.end, c.start) === ' (' && (spellsAcronym(doc.text.slice(m.start, m.end).split(/\s+/), c.text, true) || foreign);
  // Later mentions find it by the acronym the bracket gave it.
  return set.find((k) => k.type === 'organization' && (k.uniq.some((m) => (spells(m.text, c.text) && nameWords(m.text).length > 1) || (m.text === c.text && k.uniq.length > 1)) || k.cands.some((m) => bracketed(m) && nameWords(m.text).length > 1)));
}

/** A group's mention, keyed by its owner and class ("PK:delegation"). */
function placeGroup(set: ClusterSet, c: Candidate): void {
  let key = c.groupKey ?? c.text;
  let country = c.affiliation?.country ?? null;
  // "Taliban delegation": key the group by the organisation's country when it has one.
  const [owner, cls] = key.split(':');
  if (owner && cls && !/^[A-Z]{2}$/.test(owner) && owner !== 'members') {
    const org = set.find((k) => k.type === 'organization' && !!k.country && k.uniq.some((m) => m.text === owner || endsWithWords(m.text, nameWords(owner))));
    if (org) {
      key = `${org.country}:${cls}`;
      country = org.country;
    }
  }
  set.add(`Grp:${key}`, 'group', c, country);
}

/** A typed name of two words or more: a person, a school or team short of its last word, a body's short name. */
function placeLongName(doc: Segmented, set: ClusterSet, c: Candidate): boolean {
  const n = nameWords(c.text).length;
  if (n < 2) return false;
  if (c.type === 'person') {
    const existing = set.find((k) => k.type === 'person' && sameOrExtends(k, c.text));
    if (existing) addTo(existing, c);
    else set.add(`P:${c.text}`, 'person', c);
    return true;
  }
  // A school or a team, short of its last word: "Florida State" after "Florida State University", "Golden State"
  // after "Golden State Warriors". A team's plural nickname only when no place of the short name is known ("Los
  // Angeles" after "Los Angeles Lakers" stays the city) and it is no complete name of its own ("Oversight Committee"
  // is not "Oversight Committee Republicans").
  const team = !c.gaz && !lookup(c.text) && !ORG_WORDS.has(c.text.split(/\s+/).pop()!.toLowerCase());
  const whole = set.find((k) => k.type === 'organization' && k.uniq.some((m) => {
    if (!m.text.startsWith(`${c.text} `)) return false;
    const last = m.text.slice(c.text.length + 1);
    return (m.kind === 'name' && SCHOOL_WORD.test(last)) || (team && /^\p{Lu}\p{Ll}+s$/u.test(last));
  }));
  if (whole) {
    addTo(whole, c);
    return true;
  }
  // "Africa Centres for Disease Control and Prevention (Africa CDC)": a short name in brackets right after an
  // organisation's, of its words and an acronym of the rest, is that organisation's.
  if (c.type === 'organization' && doc.text[c.start - 1] === '(' && doc.text[c.end] === ')') {
    const words = nameWords(c.text);
    const owner = set.find((k) => k.type === 'organization' && k.cands.some((m) => m.end + 2 === c.start && nameWords(m.text).length > n && words.every((w) => nameWords(m.text).includes(w) || /^\p{Lu}{2,6}$/u.test(w)) && words.some((w) => /^\p{Lu}{2,6}$/u.test(w))));
    if (owner) {
      addTo(owner, c);
      return true;
    }
  }
  if (c.type === 'organization' || c.type === 'place') {
    // "Whole Foods" and "Whole Foods Market", "Acme" and "Acme Inc.": one company.
    const same = c.type === 'organization' ? set.find((k) => k.type === 'organization' && k.uniq.some((m) => sameCompany(m.text, c.text))) : undefined;
    if (same) addTo(same, c);
    else set.add(`${c.type}:${c.text.toLowerCase()}`, c.type, c, c.affiliation?.country ?? null);
    return true;
  }
  return false;
}

/**
 * "Fernando Caudevilla, known online as DoctorX": the nickname joins the person before any other single word is
 * matched, so that "DoctorX" alone later finds him. Takes the nickname's lone mentions out of `pending`.
 */
function joinAliases(set: ClusterSet, aliased: Candidate[], pending: Candidate[]): void {
  for (const c of aliased) {
    // ("Songz, whose real name is Tremaine Aldon Neverson": a surname stands for the person named in full.)
    let target = set.find((k) => k.uniq.some((m) => m.text === c.aliasOf)) ?? set.find((k) => k.type === 'person' && k.uniq.some((m) => nameWords(m.text).length >= 2 && nameWords(m.text).at(-1) === c.aliasOf));
    // "Lizzo, whose real name is…": a one-word name, not yet matched, becomes the person with all its mentions.
    const alone = target ? [] : pending.filter((p) => p.text === c.aliasOf && !p.needsSupport);
    if (alone.length) {
      for (const p of alone) set.add(`P:${c.aliasOf}`, 'person', p);
      pending.splice(0, pending.length, ...pending.filter((p) => !alone.includes(p)));
      target = set.get(`P:${c.aliasOf}`);
    }
    if (target) addTo(target, c);
    else set.add(`P:${c.text}`, 'person', c);
  }
}

/**
 * "Bill Clinton" (a first name that is also a word, untyped by its shape alone), when the evidence of all its mentions
 * makes it a person: named before any single word is matched, so that "Mr. Clinton" may find him rather than only
 * "Hillary Clinton". Returns the candidates so placed.
 */
function nameFullPeople(set: ClusterSet, pending: Candidate[]): Set<Candidate> {
  const fullPeople = new Map<string, Candidate[]>();
  for (const c of pending) {
    // Not "Red Sox" after "Boston Red Sox": a name that an actor's longer name already holds.
    if (c.type !== null || c.needsSupport || nameWords(c.text).length < 2 || !(c.votes.shape ?? 0) || set.short(c)) continue;
    fullPeople.set(c.text, [...(fullPeople.get(c.text) ?? []), c]);
  }
  const named = new Set<Candidate>();
  for (const [text, list] of fullPeople) {
    if (voteType(text.toLowerCase(), list) !== 'person') continue;
    for (const c of list) {
      named.add(c);
      const existing = set.find((k) => k.type === 'person' && sameOrExtends(k, c.text));
      if (existing) addTo(existing, { ...c, type: 'person' });
      else {
        set.add(`P:${c.text}`, 'person', { ...c, type: 'person' });
        set.get(`P:${c.text}`)!.byEvidence = true;
      }
    }
  }
  return named;
}

/**
 * "Mr. Obama" when the text names only "Michelle Obama" in full: the courtesy title's sex makes him a person of his
 * own (resolveShort), made before bare surnames are matched so that "Obama said" may find him too.
 * Not while a full name of that surname waits to be typed below ("Donald J. Trump" beside "Melania Trump").
 * Adds the candidates so placed to `named`.
 */
function nameTitledBySex(set: ClusterSet, pending: Candidate[], named: Set<Candidate>): void {
  const waiting = new Set(pending.filter((o) => !named.has(o) && nameWords(o.text).length >= 2).map((o) => nameWords(o.text).at(-1)!));
  for (const c of pending) {
    if (named.has(c) || c.needsSupport || (c.type !== null && c.type !== 'person') || !c.title || !titleSex(c.title) || nameWords(c.text).length !== 1 || waiting.has(nameWords(c.text)[0]!)) continue;
    if (set.short(c) || !set.some((k) => k.type === 'person' && lastWordScore(k, nameWords(c.text)) === 0)) continue;
    named.add(c);
    set.add(`P:${c.text}`, 'person', { ...c, type: 'person' });
  }
}

/**
 * Pass 2: each single word and acronym not yet `named` joins the actor it is a short name of. Returns the candidates
 * left to be typed by the evidence of their mentions together.
 */
function resolveSingles(doc: Segmented, set: ClusterSet, pending: Candidate[], named: ReadonlySet<Candidate>): Candidate[] {
  const unresolved: Candidate[] = [];
  for (const c of pending) {
    if (named.has(c)) continue;
    const target = set.short(c);
    if (c.needsSupport) {
      // A sentence-initial word that is also a name: only as the surname of a named person, or the
      // very name of a known organisation or place.
      // "Wang said…" after "Wang Yi": a family name written first is the short form too, when it is a known
      // surname or no common word ("Mark my words" is not Mark Carney).
      const familyFirst = (k: Cluster): boolean => (!words().common.has(c.text.toLowerCase()) || words().lastNames.has(c.text.toLowerCase())) && k.uniq.some((m) => m.kind === 'name' && nameWords(m.text).length === 2 && nameWords(m.text)[0] === c.text);
      // "the Commission" for the European Commission, "the Ministry" for the Ministry of Defence: a body's word alone
      // is the short name of a body named with it first or last.
      const bodyWord = (k: Cluster): boolean => c.type === 'organization' && k.type === 'organization' && k.uniq.some((m) => nameWords(m.text).length > 1 && (nameWords(m.text).at(-1) === c.text || nameWords(m.text)[0] === c.text));
      if (target && (target.type === 'person' ? lastWordScore(target, nameWords(c.text)) === 0 || familyFirst(target) : target.uniq.some((m) => m.text === c.text) || bodyWord(target))) addTo(target, c);
      // "…, known as Bob, … Bob said he…": or, when its own context shows a person, the same word standing alone
      // as a name inside a sentence, whose fate (and type) it shares.
      // A first name before a past tense ("Bob met with Stevens…") counts as such a context.
      else if (!target && (personContext(c) || firstNameActing(doc.text, c)) && pending.some((o) => o !== c && !o.needsSupport && o.text === c.text)) unresolved.push(c);
      continue;
    }
    if (target) addTo(target, c);
    // "President Trump" apart from "first lady Melania Trump": a titled person of their own, at once, so that the
    // bare surnames after it find them.
    else if (c.type === 'person' && c.title && c.kind === 'name' && nameWords(c.text).length === 1 && set.some((k) => k.type === 'person' && k.uniq.some((m) => nameWords(m.text).length >= 2 && nameWords(m.text).at(-1) === c.text))) set.add(`P:${c.title} ${c.text}`, 'person', c);
    else unresolved.push(c);
  }
  return unresolved;
}

/**
 * The names pass 2 left, typed by the evidence of all mentions of the same surface together, longer names first (so
 * that "Sabres" finds "Buffalo Sabres" and "Tjernlund" finds "Will Tjernlund"). Returns those with no type.
 */
function placeByEvidence(doc: Segmented, set: ClusterSet, unresolved: Candidate[]): Candidate[] {
  const bySurface = new Map<string, Candidate[]>();
  for (const c of unresolved) {
    const k = c.text.toLowerCase();
    const list = bySurface.get(k);
    if (list) list.push(c);
    else bySurface.set(k, [c]);
  }
  const surfaceType = new Map<string, EntityType | null>();
  for (const [k, list] of bySurface) surfaceType.set(k, voteType(k, list));
  const longestFirst = [...unresolved].sort((a, b) => nameWords(b.text).length - nameWords(a.text).length);
  const untyped: Candidate[] = [];
  for (const c of longestFirst) {
    const type = c.type ?? surfaceType.get(c.text.toLowerCase()) ?? null;
    if (type === null) untyped.push(c);
    else placeTyped(doc, set, bySurface, c, type);
  }
  return untyped;
}

/** One name typed by its mentions' evidence: the longer name, person or organisation it is short for, else its own. */
function placeTyped(doc: Segmented, set: ClusterSet, bySurface: ReadonlyMap<string, Candidate[]>, c: Candidate, type: EntityType): void {
  const single = nameWords(c.text).length === 1;
  if ((type === 'organization' || type === 'person') && single) {
    const longer = set.short({ ...c, type });
    if (longer && longer.type === type) {
      addTo(longer, c);
      return;
    }
  }
  // "comparing Trump to Romney" after "Mitt Romney": one weak vote for a place does not part a surname from the
  // person it belongs to.
  if (type !== 'person' && single) {
    const list = bySurface.get(c.text.toLowerCase()) ?? [];
    const weak = list.reduce((n, m) => n + m.votes.place + m.votes.organization, 0) <= 1 && !list.some((m) => m.gaz);
    const person = weak ? set.short({ ...c, type: 'person' }) : null;
    if (person && person.type === 'person' && lastWordScore(person, nameWords(c.text)) === 0) {
      addTo(person, c);
      return;
    }
  }
  // "Goddard planetary scientist Avi Mandell" after "Goddard Space Flight Center": a surname that no person here
  // bears, with no evidence of a person of its own, is the organisation it opens (resolved below).
  const orgOpener = type === 'person' && single && !c.title && !c.role && !c.beforeSpeechVerb && (bySurface.get(c.text.toLowerCase()) ?? [c]).every((m) => m.votes.person <= 0 && !m.title) && !set.some((k) => k.type === 'person' && lastWordScore(k, nameWords(c.text)) === 0);
  // "Patriot" after "Patriot Coal": an organisation's first word alone is that organisation, when only one opens so.
  if ((type === 'organization' || orgOpener) && single && !set.get(`${type}:${c.text.toLowerCase()}`)) {
    // Not "Yahoo" before "Yahoo Japan" (a brand's national company) or "House Democrats" (a party's members).
    const lower = c.text.toLowerCase();
    const own = (m: string): boolean => {
      const rest = nameWords(m).slice(1);
      return !rest.some((x) => lookup(x)?.some((g) => g.type === 'place')) && !/s$/.test(rest[rest.length - 1] ?? '');
    };
    // Nor "the House": a body mostly named with its article, not a company's short name ("the Patriot deal" once).
    const same = bySurface.get(lower) ?? [c];
    const article = same.filter((m) => /\b(?:the|same)\s+$/i.test(doc.text.slice(Math.max(0, m.start - 5), m.start))).length * 2 > same.length;
    const opened = article || ORG_WORDS.has(lower) || PLACE_WORDS.has(lower) ? [] : set.filter((k) => k.type === 'organization' && k.uniq.some((m) => m.kind === 'name' && nameWords(m.text).length >= 2 && nameWords(m.text)[0] === c.text && own(m.text)));
    if (opened.length === 1) {
      addTo(opened[0]!, c);
      return;
    }
  }
  set.add(`${type}:${c.text.toLowerCase()}`, type, c, c.affiliation?.country ?? null);
}

/** "Buffalo Sabres" with no evidence of its own, "the Sabres" read as a team: the longer name is the team's. */
function placeUntyped(set: ClusterSet, untyped: Candidate[]): void {
  const commonWords = words().common;
  for (const c of untyped) {
    const words = nameWords(c.text);
    // "Tottenham said…" after "Tottenham Hotspur", with no evidence of its own: the one organisation whose name it
    // opens.
    if (words.length === 1 && !c.needsSupport) {
      // "Informed of it, Early described it as news": a capitalised word inside a sentence that is the surname of
      // one named person is that person, even when it is also a word ("Rex Early").
      const bearers = set.filter((k) => k.type === 'person' && k.uniq.some((m) => m.kind === 'name' && nameWords(m.text).length >= 2) && lastWordScore(k, words) === 0);
      if (bearers.length === 1) {
        addTo(bearers[0]!, c);
        continue;
      }
      // Not a word ("Order", "Democratic"): a name only.
      const lower = words[0]!.toLowerCase();
      if (commonWords.has(lower) || ORG_WORDS.has(lower) || PLACE_WORDS.has(lower) || lookup(words[0]!)) continue;
      const opened = set.filter((k) => k.type === 'organization' && k.uniq.some((m) => m.kind === 'name' && nameWords(m.text).length >= 2 && nameWords(m.text)[0] === words[0]));
      if (opened.length === 1) addTo(opened[0]!, c);
      continue;
    }
    if (words.length < 2 || c.needsSupport) continue;
    const team = set.find((k) => k.type === 'organization' && k.uniq.some((m) => m.kind === 'name' && m.text === words[words.length - 1]));
    if (team) addTo(team, c);
  }
}

/**
 * "the Lakers" and "the Los Angeles Lakers", "the Times" and "The New York Times": an organisation named by one
 * word (known on its own, or named before the full name) is the one whose full name is a town and that word,
 * when exactly one such organisation is named.
 */
function joinTownless(clusters: Cluster[]): void {
  const bare = (t: string): string => t.replace(/^the\s+/i, '');
  for (const short of [...clusters]) {
    if (short.type !== 'organization') continue;
    const names = short.uniq.filter((m) => m.kind === 'name').map((m) => bare(m.text));
    if (names.length === 0 || names.some((n) => /\s/.test(n))) continue;
    const homes = clusters.filter((k) => k !== short && k.type === 'organization' && k.uniq.some((m) => names.some((n) => townAndName(bare(m.text), n))));
    if (homes.length !== 1) continue;
    for (const c of short.cands) addTo(homes[0]!, c);
    clusters.splice(clusters.indexOf(short), 1);
  }
}

/**
 * "NASA delays launch" (a heading, read from reference data before the text introduced the name) and "the National
 * Aeronautics and Space Administration (NASA)": an actor known only by an acronym that another actor's full name
 * took in brackets is that actor.
 */
function joinAcronyms(clusters: Cluster[], text: string): void {
  for (const short of [...clusters]) {
    const names = short.uniq.filter((m) => m.kind === 'name').map((m) => m.text);
    if (names.length !== 1 || !/^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(names[0]!)) continue;
    // "the International Space Station (ISS)", typed a place by its own words: the bracket right after it.
    const bracketed = (k: Cluster): boolean => k.cands.some((m) => nameWords(m.text).length > 1 && text.startsWith(` (${names[0]})`, m.end) && spellsAcronym(m.text.split(/\s+/), names[0]!, true));
    const full = clusters.filter((k) => k !== short && ((k.type === short.type && k.uniq.some((m) => m.text === names[0]) && k.uniq.some((m) => nameWords(m.text).length > 1)) || ((k.type === 'place' || k.type === 'organization') && bracketed(k))));
    if (full.length !== 1) continue;
    for (const c of short.cands) addTo(full[0]!, c);
    clusters.splice(clusters.indexOf(short), 1);
  }
}

/** `long` is a town's or a country's name and then `word` ("Los Angeles Lakers", "New York Times"). */
function townAndName(long: string, word: string): boolean {
  return long.endsWith(` ${word}`) && !!lookup(long.slice(0, -word.length - 1))?.some((g) => g.type === 'place');
}

/**
 * "Lockheed Martin … Lockheed said … Lockheed's shares": a two- or three-word name shaped like a person's is a
 * company's when the text shortens it to its first word (people are shortened to their surname), that word is no
 * known first name or surname ("Xi" is a family name written first), no mention carries a title or role, and the
 * words around its mentions say organisation more than person ("Prabowo said", "Abiy, who…": people called by
 * their first word stay people).
 */
function companyNamedLikePerson(k: Cluster): boolean {
  if (k.type !== 'person' || k.cands.some((c) => c.title || c.role || c.kind !== 'name')) return false;
  const full = k.uniq.map((c) => nameWords(c.text)).find((w) => w.length >= 2 && w.length <= 3);
  if (!full) return false;
  const first = full[0]!;
  const lw = first.toLowerCase();
  if (words().firstNames.has(lw) || words().lastNames.has(lw) || !k.uniq.some((c) => c.text === first)) return false;
  if (k.uniq.some((c) => c.text === full[full.length - 1])) return false;
  // As in voteType: a word of a company's name outweighs a verb of speech ("Lockheed said").
  let org = words().brandWords.has(lw) ? 3.5 : 0;
  let person = 0;
  for (const c of k.cands) {
    org += c.votes.organization;
    person += c.votes.person;
  }
  person += Math.max(0, ...k.cands.map((c) => c.votes.shape ?? 0));
  return org >= 2 && org > person;
}

/** A company's statement right after its name ("BlackBerry said that it had shipped…"). */
const MAKER_SPEECH = /^\s+(?:(?:also|has|had|later)\s+)?(?:said|says|told|announced|reported|confirmed|stated|denied|added|claimed|warned|acknowledged)\b/;

/**
 * One sense per discourse for products: once a name is read as a product or model anywhere
 * ("Internet Explorer 9", "IE6"), its other mentions ("Internet Explorer", "IE") are not actors either.
 */
function dropProducts(text: string, cands: Candidate[]): Candidate[] {
  const names = new Set<string>();
  const stem = (t: string): string => t.replace(/[\s-]*\d+[a-z]?$/u, '');
  // "Bush 45" after "John Ellis Bush": a surname and a number is no model name; the person keeps his mentions.
  const surnames = new Set(cands.filter((c) => c.type === 'person' && c.kind === 'name' && nameWords(c.text).length >= 2).map((c) => nameWords(c.text).at(-1)!));
  // "BlackBerry smartphones" beside "BlackBerry said", "the chief executive of BlackBerry": a maker's name before its
  // products is the maker when it speaks or is read as a body elsewhere ("the Slate Auto vehicle" after "A new electric
  // vehicle startup, Slate Auto,": a class noun says so).
  const makers = new Set(cands.filter((c) => !c.product && c.kind === 'name' && (MAKER_SPEECH.test(text.slice(c.end, c.end + 30)) || c.votes.organization >= 3)).map((c) => c.text));
  for (const c of cands) {
    if (!c.product || surnames.has(stem(c.text)) || makers.has(c.text)) continue;
    names.add(c.text);
    names.add(stem(c.text));
    if (nameWords(c.text).length > 1) names.add(initials(c.text));
  }
  if (names.size === 0) return cands;
  return cands.filter((c) => !c.product && !(c.kind === 'name' && (names.has(c.text) || names.has(stem(c.text)))));
}

/** Words a company's name may add or drop ("Market", "Inc.", "Group", "Big Machine Records" → "Big Machine"). */
const DESIGNATORS = new Set(
  'market markets inc inc. corp corp. corporation company co co. motor motors group holdings ltd ltd. plc llc limited incorporated international records productions entertainment pictures studios media partners ventures technologies systems labs brands airline airlines airways pharmaceuticals therapeutics enterprises industries ag sa se nv bv gmbh spa s.p.a. ab asa oyj kk pty'.split(' '),
);

/**
 * One name is the other plus company designators only, or the other's first word when only companies' names
 * have that word ("Lockheed" for "Lockheed Martin").
 */
function sameCompany(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (!long.startsWith(`${short} `)) return false;
  // "Yahoo Japan", "Toyota Europe": a brand and a country or region name a company of its own.
  const rest = long.slice(short.length + 1);
  if (lookup(rest)?.some((g) => g.type === 'place')) return false;
  if (!/\s/.test(short) && words().brandWords.has(short.toLowerCase())) return true;
  return long.slice(short.length + 1).split(/\s+/).every((w) => DESIGNATORS.has(w.toLowerCase()));
}

function dropOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

/** "Atta Tarar" and "Tarar Atta Khan"? No: same words, or one name's words all inside the other's, same order. */
function sameOrExtends(k: Cluster, text: string): boolean {
  const a = nameWords(text);
  return k.uniq.some((c) => {
    const b = nameWords(c.text);
    if (b.length < 2) return false;
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (short[short.length - 1] !== long[long.length - 1]) return false;
    if (short.every((w) => long.includes(w))) return true;
    // "B. U. Nzeribe" and "Benjamin Nzeribe": initials that open the other's given names, one surname.
    const given = (n: readonly string[]): string[] => n.slice(0, -1);
    const initials = (n: readonly string[]): boolean => given(n).length > 0 && given(n).every((w) => /^\p{Lu}\.?$/u.test(w));
    const [abbr, full] = initials(a) ? [a, b] : initials(b) ? [b, a] : [null, null];
    return !!abbr && !!full && !initials(full) && given(full).length > 0 && given(full)[0]![0] === given(abbr)[0]![0];
  });
}

function resolveShort(clusters: Cluster[], c: Candidate, fullNameStarts: ReadonlyMap<string, number[]>): Cluster | null {
  const w = c.text;
  const words = nameWords(w);
  if (words.length === 0) return null;
  const before = (k: Cluster): number => {
    // Distance to the nearest earlier mention (prefer the most recent); later ones rank after.
    let lo = 0;
    let hi = k.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (k.starts[mid]! <= c.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) return c.start - k.starts[lo - 1]!;
    return k.starts.length ? 1e9 + (k.starts[0]! - c.start) : Infinity;
  };
  const dist = new Map<Cluster, number>();
  const fits: Cluster[] = [];
  for (const k of clusters) {
    if (c.type === 'group' && k.type !== 'group') continue;
    if (k.type === 'person' && (c.type === null || c.type === 'person')) {
      // Surname, or first name / family name first; "Title Surname" arrives as the surname; or a nickname
      // the person was given ("DoctorX").
      // Or a titled surname that became a person of its own ("Mr. Obama" apart from "Michelle Obama", below).
      if (k.uniq.some((m) => m.kind === 'name' && ((nameWords(m.text).length >= 2 && hasNameWord(m.text, words[words.length - 1]!) && words.every((x) => hasNameWord(m.text, x))) || (!!m.aliasOf && m.text === w) || (!!m.title && words.length === 1 && nameWords(m.text).join(' ') === words[0])))) fits.push(k);
    } else if (k.type === 'organization' && c.type !== 'person') {
      // "the Church" after "the Church of Scientology", "the University" after "University of Texas": the head word
      // of an "X of Y" name.
      const head = words.length === 1 && (ORG_WORDS.has(w.toLowerCase()) || PLACE_WORDS.has(w.toLowerCase())) && k.uniq.some((m) => m.text.startsWith(`${w} of `));
      if (head || k.uniq.some((m) => m.text !== w && (spells(m.text, w) || endsWithWords(m.text, words)))) fits.push(k);
      else if (k.uniq.some((m) => m.text === w || sameCompany(m.text, w))) fits.push(k);
    } else if (k.type === 'place' && (c.type === null || c.type === 'place')) {
      if (k.uniq.some((m) => m.text === w || (nameWords(m.text).length > 1 && m.text.startsWith(`${w}, `)))) fits.push(k);
    }
  }
  if (fits.length === 0) return null;
  // Prefer a surname match over a first-name match, then the most recent.
  for (const k of fits) dist.set(k, before(k));
  // "Senator Cruz" after "Sen. Ted Cruz … his wife, Heidi Cruz": the person whose title it repeats.
  const head = (t: string): string => spellOutTitle(t).toLowerCase().split(/\s+/).pop() ?? '';
  const title = c.title ? head(c.title) : null;
  const titled = new Map(fits.map((k) => [k, title !== null && k.cands.some((m) => m.title && head(m.title) === title) ? 0 : 1]));
  // "Mrs. Clinton" after "Hillary Clinton … Bill Clinton": the person of the courtesy title's sex.
  const sex = c.title ? titleSex(c.title) : undefined;
  const unlike = new Map(
    fits.map((k) => {
      const known = sex ? clusterSex(k) : undefined;
      return [k, !sex || known === sex ? 0 : known ? 2 : 1];
    }),
  );
  // "Mr. Obama" when the text names only "Michelle Obama" in full: a courtesy title of the other sex than every first
  // name of that surname names another person (not by the pronoun after a full name alone, which may be another's:
  // "…learned that Donald J. Trump would campaign in Louisville, where she is a student").
  if (sex && fits.every((k) => k.type === 'person' && firstNameSex(k) !== undefined && firstNameSex(k) !== sex)) return null;
  // "President Trump" when the text names in full only "first lady Melania Trump": an office's title is no title of
  // a person the text names by kinship.
  if (title && !sex && fits.every((k) => k.type === 'person' && titled.get(k) === 1 && k.cands.some((m) => !!m.role && KIN_ROLE.test(m.role)))) return null;
  const inFull = keptInFull(fits, fullNameStarts);
  // "Hillary Clinton … Clinton said … her husband, Bill Clinton, … Clinton said": a person typed only by the evidence
  // of its mentions (a first name that is also a word) takes a bare surname from a person the text typed by shape only
  // when a courtesy title's sex or a repeated title says so ("Mr. Clinton").
  const late = new Map(fits.map((k) => [k, k.byEvidence && !c.title ? 1 : 0]));
  // "President Trump … Trump accused … first lady Melania Trump": a person named before the short name outranks one
  // named only after it.
  const ahead = (k: Cluster): number => (dist.get(k)! >= 1e9 ? 1 : 0);
  fits.sort((a, b) => unlike.get(a)! - unlike.get(b)! || titled.get(a)! - titled.get(b)! || late.get(a)! - late.get(b)! || ahead(a) - ahead(b) || lastWordScore(a, words) - lastWordScore(b, words) || inFull.get(a)! - inFull.get(b)! || dist.get(a)! - dist.get(b)!);
  return fits[0]!;
}

/**
 * "Donald Trump's proposal … Ivanka Trump said … Ivanka Trump added … Trump says": of two people with one surname,
 * the one the writer keeps naming in full (twice or more once the other is named) is not the one the bare surname
 * means. 1 for such a person when another is never renamed so, else 0 (the most recent mention decides).
 */
function keptInFull(fits: Cluster[], fullNameStarts: ReadonlyMap<string, number[]>): Map<Cluster, number> {
  const rank = new Map<Cluster, number>(fits.map((k) => [k, 0]));
  const people = fits.filter((k) => k.type === 'person');
  if (people.length < 2) return rank;
  const firstAt = (k: Cluster): number => k.starts[0]!;
  // Counted over the whole document: some full mentions ("Bill Clinton had…" opening a sentence) join later.
  const renamed = new Map(
    people.map((k) => {
      const othersFrom = Math.min(...people.filter((o) => o !== k).map(firstAt));
      const full = new Set(k.uniq.filter((m) => m.kind === 'name' && nameWords(m.text).length >= 2).map((m) => m.text));
      let n = 0;
      for (const f of full) n += (fullNameStarts.get(f) ?? []).filter((x) => x > othersFrom).length;
      return [k, n];
    }),
  );
  if (![...renamed.values()].some((n) => n === 0)) return rank;
  for (const [k, n] of renamed) if (n >= 2) rank.set(k, 1);
  return rank;
}

/** Roles that name a person by kinship to another ("first lady", "his wife", "her son"). */
const KIN_ROLE = /\b(?:first lady|wife|husband|daughter|son|mother|father|brother|sister|widow|widower|grandson|granddaughter)\b/i;

/** The sex a courtesy title gives ("Mr.", "Mrs", "Ms."), if any. */
function titleSex(title: string): 'male' | 'female' | undefined {
  const t = title.replace(/\.$/, '').toLowerCase();
  return t === 'mr' ? 'male' : /^(?:mrs|ms|miss)$/.test(t) ? 'female' : undefined;
}

/**
 * A person's sex from the pronoun after their full name, else from its first name (a guess). Not from the titles
 * of short references merged before: one wrong merge would then pull every later one after it.
 */
function clusterSex(k: Cluster): 'male' | 'female' | undefined {
  return k.cands.find((c) => c.sex)?.sex ?? words().nameGender.get(givenName(k));
}

/**
 * The sex a person's first name gives when it is given to one sex only ("Michelle", not "Blair"), and the pronoun after
 * the full name (if any) agrees.
 */
function firstNameSex(k: Cluster): 'male' | 'female' | undefined {
  const first = givenName(k);
  const named = words().sexGuessed.has(first) ? undefined : words().nameGender.get(first);
  const said = k.cands.find((c) => c.sex)?.sex;
  return said && said !== named ? undefined : named;
}

/** The first word, lowercase, of the person's first full name ('' when named by one word only). */
function givenName(k: Cluster): string {
  const full = k.uniq.find((m) => m.kind === 'name' && nameWords(m.text).length >= 2);
  return full ? nameWords(full.text)[0]!.toLowerCase() : '';
}

/** "Sisi" after "Abdel Fattah el-Sisi", "Assad" after "Bashar al-Assad": a name word, with or without its Arabic article. */
const withoutArticle = (w: string): string => w.replace(/^(?:al|el|ad|ar|as|at|az|an|ash)-(?=\p{Lu})/u, '');
function hasNameWord(name: string, word: string): boolean {
  return nameWords(name).some((x) => x === word || (x.length > word.length && x.endsWith(word) && withoutArticle(x) === word));
}

function lastWordScore(k: Cluster, words: readonly string[]): number {
  const last = words[words.length - 1]!;
  return k.uniq.some((m) => {
    const n = nameWords(m.text);
    const end = n[n.length - 1]!;
    return end === last || (end.length > last.length && end.endsWith(last) && withoutArticle(end) === last);
  })
    ? 0
    : 1;
}

function endsWithWords(name: string, words: readonly string[]): boolean {
  const n = nameWords(name);
  if (n.length <= words.length) return false;
  return words.every((w, i) => n[n.length - words.length + i] === w);
}

function resolveRole(clusters: Cluster[], r: Candidate): Cluster | null {
  const role = (r.role ?? r.text).toLowerCase();
  const head = role.split(/\s+/).pop()!;
  let best: Cluster | null = null;
  let bestDist = Infinity;
  for (const k of clusters) {
    if (k.type !== 'person') continue;
    for (const m of k.cands) {
      const mr = m.role?.toLowerCase();
      if (!mr) continue;
      const fits = mr === role || mr.endsWith(` ${role}`) || (role === head && mr.split(/\s+/).pop() === head);
      if (!fits) continue;
      // Prefer mentions before the role mention; an appositive name right after also counts.
      const d = r.start >= m.start ? r.start - m.start : m.start - r.end < 4 ? 0 : 1e6 + m.start;
      if (d < bestDist) {
        bestDist = d;
        best = k;
      }
    }
  }
  return best;
}

function toEntities(doc: Segmented, clusters: Cluster[]): Entity[] {
  const live = joinSameNamed(clusters.filter((k) => k.cands.some((c) => c.kind === 'name')));
  for (const k of live) k.cands.sort((a, b) => a.start - b.start);
  live.sort((a, b) => a.cands[0]!.start - b.cands[0]!.start);
  const ids = new Map<Cluster, string>();
  live.forEach((k, i) => ids.set(k, `e${i + 1}`));
  const byCountry = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const k of live) {
    if (k.key.startsWith('C:') && k.country) byCountry.set(k.country, ids.get(k)!);
    for (const c of k.cands) if (c.kind === 'name') byName.set(c.text.toLowerCase(), ids.get(k)!);
    if (k.cands[0]?.gaz) byName.set(k.cands[0].gaz.canonical.toLowerCase(), ids.get(k)!);
  }
  const contextCountry = countryGuesser(countryLinked(live), doc.text);
  // Government roles stated with their country ("President Xi Jinping of China"): one holder per country, so the
  // country is no guess for another "President" in the same article.
  // The whole role: a country has many ministers, one "defence minister".
  const roleKey = (r: string): string => spellOutTitle(r).toLowerCase();
  const heldRoles = new Map<string, Cluster>();
  for (const k of live) {
    if (k.type !== 'person') continue;
    const r = k.cands.find((c) => c.role)?.role;
    const aff = k.cands.find((c) => c.affiliation?.country)?.affiliation;
    // (A state's senator, "Sen. Mitch McConnell of Kentucky", holds no office of the whole country.)
    const national = !!aff?.country && (!aff.name || aff.name === countryByCode(aff.country)?.name || !isRegion(aff.name));
    if (r && aff?.country && national) heldRoles.set(`${roleKey(r)}:${aff.country}`, k);
  }
  const maxCount = Math.max(1, ...live.map((k) => k.cands.length));
  const textLen = Math.max(1, doc.text.length);
  const entities: Entity[] = live.map((k) => {
    const id = ids.get(k)!;
    const named = k.cands.filter((c) => c.kind === 'name');
    const name = canonicalName(k, named);
    const aliases = new Set<string>();
    for (const c of k.cands) {
      if (c.text !== name && c.kind === 'name') aliases.add(c.text);
      if (c.title && c.kind === 'name' && nameWords(c.text).length === 1) aliases.add(`${c.title.split(/\s+/).pop()} ${c.text}`);
    }
    aliases.delete(name);
    // A job the article gives beats a bare military rank ("a military prosecutor, Lieutenant-Colonel Jean-Baptiste
    // Kumbu Ngoma": the prosecutor is what the reader needs; a role noun may refer back to it).
    const written = (k.cands.find((c) => c.role && !MILITARY_RANK.test(c.role)) ?? k.cands.find((c) => c.role))?.role;
    let role = written ? spellOutTitle(written) : null;
    let affiliation: string | null = null;
    for (const c of k.cands) {
      const a = c.affiliation;
      if (!a) continue;
      // The side as written before its country: "Arkansas Attorney General" works for Arkansas, not the United States.
      const target = byName.get(a.name.toLowerCase()) || (a.country && byCountry.get(a.country)) || null;
      if (target && target !== id) {
        affiliation = target;
        break;
      }
    }
    const capital = k.cands.find((c) => c.gaz?.kind === 'capital' || c.gaz?.seat);
    if (!affiliation && capital?.gaz?.country) affiliation = byCountry.get(capital.gaz.country) ?? null;
    if (!affiliation && k.country && !k.key.startsWith('C:')) affiliation = byCountry.get(k.country) ?? null;
    // No guess for an official whose country was written ("Chinese President Xi Jinping" in an article that names
    // Beijing but not China: the role keeps "Chinese", below).
    const writtenCountry = k.cands.some((c) => c.affiliation?.country);
    if (!affiliation && !writtenCountry && k.type === 'person' && role && GOVERNMENT_ROLES.has(role.toLowerCase().split(/\s+/).pop()!)) {
      const country = contextCountry(k.cands.find((c) => c.kind === 'name') ?? k.cands[0]!);
      const holder = country ? heldRoles.get(`${roleKey(role)}:${country}`) : undefined;
      if (country && (!holder || holder === k)) affiliation = byCountry.get(country) ?? null;
    }
    // "German Chancellor Olaf Scholz", "Mohammed bin Salman, the Saudi crown prince," in an article that never
    // names the country: no actor to point to, so the role keeps the nationality it was written with.
    if (!affiliation && role && written && k.type === 'person') {
      const c = k.cands.find((x) => x.role && x.affiliation?.country);
      const s = c ? doc.sentences[c.sentence] : undefined;
      const sentence = s ? doc.text.slice(s.start, s.end) : '';
      const demonym = c ? countryByCode(c.affiliation!.country!)?.demonyms.find((d) => sentence.includes(`${d} ${written}`)) : undefined;
      if (demonym) role = `${demonym} ${role}`;
    }
    const particle = k.type === 'person' ? surnameParticle(name) : null;
    const mentions: Mention[] = k.cands.map((c) => {
      if (c.kind === 'role') return { start: c.start, end: c.end, kind: 'role' };
      const start = c.displayStart ?? c.start;
      // "De Miranda says", "Even de Miranda": the particle of "Luis de Miranda" belongs to the surname.
      if (particle && c.text === particle.surname && doc.text.slice(Math.max(0, start - particle.word.length - 1), start).toLowerCase() === `${particle.word} `) {
        return { start: start - particle.word.length - 1, end: c.end };
      }
      return { start, end: c.end };
    });
    const first = k.cands[0]!;
    const sentence = doc.sentences[first.sentence];
    const firstPos = first.start / textLen;
    const salience =
      0.6 * (named.length / maxCount) + 0.2 * (1 - firstPos) + (role ? 0.1 : 0) + (k.cands.some((c) => c.heading) ? 0.1 : 0);
    // "The White House said", "the Pentagon rejected": a seat of office that acts in the article is the office,
    // an organisation (as news annotators read it); one only stood outside of stays a place.
    const seatActing = k.cands.some((c) => c.gaz?.seat && c.metonym);
    const e: Entity = {
      id,
      name,
      type: seatActing ? 'organization' : k.type,
      aliases: [...aliases],
      role,
      affiliation,
      mentions,
      salience: Math.round(Math.min(1, salience) * 1000) / 1000,
      introduction: sentence ? { start: sentence.start, end: sentence.end } : null,
    };
    if (capital && k.cands.some((c) => c.metonym)) e.metonym = true;
    return e;
  });
  return entities;
}

/**
 * Places and organisations that end up with one name are one actor: "Kyiv" in a headline (known to the reference data)
 * and "KYIV, Ukraine" with the body's "Kyiv" (read from the dateline) were kept apart only by how they were keyed.
 */
function joinSameNamed(live: Cluster[]): Cluster[] {
  const first = new Map<string, Cluster>();
  const out: Cluster[] = [];
  for (const k of live) {
    if (k.type !== 'place' && k.type !== 'organization') {
      out.push(k);
      continue;
    }
    // "Wal-Mart" and "Walmart", "Al-Jazeera" and "Al Jazeera": spellings that differ only in hyphens, spaces and dots.
    const key = `${k.type}:${canonicalName(k, k.cands.filter((c) => c.kind === 'name')).toLowerCase().replace(/[-‐–\s.]/g, '')}`;
    const into = first.get(key);
    // (Not two places of one name in two countries: Georgia the country and the American state.)
    if (!into || (into.country && k.country && into.country !== k.country)) {
      if (!into) first.set(key, k);
      out.push(k);
      continue;
    }
    into.cands.push(...k.cands);
    into.uniq.push(...k.uniq.filter((c) => !into.uniq.some((u) => u.text === c.text)));
    into.starts = [...into.starts, ...k.starts].sort((a, b) => a - b);
    into.country ??= k.country;
  }
  return out;
}

function canonicalName(k: Cluster, named: Candidate[]): string {
  if (k.key.startsWith('C:') && k.country) {
    // The fullest name the article uses for the country, not an acronym nor an abbreviation ("S. Korea").
    const texts = named.map((c) => c.text).filter((t) => !/^[\p{Lu}.]+$|^\p{Lu}\.\s/u.test(t));
    if (texts.length) return texts.reduce((a, b) => (b.length > a.length ? b : a));
    return countryByCode(k.country)?.name ?? named[0]!.text;
  }
  // "New Jersey" for an article that writes only "N.J.": a known place's name over its dotted abbreviation.
  // ("Minnesota" for "Wyoming, Minn.": so over the state's abbreviation after a town, and the full name wins.)
  const known = k.cands.find((c) => c.gaz)?.gaz;
  if (known && named.every((c) => /^(?:\p{Lu}\.)+$/u.test(c.text) || isStateAbbreviation(c.text))) return known.canonical;
  if (named.some((c) => isStateAbbreviation(c.text)) && named.some((c) => !isStateAbbreviation(c.text))) named = named.filter((c) => !isStateAbbreviation(c.text));
  // "Geneva" for a dateline's only "GENEVA": a known place's name over its spelling in capitals.
  if (known && known.type === 'place' && named.every((c) => /^[\p{Lu}\s.'’-]+$/u.test(c.text) && /\p{Lu}{3}/u.test(c.text)) && known.canonical.toUpperCase() === named[0]!.text.toUpperCase()) return known.canonical;
  // "Dubai" over a dateline's "DUBAI, United Arab Emirates": not a name in capitals that the article also writes in
  // mixed case.
  const mixed = new Set(named.flatMap((c) => nameWords(c.text)).filter((w) => /\p{Ll}/u.test(w)));
  const shouted = (t: string): boolean => nameWords(t).some((word) => {
    const w = word.replace(/[^\p{L}]+$/u, '');
    return /^\p{Lu}{3,}$/u.test(w) && mixed.has(w.charAt(0) + w.slice(1).toLowerCase());
  });
  const plain = named.map((c) => c.text).filter((t) => !shouted(t));
  const texts = plain.length ? plain : named.map((c) => c.text);
  if (k.type === 'group') {
    const count = new Map<string, number>();
    for (const t of texts) count.set(t, (count.get(t) ?? 0) + 1);
    return texts.reduce((a, b) => ((count.get(b) ?? 0) > (count.get(a) ?? 0) ? b : a));
  }
  // "Fetty Wap, whose real name is William Junior Maxwell II", "Fernando Caudevilla, known online as DoctorX": the name
  // the other is given for.
  const given = k.type === 'person' ? k.cands.find((c) => c.aliasOf && texts.includes(c.aliasOf))?.aliasOf : undefined;
  // ("Trey Songz" for "Songz, whose real name is…": the stage name in full.)
  if (given) return texts.find((t) => nameWords(t).length > nameWords(given).length && nameWords(t).at(-1) === nameWords(given).at(-1)) ?? given;
  // The name with the most words spelled out ("Benjamin Nzeribe" over "B. U. Nzeribe").
  const spelled = (t: string): number => nameWords(t).filter((w) => /^\p{L}{2,}/u.test(w)).length + nameWords(t).length / 100;
  return texts.reduce((a, b) => (spelled(b) > spelled(a) ? b : a));
}

/** The words around a candidate say it is a person, and nothing says otherwise. */
function personContext(c: Candidate): boolean {
  return c.votes.person > 0 && c.votes.person > c.votes.organization + c.votes.place;
}

/** "Bob met with Stevens…": a first name, no evidence for another type, then a past tense. */
function firstNameActing(text: string, c: Candidate): boolean {
  const lw = c.text.toLowerCase();
  if (!(words().firstNames.has(lw) || words().wordyFirstNames.has(lw)) || c.votes.organization + c.votes.place > 0) return false;
  const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(c.end, c.end + 30))?.[1] ?? '';
  return /^\p{Ll}{2,}ed$/u.test(next) || IRREGULAR_PAST.has(next);
}

/**
 * Endings of Slavic, Central Asian, Georgian, Armenian, Romanian, Turkish and Greek surnames: "-yev", "-ova", "-enko",
 * "-vich", "-shvili", "-yan", "-escu", "-oglu", "-opoulos".
 */
const SURNAME_ENDING = /^(?:\p{L}{5,}[oe]v|\p{L}{3,}(?:yev|[^n]ova|eva|enko|vich|ovic|ević|ović|shvili|dze|[^a]yan|escu|oglu|oğlu|opoulos|akis))$/u;

/** The type the mentions of one unknown name point to together, or null when nothing does. */
function voteType(lw: string, list: Candidate[]): EntityType | null {
  const w = words();
  const v = { person: 0, organization: 0, place: 0 };
  for (const c of list) {
    if (c.type === 'person' || c.type === 'organization' || c.type === 'place') v[c.type] += 3;
    if (c.title) v.person += 3;
    if (c.beforeSpeechVerb) v.person += 1;
    v.person += c.votes.person;
    v.organization += c.votes.organization;
    v.place += c.votes.place;
  }
  v.person += Math.max(0, ...list.map((c) => c.votes.shape ?? 0));
  if (w.lastNames.has(lw) && !w.common.has(lw)) v.person += 1.5;
  else if (w.firstNames.has(lw)) v.person += 1;
  // "Bakiyev's offices", "Shevchenko", "Popescu", "Saakashvili": a surname's ending no list of names needs to hold.
  else if (!lw.includes(' ') && SURNAME_ENDING.test(lw) && !w.common.has(lw) && !lookup(lw)) v.person += 2;
  // "Spotify said…": a word of a company's name outweighs the person cue of a verb of speech (companies
  // speak in news as often as people). Only for a name no person's full name here explains: "Platt"
  // after "Lewis Platt" joined him before this vote.
  else if (w.brandWords.has(lw)) v.organization += 3.5;
  let best = (Object.keys(v) as (keyof typeof v)[]).reduce((a, b) => (v[b] > v[a] ? b : a), 'person');
  // "Zero Hedge said", "CNBC's Squawk Box", "Living History": two or more ordinary words, none a first name or a
  // surname, with no title before them, name a show, a blog, a book or a body, not a person (an organisation only if
  // the later checks find support for one).
  const parts = lw.split(/\s+/);
  if (best === 'person' && parts.length >= 2 && parts.every((x) => w.common.has(x) && !w.firstNames.has(x) && !w.wordyFirstNames.has(x) && !w.lastNames.has(x)) && !list.some((c) => c.title || c.type === 'person')) {
    best = 'organization';
  }
  // "a paper in Nature": a capitalised common word after "in" is a journal's or a brand's name as often as a
  // place's; unless the reference data knows a town of the name ("in Reading"), no place.
  if (best === 'place' && w.common.has(lw) && !list.some((c) => c.type === 'place') && !weakPlace(list[0]!.text)) return null;
  return v[best] > 0 ? best : null;
}

interface CountryMention {
  start: number;
  sentence: number;
  country: string;
  /** Named as a location ("stocks in Hong Kong"), not as a party ("Pakistan said"). */
  located: boolean;
  /** A capital city ("said in Moscow"). */
  capital: boolean;
}

/** Every mention that names or stands for a country: the country, its capital, its people or its delegation. */
function countryLinked(clusters: Cluster[]): CountryMention[] {
  const out: CountryMention[] = [];
  for (const k of clusters) {
    for (const c of k.cands) {
      // Towns and states count for their country too: an article about Virginia and Kentucky is about the US.
      const country = k.key.startsWith('C:') ? k.country : c.gaz?.kind === 'capital' || (c.gaz?.kind === 'place' && k.type === 'place') ? c.gaz.country : k.type === 'group' ? (c.affiliation?.country ?? k.country) : null;
      if (country) out.push({ start: c.start, sentence: c.sentence, country, located: c.afterPlacePrep, capital: c.gaz?.kind === 'capital' });
    }
  }
  return out;
}

/**
 * The country an unaffiliated official most likely speaks for: among the countries named as parties (not as
 * locations: "stocks in Hong Kong") in the two sentences before the name or earlier in its sentence, the
 * article's dominant country, or the one named most (the earliest on a tie); failing that, the article's
 * dominant country when it clearly dominates.
 */
function countryGuesser(mentions: CountryMention[], text: string): (c: Candidate) => string | null {
  // The article's counts, once per document: only the nearby countries depend on the official.
  const total = new Map<string, number>();
  const first = new Map<string, number>();
  for (const m of mentions) {
    total.set(m.country, (total.get(m.country) ?? 0) + 1);
    if (!first.has(m.country)) first.set(m.country, m.start);
  }
  const pick = (set: Iterable<string>): string | null => {
    let best: string | null = null;
    for (const x of set) {
      const better = best === null || (total.get(x) ?? 0) > (total.get(best) ?? 0) || ((total.get(x) ?? 0) === (total.get(best) ?? 0) && first.get(x)! < first.get(best)!);
      if (better) best = x;
    }
    return best;
  };
  const dominant = pick(total.keys());
  const sum = [...total.values()].reduce((a, b) => a + b, 0);
  const dominates = !!dominant && sum >= 3 && (total.get(dominant) ?? 0) / sum >= 0.4;
  return (c) => {
    // "“…,” foreign minister Sergei Lavrov said in Moscow": a capital the official speaks in, right after the verb.
    const spokeIn = mentions.find((m) => m.capital && m.sentence === c.sentence && m.start > c.end && /^\s+(?:\p{Ll}+\s+)?(?:said|says|told|added|spoke|speaking|announced)\b[^.;:!?]{0,30}\bin\s+$/u.test(text.slice(c.end, m.start)));
    if (spokeIn) return spokeIn.country;
    const nearby = mentions.filter((m) => m.start < c.start && m.sentence >= c.sentence - 2);
    const near = new Set(nearby.filter((m) => !m.located).map((m) => m.country));
    if (near.size > 0) return dominates && near.has(dominant!) ? dominant : pick(near);
    // Only locations nearby ("Stocks in Hong Kong and Tokyo slid after President Donald Trump spoke"): no guess from
    // them, nor the article's country over them.
    return dominates && nearby.every((m) => m.country === dominant) ? dominant : null;
  };
}

/** The last word of a school's name, which the article may leave off ("Florida State"). */
const SCHOOL_WORD = /^(?:University|College|Institute|Polytechnic|Academy)$/;

/** The particle and surname that end a person's name ("Luis de Miranda" → de, Miranda), or null. */
function surnameParticle(name: string): { word: string; surname: string } | null {
  const m = /\s(\p{L}+(?:\s\p{L}+)?)\s(\p{Lu}[\p{L}'’-]+)$/u.exec(name);
  const words = m?.[1]!.toLowerCase().split(' ') ?? [];
  // One particle ("de Miranda") or two ("von der Leyen"); not a middle name ("John Smith Jones").
  const particles = words.length === 2 && !SURNAME_PARTICLES.has(words[0]!) ? words.slice(1) : words;
  return m && particles.length && particles.every((w) => SURNAME_PARTICLES.has(w)) ? { word: particles.join(' '), surname: m[2]! } : null;
}
