/**
 * Driving the extension's service worker from the tests, robust to the worker being
 * stopped and restarted (MV3 does that at will; the fault tests do it on purpose).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
  storage: Record<'session' | 'local', { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void>; getBytesInUse(keys: null): Promise<number> }>;
};

/** The extension's running service worker; waits for one to (re)start. */
export async function liveWorker(context: BrowserContext, timeout = 15_000): Promise<Worker> {
  const find = () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const deadline = Date.now() + timeout;
  for (;;) {
    const worker = find();
    if (worker) {
      const alive = await worker.evaluate(() => true).catch(() => false);
      if (alive) return worker;
    }
    if (Date.now() > deadline) throw new Error('the extension service worker is not running');
    await context.waitForEvent('serviceworker', { timeout: 1000 }).catch(() => {});
  }
}

/**
 * The tabs-API id of the tab showing `url`. Backstory has no "tabs" permission, so tab URLs
 * are hidden from it; the background's per-tab reports (storage.session `tab:<id>`, with the
 * page's URL in `meta.url`) tell which tab a page is in once the page has reported.
 */
export async function tabIdOf(context: BrowserContext, url: string, timeout = 10_000): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const worker = await liveWorker(context);
    const id = await worker.evaluate(async (target: string) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const tabs = await chrome.tabs.query({});
      const byUrl = tabs.find((t) => t.url === target || t.pendingUrl === target);
      if (byUrl?.id !== undefined) return byUrl.id;
      const stored = (await chrome.storage.session.get(null)) as Record<string, { tabId?: number; meta?: { url?: string } | null }>;
      const open = new Set(tabs.map((t) => t.id));
      for (const report of Object.values(stored)) {
        if (report?.meta?.url === target && report.tabId !== undefined && open.has(report.tabId)) return report.tabId;
      }
      return -1;
    }, url);
    if (id >= 0) return id;
    if (Date.now() > deadline) throw new Error(`no tab shows ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Sends a content-script message to a tab from the service worker (as the popup and commands do). */
export async function sendToTab(context: BrowserContext, tabId: number, message: unknown): Promise<unknown> {
  const worker = await liveWorker(context);
  return worker.evaluate(({ tabId, message }) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(tabId, message), { tabId, message });
}

/**
 * Stops the extension's service worker the way Chrome does when it idles it out: CDP
 * ServiceWorker.stopWorker on its running version (the ServiceWorker domain of a page target
 * sees the extension's worker). Resolves with the number of versions stopped.
 */
export async function stopExtensionWorker(context: BrowserContext, page: Page, extensionBase: string): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    const versions = new Map<string, { versionId: string; scriptURL: string; runningStatus: string }>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) versions.set(v.versionId, v);
    });
    await cdp.send('ServiceWorker.enable');
    const deadline = Date.now() + 5000;
    const running = () => [...versions.values()].filter((v) => v.scriptURL.startsWith(extensionBase) && v.runningStatus === 'running');
    while (running().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const targets = running();
    for (const v of targets) await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
    await cdp.send('ServiceWorker.disable').catch(() => {});
    return targets.length;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Fills an extension storage area to its quota; returns the bytes in use afterwards. */
export async function fillStorage(context: BrowserContext, area: 'session' | 'local'): Promise<number> {
  const worker = await liveWorker(context);
  return worker.evaluate(async (name) => {
    const store = (globalThis as unknown as { chrome: Chrome }).chrome.storage[name];
    // Halve the chunk each time the quota refuses it, down to 1 KB: then less than 2 KB is
    // left, too little for any report. (Chrome keeps accepting tiny values at the quota.)
    for (let size = 1 << 20, i = 0; size >= 1024; ) {
      try {
        await store.set({ [`filler-${name}-${i++}`]: 'x'.repeat(size) });
      } catch {
        size >>= 1;
      }
    }
    return store.getBytesInUse(null);
  }, area);
}

export async function clearStorage(context: BrowserContext, area: 'session' | 'local'): Promise<void> {
  const worker = await liveWorker(context);
  await worker.evaluate((name) => (globalThis as unknown as { chrome: Chrome }).chrome.storage[name].clear(), area);
}
