/**
 * `browser.i18n` strings for every UI. Outside an extension (unit tests, the CLI) there is
 * no browser.i18n: those load the English catalogue once with `useCatalogue` (see
 * i18n-catalogue.ts), so components render the same words everywhere while the extension's
 * bundles do not carry a second copy of the strings.
 */
export type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

function extensionI18n(): I18nApi | null {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n ?? null;
}

/** Same substitution rules as browser.i18n for the simple `$NAME$` → `$1` placeholders we use. */
let catalogue: Catalogue = {};

export function useCatalogue(strings: Catalogue): void {
  catalogue = strings;
}

function fromCatalogue(key: string, subs: string[]): string {
  const entry = catalogue[key];
  if (!entry) return key;
  let text = entry.message;
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
    const value = placeholder.content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return text;
}

export function t(key: string, ...subs: Array<string | number>): string {
  const strings = subs.map(String);
  try {
    const message = extensionI18n()?.getMessage(key, strings);
    if (message) return message;
  } catch {
    // A context without i18n (e.g. after the extension was reloaded): fall back.
  }
  return fromCatalogue(key, strings);
}
