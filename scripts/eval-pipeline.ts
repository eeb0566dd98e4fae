/**
 * What the claim evaluations share: the pipeline as analyze() runs it, and the name comparison that judges a speaker.
 */
import { findActors } from '../src/core/actors/index.ts';
import { findClaimsOrThrow } from '../src/core/claims/index.ts';
import { fold } from '../src/core/claims/speaker.ts';
import { detectLanguage } from '../src/core/text/language.ts';
import { segment } from '../src/core/text/segment.ts';
import type { Claim, Entity } from '../src/core/types.ts';

/**
 * The pipeline as analyze() runs it (language check, actors, claims), except that an internal
 * error in the claims stage is printed instead of swallowed: the page must not break, the evaluation must see it.
 */
export function runPipeline(text: string, name = ''): { entities: Entity[]; claims: Claim[] } {
  const doc = segment(text);
  const entities = detectLanguage(text) === 'en' ? findActors(doc) : [];
  try {
    return { entities, claims: findClaimsOrThrow(doc, entities) };
  } catch (e) {
    console.error(`  ERROR in the claims stage${name ? ` of ${name}` : ''}: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
    return { entities, claims: [] };
  }
}

/** Two names of one source: equal, or one's words a run of the other's, articles and possessives aside. */
export function nameMatches(gold: string, cand: string): boolean {
  const g = fold(gold).replace(/^(?:the|a|an) /, '');
  const c = fold(cand).replace(/^(?:the|a|an) /, '');
  if (!g || !c) return false;
  if (g === c) return true;
  const inWords = (a: string, b: string): boolean => ` ${b} `.includes(` ${a} `);
  return inWords(g, c) || inWords(c, g);
}
