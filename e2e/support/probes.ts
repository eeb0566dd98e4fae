/**
 * Functions evaluated inside the page (Playwright and Puppeteer serialise them
 * with toString()). They must be self-contained: no imports, no outer variables,
 * no named inner functions (tsx/esbuild would wrap those in a `__name` helper
 * that does not exist in the page).
 */

export interface MarkInfo {
  id: string;
  text: string;
  inArticle: boolean;
}

export interface MarksSnapshot {
  entities: MarkInfo[];
  claims: MarkInfo[];
}

export interface CardSnapshot {
  /** A <backstory-card> with visible content exists. */
  open: boolean;
  /** Visible text of the card (style elements excluded). */
  text: string;
}

export const readState = (): string | null => document.documentElement.getAttribute('data-backstory');

export const readMarks = (): MarksSnapshot => {
  const entities = [...document.querySelectorAll('mark[data-backstory-entity]')].map((m) => ({
    id: m.getAttribute('data-backstory-entity') ?? '',
    text: (m.textContent ?? '').replace(/\s+/g, ' ').trim(),
    inArticle: m.closest('article') !== null,
  }));
  const claims = [...document.querySelectorAll('mark[data-backstory-claim]')].map((m) => ({
    id: m.getAttribute('data-backstory-claim') ?? '',
    text: (m.textContent ?? '').replace(/\s+/g, ' ').trim(),
    inArticle: m.closest('article') !== null,
  }));
  return { entities, claims };
};

export const readCard = (): CardSnapshot => {
  const texts: string[] = [];
  let open = false;
  for (const host of document.querySelectorAll('backstory-card')) {
    const root = host.shadowRoot;
    if (!root) continue;
    const visible = [...root.querySelectorAll('*')].some((el) => {
      if (el.tagName === 'STYLE' || el.tagName === 'LINK') return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    });
    const text = [...root.children]
      .filter((el) => el.tagName !== 'STYLE' && el.tagName !== 'LINK')
      .map((el) => (el instanceof HTMLElement ? el.innerText : (el.textContent ?? '')))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (visible && text) {
      open = true;
      texts.push(text);
    }
  }
  return { open, text: texts.join(' | ') };
};

/** The article's innerHTML as the browser parses the page's original source (before any extension ran). */
export const originalArticleHtml = async (): Promise<string> => {
  const res = await fetch(location.href, { cache: 'no-store' });
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  return doc.querySelector('article')?.innerHTML ?? '';
};

export const currentArticleHtml = (): string => document.querySelector('article')?.innerHTML ?? '';

/** Actors listed by the popup page: elements with data-entity-id. */
export const readPopupActors = (): { id: string; text: string }[] =>
  [...document.querySelectorAll('[data-entity-id]')].map((el) => ({
    id: el.getAttribute('data-entity-id') ?? '',
    text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));

/**
 * The centre of `word` inside a claim highlight (scrolled into view), in viewport pixels,
 * or null. Hovering a word of a claim that is not itself an actor's name opens the claim's card.
 */
export const claimWordPoint = (word: string): { x: number; y: number } | null => {
  for (const mark of document.querySelectorAll('article mark[data-backstory-claim]')) {
    const walker = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(word) ?? -1;
      if (at < 0 || node.parentElement?.closest('mark[data-backstory-entity]')) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
  }
  return null;
};

/** Names a user would see highlighted: distinct texts of entity marks. */
export function markedNames(snapshot: MarksSnapshot): Set<string> {
  return new Set(snapshot.entities.map((m) => m.text));
}

/** Names the e2e tests require the analyzer to find on the demo page (kept modest on purpose). */
export const REQUIRED_DEMO_ACTORS = ['Atta Tarar', 'Khawaja Asif', 'Pakistan', 'Qatar', 'Türkiye', 'Istanbul'];
