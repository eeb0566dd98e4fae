/**
 * Claims that an article's layout makes rather than its sentences' grammar: headlines that say who says what, a
 * headline's source tag, transcripts and interviews, signed attribution lines, link roundups credited to outlets, and a
 * lede's described source named later. ClaimFinder (index.ts) runs these passes before its sentence pass.
 */
import { lookup, words } from '../refdata/index.ts';
import { SPEAKER_LABEL } from '../text/segment.ts';
import type { Segmented } from '../text/types.ts';
import type { Entity, Span, Speaker } from '../types.ts';
import { ANON_HEADS, isRoleWord, OPENING_CONNECTIVE, VERBS } from './lexicon.ts';
import { SpeakerResolver, type MentionRef } from './speaker.ts';
import { skipSpace, trimEnd, type Draft } from './draft.ts';

/** A transcript's label in title case, a name of up to three words with an optional courtesy title ("Rahman:", "Dr. Ayesha Rahman:"). */
const NAME_LABEL = /^[ \t]*["“]?((?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}):[ \t]/u;

/** An interviewer's question ("Q: …", "Question: …", "Q. …"). */
const QUESTION_LABEL = /^[ \t]*(?:(?:Q|Question)\s*:|Q\.)\s/;

/** An interviewee's answer label ("A: …", "A. …"). */
const ANSWER_LABEL = /^[ \t]*(?:(?:A|Answer)\s*:|A\.(?=\s))\s*/;

/** The editor's note that closes an interview ("This interview has been edited for length and clarity."). */
const EDITOR_NOTE = /\b(?:edited|condensed|abridged)\b[^.]*\b(?:length|clarity|brevity)\b|\b(?:interview|conversation|transcript)\b[^.]*\b(?:edited|condensed|abridged)\b/i;

/** How many paragraphs after a question can still be its answer. */
const MAX_ANSWER_PARAGRAPHS = 6;

/** A headline's verb of speech in title case, after the words that name its speaker ("… Says ", "… Warns That "). */
const HEADLINE_VERB = /^(.{2,80}?\s)(Says|Said|Warns|Warned|Claims|Claimed|Denies|Denied|Admits|Admitted|Insists|Insisted|Vows|Vowed|Argues|Argued|Predicts|Predicted|Suggests|Suggested)\s(That\s)?/u;

/**
 * A headline's source tag after its words: "… killed in Baghdad drone strike –sources", "…: health ministry", "…
 * graft probe - source", "…, says MEA". Group 1: the words; 3: a verb of speech, if any; 4: the source.
 */
const HEADLINE_SOURCE_TAG = /^(.{12,}?)(\s*:\s*|\s+[-–—]\s*|[-–—]\s+|,\s+(says|said|warns|claims|insists)\s+)((?:[\p{L}.'’&-]+\s+){0,3}[\p{L}.'’&-]+)\s*$/u;

/** Head words of a source tag with no name in it ("sources", "health ministry", "police"). */
const SOURCE_TAG_HEADS = new Set('ministry police army military government court officials official sources source witnesses residents medics doctors report reports media spokesman spokeswoman spokesperson'.split(' '));

/** The same verb at a headline's end, after a comma and its speaker ("…, Lindsey Graham Says."). */
const HEADLINE_VERB_AFTER = /^(.{8,}?,\s.{2,60}?\s)(Says|Said|Warns|Warned|Claims|Claimed|Insists|Insisted|Argues|Argued|Predicts|Predicted|Suggests|Suggested)\.?\s*$/u;

/**
 * A headline opening on a quotation with a colon after it ("‘This is a federal inquiry’: Doug Ford dodges…"). Group 1:
 * the opening mark; 2: the quoted words (no full stop of their own before the mark closes).
 */
const HEADLINE_QUOTE_FIRST = /^(\s*[“"‘'])([^“”"\n]{6,160}?)[”"’']\s*:\s+/u;


/** The kinds of actor that speak (places speak only as metonyms, which the sentence pass reads). */
const SPEAKING_TYPES = new Set<Entity['type']>(['person', 'organization', 'group']);

/** A paragraph in the first person (not the "I" of an abbreviation: "Sen. Jack Reed, D-R.I.,"). */
export const FIRST_PERSON = /(?<![.-])\bI\b(?![.-])|\b(?:I'm|I've|I'd|I’m|I’ve|I’d|we|we're|we’re|my|our|me|us)\b/;

/**
 * Words of the reporter's own voice in a first-person paragraph: attributing ("said"), or asking for comment.
 * Not every verb of the lexicon: the quoted writer's own words use them too ("I warned Mojang").
 */
const REPORTER_VOICE = /\b(?:said|says|told|tells|according|wrote|writes|reached out|for comment|contacted)\b/;

/** A line that ends as prose does (a full stop, or a closing quotation mark): a headline kept as prose does not. */
function endsLikeProse(line: string): boolean {
  return /[.!?"”’]\s*$/.test(line);
}

/** The layout passes over one article, pushing their drafts through ClaimFinder. */
export class LayoutReader {
  private readonly text: string;

  constructor(
    private readonly doc: Segmented,
    private readonly entities: Entity[],
    private readonly resolver: SpeakerResolver,
    /** The drafts found so far, in the order found. */
    private readonly drafts: readonly Draft[],
    /** Adds a draft (ClaimFinder resolves its speaker's type). */
    private readonly push: (d: Draft) => void,
  ) {
    this.text = doc.text;
  }


  /**
   * "The UK government's chief scientist says his confidence … remains unshaken. Professor John Beddington told the
   * BBC…", "…, an investigator has told the BBC. Peter Jay of Medico Legal Investigations … Mr Jay said…": a lede that
   * describes its source, then names them in the next sentences. The description (in the lede or the headline) speaks
   * as the person first named in the two sentences after it who goes on to speak within three.
   * (Not the usual unnamed sources: "a source", "an official", "a person familiar with…" stay unnamed.)
   */
  ledeDescriptions(): void {
    const body = this.doc.paragraphs.find((p) => !p.heading && p.prose);
    let lede = body ? this.doc.sentences.find((x) => x.start >= body.start) : undefined;
    // A headline the segmenter kept as prose (no full stop at its end): the lede is the sentence after it.
    if (lede && body && lede.end === body.end && !endsLikeProse(this.text.slice(lede.start, lede.end))) lede = this.doc.sentences[lede.index + 1] ?? lede;
    if (!lede) return;
    const headOf = (sp: Speaker | null): string | undefined => {
      if (!sp || sp.entity || !sp.name) return undefined;
      const m = /^(?:(?:the|a|an)\s+|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*['’]s\s+)?(?:[\p{L}'’-]+\s+){0,3}(\p{Ll}+)$/iu.exec(sp.name);
      return m?.[1]?.toLowerCase();
    };
    const described = (sp: Speaker | null): boolean => {
      const head = headOf(sp);
      return !!head && isRoleWord(head) && !/^(?:source|official|person|insider|aide|spokesman|spokeswoman|spokesperson|member)$/.test(head);
    };
    const ledeDrafts = this.drafts.filter((d) => d.start < lede.end && described(d.speaker));
    if (ledeDrafts.length === 0) return;
    const after = this.doc.sentences.slice(lede.index + 1, lede.index + 4);
    if (after.length === 0) return;
    const introEnd = after[Math.min(1, after.length - 1)]!.end;
    const speakEnd = after[after.length - 1]!.end;
    const speaker = this.drafts.find((d) => {
      if (d.start < lede.end || d.start >= speakEnd || !d.speaker?.entity || !this.resolver.isPerson(d.speaker.entity)) return false;
      const first = this.entities.find((e) => e.id === d.speaker!.entity)?.mentions.find((m) => m.start >= body!.start);
      // (Introduced by a full name: not "“Is the plan dead?” a reporter asked. “Yes,” Smith replied.")
      return !!first && first.start >= lede.end && first.start < introEnd && /\s/.test(this.text.slice(first.start, first.end));
    })?.speaker ?? this.introducedWithRole(body!.start, lede.end, introEnd, ledeDrafts[0]!.speaker?.name, headOf(ledeDrafts[0]!.speaker));
    if (!speaker) return;
    for (const d of ledeDrafts) {
      d.speaker = speaker;
      if (d.kind === 'anonymous') d.kind = 'reported';
    }
  }

  /**
   * "AN angry Labour councillor told members… Councillor Laura Crane’s rant came as…": the one person the sentences
   * after the lede introduce by full name with the role the lede's description ends in, though they do not speak there.
   */
  private introducedWithRole(bodyStart: number, from: number, to: number, description: string | null | undefined, head: string | undefined): Speaker | undefined {
    if (!head) return undefined;
    const nationals = (description ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && lookup(w)?.some((g) => g.kind === 'demonym'));
    const fits = this.entities.filter((e) => {
      if (e.type !== 'person' || !new RegExp(`\\b${head}\\b`, 'i').test(e.role ?? '')) return false;
      // ("Ukrainian president" is not the "French president": a nationality in the description must be the role's.)
      if (nationals.some((n) => !(e.role ?? '').includes(n))) return false;
      const first = e.mentions.find((m) => m.start >= bodyStart);
      return !!first && first.start >= from && first.start < to && /\s/.test(this.text.slice(first.start, first.end));
    });
    return fits.length === 1 ? this.resolver.fromEntity(fits[0]!) : undefined;
  }

  /**
   * How a paragraph could read inside a block quotation: 'first' in the first person, 'neutral' with no
   * pronoun of either kind, 'no' when it has quotation marks, attributes speech or asks for comment.
   */
  blockVoice(pi: number): 'first' | 'neutral' | 'no' {
    const p = this.doc.paragraphs[pi];
    if (!p || p.heading || !p.prose) return 'no';
    const line = this.text.slice(p.start, p.end);
    if (/[“”"]/.test(line) || REPORTER_VOICE.test(line)) return 'no';
    return FIRST_PERSON.test(line) ? 'first' : 'neutral';
  }

  /** The paragraph talks about the speaker (by name or as "he"/"she"): the reporter's prose, not the speaker's words. */
  namesSpeaker(p: { start: number; end: number }, speaker: Speaker): boolean {
    if (/\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b/.test(this.text.slice(p.start, p.end))) return true;
    return this.resolver.mentionsIn(p.start, p.end).some((m) => m.entity.id === speaker.entity);
  }

  /**
   * A transcript: "WALLACE: Let's start with…", "“PENCE: Well, look…": what follows a speaker's label in capitals is
   * that person's words, when the label names a person of the article.
   */
  transcript(): void {
    // "Rahman: The speed." in title case too, in a transcript's run of such labels: one alone may head a profile
    // ("Dana Whitlow: The Outsider Who Would Not Stop Talking").
    const titled = this.doc.paragraphs.filter((p) => NAME_LABEL.test(this.text.slice(p.start, p.end))).length > 1;
    for (const p of this.doc.paragraphs) {
      const line = this.text.slice(p.start, p.end);
      const m = SPEAKER_LABEL.exec(line) ?? (titled ? NAME_LABEL.exec(line) : null);
      if (!m) continue;
      const at = p.start + m[0].indexOf(m[1]!);
      const who = this.resolver.mentionsIn(at, at + m[1]!.length)[0];
      if (!who || who.entity.type !== 'person') continue;
      this.answer(p, m[0].length, this.resolver.fromEntity(who.entity), { start: at, end: at + m[1]!.length });
    }
    this.interview();
  }

  /**
   * A headline in title case that says who says what ("Lindsey Graham Says Trump Could Address Clean Energy"): the
   * words after the verb are the claim of the person or body named right before it (the sentence pass reads no
   * heading). A role may come before the name ("Former Chairman Don Fowler Warns…"), nothing else.
   */
  headlines(): void {
    for (const p of this.doc.paragraphs) {
      if (p.heading || p.index === 0) this.headlineQuote(p);
      // ("Israel army kills five in raid: health ministry": a headline in sentence case, the first line with no full
      // stop, may carry a source tag.)
      if (!p.heading && p.index === 0 && !endsLikeProse(this.text.slice(p.start, p.end))) this.headlineSourceTag(p);
      if (!p.heading) continue;
      const line = this.text.slice(p.start, p.end);
      // "Trump Could Address Clean Energy, Lindsey Graham Says.": the speaker after the words.
      const after = HEADLINE_VERB_AFTER.exec(line);
      const m = after ?? HEADLINE_VERB.exec(line);
      if (!m) {
        this.headlineSourceTag(p);
        continue;
      }
      const verbAt = p.start + m[1]!.length;
      const cue = { start: verbAt, end: verbAt + m[2]!.length };
      const verb = VERBS.get(m[2]!.toLowerCase());
      if (after) {
        const end = p.start + m[1]!.lastIndexOf(',');
        const who = this.headlineSpeaker(end + 1, p.start + m[1]!.trimEnd().length);
        if (verb && who && !this.drafts.some((d) => d.start < end && p.start < d.end)) {
          this.push({ start: p.start, end: cue.end, contentStart: p.start, contentEnd: end, clauseStart: p.start, kind: verb.kind, speaker: this.resolver.fromEntity(who.entity), cues: [cue] });
        }
        continue;
      }
      const who = this.headlineSpeaker(p.start, p.start + m[1]!.trimEnd().length);
      const start = skipSpace(this.text, cue.end + (m[3]?.length ?? 0));
      const end = trimEnd(this.text, p.end);
      if (!verb || !who || end - start < 8 || this.drafts.some((d) => d.start < end && start < d.end)) continue;
      this.push({ start: who.start, end, contentStart: start, contentEnd: end, clauseStart: who.start, kind: verb.kind, speaker: this.resolver.fromEntity(who.entity), cues: [cue] });
    }
  }

  /**
   * A link roundup's item credited to the outlet that reported it, in brackets at the paragraph's end ("WeWork is in
   * talks to raise $1 billion from SoftBank (WSJ)", "… 3,200 jobs. [Bloomberg]"): the outlet's report. Not a
   * bracketed acronym of a name just given ("developed by the World Health Organization (WHO)"), nor a caption's
   * photo credit.
   */
  creditedItems(): void {
    for (const p of this.doc.paragraphs) {
      const line = this.text.slice(p.start, p.end);
      const m = /\s[(\[]([^()[\]\n]{2,40})[)\]]\.?\s*$/u.exec(line);
      if (!m || p.heading || line.slice(0, m.index).trim().split(/\s+/).length < 5) continue;
      // ("…most of them foreign tourists. (Reuters)": after a full stop, round brackets credit a photo.)
      if (m[0].trimStart().startsWith('(') && /[.!?]["”’]?$/.test(line.slice(0, m.index))) continue;
      const tagStart = p.start + m.index + m[0].indexOf(m[1]!);
      const tag = this.resolver.mentionsIn(tagStart, tagStart + m[1]!.length).find((x) => x.start === tagStart && x.end === tagStart + m[1]!.length);
      if (!tag || tag.entity.type !== 'organization') continue;
      if (tag.entity.mentions.some((x) => x.start >= p.start && x.end <= tagStart - 1)) continue;
      const end = p.start + m.index;
      // Only what no claim holds yet: the item's last sentence, or the whole item when it is one.
      const from = Math.max(p.start, ...this.drafts.filter((d) => d.start < end && p.start < d.end).map((d) => d.end));
      const start = skipSpace(this.text, from === p.start ? p.start : (this.doc.sentences.find((x) => x.start >= from && x.start < end)?.start ?? end));
      if (end - start < 20) continue;
      this.push({ start, end: p.start + m.index + m[0].trimEnd().length, contentStart: start, contentEnd: end, clauseStart: start, kind: 'reported', speaker: this.resolver.fromEntity(tag.entity), cues: [{ start: tagStart - 1, end: tagStart + m[1]!.length + 1 }] });
    }
  }

  /**
   * "Four militia fighters killed in drone strike –sources", "Israel army kills five in raid: health ministry",
   * "Pakistan violated ceasefire 27 times, says MEA": a headline whose source is tagged after its words. The tag is a
   * person, body or group the article names, or an unnamed source ("sources", "health ministry"), never an outlet's
   * name closing a page title ("… - Reuters").
   */
  private headlineSourceTag(p: Span): void {
    const line = this.text.slice(p.start, p.end);
    // (A headline is short; the pattern's lazy opening would cost the square of a long paragraph's length.)
    if (line.length > 300) return;
    const m = HEADLINE_SOURCE_TAG.exec(line);
    // A headline's words make a clause ("Contributing: Kristine Phillips" is a credit).
    if (!m || m[1]!.trim().split(/\s+/).length < 4) return;
    const tagStart = p.start + m[1]!.length + m[2]!.length;
    const tagEnd = tagStart + m[4]!.length;
    const end = p.start + m[1]!.length;
    if (this.drafts.some((d) => d.start < p.end && p.start < d.end)) return;
    const named = this.resolver.mentionsIn(tagStart, tagEnd);
    const whole = named.length === 1 && named[0]!.start === tagStart && named[0]!.end === tagEnd ? named[0] : undefined;
    const head = m[4]!.split(/\s+/).pop()!.toLowerCase();
    let speaker: Speaker;
    if (whole && SPEAKING_TYPES.has(whole.entity.type) && (m[3] || whole.entity.type === 'person')) speaker = this.resolver.fromEntity(whole.entity);
    else if (!named.length && SOURCE_TAG_HEADS.has(head)) speaker = { entity: null, name: m[4]!, anonymous: ANON_HEADS.has(head) };
    else return;
    const verb = m[3] ? VERBS.get(m[3].toLowerCase()) : undefined;
    this.push({ start: p.start, end: tagEnd, contentStart: p.start, contentEnd: end, clauseStart: p.start, kind: verb?.kind ?? 'reported', speaker, cues: [{ start: p.start + m[1]!.length, end: tagEnd }] });
  }

  /**
   * A headline that opens on a quotation, then a colon and its speaker: "‘This is a federal inquiry’: Doug Ford dodges
   * questions". The speaker is a name opening the words after the colon (titles may come before it). (The other order,
   * "Johnson: ‘We will fight on…’", is a named source before a colon quotation, read by ClaimFinder's
   * frontedSourceQuote.)
   */
  private headlineQuote(p: Span): void {
    const line = this.text.slice(p.start, p.end);
    if (line.length > 240) return;
    const first = HEADLINE_QUOTE_FIRST.exec(line);
    if (!first) return;
    const quote = { start: p.start + first[1]!.length, end: p.start + first[1]!.length + first[2]!.length };
    const from = p.start + first[0].length;
    let who: MentionRef | undefined = this.resolver.mentionsIn(from, p.end)[0];
    if (who && !/^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(this.text.slice(from, who.start))) who = undefined;
    if (!who || !SPEAKING_TYPES.has(who.entity.type) || this.drafts.some((d) => d.start < quote.end && quote.start < d.end)) return;
    // Words, not a title: "‘Frozen 2’: Disney releases trailer" names a film; a title-case quotation counts only in a
    // headline that is in title case throughout ("'Tesla On My Mind 24/7': Elon Musk Addresses…").
    const wordsIn = (a: number, b: number): string[] => this.text.slice(a, b).split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const titleCase = (ws: string[]): boolean => ws.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length >= 0.6 * ws.length;
    const quoted = wordsIn(quote.start, quote.end);
    const rest = wordsIn(p.start, p.end).slice(quoted.length);
    if (quoted.length < 2 || (titleCase(quoted) && !titleCase(rest))) return;
    this.push({ start: quote.start, end: quote.end, contentStart: quote.start, contentEnd: quote.end, clauseStart: quote.start, kind: 'quote', speaker: this.resolver.fromEntity(who.entity), cues: [] });
  }

  /**
   * The person, body or group a headline names right before its verb (ending at `to`), with nothing but titles between
   * `from` and the name: "Obama Says…", "Sen. Lindsey Graham Says…", not "Poll Of Voters Who Like Obama Says…".
   */
  private headlineSpeaker(from: number, to: number): MentionRef | undefined {
    const who = this.resolver.mentionsIn(from, to).pop();
    if (!who || who.end !== to || !SPEAKING_TYPES.has(who.entity.type)) return undefined;
    return /^[,\s]*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(this.text.slice(from, who.start)) ? who : undefined;
  }

  /**
   * A question-and-answer interview ("Q: What surprised you?" then the answer, labelled "A:" or not): every answer
   * is the words of the one person interviewed, the person the article names most. Needs two questions at least,
   * so a lone "Q:" line is not read as an interview; the editor's closing note ("edited for length") is no answer.
   */
  private interview(): void {
    const paras = this.doc.paragraphs;
    const asks = paras.map((p) => QUESTION_LABEL.test(this.text.slice(p.start, p.end)));
    if (asks.filter(Boolean).length < 2) return;
    const people = this.entities.filter((e) => e.type === 'person').sort((a, b) => b.mentions.length - a.mentions.length);
    if (!people[0] || people[1]?.mentions.length === people[0].mentions.length) return;
    const speaker = this.resolver.fromEntity(people[0]);
    for (let qi = asks.indexOf(true); qi >= 0 && qi < paras.length; ) {
      let k = qi + 1;
      for (; k < paras.length && !asks[k] && k - qi <= MAX_ANSWER_PARAGRAPHS; k++) {
        const p = paras[k]!;
        const line = this.text.slice(p.start, p.end);
        if (p.heading || EDITOR_NOTE.test(line)) break;
        if (SPEAKER_LABEL.test(line) || NAME_LABEL.test(line)) continue;
        const label = ANSWER_LABEL.exec(line);
        this.answer(p, label ? label[0].length : 0, speaker, label ? { start: p.start, end: p.start + label[0].trimEnd().length } : null);
      }
      qi = asks.indexOf(true, k);
    }
  }

  /** A paragraph of a transcript or an interview, past its label, as its speaker's words. */
  private answer(p: { start: number; end: number }, labelLength: number, speaker: Speaker, cue: Span | null): void {
    const start = skipSpace(this.text, p.start + labelLength);
    const end = trimEnd(this.text, p.end);
    if (end <= start || this.drafts.some((d) => d.start < end && start < d.end)) return;
    this.push({ start, end, contentStart: start, contentEnd: end, clauseStart: start, kind: 'quote', speaker, cues: cue ? [cue] : [], fromQuote: true });
  }

  /**
   * A line that only names a person under a pull quote or an embedded post ("News industry analyst Ken
   * Doctor", "— Rep. Ilhan Omar (@Ilhan) November 19, 2019"): the short paragraphs right above it are
   * that person's words, unless they already carry a claim.
   */
  attributionLines(): void {
    const paras = this.doc.paragraphs;
    const found = new Map<number, { speaker: Speaker; signature: boolean }>();
    for (let pi = 1; pi < paras.length; pi++) {
      const line = this.attributionLine(paras[pi]!);
      if (line) found.set(pi, line);
    }
    // "“We will rebuild…” — Gov. Phil Murphy (@GovMurphy) September 2, 2021": a post and its signature in one paragraph.
    for (const p of paras) {
      const raw = this.text.slice(p.start, p.end);
      const m = /^(\s*[“"][^“”"]{3,}[”"])\s*([—–]\s*([^()]{2,60}?)\s*\(@\w+\).*)$/u.exec(raw);
      if (!m || this.drafts.some((d) => d.start < p.end && p.start < d.end)) continue;
      const sigStart = p.start + raw.indexOf(m[2]!);
      const named = this.resolver.mentionsIn(sigStart, p.end).filter((x) => x.entity.type === 'person' || x.entity.type === 'organization').pop();
      const speaker = named ? this.resolver.fromEntity(named.entity) : { entity: null, name: m[3]!.trim(), anonymous: false };
      const end = p.start + m[1]!.length;
      this.push({ start: p.start, end, contentStart: p.start, contentEnd: end, clauseStart: p.start, kind: 'quote', speaker, cues: [{ start: sigStart, end: p.end }], fromQuote: true });
    }
    for (const [pi, { speaker, signature }] of found) {
      const p = paras[pi]!;
      for (let k = pi - 1, n = 0; k >= 0 && n < (signature ? 2 : 1); k--, n++) {
        const q = paras[k]!;
        if (q.heading || found.has(k) || this.drafts.some((d) => d.start < q.end && q.start < d.end)) break;
        // Article prose resumes: "But there may be doubt."
        if (n > 0 && OPENING_CONNECTIVE.exec(this.text.slice(q.start, q.end))![0].trim().length > 1) break;
        // A post that ends with its picture's link is whole in the paragraph after.
        if (n > 0 && /pic\.twitter\.com\/\w+\s*$/.test(this.text.slice(paras[k + 1]!.start, paras[k + 1]!.end))) break;
        // The article's line that introduces the post ("Twitter users were quick to react.", "She wrote:") is no part of it.
        if (n > 0 && /\b(?:twitter|tweet(?:ed|s)?|posted|wrote|users|react(?:ed|ions?)?|social media|instagram|facebook)\b|:\s*$/i.test(this.text.slice(q.start, q.end))) break;
        const words = this.text.slice(q.start, q.end).split(/\s+/).length;
        if (words > 80) break;
        this.push({ start: q.start, end: q.end, contentStart: q.start, contentEnd: q.end, clauseStart: q.start, kind: 'quote', speaker, cues: [{ start: p.start, end: p.end }], fromQuote: true });
      }
    }
  }

  /** The person a caption or signature line names, when the line is nothing else; `signature` for a post's "— Name (@handle)". */
  private attributionLine(p: { start: number; end: number }): { speaker: Speaker; signature: boolean } | undefined {
    const raw = this.text.slice(p.start, p.end);
    const line = raw.replace(/^[—–-]\s*/, '').replace(/\s*\(@\w+\)\s*.*$/, '').trim();
    if (!line || line.split(/\s+/).length > 8 || /[.!?:;,"“”]$/.test(line) || /[“”"]/.test(line)) return undefined;
    // A post's signature with its handle may name an organisation ("— Tottenham Hotspur (@SpursOfficial)"), or a
    // person the article names nowhere else ("— Dele (@dele_official)").
    const handle = /\(@\w+\)/.test(raw) && /^\s*[—–-]/.test(raw);
    const people = this.resolver.mentionsIn(p.start, p.end).filter((m) => m.entity.type === 'person' || (handle && m.entity.type === 'organization'));
    const last = people[people.length - 1];
    if (!last && handle && /^(?:\p{Lu}[\p{L}.’'-]*\s*){1,4}$/u.test(line)) return { speaker: { entity: null, name: line, anonymous: false }, signature: true };
    // The line must end with the person's name: "Analyst Ken Doctor", not "Ken Doctor's new book".
    if (!last || this.text.slice(last.end, p.start + raw.replace(/\s*\(@\w+\).*$/, '').length).trim() !== '') return undefined;
    // Only role words may come before the name.
    const before = this.text.slice(p.start, last.start).replace(/^[—–-]\s*/, '');
    if (!/^(?:[\p{L}.’'-]+\s+){0,5}$/u.test(before) || /\b(?:said|says|told|by|photo|image|credit|getty)\b/i.test(before)) return undefined;
    // A bare name could be an author line under the article: a caption names the person's role
    // ("Industry analyst Ken Doctor"), a post's signature has its dash or handle.
    const signature = /^\s*[—–-]|\(@\w+\)/.test(raw);
    if (!signature && !before.trim()) return undefined;
    return { speaker: this.resolver.fromEntity(last.entity), signature };
  }

  isListItem(start: number, end: number): boolean {
    const line = this.text.slice(start, end);
    // "Read the full transcript of his interview", "Watch: …": a link's words after the list, not an item.
    if (/^(?:read|watch|listen|see|click|subscribe|sign up|follow|share|download)\b/i.test(line)) return false;
    return !/[.!?:]["”’)]*$/.test(line) && line.split(/\s+/).length <= 40;
  }
}
