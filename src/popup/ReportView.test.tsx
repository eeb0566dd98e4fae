// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../export/files.ts';
import { sampleAnalysis } from '../export/sample-analysis.ts';
import type { TabReport } from '../shared/protocol.ts';
import { ReportView, type PopupActions, type ReportViewProps } from './ReportView.tsx';

const URL_ = 'https://news.example/2025/10/talks';

function annotatedReport(over: Partial<TabReport> = {}): TabReport {
  return {
    tabId: 7,
    state: 'annotated',
    meta: { url: URL_, title: 'Talks end without agreement', siteName: 'News Example', byline: 'A. Reporter', publishedTime: '2025-10-31T09:30:00Z', lang: 'en', words: 700 },
    analysis: sampleAnalysis(),
    message: null,
    highlights: true,
    updatedAt: 0,
    ...over,
  };
}

function spyActions() {
  const calls: Array<[string, unknown]> = [];
  const saved: ExportFile[] = [];
  const copied: string[] = [];
  const actions: PopupActions = {
    annotate: (force) => calls.push(['annotate', force]),
    toggleHighlights: () => calls.push(['toggleHighlights', null]),
    toggleSite: () => calls.push(['toggleSite', null]),
    openReport: () => calls.push(['openReport', null]),
    openSettings: () => calls.push(['openSettings', null]),
    reveal: (target) => calls.push(['reveal', target]),
    save: (file) => void saved.push(file),
    copy: async (text) => {
      copied.push(text);
      return true;
    },
  };
  return { actions, calls, saved, copied };
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

function show(report: TabReport | null, over: Partial<ReportViewProps> = {}) {
  const spy = spyActions();
  act(() => {
    render(<ReportView report={report} url={URL_} site="news.example" siteOff={false} fullReport={false} actions={spy.actions} {...over} />, root);
  });
  return spy;
}

/** Visible text: without the words only screen readers get (.sr-only). */
const visible = (e: Element) => {
  const copy = e.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
};
const text = (sel: string) => [...root.querySelectorAll(sel)].map(visible);
const button = (name: string | RegExp) => {
  const found = [...root.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? '')));
  if (!found) throw new Error(`no button ${name}; have ${text('button').join(' | ')}`);
  return found;
};
const click = (el: Element) => act(() => void (el as HTMLElement).click());

describe('popup for an annotated article', () => {
  it('shows title, outlet, byline, date and reading time in the header', () => {
    show(annotatedReport());
    expect(root.querySelector('h1')?.textContent).toBe('Talks end without agreement');
    const meta = root.querySelector('.head__meta')?.textContent ?? '';
    expect(meta).toMatch(/^News Example · A\. Reporter · .*2025.* · 3 min read$/);
    expect(root.querySelector('[data-state]')).toBeNull();
  });

  it('shows the summary sentences with buttons for the actors they involve, which reveal them in the page', () => {
    const { calls } = show(annotatedReport());
    const items = root.querySelectorAll('[data-section="summary"] ol > li');
    expect(items).toHaveLength(3);
    expect(items[1]!.querySelector('.summary__text')?.textContent).toMatch(/^Pakistan’s Information Minister, Atta Tarar, said/);
    expect([...items[1]!.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['Pakistan', 'Atta Tarar', 'Afghan delegation']);
    click(items[1]!.querySelectorAll('.chip')[1]!);
    expect(calls).toContainEqual(['reveal', { entity: 'e4' }]);
  });

  it('lists who’s who by type, most salient first, and a click on a name reveals the first mention', () => {
    const { calls } = show(annotatedReport());
    const groups = text('[data-section="actors"] .group > h3');
    expect(groups).toEqual(['People 2', 'Organisations 1', 'Places 5', 'Groups 1']);
    // Screen readers hear what the number counts.
    expect(root.querySelector('[data-section="actors"] .group > h3 .sr-only')?.textContent).toBe('2 actors');
    const people = [...root.querySelectorAll('[data-section="actors"] [data-entity-id]')].map((li) => li.getAttribute('data-entity-id'));
    expect(people.slice(0, 2)).toEqual(['e4', 'e9']);
    const tarar = root.querySelector('[data-entity-id="e4"]')!;
    expect(tarar.textContent).toContain('Information Minister');
    expect(tarar.textContent).toContain('Pakistan');
    expect(tarar.textContent).toContain('Mentioned 2 times');
    click([...tarar.querySelectorAll('button')].find((b) => b.textContent === 'Atta Tarar')!);
    expect(calls).toContainEqual(['reveal', { entity: 'e4' }]);
  });

  it('leaves a slot for background from Wikipedia under an actor when there is one', () => {
    show(annotatedReport(), { renderBackground: (e) => (e.id === 'e9' ? <p>Pakistani politician</p> : null) });
    expect(text('[data-slot="background"]')).toEqual(['Pakistani politician']);
    expect(root.querySelector('[data-entity-id="e9"] [data-slot="background"]')).not.toBeNull();
  });

  it('groups who said what by speaker, with each claim’s kind; a click reveals the claim', () => {
    const { calls } = show(annotatedReport());
    const speakers = text('[data-section="claims"] h3');
    expect(speakers).toEqual([
      'Atta Tarar · Information Minister 1',
      'Khawaja Asif · Defence Minister 1',
      'Sources close to the talks · Unnamed sources 1',
      'Unsigned 1',
    ]);
    expect(root.querySelector('[data-section="claims"] h3 .sr-only')?.textContent).toBe('1 claim');
    expect(text('[data-section="claims"] li')[3]).toBe('allegation these instructions caused the breakdown of the talks');
    click(button(/consider other options/));
    expect(calls).toContainEqual(['reveal', { claim: 'c4' }]);
  });

  it('shows at a glance that only one side is heard, and who is talked about but never heard', () => {
    show(annotatedReport());
    const section = root.querySelector('[data-section="sourcing"]')!;
    expect(section.querySelector('.verdict')?.getAttribute('data-balance')).toBe('one-side');
    expect(section.querySelector('.verdict')?.textContent).toBe('One side only: every named claim comes from Pakistan.');
    const sides = [...section.querySelectorAll('[data-side]')].map((li) => [li.textContent?.replace(/\s+/g, ' ').trim(), li.getAttribute('data-claims')]);
    expect(sides[0]).toEqual(['Pakistan: 2 claims (Atta Tarar, Khawaja Asif)', '2']);
    expect(sides.slice(1).map(([, n]) => n)).toEqual(['0', '0', '0']);
    expect(sides.slice(1).map(([label]) => label)).toEqual([
      'Afghan Taliban: talked about, never heard',
      'Afghan delegation: talked about, never heard',
      'Kabul: talked about, never heard',
    ]);
    // The bar for the heard side is full, the unheard ones empty.
    const fills = [...section.querySelectorAll('[data-side] .bar__fill')].map((f) => (f as HTMLElement).style.width);
    expect(fills).toEqual(['100%', '0%', '0%', '0%']);
    expect(text('[data-count]')).toEqual(['Named sources: 2', 'Unnamed sources: 1', 'No source at all: 1 (unsigned allegations: 1)']);
  });

  it('takes the actors never quoted from the core’s sourcing when the analysis carries it; sides still follow the claims', () => {
    const analysis = sampleAnalysis();
    analysis.sourcing = {
      speakers: [],
      sides: [
        { entity: 'e1', name: 'Pakistan', claims: 2, speakers: 2 },
        { entity: 'e2', name: 'Afghan Taliban', claims: 1, speakers: 1 },
      ],
      named: 3,
      anonymous: 1,
      unsourced: 0,
      unsignedAllegations: [],
      unquoted: [{ entity: 'e6', name: 'Kabul', mentions: 1 }],
      note: '',
    };
    show(annotatedReport({ analysis }));
    expect(root.querySelector('.verdict')?.getAttribute('data-balance')).toBe('one-side');
    expect(text('[data-side]:not([data-unheard])')).toEqual(['Pakistan: 2 claims (Atta Tarar, Khawaja Asif)']);
    expect(text('[data-unheard]')).toEqual(['Kabul: talked about, never heard']);
  });

  it('exports the brief, the JSON and the Web Annotations as files, and copies the brief', async () => {
    const { saved, copied } = show(annotatedReport());
    const names = ['Download brief (.md)', 'Download analysis (.json)', 'Download Web Annotations (.jsonld)'];
    for (const [i, name] of names.entries()) {
      await act(async () => button(name).click());
      // The export code loads on first use.
      await expect.poll(() => saved.length).toBe(i + 1);
    }
    expect(saved.map((f) => [f.name, f.type])).toEqual([
      ['backstory-talks-end-without-agreement.md', 'text/markdown;charset=utf-8'],
      ['backstory-talks-end-without-agreement.json', 'application/json'],
      ['backstory-talks-end-without-agreement.jsonld', 'application/ld+json'],
    ]);
    expect(saved[0]!.content).toMatch(/^# Talks end without agreement\n/);
    expect(JSON.parse(saved[1]!.content)).toEqual(sampleAnalysis());
    const collection = JSON.parse(saved[2]!.content);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items[0].target.source).toBe(URL_);
    await act(async () => {
      button('Copy brief').click();
    });
    await expect.poll(() => copied.length).toBe(1);
    await act(async () => {});
    expect(copied[0]).toBe(saved[0]!.content);
    expect(root.querySelector('[data-section="export"] [role="status"]')?.textContent).toBe('Brief copied to the clipboard.');
  });

  it('says so when the clipboard refuses', async () => {
    const spy = spyActions();
    spy.actions.copy = async () => false;
    act(() => render(<ReportView report={annotatedReport()} url={URL_} site="news.example" siteOff={false} fullReport={false} actions={spy.actions} />, root));
    await act(async () => button('Copy brief').click());
    await expect.poll(() => root.querySelector('[data-section="export"] [role="status"]')?.textContent).toBe('Could not copy: use the Markdown download instead.');
  });

  it('has pressed-state toggles for highlights and the site, the full report and settings', () => {
    const { calls } = show(annotatedReport());
    const highlights = root.querySelector('[data-action="toggle-highlights"]')!;
    expect(highlights.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[data-action="toggle-site"]')!.textContent).toBe('On news.example');
    expect(root.querySelector('[data-action="toggle-site"]')!.getAttribute('aria-pressed')).toBe('true');
    click(highlights);
    click(root.querySelector('[data-action="toggle-site"]')!);
    click(root.querySelector('[data-action="open-report"]')!);
    click(root.querySelector('[data-action="settings"]')!);
    expect(calls.map(([name]) => name)).toEqual(['toggleHighlights', 'toggleSite', 'openReport', 'openSettings']);
  });

  it('in the full report tab, has no "open full report" button', () => {
    show(annotatedReport(), { fullReport: true });
    expect(root.querySelector('[data-action="open-report"]')).toBeNull();
  });

  it('keeps the analysis on screen when the reader only hid the highlights', () => {
    show(annotatedReport({ state: 'off', highlights: false }));
    expect(root.querySelector('[data-action="toggle-highlights"]')!.getAttribute('aria-pressed')).toBe('false');
    expect(root.querySelector('[data-section="actors"]')).not.toBeNull();
    expect(root.querySelector('[data-state]')).toBeNull();
  });
});

describe('popup states', () => {
  it('while analysing: a busy status and nothing stale', () => {
    show(annotatedReport({ state: 'analyzing', analysis: null }));
    const status = root.querySelector('[role="status"][data-state="analyzing"]')!;
    expect(status.textContent).toContain('Reading the article…');
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('[data-section]')).toBeNull();
  });

  it('no article found: says so and offers "Annotate anyway", which forces annotation', () => {
    const { calls } = show(annotatedReport({ state: 'no-article', analysis: null, message: 'This page does not look like a news article.' }));
    expect(root.querySelector('[data-state="no-article"]')!.textContent).toContain('does not look like a news article');
    click(button('Annotate anyway'));
    expect(calls).toEqual([['annotate', true]]);
  });

  it('not English: says Backstory reads English only, with no pointless annotate button', () => {
    const analysis = { ...sampleAnalysis(), language: 'de' };
    show(annotatedReport({ state: 'no-article', analysis: null, message: 'This article is not in English; Backstory reads English news only for now.' }));
    expect(root.querySelector('[data-state="not-english"]')!.textContent).toContain('not in English');
    expect(root.querySelector('[data-action="annotate"]')).toBeNull();
    show(annotatedReport({ state: 'no-article', analysis, message: null }));
    expect(root.querySelector('[data-state="not-english"]')).not.toBeNull();
  });

  it('error: an alert with what went wrong, what to do, and a retry', () => {
    const { calls } = show(annotatedReport({ state: 'error', analysis: null, message: 'Analysis timed out' }));
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Something went wrong while reading this page. (Analysis timed out)');
    expect(alert.textContent).toContain('Reload the page and try again');
    click(button('Try again'));
    expect(calls).toEqual([['annotate', true]]);
  });

  it('never looked at: offers to annotate the page', () => {
    const { calls } = show(null);
    expect(root.querySelector('[data-state="none"]')!.textContent).toContain('has not looked at this page yet');
    click(button('Annotate this page'));
    expect(calls).toEqual([['annotate', true]]);
    expect(root.querySelector('h1')?.textContent).toBe('Backstory');
  });

  it('every control is a real button reachable by keyboard, with a name', () => {
    show(annotatedReport());
    for (const b of root.querySelectorAll('button')) {
      expect(b.getAttribute('type')).toBe('button');
      expect(b.tabIndex).toBe(0);
      expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim().length).toBeGreaterThan(0);
    }
  });
});

describe('moving around the popup', () => {
  it('links to every section, and following a link puts focus on its heading', () => {
    show(annotatedReport());
    const links = [...root.querySelectorAll<HTMLAnchorElement>('nav.jump a')];
    expect(links.map((a) => a.textContent)).toEqual(['Summary', 'Sourcing', "Who's who", 'Who said what', 'Export']);
    for (const a of links) expect(root.querySelector(a.getAttribute('href')!), a.href).not.toBeNull();
    Element.prototype.scrollIntoView = function scrollIntoView() {}; // jsdom does no layout
    click(links[2]!);
    expect(document.activeElement?.id).toBe('actors-h');
  });
});
