/**
 * Builds the article's plain text from live text nodes, remembering for every
 * character which node (and which index in `node.data`) it came from.
 *
 * Rules (the shape `ArticleText.text` promises):
 * - whitespace runs collapse to one space, also across node boundaries
 *   ("foo " + "<b> bar</b>" → "foo bar");
 * - whitespace at the start or end of a block or line is dropped;
 * - blocks are separated by "\n\n", a <br> gives "\n" (separators belong to no segment);
 * - invisible format characters that break words for NLP (soft hyphen, zero-width
 *   space, word joiner, BOM) are dropped; ZWJ/ZWNJ are kept (they matter in Persian, Urdu…).
 *
 * Every character of `text` that is not a separator belongs to exactly one segment,
 * so a text offset always maps back to a live node.
 */

export interface TextSegment {
  /** A live text node of the article body. */
  node: Text;
  /** Offset of this node's (normalised) text in ArticleText.text. */
  start: number;
  end: number;
  /**
   * Index into node.data for each UTF-16 unit of the normalised text, plus one final
   * entry for the end (so length = end - start + 1); null when the text is node.data itself.
   */
  rawOffsets: number[] | null;
}

interface OpenSegment {
  node: Text;
  start: number;
  raw: number[];
}

const enum Pending {
  None = 0,
  Line = 1,
  Paragraph = 2,
}

/** Characters that are whitespace for collapsing (HTML whitespace plus NBSP and Unicode spaces). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x0a ||
    code === 0x09 ||
    code === 0x0d ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Format characters dropped from the text: soft hyphen, zero-width space, word joiner, BOM. */
function isIgnorable(code: number): boolean {
  return code === 0xad || code === 0x200b || code === 0x2060 || code === 0xfeff;
}

export class TextBuilder {
  private chunks: string[] = [];
  private length = 0;
  private readonly segments: TextSegment[] = [];
  private open: OpenSegment | null = null;
  private pendingBreak: Pending = Pending.None;
  /** Where a collapsed whitespace run started, emitted as one space before the next visible char. */
  private pendingSpaceNode: Text | null = null;
  private pendingSpaceIndex = 0;
  private readonly maxChars: number;

  constructor(maxChars = Infinity) {
    this.maxChars = maxChars;
  }

  /** Set when visible text was offered after maxChars was reached (so the text is cut). */
  private overflowed = false;

  /** True once the text has reached maxChars; further input is ignored. */
  get full(): boolean {
    return this.length >= this.maxChars;
  }

  /** True when some text was left out because of maxChars. */
  get truncated(): boolean {
    return this.overflowed;
  }

  /** A block element starts or ends here. */
  block(): void {
    if (this.length > 0) this.pendingBreak = Pending.Paragraph;
    this.pendingSpaceNode = null;
  }

  /** A <br>. */
  lineBreak(): void {
    if (this.length > 0 && this.pendingBreak === Pending.None) this.pendingBreak = Pending.Line;
    this.pendingSpaceNode = null;
  }

  /** Adds node.data[from, to). */
  addText(node: Text, from = 0, to = node.data.length): void {
    const data = node.data;
    for (let i = from; i < to; i++) {
      const code = data.charCodeAt(i);
      if (isIgnorable(code)) continue;
      if (this.length >= this.maxChars) {
        if (!isSpace(code)) this.overflowed = true;
        if (this.overflowed) return;
        continue;
      }
      if (isSpace(code)) {
        if (this.length === 0 || this.pendingBreak !== Pending.None) continue;
        if (this.pendingSpaceNode === null) {
          this.pendingSpaceNode = node;
          this.pendingSpaceIndex = i;
        }
        continue;
      }
      if (this.pendingBreak !== Pending.None) {
        this.closeSegment();
        const sep = this.pendingBreak === Pending.Paragraph ? '\n\n' : '\n';
        this.chunks.push(sep);
        this.length += sep.length;
        this.pendingBreak = Pending.None;
      } else if (this.pendingSpaceNode !== null) {
        this.emit(this.pendingSpaceNode, this.pendingSpaceIndex, ' ');
      }
      this.pendingSpaceNode = null;
      this.emit(node, i, data[i] as string);
    }
  }

  finish(): { text: string; segments: TextSegment[] } {
    this.closeSegment();
    return { text: this.chunks.join(''), segments: this.segments };
  }

  private emit(node: Text, index: number, ch: string): void {
    if (this.open === null || this.open.node !== node) {
      this.closeSegment();
      this.open = { node, start: this.length, raw: [] };
    }
    this.open.raw.push(index);
    this.chunks.push(ch);
    this.length += 1;
  }

  private closeSegment(): void {
    const open = this.open;
    if (open === null) return;
    this.open = null;
    const raw = open.raw;
    const last = raw[raw.length - 1] as number;
    raw.push(last + 1);
    let identical = raw[0] === 0 && raw.length - 1 === open.node.data.length;
    for (let k = 1; identical && k < raw.length; k++) identical = raw[k] === k;
    this.segments.push({
      node: open.node,
      start: open.start,
      end: open.start + raw.length - 1,
      rawOffsets: identical ? null : raw,
    });
  }
}
