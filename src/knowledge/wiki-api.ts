/**
 * The three Wikimedia endpoints the service uses: their URLs and tolerant readers for their
 * JSON (anything unexpected reads as null, never as an exception).
 *  - Wikidata `wbsearchentities`: items whose label or alias starts with a name.
 *  - Wikidata `wbgetentities`: their P31 (instance of) and English Wikipedia sitelink.
 *  - Wikipedia REST `page/summary/{title}`: description, plain-text extract, thumbnail, page URL.
 * Only the actor's name and item ids / page titles derived from it go into these URLs.
 */

export const DEFAULT_WIKIDATA = 'https://www.wikidata.org';
export const DEFAULT_WIKIPEDIA = 'https://en.wikipedia.org';
export const SEARCH_LIMIT = 7;

function base(url: string): string {
  return url.replace(/\/+$/, '');
}

export function searchUrl(wikidata: string, name: string): string {
  const q = new URLSearchParams({
    action: 'wbsearchentities',
    search: name,
    language: 'en',
    uselang: 'en',
    type: 'item',
    limit: String(SEARCH_LIMIT),
    format: 'json',
    origin: '*',
  });
  return `${base(wikidata)}/w/api.php?${q}`;
}

export function entitiesUrl(wikidata: string, ids: string[]): string {
  const q = new URLSearchParams({
    action: 'wbgetentities',
    ids: ids.join('|'),
    props: 'claims|sitelinks',
    sitefilter: 'enwiki',
    format: 'json',
    origin: '*',
  });
  return `${base(wikidata)}/w/api.php?${q}`;
}

export function summaryUrl(wikipedia: string, title: string): string {
  return `${base(wikipedia)}/api/rest_v1/page/summary/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

export interface SearchHit {
  id: string;
  label: string;
  description: string | null;
  aliases: string[];
  matchType: string | null;
}

export interface EntityInfo {
  /** P31 values (preferred and normal rank). */
  classes: string[];
  enwiki: string | null;
}

export interface Summary {
  /** 'standard' | 'disambiguation' | 'no-extract' | 'mainpage' … */
  type: string;
  title: string;
  description: string | null;
  extract: string | null;
  url: string | null;
  thumbnail: { source: string; width: number; height: number } | null;
  wikibaseItem: string | null;
}

type Json = Record<string, unknown>;
const isObj = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | null => (typeof x === 'string' && x.length > 0 ? x : null);
const QID = /^Q\d+$/;

export function parseSearch(data: unknown): SearchHit[] | null {
  if (!isObj(data) || !Array.isArray(data.search)) return null;
  const hits: SearchHit[] = [];
  for (const row of data.search) {
    if (!isObj(row)) continue;
    const id = str(row.id);
    if (!id || !QID.test(id)) continue;
    const display = isObj(row.display) ? row.display : {};
    const label = str(row.label) ?? (isObj(display.label) ? str(display.label.value) : null) ?? id;
    const description = str(row.description) ?? (isObj(display.description) ? str(display.description.value) : null);
    const match = isObj(row.match) ? row.match : null;
    const aliases = Array.isArray(row.aliases) ? row.aliases.filter((a): a is string => typeof a === 'string') : [];
    const matchText = match ? str(match.text) : null;
    if (matchText && match?.type === 'alias' && !aliases.includes(matchText)) aliases.push(matchText);
    hits.push({ id, label, description, aliases, matchType: match ? str(match.type) : null });
  }
  return hits;
}

function itemId(snak: unknown): string | null {
  if (!isObj(snak) || snak.snaktype !== 'value' || !isObj(snak.datavalue)) return null;
  const value = snak.datavalue.value;
  if (!isObj(value)) return null;
  const id = str(value.id) ?? (typeof value['numeric-id'] === 'number' ? `Q${value['numeric-id']}` : null);
  return id && QID.test(id) ? id : null;
}

/** P31 and the enwiki title per item id; items that are missing are left out. */
export function parseEntities(data: unknown): Map<string, EntityInfo> | null {
  if (!isObj(data) || !isObj(data.entities)) return null;
  const out = new Map<string, EntityInfo>();
  for (const [key, raw] of Object.entries(data.entities)) {
    if (!isObj(raw) || 'missing' in raw) continue;
    const claims = isObj(raw.claims) ? raw.claims : {};
    const p31 = Array.isArray(claims.P31) ? claims.P31 : [];
    const classes = p31
      .filter((st) => isObj(st) && st.rank !== 'deprecated')
      .map((st) => itemId((st as Json).mainsnak))
      .filter((x): x is string => x !== null);
    const sitelinks = isObj(raw.sitelinks) ? raw.sitelinks : {};
    const enwiki = isObj(sitelinks.enwiki) ? str(sitelinks.enwiki.title) : null;
    const info = { classes, enwiki };
    out.set(key, info);
    const id = str(raw.id);
    if (id && id !== key) out.set(id, info);
  }
  // Redirected ids: wbgetentities keys the target; remember the id we asked for too.
  if (isObj(data.redirects)) {
    const from = str(data.redirects.from);
    const to = str(data.redirects.to);
    if (from && to && out.has(to)) out.set(from, out.get(to)!);
  }
  return out;
}

export function parseSummary(data: unknown): Summary | null {
  if (!isObj(data)) return null;
  const type = str(data.type);
  const titles = isObj(data.titles) ? data.titles : {};
  const title = str(titles.normalized) ?? str(data.title)?.replace(/_/g, ' ') ?? null;
  if (!type || !title) return null;
  const urls = isObj(data.content_urls) && isObj(data.content_urls.desktop) ? data.content_urls.desktop : {};
  const thumb = isObj(data.thumbnail) ? data.thumbnail : null;
  const thumbnail =
    thumb && str(thumb.source) && /^https:\/\//.test(thumb.source as string) && typeof thumb.width === 'number' && typeof thumb.height === 'number'
      ? { source: thumb.source as string, width: thumb.width, height: thumb.height }
      : null;
  const url = str(urls.page);
  return {
    type,
    title,
    description: str(data.description),
    // Plain text only: `extract_html` is never read.
    extract: str(data.extract),
    url: url && /^https?:\/\//.test(url) ? url : null,
    thumbnail,
    wikibaseItem: str(data.wikibase_item),
  };
}
