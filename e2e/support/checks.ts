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
