/**
 * Page furniture that Readability leaves inside the article it picks: photo captions and
 * credits, bylines and datelines, "Related"/"Read more" link lists, share bars, ad labels,
 * text only screen readers see. Backstory analyses what the article says, so these parts
 * are left out of `ArticleText.text` (and never highlighted).
 *
 * Two general signals, no per-site rules:
 * - the element's class or id names it as furniture (the same vocabulary Readability and
 *   trafilatura use to score candidates);
 * - a block whose text is mostly link text (a list of other stories, a menu).
 * A part holding a large share of the article's text is never dropped, so a misleading
 * class on the article's own container cannot empty it.
 */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Class/id words that name furniture on a block element. */
const FURNITURE_WORDS = new Set([
  'caption', 'credit', 'credits', 'byline', 'dateline', 'timestamp', 'share', 'sharing', 'social',
  'related', 'promo', 'newsletter', 'subscribe', 'advert', 'advertisement', 'ad', 'ads',
  'breadcrumb', 'breadcrumbs',
]);

/** Text only screen readers see ("Skip to content", "Image 1 of 9"): dropped even inline. */
const SCREEN_READER_ONLY = /(?:^|[^a-z0-9])(?:sr-only|screen-reader-text|visually-?hidden|skip-link|offscreen)(?=[^a-z0-9]|$)/;

/** Words that turn a class into a state of the element ("no-caption", "has-related"). */
const STATE_PREFIXES = new Set(['no', 'has', 'with', 'without', 'is']);

/** Does one of the names (class names and id) name furniture? */
function namesFurniture(names: string): boolean {
  for (const name of names.split(/\s+/)) {
    // "articleCaption", "article__caption", "image-credit" → words.
    const words = name.split(/[-_]+|(?<=[a-z])(?=[A-Z])/).map((w) => w.toLowerCase());
    if (STATE_PREFIXES.has(words[0] ?? '')) continue;
    if (words.some((w) => FURNITURE_WORDS.has(w))) return true;
  }
  return false;
}

/** Inline elements: a class word alone does not drop them (a "dateline" span opens the lede). */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'FONT',
]);

/** Blocks judged by link density. */
const LINK_BLOCKS = new Set([
  'P', 'LI', 'UL', 'OL', 'DL', 'DIV', 'SECTION', 'ASIDE', 'NAV', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
]);

/** A block with at least this share of its text in links is a link list. */
const MAX_LINK_DENSITY = 0.7;
/** Never drop a part holding more than this share of the article's text. */
const MAX_DROPPED_SHARE = 0.3;

/** Blocks this short are checked for being a bare date line. */
const MAX_STAMP_CHARS = 90;

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;
const CLOCK = /\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?(?=\W|$)/gi;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/g;
/** "November 19, 2019", "Nov. 19 2019", "19 November 2019". */
const FULL_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}/i;
/** Small words that glue a date line together ("Updated at …", "on …"). */
const STAMP_GLUE = new Set(['at', 'on', 'by', 'and', 'of', 'the', 'am', 'pm', 'updated', 'published', 'posted', 'modified', 'last']);
const STAMP_WORD = /(?:^|[^\p{L}])(?:updated|published|posted|modified|last|by)(?![\p{L}])/iu;
const ZONE = /\b(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|HST|AEST|AEDT|IST|ET|PT)\b/g;

/**
 * A short line that is only a date or time with a verb or name around it:
 * "Updated 10:01 pm PST, Tuesday, November 19, 2019", "PUBLISHED: 10:48, Tue, Nov 19, 2019",
 * "By Jane Doe - 11/18/19 11:04 PM EST". A sentence ("The vote is at 10:30 on Tuesday.")
 * ends with a full stop and keeps more words, so it stays.
 */
export function isTimestampLine(text: string): boolean {
  if (text.length === 0 || text.length > MAX_STAMP_CHARS) return false;
  if (/[.!?"”’]$/.test(text) && !/\b[ap]\.m\.$/i.test(text)) return false;
  const clock = CLOCK.test(text);
  const date = NUMERIC_DATE.test(text) || FULL_DATE.test(text);
  CLOCK.lastIndex = NUMERIC_DATE.lastIndex = 0;
  // A bare time ("10 p.m.") heads entries of a live blog, and bare dates ("29 November
  // 2018 | 20 January 2019") give an exhibition's run: only a stamp word or a full
  // date-and-time makes it page furniture.
  if (!(clock || date) || !(STAMP_WORD.test(text) || (clock && date))) return false;
  const rest = text
    .replace(CLOCK, ' ')
    .replace(NUMERIC_DATE, ' ')
    .replace(MONTH, ' ')
    .replace(WEEKDAY, ' ')
    .replace(ZONE, ' ')
    .replace(/\d+(?:st|nd|rd|th)?/g, ' ');
  const words = (rest.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !STAMP_GLUE.has(w.toLowerCase()));
  return words.length <= 3;
}

interface Lengths {
  text: number;
  link: number;
}

function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0) n++;
  }
  return n;
}

/** Named or tagged as furniture (caption, credit, share bar, screen-reader-only text…). */
function namedFurniture(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'FIGCAPTION') return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (SCREEN_READER_ONLY.test(names.toLowerCase())) return true;
  return !INLINE_TAGS.has(tag) && namesFurniture(names);
}

export class BoilerplateFilter {
  private readonly lengths = new Map<Element, Lengths>();
  private readonly total: number;
  private readonly liveMemo = new Map<Element, boolean>();
  private liveRoot: Element | null = null;

  /** @param content Readability's result (clone nodes). */
  constructor(private readonly content: Element) {
    this.total = this.measure(content, false).text;
  }

  /**
   * The live element holding the article's text nodes. Furniture is looked for below it
   * too, because Readability unwraps elements: a `div.caption` around a single paragraph
   * loses its class in the result.
   */
  setLiveRoot(root: Element | null): void {
    this.liveRoot = root;
    this.liveMemo.clear();
  }

  /** True when `el` (inside the content) is furniture, to be skipped with its subtree. */
  isBoilerplate(el: Element): boolean {
    if (el === this.content) return false;
    const lengths = this.lengths.get(el);
    if (lengths === undefined || lengths.text === 0) return false;
    if (lengths.text > this.total * MAX_DROPPED_SHARE) return false;
    if (namedFurniture(el)) return true;
    const tag = el.tagName.toUpperCase();
    if (LINK_BLOCKS.has(tag) && lengths.link >= lengths.text * MAX_LINK_DENSITY) return true;
    // Not inside quotations: an embedded post ends "— Name (@handle) October 9, 2018".
    if (lengths.text <= MAX_STAMP_CHARS && !INLINE_TAGS.has(tag) && el.closest('blockquote') === null) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return isTimestampLine(text);
    }
    return false;
  }

  /** True when a live text node sits in a live element below liveRoot named as furniture. */
  isInLiveFurniture(text: Text): boolean {
    const parent = text.parentElement;
    return this.liveRoot !== null && parent !== null && this.liveFurniture(parent);
  }

  private liveFurniture(el: Element): boolean {
    if (el === this.liveRoot) return false;
    const known = this.liveMemo.get(el);
    if (known !== undefined) return known;
    const parent = el.parentElement;
    let result: boolean;
    if (parent === null) result = false; // not below liveRoot at all
    else if (this.liveFurniture(parent)) result = true;
    else result = namedFurniture(el) && visibleLength(el.textContent ?? '') <= this.total * MAX_DROPPED_SHARE;
    this.liveMemo.set(el, result);
    return result;
  }

  /** Visible text length and link text length of every element, bottom-up (iterative). */
  private measure(root: Element, inLink: boolean): Lengths {
    const stack: Array<{ el: Element; inLink: boolean; child: Node | null; acc: Lengths }> = [
      { el: root, inLink, child: root.firstChild, acc: { text: 0, link: 0 } },
    ];
    let result: Lengths = { text: 0, link: 0 };
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const child = top.child;
      if (child === null) {
        stack.pop();
        this.lengths.set(top.el, top.acc);
        const parent = stack[stack.length - 1];
        if (parent === undefined) result = top.acc;
        else {
          parent.acc.text += top.acc.text;
          parent.acc.link += top.acc.link;
        }
        continue;
      }
      top.child = child.nextSibling;
      if (child.nodeType === TEXT_NODE) {
        const n = visibleLength((child as Text).data);
        top.acc.text += n;
        if (top.inLink) top.acc.link += n;
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        const link = top.inLink || el.tagName.toUpperCase() === 'A';
        stack.push({ el, inLink: link, child: el.firstChild, acc: { text: 0, link: 0 } });
      }
    }
    return result;
  }
}
