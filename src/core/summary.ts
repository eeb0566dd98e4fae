/**
 * Extractive summary: the 3–5 prose sentences that carry the most central actors, with a lead
 * bonus, returned in reading order.
 */
import type { Segmented } from './text/types.ts';
import type { Entity } from './types.ts';

export function summarize(doc: Segmented, entities: Entity[]): string[] {
  const { text, sentences, paragraphs } = doc;
  const candidates = sentences.filter((s) => {
    const p = paragraphs[s.paragraph]!;
    return p.prose && !p.heading;
  });
  if (candidates.length === 0) return [];
  // Salience of the entities mentioned in each sentence (each entity counted once per sentence).
  const weight = new Map<number, Map<string, number>>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const s = sentenceIndexAt(sentences, m.start);
      if (s < 0) continue;
      let w = weight.get(s);
      if (!w) weight.set(s, (w = new Map()));
      w.set(e.id, e.salience);
    }
  }
  const scored = candidates.map((s, rank) => {
    const words = (text.slice(s.start, s.end).match(/\p{L}+/gu) ?? []).length;
    let score = 0;
    for (const v of weight.get(s.index)?.values() ?? []) score += v;
    score += rank === 0 ? 1.5 : rank < 3 ? 0.5 : 0;
    if (words < 8) score *= 0.3;
    if (words > 60) score *= 0.6;
    if (/\?$/.test(text.slice(s.start, s.end).trim())) score *= 0.5;
    return { s, score };
  });
  const k = Math.max(3, Math.min(5, Math.round(candidates.length / 6)));
  const picked = [...scored].sort((a, b) => b.score - a.score).slice(0, k);
  picked.sort((a, b) => a.s.start - b.s.start);
  return picked.map((p) => text.slice(p.s.start, p.s.end));
}

function sentenceIndexAt(sentences: Segmented['sentences'], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
