/**
 * The article on the page as plain text, with every character mapped back to the live
 * text node it came from.
 *
 * Readability (the engine of Firefox Reader View) picks the article body on a clone of
 * the document; `clone-map.ts` pairs the clone's text nodes with the live ones, and
 * `text-builder.ts` turns the chosen nodes into normalised text plus segments. The
 * highlighter can then turn any span of `text` into live DOM positions.
 */

import { Readability } from '@mozilla/readability';
import { BoilerplateFilter } from './boilerplate.ts';
import { cloneWithTextMap, isExcludedElement, LiveTextIndex } from './clone-map.ts';
import { TextBuilder, type TextSegment } from './text-builder.ts';

export type { TextSegment } from './text-builder.ts';

export interface ArticleText {
  /**
   * Article body as plain text: whitespace runs collapsed to one space, "\n\n" between
   * block elements (headings are their own paragraphs), "\n" for <br>.
   */
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Text direction of the article ("ltr" / "rtl"), when the page says. */
  dir: string | null;
  /** Lowest live element containing all segments. */
  root: Element;
  /** In document order, non-overlapping; together they hold every non-separator char of `text`. */
  segments: TextSegment[];
  /** True when the text was cut at maxChars. */
  truncated: boolean;
}

export interface ExtractOptions {
  /** Stop collecting text after this many characters (default 1,000,000). */
  maxChars?: number;
  /** Keep captions, bylines, link lists… that Readability leaves in (default false). */
  keepBoilerplate?: boolean;
  /**
   * When no article body is found, read the whole page's text instead (the reader asked to
   * annotate a page that is not an article: a front page, a forum thread). Default false.
   */
  wholePageFallback?: boolean;
}

const DEFAULT_MAX_CHARS = 1_000_000;
/**
 * Less text than this is not an article (Readability falls back to the longest text it
 * saw, even a lone menu link). Same figure as isProbablyReaderable's minContentLength.
 */
const MIN_ARTICLE_CHARS = 140;
/** Above this share of hidden text, visibility is not used to leave text out. */
const MAX_HIDDEN_SHARE = 0.5;

/** Elements that start a new paragraph in the text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI',
  'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Finds the article body of `doc` (never modified) and returns its text mapped to live
 * text nodes, or null when there is no article body. Never throws.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleText | null {
  try {
    const steps = extractSteps(doc, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  } catch {
    return null;
  }
}

/**
 * The same as `extractArticle`, with the page given back its main thread between the
 * steps (clone, Readability, walking its result, the layout check, the text): on a
 * 100,000-word page each step is tens of milliseconds, all of them together a long task
 * that would hold up the reader's scrolling and clicks. The live page may change between
 * steps; the caller's re-render watch handles a page that rewrites itself.
 */
export async function extractArticleSliced(doc: Document, options: ExtractOptions = {}): Promise<ArticleText | null> {
  try {
    const steps = extractSteps(doc, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
  } catch {
    return null;
  }
}

/** The extraction as steps: each `yield` is a point where the page may have its turn. */
function* extractSteps(doc: Document, options: ExtractOptions): Generator<void, ArticleText | null> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const article = yield* extract(doc, maxChars, options.keepBoilerplate ?? false);
  if (article !== null || !options.wholePageFallback) return article;
  yield;
  return extractWholePage(doc, maxChars);
}

/** The text of the whole page (fields, scripts and our own UI still left out). */
function extractWholePage(doc: Document, maxChars: number): ArticleText | null {
  if (doc.documentElement === null || doc.body === null) return null;
  const { clone, map } = cloneWithTextMap(doc);
  const excluded = new ExcludedInLive(doc.body);
  const builder = new TextBuilder(maxChars);
  collectText(clone.body, map, doc.body, {
    get full() {
      return builder.truncated;
    },
    block: () => builder.block(),
    lineBreak: () => builder.lineBreak(),
    addText: (node, from, to) => {
      if (!excluded.has(node)) builder.addText(node, from, to);
    },
  }, null);
  const { text, segments } = builder.finish();
  if (segments.length === 0 || text.trim().length === 0) return null;
  return {
    text,
    title: orNull(doc.title),
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: orNull(doc.documentElement.getAttribute('lang')),
    excerpt: null,
    dir: orNull(doc.documentElement.getAttribute('dir')),
    root: lowestCommonAncestor(segments.map((s) => s.node)) as Element,
    segments,
    truncated: builder.truncated,
  };
}

function* extract(doc: Document, maxChars: number, keepBoilerplate: boolean): Generator<void, ArticleText | null> {
  if (doc.documentElement === null || doc.body === null) return null;
  const { clone, map } = cloneWithTextMap(doc);
  yield;
  // keepClasses: the boilerplate filter reads class names.
  const parsed = new Readability<Node>(clone, { serializer: (el: Node) => el, keepClasses: true }).parse();
  const content = parsed?.content;
  if (parsed === null || content === null || content === undefined) return null;
  yield;

  const filter = keepBoilerplate || content.nodeType !== ELEMENT_NODE ? null : new BoilerplateFilter(content as Element);
  // First the live pieces in order, then (knowing where the article lives on the page)
  // the checks that need the live ancestors, then the text.
  const pieces = new PieceRecorder(maxChars * 4);
  collectText(content, map, doc.body, pieces, filter);
  filter?.setLiveRoot(lowestCommonAncestor(pieces.nodes()));
  yield;
  const excluded = new ExcludedInLive(doc.body);
  const hidden = new HiddenInLayout();
  const wanted = (node: Text): boolean => !excluded.has(node) && !filter?.isInLiveFurniture(node);
  // If most of the article is hidden (a page that hides its body until a script runs, or
  // behind an overlay), hiding says nothing about what is furniture: ignore it.
  // (The first visibility check makes the browser lay the page out: a step of its own.)
  const useLayout = pieces.share((node) => hidden.has(node)) <= MAX_HIDDEN_SHARE;
  yield;
  const builder = new TextBuilder(maxChars);
  pieces.replay(builder, useLayout ? (node) => wanted(node) && !hidden.has(node) : wanted);
  const { text, segments } = builder.finish();
  if (segments.length === 0 || text.length < MIN_ARTICLE_CHARS) return null;

  return {
    text,
    title: orNull(parsed.title),
    byline: orNull(parsed.byline),
    siteName: orNull(parsed.siteName),
    publishedTime: orNull(parsed.publishedTime),
    lang: orNull(parsed.lang) ?? orNull(doc.documentElement.getAttribute('lang')),
    excerpt: orNull(parsed.excerpt),
    dir: orNull(parsed.dir),
    root: lowestCommonAncestor(segments.map((s) => s.node)) as Element,
    segments,
    truncated: builder.truncated || pieces.full,
  };
}

function orNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Walks Readability's result (clone nodes) in order and feeds the live twins of its text
 * nodes to the builder. Text with no live twin (Readability re-parsed the page) is found
 * again in the live text; text that is nowhere in the page is left out.
 */
/** What collectText writes to: a TextBuilder, or a recorder of pieces. */
interface TextSink {
  readonly full: boolean;
  block(): void;
  lineBreak(): void;
  addText(node: Text, from?: number, to?: number): void;
}

type Piece = { node: Text; from: number; to: number } | 'block' | 'line';

/** Records pieces in order (up to a raw character budget) to replay them into a builder. */
class PieceRecorder implements TextSink {
  private readonly pieces: Piece[] = [];
  private chars = 0;
  constructor(private readonly budget: number) {}
  get full(): boolean {
    return this.chars >= this.budget;
  }
  block(): void {
    this.pieces.push('block');
  }
  lineBreak(): void {
    this.pieces.push('line');
  }
  addText(node: Text, from = 0, to = node.data.length): void {
    this.pieces.push({ node, from, to });
    this.chars += to - from;
  }
  /** Share (0..1) of the recorded characters whose node satisfies `test`. */
  share(test: (node: Text) => boolean): number {
    let hit = 0;
    for (const p of this.pieces) if (typeof p !== 'string' && test(p.node)) hit += p.to - p.from;
    return this.chars === 0 ? 0 : hit / this.chars;
  }
  *nodes(): Generator<Text> {
    for (const p of this.pieces) if (typeof p !== 'string') yield p.node;
  }
  replay(sink: TextSink, keep: (node: Text) => boolean): void {
    for (const p of this.pieces) {
      if (p === 'block') sink.block();
      else if (p === 'line') sink.lineBreak();
      else if (keep(p.node)) sink.addText(p.node, p.from, p.to);
    }
  }
}

/**
 * Walks Readability's result (clone nodes) in order and hands the live twins of its text
 * nodes to `sink`. Text with no live twin (Readability re-parsed the page) is found again
 * in the live text; text that is nowhere in the page is left out.
 */
function collectText(
  content: Node,
  map: Map<Text, Text>,
  liveRoot: Node,
  sink: TextSink,
  filter: BoilerplateFilter | null,
): void {
  let index: LiveTextIndex | null = null;
  let last: Text | null = null;
  let node: Node | null = content;
  while (node !== null && !sink.full) {
    let descend = true;
    if (node.nodeType === TEXT_NODE) {
      const copy = node as Text;
      const live = map.get(copy);
      if (live !== undefined) {
        sink.addText(live);
        last = live;
        index?.advancePast(live, live.data.length);
      } else if (copy.data.length > 0) {
        if (index === null) {
          index = new LiveTextIndex(liveRoot);
          if (last !== null) index.advancePast(last, last.data.length);
        }
        for (const piece of index.find(copy.data) ?? []) {
          sink.addText(piece.node, piece.from, piece.to);
          last = piece.node;
        }
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (isExcludedElement(el) || filter?.isBoilerplate(el)) descend = false;
      else if (tag === 'BR') sink.lineBreak();
      else if (BLOCK_TAGS.has(tag)) sink.block();
    }
    node = descend && node.firstChild !== null ? node.firstChild : nextNode(node, content, sink);
  }
}

/** The next node after `node`'s subtree in document order (null at the end), closing blocks on the way up. */
function nextNode(node: Node, content: Node, sink: TextSink): Node | null {
  let current: Node | null = node;
  while (current !== null && current !== content && current.nextSibling === null) {
    current = current.parentNode;
    if (current !== null && isBlock(current)) sink.block();
  }
  if (current === null || current === content) return null;
  if (isBlock(current)) sink.block();
  return current.nextSibling;
}

function isBlock(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
}

/**
 * Is a live text node inside a form field, an editable region or our own card? Checked on
 * the live page, because Readability may drop the wrapper that said so (it unwraps a div
 * holding a single paragraph, attributes and all). Memoised per element.
 */
class ExcludedInLive {
  private readonly memo = new Map<Element, boolean>();
  constructor(private readonly root: Node) {}

  has(text: Text): boolean {
    const parent = text.parentElement;
    return parent !== null && this.element(parent);
  }

  private element(el: Element): boolean {
    const known = this.memo.get(el);
    if (known !== undefined) return known;
    const parent = el.parentElement;
    const result = isExcludedElement(el) || (el !== this.root && parent !== null && this.element(parent));
    this.memo.set(el, result);
    return result;
  }
}

/**
 * Text the reader cannot see on the live page (display: none, visibility: hidden): hover
 * cards and menus tucked inside paragraphs, closed <details>. Only where the browser can
 * tell (Element.checkVisibility); jsdom has no layout and hides nothing. Memoised per element.
 */
class HiddenInLayout {
  private readonly memo = new Map<Element, boolean>();

  has(text: Text): boolean {
    const parent = text.parentElement;
    if (parent === null || typeof parent.checkVisibility !== 'function') return false;
    let hidden = this.memo.get(parent);
    if (hidden === undefined) {
      hidden = !parent.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true });
      this.memo.set(parent, hidden);
    }
    return hidden;
  }
}

/** The lowest element containing all `nodes`, or null when there are none. */
function lowestCommonAncestor(nodes: Iterable<Node>): Element | null {
  let ancestor: Element | null = null;
  for (const node of nodes) {
    if (ancestor === null) {
      ancestor = node.parentElement ?? node.ownerDocument?.documentElement ?? null;
      continue;
    }
    while (!ancestor.contains(node) && ancestor.parentElement !== null) ancestor = ancestor.parentElement;
  }
  return ancestor;
}

/**
 * Live DOM position for a boundary `offset` in `article.text` (0 … text.length).
 * - `forward` (default, for range starts): a position inside or at the start of the
 *   character at `offset`; on a separator, the start of the next segment.
 * - `backward` (for range ends): a position right after the character before `offset`;
 *   on a separator, the end of the previous segment.
 * Null when there is no such segment.
 */
export function toDomPosition(
  article: ArticleText,
  offset: number,
  bias: 'forward' | 'backward' = 'forward',
): { node: Text; offset: number } | null {
  const segments = article.segments;
  if (!(offset >= 0) || offset > article.text.length || segments.length === 0) return null;
  // Last segment with start <= offset (or, backward, start < offset).
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = (segments[mid] as TextSegment).start;
    if (bias === 'forward' ? s <= offset : s < offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (bias === 'forward') {
    const seg = found >= 0 ? (segments[found] as TextSegment) : undefined;
    if (seg !== undefined && offset < seg.end) return position(seg, offset);
    const next = segments[found + 1];
    return next === undefined ? null : position(next, next.start);
  }
  const seg = found >= 0 ? (segments[found] as TextSegment) : undefined;
  if (seg === undefined) return null;
  return position(seg, Math.min(offset, seg.end));
}

function position(seg: TextSegment, offset: number): { node: Text; offset: number } {
  const k = offset - seg.start;
  return { node: seg.node, offset: seg.rawOffsets === null ? k : (seg.rawOffsets[k] as number) };
}

/** A live Range for the span [start, end) of `article.text`, or null. */
export function toDomRange(article: ArticleText, start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = toDomPosition(article, start, 'forward');
  const to = toDomPosition(article, end, 'backward');
  if (from === null || to === null) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}
