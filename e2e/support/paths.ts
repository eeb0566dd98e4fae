/** Where things are: the repo, the built extensions, the demo, the browsers. */
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const distChrome = join(repoRoot, 'dist', 'chrome');
export const distFirefox = join(repoRoot, 'dist', 'firefox');
export const demoDir = join(repoRoot, 'demo');

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Debian's chromium first, then $CHROMIUM_PATH / $CHROME_PATH, then a Chrome or Chromium on PATH. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, '/usr/bin/chromium'];
  for (const c of candidates) if (c && isExecutable(c)) return c;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']) {
    const found = onPath(name);
    if (found) return found;
  }
  throw new Error('No Chromium or Chrome found: run `npm run setup:browsers` (installs Debian chromium).');
}

export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'];
  for (const c of candidates) if (c && isExecutable(c)) return c;
  for (const name of ['firefox-esr', 'firefox']) {
    const found = onPath(name);
    if (found) return found;
  }
  throw new Error('No Firefox found: run `npm run setup:browsers` (installs Debian firefox-esr).');
}

export interface BuiltManifest {
  action?: { default_popup?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

/** Reads a built manifest, with a clear message when the extension has not been built. */
export function readBuiltManifest(dir: string): BuiltManifest {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
  } catch {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  }
}

/** The popup's path inside the extension, from the built manifest's action.default_popup. */
export function popupPath(dir: string): string {
  const popup = readBuiltManifest(dir).action?.default_popup;
  if (!popup) throw new Error(`${dir}/manifest.json has no action.default_popup`);
  return popup.replace(/^\//, '');
}
