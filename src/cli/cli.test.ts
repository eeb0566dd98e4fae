import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../core/types.ts';

const bin = fileURLToPath(new URL('../../bin/backstory.js', import.meta.url));
const seed = fileURLToPath(new URL('../../demo/seed-article.txt', import.meta.url));
const html = fileURLToPath(new URL('./fixtures/short-article.html', import.meta.url));

function run(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin!.end(input);
  });
}

describe.concurrent('backstory analyze (CLI)', { timeout: 60_000 }, () => {
  it('prints JSON whose text is the .txt file unchanged and whose offsets index into it', async () => {
    const { code, stdout } = await run(['analyze', seed, '--json']);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    const original = readFileSync(seed, 'utf8');
    expect(analysis.version).toBe(1);
    expect(analysis.text).toBe(original);
    expect(analysis.language).toBe('en');
    const tarar = analysis.entities.find((e) => e.name === 'Atta Tarar');
    expect(tarar?.type).toBe('person');
    for (const entity of analysis.entities) {
      for (const m of entity.mentions) {
        const surface = original.slice(m.start, m.end);
        expect(surface.length).toBeGreaterThan(0);
        expect(surface.trim()).toBe(surface);
      }
    }
    for (const claim of analysis.claims) expect(original.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('reads the article body of an HTML page, not its navigation or footer', async () => {
    const { code, stdout } = await run(['analyze', html, '--json']);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.text).toContain('Atta Tarar, said on Friday');
    expect(analysis.text).not.toContain('Shehbaz Sharif');
    expect(analysis.text).not.toContain('Narendra Modi');
    expect(analysis.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Atta Tarar', 'Khawaja Asif']));
  });

  it('reads standard input, recognising HTML', async () => {
    const { code, stdout } = await run(['analyze', '-', '--json'], readFileSync(html, 'utf8'));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Analysis).text).not.toContain('<p>');
  });

  it('prints a readable report without --json', async () => {
    const { code, stdout } = await run(['analyze', seed]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/People\n\s+Atta Tarar — Information Minister/);
  });

  it('fails with a clear message for a missing file or a bad command', async () => {
    const missing = await run(['analyze', '/no/such/file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
    const bad = await run(['summarise', seed]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage');
  });

  it('reports a non-English text and invents no actors', async () => {
    const german =
      'Die Verhandlungen zwischen Pakistan und den afghanischen Taliban in Istanbul sind gescheitert. ' +
      'Der Informationsminister sagte, dass die Gespräche nach vier Tagen ohne Ergebnis beendet wurden, und die Regierung prüft nun andere Optionen.';
    const { code, stdout } = await run(['analyze', '-', '--json'], german);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.language).not.toBe('en');
    expect(analysis.entities).toEqual([]);
  });
});
