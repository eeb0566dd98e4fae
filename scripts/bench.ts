/**
 * `npm run bench`: Backstory against its peers, in one run, printed as tables and written
 * to bench-results/bench.json.
 *
 * 1. Analysis speed: analyze() vs compromise's NER pass vs a one-pass gazetteer floor
 *    on 1k / 10k / 50k words (scripts/bench-analysis.ts).
 * 2. Bundle sizes, gzip, per entry with the chunks it loads (scripts/bench-size.ts).
 * 3. The extension in real Chromium on the demo and saved news pages (scripts/bench-page.ts).
 * 4. Article-body extraction F1 vs Readability.js and trafilatura (scripts/bench-extraction.ts).
 * 5. Actor and claim quality from the evals, with the compromise baseline (scripts/bench-quality.ts).
 *
 * The extension is built into a private folder (/tmp/bench-dist/chrome) so the bench never
 * races another build of dist/; pass --dist DIR to measure an existing build instead.
 *
 * Usage: npm run bench [-- --only analysis,size,page,extraction,quality] [--dist DIR] [--runs N]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysisTable, benchAnalysis, type AnalysisBench } from './bench-analysis.ts';
import { benchExtraction, type Result as ExtractionResult } from './bench-extraction.ts';
import { benchPage, pageTable, type PageBench } from './bench-page.ts';
import { benchQuality, type QualityBench } from './bench-quality.ts';
import { benchSize, sizeTable, type EntrySize } from './bench-size.ts';
import { ms, num, table } from './bench-stats.ts';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(repoRoot, 'bench-results', 'bench.json');
const PRIVATE_DIST = '/tmp/bench-dist/chrome';
const PARTS = ['analysis', 'size', 'page', 'extraction', 'quality'] as const;
type Part = (typeof PARTS)[number];

export interface BenchReport {
  date: string;
  node: string;
  cpus: number;
  analysis?: AnalysisBench;
  size?: EntrySize[];
  page?: PageBench;
  extraction?: Omit<ExtractionResult, 'worst'> & { readabilityMeasured: Omit<ExtractionResult, 'worst'> };
  quality?: QualityBench;
  errors: Partial<Record<Part, string>>;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function buildPrivate(): string {
  console.log(`building the Chrome extension into ${PRIVATE_DIST} …`);
  execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--outDir', PRIVATE_DIST, '--emptyOutDir'], { cwd: repoRoot, stdio: 'ignore' });
  return PRIVATE_DIST;
}

function qualityTable(q: QualityBench): string {
  const rows: string[][] = [['set', 'what', 'ours P / R / F1', 'compromise P / R / F1']];
  const prf = (x: { precision: number; recall: number; f1: number }): string => `${num(x.precision, 2)} / ${num(x.recall, 2)} / ${num(x.f1, 2)}`;
  for (const a of q.actors ?? []) {
    rows.push([`${a.set} (${a.texts})`, 'actor mentions', prf(a.ours.mentions), prf(a.compromise.mentions)]);
    rows.push(['', 'actor entities', prf(a.ours.entities), prf(a.compromise.entities)]);
    rows.push(['', 'actors (overlap, the issue’s metric)', prf(a.ours.overlap), prf(a.compromise.overlap)]);
  }
  for (const c of q.claims ?? []) {
    rows.push([`${c.set} (${c.gold} claims)`, 'claims', prf(c), '–']);
    rows.push(['', 'claim speaker / kind right', `${num(c.speaker, 2)} / ${num(c.kind, 2)}`, '–']);
  }
  return table(rows);
}

async function main(): Promise<void> {
  const only = new Set<Part>((arg('--only')?.split(',') as Part[] | undefined) ?? PARTS);
  const runs = arg('--runs') ? Number(arg('--runs')) : undefined;
  const report: BenchReport = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, errors: {} };
  const attempt = async <T>(part: Part, fn: () => Promise<T> | T): Promise<T | undefined> => {
    if (!only.has(part)) return undefined;
    console.log(`\n== ${part} ==`);
    try {
      return await fn();
    } catch (error) {
      report.errors[part] = error instanceof Error ? error.message : String(error);
      console.log(`  failed: ${report.errors[part]}`);
      return undefined;
    }
  };

  report.analysis = await attempt('analysis', () => {
    const a = benchAnalysis({ runs });
    console.log(analysisTable(a));
    console.log(`cold first call (1k words): ours ${ms(a.coldMs.ours)}, compromise ${ms(a.coldMs.compromise)}; ratio = median of per-round ratios, runs interleaved`);
    return a;
  });

  let dist = arg('--dist');
  if ((only.has('size') || only.has('page')) && !dist) {
    try {
      dist = buildPrivate();
    } catch (error) {
      report.errors.size = `build failed: ${String(error).slice(0, 500)}`;
    }
  }
  report.size = await attempt('size', () => {
    const s = benchSize(dist ?? PRIVATE_DIST);
    console.log(sizeTable(s));
    return s;
  });

  report.page = await attempt('page', async () => {
    const p = await benchPage({ dist: dist ?? PRIVATE_DIST, runs, log: (l) => console.log(`  ${l}`) });
    console.log(pageTable(p));
    console.log(`${p.runs} loads per page; heap added = page isolate's JS heap with the extension minus without (median, after GC)`);
    return p;
  });

  report.extraction = await attempt('extraction', async () => {
    const { worst: _worst, ...ours } = await benchExtraction({ out: null });
    // Readability.js run here on the same pages with the same metric, beside the published figures.
    const { worst: _w, ...readability } = await benchExtraction({ out: null, extractor: 'readability' });
    const rows = [
      ['system', 'F1', 'precision', 'recall', 'F1 dev / held-out half'],
      ['backstory (ours)', num(ours.f1), num(ours.precision), num(ours.recall), `${num(ours.dev.f1)} / ${num(ours.heldOut.f1)}`],
      ['readability.js (measured here)', num(readability.f1), num(readability.precision), num(readability.recall), `${num(readability.dev.f1)} / ${num(readability.heldOut.f1)}`],
    ];
    for (const [name, m] of Object.entries(ours.published)) rows.push([`${name} (published)`, num(m.f1), num(m.precision), num(m.recall), '']);
    console.log(table(rows));
    console.log(`${ours.pages} pages, F1 bootstrap std ${num(ours.std.f1)}, ${ours.empty} empty`);
    return { ...ours, readabilityMeasured: readability };
  });

  report.quality = await attempt('quality', async () => {
    const q = await benchQuality();
    console.log(qualityTable(q));
    for (const n of q.notes) console.log(`  ${n}`);
    return q;
  });

  mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
  writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${OUT}`);
}

await main();
