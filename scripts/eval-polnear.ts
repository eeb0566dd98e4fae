/**
 * Claims against an outside gold standard: PolNeAR, the Political News Attribution Relations corpus
 * (Newell, Margolin & Ruths, LREC 2018; github.com/networkdynamics/PolNeAR): 2016 US election news from seven
 * publishers, every attribution annotated by trained annotators as source, cue and content spans (brat standoff).
 * Its labels were written by other people, with another scheme, for texts no rule here was tuned on, which makes it
 * the least flattering and the most honest measure of speaker accuracy that we have.
 *
 * The corpus has no licence file, so it is not copied into this repository; point the script at a local copy:
 *
 *   npx tsx scripts/eval-polnear.ts --dir=/path/to/PolNeAR/data/test
 *
 * The folder holds `text/NAME.txt` and either `attributions/NAME_ANNOTATOR.ann` (the corpus layout; the first
 * annotator of a text is used) or `ann/NAME.ann`. `--verbose` lists misses, wrong speakers and extra claims, and is
 * refused for a folder named `test`: the test split is scored, never read.
 *
 * What is scored (PolNeAR annotates more than Backstory calls a claim: thoughts, wishes, "rules permit"):
 *  - recall on the speech attributions: those whose cue holds a reporting verb or "according to" (a general list of
 *    English reporting verbs below, not our own lexicon), and on all attributions, for scale;
 *  - precision: a predicted claim counts when it overlaps the content of any attribution;
 *  - speaker accuracy on the speech attributions, as a share of them all: right when the predicted speaker's mentions
 *    overlap the gold source span or its names match the source's head ("Don Fowler, who helmed the DNC…" → "Don
 *    Fowler"); a pronoun source ("he said") is judged against the nearest earlier non-pronoun source, the reading a
 *    reader would make; an unnamed source ("a spokesman", "two people briefed") is right for a prediction without
 *    an actor. Explicit (non-pronoun) sources are also reported on their own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../src/core/claims/speaker.ts';
import { speakerIds } from '../src/core/sourcing.ts';
import type { Claim, Entity, Span } from '../src/core/types.ts';
import { nameMatches, runPipeline } from './eval-pipeline.ts';

interface TextBound {
  id: string;
  type: string;
  spans: Span[];
  text: string;
}
export interface Attribution {
  source: TextBound | null;
  cue: TextBound | null;
  content: TextBound | null;
}

/** Parses brat standoff: text-bound annotations (T) and the attribution events (E) that tie them together. */
export function parseBrat(ann: string): Attribution[] {
  const tb = new Map<string, TextBound>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id = '', head = '', text = ''] = line.split('\t');
    if (id.startsWith('T') && head) {
      const [type = '', ...rest] = head.split(' ');
      const spans = rest
        .join(' ')
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number))
        .map(([start = 0, end = 0]) => ({ start, end }));
      tb.set(id, { id, type, spans, text });
    } else if (id.startsWith('E') && head) {
      events.push(head.trim().split(/\s+/));
    }
  }
  return events
    .filter((roles) => roles[0]?.startsWith('Attribution'))
    .map((roles) => {
      const role = (name: string): TextBound | null => {
        const arg = roles.find((r) => r.startsWith(`${name}:`));
        return arg ? (tb.get(arg.slice(name.length + 1)) ?? null) : null;
      };
      return { source: role('Source'), cue: role('Cue'), content: role('Content') };
    })
    .filter((a) => a.content !== null);
}

/**
 * Reporting verbs of English news (say, tell, add, argue…), as word starts, and "according to". A general list, written
 * from grammars of reported speech, to pick out PolNeAR's speech attributions from its thoughts and wishes.
 */
const SPEECH_CUE =
  /\b(?:sa(?:y|ys|id|ying)|t(?:ell|old)|add|not(?:e|ed|es|ing)\b|argu|stat(?:e|ed|es|ing)\b|claim|announc|warn|wr(?:ite|ote|itten|iting)|explain|insist|assert|acknowledg|recall|suggest|tweet|report|according|confirm|den(?:y|ied|ies)|alleg|accus|predict|describ|declar|testif|promis|urg(?:e|ed|es|ing)\b|maintain|repl|respond|comment|admit|contend|complain|point(?:ed|s|ing)? out|emphasi|stress|reveal|conced|caution|vow|pledg|agree|ask|quot|remark|observ|conclud|estimat|disclos|indicat|recommend|threaten|charg|demand|boast|jok|speculat|criticiz|prais|blam|call(?:ed|s|ing)? (?:for|on)|told|spok|speak|interview|statement|email|post(?:ed)?\b)/i;

const PRONOUN = /^(?:he|she|they|i|we|it|him|her|them|you)$/i;
/** A relative pronoun as the source ("Rawlings, who said…") stands for the noun phrase just before it. */
const RELATIVE = /^(?:who|which|that)$/i;
const PERSONAL = /^(?:he|she|i|him|her)$/i;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

const startOf = (x: TextBound): number => x.spans[0]?.start ?? 0;

/** The name part of a source span: before an appositive comma or a relative clause, without a leading article. */
function sourceHead(text: string): string {
  return text
    .split(/,|\s(?:who|whose|which|that)\s/)[0]!
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[’']s$/, '')
    .trim();
}

/**
 * True when a source names someone: its head ends in a capitalised word ("Don Fowler", "Mr. Grassley"), or is one
 * capitalised word that does not open a sentence ("said Trump"). "Critics of the program" opening a sentence and
 * "the South Carolina senator" (a description ending in a common noun) name nobody.
 */
function named(source: TextBound, text: string): boolean {
  const words = sourceHead(source.text).split(/\s+/);
  if (words.length > 1) return /^\p{Lu}/u.test(words[words.length - 1]!);
  const before = text.slice(Math.max(0, startOf(source) - 3), startOf(source));
  return /^\p{Lu}/u.test(words[0] ?? '') && !(/[.!?"”'’]\s*$/.test(before) || /(^|\n)\s*$/.test(before));
}

/** The last word of a phrase, folded ("the South Carolina senator" → "senator"). */
const lastWord = (s: string): string => fold(s).split(' ').pop() ?? '';

/**
 * The gold source a claim is judged against. A personal pronoun ("he said") is read as the nearest earlier source
 * that names a person; "they" and "it" as the nearest earlier source of any kind. Null when none is earlier.
 */
function antecedent(source: TextBound, sources: TextBound[], text: string): TextBound | null {
  const word = source.text.trim();
  if (!PRONOUN.test(word)) return source;
  const earlier = sources.filter((s) => startOf(s) < startOf(source)).reverse();
  return (PERSONAL.test(word) ? earlier.find((s) => named(s, text)) : earlier[0]) ?? null;
}

/**
 * Whether the predicted speaker is the gold source. A named source must be matched by the speaker's names or
 * mentions; a description ("the mayor", "a spokesman") is matched by an actor whose role in the article ends in the
 * same word, or by a prediction that names no actor; a relative pronoun by an actor named just before it.
 */
function speakerRight(gold: TextBound, pred: Claim['speaker'], entities: Entity[], text: string, direct: boolean): boolean {
  if (!pred) return false;
  // A joint claim ("Lee and Cole said…") is right for any of its speakers.
  if (pred.with?.length) return speakerIds(pred).some((id) => speakerRight(gold, { entity: id, name: entities.find((x) => x.id === id)?.name ?? null, anonymous: false }, entities, text, direct));
  const e = pred.entity ? entities.find((x) => x.id === pred.entity) : undefined;
  const word = gold.text.trim();
  if (RELATIVE.test(word)) {
    const window: Span = { start: Math.max(0, startOf(gold) - 120), end: startOf(gold) };
    return e ? e.mentions.some((m) => overlaps(m, window)) : !!pred.name && text.slice(window.start, window.end).includes(pred.name);
  }
  const head = sourceHead(gold.text);
  if (e) {
    if (direct && e.mentions.some((m) => gold.spans.some((s) => overlaps(m, s)))) return true;
    if ([e.name, ...e.aliases].some((n) => nameMatches(head, n))) return true;
    return !named(gold, text) && !!e.role && lastWord(e.role) === lastWord(head);
  }
  if (pred.name && nameMatches(head, pred.name)) return true;
  return !named(gold, text);
}

interface Tally {
  docs: number;
  all: number;
  allFound: number;
  speech: number;
  speechFound: number;
  speaker: number;
  explicit: number;
  explicitSpeaker: number;
  pred: number;
  predMatched: number;
}

function main(): void {
  const dir = process.argv.find((a) => a.startsWith('--dir='))?.slice(6);
  if (!dir || !existsSync(join(dir, 'text'))) {
    console.error('usage: npx tsx scripts/eval-polnear.ts --dir=/path/to/PolNeAR/data/test (a folder with text/ and attributions/ or ann/)');
    process.exit(2);
  }
  const verbose = process.argv.includes('--verbose');
  if (verbose && /(^|\/)test\/?$/.test(dir)) {
    console.error('--verbose is for the dev or train split; the test split is scored only');
    process.exit(2);
  }
  const say = (line: string): void => {
    if (verbose) console.log(line);
  };
  const annDir = existsSync(join(dir, 'attributions')) ? join(dir, 'attributions') : join(dir, 'ann');
  const annFiles = readdirSync(annDir).sort();
  const t: Tally = { docs: 0, all: 0, allFound: 0, speech: 0, speechFound: 0, speaker: 0, explicit: 0, explicitSpeaker: 0, pred: 0, predMatched: 0 };
  for (const file of readdirSync(join(dir, 'text')).sort()) {
    const name = file.replace(/\.txt$/, '');
    const annFile = annFiles.find((f) => f === `${name}.ann` || (f.startsWith(`${name}_`) && f.endsWith('.ann')));
    if (!annFile) continue;
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const gold = parseBrat(readFileSync(join(annDir, annFile), 'utf8'));
    // A copy whose spans do not match its text would score noise: skip it, loudly.
    const broken = gold.flatMap((a) => [a.source, a.cue, a.content]).find((x) => x && x.spans.map((s) => text.slice(s.start, s.end)).join(' ') !== x.text);
    if (broken) {
      console.error(`  skipped ${name}: span ${broken.id} does not match the text`);
      continue;
    }
    t.docs++;
    const { entities, claims } = runPipeline(text, name);
    const contents = gold.map((a) => a.content!.spans).flat();
    t.pred += claims.length;
    t.predMatched += claims.filter((c) => contents.some((s) => overlaps(c, s))).length;
    for (const c of claims) if (!contents.some((s) => overlaps(c, s))) say(`  EXTRA [${name}] ${c.kind}/${c.speaker?.name ?? 'null'} | ${c.text.slice(0, 90)}`);
    const sources = gold
      .map((a) => a.source)
      .filter((s): s is TextBound => s !== null && !PRONOUN.test(s.text.trim()) && !RELATIVE.test(s.text.trim()))
      .sort((a, b) => startOf(a) - startOf(b));
    for (const a of gold) {
      const content = a.content!;
      const found = claims
        .map((c) => ({ c, o: content.spans.reduce((n, s) => n + Math.max(0, Math.min(c.end, s.end) - Math.max(c.start, s.start)), 0) }))
        .filter((x) => x.o > 0)
        .sort((x, y) => y.o - x.o)[0]?.c;
      t.all++;
      if (found) t.allFound++;
      if (!a.cue || !SPEECH_CUE.test(a.cue.text) || !a.source) continue;
      t.speech++;
      if (found) t.speechFound++;
      else say(`  MISS [${name}] ${a.source.text.slice(0, 40)} / ${a.cue.text} | ${content.text.slice(0, 90)}`);
      const pronoun = PRONOUN.test(a.source.text.trim());
      const source = antecedent(a.source, sources, text);
      if (!pronoun) t.explicit++;
      if (!found || !source) continue;
      const right = speakerRight(source, found.speaker, entities, text, !pronoun);
      if (right) t.speaker++;
      else say(`  SPEAKER [${name}] gold ${sourceHead(source.text)}${pronoun ? ` (${a.source.text})` : ''} pred ${found.speaker?.name ?? 'null'} | ${content.text.slice(0, 70)}`);
      if (right && !pronoun) t.explicitSpeaker++;
    }
  }
  const r = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '-');
  console.log(`PolNeAR (${t.docs} texts, ${annDir.split('/').slice(-3).join('/')})`);
  console.log(`  speech attributions ${t.speech}: recall ${r(t.speechFound, t.speech)}  speaker ${r(t.speaker, t.speech)}  (explicit sources ${t.explicit}: speaker ${r(t.explicitSpeaker, t.explicit)})`);
  console.log(`  all attributions ${t.all}: recall ${r(t.allFound, t.all)}`);
  console.log(`  predicted claims ${t.pred}: precision ${r(t.predMatched, t.pred)}`);
}

if (process.argv[1]?.endsWith('eval-polnear.ts')) main();
