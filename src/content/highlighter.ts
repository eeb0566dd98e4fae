/**
 * Paints exactly the spans the analysis returned, and nothing else, with mark.js.
 *
 * Spans are offsets into the article text (see src/page/article-text.ts). Each span is cut
 * at text-node boundaries into pieces that lie inside one live text node. Pieces are marked
 * per parent element: mark.js's cost grows with the size of its context times the number of
 * ranges, so one call per paragraph stays fast where one call for a whole 100,000-word
 * article took seconds. Every context's index (the concatenation of its text nodes, which
 * marking never changes) is computed before the first mark, as Hypothesis keeps ranges as
 * text offsets until the last moment, so one pass's marks do not invalidate the next.
 * The work is sliced into short tasks so that the page stays responsive.
 */
import Mark from 'mark.js';
import type { ArticleText, TextSegment } from '../page/article-text.ts';

export interface HighlightSpan {
  start: number;
  end: number;
  /** Attributes for the mark: data-backstory-entity / -claim, -type, -kind… */
  attributes: Record<string, string>;
}

export interface HighlightPass {
  /** Class on every mark of this pass, also used to remove them. */
  className: string;
  spans: HighlightSpan[];
}

/** A span's piece inside one live text node: node.data[from, to). */
interface Piece {
  node: Text;
  from: number;
  to: number;
  attributes: Record<string, string>;
}

interface MarkRange {
  start: number;
  length: number;
  attributes: Record<string, string>;
}

/** Mark.js skips text under these elements; our index must agree with it. */
const MARKJS_EXCLUDED = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);

/** Longest stretch of work before yielding to the page (a frame is 16 ms). */
const SLICE_MS = 12;

function rawOffset(segment: TextSegment, normalized: number): number {
  const map = segment.rawOffsets;
  if (!map) return normalized;
  return map[Math.min(normalized, map.length - 1)] ?? normalized;
}

/** Cuts spans into per-text-node pieces, in raw offsets of each node's data. */
function toPieces(article: ArticleText, spans: HighlightSpan[]): Piece[] {
  const pieces: Piece[] = [];
  const segments = article.segments;
  for (const span of spans) {
    // Binary search for the first segment ending after span.start.
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid]!.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < segments.length; i++) {
      const segment = segments[i]!;
      if (segment.start >= span.end) break;
      const from = Math.max(span.start, segment.start) - segment.start;
      const to = Math.min(span.end, segment.end) - segment.start;
      if (to <= from) continue;
      const rawFrom = rawOffset(segment, from);
      const rawTo = rawOffset(segment, to - 1) + 1;
      if (rawTo > rawFrom) pieces.push({ node: segment.node, from: rawFrom, to: rawTo, attributes: span.attributes });
    }
  }
  return pieces;
}

/** Offsets of each text node of `context` in mark.js's index space for that context. */
function contextIndex(context: Element): Map<Text, number> {
  const index = new Map<Text, number>();
  const walker = context.ownerDocument.createTreeWalker(context, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && MARKJS_EXCLUDED.has(node.parentElement.tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    index.set(node as Text, offset);
    offset += (node as Text).data.length;
  }
  return index;
}

function groupByContext(pieces: Piece[]): Map<Element, Piece[]> {
  const groups = new Map<Element, Piece[]>();
  for (const piece of pieces) {
    const context = piece.node.parentElement;
    if (!context) continue;
    let group = groups.get(context);
    if (!group) groups.set(context, (group = []));
    group.push(piece);
  }
  return groups;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Paints the passes in order (outer spans such as claims first, names inside them next).
 * Resolves with the number of marks made. `shouldStop` lets a caller abandon a paint that
 * a newer one replaces.
 */
export async function paint(article: ArticleText, passes: HighlightPass[], shouldStop: () => boolean = () => false): Promise<number> {
  const grouped = passes.map((pass) => ({ className: pass.className, groups: groupByContext(toPieces(article, pass.spans)) }));
  // Index every context before any mark splits its text nodes.
  const indexes = new Map<Element, Map<Text, number>>();
  for (const { groups } of grouped) for (const context of groups.keys()) if (!indexes.has(context)) indexes.set(context, contextIndex(context));

  let painted = 0;
  let sliceStart = now();
  for (const { className, groups } of grouped) {
    for (const [context, pieces] of groups) {
      if (now() - sliceStart > SLICE_MS) {
        await nextTask();
        if (shouldStop()) return painted;
        sliceStart = now();
      }
      if (!context.isConnected) continue;
      const index = indexes.get(context)!;
      const ranges: MarkRange[] = [];
      const blanks: MarkRange[] = [];
      for (const piece of pieces) {
        const base = index.get(piece.node);
        if (base === undefined) continue;
        const range = { start: base + piece.from, length: piece.to - piece.from, attributes: piece.attributes };
        // mark.js skips a range of whitespace only (a lone &nbsp; node inside a quote): we
        // wrap those ourselves, or the highlight would have a gap.
        (isBlank(piece.node.data.slice(piece.from, piece.to)) ? blanks : ranges).push(range);
      }
      ranges.sort((a, b) => a.start - b.start);
      // mark.js's types ask for HTMLElement; any Element works (it only walks text nodes).
      new Mark(context as HTMLElement).markRanges(ranges, {
        element: 'mark',
        className,
        each: (element: Element, range: unknown) => {
          painted++;
          for (const [name, value] of Object.entries((range as MarkRange).attributes)) element.setAttribute(name, value);
        },
      });
      painted += wrapRanges(context, blanks, className);
    }
  }
  return painted;
}

/** The same test as mark.js's for a range it will not mark. */
function isBlank(text: string): boolean {
  return text.replace(/\s+/g, '') === '';
}

/**
 * Wraps each of `ranges` (offsets in `context`'s mark.js index, which marking never changes) in
 * marks made as mark.js makes them, so that `unpaint` removes them too: one mark per text node a
 * range covers (earlier marks may have split the text). The context is indexed once and the ranges
 * wrapped from the last one back: splitting a node keeps the node itself as its first part, so the
 * offsets of everything before the split stay right. Returns the number of marks.
 */
function wrapRanges(context: Element, ranges: MarkRange[], className: string): number {
  if (ranges.length === 0) return 0;
  const nodes = [...contextIndex(context)];
  let made = 0;
  for (const range of [...ranges].sort((x, y) => y.start - x.start)) {
    const end = range.start + range.length;
    for (let n = nodes.length - 1; n >= 0; n--) {
      const [node, offset] = nodes[n]!;
      const nodeEnd = offset + node.data.length;
      if (offset >= end) continue;
      if (nodeEnd <= range.start) break;
      const middle = node.splitText(Math.max(range.start, offset) - offset);
      middle.splitText(Math.min(end, nodeEnd) - Math.max(range.start, offset));
      const mark = context.ownerDocument.createElement('mark');
      mark.setAttribute('data-markjs', 'true');
      mark.setAttribute('class', className);
      for (const [name, value] of Object.entries(range.attributes)) mark.setAttribute(name, value);
      middle.replaceWith(mark);
      mark.append(middle);
      made++;
    }
  }
  return made;
}

/** Removes every mark of the given classes, leaving the text as it was. */
export function unpaint(root: Element, classNames: string[]): void {
  const marker = new Mark(root as HTMLElement);
  for (const className of classNames) marker.unmark({ element: 'mark', className });
}
