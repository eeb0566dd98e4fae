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
}

export interface AnalyzeOptions {
  title?: string | null;
}
