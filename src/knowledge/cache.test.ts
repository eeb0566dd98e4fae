import { describe, expect, it } from 'vitest';
import { ExpiringCache, memoryStore, storageLocalCache } from './cache.ts';

describe('ExpiringCache', () => {
  it('returns what was stored until it expires', async () => {
    let now = 1_000;
    const cache = new ExpiringCache(memoryStore(), { ttlMs: 100, now: () => now });
    await cache.set('a', { title: 'Pakistan' });
    expect(await cache.get('a')).toEqual({ title: 'Pakistan' });
    now += 99;
    expect(await cache.get('a')).toEqual({ title: 'Pakistan' });
    now += 2;
    expect(await cache.get('a')).toBeUndefined();
  });

  it('keeps at most maxEntries, evicting the least recently used', async () => {
    let now = 0;
    const store = memoryStore();
    const cache = new ExpiringCache(store, { maxEntries: 2, now: () => ++now });
    await cache.set('a', 1);
    await cache.set('b', 2);
    await cache.get('a'); // a is now more recent than b
    await cache.set('c', 3);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(1);
    expect(await cache.get('c')).toBe(3);
    expect(await cache.size()).toBe(2);
    // the evicted value is gone from the underlying store too
    expect([...store.map.keys()].filter((k) => k.endsWith(':b'))).toEqual([]);
  });

  it('survives a restart: a new cache over the same store sees the entries and the index', async () => {
    const store = memoryStore();
    const first = new ExpiringCache(store, { maxEntries: 2 });
    await first.set('a', 1);
    await first.set('b', 2);
    const second = new ExpiringCache(store, { maxEntries: 2 });
    expect(await second.get('a')).toBe(1);
    await second.set('c', 3);
    expect(await second.size()).toBe(2);
  });

  it('clear() forgets everything', async () => {
    const cache = new ExpiringCache(memoryStore());
    await cache.set('a', 1);
    await cache.clear();
    expect(await cache.get('a')).toBeUndefined();
  });

  it('never throws when the store fails', async () => {
    const broken = {
      get: () => Promise.reject(new Error('quota')),
      set: () => Promise.reject(new Error('quota')),
    };
    const cache = new ExpiringCache(broken);
    await expect(cache.set('a', 1)).resolves.toBeUndefined();
    await expect(cache.get('a')).resolves.toBeUndefined();
  });
});

describe('storageLocalCache', () => {
  it('maps get/set/delete onto a storage area', async () => {
    const data: Record<string, unknown> = {};
    const area = {
      async get(k: string) {
        return k in data ? { [k]: data[k] } : {};
      },
      async set(items: Record<string, unknown>) {
        Object.assign(data, items);
      },
      async remove(k: string | string[]) {
        for (const key of Array.isArray(k) ? k : [k]) delete data[key];
      },
    };
    const store = storageLocalCache(area);
    await store.set('x', { a: 1 });
    expect(await store.get('x')).toEqual({ a: 1 });
    await store.delete?.('x');
    expect(await store.get('x')).toBeUndefined();
  });
});
