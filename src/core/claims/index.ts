/**
 * Claims: every attributed statement in the article, tied to who made it, how, and how firmly.
 *
 * Ordered rules per sentence, all linear in the text:
 *  1. impersonal allegations ("It is alleged that…", "which was suspected of…");
 *  2. "according to X";
 *  3. reporting verbs (said, told, lamented, warned, maintains…): the speaker is the subject noun
 *     phrase before the verb, or after it ("“…,” stated Minister X"), or the clause's subject for a
 *     participle ("…, adding that…"); the content follows the verb, or precedes it when the
 *     attribution is post-posed ("…, the Turkish presidency said.");
 *  4. quotations not yet covered continue the speaker of their paragraph or of the paragraph before;
 *  5. a list after "X said:" is X's, item by item;
 *  6. sentences hedged with "reportedly" / "is said to" with no source;
 *  7. block quotations that lost their <blockquote>: paragraphs in the first person, with no quotation
 *     marks, after "X wrote:" or right after a claim of X's, unless the author writes in the first person.
 * Headings and non-prose lines (a trailing chatbot line) are skipped.
 */
import { HONORIFICS, KNOWN_AS_BEFORE, PRESS_NAME_WORDS, SURNAME_PARTICLES } from '../refdata/curated.ts';
import { words } from '../refdata/index.ts';
import { DATELINE_AGENCY, DATELINE_DATE } from '../text/segment.ts';
import type { Paragraph, Segmented, Sentence, Token } from '../text/types.ts';
import type { Claim, ClaimKind, Entity, Span, Speaker } from '../types.ts';
import { ANON_HEADS, AUX, BE_FORMS, CHARACTERISING, ENTOURAGE_NOUNS, isRoleNoun, isRoleWord, CLAUSE_OPENERS, DOCUMENT_NOUNS, EVIDENCE_NOUNS, ISSUED_TEXTS, LEGAL_FORM, HEDGE_ADVERBS, HEDGE_WORDS, isLyAdverb, isPastForm, QUANTIFIER_SUBJECTS, TIME_WORDS, NP_LEADERS, OPENING_CONNECTIVE, PARENTHETICAL_CONNECTIVES, ROLE_NOUNS, VERBS, type VerbForm } from './lexicon.ts';
import { findQuotes, indexAt, isStatementQuote, longestQuoted, quoteAt, quoteEndingBy, titleWords, type Quote } from './quotes.ts';
import { canSpeak, DETERMINERS, frontedComma, isPeoplePlural, isPersonDescriptor, onlyTitleWords, POSSESSOR_PRONOUN, PREPOSITIONS, PRESS_NOUNS, SpeakerResolver, frontedPhraseLength, type MentionRef } from './speaker.ts';
import { ClauseReader, connectiveAside, FINITE_AUX, nameStop, PRE_VERB_ADVERBS, SUBORDINATORS, THAT_WORDS, TIME_MEASURE, WORD_CHAR } from './clauses.ts';
import { asShape, beBefore, catenativeStart, closesQuotedQuestion, gerundComplement, PROPOSITION_VERBS, RELATIVE_QUANTIFIER, VerbUse } from './verb-use.ts';
import { skipSpace, trimEnd, type Draft } from './draft.ts';
import { FIRST_PERSON, LayoutReader } from './layouts.ts';

/**
 * A description set before a person's name and a comma, owned or definite: "Her neighbor, ", "His former business
 * partner at Lenox, ", "The county's top prosecutor, ".
 */
const OWNED_DESCRIPTION = /^(?:(?:her|his|their|the)\s+(?:[\p{Ll}-]+\s+)*[\p{Ll}-]+(?:\s+(?:at|of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s*)+)?,\s*)?$/iu;
/** The words that open a sourcing phrase ("according to", "per", "as first reported by"). */
const SOURCING_WORDS = String.raw`(?:according to|(?:as )?per|as (?:(?:first|originally|initially|previously) )?(?:reported|revealed) by)\b`;
/** A sourcing phrase's opening words, at a token. */
const SOURCING_OPENING = new RegExp(`^${SOURCING_WORDS}`, 'i');
/** A sourcing phrase up to the end of its clause ("according to two officials", "per the Times", "as reported by…"). */
const SOURCING_CUE = new RegExp(`^${SOURCING_WORDS}[^,;:“”"]*$`, 'i');
/**
 * A wire's dateline written without spaces: "SAN JOSE, Calif.--(BUSINESS WIRE)--", "GROTON, Mass.-Oct. 18, 2000--";
 * it names a state or a wire in brackets, so that "NATO-led forces" opens none.
 */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}.'’ ]+\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?[-–—]{1,2}(?:\([^)\n]{1,40}\)[-–—]{1,2})?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}\s*[-–—]{1,2})?\s*/u;
/**
 * A dateline opening a sentence: a place in capitals, perhaps its region or country, a date and the agency, then a dash
 * ("HOUSTON, March 3, 2025 /PRNewswire/ -- ", "KABUL (Reuters) - ", "BADEN, Switzerland, Nov. 12 -- ").
 */
const DATELINE_OPENING = new RegExp(String.raw`^\p{Lu}[\p{Lu}.'’ ]+\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3})?(?:${DATELINE_DATE})?\s*${DATELINE_AGENCY}?\s*(?:[-–—]{1,2}|:)\s+`, 'u');
/** Bodies named by a lowercase word that speak as unnamed sources ("police and security sources"). */
const COLLECTIVE_SOURCES = new Set(['police', 'military', 'army', 'government', 'hospital', 'medical']);
/** Unsigned statements of "There are reports that…". */
const THERE_REPORTS = /^(?:reports|claims|allegations|rumou?rs|suggestions|indications|signs)$/i;
/** Prepositions that take a relative pronoun as their object ("during which", "to whom"). */
const RELATIVE_PREPOSITION = /^(?:of|to|in|at|from|with|on|for|by|during|after|before|under|through|upon|since|until|over|into|among|between|against|about|despite|following|amid|within)$/;

/** Nouns of a held view: what they name is the holder's position ("the Spurs' belief that…"). */
const STANCE_WORDS = 'belief|view|position|stance|conviction';
const STANCE_NOUNS = new RegExp(`^(?:${STANCE_WORDS})$`, 'i');
/** Nouns that name a statement by its maker's possessive ("Acme’s claim that…"). */
/** The kind of claim a statement noun makes: "warning(s)", "allegation(s)", a stance noun's position, else a report. */
function statementNounKind(noun: string): ClaimKind {
  const w = noun.toLowerCase();
  return w.startsWith('warning') ? 'warning' : w.startsWith('allegation') ? 'allegation' : STANCE_NOUNS.test(w) ? 'position' : 'reported';
}

/** Feelings stated about something ("expressed regret over…", "expressed his deep sadness over the crash"). */
const FEELING_NOUNS = /^(?:regret|regrets|sadness|sorrow|condolences|concern|concerns|shock|anger|outrage|disappointment|frustration|sympathy|gratitude|dismay|alarm|remorse)$/i;

const STATEMENT_NOUNS = new RegExp(`^(?:claims?|assertions?|allegations?|contention|insistence|arguments?|statements?|warnings?|promises?|denials?|${STANCE_WORDS})$`, 'i');


/**
 * A word of a short setting between a subject and its verb: a time word, or "in", "also", "recently", a year, an
 * adverb in -ly ("who in 2010 said", "who last week told", "who publicly said", "Wells Fargo just this month announced").
 */
const isSetting = (w: string): boolean => TIME_WORDS.test(w) || /^(?:in|at|also|then|once|previously|recently|first|ago|just|years|days|weeks|months|\d{1,4}|\p{Ll}+ly)$/iu.test(w);

const IMPERSONAL =
  /\b[Ii]t\s+(?:is|was|has\s+been|had\s+been|is\s+being|is\s+widely|was\s+widely)\s+(?:widely\s+)?(?:alleged|claimed|reported|understood|believed|rumou?red|said|thought|suspected|feared|known|argued)\s+(?:that\b|(?=(?:he|she|they|we|the)\s|[A-Z]))/g;
/**
 * "There are fears the river will exceed…", "there are growing concerns that…": a sentiment no one is said to hold is
 * an unsigned allegation. ("There are reports that…" keeps the reports as its unnamed source.)
 */
const THERE_ARE = /\b[Tt]here\s+(?:are|were|have\s+been|had\s+been|is|was)\s+(?:growing\s+|mounting\s+|widespread\s+|increasing\s+|renewed\s+)?(?:fears|concerns|worries|suspicions)\s+(?:that\b|(?=(?:he|she|they|we|it|the)\s|\p{Lu}))/gu;
/** A sentence that opens on a phrase of reports or rumours: "Despite reports they would…", "Amid rumours that…". */
const FRONTED_REPORTS = /^(?:(?:But|And|Yet)\s+)?(?:Despite|Amid|Amidst|Following|With)\s+(((?:(?:media|news|press|unconfirmed|recent|earlier|widespread|growing|persistent|mounting)\s+)*)(reports|rumou?rs|speculation))\s+(?:that\s+)?(?=(?:he|she|they|it|we|the|a|an|his|her|their|its)\s|\p{Lu})/u;
/** "The consensus is that…", "The overall consensus among analysts was that…": unnamed people agree on what follows. */
const CONSENSUS = /\b[Tt]he\s+(?:overall\s+|general\s+|broad\s+|emerging\s+|prevailing\s+)?consensus(?:\s+(?:among|of)\s+((?:\p{L}+\s+){0,3}?\p{L}+))?\s+(?:is|was|seems\s+to\s+be|appears\s+to\s+be)\s+that\b/gu;
/** An adverb between an auxiliary and a passive participle ("have often been accused", "was repeatedly accused"). */
const PASSIVE_ADVERB = String.raw`(?:(?:\p{Ll}+ly|often|also|long|sometimes)\s+)?`;
const SUSPECTED = new RegExp(String.raw`\b(?:(?:is|are|was|were|being)\s+${PASSIVE_ADVERB}|(?:has|have|had)\s+${PASSIVE_ADVERB}been\s+${PASSIVE_ADVERB})(?:suspected|accused)\s+of\b`, 'gu');
/** "has been seen as", "is widely viewed as": a characterisation with no source. */
const SEEN_AS = /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:widely\s+|largely\s+|generally\s+)?(?:seen|viewed|regarded|perceived)\s+as\b/g;
/** "By most accounts, the law worked": unnamed accounts vouch for the rest of the sentence. */
const BY_ACCOUNTS = /^(?:But\s+|And\s+)?([Bb]y\s+((?:most|all|many|some|several|other)\s+(?:accounts|estimates|measures)))\s*,\s*/;
/** Verbs that, before "for", make a call (a stated position), with the form each is in. */
const CALL_FOR_FORMS = new Map<string, VerbForm['form']>(
  ['call', 'push', 'press', 'lobby', 'advocate'].flatMap((base) => {
    const s = base.endsWith('y') ? `${base.slice(0, -1)}ies` : /(?:sh|ss)$/.test(base) ? `${base}es` : `${base}s`;
    const ed = base.endsWith('y') ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${base}ed`;
    const ing = base.endsWith('e') ? `${base.slice(0, -1)}ing` : `${base}ing`;
    return [[base, 'base'], [s, 'finite'], [ed, 'finite'], [ing, 'ing']] as [string, VerbForm['form']][];
  }),
);
/** Every hedge adverb of a sentence, not only the first. */
const HEDGE_ADVERBS_ALL = new RegExp(HEDGE_ADVERBS.source, 'gi');

/** Words after which a named person is seen or heard doing something ("footage of X asking", "shows X saying"). */
const SEEN_OR_HEARD = /^(?:of|shows?|showed|showing|heard|hears|saw|sees|caught|features?|featuring|captured|captures|filmed|recorded)$/i;

/** Nouns of wording that "suggest" or "imply" without being anyone's statement ("as the name suggests"). */
const WORDING_NOUNS = new Set('name names title term word phrase nickname moniker'.split(' '));

/** A phrase in speaker position that names nobody: its last word is a lowercase word that cannot speak. */
function notASource(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const last = /([\p{L}’'-]+)\W*$/u.exec(name)?.[1] ?? '';
  // "As the name might suggest, …", "its title implies"; the generic "One could argue that…".
  if (WORDING_NOUNS.has(last) || /^one$/i.test(name.trim())) return true;
  // "in the wake of the party's defeat in 2012 urged…": a phrase that opens with a preposition is a setting, no subject.
  // Not "at least 21,000", "about two-thirds of caucus attendees": a preposition that approximates a number.
  const approximates = /^(?:about|around|over|under|at|up)$/.test(words[0] ?? '') && /^(?:least|most|\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:-\p{Ll}+)?|half|dozens|hundreds|thousands|millions)$/u.test(words[1] ?? '');
  if (/^\p{Ll}/u.test(name) && PREPOSITIONS.has(words[0]!) && !approximates) return true;
  if (!/^\p{Ll}/u.test(last) || canSpeak(last) || /['’]s$/.test(last)) return false;
  // Not a noun phrase at all: it opens with a bare lowercase word ("raised spending by…", "sends back") or
  // holds a finite verb ("police are investigating", "The certification comes with").
  const first = words[0] ?? '';
  return (/^\p{Ll}/u.test(first) && !DETERMINERS.has(first) && !QUANTIFIER_SUBJECTS.test(first) && !/^(?:your|one)$/.test(first)) || words.some((w) => /^(?:is|are|was|were|comes|come|called)$/.test(w));
}

/**
 * "Microsoft and Google have each pledged…", "The ministers all said…": a quantifier floated after a plural subject
 * (or its auxiliary) belongs to no subject. Not "Nearly all said", where "all" is the subject.
 */
function floatingQuantifier(toks: readonly Token[], k: number): boolean {
  if (k < 1 || !/^(?:each|all|both)$/.test(toks[k]!.text)) return false;
  const before = toks[k - 1]!.text;
  if (isLyAdverb(before.toLowerCase()) || /^(?:almost|not|virtually|about|of)$/i.test(before)) return false;
  return AUX.has(before.toLowerCase()) || /^(?:they|we|you)$/i.test(before) || (/^\p{L}{3,}s$/u.test(before) && !/ss$/.test(before)) || /^\p{Lu}/u.test(before);
}

/** Modal verbs, lowercase: they end a clause and never stand in a subject. */
const MODALS = /^(?:would|will|can|could|should|must|might|may|shall)$/;

/** Adjectives of a stance that take a that-clause ("are adamant that", "was confident that"). */
const STANCE_ADJECTIVES = new Set('adamant confident convinced certain sure hopeful optimistic pessimistic insistent skeptical sceptical doubtful'.split(' '));

/** "Trump said." or "said Trump." right after a quotation that ended its sentence: the name in group 1 or 2. */
const CUT_ATTRIBUTION = /^\s*(?:(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:said|says|added|adds|wrote|writes|explained|insisted)|(?:said|says|added)\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}))\s*[.!]/u;
/** An impersonal passive that signs nobody's name: an unsigned allegation, or, for forecasts and "reported to", a hedge. */
const PASSIVE_HEDGE = new RegExp(
  [
    // "is believed to", "have been known to", "was considered mentally unstable" (not "considered by the board").
    // ("was initially reported to have been trapped": a time adverb between.)
    // (Not "58 cases have been reported to the agency": reported to someone, not reported to be.)
    String.raw`\b(?:is|are|was|were|be|being|(?:has|have|had)\s+been)\s+(?:not\s+|also\s+|still\s+)?(?:widely\s+|generally\s+|now\s+|currently\s+|long\s+|often\s+|initially\s+|originally\s+|previously\s+|first\s+|earlier\s+)?(?:(?:said|believed|thought|reported|rumou?red|understood|alleged|known|feared|suspected|presumed|expected|estimated)\s+(?:to\b(?!\s+(?:the|a|an|his|her|their|its|our|police|authorities)\b|\s+[A-Z])|at\b)|considered\b(?!\s+(?:by|for|in|at|on)\b))`,
    // Reduced: "Hilly areas, thought to represent…", "Long considered one of…".
    String.raw`(?:^|[,;]\s+)(?:long\s+|widely\s+|once\s+)?(?:thought|believed|rumou?red)\s+to\b`,
    String.raw`^(?:Long|Widely|Once)\s+considered\b`,
    // A forecast nobody signs: "Lucasfilm isn’t likely to…", "it is likely the Capitals won’t…".
    String.raw`\b(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:not\s+|very\s+|highly\s+|most\s+|more\s+|less\s+)?(?:likely|unlikely)\s+to\b`,
    String.raw`\b[Ii]t\s+(?:is|was|seems)\s+(?:very\s+|highly\s+)?(?:likely|unlikely)\b`,
  ].join('|'),
);
const WARNING_NOUN = /^(?:warning|caution|plea|threat|ultimatum|appeal|alert)$/i;
/** A subordinating conjunction alone: what opens a reported clause before its own subordinate clause. */
const SUBORDINATOR_ONLY = new RegExp(`^\\s*(?:${[...SUBORDINATORS, 'even though', 'even if', 'as long as'].join('|')})\\s+$`, 'i');

/**
 * The sentence's tokens without short bracketed asides: a party and state ("Robert Aderholt (R-AL) said"), an
 * acronym, an age. They sit between a subject and its verb and say nothing about who speaks; spans keep their
 * text, since tokens carry offsets. Longer brackets, or ones with a reporting verb or a quotation, stay.
 */
function withoutAsides(toks: readonly Token[]): readonly Token[] {
  let drop: Set<number> | undefined;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.text !== '(') continue;
    let c = k + 1;
    while (c < toks.length && c <= k + 6 && toks[c]!.text !== ')' && toks[c]!.text !== '(' && !/^[“”"‘’]$/.test(toks[c]!.text) && !VERBS.has(toks[c]!.text.toLowerCase())) c++;
    if (c === k + 1 || c > k + 6 || toks[c]?.text !== ')') continue;
    // "SAN FRANCISCO (Reuters) - Sam Altman said": a dateline's agency ends where its dash starts the story.
    if (/^[–—-]$/.test(toks[c + 1]?.text ?? '')) continue;
    drop ??= new Set();
    for (let x = k; x <= c; x++) drop.add(x);
    k = c;
  }
  // "Andy Beshear — whose father, as governor, implemented the law — promised…": an aside between dashes after a
  // name, before a lowercase word (the verb); not one that reports or quotes anything itself.
  // A typed double hyphen ("Kall -- co-editor of… -- said") is two "-" tokens (the tokenizer reads a character of
  // punctuation at a time).
  const dash = (t: Token | undefined): boolean => !!t && /^[–—-]$/.test(t.text);
  const doubled = (x: number): boolean => toks[x]?.text === '-' && toks[x + 1]?.text === '-' && toks[x + 1]!.start === toks[x]!.end;
  for (let k = 1; k < toks.length; k++) {
    if (!dash(toks[k]) || !WORD_CHAR.test(toks[k - 1]!.text) || drop?.has(k)) continue;
    const open = doubled(k) ? k + 1 : k;
    let c = open + 1;
    // A relative clause between dashes may hold verbs of its own ("DFA - which was founded by… and which has
    // endorsed Sanders - said").
    const relative = /^(?:which|who|whose)$/i.test(toks[open + 1]?.text ?? '');
    while (c < toks.length && c <= open + 25 && !dash(toks[c]) && !/^[“”"‘’;]$/.test(toks[c]!.text) && (relative || !VERBS.has(toks[c]!.text.toLowerCase()))) c++;
    if (c === open + 1 || c > open + 25 || !dash(toks[c])) continue;
    // "the study -- which notes that 58 companies would owe… -- should be": a relative clause that reports a clause
    // itself stays, for its own claim.
    if (relative && toks.slice(open + 2, c).some((t, x) => VERBS.has(t.text.toLowerCase()) && toks[open + 3 + x]?.text.toLowerCase() === 'that')) continue;
    if (doubled(c)) c++;
    if (!/^\p{Ll}/u.test(toks[c + 1]?.text ?? '')) continue;
    // "…the occasional cheeseburger - an old favorite - others say…": a subject of its own after the aside, not its verb.
    if (/^(?:others|some|many|most|few|several|he|she|they|we|i|it|you|the|a|an|his|her|their|its)$/.test(toks[c + 1]!.text)) continue;
    drop ??= new Set();
    for (let x = k; x <= c; x++) drop.add(x);
    k = c;
  }
  return drop ? toks.filter((_, x) => !drop.has(x)) : toks;
}

/** The speaker of a passive report with no agent ("we're told"). */
const UNNAMED_SOURCE = 'unnamed source';

/** Finds the claims of a segmented article. Never throws; returns [] on any internal error. */
export function findClaims(doc: Segmented, entities: Entity[]): Claim[] {
  try {
    return findClaimsOrThrow(doc, entities);
  } catch {
    return [];
  }
}

/** findClaims without the safety net: tests call it so that an internal error fails them instead of hiding. */
export function findClaimsOrThrow(doc: Segmented, entities: Entity[]): Claim[] {
  return new ClaimFinder(doc, entities).run();
}

/**
 * The article with the marks of quotations in single marks (British style, "‘We will win,’ he said", or straight
 * "'We will win,' said Dr Barrett") written as double ones in its tokens, so that every rule written for “…” reads
 * them. The text and the spans are unchanged; apostrophes, which open or close no quotation, stay as they are.
 */
function singleMarksAsDouble(doc: Segmented, quotes: readonly Quote[]): Segmented {
  const marks = new Map<number, string>();
  for (const q of quotes) {
    if (/^[‘']$/.test(doc.text[q.start] ?? '')) marks.set(q.start, '“');
    if (!q.open && /^[’']$/.test(doc.text[q.end - 1] ?? '')) marks.set(q.end - 1, '”');
  }
  if (marks.size === 0) return doc;
  const tokens = doc.tokens.map((t) => (t.end - t.start === 1 && marks.has(t.start) ? { ...t, text: marks.get(t.start)! } : t));
  return { ...doc, tokens };
}

/** A closing quotation mark among the few tokens before i: the verb at i attributes the quotation ("“…,” Smith shot back"). */
function quotationClosedBefore(toks: readonly Token[], i: number): boolean {
  return toks.slice(Math.max(0, i - 7), i).some((t) => /^[”"]$/.test(t.text));
}

/** The subject noun phrase of a reporting verb, as token indexes into its sentence. */
interface SubjectPhrase {
  npStart: number;
  npEnd: number;
  /** The token that bounds the phrase on the left ("and", "who", a comma), or -1 at the sentence's start. */
  boundary: number;
  /** Whether an appositive stands between the phrase and the verb ("Eric Reeves, one of …, said"). */
  appositive: boolean;
  /** The tokens of the cues of the sentence's earlier claims. */
  cueIdx: Set<number>;
}

/**
 * Finds the claims of one article: the layout passes (layouts.ts), then a pass over each sentence's reporting verbs
 * (VerbUse and ClauseReader read its grammar), then the quotations no verb claimed, then the finishing touches.
 */
class ClaimFinder {
  private readonly text: string;
  private readonly quotes: Quote[] = [];
  private readonly resolver: SpeakerResolver;
  /** The grammar of each sentence: subjects, clauses, asides (clauses.ts). */
  private readonly clauses: ClauseReader;
  /** Whether a lexicon word is a verb of speech where it stands (verb-use.ts). */
  private readonly verbs: VerbUse;
  /** Headlines, transcripts, interviews, attribution lines, link roundups, ledes (layouts.ts). */
  private readonly layouts: LayoutReader;
  /** Tokens of each sentence: [first, end) indices into doc.tokens. */
  private readonly sentTokens: [number, number][];
  private readonly drafts: Draft[] = [];
  /** Set by sentence() when a reporting verb ends its paragraph with a colon. */
  private listSpeaker: Speaker | null = null;
  /** The speaker of each paragraph that ends on a reporting verb and a colon ("In a statement, the company said:"). */
  private readonly colonLeads = new Map<number, Speaker>();

  /** The segmented article, its single quotation marks read as double ones (see singleMarksAsDouble). */
  private readonly doc: Segmented;

  constructor(
    segmented: Segmented,
    private readonly entities: Entity[],
    /** False on the second run over an article whose author writes in the first person here and there. */
    private readonly uncuedBlocks = true,
  ) {
    this.text = segmented.text;
    for (const p of segmented.paragraphs) {
      const last = this.quotes[this.quotes.length - 1];
      this.quotes.push(...findQuotes(this.text, p.start, p.end, !!last?.open && p.index > 0 && last.start >= segmented.paragraphs[p.index - 1]!.start));
    }
    const doc = singleMarksAsDouble(segmented, this.quotes);
    this.doc = doc;
    const mentions: MentionRef[] = [];
    // A headline's names are no narration either: no pronoun of the body refers back to them.
    const headings = doc.paragraphs.filter((p) => p.heading);
    for (const e of entities) {
      for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: e, quoted: !!quoteAt(this.quotes, m.start) || headings.some((p) => m.start >= p.start && m.start < p.end) });
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    this.resolver = new SpeakerResolver(this.text, entities, mentions, doc.sentences, this.quotes);
    this.clauses = new ClauseReader(this.text, this.quotes, this.resolver);
    this.verbs = new VerbUse(this.text, this.quotes, this.resolver, this.clauses);
    this.layouts = new LayoutReader(doc, entities, this.resolver, this.drafts, (d) => this.push(d));
    this.sentTokens = doc.sentences.map(() => [0, 0] as [number, number]);
    let i = 0;
    for (const s of doc.sentences) {
      while (i < doc.tokens.length && doc.tokens[i]!.sentence < s.index) i++;
      const from = i;
      while (i < doc.tokens.length && doc.tokens[i]!.sentence === s.index) i++;
      this.sentTokens[s.index] = [from, i];
    }
  }

  run(): Claim[] {
    const paras = this.doc.paragraphs;
    let listSpeaker: Speaker | null = null;
    // "In a blog post, Askar wrote:" ending its paragraph, then paragraphs without quotation marks: a
    // block quotation (a <blockquote> on the page), one claim a paragraph. It goes on while the
    // paragraphs speak in the first person and report no one else.
    let blockSpeaker: Speaker | null = null;
    let blockPara = -1;
    let colonPara = -1;
    // The named source of the latest paragraph that had one: a block quotation may follow it with no colon
    // ("…, Zuckerberg said at the trial." then "I've been building relationships…").
    let lastNamed: { speaker: Speaker; para: number } | null = null;
    // An author who writes in the first person before quoting anyone (a column, an essay): their "I" is theirs.
    let authorFirstPerson = !this.uncuedBlocks;
    // A first-person paragraph that no named source precedes: the author's own voice somewhere in the article.
    let strayFirstPerson = false;
    let uncued = false;
    const voices = paras.map((_, pi) => this.layouts.blockVoice(pi));
    for (const s of this.doc.sentences) {
      const p = paras[s.paragraph];
      if (!p || p.heading || !p.prose) {
        listSpeaker = null;
        blockSpeaker = null;
        // A section heading ends the context: a first-person paragraph under it is no block quotation of the
        // source named above it.
        if (p?.heading) lastNamed = null;
        continue;
      }
      if (s.paragraph === blockPara) continue;
      if (listSpeaker && this.layouts.isListItem(p.start, p.end) && s.start === p.start) {
        this.push({ start: p.start, end: p.end, contentStart: p.start, contentEnd: p.end, clauseStart: p.start, kind: 'reported', speaker: listSpeaker, cues: [] });
        continue;
      }
      // Only at a paragraph's first sentence: the tests read the whole paragraph.
      const paraStart = s.start === p.start;
      const unquoted = paraStart && !/[“”"]/.test(this.text.slice(p.start, p.end));
      const voice = paraStart ? voices[s.paragraph]! : 'no';
      if (voice === 'first' && !lastNamed && this.drafts.length === 0) authorFirstPerson = true;
      // Named just before, with at most one paragraph of the reporter's between (the writer's context).
      const recentSource = !authorFirstPerson && lastNamed && s.paragraph - lastNamed.para <= 2 ? lastNamed.speaker : null;
      const source = blockSpeaker ?? recentSource;
      // A block goes on through a paragraph or two with no pronoun when the first person comes back after them.
      const inBlock =
        source !== null &&
        !this.layouts.namesSpeaker(p, source) &&
        (voice === 'first' ||
          (blockSpeaker !== null && voice === 'neutral' && [1, 2].some((k) => voices[s.paragraph + k] === 'first' && (k === 1 || voices[s.paragraph + 1] === 'neutral'))));
      if (unquoted && ((listSpeaker && colonPara === s.paragraph - 1 && !this.layouts.isListItem(p.start, p.end)) || inBlock)) {
        const speaker: Speaker = (listSpeaker ?? blockSpeaker ?? recentSource)!;
        if (!listSpeaker && !blockSpeaker) uncued = true;
        this.push({ start: p.start, end: trimEnd(this.text, p.end), contentStart: p.start, contentEnd: trimEnd(this.text, p.end), clauseStart: p.start, kind: 'quote', speaker, cues: [], fromQuote: true });
        blockSpeaker = speaker;
        blockPara = s.paragraph;
        listSpeaker = null;
        continue;
      }
      // "she told me", "my visit": the author, outside any quotation.
      if (paraStart && FIRST_PERSON.test(this.text.slice(p.start, p.end).replace(/“[^”]*”?|"[^"]*"?/g, ''))) strayFirstPerson = true;
      if (s.start === p.start) blockSpeaker = null;
      this.listSpeaker = null;
      const before = this.drafts.length;
      this.sentence(s);
      for (let k = this.drafts.length - 1; k >= before; k--) {
        const sp = this.drafts[k]!.speaker;
        if (sp?.entity && !sp.anonymous) {
          lastNamed = { speaker: sp, para: s.paragraph };
          break;
        }
      }
      // "The Verge's Nilay Patel was floored at the battery life and found the dip a worthy tradeoff:" ending its
      // paragraph, in a roundup of reviews: the unquoted paragraph after it is the named subject's, as after "said:".
      // (Only the paragraph's last sentence, and one character read: not a slice of the paragraph's rest per sentence.)
      if (!this.listSpeaker && s.end >= trimEnd(this.text, p.end) - 1 && this.text[trimEnd(this.text, p.end) - 1] === ':') {
        const m = this.resolver.mentionsIn(s.start, s.end).find((x) => !x.quoted && this.resolver.isPerson(x.entity.id));
        const lead = m ? this.text.slice(s.start, m.start) : '';
        if (m && /^(?:(?:The\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}?\p{Lu}[\p{L}.&-]*['’]s\s+)?$/u.test(lead) && /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b/u.test(this.text.slice(m.end, m.end + 30))) this.listSpeaker = this.resolver.fromEntity(m.entity);
      }
      // "President Obama also said:" ending its paragraph: the list that follows is his.
      listSpeaker = this.listSpeaker;
      if (listSpeaker) colonPara = s.paragraph;
    }
    // Uncued first-person blocks are trusted only when no other paragraph speaks in the first person.
    if (uncued && strayFirstPerson) return new ClaimFinder(this.doc, this.entities, false).run();
    this.quotePass();
    this.layouts.attributionLines();
    this.layouts.transcript();
    this.layouts.headlines();
    this.layouts.creditedItems();
    this.drafts.sort((a, b) => a.start - b.start);
    this.layouts.ledeDescriptions();
    return this.finish();
  }

  private push(d: Draft): void {
    this.drafts.push(d);
    if (d.speaker) this.resolver.prior.push({ at: d.start, speaker: d.speaker, type: this.typeOf(d.speaker) });
  }

  private typeOf(s: Speaker): Entity['type'] | null {
    if (!s.entity) return s.anonymous ? 'group' : null;
    const m = this.resolver.mentionsIn(0, this.text.length).find((x) => x.entity.id === s.entity);
    return m?.entity.type ?? null;
  }

  // ---------------------------------------------------------------- one sentence
  private sentence(s: Sentence): void {
    const [from, to] = this.sentTokens[s.index]!;
    const toks = withoutAsides(this.doc.tokens.slice(from, to));
    const local: Draft[] = [];
    const taken = new Set<number>();
    const sText = this.text.slice(s.start, s.end);
    this.impersonalDrafts(s, toks, sText, local, taken);
    this.verbDrafts(s, toks, local, taken);
    this.verblessDrafts(s, toks, sText, local);
    this.settleDrafts(s, toks, local);
    this.emitDrafts(s, local);
  }

  /**
   * Impersonal allegations ("It is alleged that", "There are fears that"), a consensus ("experts agree that"), reports
   * or rumours a sentence opens on ("Despite reports they would…") and suspicions ("was suspected of", "has been seen
   * as"): claims no one signs, or unnamed sources. Their cue tokens are `taken` from the verb pass.
   */
  private impersonalDrafts(s: Sentence, toks: readonly Token[], sText: string, local: Draft[], taken: Set<number>): void {
    for (const m of [...sText.matchAll(IMPERSONAL), ...sText.matchAll(THERE_ARE)]) {
      const at = s.start + m.index;
      if (this.clauses.inQuote(at)) continue;
      const cueEnd = at + m[0].length;
      for (let i = 0; i < toks.length; i++) if (toks[i]!.start >= at && toks[i]!.end <= cueEnd) taken.add(i);
      local.push(this.draft(at, at, cueEnd, skipSpace(this.text, cueEnd), s.end, 'allegation', null, [{ start: at, end: cueEnd }]));
    }
    // "Despite reports they would sign on for the show, …", "Amid rumours that the CEO would resign, …": a fronted
    // phrase naming reports (unnamed sources) or rumours (unsigned) of what its clause says.
    const fronted = FRONTED_REPORTS.exec(sText);
    if (fronted && !this.clauses.inQuote(s.start)) {
      const at = s.start + fronted.index + fronted[0].indexOf(fronted[1]!);
      const cueEnd = at + fronted[1]!.length;
      const contentStart = s.start + fronted.index + fronted[0].length;
      const comma = this.text.indexOf(',', contentStart);
      if (comma > contentStart && comma < s.end) {
        for (let i = 0; i < toks.length; i++) if (toks[i]!.start >= at && toks[i]!.end <= contentStart) taken.add(i);
        const rumour = /^(?:rumou?rs|speculation)$/i.test(fronted[3]!);
        local.push(this.draft(at, at, cueEnd, contentStart, comma, rumour ? 'allegation' : 'anonymous', rumour ? null : { entity: null, name: fronted[1]!, anonymous: true }, [{ start: at, end: cueEnd }]));
      }
    }
    for (const m of sText.matchAll(CONSENSUS)) {
      const at = s.start + m.index;
      if (this.clauses.inQuote(at)) continue;
      const cueEnd = at + m[0].length;
      for (let i = 0; i < toks.length; i++) if (toks[i]!.start >= at && toks[i]!.end <= cueEnd) taken.add(i);
      const who = m[1] ? m[1] : 'the consensus';
      local.push(this.draft(at, at, cueEnd, skipSpace(this.text, cueEnd), s.end, 'anonymous', { entity: null, name: who, anonymous: true }, [{ start: at, end: cueEnd }]));
    }
    for (const m of [...sText.matchAll(SUSPECTED), ...sText.matchAll(SEEN_AS)]) {
      const at = s.start + m.index;
      if (this.clauses.inQuote(at)) continue;
      const clause = this.clauseAround(s, at);
      for (let i = 0; i < toks.length; i++) if (toks[i]!.start >= at && toks[i]!.end <= at + m[0].length) taken.add(i);
      local.push(this.draft(clause.start, at, at + m[0].length, clause.start, clause.end, 'allegation', null, [{ start: at, end: at + m[0].length }]));
    }
  }

  /** "According to" and the reporting verbs of a sentence, left to right. */
  private verbDrafts(s: Sentence, toks: readonly Token[], local: Draft[], taken: Set<number>): void {
    let pendingKind: ClaimKind | null = null;
    for (let i = 0; i < toks.length; i++) {
      if (taken.has(i)) continue;
      const t = toks[i]!;
      if (this.clauses.inQuote(t.start)) continue;
      const lw = t.text.toLowerCase();
      const inWords = i <= 1 ? this.inTheWordsOf(s, toks, i) : undefined;
      if (inWords) {
        local.push(inWords.draft);
        i = inWords.comma;
        continue;
      }
      const sourcing = this.accordingCueLength(toks, i);
      if (sourcing > 0) {
        const d = this.accordingTo(s, toks, i, sourcing);
        if (d) local.push(d);
        i += sourcing - 1;
        continue;
      }
      // "raised questions about…", "voiced concerns that…": a statement made as a noun phrase.
      if (/^(?:raised|raises|voiced|voices|expressed|expresses)$/.test(lw) && /^(?:questions|concerns?|doubts|fears|alarm|worries)$/i.test(toks[i + 1]?.text ?? '') && /^(?:about|over|that|regarding)$/i.test(toks[i + 2]?.text ?? '')) {
        const verb: VerbForm = { lemma: 'raise', kind: 'reported', needsThat: false, invertible: false, form: 'finite' };
        const d = this.verbClaim(s, toks, i, i + 1, verb, local);
        // Only a source raises them as a statement; "The vote raised fears…" is an event's effect.
        if (d?.speaker && (d.speaker.entity || d.speaker.anonymous)) local.push(d);
        i += 1;
        continue;
      }
      // "expressed the hope that the talks would bear fruit", "voiced confidence that…": a stated position.
      if (/^(?:expressed|expresses|voiced|voices)$/.test(lw)) {
        let n = i + 1;
        if (/^(?:the|his|her|their|its|some|strong|cautious|full|firm)$/i.test(toks[n]?.text ?? '')) n++;
        if (/^(?:hope|confidence|optimism|belief|conviction|certainty|expectation|wish|view)$/i.test(toks[n]?.text ?? '') && toks[n + 1]?.text.toLowerCase() === 'that') {
          const verb: VerbForm = { lemma: 'express hope', kind: 'position', needsThat: true, invertible: false, form: 'finite' };
          const d = this.verbClaim(s, toks, i, n, verb, local);
          if (d?.speaker && (d.speaker.entity || d.speaker.anonymous)) local.push(d);
          i = n;
          continue;
        }
        // "has expressed regret over his poor choice of words", "expressed his deep sadness over the crash": a feeling
        // stated, with what it is about.
        let f = i + 1;
        while (f <= i + 4 && /^(?:his|her|their|its|own|deep|deepest|great|profound|sincere|serious|grave|strong|“|"|‘)$/i.test(toks[f]?.text ?? '')) f++;
        const about = toks[/^[”"’]$/.test(toks[f + 1]?.text ?? '') ? f + 2 : f + 1]?.text ?? '';
        if (FEELING_NOUNS.test(toks[f]?.text ?? '') && /^(?:over|about|at|for|that|with|to|regarding)$/i.test(about)) {
          const verb: VerbForm = { lemma: 'express feeling', kind: 'reported', needsThat: false, invertible: false, form: 'finite' };
          const d = this.verbClaim(s, toks, i, i, verb, local);
          if (d?.speaker && (d.speaker.entity || d.speaker.anonymous)) local.push(d);
          i = f;
          continue;
        }
      }
      // "issued a stern caution/warning/plea": a warning cue whose content may follow in a participle.
      if (/^(?:issued|issues|issue|gave|sounded|made)$/.test(lw)) {
        let j = i + 1;
        while (j < toks.length && j <= i + 4 && !WARNING_NOUN.test(toks[j]!.text)) j++;
        if (j < toks.length && j <= i + 4 && WARNING_NOUN.test(toks[j]!.text) && /^(?:a|an|the|his|her|its|their|another|fresh|new)$/i.test(toks[i + 1]!.text)) {
          const verb: VerbForm = { lemma: 'warn', kind: 'warning', needsThat: false, invertible: false, form: 'finite' };
          const d = this.verbClaim(s, toks, i, j, verb, local);
          if (d) {
            if (d.contentEnd - d.contentStart < 3 || /^,/.test(this.text.slice(toks[j]!.end, toks[j]!.end + 2))) {
              pendingKind = 'warning';
              local.push({ ...d, contentStart: d.contentEnd, kind: 'warning' });
            } else local.push(d);
          }
          i = j;
          continue;
        }
      }
      const characterise = CHARACTERISING.get(lw);
      // "Trump responded to that tweet by calling Alwaleed “dopey”": the means of a claim already made is its content.
      // So is what a rejection says of the claims it rejects: "The Taliban rejected the claims, calling them baseless".
      const rejection = (d: Draft): boolean => {
        const lemma = this.cueVerb(d)?.lemma;
        return !!lemma && (PROPOSITION_VERBS.has(lemma) || lemma === 'deny');
      };
      const means = /ing$/.test(lw) && (toks[i - 1]?.text.toLowerCase() === 'by' || toks[i - 1]?.text === ',') && local.some((d) => d.contentStart <= toks[i]!.start && toks[i]!.start < d.contentEnd && (toks[i - 1]!.text !== ',' || rejection(d)));
      if (characterise && i > 0 && !means && this.clauses.characterises(toks, i, characterise)) {
        const d = this.verbClaim(s, toks, i, i, { lemma: lw, kind: 'reported', needsThat: false, invertible: false, form: lw.endsWith('ing') ? 'ing' : 'finite' }, local);
        // "what Gingrich called “the loudest…,” he is intrigued": a quotation right after the verb is all it says, and
        // inside another source's words it is part of them.
        const q = /^[“"]$/.test(toks[i + 1]?.text ?? '') ? quoteAt(this.quotes, toks[i + 1]!.start) : undefined;
        if (d && q) {
          d.inline = true;
          if (q.end < d.contentEnd) {
            d.contentEnd = q.end;
            d.end = Math.max(q.end, ...d.cues.map((c) => c.end));
          }
        }
        if (d) local.push(d);
        continue;
      }
      // "There are reports that the ceasefire has collapsed", "There were also unconfirmed claims that…": reports
      // that nobody signs, an unnamed source.
      if (lw === 'there' && BE_FORMS.has(toks[i + 1]?.text.toLowerCase() ?? '')) {
        let n = i + 2;
        while (n < toks.length && n <= i + 5 && /^\p{Ll}+$/u.test(toks[n]!.text) && !THERE_REPORTS.test(toks[n]!.text)) n++;
        if (n <= i + 5 && THERE_REPORTS.test(toks[n]?.text ?? '') && toks[n + 1]?.text.toLowerCase() === 'that') {
          const verb: VerbForm = { lemma: 'report', kind: 'reported', needsThat: true, invertible: false, form: 'finite' };
          const speaker: Speaker = { entity: null, name: toks[n]!.text, anonymous: true };
          local.push(this.finishDraft(t.start, { start: toks[n]!.start, end: toks[n]!.end }, this.contentAfter(s, toks, n, verb), t.start, verb, speaker));
          i = n;
          continue;
        }
      }
      // "Acme’s claim that the product was safe", "Tulsa police’s earlier claim that…": a statement named by the
      // noun of its maker's possessive. Not "Acme’s claim that was filed" (a relative clause).
      // "his claim that he had done so", "the campaign’s earlier claim that…", "Trump’s statement earlier this year
      // that…": a possessive pronoun or a common noun's, and a time setting before "that", too.
      const pronounOwner = /^(?:his|her|their|its)$/.test(lw);
      // ("the Spurs' belief, that…": a plural name's possessive is its apostrophe alone.)
      const pluralOwner = /^['’]$/.test(lw) && i > 0 && /^\p{Lu}\p{L}*s$/u.test(toks[i - 1]!.text) && toks[i]!.start === toks[i - 1]!.end;
      if ((/^['’]s$/.test(lw) && i > 0) || pronounOwner || pluralOwner) {
        let n = i + 1;
        while (n < toks.length && n <= i + 3 && /^\p{Ll}+$/u.test(toks[n]!.text) && !STATEMENT_NOUNS.test(toks[n]!.text)) n++;
        let that = n + 1;
        while (that < toks.length && that <= n + 3 && TIME_WORDS.test(toks[that]!.text)) that++;
        if (toks[that]?.text === ',' && toks[that + 1]?.text.toLowerCase() === 'that') that++;
        const after = toks[that + 1]?.text.toLowerCase() ?? '';
        if (n <= i + 3 && STATEMENT_NOUNS.test(toks[n]?.text ?? '') && toks[that]?.text.toLowerCase() === 'that' && after && !AUX.has(after) && !VERBS.has(after)) {
          let a = i;
          let speaker: Speaker | undefined;
          if (pronounOwner) speaker = this.resolver.pronoun(POSSESSOR_PRONOUN[lw]!, toks[i]!.start, true) ?? undefined;
          else {
            // The maker: a name, perhaps with a lowercase head noun ("Tulsa police").
            if (a > 0 && /^\p{Ll}+$/u.test(toks[a - 1]!.text) && /^\p{Lu}/u.test(toks[a - 2]?.text ?? '')) a--;
            while (a > 0 && a > i - 6 && (/^\p{Lu}/u.test(toks[a - 1]!.text) || (/^(?:of|for|and)$/.test(toks[a - 1]!.text) && /^\p{Lu}/u.test(toks[a - 2]?.text ?? ''))) && !DETERMINERS.has(toks[a - 1]!.text.toLowerCase())) a--;
            // Or "the campaign’s": an article and a noun.
            if (a === i && i >= 2 && /^\p{Ll}{3,}$/u.test(toks[i - 1]!.text) && /^the$/i.test(toks[i - 2]!.text)) a = i - 2;
            speaker = a < i && (a === i - 2 || toks.slice(a, i).some((t) => /^\p{Lu}/u.test(t.text))) ? this.resolver.phrase(toks, a, i - 1, toks[i]!.start) : undefined;
          }
          if (speaker) {
            const verb: VerbForm = { lemma: 'claim', kind: statementNounKind(toks[n]!.text), needsThat: true, invertible: false, form: 'finite' };
            local.push(this.finishDraft(toks[a]!.start, { start: toks[n]!.start, end: toks[n]!.end }, this.contentAfter(s, toks, n, verb), toks[a]!.start, verb, speaker));
            i = n;
            continue;
          }
        }
      }
      // "following a complaint by Cabinet Secretary Leighton Craig that…", "claims by John Smith that…", "a warning from
      // the IMF that…": a statement noun, its maker after "by" or "from", then what was stated.
      if ((STATEMENT_NOUNS.test(toks[i]!.text) || /^complaints?$/i.test(toks[i]!.text)) && /^\p{Ll}/u.test(toks[i]!.text) && /^(?:by|from)$/.test(toks[i + 1]?.text ?? '')) {
        const that = toks.findIndex((t, k) => k > i + 2 && k <= i + 10 && t.text.toLowerCase() === 'that');
        const maker = that > 0 ? toks.slice(i + 2, that) : [];
        const after = toks[that + 1]?.text.toLowerCase() ?? '';
        if (maker.length && maker.every((t) => WORD_CHAR.test(t.text) || /^(?:\.|['’]s)$/.test(t.text)) && maker.every((t) => /^\p{Lu}/u.test(t.text) || (!VERBS.has(t.text.toLowerCase()) && !AUX.has(t.text.toLowerCase()))) && after && !AUX.has(after) && !VERBS.has(after)) {
          const speaker = this.resolver.phrase(toks, i + 2, that - 1, toks[i]!.start);
          if (speaker && (speaker.entity || speaker.anonymous)) {
            const verb: VerbForm = { lemma: 'claim', kind: statementNounKind(lw), needsThat: true, invertible: false, form: 'finite' };
            local.push(this.finishDraft(toks[i]!.start, { start: toks[i]!.start, end: toks[i]!.end }, this.contentAfter(s, toks, that - 1, verb), toks[i]!.start, verb, speaker));
            i = that;
            continue;
          }
        }
      }
      let verb = VERBS.get(lw);
      let cueEnd = i;
      // Whom an outlet quotes ("Reuters quoted Ali Khan as saying…"), when it is they who speak.
      let quotedObject: Speaker | undefined;
      // "pointed out that…", "pointed out it is difficult…", "made clear that…": a phrasal reporting verb.
      // "Labor leaders point out that…": the bare form after a plural subject too.
      if (/^(?:point|pointed|points|pointing|made|makes|making)$/.test(lw) && /^(?:out|clear)$/i.test(toks[i + 1]?.text ?? '') && (lw !== 'point' || toks[i + 1]!.text.toLowerCase() === 'out') && (toks[i + 2]?.text.toLowerCase() === 'that' || this.clauses.clauseFollows(toks, i + 2) || (toks[i + 2]?.text === ',' && toks.slice(Math.max(0, i - 10), i).some((t) => t.text.toLowerCase() === 'as')))) {
        verb = { lemma: 'point out', kind: 'reported', needsThat: true, invertible: false, form: lw.endsWith('ing') ? 'ing' : lw === 'point' ? 'base' : 'finite' };
        cueEnd = i + 1;
      } else if (/^(?:pointed|points)$/.test(lw) && toks[i + 1]?.text.toLowerCase() === 'out' && /^(?:[.;!?]|on|in|at|during|to|from)?$/i.test(toks[i + 2]?.text ?? '') && quotationClosedBefore(toks, i)) {
        // "“…,” the Peruvian Foreign Ministry pointed out on Twitter.": after the quotation, as "said" is.
        verb = { lemma: 'point out', kind: 'reported', needsThat: false, invertible: false, form: 'finite' };
        cueEnd = i + 1;
      }
      // "Hillary shot back, “…”", "fired back that…", "“…,” Smith hit back": a reply, with its quotation or clause
      // (the verbs alone are no speech: "fired back at the gunmen").
      if (/^(?:shot|shoots|shooting|fired|fires|firing|hit|hits|hitting)$/.test(lw) && toks[i + 1]?.text.toLowerCase() === 'back') {
        const after = toks[i + 2]?.text ?? '';
        const quoted = /^[,:]$/.test(after) && /^[“"]$/.test(toks[i + 3]?.text ?? '');
        // "“That is a lie,” Smith shot back.": after the quotation too.
        const afterQuotation = /^[.,;!?]?$/.test(after) && quotationClosedBefore(toks, i);
        if (quoted || afterQuotation || after.toLowerCase() === 'that' || /^[“"]$/.test(after)) {
          verb = { lemma: 'reply', kind: 'reported', needsThat: false, invertible: true, form: lw.endsWith('ing') ? 'ing' : 'finite' };
          cueEnd = i + 1;
        }
      }
      // "made it clear that…", "made it clear the plan was dead".
      if (/^(?:made|makes|making)$/.test(lw) && toks[i + 1]?.text.toLowerCase() === 'it' && toks[i + 2]?.text.toLowerCase() === 'clear' && (toks[i + 3]?.text.toLowerCase() === 'that' || this.clauses.clauseFollows(toks, i + 3))) {
        verb = { lemma: 'point out', kind: 'reported', needsThat: true, invertible: false, form: lw.endsWith('ing') ? 'ing' : 'finite' };
        cueEnd = i + 2;
      }
      // "made the case that taxes should rise".
      if (/^(?:made|makes|making)$/.test(lw) && toks[i + 1]?.text.toLowerCase() === 'the' && toks[i + 2]?.text.toLowerCase() === 'case' && toks[i + 3]?.text.toLowerCase() === 'that') {
        verb = { lemma: 'make the case', kind: 'reported', needsThat: true, invertible: false, form: lw.endsWith('ing') ? 'ing' : 'finite' };
        cueEnd = i + 2;
      }
      // "campaigned on pledges to be tough on Wall Street", "ran on a promise that…": the promise made.
      if (/^(?:campaigned|campaigns|campaigning|ran|runs|running)$/.test(lw) && toks[i + 1]?.text.toLowerCase() === 'on') {
        let n = i + 2;
        while (n <= i + 4 && /^(?:a|an|the|his|her|their|its|repeated|bold|explicit|populist|firm|central|core|key)$/i.test(toks[n]?.text ?? '')) n++;
        if (/^(?:promises?|pledges?|vows?)$/i.test(toks[n]?.text ?? '') && /^(?:to|that)$/i.test(toks[n + 1]?.text ?? '')) {
          verb = { lemma: 'campaign on', kind: 'reported', needsThat: false, invertible: false, form: lw.endsWith('ing') ? 'ing' : 'finite' };
          cueEnd = n;
        }
      }
      // "voiced support for the plan", "expressed opposition to the bill": a stated position.
      if (/^(?:voiced|voices|expressed|expresses|declared|declares|reiterated|reiterates|signaled|signalled)$/.test(lw) && /^(?:support|opposition)$/i.test(toks[i + 1]?.text ?? '') && /^(?:for|to)$/i.test(toks[i + 2]?.text ?? '')) {
        verb = { lemma: 'voice support', kind: 'position', needsThat: false, invertible: false, form: 'finite' };
        cueEnd = i + 2;
      }
      // "As one user put it, “This saved my life.”": the words that follow are the subject's; so are
      // those after "X put it bluntly:".
      if (/^(?:put|puts)$/.test(lw) && toks[i + 1]?.text.toLowerCase() === 'it') {
        const manner = /^(?:bluntly|simply|succinctly|plainly|starkly|another|this|differently|best)$/i.test(toks[i + 2]?.text ?? '') ? (toks[i + 3]?.text.toLowerCase() === 'way' ? 2 : 1) : 0;
        const asIt = manner === 0 && /^[,:]$/.test(toks[i + 2]?.text ?? '') && toks.slice(Math.max(0, i - 6), i).some((t) => t.text.toLowerCase() === 'as');
        if (asIt || (manner > 0 && toks[i + 2 + manner]?.text === ':')) {
          verb = { lemma: 'put it', kind: 'reported', needsThat: false, invertible: false, form: 'finite' };
          cueEnd = i + 1 + manner;
        }
      }
      // "The UN chief called for an immediate ceasefire": a call is a stated position.
      // So is "pushed for greater use of…", "lobbied for", "advocated for" (not "pressed for time").
      const callFor = CALL_FOR_FORMS.get(lw);
      // "Some advocates for stem cell research said": after a determiner or a quantifier, a noun.
      // "Texas was called for Ted Cruz": a race called for a winner is a passive, no call made.
      if (callFor && toks[i + 1]?.text.toLowerCase() === 'for' && !(callFor === 'finite' && BE_FORMS.has(toks[i - 1]?.text.toLowerCase() ?? '')) && !DETERMINERS.has(toks[i - 1]?.text.toLowerCase() ?? '') && !QUANTIFIER_SUBJECTS.test(toks[i - 1]?.text ?? '') && !/^(?:time|space|money|cash)$/i.test(toks[i + 2]?.text ?? '')) {
        verb = { lemma: 'call for', kind: 'position', needsThat: false, invertible: false, form: callFor };
        cueEnd = i + 1;
      }
      // "Schiff called on President Obama to retaliate": an appeal, read as "urged Obama to retaliate".
      if (/^(?:call|calls|called|calling)$/.test(lw) && /^(?:on|upon)$/i.test(toks[i + 1]?.text ?? '') && !/^(?:a|an|the)$/i.test(toks[i - 1]?.text ?? '') && this.clauses.toWithin(toks, i + 2, 8)) {
        verb = { lemma: 'urge', kind: 'reported', needsThat: false, invertible: false, form: lw === 'calling' ? 'ing' : lw === 'call' ? 'base' : 'finite' };
        cueEnd = i + 1;
      }
      // "Experts are of the view that…": a stated position.
      if (/^(?:is|are|was|were)$/.test(lw) && toks[i + 1]?.text.toLowerCase() === 'of' && toks[i + 2]?.text.toLowerCase() === 'the' && /^(?:view|opinion|belief)$/i.test(toks[i + 3]?.text ?? '') && toks[i + 4]?.text.toLowerCase() === 'that') {
        verb = { lemma: 'be of the view', kind: 'position', needsThat: true, invertible: false, form: 'finite' };
        cueEnd = i + 3;
      }
      // "Opposition lawmakers are adamant that…", "She was confident that…": a stance stated as an adjective.
      // "Serrano was skeptical it would be forthcoming": a clause without "that" too.
      if (/^(?:is|are|was|were|remain|remains|remained)$/.test(lw) && STANCE_ADJECTIVES.has(toks[i + 1]?.text.toLowerCase() ?? '') && (toks[i + 2]?.text.toLowerCase() === 'that' || this.clauses.clauseFollows(toks, i + 2))) {
        verb = { lemma: 'be adamant', kind: 'position', needsThat: true, invertible: false, form: 'finite' };
        cueEnd = i + 1;
      }
      // "Trump issued a statement, “Last night, our nation was attacked…”", "released a statement: “…”": the issuer's
      // words, after the document it put out.
      if (/^(?:issued|released|posted|tweeted|sent)$/.test(lw) && /^(?:a|an)$/i.test(toks[i + 1]?.text ?? '') && /^(?:statement|message|tweet|post|note)$/i.test(toks[i + 2]?.text ?? '') && /^[,:]$/.test(toks[i + 3]?.text ?? '') && /^[“"]$/.test(toks[i + 4]?.text ?? '')) {
        verb = { ...VERBS.get('stated')!, invertible: false };
        cueEnd = i + 2;
      }
      // "was quoted as saying", "was quoted by Der Spiegel as saying", "was cited by Reuters as saying": the subject's
      // words, whoever printed them.
      if (lw === 'quoted' || lw === 'cited') {
        let x = i + 1;
        if (toks[x]?.text.toLowerCase() === 'by') {
          x++;
          while (x < i + 9 && x < toks.length && toks[x]!.text.toLowerCase() !== 'as' && WORD_CHAR.test(toks[x]!.text)) x++;
        }
        if (toks[x]?.text.toLowerCase() === 'as' && toks[x + 1]?.text.toLowerCase() === 'saying') {
          verb = { ...VERBS.get('said')!, invertible: false };
          cueEnd = x + 1;
        }
        // "Agence France-Presse quoted the acting director, Mokotedi Mpshe, as saying…", "Reuters quoted a police
        // official as saying…": the one quoted speaks, not the outlet.
        let y = i + 1;
        while (y < i + 20 && y < toks.length && toks[y]!.text.toLowerCase() !== 'as' && !/^[.;:!?“”"]$/.test(toks[y]!.text)) y++;
        if (!BE_FORMS.has(toks[i - 1]?.text.toLowerCase() ?? '') && y > i + 1 && toks[y]?.text.toLowerCase() === 'as' && toks[y + 1]?.text.toLowerCase() === 'saying') {
          const objectStart = toks[i + 1]!.start;
          const named = this.resolver.mentionsIn(objectStart, toks[y - 1]!.end).filter((m) => m.entity.type === 'person' && !m.quoted).pop();
          quotedObject = named ? this.resolver.fromEntity(named.entity) : this.resolver.phrase(toks, i + 1, y - 1, objectStart);
          if (quotedObject) {
            verb = { ...VERBS.get('said')!, invertible: false };
            cueEnd = y + 1;
          }
        }
      }

      if (!verb || !this.verbs.isVerbUse(toks, i, verb)) continue;
      const d = this.verbClaim(s, toks, i, cueEnd, verb, local);
      i = cueEnd;
      if (!d) continue;
      if (quotedObject) d.speaker = quotedObject;
      if (pendingKind && verb.form === 'ing' && d.kind === 'reported') d.kind = pendingKind;
      local.push(d);
    }
  }

  /**
   * Claims with no reporting verb: a source fronted before a colon and a quotation, a possessor's position, "by most
   * accounts", and a hedge ("reportedly") on a clause no one is given as the source of.
   */
  private verblessDrafts(s: Sentence, toks: readonly Token[], sText: string, local: Draft[]): void {
    // "Writes Ars Technica: “…”", "Over at IGN, the verdict is harsher: “…”": a source fronted before a quotation
    // introduced by a colon, in a sentence with no reporting verb of its own.
    if (local.length === 0) {
      const d = this.frontedSourceQuote(s, toks);
      if (d) local.push(d);
    }

    // Position nouns: "Pakistan's position remains …".
    if (local.length === 0) {
      const m = /^(.{0,60}?)(['’]s)\s+(?:position|stance|view)\s+(?:remains|is|was|has\s+been)\b/.exec(sText);
      if (m) {
        const possEnd = s.start + m[1]!.length;
        const men = this.resolver.mentionsIn(s.start, possEnd).filter((x) => x.end === possEnd).pop();
        if (men) {
          local.push(this.draft(s.start, possEnd, s.start + m[0].length, s.start, s.end, 'position', this.resolver.fromEntity(men.entity), [{ start: possEnd + 3, end: s.start + m[0].length }]));
        }
      }
    }

    // "By most accounts, …": an unnamed source for the sentence, when nobody else is its source.
    const byAccounts = BY_ACCOUNTS.exec(sText);
    if (byAccounts && local.length === 0 && !this.clauses.inQuote(s.start)) {
      const at = s.start + byAccounts[0].indexOf(byAccounts[1]!);
      const cueEnd = at + byAccounts[1]!.length;
      local.push(this.draft(at, at, cueEnd, s.start + byAccounts[0].length, trimEnd(this.text, s.end), 'anonymous', { entity: null, name: byAccounts[2]!, anonymous: true }, [{ start: at, end: cueEnd }]));
    }

    // Hedged, unsourced.
    if (local.length === 0 && (HEDGE_ADVERBS.test(sText) || PASSIVE_HEDGE.test(sText))) {
      const m = HEDGE_ADVERBS.exec(sText) ?? PASSIVE_HEDGE.exec(sText);
      const at = s.start + (m?.index ?? 0);
      if (!this.clauses.inQuote(at)) {
        // "is believed to", "is said to be": an impersonal passive attribution, signed by nobody, as
        // "It is alleged that" is; an adverb ("reportedly"), "was reported to" or a forecast ("is expected to") only hedges.
        const kind: ClaimKind = m && (/^alleged/i.test(m[0]) || (PASSIVE_HEDGE.test(m[0]) && !/expected|estimated|reported|likely/.test(m[0]))) ? 'allegation' : 'hedged';
        local.push(this.draft(s.start, at, at + (m?.[0].length ?? 0), s.start, s.end, kind, null, m ? [{ start: at, end: at + m[0].length }] : []));
      }
    } else if (local.length > 0) {
      // "GateHouse reportedly laid off 60 employees (the company … called it “immaterial”)": a hedge
      // adverb outside the sentence's attributed claims hedges its own clause, between them.
      for (const m of sText.matchAll(HEDGE_ADVERBS_ALL)) {
        const at = s.start + m.index;
        if (this.clauses.inQuote(at) || local.some((d) => d.start <= at && at < d.end)) continue;
        const before = local.filter((d) => d.end <= at).reduce((x, d) => Math.max(x, d.end), s.start);
        let end = local.filter((d) => d.start > at).reduce((x, d) => Math.min(x, d.start), s.end);
        const bracket = this.text.slice(at, end).indexOf('(');
        if (bracket >= 0) end = at + bracket;
        const lead = /^[^\p{L}\d“"]*(?:(?:and|but|while|as)\s+)?/iu.exec(this.text.slice(before, at))![0].length;
        const start = before + lead;
        local.push(this.draft(start, at, at + m[0].length, start, trimEnd(this.text, end), 'hedged', null, [{ start: at, end: at + m[0].length }]));
      }
      local.sort((a, b) => a.start - b.start);
    }
  }

  /**
   * Settles a sentence's drafts against each other: a split quotation joined, claims nested in another's content
   * dropped or vouched for, a closing or opening "according to" given to the claim it sources, claims ended at a
   * fronted clause, and drafts whose subject names no source dropped.
   */
  private settleDrafts(s: Sentence, toks: readonly Token[], local: Draft[]): void {
    // "The media house said that ANC spokesperson Dakota Lekgoete added that…": the press relaying a named source's
    // words; the named source's claim is the one to read, and the outlet's relay goes.
    for (let k = local.length - 1; k >= 0; k--) {
      const outer = local[k]!;
      if (!this.pressSpeaker(outer.speaker) || !outer.cues[0]) continue;
      const inner = local.find((d) => d !== outer && !!d.speaker?.entity && !this.pressSpeaker(d.speaker) && d.clauseStart >= outer.contentStart && d.clauseStart < outer.contentEnd && /^\s*that\s*$/i.test(this.text.slice(outer.cues[0]!.end, d.clauseStart)));
      if (inner) local.splice(k, 1);
    }
    // "The talks are preliminary, the person added, and Microsoft is focused on…": a clause joined by "and" after an
    // attribution set in the middle of the sentence goes on with the same source, when nothing else in it speaks.
    for (const d of local) {
      const cue = d.cues[0];
      // (Not after a quotation, which the narration goes on from: "“He really does love us,” Melanie said, and soon…";
      // a setting of a few words may stand between: "the agency said in a June report, and…".)
      if (!cue || d.contentEnd > cue.start || d.end > s.end || quoteAt(this.quotes, d.contentStart) || quoteEndingBy(this.quotes, cue.start)?.end === trimEnd(this.text, cue.start)) continue;
      const and = /^(?:\s+(?:on|in|at|to|last|this|late|early)\b[^,.;:!?“”"]{0,22})?,\s+and\s+(?=\S)/.exec(this.text.slice(cue.end, s.end));
      if (!and) continue;
      const from = cue.end + and[0].length;
      const end = trimEnd(this.text, s.end);
      if (end - from < 12 || local.some((x) => x !== d && x.start < end && from < x.end) || this.quotes.some((q) => q.start >= from && q.start < end)) continue;
      // (The content runs on past the attribution, as an interrupting one's does: "The combination, say economists, marks…".)
      d.contentEnd = end;
      d.end = end;
    }
    // "“We are ready,” she said, “and we will win.”": a quotation split by its attribution is one claim, from the
    // first half on (the draft was built from the verb and the half after it).
    for (const d of local) {
      // The second half opens the content after the verb; the first is a statement ending in a comma, right before
      // the attribution (not a show's title: "“Fox News Sunday,” Pence said…").
      if (d.contentStart <= (d.cues[0]?.start ?? d.start) || quoteAt(this.quotes, d.contentStart)?.start !== d.contentStart) continue;
      const before = quoteEndingBy(this.quotes, d.start);
      const first = before && before.start >= s.start ? before : undefined;
      const firstWords = first ? this.text.slice(first.inner.start, first.inner.end).match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [] : [];
      if (!first || firstWords.length < 2 || firstWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) || !/^[,!?…—–-]?\s*$/.test(this.text.slice(first.end, d.start)) || !/[,…—–-]\s*[”"]?$/.test(this.text.slice(first.inner.start, first.end))) continue;
      if (local.some((e) => e !== d && e.start < first.end && first.start < e.end)) continue;
      d.start = first.start;
      d.contentStart = first.start;
      d.clauseStart = Math.min(d.clauseStart, first.start);
      d.split = true;
    }
    // A verb inside the content of a post-posed claim ("A man pleaded guilty to charges he threatened…,
    // the office announced.") is part of what the source says, not a claim of its own.
    // But an outlet that reports someone's words only vouches for them, as "according to" does: "An official said the
    // strike was meant for Deif, the AP reported" is the official's.
    const outletReport = (e: Draft): boolean => this.cueVerb(e)?.lemma === 'report' && !!e.speaker?.entity && this.typeOf(e.speaker) === 'organization';
    for (let k = local.length - 1; k >= 0; k--) {
      const d = local[k]!;
      const cue = d.cues[0];
      const outer = cue ? local.find((e) => e !== d && e.cues.length > 0 && e.contentEnd <= e.cues[0]!.start && e.contentStart <= cue.start && cue.end <= e.contentEnd) : undefined;
      if (!outer) continue;
      // (Only when the words are all the outlet reports: the speaker's clause opens its content.)
      const said = d.speaker && (d.speaker.entity || (d.speaker.anonymous && d.speaker.name !== UNNAMED_SOURCE)) && this.speechCue(d);
      if (said && outletReport(outer) && d.contentEnd >= outer.contentEnd - 1 && Math.min(d.start, d.clauseStart) <= outer.contentStart + 1) {
        d.cues.push(outer.cues[0]!);
        d.end = Math.max(d.end, outer.end);
        local.splice(local.indexOf(outer), 1);
        continue;
      }
      local.splice(k, 1);
    }
    // "The minister believes the deal is dead, according to two officials.": a closing "according to"
    // is the source of everything before it, the minister's belief included.
    let closing = local.find((d) => d.cues[0] && SOURCING_CUE.test(this.text.slice(d.cues[0].start, trimEnd(this.text, s.end))));
    // "“We were worried,” he said, according to a transcript": a document only attests what a speaker said; so
    // does anyone else right after the speaker's words ("“…,” said one legal expert, as reported by the Independent").
    if (closing) {
      const c = closing;
      const fromDocument = !c.speaker?.entity && (c.speaker?.name ?? '').split(/\s+/).slice(0, 4).some((w) => DOCUMENT_NOUNS.has(w.toLowerCase()));
      const adjacent = (d: Draft): boolean => /^[\s,]*$/.test(this.text.slice(Math.max(d.end, d.cues[0]!.end), c.cues[0]!.start));
      const source = (sp: Speaker): boolean => !!sp.entity || sp.anonymous || !notASource(sp.name ?? '');
      if (local.some((d) => d !== c && d.speaker && source(d.speaker) && d.cues[0] && d.cues[0].start < c.cues[0]!.start && this.speechCue(d) && (fromDocument || adjacent(d)))) {
        local.splice(local.indexOf(c), 1);
        closing = undefined;
      }
    }
    if (closing) {
      for (let k = local.length - 1; k >= 0; k--) {
        const d = local[k]!;
        if (d !== closing && d.kind !== 'quote' && d.cues[0] && d.cues[0].start < closing.cues[0]!.start && d.cues[0].start >= closing.contentStart) local.splice(k, 1);
      }
    }
    // "According to ABC News, Basya also believes the seekers may have…": an opening "according to" attests the
    // claim its sentence goes on to make; that claim keeps its own speaker and takes the kind.
    const commaAfter = (d: Draft): number => this.text.indexOf(',', d.cues[0]!.start);
    const opening = local.find((d) => d.cues[0] && commaAfter(d) > 0 && SOURCING_CUE.test(this.text.slice(d.cues[0].start, commaAfter(d))) && /^[^\p{L}]*(?:(?:but|and|yet|so|also|however),?\s*)?$/iu.test(this.text.slice(s.start, d.cues[0].start)));
    if (opening) {
      const comma = commaAfter(opening);
      const inner = local.find((d) => d !== opening && d.speaker && d.kind !== 'hedged' && d.cues[0] && d.cues[0].start > comma);
      if (inner && /^\s*$/.test(this.text.slice(comma + 1, inner.clauseStart))) {
        local.splice(local.indexOf(opening), 1);
        if (inner.kind !== 'warning') inner.kind = 'according-to';
        inner.cues.push(opening.cues[0]!);
      }
    }
    // "As Mashable reports, the company announced that…": the company's claim is the one to read; the outlet only
    // vouches for it.
    for (let k = local.length - 1; k >= 0; k--) {
      const v = local[k]!;
      if (v.vouch && local.some((d) => d !== v && d.cues[0] && d.cues[0].start >= v.contentStart && d.cues[0].end <= v.contentEnd)) local.splice(k, 1);
    }
    // "Although officials said the plan would work, critics disagreed": a claim inside a fronted subordinate clause
    // ends with it.
    const fronted = local.length ? this.clauses.frontedClauseComma(toks) : -1;
    for (const d of local) if (fronted > 0 && d.cues[0] && d.cues[0].end <= toks[fronted]!.start && d.contentEnd > toks[fronted]!.start && d.contentStart < toks[fronted]!.start) d.contentEnd = toks[fronted]!.start;
    // "Shelton said that while polling showed Trump lagging, the numbers were rising": a claim inside a subordinate
    // clause that opens another claim's content is part of what that source says, not a claim of its own.
    for (let k = local.length - 1; k >= 0; k--) {
      const inner = local[k]!;
      if (local.some((d) => d !== inner && inner.clauseStart > d.contentStart && inner.clauseStart < d.contentEnd && (inner.inline || SUBORDINATOR_ONLY.test(this.text.slice(d.contentStart, inner.clauseStart))))) local.splice(k, 1);
    }
    // A draft whose subject names no source ("…was found in a forest threatened by mining": "in a forest") is dropped
    // by finish(); it must not end another claim's content first.
    for (let k = local.length - 1; k >= 0; k--) {
      const d = local[k]!;
      if (d.speaker && !d.speaker.entity && !d.speaker.anonymous && d.kind !== 'according-to' && notASource(d.speaker.name ?? '')) local.splice(k, 1);
    }
  }

  /** Ends each claim where the next claim's clause begins, and pushes the ones with content left. */
  private emitDrafts(s: Sentence, local: Draft[]): void {
    local.sort((a, b) => a.clauseStart - b.clauseStart);
    for (let k = 0; k < local.length; k++) {
      const d = local[k]!;
      for (let n = k + 1; n < local.length; n++) {
        const next = local[n]!;
        if (next.clauseStart > d.contentStart && next.clauseStart < d.contentEnd) d.contentEnd = next.clauseStart;
      }
      this.trimContent(d);
      d.start = Math.min(d.start, d.contentStart);
      d.end = Math.max(d.contentEnd, ...d.cues.map((c) => c.end));
      if (d.contentEnd - d.contentStart >= 2) this.push(d);
      else if (d.speaker && d.cues.length && /^\s*:\s*$/.test(this.text.slice(d.cues[0]!.end, this.paragraphEnd(s)))) {
        this.listSpeaker = d.speaker;
        this.colonLeads.set(s.paragraph, d.speaker);
      }
    }
  }

  /** The reporting verb of a draft's first cue, if its cue is one ("said", not "according to"). */
  private cueVerb(d: Draft): VerbForm | undefined {
    const cue = d.cues[0];
    return cue ? VERBS.get(this.text.slice(cue.start, cue.end).toLowerCase()) : undefined;
  }

  /** A draft whose cue is a verb of speech itself ("said", "told", "testified"), not of finding or showing: one that attributes quotations. */
  private speechCue(d: Draft): boolean {
    const v = this.cueVerb(d);
    return !!v && (v.invertible || v.lemma === 'tell' || v.lemma === 'testify');
  }

  /** Where the paragraph of sentence `s` ends. */
  private paragraphEnd(s: Sentence): number {
    return this.doc.paragraphs[s.paragraph]?.end ?? s.end;
  }

  /**
   * "Writes Ars Technica: “…”", "Says one analyst, “…”": an invertible verb opening the sentence, its source, then the
   * quotation. "Over at IGN, the verdict is harsher: “…”", "At Polygon, Jane Doe was blunter: “…”": a publication or
   * person set before a colon quotation. The source must be a name (an actor, or capitalised words), not a place.
   */
  private frontedSourceQuote(s: Sentence, toks: readonly Token[]): Draft | undefined {
    const colon = toks.findIndex((t, k) => (t.text === ':' || (t.text === ',' && k <= 7)) && /^[“"‘']$/.test(toks[k + 1]?.text ?? ''));
    if (colon < 2) return undefined;
    const q = quoteAt(this.quotes, toks[colon + 1]!.start);
    if (!q || !isStatementQuote(this.text, q)) return undefined;
    // "MPU chairman and former GPC member Dr Ron Singer: ‘The overwhelming vote…’": a person's name right before the
    // colon, only their titles and roles before it, at the paragraph's start.
    if (toks[colon]!.text === ':') {
      // "The blog post also includes a quote from Arrington:", "The release carried a statement from CEO Jane Doe:":
      // words credited to a person or an organisation named right before the colon, titles allowed between.
      const credited = this.resolver.mentionsIn(s.start, toks[colon - 1]!.end).filter((m) => m.end === toks[colon - 1]!.end && !m.quoted && (m.entity.type === 'person' || m.entity.type === 'organization')).pop();
      const creditLead = credited ? /\b(?:quote|quotes|quotation|statement|comment|comments|message|remarks|words)\s+(?:from|by)\s+((?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4})$/u.exec(this.text.slice(s.start, credited.start)) : null;
      if (credited && creditLead && (onlyTitleWords(creditLead[1]!.replace(/^the\s+/, '')) || roleLead(creditLead[1]!))) {
        const colonSpan: Span = { start: toks[colon]!.start, end: toks[colon]!.end };
        return this.draft(s.start, colonSpan.start, colonSpan.end, q.start, trimEnd(this.text, s.end), 'quote', this.resolver.fromEntity(credited.entity), [colonSpan]);
      }
      const named = this.resolver.mentionsIn(s.start, toks[colon - 1]!.end).filter((m) => m.entity.type === 'person' && !m.quoted).pop();
      const lead = named ? toks.filter((t) => t.start >= s.start && t.end <= named.start) : [];
      if (named && named.end === toks[colon - 1]!.end && lead.every((t) => !VERBS.has(t.text.toLowerCase()) && !AUX.has(t.text.toLowerCase()) && /^[\p{L}’'.-]+$/u.test(t.text)) && /(?:^|\n)[ \t]*$/.test(this.text.slice(Math.max(0, s.start - 2), s.start))) {
        const colonSpan: Span = { start: toks[colon]!.start, end: toks[colon]!.end };
        return this.draft(s.start, colonSpan.start, colonSpan.end, q.start, trimEnd(this.text, s.end), 'quote', this.resolver.fromEntity(named.entity), [colonSpan]);
      }
    }
    const first = toks[0]!.text;
    const verb = VERBS.get(first.toLowerCase());
    let from = -1;
    let to = -1;
    let cue: Span;
    // "Over at IGN,": a place-like phrase before the source (else a verb opens the sentence: "Writes Ars Technica:").
    let fronted = false;
    if (verb && verb.invertible && verb.form !== 'ing' && /^\p{Lu}/u.test(first) && colon <= 7) {
      from = 1;
      to = colon - 1;
      cue = { start: toks[0]!.start, end: toks[0]!.end };
    } else if (toks[colon]!.text === ':' && colon <= 5 && toks.slice(0, colon).every((t) => /^\p{Lu}/u.test(t.text) || /^(?:['’]s|\.|&|of|the)$/.test(t.text))) {
      // "The Verge: “Stadia works, but it's not ready.”", "Sanders: “I will fight on.”": a named source, a colon and
      // its quotation (a review roundup's or a headline's shorthand). Only a person or an organisation the article
      // names, not a place ("Washington: …").
      const named = this.resolver.mentionsIn(toks[0]!.start, toks[colon - 1]!.end);
      const whole = named.find((m) => m.start === toks[0]!.start && m.end === toks[colon - 1]!.end);
      const speaker = whole ? this.resolver.fromEntity(whole.entity) : undefined;
      if (!speaker || (this.typeOf(speaker) !== 'person' && this.typeOf(speaker) !== 'organization')) return undefined;
      const colonSpan: Span = { start: toks[colon]!.start, end: toks[colon]!.end };
      return this.draft(s.start, colonSpan.start, colonSpan.end, q.start, trimEnd(this.text, s.end), 'quote', speaker, [colonSpan]);
    } else {
      // "Over at IGN,", "At Polygon,", "Over on Twitter,": then the rest up to the colon names no other source.
      let k = 0;
      if (/^over$/i.test(first)) k++;
      if (!/^(?:at|on)$/i.test(toks[k]?.text ?? '')) return undefined;
      const comma = toks.findIndex((t, x) => x > k && t.text === ',');
      if (comma < 0 || comma > k + 5 || comma >= colon) return undefined;
      from = k + 1;
      to = comma - 1;
      cue = { start: toks[0]!.start, end: toks[k]!.end };
      fronted = true;
      const between = toks.slice(comma + 1, colon);
      if (between.some((t) => /^\p{Lu}/u.test(t.text) || VERBS.has(t.text.toLowerCase()))) return undefined;
    }
    const named = toks.slice(from, to + 1).every((t) => /^\p{Lu}/u.test(t.text) || /^(?:the|of|and|&|['’]s|\.)$/i.test(t.text));
    // After a verb, "one analyst", "a spokesman for the firm" too; after "at", a name only.
    const described = toks.slice(from, to + 1).every((t) => WORD_CHAR.test(t.text) && !VERBS.has(t.text.toLowerCase()) && !AUX.has(t.text.toLowerCase()));
    if (to < from || to - from > 5 || !(named || (!fronted && described))) return undefined;
    const speaker = this.resolver.phrase(toks, from, to, cue.start);
    if (!speaker || (fronted && !speaker.entity && speaker.anonymous)) return undefined;
    if (speaker.entity && this.typeOf(speaker) === 'place') return undefined;
    return this.draft(s.start, cue.start, cue.end, q.start, trimEnd(this.text, s.end), 'quote', speaker, [cue]);
  }

  private draft(start: number, cueStart: number, cueEnd: number, contentStart: number, contentEnd: number, kind: ClaimKind, speaker: Speaker | null, cues: Span[]): Draft {
    void cueStart;
    return { start: Math.min(start, contentStart), end: contentEnd, contentStart, contentEnd, clauseStart: start, kind, speaker, cues };
  }

  /** The comma-delimited clause of the sentence around `at`. */
  private clauseAround(s: Sentence, at: number): Span {
    let a = at;
    while (a > s.start && !/[,;:—]/.test(this.text[a - 1]!)) a--;
    let b = at;
    while (b < s.end && !/[,;:—]/.test(this.text[b]!)) b++;
    return { start: skipSpace(this.text, a), end: b };
  }

  private trimContent(d: Draft): void {
    while (d.contentEnd > d.contentStart && /[\s,;:—–-]/.test(this.text[d.contentEnd - 1]!)) d.contentEnd--;
    // Drop a trailing coordinator left by truncation ("…atrocities, and").
    const tail = /(?:\s|^)(?:and|but|or|while|as)$/i.exec(this.text.slice(d.contentStart, d.contentEnd));
    if (tail) d.contentEnd -= tail[0].length;
    while (d.contentEnd > d.contentStart && /[\s,;:—–-]/.test(this.text[d.contentEnd - 1]!)) d.contentEnd--;
    while (d.contentStart < d.contentEnd && /[\s,;:]/.test(this.text[d.contentStart]!)) d.contentStart++;
  }

  /**
   * "In the words of one analyst, “…”", "In Dr. Shadlen's words, “…”": a sentence that opens by naming whose words
   * follow. The words are theirs: a quotation, or the reporter's paraphrase of it.
   */
  private inTheWordsOf(s: Sentence, toks: readonly Token[], i: number): { draft: Draft; comma: number } | undefined {
    if (toks[i]!.text !== 'In' && !(i === 1 && /^(?:but|and|or|so)$/i.test(toks[0]!.text) && toks[1]!.text === 'in')) return undefined;
    let comma = i + 1;
    while (comma < toks.length && comma <= i + 12 && (!/^[,;:.—–]$/.test(toks[comma]!.text) || (toks[comma]!.text === '.' && nameStop(toks, comma)))) comma++;
    if (toks[comma]?.text !== ',' || comma >= toks.length - 2) return undefined;
    let from: number;
    let to: number;
    // "In the words of X," / "In X's words,"
    if (/^the$/i.test(toks[i + 1]?.text ?? '') && toks[i + 2]?.text === 'words' && toks[i + 3]?.text === 'of' && comma > i + 4) {
      from = i + 4;
      to = comma - 1;
    } else if (toks[comma - 1]!.text === 'words' && /^['’]s?$/.test(toks[comma - 2]?.text ?? '') && comma - 3 > i) {
      from = i + 1;
      to = comma - 3;
    } else return undefined;
    // A source, named or not; not a work ("In the words of the song, …").
    const speaker = this.resolver.phrase(toks, from, to, toks[i]!.start);
    if (!speaker?.entity && !speaker?.anonymous) return undefined;
    const contentStart = toks[comma + 1]!.start;
    const contentEnd = trimEnd(this.text, s.end);
    const quoted = quoteAt(this.quotes, contentStart);
    const cue: Span = { start: toks[i]!.start, end: toks[comma - 1]!.end };
    return { draft: this.draft(toks[i]!.start, cue.start, cue.end, contentStart, contentEnd, quoted ? 'quote' : 'according-to', speaker, [cue]), comma };
  }

  /**
   * The number of tokens of a sourcing phrase that opens at `i`, or 0: "according to X", "as (first) reported
   * by X", and "per X" at a clause's edge ("…, per a person familiar with the matter"; not "$5 per share").
   */
  private accordingCueLength(toks: readonly Token[], i: number): number {
    const lw = toks[i]!.text.toLowerCase();
    if (lw !== 'according' && lw !== 'as' && lw !== 'per') return 0;
    const m = SOURCING_OPENING.exec(this.text.slice(toks[i]!.start, toks[i]!.start + 40));
    if (!m) return 0;
    // "As per NASA, …": the same as "per".
    const asPer = lw === 'as' && toks[i + 1]?.text.toLowerCase() === 'per';
    if (lw === 'per' || asPer) {
      if (i > 0 && !/^[,(—–-]$/.test(toks[i - 1]!.text)) return 0;
      const next = toks[i + (asPer ? 2 : 1)]?.text ?? '';
      if (!/^(?:a|an|the|two|three|several|multiple|sources|people|officials)$/i.test(next) && !(/^\p{Lu}/u.test(next) && !/^(?:Cent|Capita)$/.test(next))) return 0;
    }
    const end = toks[i]!.start + m[0].length;
    let n = 1;
    while (i + n < toks.length && toks[i + n]!.start < end) n++;
    return n;
  }

  private accordingTo(s: Sentence, toks: readonly Token[], i: number, cueLength = 2): Draft | undefined {
    let j = i + cueLength;
    const from = j;
    // ("according to Dr. Susan Miller": a title's full stop ends nothing.)
    // ("according to The Washington Post's Fact Checker -- there is…": a dash typed as two hyphens ends it too.)
    const dash = (k: number): boolean => toks[k]!.text === '-' && (toks[k + 1]?.text === '-' || toks[k - 1]?.text === '-' || /\s$/.test(this.text.slice(toks[k]!.start - 1, toks[k]!.start)));
    while (j < toks.length && (!/^[,;:.()—–]$/.test(toks[j]!.text) || (toks[j]!.text === '.' && nameStop(toks, j))) && !dash(j) && j < from + 10 && !THAT_WORDS.has(toks[j]!.text.toLowerCase())) j++;
    if (j === from) return undefined;
    let speaker = this.resolver.phrase(toks, from, j - 1, toks[i]!.start) ?? null;
    // "according to a statement from the ministry" / "the ministry's statement": the document's author speaks.
    const docAt = toks.slice(from, j).findIndex((t) => DOCUMENT_NOUNS.has(t.text.toLowerCase()));
    if (docAt >= 0) {
      const d = from + docAt;
      const by = /^(?:from|by|of)$/i.test(toks[d + 1]?.text ?? '') && d + 2 < j ? this.resolver.phrase(toks, d + 2, j - 1, toks[i]!.start) : undefined;
      const owner = d > from && /^['’]s$/.test(toks[d - 1]!.text) ? this.resolver.phrase(toks, from, d - 2, toks[i]!.start) : undefined;
      speaker = by ?? owner ?? speaker;
    }
    const cue = { start: toks[i]!.start, end: toks[i + cueLength - 1]!.end };
    // The claim is the whole sentence; a later claim's clause cuts it short in the sentence pass, and an opening
    // "according to" gives its kind to the claim its sentence makes.
    const clause = { start: s.start, end: s.end };
    const d: Draft = {
      start: clause.start,
      end: clause.end,
      contentStart: clause.start,
      contentEnd: clause.end,
      clauseStart: clause.start,
      kind: 'according-to',
      speaker,
      cues: [cue],
    };
    return d;
  }

  /**
   * A source that vouches for a clause with "as": "As Smith said, the plan failed", "In the Soviet Union, as Hedrick
   * Smith reported in his book, the big shots had…", "…Mr. Ailes's ouster, as Breitbart reported a few days later."
   * The clause is what was said: after the attribution when one follows its comma, else before it. Not "such as", "as
   * well as", nor a temporal "as" ("As Smith said goodbye, …": an object, no comma, follows the verb).
   */
  private asSource(s: Sentence, toks: readonly Token[], i: number, cueEnd: number, verb: VerbForm, local: Draft[]): Draft | undefined {
    const shape = asShape(toks, i, cueEnd, verb);
    if (!shape) return undefined;
    const { a, v, e, end } = shape;
    const speaker = this.resolver.phrase(toks, a + 1, v, toks[i]!.start);
    if (!speaker) return undefined;
    const cue: Span = { start: toks[i]!.start, end: toks[cueEnd]!.end };
    const prev = local[local.length - 1];
    const from = Math.max(s.start, prev ? prev.contentEnd : s.start);
    // "CLAUSE, as X reported." vouches for the clause before; "As X said, CLAUSE" and "…given that, as X reported,
    // CLAUSE" for the clause after; "In the Soviet Union, as X reported, CLAUSE" for the sentence from its start.
    const after = a === 0 || toks[a - 1]!.text === '(' || (a >= 2 && /^(?:that|because|since|but|and|so|while|although)$/i.test(toks[a - 2]!.text));
    const content: Span = end ? { start: from, end: toks[a - 1]?.start ?? toks[a]!.start } : after ? { start: toks[e + 1]!.start, end: trimEnd(this.text, s.end) } : { start: from, end: trimEnd(this.text, s.end) };
    if (content.end - content.start < 2) return undefined;
    const d = this.finishDraft(Math.min(content.start, toks[a]!.start), cue, content, toks[a]!.start, verb, speaker);
    d.start = Math.min(d.start, toks[a]!.start);
    d.end = Math.max(d.end, toks[e - 1]!.end);
    d.vouch = true;
    return d;
  }

  /**
   * A claim built around the reporting verb toks[i..cueEnd]. `local` holds the claims found so far
   * in this sentence (a participle or coordinated verb may share their speaker).
   */
  private verbClaim(s: Sentence, toks: readonly Token[], i: number, cueEnd: number, verb: VerbForm, local: Draft[]): Draft | undefined {
    const cue: Span = { start: toks[i]!.start, end: toks[cueEnd]!.end };
    const prevDraft = local.length ? local[local.length - 1] : undefined;
    const group = this.manyOfWhomClaim(s, toks, i, cueEnd, verb, cue);
    if (group) return group;
    const vouched = this.asSource(s, toks, i, cueEnd, verb, local);
    if (vouched) return vouched;
    // A participle ("…, adding that…"), or a phrasal one ("…, pointing out that…").
    if (verb.form === 'ing' && (!(cueEnd > i) || verb.lemma === 'call for' || verb.lemma === 'point out' || verb.lemma === 'urge')) return this.participleClaim(s, toks, i, cueEnd, verb, local, cue);
    const passive = this.passiveAgentClaim(s, toks, i, cueEnd, verb, cue);
    if (passive) return passive;

    // The subject ends before the verb, past its auxiliaries, adverbs and settings.
    const { k, catenative } = this.subjectEnd(toks, i, cueEnd);
    // "Kasich jokingly offered the man a job, then says he’ll welcome advice": a second predicate after ", then" has
    // the sentence's subject.
    if (cueEnd === i && i >= 3 && /^then$/i.test(toks[i - 1]!.text) && toks[i - 2]!.text === ',' && !this.clauses.inQuote(toks[i]!.start)) {
      const opening = this.clauses.openingSubject(toks, i - 2);
      if (opening?.entity) return this.finishDraft(cue.start, cue, this.contentAfter(s, toks, cueEnd, verb), toks[i - 1]!.start, verb, opening);
    }
    const impersonalIt = k >= 0 && toks[k]!.text.toLowerCase() === 'it' && k < i - 1 && /^(?:is|was|been)$/i.test(toks[i - 1]!.text);
    if (impersonalIt) return undefined;

    const inverted = this.invertedClaim(s, toks, i, k, cueEnd, verb, local, cue, catenative);
    if (inverted) return inverted;

    const subject = this.subjectPhrase(toks, i, k, local);
    if (!subject) return undefined;
    let { npStart, npEnd, boundary } = subject;
    const { appositive, cueIdx } = subject;
    const boundaryTok = boundary >= 0 ? toks[boundary]! : undefined;
    const bw = boundaryTok?.text.toLowerCase() ?? '';
    // "more complicated than McKinley suggests", "smaller than what McKinley said": a comparison with a
    // claim made elsewhere, not a claim.
    // "What she said next surprised everyone": what was said, opening the sentence as the subject of another verb, is
    // no claim either (but "…, what the senators said was gerrymandering", "what he called a “brazen breach”" are).
    const whatOpens = bw === 'what' && boundary === 0 && npEnd - npStart <= 3 && !CHARACTERISING.has(toks[i]!.text.toLowerCase()) && !/^[:“"]$/.test(toks[cueEnd + 1]?.text ?? '') && !/^(?:was|is|were|are)$/i.test(toks[cueEnd + 1]?.text ?? '');
    // "well below what analysts expected.": a free relative that ends its clause names what was said, no more.
    // ("…see what the data showed and how the situation developed": a coordinated question after it too.)
    const whatEnds = (bw === 'what' || toks.slice(Math.max(0, npStart), npEnd + 1).some((t) => t.text.toLowerCase() === 'what')) && (cueEnd + 1 >= toks.length || /^[.,;:!?)]$/.test(toks[cueEnd + 1]!.text) || (/^(?:and|or)$/i.test(toks[cueEnd + 1]!.text) && /^(?:how|what|why|whether|where|when|who)$/i.test(toks[cueEnd + 2]?.text ?? '')));
    if (bw === 'than' || (bw === 'what' && toks[boundary - 1]?.text.toLowerCase() === 'than') || whatOpens || whatEnds) return undefined;
    // "when asked what he would say to the fans": a question put to the subject, no claim of theirs.
    if (bw === 'what' && /^(?:asked|ask|asks|asking|wondered|wonder|wondering)$/i.test(toks[boundary - 1]?.text ?? '')) return undefined;
    // "was not something he expected to see": a relative clause on an indefinite pronoun, no claim.
    if (npStart === npEnd && /^(?:he|she|they|we|i|you)$/i.test(toks[npStart]!.text) && /^(?:something|anything|nothing|everything)$/i.test(toks[npStart - 1]?.text ?? '')) return undefined;

    // A reporting verb inside another claim's content, with no clause break, reports nested speech: skip.
    // Unless the outer source is the press relaying a named source's words ("The media house said that ANC
    // spokesperson Dakota Lekgoete added that…"): the named source made the claim; the outlet only passes it on.
    const relayed = !!prevDraft && bw === 'that' && this.pressSpeaker(prevDraft.speaker) && npStart <= npEnd && this.resolver.mentionsIn(toks[npStart]!.start, toks[npEnd]!.end).some((m) => m.end === toks[npEnd]!.end && !m.quoted && m.entity.type !== 'place');
    if (prevDraft && boundaryTok && cueIdx.has(boundary) && npStart <= npEnd) return undefined;
    if (prevDraft && boundaryTok && bw === 'that' && !relayed && boundaryTok.start >= (prevDraft.cues[0]?.end ?? prevDraft.contentStart) && boundaryTok.start < prevDraft.contentEnd) return undefined;

    // "A spokesperson who did not wish to be named because of agency policy said…": what the scan found is
    // the tail of a relative clause inside the subject; the subject is the noun phrase before "who".
    // "Washington-based analysts who have done the calculations say…": the scan stopped inside the
    // relative clause, at a word that is no clause break.
    const insideClause = boundaryTok !== undefined && boundary === npStart - 1 && WORD_CHAR.test(boundaryTok.text) && !CLAUSE_OPENERS.has(bw) && !cueIdx.has(boundary) && !PREPOSITIONS.has(bw);
    // ("Members who voted against it said…": an object pronoun after a preposition is no subject either.)
    const objectPronoun = npStart === npEnd && boundary === npStart - 1 && PREPOSITIONS.has(bw) && /^(?:it|them|him|her|us|me)$/i.test(toks[npStart]!.text);
    // ("members who voted “no” argued…": or at a quotation that closes right before the verb, inside such a clause.)
    const quoteInClause = boundaryTok !== undefined && boundary === npStart - 1 && /^[”"]$/.test(boundaryTok.text) && boundary >= i - 2 && boundary < i;
    if ((npStart <= npEnd && (PREPOSITIONS.has(toks[npStart]!.text.toLowerCase()) || insideClause || objectPronoun)) || quoteInClause) {
      for (let w = npStart - 1; w > 0 && w >= npStart - 25; w--) {
        const t = toks[w]!.text;
        // ("who voted “no” argued": over a short quotation inside the clause.)
        const open = /^[”"]$/.test(t) ? toks.findLastIndex((x, y) => y < w && y >= w - 4 && /^[“"]$/.test(x.text)) : -1;
        if (open > 0) {
          w = open;
          continue;
        }
        if (/^[;:“”"]$/.test(t) || (t === ',' && w < npStart - 1)) break;
        if (/^(?:who|which)$/i.test(t) && WORD_CHAR.test(toks[w - 1]!.text)) {
          const ante = this.clauses.relativeAntecedent(toks, w + 1);
          if (ante) {
            const content = this.contentAfter(s, toks, cueEnd, verb);
            let a = w - 1;
            while (a > 0 && WORD_CHAR.test(toks[a - 1]!.text) && !CLAUSE_OPENERS.has(toks[a - 1]!.text.toLowerCase()) && !VERBS.has(toks[a - 1]!.text.toLowerCase())) a--;
            return this.finishDraft(toks[a]!.start, cue, content, toks[a]!.start, verb, ante);
          }
          break;
        }
      }
    }
    let speaker: Speaker | null | undefined;
    /** Start of the name that opens a chain of appositives, when the speaker was found there. */
    let chainStart = -1;
    let chainTok = -1;
    if (npStart > npEnd) {
      // No subject of its own: a verb coordinated with the previous one ("said … but insisted …"); not the verb of a
      // restrictive relative clause on a plural noun ("…declared Clinton had won by using a tabulation of
      // superdelegates who had pledged…").
      const restrictive = (bw === 'who' || bw === 'which') && boundary > 0 && /^\p{Ll}{3,}s$/u.test(toks[boundary - 1]!.text) && !BE_FORMS.has(toks[i - 1]?.text.toLowerCase() ?? '');
      // ("Google vowed to appeal the decision by the European Commission, which accused…": a relative clause's verb
      // is its antecedent's, not the previous claim's speaker's.)
      const relativeAfterComma = (bw === 'who' || bw === 'which') && toks[boundary - 1]?.text === ',';
      speaker = restrictive || relativeAfterComma ? undefined : prevDraft?.speaker;
      // "Police laid siege to the campus and threatened to…": the sentence's own subject.
      // "The Pentagon declined to comment but said…": the same with "but".
      // "Temperatures soared as authorities closed ancient sites and warned people to stay indoors": when the sentence's
      // subject names no source, the subject of the subordinate clause that the first verb heads.
      if (speaker === undefined && (bw === 'and' || bw === 'but')) {
        const opening = this.clauses.openingSubject(toks, i);
        const source = (x: Speaker | null | undefined): boolean => !!x && (!!x.entity || x.anonymous);
        const sub = source(opening) ? undefined : this.clauses.subordinateSubject(toks, boundary);
        speaker = source(sub) ? sub : opening;
      }
      // "Julian Assange, who denies the accusation, …": the relative pronoun's antecedent.
      // After a dash only when it opens the clause ("the study -- which notes that…"), not when it closes an aside
      // before ("95 retired generals -- most of whom had announced their support -- who cited…").
      const dashes = (x: number): number => toks.slice(0, x).filter((t, n) => /^[—–]$/.test(t.text) || (t.text === '-' && toks[n + 1]?.text !== '-')).length;
      const opensAfterDash = /^[-—–]$/.test(toks[boundary - 1]?.text ?? '') && dashes(boundary - 1) % 2 === 0;
      // ("a demonstration during which Diallo alleged…": after a preposition the pronoun is its object, not the subject.)
      const prepBefore = boundary > 0 && RELATIVE_PREPOSITION.test(toks[boundary - 1]!.text) && npEnd >= npStart;
      if (speaker === undefined && (bw === 'who' || bw === 'which') && !prepBefore && boundary > 0 && (toks[boundary - 1]!.text === ',' || opensAfterDash || WORD_CHAR.test(toks[boundary - 1]!.text))) {
        speaker = this.clauses.relativeAntecedent(toks, boundary + 1);
        if (speaker === undefined) return undefined;
        // The relative clause closes at its comma: "…, who denies the accusation, has avoided…" (or at its dash).
        const content = this.contentAfter(s, toks, cueEnd, verb);
        const closer = /^[-—–]$/.test(toks[boundary - 1]!.text) ? /^[-—–]$/ : /^,$/;
        for (let c = cueEnd + 1; c < toks.length && toks[c]!.start < content.end; c++) {
          if (closer.test(toks[c]!.text) && !this.clauses.inQuote(toks[c]!.start)) {
            content.end = toks[c]!.start;
            break;
          }
        }
        return this.finishDraft(cue.start, cue, content, toks[boundary]!.start, verb, speaker);
      }
      if (speaker === undefined) return undefined;
    } else if (npStart === npEnd && (/^(?:who|which|that)$/i.test(toks[npStart]!.text) || (/^['’]s$/.test(toks[npStart]!.text) && /^(?:who|which|that)$/i.test(toks[npStart - 1]?.text ?? '')))) {
      // "Curly Haugland, who’s argued for years that…": the contraction's "who".
      if (/^['’]s$/.test(toks[npStart]!.text)) npStart--;
      speaker = this.clauses.relativeAntecedent(toks, npStart + 1);
      if (speaker === undefined) return undefined;
    } else if (boundary >= 0 && /^(?:who|which)$/i.test(bw) && toks.slice(npStart, npEnd + 1).every((t) => isSetting(t.text))) {
      // "…, who in 2010 said…", "who last week told…": a setting between the pronoun and its verb.
      speaker = this.clauses.relativeAntecedent(toks, boundary + 1);
      if (speaker === undefined) return undefined;
    } else {
      speaker = this.resolver.phrase(toks, npStart, npEnd, cue.start);
      // "his campaign manager, Jeff Weaver, says": the name in apposition beats a role matched elsewhere.
      // ("Special Adviser to the President on Information, Mr. Bayo Onanuga, said": a title that stands for its holder
      // names the role's complement, no more than a role matched elsewhere.)
      const roleWord = (m: { start: number; end: number }): boolean => {
        const w = this.text.slice(m.start, m.end);
        return /^\p{L}+$/u.test(w) && isRoleWord(w);
      };
      // ("Vice President of Developer Relations at RIM, Alec Saunders, said": the body the role is held in is named,
      // not its holder.)
      const byRoleOnly = !!speaker?.entity && this.resolver.mentionsIn(toks[npStart]!.start, toks[npEnd]!.end).every((m) => roleWord(m) || (m.entity.id !== speaker!.entity && !this.resolver.isPerson(m.entity.id)));
      // "Her daughters - Harriet, Lily and Isabelle Taylor - said": the sentence's tokens leave an aside between dashes
      // out; one that only names people names the subject.
      const dashed = /^\s*[-–—]\s*([^-–—]{2,80}?)\s*[-–—]\s*$/u.exec(this.text.slice(toks[npEnd]!.end, toks[npEnd + 1]?.start ?? toks[npEnd]!.end));
      if (dashed && (!speaker?.entity || byRoleOnly) && /^(?:\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:and\s+)?|$))+$/u.test(dashed[1]!)) {
        const at = toks[npEnd]!.end + dashed[0].indexOf(dashed[1]!);
        const named = this.resolver.mentionsIn(at, at + dashed[1]!.length).find((m) => this.resolver.isPerson(m.entity.id));
        if (named) speaker = this.resolver.fromEntity(named.entity);
      }
      if (appositive && (!speaker || !speaker.entity || byRoleOnly)) {
        // "her mother, Fiona, said", "a spokesperson for Inherent Resolve, Sean Robertson, said": the name
        // may be in the appositive, and a named person beats an unnamed role.
        // "The research team, led by Michael Shadlen of Columbia University, found…": the leader speaks for it.
        const ledBy = /^(?:led|headed|chaired|directed)$/i.test(toks[npEnd + 2]?.text ?? '') && toks[npEnd + 3]?.text.toLowerCase() === 'by';
        // Not a relative clause: "The influential delegate, who backs Cruz, warned…" is no claim of Cruz's.
        const relative = /^(?:who|which|whose|whom)$/i.test(toks[npEnd + 2]?.text ?? '');
        const app = relative ? undefined : this.resolver.phrase(toks, npEnd + (ledBy ? 4 : 2), k - 1, cue.start);
        // ("a deputy in the Social Democratic Party, the main opposition party, said": an appositive that names what the
        // subject's own words name describes that, not the subject.)
        const describesInner = !!app?.entity && this.resolver.mentionsIn(toks[npStart]!.start, toks[npEnd]!.end).some((m) => m.entity.id === app.entity);
        if (app?.entity && !describesInner && (!speaker?.anonymous || this.resolver.isPerson(app.entity)) && (!byRoleOnly || this.resolver.isPerson(app.entity))) speaker = app;
        // "One seller, who goes by the name PlutoPete, says…": the name the appositive gives.
        else if (npEnd + 2 < k) {
          const alias = this.resolver.mentionsIn(toks[npEnd + 2]!.start, toks[k - 1]!.end).find((m) => this.resolver.isPerson(m.entity.id) && KNOWN_AS_BEFORE.test(this.text.slice(Math.max(0, m.start - 50), m.start)));
          if (alias) speaker = this.resolver.fromEntity(alias.entity);
        }
      }
      // "Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told…": appositives stack; the
      // name they describe opens the chain.
      // A place there ends an appositive ("…, a fellow at the Institute in Munich, Germany, said"), it does not speak.
      // "Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told…":
      // a subject that names no one, inside a name with commas, is the tail of such a chain too.
      // The chain goes on at the comma before the subject found ("Angelique Brunner, a Washington-based developer
      // and spokeswoman for the Coalition, which is made up of…, said": the scan stopped at "and").
      let chainEnd = -1;
      if (appositive) {
        let c = npStart - 1;
        while (c > 0 && c >= npStart - 12 && toks[c]!.text !== ',' && !/^[;:“”"()]$/.test(toks[c]!.text)) c--;
        if (c > 0 && toks[c]!.text === ',') chainEnd = c - 1;
      }
      if (!appositive && speaker && !speaker.entity && !speaker.anonymous && /^\p{Ll}/u.test(toks[npEnd]!.text) && !canSpeak(toks[npEnd]!.text)) {
        for (let c = npStart - 1; c >= 0 && c >= npStart - 6; c--) {
          if (toks[c]!.text === ',') {
            chainEnd = c - 1;
            break;
          }
          const w = toks[c]!.text.toLowerCase();
          if (!WORD_CHAR.test(w) || VERBS.has(w) || (CLAUSE_OPENERS.has(w) && w !== 'and')) break;
        }
      }
      // "“…,” Mr Jack Gorman, analyst at Davy Stockbrokers said…": a bare role after a person's name and a comma is an
      // appositive whose closing comma the writer left out.
      // "Justice Ireen Mambilima, the head of the commission said…": a role after "the" too, when the name opens the
      // sentence (not "…would go to Smith, the spokesman said", an attribution after the clause that ends in a name).
      const theRole = /^the$/i.test(toks[npStart]!.text);
      const appositiveRole = (toks[npStart + (theRole ? 1 : 0)]?.text ?? '').toLowerCase();
      if (chainEnd < 0 && !appositive && speaker && !speaker.entity && npStart >= 2 && npStart < npEnd && toks[npStart - 1]!.text === ',' && /^\p{Ll}/u.test(toks[npStart]!.text) && (theRole || !DETERMINERS.has(appositiveRole)) && (isRoleWord(appositiveRole) || isPersonDescriptor(appositiveRole))) {
        const before = this.resolver.personEndingAt(toks[npStart - 2]!);
        if (before && (!theRole || /^(?:\s*\p{Lu}[\p{L}.]*)*\s*$/u.test(this.text.slice(s.start, before.start)))) chainEnd = npStart - 2;
      }
      // "…Lucas Paganini, a planetary scientist at Goddard in Greenbelt, Maryland, and American University in
      // Washington, D.C., said": an organisation after ", and" ends an appositive's list of employers.
      const employerTail = !!speaker?.entity && !this.resolver.isPerson(speaker.entity) && npStart >= 3 && toks[npStart - 1]!.text.toLowerCase() === 'and' && toks[npStart - 2]!.text === ',';
      if (employerTail) chainEnd = npStart - 3;
      // "Woodrow Benford, 58, who lives outside Minneapolis, says": an age between commas is the name's.
      const age = npStart === npEnd && /^\d{1,3}$/.test(toks[npStart]!.text);
      if (chainEnd >= 0 && (speaker !== undefined || age) && (!speaker?.entity || this.resolver.isPlace(speaker.entity) || employerTail)) {
        let segEnd = chainEnd;
        for (let hop = 0; hop < 4 && segEnd >= 0 && toks[segEnd + 1]?.text === ','; hop++) {
          let segStart = segEnd;
          while (segStart > 0 && toks[segStart - 1]!.text !== ',' && !/^[;:“”"(]$/.test(toks[segStart - 1]!.text)) segStart--;
          const named = this.resolver.phrase(toks, segStart, segEnd, cue.start);
          if (named?.entity && this.resolver.isPerson(named.entity)) {
            speaker = named;
            chainStart = toks[segStart]!.start;
            chainTok = segStart;
            break;
          }
          segEnd = segStart - 2;
        }
      }
      // "Jose Mourinho: Tottenham Hotspur manager says…": a headline's name, its colon, then the person's role.
      if (bw === ':' && boundary > 0 && (!speaker?.entity || byRoleOnly) && toks.slice(npStart, npEnd + 1).some((t) => isRoleWord(t.text))) {
        const named = this.resolver.mentionsIn(s.start, toks[boundary - 1]!.end).filter((m) => m.entity.type === 'person').pop();
        if (named && named.end === toks[boundary - 1]!.end && this.text.slice(s.start, named.start).trim() === '') speaker = this.resolver.fromEntity(named.entity);
      }
      if (speaker === undefined) return undefined;
    }

    // "We're told there is footage", "Smith was told that the deal was off": the subject heard it; who
    // said it the article does not say.
    let be = i - 1;
    // "were repeatedly told": over adverbs.
    while (be > 0 && isLyAdverb(toks[be]!.text)) be--;
    if (verb.lemma === 'tell' && cueEnd === i && be >= 0 && toks[i + 1]?.text.toLowerCase() !== 'to' && (BE_FORMS.has(toks[be]!.text.toLowerCase()) || /^\p{L}+['’](?:re|s|m)$/u.test(toks[be]!.text))) {
      speaker = { entity: null, name: UNNAMED_SOURCE, anonymous: true };
    }
    // "Johnnie Wilson, of Springfield, Va., said": the speaker named before a place phrase opens the clause.
    if (chainStart < 0 && speaker?.entity && npStart <= npEnd) {
      const at = toks[npStart]!.start;
      const named = this.resolver.mentionsIn(s.start, at).filter((m) => m.entity.id === speaker!.entity).pop();
      const between = named ? this.text.slice(named.end, at) : '';
      if (named && (/^,?\s+(?:of|from)\b[^.;:!?"“”]{0,60}$/.test(between) || (/^,?\s+$/.test(between) && /^(?:of|from)$/i.test(toks[npStart]!.text)))) chainStart = named.start;
    }
    const clauseStart = chainStart >= 0 ? chainStart : npStart <= npEnd ? toks[npStart]!.start : cue.start;
    const clauseStartWithJoin = boundaryTok && /^(?:,|and|but|;)$/.test(bw) && boundaryTok.start > s.start ? boundaryTok.start : clauseStart;

    // Post-posed: "…, the Russian space agency said (in a statement)."
    const preBoundary = chainTok > 0 ? (/^[,”"—]$/.test(toks[chainTok - 1]!.text) ? chainTok - 1 : -1) : boundaryTok && /^[,”"—]$/.test(boundaryTok.text) ? boundary : appositive ? this.clauses.commaBefore(toks, npStart) : -1;
    return this.placeContent(s, toks, cueEnd, verb, local, cue, preBoundary, { speaker, clauseStart, clauseStartWithJoin });
  }

  /**
   * The draft of a claim whose speaker is found: its content lies before the attribution (post-posed, "…, the
   * agency said"), around it (interrupting, "The deal, Smith said, is near") or after it. `preBoundary` is the mark
   * (comma, closing quote, dash) before the attribution, or -1.
   */
  private placeContent(s: Sentence, toks: readonly Token[], cueEnd: number, verb: VerbForm, local: Draft[], cue: Span, preBoundary: number, at: { speaker: Speaker | null; clauseStart: number; clauseStartWithJoin: number }): Draft {
    const { speaker, clauseStart, clauseStartWithJoin } = at;
    // ("New England Business Service, Inc. today announced results": the comma before a legal form is the name's.)
    if (preBoundary > 0 && toks[preBoundary]!.text === ',' && LEGAL_FORM.test(toks[preBoundary + 1]?.text ?? '')) preBoundary = -1;
    // "“…,” Oppenheimer said in an interview, but at first glance, investors disagreed.": a setting that "but" opens
    // after another clause's comma is the subject's own clause; what comes before is someone else's.
    if (preBoundary > 0 && toks[preBoundary]!.text === ',') {
      let c = preBoundary - 1;
      while (c > 0 && WORD_CHAR.test(toks[c]!.text)) c--;
      // (Not "Selling is hard, but changing behavior is harder, Hege said": a clause with a verb of its own after "but".)
      const setting = toks.slice(c + 2, preBoundary).every((t) => !FINITE_AUX.test(t.text.toLowerCase()) && !isPastForm(t.text));
      if (c > 0 && c < preBoundary - 1 && toks[c]!.text === ',' && /^(?:but|yet)$/i.test(toks[c + 1]!.text) && setting) preBoundary = -1;
    }
    // "Although officials said the plan would work, critics disagreed.": a fronted subordinate clause is not what
    // the main clause's subject says.
    // But "If the vote passes, the governor said, the plan will start" interrupts the conditional it reports.
    // "…, Clinton suggested in a tweet, women won’t be punished" too: a short setting before the comma.
    let afterCue = cueEnd + 1;
    while (afterCue < toks.length && afterCue <= cueEnd + 5 && WORD_CHAR.test(toks[afterCue]!.text) && !VERBS.has(toks[afterCue]!.text.toLowerCase()) && !AUX.has(toks[afterCue]!.text.toLowerCase())) afterCue++;
    if (preBoundary > 0 && toks[afterCue]?.text !== ',' && preBoundary === this.clauses.frontedClauseComma(toks)) preBoundary = -1;
    const colon = toks[cueEnd + 1]?.text === ':';
    // "The combination, economists say, marks a journey…": the attribution interrupts the clause it reports.
    // "The deal, Smith told reporters, is near": after the listener of "told".
    let closing = cueEnd + 1;
    if (verb.lemma === 'tell') {
      let c = cueEnd + 1;
      while (c < toks.length && c <= cueEnd + 4 && WORD_CHAR.test(toks[c]!.text) && !VERBS.has(toks[c]!.text.toLowerCase()) && !AUX.has(toks[c]!.text.toLowerCase())) c++;
      if (c > cueEnd + 1 && toks[c]?.text === ',') closing = c;
    }
    if (preBoundary > 0 && (this.clauses.interrupts(toks, preBoundary, closing) || this.clauses.afterSubordinate(toks, preBoundary, cueEnd + 1))) {
      const content = { start: this.contentBefore(s, toks, preBoundary, local).start, end: trimEnd(this.text, s.end) };
      return this.finishDraft(content.start, cue, content, content.start, verb, speaker);
    }
    // "But in recent days, advisers to Mr. Obama say, the president has grown…": only a fronted adverbial before
    // the subject, and the reported clause after the attribution's comma.
    if (preBoundary > 0 && toks[cueEnd + 1]?.text === ',' && !this.clauses.inQuote(toks[cueEnd + 1]!.start)) {
      const before = toks.slice(0, preBoundary).filter((t) => WORD_CHAR.test(t.text));
      const opener = before[0]?.text.toLowerCase() ?? '';
      const frontedOnly = before.length > 0 && before.length <= 8 && (PREPOSITIONS.has(opener) || CLAUSE_OPENERS.has(opener) || PARENTHETICAL_CONNECTIVES.has(opener)) && !before.some((t) => VERBS.has(t.text.toLowerCase()) || AUX.has(t.text.toLowerCase()));
      if (frontedOnly && this.clauses.clauseGoesOn(toks, cueEnd + 1)) {
        const content = { start: toks[cueEnd + 2]?.start ?? cue.end, end: trimEnd(this.text, s.end) };
        return this.finishDraft(clauseStart, cue, content, clauseStartWithJoin, verb, speaker);
      }
    }
    // Not before a complement of its own: "If no one is visible, he recommends calling the desk".
    // Nor "…, Rep. Aderholt pushed for greater use of SLS": what a call is for follows it.
    const complementAfter = gerundComplement(verb.lemma, toks[cueEnd + 1]?.text ?? '') || verb.lemma === 'call for';
    // After a quotation ("''…,'' Mr. Vander Plaats said in introducing Mr. Cruz on the first day of a bus tour…"), a
    // longer setting may follow the verb.
    const afterQuotation = /^(?:[”"]|'')$/.test(toks[preBoundary]?.text ?? '') || /^(?:[”"]|'')$/.test(toks[preBoundary - 1]?.text ?? '');
    // "“His normal demeanor is grumpy,” she said, but despite…, “I think he will do it,” said Kunin": a conjunction
    // after the attribution opens another clause; the quotation before is what was said.
    // "“Go back to Univision,” Trump barked and a security guard escorted Ramos out", "…,” she said and laughed": with
    // no comma too.
    const nextClause = afterQuotation && ((toks[cueEnd + 1]?.text === ',' && /^(?:but|and|while|although|though|yet)$/i.test(toks[cueEnd + 2]?.text ?? '')) || /^(?:and|but)$/i.test(toks[cueEnd + 1]?.text ?? ''));
    if (preBoundary > 0 && !colon && !complementAfter && (this.clauses.shortTail(toks, cueEnd + 1, afterQuotation ? 20 : 9) || nextClause) && this.clauses.clauseBefore(toks, preBoundary)) {
      const content = this.contentBefore(s, toks, preBoundary, local);
      return this.finishDraft(content.start, cue, content, content.start, verb, speaker);
    }
    const content = this.contentAfter(s, toks, cueEnd, verb);
    return this.finishDraft(clauseStart, cue, content, clauseStartWithJoin, verb, speaker);
  }

  /** "…family members of 9/11 victims, many of whom say…": the people before the relative quantifier. */
  private manyOfWhomClaim(s: Sentence, toks: readonly Token[], i: number, cueEnd: number, verb: VerbForm, cue: Span): Draft | undefined {
    if (i >= 4 && toks[i - 1]!.text.toLowerCase() === 'whom' && toks[i - 2]!.text === 'of' && RELATIVE_QUANTIFIER.test(toks[i - 3]!.text) && toks[i - 4]!.text === ',') {
      const c = i - 4;
      let a = c - 1;
      // Back to the noun phrase's start: not past a verb ("angered farmers") or the preposition that governs it.
      while (a > 0 && a > c - 8 && !/^[,;:.!?“”"()—–]$/.test(toks[a - 1]!.text) && !VERBS.has(toks[a - 1]!.text.toLowerCase()) && !AUX.has(toks[a - 1]!.text.toLowerCase()) && !CLAUSE_OPENERS.has(toks[a - 1]!.text.toLowerCase()) && !/^(?:with|for|to|by|from|among)$|^\p{Ll}{3,}ed$/iu.test(toks[a - 1]!.text)) a--;
      const group = a <= c - 1 ? this.resolver.phrase(toks, a, c - 1, cue.start) : undefined;
      if (group) {
        const content = this.contentAfter(s, toks, cueEnd, verb);
        return this.finishDraft(toks[i - 3]!.start, cue, content, toks[i - 3]!.start, verb, group);
      }
    }
    return undefined;
  }

  /**
   * Participle: "…, noting that…", "…, adding that…", "by saying that…", "…, calling for a ceasefire".
   * "…by pointing out that…", "…, making clear that…": a phrasal participle too.
   * Its subject is the last claim's speaker unless the sentence gives it one of its own.
   */
  private participleClaim(s: Sentence, toks: readonly Token[], i: number, cueEnd: number, verb: VerbForm, local: Draft[], cue: Span): Draft | undefined {
    const prevDraft = local.length ? local[local.length - 1] : undefined;
    let speaker: Speaker | null | undefined = prevDraft?.speaker;
    // "Obama rebuked critics who say he should…, saying…": after a claim made inside a relative clause, the
    // participle is the main clause's subject's.
    const prevCue = prevDraft?.cues[0] ? toks.findIndex((t) => t.start === prevDraft.cues[0]!.start) : -1;
    if (prevCue > 1 && prevCue < i && /^(?:who|that)$/i.test(toks[prevCue - 1]!.text) && WORD_CHAR.test(toks[prevCue - 2]!.text)) {
      const opening = this.clauses.openingSubject(toks, prevCue - 1);
      if (opening?.entity) speaker = opening;
    }
    // "The Presidency has dismissed allegations by opposition politicians that…, describing the claims as…": after a
    // statement noun the main clause's verb governs, the participle is that clause's subject's.
    if (prevCue > 1 && prevCue < i && STATEMENT_NOUNS.test(toks[prevCue]!.text) && /^(?:by|from)$/.test(toks[prevCue + 1]?.text ?? '')) {
      const opening = this.clauses.openingSubject(toks, prevCue);
      if (opening) speaker = opening;
    }
    // "Protest groups say…, and the American Civil Liberties Union of Ohio has sued the city, saying…": a clause
    // coordinated after the previous claim has a subject of its own, whose participle this is.
    if (prevDraft?.cues[0]) {
      const after = toks.findIndex((t) => t.start >= prevDraft.cues[0]!.end);
      for (let k = i - 2; k > after && k > 0; k--) {
        if (!/^(?:and|but)$/i.test(toks[k]!.text) || toks[k - 1]!.text !== ',') continue;
        let v = k + 1;
        while (v < i && v <= k + 10 && !AUX.has(toks[v]!.text.toLowerCase()) && !isPastForm(toks[v]!.text) && WORD_CHAR.test(toks[v]!.text)) v++;
        const own = v > k + 1 && v < i && (AUX.has(toks[v]!.text.toLowerCase()) || isPastForm(toks[v]!.text)) ? this.resolver.phrase(toks, k + 1, v - 1, cue.start) : undefined;
        if (own?.entity) speaker = own;
        break;
      }
    }
    // "While business leaders push for free trade, Mr. Trump has rallied thousands by promising…": past a fronted
    // subordinate clause, the participle is the main clause's, not the claim inside that clause.
    const fronted = prevDraft ? this.clauses.frontedClauseComma(toks) : -1;
    if (fronted > 0 && fronted < i && toks[fronted]!.start >= (prevDraft!.cues[0]?.end ?? prevDraft!.start)) {
      const main = this.clauses.subjectAfterClause(toks, fronted, cue.start);
      if (main) speaker = main.speaker;
    }
    // "footage of Hillary Clinton asking, “…”", "a video shows Trump saying that…": a person named right before the
    // participle, as what is seen or heard, is its subject.
    if (i >= 2 && speaker === prevDraft?.speaker) {
      const named = this.resolver.mentionsIn(toks[0]!.start, toks[i - 1]!.end).filter((m) => m.end === toks[i - 1]!.end && m.entity.type === 'person').pop();
      const before = named ? toks.findIndex((t) => t.end > named.start) - 1 : -1;
      if (named && before >= 0 && SEEN_OR_HEARD.test(toks[before]!.text)) speaker = this.resolver.fromEntity(named.entity);
    }
    // "with some reports suggesting that…": the participle has a subject of its own after "with".
    let w = i - 1;
    while (w >= 0 && w > i - 7 && WORD_CHAR.test(toks[w]!.text) && !/^(?:with|without)$/i.test(toks[w]!.text) && !CLAUSE_OPENERS.has(toks[w]!.text.toLowerCase())) w--;
    // Not past an aside between dashes, which the tokens leave out: "He struggles with a basic task in politics —
    // bragging — conceding that…" has the sentence's subject.
    const aside = i > 0 && /[—–]|\s-\s/.test(this.text.slice(toks[i - 1]!.end, toks[i]!.start));
    if (w >= 0 && w < i - 1 && /^(?:with|without)$/i.test(toks[w]!.text) && !aside) {
      const own = this.resolver.phrase(toks, w + 1, i - 1, cue.start);
      if (own !== undefined) {
        const content = this.contentAfter(s, toks, cueEnd, verb);
        return this.finishDraft(toks[w]!.start, cue, content, toks[w]!.start, verb, own);
      }
    }
    // Opening the sentence, its subject is the main clause's: "Noting that…, Malaska asked"; so inside a
    // fronted adverbial: "In a letter calling for the meeting, CPUC President Marybel Batjer said…".
    // "After saying her foot was swollen, she…": a subordinator before the participle.
    // "One month after announcing his support, Rubio…": a measure of time may come first.
    const subordinated = i >= 1 && /^(?:after|before|while|since|upon|when|without|besides|despite)$/i.test(toks[i - 1]!.text) && i - 1 <= 4 && toks.slice(0, i - 1).every((t) => TIME_MEASURE.test(t.text));
    if (i === 0 || (PREPOSITIONS.has(toks[0]!.text.toLowerCase()) && frontedComma(toks) > i) || subordinated) {
      const main = this.clauses.mainSubjectAfter(toks, i + 1, cue.start) ?? (subordinated ? this.clauses.subjectAfterClause(toks, i + 1, cue.start) : undefined);
      if (!main) return undefined;
      const content = { start: this.contentAfter(s, toks, cueEnd, verb).start, end: toks[main.comma - 1]!.end };
      return this.finishDraft(cue.start, cue, content, cue.start, verb, main.speaker);
    }
    const rel = this.clauses.relativeAntecedent(toks, i);
    if (rel !== undefined) speaker = rel;
    // Progressive: "…, and Hillary Clinton is promising to help…": the subject before "is", not the last speaker;
    // "The senator has been insisting…", "He’s claiming…": before the whole verb group. The claim starts there.
    let start = cue.start;
    if (rel === undefined && i > 1 && beBefore(toks, i)) {
      let e = i - 2;
      while (e > 0 && (AUX.has(toks[e]!.text.toLowerCase()) || isLyAdverb(toks[e]!.text))) e--;
      let a = e;
      // ("…and told them the man was threatening to…": the subject starts after the verb whose object holds it.)
      while (a >= 0 && !/^[,;:—–]$|^(?:and|but)$/i.test(toks[a]!.text) && !(a < e && /^\p{Ll}/u.test(toks[a]!.text) && ((VERBS.has(toks[a]!.text) && isPastForm(toks[a]!.text)) || THAT_WORDS.has(toks[a]!.text) || /^(?:them|him|us|me)$/.test(toks[a]!.text)))) a--;
      const subject = a + 1 <= e && e - a <= 6 ? this.resolver.phrase(toks, a + 1, e, cue.start) : undefined;
      if (subject !== undefined) {
        speaker = subject;
        start = toks[a + 1]!.start;
      }
    }
    // "…where he forced her to hide while threatening to kill her parents": after "while", "by" or "without", the
    // participle's subject is the nearest pronoun subject before it, not the sentence's first words.
    if (speaker === undefined && rel === undefined && i > 1 && /^(?:while|by|without|before|after)$/i.test(toks[i - 1]!.text)) {
      for (let k = i - 2; k >= 0 && k >= i - 14; k--) {
        if (/^[;:“”"]$/.test(toks[k]!.text)) break;
        if (!/^(?:he|she|they|it|we)$/i.test(toks[k]!.text)) continue;
        speaker = this.resolver.phrase(toks, k, k, cue.start) ?? undefined;
        break;
      }
    }
    // "The Vermont senator emailed supporters saying…": the sentence's subject when it names an actor (not the first
    // name in it, "Vermont").
    if (speaker === undefined) {
      const opening = this.clauses.openingSubject(toks, i);
      if (opening?.entity && this.typeOf(opening) !== 'place') speaker = opening;
    }
    if (speaker === undefined) {
      speaker = this.resolver.firstActor(s.start, cue.start, toks);
      // After a dash, only a named or unnamed source, not a sentence's words ("The author draws a parallel between
      // … —suggesting…" gives no subject phrase to speak).
      if (speaker && !speaker.entity && !speaker.anonymous && i > 0 && /^[-—–]$/.test(toks[i - 1]!.text)) return undefined;
    }
    if (speaker === undefined) return undefined;
    const content = this.contentAfter(s, toks, cueEnd, verb);
    const clauseStart = i > 0 && toks[i - 1]!.text === ',' ? toks[i - 1]!.start : cue.start;
    return this.finishDraft(start, cue, content, clauseStart, verb, speaker);
  }

  /** Passive with its agent: "A photo of the meeting was denied by Andrew", "…was reported by Reuters". */
  private passiveAgentClaim(s: Sentence, toks: readonly Token[], i: number, cueEnd: number, verb: VerbForm, cue: Span): Draft | undefined {
    // ("was first confirmed by a rep for Cyrus": an adverb may stand between.)
    let be = i - 1;
    while (be > 1 && (isLyAdverb(toks[be]!.text) || PRE_VERB_ADVERBS.has(toks[be]!.text.toLowerCase()))) be--;
    if (verb.form === 'finite' && be >= 1 && BE_FORMS.has(toks[be]!.text.toLowerCase()) && toks[cueEnd + 1]?.text.toLowerCase() === 'by') {
      let b = cueEnd + 2;
      // "was accused by critics of promoting…": the charge after "of" and a gerund is no part of the agent.
      // So is the charge of "was charged by prosecutors with fraud", and the fault of "was criticised by the judge for
      // not making sure…".
      const chargeAt = (x: number): boolean =>
        (toks[x]!.text.toLowerCase() === 'of' && /^\p{Ll}+ing$/u.test(toks[x + 1]?.text ?? '')) || (verb.lemma === 'charge' && toks[x]!.text.toLowerCase() === 'with') || (CHARACTERISING.get(verb.lemma) === 'as-for' && toks[x]!.text.toLowerCase() === 'for');
      while (b < toks.length && b < cueEnd + 10 && WORD_CHAR.test(toks[b]!.text) && !CLAUSE_OPENERS.has(toks[b]!.text.toLowerCase()) && !VERBS.has(toks[b]!.text.toLowerCase()) && !chargeAt(b)) b++;
      let agent = b > cueEnd + 2 ? this.resolver.phrase(toks, cueEnd + 2, b - 1, cue.start) : undefined;
      // "confirmed by the head of the opposition and former prime minister Cellou Diallo", "…by the head of the
      // opposition, Cellou Diallo,": an unnamed role, then the person it describes, named after a comma or after
      // "and" and another role.
      if (agent && !agent.entity && /^(?:,|and)$/i.test(toks[b]?.text ?? '')) {
        const named = this.resolver.mentionsIn(toks[b]!.end, toks[Math.min(toks.length, b + 9) - 1]!.end).find((m) => m.entity.type === 'person');
        const between = named ? toks.filter((t) => t.start > toks[b]!.start && t.end <= named.start) : [];
        const after = named ? toks.find((t) => t.start >= named.end) : undefined;
        // (After "and", a role must say it is one person: not "by the unions and Ann Lee".)
        const roleBetween = between.some((t) => ROLE_NOUNS.has(t.text.toLowerCase()));
        if (named && (toks[b]!.text === ',' || roleBetween) && between.every((t) => WORD_CHAR.test(t.text) && !VERBS.has(t.text.toLowerCase()) && !AUX.has(t.text.toLowerCase()) && !DETERMINERS.has(t.text.toLowerCase())) && (!after || /^[,.;:!?)—]$/.test(after.text))) agent = this.resolver.fromEntity(named.entity);
      }
      if (agent) {
        let a = i - 2;
        while (a > 0 && !/^[,;:—“”"]$/.test(toks[a - 1]!.text)) a--;
        // "…said he took responsibility but was criticised by the judge for…": the second of two joined verb phrases.
        if (i >= 3 && a < i - 2 && /^(?:but|and|yet)$/i.test(toks[i - 2]!.text)) a = i - 1;
        if (i >= 4 && a < i - 3 && /^(?:but|and|yet)$/i.test(toks[i - 3]!.text) && BE_FORMS.has(toks[i - 1]!.text.toLowerCase())) a = i - 1;
        // "…was described by officials as a failure", "…accused by critics of lying": the complement belongs
        // to what they said.
        const complementEnd = toks[b]?.text.toLowerCase() === 'as' || (b < toks.length && chargeAt(b)) ? trimEnd(this.text, s.end) : toks[i - 2]!.end;
        // "Reporters were told by a senior official that the summit…", "were warned by police that…": the listener is
        // the subject, and what was said is the clause after the agent.
        const told = toks[b]?.text.toLowerCase() === 'that' && b + 1 < toks.length;
        const content = told ? { start: toks[b + 1]!.start, end: trimEnd(this.text, s.end) } : { start: toks[a]!.start, end: complementEnd };
        const d = this.finishDraft(content.start, cue, content, content.start, verb, agent);
        d.end = Math.max(d.end, toks[b - 1]!.end);
        return d;
      }
    }
    return undefined;
  }

  /**
   * Where the subject of the verb at toks[i] ends (toks[k]): left over auxiliaries and adverbs, a catenative group
   * ("went on to say", starting at `catenative`, else -1), a connective between commas and a short setting.
   */
  private subjectEnd(toks: readonly Token[], i: number, cueEnd: number): { k: number; catenative: number } {
    let k = i - 1;
    if (cueEnd > i) {
      // "was quoted as saying": step over "was".
      while (k >= 0 && AUX.has(toks[k]!.text.toLowerCase())) k--;
    }
    // "He went on to say…", "Republicans continue to warn…": back over the catenative group to its subject.
    let to = k;
    while (to >= 0 && isLyAdverb(toks[to]!.text)) to--;
    const catenative = to >= 0 ? catenativeStart(toks, to) : -1;
    if (catenative >= 0) k = catenative - 1;
    // (A capitalised word inside the sentence is a name or a month, no auxiliary: "The spokesman for Mrs May said".)
    const aux = (x: number): boolean => AUX.has(toks[x]!.text.toLowerCase()) && (x === 0 || !/^\p{Lu}/u.test(toks[x]!.text));
    for (;;) {
      while (k >= 0 && (aux(k) || isLyAdverb(toks[k]!.text) || PRE_VERB_ADVERBS.has(toks[k]!.text) || floatingQuantifier(toks, k))) k--;
      // "Recent governments have, however, recognised…", "U.S. officials have, in fact, praised…": a connective
      // between commas.
      const aside = connectiveAside(toks, k);
      if (aside > 0) {
        k -= aside;
        continue;
      }
      // "Wells Fargo just this month announced…", "The company last week said…": a short setting before the verb.
      let t = k;
      // "When Fiorina a month later announced…": an article or a number counting a time unit.
      // (Not a surname spelt like a month after a courtesy title: "The spokesman for Mrs May said".)
      const surname = (x: number): boolean => x > 0 && /^\p{Lu}/u.test(toks[x]!.text) && (HONORIFICS.has(toks[x - 1]!.text.toLowerCase()) || (toks[x - 1]!.text === '.' && HONORIFICS.has(toks[x - 2]?.text.toLowerCase() ?? '')));
      while (t >= 0 && t > k - 4 && !surname(t) && (isSetting(toks[t]!.text) || /^only$/i.test(toks[t]!.text) || (/^(?:a|an|one|two|three|several|few)$/i.test(toks[t]!.text) && t < k && TIME_WORDS.test(toks[t + 1]!.text)))) t--;
      const setting = toks.slice(t + 1, k + 1);
      // "Paul Ryan, the speaker, on Tuesday said…": after an appositive's closing comma too.
      const afterAppositive = t >= 0 && toks[t]!.text === ',' && this.clauses.closesAppositive(toks, t);
      // "An RPF officer had on Wednesday night said…": after the subject's auxiliary too.
      const afterAux = t >= 1 && AUX.has(toks[t]!.text.toLowerCase()) && WORD_CHAR.test(toks[t - 1]!.text);
      if (t < k && t >= 0 && setting.some((x) => TIME_WORDS.test(x.text) || /^\d{4}$/.test(x.text)) && ((WORD_CHAR.test(toks[t]!.text) && (/^\p{Lu}/u.test(toks[t]!.text) || canSpeak(toks[t]!.text))) || afterAppositive || afterAux)) {
        k = t;
        continue;
      }
      // "have in the past said", "has in recent weeks argued", "Gore at the time said": a stock adverbial phrase
      // between the subject (or its auxiliary) and the verb.
      const phrase = k >= 2 ? /\b(?:in the past|in recent (?:years|months|weeks|days)|over the years|at the time|at times|for years|in the meantime|in public|in private|in interviews)$/i.exec(toks.slice(Math.max(0, k - 2), k + 1).map((x) => x.text).join(' ')) : null;
      if (phrase) {
        k -= phrase[0].split(' ').length;
        continue;
      }
      // "Rep. Alexandria Ocasio-Cortez shortly after the arrest linked…": a time phrase between a name and its verb.
      const time = this.clauses.timePhraseBefore(toks, k);
      if (time >= 0) {
        k = time;
        continue;
      }
      break;
    }
    return { k, catenative };
  }

  /** Inverted: "“…,” stated Minister X." / "…, says Brian Coombes, PhD": the subject after the verb. */
  private invertedClaim(s: Sentence, toks: readonly Token[], i: number, k: number, cueEnd: number, verb: VerbForm, local: Draft[], cue: Span, catenative: number): Draft | undefined {
    const left = k >= 0 ? toks[k]!.text : '';
    // "“Is it over?” asked one reporter": a question quoted right before "asked" inverts it too.
    const askedAfterQuestion = verb.lemma === 'ask' && closesQuotedQuestion(toks, k);
    if ((verb.invertible || askedAfterQuestion) && cueEnd === i && catenative < 0 && (left === ',' || left === '”' || left === '"') && !this.clauses.namedThenAppositive(toks, k)) {
      const after = this.clauses.invertedSubject(toks, cueEnd + 1);
      if (after) {
        let speaker = this.resolver.phrase(toks, after[0], after[1], cue.start) ?? null;
        // "said the army's spokesman, Maj. Gen. Ahmed Sharif Chaudhry": the role, then the person's name.
        // "said his best friend at Lehigh, Bruce Turry": past a short prepositional phrase too.
        let comma = after[1] + 1;
        if (/^(?:at|of|from|in|with|for)$/.test(toks[comma]?.text ?? '')) while (comma < toks.length && comma <= after[1] + 9 && WORD_CHAR.test(toks[comma]!.text)) comma++;
        const named = !speaker?.entity && toks[comma]?.text === ',' ? this.resolver.personNamedAt(toks[comma]!.end, s.end) : undefined;
        if (named) speaker = this.resolver.fromEntity(named);
        const content = this.contentBefore(s, toks, k, local);
        // "The combination, say economists, marks a journey…": the clause goes on after the attribution.
        if (left === ',' && this.clauses.interrupts(toks, k, after[1] + 1)) content.end = trimEnd(this.text, s.end);
        const end = toks[after[1]]!.end;
        const d = this.finishDraft(content.start, cue, content, content.start, verb, speaker);
        d.end = Math.max(d.end, end);
        return d;
      }
    }
    return undefined;
  }

  /**
   * Where the subject before the verb ends, k being the token before the verb: past an appositive between commas
   * ("Eric Reeves, one of …, said"), one closed inside a show's title's closing mark ("Joe Scarborough, host of
   * MSNBC’s “Morning Joe,” suggested…"), an aside and a relative clause; not past a name and its bracket between
   * commas, which is the subject itself ("…, after winning Ohio, Gov. John Kasich (R-OH), said"). `appositive` when
   * one was skipped.
   */
  private subjectEndBefore(toks: readonly Token[], k: number): { npEnd: number; appositive: boolean } {
    const left = k >= 0 ? toks[k]!.text : '';
    let npEnd = k;
    let appositive = false;
    // "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested…": the comma that closes the appositive inside the
    // closing mark of a show's title.
    if (/^[”"]$/.test(left) && toks[k - 1]?.text === ',') {
      const open = toks.findLastIndex((t, x) => x < k - 1 && x >= k - 8 && /^[“"]$/.test(t.text));
      const title = open > 1 && titleWords(toks.slice(open + 1, k - 1).map((t) => t.text)) && (/^['’]s$/.test(toks[open - 1]!.text) || /^(?:on|of|for|at)$/i.test(toks[open - 1]!.text));
      const opening = title ? toks.findLastIndex((t, x) => x < open && x >= open - 12 && t.text === ',') : -1;
      if (opening > 0 && toks.slice(opening + 1, open).every((t) => WORD_CHAR.test(t.text) || /^['’]s$/.test(t.text)) && !toks.slice(opening + 1, open).some((t) => VERBS.has(t.text.toLowerCase()) || AUX.has(t.text.toLowerCase()))) {
        npEnd = opening - 1;
        appositive = true;
      }
    }
    if (left === ',') {
      // "Eric Reeves, one of …, said": skip the appositive back to the comma that opens it.
      let c = k - 1;
      while (c >= 0 && toks[c]!.text !== ',' && !/^[“”"]$/.test(toks[c]!.text)) {
        c--;
        // "Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said": a short quoted name inside.
        if (toks[c]?.text === '”') {
          const open = toks.findIndex((t, x) => x < c && x >= c - 5 && t.text === '“');
          if (open > 0 && toks.slice(open + 1, c).every((t) => WORD_CHAR.test(t.text))) c = open - 1;
        }
      }
      // "…, after winning Ohio in the primary, Gov. John Kasich (R-OH), said": the part between the commas is a
      // person's name and its bracket, the subject itself, not an appositive after it.
      const named = c >= 0 && toks[c]!.text === ',' ? this.resolver.mentionsIn(toks[c + 1]!.start, toks[k - 1]!.end).find((m) => this.resolver.isPerson(m.entity.id)) : undefined;
      const segment = named ? toks.slice(c + 1, k) : [];
      const titleBefore = segment.filter((t) => t.start < named!.start).every((t) => /^\p{Lu}/u.test(t.text) || t.text === '.');
      const after = segment.filter((t) => t.start >= named!.end);
      // (The sentence's tokens leave brackets out: the bracket is in the text between the name and the comma.)
      const bracketAfter = after.length === 0 && /^\s*\([^()]{1,40}\)\s*$/.test(this.text.slice(named?.end ?? 0, toks[k]!.start));
      // And what stands before the opening comma is a fronted phrase ("after winning Ohio…"), not a description of the
      // person ("Another Connecticut former lawmaker, Sen. Joe Lieberman (I-Conn.), also stated…").
      const prevComma = c > 0 ? toks.findLastIndex((t, x) => x < c && t.text === ',') : -1;
      const opener = (toks[prevComma + 1]?.text ?? '').toLowerCase();
      const fronted = PREPOSITIONS.has(opener) || CLAUSE_OPENERS.has(opener) || /^\p{Ll}+ing$/u.test(opener);
      const nameThenBracket = !!named && titleBefore && bracketAfter && fronted;
      if (nameThenBracket) npEnd = k - 1;
      else if (c >= 0 && toks[c]!.text === ',') {
        npEnd = c - 1;
        appositive = true;
        // "CNN, like The Associated Press, which was the first to do so, declared…", "Smith, a friend of Jones, who
        // lives nearby, said…": a comparison or an appositive, then a relative clause, are both asides; the subject is
        // before them.
        const c2 = toks.findLastIndex((t, x) => x < c && x >= c - 8 && t.text === ',');
        const aside = c2 > 0 && (/^(?:like|unlike)$/i.test(toks[c2 + 1]?.text ?? '') || (/^(?:a|an|the|his|her|their)$/i.test(toks[c2 + 1]?.text ?? '') && /^\p{Lu}/u.test(toks[c2 - 1]!.text)));
        if (aside && /^(?:who|which)$/i.test(toks[c + 1]?.text ?? '') && toks.slice(c2 + 1, c).every((t) => WORD_CHAR.test(t.text) || /^['’]s$/.test(t.text))) npEnd = c2 - 1;
        // "NeoChord, a venture-backed, Minneapolis-based medical technology company, announced": adjectives joined by
        // a comma inside the appositive; it opens at the comma before the article.
        const adjectives = toks.slice(c2 + 2, c);
        if (c2 > 0 && /^(?:a|an|the)$/i.test(toks[c2 + 1]?.text ?? '') && (/^\p{Lu}/u.test(toks[c2 - 1]!.text) || (toks[c2 - 1]!.text === '.' && LEGAL_FORM.test(toks[c2 - 2]?.text ?? ''))) && adjectives.length >= 1 && adjectives.length <= 3 && adjectives.every((t) => /^\p{Ll}/u.test(t.text)) && /(?:-\p{L}+|ed|al|ive|ful|ous|ic|ent|ant)$/u.test(toks[c - 1]!.text)) npEnd = c2 - 1;
      } else npEnd = k - 1;
    }
    return { npEnd, appositive };
  }

  /**
   * The subject noun phrase left of the verb at toks[i], whose words end at toks[k] or before an appositive there.
   * Undefined when the verb has no subject that could speak: after a modal, or in a relative clause on an object.
   */
  private subjectPhrase(toks: readonly Token[], i: number, k: number, local: Draft[]): SubjectPhrase | undefined {
    const left = k >= 0 ? toks[k]!.text : '';
    const { npEnd: end, appositive } = this.subjectEndBefore(toks, k);
    let npEnd = end;
    let npStart = npEnd;
    const cueIdx = new Set<number>();
    for (const d of local) for (const cu of d.cues) for (let x = 0; x < toks.length; x++) if (toks[x]!.start >= cu.start && toks[x]!.end <= cu.end) cueIdx.add(x);
    let boundary = -1;
    while (npStart >= 0) {
      const w = toks[npStart]!.text;
      const lw = w.toLowerCase();
      // "New England Business Service, Inc. today announced": the name goes on before the comma of its legal form.
      if (LEGAL_FORM.test(w) && npStart >= 2 && toks[npStart - 1]!.text === ',' && /^\p{Lu}/u.test(toks[npStart - 2]!.text)) {
        npStart -= 2;
        continue;
      }
      // "The mother of a woman who took … has described": the subject is before the relative clause.
      // "A 2014 study that appeared in the journal found…": "that" after a noun that can be a source opens one too.
      const relativeThat = lw === 'that' && npStart > 0 && /^\p{Ll}+$/u.test(toks[npStart - 1]!.text) && canSpeak(toks[npStart - 1]!.text) && (!VERBS.has(toks[npStart - 1]!.text) || DETERMINERS.has(toks[npStart - 2]?.text.toLowerCase() ?? '')) && (/^\p{Ll}{3,}(?:ed|s)$/u.test(toks[npStart + 1]?.text ?? '') || AUX.has(toks[npStart + 1]?.text.toLowerCase() ?? ''));
      // "a demonstration during which Diallo alleged…": after a preposition the pronoun is its object; the relative
      // clause has its own subject, after it.
      if ((lw === 'which' || lw === 'whom') && npStart > 0 && npStart < npEnd && RELATIVE_PREPOSITION.test(toks[npStart - 1]!.text)) {
        boundary = npStart;
        break;
      }
      if ((lw === 'who' || lw === 'which' || relativeThat) && npStart > 0 && npStart < npEnd && WORD_CHAR.test(toks[npStart - 1]!.text) && !cueIdx.has(npStart - 1)) {
        npEnd = npStart - 1;
        // "Another Muslim who worshiped there and who didn't want to be named said": two relative clauses joined by
        // "and"; the subject is before the first.
        if (lw === 'who' && toks[npEnd]!.text.toLowerCase() === 'and') {
          for (let r = npEnd - 1; r > 0 && r >= npEnd - 16; r--) {
            if (/^[,;:.!?“”"()]$/.test(toks[r]!.text)) break;
            if (toks[r]!.text.toLowerCase() === 'who' && WORD_CHAR.test(toks[r - 1]!.text) && !PREPOSITIONS.has(toks[r - 1]!.text.toLowerCase())) {
              npEnd = r - 1;
              break;
            }
          }
        }
        npStart = npEnd;
        continue;
      }
      // "The experts I interviewed said", "people we spoke to say", "people I've spoken with said": a relative clause
      // without "that" after the subject.
      if (/^(?:i|we|they|he|she|you)(?:['’](?:ve|d))?$/.test(lw) && npStart > 0 && npStart < npEnd && npEnd - npStart <= 9 && (isPeoplePlural(toks[npStart - 1]!.text) || ANON_HEADS.has(toks[npStart - 1]!.text))) {
        npEnd = npStart - 1;
        npStart = npEnd;
        continue;
      }
      // "the singer and guitarist told", "JPL scientist and study co-author Michael Malaska said": two
      // roles joined by "and" describe one person; the left one ends in a person noun.
      const leftOfAnd = toks[npStart - 1]?.text ?? '';
      // "the former secretary of state and current Democratic presidential nominee said": "current", "former" after
      // "and" open a second role of the same person.
      const secondRole = /^(?:current|former|then|now|longtime|new)$/.test(toks[npStart + 1]?.text ?? '') && (ROLE_NOUNS.has(toks[npEnd]!.text.toLowerCase()) || isPersonDescriptor(toks[npEnd]!.text.toLowerCase()));
      // ("Petal co-founder and CEO Jason Gross tells…": a role shared with others is a role.)
      const leftRole = leftOfAnd.replace(/^co-(?=\p{Ll}{4})/u, '');
      if (lw === 'and' && npStart < npEnd && /^\p{Ll}+$/u.test(leftRole) && (ROLE_NOUNS.has(leftRole) || isPersonDescriptor(leftRole) || secondRole)) {
        npStart -= 1;
        continue;
      }
      // "Ray Curry, secretary-treasurer of the UAW and director of the Heavy Truck Department said": a second role after
      // "and", in an appositive whose first role follows a person's name and a comma, is the same person's.
      if (lw === 'and' && npStart < npEnd && isRoleNoun(toks[npStart + 1]!.text)) {
        const comma = toks.findLastIndex((t, x) => x < npStart - 1 && x >= npStart - 10 && /^[,;:“”"()]$/.test(t.text));
        const named = comma >= 1 && toks[comma]!.text === ',' && isRoleNoun(toks[comma + 1]!.text) && !toks.slice(comma + 1, npStart).some((t) => VERBS.has(t.text.toLowerCase()) || AUX.has(t.text.toLowerCase())) ? this.resolver.personEndingAt(toks[comma - 1]!) : undefined;
        if (named) {
          npStart = comma + 1;
          continue;
        }
      }
      // "…, police and security sources told Reuters": a lone source word after a comma, joined by "and" to unnamed
      // sources, is one of the sources.
      if (lw === 'and' && npStart < npEnd && npStart >= 2 && toks[npStart - 2]!.text === ',' && /^\p{Ll}+$/u.test(leftOfAnd) && (ANON_HEADS.has(leftOfAnd) || isPeoplePlural(leftOfAnd) || COLLECTIVE_SOURCES.has(leftOfAnd)) && ANON_HEADS.has(toks[npEnd]!.text.toLowerCase())) {
        npStart -= 1;
        continue;
      }
      // 'the "Pose" actor': a quoted title modifying the noun is part of the phrase.
      if (/^[”"]$/.test(w) && npStart < npEnd) {
        let open = npStart - 1;
        while (open >= 0 && open >= npStart - 5 && /^\p{Lu}|^\d/u.test(toks[open]!.text)) open--;
        if (open < npStart - 1 && open > 0 && /^[“"]$/.test(toks[open]!.text) && /^(?:the|a|an)$/i.test(toks[open - 1]!.text)) {
          npStart = open - 1;
          continue;
        }
      }
      // A hyphen standing alone is a dash: "The debate is also predictable - Donald J. Trump has vowed…".
      const dash = /^-{1,2}$/.test(w) && this.text[toks[npStart]!.start - 1] === ' ' && this.text[toks[npStart]!.end] === ' ';
      // "That’s a small fraction of what experts say…": "’s" after a pronoun is "is", a verb, no possessive.
      const contractedIs = /^['’]s$/.test(w) && npStart > 0 && /^(?:that|it|there|here|what|this)$/i.test(toks[npStart - 1]!.text);
      // "…of the University of California, Berkeley suggest": a comma inside a name is no boundary.
      // "The Santa Clara, California-based company said": nor one between a town and its state before "-based".
      const inName = w === ',' && (this.resolver.mentionsIn(toks[npStart]!.start, toks[npStart]!.end).some((m) => m.start < toks[npStart]!.start && m.end > toks[npStart]!.end) || (/^\p{Lu}[\p{L}.]*-based$/u.test(toks[npStart + 1]?.text ?? '') && /^\p{Lu}/u.test(toks[npStart - 1]?.text ?? '')));
      // "to cement what polls show is…", "a rebuke to what Republicans say is…": "what" opens the clause of its own.
      const what = lw === 'what' && npStart < npEnd;
      // "A former nurse accused of killing seven babies told…": a participle before "of" or "by" after a noun modifies
      // it, and the subject goes on to the left.
      const participle = /ed$/.test(lw) && /^(?:of|by)$/i.test(toks[npStart + 1]?.text ?? '') && /^\p{Ll}{3,}$/u.test(toks[npStart - 1]?.text ?? '') && !DETERMINERS.has(toks[npStart - 1]!.text.toLowerCase()) && !AUX.has(toks[npStart - 1]!.text.toLowerCase());
      // "Another method would require delegates to challenge existing party rules that…": a modal ends a clause, never
      // stands in a subject.
      const modal = MODALS.test(w);
      // "Several reports from witnesses say…", "…, reports in both countries said": a plural noun of speech before its
      // source and the verb (VerbUse reads it so too).
      const speechNoun = this.verbs.subjectOfNextVerb(toks, npStart);
      // "One neighbor who lives between Lawrence and Cottage said": "and" inside a preposition's object, in a relative
      // clause, joins no subjects; the walk goes on to the "who".
      if (lw === 'and' && npStart < npEnd && this.andInRelativeObject(toks, npStart)) {
        npStart -= 1;
        continue;
      }
      if ((/^[,;:()—–“”"]$/.test(w) && !inName) || dash || contractedIs || modal || CLAUSE_OPENERS.has(lw) || what || cueIdx.has(npStart) || (VERBS.get(lw)?.form === 'finite' && npStart < npEnd && !participle && !speechNoun)) {
        boundary = npStart;
        break;
      }
      // "the minimum $20 million experts say it costs": an amount is what the noun before it measures, not the
      // subject's.
      // (Only before people, not in a name: "Fight for $15 organizing director Kendall Fells told".)
      if (/^[$€£¥]$/.test(w) && npStart < npEnd && (isPeoplePlural(toks[npEnd]!.text) || ANON_HEADS.has(toks[npEnd]!.text))) {
        let amount = npStart + 1;
        while (amount < npEnd && /^(?:[\d.,]+|million|billion|trillion|thousand|hundred)$/i.test(toks[amount]!.text)) amount++;
        if (amount > npStart + 1 && amount <= npEnd) {
          boundary = amount - 1;
          npStart = amount;
          break;
        }
      }
      if (npEnd - npStart >= 12) {
        // "The GOP’s complaint to the D.C. Court of Appeals’ Board on Professional Responsibility says…": a long
        // subject is not cut between a possessor and its "’s".
        if (/^['’]s$/.test(w) && npStart > 0 && WORD_CHAR.test(toks[npStart - 1]!.text)) {
          npStart -= 1;
          if (npStart > 0 && /^(?:the|a|an)$/i.test(toks[npStart - 1]!.text)) npStart -= 1;
        }
        break;
      }
      // A pronoun right before the verb is the whole subject ("pleaded guilty to charges he threatened…").
      // So is "it" after a noun: "prices it said were a result of the deal" (a relative clause without "that").
      if (npStart === npEnd && /^(?:he|she|they|we|i|it)$/i.test(w) && npStart > 0 && WORD_CHAR.test(toks[npStart - 1]!.text)) {
        boundary = npStart - 1;
        break;
      }
      // "Sonya A. Zoghlin": an initial, not the article "a".
      const initial = w === 'A' && toks[npStart + 1]?.text === '.';
      // "majorities in all five states", "the two leaders": a numeral after a determiner opens no phrase.
      const numeralAfterDeterminer = /^(?:two|three|four|five)$/.test(lw) && /^(?:all|both|the|these|those|his|her|their|its|our)$/i.test(toks[npStart - 1]?.text ?? '');
      if (!initial && !numeralAfterDeterminer && DETERMINERS.has(lw) && npStart > 0 && !PREPOSITIONS.has(toks[npStart - 1]!.text.toLowerCase()) && !/^['’]s$/.test(toks[npStart - 1]!.text)) {
        boundary = npStart - 1;
        break;
      }
      npStart--;
    }
    npStart = Math.max(npStart, boundary + 1, 0);
    // After a modal, a bare verb opens a verb phrase, no subject: the "verb" found is a noun ("…would require
    // delegates to challenge existing party rules that purport to…").
    if (boundary >= 0 && MODALS.test(toks[boundary]!.text) && npStart <= npEnd && /^\p{Ll}+$/u.test(toks[npStart]!.text) && !DETERMINERS.has(toks[npStart]!.text) && !QUANTIFIER_SUBJECTS.test(toks[npStart]!.text) && !/^(?:he|she|they|we|i|you|it|all|each|both|also|not|never)$/.test(toks[npStart]!.text)) return undefined;
    // "The Lancet Commission on pollution and health found…", "Researchers at Harvard and MIT say…": the
    // "and" joins the objects of a preposition inside the subject, not two clauses: the subject goes on left,
    // past the preposition, to the noun it modifies.
    // ("Researchers from Imperial College and the GFZ German Research Centre for Geosciences said": a conjunct of any
    // length that is one name.)
    const oneName = (): boolean => {
      const first = /^the$/i.test(toks[npStart]!.text) ? npStart + 1 : npStart;
      return first <= npEnd && this.resolver.mentionsIn(toks[first]!.start, toks[npEnd]!.end).some((m) => m.start === toks[first]!.start && m.end === toks[npEnd]!.end);
    };
    const joined = boundary > 2 && toks[boundary]!.text.toLowerCase() === 'and' && npStart <= npEnd && (npEnd - npStart <= 2 || oneName()) && !cueIdx.has(boundary - 1) ? this.clauses.prepositionalConjunct(toks, boundary) : -1;
    if (joined >= 0) {
      npStart = joined;
      boundary = -1;
      while (npStart > 0 && !DETERMINERS.has(toks[npStart]!.text.toLowerCase()) && WORD_CHAR.test(toks[npStart - 1]!.text) && !CLAUSE_OPENERS.has(toks[npStart - 1]!.text.toLowerCase()) && !VERBS.has(toks[npStart - 1]!.text.toLowerCase()) && !AUX.has(toks[npStart - 1]!.text.toLowerCase()) && !PREPOSITIONS.has(toks[npStart - 1]!.text.toLowerCase()) && joined - npStart < 5) npStart--;
      if (npStart > 0) boundary = npStart - 1;
    }
    // "The doctors offering to operate the clinic noted…": the sentence opens with the subject, whose
    // participle phrase holds the noun phrase found so far.
    // Not a pronoun subject: "declined to comment on what she called…" is hers.
    const pronounSubject = npStart === npEnd && /^(?:he|she|they|we|i|it)$/i.test(toks[npStart]?.text ?? '');
    if (npStart > 1 && npStart <= npEnd && boundary === npStart - 1 && WORD_CHAR.test(toks[boundary]!.text) && !pronounSubject) {
      const opening = toks.slice(0, npStart);
      const participle = opening.findIndex((t, x) => x > 0 && /^\p{Ll}{3,}(?:ing|ed)$/u.test(t.text) && !DETERMINERS.has(opening[x - 1]!.text.toLowerCase()));
      const clean = opening.every((t) => WORD_CHAR.test(t.text) && !AUX.has(t.text.toLowerCase()) && !VERBS.has(t.text.toLowerCase()) && !CLAUSE_OPENERS.has(t.text.toLowerCase()));
      if (participle > 0 && clean) npStart = 0;
    }
    // "Local officials and customers accused…": a coordinated subject opening the sentence. "Ann Lee, Bob Smith and
    // Acme said…": a list of names too.
    const nameList = (left: readonly Token[]): boolean => left.length <= 12 && left.some((t) => t.text === ',') && left.every((t, x) => t.text === ',' || t.text === '.' || (/^\p{Lu}/u.test(t.text) && (x > 0 || !CLAUSE_OPENERS.has(t.text.toLowerCase()))));
    if (boundary > 0 && toks[boundary]!.text.toLowerCase() === 'and' && npStart <= npEnd && nameList(toks.slice(0, boundary))) {
      npStart = 0;
      boundary = -1;
    }
    // "…alleged that Noel and Thomas both acknowledged…": two names joined by "and" opening a that-clause.
    // "“…,” Reps. Elijah Cummings (D-Md.) and Henry Waxman wrote": or after a quotation, a party tag allowed.
    // ("…, Lucas Paganini and his team wrote.", "…, Smith and colleagues said.": a name and the people around them.)
    const entourage = npStart <= npEnd && ((/^(?:his|her|their)$/i.test(toks[npStart]!.text) && npEnd - npStart <= 2 && npEnd > npStart) || (npStart === npEnd && ENTOURAGE_NOUNS.test(toks[npStart]!.text)));
    if (boundary > 1 && toks[boundary]!.text.toLowerCase() === 'and' && npStart <= npEnd && (/^\p{Lu}/u.test(toks[npStart]!.text) || entourage)) {
      let b0 = boundary - 1;
      const tag = toks[b0]!.text === ')' ? toks.findLastIndex((t, x) => x < b0 && x >= b0 - 6 && t.text === '(') : -1;
      if (tag > 0 && /^\([RDI]-/.test(this.text.slice(toks[tag]!.start, toks[tag + 2]?.end ?? 0))) b0 = tag - 1;
      const from = b0;
      while (b0 >= 0 && from - b0 <= 4 && (/^\p{Lu}/u.test(toks[b0]!.text) || toks[b0]!.text === '.')) b0--;
      if (b0 < from && b0 >= 0 && ((/^(?:that|,)$/i.test(toks[b0]!.text) && !this.clauses.inQuote(toks[b0]!.start)) || (/^[”"]$/.test(toks[b0]!.text) && quoteEndingBy(this.quotes, toks[b0]!.end)?.end === toks[b0]!.end))) {
        // The name speaks for the people around it.
        if (entourage) npEnd = from;
        npStart = b0 + 1;
        boundary = b0;
      }
    }
    if (boundary > 0 && boundary <= 4 && toks[boundary]!.text.toLowerCase() === 'and' && npStart <= npEnd) {
      const left = toks.slice(0, boundary);
      // "Both Lee and Smith warned…": "both" opens it.
      // "His close friends and allies said…": "close" before a noun is an adjective, no preposition.
      const preposition = (x: number): boolean => PREPOSITIONS.has(left[x]!.text.toLowerCase()) && !(/^close$/i.test(left[x]!.text) && x + 1 < left.length && /^\p{Ll}{3,}$/u.test(left[x + 1]!.text) && left[x + 1]!.text !== 'to');
      // ("The United States and Britain warned…": a capitalised word inside a name is no verb.)
      if (left.every((t, x) => WORD_CHAR.test(t.text) && (!AUX.has(t.text.toLowerCase()) || (x === 0 && /^both$/i.test(t.text))) && (!VERBS.has(t.text.toLowerCase()) || (x > 0 && /^\p{Lu}/u.test(t.text))) && !CLAUSE_OPENERS.has(t.text.toLowerCase()) && !preposition(x) && !/^\p{Ll}{2,}ed$/u.test(t.text))) {
        npStart = 0;
        boundary = -1;
      }
    }
    // ("Both companies said…" keeps its "both": it counts the companies; "Both Lee and Smith" only joins two names.)
    while (npStart <= npEnd && NP_LEADERS.has(toks[npStart]!.text.toLowerCase()) && !(/^both$/i.test(toks[npStart]!.text) && /^\p{Ll}/u.test(toks[npStart + 1]?.text ?? ''))) npStart++;
    if (this.clauses.objectRelative(toks, npStart, npEnd)) return undefined;
    // "Akpabio, while addressing State House Correspondents after the talks stressed that…": a participle after
    // "while" is an aside whose closing comma the writer left out; the subject is the name before its opening comma.
    // So is "The Fences actor, during a sit-down with the HuffPost explained…": a setting after the subject's comma.
    const aside = boundary >= 2 && toks[boundary - 1]!.text === ',' && ((/^(?:while|when|after|before)$/i.test(toks[boundary]!.text) && /^\p{Ll}{3,}ing$/u.test(toks[npStart]?.text ?? '')) || /^(?:during|amid)$/i.test(toks[boundary]!.text));
    if (aside) {
      let a = boundary - 2;
      while (a > 0 && a > boundary - 7 && (WORD_CHAR.test(toks[a - 1]!.text) || toks[a - 1]!.text === '.' || /^['’]s$/.test(toks[a - 1]!.text)) && !VERBS.has(toks[a - 1]!.text.toLowerCase()) && !AUX.has(toks[a - 1]!.text.toLowerCase()) && !PREPOSITIONS.has(toks[a - 1]!.text.toLowerCase())) a--;
      if (a === 0 && /^\p{Lu}/u.test(toks[a]!.text)) {
        npStart = a;
        npEnd = boundary - 2;
        boundary = a - 1;
      }
    }
    return { npStart, npEnd, boundary, appositive, cueIdx };
  }

  /**
   * Whether the "and" at toks[k] joins the object of a preposition or a verb inside a relative clause: capitalised words
   * on both sides, a lowercase word before the left ones, and "who" or "which" after a noun earlier in the phrase, with no
   * punctuation between ("who lives between Lawrence and Cottage").
   */
  private andInRelativeObject(toks: readonly Token[], k: number): boolean {
    if (!/^\p{Lu}/u.test(toks[k + 1]?.text ?? '') || !/^\p{Lu}/u.test(toks[k - 1]?.text ?? '')) return false;
    let p = k - 1;
    while (p > 0 && k - p <= 4 && /^\p{Lu}/u.test(toks[p]!.text)) p--;
    // (Or a verb's object: "The man who met Smith and Jones said", "Analysts who cover Apple and Google said".)
    if (!/^\p{Ll}/u.test(toks[p]!.text)) return false;
    for (let r = p - 1; r >= 1 && r >= p - 10; r--) {
      const t = toks[r]!.text;
      if (!WORD_CHAR.test(t)) return false;
      if (/^(?:who|which)$/i.test(t)) return WORD_CHAR.test(toks[r - 1]!.text) && !PREPOSITIONS.has(toks[r - 1]!.text.toLowerCase());
    }
    return false;
  }

  /** Content before a post-posed or inverted attribution: back to the quote's start, a previous claim, or the sentence start. */
  private contentBefore(s: Sentence, toks: readonly Token[], boundary: number, local: Draft[]): Span {
    let end = toks[boundary]!.start;
    const q = quoteAt(this.quotes, Math.max(s.start, end - 1)) ?? (boundary > 0 ? quoteAt(this.quotes, toks[boundary - 1]!.start) : undefined);
    let start = s.start;
    const prev = local[local.length - 1];
    if (prev && prev.contentEnd <= end) start = Math.max(start, prev.contentEnd);
    if (q && q.start < end) {
      // "“…,” she said, but despite…, “I think he will do it,” said Kunin": the words between the previous claim's
      // attribution and this quotation are no part of it.
      const prevCue = prev?.cues[0];
      start = prevCue && prevCue.start >= (prev?.contentEnd ?? 0) && prevCue.end <= q.start && start <= prevCue.start ? q.start : Math.min(start, q.start);
      end = Math.max(end, Math.min(q.end, toks[boundary]!.end));
    }
    return { start, end };
  }

  /** Content after a pre-posed verb: from "that" (or right after the verb) to the sentence end or its quote's end. */
  private contentAfter(s: Sentence, toks: readonly Token[], cueEnd: number, verb: VerbForm): Span {
    let from = cueEnd + 1;
    const reach = verb.lemma === 'tell' || verb.needsThat || verb.kind === 'position' ? 12 : 4;
    const that = this.clauses.thatWithin(toks, from, reach);
    if (that >= 0) from = that + 1;
    else {
      // "said in a statement, “…”": the setting before a quotation is not content.
      let c = from;
      while (c < toks.length && c < from + 7 && !/^[,:;.“”"]$/.test(toks[c]!.text)) c++;
      if (c > from && /^(?:in|on|at|during|via|through|to)$/i.test(toks[from]!.text) && /^[,:]$/.test(toks[c]?.text ?? '') && /^[“"]$/.test(toks[c + 1]?.text ?? '')) from = c + 1;
    }
    while (from < toks.length && /^[:,]$/.test(toks[from]!.text)) from++;
    const start = from < toks.length ? toks[from]!.start : s.end;
    let end = s.end;
    // "(the company … called it “immaterial”), and…": a cue inside brackets says no more than they hold.
    let depth = 0;
    for (let k = cueEnd; k >= 0; k--) {
      const t = toks[k]!.text;
      if (t === ')') depth++;
      else if (t === '(' && depth-- === 0) {
        const close = toks.findIndex((x, n) => n > cueEnd && x.text === ')');
        if (close > 0) end = Math.min(end, toks[close]!.start);
        break;
      }
    }
    // A quotation that opens in the content and runs past the sentence carries the claim with it.
    const q = quoteAt(this.quotes, Math.max(start, s.end - 1));
    if (q && q.start >= start && q.end > end) end = q.end;
    return { start, end };
  }

  private finishDraft(start: number, cue: Span, content: Span, clauseStart: number, verb: VerbForm, speaker: Speaker | null): Draft {
    return {
      start: Math.min(start, cue.start, content.start),
      end: Math.max(content.end, cue.end),
      contentStart: content.start,
      contentEnd: content.end,
      clauseStart: Math.min(clauseStart, cue.start),
      kind: verb.kind,
      speaker,
      cues: [cue],
    };
  }

  // ---------------------------------------------------------------- quotations without a verb
  private quotePass(): void {
    const paras = this.doc.paragraphs;
    const covered = (q: Quote): boolean => this.drafts.some((d) => d.start < q.end && q.start < d.end);
    const byPara = new Map<number, Draft[]>();
    const paraOf = (pos: number): number => indexAt(paras, pos);
    for (const d of this.drafts) {
      const pi = paraOf(d.start);
      byPara.set(pi, [...(byPara.get(pi) ?? []), d]);
    }
    for (const q of this.quotes) {
      const pi = paraOf(q.start);
      const p = paras[pi];
      if (!p || p.heading || !p.prose || covered(q) || !isStatementQuote(this.text, q)) continue;
      const same = (byPara.get(pi) ?? []).filter((d) => d.speaker);
      let speaker: Speaker | null | undefined;
      const sent = this.doc.sentences[indexAt(this.doc.sentences, q.start)];
      // "De Miranda evokes the notion in his introduction: “When we hear…”": a quotation after a colon
      // is the words of the person the sentence is about; so is a quotation paragraph after a paragraph
      // that ends "She put it this way:".
      if (sent && /:\s*$/.test(this.text.slice(sent.start, q.start))) speaker = this.colonSpeaker(sent.start, q.start);
      else if (sent && pi > 0 && this.text.slice(p.start, q.start).trim() === '' && /:\s*$/.test(this.text.slice(paras[pi - 1]!.start, paras[pi - 1]!.end))) {
        // The lead-in's own subject first, an organisation too ("In a statement, the company said:").
        speaker = this.colonLeads.get(pi - 1);
        const prevSent = this.doc.sentences[indexAt(this.doc.sentences, paras[pi - 1]!.end - 1)];
        if (!speaker && prevSent) speaker = this.colonSpeaker(prevSent.start, prevSent.end);
      }
      // "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are running out of time…”": a sentence of
      // a person and a verb of speech alone, right before the quotation that opens the next one.
      if (!speaker && sent && this.text.slice(sent.start, q.start).trim() === '') {
        const prevSent = this.doc.sentences[sent.index - 1];
        if (prevSent && prevSent.paragraph === sent.paragraph) speaker = this.verbOnlySpeaker(prevSent.start, prevSent.end);
      }
      // A pull quote or epigraph signed after a dash: "“So far, it's the Internet: 1.” - Matthew Ingram".
      speaker ??= this.signedAfterDash(q.end, p.end);
      // "“…emails that are missing.” Trump said.": an attribution cut off from its quotation by a full stop.
      const cut = !speaker && /[.!?]\s*[”"]$/.test(this.text.slice(q.start, q.end)) ? CUT_ATTRIBUTION.exec(this.text.slice(q.end, Math.min(p.end, q.end + 80))) : null;
      if (cut) {
        const at = q.end + cut[0].indexOf(cut[1] ?? cut[2]!);
        const named = this.resolver.mentionsIn(at, at + (cut[1] ?? cut[2]!).length).find((m) => m.entity.type !== 'place');
        if (named) speaker = this.resolver.fromEntity(named.entity);
      }
      const before = same.filter((d) => d.start < q.start).pop();
      // A later claim lends its speaker only to a quotation that opens its sentence, not to words quoted
      // inside the reporter's own sentence ("directives from Xi to “show no mercy” in the “struggle…”").
      const opensSentence = !sent || this.text.slice(sent.start, q.start).trim() === '';
      const after = opensSentence ? same.find((d) => d.start > q.start) : undefined;
      speaker ??= (before ?? after)?.speaker;
      if (!speaker && this.text.slice(p.start, q.start).trim() === '') {
        // A photo's caption between the two ("Hori Parata at his Pātaua farm, the place where he was born") is
        // no paragraph of the story: the look back passes over it.
        let reach = pi - 2;
        for (let k = pi - 1; k >= 0 && k >= reach; k--) {
          const prev = byPara.get(k)?.filter((d) => d.speaker);
          if (prev?.length) {
            speaker = prev[prev.length - 1]!.speaker;
            break;
          }
          const pk = paras[k]!;
          // A review roundup's heading that is only a name ("Polygon", "The Verge"), right before the quotation, is
          // whose words they are.
          if (k === pi - 1 && pk.heading) {
            const named = this.resolver.mentionsIn(pk.start, pk.end).find((m) => m.entity.type !== 'place');
            if (named && this.text.slice(pk.start, named.start).trim() === '' && /^[\s:.]*$/.test(this.text.slice(named.end, pk.end))) {
              speaker = this.resolver.fromEntity(named.entity);
              break;
            }
          }
          if (this.captionLike(pk)) reach--;
          else if (!pk.heading && pk.prose) break;
        }
      }
      // A quotation left open at its paragraph's end goes on in the next paragraph, which reopens it: the
      // speaker named there, after the first stretch, is this one's too.
      for (let k = pi + 1; !speaker && q.open && k <= pi + 4 && paras[k] && /^\s*[“"]/.test(this.text.slice(paras[k]!.start, paras[k]!.start + 3)); k++) {
        speaker = (byPara.get(k) ?? []).find((d) => d.speaker)?.speaker;
        // Only through paragraphs that are themselves left open.
        if (!this.quotes.some((x) => x.open && x.start >= paras[k]!.start && x.start < paras[k]!.end)) break;
      }
      // "Gomez was unconvinced. “I’ll believe it when I see it.”": a quotation opening a sentence, in a
      // paragraph that opens on a person ("Her neighbor, James Hill, disagreed."), or right after a sentence
      // that does ("His former partner at Lenox, Lawrence Cummings, called him a master at deals. “He showed…”"),
      // is that person's.
      if (!speaker && sent && sent.start > p.start && this.text.slice(sent.start, q.start).trim() === '') {
        const firstSent = this.doc.sentences[indexAt(this.doc.sentences, p.start)];
        const prevSent = this.doc.sentences[sent.index - 1];
        for (const opening of new Set([firstSent, prevSent])) {
          const m = opening ? this.resolver.mentionsIn(opening.start, opening.end).find((x) => !x.quoted && x.entity.type === 'person') : undefined;
          // ("In an interview on Sunday, Sen. Bernie Sanders was blunt.": past a fronted setting too.)
          const written = m ? this.text.slice(opening!.start, m.start) : '';
          const lead = written.slice(frontedPhraseLength(written));
          if (m && (OWNED_DESCRIPTION.test(lead) || onlyTitleWords(lead)) && !this.clauses.inQuote(m.start)) {
            speaker = this.resolver.fromEntity(m.entity);
            break;
          }
        }
      }
      if (!speaker) continue;
      const start = sent && this.text.slice(sent.start, q.start).split(/\s+/).length <= 8 ? sent.start : q.start;
      let end = q.end;
      const endSent = this.doc.sentences[indexAt(this.doc.sentences, q.end - 1)];
      if (endSent && /^[\s.!?]*$/.test(this.text.slice(q.end, endSent.end))) end = endSent.end;
      const d: Draft = { start, end, contentStart: start, contentEnd: end, clauseStart: start, kind: 'quote', speaker, cues: [], fromQuote: true };
      this.drafts.push(d);
      byPara.set(pi, [...(byPara.get(pi) ?? []), d].sort((a, b) => a.start - b.start));
    }
  }

  /** A news outlet or its report as a source: one whose name is a paper's, or a description of the press. */
  private pressSpeaker(sp: Speaker | null | undefined): boolean {
    if (!sp) return false;
    const name = (sp.entity ? this.entities.find((e) => e.id === sp.entity)?.name : sp.name) ?? '';
    // A name with a newspaper's or broadcaster's word ("Yonhap News"), or a description whose head is a class noun of the
    // press ("the newspaper", "the tabloid"), a media house, an agency, a report or a website.
    const description = /^(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/u.exec(name);
    return name.split(/[^\p{L}]+/u).some((w) => PRESS_NAME_WORDS.has(w.toLowerCase())) || (!!description && (PRESS_NOUNS.has(description[1]!) || /(?:media house|news agency|report|website)$/.test(name)));
  }

  /** A line that reads as a photo's caption: no heading, no quotation, and no full stop or other mark at its end. */
  private captionLike(p: Paragraph): boolean {
    const line = this.text.slice(p.start, p.end).trimEnd();
    return !p.heading && line.length >= 20 && line.length <= 300 && /[\p{L}\d]$/u.test(line) && !/[“”"]/.test(line) && /\s\p{Ll}/u.test(line);
  }

  /** The person or organisation named right after a dash that follows a quotation and ends its paragraph (a signature). */
  private signedAfterDash(quoteEnd: number, paraEnd: number): Speaker | undefined {
    const dash = /^[\s.,]*[-–—―]+\s*/.exec(this.text.slice(quoteEnd, paraEnd));
    if (!dash) return undefined;
    const at = quoteEnd + dash[0].length;
    const m = this.resolver.mentionsIn(at, paraEnd)[0];
    if (!m || m.start !== at || (m.entity.type !== 'person' && m.entity.type !== 'organization')) return undefined;
    // Only a name, perhaps with its role or outlet after a comma ("- Matthew Ingram, The Globe and Mail").
    return /^\s*(?:[,(][^.!?]{0,80})?[.)]?\s*$/.test(this.text.slice(m.end, paraEnd)) ? this.resolver.fromEntity(m.entity) : undefined;
  }

  /** The person of a sentence that is a name and a verb of speech alone ("…Dianne Bystrom agreed."). */
  private verbOnlySpeaker(start: number, end: number): Speaker | undefined {
    const v = /\s+(?:also\s+)?(\p{Ll}+)\s*\.\s*$/u.exec(this.text.slice(start, end));
    if (!v || VERBS.get(v[1]!)?.form !== 'finite') return undefined;
    const at = start + v.index;
    const m = this.resolver.mentionsIn(start, at).filter((x) => !x.quoted).pop();
    return m && m.end === at && m.entity.type === 'person' ? this.resolver.fromEntity(m.entity) : undefined;
  }

  /**
   * Who a sentence ending in a colon is about, when it opens on them: a person named at its very start
   * ("De Miranda": the particle too; "Dr. Anthony Fauci, the nation's top expert, put it bluntly:") or a
   * pronoun ("She put it this way:").
   */
  private colonSpeaker(start: number, end: number): Speaker | undefined {
    let opening = OPENING_CONNECTIVE.exec(this.text.slice(start, end))![0].length;
    const pronoun = /^(he|she|they)\b/i.exec(this.text.slice(start + opening, end));
    if (pronoun) return this.resolver.pronoun(pronoun[1]!, start + opening) ?? undefined;
    // "In response to the tragic loss of life, Republican presidential nominee Donald Trump issued the following
    // statement:": past a fronted prepositional phrase, a name (not a pronoun, whose verb may be no speech at all).
    opening += frontedPhraseLength(this.text.slice(start + opening, end));
    // Not an owner ("Trump’s Virginia state director, Mike Rubino, reached out…, writing in an email:").
    for (const m of this.resolver.mentionsIn(start + opening, end)) {
      // An owner only of a document, whose words those are ("Hoff’s letter makes a libertarian-style case:").
      // ("From Bush's Facebook post: “…”": the document's noun may follow a word naming where it was posted.)
      const owned = /^['’]s?\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(this.text.slice(m.end, m.end + 40));
      if (m.quoted || m.entity.type !== 'person' || (owned && !ISSUED_TEXTS.has(owned[1]!.toLowerCase()) && !ISSUED_TEXTS.has(owned[2]?.toLowerCase() ?? ''))) continue;
      const lead = this.text.slice(start + opening, m.start);
      const ownersRole = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+,\s*$/u.test(lead);
      // "Polygon's Ben Kuchera was more positive:": a reviewer named with the outlet that employs them.
      const outlets = /^(?:The\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s+$/u.test(lead);
      if (onlyTitleWords(lead) || roleLead(lead) || ownersRole || outlets || SURNAME_PARTICLES.has(lead.trim().toLowerCase())) return this.resolver.fromEntity(m.entity);
    }
    return undefined;
  }

  // ---------------------------------------------------------------- output
  private finish(): Claim[] {
    const out: Claim[] = [];
    // The datelines that open sentences, read once.
    const datelines: Span[] = [];
    for (const x of this.doc.sentences) {
      const sentence = this.text.slice(x.start, x.end);
      const wire = WIRE_DATELINE.exec(sentence);
      // ("…--Oct. 10, 2000--New England…": the splitter may end a sentence at the month's dot; the date's rest opens the next.)
      const m = DATELINE_OPENING.exec(sentence) ?? (wire && /[,(]/.test(wire[0]) ? wire : null) ?? /^\d{1,2},\s*\d{4}\s*[-–—]{1,2}\s*/.exec(sentence);
      if (m) datelines.push({ start: x.start, end: x.start + m[0].length });
    }
    let lastEnd = -1;
    for (const d of this.drafts) {
      if (d.end <= d.start) continue;
      // Keep claims disjoint: a later claim starting inside an earlier one starts after it.
      if (d.start < lastEnd) {
        if (d.end <= lastEnd) continue;
        d.start = lastEnd;
        while (d.start < d.end && /[\s,;]/.test(this.text[d.start]!)) d.start++;
        // Nothing left but punctuation: the earlier claim already holds this one.
        if (!WORD_CHAR.test(this.text.slice(d.start, d.end))) continue;
      }
      // "HOUSTON, March 3, 2025 /PRNewswire/ -- Northwind…": a dateline is no part of the claim after it.
      const dateline = datelines.find((x) => x.start <= d.start && d.start < x.end);
      if (dateline) d.start = dateline.end;
      // "(Reuters) - OpenAI Chief Executive…": the dash after a dateline opens no claim.
      while (d.start < d.end && /[\s\-–—:]/.test(this.text[d.start]!)) d.start++;
      const content = { start: Math.max(d.start, d.contentStart), end: Math.min(d.end, d.contentEnd) };
      const quotes = this.quotes
        .filter((q) => q.start < d.end && d.start < q.end)
        .map((q) => ({ start: Math.max(q.start, d.start), end: Math.min(q.end, d.end) }));
      // "its name suggests…", "The certification comes with…": a subject that names no source is a misreading.
      if (d.speaker && !d.speaker.entity && !d.speaker.anonymous && d.kind !== 'according-to' && notASource(d.speaker.name ?? '')) continue;
      d.speaker = this.resolver.onRecord(d.speaker, d.cues[0]?.start ?? d.start);
      const kind = this.kindOf(d, content);
      const claim: Claim = {
        id: `c${out.length + 1}`,
        start: d.start,
        end: d.end,
        text: this.text.slice(d.start, d.end),
        kind,
        speaker: d.speaker,
        cues: d.cues,
        quotes,
        hedges: hedgesIn(this.text.slice(d.start, d.end)),
      };
      out.push(claim);
      lastEnd = d.end;
    }
    return out;
  }

  private kindOf(d: Draft, content: Span): ClaimKind {
    // An allegation is impersonal; a named accuser's words are reported like any other speech.
    if (d.kind === 'hedged' || (d.kind === 'allegation' && !d.speaker)) return d.kind;
    // "according to court records": an unnamed document keeps its "according to", which says more.
    if (d.speaker?.anonymous && !(d.kind === 'according-to' && isDocument(d.speaker.name ?? ''))) return 'anonymous';
    if (d.kind === 'according-to' || d.kind === 'warning' || d.kind === 'position') return d.kind;
    if (d.fromQuote) return 'quote';
    const len = content.end - content.start;
    if (len > 0 && longestQuoted(this.quotes, content.start, content.end) / len >= 0.5) return 'quote';
    // "“We are ready,” Santos said, “and we will win.”": a quotation in two halves around its attribution.
    if (d.split) return 'quote';
    return 'reported';
  }
}

/** "court records", "evidence presented at trial": a source phrase whose first source word is a document's, not people's ("reports", "sources close to the report"). */
function isDocument(name: string): boolean {
  const head = name.toLowerCase().split(/\s+/).find((w) => EVIDENCE_NOUNS.has(w) || ANON_HEADS.has(w));
  return !!head && !ANON_HEADS.has(head);
}

const HEDGE_RE = new RegExp(`\\b(?:${HEDGE_WORDS.join('|')})\\b`, 'gi');

/** Hedging and certainty markers in a claim, lowercased, each once, in order. */
export function hedgesIn(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(HEDGE_RE)) {
    const w = m[0].toLowerCase();
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

/** "Republican presidential nominee ", "Former deputy chief of staff ": a role of a few words, ending in its noun, before a name. */
function roleLead(lead: string): boolean {
  const w = lead.trim().split(/\s+/);
  return w.length <= 6 && ROLE_NOUNS.has(w[w.length - 1]!.toLowerCase()) && w.every((x) => /^[\p{L}’'.-]+$/u.test(x) && !VERBS.has(x.toLowerCase()));
}
