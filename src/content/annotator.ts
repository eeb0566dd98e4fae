/**
 * One page's Backstory: finds the article, has the background analyse it, paints the
 * highlights and wires the cards. Everything it adds can be removed without a trace.
 */
import type { Analysis, Claim, Entity } from '../core/types.ts';
import { detectArticle } from '../page/detect-article.ts';
import { extractArticleSliced, type ArticleText } from '../page/article-text.ts';
import { sendToBackground } from '../shared/messaging.ts';
import type { AnalyzeReply, ContentReply, PageMeta, PageState } from '../shared/protocol.ts';
import { isSiteDisabled, type Settings } from '../shared/settings.ts';
import { t } from '../shared/i18n.ts';
import { claimById, entityById } from '../ui/model.ts';
import { CardHost } from './card-host.tsx';
import { paint, unpaint, type HighlightSpan } from './highlighter.ts';
import { HoverIntent } from './hover.ts';
import { BackgroundLookup } from './background-lookup.ts';
import { RerenderWatch } from './rerender-watch.ts';
import { clearPageState, setPageState } from './page-state.ts';

const ENTITY_CLASS = 'backstory-entity';
const CLAIM_CLASS = 'backstory-claim';
const STYLE_ATTR = 'data-backstory-style';

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The browser may stop the MV3 service worker at any moment, even mid-analysis; the
 * message then fails and a second try wakes a fresh worker.
 */
async function analyzeWithRetry(text: string, meta: PageMeta, attempts = 3): Promise<AnalyzeReply> {
  for (let attempt = 1; ; attempt++) {
    try {
      const reply = await sendToBackground({ type: 'analyze', text, meta });
      // A worker stopped mid-reply closes the channel: the polyfill then resolves with
      // undefined instead of rejecting. That is a failure to retry, not an answer.
      if (reply && typeof reply === 'object') return reply;
      if (attempt >= attempts) throw new Error('the background stopped before it answered');
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}

export class Annotator {
  private state: PageState | null = null;
  private article: ArticleText | null = null;
  private analysis: Analysis | null = null;
  private highlightsOn = false;
  private message: string | null = null;
  private meta: PageMeta | null = null;
  private readonly card: CardHost;
  private readonly hover: HoverIntent;
  private running: Promise<void> | null = null;
  /** Bumped by every paint and clear, so a sliced paint that was overtaken stops. */
  private paintGeneration = 0;
  private readonly watch: RerenderWatch;
  private readonly lookup = new BackgroundLookup(() => this.refreshCard());

  constructor(
    private readonly doc: Document,
    private settings: Settings,
  ) {
    this.card = new CardHost(doc, {
      onEnter: () => this.hover.stay(),
      onLeave: () => this.hover.leave(),
      onClose: () => this.closeCard(true),
      onJump: (claim) => this.reveal({ claim: claim.id }),
    });
    this.hover = new HoverIntent(
      doc,
      {
        intent: (mark) => {
          const entity = mark.getAttribute('data-backstory-entity');
          if (entity && this.analysis) this.lookup.want(entity);
        },
        abandon: () => this.lookup.drop(),
        open: (mark) => this.openCard(mark),
        close: () => this.card.hide(),
        isInsideCard: (node) => this.card.contains(node),
      },
      settings.hoverDelay,
    );
    this.watch = new RerenderWatch(doc, () => void this.repaint());
  }

  /** Runs automatically on load, or when the reader asks (`force`). */
  start(force: boolean): Promise<void> {
    if (this.running) {
      // A forced request during an automatic run gets its own run if the first one declined.
      return force ? this.running.then(() => (this.state === 'annotated' ? undefined : this.start(true))) : this.running;
    }
    this.running = this.run(force).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(force: boolean): Promise<void> {
    const url = this.doc.location?.href ?? '';
    if (!force && isSiteDisabled(this.settings, url)) return this.report('off', t('stateOff'));
    if (!force && this.settings.autoMode === 'ask') return this.report('off', t('stateOff'));
    if (!force && !detectArticle(this.doc).isArticle) return this.report('no-article', t('stateNoArticle'));

    this.clearHighlights();
    await this.report('analyzing', null);
    let article: ArticleText | null;
    try {
      // Asked for by the reader: a page that is no article is read whole.
      article = await extractArticleSliced(this.doc, { wholePageFallback: force });
    } catch {
      article = null;
    }
    if (!article || article.text.trim().length === 0) return this.report('no-article', t('stateNoArticle'));
    this.article = article;
    this.meta = {
      url,
      title: article.title ?? (this.doc.title || null),
      siteName: article.siteName,
      byline: article.byline,
      publishedTime: article.publishedTime,
      lang: article.lang,
      words: countWords(article.text),
    };
    let reply;
    try {
      reply = await analyzeWithRetry(article.text, this.meta);
    } catch (error) {
      return this.report('error', error instanceof Error ? error.message : String(error));
    }
    if (!reply?.ok) return this.report('error', reply?.error ?? t('stateError'));
    this.analysis = reply.analysis;
    if (reply.analysis.language !== 'en') return this.report('no-article', t('stateNotEnglish'));
    await this.showHighlights();
    await this.report('annotated', null);
  }

  private async report(state: PageState, message: string | null): Promise<void> {
    this.state = state;
    this.message = message;
    setPageState(this.doc, state);
    try {
      await sendToBackground({ type: 'page-state', state, meta: this.meta, message, highlights: this.highlightsOn });
    } catch {
      // The background may be restarting; the page itself is in the right state.
    }
  }

  private spans(): { entities: HighlightSpan[]; claims: HighlightSpan[] } {
    const analysis = this.analysis;
    if (!analysis) return { entities: [], claims: [] };
    const types = new Set(this.settings.highlightTypes);
    const entities: HighlightSpan[] = [];
    for (const entity of analysis.entities) {
      if (!types.has(entity.type)) continue;
      entity.mentions.forEach((m, i) => {
        const attributes: Record<string, string> = {
          'data-backstory-entity': entity.id,
          'data-backstory-type': entity.type,
          role: 'button',
          'aria-haspopup': 'dialog',
          'aria-expanded': 'false',
          // The first mention of each actor is a tab stop; the rest are reached with the shortcut.
          tabindex: i === 0 ? '0' : '-1',
        };
        entities.push({ start: m.start, end: m.end, attributes });
      });
    }
    const claims: HighlightSpan[] = this.settings.highlightClaims
      ? analysis.claims.map((c) => ({
          start: c.start,
          end: c.end,
          attributes: { 'data-backstory-claim': c.id, 'data-backstory-kind': c.kind },
        }))
      : [];
    return { entities, claims };
  }

  private async showHighlights(): Promise<void> {
    if (!this.article || !this.analysis) return;
    const article = this.article;
    const generation = ++this.paintGeneration;
    const { entities, claims } = this.spans();
    this.watch.pause();
    await paint(
      article,
      [
        { className: CLAIM_CLASS, spans: claims },
        { className: ENTITY_CLASS, spans: entities },
      ],
      () => generation !== this.paintGeneration,
    );
    if (generation !== this.paintGeneration) return;
    if (this.settings.highlightStyle === 'underline') this.doc.documentElement.setAttribute(STYLE_ATTR, 'underline');
    this.highlightsOn = true;
    const marks = [...article.root.querySelectorAll(`mark.${ENTITY_CLASS}, mark.${CLAIM_CLASS}`)];
    this.watch.watch(marks);
    // The page replaced the article while we extracted or painted (each gives it its turn): nothing of
    // ours is on the page and no later change may come to say so. Paint again, at the watch's rate.
    if (!marks.some((m) => m.isConnected) && entities.length + claims.length > 0) this.watch.lost();
  }

  private clearHighlights(): void {
    this.paintGeneration++;
    this.watch.stop();
    this.closeCard(false);
    // The whole body, not just the article root: after a partial re-render our marks may
    // be anywhere the page moved them.
    const scope = this.doc.body ?? this.article?.root;
    if (scope && scope.querySelector(`mark.${ENTITY_CLASS}, mark.${CLAIM_CLASS}`)) unpaint(scope, [ENTITY_CLASS, CLAIM_CLASS]);
    this.doc.documentElement.removeAttribute(STYLE_ATTR);
    this.highlightsOn = false;
  }

  async setHighlights(on: boolean | 'toggle'): Promise<ContentReply> {
    const want = on === 'toggle' ? !this.highlightsOn : on;
    if (want === this.highlightsOn) return this.reply();
    if (!want) {
      this.clearHighlights();
      await this.report('off', t('stateOff'));
      return this.reply();
    }
    await this.repaint();
    return this.reply();
  }

  /**
   * Paints again after our marks were removed (by us, or by a page that re-rendered its
   * article). The same article text reuses the analysis; changed text is analysed anew.
   */
  private async repaint(): Promise<void> {
    if (this.running) return;
    this.clearHighlights();
    const generation = this.paintGeneration;
    let article: ArticleText | null = null;
    try {
      article = this.analysis ? await extractArticleSliced(this.doc, { wholePageFallback: true }) : null;
    } catch {
      article = null;
    }
    // While the page had its turn, a fresh run, another repaint or the reader's "off" may
    // have cleared the marks again: the newest of them decides what is painted.
    if (this.running || generation !== this.paintGeneration) return;
    if (!article || !this.analysis || article.text !== this.analysis.text) return this.start(true);
    this.article = article;
    await this.showHighlights();
    await this.report('annotated', null);
  }

  reply(): ContentReply {
    return { ok: true, state: this.state ?? 'off', highlights: this.highlightsOn };
  }

  private openCard(mark: HTMLElement): void {
    const analysis = this.analysis;
    if (!analysis) return;
    const entityId = mark.getAttribute('data-backstory-entity');
    const claimId = mark.getAttribute('data-backstory-claim');
    const entity: Entity | undefined = entityById(analysis, entityId);
    const claim: Claim | undefined = entity ? undefined : claimById(analysis, claimId);
    if (entity) {
      this.lookup.want(entity.id);
      this.card.show(analysis, { entity, background: this.lookup.state(entity.id) }, mark);
    } else if (claim) this.card.show(analysis, { claim }, mark);
  }

  /** Background knowledge arrived for the open card: show it in place. */
  private refreshCard(): void {
    const mark = this.hover.anchor;
    if (mark && this.card.isOpen) this.openCard(mark);
  }

  private closeCard(returnFocus: boolean): void {
    const anchor = this.hover.anchor;
    this.hover.closeNow();
    if (returnFocus && anchor?.isConnected && anchor.tabIndex >= -1) anchor.focus({ preventScroll: true });
  }

  private marks(target: { entity: string } | { claim: string }): HTMLElement[] {
    const selector = 'entity' in target ? `mark[data-backstory-entity="${CSS.escape(target.entity)}"]` : `mark[data-backstory-claim="${CSS.escape(target.claim)}"]`;
    return [...this.doc.querySelectorAll<HTMLElement>(selector)];
  }

  /** Scrolls to the first mark of an entity or claim and flashes it. */
  reveal(target: { entity: string } | { claim: string }): ContentReply {
    const [first] = this.marks(target);
    if (!first) return { ok: false, error: 'not highlighted' };
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    first.classList.add('backstory-flash');
    setTimeout(() => first.classList.remove('backstory-flash'), 1300);
    return this.reply();
  }

  /** Moves keyboard focus to the next (or previous) actor highlight. */
  step(direction: 1 | -1): ContentReply {
    const all = [...this.doc.querySelectorAll<HTMLElement>('mark[data-backstory-entity]')];
    if (all.length === 0) return this.reply();
    const active = this.doc.activeElement;
    const at = active instanceof HTMLElement ? all.indexOf(active) : -1;
    const next = all[(at + direction + all.length) % all.length]!;
    next.focus({ preventScroll: false });
    next.scrollIntoView({ block: 'nearest' });
    return this.reply();
  }

  updateSettings(settings: Settings): void {
    const repaint = this.highlightsOn;
    this.settings = settings;
    this.hover.setDelay(settings.hoverDelay);
    if (repaint && isSiteDisabled(settings, this.doc.location?.href ?? '')) {
      void this.setHighlights(false);
    } else if (repaint) {
      this.clearHighlights();
      void this.setHighlights(true);
    }
  }

  /** Removes everything Backstory added to the page. */
  destroy(): void {
    this.clearHighlights();
    this.watch.stop();
    this.lookup.drop();
    this.hover.destroy();
    this.card.destroy();
    clearPageState(this.doc);
  }
}
