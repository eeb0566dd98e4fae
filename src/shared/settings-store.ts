/**
 * Settings storage: `storage.sync` where the browser has it (so settings follow the
 * reader between machines), `storage.local` otherwise.
 */
import browser from './browser.ts';
import { normalizeSettings, type Settings } from './settings.ts';

const KEY = 'settings';

function area() {
  // Firefox without a signed-in account and some Chromium forks lack sync; fall back.
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await area().get(KEY);
    return normalizeSettings(stored[KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await area().set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[KEY];
    if (change) listener(normalizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

