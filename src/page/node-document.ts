/**
 * Node only (imports jsdom): a `Document` from an HTML string, for the CLI, the
 * benchmark and tests. Never import this from extension code.
 */

import { JSDOM, VirtualConsole } from 'jsdom';

/** Empties <style> elements: their CSS is never article text. */
function withoutStyleSheets(html: string): string {
  return html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
}

/**
 * Parses `html` as a page at `url`. jsdom's console (CSS parse warnings…) is silenced.
 * jsdom 29 throws on some real-world stylesheets (e.g. Sass variables left inside
 * `calc()`); those pages are parsed again with their style sheets emptied.
 * Call `close()` when done to free the window.
 */
export function parseHtmlDocument(html: string, url = 'https://example.com/'): { document: Document; close: () => void } {
  let dom: JSDOM;
  try {
    dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  } catch {
    dom = new JSDOM(withoutStyleSheets(html), { url, virtualConsole: new VirtualConsole() });
  }
  return { document: dom.window.document, close: () => dom.window.close() };
}
