/**
 * The pipeline entry: text → segments → actors → claims → summary. Pure, synchronous, and
 * never throws: any input gives a valid Analysis.
 */
import { findActors } from './actors/index.ts';
import { findClaims } from './claims/index.ts';
import { summarize } from './summary.ts';
import { summarizeSourcing } from './sourcing.ts';
import { detectLanguage } from './text/language.ts';
import { segment } from './text/segment.ts';
import type { Segmented } from './text/types.ts';
import type { Analysis, AnalyzeOptions, Claim, Entity } from './types.ts';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  const base: Analysis = { version: 1, title: options.title ?? null, language: 'und', text: input, entities: [], claims: [], summary: [] };
  try {
    const doc = segment(input);
    base.language = detectLanguage(input);
    base.title = options.title ?? guessTitle(doc);
    const english = base.language === 'en';
    base.entities = english ? findActors(doc) : [];
    base.claims = english ? findClaimsSafe(doc, base.entities) : [];
    base.sourcing = summarizeSourcing(base.entities, base.claims);
    base.summary = summarize(doc, base.entities);
  } catch {
    // A bug must not break the page: return what was computed so far.
  }
  return base;
}

/** A first line without final punctuation and of headline length is the title. */
function guessTitle(doc: Segmented): string | null {
  const p = doc.paragraphs[0];
  if (!p || !p.prose) return null;
  const line = doc.text.slice(p.start, p.end);
  const words = line.split(/\s+/).length;
  if (/[.!?:;,"”’)]$/.test(line) || words > 20 || words < 2) return null;
  return line;
}

/** Claims are a separate stage: a failure there must not lose the actors. */
function findClaimsSafe(doc: Segmented, entities: Entity[]): Claim[] {
  try {
    return findClaims(doc, entities);
  } catch {
    return [];
  }
}
