/** The options page: every setting in src/shared/settings.ts, saved as soon as it changes. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import type { Settings } from '../shared/settings.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import { ENTITY_TYPES, TYPE_GROUP_KEY } from '../ui/model.ts';
import type { EntityType } from '../core/types.ts';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [sites, setSites] = useState('');

  useEffect(() => {
    void loadSettings().then((s) => {
      setSettings(s);
      setSites(s.disabledSites.join('\n'));
    });
  }, []);

  if (!settings) return <main class="options" aria-busy="true" />;

  const update = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(patch));
    setStatus(t('optionsSaved'));
  };
  const toggleType = (type: EntityType, on: boolean) =>
    update({ highlightTypes: on ? [...settings.highlightTypes, type] : settings.highlightTypes.filter((x) => x !== type) });
  const saveSites = () =>
    update({
      disabledSites: [...new Set(sites.split(/\s+/).map((s) => s.trim().toLowerCase()).filter(Boolean))],
    });
  const clearCache = async () => {
    await browser.storage.local.clear();
    setStatus(t('optionsCleared'));
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <fieldset>
        <legend>{t('optionsAutoMode')}</legend>
        {(['articles', 'ask'] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name="autoMode" value={mode} checked={settings.autoMode === mode} onChange={() => void update({ autoMode: mode })} />{' '}
            {t(mode === 'articles' ? 'optionsAutoArticles' : 'optionsAutoAsk')}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsTypes')}</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type}>
            <input type="checkbox" name="highlightTypes" value={type} checked={settings.highlightTypes.includes(type)} onChange={(e) => void toggleType(type, e.currentTarget.checked)} />{' '}
            {t(TYPE_GROUP_KEY[type])}
          </label>
        ))}
        <label>
          <input type="checkbox" name="highlightClaims" checked={settings.highlightClaims} onChange={(e) => void update({ highlightClaims: e.currentTarget.checked })} /> {t('optionsClaims')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionsStyle')}</legend>
        {(['tint', 'underline'] as const).map((style) => (
          <label key={style}>
            <input type="radio" name="highlightStyle" value={style} checked={settings.highlightStyle === style} onChange={() => void update({ highlightStyle: style })} />{' '}
            {t(style === 'tint' ? 'optionsStyleTint' : 'optionsStyleUnderline')}
          </label>
        ))}
        <label class="row">
          {t('optionsHoverDelay')}
          <input type="number" name="hoverDelay" min={0} max={2000} step={50} value={settings.hoverDelay} onChange={(e) => void update({ hoverDelay: Number(e.currentTarget.value) })} />
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionsLookups')}</legend>
        <label>
          <input type="checkbox" name="lookups" checked={settings.lookups} onChange={(e) => void update({ lookups: e.currentTarget.checked })} aria-describedby="lookups-help" /> {t('optionsLookups')}
        </label>
        <p id="lookups-help" class="help">
          {t('optionsLookupsHelp')}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('optionsSites')}</legend>
        <textarea name="disabledSites" rows={4} value={sites} onInput={(e) => setSites(e.currentTarget.value)} aria-describedby="sites-help" aria-label={t('optionsSites')} />
        <p id="sites-help" class="help">
          {t('optionsSitesHelp')}
        </p>
        <button type="button" onClick={() => void saveSites()}>
          {t('optionsSave')}
        </button>
      </fieldset>

      <p>
        <button type="button" onClick={() => void clearCache()}>
          {t('optionsClearCache')}
        </button>
      </p>
      <p role="status" class="status">
        {status}
      </p>
    </main>
  );
}
