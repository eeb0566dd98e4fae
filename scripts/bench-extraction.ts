/**
 * Article-body extraction benchmark (scrapinghub/article-extraction-benchmark, MIT).
 *
 * Runs `extractArticle` (jsdom) over every page of the benchmark and scores
 * `ArticleText.text` against the ground-truth `articleBody` with the benchmark's own
 * metric (its evaluate.py): per page, 4-token shingles (tokens = runs of Unicode word
 * characters, as Python's `\w+`), TP/FP/FN counted over shingle multisets and
 * normalised to sum 1; precision = mean over pages with TP+FP > 0, recall = mean over
 * pages with TP+FN > 0, F1 = harmonic mean of those two means. A page where we find
 * nothing has precision undefined (left out) and recall 0, as in evaluate.py. Accuracy =
 * share of pages whose token sequence equals the ground truth's exactly. The ± figures are
 * bootstrap standard deviations (1000 resamples), as the README's latest table reports.
 *
 * Usage: npx tsx scripts/bench-extraction.ts [--data DIR] [--out FILE] [--readability]
 */

import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/page/article-text.ts';
import { parseHtmlDocument } from '../src/page/node-document.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DATA_DIR = '/work/shared/fixtures/extraction-benchmark';
export const DEFAULT_OUT = resolve(here, '..', 'bench-results', 'extraction.json');

/** Published figures from the benchmark's README.rst (latest evaluation). */
export const PUBLISHED = {
  'readability_js 0.6.0': { f1: 0.947, precision: 0.914, recall: 0.982, accuracy: 0.166 },
  'trafilatura 2.0.0': { f1: 0.958, precision: 0.938, recall: 0.978, accuracy: 0.293 },
  'go_trafilatura ae7ea06': { f1: 0.96, precision: 0.94, recall: 0.98, accuracy: 0.287 },
} as const;

export interface PageScore {
  id: string;
  url: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  ms: number;
  found: boolean;
  /** The token sequence equals the ground truth's. */
  exact: boolean;
}

/**
 * Pages are split by id (a SHA-256): ids starting 0-7 are the development half, looked at
 * when improving the extraction; 8-f are held out and never inspected page by page.
 */
export function isHeldOut(id: string): boolean {
  return parseInt(id[0] ?? '0', 16) >= 8;
}

export interface SplitMetrics {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Result {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Bootstrap standard deviations (1000 resamples), as in evaluate.py. */
  std: { precision: number; recall: number; f1: number; accuracy: number };
  /** Pages where extractArticle returned null. */
  empty: number;
  /** The same metric on the development half and on the held-out half (see isHeldOut). */
  dev: SplitMetrics;
  heldOut: SplitMetrics;
  totalMs: number;
  medianMs: number;
  published: typeof PUBLISHED;
  worst: Array<{ id: string; url: string; precision: number | null; recall: number | null }>;
}

// Python's `\w` on str: Unicode letters, digits/numerics and underscore.
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN_RE) ?? [];
  const counts = new Map<string, number>();
  // evaluate.py: range(0, max(1, len(tokens) - n + 1)), keeping non-empty shingles only.
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** evaluate.py's string_shingle_matching: normalised (tp, fp, fn). */
export function shingleMatching(truth: string, pred: string): [number, number, number] {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

function precisionScore(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export function metricsFrom(triples: Array<[number, number, number]>): { precision: number; recall: number; f1: number } {
  const precision = mean(triples.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => precisionScore(tp, fp, fn)));
  const recall = mean(triples.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => recallScore(tp, fp, fn)));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function stdev(xs: number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/** Deterministic PRNG so the bootstrap half-widths are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bootstrap(triples: Array<[number, number, number]>, exact: boolean[], n = 1000): Result['std'] {
  const rand = mulberry32(42);
  const values = { precision: [] as number[], recall: [] as number[], f1: [] as number[], accuracy: [] as number[] };
  for (let b = 0; b < n; b++) {
    const indices = triples.map(() => Math.floor(rand() * triples.length));
    const m = metricsFrom(indices.map((i) => triples[i] as [number, number, number]));
    values.precision.push(m.precision);
    values.recall.push(m.recall);
    values.f1.push(m.f1);
    values.accuracy.push(mean(indices.map((i) => (exact[i] ? 1 : 0))));
  }
  return {
    precision: stdev(values.precision),
    recall: stdev(values.recall),
    f1: stdev(values.f1),
    accuracy: stdev(values.accuracy),
  };
}

/** evaluate.py's get_accuracy: the same token sequence. */
export function sameTokens(truth: string, pred: string): boolean {
  const a = truth.match(TOKEN_RE) ?? [];
  const b = pred.match(TOKEN_RE) ?? [];
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Our extraction of one benchmark page: the text of extractArticle, or '' when none. */
export function extractBody(html: string, url: string): string {
  const { document, close } = parseHtmlDocument(html, url);
  try {
    return extractArticle(document)?.text ?? '';
  } finally {
    close();
  }
}

/**
 * The benchmark's own Readability.js run (extractors/readability_js/cli.js): plain
 * `new Readability(document).parse().textContent`. Used to check that this metric
 * reproduces the published 0.947.
 */
export function readabilityBaseline(html: string, url: string): string {
  const { document, close } = parseHtmlDocument(html, url);
  try {
    return new Readability(document).parse()?.textContent ?? '';
  } catch {
    return '';
  } finally {
    close();
  }
}

export interface BenchOptions {
  dataDir?: string;
  /** Where to write the JSON result; null for nowhere. */
  out?: string | null;
  /** 'readability' scores plain Readability.js instead of our extraction. */
  extractor?: 'backstory' | 'readability';
  onPage?: (score: PageScore) => void;
}

export async function benchExtraction(options: BenchOptions = {}): Promise<Result> {
  const extract = options.extractor === 'readability' ? readabilityBaseline : extractBody;
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const files = readdirSync(join(dataDir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  const scores: PageScore[] = [];
  const started = performance.now();
  for (const file of files) {
    const id = file.split('.')[0] as string;
    const gold = truth[id];
    if (gold === undefined) continue;
    const html = gunzipSync(readFileSync(join(dataDir, 'html', file))).toString('utf8');
    const url = gold.url ?? 'https://example.com/';
    const t0 = performance.now();
    const pred = extract(html, url);
    const ms = performance.now() - t0;
    const [tp, fp, fn] = shingleMatching(gold.articleBody ?? '', pred);
    const score: PageScore = {
      id,
      url,
      tp,
      fp,
      fn,
      precision: tp + fp > 0 ? precisionScore(tp, fp, fn) : null,
      recall: tp + fn > 0 ? recallScore(tp, fp, fn) : null,
      ms,
      found: pred.length > 0,
      exact: sameTokens(gold.articleBody ?? '', pred),
    };
    scores.push(score);
    options.onPage?.(score);
    // Let other work (and GC) run between pages.
    await new Promise((r) => setImmediate(r));
  }
  const totalMs = performance.now() - started;
  const triples = scores.map((s) => [s.tp, s.fp, s.fn] as [number, number, number]);
  const times = scores.map((s) => s.ms).sort((a, b) => a - b);
  // Only development pages are listed: the held-out half is never inspected page by page.
  const worst = scores
    .filter((s) => !isHeldOut(s.id))
    .sort((a, b) => (a.precision ?? 0) + (a.recall ?? 0) - ((b.precision ?? 0) + (b.recall ?? 0)))
    .slice(0, 15)
    .map(({ id, url, precision, recall }) => ({ id, url, precision, recall }));
  const split = (held: boolean): SplitMetrics => {
    const part = scores.filter((s) => isHeldOut(s.id) === held);
    return { pages: part.length, ...metricsFrom(part.map((s) => [s.tp, s.fp, s.fn] as [number, number, number])) };
  };
  const result: Result = {
    pages: scores.length,
    ...metricsFrom(triples),
    dev: split(false),
    heldOut: split(true),
    accuracy: mean(scores.map((s) => (s.exact ? 1 : 0))),
    std: bootstrap(
      triples,
      scores.map((s) => s.exact),
    ),
    empty: scores.filter((s) => !s.found).length,
    totalMs,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    published: PUBLISHED,
    worst,
  };
  const out = options.out === undefined ? DEFAULT_OUT : options.out;
  if (out !== null) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify({ ...result, perPage: scores }, null, 2) + '\n');
  }
  return result;
}

function printResult(r: Result, label = 'backstory (ours)'): void {
  const f = (x: number): string => x.toFixed(3);
  console.log(`Article-body extraction, ${r.pages} pages (scrapinghub/article-extraction-benchmark)`);
  console.log(`${'system'.padEnd(34)} F1     precision recall accuracy`);
  console.log(
    `${label.padEnd(34)} ${f(r.f1)}  ${f(r.precision)}     ${f(r.recall)}  ${f(r.accuracy)}` +
      `   (± ${f(r.std.f1)} / ${f(r.std.precision)} / ${f(r.std.recall)} / ${f(r.std.accuracy)})`,
  );
  for (const [name, m] of Object.entries(r.published)) {
    console.log(`${(name + ' (published)').padEnd(34)} ${f(m.f1)}  ${f(m.precision)}     ${f(m.recall)}  ${f(m.accuracy)}`);
  }
  console.log(
    `development half (${r.dev.pages}): F1 ${f(r.dev.f1)} P ${f(r.dev.precision)} R ${f(r.dev.recall)}; ` +
      `held-out half (${r.heldOut.pages}): F1 ${f(r.heldOut.f1)} P ${f(r.heldOut.precision)} R ${f(r.heldOut.recall)}`,
  );
  console.log(`empty results: ${r.empty}; time: ${(r.totalMs / 1000).toFixed(1)} s total, median ${r.medianMs.toFixed(0)} ms/page`);
  console.log('lowest-scoring development pages:');
  for (const w of r.worst.slice(0, 8)) {
    console.log(`  P=${w.precision?.toFixed(2) ?? '–'} R=${w.recall?.toFixed(2) ?? '–'}  ${w.url}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const baseline = args.includes('--readability');
  const out = arg('--out') ?? (baseline ? DEFAULT_OUT.replace(/\.json$/, '-readability.json') : DEFAULT_OUT);
  const result = await benchExtraction({ dataDir: arg('--data'), out, extractor: baseline ? 'readability' : 'backstory' });
  printResult(result, baseline ? 'Readability.js (re-run)' : undefined);
  console.log(`wrote ${out}`);
}
