// @vitest-environment jsdom
/**
 * Property-based tests of the highlighter on RANDOM pages: random trees of inline and
 * block elements, whitespace runs, entities, soft hyphens, empty and adjacent text nodes,
 * with random span sets painted in two passes (claims, then entities inside or across them).
 *
 * Properties a reader would notice:
 * - the page's text is unchanged by painting (marks only wrap text);
 * - every character of a requested span that the article text shows is marked with that
 *   span's id, and no other character is marked (re-extracting the article after painting
 *   gives the same text, and its characters tell which marks hold them);
 * - removing the marks restores the page's HTML exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle, type ArticleText } from '../page/article-text.ts';
import { paint, unpaint, type HighlightSpan } from './highlighter.ts';

type NodeSpec =
  | { kind: 'text'; value: string }
  | { kind: 'html'; value: string }
  | { kind: 'br' }
  | { kind: 'el'; tag: string; children: NodeSpec[] };

const WORDS = [
  'Atta', 'Tarar', 'Khawaja', 'Asif', 'Türkiye', 'Islamabad', 'said', 'the', 'talks', 'in', 'Doha',
  'minister', 'of', 'naı̈ve', 'café', 'O’Brien', '“We', 'will', 'continue,”', 'U.S.', 'al-Sharif',
  'خواجہ', '👍', 'co\u00adoperation', 'zero\u200bwidth', 'Zürich', 'déjà', 'vu', '—', '(AFP)', '2025.',
];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', ' \n  ', ''];
/** Snippets parsed as HTML: character references become single characters in the DOM. */
const ENTITY_SNIPPETS = ['Tom &amp; Jerry', '&nbsp;', '&lt;b&gt;not bold&lt;/b&gt;', '&#8220;quoted&#8221;', 'caf&eacute;', '&#x1F600;', 'a&shy;b', '&quot;'];
const INLINE_TAGS = ['b', 'i', 'em', 'strong', 'span', 'a', 'small', 'sup', 'code', 'q', 'abbr'];
const BLOCK_TAGS = ['p', 'div', 'blockquote', 'h2', 'h3', 'section', 'ul', 'li', 'figure', 'figcaption', 'pre'];

const textArb: fc.Arbitrary<NodeSpec> = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)), { minLength: 0, maxLength: 8 })
  .map((parts) => ({ kind: 'text' as const, value: parts.map(([w, s]) => w + s).join('') }));

const leafArb: fc.Arbitrary<NodeSpec> = fc.oneof(
  { weight: 6, arbitrary: textArb },
  { weight: 1, arbitrary: fc.constant<NodeSpec>({ kind: 'text', value: '' }) },
  { weight: 1, arbitrary: fc.constantFrom(...SPACES).map((value): NodeSpec => ({ kind: 'text', value })) },
  { weight: 1, arbitrary: fc.constantFrom(...ENTITY_SNIPPETS).map((value): NodeSpec => ({ kind: 'html', value })) },
  { weight: 1, arbitrary: fc.constant<NodeSpec>({ kind: 'br' }) },
);

const { tree } = fc.letrec<{ tree: NodeSpec; inline: NodeSpec; block: NodeSpec }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafArb, tie('inline'), tie('block')),
  inline: fc.record({
    kind: fc.constant('el' as const),
    tag: fc.constantFrom(...INLINE_TAGS),
    children: fc.array(fc.oneof({ depthSize: 'small' }, leafArb, tie('inline')), { maxLength: 4 }),
  }),
  block: fc.record({
    kind: fc.constant('el' as const),
    tag: fc.constantFrom(...BLOCK_TAGS),
    children: fc.array(tie('tree'), { maxLength: 5 }),
  }),
}));

/** Enough ordinary prose that Readability takes the <article> as the page's body. */
const PROSE =
  'Pakistan’s Information Minister, Atta Tarar, said the talks in Istanbul had ended without agreement. ' +
  'Defence Minister Khawaja Asif warned that Islamabad could consider other options if attacks continued. ' +
  'The mediators, Qatar and Türkiye, thanked both delegations for four long days of negotiations, ' +
  'which followed clashes along the border earlier this month that killed dozens of people on both sides.';

function build(doc: Document, spec: NodeSpec, parent: Node): void {
  switch (spec.kind) {
    case 'text':
      parent.appendChild(doc.createTextNode(spec.value));
      return;
    case 'br':
      parent.appendChild(doc.createElement('br'));
      return;
    case 'html': {
      const template = doc.createElement('template');
      template.innerHTML = spec.value;
      parent.appendChild(template.content);
      return;
    }
    case 'el': {
      const el = doc.createElement(spec.tag);
      if (spec.tag === 'a') el.setAttribute('href', '#x');
      for (const child of spec.children) build(doc, child, el);
      parent.appendChild(el);
    }
  }
}

function loadRandomPage(doc: Document, trees: NodeSpec[]): void {
  doc.open();
  doc.write('<!doctype html><html><head><title>Random page</title></head><body></body></html>');
  doc.close();
  const nav = doc.createElement('nav');
  nav.textContent = 'Home World Atta Tarar Business';
  const article = doc.createElement('article');
  const h1 = doc.createElement('h1');
  h1.textContent = 'Talks end without a deal';
  const lead = doc.createElement('p');
  lead.textContent = PROSE;
  article.append(h1, lead);
  for (const spec of trees) build(doc, spec, article);
  const tail = doc.createElement('p');
  tail.textContent = PROSE;
  article.append(tail);
  const footer = doc.createElement('footer');
  footer.textContent = 'Copyright Example News';
  doc.body.append(nav, article, footer);
}

/** [start, length] fractions of the text, made into non-overlapping spans (mark.js refuses overlaps within a pass). */
const spanSeedsArb = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 60 })), { maxLength: 10 });

function toSpans(text: string, seeds: [number, number][], attr: string, prefix: string): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  let last = 0;
  const sorted = seeds.map(([f, len]) => [Math.floor(f * text.length), len] as const).sort((a, b) => a[0] - b[0]);
  for (const [start, len] of sorted) {
    const end = Math.min(text.length, start + len);
    if (start < last || end <= start) continue;
    // A span of separators only has nothing to show; the analysis never asks for one.
    if (!text.slice(start, end).trim()) continue;
    spans.push({ start, end, attributes: { [attr]: `${prefix}${spans.length}` } });
    last = end;
  }
  return spans;
}

/** For each character of `article.text`, the ids of the marks of `attr` around it ('' when none). */
function coverage(article: ArticleText, attr: string): string[] {
  const out = new Array<string>(article.text.length).fill('');
  for (const seg of article.segments) {
    const ids: string[] = [];
    for (let el = seg.node.parentElement; el; el = el.parentElement) {
      if (el.tagName === 'MARK' && el.hasAttribute(attr)) ids.push(el.getAttribute(attr) ?? '');
    }
    for (let i = seg.start; i < seg.end; i++) out[i] = ids.join(',');
  }
  return out;
}

function expectedCoverage(article: ArticleText, spans: HighlightSpan[], attr: string): string[] {
  const inSegment = new Array<boolean>(article.text.length).fill(false);
  for (const seg of article.segments) for (let i = seg.start; i < seg.end; i++) inSegment[i] = true;
  const out = new Array<string>(article.text.length).fill('');
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) if (inSegment[i]) out[i] = span.attributes[attr] ?? '';
  }
  return out;
}

describe('highlighter on random pages (property)', () => {
  it('marks exactly the requested spans, leaves the text unchanged, and unpainting restores the page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 6 }), spanSeedsArb, spanSeedsArb, async (trees, claimSeeds, entitySeeds) => {
        loadRandomPage(document, trees);
        const beforeHtml = document.body.innerHTML;
        const beforeText = document.body.textContent;
        const article = extractArticle(document);
        expect(article, 'an article is found').not.toBeNull();
        if (!article) return;

        const claims = toSpans(article.text, claimSeeds, 'data-backstory-claim', 'c');
        const entities = toSpans(article.text, entitySeeds, 'data-backstory-entity', 'e');
        await paint(article, [
          { className: 'backstory-claim', spans: claims },
          { className: 'backstory-entity', spans: entities },
        ]);

        expect(document.body.textContent, 'the page text is unchanged').toBe(beforeText);
        expect(document.querySelector('nav mark, footer mark'), 'nothing marked outside the article').toBeNull();
        const again = extractArticle(document);
        expect(again?.text, 'the article text is the same with the marks in').toBe(article.text);
        if (!again) return;
        expect(coverage(again, 'data-backstory-claim')).toEqual(expectedCoverage(article, claims, 'data-backstory-claim'));
        expect(coverage(again, 'data-backstory-entity')).toEqual(expectedCoverage(article, entities, 'data-backstory-entity'));

        unpaint(article.root, ['backstory-entity', 'backstory-claim']);
        expect(document.querySelector('mark'), 'every mark removed').toBeNull();
        expect(document.body.innerHTML, 'the page HTML is restored exactly').toBe(beforeHtml);
      }),
      // A counterexample is reported rather than shrunk for ever (each run builds a page).
      { numRuns: 150, interruptAfterTimeLimit: 60_000 },
    );
  }, 120_000);

  it('repaints after unpainting with the same result (toggle off and on)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 5 }), spanSeedsArb, async (trees, seeds) => {
        loadRandomPage(document, trees);
        const first = extractArticle(document);
        if (!first) return;
        const spans = toSpans(first.text, seeds, 'data-backstory-entity', 'e');
        await paint(first, [{ className: 'backstory-entity', spans }]);
        unpaint(first.root, ['backstory-entity']);
        // After unpainting, text nodes were merged: the annotator extracts afresh before repainting.
        const second = extractArticle(document);
        expect(second?.text).toBe(first.text);
        if (!second) return;
        await paint(second, [{ className: 'backstory-entity', spans }]);
        const third = extractArticle(document);
        expect(third?.text).toBe(first.text);
        if (!third) return;
        expect(coverage(third, 'data-backstory-entity')).toEqual(expectedCoverage(first, spans, 'data-backstory-entity'));
      }),
      { numRuns: 60, interruptAfterTimeLimit: 60_000 },
    );
  }, 120_000);
});
