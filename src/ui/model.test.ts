import { describe, expect, it } from 'vitest';
import type { Analysis } from '../core/types.ts';
import { actorsInSpan, balanceArgs, claimsBySpeaker, claimsOf, coSpeakers, groupEntities, sourcingOverview, summarySpans } from './model.ts';

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

describe('joint claims', () => {
  const joint: Analysis = {
    ...analysis,
    claims: [{ id: 'j1', start: 0, end: 1, text: 'the talks failed', kind: 'reported', speaker: { entity: 'e2', name: 'Atta Tarar', anonymous: false, with: ['e3'] } }],
  };

  it('lists a claim made by two actors under each, naming the other', () => {
    expect(claimsOf(joint, 'e3').map((c) => c.id)).toEqual(['j1']);
    const groups = claimsBySpeaker(joint, { anonymous: 'Unnamed', impersonal: 'Unsigned' });
    expect(groups.map((g) => [g.name, g.claims.map((c) => c.id)])).toEqual([
      ['Atta Tarar', ['j1']],
      ['Khawaja Asif', ['j1']],
    ]);
    expect(coSpeakers(joint, joint.claims[0]!, 'e3')).toEqual(['Atta Tarar']);
    expect(coSpeakers(joint, joint.claims[0]!, null)).toEqual(['Atta Tarar', 'Khawaja Asif']);
    expect(coSpeakers(analysis, analysis.claims[0]!, 'e2')).toEqual([]);
  });
});

describe('summary sentences and the actors in them', () => {
  it('finds each summary sentence in the text and the actors mentioned inside it, in order', async () => {
    const { sampleAnalysis } = await import('../export/sample-analysis.ts');
    const a = sampleAnalysis();
    const spans = summarySpans(a);
    expect(spans.map((s) => (s ? a.text.slice(s.start, s.end) : null))).toEqual(a.summary);
    expect(actorsInSpan(a, spans[1]!).map((e) => e.name)).toEqual(['Pakistan', 'Atta Tarar', 'Afghan delegation']);
  });

  it('gives null for a sentence that is not in the text, and finds a repeated sentence at its next place', () => {
    const a = { ...analysis, text: 'Yes. No. Yes.', summary: ['Yes.', 'Yes.', 'Maybe.'] };
    expect(summarySpans(a)).toEqual([{ start: 0, end: 4 }, { start: 9, end: 13 }, null]);
  });
});

describe('sourcing overview', () => {
  it('counts named, unnamed and unsigned claims and groups named ones by the side they speak for', () => {
    const overview = sourcingOverview(analysis);
    expect([overview.total, overview.named, overview.anonymous, overview.unsigned]).toEqual([5, 3, 1, 1]);
    expect(overview.sides.map((s) => [s.name, s.claims, s.speakers])).toEqual([['Pakistan', 3, ['Atta Tarar', 'Khawaja Asif']]]);
    expect(overview.balance).toBe('one-side');
  });

  it('tells several sides from mostly one side', () => {
    const taliban = { id: 'e4', name: 'Taliban', type: 'organization' as const, aliases: [], role: null, affiliation: null, mentions: [{ start: 0, end: 1 }], salience: 0.5 };
    const spokesman = { ...taliban, id: 'e5', name: 'Zabihullah Mujahid', type: 'person' as const, affiliation: 'e4' };
    const say = (id: string, entity: string) => ({ id, start: 0, end: 1, text: id, kind: 'reported' as const, speaker: { entity, name: null, anonymous: false } });
    const balanced = { ...analysis, entities: [...analysis.entities, taliban, spokesman], claims: [...analysis.claims, say('c6', 'e5'), say('c7', 'e5')] };
    const b = sourcingOverview(balanced);
    expect(b.sides.map((s) => [s.name, s.claims])).toEqual([['Pakistan', 3], ['Taliban', 2]]);
    expect(b.balance).toBe('several-sides');
    const lopsided = { ...balanced, claims: [...analysis.claims, say('c6', 'e5'), say('c8', 'e2'), say('c9', 'e3'), say('c10', 'e3'), say('c11', 'e2'), say('c12', 'e2')] };
    const l = sourcingOverview(lopsided);
    expect(l.balance).toBe('mostly-one-side');
    expect(balanceArgs(l)).toEqual(['Pakistan', 89]);
  });

  it('lists actors talked about but never heard, leaving out plain places', () => {
    const withUnheard = {
      ...analysis,
      entities: [
        ...analysis.entities,
        { id: 'e4', name: 'Afghan Taliban', type: 'organization' as const, aliases: [], role: null, affiliation: null, mentions: [{ start: 0, end: 1 }], salience: 0.6 },
        { id: 'e5', name: 'Kabul', type: 'place' as const, aliases: [], role: null, affiliation: null, mentions: [{ start: 0, end: 1 }], salience: 0.7, metonym: true },
        { id: 'e6', name: 'Istanbul', type: 'place' as const, aliases: [], role: null, affiliation: null, mentions: [{ start: 0, end: 1 }], salience: 0.8 },
      ],
    };
    expect(sourcingOverview(withUnheard).unheard.map((e) => e.name)).toEqual(['Kabul', 'Afghan Taliban']);
  });

  it('makes a speaker who belongs to no one a side of their own, and a named source with only an affiliation part of that side', () => {
    const obama = { id: 'e7', name: 'Barack Obama', type: 'person' as const, aliases: [], role: 'President', affiliation: null, mentions: [{ start: 0, end: 1 }], salience: 0.9 };
    const say = (id: string, speaker: { entity: string | null; name: string | null; anonymous: boolean; affiliation?: string | null }) => ({ id, start: 0, end: 1, text: id, kind: 'reported' as const, speaker });
    const interview = {
      ...analysis,
      entities: [...analysis.entities, obama],
      claims: [
        ...Array.from({ length: 8 }, (_, i) => say(`o${i}`, { entity: 'e7', name: 'Barack Obama', anonymous: false })),
        say('p1', { entity: null, name: 'a Pakistani diplomat', anonymous: false, affiliation: 'e1' }),
      ],
    };
    const o = sourcingOverview(interview);
    expect(o.sides.map((s) => [s.name, s.claims, s.speakers])).toEqual([
      ['Barack Obama', 8, ['Barack Obama']],
      ['Pakistan', 1, ['a Pakistani diplomat']],
    ]);
    expect(o.balance).toBe('mostly-one-side');
  });

  it('uses the core’s list of actors never quoted, minus anyone the claims show was heard', () => {
    const withCore = {
      ...analysis,
      sourcing: {
        speakers: [],
        sides: [],
        named: 3,
        anonymous: 1,
        unsourced: 1,
        unsignedAllegations: ['c3'],
        unquoted: [
          { entity: 'e1', name: 'Pakistan', mentions: 4 },
          { entity: 'e9', name: 'Nobody', mentions: 1 },
        ],
        note: '',
      },
    };
    const o = sourcingOverview(withCore);
    expect(o.unheard).toEqual([]); // Pakistan is heard through its ministers; e9 does not exist
    expect(o.unsignedAllegations).toBe(1);
    expect(o.sides.map((s) => s.name)).toEqual(['Pakistan']);
  });

  it('says when no source is named at all', () => {
    const o = sourcingOverview({ ...analysis, claims: analysis.claims.filter((c) => !c.speaker?.entity) });
    expect(o.balance).toBe('no-sources');
    expect(o.named).toBe(0);
  });
});
