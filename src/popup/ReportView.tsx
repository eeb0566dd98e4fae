/**
 * Everything the popup shows for a tab, from its stored report: header and state,
 * controls, summary, sourcing, who's who, who said what, export. Pure: every action is
 * a callback (App.tsx wires them to the extension), so it renders anywhere.
 */
import type { ComponentChildren } from 'preact';
import type { Entity } from '../core/types.ts';
import type { ExportFile } from '../export/files.ts';
import { t } from '../shared/i18n.ts';
import type { TabReport } from '../shared/protocol.ts';
import { Controls } from './Controls.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { Header } from './Header.tsx';
import { SourcingPanel } from './SourcingPanel.tsx';
import { Summary } from './Summary.tsx';
import { WhoIsWho } from './WhoIsWho.tsx';
import { WhoSaidWhat } from './WhoSaidWhat.tsx';

export type RevealTarget = { entity: string } | { claim: string };

export interface PopupActions {
  annotate(force: boolean): void;
  toggleHighlights(): void;
  toggleSite(): void;
  openReport(): void;
  openSettings(): void;
  reveal(target: RevealTarget): void;
  save(file: ExportFile): void;
  copy(text: string): Promise<boolean>;
}

export interface ReportViewProps {
  report: TabReport | null;
  /** The tab's URL as the popup knows it (the report's own is preferred). */
  url: string;
  site: string | null;
  siteOff: boolean;
  /** The `?tab=` full-report page rather than the toolbar popup. */
  fullReport: boolean;
  actions: PopupActions;
  renderBackground?: (entity: Entity) => ComponentChildren;
}

export function ReportView({ report, url, site, siteOff, fullReport, actions, renderBackground }: ReportViewProps) {
  const analysis = report?.state === 'annotated' || report?.state === 'off' ? report.analysis : null;
  const revealEntity = (e: Entity) => actions.reveal({ entity: e.id });
  const revealClaim = (c: { id: string }) => actions.reveal({ claim: c.id });
  const meta = report?.meta ?? null;
  return (
    <main class="popup" aria-labelledby="popup-title">
      <Header report={report} onAnnotate={actions.annotate} />
      <Controls
        annotated={analysis != null}
        highlights={report?.highlights === true && report.state === 'annotated'}
        site={site}
        siteOff={siteOff}
        fullReport={fullReport}
        onToggleHighlights={actions.toggleHighlights}
        onToggleSite={actions.toggleSite}
        onOpenReport={actions.openReport}
        onOpenSettings={actions.openSettings}
      />
      {analysis && (
        <>
          <SectionLinks hasSummary={analysis.summary.length > 0} />
          <Summary analysis={analysis} onRevealEntity={revealEntity} />
          <SourcingPanel analysis={analysis} onRevealEntity={revealEntity} />
          <WhoIsWho
            analysis={analysis}
            onRevealEntity={revealEntity}
            onRevealClaim={revealClaim}
            renderBackground={renderBackground}
            maxClaims={fullReport ? 3 : 1}
          />
          <WhoSaidWhat analysis={analysis} onRevealClaim={revealClaim} />
          <ExportPanel
            analysis={analysis}
            meta={{ url: meta?.url ?? url, title: meta?.title ?? analysis.title, siteName: meta?.siteName ?? null, byline: meta?.byline ?? null, publishedTime: meta?.publishedTime ?? null }}
            onSave={actions.save}
            onCopy={actions.copy}
          />
        </>
      )}
    </main>
  );
}

/** In-popup links to each section: the popup is long, and keyboard readers should not Tab through every card. */
function SectionLinks({ hasSummary }: { hasSummary: boolean }) {
  const links: Array<[string, string]> = [
    ...(hasSummary ? [['summary-h', 'popupSummary'] as [string, string]] : []),
    ['sourcing-h', 'popupSourcing'],
    ['actors-h', 'popupActors'],
    ['claims-h', 'popupClaims'],
    ['export-h', 'exportTitle'],
  ];
  return (
    <nav class="jump" aria-label={t('popupSections')}>
      <ul>
        {links.map(([id, key]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              onClick={(e) => {
                // Move focus as well as the view, so the next Tab continues inside the section.
                const target = document.getElementById(id);
                if (!target) return;
                e.preventDefault();
                target.scrollIntoView({ block: 'start' });
                target.focus();
              }}
            >
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
