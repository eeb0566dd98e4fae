/**
 * Backstory in real Chromium (Debian chromium via playwright-core) with dist/chrome loaded,
 * on the demo article served from 127.0.0.1. Needs `npm run build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../scripts/serve-demo.ts';
import { CHROME_ONLY_NAMES } from '../demo/build.ts';
import { launchChromiumWithExtension, type ChromiumSession } from './support/chromium.ts';
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

const TYPES = /\b(person|organi[sz]ation|place|group)\b/i;

describe('Chromium: Backstory on the demo article', () => {
  let server: RunningServer;
  let session: ChromiumSession;
  let page: Page;

  async function waitForState(state: string, timeout = 30_000): Promise<void> {
    await page.waitForFunction((s) => document.documentElement.getAttribute('data-backstory') === s, state, {
      timeout,
    });
  }

  /** Waits until the card is open (or closed) and returns its visible text. */
  async function waitForCard(open: boolean): Promise<string> {
    await expect.poll(() => page.evaluate(readCard), { timeout: 10_000, interval: 100 }).toMatchObject({ open });
    return (await page.evaluate(readCard)).text;
  }

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

  it('annotates the article and marks the actors a reader would expect', async () => {
    await waitForState('annotated');
    const marks = await page.evaluate(readMarks);
    const names = markedNames(marks);
    for (const name of REQUIRED_DEMO_ACTORS) expect(names, `a highlight for ${name}`).toContain(name);
    // The same actor keeps one id across its mentions.
    const tarar = marks.entities.filter((m) => m.text === 'Atta Tarar').map((m) => m.id);
    expect(new Set(tarar).size).toBe(1);
    expect(marks.entities.filter((m) => m.text === 'Pakistan').length).toBeGreaterThan(3);
  });

  it('highlights nothing outside the article (navigation, related stories, footer)', async () => {
    const marks = await page.evaluate(readMarks);
    expect([...marks.entities, ...marks.claims].filter((m) => !m.inArticle)).toEqual([]);
    const chromeMarks = await page.evaluate(() => document.querySelectorAll('nav mark, aside mark, footer mark').length);
    expect(chromeMarks).toBe(0);
    const names = markedNames(marks);
    for (const name of CHROME_ONLY_NAMES) expect(names).not.toContain(name);
  });

  it('opens a card with the actor name and type when hovering a highlight', async () => {
    const mark = page.locator('article mark[data-backstory-entity]', { hasText: /^Atta Tarar$/ }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const text = await waitForCard(true);
    expect(text).toContain('Atta Tarar');
    expect(text).toMatch(/person/i);
    // Moving away closes it again (after the grace period).
    await page.mouse.move(5, 5);
    await waitForCard(false);
  });

  it('opens the card from the keyboard (Tab to a highlight) and closes it with Escape', async () => {
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    let focused: { id: string; text: string } | null = null;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.matches('mark[data-backstory-entity]')
          ? { id: el.getAttribute('data-backstory-entity') ?? '', text: el.textContent ?? '' }
          : null;
      });
    }
    expect(focused, 'a highlight is reachable with Tab').not.toBeNull();
    const text = await waitForCard(true);
    expect(text).toMatch(TYPES);
    // The card names the actor by one of the names the article uses for it.
    const mentionTexts = (await page.evaluate(readMarks)).entities.filter((m) => m.id === focused!.id).map((m) => m.text);
    expect(mentionTexts.some((t) => text.includes(t))).toBe(true);
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

  it('turning highlights off from the popup restores the article exactly, and on again re-annotates', async () => {
    const original = await page.evaluate(originalArticleHtml);
    expect(await page.evaluate(currentArticleHtml)).not.toBe(original);
    const tabId = await session.tabIdFor(server.url);
    const popup = await session.openPopup(tabId);
    try {
      await popup.locator('[data-action="toggle-highlights"]').click();
      await waitForState('off');
      expect(await page.evaluate(currentArticleHtml)).toBe(original);
      expect(await page.evaluate(() => document.querySelectorAll('mark[data-backstory-entity]').length)).toBe(0);

      await popup.locator('[data-action="toggle-highlights"]').click();
      await waitForState('annotated');
      expect(markedNames(await page.evaluate(readMarks))).toContain('Atta Tarar');
    } finally {
      await popup.close();
    }
    expect(await page.evaluate(readState)).toBe('annotated');
  });
});
