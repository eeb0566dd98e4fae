/**
 * Claim evaluation: runs the real pipeline on the gold articles in eval/claims/*.json and prints
 * recall, precision, speaker accuracy and kind accuracy, on dev and held-out separately.
 *
 *   npx tsx scripts/eval-claims.ts [--verbose] [--doc NAME] [--dev]
 *   (--dev: dev articles only, so tuning runs never print held-out figures)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { speakerIds } from '../src/core/sourcing.ts';
import type { Claim, ClaimKind, Entity } from '../src/core/types.ts';
import { nameMatches, runPipeline } from './eval-pipeline.ts';

interface GoldSpeaker {
  name: string;
  alt?: string[];
  anonymous: boolean;
  anonymousOk?: boolean;
}
interface GoldClaim {
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  speaker: GoldSpeaker | null;
}
interface GoldDoc {
  doc: string;
  split: 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout8' | 'heldout9' | 'heldout10';
  text: string;
  claims: GoldClaim[];
}

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'claims');
/** Details are printed for dev articles only: held-out ones are never looked at while tuning. */
const verboseArg = process.argv.includes('--verbose');
const devOnly = process.argv.includes('--dev');
/** Splits whose figures are printed only as totals (one text's row would be its error list in small). */
const AGGREGATE_ONLY = new Set(['heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout8', 'heldout9', 'heldout10']);
const docEq = process.argv.find((a) => a.startsWith('--doc='))?.slice(6);
const only = docEq ?? (process.argv.includes('--doc') ? process.argv[process.argv.indexOf('--doc') + 1] : undefined);
// An argument this script does not know (a mistyped flag) must not fall back to printing every split.
// `--json`: the bench asks every eval for JSON; this one prints text, which the bench parses.
const args = process.argv.slice(2);
const unknown = args.find((a, x) => !['--verbose', '--dev', '--doc', '--json'].includes(a) && !a.startsWith('--doc=') && !a.startsWith('--split=') && args[x - 1] !== '--doc');
// `--split=heldout9`: one split's totals only (a new held-out set's figures at the start of a round, without
// printing every other set's again).
const splitOnly = process.argv.find((a) => a.startsWith('--split='))?.slice(8);
if (unknown) {
  console.error(`unknown argument ${unknown}: use --dev, --verbose, --doc NAME, --doc=NAME or --split=NAME`);
  process.exit(2);
}

export function speakerRight(gold: GoldSpeaker | null, pred: Claim['speaker'], entities: Entity[]): boolean {
  if (gold === null) return pred === null;
  if (!pred) return false;
  if (gold.anonymous) return pred.anonymous;
  if (pred.anonymous) return !!gold.anonymousOk;
  const names = [gold.name, ...(gold.alt ?? [])];
  // A joint claim ("Lee and Cole said…") is right for any of its speakers.
  const es = speakerIds(pred).map((id) => entities.find((x) => x.id === id)).filter((x): x is Entity => !!x);
  const cands = [pred.name ?? '', ...es.flatMap((e) => [e.name, ...e.aliases])].filter(Boolean);
  return names.some((g) => cands.some((c) => nameMatches(g, c)));
}

interface Tally {
  gold: number;
  found: number;
  pred: number;
  predMatched: number;
  speaker: number;
  kind: number;
  kindOfFound: number;
}
const zero = (): Tally => ({ gold: 0, found: 0, pred: 0, predMatched: 0, speaker: 0, kind: 0, kindOfFound: 0 });

/** Each split's label in the printed table, in print order. */
const LABEL: Record<GoldDoc['split'], string> = { dev: 'DEV', heldout: 'HELD-OUT', heldout2: 'HELD-OUT-2', heldout3: 'HELD-OUT-3', heldout4: 'HELD-OUT-4', heldout5: 'HELD-OUT-5', heldout8: 'HELD-OUT-8', heldout9: 'HELD-OUT-9', heldout10: 'HELD-OUT-10' };
if (splitOnly && !(splitOnly in LABEL)) {
  console.error(`unknown split ${splitOnly}: ${Object.keys(LABEL).join(', ')}`);
  process.exit(2);
}
const totals = Object.fromEntries(Object.keys(LABEL).map((k) => [k, zero()])) as Record<string, Tally>;
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const rows: string[] = [];
let elapsed = 0;
for (const f of files) {
  const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldDoc;
  if (only && g.doc !== only) continue;
  // A single held-out-2/3 article's figures would be its aggregate: never printed alone.
  if (only && AGGREGATE_ONLY.has(g.split)) continue;
  if (devOnly && g.split !== 'dev') continue;
  if (splitOnly && g.split !== splitOnly) continue;
  const verbose = verboseArg && g.split === 'dev';
  const t0 = performance.now();
  const { entities, claims } = runPipeline(g.text);
  elapsed += performance.now() - t0;
  const t = zero();
  t.gold = g.claims.length;
  t.pred = claims.length;
  const matched = new Set<string>();
  for (const gc of g.claims) {
    const over = claims
      .map((c) => ({ c, o: Math.min(c.end, gc.end) - Math.max(c.start, gc.start) }))
      .filter((x) => x.o > 0)
      .sort((a, b) => b.o - a.o);
    const best = over[0]?.c;
    if (!best) {
      if (verbose) console.log(`  MISS [${g.doc}] ${gc.kind} ${gc.speaker?.name ?? '-'} | ${gc.text.slice(0, 90)}`);
      continue;
    }
    for (const o of over) matched.add(o.c.id);
    t.found++;
    const sp = speakerRight(gc.speaker, best.speaker, entities);
    if (sp) t.speaker++;
    if (best.kind === gc.kind) t.kindOfFound++;
    if (verbose && (!sp || best.kind !== gc.kind)) {
      console.log(
        `  ${sp ? '' : 'SPEAKER'}${best.kind !== gc.kind ? ' KIND' : ''} [${g.doc}] gold ${gc.kind}/${gc.speaker ? (gc.speaker.anonymous ? 'anon' : gc.speaker.name) : 'null'} ` +
          `pred ${best.kind}/${best.speaker ? (best.speaker.anonymous ? `anon:${best.speaker.name}` : best.speaker.name) : 'null'} | ${gc.text.slice(0, 70)}`,
      );
    }
  }
  t.kind = t.kindOfFound;
  t.predMatched = matched.size;
  if (verbose) {
    for (const c of claims) if (!matched.has(c.id)) console.log(`  EXTRA [${g.doc}] ${c.kind}/${c.speaker?.name ?? 'null'} | ${c.text.slice(0, 90)}`);
  }
  const tot = totals[g.split]!;
  for (const k of Object.keys(t) as (keyof Tally)[]) tot[k] += t[k];
  // Held-out-2 and -3 are reported in aggregate only (their per-article figures are never printed).
  if (!AGGREGATE_ONLY.has(g.split)) rows.push(fmt(`${g.doc} (${g.split})`, t));
}

function fmt(label: string, t: Tally): string {
  const r = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '-');
  return `${label.padEnd(22)} gold ${String(t.gold).padStart(3)}  pred ${String(t.pred).padStart(3)}  recall ${r(t.found, t.gold)}  precision ${r(t.predMatched, t.pred)}  speaker ${r(t.speaker, t.gold)}  kind ${r(t.kind, t.gold)} (of found ${r(t.kindOfFound, t.found)})`;
}

console.log('Claims (a gold claim is found when a predicted claim overlaps it; speaker and kind are judged on the most-overlapping prediction, as a share of all gold claims)');
for (const r of rows) console.log('  ' + r);
for (const [split, label] of Object.entries(LABEL)) if (!splitOnly || split === splitOnly) console.log(fmt(label, totals[split]!));
console.log(`pipeline time for ${files.length} articles: ${elapsed.toFixed(0)} ms`);
