/**
 * Background knowledge for the cards: one KnowledgeService for the whole browser (so its
 * queue, cache and rate-limit pause are shared by every tab), answering over a port per
 * open card. Nothing leaves the browser unless the reader has turned lookups on.
 */
import browser, { type Runtime } from '../shared/browser.ts';
import { KnowledgeService, offlineCard, storageLocalCache, userAgent } from '../knowledge/index.ts';
import { LOOKUP_PORT, type LookupAnswer, type LookupRequest } from '../shared/protocol.ts';
import { loadSettings } from '../shared/settings-store.ts';
import type { Settings } from '../shared/settings.ts';
import { getReport } from './tab-reports.ts';

let service: KnowledgeService | null = null;
let serviceKey = '';

function serviceFor(settings: Settings): KnowledgeService {
  const key = JSON.stringify([settings.lookups, settings.wikipediaUrl, settings.wikidataUrl]);
  if (!service || key !== serviceKey) {
    service = new KnowledgeService({
      enabled: settings.lookups,
      fetch: globalThis.fetch.bind(globalThis),
      cache: storageLocalCache(browser.storage.local),
      userAgent: userAgent(browser.runtime.getManifest().version),
      ...(settings.wikipediaUrl ? { wikipedia: settings.wikipediaUrl } : {}),
      ...(settings.wikidataUrl ? { wikidata: settings.wikidataUrl } : {}),
    });
    serviceKey = key;
  }
  return service;
}

export async function clearKnowledgeCache(): Promise<void> {
  await serviceFor(await loadSettings()).clearCache();
}

function isLookupRequest(value: unknown): value is LookupRequest {
  return typeof value === 'object' && value !== null && (value as LookupRequest).type === 'lookup' && typeof (value as LookupRequest).entity === 'string';
}

async function answer(port: Runtime.Port, request: LookupRequest, signal: AbortSignal): Promise<void> {
  // A content script asks about its own tab; our own pages (popup, report) name the tab.
  const fromExtensionPage = (port.sender?.url ?? '').startsWith(browser.runtime.getURL(''));
  const tabId = fromExtensionPage && request.tabId !== undefined ? request.tabId : port.sender?.tab?.id;
  if (tabId === undefined) return;
  const analysis = (await getReport(tabId))?.analysis;
  const entity = analysis?.entities.find((e) => e.id === request.entity);
  if (!analysis || !entity) return;
  const settings = await loadSettings();
  const post = (message: LookupAnswer) => {
    if (!signal.aborted) port.postMessage(message);
  };
  // The offline card first: instant, and all the reader gets when lookups are off.
  post({ type: 'card', entity: entity.id, card: offlineCard(entity, analysis), final: !settings.lookups });
  if (!settings.lookups) return;
  const card = await serviceFor(settings).lookup(entity, analysis, signal);
  post({ type: 'card', entity: entity.id, card, final: true });
}

export function listenForLookups(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LOOKUP_PORT) return;
    const controller = new AbortController();
    port.onDisconnect.addListener(() => controller.abort());
    port.onMessage.addListener((message: unknown) => {
      if (isLookupRequest(message)) void answer(port, message, controller.signal).catch(() => undefined);
    });
  });
}
