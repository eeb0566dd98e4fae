/**
 * Launches Firefox ESR headless with the built extension, via puppeteer-core over WebDriver BiDi.
 * Playwright cannot drive stock Firefox, hence a second driver.
 *
 * Extension pages: Firefox gives each extension a random internal UUID; we pin it with the
 * pref `extensions.webextensions.uuids` so moz-extension://<uuid>/ URLs are known, and launch
 * with --remote-allow-system-access so BiDi may navigate to them. `goto()` on a moz-extension
 * URL does not resolve, so we start the navigation and poll for the page instead.
 */
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type WebExt from 'webextension-polyfill';
import { distFirefox, findFirefox, popupPath, readBuiltManifest } from './paths.ts';
import { makeSandbox, type Sandbox } from './temp.ts';
import { fetchReportInExtensionPage } from './report.ts';
import type { TabReport } from '../../src/shared/protocol.ts';

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  extensionBase: string;
  extensionId: string;
  sandbox: Sandbox;
  /** Opens the extension's popup page in a new tab; with `tabId`, as `?tab=<id>`. */
  openPopup(tabId?: number): Promise<Page>;
  /** The tabs-API id of the tab showing `url`, asked from an extension page. */
  tabIdFor(url: string): Promise<number>;
  /** The background's report for a tab (state, analysis…), via the extension's protocol. */
  report(tabId: number): Promise<TabReport | null>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  headless?: boolean;
  extensionDir?: string;
  /** Send every request not for 127.0.0.1 to a dead proxy (saved pages reference ads and CDNs). */
  localOnly?: boolean;
}

/** Navigates without awaiting goto() (it never settles for moz-extension:) and polls until loaded. */
export async function gotoAndPoll(page: Page, url: string, timeoutMs = 20_000): Promise<void> {
  void page.goto(url, { timeout: timeoutMs }).catch(() => {});
  const deadline = Date.now() + timeoutMs;
  const wanted = url.split('#')[0];
  for (;;) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => null);
    if (state && state.href === wanted && state.ready === 'complete') return;
    if (Date.now() > deadline) {
      throw new Error(`Timed out loading ${url} (at ${state?.href ?? 'unknown'}, ${state?.ready ?? '?'})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launchFirefoxWithExtension(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const ext = options.extensionDir ?? distFirefox;
  const geckoId = readBuiltManifest(ext).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${ext}/manifest.json has no browser_specific_settings.gecko.id`);
  const uuid = randomUUID();
  const sandbox = makeSandbox('firefox');
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: options.headless ?? true,
      userDataDir: sandbox.profile,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
        // Firefox never proxies 127.0.0.1 (network.proxy.allow_hijacking_localhost is false),
        // so a manual proxy on the closed discard port blocks everything else.
        ...(options.localOnly
          ? {
              'network.proxy.type': 1,
              'network.proxy.http': '127.0.0.1',
              'network.proxy.http_port': 9,
              'network.proxy.share_proxy_settings': true,
              'network.proxy.no_proxies_on': '127.0.0.1',
            }
          : {}),
      },
      env: sandbox.env,
      timeout: 60_000,
    });
    const extensionId = await browser.installExtension(ext);
    const extensionBase = `moz-extension://${uuid}/`;
    const popup = popupPath(ext);
    const b = browser;
    const openPopup = async (tabId?: number): Promise<Page> => {
      const page = await b.newPage();
      await gotoAndPoll(page, `${extensionBase}${popup}${tabId === undefined ? '' : `?tab=${tabId}`}`);
      return page;
    };
    return {
      browser: b,
      extensionBase,
      extensionId,
      sandbox,
      openPopup,
      tabIdFor: async (url: string) => {
        const page = await openPopup();
        try {
          const id = await page.evaluate(async (target: string) => {
            // Extension pages have the WebExtension `browser` global.
            const api = (globalThis as unknown as { browser: WebExt.Browser }).browser;
            const all = await api.tabs.query({});
            return all.find((t) => t.url === target)?.id ?? -1;
          }, url);
          if (id < 0) throw new Error(`No tab found for ${url}`);
          return id;
        } finally {
          await page.close().catch(() => {});
        }
      },
      report: async (tabId: number) => {
        const page = await openPopup();
        try {
          return await page.evaluate(fetchReportInExtensionPage, tabId);
        } finally {
          await page.close().catch(() => {});
        }
      },
      close: async () => {
        await b.close().catch(() => {});
        sandbox.remove();
      },
    };
  } catch (err) {
    await browser?.close().catch(() => {});
    sandbox.remove();
    throw err;
  }
}
