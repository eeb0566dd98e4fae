import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoRoot, startServer, stripExecutableScripts, type RunningServer } from './serve-demo.ts';

describe('serve-demo', () => {
  let server: RunningServer;
  let pages: string;

  beforeAll(async () => {
    pages = mkdtempSync(join(tmpdir(), 'backstory-serve-'));
    mkdirSync(join(pages, 'site'));
    writeFileSync(
      join(pages, 'site', 'source.html'),
      '<html><head><script src="https://ads.example/x.js"></script>' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
        '<body><p>Hello</p><script>document.title="x"</script></body></html>',
    );
    server = await startServer(demoRoot, 0, { mounts: { '/pages/': pages }, stripScripts: true });
  });
  afterAll(async () => {
    await server.close();
    rmSync(pages, { recursive: true, force: true });
  });

  it('serves the demo article on 127.0.0.1 as UTF-8 HTML', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('Türkiye');
    expect(html).toContain('Atta Tarar');
  });

  it('serves a mounted folder and strips executable scripts but keeps JSON-LD', async () => {
    const res = await fetch(new URL('pages/site/source.html', server.url));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('ads.example');
    expect(html).not.toContain('document.title');
    expect(html).toContain('application/ld+json');
    expect(html).toContain('<p>Hello</p>');
  });

  it('answers 404 for missing files and refuses paths outside the root', async () => {
    expect((await fetch(new URL('nope.html', server.url))).status).toBe(404);
    const traversal = await fetch(server.url + '%2e%2e/%2e%2e/package.json');
    expect([403, 404]).toContain(traversal.status);
    expect(await traversal.text()).not.toContain('"name"');
  });

  it('picks a free port when none is given, so two servers can run at once', async () => {
    const other = await startServer(demoRoot);
    try {
      expect(other.port).not.toBe(server.port);
      expect((await fetch(other.url)).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('stripExecutableScripts', () => {
  it('removes inline, external and module scripts, keeps data blocks', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="c.js"></script>' +
      '<script type="application/ld+json">{"x":1}</script><p>text</p>';
    expect(stripExecutableScripts(html)).toBe('<script type="application/ld+json">{"x":1}</script><p>text</p>');
  });
});
