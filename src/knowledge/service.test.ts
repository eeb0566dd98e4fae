import type { Analysis, Entity } from '../core/types.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWikiServer, type WikiServer } from '../../scripts/wiki-fixture-server.ts';
import { memoryStore } from './cache.ts';
import { SEED_ANALYSIS, seedEntity, testEntity } from './fixtures/seed-analysis.ts';
import { userAgent } from './index.ts';
import { KnowledgeService, type KnowledgeServiceOptions } from './service.ts';

let server: WikiServer;
beforeAll(async () => {
  server = await startWikiServer();
});
afterAll(async () => {
  await server.close();
});

const UA = userAgent('0.1.0');

function service(more: Partial<KnowledgeServiceOptions> = {}): KnowledgeService {
  return new KnowledgeService({
    enabled: true,
    fetch,
    cache: memoryStore(),
    wikidata: server.url,
    wikipedia: server.url,
    userAgent: UA,
    timeoutMs: 300,
    ...more,
  });
}

/** Requests the server received while `fn` ran. */
async function requestsDuring<T>(fn: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  const before = server.requests.length;
  const result = await fn();
  return { result, requests: server.requests.slice(before) };
}

describe('KnowledgeService against Wikidata/Wikipedia fixtures', () => {
  it('finds Attaullah Tarar, the Pakistani politician, for "Atta Tarar", Information Minister of Pakistan', async () => {
    const card = await service().lookup(seedEntity('Atta Tarar'), SEED_ANALYSIS);
    expect(card.source).toBe('wikipedia');
    expect(card.title).toBe('Attaullah Tarar');
    expect(card.description).toBe('Pakistani politician');
    expect(card.wikidata).toBe('Q16196329');
    expect(card.url).toBe('https://en.wikipedia.org/wiki/Attaullah_Tarar');
    expect(card.extract).toMatch(/^Attaullah Tarar is a Pakistani politician/);
    expect(card.extract).not.toMatch(/<b>|<p>/);
    expect(card.thumbnail).toEqual({ source: expect.stringMatching(/^https:\/\/upload\.wikimedia\.org\//), width: 240, height: 320 });
    expect(card.confidence).toBeGreaterThan(0.6);
    expect(card.candidates).toEqual([]);
    // the article's facts stay on the card
    expect(card.facts).toEqual(
      expect.arrayContaining([
        { label: 'Role in this article', value: 'Information Minister', origin: 'article' },
        { label: 'Affiliation', value: 'Pakistan', origin: 'article' },
        expect.objectContaining({ label: 'Said here' }),
      ]),
    );
  });

  it('gives every seed actor with a name the right page', async () => {
    const s = service();
    const expected: Record<string, string | null> = {
      Pakistan: 'Pakistan',
      'Atta Tarar': 'Attaullah Tarar',
      'Khawaja Asif': 'Khawaja Asif',
      Qatar: 'Qatar',
      Türkiye: 'Turkey',
      Kabul: 'Kabul',
      Islamabad: 'Islamabad',
      Istanbul: 'Istanbul',
      'Afghan Taliban': 'Taliban',
      'Afghan delegation': null,
    };
    for (const [name, title] of Object.entries(expected)) {
      const card = await s.lookup(seedEntity(name), SEED_ANALYSIS);
      if (title) {
        expect({ name, source: card.source, title: card.title }).toEqual({ name, source: 'wikipedia', title });
      } else {
        expect({ name, source: card.source }).toEqual({ name, source: 'article' });
      }
    }
  });

  it('keeps offline facts for countries on the Wikipedia card', async () => {
    const card = await service().lookup(seedEntity('Türkiye'), SEED_ANALYSIS);
    expect(card.facts).toEqual(expect.arrayContaining([{ label: 'Capital', value: 'Ankara', origin: 'built-in' }, { label: 'Flag', value: '🇹🇷', origin: 'built-in' }]));
  });

  it('sends only names, item ids and titles: never the article text or a page URL', async () => {
    const { requests } = await requestsDuring(() => service().lookup(seedEntity('Atta Tarar'), SEED_ANALYSIS));
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      const decoded = decodeURIComponent(r.replace(/\+/g, ' '));
      expect(decoded).not.toMatch(/impasse|sidestepped|Information Minister|http/);
    }
    expect(requests[0]).toMatch(/action=wbsearchentities&search=Atta\+Tarar&/);
  });

  it('sends Api-User-Agent naming Backstory and its version on every request', async () => {
    const before = server.userAgents.length;
    await service().lookup(seedEntity('Khawaja Asif'), SEED_ANALYSIS);
    const agents = server.userAgents.slice(before);
    expect(agents.length).toBeGreaterThan(0);
    expect(new Set(agents)).toEqual(new Set([UA]));
    expect(UA).toMatch(/^Backstory\/0\.1\.0 \(/);
  });

  it('makes zero requests when constructed with enabled: false, and still gives the offline card', async () => {
    let calls = 0;
    const counting: typeof fetch = (...args) => {
      calls++;
      return fetch(...args);
    };
    const s = service({ enabled: false, fetch: counting });
    const cards = await Promise.all(SEED_ANALYSIS.entities.map((e) => s.lookup(e, SEED_ANALYSIS)));
    expect(calls).toBe(0);
    const pakistan = cards.find((c) => c.entity === 'e1')!;
    expect(pakistan.source).toBe('offline');
    expect(pakistan.facts).toEqual(expect.arrayContaining([{ label: 'Capital', value: 'Islamabad', origin: 'built-in' }]));
    expect(cards.find((c) => c.entity === 'e2')!.source).toBe('article');
  });

  it('caches: a second lookup of the same actor sends nothing', async () => {
    const s = service();
    await s.lookup(seedEntity('Kabul'), SEED_ANALYSIS);
    const { result, requests } = await requestsDuring(() => s.lookup(seedEntity('Kabul'), SEED_ANALYSIS));
    expect(requests).toEqual([]);
    expect(result.title).toBe('Kabul');
  });

  it('the cache expires after its lifetime', async () => {
    let now = 1_000_000;
    const s = service({ ttlMs: 1000, now: () => now });
    await s.lookup(seedEntity('Qatar'), SEED_ANALYSIS);
    now += 1001;
    const { requests } = await requestsDuring(() => s.lookup(seedEntity('Qatar'), SEED_ANALYSIS));
    expect(requests.length).toBeGreaterThan(0);
  });

  it('never asks for the same name twice at once, and sends requests one at a time', async () => {
    let active = 0;
    let maxActive = 0;
    const serial: typeof fetch = async (...args) => {
      active++;
      maxActive = Math.max(maxActive, active);
      try {
        return await fetch(...args);
      } finally {
        active--;
      }
    };
    const s = service({ fetch: serial });
    const { result: cards, requests } = await requestsDuring(() =>
      Promise.all([
        s.lookup(seedEntity('Istanbul'), SEED_ANALYSIS),
        s.lookup(seedEntity('Istanbul'), SEED_ANALYSIS),
        s.lookup(seedEntity('Islamabad'), SEED_ANALYSIS),
      ]),
    );
    expect(cards.map((c) => c.title)).toEqual(['Istanbul', 'Istanbul', 'Islamabad']);
    expect(requests.filter((r) => r.includes('search=Istanbul'))).toHaveLength(1);
    expect(new Set(requests).size).toBe(requests.length);
    expect(maxActive).toBe(1);
  });

  it('when the name could be several people, says it is not sure and offers the candidates', async () => {
    const card = await service().lookup(testEntity('Tarar'), { ...SEED_ANALYSIS, entities: [testEntity('Tarar')] });
    expect(card.source).toBe('article');
    expect(card.title).toBe('Tarar');
    expect(card.extract).toBeNull();
    expect(card.note).toMatch(/Not sure/);
  });

  it('never presents the namesake: a minister is not matched to the cricketer', async () => {
    const minister = { ...testEntity('Atta Tarar'), role: 'Information Minister', affiliation: 'e1' };
    const analysis = { ...SEED_ANALYSIS, entities: [SEED_ANALYSIS.entities[0]!, minister] };
    const card = await service().lookup(minister, analysis);
    expect(card.wikidata).not.toBe('Q131578923');
    expect(card.title).toBe('Attaullah Tarar');
  });

  it('a bare "Atta Tarar" with nothing else known is ambiguous: candidates, no answer', async () => {
    const bare = testEntity('Atta Tarar');
    const card = await service().lookup(bare, { ...SEED_ANALYSIS, entities: [bare], claims: [] });
    expect(card.source).toBe('article');
    expect(card.note).toBe('Not sure which “Atta Tarar” the article means.');
    expect(card.candidates.map((c) => c.id).sort()).toEqual(['Q131578923', 'Q16196329']);
  });
});

describe('KnowledgeService failures', () => {
  const lone = (name: string): [Entity, Analysis] => {
    const e = testEntity(name);
    return [e, { ...SEED_ANALYSIS, entities: [e], claims: [] }];
  };

  it('a timeout leaves the article card with a note', async () => {
    const started = Date.now();
    const card = await service({ timeoutMs: 200 }).lookup(...lone('Slow Name'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(card.source).toBe('article');
    expect(card.title).toBe('Slow Name');
    expect(card.note).toBe('Wikipedia did not answer in time.');
  });

  it('a 404 summary leaves the article card with a note', async () => {
    const card = await service().lookup(...lone('Missing Page Person'));
    expect(card.source).toBe('article');
    expect(card.note).toBe('No Wikipedia article found for this name.');
  });

  it('a 500 leaves the article card with a note, and is not cached', async () => {
    const s = service();
    const card = await s.lookup(...lone('Server Error Name'));
    expect(card.note).toBe('Wikipedia is having trouble. Try again later.');
    const { requests } = await requestsDuring(() => s.lookup(...lone('Server Error Name')));
    expect(requests).toHaveLength(1);
  });

  it('a 500 on the summary leaves the card with the Wikidata id and a note', async () => {
    const card = await service().lookup(...lone('Broken Summary Person'));
    expect(card.source).toBe('article');
    expect(card.wikidata).toBe('Q999000002');
    expect(card.note).toMatch(/trouble/);
  });

  it('malformed JSON leaves the article card with a note', async () => {
    const card = await service().lookup(...lone('Garbled Name'));
    expect(card.note).toBe("Wikipedia's answer could not be read.");
  });

  it('429 with Retry-After: no request to that host until then, and no retry', async () => {
    let now = 5_000_000;
    const s = service({ now: () => now });
    const { result: card, requests } = await requestsDuring(() => s.lookup(...lone('Rate Limited Name')));
    expect(requests).toHaveLength(1);
    expect(card.note).toBe('Wikipedia asked us to slow down. Try again later.');
    // During the Retry-After window nothing is sent, even for other names.
    const during = await requestsDuring(() => s.lookup(seedEntity('Qatar'), SEED_ANALYSIS));
    expect(during.requests).toEqual([]);
    expect(during.result.source).toBe('offline');
    expect(during.result.note).toMatch(/slow down/);
    now += 2001;
    const after = await requestsDuring(() => s.lookup(seedEntity('Qatar'), SEED_ANALYSIS));
    expect(after.requests.length).toBeGreaterThan(0);
    expect(after.result.source).toBe('wikipedia');
  });

  it('offline (connection refused) leaves the offline card with a note', async () => {
    const s = service({ wikidata: 'http://127.0.0.1:9', wikipedia: 'http://127.0.0.1:9' });
    const card = await s.lookup(seedEntity('Pakistan'), SEED_ANALYSIS);
    expect(card.source).toBe('offline');
    expect(card.note).toBe('Offline: showing what the article says.');
    expect(card.facts).toEqual(expect.arrayContaining([{ label: 'Capital', value: 'Islamabad', origin: 'built-in' }]));
  });

  it('a lookup aborted by the reader sends nothing more and resolves to the offline card', async () => {
    const s = service({ timeoutMs: 5000 });
    const controller = new AbortController();
    const { result: card, requests } = await requestsDuring(async () => {
      const pending = s.lookup(...lone('Slow Name'), controller.signal);
      const queued = s.lookup(seedEntity('Qatar'), SEED_ANALYSIS, controller.signal);
      setTimeout(() => controller.abort(), 50);
      const [a, b] = await Promise.all([pending, queued]);
      expect(b.source).toBe('offline');
      return a;
    });
    expect(card.source).toBe('article');
    expect(card.note).toBeNull();
    // Only the hung search was sent; the queued Qatar lookup never went out.
    expect(requests).toHaveLength(1);
  });
});
