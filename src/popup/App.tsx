/** The popup: the whole picture of the article in ten seconds, and the controls. */
import { useEffect, useState } from 'preact/hooks';
import type { Analysis, Claim, Entity } from '../core/types.ts';
import browser from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { sendToTab } from '../shared/messaging.ts';
import type { TabReport } from '../shared/protocol.ts';
import { isSiteDisabled, siteOf, type Settings } from '../shared/settings.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import { ActorCard } from '../ui/ActorCard.tsx';
import { claimsBySpeaker, groupEntities, KIND_LABEL_KEY, readingMinutes, TYPE_GROUP_KEY } from '../ui/model.ts';
import { resolveTab, useReport, type TabInfo } from './use-report.ts';

export function App({ tabParam }: { tabParam: string | null }) {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [tabResolved, setTabResolved] = useState(false);
  const [settings, setSettings] = useState<Settings | null>(null);
  const { report, loaded, refresh } = useReport(tab);

  useEffect(() => {
    void resolveTab(tabParam).then((info) => {
      setTab(info);
      setTabResolved(true);
    });
    void loadSettings().then(setSettings);
  }, [tabParam]);

  if (!tabResolved || (tab && !loaded)) return <main class="popup" aria-busy="true" />;
  if (!tab) return <Message text={t('stateUnavailable')} />;

  const tell = async (message: Parameters<typeof sendToTab>[1]) => {
    try {
      await sendToTab(tab.id, message);
    } catch {
      // No content script on this page.
    }
    refresh();
  };

  return (
    <main class="popup">
      <Header report={report} />
      <Controls tab={tab} report={report} settings={settings} onSettings={setSettings} tell={tell} />
      <Body report={report} tell={tell} />
    </main>
  );
}

function Message({ text }: { text: string }) {
  return (
    <main class="popup">
      <p class="state" role="status">
        {text}
      </p>
    </main>
  );
}

function Header({ report }: { report: TabReport | null }) {
  const meta = report?.meta;
  const stateText = !report
    ? t('stateNoReport')
    : report.state === 'analyzing'
      ? t('stateAnalyzing')
      : report.state === 'annotated'
        ? null
        : (report.message ?? t(report.state === 'no-article' ? 'stateNoArticle' : report.state === 'off' ? 'stateOff' : 'stateError'));
  const date = meta?.publishedTime ? new Date(meta.publishedTime) : null;
  return (
    <header class="head">
      <h1 class="head__title">{meta?.title ?? 'Backstory'}</h1>
      {meta && (
        <p class="head__meta">
          {[meta.siteName, meta.byline, date && !Number.isNaN(date.getTime()) ? date.toLocaleDateString() : null, t('popupReadingTime', readingMinutes(meta.words))]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {stateText && (
        <p class="state" role="status" data-state={report?.state ?? 'none'}>
          {stateText}
        </p>
      )}
    </header>
  );
}

interface ControlsProps {
  tab: TabInfo;
  report: TabReport | null;
  settings: Settings | null;
  onSettings: (s: Settings) => void;
  tell: (m: Parameters<typeof sendToTab>[1]) => Promise<void>;
}

function Controls({ tab, report, settings, onSettings, tell }: ControlsProps) {
  // Without the "tabs" permission the tab's URL is only known under activeTab; the page's own report always has it.
  const url = report?.meta?.url ?? tab.url;
  const site = siteOf(url);
  const siteOff = settings ? isSiteDisabled(settings, url) : false;
  const annotated = report?.analysis != null;
  const toggleSite = async () => {
    if (!settings || !site) return;
    const disabledSites = siteOff ? settings.disabledSites.filter((s) => s !== site) : [...settings.disabledSites, site];
    onSettings(await saveSettings({ disabledSites }));
    if (!siteOff) await tell({ type: 'set-highlights', on: false });
  };
  const openReport = () => void browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?tab=${tab.id}`) });
  return (
    <nav class="controls" aria-label={t('popupSettings')}>
      {annotated ? (
        <button type="button" data-action="toggle-highlights" aria-pressed={report?.highlights ? 'true' : 'false'} onClick={() => void tell({ type: 'set-highlights', on: 'toggle' })}>
          {report?.highlights ? t('popupHighlightsOn') : t('popupHighlightsOff')}
        </button>
      ) : (
        site && (
          <button type="button" data-action="annotate" onClick={() => void tell({ type: 'annotate', force: true })}>
            {report?.state === 'no-article' ? t('annotateAnyway') : t('annotateNow')}
          </button>
        )
      )}
      {site && (
        <button type="button" data-action="toggle-site" onClick={() => void toggleSite()}>
          {siteOff ? t('popupEnableSite') : t('popupDisableSite')}
        </button>
      )}
      {annotated && !document.documentElement.classList.contains('report') && (
        <button type="button" data-action="open-report" onClick={openReport}>
          {t('popupOpenReport')}
        </button>
      )}
      <button type="button" data-action="settings" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupSettings')}
      </button>
    </nav>
  );
}

function Body({ report, tell }: { report: TabReport | null; tell: ControlsProps['tell'] }) {
  const analysis = report?.analysis;
  if (!analysis) return null;
  const reveal = (target: { entity: string } | { claim: string }) => void tell({ type: 'reveal', target });
  return (
    <>
      {analysis.summary.length > 0 && (
        <section class="section" aria-labelledby="summary-h">
          <h2 id="summary-h">{t('popupSummary')}</h2>
          <ol class="summary">
            {analysis.summary.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </section>
      )}
      <Actors analysis={analysis} onReveal={(e) => reveal({ entity: e.id })} onJump={(c) => reveal({ claim: c.id })} />
      <Claims analysis={analysis} onJump={(c) => reveal({ claim: c.id })} />
    </>
  );
}

function Actors({ analysis, onReveal, onJump }: { analysis: Analysis; onReveal: (e: Entity) => void; onJump: (c: Claim) => void }) {
  const groups = groupEntities(analysis.entities);
  return (
    <section class="section" aria-labelledby="actors-h">
      <h2 id="actors-h">{t('popupActors')}</h2>
      {groups.length === 0 && <p class="quiet">{t('popupNoActors')}</p>}
      {groups.map((group) => (
        <div class="group" key={group.type}>
          <h3>{t(TYPE_GROUP_KEY[group.type])}</h3>
          <ul class="actors">
            {group.entities.map((entity) => (
              <li key={entity.id} data-entity-id={entity.id} class="actor">
                <ActorCard analysis={analysis} entity={entity} onJump={onJump} onReveal={() => onReveal(entity)} maxClaims={2} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Claims({ analysis, onJump }: { analysis: Analysis; onJump: (c: Claim) => void }) {
  const groups = claimsBySpeaker(analysis, { anonymous: t('popupUnnamed'), impersonal: t('popupImpersonal') });
  return (
    <section class="section" aria-labelledby="claims-h">
      <h2 id="claims-h">{t('popupClaims')}</h2>
      {groups.length === 0 && <p class="quiet">{t('popupNoClaims')}</p>}
      {groups.map((group) => (
        <div class="speaker" key={group.key} data-speaker={group.entity ?? group.key}>
          <h3>
            {group.name} <span class="count">{group.claims.length}</span>
          </h3>
          <ul class="claims">
            {group.claims.map((claim) => (
              <li key={claim.id} data-claim-id={claim.id}>
                <span class="kind" data-kind={claim.kind}>
                  {t(KIND_LABEL_KEY[claim.kind])}
                </span>{' '}
                <button type="button" class="link" onClick={() => onJump(claim)}>
                  {claim.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
