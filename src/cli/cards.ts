/**
 * `backstory analyze FILE --json --cards [--wikipedia URL] [--wikidata URL] [--offline]`:
 * one background card per actor, from Wikipedia/Wikidata (or another server speaking the
 * same APIs), or from the built-in facts only.
 */
import pkg from '../../package.json';
import type { Analysis } from '../core/types.ts';
import { KnowledgeService, memoryStore, userAgent, type BackgroundCard } from '../knowledge/index.ts';

export interface BuildCardsOptions {
  /** Base URL of a server speaking the Wikipedia REST API (default https://en.wikipedia.org). */
  wikipedia?: string;
  /** Base URL of a server speaking the Wikidata API (default https://www.wikidata.org). */
  wikidata?: string;
  fetch?: typeof fetch;
  /** No network at all: built-in facts and the article's own. */
  offlineOnly?: boolean;
  timeoutMs?: number;
}

/** One card per entity, in the analysis's order. Never rejects. */
export async function buildCards(analysis: Analysis, options: BuildCardsOptions = {}): Promise<BackgroundCard[]> {
  const service = new KnowledgeService({
    enabled: !options.offlineOnly,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    cache: memoryStore(),
    wikipedia: options.wikipedia,
    wikidata: options.wikidata,
    userAgent: userAgent((pkg as { version: string }).version),
    timeoutMs: options.timeoutMs,
  });
  // Lookups queue inside the service: one request at a time whatever the order here.
  return Promise.all(analysis.entities.map((entity) => service.lookup(entity, analysis)));
}

/** The cards as lines for the text report. */
export function formatCards(analysis: Analysis, cards: BackgroundCard[]): string {
  const lines = ['', 'Background'];
  for (const card of cards) {
    const entity = analysis.entities.find((e) => e.id === card.entity);
    if (!entity) continue;
    const about = [card.title !== entity.name ? card.title : null, card.description].filter(Boolean).join(': ');
    lines.push(`  ${entity.name}${about ? ` — ${about}` : ''} [${card.source}]${card.url ? ` ${card.url}` : ''}`);
    if (card.note) lines.push(`    ${card.note}`);
    if (card.candidates.length > 0) lines.push(`    ${card.candidates.map((c) => `${c.label} (${c.description ?? c.id})`).join('; ')}`);
  }
  return lines.join('\n') + '\n';
}
