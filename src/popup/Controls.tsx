/** The popup's controls: highlights for this page, Backstory on this site, the full report, settings. */
import { t } from '../shared/i18n.ts';

export interface ControlsProps {
  /** The page has an analysis: highlights can be shown or hidden. */
  annotated: boolean;
  highlights: boolean;
  /** The page's host name, or null where Backstory cannot run (browser pages). */
  site: string | null;
  siteOff: boolean;
  /** Already the full-report tab: no "open full report" button. */
  fullReport: boolean;
  onToggleHighlights: () => void;
  onToggleSite: () => void;
  onOpenReport: () => void;
  onOpenSettings: () => void;
}

export function Controls(p: ControlsProps) {
  return (
    <nav class="controls" aria-label={t('popupControls')}>
      {p.annotated && (
        <button type="button" data-action="toggle-highlights" aria-pressed={p.highlights ? 'true' : 'false'} onClick={p.onToggleHighlights}>
          {t('popupHighlights')}
        </button>
      )}
      {p.site && (
        <button type="button" data-action="toggle-site" aria-pressed={p.siteOff ? 'false' : 'true'} onClick={p.onToggleSite} title={p.site}>
          {t('popupOnThisSite', p.site)}
        </button>
      )}
      {p.annotated && !p.fullReport && (
        <button type="button" data-action="open-report" onClick={p.onOpenReport}>
          {t('popupOpenReport')}
        </button>
      )}
      <button type="button" data-action="settings" onClick={p.onOpenSettings}>
        {t('popupSettings')}
      </button>
    </nav>
  );
}
