/** The background card for one actor: who they are in this article and what they said here. */
import type { Analysis, Claim, Entity } from '../core/types.ts';
import { t } from '../shared/i18n.ts';
import { claimsOf, coSpeakers, entityById, KIND_LABEL_KEY, TYPE_LABEL_KEY } from './model.ts';

export interface ActorCardProps {
  analysis: Analysis;
  entity: Entity;
  onJump?: (claim: Claim) => void;
  /** Makes the name a button that shows the actor in the page. */
  onReveal?: () => void;
  /** How many claims to list before "…and N more". */
  maxClaims?: number;
}

export function ActorCard({ analysis, entity, onJump, onReveal, maxClaims = 3 }: ActorCardProps) {
  const affiliation = entityById(analysis, entity.affiliation);
  const claims = claimsOf(analysis, entity.id);
  const mentions = entity.mentions.length;
  return (
    <article class={`card card--${entity.type}`} aria-label={t('cardLabel', entity.name)}>
      <header class="card__head">
        <h2 class="card__name">
          {onReveal ? (
            <button type="button" class="link" onClick={onReveal}>
              {entity.name}
            </button>
          ) : (
            entity.name
          )}
        </h2>
        <span class="card__type" data-type={entity.type}>
          {t(TYPE_LABEL_KEY[entity.type])}
        </span>
      </header>
      <dl class="card__facts">
        {entity.role && (
          <div>
            <dt>{t('cardRole')}</dt>
            <dd class="card__role">{entity.role}</dd>
          </div>
        )}
        {affiliation && (
          <div>
            <dt>{t('cardAffiliation')}</dt>
            <dd class="card__affiliation">{affiliation.name}</dd>
          </div>
        )}
      </dl>
      {entity.metonym && <p class="card__note">{t('cardStandsFor')}</p>}
      <p class="card__mentions">{mentions === 1 ? t('cardMentionsOne') : t('cardMentions', mentions)}</p>
      {claims.length > 0 ? (
        <section class="card__claims">
          <h3>{t('cardSaid')}</h3>
          <ul>
            {claims.slice(0, maxClaims).map((claim) => (
              <li key={claim.id}>
                <span class="kind" data-kind={claim.kind}>
                  {t(KIND_LABEL_KEY[claim.kind])}
                </span>{' '}
                {onJump ? (
                  <button type="button" class="link claim-text" onClick={() => onJump(claim)}>
                    {claim.text}
                  </button>
                ) : (
                  <span class="claim-text">{claim.text}</span>
                )}
              </li>
            ))}
          </ul>
          {claims.length > maxClaims && <p class="card__more">{t('cardMore', claims.length - maxClaims)}</p>}
        </section>
      ) : (
        entity.type !== 'place' && <p class="card__quiet">{t('cardNothingSaid')}</p>
      )}
    </article>
  );
}

export interface ClaimCardProps {
  analysis: Analysis;
  claim: Claim;
}

/** The card for a claim: who made it, what kind of claim it is, and how firmly. */
export function ClaimCard({ analysis, claim }: ClaimCardProps) {
  const speaker = entityById(analysis, claim.speaker?.entity);
  const source = speaker?.name ?? claim.speaker?.name ?? null;
  const others = coSpeakers(analysis, claim, speaker?.id ?? null);
  return (
    <article class="card card--claim" aria-label={t(KIND_LABEL_KEY[claim.kind])}>
      <header class="card__head">
        <h2 class="card__name">{source ?? t('cardImpersonal')}</h2>
        <span class="kind" data-kind={claim.kind}>
          {t(KIND_LABEL_KEY[claim.kind])}
        </span>
      </header>
      {speaker?.role && <p class="card__role">{speaker.role}</p>}
      {others.length > 0 && <p class="card__role">{t('claimWith', others.join(', '))}</p>}
      {claim.hedges && claim.hedges.length > 0 && (
        <p class="card__hedges">
          {claim.hedges.map((h) => (
            <span class="hedge" key={h}>
              {h}
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
