/**
 * What the article tells about an actor, in the form the chooser uses, and which of its
 * names are worth a search. Pure.
 */
import { ROLE_HEADS, ROLE_MODIFIERS } from '../core/refdata/curated.ts';
import { countryByCode, lookup } from '../core/refdata/index.ts';
import type { Analysis, Entity } from '../core/types.ts';
import { countriesIn, normalizeName } from './choose.ts';
import type { ChoiceContext } from './types.ts';

const ROLE_WORDS = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS]);
/** Lowercase words that belong inside proper names. */
const PARTICLES = new Set(['of', 'the', 'and', 'for', 'de', 'da', 'di', 'del', 'der', 'van', 'von', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'du', 'y', 'e', 'ul', 'ud']);

function countryOf(name: string): string | null {
  const hit = (lookup(name) ?? []).find((e) => e.country && (e.kind === 'country' || e.kind === 'demonym'));
  return hit?.country ?? null;
}

export function buildContext(entity: Entity, analysis: Analysis): ChoiceContext {
  const aff = entity.affiliation ? analysis.entities.find((e) => e.id === entity.affiliation) : undefined;
  let affiliation: ChoiceContext['affiliation'] = null;
  if (aff) {
    const code = countryOf(aff.name) ?? aff.aliases.map(countryOf).find((c) => c !== null) ?? null;
    const country = code ? countryByCode(code) : null;
    const words = [aff.name, ...aff.aliases, ...(country ? [country.name, ...country.aliases, ...country.demonyms] : [])];
    affiliation = { name: aff.name, words: [...new Set(words)], country: code };
  }
  const countries = new Set<string>();
  for (const e of analysis.entities) for (const code of countriesIn(e.name)) countries.add(code);
  return {
    name: entity.name,
    aliases: entity.aliases,
    type: entity.type,
    role: entity.role,
    affiliation,
    countries: [...countries],
    metonym: entity.metonym ?? false,
  };
}

/** A proper name: capitalised words (and name particles), not a description ("the Afghan delegation"). */
function isProperName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length === 0 || name.trim().length < 2) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || PARTICLES.has(w.toLowerCase()) || /^(al|el|bin|ibn)-/i.test(w));
}

/** A name that begins with a title ("Minister Tarar"): the title is not part of the name. */
function startsWithRole(name: string): boolean {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return ROLE_WORDS.has(first.replace(/\.$/, ''));
}

/**
 * The names to search for, best first: the canonical name, then fuller or different aliases.
 * Empty when the actor has no proper name (a group described in words).
 */
export function searchNames(entity: Entity): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const name of [entity.name, ...[...entity.aliases].sort((a, b) => b.length - a.length)]) {
    const key = normalizeName(name);
    if (!key || seen.has(key) || !isProperName(name) || startsWithRole(name)) continue;
    seen.add(key);
    names.push(name.trim());
  }
  return names;
}
