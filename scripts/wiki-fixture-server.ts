/**
 * A local stand-in for Wikidata (`/w/api.php`: wbsearchentities, wbgetentities) and the
 * Wikipedia REST API (`/api/rest_v1/page/summary/{title}`), answering in the real JSON formats
 * from hand-built fixtures (src/knowledge/fixtures/wiki-fixtures.ts), including each failure:
 * a hang (timeout), 404, 429 with Retry-After, 500 and malformed JSON.
 *
 * Tests: `const server = await startWikiServer()` then point the service's `wikidata` and
 * `wikipedia` options at `server.url`. By hand: `npx tsx scripts/wiki-fixture-server.ts [port]`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { normalizeName } from '../src/knowledge/choose.ts';
import {
  ITEMS,
  RETRY_AFTER_SECONDS,
  SEARCH,
  SEARCH_FAILURES,
  SUMMARIES,
  SUMMARY_FAILURES,
  type FixtureItem,
} from '../src/knowledge/fixtures/wiki-fixtures.ts';

export interface WikiServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (serves both APIs). */
  url: string;
  /** Path and query of every request received, in order. */
  requests: string[];
  /** The Api-User-Agent header of every request received, in order. */
  userAgents: Array<string | null>;
  close(): Promise<void>;
}

type Failure = 'timeout' | '429' | '500' | 'malformed';

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', ...headers });
  res.end(text);
}

/** Answers a failure kind; true when it did (a hang answers nothing). */
function fail(res: ServerResponse, kind: Failure | undefined, hung: Set<ServerResponse>): boolean {
  switch (kind) {
    case undefined:
      return false;
    case 'timeout':
      hung.add(res);
      return true;
    case '429':
      send(res, 429, { error: { code: 'too-many-requests', info: 'You are making too many requests.' } }, { 'retry-after': String(RETRY_AFTER_SECONDS) });
      return true;
    case '500':
      send(res, 500, '<!DOCTYPE html><html><body><h1>Internal error</h1></body></html>', { 'content-type': 'text/html' });
      return true;
    case 'malformed':
      send(res, 200, '{"searchinfo":{"search":"garbled"},"search":[{"id":"Q1","label":');
      return true;
  }
}

function statement(itemId: string, property: string, value: string, rank: 'normal' | 'deprecated', n: number) {
  return {
    mainsnak: {
      snaktype: 'value',
      property,
      hash: `${itemId}${property}${n}`.padEnd(40, '0').slice(0, 40),
      datavalue: { value: { 'entity-type': 'item', 'numeric-id': Number(value.slice(1)), id: value }, type: 'wikibase-entityid' },
      datatype: 'wikibase-item',
    },
    type: 'statement',
    id: `${itemId}$${(n + 1).toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
    rank,
  };
}

function searchResult(id: string, item: FixtureItem, query: string) {
  const q = normalizeName(query);
  const alias = normalizeName(item.label) === q ? null : (item.aliases ?? []).find((a) => normalizeName(a) === q) ?? null;
  return {
    id,
    title: id,
    pageid: Number(id.slice(1)) % 100_000_000,
    concepturi: `http://www.wikidata.org/entity/${id}`,
    repository: 'wikidata',
    url: `//www.wikidata.org/wiki/${id}`,
    display: { label: { value: item.label, language: 'en' }, description: { value: item.description, language: 'en' } },
    label: item.label,
    description: item.description,
    match: alias ? { type: 'alias', language: 'en', text: alias } : { type: 'label', language: 'en', text: item.label },
    ...(alias ? { aliases: [alias] } : {}),
  };
}

function entity(id: string, item: FixtureItem) {
  const p31 = [
    ...item.classes.map((q, i) => statement(id, 'P31', q, 'normal', i)),
    ...(item.deprecatedClasses ?? []).map((q, i) => statement(id, 'P31', q, 'deprecated', 100 + i)),
  ];
  return {
    type: 'item',
    id,
    claims: { P31: p31 },
    sitelinks: item.enwiki ? { enwiki: { site: 'enwiki', title: item.enwiki, badges: [] } } : {},
  };
}

function wikiPath(title: string): string {
  return encodeURIComponent(title.replace(/ /g, '_')).replace(/%2C/g, ',').replace(/%28/g, '(').replace(/%29/g, ')');
}

function summary(title: string) {
  const s = SUMMARIES[title]!;
  const path = wikiPath(title);
  const thumb = s.thumbnail
    ? {
        thumbnail: { source: `https://upload.wikimedia.org/wikipedia/commons/thumb/a/ab/${s.thumbnail.file}/${s.thumbnail.width}px-${s.thumbnail.file}`, width: s.thumbnail.width, height: s.thumbnail.height },
        originalimage: { source: `https://upload.wikimedia.org/wikipedia/commons/a/ab/${s.thumbnail.file}`, width: s.thumbnail.width * 4, height: s.thumbnail.height * 4 },
      }
    : {};
  return {
    type: s.type ?? 'standard',
    title: title.replace(/ /g, '_'),
    displaytitle: `<span class="mw-page-title-main">${title}</span>`,
    namespace: { id: 0, text: '' },
    wikibase_item: s.wikibase_item,
    titles: { canonical: title.replace(/ /g, '_'), normalized: title, display: `<span class="mw-page-title-main">${title}</span>` },
    pageid: Number(s.wikibase_item.slice(1)) % 10_000_000,
    ...thumb,
    lang: 'en',
    dir: 'ltr',
    revision: '1250000000',
    tid: '5f1e2d3c-0000-11ef-8000-000000000000',
    timestamp: '2025-10-30T12:00:00Z',
    description: s.description,
    description_source: 'local',
    content_urls: {
      desktop: {
        page: `https://en.wikipedia.org/wiki/${path}`,
        revisions: `https://en.wikipedia.org/wiki/${path}?action=history`,
        edit: `https://en.wikipedia.org/wiki/${path}?action=edit`,
        talk: `https://en.wikipedia.org/wiki/Talk:${path}`,
      },
      mobile: {
        page: `https://en.m.wikipedia.org/wiki/${path}`,
        revisions: `https://en.m.wikipedia.org/wiki/Special:History/${path}`,
        edit: `https://en.m.wikipedia.org/wiki/${path}?action=edit`,
        talk: `https://en.m.wikipedia.org/wiki/Talk:${path}`,
      },
    },
    extract: s.extract,
    extract_html: `<p>${s.extract.replace(/^([^,]+?)( is|,)/, '<b>$1</b>$2')}</p>`,
  };
}

function handle(req: IncomingMessage, res: ServerResponse, hung: Set<ServerResponse>): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/w/api.php') {
    const action = url.searchParams.get('action');
    if (action === 'wbsearchentities') {
      const search = url.searchParams.get('search') ?? '';
      const key = normalizeName(search);
      if (fail(res, SEARCH_FAILURES[key], hung)) return;
      const ids = SEARCH[key] ?? [];
      const limit = Number(url.searchParams.get('limit') ?? 7);
      send(res, 200, {
        searchinfo: { search },
        search: ids.slice(0, limit).map((id) => searchResult(id, ITEMS[id]!, search)),
        ...(ids.length > limit ? { 'search-continue': limit } : {}),
        success: 1,
      });
      return;
    }
    if (action === 'wbgetentities') {
      const ids = (url.searchParams.get('ids') ?? '').split('|').filter(Boolean);
      const entities: Record<string, unknown> = {};
      for (const id of ids) entities[id] = ITEMS[id] ? entity(id, ITEMS[id]) : { id, missing: '' };
      send(res, 200, { entities, success: 1 });
      return;
    }
    send(res, 200, { error: { code: 'badvalue', info: `Unrecognized value for parameter "action": ${action}.` }, servedby: 'fixture' });
    return;
  }
  const m = /^\/api\/rest_v1\/page\/summary\/(.+)$/.exec(url.pathname);
  if (m) {
    const title = decodeURIComponent(m[1]!).replace(/_/g, ' ');
    if (fail(res, SUMMARY_FAILURES[title], hung)) return;
    if (!SUMMARIES[title]) {
      send(res, 404, {
        type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
        title: 'Not found.',
        method: 'get',
        detail: 'Page or revision not found.',
        uri: `/en.wikipedia.org/v1/page/summary/${m[1]}`,
      }, { 'content-type': 'application/problem+json' });
      return;
    }
    send(res, 200, summary(title), { 'content-type': 'application/json; charset=utf-8; profile="https://www.mediawiki.org/wiki/Specs/Summary/1.5.0"' });
    return;
  }
  send(res, 404, { httpCode: 404, httpReason: 'Not Found' });
}

export async function startWikiServer(port = 0): Promise<WikiServer> {
  const requests: string[] = [];
  const userAgents: Array<string | null> = [];
  const hung = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    // CORS preflight, answered as Wikimedia does: the browser asks before sending Api-User-Agent.
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, HEAD, OPTIONS',
        'access-control-allow-headers': 'Api-User-Agent, Content-Type',
        'access-control-max-age': '86400',
      });
      res.end();
      return;
    }
    requests.push(req.url ?? '');
    const ua = req.headers['api-user-agent'];
    userAgents.push(typeof ua === 'string' ? ua : null);
    handle(req, res, hung);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    requests,
    userAgents,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startWikiServer(Number(process.argv[2] ?? 0));
  process.stdout.write(`Wikidata and Wikipedia fixtures on ${server.url}\n`);
}
