/**
 * When Backstory runs: in "only when I ask" mode, and on sites the reader turned off, no
 * Backstory code runs in the page at all until the reader asks; asking annotates it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../scripts/serve-demo.ts';
import { launchChromiumWithExtension, type ChromiumSession } from './support/chromium.ts';
import { startDemoServer } from './support/demo-server.ts';
import { liveWorker } from './support/extension-control.ts';
import { waitForState, type Evaluate } from './support/checks.ts';

type Chrome = {
  storage: { sync: { set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; excludeMatches?: string[] }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

describe('Chromium: when Backstory runs', () => {
  let server: RunningServer;
  let session: ChromiumSession;
  let page: Page;
  const inPage: Evaluate = (fn) => page.evaluate(fn);

  async function applySettings(settings: object, registered: (scripts: Array<{ excludeMatches?: string[] }>) => boolean): Promise<void> {
    const worker = await liveWorker(session.context);
    await worker.evaluate((value) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.set({ settings: value }), settings);
    await expect
      .poll(async () => registered(await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts())), { timeout: 10_000 })
      .toBe(true);
  }

  async function askToAnnotate(): Promise<void> {
    const tabId = await session.tabIdFor(page.url());
    const popup = await session.openPopup(tabId);
    try {
      await popup.evaluate(
        (id) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'relay', tabId: id, message: { type: 'annotate', force: true } }),
        tabId,
      );
    } finally {
      await popup.close();
    }
  }

  beforeAll(async () => {
    server = await startDemoServer();
    session = await launchChromiumWithExtension({ headless: true });
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('"only when I ask": nothing runs in the page until the reader asks, then it is annotated', async () => {
    await applySettings({ autoMode: 'ask' }, (scripts) => scripts.length === 0);
    await page.goto(server.url);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-backstory'))).toBeNull();
    expect(await page.locator('mark').count()).toBe(0);
    await askToAnnotate();
    await waitForState(inPage, 'annotated');
    expect(await page.locator('article mark[data-backstory-entity]').count()).toBeGreaterThan(10);
  });

  it('a site turned off gets no Backstory code; the other sites still do', async () => {
    const host = new URL(server.url).hostname;
    await applySettings({ autoMode: 'articles', disabledSites: [host] }, (scripts) => scripts.length === 1 && (scripts[0]!.excludeMatches ?? []).some((m) => m.includes(host)));
    await page.goto(server.url);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-backstory'))).toBeNull();
    await applySettings({ autoMode: 'articles', disabledSites: [] }, (scripts) => scripts.length === 1 && !(scripts[0]!.excludeMatches ?? []).length);
    await page.reload();
    await waitForState(inPage, 'annotated');
  });
});
