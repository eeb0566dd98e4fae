/**
 * Is this page an article? Cheap checks, strongest first:
 * 1. schema.org metadata in JSON-LD naming an article type (the page's main thing, or
 *    the main entity of its WebPage; list items do not count);
 * 2. schema.org microdata on an element with an article itemtype;
 * 3. Open Graph `og:type` = article;
 * 4. Readability's isProbablyReaderable (enough long paragraphs).
 * A page that declares itself a listing (CollectionPage, SearchResultsPage, ItemList…)
 * and nothing article-like is not taken on the readability heuristic alone.
 */

import { isProbablyReaderable } from '@mozilla/readability';

export interface ArticleSignal {
  isArticle: boolean;
  reason: 'json-ld' | 'microdata' | 'og-type' | 'readerable' | 'none';
}

/** schema.org Article and the subtypes used for news, blogs and reports. */
const ARTICLE_TYPES = new Set(
  [
    'Article',
    'NewsArticle',
    'AnalysisNewsArticle',
    'AskPublicNewsArticle',
    'BackgroundNewsArticle',
    'OpinionNewsArticle',
    'ReportageNewsArticle',
    'ReviewNewsArticle',
    'SatiricalArticle',
    'ScholarlyArticle',
    'TechArticle',
    'Report',
    'BlogPosting',
    'LiveBlogPosting',
  ].map((t) => t.toLowerCase()),
);

/** Page types that say "this is a list of things", not one article. */
const LISTING_TYPES = new Set(
  ['CollectionPage', 'SearchResultsPage', 'ItemList', 'ProfilePage', 'Blog', 'WebSite'].map((t) =>
    t.toLowerCase(),
  ),
);

/** Keys through which a page points at its main content (not at lists of other things). */
const MAIN_KEYS = ['@graph', 'mainEntity', 'mainEntityOfPage'];

/** "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle" → "newsarticle". */
function typeName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.trim().split(/[/#:]/).pop();
  return name ? name.toLowerCase() : null;
}

function typesOf(node: Record<string, unknown>): string[] {
  const raw = node['@type'] ?? node['type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map(typeName).filter((t): t is string => t !== null);
}

interface JsonLdTypes {
  article: boolean;
  listing: boolean;
}

function visit(value: unknown, found: JsonLdTypes, depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, found, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  for (const type of typesOf(node)) {
    if (ARTICLE_TYPES.has(type)) found.article = true;
    else if (depth === 0 && LISTING_TYPES.has(type) && type !== 'website') found.listing = true;
  }
  for (const key of MAIN_KEYS) {
    if (key in node) visit(node[key], found, key === '@graph' ? depth : depth + 1);
  }
}

function jsonLdTypes(doc: Document): JsonLdTypes {
  const found: JsonLdTypes = { article: false, listing: false };
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const source = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    if (source === '') continue;
    try {
      visit(JSON.parse(source) as unknown, found, 0);
    } catch {
      // Malformed JSON-LD is common; it just says nothing.
    }
  }
  return found;
}

/** Exactly one element with an article itemtype: several are teasers on a list page. */
function hasArticleMicrodata(doc: Document): boolean {
  let count = 0;
  for (const el of Array.from(doc.querySelectorAll('[itemscope][itemtype]'))) {
    const types = (el.getAttribute('itemtype') ?? '').split(/\s+/);
    if (types.some((t) => ARTICLE_TYPES.has(typeName(t) ?? ''))) count++;
  }
  return count === 1;
}

function ogType(doc: Document): string | null {
  const meta = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]');
  return meta?.getAttribute('content')?.trim().toLowerCase() ?? null;
}

export function detectArticle(doc: Document): ArticleSignal {
  try {
    const jsonLd = jsonLdTypes(doc);
    if (jsonLd.article) return { isArticle: true, reason: 'json-ld' };
    if (hasArticleMicrodata(doc)) return { isArticle: true, reason: 'microdata' };
    const og = ogType(doc);
    if (og !== null && /^(article|[\w-]+\.article|newsarticle)$/.test(og)) return { isArticle: true, reason: 'og-type' };
    if (jsonLd.listing) return { isArticle: false, reason: 'none' };
    if (doc.body !== null && isProbablyReaderable(doc)) return { isArticle: true, reason: 'readerable' };
  } catch {
    // Fall through: a page we cannot read is not an article to us.
  }
  return { isArticle: false, reason: 'none' };
}
