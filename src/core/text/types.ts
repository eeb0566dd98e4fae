import type { Span } from '../types.ts';

/**
 * The text stage's output, shared by every later stage (actors, claims, summary).
 * Offsets are UTF-16 indices into the analysed text.
 */
export interface Paragraph extends Span {
  index: number;
  /** A Title-Case line without final punctuation ("Divergence from the Core Agenda"). */
  heading: boolean;
  /** False for text that is not article prose: a trailing chatbot line, a byline, a caption. */
  prose: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Token extends Span {
  text: string;
  sentence: number;
}

export interface Segmented {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}
