// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BoilerplateFilter, isTimestampLine } from './boilerplate.ts';

describe('isTimestampLine', () => {
  it.each([
    'Updated 10:01 pm PST, Tuesday, November 19, 2019',
    'PUBLISHED: 10:48, Tue, Nov 19, 2019',
    'By Jane Doe - 11/18/19 11:04 PM EST',
    'Posted: Fri 6:45 PM, Feb 16, 2018 |',
    'Updated at 1:23 p.m.',
  ])('takes "%s" for a date line', (line) => {
    expect(isTimestampLine(line)).toBe(true);
  });

  it.each([
    'The vote is at 10:30 on Tuesday.',
    'Talks resume in March 2024',
    '10 p.m.',
    '29 November 2018 | 20 January 2019',
    'Shares of Lowe’s fell 1.62 to 113.40',
    'Round 2: May 2019 election results',
  ])('keeps "%s"', (line) => {
    expect(isTimestampLine(line)).toBe(false);
  });
});

describe('BoilerplateFilter', () => {
  const body =
    'The minister told reporters on Tuesday that the talks would continue next week in the capital, ' +
    'according to two officials who spoke on condition of anonymity.';

  function filterFor(html: string): { filter: BoilerplateFilter; root: Element } {
    const root = document.createElement('div');
    root.innerHTML = html;
    return { filter: new BoilerplateFilter(root), root };
  }

  it('drops link lists, captions and furniture classes but not paragraphs with a few links', () => {
    const { filter, root } = filterFor(
      `<p>${body} <a href="/x">More</a> about it.</p><p>${body}</p><p>${body}</p>` +
        `<ul id="links"><li><a href="/1">Other story</a></li><li><a href="/2">Another story</a></li></ul>` +
        `<figure><figcaption id="cap">The minister. Photo: Agency</figcaption></figure>` +
        `<div class="share-tools" id="share"><span>Share this</span></div>` +
        `<span class="sr-only" id="sr">Image 1 of 9</span>` +
        `<p class="has-caption" id="state">${body}</p>`,
    );
    const byId = (id: string): Element => root.querySelector(`#${id}`) as Element;
    expect(filter.isBoilerplate(root.querySelector('p') as Element)).toBe(false);
    expect(filter.isBoilerplate(byId('links'))).toBe(true);
    expect(filter.isBoilerplate(byId('cap'))).toBe(true);
    expect(filter.isBoilerplate(byId('share'))).toBe(true);
    expect(filter.isBoilerplate(byId('sr'))).toBe(true);
    expect(filter.isBoilerplate(byId('state'))).toBe(false);
  });

  it('never drops a part holding much of the article, whatever its class', () => {
    const { filter, root } = filterFor(`<div class="related" id="main"><p>${body}</p><p>${body}</p></div><p>Short.</p>`);
    expect(filter.isBoilerplate(root.querySelector('#main') as Element)).toBe(false);
  });
});
