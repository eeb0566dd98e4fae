// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from './article-text.ts';

const FRONT_PAGE = `<!doctype html><html lang="en"><head><title>Example News — front page</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main>
  <ul class="headlines">
    <li><a href="/a">Shehbaz Sharif meets Recep Tayyip Erdoğan in Ankara</a></li>
    <li><a href="/b">Zabihullah Mujahid rejects claims of militant camps</a></li>
    <li><a href="/c">World Bank approves new loan for Karachi port</a></li>
  </ul>
  <form><input value="Search Atta Tarar"><textarea>draft about Qatar</textarea></form>
</main>
</body></html>`;

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

describe('reading a page that is not an article, when the reader asks', () => {
  it('finds no article body on a front page', () => {
    expect(extractArticle(load(FRONT_PAGE))).toBeNull();
  });

  it('reads the whole page instead, still leaving form fields alone, mapped to live nodes', () => {
    const doc = load(FRONT_PAGE);
    const article = extractArticle(doc, { wholePageFallback: true });
    expect(article).not.toBeNull();
    expect(article!.text).toContain('Shehbaz Sharif meets Recep Tayyip Erdoğan in Ankara');
    expect(article!.text).toContain('World Bank approves new loan');
    expect(article!.text).not.toContain('Search Atta Tarar');
    expect(article!.text).not.toContain('draft about Qatar');
    expect(article!.title).toBe('Example News — front page');
    for (const segment of article!.segments) expect(segment.node.isConnected).toBe(true);
  });
});
