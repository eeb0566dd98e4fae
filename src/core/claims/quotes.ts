/**
 * Quotation spans in a paragraph: curly “…” pairs and straight "…" pairs, mixed pairs ("…” / “…,") and ”…” pairs; in a
 * paragraph without double marks, British single ‘…’ pairs. A quote left open at the end of a paragraph closes
 * there (news style reopens it in the next paragraph).
 */
import type { Span } from '../types.ts';

export interface Quote extends Span {
  /** Offsets of the text inside the marks. */
  inner: Span;
  /** The quote was still open at the end of its paragraph. */
  open: boolean;
}

const OPENERS_BEFORE = /[\s(\[{—–\-:;,/]/;

/** A mark at i stands where a quotation opens: the paragraph's start, or after a space or an opening punctuation mark. */
function openingAt(text: string, start: number, i: number): boolean {
  return i === start || OPENERS_BEFORE.test(text[i - 1]!);
}

/**
 * Finds the quotations in text[start, end). Linear. `carried`: the paragraph before left a quotation open, so a
 * paragraph whose first mark closes a quotation goes on with it from its start ("…in the world.¶…[In] a world where…,
 * I don’t think we could be stronger.”", where the writer did not reopen it).
 */
export function findQuotes(text: string, start: number, end: number, carried = false): Quote[] {
  // British style quotes speech in single marks (‘We will win,’ he said); a paragraph with no double
  // mark at all is read that way.
  const paragraph = text.slice(start, end);
  // ''…'', ``…'', ‘‘…’’ (a double mark typed as two single ones, as in some wire and archive copy) count as double.
  const doubledStraight = /(?:^|[\s(\[—–:;,])(?:''|``|‘‘)[\p{L}\p{N}]/u.test(paragraph);
  if (!/[“”„"]/.test(paragraph) && !doubledStraight && /[‘']/.test(paragraph)) return singleQuotes(text, start, end);
  const out: Quote[] = [];
  let openAt = -1;
  let openChar = '';
  let nested = false;
  let from = start;
  const first = carried ? /[“”„"]/.exec(paragraph) : null;
  if (first && first.index > 0) {
    const at = start + first.index;
    const closes = first[0] === '”' || first[0] === '"';
    if (closes && !/\s/.test(text[at - 1]!) && !/[\p{L}\p{N}]/u.test(text[at + 1] ?? '')) {
      out.push({ start, end: at + 1, inner: { start, end: at }, open: false });
      from = at + 1;
    }
  }
  for (let i = from; i < end; i++) {
    const c = text[i]!;
    // Wire copy sometimes doubles single marks for double ones: ‘‘…’’, ``…'' or ''…''.
    const doubled = (c === '‘' || c === '`' || c === '’' || c === "'") && text[i + 1] === c;
    const straightOpen = c === "'" && doubled && openingAt(text, start, i) && /[\p{L}\p{N}]/u.test(text[i + 2] ?? '');
    if (doubled && (c === '‘' || c === '`' || straightOpen) && openAt < 0) {
      openAt = i;
      openChar = '“';
      nested = false;
      i++;
      continue;
    }
    if (doubled && (c === '’' || c === "'") && openAt >= 0 && i > start && !/\s/.test(text[i - 1]!)) {
      out.push({ start: openAt, end: i + 2, inner: { start: openAt + 1 + (text[openAt] === text[openAt + 1] && text[openAt] !== '“' ? 1 : 0), end: i }, open: false });
      openAt = -1;
      i++;
      continue;
    }
    if (c === '“' || c === '„') {
      if (openAt < 0) {
        openAt = i;
        openChar = c;
        nested = false;
      }
    } else if (c === '”') {
      // "who”s in charge", "we”re": a mis-encoded apostrophe of a contraction, no quotation mark.
      if (/\p{L}/u.test(text[i - 1] ?? '') && /^(?:s|re|t|ll|ve|d|m)(?![\p{L}\p{N}])/u.test(text.slice(i + 1, i + 4))) continue;
      // Some outlets type ” for both marks (”We will win,” he said): in opening position, before a word, it opens.
      if (openAt < 0 && openingAt(text, start, i) && /[\p{L}\p{N}\[(‘'…]/u.test(text[i + 1] ?? '')) {
        openAt = i;
        openChar = c;
        nested = false;
        continue;
      }
      // Closes any open quote: scraped text mixes marks ("…,” she said).
      if (openAt >= 0) {
        out.push({ start: openAt, end: i + 1, inner: { start: openAt + 1, end: i }, open: false });
        openAt = -1;
      }
    } else if (c === '"') {
      // A straight mark closes a straight quote, or a curly one when it stands in closing position (“…," she said).
      const closing = i > start && !/\s/.test(text[i - 1]!) && (i + 1 >= end || !/[\p{L}\p{N}]/u.test(text[i + 1]!));
      if (openAt >= 0 && openChar !== '"') {
        // Inside a curly quote a straight pair is nested ("the so-called "reform""); a lone closing mark ends it.
        if (nested) nested = false;
        else if (!closing) nested = true;
        else {
          out.push({ start: openAt, end: i + 1, inner: { start: openAt + 1, end: i }, open: false });
          openAt = -1;
        }
      } else if (openAt >= 0) {
        out.push({ start: openAt, end: i + 1, inner: { start: openAt + 1, end: i }, open: false });
        openAt = -1;
      } else if (openAt < 0 && openingAt(text, start, i)) {
        openAt = i;
        openChar = c;
      }
    }
  }
  if (openAt >= 0) out.push({ start: openAt, end, inner: { start: openAt + 1, end }, open: true });
  return out;
}

/** Words after a closing mark that attribute the quotation: ‘…,’ he said / ‘…’ said Ms Lee. */
const ATTRIBUTION_NEXT = /^\s+(?:he|she|they|we|i|it|said|says|told|added|adds|asked|according)\b/i;

/**
 * Single-mark quotations, told apart from apostrophes: an opening ‘ or ' at the start or after a
 * space or an opening punctuation mark; a closing ’ or ' after a non-space and before the end, a
 * punctuation mark or a space. A closing mark after "s" before a lowercase word is a plural
 * possessive ("the workers’ union"), unless an attribution follows.
 */
function singleQuotes(text: string, start: number, end: number): Quote[] {
  const out: Quote[] = [];
  let openAt = -1;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const prev = i > start ? text[i - 1]! : ' ';
    const next = i + 1 < end ? text[i + 1]! : ' ';
    if (openAt < 0) {
      if (c !== '’' && openingAt(text, start, i) && /[\p{L}\p{N}\[(…]/u.test(next)) openAt = i;
      continue;
    }
    if (c === '‘' || /\s/.test(prev) || /[\p{L}\p{N}]/u.test(next)) continue;
    const rest = text.slice(i + 1, Math.min(end, i + 24));
    if (prev === 's' && /^\s+\p{Ll}/u.test(rest) && !ATTRIBUTION_NEXT.test(rest)) continue;
    out.push({ start: openAt, end: i + 1, inner: { start: openAt + 1, end: i }, open: false });
    openAt = -1;
  }
  if (openAt >= 0) out.push({ start: openAt, end, inner: { start: openAt + 1, end }, open: true });
  return out;
}

/** Short words a title leaves lowercase. */
const TITLE_MINOR_WORDS = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'or', 'from']);

/**
 * Words written as a title: each capitalised (or a number) or one of the short words titles leave lowercase, the
 * first and the last capitalised ("Meet the Press", "Face the Nation", "Morning Joe").
 */
export function titleWords(words: readonly string[]): boolean {
  const capital = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);
  return words.length > 0 && words.every((w) => capital(w) || TITLE_MINOR_WORDS.has(w)) && capital(words[0]!) && capital(words[words.length - 1]!);
}

/**
 * A quotation that carries a statement, as opposed to a scare quote ("leverage"), a nickname or a
 * title in quotes ("Gucci Grace", "Star Wars: The Original Cuts").
 */
export function isStatementQuote(text: string, q: Quote): boolean {
  const inner = text.slice(q.inner.start, q.inner.end).trim();
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu) ?? [];
  if (words.length === 0) return false;
  // Every word capitalised: a title or a name; a title's short words may stay lowercase ("Meet the Press", "Face the
  // Nation", "Lord of the Rings"), between capitalised ones.
  // (Not a sentence that opens on a pronoun: "It’s ‘Showtime at the Apollo.’" is someone's words.)
  if (words.length <= 8 && titleWords(words) && !/^(?:it|i|we|you|he|she|they|this|that|there)(?:['’]\p{L}+)?$/iu.test(words[0]!)) return false;
  if (words.length >= 6) return true;
  // A short quote that is a whole sentence ("She burned and crashed.") still counts.
  return words.length >= 2 && /[.!?]["'”’]*$/.test(inner) && /^[\p{Lu}"'“‘\[]/u.test(inner);
}

/** Length of the longest single quotation inside [start, end) (quotes sorted by start). */
export function longestQuoted(quotes: readonly Quote[], start: number, end: number): number {
  let n = 0;
  for (const q of quotes) {
    if (q.end <= start) continue;
    if (q.start >= end) break;
    n = Math.max(n, Math.min(end, q.end) - Math.max(start, q.start));
  }
  return n;
}

/** Index of the span containing offset `at` in a sorted list of disjoint spans, or -1. */
export function indexAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid]!;
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The last quote that ends at or before offset `at`, if any (quotes sorted by start, disjoint). */
export function quoteEndingBy(quotes: readonly Quote[], at: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? quotes[lo - 1] : undefined;
}

/** The quote containing offset `at`, if any (quotes sorted by start). */
export function quoteAt(quotes: readonly Quote[], at: number): Quote | undefined {
  const i = indexAt(quotes, at);
  return i >= 0 ? quotes[i] : undefined;
}
