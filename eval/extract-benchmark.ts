/**
 * Writes the ground-truth `articleBody` of an extraction-benchmark article as plain paragraphs, one per line:
 * `npx tsx eval/extract-benchmark.ts NAME ID` reads ground-truth.json from
 * /work/shared/fixtures/extraction-benchmark (or $FIXTURES/extraction-benchmark) and writes eval/texts/NAME.txt.
 * The benchmark has no title line; a trailing `___` rule (a wire story's end mark) is dropped.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [name, id] = process.argv.slice(2);
if (!name || !id) throw new Error('usage: extract-benchmark.ts NAME ID');
const root = process.env.FIXTURES ?? '/work/shared/fixtures';
const truth = JSON.parse(readFileSync(`${root}/extraction-benchmark/ground-truth.json`, 'utf8')) as Record<
  string,
  { articleBody?: string; url?: string }
>;
const body = truth[id]?.articleBody;
if (!body) throw new Error(`no articleBody for ${id}`);
const paras = body
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter((p) => p.length > 0);
while (paras.length && /^_+$/.test(paras[paras.length - 1]!)) paras.pop();
writeFileSync(new URL(`./texts/${name}.txt`, import.meta.url), paras.join('\n') + '\n');
console.log(name, paras.length, 'paragraphs', truth[id]!.url ?? '');
