/**
 * `npm start`: serves the demo article and opens a browser with Backstory loaded on it.
 *
 *   npm start                        Chromium, headful (headless when there is no display)
 *   npm start -- --headless          Chromium headless: wait for the annotation, print it,
 *                                    save backstory-screenshot.png, exit 0 (1 on failure)
 *   npm run start:firefox            Firefox ESR via web-ext run (headful)
 *   npm run start:firefox -- --headless   Firefox ESR headless via puppeteer-core
 *
 * Options: --browser chromium|firefox, --headless, --screenshot <file>, --timeout <seconds>.
 * Expects `npm run build` to have written dist/chrome and dist/firefox (npm start does).
 */
import { spawn, spawnSync } from 'node:child_process';
import { resolve, join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Analysis } from '../src/core/types.ts';
import type { TabReport } from '../src/shared/protocol.ts';
import { startServer, type RunningServer } from './serve-demo.ts';
import { demoDir, distChrome, distFirefox, findChromium, findFirefox, readBuiltManifest, repoRoot } from '../e2e/support/paths.ts';
import { launchChromiumWithExtension } from '../e2e/support/chromium.ts';
import { launchFirefoxWithExtension } from '../e2e/support/firefox.ts';
import { makeSandbox } from '../e2e/support/temp.ts';
import { readCard, readMarks, readState, type MarksSnapshot } from '../e2e/support/probes.ts';

export interface StartOptions {
  browser: 'chromium' | 'firefox';
  headless: boolean;
  screenshot: string;
  timeoutMs: number;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): StartOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    if (i >= 0) return argv[i + 1];
    return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const browser = value('--browser') ?? 'chromium';
  if (browser !== 'chromium' && browser !== 'firefox' && browser !== 'chrome') {
    throw new Error(`--browser must be chromium or firefox, not "${browser}"`);
  }
  const hasDisplay = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  const timeout = Number(value('--timeout') ?? 90);
  return {
    browser: browser === 'firefox' ? 'firefox' : 'chromium',
    headless: argv.includes('--headless') || !hasDisplay,
    screenshot: resolve(value('--screenshot') ?? 'backstory-screenshot.png'),
    timeoutMs: (Number.isFinite(timeout) && timeout > 0 ? timeout : 90) * 1000,
  };
}

/** What a headless run drives: one page with the demo, plus the extension's report for it. */
export interface Driver {
  name: string;
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  /** Hovers the `index`-th entity mark of the article. */
  hoverMark(index: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  report(): Promise<TabReport | null>;
  close(): Promise<void>;
}

const MARKS = 'article mark[data-backstory-entity]';

async function chromiumDriver(url: string, headless: boolean): Promise<Driver & { page: PlaywrightPage; done: Promise<void> }> {
  const session = await launchChromiumWithExtension({ headless });
  const page = await session.context.newPage();
  for (const other of session.context.pages()) if (other !== page) await other.close().catch(() => {});
  await page.goto(url);
  const done = new Promise<void>((ok) => session.context.once('close', () => ok()));
  return {
    name: `Chromium (${session.executablePath})`,
    page,
    done,
    evaluate: (fn) => page.evaluate(fn),
    hoverMark: (i) => page.locator(MARKS).nth(i).hover(),
    // Fast-forwards the card's fade-in so it is fully drawn.
    screenshot: async (path) => void (await page.screenshot({ path, animations: 'disabled' })),
    report: async () => {
      // The report is read from an extension page opened in a tab: give the demo the focus back.
      const report = await session.report(await session.tabIdFor(url));
      await page.bringToFront();
      return report;
    },
    close: () => session.close(),
  };
}

async function firefoxHeadlessDriver(url: string): Promise<Driver & { page: PuppeteerPage }> {
  const session = await launchFirefoxWithExtension({ headless: true });
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url);
  return {
    name: `Firefox ESR (${findFirefox()})`,
    page,
    evaluate: (fn) => page.evaluate(fn),
    hoverMark: async (i) => {
      const mark = (await page.$$(MARKS))[i];
      if (!mark) throw new Error(`no highlight #${i}`);
      await mark.hover();
    },
    screenshot: async (path) => {
      await new Promise((r) => setTimeout(r, 300)); // let the card's fade-in finish
      await page.screenshot({ path: path as `${string}.png` });
    },
    report: async () => session.report(await session.tabIdFor(url)),
    close: () => session.close(),
  };
}

const FINAL_STATES = new Set(['annotated', 'no-article', 'error', 'off']);

async function waitForFinalState(driver: Driver, timeoutMs: number): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  let state: string | null = null;
  while (Date.now() < deadline) {
    state = await driver.evaluate(readState).catch(() => null);
    if (state && FINAL_STATES.has(state)) return state;
    await new Promise((r) => setTimeout(r, 200));
  }
  return state;
}

/** A plain-text account of what Backstory found, for the terminal. */
export function describeAnnotation(analysis: Analysis | null, marks: MarksSnapshot): string {
  const lines: string[] = [];
  const markCount = new Map<string, number>();
  for (const m of marks.entities) markCount.set(m.id, (markCount.get(m.id) ?? 0) + 1);
  if (analysis) {
    lines.push(`Actors (${analysis.entities.length}):`);
    const width = Math.max(0, ...analysis.entities.map((e) => e.name.length));
    for (const e of analysis.entities) {
      const n = e.mentions.length;
      const shown = markCount.get(e.id) ?? 0;
      const role = e.role ? `, ${e.role}` : '';
      lines.push(
        `  ${e.name.padEnd(width)}  ${e.type.padEnd(12)} ${String(n).padStart(3)} mention${n === 1 ? ' ' : 's'}` +
          ` (${shown} highlighted${role})`,
      );
    }
    lines.push(`Claims: ${analysis.claims.length}`);
    const kinds = new Map<string, number>();
    for (const c of analysis.claims) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    if (kinds.size) lines.push(`  ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  } else {
    // No report from the background: fall back to what the page shows.
    const names = new Map<string, Set<string>>();
    for (const m of marks.entities) names.set(m.id, (names.get(m.id) ?? new Set()).add(m.text));
    lines.push(`Actors highlighted (${names.size}), types unknown (no report from the extension):`);
    for (const [id, texts] of names) lines.push(`  ${[...texts].join(' / ')}  ${markCount.get(id)} mentions`);
    lines.push(`Claims highlighted: ${new Set(marks.claims.map((c) => c.id)).size}`);
  }
  lines.push(`Highlights in the page: ${marks.entities.length} actor marks, ${marks.claims.length} claim marks`);
  return lines.join('\n');
}

/** Headful: tell the user what Backstory found, once it has, without blocking the window. */
async function summarizeWhenReady(driver: Driver, timeoutMs: number): Promise<void> {
  try {
    const state = await waitForFinalState(driver, timeoutMs);
    if (state !== 'annotated') {
      console.log(`Backstory's state on the page: ${state ?? 'not started'}`);
      return;
    }
    const report = await driver.report().catch(() => null);
    const marks = await driver.evaluate(readMarks);
    console.log(`\n${describeAnnotation(report?.analysis ?? null, marks)}\nHover or Tab to a highlight to see its card.`);
  } catch {
    // The window was closed first.
  }
}

export async function runHeadless(driver: Driver, url: string, options: StartOptions): Promise<number> {
  console.log(`Waiting for Backstory to annotate ${url} in ${driver.name} (headless)…`);
  const state = await waitForFinalState(driver, options.timeoutMs);
  if (state !== 'annotated') {
    const report = await driver.report().catch(() => null);
    console.error(
      `\nBackstory did not annotate the demo page: data-backstory="${state ?? 'missing'}"` +
        (report?.message ? ` (${report.message})` : '') +
        (state === null ? '\nThe content script never ran: is the extension built (npm run build) and loaded?' : ''),
    );
    return 1;
  }
  const marks = await driver.evaluate(readMarks);
  const report = await driver.report().catch(() => null);
  console.log(`\nBackstory annotated the demo article:\n${describeAnnotation(report?.analysis ?? null, marks)}`);
  if (marks.entities.length === 0) {
    console.error('\nNo actor was highlighted.');
    return 1;
  }
  // Hover a highlight (Atta Tarar if present) so the card shows in the screenshot.
  const preferred = marks.entities.findIndex((m) => m.text === 'Atta Tarar' && m.inArticle);
  const articleMarks = marks.entities.filter((m) => m.inArticle);
  const index = preferred >= 0 ? marks.entities.slice(0, preferred).filter((m) => m.inArticle).length : 0;
  if (articleMarks.length > 0) {
    await driver.hoverMark(index);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !(await driver.evaluate(readCard)).open) await new Promise((r) => setTimeout(r, 100));
    const card = await driver.evaluate(readCard);
    console.log(card.open ? `Card on hover: ${card.text.slice(0, 200)}` : 'Warning: no card appeared on hover.');
  }
  await driver.screenshot(options.screenshot);
  console.log(`Screenshot: ${options.screenshot}`);
  return 0;
}

async function runFirefoxHeadful(url: string): Promise<number> {
  const sandbox = makeSandbox('web-ext');
  const webExt = join(repoRoot, 'node_modules', '.bin', 'web-ext');
  console.log(`Opening Firefox ESR with Backstory on ${url} (close Firefox or press Ctrl-C to stop)`);
  const child = spawn(
    webExt,
    ['run', '--source-dir', distFirefox, '--firefox', findFirefox(), '--start-url', url, '--no-reload', '--no-input'],
    { stdio: 'inherit', env: sandbox.env },
  );
  const code = await new Promise<number>((ok) => child.on('exit', (c) => ok(c ?? 0)));
  sandbox.remove();
  return code;
}

/** On a fresh machine the browsers may be missing: install them (scripts/install-browsers.sh). */
function ensureBrowser(browser: StartOptions['browser']): void {
  try {
    if (browser === 'firefox') findFirefox();
    else findChromium();
    return;
  } catch {
    console.log(`No ${browser} found: running scripts/install-browsers.sh`);
  }
  const result = spawnSync('bash', [join(repoRoot, 'scripts', 'install-browsers.sh')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Installing the browsers failed (see above); try `npm run setup:browsers`.');
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const options = parseArgs(argv);
  readBuiltManifest(options.browser === 'firefox' ? distFirefox : distChrome);
  ensureBrowser(options.browser);
  const server: RunningServer = await startServer(demoDir, Number(process.env.PORT ?? 0));
  const url = server.url;
  console.log(`Demo article: ${url}`);
  try {
    if (options.browser === 'firefox' && !options.headless) return await runFirefoxHeadful(url);
    const driver = options.browser === 'firefox' ? await firefoxHeadlessDriver(url) : await chromiumDriver(url, options.headless);
    try {
      if (options.headless) return await runHeadless(driver, url, options);
      const chromium = driver as Awaited<ReturnType<typeof chromiumDriver>>;
      console.log('Chromium is open with Backstory on the demo article. Close the window or press Ctrl-C to stop.');
      void summarizeWhenReady(driver, options.timeoutMs);
      await Promise.race([
        chromium.done,
        new Promise<void>((ok) => {
          process.once('SIGINT', ok);
          process.once('SIGTERM', ok);
        }),
      ]);
      return 0;
    } finally {
      await driver.close();
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(repoRoot, 'scripts', 'start.ts')) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
