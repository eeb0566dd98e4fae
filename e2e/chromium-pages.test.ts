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
import { expectBbcAnnotated, expectFrontPageLeftAlone, type Evaluate } from './support/checks.ts';

describe('Chromium: Backstory on other pages', () => {
  let server: RunningServer;
  let session: ChromiumSession;

  async function withPage(path: string, check: (inPage: Evaluate, page: Page) => Promise<void>): Promise<void> {
    const page = await session.context.newPage();
    try {
      await page.goto(new URL(path, server.url).href);
      await check((fn) => page.evaluate(fn), page);
    } finally {
      await page.close();
    }
  }

  beforeAll(async () => {
    server = await startDemoServer();
    session = await launchChromiumWithExtension({ headless: true, localOnly: true });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('annotates a saved BBC article inside its story body only, and the page still reads', async () => {
    await withPage('pages/bbc-1/source.html', async (inPage, page) => {
      await expectBbcAnnotated(inPage);
      expect(await page.locator('h1.story-body__h1').textContent()).toContain('Obama');
    });
  });

  it('leaves a news front page (a list of headlines, no article) alone', async () => {
    await withPage('pages/front-page/', (inPage) => expectFrontPageLeftAlone(inPage));
  });
});
