/**
 * The popup (and, with `?tab=<id>`, the full report in a tab): wires ReportView to the
 * extension. It reads the analysis the background stored for the tab and never re-runs
 * it, so it opens at once.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { sendToBackground } from '../shared/messaging.ts';
import type { ContentMessage } from '../shared/protocol.ts';
import { isSiteDisabled, siteOf, type Settings } from '../shared/settings.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import { ReportView, type PopupActions } from './ReportView.tsx';
import { copyText, saveFile } from './save.ts';
import { resolveTab, useReport, type TabInfo } from './use-report.ts';
import { useBackgroundCards } from './use-background.ts';
import { Background } from '../ui/Background.tsx';

export const FIRST_RENDER_MARK = 'backstory:first-report-render';

export function App({ tabParam }: { tabParam: string | null }) {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [tabResolved, setTabResolved] = useState(false);
  const [settings, setSettings] = useState<Settings | null>(null);
  // With ?tab=<id> the report can be asked for at once, while the tab itself is looked up.
  const givenId = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
  const tabId = givenId ?? tab?.id ?? null;
  const { report, loaded, refresh } = useReport(tabId);
  const hasAnalysis = report?.analysis != null;
  const backgrounds = useBackgroundCards(tabId, report?.analysis?.entities ?? null);

  useLayoutEffect(() => {
    // A mark the e2e test reads: time from navigation to the actor list in the DOM.
    if (hasAnalysis && performance.getEntriesByName(FIRST_RENDER_MARK).length === 0) performance.mark(FIRST_RENDER_MARK);
  }, [hasAnalysis]);

  useEffect(() => {
    void resolveTab(tabParam).then((info) => {
      setTab(info);
      setTabResolved(true);
    });
    void loadSettings().then(setSettings);
  }, [tabParam]);

  if (tabId === null ? !tabResolved : !loaded) return <main class="popup" aria-busy="true" aria-label={t('extName')} />;
  if (tabId === null || (tabResolved && !tab)) {
    return (
      <main class="popup" aria-label={t('extName')}>
        <p class="state" role="status">
          {t('stateUnavailable')}
        </p>
      </main>
    );
  }
  const id = tabId;

  // Without the "tabs" permission the tab's URL is only known under activeTab; the page's own report always has it.
  const url = report?.meta?.url ?? tab?.url ?? '';
  const site = siteOf(url);
  const siteOff = settings ? isSiteDisabled(settings, url) : false;

  const tell = async (message: ContentMessage) => {
    try {
      // Through the background, which injects the content script when the page lacks it.
      await sendToBackground({ type: 'relay', tabId: id, message });
    } catch {
      // Nothing to talk to (a browser page); the report says so.
    }
    refresh();
  };

  const actions: PopupActions = {
    annotate: (force) => void tell({ type: 'annotate', force }),
    toggleHighlights: () => void tell({ type: 'set-highlights', on: 'toggle' }),
    toggleSite: () =>
      void (async () => {
        if (!settings || !site) return;
        const disabledSites = siteOff ? settings.disabledSites.filter((s) => s !== site) : [...settings.disabledSites, site];
        setSettings(await saveSettings({ disabledSites }));
        await tell(siteOff ? { type: 'annotate', force: false } : { type: 'set-highlights', on: false });
      })(),
    openReport: () => void browser.tabs.create({ url: browser.runtime.getURL(`${location.pathname.replace(/^\//, '')}?tab=${id}`) }),
    openSettings: () => void browser.runtime.openOptionsPage(),
    reveal: (target) =>
      void (async () => {
        await tell({ type: 'reveal', target });
        // From the full-report tab, bring the article's tab forward to see the passage.
        if (tabParam !== null) await browser.tabs.update(id, { active: true }).catch(() => undefined);
      })(),
    save: (file) => saveFile(document, file),
    copy: (text) => copyText(text),
  };

  const renderBackground = (entity: { id: string }) => {
    const got = backgrounds.get(entity.id);
    // The article's own facts are on the actor card already; show what Wikipedia or the built-in data add.
    if (!got || got.card.source === 'article') return null;
    return <Background card={got.card} loading={!got.final} showFacts="built-in" extractLines={tabParam !== null ? 6 : 2} />;
  };

  return (
    <ReportView report={report} url={url} site={site} siteOff={siteOff} fullReport={tabParam !== null} actions={actions} renderBackground={renderBackground} />
  );
}
