/**
 * Paints exactly the spans the analysis returned, and nothing else, with mark.js.
 *
 * Spans are offsets into the article text (see src/page/article-text.ts). Each span is
 * cut at text-node boundaries into pieces that lie inside one live text node, and each
 * piece is translated into mark.js's own index (the concatenation of every text node
 * under the context element). Marking does not change that concatenation, so one index
 * computed up front serves every pass, as in Hypothesis, which keeps ranges as text
 * offsets until the last moment.
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

interface MarkRange {
  start: number;
  length: number;
  attributes: Record<string, string>;
}

/** Mark.js skips text under these elements; our index must agree with it. */
const MARKJS_EXCLUDED = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);

/** Offsets of every text node in mark.js's index space under `root`. */
function markIndex(root: Element): Map<Text, number> {
  const index = new Map<Text, number>();
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
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

function rawOffset(segment: TextSegment, normalized: number): number {
  const map = segment.rawOffsets;
  if (!map) return normalized;
  return map[Math.min(normalized, map.length - 1)] ?? normalized;
}

/** Cuts a span into per-text-node pieces in mark.js's index space. */
export function toMarkRanges(article: ArticleText, spans: HighlightSpan[], index: Map<Text, number>): MarkRange[] {
  const ranges: MarkRange[] = [];
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
      const base = index.get(segment.node);
      if (base === undefined) continue;
      const from = Math.max(span.start, segment.start) - segment.start;
      const to = Math.min(span.end, segment.end) - segment.start;
      if (to <= from) continue;
      const rawFrom = rawOffset(segment, from);
      const rawTo = rawOffset(segment, to - 1) + 1;
      if (rawTo > rawFrom) ranges.push({ start: base + rawFrom, length: rawTo - rawFrom, attributes: span.attributes });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Paints the passes in order (outer spans such as claims first, names inside them next). */
export function paint(article: ArticleText, passes: HighlightPass[]): number {
  const index = markIndex(article.root);
  // mark.js's types ask for HTMLElement; any Element works (it only walks text nodes).
  const marker = new Mark(article.root as HTMLElement);
  let painted = 0;
  for (const pass of passes) {
    const ranges = toMarkRanges(article, pass.spans, index);
    marker.markRanges(ranges, {
      element: 'mark',
      className: pass.className,
      each: (element: Element, range: unknown) => {
        painted++;
        for (const [name, value] of Object.entries((range as MarkRange).attributes)) element.setAttribute(name, value);
      },
    });
  }
  return painted;
}

/** Removes every mark of the given classes, leaving the text as it was. */
export function unpaint(root: Element, classNames: string[]): void {
  const marker = new Mark(root as HTMLElement);
  for (const className of classNames) marker.unmark({ element: 'mark', className });
}
