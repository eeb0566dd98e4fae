/**
 * The in-page card: one `<backstory-card>` element with an open shadow root, placed
 * outside the article (on <html>), so that page styles cannot reach the card and the
 * card cannot disturb the page's layout. Created on first use, removed without a trace.
 */
import { render } from 'preact';
import type { Analysis, Claim, Entity } from '../core/types.ts';
import { ActorCard, ClaimCard } from '../ui/ActorCard.tsx';
import { Background } from '../ui/Background.tsx';
import type { BackgroundCard } from '../knowledge/types.ts';
import cardCss from '../ui/card.css?inline';

/** Set through the CSSOM, which a page's strict `style-src` CSP allows (a style attribute it would block). */
const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['z-index', '2147483647'],
  ['display', 'block'],
];

/**
 * Styles the shadow root with a constructed stylesheet (not subject to the page's CSP),
 * falling back to a <style> element where constructed sheets are unavailable.
 */
function adoptStyles(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const View = doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
    const sheet = new (View?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Older engines, or a content-script sandbox that refuses the sheet: use <style>.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
}

const FRAME_CSS = `
:host { all: initial; }
.frame {
  position: fixed; box-sizing: border-box; width: max-content; max-width: min(360px, calc(100vw - 16px));
  max-height: min(420px, calc(100vh - 16px)); overflow: auto;
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.22), 0 0 0 1px rgba(0,0,0,.08);
  background: #fff; padding: 12px 14px; opacity: 0; transition: opacity .12s ease-out;
}
.frame[data-open] { opacity: 1; }
@media (prefers-color-scheme: dark) { .frame { background: #1f2229; box-shadow: 0 8px 28px rgba(0,0,0,.6), 0 0 0 1px rgba(255,255,255,.1); } }
@media (prefers-reduced-motion: reduce) { .frame { transition: none; } }
.frame:not([data-open]) { visibility: hidden; pointer-events: none; }
`;

export type CardSubject = { entity: Entity; background?: { card: BackgroundCard | null; loading: boolean } } | { claim: Claim };

export interface CardHostEvents {
  onEnter(): void;
  onLeave(): void;
  onClose(): void;
  onJump(claim: Claim): void;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private frame: HTMLElement | null = null;
  /** The mark the open card belongs to. */
  private anchor: Element | null = null;

  constructor(
    private readonly doc: Document,
    private readonly events: CardHostEvents,
  ) {}

  get element(): HTMLElement | null {
    return this.host;
  }

  private ensure(): { root: ShadowRoot; frame: HTMLElement } {
    if (this.host && this.root && this.frame && this.host.isConnected) return { root: this.root, frame: this.frame };
    const host = this.doc.createElement('backstory-card');
    for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(this.doc, root, FRAME_CSS + cardCss);
    const frame = this.doc.createElement('div');
    frame.className = 'frame';
    frame.setAttribute('role', 'dialog');
    frame.addEventListener('mouseenter', () => this.events.onEnter());
    frame.addEventListener('mouseleave', () => this.events.onLeave());
    frame.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.events.onClose();
    });
    root.append(frame);
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    this.frame = frame;
    return { root, frame };
  }

  /** Shows the card for `subject` next to `anchor`, kept inside the viewport. */
  show(analysis: Analysis, subject: CardSubject, anchor: Element): void {
    const { frame } = this.ensure();
    const body =
      'entity' in subject ? (
        <>
          <ActorCard analysis={analysis} entity={subject.entity} onJump={(c) => this.events.onJump(c)} />
          {subject.background && <Background card={subject.background.card} loading={subject.background.loading} showFacts="built-in" extractLines={4} />}
        </>
      ) : (
        <ClaimCard analysis={analysis} claim={subject.claim} />
      );
    const reopening = this.isOpen && this.anchor === anchor;
    render(body, frame);
    frame.setAttribute('aria-label', 'entity' in subject ? subject.entity.name : subject.claim.text.slice(0, 80));
    this.anchor = anchor;
    // A card updated in place (background arrived) keeps its position unless it no longer fits.
    if (!reopening || !this.fits(frame)) this.place(frame, anchor);
    frame.setAttribute('data-open', '');
  }

  private fits(frame: HTMLElement): boolean {
    const view = this.doc.defaultView;
    const box = frame.getBoundingClientRect();
    return box.bottom <= (view?.innerHeight ?? 768) - 4 && box.right <= (view?.innerWidth ?? 1024) - 4;
  }

  private place(frame: HTMLElement, anchor: Element): void {
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const rects = anchor.getClientRects();
    const rect = rects[0] ?? anchor.getBoundingClientRect();
    frame.style.left = '0px';
    frame.style.top = '0px';
    const box = frame.getBoundingClientRect();
    const margin = 8;
    let left = Math.min(Math.max(margin, rect.left), vw - box.width - margin);
    let top = rect.bottom + 6;
    if (top + box.height > vh - margin) top = rect.top - box.height - 6;
    if (top < margin) top = Math.max(margin, vh - box.height - margin);
    left = Math.max(margin, left);
    frame.style.left = `${Math.round(left)}px`;
    frame.style.top = `${Math.round(top)}px`;
  }

  hide(): void {
    this.anchor = null;
    if (!this.frame) return;
    this.frame.removeAttribute('data-open');
    render(null, this.frame);
  }

  get isOpen(): boolean {
    return this.frame?.hasAttribute('data-open') ?? false;
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  destroy(): void {
    if (this.frame) render(null, this.frame);
    this.host?.remove();
    this.host = this.root = this.frame = null;
  }
}
