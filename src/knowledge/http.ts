/**
 * A polite HTTP client for the Wikimedia APIs: one request at a time (a queue), an
 * `Api-User-Agent` naming Backstory, a timeout, cancellation by the reader's AbortSignal,
 * one request per URL at a time (callers asking for the same URL share it), and `Retry-After`
 * honoured per host. It never throws and never retries: every failure comes back as a value.
 */

export type Failure =
  | 'timeout'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'malformed'
  | 'offline'
  | 'aborted'
  | 'http';

export type JsonResult = { ok: true; data: unknown } | { ok: false; failure: Failure; status?: number };

export interface PoliteClientOptions {
  fetch: typeof fetch;
  userAgent: string;
  /** Per request, counted from when it is sent (not while queued). Default 8 s. */
  timeoutMs?: number;
  /** After a network failure (offline), no request to that host for this long. Default 30 s. */
  offlineBackoffMs?: number;
  now?: () => number;
}

/** Longest wait we accept from a Retry-After header. */
const MAX_RETRY_AFTER_MS = 3600_000;
/** A 429 without Retry-After still pauses the host. */
const DEFAULT_RETRY_AFTER_MS = 60_000;

/** Retry-After is either delay-seconds or an HTTP date. Returns milliseconds, or null. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(MAX_RETRY_AFTER_MS, Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, date - now));
}

interface InFlight {
  promise: Promise<JsonResult>;
  controller: AbortController;
  waiters: number;
}

export class PoliteClient {
  readonly #fetch: typeof fetch;
  readonly #userAgent: string;
  readonly #timeoutMs: number;
  readonly #offlineBackoffMs: number;
  readonly #now: () => number;
  #tail: Promise<unknown> = Promise.resolve();
  readonly #inflight = new Map<string, InFlight>();
  /** host → until when (ms) and why no request may go there. */
  readonly #blocked = new Map<string, { until: number; failure: Failure }>();
  /** Requests actually sent (for diagnostics and tests). */
  sent = 0;

  constructor(options: PoliteClientOptions) {
    // Called as a plain function: browsers throw "Illegal invocation" when fetch runs with `this` set to another object.
    const f = options.fetch;
    this.#fetch = (input, init) => f(input, init);
    this.#userAgent = options.userAgent;
    this.#timeoutMs = options.timeoutMs ?? 8000;
    this.#offlineBackoffMs = options.offlineBackoffMs ?? 30_000;
    this.#now = options.now ?? Date.now;
  }

  /** Until when no request goes to this URL's host (ms since epoch), or 0. */
  blockedUntil(url: string): number {
    const b = this.#blocked.get(hostOf(url));
    return b && b.until > this.#now() ? b.until : 0;
  }

  /**
   * GETs a JSON document. Resolves with the data or the kind of failure; never rejects.
   * `settle` (of the caller that started the request) runs before anyone sees the result, e.g.
   * to cache it, so a caller arriving just after it finished finds the cache rather than asking again.
   */
  getJson(url: string, signal?: AbortSignal, settle?: (result: JsonResult) => Promise<void>): Promise<JsonResult> {
    if (signal?.aborted) return Promise.resolve({ ok: false, failure: 'aborted' });
    let entry = this.#inflight.get(url);
    if (!entry) {
      const controller = new AbortController();
      const promise = this.#enqueue(() => this.#request(url, controller.signal)).then(async (result) => {
        await settle?.(result).catch(() => undefined);
        return result;
      });
      entry = { promise, controller, waiters: 0 };
      const created = entry;
      this.#inflight.set(url, created);
      void promise.then(() => {
        if (this.#inflight.get(url) === created) this.#inflight.delete(url);
      });
    }
    const shared = entry;
    shared.waiters++;
    if (!signal) return shared.promise;
    return new Promise<JsonResult>((resolve) => {
      const onAbort = () => {
        shared.waiters--;
        // Nobody wants this answer any more: drop it from the queue, or stop it if it is running.
        if (shared.waiters <= 0) shared.controller.abort();
        resolve({ ok: false, failure: 'aborted' });
      };
      signal.addEventListener('abort', onAbort, { once: true });
      void shared.promise.then((result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      });
    });
  }

  #enqueue(task: () => Promise<JsonResult>): Promise<JsonResult> {
    const run = this.#tail.then(task, task);
    this.#tail = run.catch(() => undefined);
    return run.catch((): JsonResult => ({ ok: false, failure: 'server' }));
  }

  async #request(url: string, signal: AbortSignal): Promise<JsonResult> {
    if (signal.aborted) return { ok: false, failure: 'aborted' };
    const host = hostOf(url);
    const block = this.#blocked.get(host);
    if (block && block.until > this.#now()) return { ok: false, failure: block.failure };
    let timedOut = false;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutMs);
    const forward = () => controller.abort();
    signal.addEventListener('abort', forward, { once: true });
    this.sent++;
    try {
      const response = await this.#fetch(url, {
        headers: { 'Api-User-Agent': this.#userAgent, Accept: 'application/json' },
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), this.#now());
      if (response.status === 429) {
        this.#blocked.set(host, { until: this.#now() + (retryAfter ?? DEFAULT_RETRY_AFTER_MS), failure: 'rate-limited' });
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, failure: 'rate-limited', status: 429 };
      }
      if (retryAfter !== null) this.#blocked.set(host, { until: this.#now() + retryAfter, failure: response.ok ? 'rate-limited' : 'server' });
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        const failure: Failure = response.status === 404 ? 'not-found' : response.status >= 500 ? 'server' : 'http';
        return { ok: false, failure, status: response.status };
      }
      const text = await response.text();
      try {
        return { ok: true, data: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, failure: 'malformed', status: response.status };
      }
    } catch {
      if (timedOut) return { ok: false, failure: 'timeout' };
      if (signal.aborted) return { ok: false, failure: 'aborted' };
      this.#blocked.set(host, { until: this.#now() + this.#offlineBackoffMs, failure: 'offline' });
      return { ok: false, failure: 'offline' };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', forward);
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
