import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteDisabled, normalizeSettings, siteOf } from './settings.ts';

describe('settings', () => {
  it('falls back to defaults for missing or corrupted values', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
    const s = normalizeSettings({ autoMode: 'sometimes', hoverDelay: 'slow', highlightTypes: ['person', 'alien'], lookups: 'yes' });
    expect(s.autoMode).toBe('articles');
    expect(s.hoverDelay).toBe(DEFAULT_SETTINGS.hoverDelay);
    expect(s.highlightTypes).toEqual(['person']);
    expect(s.lookups).toBe(false);
  });

  it('keeps Wikipedia lookups off until the reader allows them', () => {
    expect(DEFAULT_SETTINGS.lookups).toBe(false);
    expect(normalizeSettings({ lookups: true }).lookups).toBe(true);
  });

  it('clamps the hover delay to a sane range', () => {
    expect(normalizeSettings({ hoverDelay: -5 }).hoverDelay).toBe(0);
    expect(normalizeSettings({ hoverDelay: 99999 }).hoverDelay).toBe(2000);
  });

  it('turns a site off by host name', () => {
    const s = normalizeSettings({ disabledSites: ['news.example.com'] });
    expect(isSiteDisabled(s, 'https://news.example.com/world/1')).toBe(true);
    expect(isSiteDisabled(s, 'https://example.com/')).toBe(false);
    expect(siteOf('chrome://extensions')).toBeNull();
  });
});
