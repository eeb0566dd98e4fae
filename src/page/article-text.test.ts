// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, extractArticleSliced, toDomPosition, toDomRange, type ArticleText } from './article-text.ts';

// Paths from import.meta.url, not `new URL`: under jsdom the global URL is jsdom's.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function page(name: string): Document {
  return parse(readFileSync(join(fixtures, name, 'source.html'), 'utf8'));
}

function visibleText(doc: Document): string {
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ');
}

/** Every segment is live and its text is what the live node holds at the mapped offsets. */
function expectFaithfulMapping(article: ArticleText): void {
  let joined = '';
  let previousEnd = 0;
  for (const seg of article.segments) {
    expect(seg.node.isConnected).toBe(true);
    expect(seg.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = seg.end;
    const text = article.text.slice(seg.start, seg.end);
    joined += text;
    for (let k = 0; k < text.length; k++) {
      const raw = seg.node.data[seg.rawOffsets === null ? k : (seg.rawOffsets[k] as number)] as string;
      if (text[k] === ' ') expect(raw).toMatch(/\s/);
      else expect(raw).toBe(text[k]);
    }
  }
  expect(joined).toBe(article.text.replace(/\n/g, ''));
}

/** The word at its first and last occurrence maps back to the same word in a live node. */
function expectWordMapsBack(article: ArticleText, word: string): void {
  for (const at of [article.text.indexOf(word), article.text.lastIndexOf(word)]) {
    expect(at, word).toBeGreaterThanOrEqual(0);
    const pos = toDomPosition(article, at);
    expect(pos).not.toBeNull();
    expect(pos?.node.isConnected).toBe(true);
    expect(pos?.node.data.slice(pos.offset, pos.offset + word.length)).toBe(word);
  }
}

interface PageCase {
  name: string;
  first: string;
  last: string;
  /** Text visible on the page outside the article (navigation, footer, related stories). */
  outside: string[];
  words: string[];
}

const PAGES: PageCase[] = [
  {
    name: 'bbc-1',
    first: 'President Barack Obama has admitted that his failure to pass "common sense gun safety laws"',
    last: 'Mr Obama will become the first US president to address the African Union when he travels on to Ethiopia on Sunday.',
    outside: ['BBC navigation', 'Five things we learned from Obama interview', 'Terms of Use'],
    words: ['Obama', 'Kenya', 'Sopel'],
  },
  {
    name: 'cnn',
    first: 'The U.S. has long been heralded as a land of opportunity -- a place where anyone can succeed',
    last: 'Additionally, the levels of assistance in the U.S. are generally lower than in other countries.',
    outside: ['Advertise with Us', 'Related: Chicago is America\'s most segregated city', 'Closed Captioning'],
    words: ['Stanford', 'Inequality'],
  },
  {
    name: 'nytimes-1',
    first: 'LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan',
    last: 'the Obama administration had made a “deal with the devil.”',
    outside: ['Site Navigation', 'Continue reading the main story', 'See next articles'],
    words: ['Sudan', 'Reeves'],
  },
  {
    name: 'wapo-1',
    first: 'CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday',
    last: 'Heba Habib contributed to this report.',
    outside: [
      'Terms of Service',
      'Tunisia’s Bardo museum is home to amazing Roman treasures',
      'Tunisia’s Islamists get a sobering lesson in governing',
    ],
    words: ['Tunisia', 'Bardo'],
  },
  {
    name: 'telegraph',
    first: 'Zimbabwe President Robert Mugabe, his wife Grace and two key figures from her G40 political faction are under house arrest',
    last: 'a regional breadbasket reduced to destitution by economic policies Mr Mugabe\'s critics have long blamed on him.',
    outside: ['Fantasy Football', 'Upgrade to Premium', 'Work at The Telegraph'],
    words: ['Mugabe', 'Kasukuwere', 'Harare'],
  },
  {
    name: 'herald-sun-1',
    first: 'A HIGH-powered federal government team has been doing the rounds of media organisations',
    last: 'Memories of the grief Conroy brought down on his head would undoubtedly make Abbott sit up and take notice.',
    outside: ['Forgot your password?', 'Login with Facebook', 'Source: Supplied'],
    words: ['Shearer', 'Conroy', 'Turnbull'],
  },
];

describe('extractArticle on saved news pages', () => {
  for (const c of PAGES) {
    describe(c.name, () => {
      const doc = page(c.name);
      const before = doc.documentElement.outerHTML;
      const article = extractArticle(doc);

      it('finds the article from its first to its last paragraph', () => {
        expect(article).not.toBeNull();
        expect(article?.text).toContain(c.first);
        expect(article?.text).toContain(c.last);
        expect(article?.text.startsWith(c.first)).toBe(true);
      });

      it('leaves out navigation, footers and related stories', () => {
        for (const s of c.outside) {
          expect(visibleText(doc), `"${s}" is on the page`).toContain(s);
          expect(article?.text).not.toContain(s);
        }
      });

      it('maps every character back to the live text node it came from', () => {
        expectFaithfulMapping(article as ArticleText);
        for (const w of c.words) expectWordMapsBack(article as ArticleText, w);
        for (const seg of (article as ArticleText).segments) expect(article?.root.contains(seg.node)).toBe(true);
      });

      it('does not change the page', () => {
        expect(doc.documentElement.outerHTML).toBe(before);
      });
    });
  }

  it('gives the page its turns while extracting in slices, with the same result', async () => {
    const doc = page(PAGES[0]!.name);
    const whole = extractArticle(doc);
    let pageTurns = 0;
    const tick = (): void => {
      pageTurns++;
      if (pageTurns < 1000) timer = setTimeout(tick, 0);
    };
    let timer = setTimeout(tick, 0);
    const sliced = await extractArticleSliced(doc);
    clearTimeout(timer);
    // The page's own timer ran between the steps (a page's click or scroll would too).
    expect(pageTurns).toBeGreaterThanOrEqual(3);
    expect(sliced?.text).toBe(whole?.text);
    expect(sliced?.segments.map((s) => s.node)).toEqual(whole?.segments.map((s) => s.node));
  });

  it('reads the metadata', () => {
    const article = extractArticle(page('bbc-1'));
    expect(article?.title).toBe("Obama admits US gun laws are his 'biggest frustration'");
    expect(article?.lang).toBe('en');
    expect(article?.siteName).toBe('BBC News');
  });
});

const PARAGRAPH =
  'The minister told reporters on Tuesday that the talks would continue next week in the capital, ' +
  'according to two officials who spoke on condition of anonymity because they were not authorised to speak.';

function articlePage(body: string): Document {
  return parse(
    `<!doctype html><html lang="en"><head><title>Talks</title></head><body>` +
      `<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>` +
      `<article>${body}</article><footer>© Example News</footer></body></html>`,
  );
}

describe('text shape', () => {
  it('collapses whitespace, separates blocks with a blank line and keeps headings as paragraphs', () => {
    const doc = articlePage(
      `<h2>Talks   resume</h2>\n  <p>\n   First   paragraph:\t${PARAGRAPH}\n</p>` +
        `<p>Second <b>bold</b>  <i> italic </i>paragraph. ${PARAGRAPH}</p>`,
    );
    const article = extractArticle(doc) as ArticleText;
    expect(article.text).toBe(
      `Talks resume\n\nFirst paragraph: ${PARAGRAPH}\n\nSecond bold italic paragraph. ${PARAGRAPH}`,
    );
    expectFaithfulMapping(article);
  });

  it('turns <br> into a line break and list items into paragraphs', () => {
    const doc = articlePage(
      `<p>Line one of the statement.<br>  Line two of the statement. ${PARAGRAPH}</p>` +
        `<ul><li>First point made by the minister.</li><li>Second point.</li></ul><p>${PARAGRAPH}</p>`,
    );
    const article = extractArticle(doc) as ArticleText;
    expect(article.text).toContain('Line one of the statement.\nLine two of the statement.');
    expect(article.text).toContain('\n\nFirst point made by the minister.\n\nSecond point.\n\n');
    expectFaithfulMapping(article);
  });

  it('keeps the space between inline elements and drops soft hyphens', () => {
    const doc = articlePage(`<p><a href="/a">Atta</a> <a href="/t">Tarar</a> said Tür\u00adkiye was ready. ${PARAGRAPH}</p><p>${PARAGRAPH}</p>`);
    const article = extractArticle(doc) as ArticleText;
    expect(article.text.startsWith('Atta Tarar said Türkiye was ready.')).toBe(true);
    expectFaithfulMapping(article);
    const at = article.text.indexOf('kiye');
    const pos = toDomPosition(article, at);
    expect(pos?.node.data.slice(pos.offset, pos.offset + 4)).toBe('kiye');
  });

  it('never reads form fields, scripts or editable regions', () => {
    const doc = articlePage(
      `<p>${PARAGRAPH}</p><p>${PARAGRAPH} <textarea>draft comment</textarea></p>` +
        `<div contenteditable="true"><p>Editable words typed by the reader are not the article.</p></div>` +
        `<p>${PARAGRAPH}<script>var leaked = "script text";</script></p>`,
    );
    const article = extractArticle(doc) as ArticleText;
    expect(article.text).not.toContain('draft comment');
    expect(article.text).not.toContain('Editable words');
    expect(article.text).not.toContain('script text');
    expect(article.text).toContain(PARAGRAPH);
  });

  it('leaves out captions and link lists inside the article', () => {
    const doc = articlePage(
      `<p>${PARAGRAPH}</p><figure><img src="a.jpg"><figcaption>The minister arrives. Photo: Agency</figcaption></figure>` +
        `<p>${PARAGRAPH}</p><ul><li><a href="/1">Another story about something else</a></li>` +
        `<li><a href="/2">A second story nobody asked for</a></li></ul><p>${PARAGRAPH}</p>`,
    );
    const article = extractArticle(doc) as ArticleText;
    expect(article.text).not.toContain('Photo: Agency');
    expect(article.text).not.toContain('Another story');
    expect(extractArticle(doc, { keepBoilerplate: true })?.text).toContain('Photo: Agency');
  });

  it('maps text that Readability re-parsed (its retry on short or oddly classed pages)', () => {
    // Class "comment" makes Readability's first pass strip the story; its later passes
    // rebuild the page from HTML, so none of the text nodes it returns are the page's own.
    const doc = parse(
      `<html><body><nav><a href="/">Home</a></nav><div class="comment-area"><p>${PARAGRAPH}</p>` +
        `<p>Second <b>paragraph</b> of the <a href="/x">story</a> says <script>var x = 1;</script>more about the talks in Doha.</p>` +
        `</div></body></html>`,
    );
    const article = extractArticle(doc) as ArticleText;
    expect(article.text).toBe(`${PARAGRAPH}\n\nSecond paragraph of the story says more about the talks in Doha.`);
    expectFaithfulMapping(article);
    expectWordMapsBack(article, 'Doha');
  });

  it('keeps inline datelines and blocks whose class only mentions a caption', () => {
    const doc = articlePage(
      `<p><span class="dateline">CAIRO —</span> ${PARAGRAPH}</p>` +
        `<div class="item no_caption"><p>Kept paragraph. ${PARAGRAPH}</p></div><div class="image-credit"><p>Photo: Agency</p></div>`,
    );
    const article = extractArticle(doc) as ArticleText;
    expect(article.text.startsWith(`CAIRO — ${PARAGRAPH}`)).toBe(true);
    expect(article.text).toContain('Kept paragraph.');
    expect(article.text).not.toContain('Photo: Agency');
  });

  it('returns null when there is no article', () => {
    expect(extractArticle(parse('<html><body><nav><a href="/">Home</a></nav></body></html>'))).toBeNull();
    expect(extractArticle(parse('<html><body></body></html>'))).toBeNull();
    const noBody = document.implementation.createDocument(null, null, null);
    expect(extractArticle(noBody)).toBeNull();
  });

  it('stops at maxChars', () => {
    const doc = articlePage(Array.from({ length: 40 }, () => `<p>${PARAGRAPH}</p>`).join(''));
    const article = extractArticle(doc, { maxChars: 1000 }) as ArticleText;
    expect(article.text.length).toBe(1000);
    expect(article.truncated).toBe(true);
    expectFaithfulMapping(article);
    const whole = extractArticle(doc) as ArticleText;
    expect(whole.truncated).toBe(false);
    expect(extractArticle(doc, { maxChars: whole.text.length })?.truncated).toBe(false);
    expect(extractArticle(doc, { maxChars: whole.text.length - 1 })?.truncated).toBe(true);
  });
});

describe('toDomPosition / toDomRange', () => {
  const doc = articlePage(`<p>Alpha <em>beta</em> gamma. ${PARAGRAPH}</p><p>Delta epsilon. ${PARAGRAPH}</p>`);
  const article = extractArticle(doc) as ArticleText;

  it('maps an offset on a separator to the next paragraph (forward) or the end of the previous one (backward)', () => {
    const sep = article.text.indexOf('\n\n');
    const next = toDomPosition(article, sep);
    expect(next?.node.data.slice(next.offset).startsWith('Delta')).toBe(true);
    const prev = toDomPosition(article, sep, 'backward');
    expect(prev?.node.data.slice(0, prev.offset).endsWith('speak.')).toBe(true);
    expect(toDomPosition(article, article.text.length + 1)).toBeNull();
    expect(toDomPosition(article, article.text.length)).toBeNull();
  });

  it('gives a live Range whose text is the span, across inline elements', () => {
    const start = article.text.indexOf('Alpha');
    const range = toDomRange(article, start, start + 'Alpha beta gamma'.length);
    expect(range?.toString()).toBe('Alpha beta gamma');
    const delta = article.text.indexOf('Delta epsilon');
    expect(toDomRange(article, delta, delta + 13)?.toString()).toBe('Delta epsilon');
  });
});

describe('a page Backstory has already annotated', () => {
  it('gives the same text, mapped to the split text nodes', () => {
    const doc = page('telegraph');
    const first = extractArticle(doc) as ArticleText;
    // Wrap every "Mugabe" in a highlight, as the highlighter does (last first, so offsets hold).
    const starts: number[] = [];
    for (let at = first.text.indexOf('Mugabe'); at >= 0; at = first.text.indexOf('Mugabe', at + 1)) starts.push(at);
    for (const at of starts.reverse()) {
      const range = toDomRange(first, at, at + 'Mugabe'.length) as Range;
      const mark = doc.createElement('mark');
      mark.dataset.backstoryEntity = 'e1';
      range.surroundContents(mark);
    }
    expect(doc.querySelectorAll('mark[data-backstory-entity]').length).toBe(starts.length);
    const again = extractArticle(doc) as ArticleText;
    expect(again.text).toBe(first.text);
    expectFaithfulMapping(again);
    expectWordMapsBack(again, 'Mugabe');
  });

  it('finds the same article whatever its highlights do to Readability’s weighing of a list', () => {
    const prose = 'Pakistan’s Information Minister, Atta Tarar, said the talks in Istanbul had ended without agreement. Defence Minister Khawaja Asif warned that Islamabad could consider other options if attacks continued, and the mediators thanked both delegations.';
    const list = '<ul>minister — U.S. cooperation <abbr><b></b>2025 talks “We “We Türkiye of café al-Sharif</abbr></ul>';
    const html = (inner: string): string => `<nav>Home World Business</nav><article><h1>Talks end</h1><p>${prose}</p>${inner}<p>${prose}</p></article><footer>Copyright</footer>`;
    const plain = parse(html(list));
    const painted = parse(html(list.replace('al-Sharif', 'al-Shari<mark class="backstory-entity" data-backstory-entity="e1">f</mark>')));
    const first = extractArticle(plain) as ArticleText;
    expect(first.text).toContain('U.S. cooperation');
    expect((extractArticle(painted) as ArticleText).text).toBe(first.text);
  });
});

describe('large pages', () => {
  it('extracts a 5 MB page', { timeout: 120_000 }, () => {
    const paragraph = `<p>${PARAGRAPH} <a href="/more">More</a></p>\n`;
    const count = Math.ceil(5_000_000 / paragraph.length);
    const doc = articlePage(paragraph.repeat(count));
    expect(doc.documentElement.outerHTML.length).toBeGreaterThan(5_000_000);
    const article = extractArticle(doc) as ArticleText;
    expect(article.truncated).toBe(true);
    expect(article.text.length).toBe(1_000_000);
    expect(article.text.startsWith(PARAGRAPH)).toBe(true);
    const last = article.segments[article.segments.length - 1];
    expect(last?.node.isConnected).toBe(true);
  });
});
