// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectArticle } from './detect-article.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function withHead(head: string, body = '<p>Short teaser.</p>'): Document {
  return parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

const LONG =
  'The minister told reporters on Tuesday that the talks would continue next week in the capital, ' +
  'according to two officials who spoke on condition of anonymity because they were not authorised to speak publicly.';

describe('detectArticle: JSON-LD', () => {
  it.each([
    ['a NewsArticle', '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks"}'],
    ['a type array', '{"@context":"https://schema.org","@type":["Article","CreativeWork"]}'],
    ['a ReportageNewsArticle as a full URL', '{"@type":"http://schema.org/ReportageNewsArticle"}'],
    ['a BlogPosting in a top-level array', '[{"@type":"Organization","name":"X"},{"@type":"BlogPosting"}]'],
    [
      'an article inside @graph',
      '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"WebPage"},{"@type":"NewsArticle"}]}',
    ],
    ['the main entity of a WebPage', '{"@type":"WebPage","mainEntity":{"@type":"OpinionNewsArticle"}}'],
    ['JSON-LD wrapped in CDATA', '<![CDATA[{"@type":"NewsArticle"}]]>'],
  ])('recognises %s', (_label, json) => {
    expect(detectArticle(withHead(ld(json)))).toEqual({ isArticle: true, reason: 'json-ld' });
  });

  it('ignores malformed JSON-LD and keeps looking', () => {
    const doc = withHead(`${ld('{"@type": "NewsArticle",,,')}<meta property="og:type" content="article">`);
    expect(detectArticle(doc)).toEqual({ isArticle: true, reason: 'og-type' });
    expect(detectArticle(withHead(ld('{not json')))).toEqual({ isArticle: false, reason: 'none' });
  });

  it('does not take a list of articles for an article', () => {
    const list = ld(
      '{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle"}},' +
        '{"@type":"ListItem","item":{"@type":"NewsArticle"}}]}',
    );
    expect(detectArticle(withHead(list)).isArticle).toBe(false);
  });
});

describe('detectArticle: other signals', () => {
  it('recognises og:type=article', () => {
    expect(detectArticle(withHead('<meta property="og:type" content="article">'))).toEqual({
      isArticle: true,
      reason: 'og-type',
    });
    expect(detectArticle(withHead('<meta property="og:type" content="website">')).isArticle).toBe(false);
  });

  it('recognises one schema.org article in microdata, not a list of teasers', () => {
    const one = withHead('', `<div itemscope itemtype="https://schema.org/NewsArticle"><p>Text.</p></div>`);
    expect(detectArticle(one)).toEqual({ isArticle: true, reason: 'microdata' });
    const many = withHead(
      '',
      Array.from({ length: 3 }, () => `<div itemscope itemtype="https://schema.org/NewsArticle"><p>Teaser.</p></div>`).join(''),
    );
    expect(detectArticle(many).isArticle).toBe(false);
  });

  it('falls back to readability of the text', () => {
    const doc = withHead('<title>Talks</title>', `<article><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></article>`);
    expect(detectArticle(doc)).toEqual({ isArticle: true, reason: 'readerable' });
  });

  it('says no to a search results page and to a section front', () => {
    const results = Array.from(
      { length: 12 },
      (_, i) => `<li><a href="/story/${i}">Talks resume in Doha, story ${i}</a><p>Officials met on Tuesday.</p></li>`,
    ).join('');
    const search = withHead(
      `<title>Search: talks</title>${ld('{"@type":"SearchResultsPage"}')}<meta property="og:type" content="website">`,
      `<nav><a href="/">Home</a></nav><form role="search"><input name="q" value="talks"></form><ol>${results}</ol>`,
    );
    expect(detectArticle(search)).toEqual({ isArticle: false, reason: 'none' });

    const teasers = Array.from({ length: 8 }, () => `<div class="teaser"><h3><a href="/s">Headline</a></h3><p>${LONG}</p></div>`).join('');
    const section = withHead(`<title>World</title>${ld('{"@type":"CollectionPage"}')}`, teasers);
    expect(detectArticle(section)).toEqual({ isArticle: false, reason: 'none' });
  });

  it('recognises the saved news pages', () => {
    for (const name of ['bbc-1', 'cnn', 'nytimes-1', 'wapo-1', 'telegraph', 'herald-sun-1']) {
      const doc = parse(readFileSync(join(fixtures, name, 'source.html'), 'utf8'));
      expect(detectArticle(doc).isArticle, name).toBe(true);
    }
  });

  it('never throws', () => {
    const empty = document.implementation.createDocument(null, null, null);
    expect(detectArticle(empty)).toEqual({ isArticle: false, reason: 'none' });
    expect(detectArticle(parse(''))).toEqual({ isArticle: false, reason: 'none' });
  });
});
