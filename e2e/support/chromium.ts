/** Launches Debian chromium (or a Chrome on PATH) with the built extension loaded, via playwright-core. */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type Browser from 'webextension-polyfill';
import { distChrome, findChromium, popupPath, readBuiltManifest } from './paths.ts';
import { makeSandbox, type Sandbox } from './temp.ts';
import { fetchReportInExtensionPage } from './report.ts';
import type { TabReport } from '../../src/shared/protocol.ts';

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension's service worker. */
  worker: Worker;
  extensionId: string;
  /** chrome-extension://<id>/ */
  extensionBase: string;
  executablePath: string;
  sandbox: Sandbox;
  /** Opens the popup page in a tab, describing tab `tabId`. */
  openPopup(tabId: number): Promise<Page>;
  /** The id chrome.tabs gives to the tab showing `url`. */
  tabIdFor(url: string): Promise<number>;
  /** The background's report for a tab (state, analysis…), via the extension's protocol. */
  report(tabId: number): Promise<TabReport | null>;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  headless?: boolean;
  extensionDir?: string;
  /** Abort every page request that does not go to 127.0.0.1 (saved pages reference ads and CDNs). */
  localOnly?: boolean;
}

export async function launchChromiumWithExtension(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const ext = options.extensionDir ?? distChrome;
  const headless = options.headless ?? true;
  readBuiltManifest(ext); // fails early with a clear message when not built
  const executablePath = findChromium();
  const sandbox = makeSandbox('chromium');
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(sandbox.profile, {
      executablePath,
      // Playwright's own headless flag would use the old headless shell, which has no extensions.
      headless: false,
      args: [
        ...(headless ? ['--headless=new'] : []),
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
      ],
      ignoreDefaultArgs: ['--disable-extensions'],
      env: sandbox.env,
      // Headful: let the window size the page, as for a user.
      viewport: headless ? { width: 1280, height: 900 } : null,
      timeout: 60_000,
    });
    if (options.localOnly) {
      await context.route(
        (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
        (route) => route.abort('internetdisconnected'),
      );
    }
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 30_000,
      }));
    // The content script is registered by the background right after install (it follows
    // the reader's settings); a page opened before that would, like any page open before
    // an install, get nothing.
    await worker.evaluate(async () => {
      const scripting = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting;
      for (let i = 0; i < 100 && (await scripting.getRegisteredContentScripts()).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    });
    const extensionId = new URL(worker.url()).host;
    const extensionBase = `chrome-extension://${extensionId}/`;
    const ctx = context;
    const popup = popupPath(ext);
    return {
      context: ctx,
      worker,
      extensionId,
      extensionBase,
      executablePath,
      sandbox,
      tabIdFor: async (url: string) => {
        const id = await worker.evaluate(async (target: string) => {
          // MV3's chrome.tabs returns promises, the same shape as the polyfill's types.
          const tabs = (globalThis as unknown as { chrome: { tabs: Browser.Tabs.Static } }).chrome.tabs;
          const all = await tabs.query({});
          const match = all.find((t) => t.url === target || t.pendingUrl === target);
          if (match?.id !== undefined) return match.id;
          // Without host access the url is hidden: fall back to the active non-extension tab.
          const [active] = await tabs.query({ active: true, lastFocusedWindow: true });
          return active?.id ?? -1;
        }, url);
        if (id < 0) throw new Error(`No tab found for ${url}`);
        return id;
      },
      openPopup: async (tabId: number) => {
        const page = await ctx.newPage();
        await page.goto(`${extensionBase}${popup}?tab=${tabId}`);
        return page;
      },
      report: async (tabId: number) => {
        const page = await ctx.newPage();
        try {
          await page.goto(`${extensionBase}${popup}`);
          return await page.evaluate(fetchReportInExtensionPage, tabId);
        } finally {
          await page.close().catch(() => {});
        }
      },
      close: async () => {
        await ctx.close().catch(() => {});
        sandbox.remove();
      },
    };
  } catch (err) {
    await context?.close().catch(() => {});
    sandbox.remove();
    throw err;
  }
}
