/**
 * Shapes an Analysis for display: lookups and groupings the card, the popup and the
 * report all need. Pure: no DOM, no extension APIs.
 */
import type { Analysis, Claim, ClaimKind, Entity, EntityType } from '../core/types.ts';

export const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place', 'group'];

export const TYPE_LABEL_KEY: Record<EntityType, string> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  place: 'typePlace',
  group: 'typeGroup',
};

export const TYPE_GROUP_KEY: Record<EntityType, string> = {
  person: 'groupPerson',
  organization: 'groupOrganization',
  place: 'groupPlace',
  group: 'groupGroup',
};

export const KIND_LABEL_KEY: Record<ClaimKind, string> = {
  quote: 'kindQuote',
  reported: 'kindReported',
  'according-to': 'kindAccordingTo',
  anonymous: 'kindAnonymous',
  allegation: 'kindAllegation',
  hedged: 'kindHedged',
  warning: 'kindWarning',
  position: 'kindPosition',
};

export function entityById(analysis: Analysis, id: string | null | undefined): Entity | undefined {
  if (!id) return undefined;
  return analysis.entities.find((e) => e.id === id);
}

export function claimById(analysis: Analysis, id: string | null | undefined): Claim | undefined {
  if (!id) return undefined;
  return analysis.claims.find((c) => c.id === id);
}

/** The claims an entity made, shortest first (the card has little room). */
export function claimsOf(analysis: Analysis, entityId: string): Claim[] {
  return analysis.claims.filter((c) => c.speaker?.entity === entityId).sort((a, b) => a.text.length - b.text.length);
}

/** Entities by type, each group ordered by salience, most central first. */
export function groupEntities(entities: Entity[]): Array<{ type: EntityType; entities: Entity[] }> {
  return ENTITY_TYPES.map((type) => ({
    type,
    entities: entities.filter((e) => e.type === type).sort((a, b) => b.salience - a.salience),
  })).filter((g) => g.entities.length > 0);
}

export interface SpeakerGroup {
  key: string;
  /** Entity id when the speaker is a known actor. */
  entity: string | null;
  name: string;
  anonymous: boolean;
  claims: Claim[];
}

/** Claims grouped by who made them: named actors first (most claims first), then unnamed, then unsigned. */
export function claimsBySpeaker(analysis: Analysis, labels: { anonymous: string; impersonal: string }): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const claim of analysis.claims) {
    const speaker = claim.speaker;
    const entity = speaker?.entity ? entityById(analysis, speaker.entity) : undefined;
    const key = entity ? `entity:${entity.id}` : speaker?.anonymous ? `anon:${speaker.name ?? ''}` : speaker?.name ? `name:${speaker.name}` : 'impersonal';
    const name = entity?.name ?? speaker?.name ?? (speaker?.anonymous ? labels.anonymous : labels.impersonal);
    let group = groups.get(key);
    if (!group) {
      group = { key, entity: entity?.id ?? null, name, anonymous: speaker?.anonymous ?? false, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  const rank = (g: SpeakerGroup) => (g.entity ? 0 : g.anonymous ? 1 : g.key === 'impersonal' ? 3 : 2);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.claims.length - a.claims.length);
}

/** Roughly 230 words a minute, the usual figure for reading news on a screen. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
