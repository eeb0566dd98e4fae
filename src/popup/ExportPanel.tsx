/** Export: the brief as Markdown (download or copy), the analysis JSON, and Web Annotations. */
import { useState } from 'preact/hooks';
import type { Analysis } from '../core/types.ts';
import type { ExportFile, ExportKind } from '../export/files.ts';
import type { BriefMeta } from '../export/markdown.ts';
import { t } from '../shared/i18n.ts';

export interface ExportPanelProps {
  analysis: Analysis;
  meta: BriefMeta;
  onSave: (file: ExportFile) => void;
  /** Resolves true when the text is on the clipboard. */
  onCopy: (text: string) => Promise<boolean>;
}

const DOWNLOADS: Array<{ kind: ExportKind; label: string }> = [
  { kind: 'markdown', label: 'exportMarkdown' },
  { kind: 'json', label: 'exportJson' },
  { kind: 'annotations', label: 'exportAnnotations' },
];

/** The export code loads on the first click: most readers never export, and the popup must open fast. */
async function build(kind: ExportKind, analysis: Analysis, meta: BriefMeta): Promise<ExportFile> {
  const { exportFile } = await import('../export/files.ts');
  return exportFile(kind, analysis, meta);
}

export function ExportPanel({ analysis, meta, onSave, onCopy }: ExportPanelProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const ok = await onCopy((await build('markdown', analysis, meta)).content);
    setStatus(t(ok ? 'exportCopied' : 'exportCopyFailed'));
  };
  const save = async (kind: ExportKind) => {
    onSave(await build(kind, analysis, meta));
    setStatus('');
  };
  return (
    <section class="section" aria-labelledby="export-h" data-section="export">
      <h2 id="export-h" tabIndex={-1}>{t('exportTitle')}</h2>
      <div class="exports">
        <button type="button" data-export="copy" onClick={() => void copy()}>
          {t('exportCopy')}
        </button>
        {DOWNLOADS.map(({ kind, label }) => (
          <button
            type="button"
            key={kind}
            data-export={kind}
            aria-describedby={kind === 'annotations' ? 'annotations-help' : undefined}
            onClick={() => void save(kind)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <p id="annotations-help" class="help">
        {t('exportAnnotationsHelp')}
      </p>
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
