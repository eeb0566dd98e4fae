/**
 * Quality figures for the bench table, from the project's evals: actors (scripts/eval-actors.ts,
 * ours and the compromise baseline, mentions and entities) and claims (scripts/eval-claims.ts).
 *
 * The eval scripts run their evaluation when loaded and export no evaluation function, so they
 * run here as child processes: with `--json` when they print JSON, else their text tables are
 * parsed (the `all` rows of the actor tables, the DEV / HELD-OUT rows of the claims table).
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const run = promisify(execFile);

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface ActorQuality {
  set: string;
  texts: number;
  /** overlap: the entity-level metric (an actor counts when a mention overlaps a labelled one). */
  ours: { mentions: Prf; entities: Prf; overlap: Prf };
  compromise: { mentions: Prf; entities: Prf; overlap: Prf };
}

export interface ClaimQuality {
  set: string;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of gold claims whose speaker is right. */
  speaker: number;
  kind: number;
}

export interface QualityBench {
  actors: ActorQuality[] | null;
  claims: ClaimQuality[] | null;
  /** Why a part is missing, or how it was read. */
  notes: string[];
}

async function runScript(script: string, args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  return stdout;
}

function jsonIn(stdout: string): unknown {
  const start = stdout.indexOf('{');
  if (start < 0) return null;
  try {
    return JSON.parse(stdout.slice(start)) as unknown;
  } catch {
    return null;
  }
}

const triple = (cell: string | undefined): Prf | null => {
  const m = /([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(cell ?? '');
  return m ? { precision: Number(m[1]), recall: Number(m[2]), f1: Number(m[3]) } : null;
};

/** The `all` row of each set's table in eval-actors' text output. */
export function parseActorTables(stdout: string): ActorQuality[] {
  const out: ActorQuality[] = [];
  let set: { name: string; texts: number } | null = null;
  for (const line of stdout.split('\n')) {
    const head = /^(\S[\w -]*?) \((\d+) texts?\)/.exec(line);
    if (head) set = { name: head[1]!.trim(), texts: Number(head[2]) };
    const cells = line.split('|').map((c) => c.trim());
    // Columns: ours mentions | entities | overlap, then compromise's three.
    if (set && cells[0] === 'all' && cells.length >= 7) {
      const [om, oe, oo, cm, ce, co] = cells.slice(1, 7).map(triple);
      if (om && oe && oo && cm && ce && co) out.push({ set: set.name, texts: set.texts, ours: { mentions: om, entities: oe, overlap: oo }, compromise: { mentions: cm, entities: ce, overlap: co } });
      set = null;
    }
  }
  return out;
}

/** The DEV / HELD-OUT(-n) summary rows of eval-claims' text output. */
export function parseClaimRows(stdout: string): ClaimQuality[] {
  const out: ClaimQuality[] = [];
  const re = /^(DEV|HELD-OUT(?:-\d+)?)\s+gold\s+(\d+)\s+pred\s+(\d+)\s+recall\s+([\d.]+)\s+precision\s+([\d.]+)\s+speaker\s+([\d.]+)\s+kind\s+([\d.]+)/;
  for (const line of stdout.split('\n')) {
    const m = re.exec(line.trim());
    if (!m) continue;
    const precision = Number(m[5]);
    const recall = Number(m[4]);
    out.push({
      set: m[1]!.toLowerCase(),
      gold: Number(m[2]),
      predicted: Number(m[3]),
      precision,
      recall,
      f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
      speaker: Number(m[6]),
      kind: Number(m[7]),
    });
  }
  return out;
}

/** Runs one eval script; its `--json` output if it prints JSON with `sets`, else its parsed text tables. */
async function evalSets<T>(script: string, parse: (stdout: string) => T[], notes: string[], label: string): Promise<T[] | null> {
  try {
    const stdout = await runScript(script, ['--json']);
    const json = jsonIn(stdout) as { sets?: T[] } | null;
    notes.push(json?.sets ? `${label}: ${script} --json` : `${label}: parsed from the text output of ${script} (it prints no JSON)`);
    const sets = json?.sets ?? parse(stdout);
    return sets.length ? sets : null;
  } catch (error) {
    notes.push(`${label}: ${script} failed: ${String(error).slice(0, 300)}`);
    return null;
  }
}

export async function benchQuality(): Promise<QualityBench> {
  const notes: string[] = [];
  const actors = await evalSets('scripts/eval-actors.ts', parseActorTables, notes, 'actors');
  const claims = await evalSets('scripts/eval-claims.ts', parseClaimRows, notes, 'claims');
  notes.push('claims: the claims eval has no compromise baseline (compromise quotations() name no speaker)');
  return { actors, claims, notes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchQuality(), null, 2));
}
