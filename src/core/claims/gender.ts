/**
 * Which people in an article are "he" and which are "she", from the article itself: courtesy titles
 * ("Mr.", "Ms."), gendered role words ("spokeswoman", "actress"; not "actor", now said of women too), the pronouns that follow a person
 * in sentences where no other person is named, and, weakest, a first name given mostly to one sex
 * ("Kamala", "Boris"; outweighed by one sentence of pronouns, since lists miss the Taylors). Used only
 * to keep "she said" from going to a man.
 */
import { words } from '../refdata/index.ts';
import type { Entity } from '../types.ts';

export type Gender = 'male' | 'female';

const MALE_TITLE = /\b(?:Mr|Sir|King|Prince|Lord|Father|Brother|Duke)\.?\s+$/;
const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Sister|Duchess|Madam)\.?\s+$/;
// (Not "chairman": British and formal usage gives it to women too, "Committee chairman Rachel Reid".)
const MALE_ROLE = /\b(?:spokesman|congressman|businessman|husband|father|son|brother|king|prince|boyfriend|grandfather|grandson|uncle|nephew|sportsman|policeman|man|boy|widower)\b/i;
const FEMALE_ROLE = /\b(?:spokeswoman|congresswoman|businesswoman|chairwoman|actress|wife|mother|daughter|sister|queen|princess|girlfriend|grandmother|granddaughter|aunt|niece|sportswoman|policewoman|woman|girl|lady|widow)\b/i;
// Subjects, possessives and reflexives, which mostly refer to the sentence's person; objects ("told her the
// hospital was…", "asked him") mostly to someone else. "her" counts only as a possessive ("her job").
// A possessive or a reflexive counts half: in "Mukasey said the scandal is the latest in her career" it is the person
// the statement is about, named in another sentence.
const MALE_PRONOUN = /\bhe\b/gi;
const FEMALE_PRONOUN = /\bshe\b/gi;
const MALE_POSSESSIVE = /\b(?:his|himself)\b/gi;
const FEMALE_POSSESSIVE = /\b(?:hers|herself)\b|\bher(?=\s+(?!(?:the|a|an|that|this|to|and|or|in|on|at|for|with|from|of|by|as|if|it|he|she|they|we|you|i)\b)\p{Ll})/giu;

/** The sex a role or descriptor word names ("actress", "spokesman"), if any. */
export function roleGender(word: string): Gender | undefined {
  return MALE_ROLE.test(word) ? 'male' : FEMALE_ROLE.test(word) ? 'female' : undefined;
}

export function inferGenders(text: string, entities: readonly Entity[], sentences: readonly { start: number; end: number }[]): Map<string, Gender> {
  const people = entities.filter((e) => e.type === 'person');
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (id: string, m: number, f: number): void => {
    const v = votes.get(id) ?? { m: 0, f: 0 };
    v.m += m;
    v.f += f;
    votes.set(id, v);
  };
  for (const e of people) {
    for (const m of e.mentions) {
      // The title before the mention, or opening it ("Mr. Lorenz" as one mention).
      const before = text.slice(Math.max(0, m.start - 12), m.start);
      const opening = (/^\S+\s/.exec(text.slice(m.start, m.end)) ?? [''])[0];
      if (MALE_TITLE.test(before) || MALE_TITLE.test(` ${opening}`)) vote(e.id, 3, 0);
      if (FEMALE_TITLE.test(before) || FEMALE_TITLE.test(` ${opening}`)) vote(e.id, 0, 3);
      // A gendered noun the name stands in apposition to: "her husband, former President Bill Clinton", "his wife Jill".
      const noun = /\b(\p{Ll}+),?\s+(?:(?:former|late|then|current|now)\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.exec(text.slice(Math.max(0, m.start - 50), m.start))?.[1];
      if (noun && MALE_ROLE.test(noun)) vote(e.id, 3, 0);
      if (noun && FEMALE_ROLE.test(noun)) vote(e.id, 0, 3);
      // "her now husband, Scottish music manager, Anthony McGill": a kin noun opening a chain of appositives.
      const kin = /\b(?:her|his|their)\s+(?:(?:now|late|former|new|then|future|estranged)\s+)?(\p{Ll}+),\s+[^.;:,]{0,40},\s+$/u.exec(text.slice(Math.max(0, m.start - 80), m.start))?.[1];
      if (kin && MALE_ROLE.test(kin)) vote(e.id, 3, 0);
      if (kin && FEMALE_ROLE.test(kin)) vote(e.id, 0, 3);
    }
    // Not the family name that opens a Korean name ("Kim Moon-soo", "Lee Jae-myung"): its given name is the second.
    const familyFirst = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(e.name);
    const given = familyFirst ? undefined : /^(\p{L}+)\s+\p{Lu}/u.exec(e.name)?.[1]?.toLowerCase();
    const byName = given ? words().nameGender.get(given) : undefined;
    if (byName) vote(e.id, byName === 'male' ? 0.5 : 0, byName === 'female' ? 0.5 : 0);
    if (e.role && MALE_ROLE.test(e.role)) vote(e.id, 3, 0);
    if (e.role && FEMALE_ROLE.test(e.role)) vote(e.id, 0, 3);
  }
  // Sentences naming exactly one person: the pronouns after the name (and opening the next sentence) are theirs.
  const owner: { start: number; end: number; id: string }[] = [];
  for (const e of people) for (const m of e.mentions) owner.push({ start: m.start, end: m.end, id: e.id });
  owner.sort((a, b) => a.start - b.start);
  let o = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    while (o < owner.length && owner[o]!.start < s.start) o++;
    // A name inside a quotation is no person the narration's pronoun refers to: "“Trump’s salespeople would focus on
    // money,” she continued." names no one for "she".
    const quoted = [...text.slice(s.start, s.end).matchAll(/[“"][^”"]*[”"]/g)].map((q) => ({ start: s.start + q.index, end: s.start + q.index + q[0].length }));
    const ids = new Set<string>();
    let first = -1;
    for (let k = o; k < owner.length && owner[k]!.start < s.end; k++) {
      const m = owner[k]!;
      if (quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
      ids.add(m.id);
      if (first < 0) first = m.end;
    }
    if (ids.size !== 1) continue;
    const id = [...ids][0]!;
    // "Meanwhile she was in a relationship with her now husband, … Anthony McGill. She told…": a subject pronoun
    // before the name is someone else's, the sentence's topic; the pronouns after it are likely hers too.
    const firstStart = owner.find((x) => x.id === id && x.start >= s.start)?.start ?? s.start;
    if (/\b(?:he|she)\b/i.test(text.slice(s.start, firstStart).replace(/[“"][^”"]*[”"]/g, ' '))) continue;
    // Quotations are left out: "I told him" inside a quote is about someone else.
    const tail = text.slice(first, s.end).replace(/[“"][^”"]*[”"]/g, ' ');
    const next = sentences[si + 1];
    const opener = next ? /^(?:He|She)\b/.exec(text.slice(next.start, next.start + 4))?.[0] : undefined;
    const m = (tail.match(MALE_PRONOUN)?.length ?? 0) + (tail.match(MALE_POSSESSIVE)?.length ?? 0) / 2 + (opener === 'He' ? 1 : 0);
    const f = (tail.match(FEMALE_PRONOUN)?.length ?? 0) + (tail.match(FEMALE_POSSESSIVE)?.length ?? 0) / 2 + (opener === 'She' ? 1 : 0);
    if (m > 0 && f === 0) vote(id, Math.min(1, m), 0);
    else if (f > 0 && m === 0) vote(id, 0, Math.min(1, f));
  }
  const out = new Map<string, Gender>();
  for (const [id, v] of votes) {
    if (v.m > v.f) out.set(id, 'male');
    else if (v.f > v.m) out.set(id, 'female');
  }
  return out;
}
