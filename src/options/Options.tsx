/**
 * The options page: every setting in src/shared/settings.ts, saved as soon as it changes
 * (the site list on "Save"). Pure: storage comes in as callbacks (main.tsx wires them).
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntityType } from '../core/types.ts';
import { t } from '../shared/i18n.ts';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.ts';
import { ENTITY_TYPES, TYPE_GROUP_KEY } from '../ui/model.ts';
import { parseSites } from './sites.ts';

export interface OptionsProps {
  settings: Settings;
  /** Stores a change; resolves to the settings as stored (normalised). */
  save: (patch: Partial<Settings>) => Promise<Settings>;
  /** Removes cached data (never the settings); resolves to how many items went. */
  clearCache: () => Promise<number>;
}

export function Options({ settings: initial, save, clearCache }: OptionsProps) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const [sites, setSites] = useState(initial.disabledSites.join('\n'));
  const [sitesError, setSitesError] = useState('');

  // Settings changed elsewhere (the popup's "this site" button): show them.
  const storedSites = initial.disabledSites.join('\n');
  useEffect(() => setSettings(initial), [initial]);
  useEffect(() => setSites(storedSites), [storedSites]);

  const update = async (patch: Partial<Settings>, message = t('optionsSaved')) => {
    setSettings(await save(patch));
    setStatus(message);
  };
  const toggleType = (type: EntityType, on: boolean) =>
    update({ highlightTypes: on ? ENTITY_TYPES.filter((x) => x === type || settings.highlightTypes.includes(x)) : settings.highlightTypes.filter((x) => x !== type) });
  const saveSites = async () => {
    const { sites: parsed, rejected } = parseSites(sites);
    setSitesError(rejected.length ? t('optionsSitesRejected', rejected.join(', ')) : '');
    setSites(parsed.join('\n'));
    await update({ disabledSites: parsed }, t('optionsSitesSaved'));
  };
  const clear = async () => {
    const removed = await clearCache();
    setStatus(removed > 0 ? t('optionsCleared') : t('optionsNothingToClear'));
  };

  return (
    <main class="options" aria-labelledby="options-h">
      <h1 id="options-h">{t('optionsTitle')}</h1>

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
            <input
              type="checkbox"
              name="highlightTypes"
              value={type}
              checked={settings.highlightTypes.includes(type)}
              onChange={(e) => void toggleType(type, e.currentTarget.checked)}
            />{' '}
            {t(TYPE_GROUP_KEY[type])}
          </label>
        ))}
        <label>
          <input type="checkbox" name="highlightClaims" checked={settings.highlightClaims} onChange={(e) => void update({ highlightClaims: e.currentTarget.checked })} />{' '}
          {t('optionsClaims')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionsStyle')}</legend>
        {(['tint', 'underline'] as const).map((style) => (
          <label key={style}>
            <input type="radio" name="highlightStyle" value={style} checked={settings.highlightStyle === style} onChange={() => void update({ highlightStyle: style })} />{' '}
            <span class={`sample sample--${style}`}>{t(style === 'tint' ? 'optionsStyleTint' : 'optionsStyleUnderline')}</span>
          </label>
        ))}
        <label class="row" for="hover-delay">
          {t('optionsHoverDelay')}
        </label>
        <input
          id="hover-delay"
          type="number"
          name="hoverDelay"
          min={0}
          max={2000}
          step={50}
          value={settings.hoverDelay}
          aria-describedby="hover-help"
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            if (Number.isFinite(value)) void update({ hoverDelay: value });
          }}
        />
        <p id="hover-help" class="help">
          {t('optionsHoverDelayHelp', DEFAULT_SETTINGS.hoverDelay)}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('optionsLookups')}</legend>
        <label>
          <input
            type="checkbox"
            name="lookups"
            checked={settings.lookups}
            aria-describedby="lookups-help"
            onChange={(e) => void update({ lookups: e.currentTarget.checked }, t(e.currentTarget.checked ? 'optionsLookupsOn' : 'optionsLookupsOff'))}
          />{' '}
          {t('optionsLookupsLabel')}
        </label>
        <p id="lookups-help" class="help">
          {t('optionsLookupsHelp')}
        </p>
      </fieldset>

      <fieldset>
        <legend>
          <label for="disabled-sites">{t('optionsSites')}</label>
        </legend>
        <textarea
          id="disabled-sites"
          name="disabledSites"
          rows={4}
          value={sites}
          spellcheck={false}
          aria-describedby={sitesError ? 'sites-help sites-error' : 'sites-help'}
          aria-invalid={sitesError ? 'true' : undefined}
          onInput={(e) => setSites(e.currentTarget.value)}
        />
        <p id="sites-help" class="help">
          {t('optionsSitesHelp')}
        </p>
        {sitesError && (
          <p id="sites-error" class="error">
            {sitesError}
          </p>
        )}
        <p>
          <button type="button" data-action="save-sites" onClick={() => void saveSites()}>
            {t('optionsSave')}
          </button>
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('optionsCache')}</legend>
        <p id="cache-help" class="help">
          {t('optionsClearHelp')}
        </p>
        <p>
          <button type="button" data-action="clear-cache" aria-describedby="cache-help" onClick={() => void clear()}>
            {t('optionsClearCache')}
          </button>
        </p>
      </fieldset>

      <p role="status" class="status">
        {status}
      </p>
      <footer class="help credits">{t('optionsCredits')}</footer>
    </main>
  );
}
