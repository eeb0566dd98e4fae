/**
 * Shapes an Analysis for display: lookups and groupings the card, the popup and the
 * report all need. Pure: no DOM, no extension APIs.
 */
import { speakerIds } from '../core/sourcing.ts';
import type { Analysis, Claim, ClaimKind, Entity, EntityType, Span } from '../core/types.ts';

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

/** The claims an entity made, alone or with others ("Lee and Cole said…"), shortest first (the card has little room). */
export function claimsOf(analysis: Analysis, entityId: string): Claim[] {
  return analysis.claims.filter((c) => speaksIn(c, entityId)).sort((a, b) => a.text.length - b.text.length);
}

/** Whether the entity is the claim's speaker or one who speaks with it. */
export function speaksIn(claim: Claim, entityId: string): boolean {
  return speakerIds(claim.speaker).includes(entityId);
}

/** For a joint claim, the other actors who made it with `entityId` (all of them when it is null), by name. */
export function coSpeakers(analysis: Analysis, claim: Claim, entityId: string | null): string[] {
  if (!claim.speaker?.with?.length) return [];
  return speakerIds(claim.speaker)
    .filter((id) => id !== entityId)
    .map((id) => entityById(analysis, id)?.name ?? '')
    .filter(Boolean);
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
    // A joint claim ("Lee and Cole said…") is listed under each of its speakers.
    for (const id of speaker?.with ?? []) {
      const co = entityById(analysis, id);
      if (!co) continue;
      const coKey = `entity:${co.id}`;
      let coGroup = groups.get(coKey);
      if (!coGroup) {
        coGroup = { key: coKey, entity: co.id, name: co.name, anonymous: false, claims: [] };
        groups.set(coKey, coGroup);
      }
      coGroup.claims.push(claim);
    }
  }
  const rank = (g: SpeakerGroup) => (g.entity ? 0 : g.anonymous ? 1 : g.key === 'impersonal' ? 3 : 2);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.claims.length - a.claims.length);
}

/** Roughly 230 words a minute, the usual figure for reading news on a screen. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** Where each summary sentence sits in the text (they are substrings of it, in reading order); null if not found. */
export function summarySpans(analysis: Analysis): Array<Span | null> {
  let cursor = 0;
  return analysis.summary.map((sentence) => {
    let start = analysis.text.indexOf(sentence, cursor);
    if (start < 0) start = analysis.text.indexOf(sentence);
    if (start < 0 || sentence.length === 0) return null;
    cursor = start + sentence.length;
    return { start, end: start + sentence.length };
  });
}

/** The actors mentioned inside `span`, in the order they first appear there. */
export function actorsInSpan(analysis: Analysis, span: Span): Entity[] {
  const found: Array<{ at: number; entity: Entity }> = [];
  for (const entity of analysis.entities) {
    const first = entity.mentions.filter((m) => m.start >= span.start && m.end <= span.end).sort((a, b) => a.start - b.start)[0];
    if (first) found.push({ at: first.start, entity });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.entity);
}

/** The actor a speaker speaks for: the root of its affiliation chain (Tarar → Pakistan), or itself. */
export function sideOf(analysis: Analysis, entity: Entity): Entity {
  let current = entity;
  const seen = new Set<string>([entity.id]);
  for (;;) {
    const next = entityById(analysis, current.affiliation);
    if (!next || seen.has(next.id)) return current;
    seen.add(next.id);
    current = next;
  }
}

export interface SourceSide {
  key: string;
  /** The side's entity id (Pakistan for its ministers), or null for a speaker the analysis only names. */
  entity: string | null;
  name: string;
  /** Claims attributed to this side's named speakers. */
  claims: number;
  /** The speakers heard on this side, most claims first. */
  speakers: string[];
}

export type Balance = 'no-sources' | 'one-side' | 'mostly-one-side' | 'several-sides';

export interface SourcingOverview {
  total: number;
  /** Claims by a named source (an actor or a named person). */
  named: number;
  /** Claims by unnamed sources ("sources close to the talks"). */
  anonymous: number;
  /** Claims no one signs ("It is alleged that…"). */
  unsigned: number;
  /** Allegations no named source stands behind. */
  unsignedAllegations: number;
  /** Named claims per side, most first. */
  sides: SourceSide[];
  /** Actors the article talks about but never quotes, nor anyone speaking for them; most salient first. */
  unheard: Entity[];
  /** A glance: does the article hear one side only? */
  balance: Balance;
  /** Share of named claims given by the first side (0..1). */
  topShare: number;
}

/** Of the named claims, this share or more from one side reads as "mostly one side". */
export const ONE_SIDED_SHARE = 0.75;

/**
 * How the article is sourced: who is heard (grouped by the side they speak for), how much
 * rests on unnamed sources and unsigned claims, and who is talked about without being
 * heard. Sides and counts come from the claims, so they agree with "who said what"; a
 * speaker who belongs to no one is a side of their own (an interview with one person is
 * one-sided). When the core's `analysis.sourcing` is there, its list of actors never quoted
 * (ranked by salience, limited to central ones) and its unsigned allegations are used.
 */
export function sourcingOverview(analysis: Analysis): SourcingOverview {
  const own = sourcingFromClaims(analysis);
  const core = analysis.sourcing;
  if (!core) return own;
  const heard = new Set(own.sides.map((s) => s.entity).filter((id): id is string => id !== null));
  const unheard = core.unquoted
    .map((u) => entityById(analysis, u.entity))
    .filter((e): e is Entity => e !== undefined && !heard.has(e.id));
  return { ...own, unheard, unsignedAllegations: core.unsignedAllegations.length };
}

function withBalance(o: Omit<SourcingOverview, 'balance' | 'topShare'>): SourcingOverview {
  const sideClaims = o.sides.reduce((n, s) => n + s.claims, 0);
  const topShare = sideClaims > 0 ? (o.sides[0]?.claims ?? 0) / sideClaims : 0;
  const balance: Balance =
    sideClaims === 0 ? 'no-sources' : o.sides.length === 1 ? 'one-side' : topShare >= ONE_SIDED_SHARE ? 'mostly-one-side' : 'several-sides';
  return { ...o, balance, topShare };
}

function sourcingFromClaims(analysis: Analysis): SourcingOverview {
  const sides = new Map<string, SourceSide & { bySpeaker: Map<string, number> }>();
  const heard = new Set<string>();
  let named = 0;
  let anonymous = 0;
  let unsigned = 0;
  let unsignedAllegations = 0;
  for (const claim of analysis.claims) {
    const speaker = claim.speaker;
    const entity = entityById(analysis, speaker?.entity);
    const isNamed = speaker !== null && (entity !== undefined || (Boolean(speaker.name) && !speaker.anonymous));
    if (claim.kind === 'allegation' && !isNamed) unsignedAllegations++;
    if (!speaker || (!entity && !speaker.name)) {
      unsigned++;
      continue;
    }
    if (speaker.anonymous && !entity) {
      anonymous++;
      continue;
    }
    named++;
    const affiliation = entity ? undefined : entityById(analysis, speaker.affiliation);
    const side = entity ? sideOf(analysis, entity) : affiliation ? sideOf(analysis, affiliation) : null;
    if (entity) heard.add(entity.id);
    if (side) heard.add(side.id);
    for (const id of speaker.with ?? []) {
      heard.add(id);
      const co = entityById(analysis, id);
      const coSide = co ? sideOf(analysis, co) : null;
      if (coSide) heard.add(coSide.id);
    }
    const key = side ? `entity:${side.id}` : `name:${speaker.name}`;
    const speakerLabel = entity?.name ?? speaker.name ?? '';
    let group = sides.get(key);
    if (!group) {
      group = { key, entity: side?.id ?? null, name: side?.name ?? speakerLabel, claims: 0, speakers: [], bySpeaker: new Map() };
      sides.set(key, group);
    }
    group.claims++;
    group.bySpeaker.set(speakerLabel, (group.bySpeaker.get(speakerLabel) ?? 0) + 1);
  }
  const sideList: SourceSide[] = [...sides.values()]
    .map(({ bySpeaker, ...side }) => ({ ...side, speakers: [...bySpeaker.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n) }))
    .sort((a, b) => b.claims - a.claims);

  // A party is an actor that can speak: people, organisations, groups, and places that stand
  // for a government or that others belong to (Pakistan for its ministers).
  const isAffiliationTarget = new Set(analysis.entities.map((e) => e.affiliation).filter((id): id is string => Boolean(id)));
  const unheard = analysis.entities
    .filter((e) => !heard.has(e.id) && e.mentions.length > 0)
    .filter((e) => e.type !== 'place' || e.metonym === true || isAffiliationTarget.has(e.id))
    .sort((a, b) => b.salience - a.salience);

  return withBalance({ total: analysis.claims.length, named, anonymous, unsigned, unsignedAllegations, sides: sideList, unheard });
}

/** The i18n key of the one-line verdict for each balance (substitutions: top side's name, its share in %). */
export const BALANCE_KEY: Record<Balance, string> = {
  'no-sources': 'sourcingBalanceNone',
  'one-side': 'sourcingBalanceOne',
  'mostly-one-side': 'sourcingBalanceMostly',
  'several-sides': 'sourcingBalanceSeveral',
};

/** The verdict's substitutions, in BALANCE_KEY's order: top side's name, its share in %. */
export function balanceArgs(overview: SourcingOverview): [string, number] {
  return [overview.sides[0]?.name ?? '', Math.round(overview.topShare * 100)];
}
