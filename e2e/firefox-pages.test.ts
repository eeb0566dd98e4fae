/**
 * Backstory in Firefox ESR on pages other than the demo (see chromium-pages.test.ts).
 * External requests go to a dead proxy, so the saved page renders offline. Needs `npm run build`.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { RunningServer } from '../scripts/serve-demo.ts';
import { launchFirefoxWithExtension, type FirefoxSession } from './support/firefox.ts';
import { startDemoServer } from './support/demo-server.ts';
import { expectBbcAnnotated, expectFrontPageLeftAlone, type Evaluate } from './support/checks.ts';

describe('Firefox: Backstory on other pages', () => {
  let server: RunningServer;
  let session: FirefoxSession;

  async function withPage(path: string, check: (inPage: Evaluate) => Promise<void>): Promise<void> {
    const page = await session.browser.newPage();
    try {
      await page.goto(new URL(path, server.url).href);
      await check((fn) => page.evaluate(fn));
    } finally {
      await page.close();
    }
  }

  beforeAll(async () => {
    server = await startDemoServer();
    session = await launchFirefoxWithExtension({ headless: true, localOnly: true });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('annotates a saved BBC article inside its story body only', async () => {
    await withPage('pages/bbc-1/source.html', expectBbcAnnotated);
  });

  it('leaves a news front page (a list of headlines, no article) alone', async () => {
    await withPage('pages/front-page/', expectFrontPageLeftAlone);
  });
});
