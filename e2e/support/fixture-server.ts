/**
 * A static server for the reliability suite and the page bench, on 127.0.0.1:
 *   /                     the demo article (demo/)
 *   /pages/<name>/        saved Readability test pages (<name>.html.gz, or a shared <name>/source.html)
 *   /bench/<id>.html      article-extraction-benchmark pages (html.gz, decompressed)
 *                         (both with scripts and inline event handlers stripped)
 *   any path in `routes`  pages made by code (the hostile pages of e2e/hostile/pages.ts), served
 *                         as they are, scripts KEPT (some re-render or scroll), with their own headers
 * Everything is `Cache-Control: no-store`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, resolve, sep } from 'node:path';
import { contentType, listenLocal, stripExecutableScripts } from '../../scripts/serve-demo.ts';
import { demoDir, repoRoot } from './paths.ts';

/** Copies in the repo (see e2e/fixtures/*\/README.md); the shared fixture folders as a fallback. */
export const readabilityPagesDir = firstExisting(join(repoRoot, 'e2e', 'fixtures', 'readability-pages'), '/work/shared/fixtures/pages');
export const extractionBenchDir = firstExisting(join(repoRoot, 'e2e', 'fixtures', 'extraction-benchmark'), '/work/shared/fixtures/extraction-benchmark');

function firstExisting(...dirs: string[]): string {
  return dirs.find((d) => existsSync(d)) ?? dirs[0]!;
}

export interface FixtureServer {
  /** Base URL with a trailing slash. */
  url: string;
  close(): Promise<void>;
}

export interface RoutedPage {
  body: string;
  /** Extra response headers (e.g. a strict Content-Security-Policy). */
  headers?: Record<string, string>;
  type?: string;
}

export interface FixtureServerOptions {
  /** Pages made by code, by URL path ("/hostile/xss.html"); built on each request. */
  routes?: Record<string, () => RoutedPage>;
}

/**
 * Saved pages keep inline event handlers (`<img onerror="this.src=…">`) after their scripts
 * are stripped; with the network blocked those fire and rewrite the page. Removing them keeps
 * saved pages still, so any change to them is the extension's. (A CSP `script-src 'none'`
 * would also do, but Chrome then reports violations with the content script on the stack.)
 */
export function stripInlineHandlers(html: string): string {
  return html.replace(/<[a-zA-Z][^<>]*>/g, (tag) => tag.replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
}

function stillPage(html: string): string {
  return stripInlineHandlers(stripExecutableScripts(html));
}

/** Names of the saved Readability pages (<name>.html.gz, or folders with a source.html). */
export function readabilityPageNames(): string[] {
  return readdirSync(readabilityPagesDir, { withFileTypes: true })
    .flatMap((d) => {
      if (d.isFile() && d.name.endsWith('.html.gz')) return [d.name.slice(0, -'.html.gz'.length)];
      if (d.isDirectory() && existsSync(join(readabilityPagesDir, d.name, 'source.html'))) return [d.name];
      return [];
    })
    .sort();
}

async function readabilityPage(name: string): Promise<string> {
  const gz = join(readabilityPagesDir, `${name}.html.gz`);
  if (existsSync(gz)) return gunzipSync(await readFile(gz)).toString('utf8');
  return readFile(join(readabilityPagesDir, name, 'source.html'), 'utf8');
}

/** Ids of the extraction-benchmark pages (html/<id>.html.gz). */
export function extractionBenchIds(): string[] {
  return readdirSync(join(extractionBenchDir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .sort();
}

function inside(base: string, rel: string): string | null {
  const file = resolve(base, '.' + (rel.startsWith('/') ? rel : '/' + rel));
  return file === base || file.startsWith(base + sep) ? file : null;
}

async function body(path: string, options: FixtureServerOptions): Promise<{ data: Buffer | string; type: string; headers?: Record<string, string> } | null> {
  let m: RegExpExecArray | null;
  if ((m = /^\/pages\/([\w.-]+)\/(?:source\.html)?$/.exec(path))) {
    return { data: stillPage(await readabilityPage(m[1]!)), type: contentType('page.html') };
  }
  if ((m = /^\/bench\/([\w-]+)\.html$/.exec(path))) {
    const gz = await readFile(join(extractionBenchDir, 'html', `${m[1]}.html.gz`));
    return { data: stillPage(gunzipSync(gz).toString('utf8')), type: contentType('page.html') };
  }
  const route = options.routes?.[path];
  if (route) {
    const page = route();
    return { data: page.body, type: page.type ?? contentType('page.html'), headers: page.headers };
  }
  const file = inside(demoDir, path.endsWith('/') ? path + 'index.html' : path);
  if (!file) return null;
  return { data: await readFile(file), type: contentType(file) };
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const found = await body(path, options).catch(() => null);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': found.type, 'Cache-Control': 'no-store', ...found.headers });
    res.end(req.method === 'HEAD' ? undefined : found.data);
  };
  return listenLocal(handle);
}
