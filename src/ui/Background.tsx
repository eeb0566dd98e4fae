/**
 * The background part of an actor's card: who Wikipedia says they are (or the built-in
 * facts), how sure we are, and a way to read more. Everything from Wikipedia is rendered as
 * text nodes (the plain `extract`, never HTML); links open in a new tab without an opener.
 */
import type { BackgroundCard, CardSource } from '../knowledge/types.ts';
import { t } from '../shared/i18n.ts';

export interface BackgroundProps {
  card: BackgroundCard | null;
  loading: boolean;
  /** Show the card's facts: all, only those shipped with Backstory (when the surrounding card already lists the article's), or none. */
  showFacts?: boolean | 'built-in';
  /** Lines of the extract before it is clamped. */
  extractLines?: number;
}

const SOURCE_KEY: Record<CardSource, string> = {
  wikipedia: 'bgSourceWikipedia',
  offline: 'bgSourceOffline',
  article: 'bgSourceArticle',
};

const WIKIDATA_ITEM = 'https://www.wikidata.org/wiki/';

/** Only web links leave the card (no javascript:, data: …). */
function safeHref(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function Background({ card, loading, showFacts = true, extractLines = 4 }: BackgroundProps) {
  if (!card) {
    return loading ? (
      <section class="bg" aria-busy="true">
        <p class="bg__loading">{t('bgLoading')}</p>
      </section>
    ) : null;
  }
  const url = safeHref(card.url);
  const thumb = card.thumbnail && safeHref(card.thumbnail.source) ? card.thumbnail : null;
  const facts = showFacts === 'built-in' ? (card.facts ?? []).filter((f) => f.origin === 'built-in') : showFacts ? (card.facts ?? []) : [];
  return (
    <section class="bg" data-source={card.source} aria-busy={loading ? 'true' : 'false'}>
      <div class="bg__body">
        {thumb && (
          <img
            class="bg__thumb"
            src={thumb.source}
            alt={t('bgThumbnailAlt', card.title ?? '')}
            width={thumb.width}
            height={thumb.height}
            loading="lazy"
            referrerpolicy="no-referrer"
            style={{ maxWidth: '64px', height: 'auto', float: 'right', marginLeft: '8px' }}
          />
        )}
        {card.title && card.source !== 'article' && <h3 class="bg__title">{card.title}</h3>}
        {card.description && <p class="bg__description">{card.description}</p>}
        {card.extract && (
          <p
            class="bg__extract"
            style={{ display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: String(extractLines), overflow: 'hidden' }}
          >
            {card.extract}
          </p>
        )}
      </div>
      {facts.length > 0 && (
        <dl class="bg__facts">
          {facts.map((f, i) => (
            <div key={`${f.label}-${i}`}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {card.note && (
        <p class="bg__note" role="note">
          {card.note}
        </p>
      )}
      {card.candidates.length > 0 && (
        <div class="bg__candidates">
          <p>{t('bgDidYouMean')}</p>
          <ul>
            {card.candidates.map((c) => (
              <li key={c.id}>
                <a href={WIKIDATA_ITEM + encodeURIComponent(c.id)} target="_blank" rel="noopener noreferrer">
                  {c.label}
                </a>
                {c.description && <span class="bg__candidate-description"> — {c.description}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <footer class="bg__footer">
        <span class="bg__source" data-source={card.source}>
          {t(SOURCE_KEY[card.source])}
        </span>
        {url && (
          <>
            {' · '}
            <a class="bg__more" href={url} target="_blank" rel="noopener noreferrer">
              {t('bgReadMore')}
            </a>
          </>
        )}
        {card.source === 'wikipedia' && card.extract && <small class="bg__licence"> · {t('bgLicence')}</small>}
      </footer>
    </section>
  );
}
