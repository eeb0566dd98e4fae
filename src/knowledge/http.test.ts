import { describe, expect, it } from 'vitest';
import { parseRetryAfter, PoliteClient } from './http.ts';

/** A fetch whose responses the test releases by hand. */
function manualFetch() {
  const calls: Array<{ url: string; init: RequestInit | undefined; release: (r: Response) => void }> = [];
  const fn: typeof fetch = (input, init) =>
    new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      calls.push({ url: String(input), init, release: resolve });
    });
  return { fn, calls };
}

const tick = () => new Promise((r) => setTimeout(r, 5));
const json = (body: unknown, init: ResponseInit = {}) => new Response(JSON.stringify(body), { status: 200, ...init });

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and caps the wait at an hour', () => {
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('999999', 0)).toBe(3_600_000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(null, 0)).toBeNull();
  });
});

describe('PoliteClient', () => {
  it('sends one request at a time, in order', async () => {
    const f = manualFetch();
    const client = new PoliteClient({ fetch: f.fn, userAgent: 'Backstory/test' });
    const a = client.getJson('https://w.test/a');
    const b = client.getJson('https://w.test/b');
    await tick();
    expect(f.calls.map((c) => c.url)).toEqual(['https://w.test/a']);
    f.calls[0]!.release(json({ n: 1 }));
    expect(await a).toEqual({ ok: true, data: { n: 1 } });
    await tick();
    expect(f.calls.map((c) => c.url)).toEqual(['https://w.test/a', 'https://w.test/b']);
    f.calls[1]!.release(json({ n: 2 }));
    expect(await b).toEqual({ ok: true, data: { n: 2 } });
    expect(new Headers(f.calls[0]!.init?.headers).get('Api-User-Agent')).toBe('Backstory/test');
  });

  it('shares one request between callers; one caller leaving does not cancel it for the other', async () => {
    const f = manualFetch();
    const client = new PoliteClient({ fetch: f.fn, userAgent: 'ua' });
    const leaving = new AbortController();
    const first = client.getJson('https://w.test/x', leaving.signal);
    const second = client.getJson('https://w.test/x');
    await tick();
    leaving.abort();
    expect(await first).toEqual({ ok: false, failure: 'aborted' });
    f.calls[0]!.release(json({ ok: 1 }));
    expect(await second).toEqual({ ok: true, data: { ok: 1 } });
    expect(f.calls).toHaveLength(1);
  });

  it('cancels the request when every caller has left', async () => {
    const f = manualFetch();
    const client = new PoliteClient({ fetch: f.fn, userAgent: 'ua' });
    const leaving = new AbortController();
    const only = client.getJson('https://w.test/y', leaving.signal);
    await tick();
    leaving.abort();
    expect(await only).toEqual({ ok: false, failure: 'aborted' });
    expect(f.calls[0]!.init?.signal?.aborted).toBe(true);
  });

  it('a 503 with Retry-After pauses that host only', async () => {
    let now = 0;
    let sent: string[] = [];
    const fake: typeof fetch = async (input) => {
      sent.push(String(input));
      return String(input).includes('busy') ? new Response('busy', { status: 503, headers: { 'Retry-After': '10' } }) : json({});
    };
    const client = new PoliteClient({ fetch: fake, userAgent: 'ua', now: () => now });
    expect(await client.getJson('https://busy.test/1')).toMatchObject({ ok: false, failure: 'server', status: 503 });
    sent = [];
    expect(await client.getJson('https://busy.test/2')).toMatchObject({ ok: false });
    expect(await client.getJson('https://other.test/1')).toMatchObject({ ok: true });
    expect(sent).toEqual(['https://other.test/1']);
    now = 10_001;
    await client.getJson('https://busy.test/3');
    expect(sent).toEqual(['https://other.test/1', 'https://busy.test/3']);
  });

  it('reports a non-JSON body as malformed and never throws', async () => {
    const client = new PoliteClient({ fetch: async () => new Response('<html>', { status: 200 }), userAgent: 'ua' });
    expect(await client.getJson('https://w.test/z')).toEqual({ ok: false, failure: 'malformed', status: 200 });
    const throwing = new PoliteClient({ fetch: () => { throw new TypeError('boom'); }, userAgent: 'ua' });
    expect(await throwing.getJson('https://w.test/z')).toEqual({ ok: false, failure: 'offline' });
  });
});

describe('PoliteClient and the global fetch', () => {
  it('calls fetch without binding it to the client (browsers reject a foreign `this`)', async () => {
    let seenThis: unknown = 'unset';
    const strict: typeof fetch = function (this: unknown) {
      seenThis = this;
      return Promise.resolve(json({}));
    };
    await new PoliteClient({ fetch: strict, userAgent: 'ua' }).getJson('https://w.test/t');
    expect(seenThis).toBeUndefined();
  });
});
