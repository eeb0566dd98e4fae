/**
 * What the knowledge service remembers: entries that expire (about a week) and a cap on how
 * many are kept, evicting the least recently used, over any key/value store (a Map in node,
 * `storage.local` in the extension).
 */
import type { CacheStore } from './types.ts';

const PREFIX = 'backstory:kb:';
const INDEX_KEY = `${PREFIX}index`;

/** A store in memory (node, tests). */
export function memoryStore(map: Map<string, unknown> = new Map()): CacheStore & { map: Map<string, unknown> } {
  return {
    map,
    async get(key) {
      return map.get(key);
    },
    async set(key, value) {
      map.set(key, value);
    },
    async delete(key) {
      map.delete(key);
    },
  };
}

/** A store over the extension's `storage.local` (or any area with the same promise API). */
export function storageLocalCache(area: {
  get(k: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(k: string | string[]): Promise<void>;
}): CacheStore {
  const store: CacheStore = {
    async get(key) {
      const items = await area.get(key);
      return items?.[key];
    },
    async set(key, value) {
      await area.set({ [key]: value });
    },
  };
  if (area.remove) {
    const remove = area.remove.bind(area);
    store.delete = (key) => remove(key);
  }
  return store;
}

interface Entry {
  /** The value. */
  v: unknown;
  /** Expires at (ms since epoch). */
  e: number;
}

function isEntry(x: unknown): x is Entry {
  return typeof x === 'object' && x !== null && 'v' in x && typeof (x as Entry).e === 'number';
}

export interface ExpiringCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Entries with a lifetime, at most `maxEntries` of them (least recently used go first). */
export class ExpiringCache {
  readonly #store: CacheStore;
  readonly #ttl: number;
  readonly #max: number;
  readonly #now: () => number;
  /** key → last use; loaded from the store once. */
  #index: Map<string, number> | null = null;
  #loading: Promise<Map<string, number>> | null = null;

  constructor(store: CacheStore, options: ExpiringCacheOptions = {}) {
    this.#store = store;
    this.#ttl = options.ttlMs ?? WEEK_MS;
    this.#max = Math.max(1, options.maxEntries ?? 500);
    this.#now = options.now ?? Date.now;
  }

  async #loadIndex(): Promise<Map<string, number>> {
    if (this.#index) return this.#index;
    this.#loading ??= (async () => {
      let raw: unknown;
      try {
        raw = await this.#store.get(INDEX_KEY);
      } catch {
        raw = null;
      }
      const index = new Map<string, number>();
      if (Array.isArray(raw)) {
        for (const row of raw) if (Array.isArray(row) && typeof row[0] === 'string' && typeof row[1] === 'number') index.set(row[0], row[1]);
      }
      this.#index = index;
      return index;
    })();
    return this.#loading;
  }

  /** The value, or undefined when absent or expired. Never throws. */
  async get<T>(key: string): Promise<T | undefined> {
    try {
      const index = await this.#loadIndex();
      const raw = await this.#store.get(PREFIX + key);
      if (!isEntry(raw)) return undefined;
      if (raw.e <= this.#now()) {
        await this.#drop(key);
        await this.#saveIndex();
        return undefined;
      }
      index.set(key, this.#now());
      return raw.v as T;
    } catch {
      return undefined;
    }
  }

  /** Stores a value for `ttlMs` (default: the cache's lifetime). Never throws. */
  async set(key: string, value: unknown, ttlMs: number = this.#ttl): Promise<void> {
    try {
      const index = await this.#loadIndex();
      await this.#store.set(PREFIX + key, { v: value, e: this.#now() + ttlMs } satisfies Entry);
      index.set(key, this.#now());
      if (index.size > this.#max) {
        const oldest = [...index.entries()].sort((a, b) => a[1] - b[1]).slice(0, index.size - this.#max);
        for (const [k] of oldest) await this.#drop(k);
      }
      await this.#saveIndex();
    } catch {
      // A full or broken store only costs a repeated request later.
    }
  }

  /** Forgets everything this cache stored. */
  async clear(): Promise<void> {
    const index = await this.#loadIndex();
    for (const key of [...index.keys()]) await this.#drop(key);
    await this.#saveIndex();
  }

  /** Number of entries currently indexed. */
  async size(): Promise<number> {
    return (await this.#loadIndex()).size;
  }

  async #drop(key: string): Promise<void> {
    this.#index?.delete(key);
    if (this.#store.delete) await this.#store.delete(PREFIX + key);
    else await this.#store.set(PREFIX + key, null);
  }

  async #saveIndex(): Promise<void> {
    if (this.#index) await this.#store.set(INDEX_KEY, [...this.#index.entries()]);
  }
}
