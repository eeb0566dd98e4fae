/**
 * What the reliability suite records in every page and asks of it. The init script runs in
 * the page's main world before any page script (Playwright's addInitScript, exempt from the
 * page's CSP); the probes are evaluated in the page and must be self-contained (see probes.ts).
 */

/**
 * - `__backstoryBefore`: document.body.innerHTML when parsing ends (readyState "interactive",
 *   before DOMContentLoaded and so before any content script at document_end/idle);
 * - `__backstoryFinal`: the first final state of `<html data-backstory>` and when (page clock);
 * - `__backstoryCsp`: Content-Security-Policy violations reported in the page.
 */
export const WATCH_INIT_SCRIPT = `(() => {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  window.__backstoryCsp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__backstoryCsp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || ''));
  });
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive' && window.__backstoryBefore === undefined && document.body) {
      window.__backstoryBefore = document.body.innerHTML;
    }
  });
  const record = () => {
    const s = document.documentElement && document.documentElement.getAttribute('data-backstory');
    if (s && s !== 'analyzing' && window.__backstoryFinal === undefined) window.__backstoryFinal = { state: s, at: performance.now() };
  };
  new MutationObserver(record).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-backstory'] });
})();`;

export const FINAL_STATES = ['annotated', 'no-article', 'off', 'error'];

type WatchedWindow = { __backstoryFinal?: { state: string; at: number }; __backstoryBefore?: string; __backstoryCsp?: string[] };

export const readFinal = (): { state: string; at: number } | null => (window as unknown as WatchedWindow).__backstoryFinal ?? null;
export const readBodyBefore = (): string | null => (window as unknown as WatchedWindow).__backstoryBefore ?? null;
export const readBody = (): string => document.body.innerHTML;
export const readCspViolations = (): string[] => (window as unknown as WatchedWindow).__backstoryCsp ?? [];
export const countMarks = (): number => document.querySelectorAll('mark[data-backstory-entity], mark[data-backstory-claim]').length;

/**
 * Highlights in page chrome: inside nav, aside or footer (Readability drops those), or in a
 * header that is not the article's own (not inside article/main, no h1). Approximate by design.
 */
export const marksInChrome = (): string[] =>
  [...document.querySelectorAll('mark[data-backstory-entity], mark[data-backstory-claim]')].flatMap((m) => {
    const chrome = m.closest('nav, aside, footer, header, [role="navigation"], [role="contentinfo"], [role="complementary"]');
    if (!chrome) return [];
    if (chrome.matches('header') && (chrome.closest('article, main, [role="main"]') || chrome.querySelector('h1'))) return [];
    const where = chrome.tagName.toLowerCase() + (chrome.className && typeof chrome.className === 'string' ? '.' + chrome.className.split(/\s+/)[0] : '');
    return [`${where}: ${(m.textContent ?? '').slice(0, 40)}`];
  });
