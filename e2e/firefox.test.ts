/**
 * Backstory in real Firefox ESR (puppeteer-core over WebDriver BiDi, headless) with
 * dist/firefox installed as a temporary add-on, on the demo article. Needs `npm run build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, KeyInput, Page } from 'puppeteer-core';
import type { RunningServer } from '../scripts/serve-demo.ts';
import { launchFirefoxWithExtension, type FirefoxSession } from './support/firefox.ts';
import { startDemoServer } from './support/demo-server.ts';
import {
  expectDemoAnnotated,
  expectDemoClaims,
  expectKeyboardCard,
  expectPopupListsActors,
  expectPopupShowsWholePicture,
  waitForCard,
  waitForState,
  type Evaluate,
} from './support/checks.ts';
import { claimWordPoint, currentArticleHtml, originalArticleHtml } from './support/probes.ts';

describe('Firefox: Backstory on the demo article', () => {
  let server: RunningServer;
  let session: FirefoxSession;
  let page: Page;
  const inPage: Evaluate = (fn) => page.evaluate(fn);

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

  it('annotates the article with the expected actors and nothing outside it', async () => {
    await expectDemoAnnotated(inPage);
  });

  it('opens a card with the actor name and type when hovering a highlight; Escape closes it', async () => {
    let target: ElementHandle<Element> | null = null;
    for (const h of await page.$$('article mark[data-backstory-entity]')) {
      if ((await h.evaluate((el) => el.textContent)) === 'Khawaja Asif') {
        target = h;
        break;
      }
    }
    expect(target, 'a highlight for Khawaja Asif').not.toBeNull();
    await target!.hover();
    const text = await waitForCard(inPage, true);
    expect(text).toContain('Khawaja Asif');
    expect(text).toMatch(/person/i);
    await page.keyboard.press('Escape');
    await waitForCard(inPage, false);
  });

  it('opens the card from the keyboard (Tab to a highlight) and closes it with Escape', async () => {
    await page.mouse.move(5, 5); // the pointer rests on the page header, away from any highlight
    await expectKeyboardCard(inPage, (key) => page.keyboard.press(key as KeyInput));
  });

  it('highlights claims and shows who made one in its card', async () => {
    await expectDemoClaims(inPage);
    await page.mouse.move(5, 5);
    const point = await page.evaluate(claimWordPoint, 'sidestepped');
    expect(point, 'the word "sidestepped" inside a claim highlight').not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const text = await waitForCard(inPage, true);
    expect(text).toContain('Atta Tarar');
    await page.keyboard.press('Escape');
    await waitForCard(inPage, false);
  });

  it('lists the actors in the popup opened for the tab', async () => {
    const popup = await session.openPopup(await session.tabIdFor(server.url));
    try {
      await expectPopupListsActors((fn) => popup.evaluate(fn));
      await expectPopupShowsWholePicture((fn) => popup.evaluate(fn));
    } finally {
      await popup.close();
    }
  });

  it('turning highlights off from the popup restores the article exactly', async () => {
    const original = await page.evaluate(originalArticleHtml);
    const popup = await session.openPopup(await session.tabIdFor(server.url));
    try {
      await popup.waitForSelector('[data-action="toggle-highlights"]', { timeout: 15_000 });
      await popup.click('[data-action="toggle-highlights"]');
      await waitForState(inPage, 'off');
      expect(await page.evaluate(currentArticleHtml)).toBe(original);
    } finally {
      await popup.close();
    }
  });
});
