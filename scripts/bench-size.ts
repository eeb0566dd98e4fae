/**
 * Gzip size of what each entry of the built extension loads: the content script (its JS
 * and CSS from the manifest), the background service worker and the popup page, each with
 * every chunk it imports statically (followed transitively). Dynamic imports are listed
 * apart: they are only paid for when used.
 *
 * Usage: npx tsx scripts/bench-size.ts [DIST_DIR]   (default dist/chrome)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { kb, table } from './bench-stats.ts';

export interface EntrySize {
  entry: 'content' | 'background' | 'popup';
  /** Files loaded at start, relative to the dist folder. */
  files: string[];
  bytes: number;
  /** Sum of each file gzipped on its own (as served / as packed in the CRX zip, roughly). */
  gzip: number;
  /** Chunks reachable only through import(): not counted above. */
  lazyFiles: string[];
  lazyGzip: number;
}

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']([^"']+\.(?:js|mjs|css))["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.(?:js|mjs))["']\s*\)/g;

function imports(code: string, re: RegExp): string[] {
  return [...code.matchAll(re)].map((m) => m[1]!).filter((p) => p.startsWith('.') || p.startsWith('/'));
}

/** Files an entry loads, following static imports; `lazy` gets the dynamic ones. */
function closure(dist: string, roots: string[]): { files: string[]; lazy: string[] } {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(m?js)$/.test(file)) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    const base = posix.dirname(file);
    const resolveRel = (p: string): string => (p.startsWith('/') ? p.slice(1) : posix.normalize(posix.join(base, p)));
    for (const p of imports(code, STATIC_IMPORT)) stack.push(resolveRel(p));
    for (const p of imports(code, DYNAMIC_IMPORT)) lazy.add(resolveRel(p));
  }
  for (const f of seen) lazy.delete(f);
  // Lazy chunks may import more: count them too (once).
  const lazyAll = lazy.size ? closure(dist, [...lazy]).files.filter((f) => !seen.has(f)) : [];
  return { files: [...seen].sort(), lazy: lazyAll.sort() };
}

/** Scripts and stylesheets an HTML page of the extension loads. */
function htmlAssets(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const base = posix.dirname(page);
  const out: string[] = [];
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)=["']([^"']+)["'][^>]*>/g)) {
    const tag = m[0];
    const ref = m[1]!;
    if (/^[a-z]+:/i.test(ref)) continue;
    if (tag.startsWith('<link') && !/rel=["']?(stylesheet|modulepreload)/.test(tag)) continue;
    out.push(ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(base, ref)));
  }
  return out;
}

function sizes(dist: string, files: string[]): { bytes: number; gzip: number } {
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const data = readFileSync(join(dist, f));
    bytes += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { bytes, gzip };
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[]; css?: string[] }[];
  action?: { default_popup?: string };
}

function registeredContentFiles(dist: string): string[] {
  const dir = join(dist, 'src', 'content');
  const scripts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => `src/content/${f}`) : [];
  return [...scripts, ...(existsSync(join(dist, 'highlights.css')) ? ['highlights.css'] : [])];
}

export function benchSize(dist: string): EntrySize[] {
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension in ${dist}: run \`npm run build\`.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entries: { entry: EntrySize['entry']; roots: string[] }[] = [
    // The background registers the content script at run time (src/background/content-scripts.ts):
    // its built files are src/content/*.js and the stylesheet highlights.css.
    { entry: 'content', roots: [...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]), ...registeredContentFiles(dist)] },
    { entry: 'background', roots: [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter((x): x is string => !!x) },
    { entry: 'popup', roots: manifest.action?.default_popup ? htmlAssets(dist, manifest.action.default_popup) : [] },
  ];
  return entries.map(({ entry, roots }) => {
    const { files, lazy } = closure(dist, roots);
    const s = sizes(dist, files);
    return { entry, files, bytes: s.bytes, gzip: s.gzip, lazyFiles: lazy, lazyGzip: sizes(dist, lazy).gzip };
  });
}

export function sizeTable(rows: EntrySize[]): string {
  return table([
    ['bundle', 'raw', 'gzip', 'lazy (gzip)', 'files'],
    ...rows.map((r) => [r.entry, kb(r.bytes), kb(r.gzip), r.lazyFiles.length ? kb(r.lazyGzip) : '–', String(r.files.length)]),
  ]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'chrome'));
  console.log(sizeTable(benchSize(dist)));
}
