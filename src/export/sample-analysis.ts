/**
 * A hand-labelled analysis for the export and popup tests: a few paragraphs in the
 * style of the reference article (curly quotes, diacritics, titles, anonymous sourcing,
 * an unsigned allegation), with offsets computed from the text so they are always right.
 * Test support only; not bundled (nothing in the extension imports it).
 */
import type { Analysis, ClaimKind, Entity, EntityType, Speaker } from '../core/types.ts';

export const SAMPLE_TEXT = [
  'Talks between Pakistan and the Afghan Taliban in Istanbul ended without an agreement on Friday.',
  'Pakistan’s Information Minister, Atta Tarar, said the Afghan delegation “sidestepped the critical issue” of cross-border attacks.',
  'Sources close to the talks suggest the Taliban delegation kept shifting its position on instructions from Kabul.',
  'It is alleged that these instructions caused the breakdown of the talks.',
  'Tarar thanked the mediators, Qatar and Türkiye, for their efforts.',
  'Defence Minister Khawaja Asif warned that Pakistan may “consider other options.”',
].join('\n');

interface EntitySpec {
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form; each occurrence in the text becomes a mention. */
  surfaces: string[];
  role?: string;
  affiliation?: string;
  salience: number;
  metonym?: boolean;
}

interface ClaimSpec {
  id: string;
  text: string;
  kind: ClaimKind;
  speaker: Speaker | null;
}

function occurrences(text: string, needle: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + needle.length });
  return out;
}

/** Builds an Analysis whose spans are found in `text` (longest surface first, no overlaps). */
export function labelledAnalysis(text: string, entities: EntitySpec[], claims: ClaimSpec[], summary: string[]): Analysis {
  const taken: Array<{ start: number; end: number }> = [];
  const overlaps = (s: { start: number; end: number }) => taken.some((t) => s.start < t.end && t.start < s.end);
  const surfaces = entities
    .flatMap((e) => e.surfaces.map((surface) => ({ id: e.id, surface })))
    .sort((a, b) => b.surface.length - a.surface.length);
  const mentions = new Map<string, Array<{ start: number; end: number }>>();
  for (const { id, surface } of surfaces) {
    for (const span of occurrences(text, surface)) {
      if (overlaps(span)) continue;
      taken.push(span);
      mentions.set(id, [...(mentions.get(id) ?? []), span]);
    }
  }
  const built: Entity[] = entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.surfaces.filter((s) => s !== e.name),
    role: e.role ?? null,
    affiliation: e.affiliation ?? null,
    mentions: (mentions.get(e.id) ?? []).sort((a, b) => a.start - b.start),
    salience: e.salience,
    ...(e.metonym ? { metonym: true } : {}),
  }));
  return {
    version: 1,
    title: 'Pakistan–Taliban talks end without agreement',
    language: 'en',
    text,
    entities: built,
    claims: claims.map((c) => {
      const start = text.indexOf(c.text);
      if (start < 0) throw new Error(`claim not in text: ${c.text}`);
      return { id: c.id, start, end: start + c.text.length, text: c.text, kind: c.kind, speaker: c.speaker };
    }),
    summary,
  };
}

export function sampleAnalysis(): Analysis {
  const lines = SAMPLE_TEXT.split('\n');
  return labelledAnalysis(
    SAMPLE_TEXT,
    [
      { id: 'e1', name: 'Pakistan', type: 'place', surfaces: ['Pakistan'], salience: 0.95 },
      { id: 'e2', name: 'Afghan Taliban', type: 'organization', surfaces: ['Afghan Taliban', 'Taliban'], salience: 0.8 },
      { id: 'e3', name: 'Istanbul', type: 'place', surfaces: ['Istanbul'], salience: 0.3 },
      { id: 'e4', name: 'Atta Tarar', type: 'person', surfaces: ['Atta Tarar', 'Tarar'], role: 'Information Minister', affiliation: 'e1', salience: 0.9 },
      { id: 'e5', name: 'Afghan delegation', type: 'group', surfaces: ['Afghan delegation', 'Taliban delegation'], affiliation: 'e2', salience: 0.5 },
      { id: 'e6', name: 'Kabul', type: 'place', surfaces: ['Kabul'], salience: 0.4, metonym: true },
      { id: 'e7', name: 'Qatar', type: 'place', surfaces: ['Qatar'], salience: 0.2 },
      { id: 'e8', name: 'Türkiye', type: 'place', surfaces: ['Türkiye'], salience: 0.2 },
      { id: 'e9', name: 'Khawaja Asif', type: 'person', surfaces: ['Khawaja Asif'], role: 'Defence Minister', affiliation: 'e1', salience: 0.7 },
    ],
    [
      {
        id: 'c1',
        text: 'the Afghan delegation “sidestepped the critical issue” of cross-border attacks',
        kind: 'quote',
        speaker: { entity: 'e4', name: 'Atta Tarar', anonymous: false },
      },
      {
        id: 'c2',
        text: 'the Taliban delegation kept shifting its position on instructions from Kabul',
        kind: 'anonymous',
        speaker: { entity: null, name: 'Sources close to the talks', anonymous: true },
      },
      { id: 'c3', text: 'these instructions caused the breakdown of the talks', kind: 'allegation', speaker: null },
      { id: 'c4', text: 'Pakistan may “consider other options.”', kind: 'warning', speaker: { entity: 'e9', name: 'Khawaja Asif', anonymous: false } },
    ],
    [lines[0]!, lines[1]!, lines[5]!],
  );
}
