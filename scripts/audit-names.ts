/**
 * An audit of actor names that need no gold: on any folder of texts, how many actors carry a name that is no one's
 * name, and how many claims go to them. A reader meets these on the cards and in the sourcing panel ("Paul Ryan Joins
 * Growing List of Conservatives Rebuking Trump" as a person holding Trump's quotes, "Clinton Communication Director
 * Jennifer Palmieri" as an organisation), and no labelled set has enough of them to measure.
 *
 *   npx tsx scripts/audit-names.ts --dir=/path/to/texts [--list]
 *
 * Flagged (a heuristic, with its own misses and false alarms; compare runs, not absolute counts):
 *  - a person whose name holds two ordinary capitalised words (common English words that are no first names, surnames,
 *    organisation or place words, nor known names), or one when no first name opens it ("Universe Alicia Machado");
 *  - an organisation or place whose name holds a person's first name followed by a surname-shaped word that is no
 *    common word ("Washington Political Editor Matthew Boyle").
 * `--list` prints each flagged name with its text, for reading: use it on texts you tune on, never on a held-out set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analyze.ts';
import { ORG_WORDS, PLACE_WORDS } from '../src/core/refdata/curated.ts';
import { lookup, words } from '../src/core/refdata/index.ts';
import type { Entity } from '../src/core/types.ts';

/** Why `e`'s name is no one's name, or null when it passes. */
export function flaggedName(e: Entity): string | null {
  const w = words();
  const toks = e.name.split(/\s+/);
  if (toks.length < 2) return null;
  if (e.type === 'person') {
    const ordinary = toks.filter((x) => {
      const l = x.toLowerCase();
      return /^\p{Lu}\p{Ll}+$/u.test(x) && w.common.has(l) && !w.firstNames.has(l) && !w.lastNames.has(l) && !ORG_WORDS.has(l) && !PLACE_WORDS.has(l) && !lookup(x);
    });
    const first = toks[0]!.toLowerCase();
    const opensOnFirstName = w.firstNames.has(first) || w.wordyFirstNames.has(first);
    if (ordinary.length >= 2 || (ordinary.length === 1 && !opensOnFirstName)) return `ordinary words in a person's name: ${ordinary.join(', ')}`;
    return null;
  }
  if (e.type === 'organization' || e.type === 'place') {
    for (let i = 0; i + 1 < toks.length; i++) {
      const a = toks[i]!.toLowerCase();
      const b = toks[i + 1]!;
      if (w.firstNames.has(a) && !w.common.has(a) && /^\p{Lu}\p{Ll}+$/u.test(b) && !w.common.has(b.toLowerCase())) return `a person's name inside: ${toks[i]} ${b}`;
    }
  }
  return null;
}

function main(): void {
  const dir = process.argv.find((a) => a.startsWith('--dir='))?.slice('--dir='.length);
  if (!dir) {
    console.error('usage: npx tsx scripts/audit-names.ts --dir=FOLDER [--list]');
    process.exit(2);
  }
  const list = process.argv.includes('--list');
  let texts = 0;
  let entities = 0;
  let flagged = 0;
  let flaggedMentions = 0;
  let claims = 0;
  let claimsToFlagged = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const a = analyze(readFileSync(join(dir, f), 'utf8'));
    texts++;
    const bad = new Set<string>();
    for (const e of a.entities) {
      entities++;
      const why = flaggedName(e);
      if (!why) continue;
      flagged++;
      flaggedMentions += e.mentions.length;
      bad.add(e.id);
      if (list) console.log(`${f}\t${e.type}\t${e.name}\t${e.mentions.length}\t${why}`);
    }
    for (const c of a.claims) {
      claims++;
      if (c.speaker?.entity && bad.has(c.speaker.entity)) claimsToFlagged++;
    }
  }
  console.log(`${texts} texts: ${entities} actors, ${flagged} with a name that is no one's (${flaggedMentions} mentions); ${claims} claims, ${claimsToFlagged} given to them`);
}

if (process.argv[1]?.endsWith('audit-names.ts')) main();
