/**
 * The reader's settings: their shape, defaults and validation (pure; stored by
 * settings-store.ts).
 */
import type { EntityType } from '../core/types.ts';

export type AutoMode = 'articles' | 'ask';
export type HighlightStyle = 'tint' | 'underline';

export interface Settings {
  /** 'articles': annotate every page that looks like an article; 'ask': only when the reader asks. */
  autoMode: AutoMode;
  /** Hostnames where Backstory stays off. */
  disabledSites: string[];
  /** Actor types that get highlights. */
  highlightTypes: EntityType[];
  /** Also underline claims. */
  highlightClaims: boolean;
  highlightStyle: HighlightStyle;
  /** Milliseconds of hover before a card opens. */
  hoverDelay: number;
  /** Look up background on Wikipedia/Wikidata (names only). Off until the reader allows it. */
  lookups: boolean;
  /** Another server speaking the Wikipedia REST / Wikidata APIs (a mirror, or a test server); null: the real ones. */
  wikipediaUrl: string | null;
  wikidataUrl: string | null;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  autoMode: 'articles',
  disabledSites: [],
  highlightTypes: ['person', 'organization', 'place', 'group'],
  highlightClaims: true,
  highlightStyle: 'tint',
  hoverDelay: 350,
  lookups: false,
  wikipediaUrl: null,
  wikidataUrl: null,
});

function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(/\/$/, '') : null;
  } catch {
    return null;
  }
}

/** Fills gaps and drops junk, so a corrupted or older stored value never breaks a page. */
export function normalizeSettings(raw: unknown): Settings {
  const s: Partial<Settings> = typeof raw === 'object' && raw !== null ? (raw as Partial<Settings>) : {};
  const types = Array.isArray(s.highlightTypes)
    ? s.highlightTypes.filter((t): t is EntityType => DEFAULT_SETTINGS.highlightTypes.includes(t))
    : [...DEFAULT_SETTINGS.highlightTypes];
  return {
    autoMode: s.autoMode === 'ask' ? 'ask' : 'articles',
    disabledSites: Array.isArray(s.disabledSites) ? s.disabledSites.filter((x): x is string => typeof x === 'string') : [],
    highlightTypes: types,
    highlightClaims: typeof s.highlightClaims === 'boolean' ? s.highlightClaims : DEFAULT_SETTINGS.highlightClaims,
    highlightStyle: s.highlightStyle === 'underline' ? 'underline' : 'tint',
    hoverDelay:
      typeof s.hoverDelay === 'number' && Number.isFinite(s.hoverDelay)
        ? Math.min(2000, Math.max(0, Math.round(s.hoverDelay)))
        : DEFAULT_SETTINGS.hoverDelay,
    lookups: s.lookups === true,
    wikipediaUrl: httpUrl(s.wikipediaUrl),
    wikidataUrl: httpUrl(s.wikidataUrl),
  };
}

export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

export function isSiteDisabled(settings: Settings, url: string): boolean {
  const host = siteOf(url);
  return host !== null && settings.disabledSites.includes(host);
}
