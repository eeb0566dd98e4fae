/** Actor recognition: candidates (rules + reference data) → merged entities. */
import type { Segmented } from '../text/types.ts';
import type { Entity } from '../types.ts';
import { findCandidates } from './candidates.ts';
import { mergeCandidates } from './merge.ts';

/** Finds the people, organisations, places and groups of an English news text. */
export function findActors(doc: Segmented): Entity[] {
  return mergeCandidates(doc, findCandidates(doc));
}
