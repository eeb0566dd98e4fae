/**
 * The analysis contract shared by the core, the extension and the CLI.
 *
 * This is the shape of `backstory analyze --json` (see schema/analysis.schema.json).
 * It is versioned: later work may add fields, never rename or remove them.
 * All offsets are UTF-16 code-unit indices into `Analysis.text`, end-exclusive.
 */

export type EntityType = 'person' | 'organization' | 'place' | 'group';

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  /** 'role' when the actor is named by its role only ("the Defence Minister"); absent for names. */
  kind?: 'name' | 'role';
}

export interface Entity {
  /** Stable within one analysis: "e1", "e2", … in order of first mention. */
  id: string;
  /** Canonical name: the fullest proper name the article uses. */
  name: string;
  type: EntityType;
  /** Other names this entity goes by in the article (surname, acronym, "Minister Tarar"…). */
  aliases: string[];
  /** Role in this article ("Information Minister"), or null. */
  role: string | null;
  /** Entity id of the actor this one belongs to (Tarar → Pakistan), or null. */
  affiliation: string | null;
  mentions: Mention[];
  /** 0..1, higher is more central to the article; orders the cards. */
  salience: number;
  /** A place name used for its government ("Kabul" for the Taliban government). */
  metonym?: boolean;
  /** The sentence that introduces the entity. */
  introduction?: Span | null;
}

export type ClaimKind =
  | 'quote'
  | 'reported'
  | 'according-to'
  | 'anonymous'
  | 'allegation'
  | 'hedged'
  | 'warning'
  | 'position';

export interface Speaker {
  /** Entity id, or null when the source is anonymous or impersonal. */
  entity: string | null;
  /** How the article names the source ("Atta Tarar", "sources close to the talks"). */
  name: string | null;
  anonymous: boolean;
  /** Entity id of the side the source speaks for ("Pakistani officials" → Pakistan), when the article says. */
  affiliation?: string | null;
  /** Entity ids of the actors who speak with `entity` ("Ann Lee and Bob Cole said…", a joint statement). */
  with?: string[];
}

export interface Claim extends Span {
  id: string;
  text: string;
  kind: ClaimKind;
  /** null for impersonal claims ("It is alleged that…"). */
  speaker: Speaker | null;
  /** The words that mark the attribution ("stated", "according to"). */
  cues?: Span[];
  /** Quoted sub-spans inside the claim. */
  quotes?: Span[];
  /** Hedging or certainty markers ("may", "reportedly", "incontrovertible"). */
  hedges?: string[];
}

export interface Analysis {
  version: 1;
  title: string | null;
  /** BCP-47 primary language subtag detected for the text ("en"), or "und". */
  language: string;
  text: string;
  entities: Entity[];
  claims: Claim[];
  /** Extractive summary: sentences of the article, in reading order. */
  summary: string[];
  /** Who is quoted and who is only talked about (see src/core/sourcing.ts). */
  sourcing?: Sourcing;
}

/** Claims counted by source. */
export interface SpeakerCount {
  /** Entity id, or null for a source the article does not tie to an actor. */
  entity: string | null;
  name: string;
  anonymous: boolean;
  claims: number;
  /** Claim ids. */
  ids: string[];
}

export interface SideCount {
  /** Entity id of the side (a country, an organisation, or the actor itself when it belongs to none). */
  entity: string;
  name: string;
  claims: number;
  /** Distinct named sources on this side. */
  speakers: number;
}

export interface Sourcing {
  /** Claims per source, most claims first. */
  speakers: SpeakerCount[];
  /** Claims per side, most claims first. */
  sides: SideCount[];
  /** Claims from sources named in the article (an actor or a named but unlinked source). */
  named: number;
  /** Claims from anonymous or unnamed group sources ("sources close to the talks"). */
  anonymous: number;
  /** Impersonal claims with no source at all ("It is alleged that…", "reportedly"). */
  unsourced: number;
  /** Ids of allegations made with no named source. */
  unsignedAllegations: string[];
  /** Central actors (people, organisations, groups, sides) talked about but never a source. */
  unquoted: { entity: string; name: string; mentions: number }[];
  /** One-line reading of the balance ("Pakistan is the source of 12 claims; Afghan Taliban of none."). */
  note: string;
}

export interface AnalyzeOptions {
  title?: string | null;
}
