// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '../page/article-text.ts';
import { paint, unpaint, type HighlightSpan } from './highlighter.ts';

const PAGE = `<!doctype html><html><head><title>T</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Atta Tarar news</nav>
<article>
  <h1>Talks in Istanbul end without a deal</h1>
  <p>Pakistan’s Information Minister, <b>Atta</b> Tarar, said the talks
     had failed. “We will continue,” he said on Tuesday in Islamabad.</p>
  <p>Defence Minister Khawaja Asif warned that Pakistan may “consider other options.”
     The mediators, Qatar and Türkiye, were thanked for their efforts over four long days
     of negotiations that ended without any agreement between the two delegations.</p>
  <p>Afghan officials did not respond to requests for comment about the failed talks in Istanbul,
     which followed clashes along the border earlier this month that killed dozens of people.</p>
</article>
<footer>Copyright Example News. Contact Khawaja Asif fans club.</footer>
</body></html>`;

function load(): Document {
  document.open();
  document.write(PAGE);
  document.close();
  return document;
}

function spansOf(text: string, words: string[]): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const word of words) {
    let at = text.indexOf(word);
    while (at >= 0) {
      spans.push({ start: at, end: at + word.length, attributes: { 'data-backstory-entity': word } });
      at = text.indexOf(word, at + word.length);
    }
  }
  return spans;
}

describe('highlighter', () => {
  it('marks exactly the requested spans, across inline elements, and nothing outside the article', async () => {
    const doc = load();
    const article = extractArticle(doc)!;
    expect(article).not.toBeNull();
    const spans = spansOf(article.text, ['Atta Tarar', 'Khawaja Asif', 'Türkiye']);
    await paint(article, [{ className: 'backstory-entity', spans }]);

    const marks = [...doc.querySelectorAll('mark.backstory-entity')];
    // "Atta Tarar" spans <b>Atta</b> and a text node: one mark per piece, same entity.
    const byEntity = new Map<string, string>();
    for (const m of marks) {
      const id = m.getAttribute('data-backstory-entity')!;
      byEntity.set(id, (byEntity.get(id) ?? '') + m.textContent);
    }
    expect(byEntity.get('Atta Tarar')).toBe('Atta Tarar');
    expect(byEntity.get('Khawaja Asif')).toBe('Khawaja Asif');
    expect(byEntity.get('Türkiye')).toBe('Türkiye');
    expect(doc.querySelector('nav mark, footer mark')).toBeNull();
  });

  it('leaves the page exactly as it was after the marks are removed', async () => {
    const doc = load();
    const before = doc.body.innerHTML;
    const beforeText = doc.body.textContent;
    const article = extractArticle(doc)!;
    const claim = article.text.indexOf('“We will continue,”');
    await paint(article, [
      { className: 'backstory-claim', spans: [{ start: claim, end: claim + 19, attributes: { 'data-backstory-claim': 'c1' } }] },
      { className: 'backstory-entity', spans: spansOf(article.text, ['Atta Tarar', 'Pakistan', 'Istanbul']) },
    ]);
    expect(doc.querySelector('mark[data-backstory-claim="c1"]')?.textContent).toBe('“We will continue,”');
    expect(doc.body.textContent).toBe(beforeText);
    unpaint(article.root, ['backstory-entity', 'backstory-claim']);
    expect(doc.querySelector('mark')).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('highlights a quote without a gap where a space is a text node of its own (&nbsp;)', async () => {
    document.open();
    document.write(PAGE.replace('“We will continue,”', '“We<span>&nbsp;</span>will <i>continue</i>,”'));
    document.close();
    const before = document.body.innerHTML;
    const article = extractArticle(document)!;
    const claim = article.text.indexOf('“We will continue,”');
    expect(claim).toBeGreaterThan(0);
    const count = await paint(article, [
      { className: 'backstory-claim', spans: [{ start: claim, end: claim + 19, attributes: { 'data-backstory-claim': 'c1' } }] },
    ]);
    const marks = [...document.querySelectorAll('mark[data-backstory-claim="c1"]')];
    expect(marks.map((m) => m.textContent).join('')).toBe('“We\u00a0will continue,”');
    expect(count).toBe(marks.length);
    unpaint(article.root, ['backstory-claim']);
    expect(document.body.innerHTML).toBe(before);
  });

  it('covers random span sets exactly and restores the DOM (property)', async () => {
    const doc = load();
    const before = doc.body.innerHTML;
    const text = extractArticle(doc)!.text;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 30 })), { maxLength: 12 }), async (pairs) => {
        load(); // a fresh page each run, so a failed run leaves nothing behind for the next
        const article = extractArticle(doc)!;
        // Non-overlapping spans that do not cross paragraph breaks (as the analysis guarantees).
        const spans: HighlightSpan[] = [];
        let last = -1;
        for (const [start, len] of [...pairs].sort((a, b) => a[0] - b[0])) {
          const end = Math.min(text.length, start + len);
          if (start < last || /\n/.test(text.slice(start, end)) || !text.slice(start, end).trim()) continue;
          spans.push({ start, end, attributes: { 'data-backstory-entity': `s${start}` } });
          last = end;
        }
        await paint(article, [{ className: 'backstory-entity', spans }]);
        for (const span of spans) {
          const got = [...doc.querySelectorAll(`mark[data-backstory-entity="s${span.start}"]`)].map((m) => m.textContent).join('');
          // Every visible character of the span is marked, and nothing else. (Marks hold the
          // page's raw whitespace.)
          expect(got.replace(/\s+/g, '')).toBe(text.slice(span.start, span.end).replace(/\s+/g, ''));
        }
        unpaint(article.root, ['backstory-entity']);
        expect(doc.body.innerHTML).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});
