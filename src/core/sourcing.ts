/**
 * Sourcing: who the article lets speak and who it only talks about. Counts claims per source and
 * per side (the actor a source belongs to), named vs anonymous sources, unsigned allegations, and
 * the central actors that are never a source.
 */
import type { Claim, Entity, SideCount, Sourcing, Speaker, SpeakerCount } from './types.ts';

/** The actors who made a claim: its speaker's entity and those who spoke with it ("Lee and Cole said…"). */
export function speakerIds(speaker: Speaker | null | undefined): string[] {
  if (!speaker?.entity) return [];
  return [speaker.entity, ...(speaker.with ?? [])];
}

/** Summarises the sourcing of an analysed article. Pure; never throws. */
export function summarizeSourcing(entities: Entity[], claims: Claim[]): Sourcing {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const speakers = new Map<string, SpeakerCount>();
  const sides = new Map<string, { claims: number; speakers: Set<string> }>();
  let named = 0;
  let anonymous = 0;
  let unsourced = 0;
  const unsignedAllegations: string[] = [];
  const quotedSides = new Set<string>();

  for (const c of claims) {
    const s = c.speaker;
    if (!s) {
      unsourced++;
      if (c.kind === 'allegation' || c.kind === 'hedged') unsignedAllegations.push(c.id);
      continue;
    }
    if (s.anonymous) {
      anonymous++;
      if (c.kind === 'allegation' || allegingCue(c)) unsignedAllegations.push(c.id);
    } else named++;
    const key = s.entity ?? `${s.anonymous ? 'anon' : 'name'}:${(s.name ?? '').toLowerCase()}`;
    const row = speakers.get(key) ?? { entity: s.entity, name: s.entity ? (byId.get(s.entity)?.name ?? s.name ?? '') : (s.name ?? ''), anonymous: s.anonymous, claims: 0, ids: [] };
    row.claims++;
    row.ids.push(c.id);
    speakers.set(key, row);
    const side = sideOf(s.entity ? byId.get(s.entity) : undefined, s.affiliation ?? null, byId);
    const counted = new Set<string>();
    if (side) {
      const acc = sides.get(side.id) ?? { claims: 0, speakers: new Set<string>() };
      acc.claims++;
      if (!s.anonymous) acc.speakers.add(key);
      sides.set(side.id, acc);
      quotedSides.add(side.id);
      counted.add(side.id);
    }
    if (s.entity) quotedSides.add(s.entity);
    // "Ann Lee and Bob Cole said…": the claim is each co-speaker's too (and their side's, once per claim).
    for (const id of s.with ?? []) {
      const e = byId.get(id);
      if (!e) continue;
      const co = speakers.get(id) ?? { entity: id, name: e.name, anonymous: false, claims: 0, ids: [] };
      co.claims++;
      co.ids.push(c.id);
      speakers.set(id, co);
      quotedSides.add(id);
      const coSide = sideOf(e, null, byId);
      if (!coSide) continue;
      const acc = sides.get(coSide.id) ?? { claims: 0, speakers: new Set<string>() };
      if (!counted.has(coSide.id)) acc.claims++;
      acc.speakers.add(id);
      sides.set(coSide.id, acc);
      quotedSides.add(coSide.id);
      counted.add(coSide.id);
    }
  }

  const speakerRows = [...speakers.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  const sideRows: SideCount[] = [...sides.entries()]
    .map(([id, v]) => ({ entity: id, name: byId.get(id)?.name ?? id, claims: v.claims, speakers: v.speakers.size }))
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));

  // Actors talked about but never a source, on their own or through anyone on their side.
  const silentSides = new Set<string>();
  const unquoted: Sourcing['unquoted'] = [];
  const ranked = [...entities].sort((a, b) => b.salience - a.salience || b.mentions.length - a.mentions.length);
  for (const e of ranked) {
    if (e.type === 'place' && !e.metonym) continue;
    if (e.mentions.length < 2 && e.salience < 0.3) continue;
    const side = sideOf(e, null, byId);
    if (quotedSides.has(e.id)) continue;
    if (e.type !== 'person' && side && quotedSides.has(side.id) && side.id !== e.id) continue;
    unquoted.push({ entity: e.id, name: e.name, mentions: e.mentions.length });
    if (side) silentSides.add(side.id);
    if (unquoted.length >= 8) break;
  }

  return {
    speakers: speakerRows,
    sides: sideRows,
    named,
    anonymous,
    unsourced,
    unsignedAllegations,
    unquoted,
    note: noteOf(noteSides(sideRows, speakerRows, silentSides, byId), unquoted, named, anonymous, unsourced, claims.length),
  };
}

/**
 * The side a source speaks for: its affiliation's root, or the actor itself when it belongs
 * to no one (a person interviewed alone is a side of their own: that is what makes an
 * interview one-sided).
 */
function sideOf(e: Entity | undefined, affiliation: string | null, byId: Map<string, Entity>): Entity | undefined {
  let cur = e?.affiliation ? byId.get(e.affiliation) : affiliation ? byId.get(affiliation) : e;
  // Climb affiliations (delegation → Pakistan), guarding against cycles.
  for (let i = 0; cur?.affiliation && i < 4; i++) {
    const up = byId.get(cur.affiliation);
    if (!up || up === cur) break;
    cur = up;
  }
  return cur;
}

/**
 * The sides worth naming in the note: a country that every country-affiliated source speaks for, with no other country
 * silent in the article ("United States: 39 claims" in a story of American politics), says nothing about balance; the
 * named sources who speak most are named instead. (Pakistan quoted again and again while Afghanistan is never quoted
 * stays.)
 */
function noteSides(sides: SideCount[], speakers: SpeakerCount[], silent: Set<string>, byId: Map<string, Entity>): { entity: string; name: string; claims: number }[] {
  const places = sides.filter((s) => byId.get(s.entity)?.type === 'place');
  if (places.length !== 1) return sides;
  const only = places[0]!;
  if ([...silent].some((id) => id !== only.entity && byId.get(id)?.type === 'place')) return sides;
  return speakers.filter((s) => !!s.entity && !s.anonymous).map((s) => ({ entity: s.entity!, name: s.name, claims: s.claims }));
}

function noteOf(sides: { entity: string; name: string; claims: number }[], unquoted: Sourcing['unquoted'], named: number, anonymous: number, unsourced: number, total: number): string {
  if (total === 0) return 'No attributed claims found.';
  const parts: string[] = [];
  if (sides.length) parts.push(sides.slice(0, 3).map((s) => `${s.name}: ${s.claims} claim${s.claims === 1 ? '' : 's'}`).join('; '));
  const silent = unquoted.filter((u) => !sides.some((s) => s.entity === u.entity)).slice(0, 3);
  if (silent.length) parts.push(`never quoted: ${silent.map((u) => u.name).join(', ')}`);
  parts.push(`${named} named, ${anonymous} anonymous, ${unsourced} unsourced`);
  // "never quoted: …, Harry F. Byrd Sr." ends on its own full stop.
  return parts.map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).join(' ');
}

/** An unnamed source that alleges or accuses ("Prosecutors allege…"): its claim is kind `anonymous` but still an unsigned allegation. */
function allegingCue(c: Claim): boolean {
  return (c.cues ?? []).some((cu) => cu.start >= c.start && cu.end <= c.end && /^(?:alleg|accus|charged)/i.test(c.text.slice(cu.start - c.start, cu.end - c.start)));
}
