/**
 * Reliability suite: Backstory in real Chromium (playwright-core, dist/chrome) on every saved
 * page we have, on pages written to break it, and under faults. Needs `npm run build`.
 *
 * - Saved pages: the Readability test pages and the 181 article-extraction-benchmark pages
 *   (e2e/fixtures/, scripts stripped, network kept local), several tabs at once: no uncaught
 *   exception from the extension, no highlight in page chrome, turning highlights off
 *   restores `document.body.innerHTML` exactly.
 * - Hostile pages (e2e/hostile/pages.ts): HTML/script payloads as text, 100,000 words,
 *   re-rendering every 500 ms, infinite scroll, iframes, the page's own shadow roots,
 *   contenteditable and form fields, a strict CSP, a non-English article.
 * - Faults: the service worker stopped mid-analysis; extension storage full.
 *
 * A known bug gets a test with `it.fails` (it passes while the bug is there and fails once it
 * is fixed, then becomes a plain `it`); none is known now.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { launchChromiumWithExtension, type ChromiumSession } from './support/chromium.ts';
import { extractionBenchIds, readabilityPageNames, startFixtureServer, type FixtureServer } from './support/fixture-server.ts';
import { clearStorage, fillStorage, liveWorker, sendToTab, stopExtensionWorker, tabIdOf } from './support/extension-control.ts';
import { FINAL_STATES, WATCH_INIT_SCRIPT, countMarks, marksInChrome, readBody, readBodyBefore, readCspViolations, readFinal } from './support/page-watch.ts';
import { readCard, readPopupActors, readState } from './support/probes.ts';
import { ExtensionTracer, type ExtensionTasks } from './support/trace.ts';

/** Mozilla's Readability, as the extension bundles it: the 100k-word test times it in the page. */
const READABILITY_JS = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
import { HOSTILE_ROUTES } from './hostile/pages.ts';

/** Tabs open at once for the saved pages (2 cores: the page work is light, analysis is in the worker). */
const CONCURRENCY = 4;
const STATE_TIMEOUT = 45_000;

let server: FixtureServer;
let session: ChromiumSession;
/** Errors from the extension anywhere (content script console/exceptions, service worker console). */
const extensionErrors: string[] = [];

function isExtensionMessage(msg: ConsoleMessage): boolean {
  return msg.location().url.startsWith('chrome-extension://') || /\[backstory\]/i.test(msg.text());
}

function watchWorkerErrors(): void {
  const seen = new WeakSet<object>();
  const attach = (w: { on(e: 'console', l: (m: ConsoleMessage) => void): unknown; url(): string }) => {
    if (seen.has(w) || !w.url().startsWith('chrome-extension://')) return;
    seen.add(w);
    w.on('console', (m) => {
      if (m.type() === 'error') extensionErrors.push(`service worker: ${m.text()}`);
    });
  };
  for (const w of session.context.serviceWorkers()) attach(w);
  session.context.on('serviceworker', attach);
}

interface Opened {
  page: Page;
  /** Errors of this page: uncaught exceptions (any world) and extension console errors. */
  errors: string[];
  /** Uncaught exceptions whose stack is the extension's. */
  extensionErrors: () => string[];
}

async function open(url: string): Promise<Opened> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}\n${e.stack ?? ''}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && isExtensionMessage(m)) errors.push(`console: ${m.text()} @ ${m.location().url}`);
  });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  return { page, errors, extensionErrors: () => errors.filter((e) => !e.startsWith('pageerror') || e.includes('chrome-extension://')) };
}

/** Opens a hostile page, expects `state` (null: no expectation), runs `body`, expects no error. */
async function onHostilePage(path: string, body: (page: Page) => Promise<void>, state: string | null = 'annotated'): Promise<void> {
  const { page, errors } = await open(`${server.url}hostile/${path}`);
  try {
    if (state !== null) expect(await finalState(page)).toBe(state);
    await body(page);
    expect(errors, 'errors in the page or from the extension').toEqual([]);
  } finally {
    await page.close();
  }
}

async function finalState(page: Page, timeout = STATE_TIMEOUT): Promise<string> {
  try {
    await page.waitForFunction(() => (window as unknown as { __backstoryFinal?: unknown }).__backstoryFinal !== undefined, null, { timeout, polling: 100 });
  } catch {
    return `timeout (${(await page.evaluate(readState).catch(() => null)) ?? 'no state'})`;
  }
  return (await page.evaluate(readFinal))?.state ?? 'none';
}

async function waitState(page: Page, state: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((s) => document.documentElement.getAttribute('data-backstory') === s, state, { timeout, polling: 100 });
}

/** Highlights off through the service worker, as the popup's button and the shortcut do. */
async function turnOff(page: Page): Promise<void> {
  const tabId = await tabIdOf(session.context, page.url());
  await sendToTab(session.context, tabId, { type: 'set-highlights', on: false });
  await waitState(page, 'off');
}

interface PageOutcome {
  url: string;
  state: string;
  marks: number;
  problems: string[];
}

/** The checks every saved page must pass. */
async function checkSavedPage(url: string): Promise<PageOutcome> {
  const problems: string[] = [];
  let opened: Opened | null = null;
  try {
    opened = await open(url);
    const { page } = opened;
    const state = await finalState(page);
    if (!FINAL_STATES.includes(state)) problems.push(`no final state: ${state}`);
    if (state === 'error') problems.push(`state error: ${await page.evaluate(() => document.documentElement.getAttribute('data-backstory-message')).catch(() => '')}`);
    const marks = await page.evaluate(countMarks);
    if (state !== 'annotated' && marks > 0) problems.push(`${marks} marks in state ${state}`);
    for (const m of await page.evaluate(marksInChrome)) problems.push(`mark in page chrome: ${m}`);
    if (state === 'annotated') {
      const before = await page.evaluate(readBodyBefore);
      await turnOff(page);
      const after = await page.evaluate(readBody);
      if (before === null) problems.push('no snapshot of the body before the extension ran');
      else if (after !== before) problems.push(`body differs after highlights off (${firstDifference(before, after)})`);
    }
    problems.push(...opened.extensionErrors());
    return { url, state, marks, problems };
  } catch (error) {
    problems.push(`failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return { url, state: 'failed', marks: 0, problems };
  } finally {
    await opened?.page.close().catch(() => {});
  }
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${JSON.stringify(a.slice(Math.max(0, i - 40), i + 60))} vs …${JSON.stringify(b.slice(Math.max(0, i - 40), i + 60))}`;
}

async function pool<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}

function summarize(outcomes: PageOutcome[]): { states: Record<string, number>; failures: string[] } {
  const states: Record<string, number> = {};
  for (const o of outcomes) states[o.state] = (states[o.state] ?? 0) + 1;
  const failures = outcomes.filter((o) => o.problems.length).map((o) => `${o.url}\n    ${o.problems.join('\n    ')}`);
  return { states, failures };
}

beforeAll(async () => {
  server = await startFixtureServer({ routes: HOSTILE_ROUTES });
  // BACKSTORY_DIST_CHROME: test a private build (e.g. /tmp/…) instead of dist/chrome.
  session = await launchChromiumWithExtension({ headless: true, localOnly: true, extensionDir: process.env.BACKSTORY_DIST_CHROME || undefined });
  await session.context.addInitScript(WATCH_INIT_SCRIPT);
  watchWorkerErrors();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('reliability: saved real pages, several tabs at once', () => {
  it('the Readability test pages: no extension error, no highlight in page chrome, off restores the body exactly', async () => {
    const names = readabilityPageNames();
    expect(names.length).toBeGreaterThanOrEqual(30);
    const outcomes = await pool(names.map((n) => `${server.url}pages/${n}/`), CONCURRENCY, checkSavedPage);
    const { states, failures } = summarize(outcomes);
    console.info(`Readability pages: ${JSON.stringify(states)}`);
    expect(states.annotated ?? 0, 'most saved news pages are annotated').toBeGreaterThan(names.length / 2);
    expect(failures).toEqual([]);
  }, 300_000);

  it('the 181 extraction-benchmark pages: no extension error, no highlight in page chrome, off restores the body exactly', async () => {
    const ids = extractionBenchIds();
    expect(ids.length).toBe(181);
    const outcomes = await pool(ids.map((id) => `${server.url}bench/${id}.html`), CONCURRENCY, checkSavedPage);
    const { states, failures } = summarize(outcomes);
    console.info(`extraction-benchmark pages: ${JSON.stringify(states)}`);
    expect(states.annotated ?? 0, 'most benchmark pages are annotated').toBeGreaterThan(ids.length / 2);
    expect(failures).toEqual([]);
  }, 600_000);
});

describe('reliability: hostile pages', () => {
  it('HTML and script payloads in names, titles and quotes stay text: nothing runs, nothing is parsed, in the page, the card or the popup', async () => {
    await onHostilePage('xss.html', async (page) => {
      const markTexts = await page.evaluate(() => [...document.querySelectorAll('mark')].map((m) => m.textContent ?? ''));
      // The payloads went through the pipeline as text and came back as highlighted text.
      expect(markTexts.join(' ')).toContain('<img src=x');

      const payloadClaim = page.locator('mark[data-backstory-claim]', { hasText: '<img src=x' }).first();
      await payloadClaim.scrollIntoViewIfNeeded();
      await payloadClaim.hover();
      await expect.poll(() => page.evaluate(readCard), { timeout: 10_000 }).toMatchObject({ open: true });
      for (const mark of await page.locator('mark[data-backstory-entity]').all()) {
        if (!(await mark.isVisible())) continue;
        await mark.hover();
        await page.waitForTimeout(60);
      }
      await page.waitForTimeout(800);

      const parsed = await page.evaluate(() => {
        const roots: (Document | ShadowRoot)[] = [document, ...[...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
        return roots.flatMap((r) => [...r.querySelectorAll('img[src="x"], svg[onload], img[onerror], script:not([type])')].map((e) => e.outerHTML.slice(0, 80)));
      });
      expect(parsed, 'payload elements created').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-pwned'))).toBeNull();

      const popup = await session.openPopup(await tabIdOf(session.context, page.url()));
      try {
        await expect.poll(() => popup.evaluate(readPopupActors).then((a) => a.length), { timeout: 15_000 }).toBeGreaterThan(0);
        expect(await popup.evaluate(() => [...document.querySelectorAll('img[src="x"], svg[onload], img[onerror]')].length)).toBe(0);
        expect(await popup.evaluate(() => document.documentElement.getAttribute('data-pwned'))).toBeNull();
      } finally {
        await popup.close();
      }
    });
  });

  /**
   * The goal is the Long Tasks threshold, 50 ms. The extraction gives the page its turn between its
   * steps; the longest step left is Readability choosing the article body, one synchronous call whose
   * cost grows with the page and with the machine's load (on this 100,000-word page, a ten-hour read:
   * 84–185 ms on this 2-core machine, and CI once saw a 285 ms task). So the bound is calibrated in the
   * same page at the same time:
   * a clone of the document and Readability's parse with the extension's options, run by the test in
   * the page (median of three; 520–630 ms here, where the extension's longest task was 113–135 ms),
   * and at least 300 ms. A regression to one long paint or an unsliced analysis (5–9 s seen) fails it by far.
   */
  it(
    'a 100,000-word article completes, with no extension task much longer than Readability’s own parse of the page',
    async () => {
      const page = await session.context.newPage();
      const tracer = await ExtensionTracer.start(session.context, page);
      let tasks: ExtensionTasks | undefined;
      let readabilityMs = 0;
      try {
        await page.goto(`${server.url}hostile/long-100k.html`, { waitUntil: 'domcontentloaded' });
        expect(await finalState(page, 110_000)).toBe('annotated');
        tasks = await tracer.stop(session.extensionBase.replace(/\/$/, ''));
        await page.addScriptTag({ path: READABILITY_JS });
        readabilityMs = await page.evaluate(() => {
          const runs: number[] = [];
          for (let i = 0; i < 3; i++) {
            const t0 = performance.now();
            // Readability.js declares a global; the test loads it into the page only to time it.
            // The options the extension uses (src/page/article-text.ts): no HTML serialisation, classes kept.
            const R = (window as unknown as { Readability: new (d: Document, o: object) => { parse(): unknown } }).Readability;
            new R(document.cloneNode(true) as Document, { serializer: (el: Node) => el, keepClasses: true }).parse();
            runs.push(performance.now() - t0);
          }
          return runs.sort((x, y) => x - y)[1]!;
        });
        console.info(`100k words: longest extension task ${tasks.longestTaskMs.toFixed(0)} ms (clone + Readability alone in the page: ${readabilityMs.toFixed(0)} ms); tasks over 50 ms: ${tasks.longTasksMs.map((t) => t.toFixed(0)).join(', ') || 'none'}`);
      } finally {
        await page.close();
      }
      expect(tasks?.longestTaskMs, 'longest main-thread task running extension script (ms)').toBeLessThan(Math.max(300, readabilityMs));
    },
    150_000,
  );

  it('an article re-rendered every 500 ms: highlights come back, the extension’s CPU stays bounded, no mutation loop once the page is quiet', async () => {
    await onHostilePage('rerender.html', async (page) => {
      const tracer = await ExtensionTracer.start(session.context, page);
      await page.waitForTimeout(6000);
      const busy = await tracer.stop(session.extensionBase.replace(/\/$/, ''));
      console.info(`re-render every 500 ms: extension main-thread time ${busy.totalTaskMs.toFixed(0)} ms in 6 s, ${busy.tasks} tasks, longest ${busy.longestTaskMs.toFixed(0)} ms`);
      expect(await page.evaluate(() => (window as unknown as { __renders: number }).__renders)).toBeGreaterThan(10);
      expect(busy.totalTaskMs, 'extension main-thread time while the page re-renders (6 s window)').toBeLessThan(1500);

      await page.evaluate(() => (window as unknown as { __stopRerender(): void }).__stopRerender());
      // The repaint rate is bounded (a slow repaint every few seconds after a burst): allow for it.
      await expect.poll(() => page.evaluate(countMarks), { timeout: 15_000, interval: 250 }).toBeGreaterThan(10);
      await page.waitForTimeout(1500);
      const mutations = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let n = 0;
            const mo = new MutationObserver((records) => (n += records.length));
            mo.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
            setTimeout(() => {
              mo.disconnect();
              resolve(n);
            }, 3000);
          }),
      );
      expect(mutations, 'DOM mutations in 3 s once the page stopped re-rendering').toBe(0);
      expect(await page.evaluate(countMarks)).toBeGreaterThan(10);
    });
  });

  it('infinite scroll: appended stories do not break the page; highlights stay in the article and come off cleanly', async () => {
    await onHostilePage('infinite-scroll.html', async (page) => {
      for (let i = 0; i < 4; i++) {
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForTimeout(600);
      }
      expect(await page.evaluate(() => (window as unknown as { __appended: number }).__appended)).toBeGreaterThanOrEqual(2);
      expect(await page.evaluate(marksInChrome)).toEqual([]);
      expect(await page.evaluate(countMarks)).toBeGreaterThan(0);
      const text = await page.evaluate(() => document.body.textContent);
      await turnOff(page);
      expect(await page.evaluate(countMarks)).toBe(0);
      expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    });
  });

  it('iframes: nothing is marked inside frames (srcdoc or same-origin article), the page itself is annotated', async () => {
    await onHostilePage('iframes.html', async (page) => {
      await page.waitForTimeout(1000);
      const frames = page.frames().filter((f) => f !== page.mainFrame());
      expect(frames.length).toBe(2);
      for (const frame of frames) {
        expect(await frame.evaluate(() => document.querySelectorAll('mark').length), frame.url()).toBe(0);
        expect(await frame.evaluate(() => document.documentElement.getAttribute('data-backstory')), frame.url()).toBeNull();
      }
    });
  });

  it('the page’s own shadow roots are left untouched', async () => {
    await onHostilePage('shadow.html', async (page) => {
      const [before, after] = await page.evaluate(() => [
        (window as unknown as { __shadowBefore: string[] }).__shadowBefore,
        ['declarative', 'scripted'].map((id) => document.getElementById(id)?.shadowRoot?.innerHTML ?? 'missing'),
      ]);
      expect(after).toEqual(before);
      expect(after.join('')).not.toContain('<mark');
    });
  });

  it('contenteditable regions and form fields are left untouched', async () => {
    await onHostilePage('editable.html', async (page) => {
      const fields = () =>
        page.evaluate(() => ({
          editor: document.getElementById('editor')!.innerHTML,
          textarea: (document.getElementById('comment') as HTMLTextAreaElement).value,
          textareaDefault: (document.getElementById('comment') as HTMLTextAreaElement).defaultValue,
          input: (document.getElementById('name') as HTMLInputElement).value,
          select: document.getElementById('country')!.innerHTML,
        }));
      const before = await page.evaluate(readBodyBefore);
      expect(await finalState(page)).toBe('annotated');
      expect(await page.evaluate(() => document.querySelectorAll('[contenteditable] mark, textarea mark, select mark, form mark').length)).toBe(0);
      const now = await fields();
      await page.evaluate((html) => {
        document.body.insertAdjacentHTML('beforeend', `<template id="__before">${html}</template>`);
      }, before ?? '');
      const original = await page.evaluate(() => {
        const t = (document.getElementById('__before') as HTMLTemplateElement).content;
        const out = {
          editor: t.getElementById('editor')!.innerHTML,
          textarea: (t.getElementById('comment') as HTMLTextAreaElement).defaultValue,
          input: (t.getElementById('name') as HTMLInputElement).getAttribute('value'),
          select: t.getElementById('country')!.innerHTML,
        };
        document.getElementById('__before')!.remove();
        return out;
      });
      expect(now).toEqual({ editor: original.editor, textarea: original.textarea, textareaDefault: original.textarea, input: original.input, select: original.select });
    }, null);
  });

  it('a strict Content-Security-Policy header: highlights, their styles and the card still work, no violation', async () => {
    await onHostilePage('csp.html', async (page) => {
      const mark = page.locator('mark[data-backstory-entity]').first();
      const style = await mark.evaluate((m) => {
        const cs = getComputedStyle(m);
        return { background: cs.backgroundColor, decoration: cs.textDecorationLine, border: cs.borderBottomStyle };
      });
      const styled = style.background !== 'rgba(0, 0, 0, 0)' || style.decoration !== 'none' || style.border !== 'none';
      expect(styled, `highlight style ${JSON.stringify(style)}`).toBe(true);
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await expect.poll(() => page.evaluate(readCard), { timeout: 10_000 }).toMatchObject({ open: true });
      expect(await page.evaluate(readCspViolations)).toEqual([]);
    });
  });

  it('a non-English article: a final state is set and nothing is invented (no highlights)', async () => {
    await onHostilePage('non-english.html', async (page) => {
      const state = await finalState(page);
      expect(FINAL_STATES).toContain(state);
      expect(state).not.toBe('annotated');
      await page.waitForTimeout(500);
      expect(await page.evaluate(countMarks)).toBe(0);
    }, null);
  });
});

describe('reliability: faults', () => {
  it('extension storage full (session and local at quota): the page still gets its highlights', async () => {
    try {
      const session_ = await fillStorage(session.context, 'session');
      const local = await fillStorage(session.context, 'local');
      expect(session_).toBeGreaterThan(9 * 1024 * 1024);
      expect(local).toBeGreaterThan(9 * 1024 * 1024);
      const { page, errors } = await open(server.url);
      try {
        expect(await finalState(page)).toBe('annotated');
        expect(await page.evaluate(countMarks)).toBeGreaterThan(10);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    } finally {
      await clearStorage(session.context, 'session');
      await clearStorage(session.context, 'local');
    }
  });

  /**
   * Loads the 40k-word page and stops the service worker `delayMs` after the page reports
   * "analyzing". Which step a delay hits depends on the machine, so several delays are tried,
   * from "the request is about to go out" (0 ms) to "the analysis is running" (the analysis
   * of 40k words takes about a second in the worker).
   */
  async function stopWorkerAfter(delayMs: number): Promise<string> {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && isExtensionMessage(m)) errors.push(m.text());
    });
    try {
      await page.goto(`${server.url}hostile/long-40k.html`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.documentElement.getAttribute('data-backstory') === 'analyzing', null, { timeout: 30_000, polling: 10 });
      await page.waitForTimeout(delayMs);
      const stopped = await stopExtensionWorker(session.context, page, session.extensionBase);
      const state = await finalState(page, 60_000);
      const marks = await page.evaluate(countMarks);
      const problems = [stopped > 0 ? '' : 'no worker to stop', state === 'annotated' ? '' : `state ${state}`, marks > 100 ? '' : `${marks} marks`, ...errors];
      return problems.filter(Boolean).map((p) => `stopped after ${delayMs} ms: ${p}`).join('; ');
    } finally {
      await page.close();
    }
  }

  it('the service worker stopped as the page asks for analysis or during it: the page still gets its highlights', async () => {
    const outcomes: string[] = [];
    for (const delay of [0, 100, 250, 500, 900]) outcomes.push(await stopWorkerAfter(delay));
    expect(outcomes.filter(Boolean)).toEqual([]);
  }, 240_000);

  describe('network failures for lookups (lookups on, the card must still open and show the offline card)', () => {
    let failing: { url: string; hits: string[]; close(): Promise<void> };
    beforeAll(async () => {
      // One host that fails in every way a lookup server can, by path prefix.
      const hits: string[] = [];
      const srv = createServer((req, res) => {
        hits.push(req.url ?? '');
        if (req.url?.startsWith('/500/')) res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":"boom"}');
        else if (req.url?.startsWith('/garbage/')) res.writeHead(200, { 'Content-Type': 'application/json' }).end('<html>not json');
        else if (req.url?.startsWith('/hang/')) req.on('close', () => res.destroy()); // never answers
        else res.socket?.destroy(); // connection reset
      });
      await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
      const port = (srv.address() as AddressInfo).port;
      failing = {
        url: `http://127.0.0.1:${port}`,
        hits,
        close: () =>
          new Promise<void>((ok) => {
            srv.closeAllConnections();
            srv.close(() => ok());
          }),
      };
    });
    afterAll(async () => {
      await setSettings(null);
      await failing?.close();
    });

    async function setSettings(patch: Record<string, unknown> | null): Promise<void> {
      const worker = await liveWorker(session.context);
      await worker.evaluate(async (value) => {
        const storage = (globalThis as unknown as { chrome: { storage: Record<'sync' | 'local', { set(o: object): Promise<void>; remove(k: string): Promise<void> }> } }).chrome.storage;
        const area = storage.sync ?? storage.local;
        if (value === null) await area.remove('settings');
        else await area.set({ settings: value });
      }, patch);
    }

    for (const mode of ['offline (no route to Wikipedia)', '500', 'garbage', 'hang', 'reset']) {
      it(`lookup server: ${mode}`, async () => {
        const base = mode.startsWith('offline') ? null : `${failing.url}/${mode}`;
        await setSettings({ lookups: true, hoverDelay: 100, wikipediaUrl: base, wikidataUrl: base });
        const { page, errors } = await open(server.url);
        try {
          expect(await finalState(page)).toBe('annotated');
          const mark = page.locator('mark[data-backstory-entity]', { hasText: /^Atta Tarar$/ }).first();
          await mark.scrollIntoViewIfNeeded();
          await mark.hover();
          await expect.poll(() => page.evaluate(readCard), { timeout: 10_000 }).toMatchObject({ open: true });
          await page.waitForTimeout(2500); // the lookup fails (or hangs) meanwhile
          const card = await page.evaluate(readCard);
          expect(card.open, 'the card stays open').toBe(true);
          expect(card.text).toContain('Atta Tarar');
          // The lookup was really attempted against the failing server.
          if (base) expect(failing.hits.filter((h) => h.startsWith(`/${mode}/`)).length).toBeGreaterThan(0);
          await page.mouse.move(2, 2);
          await expect.poll(() => page.evaluate(readCard), { timeout: 10_000 }).toMatchObject({ open: false });
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  });

  it('no error from the extension anywhere during the suite (service worker console)', () => {
    expect(extensionErrors).toEqual([]);
  });
});
