/**
 * Background knowledge for actors: Wikipedia/Wikidata cards for the right entity, cached,
 * sending names only, and offline facts when lookups are off or fail.
 */
export type { BackgroundCard, CacheStore, CardCandidate, CardFact, CardSource } from './types.ts';
export { KnowledgeService, type KnowledgeServiceOptions } from './service.ts';
export { offlineCard, articleFacts, builtInFacts } from './offline.ts';
export { storageLocalCache, memoryStore, ExpiringCache } from './cache.ts';
export { choose } from './choose.ts';
export { DEFAULT_WIKIDATA, DEFAULT_WIKIPEDIA } from './wiki-api.ts';

/** The Api-User-Agent Wikimedia asks clients to send, naming Backstory and its version. */
export function userAgent(version: string): string {
  return `Backstory/${version} (browser extension; https://github.com/backstory-news/backstory)`;
}
