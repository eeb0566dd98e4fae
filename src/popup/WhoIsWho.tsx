/** Who's who: a card per actor, grouped by type, most central first. */
import type { ComponentChildren } from 'preact';
import type { Analysis, Claim, Entity } from '../core/types.ts';
import { t } from '../shared/i18n.ts';
import { ActorCard } from '../ui/ActorCard.tsx';
import { Count } from './Count.tsx';
import { groupEntities, TYPE_GROUP_KEY } from '../ui/model.ts';

export interface WhoIsWhoProps {
  analysis: Analysis;
  onRevealEntity: (entity: Entity) => void;
  onRevealClaim: (claim: Claim) => void;
  /**
   * Background from outside the article (Wikipedia summary and thumbnail) for an actor,
   * when lookups are on and have an answer; rendered under the actor's card.
   */
  renderBackground?: (entity: Entity) => ComponentChildren;
  /** Claims listed per card before "+N" (the full report shows more). */
  maxClaims?: number;
}

export function WhoIsWho({ analysis, onRevealEntity, onRevealClaim, renderBackground, maxClaims = 1 }: WhoIsWhoProps) {
  const groups = groupEntities(analysis.entities);
  return (
    <section class="section" aria-labelledby="actors-h" data-section="actors">
      <h2 id="actors-h" tabIndex={-1}>{t('popupActors')}</h2>
      {groups.length === 0 && <p class="quiet">{t('popupNoActors')}</p>}
      {groups.map((group) => (
        <div class="group" key={group.type}>
          <h3 id={`group-${group.type}`}>
            {t(TYPE_GROUP_KEY[group.type])} <Count n={group.entities.length} one="popupActorCountOne" many="popupActorCount" />
          </h3>
          <ul class="actors" aria-labelledby={`group-${group.type}`}>
            {group.entities.map((entity) => {
              const background = renderBackground?.(entity);
              return (
                <li key={entity.id} data-entity-id={entity.id} class="actor">
                  <ActorCard analysis={analysis} entity={entity} onJump={onRevealClaim} onReveal={() => onRevealEntity(entity)} maxClaims={maxClaims} />
                  {background != null && background !== false && (
                    <div class="actor__background" data-slot="background">
                      {background}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
