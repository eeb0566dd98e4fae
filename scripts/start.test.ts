import { describe, expect, it, vi } from 'vitest';
import type { Analysis, Entity } from '../src/core/types.ts';
import { describeAnnotation, parseArgs, runHeadless, type Driver } from './start.ts';

describe('npm start options', () => {
  it('runs Chromium headful when there is a display, headless when asked or when there is none', () => {
    expect(parseArgs([], { DISPLAY: ':0' })).toMatchObject({ browser: 'chromium', headless: false });
    expect(parseArgs(['--headless'], { DISPLAY: ':0' }).headless).toBe(true);
    expect(parseArgs([], {}).headless).toBe(true);
    expect(parseArgs([], { WAYLAND_DISPLAY: 'wayland-0' }).headless).toBe(false);
  });

  it('accepts --browser firefox in both spellings and rejects unknown browsers', () => {
    expect(parseArgs(['--browser', 'firefox'], {}).browser).toBe('firefox');
    expect(parseArgs(['--browser=firefox'], {}).browser).toBe('firefox');
    expect(() => parseArgs(['--browser', 'safari'], {})).toThrow(/chromium or firefox/);
  });

  it('saves the screenshot as backstory-screenshot.png in the working directory unless told otherwise', () => {
    expect(parseArgs([], {}).screenshot).toBe(`${process.cwd()}/backstory-screenshot.png`);
    expect(parseArgs(['--screenshot', '/tmp/x.png'], {}).screenshot).toBe('/tmp/x.png');
  });
});

describe('describeAnnotation', () => {
  const entity = (id: string, name: string, type: Entity['type'], mentions: number, role: string | null = null): Entity => ({
    id,
    name,
    type,
    aliases: [],
    role,
    affiliation: null,
    mentions: Array.from({ length: mentions }, (_, i) => ({ start: i * 10, end: i * 10 + 5 })),
    salience: 0.5,
  });

  it('lists each actor with its type and mention count, and counts claims by kind', () => {
    const analysis: Analysis = {
      version: 1,
      title: null,
      language: 'en',
      text: '',
      entities: [entity('e1', 'Atta Tarar', 'person', 7, 'Information Minister'), entity('e2', 'Qatar', 'place', 2)],
      claims: [
        { id: 'c1', start: 0, end: 5, text: 'x', kind: 'quote', speaker: null },
        { id: 'c2', start: 6, end: 9, text: 'y', kind: 'quote', speaker: null },
        { id: 'c3', start: 9, end: 12, text: 'z', kind: 'allegation', speaker: null },
      ],
      summary: [],
    };
    const marks = {
      entities: [
        { id: 'e1', text: 'Atta Tarar', inArticle: true },
        { id: 'e1', text: 'Tarar', inArticle: true },
        { id: 'e2', text: 'Qatar', inArticle: true },
      ],
      claims: [{ id: 'c1', text: 'x', inArticle: true }],
    };
    const out = describeAnnotation(analysis, marks);
    expect(out).toMatch(/Actors \(2\)/);
    expect(out).toMatch(/Atta Tarar\s+person\s+7 mentions \(2 highlighted, Information Minister\)/);
    expect(out).toMatch(/Qatar\s+place\s+2 mentions \(1 highlighted\)/);
    expect(out).toMatch(/Claims: 3\n\s+quote 2, allegation 1/);
  });

  it('falls back to the highlights when the extension gave no report', () => {
    const out = describeAnnotation(null, {
      entities: [
        { id: 'e1', text: 'Atta Tarar', inArticle: true },
        { id: 'e1', text: 'Tarar', inArticle: true },
      ],
      claims: [],
    });
    expect(out).toMatch(/Actors highlighted \(1\)/);
    expect(out).toContain('Atta Tarar / Tarar  2 mentions');
  });
});

describe('headless run outcome', () => {
  // A page that never gets annotated: the run must fail loudly, not hang or pass.
  const stuck = (state: string | null): Driver => ({
    name: 'test page',
    evaluate: async () => state as never, // only the page state is read before the run gives up
    hoverMark: async () => {},
    screenshot: async () => {
      throw new Error('no screenshot expected');
    },
    report: async () => null,
    close: async () => {},
  });

  it('exits non-zero with the page state when Backstory did not annotate', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const options = { ...parseArgs(['--headless'], {}), timeoutMs: 300 };
      expect(await runHeadless(stuck('no-article'), 'http://x/', options)).toBe(1);
      expect(error.mock.calls.flat().join('\n')).toMatch(/did not annotate.*no-article/);
      expect(await runHeadless(stuck(null), 'http://x/', options)).toBe(1);
      expect(error.mock.calls.flat().join('\n')).toMatch(/content script never ran/);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
