// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { CHROME_ONLY_NAMES, HEADLINE, isHeading, renderPage } from './build.ts';

// Paths from import.meta.url, not `new URL`: under jsdom the global URL is jsdom's.
const here = dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(join(here, 'seed-article.txt'), 'utf8');
const committed = readFileSync(join(here, 'index.html'), 'utf8');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('demo page', () => {
  it('is up to date with the generator (run `npx tsx demo/build.ts`)', () => {
    expect(committed).toBe(renderPage(seed));
  });

  it('contains every seed line verbatim, in order, as a paragraph or heading of the article', () => {
    const doc = parse(committed);
    const article = doc.querySelector('article')!;
    const blocks = [...article.querySelectorAll(':scope > p, :scope > h2')].map((e) => e.textContent);
    const lines = seed.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(blocks).toEqual(lines);
    expect(lines.at(-1)).toMatch(/^Would you like me to elaborate/);
  });

  it('renders the seed section titles as h2 and the headline as h1', () => {
    const doc = parse(committed);
    expect(doc.querySelector('article h1')?.textContent).toBe(HEADLINE);
    expect([...doc.querySelectorAll('article h2')].map((h) => h.textContent)).toEqual([
      'Divergence from the Core Agenda',
      'Allegations of Shifting Positions and External Influence',
      'Pakistan’s Unwavering Demand and Future Strategy',
      'Conclusion',
    ]);
    expect(isHeading('Pakistan firmly maintains the position.')).toBe(false);
  });

  it('declares itself a news article (JSON-LD NewsArticle, og:type) and loads nothing external', () => {
    const doc = parse(committed);
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(HEADLINE);
    expect(doc.querySelectorAll('script:not([type="application/ld+json"]), link[rel="stylesheet"], img, iframe')).toHaveLength(0);
    expect(committed).not.toMatch(/(src|href)="https?:/);
  });

  it('names other people only in the page chrome, never in the article', () => {
    const doc = parse(committed);
    const article = doc.querySelector('article')!.textContent!;
    const chrome = ['nav', 'aside', 'footer'].map((s) => doc.querySelector(s)!.textContent!).join(' ');
    for (const name of CHROME_ONLY_NAMES) {
      expect(chrome).toContain(name);
      expect(article).not.toContain(name);
    }
  });
});
