/**
 * Backstory in real Firefox ESR (puppeteer-core over WebDriver BiDi, headless) with
 * dist/firefox installed as a temporary add-on, on the demo article. Needs `npm run build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { RunningServer } from '../scripts/serve-demo.ts';
import { CHROME_ONLY_NAMES } from '../demo/build.ts';
import { launchFirefoxWithExtension, type FirefoxSession } from './support/firefox.ts';
import { startDemoServer } from './support/demo-server.ts';
import {
  REQUIRED_DEMO_ACTORS,
  currentArticleHtml,
  markedNames,
  originalArticleHtml,
  readCard,
  readMarks,
  readPopupActors,
  readState,
} from './support/probes.ts';

describe('Firefox: Backstory on the demo article', () => {
  let server: RunningServer;
  let session: FirefoxSession;
  let page: Page;

  async function waitForState(state: string, timeout = 30_000): Promise<void> {
    await expect.poll(() => page.evaluate(readState), { timeout, interval: 100 }).toBe(state);
  }

  async function waitForCard(open: boolean): Promise<string> {
    await expect.poll(() => page.evaluate(readCard), { timeout: 10_000, interval: 100 }).toMatchObject({ open });
    return (await page.evaluate(readCard)).text;
  }

  beforeAll(async () => {
    server = await startDemoServer();
    session = await launchFirefoxWithExtension({ headless: true });
    page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(server.url);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('annotates the article and marks the expected actors, nothing outside it', async () => {
    await waitForState('annotated');
    const marks = await page.evaluate(readMarks);
    const names = markedNames(marks);
    for (const name of REQUIRED_DEMO_ACTORS) expect(names, `a highlight for ${name}`).toContain(name);
    expect([...marks.entities, ...marks.claims].filter((m) => !m.inArticle)).toEqual([]);
    for (const name of CHROME_ONLY_NAMES) expect(names).not.toContain(name);
  });

  it('opens a card with the actor name and type when hovering a highlight', async () => {
    const handles = await page.$$('article mark[data-backstory-entity]');
    let target = null;
    for (const h of handles) {
      if ((await h.evaluate((el) => el.textContent)) === 'Khawaja Asif') {
        target = h;
        break;
      }
    }
    expect(target, 'a highlight for Khawaja Asif').not.toBeNull();
    await target!.hover();
    const text = await waitForCard(true);
    expect(text).toContain('Khawaja Asif');
    expect(text).toMatch(/person/i);
    await page.keyboard.press('Escape');
    await waitForCard(false);
  });

  it('lists the actors in the popup opened for the tab', async () => {
    const tabId = await session.tabIdFor(server.url);
    const popup = await session.openPopup(tabId);
    try {
      await popup.waitForSelector('[data-entity-id]', { timeout: 15_000 });
      const listed = (await popup.evaluate(readPopupActors)).map((a) => a.text).join(' | ');
      for (const name of ['Atta Tarar', 'Khawaja Asif', 'Pakistan']) expect(listed).toContain(name);
    } finally {
      await popup.close();
    }
  });

  it('turning highlights off from the popup restores the article exactly', async () => {
    const original = await page.evaluate(originalArticleHtml);
    const tabId = await session.tabIdFor(server.url);
    const popup = await session.openPopup(tabId);
    try {
      await popup.waitForSelector('[data-action="toggle-highlights"]', { timeout: 15_000 });
      await popup.click('[data-action="toggle-highlights"]');
      await waitForState('off');
      expect(await page.evaluate(currentArticleHtml)).toBe(original);
    } finally {
      await popup.close();
    }
  });
});
