/**
 * `backstory analyze FILE [--json]`: the analysis core from the command line.
 * FILE is a .txt file (analysed as is), an .html file (its article body, as the
 * extension would annotate it), or `-` for standard input (HTML is recognised).
 */
import '../shared/i18n-catalogue.ts';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { analyze } from '../core/analyze.ts';
import type { Analysis } from '../core/types.ts';
import { formatReport } from './report.ts';
import { buildCards, formatCards } from './cards.ts';
import { readHtmlArticle } from './html-input.ts';

const USAGE = `Usage: backstory analyze FILE [--json] [--cards [--offline] [--wikipedia URL] [--wikidata URL]]

  FILE     a .txt file, an .html file, or - for standard input
  --json   print the analysis as JSON (see schema/analysis.schema.json)
  --cards  add a background card per actor (Wikipedia/Wikidata; names only are sent)
  --offline          cards from built-in facts only, no network
  --wikipedia URL    another server speaking the Wikipedia REST API
  --wikidata URL     another server speaking the Wikidata API

Without --json, prints a report for a person to read.`;

class UsageError extends Error {}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|article|div|p)\b/i.test(text);
}

export async function analyzeInput(file: string): Promise<Analysis> {
  const raw = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  const ext = extname(file).toLowerCase();
  const isHtml = ext === '.html' || ext === '.htm' || ext === '.xhtml' || (file === '-' && looksLikeHtml(raw));
  if (!isHtml) return analyze(raw, { title: null });
  const article = readHtmlArticle(raw);
  if (!article) throw new Error('no article body found in this HTML page');
  return analyze(article.text, { title: article.title });
}

export async function main(argvIn: string[]): Promise<number> {
  const servers: { wikipedia?: string; wikidata?: string } = {};
  const argv: string[] = [];
  for (let i = 0; i < argvIn.length; i++) {
    const m = /^--(wikipedia|wikidata)(?:=(.*))?$/.exec(argvIn[i]!);
    if (!m) {
      argv.push(argvIn[i]!);
      continue;
    }
    const url = m[2] ?? argvIn[++i];
    if (!url || !/^https?:\/\//.test(url)) throw new UsageError(`--${m[1]} needs an http(s) URL`);
    servers[m[1] as 'wikipedia' | 'wikidata'] = url;
  }
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  if (flags.has('--help') || args.length === 0) {
    process.stdout.write(USAGE + '\n');
    return args.length === 0 && !flags.has('--help') ? 2 : 0;
  }
  if (flags.has('--version')) {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(pkg.version + '\n');
    return 0;
  }
  const unknown = [...flags].filter((f) => !['--json', '--cards', '--offline'].includes(f));
  if (unknown.length > 0) throw new UsageError(`unknown option ${unknown.join(', ')}`);
  const [command, file, ...rest] = args;
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  if (!file) throw new UsageError('analyze needs a FILE (or - for standard input)');
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);

  const analysis = await analyzeInput(file);
  const cards = flags.has('--cards') ? await buildCards(analysis, { ...servers, offlineOnly: flags.has('--offline') }) : null;
  if (flags.has('--json')) process.stdout.write(JSON.stringify(cards ? { ...analysis, cards } : analysis, null, 2) + '\n');
  else process.stdout.write(formatReport(analysis) + (cards ? formatCards(analysis, cards) : ''));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`backstory: ${code === 'ENOENT' ? `no such file: ${(error as NodeJS.ErrnoException).path}` : message}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
