import { describe, expect, it } from 'vitest';
import type { Claim, Entity } from './types.ts';
import { summarizeSourcing } from './sourcing.ts';

function entity(id: string, name: string, type: Entity['type'], mentions: number, affiliation: string | null = null, salience = 0.5): Entity {
  return {
    id,
    name,
    type,
    aliases: [],
    role: null,
    affiliation,
    mentions: Array.from({ length: mentions }, (_, i) => ({ start: i * 10, end: i * 10 + 3 })),
    salience,
  };
}

function claim(id: string, kind: Claim['kind'], speaker: Claim['speaker']): Claim {
  return { id, start: 0, end: 1, text: 'x', kind, speaker };
}

describe('summarizeSourcing', () => {
  const entities = [
    entity('e1', 'Westland', 'place', 9),
    entity('e2', 'Ana Ortiz', 'person', 4, 'e1'),
    entity('e3', 'Westland delegation', 'group', 2, 'e1'),
    entity('e4', 'Eastland', 'place', 6),
    entity('e5', 'Eastland Front', 'organization', 5, 'e4'),
    entity('e6', 'Eastland delegation', 'group', 3, 'e4'),
  ];
  const claims = [
    claim('c1', 'quote', { entity: 'e2', name: 'Ana Ortiz', anonymous: false }),
    claim('c2', 'reported', { entity: 'e2', name: 'Ana Ortiz', anonymous: false }),
    claim('c3', 'according-to', { entity: 'e3', name: 'Westland delegation', anonymous: false }),
    claim('c4', 'anonymous', { entity: null, name: 'sources close to the talks', anonymous: true }),
    claim('c5', 'allegation', null),
    claim('c6', 'hedged', null),
  ];
  const s = summarizeSourcing(entities, claims);

  it('counts claims per speaker and per side', () => {
    expect(s.speakers[0]).toMatchObject({ entity: 'e2', name: 'Ana Ortiz', claims: 2, ids: ['c1', 'c2'] });
    expect(s.sides).toEqual([{ entity: 'e1', name: 'Westland', claims: 3, speakers: 2 }]);
  });

  it('separates named, anonymous and unsourced claims and lists unsigned allegations', () => {
    expect([s.named, s.anonymous, s.unsourced]).toEqual([3, 1, 2]);
    expect(s.unsignedAllegations).toEqual(['c5', 'c6']);
  });

  it('names the actors that are talked about but never quoted, and says so in the note', () => {
    expect(s.unquoted.map((u) => u.name)).toEqual(['Eastland Front', 'Eastland delegation']);
    expect(s.note).toContain('Westland: 3 claims');
    expect(s.note).toContain('never quoted: Eastland Front');
  });

  it('counts an unnamed source that alleges as an unsigned allegation, but not one that merely says', () => {
    const text = 'Prosecutors allege the clerk forged the records.';
    const alleging: Claim = { id: 'a1', start: 0, end: text.length, text, kind: 'anonymous', speaker: { entity: null, name: 'Prosecutors', anonymous: true }, cues: [{ start: 12, end: 18 }] };
    const saying: Claim = { ...alleging, id: 'a2', text: 'Prosecutors say the clerk forged the records.', cues: [{ start: 12, end: 15 }] };
    expect(summarizeSourcing([], [alleging, saying]).unsignedAllegations).toEqual(['a1']);
  });

  it('names the people who speak, not the one country they all belong to, when no other country is left unquoted', () => {
    const home = [entity('e1', 'United States', 'place', 3), entity('e2', 'Ann Kerr', 'person', 4, 'e1'), entity('e3', 'Bo Lind', 'person', 3, 'e1'), entity('e4', 'Harry F. Byrd Sr.', 'person', 3, 'e1')];
    const said = [claim('c1', 'quote', { entity: 'e2', name: 'Ann Kerr', anonymous: false }), claim('c2', 'reported', { entity: 'e2', name: 'Ann Kerr', anonymous: false }), claim('c3', 'reported', { entity: 'e3', name: 'Bo Lind', anonymous: false })];
    const note = summarizeSourcing(home, said).note;
    expect(note).toContain('Ann Kerr: 2 claims; Bo Lind: 1 claim');
    expect(note).not.toContain('United States: 3 claims');
    expect(note).not.toContain('..');
    // The seed's shape keeps its side: Westland is quoted, Eastland never.
    expect(s.note).toContain('Westland: 3 claims');
  });

  it('is well-formed for an article without claims', () => {
    const empty = summarizeSourcing([], []);
    expect(empty).toMatchObject({ speakers: [], sides: [], named: 0, anonymous: 0, unsourced: 0, unquoted: [] });
    expect(empty.note).toBe('No attributed claims found.');
  });

  it('gives an anonymous source with an affiliation to its side', () => {
    const r = summarizeSourcing(entities, [claim('c1', 'anonymous', { entity: null, name: 'Eastland officials', anonymous: true, affiliation: 'e4' })]);
    expect(r.sides).toEqual([{ entity: 'e4', name: 'Eastland', claims: 1, speakers: 0 }]);
    expect(r.unquoted.map((u) => u.name)).not.toContain('Eastland Front');
  });

  it('makes a person who belongs to no one a side of their own', () => {
    const obama = entity('e9', 'Barack Obama', 'person', 8, null, 0.9);
    const interview = summarizeSourcing([...entities, obama], [
      ...Array.from({ length: 4 }, (_, i) => claim(`o${i}`, 'reported', { entity: 'e9', name: 'Barack Obama', anonymous: false })),
      claim('c1', 'quote', { entity: 'e2', name: 'Ana Ortiz', anonymous: false }),
    ]);
    expect(interview.sides.map((side) => [side.name, side.claims])).toEqual([
      ['Barack Obama', 4],
      ['Westland', 1],
    ]);
    expect(interview.unquoted.map((u) => u.name)).not.toContain('Barack Obama');
  });

  it('counts a joint claim for each of its speakers, and for each side once', () => {
    const joint = summarizeSourcing(entities, [claim('j1', 'reported', { entity: 'e2', name: 'Ana Ortiz', anonymous: false, with: ['e5', 'e3'] })]);
    expect(joint.speakers.map((r) => [r.name, r.claims])).toEqual([
      ['Ana Ortiz', 1],
      ['Eastland Front', 1],
      ['Westland delegation', 1],
    ]);
    expect(joint.sides.map((side) => [side.name, side.claims])).toEqual([
      ['Eastland', 1],
      ['Westland', 1],
    ]);
    expect(joint.unquoted.map((u) => u.name)).not.toContain('Eastland Front');
  });
});
