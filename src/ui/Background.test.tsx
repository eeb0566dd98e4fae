// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackgroundCard } from '../knowledge/types.ts';
import { Background } from './Background.tsx';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const TARAR: BackgroundCard = {
  entity: 'e2',
  title: 'Attaullah Tarar',
  description: 'Pakistani politician',
  extract: 'Attaullah Tarar is a Pakistani politician who has been the Federal Minister for Information and Broadcasting since 2024.',
  url: 'https://en.wikipedia.org/wiki/Attaullah_Tarar',
  thumbnail: { source: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/ab/Attaullah_Tarar.jpg/240px-Attaullah_Tarar.jpg', width: 240, height: 320 },
  wikidata: 'Q16196329',
  source: 'wikipedia',
  confidence: 0.8,
  candidates: [],
  note: null,
  facts: [{ label: 'Role in this article', value: 'Information Minister' }],
};

describe('Background', () => {
  it('shows who Wikipedia says the actor is, with a picture and a link to read more', () => {
    render(<Background card={TARAR} loading={false} />, root);
    expect(root.querySelector('.bg__title')?.textContent).toBe('Attaullah Tarar');
    expect(root.querySelector('.bg__description')?.textContent).toBe('Pakistani politician');
    expect(root.querySelector('.bg__extract')?.textContent).toMatch(/^Attaullah Tarar is a Pakistani politician/);
    const img = root.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('Picture: Attaullah Tarar');
    expect(img.getAttribute('width')).toBe('240');
    expect(img.getAttribute('height')).toBe('320');
    const more = root.querySelector<HTMLAnchorElement>('a.bg__more')!;
    expect(more.href).toBe('https://en.wikipedia.org/wiki/Attaullah_Tarar');
    expect(more.target).toBe('_blank');
    expect(more.rel).toMatch(/noopener/);
    expect(root.querySelector('.bg__source')?.textContent).toBe('From Wikipedia');
    expect(root.textContent).toContain('Information Minister');
  });

  it('renders text from Wikipedia as text, never as HTML', () => {
    const evil = { ...TARAR, extract: '<img src=x onerror="alert(1)"><b>bold</b>', description: '<script>alert(1)</script>' };
    render(<Background card={evil} loading={false} />, root);
    expect(root.querySelectorAll('img')).toHaveLength(1); // only the thumbnail
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('.bg__extract')?.textContent).toBe('<img src=x onerror="alert(1)"><b>bold</b>');
  });

  it('drops links that are not web links', () => {
    render(<Background card={{ ...TARAR, url: 'javascript:alert(1)', thumbnail: { source: 'javascript:x', width: 1, height: 1 } }} loading={false} />, root);
    expect(root.querySelector('a.bg__more')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
  });

  it('when not sure, says so and offers the candidates', () => {
    const unsure: BackgroundCard = {
      ...TARAR,
      title: 'Atta Tarar',
      description: null,
      extract: null,
      url: null,
      thumbnail: null,
      wikidata: null,
      source: 'article',
      confidence: 0,
      note: 'Not sure which “Atta Tarar” the article means.',
      candidates: [
        { id: 'Q131578923', label: 'Atta Tarar', description: 'Pakistani cricketer' },
        { id: 'Q16196329', label: 'Attaullah Tarar', description: 'Pakistani politician' },
      ],
    };
    render(<Background card={unsure} loading={false} />, root);
    expect(root.querySelector('.bg__note')?.textContent).toBe('Not sure which “Atta Tarar” the article means.');
    expect(root.textContent).toContain('Did you mean:');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.bg__candidates a')];
    expect(links.map((a) => a.textContent)).toEqual(['Atta Tarar', 'Attaullah Tarar']);
    expect(links[1]!.href).toBe('https://www.wikidata.org/wiki/Q16196329');
    expect(links.every((a) => a.target === '_blank' && a.rel.includes('noopener'))).toBe(true);
    expect(root.querySelector('.bg__source')?.textContent).toBe('From this article');
    expect(root.querySelector('.bg__title')).toBeNull();
  });

  it('shows built-in facts offline', () => {
    const offline: BackgroundCard = {
      ...TARAR,
      title: 'Qatar',
      description: 'Country in Asia',
      extract: null,
      url: null,
      thumbnail: null,
      source: 'offline',
      facts: [{ label: 'Capital', value: 'Doha' }],
    };
    render(<Background card={offline} loading={false} />, root);
    expect(root.querySelector('.bg__source')?.textContent).toBe('Built-in facts');
    expect([...root.querySelectorAll('.bg__facts div')].map((d) => d.textContent)).toEqual(['CapitalDoha']);
    expect(root.querySelector('.bg__licence')).toBeNull();
  });

  it('says it is looking while loading, and shows nothing when there is nothing', () => {
    render(<Background card={null} loading />, root);
    expect(root.textContent).toBe('Looking up background…');
    render(<Background card={null} loading={false} />, root);
    expect(root.textContent).toBe('');
  });
});
