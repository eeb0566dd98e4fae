import type { ClaimKind, Span, Speaker } from '../types.ts';

/** A claim while the finder builds it: spans into the article's text, before speakers are resolved for good. */
export interface Draft {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** Where this claim's clause begins (the previous claim in the sentence ends there). */
  clauseStart: number;
  kind: ClaimKind;
  speaker: Speaker | null;
  cues: Span[];
  /** The draft was built from a quotation alone. */
  fromQuote?: boolean;
  /** A quotation in two halves around its attribution ("“We are ready,” she said, “and we will win.”"). */
  split?: boolean;
  /** A source vouching for a clause with "as" ("As Mashable reports, …"). */
  vouch?: boolean;
  /** A characterisation inside a noun phrase ("what her business calls “…”"): part of any claim around it. */
  inline?: boolean;
}

/** `end` without the sentence's closing punctuation and space. */
export function trimEnd(text: string, end: number): number {
  while (end > 0 && /[\s.!?]/.test(text[end - 1]!)) end--;
  return end;
}

/** `pos` moved forward over spaces. */
export function skipSpace(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  return pos;
}
