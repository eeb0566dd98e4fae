import { describe, expect, it } from 'vitest';
import { entitiesUrl, parseEntities, parseSearch, parseSummary, searchUrl, summaryUrl } from './wiki-api.ts';

describe('URLs', () => {
  it('carry the name and nothing else from the page', () => {
    const url = new URL(searchUrl('https://www.wikidata.org/', 'Khawaja Asif'));
    expect(url.pathname).toBe('/w/api.php');
    expect(url.searchParams.get('action')).toBe('wbsearchentities');
    expect(url.searchParams.get('search')).toBe('Khawaja Asif');
    expect(url.searchParams.get('type')).toBe('item');
    expect(new URL(entitiesUrl('https://www.wikidata.org', ['Q1', 'Q2'])).searchParams.get('ids')).toBe('Q1|Q2');
    expect(summaryUrl('https://en.wikipedia.org', 'Istanbul Province')).toBe('https://en.wikipedia.org/api/rest_v1/page/summary/Istanbul_Province');
    expect(summaryUrl('https://en.wikipedia.org', 'AC/DC')).toBe('https://en.wikipedia.org/api/rest_v1/page/summary/AC%2FDC');
  });
});

describe('parsers', () => {
  it('read a wbsearchentities answer, keeping the matched alias', () => {
    const hits = parseSearch({
      searchinfo: { search: 'Türkiye' },
      search: [{ id: 'Q43', label: 'Turkey', description: 'country', match: { type: 'alias', language: 'en', text: 'Türkiye' }, aliases: ['Türkiye'] }, { id: 'bad' }],
      success: 1,
    });
    expect(hits).toEqual([{ id: 'Q43', label: 'Turkey', description: 'country', aliases: ['Türkiye'], matchType: 'alias' }]);
    expect(parseSearch({ error: { code: 'maxlag' } })).toBeNull();
    expect(parseSearch('nonsense')).toBeNull();
  });

  it('read P31 ignoring deprecated statements, the enwiki title, and skip missing items', () => {
    const snak = (id: string) => ({ snaktype: 'value', property: 'P31', datavalue: { value: { 'entity-type': 'item', 'numeric-id': Number(id.slice(1)), id }, type: 'wikibase-entityid' } });
    const infos = parseEntities({
      entities: {
        Q406: {
          id: 'Q406',
          claims: { P31: [{ mainsnak: snak('Q1549591'), rank: 'normal' }, { mainsnak: snak('Q5119'), rank: 'deprecated' }, { mainsnak: { snaktype: 'novalue' }, rank: 'normal' }] },
          sitelinks: { enwiki: { site: 'enwiki', title: 'Istanbul', badges: [] } },
        },
        Q9: { id: 'Q9', missing: '' },
      },
      success: 1,
    });
    expect(infos?.get('Q406')).toEqual({ classes: ['Q1549591'], enwiki: 'Istanbul' });
    expect(infos?.has('Q9')).toBe(false);
    expect(parseEntities({})).toBeNull();
  });

  it('read a page summary as plain text and reject unsafe links', () => {
    const s = parseSummary({
      type: 'standard',
      title: 'Attaullah_Tarar',
      titles: { canonical: 'Attaullah_Tarar', normalized: 'Attaullah Tarar', display: '<span>Attaullah Tarar</span>' },
      description: 'Pakistani politician',
      extract: 'Attaullah Tarar is a Pakistani politician.',
      extract_html: '<p><b>Attaullah Tarar</b> is a Pakistani politician.</p>',
      thumbnail: { source: 'http://insecure.example/x.jpg', width: 1, height: 1 },
      content_urls: { desktop: { page: 'javascript:alert(1)' } },
      wikibase_item: 'Q16196329',
    });
    expect(s).toEqual({
      type: 'standard',
      title: 'Attaullah Tarar',
      description: 'Pakistani politician',
      extract: 'Attaullah Tarar is a Pakistani politician.',
      url: null,
      thumbnail: null,
      wikibaseItem: 'Q16196329',
    });
    expect(parseSummary({ type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found', title: 'Not found.' })).not.toBeNull();
    expect(parseSummary([])).toBeNull();
  });
});
