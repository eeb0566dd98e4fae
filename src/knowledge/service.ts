/**
 * Background cards from Wikidata and Wikipedia for the right entity.
 *
 * For an actor: search Wikidata by its name (then an alias), read the candidates' P31 and
 * English sitelink, choose with the article's context (choose.ts), then read the Wikipedia
 * page summary. Every answer is cached; every failure leaves the offline card (the article's
 * facts, built-in country facts) with a short note. Only names, item ids and page titles are
 * sent. Constructed with `enabled: false` it sends nothing at all.
 */
import type { Analysis, Entity } from '../core/types.ts';
import { t } from '../shared/i18n.ts';
import { ExpiringCache, WEEK_MS } from './cache.ts';
import { choose, normalizeName, type Choice } from './choose.ts';
import { buildContext, searchNames } from './context.ts';
import { PoliteClient, type Failure, type JsonResult } from './http.ts';
import { offlineCard } from './offline.ts';
import type { BackgroundCard, CacheStore, Candidate, CardCandidate } from './types.ts';
import {
  DEFAULT_WIKIDATA,
  DEFAULT_WIKIPEDIA,
  entitiesUrl,
  parseEntities,
  parseSearch,
  parseSummary,
  searchUrl,
  summaryUrl,
  type EntityInfo,
  type SearchHit,
  type Summary,
} from './wiki-api.ts';

export interface KnowledgeServiceOptions {
  /** false: never touch the network (the reader has not allowed lookups). */
  enabled: boolean;
  fetch: typeof fetch;
  cache: CacheStore;
  /** Base URL of the Wikipedia REST API host (default https://en.wikipedia.org). */
  wikipedia?: string;
  /** Base URL of the Wikidata API host (default https://www.wikidata.org). */
  wikidata?: string;
  /** Sent as Api-User-Agent, e.g. "Backstory/0.1.0 (browser extension; https://github.com/backstory-news/backstory)". */
  userAgent: string;
  timeoutMs?: number;
  /** Cache lifetime (default a week). */
  ttlMs?: number;
  /** Cache size cap in entries (default 500). */
  maxEntries?: number;
  now?: () => number;
}

/** How many names (canonical name, aliases) to search before giving up. */
const MAX_SEARCHES = 2;
/** Candidates shown in "did you mean…". */
const MAX_CANDIDATES = 5;
/** "No such page" is remembered for a day, not a week. */
const MISSING_TTL_MS = 24 * 3600 * 1000;

const NOTE_KEY: Record<Exclude<Failure, 'aborted'>, string> = {
  timeout: 'bgNoteTimeout',
  'not-found': 'bgNoteNotFound',
  'rate-limited': 'bgNoteRateLimited',
  server: 'bgNoteServer',
  malformed: 'bgNoteMalformed',
  offline: 'bgNoteOffline',
  http: 'bgNoteHttp',
};

type Step<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/** A failed step, carried to the end of the lookup. */
class StepFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure);
  }
}

function value<T>(step: Step<T>): T {
  if (!step.ok) throw new StepFailure(step.failure);
  return step.value;
}

export class KnowledgeService {
  readonly enabled: boolean;
  readonly #client: PoliteClient;
  readonly #cache: ExpiringCache;
  readonly #wikidata: string;
  readonly #wikipedia: string;

  constructor(options: KnowledgeServiceOptions) {
    this.enabled = options.enabled;
    const now = options.now ?? Date.now;
    this.#client = new PoliteClient({ fetch: options.fetch, userAgent: options.userAgent, timeoutMs: options.timeoutMs, now });
    this.#cache = new ExpiringCache(options.cache, { ttlMs: options.ttlMs ?? WEEK_MS, maxEntries: options.maxEntries, now });
    this.#wikidata = options.wikidata ?? DEFAULT_WIKIDATA;
    this.#wikipedia = options.wikipedia ?? DEFAULT_WIKIPEDIA;
  }

  /** Requests sent so far (not counting cache hits and de-duplicated ones). */
  get requestsSent(): number {
    return this.#client.sent;
  }

  /** Forgets every cached answer (the options page's "Clear cached data"). */
  clearCache(): Promise<void> {
    return this.#cache.clear();
  }

  /** The card for one actor. Never rejects: failures give the offline card with a note. */
  async lookup(entity: Entity, analysis: Analysis, signal?: AbortSignal): Promise<BackgroundCard> {
    const base = offlineCard(entity, analysis);
    const names = searchNames(entity);
    if (!this.enabled || names.length === 0) return base;
    try {
      return await this.#lookup(entity, analysis, names, base, signal);
    } catch (error) {
      const failure: Failure = error instanceof StepFailure ? error.failure : 'malformed';
      return failure === 'aborted' ? base : { ...base, note: t(NOTE_KEY[failure]) };
    }
  }

  async #lookup(entity: Entity, analysis: Analysis, names: string[], base: BackgroundCard, signal?: AbortSignal): Promise<BackgroundCard> {
    const context = buildContext(entity, analysis);
    const candidates: Candidate[] = [];
    let choice: Choice | null = null;
    for (const name of names.slice(0, MAX_SEARCHES)) {
      const hits = value(await this.#search(name, signal));
      const fresh = hits.filter((h) => !candidates.some((c) => c.id === h.id));
      if (fresh.length === 0) continue;
      const infos = value(await this.#entities(fresh.map((h) => h.id), signal));
      for (const hit of fresh) {
        const info = infos.get(hit.id) ?? { classes: [], enwiki: null };
        candidates.push({ ...hit, rank: candidates.length, classes: info.classes, enwiki: info.enwiki });
      }
      choice = choose(context, candidates);
      if (choice.outcome === 'sure') break;
    }
    if (!choice || candidates.length === 0) return { ...base, note: t('bgNoteNotFound') };
    const chosen = choice.chosen;
    if (!chosen?.enwiki) return this.#unsure(base, entity, choice);
    const summary = await this.#summary(chosen.enwiki, signal);
    if (!summary.ok) {
      if (summary.failure === 'aborted') throw new StepFailure('aborted');
      return { ...base, wikidata: chosen.id, note: t(NOTE_KEY[summary.failure]) };
    }
    const page = summary.value;
    // A disambiguation page, or a page about another item (a redirect elsewhere), is not an answer.
    if (page.type === 'disambiguation' || (page.wikibaseItem && page.wikibaseItem !== chosen.id)) return this.#unsure(base, entity, choice);
    return {
      ...base,
      title: page.title,
      description: page.description ?? chosen.description,
      extract: page.extract,
      url: page.url,
      thumbnail: page.thumbnail,
      wikidata: chosen.id,
      source: 'wikipedia',
      confidence: choice.confidence,
      candidates: [],
      note: null,
    };
  }

  #unsure(base: BackgroundCard, entity: Entity, choice: Choice): BackgroundCard {
    const candidates: CardCandidate[] = choice.ranked
      .filter((s) => s.name >= 0.5 && (s.excluded === null || s.excluded.startsWith('a namesake') || s.excluded.startsWith('no English')))
      .slice(0, MAX_CANDIDATES)
      .map((s) => ({ id: s.candidate.id, label: s.candidate.label, description: s.candidate.description }));
    return { ...base, candidates, note: t('bgNoteUnsure', entity.name) };
  }

  /** Fetches through the queue, caching what `read` accepts; `ttl` may shorten the lifetime per value. */
  async #cached<T>(
    key: string,
    url: string,
    read: (result: JsonResult) => Step<T>,
    signal?: AbortSignal,
    ttl?: (value: T) => number | undefined,
  ): Promise<Step<T>> {
    const hit = await this.#cache.get<T>(key);
    if (hit !== undefined) return { ok: true, value: hit };
    const result = await this.#client.getJson(url, signal, async (r) => {
      const step = read(r);
      if (step.ok) await this.#cache.set(key, step.value, ttl?.(step.value));
    });
    return read(result);
  }

  #search(name: string, signal?: AbortSignal): Promise<Step<SearchHit[]>> {
    return this.#cached(`s:${normalizeName(name)}`, searchUrl(this.#wikidata, name), (r) => {
      if (!r.ok) return r;
      const hits = parseSearch(r.data);
      return hits ? { ok: true, value: hits } : { ok: false, failure: 'malformed' };
    }, signal);
  }

  /** P31 and sitelinks for several items: cached per item, one request for the missing ones. */
  async #entities(ids: string[], signal?: AbortSignal): Promise<Step<Map<string, EntityInfo>>> {
    const out = new Map<string, EntityInfo>();
    const missing: string[] = [];
    for (const id of ids) {
      const hit = await this.#cache.get<EntityInfo>(`e:${id}`);
      if (hit) out.set(id, hit);
      else missing.push(id);
    }
    if (missing.length === 0) return { ok: true, value: out };
    const read = (r: JsonResult): Step<Map<string, EntityInfo>> => {
      if (!r.ok) return r;
      const infos = parseEntities(r.data);
      return infos ? { ok: true, value: infos } : { ok: false, failure: 'malformed' };
    };
    const result = await this.#client.getJson(entitiesUrl(this.#wikidata, missing), signal, async (r) => {
      const step = read(r);
      if (!step.ok) return;
      for (const id of missing) await this.#cache.set(`e:${id}`, step.value.get(id) ?? { classes: [], enwiki: null });
    });
    const step = read(result);
    if (!step.ok) return step;
    for (const id of missing) out.set(id, step.value.get(id) ?? { classes: [], enwiki: null });
    return { ok: true, value: out };
  }

  async #summary(title: string, signal?: AbortSignal): Promise<Step<Summary>> {
    type Stored = Summary | { missing: true };
    const step = await this.#cached<Stored>(
      `p:${title}`,
      summaryUrl(this.#wikipedia, title),
      (r) => {
        if (!r.ok) return r.failure === 'not-found' ? { ok: true, value: { missing: true } } : r;
        const summary = parseSummary(r.data);
        return summary ? { ok: true, value: summary } : { ok: false, failure: 'malformed' };
      },
      signal,
      (v) => ('missing' in v ? MISSING_TTL_MS : undefined),
    );
    if (!step.ok) return step;
    return 'missing' in step.value ? { ok: false, failure: 'not-found' } : { ok: true, value: step.value };
  }
}
