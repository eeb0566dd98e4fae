/**
 * Maps text nodes of a cloned document back to the live document they came from.
 *
 * Readability works destructively, so it runs on a copy of the page (see
 * cloneWithTextMap), made node by node, so every copied text node is paired with its
 * live original as it is made. Readability mostly moves text nodes, which keeps
 * that pairing valid; when it re-parses the page from HTML (its retry loop sets
 * `page.innerHTML`), the text nodes are new and `LiveTextIndex` finds them again by
 * their text, in document order.
 */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose text is never article text. */
export const NON_TEXT_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'DATALIST',
  'INPUT',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SVG',
  'MATH',
  'BACKSTORY-CARD',
]);

/** True for elements whose subtree we never read or annotate (fields, scripts, our own card). */
export function isExcludedElement(el: Element): boolean {
  if (NON_TEXT_TAGS.has(el.tagName.toUpperCase())) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Inline styles that hide an element; carried over as the `hidden` attribute Readability checks. */
function hiddenByInlineStyle(el: Element): boolean {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/**
 * Copies `doc` into an inert document (no browsing context: nothing loads, nothing runs)
 * and returns the copy with a map from each copied text node to its live twin.
 *
 * Not `doc.cloneNode(true)`: a clone carries the page's inline event handlers and style
 * attributes, and Chrome checks those against the page's Content-Security-Policy as they
 * are copied, filling the console (and the site's CSP reports) with violations caused by
 * us. (The copy inherits the page's CSP, so it must not add a <base> either.) The copy
 * keeps every attribute Readability reads except `on*` handlers and `style` (an inline
 * display:none becomes `hidden`); scripts are kept only as JSON-LD metadata. Links stay
 * relative: only the text matters here.
 */
export function cloneWithTextMap(doc: Document): { clone: Document; map: Map<Text, Text> } {
  const clone = doc.implementation.createHTMLDocument('');
  const map = new Map<Text, Text>();
  const root = doc.documentElement;
  if (!root) return { clone, map };

  const copyElement = (el: Element): Element | null => {
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' && !/ld\+json/i.test(el.getAttribute('type') ?? '')) return null;
    if (tag === 'TEMPLATE' || tag === 'BACKSTORY-CARD') return null;
    let copy: Element;
    try {
      copy = el.namespaceURI ? clone.createElementNS(el.namespaceURI, el.tagName.toLowerCase()) : clone.createElement(el.tagName);
    } catch {
      copy = clone.createElement('span');
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style') continue;
      try {
        copy.setAttribute(attr.name, attr.value);
      } catch {
        // An attribute name the DOM accepts from the parser but not from setAttribute.
      }
    }
    if (hiddenByInlineStyle(el)) copy.setAttribute('hidden', '');
    return copy;
  };

  const top = copyElement(root) ?? clone.createElement('html');
  clone.replaceChild(top, clone.documentElement);
  // Iterative pre-order walk (pages can be deeper than the stack).
  const stack: Array<[Node, Node]> = [[root, top]];
  while (stack.length > 0) {
    const [live, copy] = stack.pop()!;
    const children: Array<[Node, Node]> = [];
    const copyChildren = (from: Node): void => {
      for (let child = from.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === TEXT_NODE) {
          const text = clone.createTextNode((child as Text).data);
          copy.appendChild(text);
          map.set(text, child as Text);
        } else if (child.nodeType === ELEMENT_NODE) {
          // Our own highlights are left out (their text kept in place): the article is found the same with the
          // page painted or not (Readability weighs a list differently with a <mark> inside).
          if (isOwnMark(child as Element)) {
            copyChildren(child);
            continue;
          }
          const el = copyElement(child as Element);
          if (!el) continue;
          copy.appendChild(el);
          children.push([child, el]);
        }
      }
    };
    copyChildren(live);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { clone, map };
}

/** A highlight Backstory painted ("mark.backstory-entity", "mark.backstory-claim"). */
function isOwnMark(el: Element): boolean {
  return el.tagName.toUpperCase() === 'MARK' && /(?:^|\s)backstory-/.test(el.getAttribute('class') ?? '');
}

/** A piece of a live text node: node.data[from, to). */
export interface LivePiece {
  node: Text;
  from: number;
  to: number;
}

/**
 * All readable live text of a document as one string, for finding text that Readability
 * recreated. Built once, on first need.
 */
export class LiveTextIndex {
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly position = new Map<Text, number>();
  private readonly all: string;
  /** Position in `all` after the last piece handed out or reported. */
  private cursor = 0;

  constructor(root: Node) {
    const parts: string[] = [];
    let length = 0;
    let node: Node | null = root.firstChild;
    while (node !== null) {
      let descend = true;
      if (node.nodeType === TEXT_NODE) {
        const text = node as Text;
        this.nodes.push(text);
        this.starts.push(length);
        this.position.set(text, this.nodes.length - 1);
        parts.push(text.data);
        length += text.data.length;
      } else if (node.nodeType === ELEMENT_NODE && isExcludedElement(node as Element)) {
        descend = false;
      }
      if (descend && node.firstChild !== null) {
        node = node.firstChild;
        continue;
      }
      while (node !== null && node !== root && node.nextSibling === null) node = node.parentNode;
      if (node === null || node === root) break;
      node = node.nextSibling;
    }
    this.all = parts.join('');
  }

  /** Tells the index that `node.data[.., to)` was used, so later searches start after it. */
  advancePast(node: Text, to: number): void {
    const i = this.position.get(node);
    if (i !== undefined) this.cursor = (this.starts[i] as number) + to;
  }

  /**
   * Finds `data` in the live text after the cursor and returns the live pieces it spans.
   * Whitespace-only data is only matched in the whitespace right at the cursor, so a
   * stray space cannot jump the cursor ahead. Returns null when not found.
   */
  find(data: string): LivePiece[] | null {
    if (data.length === 0) return null;
    let at: number;
    if (data.trim() === '') {
      let gapEnd = this.cursor;
      while (gapEnd < this.all.length && /\s/.test(this.all[gapEnd] as string)) gapEnd++;
      at = this.all.slice(this.cursor, gapEnd).indexOf(data);
      if (at < 0) return null;
      at += this.cursor;
    } else {
      at = this.all.indexOf(data, this.cursor);
      if (at < 0) return null;
    }
    const end = at + data.length;
    const pieces: LivePiece[] = [];
    for (let i = this.nodeAt(at); i < this.nodes.length; i++) {
      const start = this.starts[i] as number;
      if (start >= end) break;
      const node = this.nodes[i] as Text;
      const from = Math.max(0, at - start);
      const to = Math.min(node.data.length, end - start);
      if (to > from) pieces.push({ node, from, to });
    }
    this.cursor = end;
    return pieces;
  }

  /** Index of the node whose text contains position `pos` (binary search). */
  private nodeAt(pos: number): number {
    let lo = 0;
    let hi = this.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
