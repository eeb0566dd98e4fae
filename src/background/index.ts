/**
 * The background: runs the analysis off the page's main thread, keeps one report per
 * tab, and routes the reader's commands (context menu, keyboard shortcuts) to the page.
 */
import browser, { type Runtime } from '../shared/browser.ts';
import { analyze } from '../core/analyze.ts';
import { isBackgroundMessage, type AnalyzeReply, type BackgroundMessage, type ContentMessage, type ContentReply } from '../shared/protocol.ts';
import { dropReport, getReport, updateReport } from './tab-reports.ts';
import { showBadge } from './badge.ts';
import { clearKnowledgeCache, listenForLookups } from './knowledge.ts';
import { injectContentScript, syncContentScripts } from './content-scripts.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.ts';

async function handle(message: BackgroundMessage, tabId: number | undefined): Promise<unknown> {
  switch (message.type) {
    case 'analyze': {
      let reply: AnalyzeReply;
      try {
        const analysis = analyze(message.text, { title: message.meta.title });
        reply = { ok: true, analysis };
        if (tabId !== undefined) await updateReport(tabId, { analysis, meta: message.meta });
      } catch (error) {
        reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      return reply;
    }
    case 'page-state': {
      if (tabId === undefined) return { ok: true };
      const patch = { state: message.state, message: message.message, highlights: message.highlights, ...(message.meta ? { meta: message.meta } : {}) };
      // A page that is analysing afresh drops the old analysis, so the popup never shows a stale one.
      const report = await updateReport(tabId, message.state === 'analyzing' || message.state === 'no-article' ? { ...patch, analysis: null } : patch);
      await showBadge(report);
      return { ok: true };
    }
    case 'get-report':
      return { ok: true, report: await getReport(message.tabId) };
    case 'clear-cache':
      await clearKnowledgeCache();
      return { ok: true };
    case 'relay':
      return (await tellTab(message.tabId, message.message)) ?? { ok: false, error: 'Backstory cannot run on this page' };
  }
}

listenForLookups();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isBackgroundMessage(message)) return undefined;
  return handle(message, sender.tab?.id);
});

/**
 * Sends a command to the page's content script, injecting the script first when it is
 * not there: the reader may have limited Backstory's site access to "on click", or the
 * page was open before Backstory was installed. The reader's gesture (menu, shortcut,
 * toolbar) grants activeTab, which is all the injection needs.
 */
async function tellTab(tabId: number | undefined, message: ContentMessage): Promise<ContentReply | null> {
  if (tabId === undefined) return null;
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as ContentReply;
  } catch {
    // No content script yet: inject it below.
  }
  try {
    await injectContentScript(tabId);
    return (await browser.tabs.sendMessage(tabId, message)) as ContentReply;
  } catch {
    // A browser page or a store page, where no extension may run: nothing to annotate.
    return null;
  }
}

const MENU_ID = 'backstory-annotate';

// Registered scripts persist, but settings may have changed while the browser was closed.
browser.runtime.onStartup.addListener(() => void loadSettings().then(syncContentScripts));
onSettingsChanged((settings) => void syncContentScripts(settings));

browser.runtime.onInstalled.addListener(() => {
  void loadSettings().then(syncContentScripts);
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuAnnotate') || 'Annotate this page',
    contexts: ['page', 'selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) void tellTab(tab?.id, { type: 'annotate', force: true });
});

browser.commands.onCommand.addListener(async (command) => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (command === 'toggle-highlights') await tellTab(tab?.id, { type: 'set-highlights', on: 'toggle' });
  if (command === 'next-highlight') await tellTab(tab?.id, { type: 'step-highlight', direction: 1 });
});

browser.tabs.onRemoved.addListener((tabId) => void dropReport(tabId));
