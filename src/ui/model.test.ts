import { describe, expect, it } from 'vitest';
import type { Analysis } from '../core/types.ts';
import { claimsBySpeaker, claimsOf, groupEntities } from './model.ts';

const analysis: Analysis = {
  version: 1,
  title: null,
  language: 'en',
  text: '',
  summary: [],
  entities: [
    { id: 'e1', name: 'Pakistan', type: 'place', aliases: [], role: null, affiliation: null, mentions: [], salience: 0.9 },
    { id: 'e2', name: 'Atta Tarar', type: 'person', aliases: [], role: 'Information Minister', affiliation: 'e1', mentions: [], salience: 0.8 },
    { id: 'e3', name: 'Khawaja Asif', type: 'person', aliases: [], role: 'Defence Minister', affiliation: 'e1', mentions: [], salience: 0.95 },
  ],
  claims: [
    { id: 'c1', start: 0, end: 1, text: 'a long thing said here', kind: 'reported', speaker: { entity: 'e2', name: 'Atta Tarar', anonymous: false } },
    { id: 'c2', start: 2, end: 3, text: 'short', kind: 'quote', speaker: { entity: 'e2', name: 'Atta Tarar', anonymous: false } },
    { id: 'c3', start: 4, end: 5, text: 'it was alleged', kind: 'allegation', speaker: null },
    { id: 'c4', start: 6, end: 7, text: 'sources say', kind: 'anonymous', speaker: { entity: null, name: 'sources close to the talks', anonymous: true } },
    { id: 'c5', start: 8, end: 9, text: 'we may act', kind: 'warning', speaker: { entity: 'e3', name: 'Khawaja Asif', anonymous: false } },
  ],
};

describe('display model', () => {
  it('lists an actor’s claims shortest first', () => {
    expect(claimsOf(analysis, 'e2').map((c) => c.id)).toEqual(['c2', 'c1']);
  });

  it('groups actors by type in a fixed order, most salient first', () => {
    const groups = groupEntities(analysis.entities);
    expect(groups.map((g) => g.type)).toEqual(['person', 'place']);
    expect(groups[0]!.entities.map((e) => e.name)).toEqual(['Khawaja Asif', 'Atta Tarar']);
  });

  it('groups claims by speaker: named actors, then anonymous sources, then unsigned claims', () => {
    const groups = claimsBySpeaker(analysis, { anonymous: 'Unnamed', impersonal: 'Unsigned' });
    expect(groups.map((g) => [g.name, g.claims.length])).toEqual([
      ['Atta Tarar', 2],
      ['Khawaja Asif', 1],
      ['sources close to the talks', 1],
      ['Unsigned', 1],
    ]);
  });
});
