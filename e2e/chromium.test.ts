/**
 * Backstory in real Chromium (Debian chromium via playwright-core) with dist/chrome loaded,
 * on the demo article served from 127.0.0.1. Needs `npm run build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../scripts/serve-demo.ts';
import { launchChromiumWithExtension, type ChromiumSession } from './support/chromium.ts';
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
import { claimWordPoint, currentArticleHtml, markedNames, originalArticleHtml, readMarks } from './support/probes.ts';

describe('Chromium: Backstory on the demo article', () => {
  let server: RunningServer;
  let session: ChromiumSession;
  let page: Page;
  const inPage: Evaluate = (fn) => page.evaluate(fn);

  beforeAll(async () => {
    server = await startDemoServer();
    session = await launchChromiumWithExtension({ headless: true });
    page = await session.context.newPage();
    await page.goto(server.url);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('annotates the article with the expected actors and nothing in nav, related stories or footer', async () => {
    await expectDemoAnnotated(inPage);
    const marks = await page.evaluate(readMarks);
    // One actor keeps one id across its mentions.
    expect(new Set(marks.entities.filter((m) => m.text === 'Atta Tarar').map((m) => m.id)).size).toBe(1);
    expect(marks.entities.filter((m) => m.text === 'Pakistan').length).toBeGreaterThan(3);
    expect(await page.locator('nav mark, aside mark, footer mark').count()).toBe(0);
  });

  it('opens a card with the actor name and type when hovering a highlight, closes it on leaving', async () => {
    const mark = page.locator('article mark[data-backstory-entity]', { hasText: /^Atta Tarar$/ }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const text = await waitForCard(inPage, true);
    expect(text).toContain('Atta Tarar');
    expect(text).toMatch(/person/i);
    await page.mouse.move(5, 5);
    await waitForCard(inPage, false);
  });

  it('opens the card from the keyboard (Tab to a highlight) and closes it with Escape', async () => {
    await expectKeyboardCard(inPage, (key) => page.keyboard.press(key));
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

  it('turning highlights off from the popup restores the article exactly; on again re-annotates', async () => {
    const original = await page.evaluate(originalArticleHtml);
    expect(await page.evaluate(currentArticleHtml)).not.toBe(original);
    const popup = await session.openPopup(await session.tabIdFor(server.url));
    try {
      await popup.locator('[data-action="toggle-highlights"]').click();
      await waitForState(inPage, 'off');
      expect(await page.evaluate(currentArticleHtml)).toBe(original);

      await popup.locator('[data-action="toggle-highlights"]').click();
      await waitForState(inPage, 'annotated');
      expect(markedNames(await page.evaluate(readMarks))).toContain('Atta Tarar');
    } finally {
      await popup.close();
    }
  });
});
