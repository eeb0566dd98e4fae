/**
 * The exports on real analyses, not hand-made ones: every labelled text in eval/ (Wikinews
 * articles and saved news pages) goes through analyze(), and the brief and the Web
 * Annotations must hold for whatever the analysis found: every selector selects its quote,
 * every id is unique, every actor and summary sentence is in the brief, and the summary
 * sentences are found in the text (the popup's actor chips rely on it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analyze.ts';
import { summarySpans } from '../ui/model.ts';
import { escapeMarkdown, markdownBrief } from './markdown.ts';
import { webAnnotations, type TextPositionSelector, type TextQuoteSelector } from './web-annotation.ts';

const root = join(import.meta.dirname, '..', '..', 'eval');
const texts = [join(root, 'gold', 'wikinews'), join(root, 'claims')].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { doc: string; text: string };
      return { name: doc.doc, text: doc.text };
    }),
);

describe('exports of real analyses', () => {
  it('has texts to check', () => {
    expect(texts.length).toBeGreaterThanOrEqual(15);
  });

  for (const { name, text } of texts) {
    it(`${name}: selectors select their quotes, ids are unique, the brief names every actor`, () => {
      const analysis = analyze(text, { title: null });
      const url = `https://news.example/${name}`;
      const annotations = webAnnotations(analysis, { url });
      expect(annotations.length).toBe(analysis.entities.reduce((n, e) => n + e.mentions.length, 0) + analysis.claims.length);
      expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
      const points = [...analysis.text];
      for (const a of annotations) {
        const quote = a.target.selector[0] as TextQuoteSelector;
        const position = a.target.selector[1] as TextPositionSelector;
        expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
        expect(analysis.text).toContain(quote.prefix + quote.exact + quote.suffix);
      }
      const brief = markdownBrief(analysis, { url, title: name });
      for (const entity of analysis.entities) expect(brief).toContain(`**${escapeMarkdown(entity.name)}**`);
      for (const sentence of analysis.summary) expect(brief).toContain(escapeMarkdown(sentence));
      expect(summarySpans(analysis).every((s) => s !== null)).toBe(true);
    });
  }
});
