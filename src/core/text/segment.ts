/**
 * The text stage: paragraphs, headings, non-prose lines, sentences and tokens, all as
 * offsets into the unchanged input. Pure and linear in the text length.
 */
import type { Paragraph, Segmented, Sentence, Token } from './types.ts';

/** Lowercase words allowed inside a Title-Case heading. */
export const HEADING_MINOR = new Set(
  'a an and as at but by for from in into of on onto or nor over per the to up upon via vs with without about after against among amid before between during than through toward towards under within'.split(
    ' ',
  ),
);

/** Words that, followed by a full stop, do not end a sentence. Lowercase, without the dot. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cpt maj cmdr adm brig st jr sr rev fr hon pres supt insp det mt ft ave blvd no nos vol vols pp fig figs approx est dept univ assn corp inc ltd co bros vs v etc al cf ca jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun' +
    ' messrs mme mlle sra sr gens reps sens govs atty supt cllr'
  ).split(' '),
);

/** Abbreviations after which a full stop never ends a sentence (they always precede a name or number). */
const TITLE_ABBREVIATIONS = new Set(
  'mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cpt maj cmdr adm brig rev fr hon pres supt insp det mt ft no nos vol vols pp fig figs messrs mme mlle sra gens reps sens govs atty cllr'.split(
    ' ',
  ),
);

/** Abbreviations that stand before a number only. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'vols', 'pp', 'fig', 'figs']);

/** Words that usually open a sentence; after "U.S." or "etc." they signal a sentence break. */
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i you this that these those there here his her its their our but and or so yet in on at for if when while after before as however meanwhile still then now some many most no one two three what why how who where later earlier since although though despite during with without by from also both all each every such another instead today yesterday tomorrow overall nevertheless moreover indeed even only nor several according last'.split(
    ' ',
  ),
);

const OPEN_QUOTES = '"\'“‘«‹„(['; // characters that may open the next sentence
const CLOSE_QUOTES = '"\'”’»›)]';

/**
 * Lines that talk to the reader rather than report: chatbot offers and sign-offs left at the
 * end (or start) of generated text. A line qualifies when it opens with such a formula, or
 * when it is a question that offers the reader something ("…would you like me to…?").
 */
const ASSISTANT_OPENERS =
  /^(?:would you like|do you want|did you want|shall i|should i|can i help|could i help|want me to|let me know|i hope (?:this|that|it) helps|hope (?:this|that) helps|feel free to|if you(?:'d| would|’d)? (?:like|want|need)|is there anything else|anything else i can|please let me know|sure[,!.]|certainly[,!.]|of course[,!.]|absolutely[,!.]|here(?:'s| is| are|’s) (?:a|an|the|your|some)\b|as an ai\b|i can also\b|i(?:'d|’d| would) be happy to|happy to help|i(?:'m|’m| am) happy to)/i;
const ASSISTANT_QUESTION =
  /\b(?:would you like|do you want|want me to|shall i|should i|can i|may i|could i|let me|i can)\b[^?]*\?\s*$/i;

/** Names spelt with an exclamation mark, which is part of the word and ends no sentence: "E! News", "Yahoo! Finance". */
const BANG_NAME_WORDS = String.raw`(?:E|Yahoo)`;

const WORD_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${BANG_NAME_WORDS}!(?=\s+\p{Lu})|` +
    /(?:\p{L}\.){2,}(?:-(?:\p{L}\.)+)*(?!\p{L})|\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:[-'’‘·][\p{L}\p{M}\p{N}]+)*|''|``|‘‘|’’|['’]”|’ ”|'"|\S/u.source,
  'gu',
);
/**
 * The same, for a sentence that may hold a link ("https://t.co/8FtYoYE0G3", "pic.twitter.com/BysaFNGak2",
 * "www.example.org") or a handle ("@TwitchyTeam"): each is one token, so that no piece of it reads as a word or a name,
 * and a link's trailing punctuation stays outside it. A separate pattern, as trying a link at every word would cost
 * every sentence.
 */
const LINK_WORD_RE = new RegExp(
  String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]]|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|co|io|ly|uk|us|me|tv|news|info)\/[^\s<>"“”]*[^\s<>"“”.,;:!?)\]]|(?<![\p{L}\p{N}])@[\p{L}\p{N}_]+|` + WORD_RE.source,
  'gu',
);
const MAY_HOLD_LINK = /[/@]|www\./;

/**
 * Pairs of marks that read as one double mark, each one token whose span keeps both characters: a double mark typed
 * as two single ones (''…'', ``…'', ‘‘…’’: archive and wire copy), so that every rule written for “…” and "…" reads it
 * too; and a nested quotation that closes with its outer one ("…this store,’ ” Reps. Cummings wrote"), so that the
 * rules for a comma before a closing mark read it.
 */
const MARK_PAIRS: Record<string, string> = { "''": '"', '``': '“', '‘‘': '“', '’’': '”', '’”': '”', "'”": '”', '’ ”': '”', '\'"': '"' };

/** Splits text into paragraphs, sentences and tokens. Never throws. */
export function segment(text: string): Segmented {
  const paragraphs = findParagraphs(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const p of paragraphs) {
    for (const span of splitSentences(text, p.start, p.end)) {
      const sentence: Sentence = { start: span.start, end: span.end, index: sentences.length, paragraph: p.index };
      sentences.push(sentence);
      tokenize(text, sentence, tokens);
    }
  }
  return { text, paragraphs, sentences, tokens };
}

function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lineRe = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text))) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    // "- By Glenn Thrush", "• Under the deal, …": a list marker is no word of the line, so that its first word
    // opens a sentence as it would without the marker.
    const marker = /^[-•·*▪►■◆●○]+[ \t\u00a0]+(?=[\p{L}\p{N}"'“‘])/u.exec(text.slice(start, Math.min(end, start + 8)));
    if (marker) start += marker[0].length;
    if (end <= start) continue;
    const line = text.slice(start, end);
    // A heading but for its full stop: the first line, where a title stands, of three words or more ("Poll: Wealthy
    // Voters Abandon Republican Party for Hillary Clinton.", "…CEO: ‘You Should Be Criminally Investigated.’"), or a
    // short line in capitals ("GARLAND STEPS ASIDE."). Elsewhere a full stop ends prose.
    const stopped = /[\p{L}\p{N}]\.["'”’]?$/u.test(line) && isHeading(line.replace(/\.(["'”’]?)$/, '$1'));
    const titleOrCapitals = (out.length === 0 && /\s\S+\s\S+\s/.test(line)) || (/\s/.test(line) && !/\p{Ll}/u.test(line) && line.length <= 80);
    out.push({ start, end, index: out.length, heading: (stopped && titleOrCapitals) || isHeading(line) || headlineList(line), prose: true });
  }
  markNonProse(text, out);
  return out;
}

/**
 * A line of related headlines joined by dashes ("— Here’s What We Know So Far About Flight MS804— Hillary Clinton Says
 * Crash Seems Like An ‘Act Of Terrorism.’"): each part a heading, perhaps with its full stop.
 */
function headlineList(line: string): boolean {
  const parts = line.split(/\s*[—–]\s*/).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => isHeading(p.replace(/[.!?]+(["'”’]?)$/u, '$1')));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x200b || c === 0x3000 || c === 0xfeff || c === 12 || c === 11;
}

/** A Title-Case line without final punctuation: "Divergence from the Core Agenda", "Conclusion". */
export function isHeading(line: string): boolean {
  if (line.length > 120) return false;
  // A closing quotation mark right after a word may end one ("… to Professional 'Death Sentence'"),
  // unless the whole line is the quotation (“Get Out Now”, a line of speech).
  // A question may be one too ("WILL SOMEONE STAND UP FOR THE ESTABLISHMENT?", "What Happens Next?").
  const question = /[\p{L}\p{N}]\?$/u.test(line) && !/^["'“‘]/.test(line) && /\s/.test(line);
  if (/[.!?:;,…"'”’)\]]$/.test(line) && !question && !(/[\p{L}\p{N}]["'”’]$/u.test(line) && !/^["'“‘]/.test(line))) return false;
  const words = line.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu);
  // Headlines run long ("As Debt Rises, the Government Will Soon Spend More on Interest Than on
  // the Military"); every content word capitalised is what tells them from prose, not length.
  if (!words || words.length === 0 || words.length > 22) return false;
  let capital = 0;
  let lettered = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/\p{L}/u.test(w)) continue;
    lettered++;
    if (/^\p{Lu}/u.test(w)) capital++;
    else if (i === 0 || !HEADING_MINOR.has(w.toLowerCase())) return false;
  }
  if (lettered === 0) return false;
  // A single capitalised word or more: every content word capitalised.
  return capital >= 1 && /^[\p{Lu}\p{N}"“‘']/u.test(line);
}

function isAssistantLine(line: string): boolean {
  const l = line.trim();
  if (ASSISTANT_OPENERS.test(l)) return true;
  if (ASSISTANT_QUESTION.test(l) && /\b(?:you|your)\b/i.test(l)) return true;
  if (/\b(?:I hope (?:this|that) helps|let me know if|feel free to ask)\b/i.test(l)) return true;
  return false;
}

/** A line that is only a date ("Tuesday, September 22, 2015"): a dateline, not prose. */
const DATE_LINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}.*)?$/i;

/**
 * Marks lines that are not article prose: assistant chatter in a run at the end or the start of
 * the text, and date-only lines.
 */
function markNonProse(text: string, paragraphs: Paragraph[]): void {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (!isAssistantLine(text.slice(p.start, p.end))) break;
    p.prose = false;
    p.heading = false;
  }
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (!p.prose || !isAssistantLine(text.slice(p.start, p.end))) break;
    p.prose = false;
    p.heading = false;
  }
  for (const p of paragraphs) {
    if (p.end - p.start < 60 && DATE_LINE.test(text.slice(p.start, p.end))) {
      p.prose = false;
      p.heading = false;
    }
  }
}

/** A dateline's date after its town (", March 3, 2025", ", Nov. 12"), as a pattern's source. */
export const DATELINE_DATE = String.raw`,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?`;
/** A dateline's wire or agency before its dash (" /PRNewswire/", " (Reuters)"), as a pattern's source. */
export const DATELINE_AGENCY = String.raw`(?:\/[^/\n]{2,30}\/|\([^)\n]{1,40}\))`;
/** A transcript's speaker label opening a paragraph: "WALLACE: Let's start…", "“PENCE: Well, look…". */
export const SPEAKER_LABEL = /^[ \t]*["“]?(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2}):[ \t]/u;

/** Reporting verbs that attribute a quotation next to them, before or after it. */
const SPEECH_VERBS = 'said|says|asked|asks|added|adds|wrote|writes|replied|tweeted';
/** Verbs that attribute a quoted question or exclamation after it ("“Why not?” Vitter demanded."). */
const AFTER_QUOTE_VERBS = 'told|exclaimed|wondered|demanded|insisted|shouted|yelled|cried|pleaded|countered|retorted|continued|explained|noted|argued|recalled|warned|joked|quipped|responded|declared|stated|remarked|mused|conceded|posted';
/** A short name or role then a reporting verb, or the verb then the name: the attribution of the quote before it. */
const ATTRIBUTION_AFTER = new RegExp(
  `^(?:(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|the|a|an|[\\p{Ll}-]+)\\s+){0,4}?(?:${SPEECH_VERBS}|${AFTER_QUOTE_VERBS})\\b|^(?:${SPEECH_VERBS}|${AFTER_QUOTE_VERBS})\\s+\\p{Lu}`,
  'u',
);

/** A reporting verb and a comma or colon right before the quotation that ends at `close`: 'Lee asked, “Why?”'. */
const ATTRIBUTION_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS}|told\\s+\\p{L}+)\\s*[,:]\\s*$`, 'u');

function attributedBefore(text: string, sentStart: number, close: number): boolean {
  // Looked for in the sentence only: a search from `close` back through the whole text would make
  // a long text of quoted questions quadratic.
  const sentence = text.slice(sentStart, close);
  const open = sentStart + Math.max(sentence.lastIndexOf('“'), sentence.lastIndexOf('"'));
  return open > sentStart && ATTRIBUTION_BEFORE.test(text.slice(Math.max(sentStart, open - 60), open));
}

/** Splits [start, end) into sentence spans, trimmed of surrounding whitespace. */
/** A name spelt with an exclamation mark ending right before it (see BANG_NAME_WORDS). */
const BANG_NAMES = new RegExp(`(?:^|[^\\p{L}])${BANG_NAME_WORDS}$`, 'u');

export function splitSentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let sentStart = start;
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…' && ch !== '؟' && ch !== '।') {
      i++;
      continue;
    }
    // Run of terminators ("?!", "...") then closing quotes/brackets.
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < end && CLOSE_QUOTES.includes(text[j]!)) j++;
    // Must be followed by whitespace, or glued to a curly opening quote and a capital ("the UN said.“We
    // have found…”", a space lost in the page's markup).
    let k = j;
    while (k < end && isSpaceOrNl(text.charCodeAt(k))) k++;
    const glued = k === j && text[j] === '“' && j + 1 < end && /\p{Lu}/u.test(text[j + 1]!);
    if ((k === j && !glued) || k >= end) {
      i = j;
      continue;
    }
    const next = text[k]!;
    // A quotation mark typed as two ("''Union men…", "``It…", as PolNeAR's NYT texts write them) opens one too.
    const mark = text.startsWith("''", k) || text.startsWith('``', k) || text.startsWith('‘‘', k) ? 2 : 1;
    const startsUpper = /[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(next) || ((OPEN_QUOTES.includes(next) || next === '`') && k + mark < end && /[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(text[k + mark]!));
    if (!startsUpper) {
      i = j;
      continue;
    }
    // "E! News reported", "Yahoo! Finance": a name's own exclamation mark.
    if (ch === '!' && j - i === 1 && BANG_NAMES.test(text.slice(Math.max(sentStart, i - 8), i))) {
      i = j;
      continue;
    }
    if (ch === '.' && j - i === 1 && !isBoundaryAfterPeriod(text, sentStart, i, k, end)) {
      i = j;
      continue;
    }
    // "“…, right?” Sanborn said." / "“Why?” asked Lee.": a quoted question or exclamation with its
    // attribution after it is one sentence, as "“…,” Sanborn said." is.
    if ((ch === '?' || ch === '!') && j > i + 1 && CLOSE_QUOTES.includes(text[j - 1]!) && ATTRIBUTION_AFTER.test(text.slice(k, Math.min(end, k + 80))) && !attributedBefore(text, sentStart, i)) {
      i = j;
      continue;
    }
    out.push({ start: sentStart, end: j });
    sentStart = k;
    i = k;
  }
  if (sentStart < end) out.push({ start: sentStart, end });
  return out.filter((s) => s.end > s.start);
}

function isSpaceOrNl(c: number): boolean {
  return isSpace(c) || c === 10 || c === 13;
}

/** Decides whether the full stop at `dot` ends a sentence whose next word begins at `next`. */
function isBoundaryAfterPeriod(text: string, sentStart: number, dot: number, next: number, end: number): boolean {
  // The word before the dot.
  let w = dot;
  while (w > sentStart && /[\p{L}\p{M}.\-]/u.test(text[w - 1]!)) w--;
  const before = text.slice(w, dot);
  if (before.length === 0) return true;
  const lower = before.toLowerCase();
  const nextWord = (/^[\p{L}\p{M}'’]+/u.exec(text.slice(next, Math.min(end, next + 30))) ?? [''])[0].toLowerCase();
  // "No. 10", "vol. 3": these precede a number; "He said no. The…" ends a sentence.
  if (NUMBER_ABBREVIATIONS.has(lower)) return !/\d/.test(text[next] ?? '');
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  // Single initial ("John F. Kennedy") — but not a lone pronoun "I", nor the unit of a number ("in native 4K.").
  if (/^\p{Lu}$/u.test(before) && !/\d/.test(text[w - 1] ?? '')) return false;
  // Dotted acronym ("U.S.", "N.Y.C."): break only when a typical sentence opener follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return SENTENCE_OPENERS.has(nextWord);
  if (ABBREVIATIONS.has(lower)) return SENTENCE_OPENERS.has(nextWord);
  return true;
}

function tokenize(text: string, sentence: Sentence, tokens: Token[]): void {
  const slice = text.slice(sentence.start, sentence.end);
  const re = MAY_HOLD_LINK.test(slice) ? LINK_WORD_RE : WORD_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const word = m[0];
    const start = sentence.start + m.index;
    // Split a possessive or contraction "’s" off its word: "Pakistan’s" → "Pakistan" + "’s".
    // ("Tesla‘s stock": an opening quotation mark typed for the apostrophe reads as one.)
    const poss = /^(.+?)(['’‘]s)$/iu.exec(word);
    if (poss && poss[1]!.length > 0 && /[\p{L}\p{N}]$/u.test(poss[1]!)) {
      tokens.push({ start, end: start + poss[1]!.length, text: poss[1]!, sentence: sentence.index });
      tokens.push({ start: start + poss[1]!.length, end: start + word.length, text: poss[2]!.replace('‘', '’'), sentence: sentence.index });
    } else {
      tokens.push({ start, end: start + word.length, text: MARK_PAIRS[word] ?? word, sentence: sentence.index });
    }
  }
}
