/**
 * The Markdown brief: what the popup shows, as text a reader can paste into notes or a
 * message. Summary (with the actors each sentence involves), who's who, who said what,
 * how the article is sourced. Pure: no DOM, no extension APIs; words come from `t()`.
 */
import type { Analysis, Claim, Entity } from '../core/types.ts';
import { t as defaultT } from '../shared/i18n.ts';
import type { PageMeta } from '../shared/protocol.ts';
import {
  actorsInSpan,
  BALANCE_KEY,
  balanceArgs,
  claimsBySpeaker,
  entityById,
  groupEntities,
  KIND_LABEL_KEY,
  sourcingOverview,
  summarySpans,
  TYPE_GROUP_KEY,
} from '../ui/model.ts';

export type Translate = (key: string, ...subs: Array<string | number>) => string;
export type BriefMeta = Pick<PageMeta, 'url'> & Partial<Pick<PageMeta, 'title' | 'siteName' | 'byline' | 'publishedTime'>>;

/** Backslash-escapes what Markdown would otherwise read as formatting, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

/** YYYY-MM-DD, the same for every reader (the brief may travel). */
function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function describeEntity(analysis: Analysis, entity: Entity, t: Translate): string {
  const affiliation = entityById(analysis, entity.affiliation);
  const facts = [entity.role, affiliation?.name].filter((x): x is string => Boolean(x)).map(escapeMarkdown);
  const mentions = entity.mentions.length === 1 ? t('cardMentionsOne') : t('cardMentions', entity.mentions.length);
  const note = entity.metonym ? ` (${t('cardStandsFor')})` : '';
  return `- **${escapeMarkdown(entity.name)}**${facts.length ? ` — ${facts.join(', ')}` : ''}${note} · ${mentions}`;
}

function claimLine(claim: Claim, t: Translate): string {
  return `- _${t(KIND_LABEL_KEY[claim.kind])}_: ${escapeMarkdown(claim.text)}`;
}

export function markdownBrief(analysis: Analysis, meta: BriefMeta, t: Translate = defaultT): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(meta.title ?? analysis.title ?? meta.url)}`, '');
  const byline = [meta.siteName, meta.byline, isoDate(meta.publishedTime)].filter((x): x is string => Boolean(x)).map(escapeMarkdown);
  if (byline.length) out.push(byline.join(' · '), '');
  out.push(`<${meta.url}>`, '');

  if (analysis.summary.length) {
    out.push(`## ${t('popupSummary')}`, '');
    const spans = summarySpans(analysis);
    analysis.summary.forEach((sentence, i) => {
      const span = spans[i];
      const actors = span ? actorsInSpan(analysis, span).map((e) => escapeMarkdown(e.name)) : [];
      out.push(`${i + 1}. ${escapeMarkdown(sentence)}${actors.length ? ` _(${actors.join(', ')})_` : ''}`);
    });
    out.push('');
  }

  out.push(`## ${t('popupActors')}`, '');
  const groups = groupEntities(analysis.entities);
  if (!groups.length) out.push(t('popupNoActors'), '');
  for (const group of groups) {
    out.push(`### ${t(TYPE_GROUP_KEY[group.type])}`, '');
    for (const entity of group.entities) out.push(describeEntity(analysis, entity, t));
    out.push('');
  }

  out.push(`## ${t('popupClaims')}`, '');
  const speakers = claimsBySpeaker(analysis, { anonymous: t('popupUnnamed'), impersonal: t('popupImpersonal') });
  if (!speakers.length) out.push(t('popupNoClaims'), '');
  for (const group of speakers) {
    const entity = entityById(analysis, group.entity);
    const role = entity?.role ? ` (${escapeMarkdown(entity.role)})` : '';
    const unnamed = group.anonymous ? ` — ${t('popupUnnamed')}` : '';
    out.push(`### ${escapeMarkdown(group.name)}${role}${unnamed}`, '');
    for (const claim of [...group.claims].sort((a, b) => a.start - b.start)) out.push(claimLine(claim, t));
    out.push('');
  }

  const sourcing = sourcingOverview(analysis);
  if (sourcing.total > 0) {
    out.push(`## ${t('popupSourcing')}`, '');
    out.push(`- ${t(BALANCE_KEY[sourcing.balance], ...balanceArgs(sourcing))}`);
    out.push(`- ${t('sourcingCounts', sourcing.named, sourcing.anonymous, sourcing.unsigned)}`);
    for (const side of sourcing.sides) {
      const who = side.speakers.some((name) => name !== side.name) ? `: ${side.speakers.map(escapeMarkdown).join(', ')}` : '';
      out.push(`- ${side.claims === 1 ? t('sourcingSideOne', escapeMarkdown(side.name)) : t('sourcingSide', escapeMarkdown(side.name), side.claims)}${who}`);
    }
    if (sourcing.unheard.length) out.push(`- ${t('sourcingUnheard')}: ${sourcing.unheard.map((e) => escapeMarkdown(e.name)).join(', ')}`);
    out.push('');
  }

  out.push('---', '', `_${t('exportFootnote')}_`, '');
  return out.join('\n');
}
