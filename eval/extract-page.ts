/**
 * Extracts a saved page's article as plain paragraphs (title first) with @mozilla/readability
 * and jsdom: `npx tsx eval/extract-page.ts NAME` reads /work/shared/fixtures/pages/NAME/source.html
 * (or $FIXTURES/pages) and writes eval/texts/NAME.txt.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';

const name = process.argv[2]!;
const root = process.env.FIXTURES ?? '/work/shared/fixtures';
const html = readFileSync(`${root}/pages/${name}/source.html`, 'utf8');
const dom = new JSDOM(html, { url: 'https://example.com/' });
const article = new Readability(dom.window.document).parse();
if (!article?.content) throw new Error('no article');
const body = new JSDOM(article.content).window.document;
const paras = [...body.querySelectorAll('p, h1, h2, h3, h4, li, blockquote')]
  .filter((el) => !el.querySelector('p, li'))
  .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
  .filter((t) => t.length > 0);
writeFileSync(new URL(`./texts/${name}.txt`, import.meta.url), [article.title ?? '', ...paras].join('\n') + '\n');
console.log(name, paras.length, 'paragraphs');
