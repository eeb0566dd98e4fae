/**
 * Whether a word of the reporting-verb lexicon is used here as a verb of speech: "said" in "Smith said", not in "the
 * so-called reform"; "announced" in "the company announced", not in "will announce"; "claims" as a verb, not a noun.
 * ClaimFinder (index.ts) asks it at each lexicon word; it reads the sentence's grammar through ClauseReader.
 */
import { lookup, words } from '../refdata/index.ts';
import type { Token } from '../text/types.ts';
import { AUX, BE_FORMS, DAY_WORD, CLAUSE_OPENERS, isRoleNoun, ROLE_NOUNS, COLLECTIVE_PLURALS, EVIDENCE_NOUNS, ISSUED_TEXTS, PROPOSITION_NOUNS, isLyAdverb, isPastForm, MANNER_VERBS, QUANTIFIER_SUBJECTS, TIME_WORDS, PARENTHETICAL_CONNECTIVES, VERBS, type VerbForm } from './lexicon.ts';
import { isStatementQuote, quoteAt, type Quote } from './quotes.ts';
import { canSpeak, DETERMINERS, PREPOSITIONS, SpeakerResolver, surveyShare } from './speaker.ts';
import { type ClauseReader, demonstrativeThat, FINITE_AUX, nameStop, PRE_VERB_ADVERBS, THAT_WORDS, TIME_MEASURE, WORD_CHAR } from './clauses.ts';

/** Verbs that report speech only with a proposition for object ("rejected the claim that…", not "rejected the bill"). */
export const PROPOSITION_VERBS = new Set(['reject', 'dispute', 'dismiss', 'challenge']);

/** The quantifier of a relative "many of whom", "both of whom". */
export const RELATIVE_QUANTIFIER = /^(?:many|most|some|all|both|several|few)$/i;

/** What a verb reports in an -ing form after it: "reported hearing gunfire", "recommends calling the desk". */
export function gerundComplement(lemma: string, next: string): boolean {
  // "Residents described hearing a loud bang": what a witness perceived.
  if (lemma === 'report' || lemma === 'describe') return /^(?:hearing|seeing|feeling|smelling|witnessing|noticing)$/.test(next);
  // "Webb admitted to threatening the girl", "confessed to the kidnapping".
  if (lemma === 'admit' || lemma === 'confess') return next === 'to';
  return (lemma === 'recommend' || lemma === 'suggest') && /^\p{Ll}{3,}ing$/u.test(next);
}

/** Verbs whose object a plural noun in -s may be ("wrote notes", "took notes", "sent reports", "read statements"). */
const VERBS_BEFORE_OBJECT = new Set('wrote write writes writing took take takes taking sent send sends sending made make makes making left leave leaves leaving kept keep keeps keeping read reads reading filed file files filing posted post posts posting shared share shares sharing issued issue issues issuing exchanged exchange passed pass passes received receive receives receiving compared compare compares face faces faced facing dropped drop drops brought bring brings pressed press dismissed dismiss denied deny denies filed'.split(' '));

/**
 * Where a catenative verb group opens, when the "to" at `to` ends one: "went on to say", "continue to warn", "was quick
 * to point out", "has begun to argue". Its subject is the reporting verb's; -1 when "to" ends none ("declined to say"
 * says nothing, and stays a plain infinitive).
 */
export function catenativeStart(toks: readonly Token[], to: number): number {
  const w = (k: number): string => toks[k]?.text.toLowerCase() ?? '';
  if (w(to) !== 'to') return -1;
  // "went on to say", "went so far as to say".
  if (w(to - 1) === 'on' && /^(?:go|goes|went|going|gone)$/.test(w(to - 2))) return to - 2;
  if (w(to - 1) === 'as' && w(to - 2) === 'far' && w(to - 3) === 'so' && /^(?:go|goes|went|going|gone)$/.test(w(to - 4))) return to - 4;
  if (/^(?:continu(?:e|es|ed|ing)|proceed(?:s|ed)?|hasten(?:s|ed)?|beg(?:in|ins|an|un)|start(?:s|ed)?|used)$/.test(w(to - 1))) return to - 1;
  // "was quick to point out", "were careful to note", "took pains to stress".
  // "is pleased to announce", "are proud to report": a press release's opening.
  if (/^(?:quick|careful|keen|eager|swift|pleased|proud|happy|delighted|excited|thrilled|glad)$/.test(w(to - 1)) && BE_FORMS.has(w(to - 2))) return to - 2;
  if (w(to - 1) === 'pains' && /^(?:take|takes|took|taken|taking)$/.test(w(to - 2))) return to - 2;
  // "sought to reassure investors that…", "appeared to suggest that…", "tried to argue that…": a verb of trying, seeming
  // or choosing shares its subject with the verb of speech. (Not "declined to say", "plans to announce", "urged him to
  // admit": a refusal, an intention, a request.)
  if (/^(?:s(?:ought|eeks?|eeking)|tr(?:ied|ies|y|ying)|attempt(?:s|ed|ing)?|appear(?:s|ed)?|seem(?:s|ed)?|want(?:s|ed)?|mov(?:es|ed)|rush(?:es|ed)|hurried|decid(?:es|ed)|cho(?:se|oses)|manag(?:es|ed))$/.test(w(to - 1))) return to - 1;
  // "was forced to admit that…", "felt compelled to point out that…".
  if (/^(?:forced|compelled|obliged)$/.test(w(to - 1)) && /^(?:is|are|was|were|been|being|felt|feels|feel)$/.test(w(to - 2))) return to - 2;
  // "took to Twitter to say", "took to social media to deny", "took the opportunity to warn", "used the speech to argue":
  // a platform or an occasion between the verb and "to".
  for (let k = to - 2; k >= Math.max(0, to - 5); k--) {
    const between = toks.slice(k + 1, to).map((t) => t.text);
    if (/^(?:take|takes|took|taken|taking)$/.test(w(k)) && w(k + 1) === 'to' && k + 2 < to && between.slice(1).every((x) => /^(?:\p{Lu}|social$|media$|the$|his$|her$|their$|its$|airwaves$|stage$|podium$|floor$|streets$|account$)/u.test(x))) return k;
    if (/^(?:take|takes|took|taken|taking|use|uses|used|using|seize[ds]?|seizing)$/.test(w(k)) && /^(?:the|a|an|his|her|their|its|this|that)$/.test(w(k + 1)) && OCCASIONS.test(w(to - 1)) && between.every((x) => /^[\p{L}-]+$/u.test(x))) return k;
  }
  return -1;
}

/** What one takes or uses to say something: an occasion ("took the opportunity to…", "used the speech to…"). */
const OCCASIONS = /^(?:opportunity|chance|time|moment|occasion|speech|interview|appearance|address|statement|post|platform|meeting|event|hearing|remarks|op-ed|column|letter|tweet|briefing|conference|forum|rally|visit|session|debate|broadcast|podcast|video|show)$/;

/** Plurals of speech verbs that are nouns as often ("remarks he made", "the comments she gave"). */
export const NOUN_PLURALS_OF_SPEECH = /^(?:remarks|comments|notes|claims|reports|quips|jokes|promises|pledges|vows|boasts|answers|replies|questions|responses|statements|accusations|allegations|denials|estimates|predictions|complaints|warnings|threats|charges)$/i;

/** What one threatens someone with when the threat is an act, not words: a weapon. */
const WEAPONS = /^(?:knife|knives|gun|guns|handgun|pistol|rifle|shotgun|firearm|weapon|machete|bat|hammer|axe|ax|sword|blade|screwdriver|syringe|needle|bottle|crowbar|brick|stick)$/i;

/**
 * The shape of "as X reported[ setting]," or "…, as X said.": "as" (opening the sentence, or after a comma or "just"),
 * a short subject `a+1..v`, the verb at `i..cueEnd`, perhaps a setting, then a comma (at `e`) or the sentence's end.
 */
export function asShape(toks: readonly Token[], i: number, cueEnd: number, verb: VerbForm): { a: number; v: number; e: number; end: boolean } | undefined {
  // "As their galaxies continued to flatten, …": "continue" reports only after a quotation.
  if (verb.form !== 'finite' || verb.kind === 'position' || verb.lemma === 'continue') return undefined;
  let v = i - 1;
  while (v >= 0 && (AUX.has(toks[v]!.text.toLowerCase()) || isLyAdverb(toks[v]!.text) || PRE_VERB_ADVERBS.has(toks[v]!.text))) v--;
  let a = v;
  while (a >= 0 && a > v - 10 && (WORD_CHAR.test(toks[a]!.text) || /^['’]s$/.test(toks[a]!.text) || nameStop(toks, a)) && toks[a]!.text.toLowerCase() !== 'as') a--;
  if (a < 0 || a === v || toks[a]!.text.toLowerCase() !== 'as') return undefined;
  const before = toks[a - 1]?.text ?? '';
  if (!(a === 0 || /^[,;(—–]$/.test(before) || (a === 1 && /^(?:just|and|but|yet)$/i.test(before)))) return undefined;
  // After the verb: nothing, or a short setting ("on Saturday", "in his book", "a few days later"), then a comma or
  // the sentence's end.
  let e = cueEnd + 1;
  const setting = (w: string): boolean => (PREPOSITIONS.has(w.toLowerCase()) && w.toLowerCase() !== 'to') || TIME_WORDS.test(w) || TIME_MEASURE.test(w) || /^(?:the|his|her|its|their|a|an)$/i.test(w);
  if (e < toks.length && WORD_CHAR.test(toks[e]!.text) && !setting(toks[e]!.text)) return undefined;
  while (e < toks.length && e <= cueEnd + 8 && WORD_CHAR.test(toks[e]!.text) && !VERBS.has(toks[e]!.text.toLowerCase()) && !THAT_WORDS.has(toks[e]!.text.toLowerCase())) e++;
  const end = e >= toks.length || /^[.!?]$/.test(toks[e]!.text);
  // "But as The Hill pointed out, “Still, Trump has…”": the comma may open a quotation.
  if (!end && !(toks[e]!.text === ',' && (WORD_CHAR.test(toks[e + 1]?.text ?? '') || /^[“"]$/.test(toks[e + 1]?.text ?? '')))) return undefined;
  return { a, v, e, end };
}

/** Nouns ending like adjectives (-al) that may be the subject of a reporting verb ("the official says"). */
const AL_NOUNS = new Set('official officials general principal rival individual professional criminal liberal radical national tribunal council hospital capital journal arsenal cardinal editorial periodical federal'.split(' '));

/** Quantifiers that take a plural noun: a singular verb form right after one (or after one and a modifier) is a noun. */
const PLURAL_QUANTIFIERS = new Set('many several few numerous multiple both these those various'.split(' '));

/**
 * Token `q` closes a quotation that "asked" can attribute: a question ("“Is it over?” asked one reporter"), or words
 * that end on a comma ("“The ones who have been here 20 years,” Trump asked. “Do we…?”").
 */
/**
 * Back from the verb at i over at most n words (a subject such as "his mother", "the statement"): the index of the
 * token before them, a quotation's closing mark when the verb attributes one; -1 at the sentence's start.
 */
function backOverWords(toks: readonly Token[], i: number, n: number): number {
  let q = i - 1;
  while (q >= 0 && q > i - 1 - n && WORD_CHAR.test(toks[q]!.text)) q--;
  return q;
}

export function closesQuotedQuestion(toks: readonly Token[], q: number): boolean {
  return q >= 1 && /^[”"]$/.test(toks[q]!.text) && /^[?,]$/.test(toks[q - 1]!.text);
}

/** An object, then "at" and a figure, within n tokens from `from` ("the decline at 8 percent", "growth at about 3%"). */
function atFigure(toks: readonly Token[], from: number, n: number): boolean {
  for (let k = from; k < toks.length && k < from + n; k++) {
    const w = toks[k]!.text.toLowerCase();
    if (w === 'at') {
      let x = k + 1;
      if (/^(?:about|around|roughly|nearly|almost|some|just|over|under|least)$/.test(toks[x]?.text.toLowerCase() ?? '')) x++;
      return k > from && /^(?:[$€£¥]|\d|one|two|three|four|five|six|seven|eight|nine|ten)/i.test(toks[x]?.text ?? '');
    }
    if (/^[.;:!?“”"]$/.test(w) || THAT_WORDS.has(w)) return false;
  }
  return false;
}

/** A form of "be" right before toks[i], or "’s" contracted from "is" after a pronoun ("He’s claiming…"). */
export function beBefore(toks: readonly Token[], i: number): boolean {
  // ("He is not expected to play", "is also expected to": a negation or an adverb between.)
  let k = i - 1;
  while (k > 0 && /^(?:not|also|still|now|widely|generally)$/i.test(toks[k]!.text)) k--;
  const prev = toks[k]?.text.toLowerCase() ?? '';
  return BE_FORMS.has(prev) || /^(?:isn|aren|wasn|weren)['’]t$/.test(prev) || (/^['’]s$/.test(prev) && /^(?:he|she|it|that|who|there|what)$/i.test(toks[k - 1]?.text ?? ''));
}

/** Judges each lexicon word where it stands: one per article, built by ClaimFinder. */
export class VerbUse {
  constructor(
    private readonly text: string,
    private readonly quotes: readonly Quote[],
    private readonly resolver: SpeakerResolver,
    private readonly clauses: ClauseReader,
  ) {}


  /**
   * "…, reports in both countries said.", "…, reports said", "Reports from the scene say…": an -s form of speech right
   * before a verb of speech, or before a short prepositional phrase and one, is that verb's plural subject.
   */
  subjectOfNextVerb(toks: readonly Token[], i: number): boolean {
    // (Not after a name or a pronoun, its subject: "John Smith notes added costs are high"; a capitalised word opening
    // the sentence may be a determiner: "Several reports from witnesses say…".)
    const prev = toks[i - 1]?.text ?? '';
    const name = /^\p{Lu}/u.test(prev) && (i > 1 || !DETERMINERS.has(prev.toLowerCase()));
    if (VERBS.get(toks[i]!.text.toLowerCase())?.form !== 'finite' || !NOUN_PLURALS_OF_SPEECH.test(toks[i]!.text) || name || /^(?:he|she|it|they|we|i|you|who|which|that)$/i.test(prev)) return false;
    const speechVerb = (w: string): boolean => !!VERBS.get(w) && VERBS.get(w)!.form !== 'ing';
    const next = toks[i + 1]?.text.toLowerCase() ?? '';
    if (speechVerb(next)) return true;
    if (!/^(?:in|from|on|at|of|by)$/.test(next)) return false;
    for (let k = i + 2; k < toks.length && k <= i + 6; k++) {
      const w = toks[k]!.text.toLowerCase();
      if (!WORD_CHAR.test(w)) return false;
      if (speechVerb(w)) return true;
    }
    return false;
  }

  /**
   * "A statement from the club read: “…”", "The tweet from Vulture magazine reads, “…”", "A post on her Instagram page
   * reads:": the sentence opens on a document (a determiner and at most two modifiers before it) and a prepositional
   * post-modifier of up to eight words with no verb or quotation in it runs to "read", which a colon, a comma or a
   * quotation follows.
   */
  private documentSubjectBefore(toks: readonly Token[], i: number): boolean {
    if (!/^[:,“"]$/.test(toks[i + 1]?.text ?? '')) return false;
    for (let k = i - 2; k >= 1 && k >= i - 9; k--) {
      if (!ISSUED_TEXTS.has(toks[k]!.text.toLowerCase())) continue;
      if (!PREPOSITIONS.has(toks[k + 1]!.text.toLowerCase())) return false;
      const between = toks.slice(k + 2, i);
      if (between.some((t) => !WORD_CHAR.test(t.text) || VERBS.has(t.text.toLowerCase()) || /^(?:that|which|who)$/i.test(t.text))) return false;
      return k <= 3 && DETERMINERS.has(toks[0]!.text.toLowerCase()) && toks.slice(1, k).every((t) => WORD_CHAR.test(t.text) && !VERBS.has(t.text.toLowerCase()));
    }
    return false;
  }

  /**
   * A form of the verb that is a plural noun or a participle where it stands: in a slashed list, after a number ("12
   * reports", "just 75,000 pledged for this year"), before a participle it modifies ("notes written in the margins"),
   * after a possessive and an adjective ("his brief remarks at the start"), before a relative clause lacking its object
   * ("the comments she made"), or before an auxiliary as a plural subject ("The convention rules may be moot").
   */
  private nounOrParticiple(toks: readonly Token[], i: number, verb: VerbForm, j: number, prev: string): boolean {
    // A finite form in lowercase -s: the candidate for a plural noun in the rules below.
    const sForm = verb.form === 'finite' && /\p{Ll}s$/u.test(toks[i]!.text);
    const next = toks[i + 1]?.text.toLowerCase() ?? '';
    // "The move follows claims by John Smith…", "denied reports by the BBC": after a finite verb and before "by" its
    // maker, an -s form is the verb's object, a plural noun.
    if (sForm && next === 'by' && j === i - 1 && /^\p{Ll}+(?:s|ed)$/u.test(prev) && !DETERMINERS.has(prev) && /^(?:the|\p{Lu})/u.test(toks[i + 2]?.text ?? '')) return true;
    // "Send tips/quips/quotes/stories to…": a word of a slashed list is a noun.
    if (toks[i - 1]?.text === '/' || toks[i + 1]?.text === '/') return true;
    // "…, comments that drew scepticism from aid workers": after a comma with no subject, a plural noun of speech whose
    // "that" is followed by a verb opens a relative clause.
    if (sForm && prev === ',' && j === i - 1 && NOUN_PLURALS_OF_SPEECH.test(toks[i]!.text) && next === 'that' && (isPastForm(toks[i + 2]?.text ?? '') || FINITE_AUX.test(toks[i + 2]?.text ?? ''))) return true;
    // "Despite reports they would sign on…", "amid claims that…": after a preposition, a plural noun of speech.
    if (sForm && j === i - 1 && NOUN_PLURALS_OF_SPEECH.test(toks[i]!.text) && /^(?:despite|amid|amidst|after|following|among|with|without|against|over|about|of|to|by|for|from|in|on)$/.test(prev)) return true;
    // "the 35 states that would vote", "12 reports": a plural noun after a number.
    // Not "Article 33 affirms": a number after a capitalised word ends a name.
    if (sForm && j === i - 1 && /^\d[\d,.]*$/.test(prev) && !/^\p{Lu}/u.test(toks[j - 1]?.text ?? '')) return true;
    // "…highlighted and notes written in the margins", "reports filed by…": an -s form before a participle is a plural
    // noun it modifies.
    if (sForm && (/^\p{Ll}{3,}ed$/u.test(next) || /^(?:written|taken|given|made|shown|seen|known|done|held|left|sent|kept|found|drawn|spoken)$/.test(next)) && /^(?:by|in|on|at|for|from|to|during|with|over|under|into|[.,;])$/.test(toks[i + 2]?.text ?? '.')) return true;
    // "in his brief remarks at the start", "their repeated claims of fraud": a plural noun of speech after a possessive
    // and one word, before a preposition or a stop ("his lawyer notes that…" keeps its verb).
    if (sForm && NOUN_PLURALS_OF_SPEECH.test(toks[i]!.text) && j >= 0 && j === i - 1 && /^\p{Ll}+$/u.test(toks[j]!.text) && /^(?:his|her|their|its|our|my|your)$/i.test(toks[j - 1]?.text ?? '') && (PREPOSITIONS.has(next) || /^[.,;)]$/.test(next))) return true;
    // "crude remarks he'd made about women", "the comments she made": an -s form before a relative clause that lacks
    // its object (a pronoun, then "made" or "gave") is a plural noun.
    if (sForm && NOUN_PLURALS_OF_SPEECH.test(toks[i]!.text) && /^(?:he|she|they|we|i|you)(?:['’]d)?$/.test(next) && toks.slice(i + 2, i + 4).some((t) => /^(?:made|gave|given|delivered|wrote|written|posted|offered|uttered|sent|took|taken)$/i.test(t.text))) return true;
    // "the dozen states that held primaries", "hundreds of…": a plural noun after a number word.
    if (sForm && j === i - 1 && /^(?:dozen|hundred|thousand|million|billion)$/.test(prev)) return true;
    // "just 75,000 pledged for this year", "$2 million pledged by donors": a participle after an amount describes it.
    // "added three cases to the 11 confirmed Tuesday night": or the day it was given.
    if (verb.form === 'finite' && /ed$/.test(toks[i]!.text) && j === i - 1 && /^\d[\d,.]*$/.test(prev) && (/^(?:for|by|in|to|from|during|since|over|toward|towards)$/.test(next) || (TIME_WORDS.test(next) && !THAT_WORDS.has(toks[i + 2]?.text.toLowerCase() ?? '')))) return true;
    // "the scathing remarks delivered by Patricia Smith": after an article and an -ing adjective, an -s form that opens
    // no clause or quotation is a plural noun ("The ruling states that…" keeps its verb).
    if (sForm && j === i - 1 && /^\p{Ll}{3,}ing$/u.test(prev) && /^(?:the|a|an|these|those|his|her|its|their)$/i.test(toks[j - 1]?.text ?? '') && !/^(?:that|:|,|“|")$/.test(next) && !this.clauses.clauseFollows(toks, i + 1)) return true;
    // "The convention rules may be moot", "states have become a front": the -s form before an auxiliary is a plural
    // subject; a verb of speech has its clause or object after it (but "the bill, which he says will pass": a relative
    // clause's subject stands before the verb).
    if (sForm && /^(?:may|might|will|would|could|can|should|must|have|are|were)$/.test(next) && !toks.slice(Math.max(0, i - 6), i).some((t) => /^(?:which|that|who|whom|what|whose)$/i.test(t.text))) return true;
    return false;
  }

  /** Is this token used as a reporting verb here (not a noun, infinitive or gerund after a noun)? */
  isVerbUse(toks: readonly Token[], i: number, verb: VerbForm): boolean {
    let j = i - 1;
    while (j >= 0 && isLyAdverb(toks[j]!.text)) j--;
    // "She did, however, confirm that…": a connective between commas stands outside the verb's phrase.
    if (j >= 3 && toks[j]!.text === ',' && PARENTHETICAL_CONNECTIVES.has(toks[j - 1]!.text.toLowerCase()) && toks[j - 2]!.text === ',' && FINITE_AUX.test(toks[j - 3]!.text.toLowerCase())) j -= 3;
    const prev = j >= 0 ? toks[j]!.text.toLowerCase() : '';
    if (this.readsAsAnotherWord(toks, i, verb, j, prev)) return false;
    if (this.nounOrParticiple(toks, i, verb, j, prev)) return false;
    const next = toks[i + 1]?.text.toLowerCase() ?? '';
    // "U.S. states where…", "the most state contests", "Campaign promises matter": forms that are nouns more often than
    // verbs. The verb opens a clause or a quotation ("the rules state that…", "the report states:", "now promises it
    // will…", "promises to fix the roads"), or "states" follows one ("…,” states the report").
    const w = toks[i]!.text;
    // '"…," the Saudis state in the white paper': after a quotation and its subject too.
    const afterQuotation = /^states?$/.test(w) && j >= 1 && j <= i - 1 && toks.slice(Math.max(0, j - 5), j).some((t, x, a) => /^[”"]$/.test(t.text) && a[x - 1]?.text === ',');
    // "Rust Belt states that have suffered": "that" opening a relative clause is no that-clause.
    const relativeThat = next === 'that' && AUX.has(toks[i + 2]?.text.toLowerCase() ?? '');
    // "Emery states, “Incredibly, …”": a comma and a quotation after it.
    // (A statement, not a scare-quoted word: "In 12 states, “sanctuary” laws apply.")
    const nextQuote = next === ',' && /^[“"]$/.test(toks[i + 2]?.text ?? '') ? quoteAt(this.quotes, toks[i + 2]!.start) : undefined;
    const quotationNext = !!nextQuote && isStatementQuote(this.text, nextQuote);
    if (/^(?:states?|promises)$/.test(w) && !((next === 'that' && !relativeThat) || next === ':' || quotationNext || afterQuotation || (w === 'states' && /^[,”"]$/.test(prev)) || (w === 'promises' && (next === 'to' || this.clauses.clauseFollows(toks, i + 1))))) return false;
    if (verb.lemma === 'counter' && toks[i]!.text !== 'countered' && next !== 'that') return false;
    // "a well thought out plan", "thought up a scheme": no opinion reported.
    if (verb.lemma === 'think' && (/^(?:out|up|through)$/.test(next) || /^(?:well|ill|badly|carefully)$/.test(prev))) return false;
    // "All told, it's a neat narrative": an idiom; "the story is usually told like this": a telling, not a source.
    if (verb.lemma === 'tell' && ((prev === 'all' && next === ',') || next === 'like')) return false;
    if (verb.lemma === 'demand' && next === 'by') return false;
    // "Thomas is charged with three counts": the accused is the subject of the passive; no one is quoted.
    if (verb.lemma === 'charge' && BE_FORMS.has(prev) && next !== 'by') return false;
    // "charge(s)" is a noun or a price far more often than a verb of speech ("sexual assault charges against…",
    // "uttering charges that…", "the hotel should charge $1"): the verb only right before "that" ("Critics charge
    // that…", "Trump charges that…"), and "charges" after no lowercase word but an adverb.
    if (verb.lemma === 'charge' && verb.form !== 'ing' && toks[i]!.text !== 'charged' && (next !== 'that' || (/s$/.test(toks[i]!.text) && j === i - 1 && /^\p{Ll}/u.test(toks[j]!.text) && !/^(?:also|now|then|still|often)$/.test(prev)))) return false;
    // "Benchmark 10-year notes rose", "Treasury notes": the noun.
    if (verb.lemma === 'note' && verb.form === 'finite' && /(?:\d-?(?:year|month|week|day)|\btreasury|\bpromissory|\bbank|\d)\s+$/i.test(this.text.slice(Math.max(0, toks[i]!.start - 24), toks[i]!.start))) return false;
    // "presented protest notes to the ambassadors", "Peru sends protest notes": a verb, then a noun, then the -s form
    // of a verb of speech: that is a plural noun, the verb's object.
    // (Not after an adjective: "mentioned disparaging remarks Trump had made" names what was said.)
    if (verb.form === 'finite' && /^\p{Ll}{3,}s$/u.test(toks[i]!.text) && i >= 2 && /^\p{Ll}{3,}$/u.test(toks[i - 1]!.text) && !/(?:ing|ory|ive|al|ful|ous|ic|ed|ent|ant|ble)$/.test(prev) && !AUX.has(prev) && !DETERMINERS.has(prev) && !isLyAdverb(toks[i - 1]!.text) && !/^(?:he|she|it|they|who|which|that|also|still|now|then|often|never|always|even|just)$/.test(prev) && !VERBS.has(prev)) {
      const before = toks[i - 2]!.text;
      // (After a verb of speech the words stay what was said: "mentioned disparaging remarks Trump had made".)
      if ((/^\p{Ll}/u.test(before) && isPastForm(before) && !BE_FORMS.has(before.toLowerCase()) && !VERBS.has(before.toLowerCase())) || (/^\p{Ll}{3,}s$/u.test(before) && /^\p{Lu}/u.test(toks[i - 3]?.text ?? ''))) return false;
    }
    // "wrote the programs that revealed…": an object before "that" makes it a relative clause, not what was written.
    // "wrote the agents knew to brace…" has a clause (not "wrote the programs that revealed…").
    // ("“…,” wrote the Foreign Ministry of Peru": right after a quotation the object is the inverted subject.)
    if (verb.lemma === 'write' && /^(?:the|a|an|this|these|those|his|her|its|their|our|some|several|many)$/.test(next) && !/^[“"]$/.test(toks[i + 2]?.text ?? '') && !(/^[”"]$/.test(toks[i - 1]?.text ?? '') && toks[i - 2]?.text === ',') && !(this.clauses.clauseFollows(toks, i + 1) && !toks.slice(i + 1, i + 6).some((t) => /^(?:that|which|who)$/i.test(t.text)))) return false;
    // "announced the launch of…" is the company's word; "will announce a strategy" (not yet said) and "another
    // announced by MOTIE" (a participle) are not.
    // Nor "a curfew was announced": what is announced is no source.
    // ("is pleased to announce that…" is the announcement itself.)
    // ("The game was first announced in 2012": an adverb between.)
    if (verb.lemma === 'announce' && (next === 'by' || (/^(?:will|would|to|'ll|’ll)$/.test(prev) && catenativeStart(toks, j) < 0) || BE_FORMS.has(prev) || (PRE_VERB_ADVERBS.has(prev) && BE_FORMS.has(toks[j - 1]?.text.toLowerCase() ?? '')))) return false;
    // "read" reports only a document's words: "The statement read: “…”", "the letter reads, in part,", "…,” read the
    // statement" (not "he read the report", "read more").
    // "hear" reports only what a court or an inquiry was told: "The court heard that…", "…, an inquest has heard."
    if (verb.lemma === 'hear') {
      let k = j;
      while (k > 0 && k > j - 3 && /^(?:has|have|had|was|were|also|previously|earlier|then)$/.test(toks[k]!.text.toLowerCase())) k--;
      return /^(?:court|courts|inquest|inquests|tribunal|hearing|jury|jurors|trial|inquiry)$/i.test(toks[k]?.text ?? '') && (/^(?:that|[.,])$/.test(next) || next === '' || this.clauses.clauseFollows(toks, i + 1));
    }
    if (verb.lemma === 'read') {
      // "A statement from the club read: “…”", "The tweet from Vulture magazine reads, “…”": the document may carry a
      // short prepositional post-modifier; the sentence opens on it.
      const docBefore = (j === i - 1 && ISSUED_TEXTS.has(prev)) || this.documentSubjectBefore(toks, i);
      // (Not after a relative clause set off by commas, which closes the subject: "as the judge, who had convicted
      // them in February, read the verdict".)
      const relativeBefore = prev === ',' && toks.slice(Math.max(0, j - 20), j).some((t, x, a) => /^(?:who|which)$/i.test(t.text) && a[x - 1]?.text === ',');
      const docAfter = (/^[”"]$/.test(prev) || (prev === ',' && !relativeBefore)) && /^(?:the|a|an|his|her|its|their)$/.test(next) && ISSUED_TEXTS.has(toks[i + 2]?.text.toLowerCase() ?? '');
      // "posted a message on Twitter reading “Thank you Georgia”": the participle after a document quotes its words.
      if (verb.form === 'ing') {
        const quoted = /^[“"]$/.test(toks[i + 1]?.text ?? '') || (/^[:,]$/.test(next) && /^[“"]$/.test(toks[i + 2]?.text ?? ''));
        return quoted && toks.slice(Math.max(0, i - 6), i).some((t) => ISSUED_TEXTS.has(t.text.toLowerCase()));
      }
      // "“Hi Americans! …,” a welcome message on the website reads.": after a quotation, a document with a
      // post-modifier of its own.
      const q = backOverWords(toks, i, 9);
      const afterQuote = q >= 1 && toks[q]!.text === ',' ? /^[”"]$/.test(toks[q - 1]!.text) : /^[”"]$/.test(toks[q]?.text ?? '');
      const docPhrase = afterQuote && /^(?:the|a|an|his|her|its|their)$/i.test(toks[q + 1]?.text ?? '') && toks.slice(q + 2, i).some((t) => ISSUED_TEXTS.has(t.text.toLowerCase())) && /^(?:[.,;!]|)$/.test(next);
      // Past and present share a spelling: no subject-agreement check for the bare form.
      return (docBefore && (/^(?:[:,“"]|in)$/.test(next) || (next === '.' && /^[”"]$/.test(toks[j - 2]?.text ?? '')))) || docAfter || docPhrase;
    }
    // "the asylum seekers found in the water may have…", "was found dead", "found guilty": a participle, not a finding
    // (but "found in a study of 500 patients that…" is one).
    // "found themselves increasingly targeted": where someone ended up, no finding either.
    if (verb.lemma === 'find' && ((PREPOSITIONS.has(next) && this.clauses.thatWithin(toks, i + 1, 12) < 0) || /^(?:dead|alive|guilty|innocent|liable|responsible|unconscious|unresponsive|injured|wounded|safe|missing|myself|yourself|himself|herself|itself|ourselves|yourselves|themselves)$/.test(next))) return false;
    // "reckoned with the role that…", "reckoning on a rate cut": to face or to count on, no speech.
    if (verb.lemma === 'reckon' && PREPOSITIONS.has(next)) return false;
    // "noted if and how often respondents used…": a record, not a statement.
    if (verb.lemma === 'note' && (next === 'if' || next === 'whether')) return false;
    // "the number who said they had used cannabis": a survey's count, not a source.
    if (prev === 'who' && /^(?:number|share|percentage|proportion|percent|majority|minority|fraction|half|third|quarter|most|many)$/i.test(toks[j - 1]?.text ?? '')) return false;
    // Reporting verbs are lowercase mid-sentence ("United States" is no verb).
    if (!/^\p{Ll}/u.test(toks[i]!.text) && i > 0) return false;
    // "believe the bill is…", "reported at least 5,000 people entered…": a clause without "that".
    const clause = (verb.kind === 'position' || verb.needsThat) && this.clauses.clauseFollows(toks, i + 1);
    // "asked the department to accept its offer": a request; "asked about", "asked whether" are not claims.
    // "the index added 20.72 points", "gold added 0.1%": a quantity, not words.
    if (verb.lemma === 'add' && /^(?:[$€£¥]|\d|about|nearly|almost|more|another|up|over|roughly|some)/.test(toks[i + 1]?.text ?? '')) return false;
    // "only added to the confusion": "add to" is "increase", unless a clause or a quotation follows its object ("added
    // to his earlier remarks that…").
    if (verb.lemma === 'add' && next === 'to' && !toks.slice(Math.max(0, i - 8), i).some((t) => /^(?:[”"]|'')$/.test(t.text)) && !toks.slice(i + 1, i + 10).some((t) => /^(?:[“":]|that)$/i.test(t.text))) return false;
    // "Marchand added three assists", "Beauvillier added his seventh": an object, no clause, no quote.
    if (verb.lemma === 'add' && verb.form === 'finite' && /^(?:a|an|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(next) && !(j === i - 1 && /^(?:[”"]|'')$/.test(prev)) && !this.clauses.clauseFollows(toks, i + 1) && this.clauses.thatWithin(toks, i + 1, 8) < 0 && !toks.slice(i + 1, i + 10).some((t) => /^[“"]$/.test(t.text))) return false;
    // "A new poll shows…", "An analysis of labor statistics shows that…": evidence, not "the video shows".
    if (verb.lemma === 'show') {
      // "Shirazi-Beechey showed in a paper published in 2005 that…": a finding, whoever the subject.
      if (verb.form === 'finite' && this.clauses.findingBy(toks, i)) return true;
      for (let x = j; x >= 0 && x >= j - 8; x--) {
        const w = toks[x]!.text.toLowerCase();
        if (EVIDENCE_NOUNS.has(w)) return !BE_FORMS.has(prev) && next !== 'up' && next !== 'off';
        // ("The data also shows…": over an adverb between.)
        if (!WORD_CHAR.test(w) || VERBS.has(w) || (AUX.has(w) && !/^(?:also|still|now|further|clearly|again)$/.test(w))) break;
      }
      return false;
    }
    // "Pluznick demonstrated that…", "he discovered that…": a finding needs someone who found it; "this case
    // demonstrates that…", "Locksley discovered a group of cells that…" report nothing.
    if ((verb.lemma === 'demonstrate' || verb.lemma === 'discover') && !this.clauses.findingBy(toks, i)) return false;
    // "Cook did not say when.", "The White House would not say whether…", "declined to say how many": what a source
    // withheld is no statement.
    if (/^(?:not|never)$|n['’]t$/.test(prev) && /^(?:when|whether|if|how|why|what|who|where|which)$/.test(next)) return false;
    // "say little about", "said nothing": what is (not) said, no statement reported.
    // But "said nothing had changed", "said little would change": the pronoun is the subject of a clause.
    // "by the time he said that.": a demonstrative object names nothing said here.
    if (next === 'that' && demonstrativeThat(toks, i + 1)) return false;
    if (verb.lemma === 'say' && /^(?:little|nothing|anything)$/.test(next) && toks[i + 2]?.text.toLowerCase() !== 'that' && !this.clauses.clauseFollows(toks, i + 1)) return false;
    // "A former nurse accused of killing seven babies told a court…": right before "of", "accused" is a passive
    // participle (the active verb has its object first), no one's accusation here.
    // (Not "whom she has accused of…", a relative clause's active verb.)
    if (verb.lemma === 'accuse' && next === 'of' && /^\p{Ll}/u.test(toks[i - 1]?.text ?? '') && !BE_FORMS.has(prev) && !AUX.has(prev) && !/^(?:he|she|they|we|i|you|it|who)$/.test(prev)) return false;
    // "threatened staff with a knife" is an assault, not a warning ("threatened him with legal action" is one).
    if (verb.lemma === 'threaten' && next !== 'to' && next !== 'that') {
      for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
        const w = toks[k]!.text.toLowerCase();
        if (w === 'with') return !toks.slice(k + 1, k + 7).some((t) => WEAPONS.test(t.text));
        if (!WORD_CHAR.test(w)) break;
      }
    }
    // "Some analysts question whether…": the present forms are nouns unless a question word follows ("relentless
    // questions about whether", "the $64,000 question,").
    if (verb.lemma === 'question' && /^question(?:s|ing)?$/.test(toks[i]!.text) && !/^(?:whether|if|why|how)$/.test(next)) return false;
    // "pleaded guilty" is a plea in court, not a statement.
    if (verb.lemma === 'plead' && /^(?:guilty|not|no|innocent)$/.test(next)) return false;
    if (verb.lemma === 'attribute' || verb.lemma === 'blame' || verb.lemma === 'link') {
      // Active, with the cause after its object: not "was attributed to", "blamed for the crash" (a passive sense).
      if (BE_FORMS.has(prev) || /^(?:to|for|on)$/.test(next)) return false;
      // ("People doesn’t attribute any of the quotes to Garner": a credit withheld, no explanation given.)
      if (verb.lemma === 'attribute' && /(?:^not$|n['’]t$|^never$)/.test(prev)) return false;
      // "blamed “persistent affordability challenges”": the cause quoted right after the verb.
      if (verb.lemma === 'blame' && /^[“"]$/.test(next) && !this.clauses.inQuote(toks[i]!.start)) return true;
      const marker = verb.lemma === 'blame' ? /^(?:on|for)$/ : /^to$/;
      for (let k = i + 2; k < toks.length && k <= i + 12; k++) {
        const w = toks[k]!.text.toLowerCase();
        if (marker.test(w)) return true;
        // "blamed George W. Bush for…".
        if (nameStop(toks, k)) continue;
        if (!WORD_CHAR.test(w) && w !== '’s' && w !== "'s") return false;
      }
      return false;
    }
    // "asked the department to accept…" is a request; "Malaska asked, “Could it…?”" a question quoted.
    const quoteAfterMark = /^[“"]$/.test(toks[i + 2]?.text ?? '');
    // "wrote to his 20,000 Twitter followers, “…”", "said to reporters: “…”": a short addressee before the mark.
    let addressee = 0;
    if (next === 'to' && verb.invertible) {
      let x = i + 2;
      while (x < toks.length && x <= i + 7 && WORD_CHAR.test(toks[x]!.text)) x++;
      if (x > i + 2 && /^[,:]$/.test(toks[x]?.text ?? '') && /^[“"]$/.test(toks[x + 1]?.text ?? '')) addressee = x - i - 1;
    }
    const quoteFollows = (/^[,:]$/.test(next) && quoteAfterMark) || addressee > 0;
    // "the scientists asked five people to perform a task": an experiment's instructions, not a request made public.
    if (verb.lemma === 'ask' && this.clauses.studySubjectsAt(toks, i + 1)) return false;
    // "…, who asked not to be named because the talks are private": the terms of anonymity, not a request made public.
    if (verb.lemma === 'ask' && next === 'not' && toks[i + 2]?.text.toLowerCase() === 'to' && toks[i + 3]?.text.toLowerCase() === 'be' && /^(?:named|identified|quoted)$/i.test(toks[i + 4]?.text ?? '')) return false;
    // "“Is the plan dead?” a reporter asked.", "“…?” asked Smith": a quoted question before the verb is the asker's.
    if (verb.lemma === 'ask' && verb.form !== 'ing') {
      const q = backOverWords(toks, i, 6);
      // (After words ending on a comma, only a name or a noun phrase between: not "“…,” Cuban said when asked about…".)
      const between = toks.slice(q + 1, i);
      if (closesQuotedQuestion(toks, q) && (toks[q - 1]!.text === '?' || between.every((t) => !VERBS.has(t.text.toLowerCase()) && !AUX.has(t.text.toLowerCase()) && !CLAUSE_OPENERS.has(t.text.toLowerCase())))) return true;
    }
    // "“Please help us find him,” his mother pleaded.", "“…,” begged Smith": a plea closing a quotation is its words.
    if (verb.lemma === 'plead' || verb.lemma === 'beg' || verb.lemma === 'implore') {
      const q = backOverWords(toks, i, 5);
      if (/^[”"]$/.test(toks[q]?.text ?? '') && /^[,!?.]$/.test(toks[q - 1]?.text ?? '') && (q === i - 1 || /^(?:[.,;]|)$/.test(next))) return true;
    }
    // "Mr. Trump asked “What does that mean?”": a quoted question right after the verb too.
    if (verb.lemma === 'ask' || verb.lemma === 'plead' || verb.lemma === 'beg' || verb.lemma === 'implore') return this.clauses.toWithin(toks, i + 1, 8) || (verb.lemma === 'ask' && (quoteFollows || quoteAfterMark || /^[“"]$/.test(next)));
    // "rejected the claim that…" and "rejected the claims, calling them baseless" report speech; "rejected
    // the bill that passed" does not. So for "dismissed" and "challenged".
    if (PROPOSITION_VERBS.has(verb.lemma)) {
      for (let k = i + 1; k < toks.length && k <= i + 5; k++) {
        if (!PROPOSITION_NOUNS.has(toks[k]!.text.toLowerCase())) continue;
        const after = toks[k + 1]?.text.toLowerCase() ?? '.';
        if (after === 'that' || (k === i + 2 && /^(?:the|these|those|such|all|any|their|his|her|its)$/.test(next) && /^[,.;]$/.test(after))) return true;
      }
      return false;
    }
    // "was said to have been…", "is reported to be": a passive hedge with no source, not speech.
    // "The same could not be said for Jones", "Much has been said about the deal": a passive of what is said of
    // someone, no statement.
    if (verb.form === 'finite' && (BE_FORMS.has(prev) || prev === 'be') && (next === 'to' || (/^(?:for|of|about)$/.test(next) && verb.lemma === 'say'))) return false;
    // "He tweets @pmorici1.": an author's handle, not a tweet reported.
    if (verb.lemma === 'tweet' && next.startsWith('@') && toks.length - i <= 4) return false;
    // "Kennedy denied Carter a final-night photograph": "deny" with two objects withholds a thing; no statement.
    // "deny insurgent Bernie Sanders the nomination": past a modifier or two and a name of several words too.
    if (verb.lemma === 'deny') {
      let k = i + 1;
      while (k <= i + 2 && /^\p{Ll}{3,}$/u.test(toks[k]?.text ?? '') && !DETERMINERS.has(toks[k]!.text) && !THAT_WORDS.has(toks[k]!.text) && !PREPOSITIONS.has(toks[k]!.text)) k++;
      const name = k;
      while (k <= name + 3 && /^\p{Lu}/u.test(toks[k]?.text ?? '')) k++;
      if (k > name && /^(?:a|an|the|his|her|their|its|any)$/i.test(toks[k]?.text ?? '')) return false;
    }
    // A passive with its agent ("was reported by Reuters") names the source even without a clause.
    // Not "was found by Ammar Askar": what is found by someone was discovered, not stated; nor "His message was
    // underlined by Witkoff": what is underlined or clarified is a message, not a proposition.
    // Nor "are determined by their performance" (a cause), nor "were expected by this morning" (a time, no agent).
    const byTime = TIME_WORDS.test(toks[i + 2]?.text ?? '') || /^\d/.test(toks[i + 2]?.text ?? '') || (/^(?:the|early|late|mid)$/i.test(toks[i + 2]?.text ?? '') && /^(?:end|start|middle|time|weekend|deadline)$/i.test(toks[i + 3]?.text ?? ''));
    const passiveBy = verb.form === 'finite' && BE_FORMS.has(prev) && next === 'by' && !/^(?:find|underline|underscore|clarify|determine)$/.test(verb.lemma) && !byTime;
    // "“…,” comments Johnston": right after a quotation, an invertible verb attributes it.
    const afterQuote = verb.invertible && j === i - 1 && /^[”"]$/.test(prev);
    // "commented: “…”", "commented, “…”": a colon or a comma and a quotation.
    // "In a blog post, Askar wrote:" closing its paragraph: a block quotation follows.
    const beforeQuote = quoteFollows || (next === ':' && (i + 2 >= toks.length && /^[ \t]*(?:\n|$)/.test(this.text.slice(toks[i + 1]!.end, toks[i + 1]!.end + 40))));
    // "“It failed,” Ann Lee wrote on Twitter.": a short subject between a quotation and the verb.
    let q = j;
    // (A capitalised word is a name's, not a verb: "former State policy planning director Anne-Marie Slaughter wrote".)
    // ("“…,” Matt Egan of Macworld wrote.": a preposition tying a name to its outlet or employer, a capital before it.)
    const subjectWord = (t: string, k: number): boolean => (WORD_CHAR.test(t) && (/^\p{Lu}/u.test(t) || !VERBS.has(t.toLowerCase())) && (!PREPOSITIONS.has(t.toLowerCase()) || (/^(?:of|at|from|for)$/.test(t) && /^\p{Lu}/u.test(toks[k - 1]?.text ?? ''))) && !/^\p{Ll}+(?:ed|ly)$/u.test(t)) || /^['’]s$|^\.$/.test(t);
    while (q >= 0 && q > j - 7 && subjectWord(toks[q]!.text, q)) q--;
    const quoteThenSubject = q >= 1 && q < j + 1 && /^[”"]$/.test(toks[q]!.text) && /^[,?!]$/.test(toks[q - 1]!.text);
    // "journalists reported hearing gunfire": what a witness perceived; "recommends calling the front desk",
    // "advised residents to stay indoors": advice.
    // "Bridenstine expects to produce three rockets", "analysts expected earnings to rise": a forecast.
    // "Strategy Analytics pegged the decline at 8 percent", "The IMF estimated growth at 3%": an estimate's figure.
    const estimate = /^(?:estimate|peg|project)$/.test(verb.lemma) && !beBefore(toks, i) && atFigure(toks, i + 1, 12);
    // "declared his intention to resist…", "declared her innocence": a stance declared, unlike "declared martial law".
    const stance = verb.lemma === 'declare' && /^(?:his|her|their|its|our|my)$/.test(next) && /^(?:intention|intent|support|opposition|readiness|willingness|commitment|innocence|determination|confidence)$/i.test(toks[i + 2]?.text ?? '');
    // ("are advising anyone with symptoms not to attend": a progressive, no passive "was advised to".)
    const complement = estimate || stance || gerundComplement(verb.lemma, next) || ((verb.lemma === 'advise' || verb.lemma === 'expect') && (!beBefore(toks, i) || verb.form === 'ing') && (this.clauses.toWithin(toks, i + 1, 6) || (verb.lemma === 'expect' && next === 'to')));
    // "That, Herbert believes, is why…": set off by commas inside the clause it reports.
    // Not "…, after the interview concluded, Maher stated…": a temporal clause between the commas.
    const parenthetical = next === ',' && toks.slice(Math.max(0, i - 5), i).some((t) => t.text === ',') && !toks.slice(Math.max(0, i - 5), i).some((t) => /^(?:after|before|when|while|until|once|since|as|because|if|though|although)$/i.test(t.text));
    // "Clark in October revealed lofty plans to expand the fleet": a disclosed plan is the discloser's claim.
    const plans = /^(?:reveal|disclose)$/.test(verb.lemma) && [1, 2, 3, 4].some((d) => /^(?:plans?|intentions?|intent|proposals?)$/i.test(toks[i + d]?.text ?? '') && /^(?:to|for)$/i.test(toks[i + d + 1]?.text ?? ''));
    // "as The Hill pointed out,": the phrasal verb ends at its particle.
    const particle = verb.lemma === 'point out' && toks[i + 1]?.text.toLowerCase() === 'out' ? 1 : 0;
    const counted = this.clauses.reportedCount(toks, i, verb) || !!asShape(toks, i, i + particle, verb) || plans;
    // "Sanders will back Clinton before the convention, predicted Madeleine Kunin, the former governor": inverted after
    // the clause it reports.
    // Not "Benjamin J. Rhodes, one of the president's closest aides, recalled Mr. Obama talking about…": a clause with
    // a finite verb of its own before, and a subject with no participle after.
    const invertedSpan = verb.invertible && verb.form === 'finite' && /^[,”"]$/.test(prev) && j === i - 1 ? this.clauses.invertedSubject(toks, i + 1) : undefined;
    const inverted = !!invertedSpan && !toks.slice(invertedSpan[0], invertedSpan[1]).some((t) => /^\p{Ll}{3,}(?:ing|ed)$/u.test(t.text)) && toks.slice(1, j).some((t) => FINITE_AUX.test(t.text.toLowerCase()) || isPastForm(t.text));
    // "the Chicago Police Department, which reported “2,521 shooting incidents” in the city": a quotation as the
    // verb's object is what was said.
    const objectQuote = verb.form === 'finite' && /^[“"]$/.test(next) && !!quoteAt(this.quotes, toks[i + 1]!.start);
    // "mentioned that…", "did mention, however, that…": "that" right after the verb, or past a connective between commas;
    // "mentioned policies she supported that…" and "mentioned disparaging remarks" name topics, not what was said.
    // So for the other verbs whose other senses are common (`thatOnly` in the lexicon): "decided to fix", "reckoned with
    // the role", "repeated warnings", "has been protesting against". "reminded voters that…" has its listener first.
    // ("mentioned the remarks as examples of…" characterises them: see CHARACTERISING.)
    const listener = verb.lemma === 'remind' && /^(?:\p{Lu}\S*|us|them|him|her|me|voters|reporters|people|everyone|viewers|readers)$/u.test(toks[i + 1]?.text ?? '') && toks[i + 2]?.text.toLowerCase() === 'that';
    // "flagged on Tuesday that…": or past a day the verb was used on.
    const dayThen = /^(?:on|last|this)$/i.test(next) && TIME_WORDS.test(toks[i + 2]?.text ?? '') && toks[i + 3]?.text.toLowerCase() === 'that';
    const thatNext = next === 'that' || (next === ',' && toks[i + 3]?.text === ',' && toks[i + 4]?.text.toLowerCase() === 'that') || listener || dayThen;
    if (verb.thatOnly && !thatNext && !afterQuote && !beforeQuote && !quoteThenSubject && !inverted && !counted) return false;
    if (verb.needsThat && !passiveBy && !afterQuote && !beforeQuote && !quoteThenSubject && !complement && !parenthetical && !counted && !inverted && !objectQuote && !(this.clauses.thatWithin(toks, i + 1, 12) >= 0 || /^(?:how|why|whether|what)$/.test(next) || clause || this.clauses.postPosed(toks, i))) return false;
    if (verb.form === 'ing') return this.participleUse(toks, i, verb, j, prev, quoteFollows, counted);
    if (verb.form === 'base') return this.baseFormUse(toks, i, verb, j, prev);
    return true;
  }

  /**
   * Whether the word at toks[i] is another word than a verb of speech, read off the words around it: a noun ("the
   * report", "several warns", "of Democratic claims"), an adjective ("758 pledged delegates"), a passive status ("has
   * been declared a total loss"), a connective ("That said,"), a manner verb with no quotation. `j` is the token before
   * it past its adverbs, `prev` that token's word, lowercased.
   */
  private readsAsAnotherWord(toks: readonly Token[], i: number, verb: VerbForm, j: number, prev: string): boolean {
    if (this.subjectOfNextVerb(toks, i)) return true;
    // "the probe's suspected landing area", "Trump's claimed victory": a past form right after a possessive is an
    // adjective (not "He's claimed that…", where "'s" is "has").
    if (verb.form === 'finite' && /ed$/.test(toks[i]!.text) && j === i - 1 && /^['’]s$/.test(prev) && !/^(?:he|she|it|that|who|there|what|this)$/i.test(toks[j - 1]?.text ?? '')) return true;
    // "There are fears the river will…", "Residents have concerns": an -s form right after "be" or "have" is a noun.
    if (verb.form === 'finite' && /\p{Ll}s$/u.test(toks[i]!.text) && !/ed$/.test(toks[i]!.text) && j === i - 1 && /^(?:is|are|was|were|be|been|being|has|have|had)$/.test(prev)) return true;
    // "the very unfortunate comments that were made": after an intensifier and an adjective, an -s form is a plural noun.
    if (/^\p{Ll}+s$/u.test(toks[i]!.text) && j >= 1 && /^(?:very|so|too|most|more|less|highly|deeply|rather|quite)$/i.test(toks[j - 1]!.text) && /^\p{Ll}+(?:ful|ous|ive|able|ible|al|ate|ent|ant|ic|less|ed)$/u.test(prev)) return true;
    if (prev === 'to' && verb.form !== 'ing' && catenativeStart(toks, j) < 0) return true;
    // A manner of speaking needs a quotation before it in the sentence or right after it, or "that" (see MANNER_VERBS):
    // not "the Bush presidencies are remembered fondly", "how he answers that question", "remembers Mr. Bush as…".
    // So does "continue" ("“…,” he continued"; not "tensions continued to run hot").
    if (MANNER_VERBS.has(verb.lemma) || verb.lemma === 'continue') {
      const after = toks[i + 1]?.text ?? '';
      const quoteAfter = /^[“"]$/.test(after) || (/^[,:]$/.test(after) && /^[“"]$/.test(toks[i + 2]?.text ?? ''));
      const quoteBefore = toks.slice(Math.max(0, i - 9), i).some((t) => /^[”"]$/.test(t.text));
      // ("that question will…" is a demonstrative and its noun, no clause.)
      const noun = toks[i + 2]?.text ?? '';
      const demonstrative = demonstrativeThat(toks, i + 1) || (/^\p{Ll}+$/u.test(noun) && !/^(?:he|she|it|they|we|i|you|there|this|these|those)$/.test(noun) && AUX.has(toks[i + 3]?.text.toLowerCase() ?? ''));
      // (An order is words only beside a quotation: "ordered that sample from the shelves", "ordered that he be held".)
      const that = after.toLowerCase() === 'that' && !demonstrative && verb.lemma !== 'order' && verb.lemma !== 'command';
      // ("continued to question whether…", "continued to assure her that…": the verb of speech after it.)
      const catenative = verb.lemma === 'continue' && after.toLowerCase() === 'to' && toks.slice(i + 3, i + 10).some((t) => /^(?:that|whether|if)$/i.test(t.text));
      if (BE_FORMS.has(prev) || !(quoteAfter || quoteBefore || that || catenative)) return true;
    }
    // "often enough to be noted", "is yet to be announced": a passive infinitive reports nothing.
    if (/^(?:be|been)$/.test(prev) && toks[j - 1]?.text.toLowerCase() === 'to') return true;
    // "raised fears that…": a noun right after a past-tense verb.
    // The word as written: "Ahmed said", "Mohammed said", "Husted said" are names before the verb.
    // Only a word that can be a noun: "the experts I interviewed said…" has its verb.
    // But "Those surveyed say…" is a poll's respondents.
    if (j >= 0 && j === i - 1 && /^\p{Ll}{3,}ed$/u.test(toks[j]!.text) && !AUX.has(prev) && verb.form !== 'ing' && !isPastForm(toks[i]!.text) && toks[i]!.text !== 'said' && !surveyShare(toks, j)) return true;
    // "The cases reported so far this year were linked to travel": a participle after a noun that cannot speak, before
    // the sentence's own verb, modifies the noun.
    if (verb.form === 'finite' && isPastForm(toks[i]!.text) && j >= 0 && j === i - 1 && /^\p{Ll}{3,}s$/u.test(toks[j]!.text) && !canSpeak(prev)) {
      for (let k = i + 1; k < toks.length && k <= i + 7; k++) {
        const w = toks[k]!.text.toLowerCase();
        if (/^(?:were|was|are|is|have|has|had)$/.test(w)) return true;
        if (!WORD_CHAR.test(w) || THAT_WORDS.has(w)) break;
      }
    }
    // "Having said that,", "That said,": a connective, nothing reported.
    if (verb.lemma === 'say' && ((prev === 'having' && toks[i + 1]?.text.toLowerCase() === 'that' && /^[,;]$/.test(toks[i + 2]?.text ?? '')) || (prev === 'that' && (j === 0 || /^[,;(—–]$/.test(toks[j - 1]!.text)) && toks[i + 1]?.text === ','))) return true;
    // A passive declaration, refusal, confirmation or disclosure without its agent is a status given, and its subject
    // said nothing: "has been declared a total loss", "His appeal was denied", "The first collisions were confirmed at
    // Cern" ("The claim was denied by the company" keeps the company's; "It was confirmed that…" stays impersonal).
    // A headline drops the auxiliary: "Emergency declared over outbreak".
    const passive = (BE_FORMS.has(prev) && verb.form !== 'ing') || (verb.lemma === 'declare' && PREPOSITIONS.has(toks[i + 1]?.text.toLowerCase() ?? '') && !toks.slice(Math.max(0, i - 9), i + 10).some((t) => THAT_WORDS.has(t.text.toLowerCase()) || /^[“”"]$/.test(t.text)));
    // (A declaration's agent declares a status too: "It was first declared by President Nixon" reports no words.)
    const agent = verb.lemma !== 'declare' && toks.slice(i + 1, i + 12).some((t) => /^(?:by|that)$/i.test(t.text) || /^[“"]$/.test(t.text));
    // So is a passive report or announcement: "No injuries were reported during the incident", "The winners were
    // announced on Monday"; and a passive finding, "No drugs were found".
    if (/^(?:declare|deny|confirm|reveal|disclose|report|announce|find|discover|detect|identify)$/.test(verb.lemma) && passive && !agent && !/^(?:it|this|that|there)$/i.test(toks[j - 1]?.text ?? '')) return true;
    // "Police are appealing for witnesses", "appealing to anyone who saw it to come forward": a public appeal; not
    // "appealed the ruling", "appealed to the Supreme Court" (a court's appeal).
    if (verb.lemma === 'appeal') {
      const next = toks[i + 1]?.text.toLowerCase() ?? '';
      const forWhat = next === 'for' && /^(?:information|witnesses|help|calm|donations|anyone|people|the|members|restraint|unity|peace|assistance|dashcam|footage|volunteers)$/i.test(toks[i + 2]?.text ?? '') && !/^(?:court|judge|tribunal|appeal|appeals)$/i.test(toks[i + 3]?.text ?? '');
      const toDo = next === 'to' && /^(?:anyone|the|members|people|residents|witnesses|motorists|drivers|parents|everyone|those|all)$/i.test(toks[i + 2]?.text ?? '') && !/^(?:the\s+)?(?:(?:\p{Lu}\S*\s+){0,4}(?:Court|Tribunal|Board)|courts?|judges?)\b/u.test(this.text.slice(toks[i + 2]?.start ?? 0, (toks[i + 2]?.start ?? 0) + 60)) && this.clauses.toWithin(toks, i + 2, 14);
      if (!forWhat && !toDo) return true;
    }
    // "claimed responsibility", "claimed the lives of": no statement ("claimed the government had lied" is one).
    if (verb.lemma === 'claim' && /^(?:responsibility|credit|victory|the|a|an|lives|life|his|her|their|its)$/i.test(toks[i + 1]?.text ?? '') && !this.clauses.clauseFollows(toks, i + 1)) return true;
    // "has argued a number of cases before the Supreme Court", "argued the appeal": a lawyer's pleading, no statement.
    if (verb.lemma === 'argue' && /^(?:(?:a|the|his|her|their|its|\d+|several|many|dozens of|hundreds of|a number of|an)\s+)*(?:cases?|appeals?|motions?)\b/i.test(this.text.slice(toks[i]!.end, toks[i]!.end + 40).trim())) return true;
    // A determiner before the word makes it a noun ("the report", "his claims"); not a quantifier that is the subject
    // itself, before a clause ("To varying degrees, all agreed that…", "They all agreed that…").
    const quantifierSubject = /^(?:all|both|each)$/.test(prev) && verb.form === 'finite' && /ed$/.test(toks[i]!.text) && toks[i + 1]?.text.toLowerCase() === 'that';
    if (DETERMINERS.has(prev) && prev !== 'that' && !/^(?:two|three|four|five|some|several|many)$/.test(prev) && !quantifierSubject) return true;
    // "China’s sweeping territorial claims", "its reports": a plural noun after an adjective or a possessive.
    // "Francis' remarks": the apostrophe alone after a name in -s too.
    if (verb.form === 'finite' && /s$/.test(toks[i]!.text) && j >= 0 && j === i - 1 && (/^['’]s$|^(?:its|his|her|their|our|my|your)$/.test(prev) || (/^['’]$/.test(prev) && /s$/i.test(toks[j - 1]?.text ?? '')) || (/^\p{Ll}{3,}(?:al|ous|ful)$/u.test(toks[j]!.text) && !AL_NOUNS.has(prev)))) return true;
    // "his early-morning tweets", "his latest remarks": a plural noun after a compound modifier or a common
    // adjective, and a possessive or an article ("his aide says" keeps its verb: "aide" is no adjective).
    if (verb.form === 'finite' && /s$/.test(toks[i]!.text) && j >= 0 && j === i - 1 && (/^\p{Ll}+-\p{Ll}+$/u.test(toks[j]!.text) || /^(?:latest|new|recent|earlier|previous|first|last|own|many|several|numerous|repeated|frequent|public|private|controversial|past|initial|final|official|written|verbal|angry|false|misleading)$/.test(toks[j]!.text)) && /^(?:['’]s|its|his|her|their|our|my|your|the|a|an|these|those)$/i.test(toks[j - 1]?.text ?? '')) return true;
    // A finite form in lowercase -s: the candidate for a plural noun in the rules below.
    const sForm = verb.form === 'finite' && /\p{Ll}s$/u.test(toks[i]!.text);
    // "so many Republican claims", "several warns": a singular verb cannot follow a plural quantifier, so the -s form
    // is a plural noun (with perhaps one modifier between).
    const quantifier = (x: number): boolean => x >= 0 && PLURAL_QUANTIFIERS.has(toks[x]!.text.toLowerCase());
    if (sForm && j === i - 1 && (quantifier(j) || (quantifier(j - 1) && /^\p{L}+$/u.test(toks[j]!.text)))) return true;
    // "Mr. Trump's more incendiary remarks", "its most recent reports": a plural noun after a possessive and a compared
    // adjective.
    if (sForm && j === i - 1 && /^(?:more|most|less|least)$/i.test(toks[j - 1]?.text ?? '') && /^\p{Ll}{3,}$/u.test(toks[j]!.text) && /^(?:['’]s|its|his|her|their|our|my|your|the|a|an)$/i.test(toks[j - 2]?.text ?? '')) return true;
    // "a lead in pledged delegates", "a tabulation of pledged delegates and superdelegates": a participle between a
    // preposition and a plural noun is an adjective.
    if (verb.form === 'finite' && /ed$/.test(toks[i]!.text) && j === i - 1 && PREPOSITIONS.has(prev) && !/^(?:as|than|like)$/.test(prev) && /^\p{Ll}{3,}s$/u.test(toks[i + 1]?.text ?? '') && !AUX.has(toks[i + 1]!.text) && (/^(?:[,.;:]|and|or)?$/.test(toks[i + 2]?.text ?? '') || PREPOSITIONS.has(toks[i + 2]!.text))) return true;
    // "stayed home in hopes turnout would drop", "a flurry of reports": an -s form right after a preposition is a noun.
    if (sForm && j === i - 1 && PREPOSITIONS.has(prev) && !/^(?:as|than|like|to)$/.test(prev)) return true;
    // "of Democratic claims", "In animated off-the-cuff remarks": so is one after a preposition and an adjective or two.
    const adjective = (x: number): boolean => {
      const w = toks[x]?.text ?? '';
      // A capitalised one only when it is also an English word ("Republican", "Democratic", not "Logan").
      if (/^\p{Lu}/u.test(w)) return (/(?:ic|al|an)$/.test(w) && words().common.has(w.toLowerCase())) || !!lookup(w)?.some((g) => g.kind === 'demonym');
      return /^\p{Ll}+(?:ic|al|ous|ive|ful|ed)$/u.test(w) || /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(w);
    };
    const prepositionAt = (x: number): boolean => x >= 0 && PREPOSITIONS.has(toks[x]!.text.toLowerCase()) && !/^(?:as|than|like|to)$/i.test(toks[x]!.text);
    if (sForm && j === i - 1 && adjective(j) && (prepositionAt(j - 1) || (adjective(j - 1) && prepositionAt(j - 2)))) return true;
    // "In other tweets, he said…": a preposition, one lowercase word and the -s form before a comma is a fronted phrase.
    if (sForm && j >= 1 && j === i - 1 && /^\p{Ll}+$/u.test(toks[j]!.text) && prepositionAt(j - 1) && toks[i + 1]?.text === ',') return true;
    // "have raised Democratic hopes of…": so is one after a past tense and an adjective, the verb's object.
    if (sForm && j === i - 1 && adjective(j) && j >= 1 && isPastForm(toks[j - 1]!.text) && !AUX.has(toks[j - 1]!.text.toLowerCase())) return true;
    // "The company didn't follow tax rules on how…": a clause already negated before the -s form has its verb; the
    // form is a noun in the object ("The man who didn't vote says…" keeps its verb: the negation is the relative's).
    if (sForm && this.clauses.negatedBefore(toks, i)) return true;
    // "didn't stick to agreed-upon rules on how…": after "to", a compound adjective is no verb of an infinitive, so
    // the -s form after it is its noun.
    if (sForm && j === i - 1 && prev !== '' && /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(toks[j]!.text) && !/s$/.test(prev) && toks[j - 1]?.text.toLowerCase() === 'to') return true;
    // "758 pledged delegates", "some reported cases": a participle between a number or a quantifier and its noun is
    // an adjective (after an article or a possessive the rule above has already ruled the verb out); not before its
    // particle ("many pointed out that…").
    if (verb.form === 'finite' && /ed$/.test(toks[i]!.text) && j === i - 1 && j >= 0 && (/^\d[\d,.]*$/.test(prev) || /^(?:some|many|several|all|no|more|fewer|few|most|two|three|four|five)$/.test(prev)) && /^\p{Ll}{3,}$/u.test(toks[i + 1]?.text ?? '') && !(verb.lemma === 'point out' && /^(?:out|clear)$/.test(toks[i + 1]!.text)) && !PREPOSITIONS.has(toks[i + 1]!.text) && !DETERMINERS.has(toks[i + 1]!.text) && !/^(?:that|it|him|her|them|this|these|those)$/.test(toks[i + 1]!.text)) return true;
    // "sends back reports", "handed over notes": the object of a phrasal verb, after its particle.
    if (sForm && j === i - 1 && j >= 1 && /^(?:back|out|over|up|off|down|along|around)$/.test(prev) && VERBS_BEFORE_OBJECT.has(toks[j - 1]!.text.toLowerCase())) return true;
    // "wrote notes to the boxer", "to write notes", "took notes": a plural noun, the object of the verb before it.
    if (verb.form === 'finite' && /s$/.test(toks[i]!.text) && j === i - 1 && j >= 0 && ((VERBS_BEFORE_OBJECT.has(prev) && /^\p{Ll}/u.test(toks[j]!.text)) || (j >= 1 && toks[j - 1]!.text.toLowerCase() === 'to' && /^\p{Ll}+$/u.test(prev) && !AUX.has(prev)))) return true;
    return false;
  }

  /**
   * Whether a participle reports speech where it stands ("…, adding that…"), once the general tests have passed.
   * `quoteFollows`: a quotation opens right after it; `counted`: its object is a reported count or an "as" shape.
   */
  private participleUse(toks: readonly Token[], i: number, verb: VerbForm, j: number, prev: string, quoteFollows: boolean, counted: boolean): boolean {
    if (prev === 'as' && verb.lemma === 'say') return true;
    // "Smith was heard saying that…", "can be seen telling officers that…": speech perceived, the passive's subject
    // speaking, with a that-clause or a quotation.
    if (/^(?:heard|overheard|seen|filmed|recorded|caught)$/.test(prev) && (beBefore(toks, j) || toks[j - 1]?.text.toLowerCase() === 'be') && (quoteFollows || this.clauses.thatWithin(toks, i + 1, 6) >= 0)) return true;
    // "The Vermont senator emailed supporters saying: “The struggle continues”": a quotation introduced by the
    // participle, whatever stands before it.
    if (verb.lemma === 'say' && quoteFollows) return true;
    // "Qatar pulled back from the mediation last month saying it felt…": a time closing the clause, then "saying" (or
    // another participle of speech before "that": "…, the ministry said Thursday adding that…").
    if ((verb.lemma === 'say' || this.clauses.thatWithin(toks, i + 1, 1) >= 0) && TIME_WORDS.test(prev) && (DAY_WORD.test(prev) || /^(?:last|this|on|earlier|later)$/i.test(toks[j - 1]?.text ?? '')) && (this.clauses.thatWithin(toks, i + 1, 1) >= 0 || this.clauses.clauseFollows(toks, i + 1))) return true;
    // "Noting that on Earth there is a bacterium…, Malaska asked…": a participle clause opening the sentence.
    // "Claiming the criticism of Lauer is designed to pressure moderators, Trump told Fox…": a clause without "that".
    if (j < 0 && (this.clauses.thatWithin(toks, i + 1, 1) >= 0 || (/^\p{Lu}/u.test(toks[i]!.text) && this.clauses.clauseFollows(toks, i + 1)))) return true;
    // Progressive: "Democrats are alleging that…" (a that-clause must follow), "doctors are urging the
    // department to…" (a request).
    // "Protesters are calling for his resignation": a stated position.
    // "is telling a veterans group that…": "tell" has its listener before the clause.
    // Not "was telling the truth that day": there "that" points at a time.
    if (BE_FORMS.has(prev) && verb.lemma === 'tell') {
      // "is telling a packed crowd in snowy Windham, New Hampshire, on the final day that…": the listener and a
      // setting, commas and all, before the clause.
      let told = -1;
      for (let k = i + 1; k < toks.length && k <= i + 24; k++) {
        const w = toks[k]!.text.toLowerCase();
        if (w === 'that' && !demonstrativeThat(toks, k)) {
          told = k;
          break;
        }
        if (/^[;:“”"()]$/.test(w) || VERBS.has(w) || (AUX.has(w) && !/^['’]s$/.test(w))) break;
      }
      return told >= 0 && !TIME_WORDS.test(toks[told + 1]?.text ?? '') && !/^(?:day|time|moment|point|way)$/i.test(toks[told + 1]?.text ?? '');
    }
    // "is promising to help…", "are vowing to fight…": a pledge, like the finite form.
    // "…, demanding that drivers buy its services": a participle of "demand" describes conduct, not a statement.
    if (verb.lemma === 'demand' && !beBefore(toks, i)) return false;
    if (beBefore(toks, i)) return this.clauses.thatWithin(toks, i + 1, 3) >= 0 || counted || (/^(?:urge|warn|call|advise)$/.test(verb.lemma) && this.clauses.toWithin(toks, i + 1, 8)) || verb.lemma === 'appeal' || (/^(?:promise|pledge|vow|threaten)$/.test(verb.lemma) && toks[i + 1]?.text === 'to') || verb.lemma === 'call for';
    // '…as "radical Islamists," saying…': the comma inside the closing quotation mark.
    const commaQuote = /^[”"]$/.test(prev) && toks[j - 1]?.text === ',';
    // "Marco Rubio flipped his choice on the spot – saying he was rooting for…": after a dash too.
    if (prev === ',' || commaQuote || /^[—–]$/.test(prev) || (prev === '-' && toks[j]!.start > (toks[j - 1]?.end ?? -1)) || prev === 'by' || prev === 'while' || prev === 'after' || prev === 'before' || prev === 'when') return true;
    // "issued a statement saying…", "sent a letter warning that…", "posted a message claiming…": what the
    // document says, its issuer says.
    // A short setting may come between: "released a statement on Tuesday saying…", "a message on its website warning…".
    // The document is what a verb's subject issued ("issued", "sent", "posts"), not a fronted setting ("In a
    // letter calling for the meeting, Batjer said…": the main clause has the claim).
    // "put out a statement saying…", "sent out an email urging…": the verb and its particle.
    const issued = (x: number): boolean => x >= 0 && (isPastForm(toks[x]!.text) || /^(?:issues|releases|posts|sends|publishes|puts|shares|tweets)$/.test(toks[x]!.text) || (toks[x]!.text === 'out' && x >= 1 && /^(?:put|puts|sent|sends|sending|putting)$/i.test(toks[x - 1]!.text)));
    // "issued a statement", "issued a joint statement": a determiner, perhaps an adjective, after the verb.
    const det = (x: number): boolean => x >= 0 && /^(?:a|an|the|its|his|her|their)$/i.test(toks[x]!.text);
    const adjective = (x: number): boolean => x >= 0 && /^(?:joint|written|brief|short|separate|new|second|further|lengthy|formal|public|open)$/i.test(toks[x]!.text);
    // "unleashed a series of tweets", "sent a flurry of emails": a run of them, after its quantity noun.
    const run = (x: number): boolean => x >= 2 && toks[x]!.text === 'of' && /^(?:series|flurry|string|barrage|stream|volley|torrent|pair|couple|number|spate|slew)$/i.test(toks[x - 1]!.text) && det(x - 2) && issued(x - 3);
    const doc = (x: number): boolean => x >= 0 && ISSUED_TEXTS.has(toks[x]!.text.toLowerCase()) && ((det(x - 1) && issued(x - 2)) || (adjective(x - 1) && det(x - 2) && issued(x - 3)) || (adjective(x - 1) && issued(x - 2)) || run(x - 1));
    if (doc(j)) return true;
    for (let x = j - 1; x >= 1 && x >= j - 4; x--) {
      if (!WORD_CHAR.test(toks[x]!.text) || VERBS.has(toks[x]!.text.toLowerCase())) break;
      if (/^(?:on|late|early|in|to|from|via|through)$/i.test(toks[x]!.text)) {
        if (doc(x - 1)) return true;
        break;
      }
    }
    // "with some reports suggesting that…": an absolute construction with its own subject.
    for (let w = i - 2; w >= 0 && w >= i - 6; w--) {
      const t = toks[w]!.text.toLowerCase();
      if (t === 'with' || t === 'without') return true;
      if (!WORD_CHAR.test(t) || CLAUSE_OPENERS.has(t) || VERBS.has(t)) break;
    }
    return false;
  }

  /**
   * Whether a bare form reports speech where it stands ("analysts say…"): after a plural subject, or inverted.
   * `j` is the token before the verb past its adverbs, `prev` its word, lowercased.
   */
  private baseFormUse(toks: readonly Token[], i: number, verb: VerbForm, j: number, prev: string): boolean {
    // "on a giddy note of conquest": after an indefinite article and an adjective, a noun (not "a third say").
    if (j >= 1 && j === i - 1 && /^\p{Ll}+[^s]$/u.test(toks[j]!.text) && /^(?:a|an)$/i.test(toks[j - 1]!.text) && !surveyShare(toks, j)) return false;
    // "…, say economists.": inverted after the clause it reports.
    if (verb.invertible && (prev === ',' || prev === '”' || prev === '"') && j === i - 1 && this.clauses.invertedSubject(toks, i + 1)) return true;
    if (/^(?:they|we|you|i|would|will|can|could|may|might|should|must|do|does|did|not|to)$/.test(prev)) return prev !== 'to' || catenativeStart(toks, j) >= 0;
    // "Residents have complained of … and say that…": a coordinated present verb with its clause.
    // "Critics point to high fees and say the benefits have been overstated": a clause without "that" too.
    if (prev === 'and' && (this.clauses.thatWithin(toks, i + 1, 2) >= 0 || this.clauses.clauseFollows(toks, i + 1))) return true;
    // A plural subject right before: "analysts say", "Prosecutors allege" at the sentence start,
    // or before its post-modifier: "Executives across the world say", "Officials in Kabul say".
    // "Most Americans say": a nationality's people too.
    const plural = (x: number): boolean => {
      const w = toks[x]?.text ?? '';
      // "The Teamsters disagree": a capitalised plural after "the" too.
      // "Most Republicans say", "many Democrats say": after a quantifier too.
      // "Leading Democrats say", "top Republicans say": after a common adjective too.
      const before = toks[x - 1]?.text ?? '';
      // "79 percent of Democrats say", "a majority of Republicans say": a share's capitalised plural too.
      const shareOf = before === 'of' && /^(?:percent|per|cent|majority|minority|half|third|quarter|most|many|some|all|none|share|number|plurality)$/i.test(toks[x - 2]?.text ?? '');
      const capitalOk = x === 0 || shareOf || /^(?:the|many|most|some|several|few|all|both|other|fellow|\d+)$/i.test(before) || (/^\p{L}+$/u.test(before) && (/^\p{Ll}/u.test(before) || x - 1 === 0) && words().common.has(before.toLowerCase()) && !VERBS.has(before.toLowerCase()) && !PREPOSITIONS.has(before.toLowerCase()));
      // Not an adverb in -s ("afterwards", "always", "sometimes").
      // Nor a determiner or pronoun in -s ("His critics", "this").
      const adverb = /(?:wards|ways|times)$|^(?:perhaps|besides|thus|nevertheless|nonetheless|whereas|unless|less|across|his|its|this|us|yes|whose)$/i.test(w);
      return COLLECTIVE_PLURALS.has(w.toLowerCase()) || QUANTIFIER_SUBJECTS.test(w) || ((capitalOk ? /^\p{L}\p{Ll}+s$/u : /^\p{Ll}+s$/u).test(w) && !AUX.has(w.toLowerCase()) && !adverb) || !!lookup(w)?.some((g) => g.kind === 'demonym-plural');
    };
    if (plural(j)) return true;
    // "The mayor and deputy mayor say…", "Smith and Jones say…": two subjects joined by "and" are plural, when the
    // words between open a noun phrase (no verb, no clause's comma).
    // (Not after a possessive: "the Russian and Syrian defense ministry’s claim is…" names a claim.)
    for (let x = j - 1; x >= 1 && x >= j - 4 && !/^['’]s$/.test(prev); x--) {
      const w = toks[x]!.text.toLowerCase();
      if (w === 'and') {
        if (/^(?:\p{Lu}|the\b|his\b|her\b|their\b)/u.test(toks[x + 1]!.text) || isRoleNoun(toks[x + 1]!.text.toLowerCase())) {
          const left = toks[x - 1]!.text;
          if (/^\p{Lu}/u.test(left) || ROLE_NOUNS.has(left.toLowerCase())) return true;
        }
        break;
      }
      if (!WORD_CHAR.test(w) || VERBS.has(w) || AUX.has(w) || PREPOSITIONS.has(w) || CLAUSE_OPENERS.has(w)) break;
    }
    // "Outside experts also say…": an adverb between a plural subject and the verb.
    if (/^(?:also|still|even|never|often|already|now|generally|largely|mostly|overwhelmingly)$/.test(prev) && plural(j - 1)) return true;
    if (surveyShare(toks, prev === ',' ? j - 1 : j)) return true;
    // "Those close to him say…", "Political observers in Virginia and around the country say…": a plural subject
    // opening the clause (perhaps after a determiner or an adjective), before a prepositional post-modifier.
    // "His critics in the United States, many of them conservative Catholics, argue…": the subject ends before an
    // appositive between commas.
    let last = j;
    if (prev === ',') {
      const open = toks.findLastIndex((t, x) => x < j && x >= j - 10 && t.text === ',');
      // Not "Images of casings, as well as the death toll, indicate…": a coordination, no appositive.
      if (open > 0 && toks.slice(open + 1, j).every((t) => WORD_CHAR.test(t.text)) && !/^as$/i.test(toks[open + 1]!.text)) last = open - 1;
    }
    if (last < j && plural(last)) return true;
    const modifierAt = (m: number): boolean => /^(?:the|many|most|some|several|political|local|other|his|her|their|its|our)$/i.test(toks[m]!.text) || (/^\p{L}[\p{L}-]*$/u.test(toks[m]!.text) && !/ed$/.test(toks[m]!.text) && !isPastForm(toks[m]!.text) && !PREPOSITIONS.has(toks[m]!.text.toLowerCase()) && !VERBS.has(toks[m]!.text.toLowerCase()) && !AUX.has(toks[m]!.text.toLowerCase()) && !CLAUSE_OPENERS.has(toks[m]!.text.toLowerCase()));
    for (let x = last; x >= 0 && x >= last - 12; x--) {
      const w = toks[x]!.text;
      // ("Sources in the ruling party say": a participle after an article modifies the noun.)
      const adjectival = /^(?:the|a|an)$/i.test(toks[x - 1]?.text ?? '') && /^\p{Ll}+(?:ing|ed)$/u.test(w);
      if (!WORD_CHAR.test(w) || (x < last && !adjectival && (VERBS.has(w.toLowerCase()) || AUX.has(w.toLowerCase())))) break;
      const opens = x === 0 || /^[,;:“"(—–]$/.test(toks[x - 1]!.text) || CLAUSE_OPENERS.has(toks[x - 1]!.text.toLowerCase());
      // The post-modifier opens with a preposition or "close to" ("observers in Virginia…"), or a participle
      // ("activists clamoring to block Trump say"), not a verb of its own ("The protests degrade the party's claim").
      // The head may follow a determiner or a modifier or two ("His critics", "Republican activists", "the local
      // party officials").
      const head = /^(?:those|these)$/i.test(w) ? x : plural(x) && !PREPOSITIONS.has(w.toLowerCase()) ? x : plural(x + 1) && modifierAt(x) ? x + 1 : plural(x + 2) && modifierAt(x) && modifierAt(x + 1) && x + 2 < last ? x + 2 : -1;
      const modifier = toks[head + 1]?.text ?? '';
      if (opens && head >= 0 && head < last && (/^(?:close|familiar|near)$|^(?:in|of|at|from|across|around|on|with|for|inside|outside|within|among|like)$/i.test(modifier) || (/^\p{Ll}{3,}ing$/u.test(modifier) && !VERBS.has(modifier)))) return true;
    }
    // "there are some economists who argue that…", "analysts who say…": a relative clause on a plural noun.
    if (prev === 'who' && plural(j - 1)) return true;
    // "People who work on the deal say…": the verb after a relative clause on a plural subject opening the sentence.
    const who = toks.findLastIndex((t, x) => x < j && x >= j - 10 && t.text.toLowerCase() === 'who');
    if (who > 0 && toks.slice(who + 1, i).every((t) => WORD_CHAR.test(t.text)) && plural(who - 1)) {
      let h = who - 1;
      while (h > 0 && /^(?:the|many|most|some|several|other|local|political)$/i.test(toks[h - 1]!.text)) h--;
      if (h === 0 || /^[,;:“"(—–]$/.test(toks[h - 1]!.text)) return true;
    }
    // "…victims, many of whom say…": a relative quantifier.
    if (prev === 'whom' && toks[j - 1]?.text === 'of' && RELATIVE_QUANTIFIER.test(toks[j - 2]?.text ?? '')) return true;
    // "Ann Lee and Bob Cole say", "Both Mr. King and Mr. Schultz say": two named people joined by "and".
    // "…DeLong of the University of California, Berkeley suggest": past the institution they are at, too.
    let end = j;
    const org = j >= 0 ? this.resolver.mentionsIn(toks[j]!.start, toks[j]!.end).find((m) => m.entity.type === 'organization') : undefined;
    if (org) {
      let x = j;
      while (x > 0 && toks[x - 1]!.start >= org.start) x--;
      if (/^the$/i.test(toks[x - 1]?.text ?? '')) x--;
      if (/^(?:of|at|from)$/.test(toks[x - 1]?.text ?? '') && /^\p{Lu}/u.test(toks[x - 2]?.text ?? '')) end = x - 2;
    }
    let n = end;
    while (n >= 1 && n > end - 5 && (/^\p{Lu}/u.test(toks[n]!.text) || toks[n]!.text === '.')) n--;
    if (n < end && toks[n]!.text === 'and' && /^\p{Lu}|^\.$/u.test(toks[n - 1]?.text ?? '')) return true;
    // "The authors, led by Dr Sarah Okafor of Leeds, say…": a plural subject before an appositive.
    if (prev === ',' && j === i - 1) {
      for (let c = j - 2; c >= 1 && c >= j - 20; c--) {
        const w = toks[c]!.text;
        if (/^[;:“”"()]$/.test(w)) break;
        if (w === ',') return plural(c - 1);
      }
    }
    for (let x = j - 1; x >= 1 && x >= j - 5; x--) {
      const w = toks[x]!.text;
      // "advisers to Mr. Obama say", "advisers to John F. Kennedy say".
      if (nameStop(toks, x)) continue;
      if (!WORD_CHAR.test(w) || VERBS.has(w.toLowerCase()) || AUX.has(w.toLowerCase())) break;
      if (PREPOSITIONS.has(w) && x + 1 <= j) return plural(x - 1);
    }
    return false;
  }
}
