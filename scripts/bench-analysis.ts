/**
 * Analysis speed: our full pipeline (`analyze()`) against compromise's own named-entity
 * pass (`nlp(text)` then `.people()`, `.organizations()`, `.places()`), side by side on the
 * same texts of 1k, 10k and 50k words, and the floor: one regex pass of country names
 * (a gazetteer scan, what any name finder must at least do).
 *
 * Texts: the seed article and the labelled Wikinews texts, concatenated and repeated until
 * long enough, cut at a word boundary. Median of several runs after one warm-up; the
 * first (cold) call is reported apart.
 *
 * Usage: npx tsx scripts/bench-analysis.ts [--runs N]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { analyze } from '../src/core/analyze.ts';
import { countries } from '../src/core/refdata/index.ts';
import { median, ms, num, table, timeRuns } from './bench-stats.ts';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const LABELLED = '/work/shared/fixtures/labelled';
const SEED = '/work/shared/seed/seed-article.txt';

export interface SystemTiming {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number[];
  /** Entities found (for orientation: the systems do not find the same things). */
  found: number;
}

export interface AnalysisRow {
  words: number;
  chars: number;
  ours: SystemTiming;
  compromise: SystemTiming;
  gazetteer: SystemTiming;
  /** ours / compromise (median of per-round ratios): < 1 means we are faster. */
  ratioVsCompromise: number;
  /** ours / gazetteer floor. */
  ratioVsGazetteer: number;
}

export interface AnalysisBench {
  corpus: string[];
  /** First call of each system in this process, on the 1k text (includes JIT warm-up, lazy tables). */
  coldMs: { ours: number; compromise: number };
  rows: AnalysisRow[];
}

/** The seed and the labelled texts, in a fixed order (falls back to the repo's eval texts). */
export function benchCorpus(): { names: string[]; text: string } {
  const parts: { name: string; text: string }[] = [];
  const seed = existsSync(SEED) ? SEED : join(repoRoot, 'demo', 'seed-article.txt');
  parts.push({ name: 'seed', text: readFileSync(seed, 'utf8') });
  if (existsSync(LABELLED)) {
    for (const f of readdirSync(LABELLED).filter((f) => f.endsWith('.json')).sort()) {
      parts.push({ name: f.replace(/\.json$/, ''), text: (JSON.parse(readFileSync(join(LABELLED, f), 'utf8')) as { text: string }).text });
    }
  } else {
    const dir = join(repoRoot, 'eval', 'texts');
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt') && f !== 'seed.txt').sort()) {
      parts.push({ name: f, text: readFileSync(join(dir, f), 'utf8') });
    }
  }
  return { names: parts.map((p) => p.name), text: parts.map((p) => p.text.trim()).join('\n\n') };
}

/** The first `words` words of the corpus repeated, keeping its whitespace (paragraphs). */
export function textOfWords(corpus: string, words: number): string {
  const pieces = corpus.split(/(\s+)/);
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    for (const p of pieces) {
      if (!/^\s*$/.test(p)) {
        if (count === words) break;
        count++;
      }
      out.push(p);
    }
    out.push('\n\n');
  }
  return out.join('').trim();
}

/** One alternation of every country name and alias, longest first, matched in one pass. */
export function gazetteerPattern(): RegExp {
  const names = new Set<string>();
  for (const c of countries()) for (const n of [c.name, c.officialName, ...c.aliases]) if (n.length > 2) names.add(n);
  const escaped = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

function compromiseNer(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.organizations().length + doc.places().length;
}

function summary(times: number[], found: number): SystemTiming {
  return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), runs: times, found };
}

/**
 * Runs the systems in turn (ours, compromise, floor, ours, …) so that a load spike on a
 * shared machine hits all of them alike; the ratio is the median of per-round ratios.
 */
function interleaved(systems: (() => number)[], runs: number): { timings: SystemTiming[]; rounds: number[][] } {
  const found = systems.map((fn) => fn()); // warm-up, and the counts
  const rounds: number[][] = [];
  for (let i = 0; i < runs; i++) rounds.push(systems.map((fn) => timeRuns(fn, 1, 0)[0]!));
  return { timings: systems.map((_, k) => summary(rounds.map((r) => r[k]!), found[k]!)), rounds };
}

export function benchAnalysis(options: { sizes?: number[]; runs?: number } = {}): AnalysisBench {
  const sizes = options.sizes ?? [1000, 10_000, 50_000];
  const corpus = benchCorpus();
  const pattern = gazetteerPattern();
  const first = textOfWords(corpus.text, sizes[0] ?? 1000);
  let t0 = performance.now();
  analyze(first);
  const coldOurs = performance.now() - t0;
  t0 = performance.now();
  compromiseNer(first);
  const coldCompromise = performance.now() - t0;

  const rows: AnalysisRow[] = [];
  for (const words of sizes) {
    const text = textOfWords(corpus.text, words);
    // Fewer runs on the long texts: the median of 3 is stable there.
    const runs = options.runs ?? (words >= 50_000 ? 3 : words >= 10_000 ? 5 : 9);
    const { timings, rounds } = interleaved(
      [() => analyze(text).entities.length, () => compromiseNer(text), () => [...text.matchAll(pattern)].length],
      runs,
    );
    const [ours, compromise, gazetteer] = timings as [SystemTiming, SystemTiming, SystemTiming];
    rows.push({
      words,
      chars: text.length,
      ours,
      compromise,
      gazetteer,
      ratioVsCompromise: median(rounds.map((r) => r[0]! / r[1]!)),
      ratioVsGazetteer: median(rounds.map((r) => r[0]! / Math.max(r[2]!, 0.001))),
    });
  }
  return { corpus: corpus.names, coldMs: { ours: coldOurs, compromise: coldCompromise }, rows };
}

export function analysisTable(bench: AnalysisBench): string {
  return table([
    ['words', 'ours analyze()', 'compromise NER', 'ours/compromise', 'gazetteer floor', 'ours/floor', 'found (ours/compromise/floor)'],
    ...bench.rows.map((r) => [
      r.words.toLocaleString('en'),
      ms(r.ours.medianMs),
      ms(r.compromise.medianMs),
      `${num(r.ratioVsCompromise, 2)}×`,
      ms(r.gazetteer.medianMs),
      `${num(r.ratioVsGazetteer, 0)}×`,
      `${r.ours.found} / ${r.compromise.found} / ${r.gazetteer.found}`,
    ]),
  ]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  const bench = benchAnalysis({ runs: i > 0 ? Number(process.argv[i + 1]) : undefined });
  console.log(analysisTable(bench));
  console.log(`cold first call (1k words): ours ${ms(bench.coldMs.ours)}, compromise ${ms(bench.coldMs.compromise)}`);
}
