// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../shared/settings.ts';
import { Options } from './Options.tsx';

/** A store that behaves like settings-store.ts: merges, normalises, remembers. */
function memoryStore(start: Partial<Settings> = {}) {
  let stored = normalizeSettings({ ...DEFAULT_SETTINGS, ...start });
  const cache = ['settings', 'wiki:Atta Tarar', 'wiki:Qatar'];
  return {
    get: () => stored,
    cache,
    save: async (patch: Partial<Settings>) => (stored = normalizeSettings({ ...stored, ...patch })),
    clearCache: async () => {
      const gone = cache.filter((k) => k !== 'settings');
      cache.splice(0, cache.length, 'settings');
      return gone.length;
    },
  };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const flush = () => act(async () => {});
const input = (sel: string) => root.querySelector<HTMLInputElement>(sel)!;
const status = () => root.querySelector('[role="status"]')!.textContent;

function show(store = memoryStore()) {
  act(() => render(<Options settings={store.get()} save={store.save} clearCache={store.clearCache} />, root));
  return store;
}

async function change(el: HTMLInputElement, checked?: boolean) {
  if (checked !== undefined) el.checked = checked;
  await act(async () => {
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

describe('options page', () => {
  it('shows the stored settings, every control with a label', () => {
    show(memoryStore({ autoMode: 'ask', highlightTypes: ['person', 'place'], hoverDelay: 500 }));
    expect(input('input[value="ask"]').checked).toBe(true);
    expect([...root.querySelectorAll<HTMLInputElement>('input[name="highlightTypes"]')].map((i) => [i.value, i.checked])).toEqual([
      ['person', true],
      ['organization', false],
      ['place', true],
      ['group', false],
    ]);
    expect(input('#hover-delay').value).toBe('500');
    for (const el of root.querySelectorAll('input, textarea')) {
      const labelled = el.closest('label') !== null || (el.id && root.querySelector(`label[for="${el.id}"]`) !== null);
      expect(labelled, `${el.outerHTML} has a label`).toBe(true);
    }
  });

  it('saves the automatic mode, actor types, style and claims as soon as they change', async () => {
    const store = show();
    await change(input('input[value="ask"]'), true);
    expect(store.get().autoMode).toBe('ask');
    await change(input('input[name="highlightTypes"][value="place"]'), false);
    expect(store.get().highlightTypes).toEqual(['person', 'organization', 'group']);
    await change(input('input[name="highlightTypes"][value="place"]'), true);
    // Types stay in their fixed order whatever order they are ticked in.
    expect(store.get().highlightTypes).toEqual(['person', 'organization', 'place', 'group']);
    await change(input('input[value="underline"]'), true);
    expect(store.get().highlightStyle).toBe('underline');
    await change(input('input[name="highlightClaims"]'), false);
    expect(store.get().highlightClaims).toBe(false);
    expect(status()).toBe('Saved.');
  });

  it('keeps the hover delay within bounds', async () => {
    const store = show();
    const delay = input('#hover-delay');
    delay.value = '99999';
    await change(delay);
    expect(store.get().hoverDelay).toBe(2000);
    expect(delay.value).toBe('2000');
  });

  it('explains Wikipedia lookups and says when they are turned on or off', async () => {
    const store = show();
    const lookups = input('input[name="lookups"]');
    expect(lookups.checked).toBe(false);
    expect(root.querySelector(`#${lookups.getAttribute('aria-describedby')}`)?.textContent).toMatch(/Only the names .* never the page's text or address/);
    await change(lookups, true);
    expect(store.get().lookups).toBe(true);
    expect(status()).toBe('Wikipedia lookups are on.');
  });

  it('saves the sites where Backstory stays off, cleaned up, and names what it left out', async () => {
    const store = show();
    const area = root.querySelector('textarea')!;
    area.value = 'https://www.example.com/news/1\nexample.org\nnot a site';
    await act(async () => void area.dispatchEvent(new Event('input', { bubbles: true })));
    await act(async () => root.querySelector<HTMLButtonElement>('[data-action="save-sites"]')!.click());
    await flush();
    expect(store.get().disabledSites).toEqual(['www.example.com', 'example.org']);
    expect(area.value).toBe('www.example.com\nexample.org');
    expect(root.querySelector('#sites-error')?.textContent).toBe('Not a site name, left out: not, a, site');
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(status()).toBe('Site list saved.');
  });

  it('clears cached data but keeps the settings, and says when there was nothing', async () => {
    const store = show();
    const button = root.querySelector<HTMLButtonElement>('[data-action="clear-cache"]')!;
    await act(async () => button.click());
    await flush();
    expect(store.cache).toEqual(['settings']);
    expect(status()).toBe('Cached data cleared.');
    await act(async () => button.click());
    await flush();
    expect(status()).toBe('Nothing was cached.');
  });

  it('follows settings changed elsewhere (the popup turning a site off)', async () => {
    const store = show();
    await store.save({ disabledSites: ['news.example'] });
    act(() => render(<Options settings={store.get()} save={store.save} clearCache={store.clearCache} />, root));
    await flush();
    expect(root.querySelector('textarea')!.value).toBe('news.example');
  });
});
