/**
 * Shapes shared by the knowledge modules: the background card an actor gets, the cache
 * store the service is given, and the Wikidata candidates the chooser ranks.
 */
import type { EntityType } from '../core/types.ts';

export interface CardCandidate {
  /** Wikidata item id ("Q843"). */
  id: string;
  label: string;
  description: string | null;
}

export interface CardFact {
  /** Human label, already translated ("Capital"). */
  label: string;
  value: string;
  /** Where the fact comes from: this article, or the data shipped with Backstory. */
  origin?: 'article' | 'built-in';
}

export type CardSource = 'wikipedia' | 'offline' | 'article';

export interface BackgroundCard {
  /** Entity id in the analysis ("e1"). */
  entity: string;
  title: string | null;
  /** Plain text (Wikipedia's short description). */
  description: string | null;
  /** Plain text (the summary's `extract`, never `extract_html`). */
  extract: string | null;
  /** The Wikipedia page to read more. */
  url: string | null;
  thumbnail: { source: string; width: number; height: number } | null;
  wikidata: string | null;
  /** Where the title/description/extract come from; `article` when only the article's own facts are known. */
  source: CardSource;
  /** 0..1: how sure we are that the Wikipedia page is about this actor (1 for offline facts, 0 when none). */
  confidence: number;
  /** When not sure: the Wikidata items it could be ("did you mean…"). Empty otherwise. */
  candidates: CardCandidate[];
  /** A short note for the reader (not sure, offline, rate limited…), already translated, or null. */
  note: string | null;
  /** Offline facts (country, capital) and the article's facts (role, affiliation, what they said). */
  facts?: CardFact[];
}

/** Where the service keeps what it learnt. Values must survive structured cloning / JSON. */
export interface CacheStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Optional: drop a key (eviction). Without it, evicted keys are overwritten with null. */
  delete?(key: string): Promise<void>;
}

/** One Wikidata item that a name search returned, with what wbgetentities told about it. */
export interface Candidate {
  id: string;
  label: string;
  description: string | null;
  /** Aliases reported by wbsearchentities (and the matched text). */
  aliases: string[];
  /** How wbsearchentities matched: 'label' | 'alias' | …; null when unknown. */
  matchType: string | null;
  /** Position in the search results (0 = first). */
  rank: number;
  /** P31 (instance of) item ids. */
  classes: string[];
  /** English Wikipedia title (sitelinks.enwiki.title), or null when there is no English article. */
  enwiki: string | null;
}

/** What the article says about the actor, used to pick among namesakes. */
export interface ChoiceContext {
  name: string;
  aliases: string[];
  type: EntityType;
  role: string | null;
  /** The actor's affiliation (Tarar → Pakistan) and the words that name it ("Pakistan", "Pakistani"). */
  affiliation: { name: string; words: string[]; country: string | null } | null;
  /** ISO codes of the countries the article is about (from its places and demonyms). */
  countries: string[];
  /** A place named for its government ("Kabul"): the capital city is the likely reading. */
  metonym: boolean;
  /** What the offline gazetteer says the name is ("Pakistan" → country, "Kabul" → capital), or null. */
  gazetteer?: 'country' | 'capital' | null;
}
