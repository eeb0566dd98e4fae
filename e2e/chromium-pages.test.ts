/**
 * Backstory in Chromium on pages other than the demo: a saved real news page (BBC, from the
 * Readability test pages; scripts stripped, network outside 127.0.0.1 blocked) and a news
 * front page that is not an article. Needs `npm run build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../scripts/serve-demo.ts';
import { launchChromiumWithExtension, type ChromiumSession } from './support/chromium.ts';
import { startDemoServer } from './support/demo-server.ts';
import { waitForState, type Evaluate } from './support/checks.ts';
import { markedNames, readMarks } from './support/probes.ts';

describe('Chromium: Backstory on other pages', () => {
  let server: RunningServer;
  let session: ChromiumSession;

  async function open(path: string): Promise<{ page: Page; inPage: Evaluate }> {
    const page = await session.context.newPage();
    await page.goto(new URL(path, server.url).href);
    return { page, inPage: (fn) => page.evaluate(fn) };
  }

  beforeAll(async () => {
    server = await startDemoServer();
    session = await launchChromiumWithExtension({ headless: true, localOnly: true });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('annotates a saved BBC article inside its story body only', async () => {
    const { page, inPage } = await open('pages/bbc-1/source.html');
    try {
      await waitForState(inPage, 'annotated', 45_000);
      const marks = await page.evaluate(readMarks);
      const names = [...markedNames(marks)];
      expect(names.some((n) => /\bObama\b/.test(n)), `Obama among ${names.join(', ')}`).toBe(true);
      expect(names).toContain('Kenya');
      const outside = await page.evaluate(
        () =>
          [...document.querySelectorAll('mark[data-backstory-entity], mark[data-backstory-claim]')].filter(
            (m) => !m.closest('.story-body'),
          ).length,
      );
      expect(outside, 'highlights outside the story body').toBe(0);
      // The page still works as a page: the headline is where it was, no script errors from us.
      expect(await page.locator('h1.story-body__h1').textContent()).toContain('Obama');
    } finally {
      await page.close();
    }
  });

  it('leaves a news front page (a list of headlines, no article) alone', async () => {
    const { page, inPage } = await open('pages/front-page/');
    try {
      await waitForState(inPage, 'no-article', 30_000);
      expect((await page.evaluate(readMarks)).entities).toEqual([]);
      expect(await page.locator('backstory-card').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
