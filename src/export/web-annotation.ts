/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) for an analysis: one
 * annotation per actor mention and per claim, so the work can be taken into other
 * annotation tools (Hypothesis, Recogito, any Web Annotation store).
 *
 * Each target carries two selectors, the pair Hypothesis uses to re-anchor:
 * - TextQuoteSelector: the exact text with 32 characters of context either side, which
 *   finds the passage again even when the page's markup changes;
 * - TextPositionSelector: start/end in the article's text, counted in Unicode code points
 *   as the model requires (Analysis offsets are UTF-16 code units; astral characters such
 *   as emoji differ).
 *
 * Pure: no DOM, no extension APIs.
 */
import { speakerIds } from '../core/sourcing.ts';
import type { Analysis, Claim, Entity, Span } from '../core/types.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of context kept on each side of a quote. */
export const QUOTE_CONTEXT = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  language?: string;
  purpose: 'identifying' | 'tagging' | 'describing' | 'classifying';
}

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'classifying';
  created?: string;
  generator: { id: string; type: 'Software'; name: string; homepage?: string };
  body: TextualBody[];
  target: { source: string; selector: Selector[] };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export interface AnnotationSource {
  /** The page the analysis was made from: every target's `source`. */
  url: string;
  /** ISO time stamped on each annotation as `created` (omitted when absent). */
  created?: string;
  /** Labels for the bodies, e.g. through `t()`; defaults are plain English. */
  describeClaim?: (claim: Claim, speaker: string | null) => string;
}

const GENERATOR = { id: 'urn:backstory:generator', type: 'Software', name: 'Backstory' } as const;

/** Code-point index of a UTF-16 offset into `text` (surrogate pairs count once). */
export function codePointOffset(text: string, utf16: number): number {
  let points = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: skip the low half.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
  }
  return points;
}

/** Up to `n` code points of `text` before `start` / after `end`, never splitting a surrogate pair. */
function contextBefore(text: string, start: number, n: number): string {
  return [...text.slice(Math.max(0, start - n * 2), start)].slice(-n).join('');
}
function contextAfter(text: string, end: number, n: number): string {
  return [...text.slice(end, end + n * 2)].slice(0, n).join('');
}

export function selectorsFor(text: string, span: Span): Selector[] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(span.start, span.end),
      prefix: contextBefore(text, span.start, QUOTE_CONTEXT),
      suffix: contextAfter(text, span.end, QUOTE_CONTEXT),
    },
    { type: 'TextPositionSelector', start: codePointOffset(text, span.start), end: codePointOffset(text, span.end) },
  ];
}

/**
 * A deterministic `urn:uuid:` (RFC 9562 version 8, i.e. custom) from a string, so the
 * same page and analysis export the same ids and re-imports update rather than duplicate.
 */
export function stableUuid(key: string): string {
  // cyrb128: four 32-bit lanes of a fast non-cryptographic hash; enough to tell items apart.
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  const hex = [h1 ^ h2 ^ h3 ^ h4, h2 ^ h1, h3 ^ h1, h4 ^ h1].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function body(value: string, purpose: TextualBody['purpose'], language?: string): TextualBody {
  return { type: 'TextualBody', value, format: 'text/plain', ...(language ? { language } : {}), purpose };
}

function entityBodies(analysis: Analysis, entity: Entity): TextualBody[] {
  const affiliation = entity.affiliation ? analysis.entities.find((e) => e.id === entity.affiliation) : undefined;
  const description = [entity.role, affiliation?.name].filter(Boolean).join(', ');
  const lang = analysis.language !== 'und' ? analysis.language : undefined;
  return [
    body(entity.name, 'identifying', lang),
    body(entity.type, 'tagging', 'en'),
    ...(description ? [body(description, 'describing', lang)] : []),
  ];
}

function defaultDescribe(claim: Claim, speaker: string | null): string {
  return speaker ? `${claim.kind} by ${speaker}` : `${claim.kind}, no source named`;
}

/** The speaker's name; a joint claim's speakers joined ("Ann Lee, Bob Cole"). */
function speakerName(analysis: Analysis, claim: Claim): string | null {
  const named = speakerIds(claim.speaker).map((id) => analysis.entities.find((e) => e.id === id)?.name).filter((n): n is string => !!n);
  return named.length ? named.join(', ') : (claim.speaker?.name ?? null);
}

/** All annotations, in reading order: every mention of every actor and every claim. */
export function webAnnotations(analysis: Analysis, source: AnnotationSource): WebAnnotation[] {
  const idKey = `${source.url}\n${analysis.text.length}\n${analysis.text.slice(0, 200)}`;
  const base = (key: string) => ({
    '@context': ANNO_CONTEXT as typeof ANNO_CONTEXT,
    id: stableUuid(`${idKey}\n${key}`),
    type: 'Annotation' as const,
    ...(source.created ? { created: source.created } : {}),
    generator: GENERATOR,
  });
  const items: Array<{ at: number; annotation: WebAnnotation }> = [];
  for (const entity of analysis.entities) {
    const bodies = entityBodies(analysis, entity);
    for (const mention of entity.mentions) {
      items.push({
        at: mention.start,
        annotation: {
          ...base(`${entity.id}@${mention.start}`),
          motivation: 'identifying',
          body: bodies,
          target: { source: source.url, selector: selectorsFor(analysis.text, mention) },
        },
      });
    }
  }
  const describe = source.describeClaim ?? defaultDescribe;
  for (const claim of analysis.claims) {
    const speaker = speakerName(analysis, claim);
    items.push({
      at: claim.start,
      annotation: {
        ...base(claim.id),
        motivation: 'classifying',
        body: [
          body(claim.kind, 'classifying', 'en'),
          body(describe(claim, speaker), 'describing'),
          ...(speaker ? [body(speaker, 'identifying', analysis.language !== 'und' ? analysis.language : undefined)] : []),
        ],
        target: { source: source.url, selector: selectorsFor(analysis.text, claim) },
      },
    });
  }
  return items.sort((a, b) => a.at - b.at).map((i) => i.annotation);
}

/** The annotations as one JSON-LD document: an AnnotationCollection with a single embedded page. */
export function annotationCollection(analysis: Analysis, source: AnnotationSource & { label: string }): AnnotationCollection {
  const items = webAnnotations(analysis, source);
  const id = stableUuid(`collection\n${source.url}\n${analysis.text.length}\n${analysis.text.slice(0, 200)}`);
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: source.label,
    total: items.length,
    first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
