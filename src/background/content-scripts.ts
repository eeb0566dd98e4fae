/**
 * Where the content script runs. In the automatic mode it is registered for http(s)
 * pages, minus the sites the reader turned off; in "only when I ask" it is registered
 * nowhere and runs only when the reader asks (popup, context menu, shortcut), injected
 * through the activeTab grant that the asking gesture gives.
 */
import browser from '../shared/browser.ts';
import type { Settings } from '../shared/settings.ts';
import { registrationSync, type ContentScriptSpec } from './script-registration.ts';
// crxjs builds the script as a self-contained file and gives its path.
import contentScriptPath from '../content/content-script.ts?script';

const SCRIPT_ID = 'backstory-content';
export const CONTENT_JS = [contentScriptPath.replace(/^\//, '')];
/** From public/: a content-script stylesheet adds no node to the page. */
export const CONTENT_CSS = ['highlights.css'];
const MATCHES = ['http://*/*', 'https://*/*'];

function excludeFor(sites: string[]): string[] {
  return sites.filter((host) => /^[a-z0-9.-]+$/i.test(host)).map((host) => `*://${host}/*`);
}

/** The registration the settings call for, or null for none ("only when I ask"). */
function scriptFor(settings: Settings): ContentScriptSpec | null {
  if (settings.autoMode !== 'articles') return null;
  const excludeMatches = excludeFor(settings.disabledSites);
  return {
    id: SCRIPT_ID,
    matches: MATCHES,
    ...(excludeMatches.length > 0 ? { excludeMatches } : {}),
    js: CONTENT_JS,
    css: CONTENT_CSS,
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

const sync = registrationSync(browser.scripting, SCRIPT_ID, (error) =>
  console.warn('[backstory] could not register the content script', error),
);

export function syncContentScripts(settings: Settings): Promise<void> {
  return sync(scriptFor(settings));
}

/** Puts the content script into a tab the reader asked about (activeTab). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: CONTENT_CSS });
  await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_JS });
}
