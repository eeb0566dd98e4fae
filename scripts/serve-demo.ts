/**
 * A tiny static file server on 127.0.0.1 for the demo article and, in tests,
 * saved fixture pages.
 *
 *   npx tsx scripts/serve-demo.ts [port]      (or PORT=8080; default: a free port)
 *
 * `startServer(root, port?, options?)` is used by scripts/start.ts and the e2e tests.
 * Saved real pages reference ad and tracker scripts; `stripScripts` removes
 * executable <script> elements from served HTML (JSON-LD is kept, it is data)
 * so that tests are deterministic and offline.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export interface ServerOptions {
  /** Extra folders served under a URL prefix, e.g. { '/pages/': 'fixtures/pages' }. */
  mounts?: Record<string, string>;
  /** Remove executable <script> elements from HTML responses. */
  stripScripts?: boolean;
}

export interface RunningServer {
  /** Base URL with a trailing slash, e.g. "http://127.0.0.1:41234/". */
  url: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
};

/** The Content-Type to send for a file, by its extension. */
export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves `handle` on 127.0.0.1 (port 0: a free one). A handler that throws answers 500;
 * `close` also ends kept-alive connections so tests never wait on a browser's socket.
 */
export async function listenLocal(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, port = 0): Promise<RunningServer> {
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Removes <script> elements except data blocks (JSON-LD and other non-JS types). */
export function stripExecutableScripts(html: string): string {
  return html.replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (whole, attrs: string) => {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    const isData = type !== undefined && !/^(text\/javascript|application\/javascript|module)$/.test(type);
    return isData ? whole : '';
  });
}

/** Maps a URL path to a file inside one of the roots, or null if it escapes them. */
function resolveFile(urlPath: string, root: string, mounts: [string, string][]): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  let base = root;
  let rest = decoded;
  for (const [prefix, dir] of mounts) {
    if (decoded.startsWith(prefix)) {
      base = dir;
      rest = decoded.slice(prefix.length);
      break;
    }
  }
  const file = resolve(base, '.' + (rest.startsWith('/') ? rest : '/' + rest));
  if (file !== base && !file.startsWith(base + sep)) return null;
  return file;
}

export async function startServer(
  root: string,
  port = 0,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const absRoot = resolve(root);
  const mounts = Object.entries(options.mounts ?? {})
    .map(([prefix, dir]): [string, string] => [prefix.endsWith('/') ? prefix : prefix + '/', resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file = resolveFile(path, absRoot, mounts);
    if (!file) {
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body: Buffer | string = await readFile(file);
      const type = contentType(file);
      if (options.stripScripts && type.startsWith('text/html')) {
        body = stripExecutableScripts(body.toString('utf8'));
      }
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  };

  return listenLocal(handle, port);
}

const demoRoot = fileURLToPath(new URL('../demo/', import.meta.url));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = process.argv.slice(2).find((a) => /^\d+$/.test(a));
  const port = Number(arg ?? process.env.PORT ?? 0);
  const server = await startServer(demoRoot, port).catch((error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: pick another (or none for a free one).` : error.message);
    process.exit(1);
  });
  console.log(`Serving ${demoRoot} at ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

export { demoRoot };
