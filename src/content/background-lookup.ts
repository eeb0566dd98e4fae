/**
 * The content script's side of background knowledge: one port per card, opened when the
 * reader shows intent and closed when the card goes, so the background can abort the
 * lookup. Only the entity id crosses; the background knows the analysis.
 */
import browser, { type Runtime } from '../shared/browser.ts';
import type { BackgroundCard } from '../knowledge/types.ts';
import { LOOKUP_PORT, type LookupAnswer } from '../shared/protocol.ts';

export interface LookupState {
  card: BackgroundCard | null;
  loading: boolean;
}

export class BackgroundLookup {
  private port: Runtime.Port | null = null;
  private entity: string | null = null;
  /** Final cards already received this page view, so a second hover is instant. */
  private readonly done = new Map<string, BackgroundCard>();
  private current: LookupState = { card: null, loading: false };

  constructor(private readonly onUpdate: () => void) {}

  want(entity: string): void {
    if (this.entity === entity) return;
    this.drop();
    this.entity = entity;
    const known = this.done.get(entity);
    if (known) {
      this.current = { card: known, loading: false };
      return;
    }
    this.current = { card: null, loading: true };
    try {
      const port = browser.runtime.connect({ name: LOOKUP_PORT });
      port.onMessage.addListener((message: unknown) => {
        const answer = message as LookupAnswer;
        if (answer?.type !== 'card' || answer.entity !== this.entity) return;
        this.current = { card: answer.card, loading: !answer.final };
        if (answer.final) {
          this.done.set(answer.entity, answer.card);
          if (this.port === port) this.port = null;
          port.disconnect();
        }
        this.onUpdate();
      });
      port.onDisconnect.addListener(() => {
        if (this.port === port) {
          this.port = null;
          this.current = { ...this.current, loading: false };
        }
      });
      port.postMessage({ type: 'lookup', entity });
      this.port = port;
    } catch {
      // The extension was reloaded under the page: the card shows the article's facts.
      this.current = { card: null, loading: false };
    }
  }

  state(entity: string): LookupState {
    return this.entity === entity ? this.current : { card: this.done.get(entity) ?? null, loading: false };
  }

  /** The card closed or the pointer left: abort what is in flight. */
  drop(): void {
    this.port?.disconnect();
    this.port = null;
    this.entity = null;
    this.current = { card: null, loading: false };
  }
}
