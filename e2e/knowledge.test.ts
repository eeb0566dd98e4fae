/**
 * Background knowledge in real Chromium: cards from a local server speaking the Wikipedia
 * and Wikidata APIs (scripts/wiki-fixture-server.ts), and not one request while the reader
 * has not allowed lookups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../scripts/serve-demo.ts';
import { startWikiServer, type WikiServer } from '../scripts/wiki-fixture-server.ts';
import { launchChromiumWithExtension, type ChromiumSession } from './support/chromium.ts';
import { startDemoServer } from './support/demo-server.ts';
import { liveWorker } from './support/extension-control.ts';
import { waitForState, type Evaluate } from './support/checks.ts';
import { readCard } from './support/probes.ts';

type StorageArea = { set(items: object): Promise<void> };

async function setSettings(session: ChromiumSession, settings: object): Promise<void> {
  const worker = await liveWorker(session.context);
  await worker.evaluate(async (value) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { sync?: StorageArea; local: StorageArea } } }).chrome;
    await (chrome.storage.sync ?? chrome.storage.local).set({ settings: value });
  }, settings);
}

async function hoverAndRead(page: Page, name: RegExp, until: (text: string) => boolean): Promise<string> {
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => !document.querySelector('backstory-card')?.shadowRoot?.querySelector('[data-open]'));
  const mark = page.locator('article mark[data-backstory-entity]', { hasText: name }).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const card = await page.evaluate(readCard);
    if (card.open && until(card.text)) return card.text;
    if (Date.now() > deadline) throw new Error(`card never showed what was expected; last: ${card.text}`);
    await page.waitForTimeout(100);
  }
}

describe('Chromium: background knowledge on the cards', () => {
  let demo: RunningServer;
  let wiki: WikiServer;
  let session: ChromiumSession;
  let page: Page;
  const inPage: Evaluate = (fn) => page.evaluate(fn);

  beforeAll(async () => {
    demo = await startDemoServer();
    wiki = await startWikiServer();
    session = await launchChromiumWithExtension({ headless: true });
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
    await wiki?.close();
    await demo?.close();
  });

  it('sends no request at all while lookups are off, and still shows the article’s facts', async () => {
    await setSettings(session, { lookups: false, wikipediaUrl: wiki.url, wikidataUrl: wiki.url });
    await page.goto(demo.url);
    await waitForState(inPage, 'annotated');
    const text = await hoverAndRead(page, /^Atta Tarar$/, (t) => t.includes('Information Minister'));
    expect(text).toContain('Pakistan');
    const qatar = await hoverAndRead(page, /^Qatar$/, (t) => t.includes('Doha'));
    expect(qatar).toMatch(/Doha/); // offline country facts ship with the extension
    expect(wiki.requests).toEqual([]);
  });

  it('shows the right Wikipedia summary once lookups are allowed: Atta Tarar is Attaullah Tarar', async () => {
    await setSettings(session, { lookups: true, wikipediaUrl: wiki.url, wikidataUrl: wiki.url });
    await page.reload();
    await waitForState(inPage, 'annotated');
    const text = await hoverAndRead(page, /^Atta Tarar$/, (t) => t.includes('Attaullah Tarar'));
    expect(text).toMatch(/Pakistani politician/i);
    expect(wiki.requests.length).toBeGreaterThan(0);
    // Only names travel: never the page's text or address.
    for (const request of wiki.requests) {
      expect(request).not.toContain('127.0.0.1');
      expect(decodeURIComponent(request)).not.toMatch(/negotiations|Istanbul talks/);
    }
    expect(wiki.userAgents.every((ua) => ua?.startsWith('Backstory/'))).toBe(true);
  });

  it('shows the Wikipedia summaries in the popup’s actor cards too', async () => {
    const popup = await session.openPopup(await session.tabIdFor(page.url()));
    try {
      await popup.waitForFunction(
        () => document.querySelector('[data-entity-id] [data-slot="background"]')?.textContent?.includes('Attaullah Tarar'),
        null,
        { timeout: 20_000 },
      );
      const text = await popup.evaluate(() => document.body.innerText);
      expect(text).toMatch(/Pakistani politician/);
    } finally {
      await popup.close();
    }
  });
});
