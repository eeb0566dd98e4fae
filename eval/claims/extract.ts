/**
 * Extracts the plain article text of a saved page (fixtures/pages/<name>/source.html) as paragraphs,
 * one per line, with Readability + jsdom. Used once to make the gold files; kept so they can be remade.
 *
 *   npx tsx eval/claims/extract.ts bbc-1 > /tmp/bbc-1.txt
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';

const PAGES = process.env.BACKSTORY_PAGES ?? '/work/shared/fixtures/pages';

export function extractParagraphs(html: string): string[] {
  const dom = new JSDOM(html, { url: 'http://fakehost/test/page.html' });
  const article = new Readability(dom.window.document).parse();
  if (!article?.content) return [];
  const body = new JSDOM(`<body>${article.content}</body>`).window.document.body;
  const out: string[] = [];
  for (const el of Array.from(body.querySelectorAll('p, h1, h2, h3, h4, li, blockquote'))) {
    // Skip blocks nested in another block we already take (a <p> inside a <blockquote> or <li>).
    if (el.parentElement?.closest('p, li, blockquote')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // Readability sometimes repeats a caption block verbatim: keep one copy.
    if (text && text !== out[out.length - 1]) out.push(text);
  }
  return out;
}

const name = process.argv[2];
if (name) {
  const html = readFileSync(`${PAGES}/${name}/source.html`, 'utf8');
  process.stdout.write(extractParagraphs(html).join('\n') + '\n');
}
