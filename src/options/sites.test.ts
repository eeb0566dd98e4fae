import { describe, expect, it } from 'vitest';
import { cacheKeys, parseSites } from './sites.ts';

describe('sites where Backstory stays off', () => {
  it('takes host names one per line, pasted addresses, any case, without duplicates', () => {
    expect(parseSites('example.com\nhttps://www.BBC.co.uk/news/world-123?x=1\n  Example.com \nnews.example.org/path\nlocalhost:8080')).toEqual({
      sites: ['example.com', 'www.bbc.co.uk', 'news.example.org', 'localhost'],
      rejected: [],
    });
  });

  it('accepts commas and spaces as separators and international names', () => {
    expect(parseSites('a.example, b.example  bücher.example').sites).toEqual(['a.example', 'b.example', 'bücher.example']);
  });

  it('rejects what is not a host name, and says which', () => {
    expect(parseSites('not a site\nhttp://\nexample')).toEqual({ sites: [], rejected: ['not', 'a', 'site', 'http://', 'example'] });
  });
});

describe('clearing cached data', () => {
  it('removes every stored key except the settings', () => {
    expect(cacheKeys(['settings', 'wiki:Atta Tarar', 'wikidata:Q1'])).toEqual(['wiki:Atta Tarar', 'wikidata:Q1']);
    expect(cacheKeys(['settings'])).toEqual([]);
  });
});
