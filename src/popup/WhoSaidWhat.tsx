/** Who said what: the claims grouped by speaker, each with its kind; a click shows it in the page. */
import type { Analysis, Claim } from '../core/types.ts';
import { t } from '../shared/i18n.ts';
import { Count } from './Count.tsx';
import { claimsBySpeaker, coSpeakers, entityById, KIND_LABEL_KEY } from '../ui/model.ts';

export interface WhoSaidWhatProps {
  analysis: Analysis;
  onRevealClaim: (claim: Claim) => void;
}

export function WhoSaidWhat({ analysis, onRevealClaim }: WhoSaidWhatProps) {
  const groups = claimsBySpeaker(analysis, { anonymous: t('popupUnnamed'), impersonal: t('popupImpersonal') });
  return (
    <section class="section" aria-labelledby="claims-h" data-section="claims">
      <h2 id="claims-h" tabIndex={-1}>{t('popupClaims')}</h2>
      {groups.length === 0 && <p class="quiet">{t('popupNoClaims')}</p>}
      {groups.map((group, i) => {
        const role = entityById(analysis, group.entity)?.role;
        const headingId = `speaker-${i}`;
        return (
          <div class="speaker" key={group.key} data-speaker={group.entity ?? group.key} data-anonymous={group.anonymous ? 'true' : undefined}>
            <h3 id={headingId}>
              {group.name}
              {role && <span class="speaker__role"> · {role}</span>}
              {group.anonymous && <span class="speaker__role"> · {t('popupUnnamed')}</span>} <Count n={group.claims.length} one="popupSpeakerClaimsOne" many="popupSpeakerClaims" />
            </h3>
            <ul class="claims" aria-labelledby={headingId}>
              {[...group.claims]
                .sort((a, b) => a.start - b.start)
                .map((claim) => {
                  const others = coSpeakers(analysis, claim, group.entity);
                  return (
                    <li key={claim.id} data-claim-id={claim.id}>
                      <span class="kind" data-kind={claim.kind}>
                        {t(KIND_LABEL_KEY[claim.kind])}
                      </span>{' '}
                      {others.length > 0 && <span class="claim__with">{t('claimWith', others.join(', '))} </span>}
                      <button type="button" class="link" onClick={() => onRevealClaim(claim)}>
                        {claim.text}
                      </button>
                    </li>
                  );
                })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
