import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownBrief } from './markdown.ts';
import { sampleAnalysis } from './sample-analysis.ts';

const meta = {
  url: 'https://news.example/2025/10/talks-collapse',
  title: 'Pakistan–Taliban talks end without agreement',
  siteName: 'News Example',
  byline: 'A. Reporter',
  publishedTime: '2025-10-31T09:30:00Z',
};

describe('Markdown brief', () => {
  const md = markdownBrief(sampleAnalysis(), meta);
  const section = (heading: string) => {
    const start = md.indexOf(`## ${heading}\n`);
    expect(start, `section ${heading}`).toBeGreaterThanOrEqual(0);
    const next = md.indexOf('\n## ', start + 3);
    return md.slice(start, next < 0 ? undefined : next);
  };

  it('starts with the title, outlet, byline, date and a link to the page', () => {
    expect(md.split('\n').slice(0, 5)).toEqual([
      '# Pakistan–Taliban talks end without agreement',
      '',
      'News Example · A. Reporter · 2025-10-31',
      '',
      '<https://news.example/2025/10/talks-collapse>',
    ]);
  });

  it('lists the summary sentences with the actors each involves', () => {
    const summary = section('Summary');
    expect(summary).toContain('1. Talks between Pakistan and the Afghan Taliban in Istanbul ended without an agreement on Friday. _(Pakistan, Afghan Taliban, Istanbul)_');
    expect(summary).toMatch(/^2\. Pakistan’s Information Minister, Atta Tarar, said .* _\(Pakistan, Atta Tarar, Afghan delegation\)_$/m);
    expect(summary).toMatch(/^3\. Defence Minister Khawaja Asif warned .* _\(Khawaja Asif, Pakistan\)_$/m);
  });

  it('gives who’s who by type, most salient first, with role, affiliation and mentions', () => {
    const who = section('Who\'s who');
    expect(who.indexOf('### People')).toBeLessThan(who.indexOf('### Organisations'));
    expect(who).toContain('- **Atta Tarar** — Information Minister, Pakistan · Mentioned 2 times');
    expect(who.indexOf('**Atta Tarar**')).toBeLessThan(who.indexOf('**Khawaja Asif**'));
    expect(who).toContain('- **Kabul** (Stands for the government here) · Mentioned once');
  });

  it('gives who said what, each claim with its kind under its speaker', () => {
    const said = section('Who said what');
    expect(said).toContain('### Atta Tarar (Information Minister)\n\n- _quote_: the Afghan delegation “sidestepped the critical issue” of cross-border attacks');
    expect(said).toContain('### Sources close to the talks — Unnamed sources');
    expect(said).toContain('### Unsigned\n\n- _allegation_: these instructions caused the breakdown of the talks');
  });

  it('sums up the sourcing: one side heard, counts, the unheard', () => {
    const sourcing = section('Sourcing');
    expect(sourcing).toContain('One side only: every named claim comes from Pakistan.');
    expect(sourcing).toContain('Named sources: 2 · unnamed: 1 · unsigned: 1');
    expect(sourcing).toContain('- Pakistan: 2 claims: Atta Tarar, Khawaja Asif');
    expect(sourcing).toMatch(/Talked about, never heard: Afghan Taliban, Afghan delegation, Kabul/);
  });

  it('does not repeat a lone speaker as their own side’s speaker list', () => {
    const a = sampleAnalysis();
    a.entities.find((e) => e.id === 'e9')!.affiliation = null;
    const sourcing = markdownBrief(a, meta).split('## Sourcing')[1]!;
    expect(sourcing).toContain('- Khawaja Asif: 1 claim\n');
    expect(sourcing).toContain('- Pakistan: 1 claim: Atta Tarar\n');
    expect(sourcing).toContain('Several sides are heard.');
  });

  it('keeps article text from turning into Markdown formatting or links', () => {
    expect(escapeMarkdown('a *bold* [link](x) <b>_x_</b> # not a heading')).toBe(
      'a \\*bold\\* \\[link\\](x) \\<b\\>\\_x\\_\\</b\\> \\# not a heading',
    );
    const tricky = sampleAnalysis();
    tricky.title = '**Breaking** [click](https://evil.example)';
    expect(markdownBrief(tricky, { url: meta.url }).split('\n')[0]).toBe('# \\*\\*Breaking\\*\\* \\[click\\](https://evil.example)');
  });

  it('still reads well for an article with no actors and no claims', () => {
    const empty = { ...sampleAnalysis(), entities: [], claims: [], summary: [] };
    const out = markdownBrief(empty, { url: meta.url, title: null });
    expect(out).toContain('No actors found.');
    expect(out).toContain('No attributed claims found.');
    expect(out).not.toContain('## Sourcing');
    expect(out).not.toContain('## Summary');
  });
});
