/** The popup's header: what the article is, and what Backstory is doing with it. */
import type { TabReport } from '../shared/protocol.ts';
import { t } from '../shared/i18n.ts';
import { readingMinutes } from '../ui/model.ts';

export interface HeaderProps {
  report: TabReport | null;
  /** Asks the page to annotate; `force` for a page that does not look like an article. */
  onAnnotate: (force: boolean) => void;
}

/** Local date for the reader; null when the page's date is missing or unreadable. */
function shownDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export type HeaderState = 'none' | 'analyzing' | 'annotated' | 'no-article' | 'not-english' | 'off' | 'error';

export function headerState(report: TabReport | null): HeaderState {
  if (!report) return 'none';
  // Highlights hidden by the reader: the analysis is still there to show.
  if (report.state === 'off' && report.analysis) return 'annotated';
  const language = report.analysis?.language;
  if (report.state === 'no-article' && (report.message === t('stateNotEnglish') || (language && language !== 'en'))) return 'not-english';
  return report.state;
}

export function Header({ report, onAnnotate }: HeaderProps) {
  const meta = report?.meta ?? null;
  const state = headerState(report);
  const date = shownDate(meta?.publishedTime);
  const facts = meta ? [meta.siteName, meta.byline, date, meta.words > 0 ? t('popupReadingTime', readingMinutes(meta.words)) : null].filter(Boolean) : [];
  return (
    <header class="head">
      <h1 class="head__title" id="popup-title">{meta?.title ?? report?.analysis?.title ?? t('extName')}</h1>
      {facts.length > 0 && (
        <p class="head__meta" aria-label={t('popupMeta')}>
          {facts.join(' · ')}
        </p>
      )}
      <StateLine state={state} message={report?.message ?? null} onAnnotate={onAnnotate} />
    </header>
  );
}

function StateLine({ state, message, onAnnotate }: { state: HeaderState; message: string | null; onAnnotate: HeaderProps['onAnnotate'] }) {
  switch (state) {
    case 'annotated':
      return null;
    case 'analyzing':
      return (
        <p class="state" role="status" data-state={state} aria-busy="true">
          <span class="spinner" aria-hidden="true" /> {t('stateAnalyzing')}
        </p>
      );
    case 'none':
      return (
        <div class="state" role="status" data-state={state}>
          <p>{t('stateNoReport')}</p>
          <button type="button" class="primary" data-action="annotate" onClick={() => onAnnotate(true)}>
            {t('annotateNow')}
          </button>
        </div>
      );
    case 'no-article':
      return (
        <div class="state" role="status" data-state={state}>
          <p>{message ?? t('stateNoArticle')}</p>
          <button type="button" class="primary" data-action="annotate" onClick={() => onAnnotate(true)}>
            {t('annotateAnyway')}
          </button>
        </div>
      );
    case 'not-english':
      return (
        <div class="state" role="status" data-state={state}>
          <p>{t('stateNotEnglish')}</p>
          <p class="state__help">{t('stateNotEnglishHelp')}</p>
        </div>
      );
    case 'off':
      return (
        <p class="state" role="status" data-state={state}>
          {message ?? t('stateOff')}
        </p>
      );
    case 'error':
      return (
        <div class="state state--error" role="alert" data-state={state}>
          <p>{message && message !== t('stateError') ? `${t('stateError')} (${message})` : t('stateError')}</p>
          <p class="state__help">{t('stateErrorHelp')}</p>
          <button type="button" class="primary" data-action="retry" onClick={() => onAnnotate(true)}>
            {t('stateRetry')}
          </button>
        </div>
      );
  }
}
