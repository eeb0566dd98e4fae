import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { sendToBackground } from '../shared/messaging.ts';
import type { Settings } from '../shared/settings.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store.ts';
import { Options } from './Options.tsx';
import { cacheKeys } from './sites.ts';
import './options.css';

/**
 * Cached data lives in storage.local (Wikipedia cards…), and the background keeps some in
 * memory: ask it to forget, then remove whatever is left, never the settings (which live
 * in storage.local too where sync is missing).
 */
async function clearCache(): Promise<number> {
  const keys = cacheKeys(Object.keys(await browser.storage.local.get(null)));
  try {
    await sendToBackground({ type: 'clear-cache' });
  } catch {
    // The background is restarting: its memory is empty anyway.
  }
  const left = cacheKeys(Object.keys(await browser.storage.local.get(null)));
  if (left.length) await browser.storage.local.remove(left);
  return keys.length;
}

/**
 * Firefox asks the reader's consent for sending website content (here: the names found in
 * articles) to a third party; the request must come from this click. Elsewhere the
 * setting alone is the consent.
 */
async function saveWithConsent(patch: Partial<Settings>): Promise<Settings> {
  if (patch.lookups === true) {
    const permissions = browser.permissions as unknown as { request(p: { data_collection: string[] }): Promise<boolean> } | undefined;
    const firefox = (browser.runtime.getManifest() as { browser_specific_settings?: unknown }).browser_specific_settings !== undefined;
    if (firefox && permissions) {
      const granted = await permissions.request({ data_collection: ['websiteContent'] }).catch(() => true);
      if (!granted) return loadSettings();
    }
  }
  return saveSettings(patch);
}

function Page() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return <main class="options" aria-busy="true" aria-label={t('optionsTitle')} />;
  return <Options settings={settings} save={saveWithConsent} clearCache={clearCache} />;
}

const locale = t('@@ui_locale');
if (locale && !locale.startsWith('@@')) document.documentElement.lang = locale.replace('_', '-');
document.title = t('optionsTitle');
render(<Page />, document.getElementById('app')!);
