/** The sentences that carry the article, each with the actors it involves. */
import type { Analysis, Entity } from '../core/types.ts';
import { t } from '../shared/i18n.ts';
import { actorsInSpan, summarySpans } from '../ui/model.ts';

export interface SummaryProps {
  analysis: Analysis;
  onRevealEntity: (entity: Entity) => void;
}

export function Summary({ analysis, onRevealEntity }: SummaryProps) {
  if (analysis.summary.length === 0) return null;
  const spans = summarySpans(analysis);
  return (
    <section class="section" aria-labelledby="summary-h" data-section="summary">
      <h2 id="summary-h" tabIndex={-1}>{t('popupSummary')}</h2>
      <ol class="summary">
        {analysis.summary.map((sentence, i) => {
          const span = spans[i];
          const actors = span ? actorsInSpan(analysis, span) : [];
          return (
            <li key={i}>
              <p class="summary__text">{sentence}</p>
              {actors.length > 0 && (
                <ul class="chips" aria-label={t('popupSummaryActors', actors.map((a) => a.name).join(', '))}>
                  {actors.map((actor) => (
                    <li key={actor.id}>
                      <button
                        type="button"
                        class="chip"
                        data-type={actor.type}
                        data-entity={actor.id}
                        aria-label={t('popupShowInPage', actor.name)}
                        onClick={() => onRevealEntity(actor)}
                      >
                        {actor.name}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
