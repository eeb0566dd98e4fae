import { describe, expect, it } from 'vitest';
import { parseBrat } from './eval-polnear.ts';

// A PolNeAR-shaped standoff file: a quote in two pieces around its cue, and an attribution without a source.
const ann = [
  'T1\tContent 0 10;20 30\t“One two,” “three”',
  'T2\tCue 11 15\tsaid',
  'T3\tSource 16 19\tAnn',
  'T4\tAttribution 11 15\tsaid',
  'E1\tAttribution:T4 Cue:T2 Source:T3 Content:T1',
  'T5\tCue 40 47\tunknown',
  'T6\tContent 48 60\tabout things',
  'T7\tAttribution-no-source 40 47\tunknown',
  'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
  'T8\tDiscuss 0 5\tnoise',
].join('\n');

describe('parseBrat', () => {
  it('ties each attribution to its source, cue and every piece of its content', () => {
    const [quote, impersonal] = parseBrat(ann);
    if (!quote || !impersonal) throw new Error('two attributions expected');
    expect(quote.source?.text).toBe('Ann');
    expect(quote.cue?.text).toBe('said');
    expect(quote.content?.spans).toEqual([
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ]);
    expect(impersonal.source).toBeNull();
    expect(impersonal.content?.text).toBe('about things');
  });

  it('reads only attribution events', () => {
    expect(parseBrat(ann)).toHaveLength(2);
  });
});
