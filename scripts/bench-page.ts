/**
 * The extension in real Chromium (playwright-core, Debian chromium, the built extension),
 * on the demo article and saved news pages (scripts stripped, network kept local):
 * - time to highlights: navigation start → `<html data-backstory="annotated">` (median, worst),
 *   and from the page's load event (the content script starts at document_idle, so this is
 *   the extension's own share; the target is ≤ 300 ms median);
 * - the longest main-thread task that ran extension script (CDP trace, see e2e/support/trace.ts);
 * - memory added to the page: JS heap of the page's renderer isolate (CDP Runtime.getHeapUsage
 *   after a forced GC) with the extension minus without it, same page;
 * - time to open the popup for the tab (`?tab=<id>`): navigation start → first actor listed.
 *
 * Usage: npx tsx scripts/bench-page.ts [--dist DIR] [--runs N]
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromiumWithExtension, type ChromiumSession } from '../e2e/support/chromium.ts';
import { startFixtureServer, type FixtureServer } from '../e2e/support/fixture-server.ts';
import { distChrome, findChromium } from '../e2e/support/paths.ts';
import { makeSandbox } from '../e2e/support/temp.ts';
import { ExtensionTracer } from '../e2e/support/trace.ts';
import { max, median, ms, table } from './bench-stats.ts';

export const BENCH_PAGES = ['', 'pages/bbc-1/', 'pages/nytimes-1/', 'pages/wapo-2/', 'pages/guardian-1/', 'pages/cnn/', 'pages/telegraph/', 'pages/theverge/'];

export interface PageRow {
  page: string;
  state: string;
  words: number | null;
  marks: number;
  /** Navigation start → annotated, per run (ms). */
  toHighlightsMs: number[];
  toHighlightsMedianMs: number;
  toHighlightsWorstMs: number;
  /** The page's load event → annotated, per run (ms): the extension's own share (it starts at document_idle). */
  afterLoadMs: number[];
  afterLoadMedianMs: number;
  longestExtensionTaskMs: number;
  extensionTaskTotalMs: number;
  /** JS heap (MB) with the extension minus without, medians. */
  heapAddedMB: number | null;
  popupMs: number | null;
}

export interface PageBench {
  browser: string;
  runs: number;
  rows: PageRow[];
}

/** Recorded in every page: when the page contract's state first becomes final, on the page's clock. */
const RECORD_STATE = `(() => {
  const record = () => {
    const s = document.documentElement && document.documentElement.getAttribute('data-backstory');
    if (s && s !== 'analyzing' && window.__backstoryFinal === undefined) window.__backstoryFinal = { state: s, at: performance.now() };
  };
  new MutationObserver(record).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-backstory'] });
})();`;

/** In the popup: when the first actor is listed. */
const RECORD_POPUP = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const mo = new MutationObserver(() => {
    if (window.__backstoryActorsAt === undefined && document.querySelector('[data-entity-id]')) { window.__backstoryActorsAt = performance.now(); mo.disconnect(); }
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

type Final = { state: string; at: number } | undefined;

async function waitFinal(page: Page, timeout = 60_000): Promise<{ state: string; at: number }> {
  await page.waitForFunction(() => (window as unknown as { __backstoryFinal?: unknown }).__backstoryFinal !== undefined, null, { timeout, polling: 50 });
  return (await page.evaluate(() => (window as unknown as { __backstoryFinal?: Final }).__backstoryFinal))!;
}

async function heapMB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / (1024 * 1024);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function baselineHeaps(server: FixtureServer, pages: string[], runs: number): Promise<Map<string, number>> {
  const sandbox = makeSandbox('chromium-plain');
  const context = await chromium.launchPersistentContext(sandbox.profile, {
    executablePath: findChromium(),
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-extensions', '--no-first-run'],
    env: sandbox.env,
  });
  try {
    await context.route((url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1', (route) => route.abort('internetdisconnected'));
    const out = new Map<string, number>();
    for (const path of pages) {
      const heaps: number[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await context.newPage();
        await page.goto(server.url + path, { waitUntil: 'load' });
        await page.waitForTimeout(500);
        heaps.push(await heapMB(context, page));
        await page.close();
      }
      out.set(path, median(heaps));
    }
    return out;
  } finally {
    await context.close().catch(() => {});
    sandbox.remove();
  }
}

async function popupTime(session: ChromiumSession, url: string): Promise<number | null> {
  const tabId = await session.tabIdFor(url);
  const popup = await session.openPopup(tabId);
  try {
    await popup.waitForFunction(() => document.querySelector('[data-entity-id]') !== null, null, { timeout: 15_000, polling: 'raf' });
    const at = await popup.evaluate(() => (window as unknown as { __backstoryActorsAt?: number }).__backstoryActorsAt ?? performance.now());
    return at;
  } catch {
    return null;
  } finally {
    await popup.close();
  }
}

export async function benchPage(options: { dist?: string; runs?: number; pages?: string[]; log?: (line: string) => void } = {}): Promise<PageBench> {
  const runs = options.runs ?? 3;
  const pages = options.pages ?? BENCH_PAGES;
  const log = options.log ?? (() => {});
  const server = await startFixtureServer();
  const session = await launchChromiumWithExtension({ extensionDir: options.dist ?? distChrome, localOnly: true });
  const rows: PageRow[] = [];
  try {
    await session.context.addInitScript(RECORD_STATE);
    await session.context.addInitScript(RECORD_POPUP);
    const origin = session.extensionBase.replace(/\/$/, '');
    const heapsWith = new Map<string, number[]>();
    for (const path of pages) {
      const times: number[] = [];
      let longest = 0;
      let total = 0;
      let state = '';
      let marks = 0;
      let words: number | null = null;
      let popupMs: number | null = null;
      const afterLoad: number[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await session.context.newPage();
        const tracer = await ExtensionTracer.start(session.context, page);
        await page.goto(server.url + path, { waitUntil: 'commit' });
        const final = await waitFinal(page).catch(() => ({ state: 'timeout', at: NaN }));
        await page.waitForTimeout(300); // let trailing work (hover wiring, reports) land in the trace
        const tasks = await tracer.stop(origin);
        state = final.state;
        if (final.state === 'annotated') {
          times.push(final.at);
          const loadEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0);
          afterLoad.push(Math.max(0, final.at - loadEnd));
        }
        longest = Math.max(longest, tasks.longestTaskMs);
        total = Math.max(total, tasks.totalTaskMs);
        marks = await page.locator('mark[data-backstory-entity], mark[data-backstory-claim]').count();
        (heapsWith.get(path) ?? heapsWith.set(path, []).get(path)!).push(await heapMB(session.context, page));
        if (i === 0) {
          const report = await session.report(await session.tabIdFor(page.url())).catch(() => null);
          words = report?.meta?.words ?? null;
          if (final.state === 'annotated') popupMs = await popupTime(session, page.url());
        }
        await page.close();
      }
      const row: PageRow = {
        page: path || 'demo',
        state,
        words,
        marks,
        toHighlightsMs: times,
        toHighlightsMedianMs: median(times),
        toHighlightsWorstMs: max(times),
        afterLoadMs: afterLoad,
        afterLoadMedianMs: median(afterLoad),
        longestExtensionTaskMs: longest,
        extensionTaskTotalMs: total,
        heapAddedMB: null,
        popupMs,
      };
      rows.push(row);
      log(`${row.page}: ${state}, ${ms(row.toHighlightsMedianMs)} to highlights, longest task ${ms(longest)}`);
    }
    await session.close();
    const base = await baselineHeaps(server, pages, runs);
    for (const row of rows) {
      const path = row.page === 'demo' ? '' : row.page;
      const withExt = median(heapsWith.get(path) ?? []);
      const without = base.get(path);
      row.heapAddedMB = without === undefined || Number.isNaN(withExt) ? null : withExt - without;
    }
    return { browser: session.executablePath, runs, rows };
  } finally {
    await session.close();
    await server.close();
  }
}

export function pageTable(bench: PageBench): string {
  return table([
    ['page', 'state', 'words', 'marks', 'to highlights (median)', 'worst', 'after load (median)', 'longest ext. task', 'heap added', 'popup'],
    ...bench.rows.map((r) => [
      r.page,
      r.state,
      r.words === null ? '–' : String(r.words),
      String(r.marks),
      ms(r.toHighlightsMedianMs),
      ms(r.toHighlightsWorstMs),
      ms(r.afterLoadMedianMs),
      ms(r.longestExtensionTaskMs),
      r.heapAddedMB === null ? '–' : `${r.heapAddedMB.toFixed(1)} MB`,
      ms(r.popupMs),
    ]),
  ]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const bench = await benchPage({ dist: arg('--dist'), runs: arg('--runs') ? Number(arg('--runs')) : undefined, log: (l) => console.log(l) });
  console.log(pageTable(bench));
}
