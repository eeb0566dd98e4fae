/**
 * The three export files for an analysed page, built only when asked for (the popup must
 * open fast, and most readers never export). Pure: the popup saves them.
 */
import type { Analysis } from '../core/types.ts';
import { t as defaultT } from '../shared/i18n.ts';
import { markdownBrief, type BriefMeta, type Translate } from './markdown.ts';
import { annotationCollection } from './web-annotation.ts';
import { KIND_LABEL_KEY } from '../ui/model.ts';

export interface ExportFile {
  name: string;
  /** MIME type for the Blob. */
  type: string;
  content: string;
}

export type ExportKind = 'markdown' | 'json' | 'annotations';

/** A file name from the title: ASCII letters and digits, dashes, at most 60 characters. */
export function fileBase(meta: BriefMeta, analysis: Analysis): string {
  const title = meta.title ?? analysis.title ?? '';
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `backstory-${slug || 'article'}`;
}

export function exportFile(kind: ExportKind, analysis: Analysis, meta: BriefMeta, t: Translate = defaultT, now: Date = new Date()): ExportFile {
  const base = fileBase(meta, analysis);
  switch (kind) {
    case 'markdown':
      return { name: `${base}.md`, type: 'text/markdown;charset=utf-8', content: markdownBrief(analysis, meta, t) };
    case 'json':
      return { name: `${base}.json`, type: 'application/json', content: `${JSON.stringify(analysis, null, 2)}\n` };
    case 'annotations': {
      const collection = annotationCollection(analysis, {
        url: meta.url,
        created: now.toISOString(),
        label: t('exportAnnotationsLabel', meta.title ?? analysis.title ?? meta.url),
        describeClaim: (claim, speaker) => (speaker ? `${t(KIND_LABEL_KEY[claim.kind])}: ${speaker}` : `${t(KIND_LABEL_KEY[claim.kind])}: ${t('popupImpersonal')}`),
      });
      return { name: `${base}.jsonld`, type: 'application/ld+json', content: `${JSON.stringify(collection, null, 2)}\n` };
    }
  }
}
