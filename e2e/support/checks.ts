/**
 * Assertions on the page contract shared by the Chromium and Firefox tests. They take an
 * `evaluate` function, so they work with a Playwright page and a Puppeteer page alike.
 */
import { expect } from 'vitest';
import { CHROME_ONLY_NAMES } from '../../demo/build.ts';
import { REQUIRED_DEMO_ACTORS, markedNames, readCard, readMarks, readPopupActors, readState } from './probes.ts';

export type Evaluate = <T>(fn: () => T | Promise<T>) => Promise<T>;

export async function waitForState(evaluate: Evaluate, state: string, timeout = 30_000): Promise<void> {
  await expect.poll(() => evaluate(readState), { timeout, interval: 100 }).toBe(state);
}

/** Waits until the card is open (or closed) and returns its visible text. */
export async function waitForCard(evaluate: Evaluate, open: boolean): Promise<string> {
  await expect.poll(() => evaluate(readCard), { timeout: 10_000, interval: 100 }).toMatchObject({ open });
  return (await evaluate(readCard)).text;
}

/** The demo article is annotated with the required actors, and nothing in the page chrome is. */
export async function expectDemoAnnotated(evaluate: Evaluate): Promise<void> {
  await waitForState(evaluate, 'annotated');
  const marks = await evaluate(readMarks);
  const names = markedNames(marks);
  for (const name of REQUIRED_DEMO_ACTORS) expect(names, `a highlight for ${name}`).toContain(name);
  expect([...marks.entities, ...marks.claims].filter((m) => !m.inArticle), 'highlights outside the article').toEqual([]);
  for (const name of CHROME_ONLY_NAMES) expect(names, `page chrome name ${name}`).not.toContain(name);
}

/** The popup page lists the demo's main actors (poll: it loads the tab's report asynchronously). */
export async function expectPopupListsActors(evaluate: Evaluate, names = ['Atta Tarar', 'Khawaja Asif', 'Pakistan']): Promise<void> {
  let listed = '';
  const read = async () => (listed = (await evaluate(readPopupActors)).map((a) => a.text).join(' | '));
  await expect
    .poll(read, { timeout: 15_000, interval: 200 })
    .toSatisfy((text: string) => names.every((n) => text.includes(n)))
    .catch(() => {}); // the precise assertions below report what is missing
  for (const name of names) expect(listed, 'actors listed in the popup').toContain(name);
}

/**
 * Presses Tab from the top of the page until a highlight has focus; returns its entity id
 * and the texts of all that entity's highlights (the card must name it by one of them).
 */
export async function tabToFirstHighlight(
  evaluate: Evaluate,
  pressTab: () => Promise<void>,
): Promise<{ id: string; mentions: string[] }> {
  await evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  for (let i = 0; i < 60; i++) {
    await pressTab();
    const id = await evaluate(() => {
      const el = document.activeElement;
      return el?.matches('mark[data-backstory-entity]') ? el.getAttribute('data-backstory-entity') : null;
    });
    if (id) {
      const mentions = (await evaluate(readMarks)).entities.filter((m) => m.id === id).map((m) => m.text);
      return { id, mentions };
    }
  }
  throw new Error('No highlight received focus after 60 presses of Tab');
}

/** Keyboard users get the card too: Tab to a highlight opens it, Escape closes it. */
export async function expectKeyboardCard(evaluate: Evaluate, press: (key: string) => Promise<void>): Promise<void> {
  const { mentions } = await tabToFirstHighlight(evaluate, () => press('Tab'));
  const text = await waitForCard(evaluate, true);
  expect(text).toMatch(/\b(person|organi[sz]ation|place|group)\b/i);
  expect(mentions.some((t) => text.includes(t)), `card "${text}" names one of ${mentions.join(', ')}`).toBe(true);
  await press('Escape');
  await waitForCard(evaluate, false);
}

/** Claims are highlighted in the article only, and Tarar's direct quote is among them. */
export async function expectDemoClaims(evaluate: Evaluate): Promise<void> {
  const { claims } = await evaluate(readMarks);
  expect(claims.length, 'claim highlights').toBeGreaterThan(0);
  expect(claims.filter((c) => !c.inArticle)).toEqual([]);
  const quote = claims.filter((c) => c.text.includes('sidestepped the critical issue'));
  expect(quote.length, 'a claim highlight on Tarar\'s quote').toBeGreaterThan(0);
}

/** The saved BBC page (src/page/fixtures/bbc-1): annotated, with highlights inside its story body only. */
export async function expectBbcAnnotated(evaluate: Evaluate): Promise<void> {
  await waitForState(evaluate, 'annotated', 45_000);
  const names = [...markedNames(await evaluate(readMarks))];
  expect(names.some((n) => /\bObama\b/.test(n)), `Obama among ${names.join(', ')}`).toBe(true);
  expect(names).toContain('Kenya');
  const outside = await evaluate(
    () =>
      [...document.querySelectorAll('mark[data-backstory-entity], mark[data-backstory-claim]')].filter(
        (m) => !m.closest('.story-body'),
      ).length,
  );
  expect(outside, 'highlights outside the story body').toBe(0);
}

/** A news front page (src/page/fixtures/front-page): not an article, so no highlights and no card. */
export async function expectFrontPageLeftAlone(evaluate: Evaluate): Promise<void> {
  await waitForState(evaluate, 'no-article', 30_000);
  expect((await evaluate(readMarks)).entities).toEqual([]);
  expect(await evaluate(() => document.querySelectorAll('backstory-card').length)).toBe(0);
}

/** The popup on the demo article shows the whole picture: summary, claims by speaker, and the one-sided sourcing. */
export async function expectPopupShowsWholePicture(evaluate: Evaluate): Promise<void> {
  const read = () =>
    evaluate(() => ({
      summary: document.querySelectorAll('[data-section="summary"] ol > li').length,
      speakers: [...document.querySelectorAll('[data-section="claims"] .speaker')].map((g) => ({
        name: g.querySelector('h3')?.textContent ?? '',
        claims: g.querySelectorAll('li').length,
      })),
      sides: [...document.querySelectorAll('[data-section="sourcing"] [data-side]')].map((li) => ({
        text: li.textContent ?? '',
        claims: Number(li.getAttribute('data-claims')),
        unheard: li.getAttribute('data-unheard') === 'true',
      })),
    }));
  let seen = await read();
  await expect.poll(async () => (seen = await read()).summary, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
  expect(seen.summary, 'summary sentences').toBeLessThanOrEqual(5);
  const tarar = seen.speakers.find((s) => s.name.includes('Atta Tarar'));
  expect(tarar?.claims ?? 0, 'claims under Atta Tarar').toBeGreaterThanOrEqual(5);
  expect(seen.speakers.some((s) => s.name.includes('Khawaja Asif')), 'Khawaja Asif among the speakers').toBe(true);
  // One side heard, the other only talked about.
  expect(seen.sides.some((s) => s.text.includes('Pakistan') && s.claims > 5), 'Pakistan’s side heard').toBe(true);
  expect(seen.sides.some((s) => s.unheard && /Afghan|Taliban|Kabul/.test(s.text)), 'the Afghan side shown as never heard').toBe(true);
}
