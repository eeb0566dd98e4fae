/**
 * Background knowledge for the popup's actor cards: one lookup port for the popup's life
 * (closing the popup disconnects it, and the background aborts what is still queued).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import type { Entity } from '../core/types.ts';
import type { BackgroundCard } from '../knowledge/types.ts';
import { LOOKUP_PORT, type LookupAnswer } from '../shared/protocol.ts';

export type BackgroundCards = Map<string, { card: BackgroundCard; final: boolean }>;

export function useBackgroundCards(tabId: number | null, entities: Entity[] | null): BackgroundCards {
  const [cards, setCards] = useState<BackgroundCards>(new Map());
  const key = entities?.map((e) => e.id).join(',') ?? '';
  useEffect(() => {
    if (tabId === null || !entities || entities.length === 0) return;
    let port: ReturnType<typeof browser.runtime.connect>;
    try {
      port = browser.runtime.connect({ name: LOOKUP_PORT });
    } catch {
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      const answer = message as LookupAnswer;
      if (answer?.type !== 'card') return;
      setCards((previous) => new Map(previous).set(answer.entity, { card: answer.card, final: answer.final }));
    });
    // Most salient first: the background answers in series.
    for (const entity of [...entities].sort((a, b) => b.salience - a.salience)) port.postMessage({ type: 'lookup', entity: entity.id, tabId });
    return () => port.disconnect();
  }, [tabId, key]);
  return cards;
}
