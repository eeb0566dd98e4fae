/**
 * Hover and focus intent for highlights, after Wikipedia's Page Previews: the card
 * opens after a short delay, stays while the pointer is on the mark or the card, and
 * closes after a grace period. Keyboard focus opens it too; Escape closes it.
 */
export const GRACE_MS = 300;
export const FOCUS_DELAY_MS = 150;
/** Hover this long shows intent: background lookups may start (the card itself waits longer). */
export const INTENT_MS = 150;

const MARK_SELECTOR = 'mark[data-backstory-entity], mark[data-backstory-claim]';

export interface HoverHandlers {
  /** The reader seems to be heading for this mark: start slow work (lookups). */
  intent?(mark: HTMLElement): void;
  /** The reader left before the card opened, or the card closed: drop that work. */
  abandon?(): void;
  open(mark: HTMLElement): void;
  close(): void;
  isInsideCard(node: Node | null): boolean;
}

function markFrom(target: EventTarget | null): HTMLElement | null {
  const el = target instanceof Element ? target : null;
  if (!el) return null;
  // An entity inside a claim wins: names are the smaller, more specific target.
  return (el.closest('mark[data-backstory-entity]') ?? el.closest(MARK_SELECTOR)) as HTMLElement | null;
}

export class HoverIntent {
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private intentTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private current: HTMLElement | null = null;
  /** How the pending or open card was asked for: a pointer leaving must not close a card that focus opened. */
  private via: 'pointer' | 'focus' | null = null;
  private readonly listeners: Array<[string, EventListener]> = [];

  constructor(
    private readonly doc: Document,
    private readonly handlers: HoverHandlers,
    private hoverDelay: number,
  ) {
    this.on('mouseover', (e) => this.enterMark(markFrom(e.target), this.hoverDelay, 'pointer'));
    this.on('mouseout', (e) => {
      const from = markFrom(e.target);
      const to = (e as MouseEvent).relatedTarget as Node | null;
      if (from && this.via === 'pointer' && (!to || !from.contains(to))) this.leave();
    });
    this.on('focusin', (e) => this.enterMark(markFrom(e.target), FOCUS_DELAY_MS, 'focus'));
    this.on('focusout', (e) => {
      const to = (e as FocusEvent).relatedTarget as Node | null;
      if (markFrom(e.target) && this.via === 'focus' && !this.handlers.isInsideCard(to)) this.leave();
    });
    this.on('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape' && this.current) this.closeNow();
    });
  }

  setDelay(ms: number): void {
    this.hoverDelay = ms;
  }

  get anchor(): HTMLElement | null {
    return this.current;
  }

  private on(type: string, listener: EventListener): void {
    this.doc.addEventListener(type, listener, true);
    this.listeners.push([type, listener]);
  }

  private clearTimers(): void {
    if (this.openTimer) clearTimeout(this.openTimer);
    if (this.closeTimer) clearTimeout(this.closeTimer);
    if (this.intentTimer) clearTimeout(this.intentTimer);
    this.openTimer = this.closeTimer = this.intentTimer = null;
  }

  private enterMark(mark: HTMLElement | null, delay: number, via: 'pointer' | 'focus'): void {
    if (!mark) return;
    // A pointer passing over text must not take over a card the keyboard opened.
    if (via === 'pointer' && this.via === 'focus' && (this.current || this.openTimer)) return;
    this.via = via;
    if (mark === this.current) {
      this.clearTimers();
      return;
    }
    this.clearTimers();
    this.intentTimer = setTimeout(() => {
      this.intentTimer = null;
      this.handlers.intent?.(mark);
    }, Math.min(INTENT_MS, delay));
    this.openTimer = setTimeout(() => {
      this.openTimer = null;
      this.current?.setAttribute('aria-expanded', 'false');
      this.current = mark;
      mark.setAttribute('aria-expanded', 'true');
      this.handlers.open(mark);
    }, delay);
  }

  /** Pointer or focus left a mark or the card: close after the grace period. */
  leave(): void {
    if (this.openTimer || this.intentTimer) {
      if (this.openTimer) clearTimeout(this.openTimer);
      if (this.intentTimer) clearTimeout(this.intentTimer);
      this.openTimer = this.intentTimer = null;
      // Left before the card opened: what the intent started is not needed.
      if (!this.current) this.handlers.abandon?.();
    }
    if (!this.current || this.closeTimer) return;
    this.closeTimer = setTimeout(() => this.closeNow(), GRACE_MS);
  }

  /** Pointer is on the card: keep it. */
  stay(): void {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  closeNow(): void {
    this.clearTimers();
    this.current?.setAttribute('aria-expanded', 'false');
    this.current = null;
    this.via = null;
    this.handlers.close();
    this.handlers.abandon?.();
  }

  destroy(): void {
    this.clearTimers();
    for (const [type, listener] of this.listeners) this.doc.removeEventListener(type, listener, true);
    this.listeners.length = 0;
    this.current = null;
  }
}
