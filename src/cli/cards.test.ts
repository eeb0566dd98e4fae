import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWikiServer, type WikiServer } from '../../scripts/wiki-fixture-server.ts';
import { analyze } from '../core/analyze.ts';
import type { Analysis } from '../core/types.ts';
import type { BackgroundCard } from '../knowledge/index.ts';
import { buildCards } from './cards.ts';

const SEED = readFileSync(new URL('../../demo/seed-article.txt', import.meta.url), 'utf8');

let server: WikiServer;
beforeAll(async () => {
  server = await startWikiServer();
});
afterAll(async () => {
  await server.close();
});

describe('buildCards on the seed article', () => {
  const analysis = analyze(SEED, { title: null });

  it('gives one card per actor, the named ones from Wikipedia', async () => {
    const cards = await buildCards(analysis, { wikipedia: server.url, wikidata: server.url });
    expect(cards.map((c) => c.entity)).toEqual(analysis.entities.map((e) => e.id));
    const byName = new Map(analysis.entities.map((e, i) => [e.name, cards[i]!]));
    expect(byName.get('Atta Tarar')).toMatchObject({ source: 'wikipedia', title: 'Attaullah Tarar', wikidata: 'Q16196329' });
    expect(byName.get('Khawaja Asif')).toMatchObject({ source: 'wikipedia', title: 'Khawaja Asif' });
    expect(byName.get('Kabul')).toMatchObject({ source: 'wikipedia', title: 'Kabul', wikidata: 'Q5838' });
    expect(byName.get('Türkiye')).toMatchObject({ source: 'wikipedia', title: 'Turkey' });
    const taliban = [...byName.entries()].find(([name]) => /Taliban$/.test(name))?.[1];
    expect(taliban).toMatchObject({ source: 'wikipedia', wikidata: 'Q42418' });
    for (const card of cards) {
      expect(Object.keys(card)).toEqual(
        expect.arrayContaining(['entity', 'title', 'description', 'extract', 'url', 'thumbnail', 'wikidata', 'source', 'confidence', 'candidates']),
      );
    }
  });

  it('with offlineOnly sends nothing and still gives country and capital facts', async () => {
    let calls = 0;
    const counting: typeof fetch = (...args) => {
      calls++;
      return fetch(...args);
    };
    const cards = await buildCards(analysis, { offlineOnly: true, fetch: counting, wikipedia: server.url, wikidata: server.url });
    expect(calls).toBe(0);
    const byName = new Map(analysis.entities.map((e, i) => [e.name, cards[i]!]));
    expect(byName.get('Qatar')).toMatchObject({ source: 'offline', title: 'Qatar' });
    expect(byName.get('Qatar')!.facts).toEqual(expect.arrayContaining([{ label: 'Capital', value: 'Doha', origin: 'built-in' }]));
    expect(byName.get('Kabul')).toMatchObject({ source: 'offline', description: 'Capital of Afghanistan' });
    expect(byName.get('Atta Tarar')).toMatchObject({ source: 'article', title: 'Atta Tarar' });
    expect(byName.get('Atta Tarar')!.facts).toEqual(expect.arrayContaining([{ label: 'Role in this article', value: 'Information Minister', origin: 'article' }]));
  });

  it('with an unreachable server every card is still there, with a note', async () => {
    const cards = await buildCards(analysis, { wikipedia: 'http://127.0.0.1:9', wikidata: 'http://127.0.0.1:9' });
    expect(cards).toHaveLength(analysis.entities.length);
    const named = cards.filter((c) => c.note);
    expect(named.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.source !== 'wikipedia')).toBe(true);
  });
});

describe('backstory analyze --cards (CLI)', { timeout: 60_000 }, () => {
  const bin = fileURLToPath(new URL('../../bin/backstory.js', import.meta.url));
  const seed = fileURLToPath(new URL('../../demo/seed-article.txt', import.meta.url));
  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, ...args], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });

  it('adds a cards array from the given Wikipedia and Wikidata servers', async () => {
    const before = server.requests.length;
    const { code, stdout, stderr } = await run(['analyze', seed, '--json', '--cards', '--wikipedia', server.url, '--wikidata', server.url]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Analysis & { cards: BackgroundCard[] };
    expect(out.cards).toHaveLength(out.entities.length);
    const tarar = out.entities.find((e) => e.name === 'Atta Tarar')!;
    expect(out.cards.find((c) => c.entity === tarar.id)).toMatchObject({ source: 'wikipedia', title: 'Attaullah Tarar', url: 'https://en.wikipedia.org/wiki/Attaullah_Tarar' });
    expect(server.requests.length).toBeGreaterThan(before);
  });

  it('--offline sends nothing; the text report lists the cards', async () => {
    const before = server.requests.length;
    const { code, stdout } = await run(['analyze', seed, '--cards', '--offline', `--wikipedia=${server.url}`, `--wikidata=${server.url}`]);
    expect(code).toBe(0);
    expect(server.requests.length).toBe(before);
    expect(stdout).toMatch(/Background\n/);
    expect(stdout).toMatch(/Qatar — Country in Asia \[offline\]/);
  });

  it('rejects a server flag without a URL', async () => {
    const { code, stderr } = await run(['analyze', seed, '--cards', '--wikipedia']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--wikipedia needs an http\(s\) URL/);
  });
});
