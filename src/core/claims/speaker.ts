/**
 * Speaker resolution: turns the noun phrase in subject position ("Minister Tarar", "he",
 * "the Defence Minister", "sources close to the talks") into a Speaker, using the entities'
 * mentions, their roles and aliases, and the most recent fitting actor for pronouns.
 */
import type { Entity, Speaker } from '../types.ts';
import { GROUP_MEMBERS, PARTY_MEMBERS, POST_NOMINALS, PRESS_NAME_WORDS, ROLE_WORDS, SENTENCE_ADVERBS } from '../refdata/curated.ts';
import { classModifier, countryByCode, lookup, words } from '../refdata/index.ts';
import type { Token } from '../text/types.ts';
import { inferGenders, roleGender, type Gender } from './gender.ts';
import { quoteAt, type Quote } from './quotes.ts';
import { ANON_HEADS, AUX, COLLECTIVE_PLURALS, ENTOURAGE_NOUNS, isRoleWord, ROLE_PREFIX, DAY_WORD, EVIDENCE_NOUNS, ISSUED_TEXTS, isLyAdverb, isPastForm, LEGAL_FORM, OPENING_CONNECTIVE, QUANTIFIER_SUBJECTS, SOURCE_POSTMODIFIERS, TIME_WORDS, PRONOUNS_GROUP, PRONOUNS_PERSON, PRONOUNS_SELF, PRONOUNS_THING, ROLE_NOUNS } from './lexicon.ts';

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  /** The mention lies inside quotation marks or a heading (a pronoun's antecedent is never taken from there). */
  quoted: boolean;
}

/**
 * A definite role or description as a clause's subject, before its verb ("the prime minister warned", "The Turkish
 * leader said"): group 1 its modifiers, group 2 its head.
 */
const DEFINITE_ROLE_SUBJECT = String.raw`[Tt]he\s+((?:[\p{L}-]+\s+){0,3}?)(\p{Ll}+)\s+(?:also\s+|then\s+|has\s+|had\s+)?(?:said|told|\p{Ll}+(?:ed|s))\b`;
const DEFINITE_ROLE_OPENING = new RegExp(`^${DEFINITE_ROLE_SUBJECT}`, 'u');
const DEFINITE_ROLE_ANYWHERE = new RegExp(String.raw`\b${DEFINITE_ROLE_SUBJECT}`, 'gu');

/** The party a word names, its adjective and its member alike ("Democratic", "Democrat" → "democrat"), or ''. */
function partyOf(word: string): string {
  const w = word.toLowerCase().replace(/ic$/, '');
  return PARTY_MEMBERS.has(w) ? w : PARTY_MEMBERS.has(word.toLowerCase()) ? word.toLowerCase() : '';
}

/** The words for a lawyer. */
const LAWYERS = ['lawyer', 'attorney', 'counsel', 'barrister', 'solicitor'];
/** Other words for a role in the roles people are given ("the prosecutor" for a district attorney). */
const ROLE_SYNONYMS: Record<string, RegExp> = {
  prosecutor: /\b(?:district attorney|state['’]s attorney|attorney general|crown prosecutor|public prosecutor)\b/,
  lawmaker: /\b(?:senator|representative|congressman|congresswoman|assemblyman|assemblywoman|assemblymember|mp|legislator)\b/,
  legislator: /\b(?:senator|representative|congressman|congresswoman|assemblyman|assemblywoman|assemblymember|mp|lawmaker)\b/,
  spokesman: /\b(?:spokesperson|press secretary)\b/,
  spokeswoman: /\b(?:spokesperson|press secretary)\b/,
  spokesperson: /\b(?:spokesman|spokeswoman|press secretary)\b/,
  diplomat: /\b(?:ambassador|envoy|consul)\b/,
  // "Cian Ferriter, counsel for Mr White, … the lawyer said": each word for a lawyer names the others' role.
  ...Object.fromEntries(LAWYERS.map((w) => [w, new RegExp(`\\b(?:${[...LAWYERS.filter((x) => x !== w), 'advocate'].join('|')})\\b`)])),
  // Two spellings of one word.
  adviser: /\badvisor\b/,
  advisor: /\badviser\b/,
};

/** Words that open a setting of time or place before a subject ("Saturday at the convention", "On Monday"). */
const TIME_OPENER = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|earlier|later|at|on|in|during|after|before)$/i;

/** Words after a noun that start its post-modifier ("sources close to the talks", "reports seen by Reuters"). */
const POST_MODIFIERS = new Set([
  ...'of from at in on with speaking seen who which that for to by under inside near told based across around throughout within outside beyond led'.split(' '),
  ...SOURCE_POSTMODIFIERS,
]);
/** Offices of state and politics whose holder a story names as the figure it is about ("the former president"). */
const PUBLIC_OFFICES = new Set('president premier chancellor minister senator governor mayor congressman congresswoman ambassador envoy king queen emir sultan leader'.split(' '));
/** Nouns that describe a person already named ("the singer said", "the royal denied"). */
const PERSON_DESCRIPTORS = new Set('royal singer actor actress star rapper musician billionaire businessman businesswoman tycoon politician lawmaker legislator candidate democrat republican conservative player striker athlete veteran activist author writer filmmaker director producer comedian host presenter executive entrepreneur investor founder mogul manager coach international midfielder defender winger goalkeeper keeper forward skipper playmaker batsman bowler quarterback pitcher champion ruler monarch incumbent challenger swimmer golfer boxer sprinter skater skier wrestler jockey'.split(' '));
/** Agent nouns that only name people ("the guitarist", "the historian"), besides the listed descriptors. */
const PERSON_SUFFIX = /^\p{Ll}{3,}(?:ist|ian)$/u;
const NOT_PEOPLE = new Set(['assist', 'insist', 'resist', 'persist', 'consist', 'subsist', 'median', 'meridian', 'christian']);

const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


export function isPersonDescriptor(word: string): boolean {
  return PERSON_DESCRIPTORS.has(word) || /^(?:\d+-)?year-old$/.test(word) || (PERSON_SUFFIX.test(word) && !NOT_PEOPLE.has(word));
}
/** Singular nouns for a person the article does not name ("the patient wrote", "the woman said"). */
const UNNAMED_PERSON = new Set('anyone anybody someone somebody everyone everybody patient woman man victim mother father son daughter wife husband resident witness student teacher neighbour neighbor friend parent survivor customer driver passenger employee worker nurse user owner tenant fan teen teenager girl boy child person individual caller viewer reader listener shopper voter poster commenter blogger tweeter author writer'.split(' '));
/** What follows a post-posed attribution's speaker to the sentence's end: "…, Cole said.", "…, Cole told reporters." */
/** The verbs of an attribution set after its clause, in either order ("…, Cole said." / "…, said Cole."). */
const ATTRIBUTION_VERBS = 'said|says|added|adds|wrote|writes|explained|noted|continued|insisted|argued|stated|recalled|warned';
const POSTPOSED_ATTRIBUTION = new RegExp(String.raw`^\s+(?:\p{Ll}+ly\s+)?(?:${ATTRIBUTION_VERBS}|told|tells)\b[^.!?“”"]{0,60}[.!?]?\s*$`, 'u');
/** "…,” said Kunin.": an inverted attribution before a name of up to three words (and their titles) closing a sentence. */
const INVERTED_ATTRIBUTION = new RegExp(String.raw`[,”"]\s+(?:${ATTRIBUTION_VERBS})\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$`, 'u');

/** A participle and its preposition or question word opening a sentence ("Asked about…", "Speaking on…"). */
const PARTICIPLE_OPENER = String.raw`\p{Lu}\p{Ll}+(?:ed|ing)\s+(?:on|by|to|about|at|in|with|for|after|before|from|if|whether|why|how|what|who)\b`;
const FRONTED_PARTICIPLE = new RegExp(`^${PARTICIPLE_OPENER}`, 'u');
/**
 * A fronted adverbial up to its comma: a prepositional phrase ("To Lorenz’s delight,", "In 2009,"), an adverbial clause
 * ("When the record came out,") or a participle clause ("Asked on Fox News who leads the party in his view,"). It
 * may hold a short quoted word ("When asked whether it is a “blessing” for Labor,").
 */
const FRONTED_ING_CLAUSE = /^(\p{Lu}\p{Ll}{2,}ing)\s+[^,;:“”".!?]{1,80},\s*(?=\p{Lu}|(?:he|she|they|it|we)\b)/u;
const FRONTED_PHRASE = new RegExp(String.raw`^(?:(?:to|in|on|at|over|for|with|after|before|during|since|by|from|under|despite|like|unlike|amid|as|when|while|although|though|because|once|if)\b|${PARTICIPLE_OPENER})(?:[^,;:“”"]|“[^“”",]{1,40}”|"[^"“”,]{1,40}"){1,150},\s*`, 'iu');

/** The length of a fronted adverbial opening `text` and its comma, or 0. */
export function frontedPhraseLength(text: string): number {
  const phrase = FRONTED_PHRASE.exec(text);
  if (phrase) return phrase[0].length;
  // "Criticising Hasina, Mahfuj said…", "Addressing reporters in Kabul, he said…": a participle clause with its
  // object, its -ing word an English verb form (not a name: "Irving Berlin, the composer, said").
  const clause = FRONTED_ING_CLAUSE.exec(text);
  const verb = clause?.[1]!.toLowerCase() ?? '';
  return clause && words().common.has(verb) && !words().firstNames.has(verb) ? clause[0].length : 0;
}

/** Nothing but up to three capitalised words or abbreviations, the titles before a name ("Maj. Gen.", "Health Minister", ""). */
export function onlyTitleWords(s: string): boolean {
  return /^\s*(?:\p{Lu}[\p{L}]*\.?\s*){0,3}$/u.test(s);
}

/** The endings of nouns for someone who does something ("reporter", "investor", "scientist", "attendant"). */
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent)$/;
/** Plurals with a people-like ending that name things: "court documents show", "the papers say" are documents. */
const THING_PLURALS = new Set('papers letters numbers orders matters answers centers centres powers chambers headquarters factors errors sectors doors floors mirrors colors colours plants grants restaurants events accidents incidents contents quarters waters borders offers filters computers posters banners registers meters'.split(' '));

/** A plural that names people by what they do: "authors", "researchers", "scientists", "residents". */
export function isPeoplePlural(word: string): boolean {
  if (!/^\p{Ll}{3,}s$/u.test(word) || /ments$/.test(word) || THING_PLURALS.has(word)) return false;
  const one = word.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : ''));
  // ("deputies said", "soldiers said": the generated list of nouns for people too.)
  return ROLE_NOUNS.has(one) || isPersonDescriptor(one) || AGENT_NOUN.test(one) || (words().personNouns.has(word) && !word.endsWith('ss'));
}
/** Class nouns that, after "the", refer back to an organisation named before ("the organization said"). */
/** A company's owner or backer set before it with a hyphen ("the Facebook-owned firm", "a Google-backed startup"). */
const OWNER_SUFFIX = /^-(?:owned|backed|funded)\b/;

const ORG_REFERENCE_NOUNS = new Set(
  'organization organisation company firm agency ministry department office group charity network newspaper broadcaster committee council authority commission institute university watchdog regulator bank party union court campaign airline maker carmaker automaker chipmaker drugmaker retailer giant lender insurer chain operator publisher startup conglomerate manufacturer paper outlet publication tabloid magazine club league hospital clinic museum foundation embassy school college regime carrier brewer planemaker jetmaker steelmaker toymaker phonemaker truckmaker utility brokerage miner telecom streamer'.split(' '),
);
/** Class nouns of the press ("the outlet", "the newspaper"). */
export const PRESS_NOUNS = new Set('outlet newspaper paper publication tabloid magazine broadcaster daily'.split(' '));
/** A subject noun phrase being resolved: its tokens [from, to], the index of its head word, its first token and its text. */
interface NounPhrase {
  tokens: readonly Token[];
  from: number;
  to: number;
  head: number;
  first: Token;
  npStart: number;
  npEnd: number;
  npText: string;
}
/**
 * Nouns of quantity whose phrase is headed by what they count ("a body of studies", "a flurry of work"); so is a part
 * of a group, which speaks as the group does ("one of the aides", "each of the lawyers").
 */
const QUANTITY_HEADS = new Set('body bodies flurry torrent host raft slew spate series handful number couple dozen dozens hundreds thousands variety range wealth mountain pile collection one each two three'.split(' '));
/** The trades of people who write for an outlet ("the tech reviewer", "the columnist"). */
const WRITER_TRADES = new Set('reporter journalist correspondent columnist critic reviewer writer editor blogger commentator'.split(' '));
/** A person who speaks on the record for a body. */
const SPOKESPERSON_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** A phrase whose head is a spokesperson ("a Jet2 spokesperson", "a spokesman for Hamas"). */
const SPOKESPERSON_PHRASE = new RegExp(String.raw`\b(?:${[...SPOKESPERSON_HEADS].join('|')})(?:$|\s+(?:for|of|at)\s)`, 'i');
/** A source the article says would not be named. */
const UNNAMED_ON_REQUEST = /\banonymity\b|\bto be (?:named|identified)\b|\bnot (?:authori[sz]ed|permitted|allowed) to\b/i;
/** Nouns of a research group that speaks through the person who leads it ("Herbert’s team", "the laboratory of X"). */
const TEAM_NOUNS = 'team|lab|labs|laboratory|group|colleagues|co-authors|coauthors';
/** A common noun that may name a source ("the minister", "the agency", "the report", "witnesses"), not "the time". */
export function canSpeak(word: string): boolean {
  const w = word.toLowerCase().replace(ROLE_PREFIX, '');
  // ("teaching unions, which accused…", "rival companies": organisations' class nouns in the plural too.)
  const singular = w.replace(/ies$/, 'y').replace(/s$/, '');
  return ROLE_NOUNS.has(w) || isPersonDescriptor(w) || UNNAMED_PERSON.has(w) || isPeoplePlural(w) || ORG_REFERENCE_NOUNS.has(w) || (singular !== w && ORG_REFERENCE_NOUNS.has(singular)) || ANON_HEADS.has(w) || EVIDENCE_NOUNS.has(w) || COLLECTIVE_PLURALS.has(w) || words().personNouns.has(w);
}
/** Class nouns that an organisation of the class carries in its name ("Ministry of Defence", "Supreme Court"). */
/** The subject pronoun for whoever a possessive stands for ("her post": she). */
export const POSSESSOR_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const NAMED_CLASS_NOUNS = new Set('ministry department office committee council commission institute university court party union bank authority agency club league hospital clinic museum foundation embassy school college'.split(' '));
const PREPOSITIONS = new Set('of to in at from with on for by near about close inside under over into among between across around throughout within outside beyond behind against along amid toward towards'.split(' '));
const DETERMINERS = new Set('the a an this these those that his her its their our my some several many two three four five'.split(' '));

/** The country an entity names, when it is one ("Jordan", "the United States"). */
function countryOf(e: Entity): boolean {
  return [e.name, ...e.aliases].some((n) => lookup(n)?.some((g) => g.kind === 'country'));
}

export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u00ad]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PriorSpeaker {
  at: number;
  speaker: Speaker;
  type: Entity['type'] | null;
}

/** Everything speaker resolution needs to know about the document. */
export class SpeakerResolver {
  private readonly mentions: MentionRef[];
  private readonly byName = new Map<string, Entity[]>();
  /** The last words of the roles people hold in this article ("owner", "coach"): descriptions that may refer back to them. */
  private readonly roleHeads = new Set<string>();

  /** A role word that refers back to the person who holds it: a listed role noun, or a role this article gave someone. */
  private refersBack(word: string): boolean {
    return ROLE_NOUNS.has(word) || this.roleHeads.has(word);
  }
  /**
   * The head words of this article's organisation names that are common nouns ("fund" of "International Monetary
   * Fund", "bureau" of "Federal Bureau of Investigation"): like the listed class nouns, "the fund" refers back to the
   * organisation so named.
   */
  private readonly orgHeads = new Set<string>();

  /** A class noun that, after "the", may refer back to an organisation: a listed one, or the head of a name here. */
  private refersToOrg(word: string): boolean {
    return ORG_REFERENCE_NOUNS.has(word) || this.orgHeads.has(word);
  }
  private readonly entities: Entity[];
  private readonly genders: Map<string, Gender>;
  /** Speakers of claims found so far, in text order. */
  readonly prior: PriorSpeaker[] = [];

  constructor(
    private readonly text: string,
    entities: Entity[],
    mentions: MentionRef[],
    /** Sentence spans in text order: "he"/"she" prefer the subject of a recent sentence. */
    private readonly sentences: readonly { start: number; end: number }[] = [],
    /** The article's quotations (quotes.ts), in text order. */
    private readonly quotes: readonly Quote[] = [],
  ) {
    this.entities = entities;
    this.mentions = mentions;
    this.genders = inferGenders(text, entities, sentences);
    for (const e of entities) {
      const head = e.type === 'person' ? /(\p{L}+)$/u.exec(fold(e.role ?? ''))?.[1] : undefined;
      if (head && (ROLE_WORDS.has(head) || words().personNouns.has(head))) this.roleHeads.add(head);
      const orgHead = e.type === 'organization' ? /\s(\p{Ll}{4,})$/u.exec(fold(e.name).replace(/ (?:of|for|on) .*$/, ''))?.[1] : undefined;
      if (orgHead && words().common.has(orgHead)) this.orgHeads.add(orgHead);
      for (const n of [e.name, ...e.aliases]) {
        const k = fold(n);
        if (!k) continue;
        const list = this.byName.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        this.byName.set(k, list);
      }
    }
  }

  /** Mentions overlapping [start, end), in order. */
  mentionsIn(start: number, end: number): MentionRef[] {
    const out: MentionRef[] = [];
    let i = this.firstEndingAfter(start);
    for (; i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= end) break;
      if (m.end > start) out.push(m);
    }
    return out;
  }

  private firstEndingAfter(pos: number): number {
    // mentions are sorted by start; find the first whose start >= pos - 200 (mentions are short).
    let lo = 0;
    let hi = this.mentions.length;
    const target = pos - 200;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The last mention before `at` (outside quotes) whose entity passes `ok`. */
  /** "the Obama administration", "the Trump campaign": the name modifies an institution, it is no antecedent for "he". */
  private modifier(m: MentionRef): boolean {
    return /^\s+(?:administration|campaign|government|presidency|era|camp|family|team|aides?|allies|officials|supporters|voters)\b/.test(this.text.slice(m.end, m.end + 16));
  }

  lastMention(at: number, ok: (e: Entity) => boolean, limit = 4000, skipModifiers = false): MentionRef | undefined {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (at - m.end > limit) break;
      if (m.end <= at && !m.quoted && ok(m.entity) && !(skipModifiers && this.modifier(m))) return m;
    }
    return undefined;
  }

  private nextMention(at: number, ok: (e: Entity) => boolean, limit = 3000): MentionRef | undefined {
    for (let i = this.firstEndingAfter(at); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start - at > limit) break;
      if (m.start >= at && !m.quoted && ok(m.entity)) return m;
    }
    return undefined;
  }

  /** The person may be called "he"/"she" (unknown gender fits both). */
  private fits(e: Entity, pronoun: string | undefined): boolean {
    const g = this.genders.get(e.id);
    return !g || !pronoun || (pronoun === 'he' ? g === 'male' : pronoun === 'she' ? g === 'female' : true);
  }

  /**
   * The person a subject "he"/"she" at `at` most likely continues: the named subject of the same or
   * a recent sentence, walking back through sentences whose subject is itself "he"/"she" (a chain).
   * Centering: a pronoun subject prefers the previous subject over a later object ("Zoghlin told The
   * Hill her client did not harm Omar. “…,” she said." is Zoghlin).
   */
  private subjectPersonBefore(at: number, pronoun?: string, others = new Set<string>()): MentionRef | undefined {
    let i = this.sentenceIndexAt(at);
    if (i < 0) return undefined;
    // In the pronoun's own sentence only a subject before it counts ("Omar asked…, saying she…").
    // A chain of "he/she" subjects does not use up the four-sentence window ("Fetter … After a few years,
    // she left… In the 1970s, she took… By the 1980s, … “…,” she said."), up to ten sentences back.
    const chain = /^(?:he|she)$/i.test(pronoun ?? '');
    const samePronoun = /^he$/i.test(pronoun ?? '') ? /\bhe\b/i : /\bshe\b/i;
    // "During the visit, he was photographed with Epstein. He told…": a person named beside the chain's pronoun in its
    // own sentence is someone else, no antecedent further back (`others` collects them for the caller's fallback).
    // So is one named after the pronoun itself in its clause ("“…,” he told Hannity").
    if (chain) this.peopleInClause(at, at + pronoun!.length, this.sentences[i]!.end, others);
    // "Under federal guidelines, James should receive 15 years, she said.": a pronoun attributing the clause before it
    // is not that clause's subject (the words are about someone else).
    // (`at` is the pronoun's start or its verb's.)
    const ownSentence = this.sentences[i]!;
    const lead = this.text.slice(ownSentence.start, at).replace(/\b(?:he|she)\s*$/i, '');
    const tail = this.text.slice(at, ownSentence.end).replace(/^(?:he|she)\b/i, '');
    // (Not "As for Trump, he said he’s not worried": a topic before the pronoun, and a clause after its verb.)
    const after = /^\s*(?:\p{Ll}+ly\s+)?\p{Ll}+\b([^.!?“”"]*)/u.exec(tail)?.[1] ?? '';
    const postposed = chain && /[,”"]\s*$/.test(lead) && !/^\s*(?:but\s+|and\s+)?as\s+(?:for|to)\s/i.test(lead) && POSTPOSED_ATTRIBUTION.test(` ${tail.trimStart()}`) && !/\b(?:he|she|they|it|i|we|that)\b|['’]s\b/i.test(after);
    for (let seen = 0, looked = 0; i >= 0 && looked < 4 && seen < 10; i--, seen++) {
      const s = this.sentences[i]!;
      if (seen === 0 && postposed) {
        looked++;
        continue;
      }
      // A sentence of someone's quoted words ("“I’m not there right now.”") names nobody the narration speaks of:
      // it neither answers nor uses up the window.
      // So is one inside a quotation of several sentences ("“This just caught me off guard. I had not expected
      // anything like this. And I hung up,” she said.").
      // Unless someone named is given the words there: "“This visit could open a new chapter,” the Turkish leader said.
      // He added that…" is the leader.
      // (Only the sentence right before: further back, an unnamed person introduced since comes first.)
      if (seen > 0 && (quotedWhole(this.text.slice(s.start, s.end)) || this.insideQuotation(s.start, s.end))) {
        const said = seen === 1 ? this.spokeIn(s.start, s.end, pronoun, others) : undefined;
        if (said) return said;
        continue;
      }
      const end = Math.min(s.end, at);
      const subj = end > s.start ? this.sentenceSubject(s.start, end) : undefined;
      if (!(subj === 'pronoun' && chain && seen > 0)) looked++;
      if (subj === 'pronoun' && chain && seen > 0) {
        // Only in the pronoun's own clause, after it, outside quotations: not "When the interview steered Allen
        // toward…, he offered…" (a fronted clause), nor a sentence that opens inside someone's quoted words.
        const sentence = this.text.slice(s.start, s.end);
        const own = samePronoun.exec(sentence);
        if (own) this.peopleInClause(s.start + own.index, s.start + own.index + own[0].length, s.end, others);
      }
      // "As for Trump, he said he’s not worried.": the topic set before the pronoun is whom it stands for (in the
      // pronoun's own sentence, read up to the pronoun, the subject is not seen as one).
      if (subj === 'pronoun' || (seen === 0 && end > s.start)) {
        // "At Ed Yardeni’s eponymous shop, he also says…": the owner of the place a fronted phrase names.
        const topic = /^\s*(?:but\s+|and\s+)?(?:as\s+(?:for|to)\s+([^,]{2,60})|(?:at|in|over\s+at)\s+[^,]{2,40}?['’]s\s+[^,]{1,40}),\s*(?:he|she)\b/i.exec(this.text.slice(s.start, s.end));
        const named = topic ? this.mentionsIn(s.start, s.start + topic[0].length).find((m) => m.entity.type === 'person' && !m.quoted) : undefined;
        if (named && this.fits(named.entity, pronoun) && !others.has(named.entity.id)) return named;
      }
      if (end <= s.start || subj === 'pronoun') continue;
      if (subj && !others.has(subj.entity.id) && this.fits(subj.entity, pronoun)) return subj;
      // "Special Adviser to the President, Mr. Bayo Onanuga, said… According to him, …": with no subject read off
      // the sentence's opening, the person who spoke in it is its subject, before a person named inside a title.
      if (seen > 0 && !subj) {
        const said = this.spokeIn(s.start, s.end, pronoun, others);
        if (said) return said;
      }
      // A sentence with people in it but another subject: its first person, as Hobbs' left-to-right search of
      // the previous sentence would find (an object before a later prepositional or appositive mention).
      const firstPerson = this.mentionsIn(s.start, end).find((m) => m.entity.type === 'person' && !m.quoted && !this.modifier(m) && this.fits(m.entity, pronoun) && !others.has(m.entity.id));
      // "But…, states are called alphabetically, he noted, so…whether Trump will be…": the same pronoun before any
      // person named continues the chain to an earlier sentence.
      if (seen > 0 && chain) {
        const same = samePronoun.exec(this.text.slice(s.start, firstPerson ? firstPerson.start : end).replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length)));
        if (same) continue;
      }
      // "Asked about her vote in the event that Clinton faces Trump, she replied:": a person inside a fronted participle
      // clause is its object (the participle's subject is the pronoun's), no antecedent; look further back.
      if (firstPerson && seen === 0 && FRONTED_PARTICIPLE.test(this.text.slice(s.start, end).trimStart())) {
        const comma = this.text.indexOf(',', s.start);
        if (comma > firstPerson.end && comma < end) {
          for (const m of this.mentionsIn(s.start, comma)) if (m.entity.type === 'person') others.add(m.entity.id);
          continue;
        }
      }
      if (firstPerson) return seen === 0 ? undefined : firstPerson;
    }
    return undefined;
  }

  /**
   * The named person who spoke last in the sentence [start, end), as a mention there, or at their claim when a role or
   * a description there names them ("the Turkish leader said"; not "A reporter spoke to one mother, who knew…"), if they
   * fit the pronoun.
   */
  private spokeIn(start: number, end: number, pronoun: string | undefined, others: Set<string>): MentionRef | undefined {
    // ("“I love you,” he said." is no antecedent of a "she".)
    const narration = this.text.slice(start, end).replace(/“[^”]*”|"[^"]*"/g, ' ');
    if ((pronoun === 'she' && /\bhe\b/i.test(narration)) || (pronoun === 'he' && /\bshe\b/i.test(narration))) return undefined;
    const spoke = this.prior.findLast((p) => p.at >= start && p.at < end && p.type === 'person' && !!p.speaker.entity);
    const entity = spoke ? this.entities.find((e) => e.id === spoke.speaker.entity) : undefined;
    if (!spoke || !entity || !this.fits(entity, pronoun) || others.has(entity.id)) return undefined;
    const mention = this.mentionsIn(start, end).find((m) => m.entity === entity && !m.quoted);
    if (mention) return mention;
    // A description there names them ("the Turkish leader said"), not a clause about someone else.
    const described = [...narration.matchAll(DEFINITE_ROLE_ANYWHERE)].some((x) => this.refersBack(x[2]!) || isPersonDescriptor(x[2]!));
    return described ? { entity, start: spoke.at, end: spoke.at, quoted: false } : undefined;
  }

  /**
   * The last match of `pattern` that `accept` takes in the pronoun's sentence or the two before it,
   * outside quotations, with its offset in the text.
   */
  private lastMatchBefore(at: number, pattern: RegExp, accept: (m: RegExpExecArray) => boolean): { match: RegExpExecArray; start: number } | undefined {
    const i = this.sentenceIndexAt(at);
    if (i < 0) return undefined;
    const from = this.sentences[Math.max(0, i - 2)]!.start;
    const before = this.text.slice(from, at).replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
    let found: RegExpExecArray | undefined;
    for (const m of before.matchAll(pattern)) if (accept(m as RegExpExecArray)) found = m as RegExpExecArray;
    return found ? { match: found, start: from + found.index } : undefined;
  }

  /**
   * "The prime minister's spokesman insisted… “…,” he told reporters.": the unnamed person who spoke last, in this
   * sentence or the one before, when no person is named since and the noun's sex does not rule the pronoun out.
   */
  private describedSpeakerBefore(at: number, pronoun: string): Speaker | undefined {
    const recent = this.prior[this.prior.length - 1];
    if (!recent?.speaker.name) return undefined;
    const head = recent.speaker.name.toLowerCase().split(/\s+/).pop()!;
    if (recent.speaker.entity || !recent.speaker.anonymous) return undefined;
    // "The spokesperson underlined…" (of the Foreign Office, just quoted): a person too.
    const voice = SPOKESPERSON_HEADS.has(head) && !!recent.speaker.affiliation;
    if (!(ROLE_NOUNS.has(head) || UNNAMED_PERSON.has(head) || isPersonDescriptor(head))) return undefined;
    // Someone new ("a spokesman", "the prime minister's spokesman"), not "the mayor", who may be the person named
    // before ("Ann Lee spoke… The mayor has been insisting… She's claiming…").
    if (!voice && !/^(?:an?|one|another|my|his|her|their|our|its)\s|['’]s\s/i.test(recent.speaker.name)) return undefined;
    // Its pronoun's sex, where the noun has one ("spokeswoman" is no "he").
    const sex = roleGender(head);
    if (sex && /^(?:he|she|him|her|his)$/.test(pronoun) && sex !== (/^(?:she|her)$/.test(pronoun) ? 'female' : 'male')) return undefined;
    // In the sentence before or the same one, with no person named in between.
    const i = this.sentenceIndexAt(at);
    if (i < 0 || this.sentenceIndexAt(recent.at) < i - 1 || recent.at > at) return undefined;
    if (this.mentionsIn(recent.at, at).some((m) => m.entity.type === 'person' && !m.quoted)) return undefined;
    return recent.speaker;
  }

  /**
   * "WIRED spoke to one mother, who… “…,” she said.": with no named person to refer to, "he"/"she" is the
   * unnamed person the previous sentences introduced.
   */
  private unnamedPersonBefore(at: number): Speaker | undefined {
    // "a local doctor", "A Volvex spokeswoman" (an organisation's name may qualify the person).
    // As a subject or after a preposition ("spoke to one mother, who…"), not a verb's object ("wanted a candidate who
    // had not accepted money" introduces nobody who speaks). "A 29-year-old Berlin woman": modifiers may hold digits.
    const found = this.lastMatchBefore(at, /(?<=(?:^|[.!?;:“"(—–]|,|\b(?:and|but|when|as|after|while|to|with|from|by|for|of))\s*)\b(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(\p{Ll}+)\b/gu, (m) => UNNAMED_PERSON.has(m[1]!) || ROLE_NOUNS.has(m[1]!) || isPersonDescriptor(m[1]!));
    if (!found) return undefined;
    // ("A Volvex spokeswoman": the organisation named is the side they speak for.)
    const side = this.mentionsIn(found.start, found.start + found.match[0].length).find((m) => m.entity.type !== 'person');
    return withAffiliation({ entity: null, name: found.match[0], anonymous: true }, side?.entity.id ?? null);
  }

  /**
   * "TNG50 allowed researchers to see… They found…": the last plural of people ("researchers",
   * "many executives") near the pronoun; a later organisation mention wins over it (checked by the caller).
   */
  private peoplePluralBefore(at: number): { speaker: Speaker; start: number } | undefined {
    const found = this.lastMatchBefore(
      at,
      /(?<![\p{L}’'-])(?:(?:many|some|most|other|several|the|these|those)\s+)?(\p{Ll}{3,}s)(?![\p{L}’'-])/gu,
      (m) => (isPeoplePlural(m[1]!) || ANON_HEADS.has(m[1]!)) && !/^(?:sources|reports|accounts|governments|agencies|companies|groups|businesses|sides)$/.test(m[1]!),
    );
    if (!found) return undefined;
    // "Union leaders met… They said…": with the capitalised word that qualifies them.
    const qualifier = /(?:^|[\s(])(\p{Lu}[\p{L}-]+)\s+$/u.exec(this.text.slice(Math.max(0, found.start - 40), found.start));
    const q = qualifier && !DETERMINERS.has(qualifier[1]!.toLowerCase()) && !QUANTIFIER_SUBJECTS.test(qualifier[1]!) && !/^other$/i.test(qualifier[1]!) && found.match[0] === found.match[1] ? qualifier[1]! : null;
    return { speaker: { entity: null, name: q ? `${q} ${found.match[0]}` : found.match[0], anonymous: true }, start: q ? found.start - q.length - 1 : found.start };
  }

  /**
   * The plural subject opening the sentence of `at`, when "they" at `at` opens a relative clause on a noun after the
   * verb ("…, releasing emails they said…", "…the protesters, who they said…"): a group or organisation named first,
   * or people named by what they are ("Doctors", "The senators").
   */
  private subjectOfObjectRelative(at: number): Speaker | undefined {
    const s = this.sentences[this.sentenceIndexAt(at)];
    if (!s || s.start >= at) return undefined;
    // (`at` is the pronoun's own offset or the verb's after it.)
    const before = this.text.slice(s.start, at).replace(/\bthey\s*$/i, '');
    if (!/(?:,\s*(?:who|whom|which)|\s\p{Ll}{3,}s)\s+$/u.test(before)) return undefined;
    const lead = OPENING_CONNECTIVE.exec(before)![0].length;
    const opening = this.mentionsIn(s.start + lead, at)[0];
    if (opening && /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.test(this.text.slice(s.start + lead, opening.start)) && !opening.quoted && (opening.entity.type === 'group' || opening.entity.type === 'organization') && /^\s+(?:\p{Ll}+ly\s+)?(?:on|in|at|last|this|also|\p{Ll}{2,}ed|\p{Ll}{2,}s)\s/u.test(this.text.slice(opening.end, opening.end + 40))) {
      return this.fromEntity(opening.entity);
    }
    const people = /^(?:the\s+)?(\p{L}{3,}s)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}\b/u.exec(before.slice(lead));
    // (The subject opens the sentence: "YOLA – Nigerian community leaders…" has a dateline before it, and no rule here.)
    if (people && isPeoplePlural(people[1]!.toLowerCase())) return { entity: null, name: people[0].replace(/\s+\S+$/, '').replace(/\s+\p{Ll}+ly$/u, ''), anonymous: true };
    return undefined;
  }

  /**
   * A person named with their team ("Holden and his negotiating team") or with another person ("Lee and Cole") in the
   * sentence before `at`, outside quotations: who "they" are when no source or organisation came since.
   */
  private personAndCompanyBefore(at: number): { speaker: Speaker; at: number } | undefined {
    const i = this.sentenceIndexAt(at);
    const prev = this.sentences[i - 1];
    if (!prev) return undefined;
    for (const m of this.mentionsIn(prev.start, prev.end).reverse()) {
      if (m.quoted || m.entity.type !== 'person' || this.mentionsIn(m.end, at).some((x) => !x.quoted && x.entity.type === 'organization')) continue;
      const after = this.text.slice(m.end, m.end + 60);
      if (/^\s+and\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:team|colleagues|aides|advisers|advisors|lawyers|negotiators|staff|family|deputies)\b/u.test(after)) return { speaker: this.fromEntity(m.entity), at: m.start };
      const other = this.mentionsIn(m.end, m.end + 40).find((x) => x.entity.type === 'person' && x.entity !== m.entity && /^\s+and\s+$/.test(this.text.slice(m.end, x.start)));
      if (other) return { speaker: { ...this.fromEntity(m.entity), with: [other.entity.id] }, at: m.start };
    }
    return undefined;
  }

  /** "American officials": the country of a demonym in the phrase, when the article names that country. */
  private demonymSide(tokens: readonly Token[], from: number, head: number): string | null {
    for (let i = from; i < head; i++) {
      const entry = lookup(tokens[i]!.text)?.find((g) => g.kind === 'demonym' && g.country);
      if (!entry) continue;
      const facts = countryByCode(entry.country!);
      const names = new Set([entry.canonical, ...(facts ? [facts.name, ...facts.aliases] : [])].map(fold));
      const e = this.entities.find((x) => x.type === 'place' && [x.name, ...x.aliases].some((n) => names.has(fold(n))));
      if (e) return e.id;
    }
    return null;
  }

  /** The first named actor of a coordinated ("X and Y") subject in the pronoun's sentence or the two before it. */
  /**
   * The person's last mention before `at` names them as a team's head: "the laboratory of X", "a group led by
   * X", "X's team", "X and her colleagues".
   */
  private leadsGroup(entity: string | null | undefined, at: number): boolean {
    if (!entity) return false;
    const m = this.lastMention(at, (e) => e.id === entity, 1500);
    if (!m) return false;
    const before = this.text.slice(Math.max(0, m.start - 40), m.start);
    const after = this.text.slice(m.end, m.end + 40);
    return (
      new RegExp(`\\b(?:${TEAM_NOUNS})\\s+(?:of|led by|headed by|under)\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+)*$`, 'iu').test(before) ||
      // "The aides, led by campaign manager Terry Sullivan, told the group…": any plural of people led by the person.
      /\b\p{Ll}{3,}s,?\s+(?:led|headed)\s+by\s+(?:\p{Ll}+\s+){0,3}(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(before) ||
      new RegExp(`^(?:’s|'s)\\s+(?:research\\s+)?(?:${TEAM_NOUNS})\\b`).test(after) ||
      ENTOURAGE_NOUNS.test(/^\s+and\s+(?:his|her|their)\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '')
    );
  }

  private coordinatedSubjectBefore(at: number): MentionRef | undefined {
    let i = this.sentenceIndexAt(at);
    for (let looked = 0; i >= 0 && looked < 3; i--, looked++) {
      const s = this.sentences[i]!;
      const end = Math.min(s.end, at);
      if (end <= s.start) continue;
      const head = this.text.slice(s.start, end);
      // "Meanwhile, Pluznick and her colleagues had…": past an opening connective.
      const skip = OPENING_CONNECTIVE.exec(head)![0].length;
      if (/^they\b/i.test(head.slice(skip))) continue;
      const m = /^([^,;:“”"]{2,120}?)\s+and\s+[^,;:“”"]{2,120}?\s+(?:have|has|had|are|were|will|would|did|do|\p{Ll}+ed)\b/u.exec(head.slice(skip));
      if (!m) return undefined;
      const first = this.mentionsIn(s.start + skip, s.start + skip + m[1]!.length).find((x) => !x.quoted && x.entity.type !== 'place');
      return first;
    }
    return undefined;
  }

  /**
   * Who "issued a statement" (a letter, a report) in the 2,000 characters before `at`: the name right before the verb,
   * or the one after "a statement from…", "a report by…", whichever came last.
   */
  private issuerOf(noun: string, at: number): MentionRef | undefined {
    const from = Math.max(0, at - 2000);
    const re = new RegExp(`\\b(?:issued|released|put out|published|sent|shared|posted)\\s+(?:a|an|its|their|his|her)\\s+(?:\\w+\\s+)?${noun}\\b`, 'gi');
    const window = this.text.slice(from, at);
    let last: RegExpExecArray | null = null;
    for (let m = re.exec(window); m; m = re.exec(window)) last = m;
    // "A statement from Swift's publicist said… The statement added…": the one it was from.
    const fromRe = new RegExp(`\\b(?:a|an|the)\\s+(?:\\w+\\s+)?${noun}\\s+(?:from|by)\\s+`, 'gi');
    let byLast: RegExpExecArray | null = null;
    for (let m = fromRe.exec(window); m; m = fromRe.exec(window)) byLast = m;
    if (byLast && (!last || byLast.index > last.index)) {
      const after = from + byLast.index + byLast[0].length;
      const named = this.mentionsIn(after, after + 40).find((x) => x.entity.type === 'organization' || x.entity.type === 'person');
      if (named) return named;
    }
    if (!last) return undefined;
    const verbAt = from + last.index;
    const m = this.lastMention(verbAt, (e) => e.type === 'organization' || e.type === 'person', 120);
    return m && /^[\s,]*(?:\w+\s+){0,3}$/.test(this.text.slice(m.end, verbAt)) ? m : undefined;
  }

  /**
   * "The company flat-out denied the allegations in a statement shared to its website. “…,” the statement read.": the
   * source of the claim made in the sentence that last said "in a statement" (a letter, a post), when it is an actor.
   */
  private statedIn(noun: string, at: number): Speaker | undefined {
    const from = Math.max(0, at - 2000);
    const window = this.text.slice(from, at);
    let last: RegExpExecArray | null = null;
    const re = new RegExp(`\\bin\\s+(?:a|an|its|their|his|her)\\s+(?:[\\w-]+\\s+)?${noun}\\b`, 'gi');
    for (let m = re.exec(window); m; m = re.exec(window)) last = m;
    if (!last) return undefined;
    const i = this.sentenceIndexAt(from + last.index);
    const sentence = this.sentences[i];
    const made = sentence ? this.prior.filter((p) => p.at >= sentence.start && p.at < sentence.end && !!p.speaker.entity).pop() : undefined;
    return made?.speaker;
  }

  /**
   * Adds to `into` the people named outside quotations from `from` to the end of the clause that goes on at `after`
   * (a comma, a quotation mark, a bracket or a subordinator ends it; `sentenceEnd` at the latest).
   */
  private peopleInClause(from: number, after: number, sentenceEnd: number, into: Set<string>): void {
    const stop = /[,;:“”"(]|''|\b(?:that|who|whom|which|whose|because|when|while|if|although)\b/i.exec(this.text.slice(after, sentenceEnd));
    for (const m of this.mentionsIn(from, stop ? after + stop.index : sentenceEnd)) if (m.entity.type === 'person' && !m.quoted) into.add(m.entity.id);
  }

  /**
   * Whether the sentence [start, end) lies inside a quotation opened before it and closed at its end or later in the
   * paragraph: the middle or last sentence of someone's quoted words ("…off guard. I had not expected this."), not a
   * paragraph of a quotation that runs over several and never closes (a reporter's block quote of another article,
   * whose "she" and "Melanie" are the narration's own).
   */
  private insideQuotation(start: number, end: number): boolean {
    const q = quoteAt(this.quotes, start);
    return !!q && !q.open && q.start < start && (q.end >= end || this.text.slice(q.end, end).trim() === '');
  }

  private sentenceIndexAt(at: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The mention of a `type` actor (a person unless said) in subject position of the sentence text [start, end), 'pronoun' for "He…/She…". */
  private sentenceSubject(start: number, end: number, type: Entity['type'] = 'person'): MentionRef | 'pronoun' | undefined {
    // Opening connectives and a fronted adverbial clause end at a comma ("However, she…", "In April, Omar…").
    const head = this.text.slice(start, Math.min(end, start + 240));
    let lead = OPENING_CONNECTIVE.exec(head)![0].length;
    // "To Lorenz’s delight, Hamilton would…", "In 2009, he…": a fronted prepositional phrase ends at its comma.
    // "And despite the advantages her fame might have afforded her, she…": lowercase after a connective, and
    // adverbial clauses too ("When the record came out, he…").
    // So does a fronted participle clause ("Asked on Fox News who leads the party in his view, he said…").
    lead += frontedPhraseLength(head.slice(lead));
    const rest = head.slice(lead);
    // "Yet Trump is also a “change agent,” Cole said.": a post-posed attribution's speaker is the sentence's subject.
    const last = this.mentionsIn(start, end).filter((m) => m.entity.type === type && !m.quoted).pop();
    if (last && /[,”"]\s*$/.test(this.text.slice(Math.max(start, last.start - 3), last.start)) && POSTPOSED_ATTRIBUTION.test(this.text.slice(last.end, end))) return last;
    // "“This will be a challenge” for Clinton, said Kunin.": an inverted one, the name closing the sentence.
    // ("…, said IDC Thursday.": a weekday or "today" may close it.)
    const tail = last ? this.text.slice(last.end, end).trim().replace(/[.!?]$/, '').trim() : '';
    if (last && INVERTED_ATTRIBUTION.test(this.text.slice(Math.max(start, last.start - 40), last.start)) && (tail === '' || DAY_WORD.test(tail))) return last;
    if (/^(?:he|she)\b/i.test(rest)) return 'pronoun';
    // "Asked about her vote in the event that Clinton faces Trump, who has insulted women, she replied:": a participle
    // clause with commas of its own before the pronoun subject.
    const afterConnective = head.slice(OPENING_CONNECTIVE.exec(head)![0].length);
    if (FRONTED_PARTICIPLE.test(afterConnective) && /^[^.;:“”"]{0,240}?,\s*(?:he|she)\s+\p{Ll}{2,}/u.test(afterConnective)) return 'pronoun';
    // A possessive names the subject's owner, not the subject ("Lorenz’s secretary said").
    // A place inside the title is no subject ("Former Pennsylvania governor Ed Rendell").
    const first = this.mentionsIn(start + lead, end).find((m) => !m.quoted && !/^['’]s\b/.test(this.text.slice(m.end, m.end + 3)) && (m.entity.type === type || m.entity.type !== 'place'));
    // "When asked whether Mr Dutton’s leadership…, the prime minister warned…": a role that refers back to the
    // person who holds it is the subject, before anyone named later in the sentence.
    const role = type === 'person' ? DEFINITE_ROLE_OPENING.exec(rest) : null;
    if (role && (!first || first.start > start + lead + role[0].length) && this.refersBack(role[2]!)) {
      const holder = this.byRole(['the', ...role[1]!.toLowerCase().split(/\s+/).filter(Boolean), role[2]!], role[2]!, start + lead);
      if (holder) return { entity: holder, start: start + lead, end: start + lead + role[0].length, quoted: false };
    }
    if (!first || first.entity.type !== type) return undefined;
    const before = this.text.slice(start + lead, first.start);
    // Only titles and descriptors may precede the subject: capitalised words, "the", possessives,
    // "of" inside a title ("Secretary of State Mike Pompeo"); no verb, comma or lowercase preposition.
    // "Sanders's campaign manager, Jeff Weaver, …": an owner's role, then the name in apposition.
    // "Trump’s Indiana chairman, Rex Early, …": a place or a name may qualify the role.
    if (/^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+,\s*$/u.test(before)) return first;
    if (before.length > 60 || /[,;:()]/.test(before)) return undefined;
    const words = before.split(/\s+/).filter(Boolean);
    const ok = words.every((w, k) => /^\p{Lu}/u.test(w) || /^(?:the|a|an)$/i.test(w) || /['’]s$/.test(w) || (w === 'of' && /^\p{Lu}/u.test(words[k + 1] ?? '')) || ROLE_NOUNS.has(w));
    return ok ? first : undefined;
  }

  isPerson(id: string): boolean {
    return this.entities.some((e) => e.id === id && e.type === 'person');
  }

  isPlace(id: string): boolean {
    return this.entities.some((e) => e.id === id && e.type === 'place');
  }

  fromEntity(e: Entity): Speaker {
    return { entity: e.id, name: e.name, anonymous: false };
  }

  /**
   * "Ann Lee and Bob Cole", "Both Sen. Lee and Rep. Cole", "Lee, Cole and Diaz": a subject of two or more actors
   * (people or organisations) joined by "and" and commas, nothing else but titles; the first speaks, with the others.
   */
  private jointSpeakers(inNp: MentionRef[], npStart: number, npEnd: number): Speaker | undefined {
    // Countries and cities too, for their governments ("The United States and Britain warned…").
    const actors = inNp.filter((m) => !m.quoted && (m.entity.type === 'person' || m.entity.type === 'organization' || m.entity.type === 'place') && m.start >= npStart && m.end <= npEnd);
    if (actors.length < 2) return undefined;
    // Outside the names: articles, titles, "both", "all" and bracketed tags ("(D-Ore.)", "(EU)") only; between two
    // names, a comma or "and" ("Clinton and the State Department").
    const extras = /\b(?:the|both|all|each|Mr|Mrs|Ms|Dr|Sens?|Reps?|Gov|Prof)\b\.?|\([^()]{0,30}\)/gi;
    const gaps = [this.text.slice(npStart, actors[0]!.start), ...actors.slice(1).map((m, k) => this.text.slice(actors[k]!.end, m.start)), this.text.slice(actors.at(-1)!.end, npEnd)];
    if (gaps.some((g) => g.replace(extras, '').replace(/\band\b|,/g, '').trim() !== '')) return undefined;
    if (gaps.slice(1, -1).some((g) => !/,|\band\b/.test(g)) || !gaps.slice(1, -1).some((g) => /\band\b/.test(g))) return undefined;
    const ids = [...new Set(actors.map((m) => m.entity.id))];
    if (ids.length < 2) return undefined;
    return { ...this.fromEntity(actors[0]!.entity), with: ids.slice(1) };
  }

  /**
   * "The two companies said they are in talks…", "Both firms declined…": of the organisations named in the 1,500
   * characters before `at`, the two the article mentions most; the one named first there speaks, with the other.
   */
  private namedPair(npText: string, at: number): Speaker | undefined {
    if (!/^(?:the\s+two|both(?:\s+the)?)\s+(?:companies|firms|groups|carriers|airlines|banks|sides|organi[sz]ations)$/i.test(npText)) return undefined;
    // The organisations named in view, the article's most mentioned two of them (not a ticker or an exchange named
    // once in passing), in the order they were first named.
    const inView = [...new Set(this.mentionsIn(Math.max(0, at - 1500), at).filter((m) => m.entity.type === 'organization' && !m.quoted).map((m) => m.entity))];
    if (inView.length < 2) return undefined;
    const ranked = [...inView].sort((a, b) => b.mentions.length - a.mentions.length);
    // A tie for second place leaves the pair a guess.
    if (ranked.length > 2 && ranked[2]!.mentions.length === ranked[1]!.mentions.length) return undefined;
    const pair = inView.filter((e) => e === ranked[0] || e === ranked[1]);
    return { ...this.fromEntity(pair[0]!), with: [pair[1]!.id] };
  }

  /** Resolves a pronoun used as a subject at offset `at`. undefined: the reporter ("I", "we") or unknown. */
  /** `strict`: no guess past the inferred genders (a possessive's owner is never a last resort). */
  pronoun(word: string, at: number, strict = false): Speaker | null | undefined {
    const w = word.toLowerCase();
    if (PRONOUNS_PERSON.has(w)) {
      // "The prime minister's spokesman insisted that… “…,” he told reporters.": the unnamed person who spoke in the
      // sentence before, when no one is named since.
      const described = this.describedSpeakerBefore(at, w);
      if (described) return described;
      // A recent subject first; then an unnamed person just introduced ("one mother"); then any earlier mention.
      const others = new Set<string>();
      const subject = this.subjectPersonBefore(at, w, others);
      if (subject) return this.fromEntity(subject.entity);
      const unnamed = this.unnamedPersonBefore(at);
      if (unnamed) return unnamed;
      const m = this.lastMention(at, (e) => e.type === 'person' && this.fits(e, w) && !others.has(e.id), 4000, true);
      if (m) return this.fromEntity(m.entity);
      // The inferred genders rule out everyone: they are guesses, so the recent subject after all rather
      // than no source.
      const anyone = strict ? undefined : this.subjectPersonBefore(at);
      return anyone ? this.fromEntity(anyone.entity) : undefined;
    }
    if (PRONOUNS_THING.has(w) || PRONOUNS_GROUP.has(w)) {
      const group = PRONOUNS_GROUP.has(w);
      const recent = this.prior.length ? this.prior[this.prior.length - 1] : undefined;
      // "it"/"they" continue the last source unless that source is plainly a person (a full name or a role).
      const plainlyPerson = (p: PriorSpeaker): boolean =>
        p.type === 'person' && (/\s/.test(p.speaker.name ?? '') || !!this.entities.find((e) => e.id === p.speaker.entity)?.role);
      // "Gov. Eric Holcomb and leaders of the Legislature have avoided… They seem… However, they said…":
      // a coordinated subject more recent than the last source is who "they" are.
      if (group) {
        // "House Democrats pressed their probe into allegations Wal-Mart bribed Mexican officials, releasing emails
        // they said suggested…", "Doctors treated the protesters, who they said…": "they" inside a relative clause on
        // the object is the sentence's subject, never the noun the clause is on.
        const relative = w === 'they' ? this.subjectOfObjectRelative(at) : undefined;
        if (relative) return relative;
        const coord = this.coordinatedSubjectBefore(at);
        if (coord && (!recent || coord.start > recent.at)) return this.fromEntity(coord.entity);
        // "The laboratory of Stephen Liggett reported that… Moreover, they showed…": the team its leader spoke for.
        if (recent && recent.type === 'person' && at - recent.at < 1500 && this.leadsGroup(recent.speaker.entity, at)) return recent.speaker;
        // People named by what they are, more recent than the last source and any organisation since.
        const people = w === 'they' ? this.peoplePluralBefore(at) : undefined;
        // Not people named inside the last source's own name ("The union representing the workers said…").
        const insideLast = !!recent && !!people?.speaker.name && (recent.speaker.name ?? '').toLowerCase().includes(people.speaker.name.toLowerCase());
        if (people && !insideLast && (!recent || people.start > recent.at) && !this.mentionsIn(people.start, at).some((m) => !m.quoted && m.entity.type !== 'place')) return people.speaker;
        // "…convinced Holden and his negotiating team that… They have recommended…": a person and their team, or two
        // people, named together in the sentence before (as an object too).
        const pair = w === 'they' ? this.personAndCompanyBefore(at) : undefined;
        if (pair && (!recent || pair.at > recent.at)) return pair.speaker;
      }
      // "Emirates had a fleet of 270 aircraft. In addition to its order of Boeing jets, it announced…": the
      // organisation that is the subject of this sentence or the one before, rather than one named in passing.
      if (!group) {
        const i = this.sentenceIndexAt(at);
        // "IDC said… Samsung “continues to feel pressure,” it said.": after what it reports, "it" goes on with the
        // organisation that spoke just before, rather than the subject of the words reported.
        const postposed = /[,”"]\s*(?:it\s+)?$/i.test(this.text.slice(Math.max(0, at - 8), at));
        const spokeJustBefore = !!recent && recent.type === 'organization' && !recent.speaker.anonymous && this.sentenceIndexAt(recent.at) >= i - 2 && this.sentenceIndexAt(recent.at) < i;
        for (const s of [this.sentences[i], this.sentences[i - 1]]) {
          if (s === this.sentences[i] && postposed && spokeJustBefore) continue;
          const subj = s ? this.sentenceSubject(s.start, Math.min(s.end, at), 'organization') : undefined;
          if (subj && subj !== 'pronoun' && (!recent || subj.start > recent.at)) return this.fromEntity(subj.entity);
        }
      }
      if (recent && at - recent.at < 1500 && !plainlyPerson(recent) && (group || !recent.speaker.anonymous)) {
        return recent.speaker;
      }
      const m = this.lastMention(at, (e) => e.type === 'organization' || e.type === 'group', 1500);
      if (m) return this.fromEntity(m.entity);
      // "Toyota recalled a million cars. It said…", "China denied it. It said…": a place that opened the
      // last sentence acts, as a company or a government.
      const place = group ? undefined : this.lastMention(at, (e) => e.type === 'place', 400);
      if (place && /(?:^|[.!?]["”’]?\s+|\n)$/.test(this.text.slice(Math.max(0, place.start - 4), place.start)) && (this.text.slice(place.start, at).match(/[.!?]["”’]?\s+/g)?.length ?? 0) <= 1) return this.fromEntity(place.entity);
      return undefined;
    }
    if (PRONOUNS_SELF.has(w)) return undefined;
    return undefined;
  }

  /**
   * Resolves the noun phrase made of tokens[from..to] (inclusive) in subject position at offset `at`.
   * undefined when the phrase cannot be a source.
   */
  phrase(tokens: readonly Token[], from: number, to: number, at: number): Speaker | undefined {
    while (from <= to && /^[^\p{L}\p{N}]+$/u.test(tokens[from]!.text)) from++;
    // Not the sign of "42% say…": a poll's share is its respondents.
    while (to >= from && /^[^\p{L}\p{N}]+$/u.test(tokens[to]!.text) && !(tokens[to]!.text === '%' && /\d$/.test(tokens[to - 1]?.text ?? ''))) to--;
    // "WASHINGTON – Two federal prison officers": a dateline is not part of the source.
    for (let d = from; d < Math.min(to, from + 5); d++) {
      if (!/^[–—-]$/.test(tokens[d]!.text)) continue;
      if (tokens.slice(from, d).every((t) => !/\p{Ll}/u.test(t.text))) from = d + 1;
      break;
    }
    // "A federal judge in Texas on Friday blocked the rule, writing…": a time setting closing the phrase is no part of
    // the source's name.
    for (let t = to; t > from + 1 && TIME_WORDS.test(tokens[t]!.text); t--) {
      if (/^(?:on|last|this|early|late)$/i.test(tokens[t - 1]!.text)) {
        // Not "a Gallup poll taken last week", "a report released on Friday": there it dates the document.
        if (!/^\p{Ll}+(?:ed|en)$/u.test(tokens[t - 2]!.text)) to = t - 2;
        // ("The elections commission late on Thursday said": "late" or "early" before it too.)
        if (to > from && /^(?:late|early)$/i.test(tokens[to]!.text)) to--;
        break;
      }
    }
    // "said IDC Thursday", "said the ministry today": a weekday or "today" right after the source is when, no part of it.
    if (to > from && DAY_WORD.test(tokens[to]!.text)) to--;
    if (from > to) return undefined;
    // "New England Business Service, Inc. (NYSE: NEB) today announced…": a legal form after its company's name and a
    // comma is that company.
    // ("Acme Widgets, Inc.": the legal form after the name's comma is no word of the name to match.)
    if (to - from >= 2 && LEGAL_FORM.test(tokens[to]!.text) && tokens[to - 1]!.text === ',') to -= 2;
    if (to - from <= 1 && LEGAL_FORM.test(tokens[from]!.text) && tokens[from - 1]?.text === ',') {
      const company = this.mentionsIn(Math.max(0, tokens[from - 1]!.start - 120), tokens[from - 1]!.start).filter((m) => m.end === tokens[from - 1]!.start).pop();
      if (company) return this.fromEntity(company.entity);
    }
    // "Senior barrister Peter Grieves-Smith KC said": letters after a person's name are no part of the phrase's head.
    if (to > from && POST_NOMINALS.test(tokens[to]!.text) && this.mentionsIn(tokens[to - 1]!.start, tokens[to - 1]!.end).some((m) => m.end === tokens[to - 1]!.end && m.entity.type === 'person')) to--;
    const closing = this.closingSubject(tokens, from, to);
    if (closing) return this.fromEntity(closing);
    // "The former also announced…, while the latter called for…": of the last two people named, the first or the
    // second.
    if (to === from + 1 && /^the$/i.test(tokens[from]!.text) && /^(?:former|latter)$/i.test(tokens[to]!.text)) {
      const last = this.lastMention(at, (e) => e.type === 'person', 3000);
      const before = last ? this.lastMention(last.start, (e) => e.type === 'person' && e !== last.entity, 3000) : undefined;
      if (last && before) return this.fromEntity(/^former$/i.test(tokens[to]!.text) ? before.entity : last.entity);
    }
    // "In a victory speech from Wyoming -- which holds a caucus on Saturday -- Sanders claimed…": a name that stands
    // alone after an aside's closing dash is the subject.
    for (let d = to - 1; d > from; d--) {
      if (!/^[–—-]$/.test(tokens[d]!.text)) continue;
      const rest = this.mentionsIn(tokens[d + 1]!.start, tokens[to]!.end);
      if (rest.length === 1 && rest[0]!.start === tokens[d + 1]!.start && rest[0]!.end === tokens[to]!.end && rest[0]!.entity.type !== 'place') from = d + 1;
      break;
    }
    // "We’ll start by noting…", "Is there something you think…": outside quotation marks, the first and second
    // persons are the writer and the reader, not a source. "Correction added Nov. 18:": an editor's note.
    // ("We’re told…", a source unnamed, is read by the caller.)
    const toldNext = /^(?:told|are|were)$/i.test(tokens[to + 1]?.text ?? '');
    // ("Kenneth I. Chenault": an initial inside a name, no "I".)
    const initial = (x: number): boolean => tokens[x]!.text === 'I' && tokens[x + 1]?.text === '.' && x > from && /^\p{Lu}\p{Ll}/u.test(tokens[x - 1]!.text);
    for (let x = from; x <= to; x++) if ((!toldNext && /^(?:we|you|i)(?:['’](?:ll|re|ve|m|d))?$/i.test(tokens[x]!.text) && !initial(x)) || (x === from && /^(?:correction|clarification|update|erratum)$/i.test(tokens[x]!.text))) return undefined;
    // "An earlier version of this story incorrectly indicated…": the outlet's correction, no source.
    if (/^(?:an?\s+)?(?:earlier|previous)\s+versions?\s+of\s+this\s+(?:story|article|report|post)\b/i.test(this.text.slice(tokens[from]!.start, tokens[to]!.end))) return undefined;
    // "She’s said…": "’s" after a pronoun is "has" or "is", no possessive.
    if (from + 1 === to && /^['’]s$/.test(tokens[to]!.text) && /^(?:he|she|it)$/i.test(tokens[from]!.text)) to = from;
    const first = tokens[from]!;
    // "In addition to the sexual harassment claims, …": a phrase that opens with a capitalised preposition, at the
    // sentence's start, is a fronted setting ("claims" there is a noun), no source.
    if (from === 0 && to > from + 1 && /^\p{Lu}/u.test(first.text) && /^(?:in|on|at|for|with|after|before|during|since|from|under|despite|amid|beyond|besides|beside)$/i.test(first.text) && at > tokens[to]!.end && /^\s*\p{Ll}+s\b/u.test(this.text.slice(tokens[to]!.end, at + 12))) return undefined;
    const npStart = first.start;
    const npEnd = tokens[to]!.end;
    const npText = this.text.slice(npStart, npEnd).replace(/\s+/g, ' ');
    // "Clinton is counting on Mr. Trump's history of racist and sexist [remarks]": a finite "is" or "has" with no
    // relative pronoun before it makes a clause, not the phrase of a source.
    for (let x = from + 1; x < to; x++) {
      const w = tokens[x]!.text.toLowerCase();
      if (/^(?:who|which|that|whose|whom|where|when|,|—|–|-|\(|“|")$/.test(w)) break;
      if (/^(?:is|are|was|were|has|have)$/.test(w) && /^\p{Ll}+ing$/u.test(tokens[x + 1]?.text ?? '')) return undefined;
    }
    // A lone function word ("of", "in") is the debris of a failed parse, not a source.
    // But "Some accused Trump…", "Many say…": a quantifier standing alone for people is an unnamed source.
    // Not "what many expect": a free relative names what was said, not who.
    // ("Some have suggested…", "Many have long argued…": past auxiliaries and adverbs too.)
    if (from === to && QUANTIFIER_SUBJECTS.test(first.text) && at > npEnd && /^\s*(?:(?:have|has|had|would|will|also|long|often|even|still)\s+)*$/i.test(this.text.slice(npEnd, at)) && !/^what$/i.test(tokens[from - 1]?.text ?? '')) return { entity: null, name: npText, anonymous: true };
    // ("according to her": the possessive's form is the object pronoun after a preposition, handled below.)
    const objectHer = /^her$/i.test(first.text) && from > 0 && PREPOSITIONS.has(tokens[from - 1]!.text.toLowerCase());
    if (from === to && (PREPOSITIONS.has(first.text.toLowerCase()) || (DETERMINERS.has(first.text.toLowerCase()) && !objectHer))) return undefined;
    // "He criticized Clinton’s track record said…", "She offers reasonableness instead of resentment, urging…": a
    // subject pronoun with words of its own after it opens a clause; the pronoun is its subject.
    // Only at the sentence's start and before a verb of its own: elsewhere such a phrase is the debris of a failed
    // parse ("Surveys taken as they entered caucus sites showed…"), no source.
    const opensSentence = (from === 0 || /^[“"(]$/.test(tokens[from - 1]!.text)) && to - from <= 7 && !tokens.slice(from, to + 1).some((t) => /^[,;:]$/.test(t.text));
    if (from < to && opensSentence && /^(?:he|she|they)$/i.test(first.text) && (isPastForm(tokens[from + 1]!.text) || /^\p{Ll}{2,}[^s]s$/u.test(tokens[from + 1]!.text)) && !AUX.has(tokens[from + 1]!.text)) to = from;
    if (from === to) {
      // "They’ve argued…", "He’d told…": the pronoun of a contraction.
      // "according to him": an object pronoun after a preposition stands for its subject form.
      const object = { him: 'he', her: 'she', them: 'they' }[first.text.toLowerCase()];
      const bare = object && from > 0 && PREPOSITIONS.has(tokens[from - 1]!.text.toLowerCase()) ? object : first.text.replace(/^(he|she|it|they)['’](?:s|d|ll|ve|re)$/i, '$1');
      const p = this.pronoun(bare, at);
      if (p !== undefined || /^(?:he|she|it|they|i|we|you)$/i.test(bare)) return p ?? undefined;
    }
    // "Saturday at the state party convention Sen. Elizabeth Warren (D-MA) said": a setting with no comma before the
    // subject; the person named last, before any party tag in brackets, speaks.
    if (TIME_OPENER.test(first.text) && to - from >= 3) {
      let end = to;
      if (tokens[end + 1]?.text === ')' || tokens[end]!.text === ')') {
        const open = tokens.findLastIndex((t, x) => x <= end && x >= end - 5 && t.text === '(');
        if (open > from) end = open - 1;
      }
      const last = this.mentionsIn(first.start, tokens[end]!.end).filter((m) => m.entity.type === 'person').pop();
      if (last && last.end === tokens[end]!.end) return this.fromEntity(last.entity);
    }
    // "the Florida senator and Republican presidential candidate": two roles of one person; the first says who.
    if (/^the$/i.test(first.text)) {
      const and = tokens.findIndex((t, x) => x > from + 1 && x < to && t.text === 'and');
      if (and > 0 && ROLE_NOUNS.has(tokens[and - 1]!.text.toLowerCase()) && !DETERMINERS.has(tokens[and + 1]!.text.toLowerCase())) {
        const one = this.phrase(tokens, from, and - 1, at);
        if (one?.entity) return one;
      }
    }
    // Head: the last word before a post-modifier ("sources | close to the talks").
    let head = to;
    for (let i = from + 1; i <= to; i++) {
      // "the doctors offering to run the clinic", "accounts corroborated by video": a participle after a noun.
      // ("data going back to 1950": a short stem too.)
      // (Not a compound's modifier before the last word, a class noun: "the instant messaging firm", "the mining company".)
      const compound = i + 1 === to && (ORG_REFERENCE_NOUNS.has(tokens[to]!.text.toLowerCase()) || ROLE_NOUNS.has(tokens[to]!.text.toLowerCase()));
      const participle = /^(?:\p{Ll}{3,}(?:ing|ed)|\p{Ll}{2}ing)$/u.test(tokens[i]!.text) && !compound && !DETERMINERS.has(tokens[i - 1]!.text.toLowerCase()) && /^\p{L}{3,}$/u.test(tokens[i - 1]!.text) && !/(?:ing|ed|ly)$/.test(tokens[i - 1]!.text);
      // "Gore’s close friends": "close" opens a post-modifier only before its "to" ("sources close to the talks").
      const adjective = /^(?:close|closest|loyal)$/i.test(tokens[i]!.text) && !/^(?:to|with)$/i.test(tokens[i + 1]?.text ?? '');
      // "The Council on American-Islamic Relations National Executive Director Nihad Awad": "on" inside a name opens
      // nothing.
      const inName = this.mentionsIn(tokens[i]!.start, tokens[i]!.end).some((m) => m.start < tokens[i]!.start && m.end > tokens[i]!.end);
      if (((POST_MODIFIERS.has(tokens[i]!.text.toLowerCase()) && !adjective) || participle) && !inName) {
        head = i - 1;
        break;
      }
    }
    while (head > from && /^['’]s$|^[^\p{L}\p{N}]+$/u.test(tokens[head]!.text)) head--;
    // "A large body of neuroscientific studies", "a flurry of work": a quantity's head is what it counts.
    if (QUANTITY_HEADS.has(tokens[head]!.text.toLowerCase()) && tokens[head + 1]?.text.toLowerCase() === 'of' && head + 2 <= to) {
      let counted = to;
      for (let i = head + 3; i <= to; i++) {
        if (POST_MODIFIERS.has(tokens[i]!.text.toLowerCase())) {
          counted = i - 1;
          break;
        }
      }
      head = counted;
    }
    return this.byHead({ tokens, from, to, head, first, npStart, npEnd, npText }, at);
  }

  /**
   * "the Defence Minister", "the spokesman", "a Taliban representative": a role noun as the head (or a role the article
   * gave someone: "the proud owner" after "John McMillan, the shop’s owner,"), resolved to the person holding the role,
   * the one it introduced, the body a spokesperson speaks for, the same unnamed source again, or an unnamed person.
   * Undefined when the head is no role, or when no rule resolves it (a capitalised role with no article before it:
   * the lookups by name after it decide).
   */
  private roleSpeaker(np: NounPhrase, inNp: MentionRef[], affiliation: string | null, at: number): Speaker | undefined {
    const { tokens, from, to, head, first, npStart, npText } = np;
    const headWord = tokens[head]!.text.toLowerCase();
    if (!(ROLE_NOUNS.has(headWord) || (this.roleHeads.has(headWord) && /^the$/i.test(first.text)))) return undefined;
    const words = tokens.slice(from, head + 1).map((t) => t.text.toLowerCase());
    const capitalised = tokens.slice(from, head + 1).some((t) => /^\p{Lu}/u.test(t.text) && !DETERMINERS.has(t.text.toLowerCase()));
    // "A lawyer for the news outlets, David Schulz, said": an indefinite role introduces someone new, never a
    // person with that role named elsewhere (the appositive, if any, names them).
    const byRole = /^(?:a|an|one)$/i.test(first.text) ? undefined : this.byRole(words, headWord, at);
    if (byRole) return this.fromEntity(byRole);
    // "the army's spokesman, Maj. Gen. Ahmed Sharif Chaudhry … The spokesman added": the person that role introduced.
    if (/^the$/i.test(first.text)) {
      const introduced = this.introducedBy(headWord, at);
      if (introduced) return this.fromEntity(introduced);
    }
    // "An Apple spokesperson said", "a spokesman for Hamas", "the ministry's spokeswoman": the body they speak for.
    if (SPOKESPERSON_HEADS.has(headWord)) {
      const voice = this.spokespersonPhrase(tokens, from, head, to, inNp, npText, at);
      if (voice) return voice;
    }
    // "a Taliban representative", "an aide": an indefinite role names nobody in particular.
    if (/^(?:a|an|one)$/i.test(first.text)) return withAffiliation({ entity: null, name: npText, anonymous: true }, affiliation);
    // "Minister Tarar"-like phrases end in a name; a bare capitalised role may still name a known person.
    // "the doctor" after "a doctor on the scene told…": the same unnamed source again.
    if (/^(?:the|this|that)$/i.test(first.text)) {
      const again = this.sameUnnamedAgain(headWord, at);
      if (again) return again.speaker;
    }
    if (/^the$/i.test(first.text) && !capitalised && head - from <= 3) {
      const described = this.describedSubject(headWord, npStart);
      if (described) return this.fromEntity(described);
    }
    // "the spokesman said" with no spokesman named: a person, but an unnamed one.
    if (!capitalised || /^(?:the|this|that)$/i.test(first.text)) {
      return withAffiliation({ entity: null, name: npText, anonymous: !capitalised && inNp.length === 0 }, affiliation);
    }
    return undefined;
  }

  /**
   * "the British royal", "the singer", "the 38-year-old", "The New York Democrat", "The Italian, 44,": a definite
   * description of a person named before, fitting the description's sex or the pronoun that opens what they said; an
   * unnamed person when nobody named fits. Quotation marks do not count ("the \"Pose\" actor"); "the singer and
   * guitarist" describes one person. Undefined when the phrase is no such description.
   */
  private describedPerson(np: NounPhrase, affiliation: string | null, at: number): Speaker | undefined {
    const { tokens, from, to, head, first, npStart, npText } = np;
    const headTok = tokens[head]!;
    const headWord = headTok.text.toLowerCase();
    const wordCount = tokens.slice(from, to + 1).filter((t) => /\p{L}|\d/u.test(t.text)).length;
    // "The New York Democrat", "the Texas Republican": a party member, the person just named.
    const partyMember = PARTY_MEMBERS.has(headWord) && /^\p{Lu}/u.test(headTok.text) && head > from;
    // "The Italian, 44, admitted…": a nationality alone, a person named before.
    const national = to === from + 1 && /^\p{Lu}/u.test(headTok.text) && !!lookup(headTok.text)?.some((g) => g.kind === 'demonym');
    if (/^the$/i.test(first.text) && wordCount <= 6 && ((/^[\p{Ll}\d]/u.test(headTok.text) && isPersonDescriptor(headWord)) || partyMember || national)) {
      // The person must fit the description's sex, or the pronoun that opens what they said: "The actress told
      // reporters she would sue" is no man named before.
      // (A first name's sex is a guess: when the pronoun rules out everyone, the nearest person after all.)
      const sex = roleGender(headWord);
      const pronoun = sex ? (sex === 'male' ? 'he' : 'she') : /^\S+(?:\s+\p{Ll}+)?\s+(?:that\s+)?(he|she)\b/u.exec(this.text.slice(at, at + 60))?.[1];
      // "Ali rebuked Trump when the businessman turned politician called for…": within the sentence that names its
      // subject, a description is someone else (the subject would be "he"), the last other person named.
      // Only people named before the description: not "Cruz" in "The activist, who backs Cruz, warned".
      const own = this.sentences[this.sentenceIndexAt(npStart)];
      const subject = own ? this.sentenceSubject(own.start, npStart) : undefined;
      const other = subject && subject !== 'pronoun' ? this.mentionsIn(subject.end, npStart).filter((m) => m.entity.type === 'person' && m.entity !== subject.entity && !m.quoted).pop() : undefined;
      const fitting = (p: string | undefined): MentionRef | undefined => (other && this.fits(other.entity, p) ? other : undefined) ?? this.subjectPersonBefore(npStart, p) ?? this.lastMention(npStart, (e) => e.type === 'person' && this.fits(e, p), 2000);
      const m = fitting(pronoun) ?? (sex ? undefined : fitting(undefined));
      if (m) return this.fromEntity(m.entity);
      // Nobody named fits: a person the article does not name.
      if (!partyMember && !national) return withAffiliation({ entity: null, name: npText, anonymous: true }, affiliation);
    }
    return undefined;
  }

  /**
   * Resolves a subject noun phrase by its head word ("officials", "the ministry", "the Defence Minister", "Herbert's
   * team"): unnamed sources, organisations and people named before, roles, groups, and the names inside the phrase.
   */
  private byHead(np: NounPhrase, at: number): Speaker | undefined {
    const { tokens, from, to, head, first, npStart, npEnd, npText } = np;
    const headTok = tokens[head]!;
    const headWord = headTok.text.toLowerCase();
    // "said a senior Cruz adviser … said the senior Cruz adviser": the same unnamed source, described again.
    if (/^the$/i.test(first.text) && from < to && !ORG_REFERENCE_NOUNS.has(headWord)) {
      const rest = fold(this.text.slice(tokens[from + 1]!.start, npEnd));
      const again = this.lastPrior(at, 4000, (p) => p.speaker.anonymous && !p.speaker.entity && fold((p.speaker.name ?? '').replace(/^(?:a|an|one)\s+/i, '')) === rest && /^(?:a|an|one)\s/i.test(p.speaker.name ?? ''));
      if (again) return again.speaker;
    }
    const inNp = this.mentionsIn(npStart, npEnd);
    const joint = this.jointSpeakers(inNp, npStart, npEnd) ?? (inNp.length === 0 ? this.namedPair(npText, at) : undefined);
    if (joint) return joint;
    const headMention = inNp.filter((m) => m.start <= headTok.start && m.end >= headTok.end).pop();
    // "American officials", "sources close to the talks": unnamed people, even when the actors
    // stage folded the phrase into an entity; that entity is then the side they speak for.
    // "Doctors for Camp Closure", "Parents Against Gun Violence": a capitalised head whose modifier is a
    // capitalised name is an organisation's name, not an unnamed crowd.
    const namedGroup = head === from && /^\p{Lu}/u.test(headTok.text) && head + 2 <= to && /^(?:for|against|without)$/.test(tokens[head + 1]!.text) && !/^(?:sources?|officials?|people|diplomats?|analysts?|experts?|aides?|insiders?)$/i.test(headTok.text) && /^\p{Lu}/u.test(tokens[head + 2]!.text);
    if (namedGroup) return withAffiliation({ entity: null, name: npText, anonymous: false }, null);
    // "the doctors" after "Doctors for Camp Closure", "the teachers" after "the Indiana State Teachers
    // Association": a definite plural that a named group's or organisation's name holds is that source.
    if (/^the$/i.test(first.text) && head <= from + 2 && /^\p{Ll}{3,}s$/u.test(headTok.text)) {
      const cap = headTok.text[0]!.toUpperCase() + headTok.text.slice(1);
      const named = this.lastPrior(at, 4000, (p) => !p.speaker.anonymous && (p.speaker.name ?? '').split(/\s+/).includes(cap));
      if (named) return named.speaker;
      const org = this.lastMention(at, (e) => e.type === 'organization' && e.name.split(/\s+/).includes(cap), 4000);
      if (org) return this.fromEntity(org.entity);
    }
    // "70 percent of Americans", "a majority of voters": a share of people, none of them named.
    if (/^(?:percent|per|majority|minority|half|third|quarter|plurality|share|proportion|most|many|some|few|none|number)$/.test(headWord) && tokens[head + 1]?.text.toLowerCase() === 'of' && head + 2 <= to) {
      return withAffiliation({ entity: null, name: npText, anonymous: true }, this.demonymSide(tokens, head + 2, to + 1));
    }
    // "63 percent said Clinton was justified", "One in five say…", "Those surveyed say…": a poll's share of its
    // respondents, bare.
    if (surveyShare(tokens, to)) {
      return { entity: null, name: npText, anonymous: true };
    }
    // "Herbert’s team found…", "Garrett’s lab reported…": a research group speaks through the person who leads it.
    if (new RegExp(`^(?:${TEAM_NOUNS})$`).test(headWord)) {
      const leader = inNp.filter((m) => m.end <= headTok.start && m.entity.type === 'person' && /^['’]s?(?:\s|$)/.test(this.text.slice(m.end, m.end + 3))).pop();
      if (leader && head > from && head - from <= 3) return this.fromEntity(leader.entity);
      // "Sabia and her colleagues cautioned…": the named person and the people who work with them.
      const first = inNp[0];
      if (first && first.entity.type === 'person' && first.start === tokens[from]!.start && /^\s+and\s+(?:his|her|their)\s+(?:\p{Ll}+\s+)?$/u.test(this.text.slice(first.end, headTok.start))) return this.fromEntity(first.entity);
      // "the laboratory of Stephen Liggett", "a group led by Herbert’s colleague Noam Cohen at Penn": the person
      // the post-modifier names (the last one before any place or institution).
      if (/^(?:of|led|headed|under)$/.test(tokens[head + 1]?.text.toLowerCase() ?? '')) {
        const close = tokens[Math.min(to, head + 8)]!.end;
        const named = inNp.filter((m) => m.start > headTok.end && m.end <= close && m.entity.type === 'person').pop();
        if (named) return this.fromEntity(named.entity);
      }
    }
    // "The city of Phoenix is demanding…", "the government of Pakistan said": the place's government speaks.
    if (/^(?:city|state|town|county|village|province|government|republic|kingdom|commonwealth)$/.test(headWord) && head === from + 1 && /^the$/i.test(first.text) && tokens[head + 1]?.text.toLowerCase() === 'of') {
      const place = inNp.find((m) => m.start === tokens[head + 2]?.start && m.entity.type === 'place');
      if (place && place.end === npEnd) return this.fromEntity(place.entity);
    }
    // "a group representing rural counties", "an organisation of doctors": no name, an unnamed source.
    if (/^(?:a|an)$/i.test(first.text) && ORG_REFERENCE_NOUNS.has(headWord)) return withAffiliation({ entity: null, name: npText, anonymous: true }, inNp[0]?.entity.id ?? null);
    // "An adviser to the president", "one economist": one of an unnamed group the plural names.
    // (Not a document: "A report by the agency" speaks as its author, below.)
    // "the Chapman parents", "the Chapman brothers": a family named by its surname is no unnamed source.
    if (/^the$/i.test(first.text) && /^(?:parents|children|sons|daughters|brothers|sisters|siblings|grandparents|twins|cousins)$/.test(headWord) && head === from + 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[from + 1]!.text) && !lookup(tokens[from + 1]!.text)?.some((g) => g.kind === 'demonym')) {
      return withAffiliation({ entity: null, name: npText, anonymous: false }, inNp[0]?.entity.id ?? null);
    }
    const writer = this.writerDescribed(tokens, from, head, to, at);
    if (writer) return this.fromEntity(writer);
    const members = this.groupDescribed(tokens, from, head, to, at);
    if (members) return members;
    const oneOf = /^(?:a|an|one|another)$/i.test(first.text) && !EVIDENCE_NOUNS.has(headWord) && [`${headWord}s`, `${headWord}es`, headWord.replace(/y$/, 'ies')].some((p) => p !== headWord && ANON_HEADS.has(p));
    if (((ANON_HEADS.has(headWord) || oneOf) && (/^\p{Ll}/u.test(headTok.text) || head === from)) || (head === from && head < to && QUANTIFIER_SUBJECTS.test(headWord))) {
      // "Amir-Abdollahian said… “…,” the top diplomat said": "top" makes one office of a word that names anyone.
      const top = /^the$/i.test(first.text) && head === from + 2 && /^top$/i.test(tokens[from + 1]!.text) ? this.describedSubject(headWord, npStart, true) : undefined;
      if (top) return this.fromEntity(top);
      const side = headMention?.entity.id ?? inNp.find((m) => m.end <= headTok.start)?.entity.id ?? this.demonymSide(tokens, from, head);
      return withAffiliation({ entity: null, name: npText, anonymous: true }, side);
    }
    if (headMention?.entity.type === 'place') {
      // "Stacy Baker, of Columbia, South Carolina says": a place after "of" is where the person before it is from.
      const ofPlace = /,?\s+(?:of|from)\s+$/.exec(this.text.slice(Math.max(0, headMention.start - 8), headMention.start));
      const personEnd = ofPlace ? headMention.start - ofPlace[0].length : -1;
      const person = ofPlace ? this.mentionsIn(Math.max(0, personEnd - 60), personEnd).filter((m) => m.entity.type === 'person').pop() : undefined;
      if (person && person.end === personEnd) return this.fromEntity(person.entity);
      // "Wired Italy reports", "BBC Scotland said": an organisation's national edition speaks as the organisation.
      const org = inNp.find((m) => m.entity.type === 'organization' && this.text.slice(m.end, headMention.start) === ' ');
      if (org) return this.fromEntity(org.entity);
    }
    // "one Republican involved in the planning", "a Pakistani who saw it": one unnamed member of a party, a faith or
    // a nation, not the party or the country itself.
    if (head === from + 1 && headMention?.entity.type !== 'person' && /^(?:a|an|one|another)$/i.test(first.text) && /^\p{Lu}/u.test(headTok.text) && (GROUP_MEMBERS.has(`${headWord}s`) || lookup(headTok.text)?.some((g) => g.kind === 'demonym'))) {
      const party = headMention ?? this.lastMention(at, (e) => e.type !== 'person' && fold(e.name).split(/\s+/).includes(headWord), 4000);
      return withAffiliation({ entity: null, name: npText, anonymous: true }, party?.entity.id ?? this.demonymSide(tokens, head, head + 1));
    }
    if (headMention) return this.fromEntity(headMention.entity);
    // "the post on the official page of the Granite Shoals Police Department": whose page carried it speaks.
    if (ISSUED_TEXTS.has(headWord)) {
      const page = /^\s+(?:on|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:page|account|feed|website|site|channel|blog)\s+of\s+/u.exec(this.text.slice(headTok.end, headTok.end + 80));
      const owner = page ? inNp.find((m) => m.start >= headTok.end + page[0].length && m.entity.type !== 'place') : undefined;
      if (owner) return this.fromEntity(owner.entity);
      const author = EVIDENCE_NOUNS.has(headWord) ? undefined : this.documentAuthor(tokens, from, head, to, at);
      if (author) return author;
    }
    // "A new ABC News poll", "the ministry's report": the organisation whose document it is speaks.
    if (EVIDENCE_NOUNS.has(headWord)) {
      // "A recent report by the International Energy Agency": or the one it is by.
      // "data going back to 1950 from the Stock Trader’s Almanac": past a participle phrase too.
      let byAt = head + 1;
      while (byAt <= to && byAt <= head + 8 && !/^(?:by|from)$/i.test(tokens[byAt]?.text ?? '') && /^[\p{Ll}\d]/u.test(tokens[byAt]?.text ?? '') && (byAt === head + 1 ? /^\p{Ll}+(?:ing|ed)$/u.test(tokens[byAt]!.text) : true)) byAt++;
      let by = /^(?:by|from)$/i.test(tokens[byAt]?.text ?? '') ? inNp.find((m) => m.start > tokens[byAt]!.end && m.entity.type !== 'place') : undefined;
      // "The survey, conducted by Gallup, found…": its author in the participle phrase set off after it.
      const madeBy = /^,\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:conducted|commissioned|published|released|carried out|compiled|written|produced|funded|led|prepared|issued)\s+(?:jointly\s+)?by\s+(?:the\s+)?/i.exec(this.text.slice(headTok.end, headTok.end + 60));
      if (!by && madeBy) by = this.mentionsIn(headTok.end + madeBy[0].length, headTok.end + madeBy[0].length + 1).find((m) => m.entity.type !== 'place' && !m.quoted);
      const owner = by ?? inNp.filter((m) => m.end <= headTok.start && m.entity.type === 'organization').pop();
      if (owner) return this.fromEntity(owner.entity);
      const documented = this.documentAuthor(tokens, from, head, to, at);
      if (documented) return documented;
      // "Her ruling continued:", "His statement said…": whom the possessive pronoun stands for.
      const ownerPronoun = POSSESSOR_PRONOUN[first.text.toLowerCase()];
      const author = ownerPronoun && head > from ? this.pronoun(ownerPronoun, npStart, true) : undefined;
      if (author?.entity) return author;
      // "Big Machine Records issued a statement… “…,” the statement continued": whoever issued it.
      if (/^(?:the|this|that)$/i.test(first.text) && head === to) {
        const issuer = this.issuerOf(headWord, at);
        if (issuer) return this.fromEntity(issuer.entity);
        const stated = this.statedIn(headWord, at);
        if (stated) return stated;
      }
      // "A large body of studies", "an analysis of labour statistics", "Other studies", "Court papers obtained by
      // our correspondent": a document that names no author is an unnamed source (a definite one, "the report",
      // refers back to one whose author the article gave, found below).
      const definite = /^(?:the|this|that|these|those|his|her|its|their)$/i.test(first.text) || /\b(?:the|this|that|these|those)\s+$/i.test(this.text.slice(Math.max(0, npStart - 8), npStart));
      // "PC World's recent analysis": a named owner the actors stage did not find is still named.
      const possessor = /^((?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*)['’]s\s/u.exec(npText);
      if (possessor && !inNp.length) return { entity: null, name: possessor[1]!, anonymous: false };
      // "an analysis of official U.S. labor statistics": a place the document is about is no author.
      if (!definite && inNp.every((m) => m.entity.type === 'place')) return { entity: null, name: npText, anonymous: true };
    }
    const affiliation = inNp.find((m) => m.end <= headTok.start)?.entity.id ?? null;
    // The whole phrase is a known name or alias ("the Russian space agency").
    const whole = this.byName.get(fold(this.text.slice(npStart, headTok.end).replace(/^(?:the|a|an)\s+/i, '')));
    if (whole?.length) return this.fromEntity(this.nearest(whole, at));
    if (ANON_HEADS.has(headWord)) {
      return withAffiliation({ entity: null, name: npText, anonymous: true }, affiliation);
    }
    // "the country said": the last country named.
    if (to === from + 1 && /^the$/i.test(first.text) && /^(?:country|nation|kingdom|republic)$/.test(headWord)) {
      const m = this.lastMention(at, (e) => e.type === 'place' && !!countryOf(e), 2500);
      if (m) return this.fromEntity(m.entity);
    }
    // "the company", "the electric-car maker", "the ministry": a definite class noun, lowercase modifiers
    // allowed, refers back to an organisation: one whose name shares a word with the phrase; for a class
    // that organisations carry in their names ("Ministry of Defence"), none else ("the BBC … the ministry
    // warned" is not the BBC); otherwise the one that spoke last, then the one named last.
    // A nationality or a base may qualify the class: "the Swedish payments company", "the Toronto-based company".
    // "The Santa Clara, California-based company": a base written with its town and state.
    const basedIn = head === to && to - from <= 7 && to >= 1 && /^\p{Lu}[\p{L}.]*-based$/u.test(tokens[to - 1]!.text) && tokens.slice(from + 1, to - 1).every((t) => /^\p{Lu}|^,$/u.test(t.text));
    // "The Mountain View company": a town's name as the base (its place is no speaker).
    const townBase = head === to && to - from >= 2 && to - from <= 5 && inNp.some((m) => m.entity.type === 'place' && m.start === tokens[from + 1]!.start && m.end === tokens[to - 1]!.end);
    // "The social media giant based in Menlo Park, California,": a base after the class noun, its place named.
    const basedAfter = head < to && head - from <= 3 && /^based$/i.test(tokens[head + 1]?.text ?? '') && /^(?:in|out)$/i.test(tokens[head + 2]?.text ?? '') && tokens.slice(head + 3, to + 1).every((t) => /^\p{Lu}|^(?:,|of)$/u.test(t.text)) && tokens.slice(from + 1, head).every((t) => classModifier(t.text));
    const classNp = /^the$/i.test(first.text) && (head === to || basedAfter) && ((head - from <= 4 && tokens.slice(from + 1, head).every((t) => classModifier(t.text))) || basedIn || townBase);
    // "the campaign": a candidate's campaign, the last one named ("Clinton’s campaign", "the Trump campaign"), never
    // whichever organisation came last.
    if (classNp && headWord === 'campaign') {
      const before = this.text.slice(Math.max(0, at - 4000), at);
      const runs = [...before.matchAll(/(\p{Lu}[\p{L}.'-]+)(?:['’]s)?\s+(?:presidential\s+|re-?election\s+)?campaign\b/gu)].filter((r) => !DETERMINERS.has(r[1]!.toLowerCase()));
      const last = runs[runs.length - 1]?.[1];
      const owner = last ? (this.byName.get(fold(last))?.[0] ?? this.bySurname(last, at)) : undefined;
      if (owner && owner.type !== 'place') return this.fromEntity(owner);
      return withAffiliation({ entity: null, name: npText, anonymous: false }, null);
    }
    // "the Kyodo news agency", "the Pew Research Center think tank": the organisation named inside the class phrase.
    // "Punch newspaper", "Reuters news agency": or a name that opens the phrase, lowercase words between it and the class.
    if (head === to && this.refersToOrg(headWord)) {
      const own = inNp.find((m) => m.entity.type === 'organization' && m.end <= headTok.start && !OWNER_SUFFIX.test(this.text.slice(m.end, m.end + 12)) && (/^the$/i.test(first.text) || (m.start === npStart && /^(?:\s+\p{Ll}[\p{Ll}-]*)+\s*$/u.test(this.text.slice(m.end, headTok.end)))));
      if (own) return this.fromEntity(own.entity);
    }
    if (classNp && this.refersToOrg(headWord)) {
      // ("the Facebook-owned instant messaging firm" is not Facebook: an owner, a backer or a parent named in the phrase is
      // someone else; the phrase refers to the company it owns, the last one named besides it.)
      const owned = (t: Token): boolean => t.text.lastIndexOf('-') > 0 && OWNER_SUFFIX.test(t.text.slice(t.text.lastIndexOf('-')).toLowerCase());
      const owner = tokens.slice(from + 1, to + 1).find((t) => owned(t) && /^\p{Lu}/u.test(t.text))?.text.replace(/-[^-]*$/, '').toLowerCase();
      const stems = tokens.slice(from + 1, to + 1).filter((t) => !owned(t)).flatMap((t) => t.text.toLowerCase().split('-')).filter((x) => x.length >= 4).map((x) => x.slice(0, 5));
      const named = this.lastMention(at, (e) => e.type === 'organization' && e.name.toLowerCase().split(/[\s-]+/).some((x) => stems.includes(x.slice(0, 5))), 2500);
      if (named) return this.fromEntity(named.entity);
      if (owner) {
        const subsidiary = this.lastMention(at, (e) => e.type === 'organization' && !e.name.toLowerCase().split(/\s+/).includes(owner), 2500);
        if (subsidiary) return this.fromEntity(subsidiary.entity);
      }
      // A head taken from a name here refers back to that name only, never to whichever organisation spoke last.
      if (!ORG_REFERENCE_NOUNS.has(headWord)) return withAffiliation({ entity: null, name: npText, anonymous: false }, null);
      // "…, according to The Korea Herald. The outlet -- which reported that Samsung would… -- now says": a class noun
      // of the press refers back to the last news organisation, not to the company its report names.
      if (PRESS_NOUNS.has(headWord)) {
        const press = this.lastMention(at, (e) => e.type === 'organization' && [e.name, ...e.aliases].some((n) => n.split(/[^\p{L}]+/u).some((w) => PRESS_NAME_WORDS.has(w.toLowerCase()))), 2500);
        if (press) return this.fromEntity(press.entity);
      }
      // "NASA … the agency said": government agencies go by acronyms that hide the class word.
      if (headWord === 'agency') {
        const acronym = this.lastMention(at, (e) => e.type === 'organization' && [e.name, ...e.aliases].some((n) => /^\p{Lu}{2,6}$/u.test(n)), 2500);
        if (acronym) return this.fromEntity(acronym.entity);
      }
      // "According to the Civil Defence agency, … The agency warned…": an organisation the article named with that class
      // noun right after its name.
      const classed = this.lastMention(at, (e) => e.type === 'organization' && e.mentions.some((x) => x.start < at && this.text.slice(x.end, x.end + headWord.length + 1).toLowerCase() === ` ${headWord}` && !/\p{L}/u.test(this.text[x.end + headWord.length + 1] ?? '')), 2500);
      if (classed) return this.fromEntity(classed.entity);
      if (NAMED_CLASS_NOUNS.has(headWord)) return withAffiliation({ entity: null, name: npText, anonymous: false }, null);
      const spoke = this.lastPrior(at, 2500, (p) => p.type === 'organization' && !!p.speaker.entity);
      const m = this.lastMention(at, (e) => e.type === 'organization', 2500);
      // "…accused Braun and Big Machine of blocking it. The company denied…": the organisation the sentence
      // before names, since the last one that spoke.
      const prevStart = this.sentences[Math.max(0, this.sentenceIndexAt(at) - 1)]?.start ?? at;
      // Not a name that modifies a noun after an article ("a Netflix documentary").
      // Nor an employer named in a person's role ("said John Doe, IT director at Beta Inc."): the company a
      // press release or a business story is about is the one named most.
      const employer = (x: MentionRef): boolean => {
        const role = /(\p{L}[\p{L}-]*)\s+(?:at|of|for)\s+(?:the\s+)?$/u.exec(this.text.slice(Math.max(0, x.start - 40), x.start))?.[1];
        return !!role && canSpeak(role) && x.entity.mentions.filter((y) => y.start < at).length === 1;
      };
      // Nor the outlet someone spoke to ("Smith told The Associated Press…", "in an interview with CNN").
      // Nor the outlet whose report the sentence cites ("As Mashable reports, the company announced…").
      const addressee = (x: MentionRef): boolean =>
        /\b(?:told|tells|telling|interview with|speaking to|spoke to|said to|according to)\s+(?:the\s+)?$/i.test(this.text.slice(Math.max(0, x.start - 24), x.start)) ||
        (/\b[Aa]s\s+(?:the\s+)?$/.test(this.text.slice(Math.max(0, x.start - 8), x.start)) && /^\s+(?:first\s+)?(?:reports?|reported|notes|noted|writes|wrote)\b/.test(this.text.slice(x.end, x.end + 20)));
      let recent = m;
      while (recent && recent.start >= prevStart && (/\b(?:a|an)\s+$/i.test(this.text.slice(Math.max(0, recent.start - 4), recent.start)) || employer(recent) || addressee(recent))) {
        recent = this.lastMention(recent.start, (e) => e.type === 'organization', 2500);
      }
      // "…concern about the company’s sports cable network, ESPN. … The company attributed…": a unit named as the
      // company's own is not the company.
      const unit = (x: MentionRef): boolean => /\bthe\s+(?:company|firm|group|conglomerate|corporation)['’]s\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+,\s*$/u.test(this.text.slice(Math.max(0, x.start - 80), x.start));
      while (recent && unit(recent) && !spoke) recent = this.lastMention(recent.start, (e) => e.type === 'organization', 2500);
      // "Audi has finally revealed the e-tron GT. The automaker says…": the organisation that is the sentence's
      // subject, before one named later in it.
      const opener = recent && recent.start >= prevStart ? this.mentionsIn(prevStart, recent.start).find((x) => x.entity.type === 'organization' && !x.quoted && /^\s*(?:the\s+)?$/i.test(this.text.slice(prevStart, x.start)) && !/^['’]s?\b/.test(this.text.slice(x.end, x.end + 3))) : undefined;
      if (opener && (!spoke || opener.start > spoke.at)) return this.fromEntity(opener.entity);
      if (recent && recent.start >= prevStart && (!spoke || recent.start > spoke.at)) return this.fromEntity(recent.entity);
      if (spoke) return spoke.speaker;
      if (recent) return this.fromEntity(recent.entity);
      if (m && !addressee(m)) return this.fromEntity(m.entity);
    }
    const byRole = this.roleSpeaker(np, inNp, affiliation, at);
    if (byRole) return byRole;
    const described = this.describedPerson(np, affiliation, at);
    if (described) return described;
    if (/^\p{Lu}/u.test(headTok.text)) {
      const bySurname = this.bySurname(headTok.text, at);
      if (bySurname) return this.fromEntity(bySurname);
    }
    if (!/[\p{L}]/u.test(npText)) return undefined;
    // "the authors", "the researchers", "those in favor of punishment": people the reader is not told the names of.
    // "a funeral service said", "an industry group warned": an indefinite source the article does not name.
    // (Not a document: "according to an arrest affidavit" keeps the paper as its source.)
    // (A noun that can speak: not the adjective of a failed parse, "with a tough warning".)
    const indefinite = /^(?:a|an)$/i.test(first.text) && /^\p{Ll}/u.test(headTok.text) && inNp.length === 0 && (canSpeak(headWord) || AGENT_NOUN.test(headWord) || /(?:service|council|board|panel)$/.test(headWord)) && !EVIDENCE_NOUNS.has(headWord) && !ISSUED_TEXTS.has(headWord) && !/^(?:affidavit|warrant|petition|motion)s?$/.test(headWord);
    // "the policeman said" of "a former Guatemalan police officer" the article never names: an unnamed person too.
    const unnamedPerson = /^(?:the|this|that)$/i.test(first.text) && /^\p{Ll}/u.test(headTok.text) && inNp.length === 0 && (words().personNouns.has(headWord) || ROLE_NOUNS.has(headWord));
    const unnamed = !headMention && (headWord === 'those' || isPeoplePlural(headWord) || UNNAMED_PERSON.has(headWord) || indefinite || unnamedPerson);
    return withAffiliation({ entity: null, name: npText, anonymous: unnamed }, affiliation);
  }

  /**
   * A person whose name closes the subject phrase tokens[from..to] and is its subject though other words come first:
   * right after a word that opens a clause, titles allowed between ("The statement conflicted with what Melania Trump
   * told…", "what Australian Prime Minister Malcolm Turnbull said", "six hours from the time Yoon declared…"); after a
   * run of title words holding a role and its complement ("Palm Beach County Supervisor of Elections Susan Bucher
   * said…"); or right after another name, where a comma closing a fronted phrase is missing ("In a meeting with the
   * editorial board of the Washington Post Trump said…").
   */
  private closingSubject(tokens: readonly Token[], from: number, to: number): Entity | undefined {
    const inPhrase = this.mentionsIn(tokens[from]!.start, tokens[to]!.end);
    const last = inPhrase[inPhrase.length - 1];
    if (!last || last.entity.type !== 'person' || last.end !== tokens[to]!.end || last.start <= tokens[from]!.start) return undefined;
    for (let d = to - 1; d > from; d--) {
      if (!/^(?:what|when|whenever|while|after|before|since|until|because|once|where|how|time)$/i.test(tokens[d]!.text)) continue;
      if (tokens[d]!.end <= last.start && /^(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(this.text.slice(tokens[d + 1]!.start, last.start))) return last.entity;
      break;
    }
    // A title run before the name: capitalised words with a role among them ("Senate Majority Leader Mitch McConnell"),
    // or capitalised words and then a lowercase role right before the name ("Fight for $15 organizing director Kendall
    // Fells", "former State policy planning director Anne-Marie Slaughter").
    // ("Privacy Rights Clearinghouse director of policy and advocacy Paul Stephens": the lowercase role may have its
    // portfolio after "of" or "for".)
    const lead = /^((?:(?:\p{Lu}[\p{L}.’'-]*|of|for|the|former|then|current|acting|interim|\$?\d[\d,.]*)\s+)+)((?:\p{Ll}+\s+){0,8})$/u.exec(this.text.slice(tokens[from]!.start, last.start));
    const lower = lead?.[2]!.trim().split(/\s+/).filter(Boolean) ?? [];
    const lowerRole = (x: string, n: number): boolean => isRoleWord(x) && (n === lower.length - 1 || (n <= 2 && /^(?:of|for)$/.test(lower[n + 1]!) && lower.length - n - 2 <= 4 && lower.length - n - 2 >= 1));
    if (lead && (lower.length ? lower.some(lowerRole) : lead[1]!.split(/\s+/).some(isRoleWord))) return last.entity;
    const before = inPhrase[inPhrase.length - 2];
    if (before && before.entity !== last.entity && before.entity.type !== 'person' && this.text.slice(before.end, last.start) === ' ') return last.entity;
    return undefined;
  }

  /**
   * A spokesperson phrase (tokens[from..to], its head at `head`) with the body it speaks for as its affiliation: the
   * body named in the phrase ("an Apple spokesperson", "a spokesman for Hamas", "a spokeswoman for the group") or
   * only its side ("An Israeli military spokesperson"); for "the spokesperson" alone, the same spokesperson again or
   * the organisation that spoke in the sentences before. Still unnamed here, so that a name in apposition wins
   * ("a spokesperson for Inherent Resolve, Sean Robertson, said"); `onRecord` makes it the body's voice at the end.
   */
  private spokespersonPhrase(tokens: readonly Token[], from: number, head: number, to: number, inNp: MentionRef[], npText: string, at: number): Speaker | undefined {
    const headTok = tokens[head]!;
    const unnamed = (body: string | null): Speaker => withAffiliation({ entity: null, name: npText, anonymous: true }, body);
    const before = inNp.filter((m) => m.end <= headTok.start).pop();
    if (before) return unnamed(before.entity.id);
    if (head + 2 <= to && /^(?:for|of|at)$/i.test(tokens[head + 1]!.text)) {
      const after = inNp.find((m) => m.start >= tokens[head + 1]!.end);
      return unnamed(after ? after.entity.id : (this.phrase(tokens, head + 2, to, at)?.entity ?? null));
    }
    if (tokens.slice(from + 1, head).some((t) => /^\p{Lu}/u.test(t.text))) return unnamed(this.demonymSide(tokens, from, head));
    if (!/^(?:the|this|that)$/i.test(tokens[from]!.text) || head !== to) return undefined;
    // "An Israeli military spokesperson said… the spokesperson added": the same spokesperson again.
    const again = this.sameUnnamedAgain(headTok.text.toLowerCase(), at);
    if (again) return again.speaker;
    // "The Foreign Office said… The spokesperson underlined…": the organisation that spoke in the sentences before.
    const since = this.sentences[Math.max(0, this.sentenceIndexAt(at) - 2)]?.start ?? at;
    const org = this.lastPrior(at, at - since + 1, (p) => p.type === 'organization' && !!p.speaker.entity);
    return org ? unnamed(org.speaker.entity) : undefined;
  }

  /**
   * A spokesperson who speaks for a body or a person is their voice on the record, not an anonymous source: "an
   * Apple spokesperson said" is Apple's claim, "a spokeswoman for Hillary Clinton says" Clinton's (no actor when only
   * a side is named: "An Israeli military spokesperson"), unless the sentence says they would not be named.
   */
  onRecord(sp: Speaker | null, at: number): Speaker | null {
    if (!sp?.anonymous || sp.entity || !SPOKESPERSON_PHRASE.test(sp.name ?? '')) return sp;
    if (!sp.affiliation && !/\s\p{Lu}/u.test(sp.name ?? '')) return sp;
    if (this.unnamedOnRequest(at)) return sp;
    const body = sp.affiliation ? this.entities.find((e) => e.id === sp.affiliation) : undefined;
    // (A place is the side, not the speaker: "a Kabul police spokesman" speaks for the police.)
    return { ...sp, entity: body && body.type !== 'place' ? body.id : null, anonymous: false };
  }

  /** The sentence at `at` says its source would not be named ("…who asked not to be named", "on condition of anonymity"). */
  private unnamedOnRequest(at: number): boolean {
    const s = this.sentences[this.sentenceIndexAt(at)];
    return !!s && UNNAMED_ON_REQUEST.test(this.text.slice(s.start, s.end));
  }

  /** "the doctor" after "a doctor on the scene told…": the unnamed source an indefinite phrase with that head introduced. */
  private sameUnnamedAgain(head: string, at: number): PriorSpeaker | undefined {
    const introduced = new RegExp(`^(?:a|an|one)\\b.*\\b${escapeRegExp(head)}\\b`, 'i');
    return this.lastPrior(at, 3000, (p) => p.speaker.anonymous && introduced.test(p.speaker.name ?? ''));
  }

  /**
   * "Bill Clinton said jobs mattered. “…,” the former president said.": "the" and an office of state that no one here
   * holds describe the person who just spoke, when that person is the subject of the sentences before and the article
   * gives them no role of their own (a role would have named them). Only offices that name public figures count, and
   * only a speaker: "Colin Ross, 31, ate at a chip shop. The senator called…" is someone else. `top`: "the top
   * diplomat", any word made an office by "top".
   */
  /**
   * Whose a document with no name in it is, when the phrase says so: "a statement from the club", "the tweet by the
   * singer" (the described source after "from" or "by"), "her post", "a post on her Instagram page" (the possessive
   * pronoun's person), "the club statement" (a class noun modifying the document). Only a resolved actor counts.
   */
  private documentAuthor(tokens: readonly Token[], from: number, head: number, to: number, at: number): Speaker | undefined {
    const actor = (sp: Speaker | null | undefined): Speaker | undefined => (sp?.entity ? sp : undefined);
    // (A short source only, right after the document or its participle: not "a complaint filed by the SEC and a
    // 15-count complaint by Vermont".)
    const by = tokens.findIndex((t, k) => k > head && k < to && k <= head + 2 && /^(?:from|by)$/i.test(t.text));
    if (by > 0) return to - by <= 6 && !tokens.slice(by + 1, to + 1).some((t) => /^(?:and|or|,)$/.test(t.text)) ? actor(this.phrase(tokens, by + 1, to, at)) : undefined;
    // (After the document only: "His message was underlined by…" leaves a determiner's owner to the rules after this.)
    const possessive = tokens.slice(head + 1, Math.min(to, head + 6) + 1).find((t) => /^(?:his|her|their)$/i.test(t.text));
    if (possessive) return actor(this.pronoun(POSSESSOR_PRONOUN[possessive.text.toLowerCase()]!, tokens[from]!.start, true));
    if (head === from + 2 && /^the$/i.test(tokens[from]!.text) && /^\p{Ll}+$/u.test(tokens[from + 1]!.text) && this.refersToOrg(tokens[from + 1]!.text)) return actor(this.phrase(tokens, from, from + 1, at));
    return undefined;
  }

  private describedSubject(head: string, at: number, top = false): Entity | undefined {
    if ((!top && !PUBLIC_OFFICES.has(head)) || this.roleHolders(head).length) return undefined;
    const sex = roleGender(head);
    const m = this.subjectPersonBefore(at);
    if (!m || m.entity.role || (sex && !this.fits(m.entity, sex === 'male' ? 'he' : 'she'))) return undefined;
    const spoke = this.lastPrior(at, 1500, () => true);
    return spoke?.speaker.entity === m.entity.id ? m.entity : undefined;
  }

  /** The latest earlier source, less than `within` characters before `at`, that `accept` takes. */
  private lastPrior(at: number, within: number, accept: (p: PriorSpeaker) => boolean): PriorSpeaker | undefined {
    for (let k = this.prior.length - 1; k >= 0; k--) {
      const p = this.prior[k]!;
      if (at - p.at < within && accept(p)) return p;
    }
    return undefined;
  }

  /** The person whose name last followed the role noun and a comma within 3,000 characters before `at`. */
  private introducedBy(role: string, at: number): Entity | undefined {
    const from = Math.max(0, at - 3000);
    const re = new RegExp(`\\b${role}\\b,\\s+`, 'gi');
    let found: Entity | undefined;
    for (const m of this.text.slice(from, at).matchAll(re)) found = this.personNamedAt(from + m.index + m[0].length, at) ?? found;
    return found;
  }

  /** The person whose name ends with the token ("Ray Curry" at "Curry", in "Ray Curry, secretary-treasurer…"). */
  personEndingAt(tok: Token): MentionRef | undefined {
    return this.mentionsIn(tok.start, tok.end).find((m) => m.end === tok.end && this.isPerson(m.entity.id));
  }

  /** A person named right at `pos`, titles aside ("Maj. Gen. Ahmed Sharif Chaudhry"), ending before `limit`. */
  personNamedAt(pos: number, limit: number): Entity | undefined {
    const next = this.mentionsIn(pos, Math.min(limit, pos + 40))[0];
    return next && next.entity.type === 'person' && onlyTitleWords(this.text.slice(pos, next.start)) ? next.entity : undefined;
  }

  private nearest(list: Entity[], at: number): Entity {
    if (list.length === 1) return list[0]!;
    let best = list[0]!;
    let bestD = Infinity;
    for (const e of list) {
      for (const m of e.mentions) {
        const d = m.start <= at ? at - m.start : (m.start - at) * 2;
        if (d < bestD) {
          bestD = d;
          best = e;
        }
      }
    }
    return best;
  }

  /**
   * "BuzzFeed’s Nicole Nguyen gives credit… The news reporter even calls…": "the" and a writer's trade, when no one
   * here holds it as a role, describe the person last named, when that person has an outlet and no role of their own.
   */
  private writerDescribed(tokens: readonly Token[], from: number, head: number, to: number, at: number): Entity | undefined {
    const headWord = tokens[head]!.text.toLowerCase();
    if (!WRITER_TRADES.has(headWord) || head !== to || to - from > 3 || !/^the$/i.test(tokens[from]!.text) || !tokens.slice(from + 1, to).every((t) => /^\p{Ll}+$/u.test(t.text))) return undefined;
    const writer = this.lastMention(at, (e) => e.type === 'person', 1500)?.entity;
    const outlet = writer?.affiliation ? this.entities.find((x) => x.id === writer.affiliation) : undefined;
    if (!writer || writer.role || outlet?.type !== 'organization') return undefined;
    return this.roleHolders(headWord).length ? undefined : writer;
  }

  /**
   * "House Democrats pressed their probe… but the lawmakers say…": "the" and people named by what they are, with no
   * such people mentioned before, describe the group that spoke last, a moment before.
   */
  private groupDescribed(tokens: readonly Token[], from: number, head: number, to: number, at: number): Speaker | undefined {
    const headWord = tokens[head]!.text;
    if (head !== to || to - from > 2 || !/^the$/i.test(tokens[from]!.text) || !/^\p{Ll}+$/u.test(headWord) || !isPeoplePlural(headWord)) return undefined;
    // (Mentioned within the article's last few thousand characters: a bounded look back, as a reader's memory is.)
    if (new RegExp(`\\b${escapeRegExp(headWord)}\\b`, 'i').test(this.text.slice(Math.max(0, tokens[from]!.start - 8000), tokens[from]!.start))) return undefined;
    const last = this.lastPrior(at, 1500, () => true);
    return last?.type === 'group' && last.speaker.entity ? last.speaker : undefined;
  }

  /** The people whose role in this article holds the word ("reporter" for "technology reporter"). */
  private roleHolders(word: string): Entity[] {
    const re = new RegExp(`\\b${escapeRegExp(word)}\\b`);
    return this.entities.filter((e) => e.type === 'person' && re.test(fold(e.role ?? '')));
  }

  /** The person whose role (or alias) carries the role words, nearest before `at`, else after. */
  private byRole(words: string[], head: string, at: number): Entity | undefined {
    const content = words.filter((w) => !DETERMINERS.has(w) && w !== '’s' && w !== "'s");
    // "the French president" for President Macron: a nationality fits a person of that country or, when
    // only one person of the role has no known side, that person.
    const side = (e: Entity, w: string): 'same' | 'unknown' | 'other' | null => {
      const code = lookup(w[0]!.toUpperCase() + w.slice(1))?.find((g) => g.kind === 'demonym')?.country;
      if (!code) return null;
      const aff = e.affiliation ? this.entities.find((x) => x.id === e.affiliation) : undefined;
      // ("French president Francois Hollande" is no "Ukrainian president": his role names his side.)
      if (!aff) return (e.role ?? '').split(/\s+/).some((r) => lookup(r)?.some((g) => g.kind === 'demonym' && g.country !== code)) ? 'other' : 'unknown';
      return [aff.name, ...aff.aliases].some((n) => lookup(n)?.some((g) => g.country === code)) ? 'same' : 'other';
    };
    // "the Florida senator" after "Florida Sen. Marco Rubio": a qualifier that stood before one of the person's names.
    // Only titles between: not "Ted Cruz of Texas and Sen. Ann Kerr".
    const qualifiers = new Map(content.map((w) => [w, new RegExp(`\\b${escapeRegExp(w)}(?:['’]s)?(?:\\s+(?!and\\b|or\\b|with\\b)[\\p{L}.-]+){0,3}\\s+$`, 'iu')]));
    // "the Texas senator" after "Sen. Ted Cruz of Texas" or "Sen. Ted Cruz (R-Texas)": or one right after a name.
    const after = new Map(content.map((w) => [w, new RegExp(`^\\s*(?:,\\s*)?(?:(?:of|from)\\s+(?:the\\s+)?|\\((?:[RDI]-)?)${escapeRegExp(w)}\\b`, 'i')]));
    const fitsWith = (lenient: boolean) => (e: Entity): boolean => {
      if (e.type !== 'person') return false;
      const roleText = fold([e.role ?? '', ...e.aliases].join(' '));
      // "the French leader" for President Macron: a head of state or government is its country's leader; "the
      // Congress leader" for the state Congress chief: a body's head is its leader.
      const leads = head === 'leader' && /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader|chief|chairman|chairwoman|chairperson|chair|head)\b/.test(roleText);
      // "the prosecutor" for Deputy District Attorney Marc Labreche: a role named by another word for it.
      const synonym = ROLE_SYNONYMS[head]?.test(roleText) ?? false;
      if (!new RegExp(`\\b${head}\\b`).test(roleText) && !leads && !synonym) return false;
      return content.every((w) => {
        if (w === head || ROLE_NOUNS.has(w) || roleText.includes(fold(w)) || !/^\p{L}/u.test(w) || w.length < 3) return true;
        if (e.mentions.some((m) => qualifiers.get(w)!.test(this.text.slice(Math.max(0, m.start - 30), m.start)) || after.get(w)!.test(this.text.slice(m.end, m.end + 30)))) return true;
        // "the Sandbach councillor" for a councillor the article gave Sandbach as a side.
        const aff = e.affiliation ? this.entities.find((x) => x.id === e.affiliation) : undefined;
        if (aff && [aff.name, ...aff.aliases].some((n) => fold(n).split(/\s+/).includes(fold(w)))) return true;
        const s = side(e, w);
        return s === 'same' || (lenient && s === 'unknown');
      });
    };
    const strict = fitsWith(false);
    const found = this.lastMention(at, strict, 20000)?.entity ?? this.nextMention(at, strict)?.entity;
    if (found) return found;
    const lenient = this.entities.filter(fitsWith(true));
    if (lenient.length === 1) return lenient[0];
    // "opposition leader Rui Matos … the Socialist leader told parliament": a qualifier the person's role does not
    // carry, when it names nothing the text or the reference data knows (not "the Taliban leader", "the Afghan
    // leader"), still fits the only person with that role.
    const unknownQualifiers = content.every((w) => w === head || ROLE_NOUNS.has(w) || (!lookup(w[0]!.toUpperCase() + w.slice(1)) && !this.byName.has(fold(w))));
    // ("the Republican nominee" is not "Democratic vice presidential nominee Tim Kaine": a party's name before one of the
    // person's names, another than the description's, rules them out.)
    const parties = content.map(partyOf).filter(Boolean);
    const otherParty = (e: Entity): boolean => parties.length > 0 && e.mentions.some((m) => [...this.text.slice(Math.max(0, m.start - 60), m.start).toLowerCase().matchAll(/\p{L}+/gu)].some((x) => !!partyOf(x[0]) && !parties.includes(partyOf(x[0]))));
    const sameHead = unknownQualifiers && lenient.length === 0 ? this.roleHolders(head).filter((e) => !otherParty(e)) : [];
    return sameHead.length === 1 ? sameHead[0] : undefined;
  }

  private bySurname(word: string, at: number): Entity | undefined {
    const w = fold(word);
    if (w.length < 2) return undefined;
    const fits = (e: Entity): boolean =>
      e.type !== 'place' && [e.name, ...e.aliases].some((n) => fold(n).split(' ').includes(w));
    const m = this.lastMention(at, fits, 50000) ?? this.nextMention(at, fits, 50000);
    if (m) return m.entity;
    return this.entities.find(fits);
  }

  /** The subject of a participle's clause when no better antecedent exists: the sentence's first actor. */
  firstActor(start: number, end: number, tokens: readonly Token[]): Speaker | undefined {
    const inSentence = this.mentionsIn(start, end);
    // "In an interview with the FBI, Webb confessed…, admitting…": not a name inside a fronted adverbial.
    const fronted = frontedComma(tokens);
    const frontedEnd = fronted >= 0 ? tokens[fronted]!.start : -1;
    for (const [x, m] of inSentence.entries()) {
      if (m.quoted || m.start < start || m.start < frontedEnd) continue;
      const after = this.text.slice(m.end, m.end + 2);
      if (/^['’]s/.test(after)) {
        // "Elon Musk's xAI sued OpenAI, alleging…": what the possessor owns is the subject when it is no
        // actor of its own; it speaks, and the possessor is its side (OpenAI, the object, does not).
        const owned = /^['’]s\s+((?:\p{L}[\p{L}\p{N}-]*\s+){0,2}?\p{L}[\p{L}\p{N}-]*)\s+(\p{Ll}+)/u.exec(this.text.slice(m.end, m.end + 60));
        const nextMention = inSentence[x + 1];
        if (owned && /[\p{Lu}]/u.test(owned[1]!) && (!nextMention || nextMention.start > m.end + owned[0].length) && /(?:ed|s)$/.test(owned[2]!)) {
          return { entity: null, name: this.text.slice(m.start, m.end + owned[0].length - owned[2]!.length).trim(), anonymous: false, affiliation: m.entity.id };
        }
        continue;
      }
      // "Wild coach Bruce Boudreau": the team modifies the person the phrase is headed by.
      const next = inSentence[x + 1];
      if (next && next.entity.type === 'person' && next.entity !== m.entity && /^(?:\s+[\p{L}.-]+){1,3}\s+$/u.test(this.text.slice(m.end, next.start)) &&
        this.text.slice(m.end, next.start).trim().split(/\s+/).every((w) => ROLE_NOUNS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) continue;
      const before = this.text.slice(Math.max(start, m.start - 12), m.start).toLowerCase();
      const prev = /([\p{L}]+)\s*$/u.exec(before)?.[1];
      if (prev && PREPOSITIONS.has(prev)) continue;
      // "xAI sued OpenAI, alleging…": right after a past-tense verb, the object, not the subject.
      if (m.start > start && /\b\p{Ll}{2,}ed\s+(?:(?:the|a|an)\s+)?$/u.test(this.text.slice(Math.max(start, m.start - 30), m.start))) continue;
      // A place is the subject only when it acts ("Kabul rejected…"), not in a dateline or a fronted
      // adverbial ("BUFFALO, N.Y. — Hours before…", "In Kabul, …").
      if (m.entity.type === 'place' && (m.start - start > 40 || /^\s*[,—–:-]/.test(this.text.slice(m.end, m.end + 3)))) continue;
      // "The Vermont senator emailed supporters saying…": a place that qualifies a role speaks as the role's holder,
      // the person last named as the subject (or nobody), never as the place.
      const role = /^ (\p{Ll}+)/u.exec(this.text.slice(m.end, m.end + 30));
      if (m.entity.type === 'place' && role && ROLE_NOUNS.has(role[1]!)) {
        // "A New York judge has rejected…, saying…": someone new, unnamed.
        const article = /\b(?:an?|one) $/i.exec(this.text.slice(Math.max(start, m.start - 5), m.start));
        if (article) return { entity: null, name: this.text.slice(m.start - article[0].length, m.end + role[0].length), anonymous: true };
        const holder = this.subjectPersonBefore(m.start);
        return holder ? this.fromEntity(holder.entity) : undefined;
      }
      return this.fromEntity(m.entity);
    }
    // No known actor: the sentence's opening noun phrase, past a fronted adverbial ("Shortly after, some
    // of Trump’s defenders took to social media, claiming…").
    let from = fronted + 1;
    // "But suddenly, they…": a connective opening the sentence is no part of its subject.
    while (from < tokens.length - 1 && /^(?:but|and|yet|so|or|then)$/i.test(tokens[from]!.text)) from++;
    // "On September 27 they published…": a fronted time or place phrase without its comma, before a pronoun subject.
    if (fronted < 0 && PREPOSITIONS.has(tokens[0]?.text.toLowerCase() ?? '')) {
      const p = tokens.findIndex((t, x) => x > 0 && x <= 6 && /^(?:he|she|it|they|we)$/i.test(t.text));
      if (p > 0 && tokens.slice(1, p).every((t) => /^[\p{L}\p{N}.]+$/u.test(t.text) && !AUX.has(t.text.toLowerCase()))) from = p;
    }
    // A quotation opening the sentence is someone's words, no subject ("“Stay home,” said the post in the
    // afternoon, adding…").
    if (/^[“"‘]$/.test(tokens[from]?.text ?? '')) return undefined;
    let to = -1;
    for (let i = from; i < tokens.length && i < from + 10 && tokens[i]!.start < end; i++) {
      const t = tokens[i]!.text.toLowerCase();
      // Auxiliaries and the adverbs before a verb ("Reilly's office later issued…") end it too.
      if (/^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|did|does|do|should|must)$/.test(t) || t === ',' || (i > from && (AUX.has(t) || isLyAdverb(tokens[i]!.text)))) break;
      // "The team looked at data…", "the defenders took…": a past-tense verb ends the subject.
      if (i > from && (isPastForm(tokens[i]!.text) || verbWithParticle(tokens, i))) break;
      // "The Kootenay site contains a wider variety…, revealing…": a present tense in -s before its object's article
      // makes the sentence's opening a clause of its own, no source of the participle.
      if (i > from && /^\p{Ll}{3,}[^s]s$/u.test(tokens[i]!.text) && /^(?:a|an|the|its|his|her|their|no|some|many|more)$/i.test(tokens[i + 1]?.text ?? '') && /^\p{Ll}{3,}$/u.test(tokens[i - 1]!.text) && !/s$/.test(tokens[i - 1]!.text)) return undefined;
      to = i;
    }
    // "Quick access to Siri by saying “Hey Siri”": a phrase that ends on a preposition, or whose head cannot speak,
    // is no subject of the participle.
    if (to < from || PREPOSITIONS.has(tokens[to]!.text.toLowerCase())) return undefined;
    const sp = this.phrase(tokens, from, to, start);
    const head = tokens[to]!.text;
    // (The head of a phrase with "of" is before it: "The head of London's police force".)
    const withOf = tokens.slice(from, to + 1).some((t) => t.text === 'of');
    if (sp && !sp.entity && !sp.anonymous && !withOf && /^\p{Ll}+$/u.test(head) && !/s$/.test(head) && !canSpeak(head.toLowerCase())) return undefined;
    return sp;
  }
}

/** "put out a statement", "set up a fund": a lowercase verb, its particle and its object's determiner at tokens[i]. */
export function verbWithParticle(tokens: readonly Token[], i: number): boolean {
  return /^\p{Ll}+$/u.test(tokens[i]!.text) && /^(?:out|up|forward|together)$/.test(tokens[i + 1]?.text ?? '') && /^(?:a|an|the|his|her|its|their)$/i.test(tokens[i + 2]?.text ?? '');
}

const NUMBER_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)$/i;
/**
 * A poll's share of its respondents ending at toks[j], the subject of a plural "say": "One in five", "nine out of
 * 10", "Nearly a third", "49%", "62 percent", "those surveyed", "a majority".
 */
export function surveyShare(toks: readonly Token[], j: number): boolean {
  const w = toks[j]?.text.toLowerCase() ?? '';
  const before = (k: number): string => toks[j - k]?.text.toLowerCase() ?? '';
  if (/^(?:surveyed|polled|questioned)$/.test(w) && /^(?:those|people|voters|adults|americans|respondents)$/.test(before(1))) return true;
  if (w === '%' || (w === 'percent' && NUMBER_WORD.test(before(1)))) return true;
  if (/^(?:half|thirds?|quarters?|fourths?|fifths?|tenths?|majority)$/.test(w) && /^(?:a|one|two|three|four|nearly|about|almost|roughly|over|of|the)$/.test(before(1))) return true;
  // "three-fourths say", "two-thirds said": a fraction written as one word.
  if (/^(?:one|two|three|four|five|six|seven|eight|nine)-(?:thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)$/.test(w)) return true;
  if (!NUMBER_WORD.test(w)) return false;
  return (before(1) === 'in' && NUMBER_WORD.test(before(2))) || (before(1) === 'of' && before(2) === 'out' && NUMBER_WORD.test(before(3)));
}

/** A sentence wholly inside a quotation: opened and closed by quotation marks, or one end of a quotation it continues. */
function quotedWhole(sentence: string): boolean {
  const t = sentence.trim();
  const opens = /^(?:[“"]|'')/.test(t);
  const closes = /(?:[”"]|'')[)\]]?$/.test(t);
  const inner = t.slice(opens ? 1 : 0, closes ? -1 : undefined);
  if (/[“”"]|''/.test(inner)) return false;
  return (opens && closes) || (opens !== closes && t.length > 0);
}

function withAffiliation(s: Speaker, affiliation: string | null): Speaker {
  return affiliation ? { ...s, affiliation } : s;
}

export { DETERMINERS, PREPOSITIONS };

/** Words that open a fronted adverbial besides prepositions and -ly adverbs ("When the record came out, …", "There, …"). */
const FRONTED_OPENERS = /^(?:after|before|when|while|since|during|last|there|here|then|although|though|whereas|because|unless|if|once)$/i;

/**
 * The comma that closes a fronted adverbial opening the tokens at `from` ("In his announcement, …", "Shortly
 * after, …"), within twelve tokens and before `limit`; -1 when there is none.
 */
export function frontedComma(toks: readonly Token[], from = 0, limit = toks.length): number {
  const w = toks[from]?.text ?? '';
  if (!PREPOSITIONS.has(w.toLowerCase()) && !isLyAdverb(w.toLowerCase()) && !FRONTED_OPENERS.test(w) && !SENTENCE_ADVERBS.has(w.toLowerCase())) return -1;
  return toks.findIndex((t, x) => x > from && x < limit && x <= from + 12 && t.text === ',');
}
