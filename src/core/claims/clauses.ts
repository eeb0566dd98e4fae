/**
 * The grammar of a sentence as the claim finder reads it, with no claim of its own: where a clause ends, which words are
 * a subject, an appositive, a fronted setting or an aside, whether a verb's object is a clause. ClaimFinder (index.ts)
 * asks it; it asks the speaker resolver only to name a subject it found.
 */
import { PARTY_AND_STATE, SURNAME_PARTICLES } from '../refdata/curated.ts';
import { words } from '../refdata/index.ts';
import type { Token } from '../text/types.ts';
import type { Speaker } from '../types.ts';
import { ANON_HEADS, AUX, BE_FORMS, CLAUSE_OPENERS, ENTOURAGE_NOUNS, COLLECTIVE_PLURALS, EVIDENCE_NOUNS, ISSUED_TEXTS, LEGAL_FORM, isLyAdverb, isPastForm, PAST_ONLY, TIME_WORDS, NAME_ABBREVIATIONS, SOURCE_POSTMODIFIERS, PARENTHETICAL_CONNECTIVES, ROLE_NOUNS, VERBS, type VerbForm } from './lexicon.ts';
import { quoteAt, titleWords, type Quote } from './quotes.ts';
import { canSpeak, DETERMINERS, frontedComma, isPeoplePlural, isPersonDescriptor, PREPOSITIONS, SpeakerResolver, verbWithParticle } from './speaker.ts';
import { IRREGULAR_PAST } from '../text/english.ts';

/** Short judging adjectives of "called the plan dead" (longer ones are known by their endings: "unacceptable"). */
const JUDGING_ADJECTIVES = new Set('dead wrong false fake good bad great absurd racist sexist unfair untrue rigged corrupt crazy insane illegal immoral unjust weak strong stupid silly rude vile cruel evil naive premature overdue unwise'.split(' '));

/** Verbs whose object may be an -ing form, an act rather than a participle of speech ("began calling", "keep calling"). */
const CATENATIVE_BASES = new Set('keep keeps start starts begin begins stop stops continue continues avoid avoids try tries risk risks quit quits mind minds'.split(' '));

/** Adverbs without -ly between a subject and its verb ("Lamrani further said", "The company flat-out denied"). */
export const PRE_VERB_ADVERBS = new Set('even further also still later again flat-out too then now never once already often sometimes usually soon just long first always ever yet since'.split(' '));

/** At `e`, a dash or comma and an indefinite noun phrase that comments on the clause before ("-- a development that…"). */
function clauseComment(toks: readonly Token[], e: number): boolean {
  const w = toks[e]?.text ?? '';
  const dash = /^[—–]$/.test(w) || (w === '-' && toks[e + 1]?.text === '-');
  const next = toks[e + (w === '-' ? 2 : 1)]?.text ?? '';
  // "…, Bloomberg reported on Sunday, citing people familiar with the matter.": the report's own sources.
  if (w === ',' && /^(?:citing|quoting)$/i.test(next)) return true;
  return (dash || w === ',') && /^(?:a|an)$/i.test(next);
}

/** Words of a measure of time before "after" or "before" ("One month after", "Just days before", "Shortly after"). */
export const TIME_MEASURE = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few|just|only|shortly|soon|long|not|moments?|minutes?|hours?|days?|weeks?|months?|years?)$/i;

/** Words of an aside set off by commas: "however", "in fact", "of course", "somewhat stiltedly". */
const ASIDE_WORDS = /^(?:somewhat|rather|quite|very|again|once|too|also|in|fact|turn|effect|short|particular|essence|of|course|for|example|at|least|addition|contrast|by|as|well)$/i;

/**
 * The comma at `c` closes an aside set off by commas ("have, however, recognised", "have, in fact, praised", "revealed,
 * somewhat stiltedly, that"): the number of tokens from that comma back to the opening one, else 0.
 */
export function connectiveAside(toks: readonly Token[], c: number): number {
  if (toks[c]?.text !== ',') return 0;
  // "wrote on X, formerly Twitter, that…", "posted on X, formerly known as Twitter, that…": a former name.
  const former = toks.findLastIndex((t, x) => x < c - 1 && x >= c - 6 && t.text === ',');
  if (former >= 0 && /^formerly$/i.test(toks[former + 1]!.text) && toks.slice(former + 2, c).every((t) => /^\p{Lu}/u.test(t.text) || /^(?:known|as|called)$/.test(t.text))) return c - former + 1;
  const open = toks.findLastIndex((t, x) => x < c - 1 && x >= c - 4 && t.text === ',');
  if (open < 0) return 0;
  const aside = toks.slice(open + 1, c);
  const ok = aside.every((t) => isLyAdverb(t.text) || PARENTHETICAL_CONNECTIVES.has(t.text.toLowerCase()) || ASIDE_WORDS.test(t.text));
  // A lone "in", "as", "by" is no aside.
  return ok && (aside.length > 1 || !/^(?:in|of|for|at|by|as)$/i.test(aside[0]!.text)) ? c - open + 1 : 0;
}

/**
 * "that" at k is a demonstrative closing its clause, no complementiser: "he said that.", "found the way to do that, at
 * least so far" (but "said that, once you use it, …" opens a clause).
 */
export function demonstrativeThat(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1]?.text ?? '.';
  return /^[.!?)]$/.test(next) || (/^[,;:]$/.test(next) && /^(?:do|does|did|done|doing|of|about|with|for|like|than|on|in|at|by)$/i.test(toks[k - 1]?.text ?? ''));
}

/** Conjunctions that open a subordinate clause at the head of a sentence. */
export const SUBORDINATORS = new Set('if when whenever although though because while whilst since unless once whereas'.split(' '));

/** Words that open a subordinate clause with a subject of its own, anywhere in a sentence ("as authorities closed…"). */
const CLAUSE_SUBORDINATORS = new Set([...SUBORDINATORS, 'as', 'after', 'before', 'until']);

/** Words that open a reported clause after a verb ("said that", "asked whether"). */
export const THAT_WORDS = new Set(['that', 'how', 'why', 'whether', 'what', 'if']);

/** A finite auxiliary or "be" form, as written (lowercase), contracted negatives too. */
export const FINITE_AUX = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did)(?:n['’]t)?$|^(?:won|can)['’]t$/;

/** A letter or a digit: a token that is a word, not punctuation. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Token k is the full stop of a title or an initial ("Mr. Trump", "George W. Bush"), inside a name. */
export function nameStop(toks: readonly Token[], k: number): boolean {
  return toks[k]?.text === '.' && k > 0 && (NAME_ABBREVIATIONS.has(toks[k - 1]!.text.toLowerCase()) || /^\p{Lu}$/u.test(toks[k - 1]!.text));
}

/** Reads the grammar of the article's sentences: one per article, built by ClaimFinder. */
export class ClauseReader {
  /** The last sentence's fronted-clause comma (see frontedClauseComma). */
  private fronted: { toks: readonly Token[]; comma: number } | undefined;

  constructor(
    private readonly text: string,
    private readonly quotes: readonly Quote[],
    private readonly resolver: SpeakerResolver,
  ) {}


  /** `pos` lies inside a quotation. */
  inQuote(pos: number): boolean {
    return !!quoteAt(this.quotes, pos);
  }

  /** Whether the clause before toks[i] holds a negated auxiliary ("didn't", "did not") outside a relative clause. */
  negatedBefore(toks: readonly Token[], i: number): boolean {
    let negated = false;
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
      const w = toks[k]!.text.toLowerCase();
      if (/^[,;:()—–“”"]$/.test(w)) break;
      if (/^(?:who|which|that|whom|whose|where|when|if|because|although|though|while|whether)$/.test(w)) return false;
      if ((/n['’]t$/.test(w) && FINITE_AUX.test(w)) || (w === 'not' && FINITE_AUX.test(toks[k - 1]?.text.toLowerCase() ?? ''))) negated = true;
    }
    return negated;
  }

  /**
   * "…, the U.S. Attorney’s Office announced Monday.": the verb closes its sentence after a subject that
   * follows a comma, with only a few words of setting after it; the clause before the comma is its content.
   */
  postPosed(toks: readonly Token[], i: number): boolean {
    // A short tail, or a setting opened by a preposition ("wrote in a note to investors"), then the sentence's end or
    // a comment on the whole clause ("…, the budget office reported on Tuesday -- a development that…").
    // Not "to": "continued to portray her" is an infinitive.
    // "…, he said Wednesday morning on MSNBC’s “Morning Joe.”": a time first, then the place, a possessive and a
    // quoted title in it.
    const prep = (x: number): boolean => PREPOSITIONS.has(toks[x]?.text.toLowerCase() ?? '') && toks[x]!.text.toLowerCase() !== 'to';
    const setting = prep(i + 1) || (TIME_WORDS.test(toks[i + 1]?.text ?? '') && (prep(i + 2) || (TIME_WORDS.test(toks[i + 2]?.text ?? '') && prep(i + 3))));
    const inSetting = (x: number): boolean => setting && (/^['’]s$/.test(toks[x]!.text) || (/^[“"”]$/.test(toks[x]!.text) && x > i + 2));
    let e = i + 1;
    while (e < toks.length && (WORD_CHAR.test(toks[e]!.text) || nameStop(toks, e) || inSetting(e)) && !THAT_WORDS.has(toks[e]!.text.toLowerCase()) && e <= i + (setting ? 10 : 4)) e++;
    if (e < toks.length && !/^[.!?]$/.test(toks[e]!.text) && !clauseComment(toks, e)) return false;
    for (let k = i - 1; k >= 0 && k >= i - 14; k--) {
      const w = toks[k]!.text;
      // Not after a fronted subordinate clause: "Although officials said the plan would work, critics disagreed."
      // "Deficits will rise, the office reported": a short clause with a verb of its own.
      // "…, hinting at his plans": a participle right after the comma is no post-posed attribution.
      // "New England Business Service, Inc. today announced results": the comma before a legal form is the name's.
      if (w === ',') return !(k === i - 1 && /\p{Ll}ing$/u.test(toks[i]!.text)) && k >= 2 && !LEGAL_FORM.test(toks[k + 1]?.text ?? '') && this.clauseBefore(toks, k) && this.frontedClauseComma(toks) !== k;
      if (!WORD_CHAR.test(w) && !/^[.'’()-]$|^['’]s$/.test(w)) return false;
      // A capitalised word is a name's ("Compass Point", "Pew Research"), never a verb.
      // ("…, Smith and Jones wrote.", "…, Paganini and his team wrote": "and" between a name and another, or the
      // people around it, joins one subject.)
      // (People only: not the "and" inside an organisation's name, "the Council on Energy, Environment and Water think
      // tank told…".)
      // ("…, Fortune and The Wall Street Journal reported": two organisations named in full on either side of "and".)
      const joinsNames = w === 'and' && k >= 1 && ((!!this.resolver.personEndingAt(toks[k - 1]!) && (/^(?:his|her|their)$/.test(toks[k + 1]?.text ?? '') || ENTOURAGE_NOUNS.test(toks[k + 1]?.text ?? '') || this.resolver.mentionsIn(toks[k + 1]?.start ?? 0, toks[k + 1]?.end ?? 0).some((m) => m.start === toks[k + 1]!.start && this.resolver.isPerson(m.entity.id)))) || this.joinsOrganisations(toks, k));
      // ("…, state officials reported": a verb's bare form before a noun that speaks modifies it.)
      const modifier = VERBS.get(w)?.form === 'base' && /^\p{Ll}+$/u.test(toks[k + 1]?.text ?? '') && canSpeak(toks[k + 1]!.text) && k + 1 < i;
      if ((VERBS.has(w) && !/^\p{Lu}/u.test(w) && !modifier) || (CLAUSE_OPENERS.has(w.toLowerCase()) && !joinsNames)) return false;
    }
    return false;
  }

  /** "and" at k between two different organisations' mentions ("Fortune and The Wall Street Journal"). */
  private joinsOrganisations(toks: readonly Token[], k: number): boolean {
    const before = this.resolver.mentionsIn(toks[k - 1]!.start, toks[k - 1]!.end).find((m) => m.end === toks[k - 1]!.end);
    const after = toks[k + 1] ? this.resolver.mentionsIn(toks[k + 1]!.start, toks[k + 1]!.end).find((m) => m.start === toks[k + 1]!.start || (m.start === toks[k + 2]?.start && /^the$/i.test(toks[k + 1]!.text))) : undefined;
    return !!before && !!after && before.entity.id !== after.entity.id && before.entity.type === 'organization' && after.entity.type === 'organization';
  }

  /**
   * Where the name before a time phrase ends, when tokens up to k are one ("shortly after the arrest", "days
   * before the vote") and a capitalised name stands right before it; else -1.
   */
  timePhraseBefore(toks: readonly Token[], k: number): number {
    // Its last word stands right before the verb: not "Rendell, who served … during the 2000 election, agreed".
    if (!WORD_CHAR.test(toks[k]?.text ?? '')) return -1;
    for (let x = k - 1; x >= 1 && x >= k - 5; x--) {
      const w = toks[x]!.text.toLowerCase();
      if (!WORD_CHAR.test(w) || VERBS.has(w)) return -1;
      if (!/^(?:after|before|during|following|since)$/.test(w)) continue;
      // Not "Tuesday after CNBC reported…": there the name after "after" is the subject of its own clause.
      if (!/^\p{Ll}/u.test(toks[x + 1]?.text ?? '')) return -1;
      // Nor "resigned after neighbours said…", "after his aides said…": people right before the verb are its subject.
      if (isPeoplePlural(toks[k]!.text) || ANON_HEADS.has(toks[k]!.text)) return -1;
      let y = x - 1;
      while (y >= 0 && /^(?:shortly|soon|just|immediately|only|long|days|weeks|hours|months|years|minutes|moments|a|few|\d+|two|three)$/i.test(toks[y]!.text)) y--;
      // The name is the subject's last word: not a weekday or a month ("resigned on Tuesday after the vote said").
      return y >= 0 && /^\p{Lu}\p{L}/u.test(toks[y]!.text) && !/^(?:The|A|An|It|This|That)$/.test(toks[y]!.text) && !TIME_WORDS.test(toks[y]!.text) ? y : -1;
    }
    return -1;
  }

  /**
   * "called the plan dead", "called the ruling deeply flawed", "called it unacceptable": after a short object,
   * a judging adjective (perhaps after an adverb) that ends the clause. Not "called the police", "called a special
   * session", "called the meeting to order".
   */
  judgingComplement(toks: readonly Token[], i: number): boolean {
    const lw = (k: number): string => toks[k]?.text.toLowerCase() ?? '';
    let k = i + 1;
    if (/^(?:it|him|her|them|this|that|these|those)$/.test(lw(k))) k++;
    else if (/^(?:the|this|that|these|those|his|her|its|their|our|a|an)$/.test(lw(k))) k += 2;
    else return false;
    for (; k < toks.length && k <= i + 6; k++) {
      let c = k;
      if (isLyAdverb(toks[c]!.text)) c++;
      const w = lw(c);
      const ends = /^(?:[.,;:!?]|and|but|because|after|before|while|since)$/.test(lw(c + 1)) || c + 1 >= toks.length;
      const judging = JUDGING_ADJECTIVES.has(w) || (w.length > 6 && /(?:able|ible|ous|ful|less|ical|ive|ent|ant|ist|ish|ic)$/.test(w)) || (c > k && /^\p{Ll}{3,}ed$/u.test(w));
      if (ends && /^\p{Ll}/u.test(toks[c]?.text ?? '') && judging) return true;
      if (!/^\p{Ll}/u.test(toks[k]!.text) || /^[.,;:!?]$/.test(toks[k]!.text)) return false;
    }
    return false;
  }

  /** "called the process a sham" / "touted the plan as…": an object, then its complement, before any break. */
  characterises(toks: readonly Token[], i: number, how: 'as' | 'a' | 'as-for'): boolean {
    const prev = toks[i - 1]!.text.toLowerCase();
    // The subject stands right before the verb: "…, called Omar a “terrorist”" in a list of acts is no statement.
    // "Mr. Warner, the Virginia Democrat, called…": a comma that closes an appositive after a name is no list.
    // "U.S. officials have, in fact, praised…": nor one that closes a connective after an auxiliary.
    const afterAppositive = prev === ',' && (this.closesAppositive(toks, i - 1) || connectiveAside(toks, i - 1) > 0 || this.closesSettingAside(toks, i - 1));
    // A participle follows its clause's comma ("Trump attacked Obama, calling him “…”"); after a preposition it is a
    // gerund, an act named ("was accused of calling him a liar"), unless it says how ("by calling him a liar").
    const participle = /ing$/.test(toks[i]!.text);
    if (participle && PREPOSITIONS.has(prev) && prev !== 'by') return false;
    // Nor after a verb: "he began calling Libyan groups", "will he keep calling himself…" (a catenative's object).
    if (participle && (AUX.has(prev) || isPastForm(prev) || VERBS.has(prev) || CATENATIVE_BASES.has(prev))) return false;
    if (prev === 'to' || (prev === ',' && !afterAppositive && !participle) || DETERMINERS.has(prev) || !/^\p{Ll}/u.test(toks[i]!.text)) return false;
    const first = toks[i + 1]?.text.toLowerCase() ?? '';
    // "the country has been hailed as a model": a passive's subject is what is characterised, not who speaks (with
    // its agent, "was described by officials as…", verbClaim reads the agent).
    if (BE_FORMS.has(prev) && first !== 'by') return false;
    // "called for", "called on", "called off": no characterisation; "called it “immaterial”" is one. ("was criticised
    // by the judge for…": praise and blame with its agent is, and verbClaim reads the agent.)
    if (!first || (PREPOSITIONS.has(first) && !(how === 'as-for' && BE_FORMS.has(prev) && first === 'by')) || /^(?:off|up|out|back|in|me|us|you)$/.test(first)) return false;
    if (how === 'a' && this.judgingComplement(toks, i)) return true;
    // "the technique called “mental chronometry”": after a noun that cannot speak, a participle names a thing.
    const pronounSubject = /^(?:he|she|they|it|we|i|you)$/.test(prev);
    if (/^called$/i.test(toks[i]!.text) && /^\p{Ll}+$/u.test(toks[i - 1]!.text) && DETERMINERS.has(toks[i - 2]?.text.toLowerCase() ?? '') && !canSpeak(prev)) return false;
    // "an artificial intelligence platform called Anthropic PBC for using…": after a lowercase noun, "called" and a
    // name with nothing said of it (no "a liar", no quotation) names the thing.
    if (/^called$/i.test(toks[i]!.text) && /^\p{Ll}{3,}$/u.test(toks[i - 1]!.text) && !/^(?:he|she|they|it|we|i|you|who)$/.test(prev) && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '')) {
      let e = i + 1;
      while (e < toks.length && /^\p{Lu}|^[&.-]$/u.test(toks[e]!.text)) e++;
      if (!/^(?:a|an|the|[“"])$/i.test(toks[e]?.text ?? '')) return false;
    }
    // "what Newt Gingrich called “the loudest…”": the object is the "what" before the subject (not "what's typically
    // called", a passive).
    if (how === 'a' && /^[“"]$/.test(first) && toks.slice(Math.max(0, i - 6), i).some((t) => t.text.toLowerCase() === 'what') && (pronounSubject || /^\p{Lu}/u.test(toks[i - 1]!.text) || canSpeak(prev))) return true;
    // ("calling her defeat to Naomi Osaka “…”": "her" before a noun is a possessive, its phrase longer.)
    const pronoun = /^(?:it|him|them)$/.test(first) || (first === 'her' && (!/^\p{Ll}+$/u.test(toks[i + 2]?.text ?? '') || /^(?:a|an|as|the)$/i.test(toks[i + 2]?.text ?? '')));
    // "Traders cited the lingering uncertainty over whether … a near 1-1/2 year trade war as a reason…": a long object.
    for (let k = i + 2; k < toks.length && k <= i + (pronoun ? 5 : how === 'a' ? 12 : 25); k++) {
      const w = toks[k]!.text.toLowerCase();
      // "criticized Mr. Trump for…".
      if (nameStop(toks, k)) continue;
      // "called it “immaterial”", "called last year’s tax bill “the worst piece of legislation…”"; "praised his
      // brother’s “deep and genuine faith”": the quoted words are the speaker’s.
      // (Not a quotation that another verb of speech introduces: "criticized her record said she “…”".)
      // ("called such projects “a drop in the bucket”": after a determiner the -s form is a plural noun.)
      if ((how === 'a' || how === 'as-for') && /^[“"]$/.test(w)) return !toks.slice(i + 1, k).some((t, x) => VERBS.get(t.text.toLowerCase())?.form === 'finite' && !/^(?:such|these|those|the|his|her|its|their|our|my|your|some|many|all|both|other)$/i.test(toks[i + x]?.text ?? ''));
      // "rebuked Trump in December when the businessman … called for…": the "for" of another clause.
      // "rebuked critics who say he should… as…": the "as" of the relative clause (not "denounced those who…").
      const relative = k === i + 2 && /^(?:who|which|that)$/.test(w) && !/^(?:those|anyone|everyone|people|all)$/i.test(toks[i + 1]!.text);
      if (/^[,;:.!?“”"()]$/.test(w) || relative || (k > i + 2 && /^(?:when|while|because|after|before|since|although|though|where|who|which|that)$/.test(w))) return false;
      // A participle's object is short and plain: "calling the race for the senator less than a half-hour after…" has
      // no complement, nor "denouncing Trump grew louder as…" (a verb of its own), nor "denouncing the bill as it was…".
      // ("calling her defeat to Naomi Osaka “a big error day”": a preposition and a name before the quoted words keep it.)
      const beforeQuote = (): boolean => {
        const q = toks.findIndex((t, x) => x > k && x <= k + 5 && /^[“"]$/.test(t.text));
        return q > k + 1 && toks.slice(k + 1, q).every((t) => /^\p{Lu}/u.test(t.text) || DETERMINERS.has(t.text.toLowerCase()));
      };
      if (participle && (AUX.has(w) || IRREGULAR_PAST.has(w) || (how === 'a' && PREPOSITIONS.has(w) && w !== 'as' && !beforeQuote()))) return false;
      if (participle && w === 'as' && /^(?:it|he|she|they|we|i|you)$/i.test(toks[k + 1]?.text ?? '')) return false;
      if (how === 'a' ? w === 'a' || w === 'an' || (w === 'as' && /^term/i.test(toks[i]!.text)) : w === 'as' || (how === 'as-for' && w === 'for')) return true;
    }
    return false;
  }

  /**
   * "President Trump, in a series of tweets Sunday night, called…", "Smith, speaking to reporters, called…": the comma
   * at `c` closes a setting (a prepositional or participle phrase) set off after a name, so the verb after it is the
   * name's.
   */
  closesSettingAside(toks: readonly Token[], c: number): boolean {
    const open = toks.findLastIndex((t, x) => x < c && x >= c - 12 && /^[,;:.!?“”"()]$/.test(t.text));
    if (open < 1 || toks[open]!.text !== ',' || open + 1 >= c) return false;
    const first = toks[open + 1]!.text.toLowerCase();
    const setting = PREPOSITIONS.has(first) || /^(?:speaking|writing|appearing|responding|asked|interviewed|reached)$/.test(first);
    return setting && /^\p{Lu}/u.test(toks[open - 1]!.text);
  }

  /** "five people", "the participants", "volunteers": the subjects of a study, up to four words from token `a`. */
  studySubjectsAt(toks: readonly Token[], a: number): boolean {
    for (let k = a; k < toks.length && k < a + 4; k++) {
      const w = toks[k]!.text.toLowerCase();
      if (/^(?:participants|volunteers|subjects|respondents|mice|rats)$/.test(w)) return true;
      if (/^(?:people|patients|children|adults|students|men|women)$/.test(w)) return k > a && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens|hundreds)$/.test(toks[k - 1]!.text.toLowerCase());
      if (!/^[\p{Ll}\d]/u.test(toks[k]!.text)) return false;
    }
    return false;
  }

  /** The comma at `c` ends ", the Virginia Democrat," after a capitalised name. */
  closesAppositive(toks: readonly Token[], c: number, depth = 0): boolean {
    if (this.namedThenAppositive(toks, c)) return true;
    // "Bob Alverson, who has managed the catch since 1924, described…", "…, a commissioner on the commission,
    // which has…, described…": a relative clause after a name or after its appositive.
    for (let o = c - 2; o > 1 && o >= c - 25; o--) {
      const w = toks[o]!.text;
      if (/^[;:“”"()]$/.test(w)) break;
      if (/^(?:who|which)$/i.test(w) && toks[o - 1]!.text === ',') {
        if (/^\p{Lu}/u.test(toks[o - 2]!.text) && !/^(?:It|This|That|There)$/.test(toks[o - 2]!.text)) return true;
        if (depth === 0 && this.closesAppositive(toks, o - 1, 1)) return true;
        break;
      }
    }
    // "Rep. Alexandria Ocasio-Cortez, D-N.Y., called…": a party and state after a name.
    const party = /, (\S+)$/.exec(this.text.slice(Math.max(0, toks[c]!.start - 16), toks[c]!.start));
    if (party && PARTY_AND_STATE.test(party[1]!)) return true;
    let o = c - 1;
    while (o >= 0 && o > c - 10 && toks[o]!.text !== ',' && WORD_CHAR.test(toks[o]!.text)) o--;
    if (!(o > 0 && toks[o]!.text === ',')) return false;
    if (o < c - 2 && /^(?:the|a|an)$/i.test(toks[o + 1]!.text) && /^\p{Lu}/u.test(toks[o - 1]!.text)) return true;
    // "The family's lawyer, Ben Crump, called…": a name set off after a lowercase role noun.
    const inside = toks.slice(o + 1, c);
    return inside.length >= 2 && inside.length <= 4 && inside.every((t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text)) && /^\p{Ll}{3,}$/u.test(toks[o - 1]!.text);
  }

  /**
   * "Shirazi-Beechey showed in a paper published in 2005 that…", "they demonstrated in 2013 that…": a research
   * finding reported with its finder as subject (a name, a personal pronoun or people such as "researchers"),
   * and "that" right after the verb or after a prepositional or time phrase, not after an object ("discovered
   * a group of cells that…" is a relative clause).
   */
  findingBy(toks: readonly Token[], i: number): boolean {
    let k = i - 1;
    while (k >= 0 && (AUX.has(toks[k]!.text.toLowerCase()) || isLyAdverb(toks[k]!.text))) k--;
    const subject = toks[k]?.text ?? '';
    const agent = /^(?:he|she|they|we)$/i.test(subject) || ANON_HEADS.has(subject.toLowerCase()) || (/^\p{Lu}/u.test(subject) && !/^(?:it|this|that|these|those|there|which|what)$/i.test(subject));
    if (!agent || BE_FORMS.has(subject.toLowerCase())) return false;
    const next = toks[i + 1]?.text.toLowerCase() ?? '';
    if (THAT_WORDS.has(next)) return true;
    return PREPOSITIONS.has(next) && this.thatWithin(toks, i + 1, 12) >= 0;
  }

  /** A clause with a finite auxiliary follows within a few words ("believe the bill is…", "worry China is…"). */
  clauseFollows(toks: readonly Token[], i: number): boolean {
    let limit = i + 8;
    let scareClose = -1;
    for (let k = i; k < toks.length && k < limit; k++) {
      const w = toks[k]!.text.toLowerCase();
      // "testified “thousands” of emails had not been turned over": a word or three in scare quotes stays in the clause.
      if (k === scareClose) continue;
      if (/^[“"]$/.test(w)) {
        const close = toks.findIndex((t, x) => x > k + 1 && x <= k + 4 && /^[”"]$/.test(t.text));
        if (close > 0 && toks.slice(k + 1, close).every((t) => WORD_CHAR.test(t.text))) {
          scareClose = close;
          limit += 2;
          continue;
        }
        // "declared the IMF “would not give up…”": the clause's subject, then its quoted predicate.
        // (Not "complains about a microphone “is…”": a preposition's object is no subject.)
        if (k > i && /^(?:is|are|was|were|has|have|had|would|could|should|must|will|can|may|might|does|did)$/.test(toks[k + 1]?.text ?? '') && !toks.slice(i, k).some((t) => PREPOSITIONS.has(t.text.toLowerCase()))) return true;
      }
      // "the asylum seekers found in the water may have…": a participle after a plural noun, then a preposition,
      // modifies the noun; the clause goes on.
      const participle = k > i && VERBS.get(w)?.form === 'finite' && /^\p{Ll}{3,}s$/u.test(toks[k - 1]!.text) && PREPOSITIONS.has(toks[k + 1]?.text.toLowerCase() ?? '');
      // "revealed its polling shows Trump crushing Rubio": a verb of report can be the clause's own verb.
      const ownVerb = k - 2 >= i && /^\p{Ll}{2,}[^s]s$/u.test(toks[k]!.text) && /^\p{Ll}{3,}[^s]$/u.test(toks[k - 1]!.text) && /^(?:the|this|its|their|his|her|our)$/i.test(toks[k - 2]!.text);
      // "reports the man who kidnapped the child, Michael Webb, was sentenced…": a relative clause on the clause's
      // subject (a person noun after its article), then the clause's own verb.
      if (w === 'who' && k === i + 2 && /^(?:the|a|an)$/i.test(toks[i]!.text) && /^\p{Ll}{3,}$/u.test(toks[k - 1]!.text)) {
        const close = toks.findIndex((t, x) => x > k + 1 && x < k + 16 && /^(?:is|are|was|were|has|have|had|will|would|could|should|must)$/.test(t.text));
        if (close > 0 && !toks.slice(k + 1, close).some((t) => /^[;:.!?“”"]$/.test(t.text))) return true;
      }
      // "signaled he believed the estimate was a stretch": a subject pronoun, then a verb of report, is a clause too.
      if (k === i + 1 && /^(?:he|she|they|we|i)$/i.test(toks[i]!.text) && VERBS.get(w)?.form === 'finite') return true;
      // "believe they’re cutting into…", "think we’re in a bubble": a subject pronoun with its auxiliary contracted.
      if (k === i && /^(?:he|she|it|they|we|i|you|there|that)['’](?:re|s|ve|ll|d|m)$/i.test(toks[k]!.text)) return true;
      if (/^[,;:.!?“”"()]$/.test(w) || (VERBS.has(w) && !participle && !ownVerb) || (k > i && w !== 'and' && w !== 'or' && CLAUSE_OPENERS.has(w))) return false;
      // Lowercase only: "in May", "Will Smith" are no auxiliaries.
      // "complained they weren't given…", "pointed out Hawaii normally does not get…": contracted and "do" forms too.
      if (k > i && /^(?:(?:is|are|was|were|has|have|had|would|could|should|must|does|did)(?:n['’]t)?|will|can|may|might|won['’]t|can['’]t|don['’]t)$/.test(toks[k]!.text)) return true;
      // A present-tense verb after "he"/"she"/"it", or after a determiner and a noun with an object next
      // ("the city owes them money"; not "their personal accounts into…").
      if (k > i && /^\p{Ll}{2,}[^s]s$/u.test(toks[k]!.text) && (/^(?:he|she|it)$/i.test(toks[k - 1]!.text) || (k - 2 >= i && /^\p{Ll}{3,}[^s]$/u.test(toks[k - 1]!.text) && /^(?:the|this|that|his|her|its|their|our)$/i.test(toks[k - 2]!.text) && (/^(?:them|him|her|it|us|me|you|the|a|an|to|that|more|less|no|[$€£]|\d.*)$/i.test(toks[k + 1]?.text ?? '') || /^\p{Lu}\p{Ll}/u.test(toks[k + 1]?.text ?? ''))))) return true;
      // A past-tense verb after a subject-like word ("5,000 people entered", "he died"), not a participle
      // modifying an object ("announced plans approved by…").
      // Irregular ones that are no participles too: "claimed the warnings came too late" (not "the titles won").
      // After a subject pronoun any irregular past is the verb: "reported it sold $30.4 billion".
      if (k > i && (/^\p{Ll}{3,}ed$/u.test(toks[k]!.text) || PAST_ONLY.has(toks[k]!.text) || (IRREGULAR_PAST.has(toks[k]!.text) && /^(?:he|she|they|it|we|i)$/i.test(toks[k - 1]!.text))) && toks[k + 1]?.text.toLowerCase() !== 'by') {
        const before = toks[k - 1]!.text;
        if (/^(?:he|she|they|it|we|i)$/i.test(before) || COLLECTIVE_PLURALS.has(before.toLowerCase()) || /^\p{Ll}{3,}s$/u.test(before) || /^\p{Lu}\p{Ll}+$/u.test(before)) return true;
        // "claimed the plan failed.": a singular noun after its article, and the verb ends the clause (a participle
        // modifying an object goes on: "the money raised for…").
        if (k - 2 >= i && /^\p{Ll}{3,}$/u.test(before) && /^(?:the|this|that|his|her|its|their|our|a|an)$/i.test(toks[k - 2]!.text) && /^(?:[.;!?]|and|but|because)$/.test(toks[k + 1]?.text ?? '.')) return true;
      }
      // "claims the company knowingly sold…": a past tense after an adverb after a noun (not "the recently sold homes").
      if (k > i + 1 && isPastForm(toks[k]!.text) && isLyAdverb(toks[k - 1]!.text) && /^\p{Ll}{3,}$/u.test(toks[k - 2]!.text) && !DETERMINERS.has(toks[k - 2]!.text) && !PREPOSITIONS.has(toks[k - 2]!.text) && toks[k + 1]?.text.toLowerCase() !== 'by') {
        return true;
      }
    }
    return false;
  }

  /**
   * "Health authorities are reporting a sixth death", "State media reported only a handful of deaths": a report
   * of a count or of one event is a claim without a that-clause (not "reported the story", "reported to police",
   * nor the passive "was reported a day later").
   */
  reportedCount(toks: readonly Token[], i: number, verb: VerbForm): boolean {
    if (verb.lemma !== 'report') return false;
    const prev = toks[i - 1]?.text.toLowerCase() ?? '';
    if (verb.form === 'finite' && BE_FORMS.has(prev)) return false;
    const next = toks[i + 1]?.text.toLowerCase() ?? '';
    // ("reported $1 billion in operating profit", "reported around $1 billion": a sum, perhaps after an approximation.)
    const amount = (w: string): boolean => /^(?:[$€£¥]|\d[\d,.]*%?)$/.test(w);
    const opens = /^(?:a|an|only|no|several|more|fewer|dozens|hundreds|thousands|millions|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(next) || amount(next) || (/^(?:around|about|nearly|almost|roughly|some|over|just|approximately)$/.test(next) && amount(toks[i + 2]?.text ?? '')) || (next === 'at' && /^(?:least|most)$/i.test(toks[i + 2]?.text ?? ''));
    // "The company reported its smallest quarterly profit in 17 years", "reported earnings of $8.42 a share": a
    // company's results are its statement of them.
    const results = (k: number): boolean => /^(?:profits?|loss(?:es)?|earnings|revenues?|sales|income|results|deficit|surplus)$/i.test(toks[k]?.text ?? '');
    if (!opens && !(results(i + 1) || (/^(?:its|their|record|net|quarterly|annual|higher|lower|stronger|weaker|better|worse)$/.test(next) && [2, 3, 4].some((n) => results(i + n))))) return false;
    for (let k = i + 1; k < toks.length && k <= i + 4; k++) if (/^(?:story|stories|article|piece|interview|post|segment|report)$/i.test(toks[k]!.text)) return false;
    return true;
  }

  /**
   * A request's object, then "to" and its infinitive, within n tokens from `from` ("urging the department
   * to accept…", "begged lawmakers “not to lose sight of”"); not "asked about…" or "asked whether…".
   */
  toWithin(toks: readonly Token[], from: number, n: number): boolean {
    for (let k = from; k < toks.length && k < from + n; k++) {
      const w = toks[k]!.text.toLowerCase();
      if (w === 'to') return k > from;
      if (/^[“"‘']$/.test(w)) continue;
      // "called on Michigan Gov. Rick Snyder (R) to resign": a title's full stop and a party tag belong to the name.
      if (w === '.' && NAME_ABBREVIATIONS.has(toks[k - 1]?.text.toLowerCase() ?? '')) {
        n++;
        continue;
      }
      if (w === '(') {
        const close = toks.findIndex((t, x) => x > k && x <= k + 6 && t.text === ')');
        if (close > 0 && /^\([RDI](?:-\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?\)$/u.test(this.text.slice(toks[k]!.start, toks[close]!.end))) {
          n += close - k + 1;
          k = close;
          continue;
        }
      }
      if (!WORD_CHAR.test(w) || THAT_WORDS.has(w) || w === 'about' || w === 'for') return false;
    }
    return false;
  }

  /** Index of "that" (or how/why/whether) within n tokens from i, stopping at quotes and clause breaks. */
  thatWithin(toks: readonly Token[], i: number, n: number): number {
    let limit = i + n;
    for (let k = i; k < toks.length && k < limit; k++) {
      const w = toks[k]!.text.toLowerCase();
      if (THAT_WORDS.has(w) && !(w === 'that' && demonstrativeThat(toks, k))) return k;
      // "revealed, somewhat stiltedly, that…", "argued, however, that…": an aside between commas.
      if (w === ',') {
        const close = toks.findIndex((t, x) => x > k + 1 && x <= k + 6 && t.text === ',');
        if (close > 0 && connectiveAside(toks, close) === close - k + 1) {
          limit += close - k;
          k = close;
          continue;
        }
      }
      // ("wrote in a note to clients that…", "in his latest report that…": a verb's spelling after a determiner is a noun.)
      // (Not a participle after a noun: "posted a message on its website warning that…"; but right after its
      // determiner an -ing word is a noun too: "wrote in his ruling that…".)
      const noun = DETERMINERS.has(toks[k - 1]?.text.toLowerCase() ?? '') || (!/ing$/.test(w) && /^\p{Ll}+$/u.test(toks[k - 1]?.text ?? '') && DETERMINERS.has(toks[k - 2]?.text.toLowerCase() ?? ''));
      if (/^[,;:“”"(]$/.test(w) || (VERBS.has(w) && !noun)) return -1;
    }
    return -1;
  }

  /**
   * The subject of a subordinate clause ("as authorities closed…") whose verb phrase runs up to the "and" at `and`:
   * the words between the subordinator and the clause's first verb, when nothing else opens a clause in between.
   */
  subordinateSubject(toks: readonly Token[], and: number): Speaker | undefined {
    for (let k = and - 1; k > 0 && k >= and - 12; k--) {
      const w = toks[k]!.text.toLowerCase();
      if (!WORD_CHAR.test(w) || this.inQuote(toks[k]!.start)) return undefined;
      if (!CLAUSE_SUBORDINATORS.has(w)) continue;
      let v = k + 1;
      while (v < and && !VERBS.has(toks[v]!.text.toLowerCase()) && !AUX.has(toks[v]!.text.toLowerCase()) && !/^\p{Ll}{3,}ed$/u.test(toks[v]!.text)) v++;
      if (v === k + 1 || v >= and || v - k > 5) return undefined;
      return this.resolver.phrase(toks, k + 1, v - 1, toks[k + 1]!.start);
    }
    return undefined;
  }

  /** The noun phrase that opens the sentence, up to its first verb, when the sentence opens with one. */
  openingSubject(toks: readonly Token[], limit: number): Speaker | null | undefined {
    // "(the company would not disclose the number but called it…)": a clause opened by a bracket, a
    // semicolon or a dash has a subject of its own.
    let open = 0;
    for (let x = limit - 1; x >= 0; x--) {
      if (/^[(;—–]$/.test(toks[x]!.text)) {
        open = x + 1;
        // "(Reuters) - President Barack Obama met survivors … and said…": a bracket closed before the verb is a
        // dateline's or an aside's; the subject follows it (past the dateline's dash).
        const close = toks.findIndex((t, y) => y > x && y < limit && t.text === ')');
        if (toks[x]!.text === '(' && close > 0) {
          open = close + 1;
          while (open < limit && /^[-—–]$/.test(toks[open]!.text)) open++;
        }
        break;
      }
    }
    // "In his initial announcement, Van Der Beek … and noted …": a fronted adverbial ends at its comma.
    const comma = frontedComma(toks, open, limit);
    const from = comma > 0 ? comma + 1 : open;
    let to = -1;
    for (let k = from; k < limit && k < from + 8; k++) {
      const w = toks[k]!.text;
      const lw = w.toLowerCase();
      // "The board unanimously voted and said…": an adverb before the verb ends the subject too.
      // "She’s a Sanders supporter but concedes…": so does a contracted verb after a pronoun.
      // ("The ruling party rejected the count and said…": an -ing form between a determiner and its noun modifies it.)
      const modifier = VERBS.get(lw)?.form === 'ing' && k > from && /^(?:the|a|an|its|their|his|her)$/i.test(toks[k - 1]!.text) && /^\p{Ll}+$/u.test(toks[k + 1]?.text ?? '') && !VERBS.has(toks[k + 1]!.text);
      if (AUX.has(lw) || (VERBS.has(lw) && !modifier) || (to >= 0 && (isPastForm(w) || isLyAdverb(w) || PRE_VERB_ADVERBS.has(w)))) break;
      // "His office put out a statement…": a lowercase verb with its particle (a past "put" has no -ed).
      if (to >= from && verbWithParticle(toks, k)) break;
      if (to === k - 1 && /^['’](?:s|re|ve|d|ll|m)$/.test(w) && /^(?:he|she|it|they|we|i)$/i.test(toks[k - 1]!.text)) break;
      // "Critics point to high fees and say…": after a plural of people, a lowercase word that is no preposition
      // or conjunction is the present-tense verb.
      if (to >= from && /^\p{Ll}{2,}$/u.test(w) && !PREPOSITIONS.has(lw) && !CLAUSE_OPENERS.has(lw) && lw !== 'and' && (isPeoplePlural(toks[to]!.text.toLowerCase()) || ANON_HEADS.has(toks[to]!.text.toLowerCase()))) break;
      // "Businesses and residents complained …": "and" inside the opening subject.
      if (lw === 'and' && k > 0) continue;
      // "Howard Dean, a medical doctor, then appeared … and said": an appositive set off by commas after the subject.
      if (w === ',' && to >= from && this.appositiveEnd(toks, k, limit) > 0) return this.resolver.phrase(toks, from, to, toks[from]!.start);
      // "Mr Prabowo, however, has disputed the counts and continued to claim…": a connective set off by commas.
      if (w === ',' && to >= from && toks[k + 2]?.text === ',' && connectiveAside(toks, k + 2) === 3) return this.resolver.phrase(toks, from, to, toks[from]!.start);
      // "House Democrats, looking for a way to shake up the debate, seized the floor … and said…": a participle phrase
      // set off by commas after the subject.
      if (w === ',' && to >= from && /^\p{Ll}{3,}ing$/u.test(toks[k + 1]?.text ?? '') && toks.some((t, x) => x > k + 2 && x < limit && t.text === ',')) return this.resolver.phrase(toks, from, to, toks[from]!.start);
      // "Priebus, who has been in daily contact with the campaign, arrived … and acknowledged…": a relative clause set
      // off by commas after the subject.
      if (w === ',' && to >= from && /^(?:who|which)$/i.test(toks[k + 1]?.text ?? '') && toks.some((t, x) => x > k + 2 && x < limit && t.text === ',')) return this.resolver.phrase(toks, from, to, toks[from]!.start);
      // "Hillary Clinton, like Obama, has encouraged … but has said…": a comparison set off by commas.
      if (w === ',' && to >= from && /^(?:like|unlike)$/i.test(toks[k + 1]?.text ?? '')) {
        const close = toks.findIndex((t, x) => x > k + 2 && x < Math.min(limit, k + 8) && t.text === ',');
        if (close > 0 && toks.slice(k + 2, close).every((t) => WORD_CHAR.test(t.text) || /^['’]s$/.test(t.text))) return this.resolver.phrase(toks, from, to, toks[from]!.start);
      }
      // "A spokesman for Mayor Frank G. Jackson of Cleveland defended … and said…": a preposition after the subject's
      // noun opens its post-modifier; one before any noun opens a setting, no subject.
      const postModifier = to >= from && /^(?:of|for|at|from|in|with|on)$/.test(lw) && /^\p{Ll}{3,}$/u.test(toks[to]!.text) && !isPastForm(toks[to]!.text);
      // "The Foreign Office on Sunday condemned … and urged…": a time setting after the subject ends it.
      if (to >= from && /^(?:on|in|at|late|early|last|this)$/.test(lw) && TIME_WORDS.test(toks[k + 1]?.text ?? '')) return this.resolver.phrase(toks, from, to, toks[from]!.start);
      if (/^[,;:()—“”"]$/.test(w) || CLAUSE_OPENERS.has(lw) || (PREPOSITIONS.has(lw) && !postModifier)) return undefined;
      to = k;
    }
    return to >= from ? this.resolver.phrase(toks, from, to, toks[from]!.start) : undefined;
  }

  /**
   * The closing comma of an appositive opened by the comma at `open` ("…, a medical doctor, …"), an age
   * ("…, 62, …") or a party and state ("…, R-W.Va., …"), or -1.
   */
  appositiveEnd(toks: readonly Token[], open: number, limit: number): number {
    const first = toks[open + 1]?.text ?? '';
    if (/^\d{1,3}$/.test(first)) return open + 2 < limit && toks[open + 2]!.text === ',' ? open + 2 : -1;
    if (/^[RDI]-\p{Lu}/u.test(first)) {
      let k = open + 2;
      while (k < limit && k <= open + 6 && toks[k]!.text !== ',') k++;
      const tag = toks.slice(open + 1, k).map((t) => t.text).join('');
      return k < limit && toks[k]!.text === ',' && PARTY_AND_STATE.test(tag) ? k : -1;
    }
    if (!/^(?:a|an|the|his|her|its|their)$/i.test(first)) return -1;
    for (let k = open + 2; k < limit && k <= open + 12; k++) {
      const w = toks[k]!.text;
      if (w === ',') return k;
      if (!WORD_CHAR.test(w) && !/^['’]s$/.test(w)) return -1;
      if (VERBS.has(w.toLowerCase()) || AUX.has(w.toLowerCase()) || CLAUSE_OPENERS.has(w.toLowerCase())) return -1;
    }
    return -1;
  }

  commaBefore(toks: readonly Token[], i: number): number {
    const j = i - 1;
    return j >= 0 && toks[j]!.text === ',' ? j : -1;
  }

  /** "who"/"which" → the noun phrase right before it (and before a comma). */
  relativeAntecedent(toks: readonly Token[], i: number): Speaker | null | undefined {
    let j = i - 1;
    if (j < 0) return undefined;
    const w = toks[j]!.text.toLowerCase();
    if (!/^(?:who|which)$/.test(w)) return undefined;
    j--;
    const restrictive = toks[j]?.text !== ',';
    if (!restrictive) j--;
    if (j < 0) return undefined;
    // "…made no mention of Jeb Bush, who announced…", "thanked Ann Lee, who said…": a name right before "who".
    const named = this.resolver.mentionsIn(toks[j]!.start, toks[j]!.end).find((m) => m.end === toks[j]!.end && m.entity.type !== 'place');
    // "the decision by the European Commission, which accused…": an organisation's name right before "which".
    if (named && (w === 'who' || (named.entity.type === 'organization' && toks[j + 1]?.text === ','))) return this.resolver.fromEntity(named.entity);
    let a = j;
    while (a > 0 && a > j - 6) {
      const lw = toks[a - 1]!.text.toLowerCase();
      if (/^[,;:()—“”"]$/.test(lw) || CLAUSE_OPENERS.has(lw) || VERBS.has(lw) || AUX.has(lw)) break;
      if (DETERMINERS.has(toks[a]!.text.toLowerCase())) break;
      // "drew criticism from environmental groups who said…": the antecedent is the noun phrase after a preposition
      // (not after "of": "the head of the union who said…").
      // (A relative set off by a comma is about the whole phrase: "nervous Democrats on Capitol Hill, who have argued…".)
      if (restrictive && PREPOSITIONS.has(lw) && lw !== 'of' && /^\p{Ll}/u.test(toks[a - 1]!.text)) break;
      // "He cites officials who say…": a subject pronoun and its verb are no part of the antecedent.
      if (/^(?:he|she|they|we|i|you|it)$/.test(lw)) {
        if (a < j) a++;
        break;
      }
      // "Obama rebuked critics who say…", "The coalition also includes individuals who claim…": nor is the main
      // clause's verb.
      if ((/^\p{Ll}/u.test(toks[a - 1]!.text) && (isPastForm(toks[a - 1]!.text) || isLyAdverb(toks[a - 1]!.text))) || (/^\p{Ll}{3,}s$/u.test(toks[a - 1]!.text) && a >= 2 && (/^\p{Lu}/u.test(toks[a - 2]!.text) || /^(?:also|still|now|often|even)$/i.test(toks[a - 2]!.text)))) break;
      a--;
    }
    // "spoke to another insider who confirmed…": the preposition that governs the antecedent is no part of it.
    while (a < j && PREPOSITIONS.has(toks[a]!.text.toLowerCase()) && /^\p{Ll}/u.test(toks[a]!.text)) a++;
    if (j < 0 || a > j) return undefined;
    const sp = this.resolver.phrase(toks, a, j, toks[i]!.start);
    if (sp?.entity) return sp;
    // "McConnell, now the Senate majority leader, who said…": the relative clause is about the named
    // person the appositive describes.
    let c = a - 1;
    while (c > 0 && /^(?:now|then|also|still|currently|formerly|once)$/i.test(toks[c]!.text)) c--;
    if (c > 0 && toks[c]!.text === ',' && /^\p{Lu}/u.test(toks[c - 1]!.text)) {
      let n = c - 1;
      while (n > 0 && n > c - 5 && /^\p{Lu}/u.test(toks[n - 1]!.text)) n--;
      const named = this.resolver.phrase(toks, n, c - 1, toks[i]!.start);
      if (named?.entity) return named;
    }
    return sp;
  }

  /**
   * "Lee, the Democratic Party leader, said…": the sentence opens on a name and an appositive closed by
   * the comma at `k`, so the verb has its subject on the left and is not inverted.
   */
  namedThenAppositive(toks: readonly Token[], k: number): boolean {
    if (toks[k]?.text !== ',') return false;
    const c = toks.findIndex((t) => t.text === ',');
    if (c < 1 || c >= k - 1 || c > 5) return false;
    // ("Abdul-Malik al-Houthi", "Ludwig van Beethoven": a name's lowercase particles too.)
    // ("Alabama Sen. Jeff Sessions": a title's abbreviation and its dot too.)
    if (!toks.slice(0, c).every((t) => /^\p{Lu}/u.test(t.text) || t.text === '.' || SURNAME_PARTICLES.has(t.text.toLowerCase()) || /^(?:al|el|ad|as|ash|at|az|ar|an)-\p{Lu}/u.test(t.text))) return false;
    const between = toks.slice(c + 1, k);
    return between.length <= 20 && !between.some((t) => /^[“”",]$/.test(t.text) || VERBS.has(t.text.toLowerCase()) || AUX.has(t.text.toLowerCase()));
  }

  /** The speaker phrase after an inverted verb: tokens [a, b], or undefined when it does not look like one. */
  invertedSubject(toks: readonly Token[], a: number): [number, number] | undefined {
    const t = toks[a];
    if (!t) return undefined;
    if (/^(?:he|she|it|they|i|we|you|that|this|there)$/i.test(t.text)) return undefined;
    // "…, who on Tuesday endorsed Clinton, said Wednesday he agrees": a day after the verb is its setting, and what
    // follows it the clause said.
    if (TIME_WORDS.test(t.text) && /^(?:he|she|it|they|i|we|you|that)$/i.test(toks[a + 1]?.text ?? '')) return undefined;
    // "…, in remarks to the television, said “All those who…”": a quotation after the verb is what was said.
    if (/^[“"‘']$/.test(t.text)) return undefined;
    let b = a;
    while (b < toks.length && b < a + 10) {
      const w = toks[b]!.text;
      if (b > a && nameStop(toks, b) && b + 1 < toks.length) {
        b++;
        continue;
      }
      // "said a report from Kotak Institutional Equities": a document's author belongs to the subject.
      const documentBy = /^(?:from|by)$/.test(w) && b > a && EVIDENCE_NOUNS.has(toks[b - 1]!.text.toLowerCase());
      // "said a strategist for one of these candidates": a quantifier's "of" stays inside the subject.
      const partOf = w === 'of' && b > a && /^(?:one|some|each|any|all|many|most|several|both|none|two|three)$/i.test(toks[b - 1]!.text);
      // "…,” said Dan Golvach when asked about Lindsey Graham": a subordinate clause after the name is no part of it.
      // "…, explains Anastacia and apologizes to her fans": a second verb after "and" closes the inverted subject.
      const andVerb = w === 'and' && b > a && /^\p{Ll}{3,}(?:s|ed)$/u.test(toks[b + 1]?.text ?? '') && !/^\p{Ll}+ss$/u.test(toks[b + 1]!.text) && /^\p{Lu}/u.test(toks[b - 1]!.text);
      if (!documentBy && !partOf && (/^[,.;:!?()]$/.test(w) || /^(?:from|of|at|in|who|on|with)$/.test(w) || andVerb || (b > a && /^(?:when|while|after|before|as|because|during)$/.test(w) && (/^\p{Lu}/u.test(toks[b - 1]!.text) || canSpeak(toks[b - 1]!.text.toLowerCase()))))) break;
      b++;
    }
    if (b === a) return undefined;
    const next = toks[b]?.text ?? '.';
    if (!/^[,.;:!?(]$|^(?:from|of|at|in|who|on|with|when|while|after|before|as|because|during|and)$/.test(next)) return undefined;
    // "…, said the recent redeployment by the RSF in Khartoum posed a danger": past a prepositional phrase, a finite verb
    // and its object make the words a clause that was said ("…, said the company in a statement issued Monday" keeps
    // its subject: the participle has no object).
    if (/^(?:from|of|at|in|on|with)$/.test(next)) {
      let c = b + 1;
      for (; c < toks.length && c <= b + 8 && (WORD_CHAR.test(toks[c]!.text) || nameStop(toks, c)) && !THAT_WORDS.has(toks[c]!.text.toLowerCase()) && !/^(?:who|which)$/i.test(toks[c]!.text); c++) {
        if (isPastForm(toks[c]!.text) && /^(?:a|an|the|his|her|their|its|our|no)$/i.test(toks[c + 1]?.text ?? '') && !DETERMINERS.has(toks[c - 1]!.text.toLowerCase())) return undefined;
      }
      // '…, said officials at the U.N. headquarters "have checked with the tribunal…"': the phrase is the subject of
      // the quoted words' verb, which follow it, not the verb's own.
      if (/^[“"]$/.test(toks[c]?.text ?? '') && FINITE_AUX.test(toks[c + 1]?.text ?? '')) return undefined;
    }
    const words = toks.slice(a, b);
    // "…, said Ivanka Trump's statement didn't clarify the matter": a clause with a verb of its own is what was said.
    // Lowercase only: "Will Tjernlund" is a name.
    if (/\b(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|must)\b|n['’]t\b/.test(this.text.slice(toks[a]!.start, toks[b - 1]!.end))) return undefined;
    // "…, McConnell, R-Ky., said Tuesday.": a day or a date after the verb is its setting, not its subject.
    if (words.every((w) => TIME_WORDS.test(w.text) || /^\d+(?:st|nd|rd|th)?$/.test(w.text))) return undefined;
    // "…, noted the time, and left", "…, said his piece": a lowercase phrase after "the" must end in a noun that can speak
    // ("said a person familiar with the plan", "says a source involved in its creation": before the word that opens
    // its post-modifier).
    const postModifier = words.length >= 2 && SOURCE_POSTMODIFIERS.has(words[words.length - 1]!.text);
    const headWord = words[words.length - (postModifier ? 2 : 1)]!.text;
    // "…, say economists.", "…, said several analysts.", "…, said people familiar with the talks": a bare plural of
    // people is a subject too.
    const people = words.length <= 4 && /^\p{Ll}/u.test(headWord) && (ANON_HEADS.has(headWord) || isPeoplePlural(headWord));
    // "…,” said his best friend, Bruce Turry": after a possessive too, right after a quotation (not "David Woodard of
    // Clemson University, said his survey…", where the possessive opens what was said).
    const det = /^(?:the|a|an|one|another)$/i.test(t.text) || (/^(?:his|her|their|its|our|my)$/i.test(t.text) && /^[”"]$/.test(toks[a - 2]?.text ?? ''));
    // '"…," said vice president of the Hills Association, Sallie Namey': a bare role right after a quotation, whose
    // holder is named after its comma.
    const bareRole = /^[”"]$/.test(toks[a - 2]?.text ?? '') && ROLE_NOUNS.has(headWord.toLowerCase());
    if (!words.some((w) => /^\p{Lu}/u.test(w.text)) && !det && !people && !bareRole) return undefined;
    // ("…,” said the post.": a document closing the sentence speaks too; one with a post-modifier is read below as its
    // author's: "said the post on the official page of the police department".)
    const documentHead = ISSUED_TEXTS.has(headWord.toLowerCase()) || EVIDENCE_NOUNS.has(headWord.toLowerCase());
    const document = documentHead && /^[,.;!?]$/.test(next);
    // "…,” said a post on the Facebook page of the Granite Shoals Police Department.": where the document was
    // published, and whose page, are part of the subject, to the sentence's end.
    if (documentHead && det && /^(?:on|from|of|by)$/.test(next) && !words.some((w) => /^\p{Lu}/u.test(w.text))) {
      let c = b + 1;
      while (c < toks.length && c <= b + 12 && (WORD_CHAR.test(toks[c]!.text) || /^['’]s$/.test(toks[c]!.text) || nameStop(toks, c))) c++;
      if (c > b + 1 && /^[.!?]$/.test(toks[c]?.text ?? '.') && c >= toks.length - 2) return [a, c - 1];
    }
    if (!words.some((w) => /^\p{Lu}/u.test(w.text)) && det && !canSpeak(headWord) && !document) return undefined;
    // A verb means a clause, not a name ("Will Smith" is a name; "will" is a verb).
    // "urged Yoon to step down": an infinitive makes the name the one addressed.
    // But "said a source close to the campaign": "close to", "next to" are no infinitive.
    if (words.some((w, k) => (/^(?:is|was|were|are|has|had|have|would|will|could|did)$/.test(w.text) || (w.text === 'to' && !/^(?:close|next|near|closest|loyal|close-by)$/i.test(words[k - 1]?.text ?? ''))) || THAT_WORDS.has(w.text.toLowerCase()))) return undefined;
    // "…, said Chelsea looked tired": a past-tense verb after the name makes it the subject of what was said.
    // "…, said the governor stood by his remarks": an irregular past tense does the same after any word.
    // ("said one Republican involved in the planning": the post-modifier's participle is no such verb).
    if (words.some((w, k) => k > 0 && !(postModifier && k === words.length - 1) && ((/^\p{Ll}{2,}ed$/u.test(w.text) && /^\p{Lu}/u.test(words[k - 1]!.text)) || IRREGULAR_PAST.has(w.text)))) return undefined;
    // "The ministry, in a statement, said the strike killed 12 people": after a lowercase noun too ("the retired
    // general", "the newly elected mayor" keep their participles, after a determiner or an adverb).
    if (words.some((w, k) => k > 1 && /^\p{Ll}{2,}ed$/u.test(w.text) && !(postModifier && k === words.length - 1) && /^\p{Ll}{3,}$/u.test(words[k - 1]!.text) && !DETERMINERS.has(words[k - 1]!.text) && !isLyAdverb(words[k - 1]!.text) && !/(?:ed|ing)$/.test(words[k - 1]!.text))) return undefined;
    // The post-modifier's phrase belongs to the source: "a person familiar with the plan".
    if (postModifier && /^(?:with|in|on|of|at|to)$/.test(toks[b]?.text ?? '')) {
      let c = b + 1;
      while (c < toks.length && c <= b + 8 && (WORD_CHAR.test(toks[c]!.text) || /^['’]s$/.test(toks[c]!.text))) c++;
      if (c > b + 1) return [a, c - 1];
    }
    return [a, b - 1];
  }

  /**
   * An attribution between commas inside the clause it reports: words before the comma at
   * `before`, and after the comma at `after` the clause goes on (no quotation, no new subject
   * with a verb of speech of its own).
   */
  interrupts(toks: readonly Token[], before: number, after: number): boolean {
    if (toks[before]?.text !== ',' || toks[after]?.text !== ',') return false;
    if (this.inQuote(toks[before]!.start)) return false;
    const wordsBefore = toks.slice(0, before).filter((t) => WORD_CHAR.test(t.text));
    if (wordsBefore.length === 0 || wordsBefore.length > 12) return false;
    // "In June, officials said, …" or "However, …": an adverbial before, not the clause's subject.
    const first = wordsBefore[0]!.text.toLowerCase();
    // "That, Herbert believes, is why…": a pronoun alone is the clause's subject.
    const pronounSubject = wordsBefore.length === 1 && /^(?:that|this|it)$/.test(first);
    if (!pronounSubject && (PREPOSITIONS.has(first) || CLAUSE_OPENERS.has(first) || PARENTHETICAL_CONNECTIVES.has(first))) return false;
    if (wordsBefore.some((t) => VERBS.has(t.text.toLowerCase()) || AUX.has(t.text.toLowerCase()))) return false;
    // The rest has a verb of its own ("marks", "would visit"): the subject is before the attribution.
    return this.clauseGoesOn(toks, after);
  }

  /**
   * The comma that closes a subordinate clause opening the sentence ("While business leaders push for free trade,",
   * "Although officials said the plan would work,"), or -1. Not "As Smith said,", whose words are the main clause.
   */
  frontedClauseComma(toks: readonly Token[]): number {
    // Asked by several rules about one sentence's tokens: answered once.
    if (this.fronted?.toks !== toks) this.fronted = { toks, comma: this.findFrontedClauseComma(toks) };
    return this.fronted.comma;
  }

  findFrontedClauseComma(toks: readonly Token[]): number {
    // "Minutes after the voting began, the chairman announced…": a measure of time may come before "after" or
    // "before", which then open a clause of their own.
    let lead = 0;
    while (lead < 3 && TIME_MEASURE.test(toks[lead]?.text ?? '')) lead++;
    const first = toks[lead]?.text.toLowerCase() ?? '';
    const timed = lead > 0 && /^(?:after|before|until)$/.test(first);
    if (!timed && (lead > 0 || (!SUBORDINATORS.has(first) && !(first === 'even' && /^(?:though|if)$/i.test(toks[1]?.text ?? ''))))) return -1;
    let quoted = false;
    for (let c = 1; c < toks.length && c < 40; c++) {
      const w = toks[c]!.text;
      if (/^[“”"]$/.test(w)) quoted = w === '“' || (w === '"' && !quoted);
      if (quoted) continue;
      if (/^[.!?;:—–(]$/.test(w) && !nameStop(toks, c)) return -1;
      if (w !== ',') continue;
      // "While many Republicans, like Mr. Ryan, continued…": an aside of examples inside the clause is no end of it.
      if (/^(?:like|unlike|including|such|especially|notably)$/i.test(toks[c + 1]?.text ?? '')) {
        const close = toks.findIndex((t, n) => n > c + 1 && n <= c + 9 && /^[,;.]$/.test(t.text) && !nameStop(toks, n));
        if (close > 0 && toks[close]!.text === ',') {
          c = close;
          continue;
        }
      }
      return WORD_CHAR.test(toks[c + 1]?.text ?? '') ? c : -1;
    }
    return -1;
  }

  /**
   * "After saying her foot was “so swollen…,” she was whisked off": the subject that opens the main clause after
   * a fronted participle clause, whatever its verb, when it is a pronoun or a name (a capitalised run).
   * Quoted words inside the clause are skipped; the clause ends at its first comma outside them.
   */
  subjectAfterClause(toks: readonly Token[], from: number, at: number): { comma: number; speaker: Speaker } | undefined {
    let quoted = false;
    for (let c = from; c < toks.length && c < from + 60; c++) {
      const w = toks[c]!.text;
      if (/^[“”"]$/.test(w)) quoted = w === '“' || (w === '"' && !quoted);
      if (/^[.!?;:]$/.test(w) && !quoted) return undefined;
      // A comma just inside the closing quotation mark ends the clause too: "…get my shoe on,” she".
      if (w !== ',' || (quoted && !/^[”"]$/.test(toks[c + 1]?.text ?? ''))) continue;
      let a = c + 1;
      if (/^[”"]$/.test(toks[a]?.text ?? '')) a++;
      let b = a;
      if (/^(?:he|she|they|we|i)$/i.test(toks[a]?.text ?? '')) b = a + 1;
      // "Mr. Trump": the period of a title's abbreviation stays inside the name.
      else while (b < toks.length && b < a + 6 && (/^\p{Lu}/u.test(toks[b]!.text) || (toks[b]!.text === '.' && b > a && /^\p{Lu}\p{Ll}{0,3}$/u.test(toks[b - 1]!.text)))) b++;
      if (b === a || !/^\p{Ll}/u.test(toks[b]?.text ?? '')) return undefined;
      const speaker = this.resolver.phrase(toks, a, b - 1, at);
      return speaker ? { comma: c, speaker } : undefined;
    }
    return undefined;
  }

  /**
   * The subject of the main clause after a sentence-opening participle clause: the first comma from
   * `from` followed by a short noun phrase and a verb of speech ("…, Malaska asked").
   */
  mainSubjectAfter(toks: readonly Token[], from: number, at: number): { comma: number; speaker: Speaker } | undefined {
    for (let c = from; c < toks.length; c++) {
      const w = toks[c]!.text;
      if (/^[.!?;:“”"]$/.test(w)) return undefined;
      if (w !== ',') continue;
      for (let v = c + 2; v < toks.length && v <= c + 6; v++) {
        const verb = VERBS.get(toks[v]!.text.toLowerCase());
        if (!WORD_CHAR.test(toks[v]!.text)) break;
        if (verb && verb.form !== 'ing') {
          // "…, Marco Rubio still believes": the adverb before the verb is no part of the subject.
          let e = v - 1;
          while (e > c + 1 && (PRE_VERB_ADVERBS.has(toks[e]!.text) || isLyAdverb(toks[e]!.text))) e--;
          const speaker = this.resolver.phrase(toks, c + 1, e, at);
          return speaker ? { comma: c, speaker } : undefined;
        }
      }
    }
    return undefined;
  }

  /**
   * For an "and" at `and`: the token of the noun that a preposition before the "and" modifies, when the words
   * between are a short object ("on | pollution | and", "at | Harvard | and"), else -1. Not a verb's object
   * ("warned of floods and officials said…"): the word before the preposition must be a noun or a name.
   */
  prepositionalConjunct(toks: readonly Token[], and: number): number {
    for (let p = and - 1; p > 0 && p >= and - 4; p--) {
      const w = toks[p]!.text.toLowerCase();
      if (!WORD_CHAR.test(toks[p]!.text) || CLAUSE_OPENERS.has(w) || AUX.has(w) || VERBS.has(w)) return -1;
      if (!PREPOSITIONS.has(w)) continue;
      if (p === and - 1 || !/^(?:of|on|for|at|in|from|against|with)$/.test(w)) return -1;
      const head = toks[p - 1]!.text;
      const hw = head.toLowerCase();
      if (!WORD_CHAR.test(head) || DETERMINERS.has(hw) || PREPOSITIONS.has(hw) || AUX.has(hw) || VERBS.has(hw) || CLAUSE_OPENERS.has(hw) || /^(?:he|she|it|they|we|i|you)$/.test(hw)) return -1;
      // A name, a source noun, or a noun by its ending (commission, committee, university, council, department,
      // partnership, institute).
      if (!/^\p{Lu}/u.test(head) && !ANON_HEADS.has(hw) && !ROLE_NOUNS.has(hw) && !isPeoplePlural(hw) && !/(?:ion|ee|ity|cil|ment|ship|ute)$/.test(hw)) return -1;
      return p - 1;
    }
    return -1;
  }

  /**
   * "…leaking information, a prospect Vindman denied": an article and a noun that is no person's, then
   * the name: a relative clause without "that" about the noun, not the source of what came before.
   * ("the ministry spokesman Ali Khan said" keeps its role noun.)
   */
  objectRelative(toks: readonly Token[], from: number, to: number): boolean {
    if (from >= to || from === 0 || toks[from - 1]!.text !== ',' || !/^(?:a|an|the)$/i.test(toks[from]!.text)) return false;
    let c = from + 1;
    while (c <= to && /^\p{Ll}+$/u.test(toks[c]!.text) && !PREPOSITIONS.has(toks[c]!.text)) c++;
    if (c === from + 1 || c > to || !toks.slice(c, to + 1).every((t) => /^\p{Lu}|^['’]s?$|^[.-]$/u.test(t.text))) return false;
    const head = toks[c - 1]!.text;
    // "…, the nonpartisan Congressional Budget Office reported": the words qualify an organisation's name.
    if (this.resolver.mentionsIn(toks[c]!.start, toks[to]!.end).some((m) => m.entity.type === 'organization')) return false;
    return !ROLE_NOUNS.has(head) && !isPersonDescriptor(head) && !isPeoplePlural(head) && !words().personNouns.has(head);
  }

  /**
   * "If producers are squeezed too much, he noted, they may start to cut corners.": an attribution
   * between a sentence-opening subordinate clause and its main clause reports both.
   */
  afterSubordinate(toks: readonly Token[], before: number, after: number): boolean {
    if (toks[before]?.text !== ',' || toks[after]?.text !== ',' || this.inQuote(toks[before]!.start)) return false;
    const first = toks.find((t) => WORD_CHAR.test(t.text));
    if (!first || !SUBORDINATORS.has(first.text.toLowerCase())) return false;
    if (toks.slice(0, before).some((t) => /^[“”"]$/.test(t.text))) return false;
    return this.clauseGoesOn(toks, after);
  }

  /** After the comma at `after`, a clause of three words or more with a lowercase word among its first three. */
  clauseGoesOn(toks: readonly Token[], after: number): boolean {
    let words = 0;
    for (let x = after + 1; x < toks.length; x++) {
      const w = toks[x]!.text;
      if (/^[“”"]$/.test(w)) return false;
      if (/^[.!?;]$/.test(w)) break;
      if (WORD_CHAR.test(w)) words++;
    }
    // "The findings, Garrett notes, are early.": a short rest that opens on a finite verb goes on too.
    const finite = AUX.has(toks[after + 1]?.text ?? '') && /^\p{Ll}/u.test(toks[after + 1]?.text ?? '');
    return (words >= 3 || (words === 2 && finite)) && toks.slice(after + 1, after + 4).some((t) => /^\p{Ll}/u.test(t.text));
  }

  /** After the verb: nothing but a few words of setting ("in a statement", "late Thursday", "told Reuters"). */
  shortTail(toks: readonly Token[], from: number, maxWords = 9): boolean {
    let words = 0;
    let depth = 0;
    for (let i = from; i < toks.length; i++) {
      const w = toks[i]!.text;
      if (w === '(') depth++;
      else if (w === ')') depth = Math.max(0, depth - 1);
      if (depth > 0 || w === ')') continue;
      // "Esper said, “We strongly oppose…”": the quotation right after the verb is what was said.
      if (w === ',' && i === from && /^[“"]$/.test(toks[i + 1]?.text ?? '')) return false;
      // "Clinton said Patricia Smith, the mother of Sean Smith, … is “absolutely wrong”": a name and its appositive
      // open what was said.
      if (w === ',' && i > from && toks.slice(from, i).every((t) => /^\p{Lu}/u.test(t.text) || t.text === '.') && this.appositiveEnd(toks, i, toks.length) > 0) return false;
      if (w === ',' || w === ';') break;
      // "promised Mr. Weiner that…": a title's full stop ends nothing.
      if (/^[.!?]$/.test(w) && !nameStop(toks, i)) break;
      if (!WORD_CHAR.test(w)) {
        // "…, he said Wednesday on MSNBC’s “Morning Joe.”", "on CBS’s “Face the Nation”": a show's title in the setting.
        if (/^[“"]$/.test(w) && i > from && (/^['’]s$/.test(toks[i - 1]!.text) || /^(?:on|in|to|with)$/i.test(toks[i - 1]!.text))) {
          const close = toks.findIndex((t, x) => x > i + 1 && x <= i + 7 && /^[”"]$/.test(t.text));
          if (close > 0 && titleWords(toks.slice(i + 1, close).filter((t) => WORD_CHAR.test(t.text)).map((t) => t.text))) {
            i = close;
            continue;
          }
        }
        if (/^[“"]$/.test(w)) return false;
        if (clauseComment(toks, i)) break;
        continue;
      }
      const lw = w.toLowerCase();
      // "… said soon after the committee concluded": a temporal clause is setting, not content; so is "said Wednesday
      // night amid a growing number of allegations…".
      if (/^(?:after|before|when|while|until|as|amid|amidst|during|following)$/.test(lw)) return true;
      // "…, the ministry said Thursday adding that…": a participle of speech past the day, its comma left out, opens a
      // claim of its own.
      if (i > from && VERBS.get(lw)?.form === 'ing' && toks[i + 1]?.text.toLowerCase() === 'that' && toks.slice(from, i).every((t) => TIME_WORDS.test(t.text))) return true;
      if (THAT_WORDS.has(lw) || FINITE_AUX.test(lw)) return false;
      // "Trump says he’s a counterpuncher", "Saudis insist they’re fighting terror": a subject pronoun right after the
      // verb opens what was said.
      if (i === from && /^(?:he|she|they|we|i)$/.test(lw) && (WORD_CHAR.test(toks[i + 1]?.text ?? '') || /^['’](?:re|s|ve|d|ll|m)$/.test(toks[i + 1]?.text ?? ''))) return false;
      // A past-tense verb makes the tail a clause; "a televised address" is only a setting.
      if (/^\p{Ll}+ed$/u.test(w) && lw !== 'based' && !/^(?:a|an|the)$/i.test(toks[i - 1]?.text ?? '')) return false;
      if (++words > maxWords) return false;
    }
    return true;
  }

  /** The text before a post-posed attribution is a clause or a quote (not "However," or "In June,"). */
  clauseBefore(toks: readonly Token[], boundary: number): boolean {
    const quoteBefore = (boundary >= 1 && /^[”"]$/.test(toks[boundary - 1]!.text)) || /^[”"]$/.test(toks[boundary]!.text);
    let words = 0;
    for (let i = boundary - 1; i >= 0; i--) if (WORD_CHAR.test(toks[i]!.text)) words++;
    // "In a wide-ranging interview, X said:" opens with a prepositional phrase, not a clause ("Even before the
    // remarks, X had criticized…" too, past an adverb).
    const lead = /^(?:even|just|only|shortly|long|right|soon|well|also|and|but)$/i.test(toks[0]?.text ?? '') ? 1 : 0;
    const first = toks[lead]?.text.toLowerCase() ?? '';
    // "Informed of the lean, Early described it as…": a fronted participle clause is the setting, never what was said.
    // ("Working at Energy Control is “more gratifying,” …" has a verb of its own before the comma: a gerund subject.)
    // So is "Bemoaning the “phony system,” Trump accused Holt of…": an -ing participle before its object.
    if (/^\p{Lu}\p{Ll}{2,}(?:ed|ing)$/u.test(toks[lead]?.text ?? '') && !/^(?:according|during|including|regarding|concerning|following|pending|considering|excluding|barring)$/i.test(toks[lead]!.text) && (/^(?:of|by|about|on|to|with|for|at|in|after|before|from|that|whether|if|how|why|what)$/i.test(toks[lead + 1]?.text ?? '') || (/ing$/.test(toks[lead]!.text) && /^(?:the|a|an|his|her|their|its|this|these|those|what)$/i.test(toks[lead + 1]?.text ?? '')))) {
      const comma = toks.findIndex((t, x) => x > lead && t.text === ',');
      // ("Seeing his brother suffering led him to avoid alcohol, he said.": a gerund subject before a past tense.)
      const object = !/^(?:of|by|about|on|to|with|for|at|in|after|before|from|that|whether|if|how|why|what)$/i.test(toks[lead + 1]!.text);
      // A quotation after the participle's comma is what was said ("Based on her actions that night, “I don’t see
      // how…,” Tiegen said"); one that the participle's own comma closes is a scare quote inside it.
      if (comma > 0 && comma <= boundary && (!quoteBefore || comma >= boundary - 1) && !toks.slice(lead + 1, comma).some((t, x) => FINITE_AUX.test(t.text.toLowerCase()) || (object && isPastForm(t.text) && !DETERMINERS.has(toks[lead + x]!.text.toLowerCase())))) return false;
    }
    // A quotation right before the comma is what was said ("“…,” he said").
    if (quoteBefore) return true;
    // "This week, X said:" is a time; "This is also supporting the sentiment, Oza said." a clause.
    const time = /^(?:last|this)$/.test(first) && /^(?:week|weekend|month|year|morning|afternoon|evening|spring|summer|fall|autumn|winter|season|time|quarter)$/i.test(toks[lead + 1]?.text ?? '');
    if (PREPOSITIONS.has(first) || time || /^(?:during|after|before|despite|since|following|amid|over|under|on|earlier|later)$/.test(first)) return words >= 8;
    // "Sales were great, he said": a short clause with a verb of its own.
    const verbed = toks.slice(0, boundary).some((t, k) => k > 0 && (FINITE_AUX.test(t.text) || (isPastForm(t.text) && !PREPOSITIONS.has(toks[k - 1]!.text.toLowerCase()))));
    return words >= 4 || (words >= 2 && verbed);
  }
}
