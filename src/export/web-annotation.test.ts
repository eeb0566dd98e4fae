import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleAnalysis } from './sample-analysis.ts';
import {
  ANNO_CONTEXT,
  annotationCollection,
  codePointOffset,
  QUOTE_CONTEXT,
  selectorsFor,
  stableUuid,
  webAnnotations,
  type TextPositionSelector,
  type TextQuoteSelector,
  type WebAnnotation,
} from './web-annotation.ts';

const URL_ = 'https://news.example/2025/10/talks-collapse';
const analysis = sampleAnalysis();

const quoteOf = (a: WebAnnotation) => a.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
const positionOf = (a: WebAnnotation) => a.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;

/** The structural rules of the W3C Web Annotation Data Model that an importer relies on. */
function expectValidAnnotation(a: WebAnnotation, source: string): void {
  expect(a['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(a.type).toBe('Annotation');
  expect(a.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(['identifying', 'classifying']).toContain(a.motivation);
  expect(a.target.source).toBe(source);
  expect(Array.isArray(a.target.selector)).toBe(true);
  expect(a.target.selector.map((s) => s.type).sort()).toEqual(['TextPositionSelector', 'TextQuoteSelector']);
  expect(a.body.length).toBeGreaterThan(0);
  for (const b of a.body) {
    expect(b.type).toBe('TextualBody');
    expect(b.value.length).toBeGreaterThan(0);
    expect(b.format).toBe('text/plain');
    expect(['identifying', 'tagging', 'describing', 'classifying']).toContain(b.purpose);
  }
  // Round-trips through JSON unchanged: nothing undefined, no functions.
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
}

describe('W3C Web Annotation export', () => {
  const annotations = webAnnotations(analysis, { url: URL_, created: '2025-10-31T12:00:00.000Z' });

  it('makes one valid annotation per actor mention and per claim', () => {
    const mentions = analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(annotations).toHaveLength(mentions + analysis.claims.length);
    for (const a of annotations) expectValidAnnotation(a, URL_);
    expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
    expect(annotations.every((a) => a.created === '2025-10-31T12:00:00.000Z')).toBe(true);
  });

  it('anchors each mention with its exact text and 32 characters of context, in reading order', () => {
    const tarar = annotations.filter((a) => a.body.some((b) => b.purpose === 'identifying' && b.value === 'Atta Tarar') && a.motivation === 'identifying');
    expect(tarar.map((a) => quoteOf(a).exact)).toEqual(['Atta Tarar', 'Tarar']);
    const first = quoteOf(tarar[0]!);
    expect(first.prefix).toHaveLength(QUOTE_CONTEXT);
    expect(first.suffix).toHaveLength(QUOTE_CONTEXT);
    expect(analysis.text).toContain(first.prefix + first.exact + first.suffix);
    expect(first.prefix.endsWith('Information Minister, ')).toBe(true);
    const starts = annotations.map((a) => positionOf(a).start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  it('describes an actor by name, type, role and affiliation', () => {
    const asif = annotations.find((a) => quoteOf(a).exact === 'Khawaja Asif')!;
    expect(asif.body).toEqual([
      expect.objectContaining({ value: 'Khawaja Asif', purpose: 'identifying' }),
      expect.objectContaining({ value: 'person', purpose: 'tagging' }),
      expect.objectContaining({ value: 'Defence Minister, Pakistan', purpose: 'describing' }),
    ]);
  });

  it('classifies each claim by kind and names its source, or says none is named', () => {
    const quote = annotations.find((a) => a.motivation === 'classifying' && a.body[0]!.value === 'quote')!;
    expect(quoteOf(quote).exact).toContain('“sidestepped the critical issue”');
    expect(quote.body.map((b) => b.value)).toEqual(['quote', 'quote by Atta Tarar', 'Atta Tarar']);
    const allegation = annotations.find((a) => a.body[0]!.value === 'allegation')!;
    expect(allegation.body.map((b) => b.value)).toEqual(['allegation', 'allegation, no source named']);
    const anonymous = annotations.find((a) => a.body[0]!.value === 'anonymous')!;
    expect(anonymous.body[1]!.value).toBe('anonymous by Sources close to the talks');
  });

  it('uses a custom description for claims (e.g. translated)', () => {
    const out = webAnnotations(analysis, { url: URL_, describeClaim: (c, s) => `${s ?? '—'} / ${c.id}` });
    expect(out.find((a) => a.body[0]!.value === 'warning')!.body[1]!.value).toBe('Khawaja Asif / c4');
  });

  it('gives the same ids for the same page and analysis, different ones for another page', () => {
    const again = webAnnotations(analysis, { url: URL_ });
    expect(again.map((a) => a.id)).toEqual(annotations.map((a) => a.id));
    const elsewhere = webAnnotations(analysis, { url: 'https://other.example/' });
    expect(elsewhere.some((a) => annotations.some((b) => b.id === a.id))).toBe(false);
  });

  it('wraps everything in an AnnotationCollection with one embedded page', () => {
    const collection = annotationCollection(analysis, { url: URL_, label: 'Backstory annotations' });
    expect(collection['@context']).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(annotations.length);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items.map((a) => a.id)).toEqual(annotations.map((a) => a.id));
  });
});

describe('positions in code points', () => {
  it('counts an emoji (a surrogate pair) as one character', () => {
    const text = 'A 🇵🇰 flag and “Türkiye” here';
    const start = text.indexOf('Türkiye');
    expect(codePointOffset(text, start)).toBe(start - 2); // two regional indicators, two code units each
    const [quote, position] = selectorsFor(text, { start, end: start + 'Türkiye'.length }) as [TextQuoteSelector, TextPositionSelector];
    expect(quote.exact).toBe('Türkiye');
    expect([...text].slice(position.start, position.end).join('')).toBe('Türkiye');
  });

  it('for any text and span, the position selector selects the quote in code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(), fc.nat(), (text, a, b) => {
        // Spans on code-point boundaries, as the analysis makes them.
        const points = [...text];
        const [s, e] = [a % (points.length + 1), b % (points.length + 1)].sort((x, y) => x - y) as [number, number];
        const start = points.slice(0, s).join('').length;
        const end = points.slice(0, e).join('').length;
        const [quote, position] = selectorsFor(text, { start, end }) as [TextQuoteSelector, TextPositionSelector];
        expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
        expect(text.slice(0, start).endsWith(quote.prefix)).toBe(true);
        expect(text.slice(end).startsWith(quote.suffix)).toBe(true);
        expect([...quote.prefix].length).toBeLessThanOrEqual(QUOTE_CONTEXT);
      }),
    );
  });
});

describe('ids', () => {
  it('are RFC 9562 version-8 UUIDs that differ for different keys', () => {
    const ids = new Set(Array.from({ length: 500 }, (_, i) => stableUuid(`k${i}`)));
    expect(ids.size).toBe(500);
    expect(stableUuid('x')).toBe(stableUuid('x'));
  });
});
