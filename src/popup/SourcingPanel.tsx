/**
 * How the article is sourced, readable at a glance: a verdict line, one bar per side
 * (claims its people make), the actors talked about but never heard (empty bars), and
 * how much rests on unnamed sources and unsigned allegations. Bars are drawn for the eye
 * only (aria-hidden); every figure is also in the text.
 */
import type { Analysis, Entity } from '../core/types.ts';
import { t } from '../shared/i18n.ts';
import { BALANCE_KEY, balanceArgs, sourcingOverview } from '../ui/model.ts';

export interface SourcingPanelProps {
  analysis: Analysis;
  onRevealEntity: (entity: Entity) => void;
}

function Bar({ value, max, tone }: { value: number; max: number; tone: string }) {
  const width = max > 0 ? Math.max(value > 0 ? 4 : 0, Math.round((value / max) * 100)) : 0;
  return (
    <span class="bar" aria-hidden="true">
      <span class={`bar__fill bar__fill--${tone}`} style={{ width: `${width}%` }} />
    </span>
  );
}

export function SourcingPanel({ analysis, onRevealEntity }: SourcingPanelProps) {
  const o = sourcingOverview(analysis);
  if (o.total === 0 && o.unheard.length === 0) {
    return (
      <section class="section" aria-labelledby="sourcing-h" data-section="sourcing">
        <h2 id="sourcing-h" tabIndex={-1}>{t('popupSourcing')}</h2>
        <p class="quiet">{t('sourcingNone')}</p>
      </section>
    );
  }
  const max = Math.max(1, ...o.sides.map((s) => s.claims));
  const kindsMax = Math.max(1, o.named, o.anonymous, o.unsigned);
  const unheard = o.unheard.slice(0, 6);
  return (
    <section class="section" aria-labelledby="sourcing-h" data-section="sourcing">
      <h2 id="sourcing-h" tabIndex={-1}>{t('popupSourcing')}</h2>
      <p class="verdict" data-balance={o.balance}>
        {t(BALANCE_KEY[o.balance], ...balanceArgs(o))}
      </p>

      <h3 id="sides-h">{t('sourcingSides')}</h3>
      <ul class="bars" aria-labelledby="sides-h">
        {o.sides.map((side) => (
          <li key={side.key} data-side={side.entity ?? side.name} data-claims={side.claims}>
            <span class="bars__label">
              {side.claims === 1 ? t('sourcingSideOne', side.name) : t('sourcingSide', side.name, side.claims)}
              {side.speakers.some((name) => name !== side.name) && <span class="bars__who"> ({side.speakers.join(', ')})</span>}
            </span>
            <Bar value={side.claims} max={max} tone="side" />
          </li>
        ))}
        {unheard.map((entity) => (
          <li key={entity.id} data-side={entity.id} data-claims="0" data-unheard="true">
            <span class="bars__label">
              <button type="button" class="link" onClick={() => onRevealEntity(entity)} aria-label={t('popupShowInPage', entity.name)}>
                {entity.name}
              </button>
              : {t('sourcingNeverHeard')}
            </span>
            <Bar value={0} max={max} tone="side" />
          </li>
        ))}
      </ul>

      <h3 id="kinds-h">{t('sourcingKinds')}</h3>
      <ul class="bars" aria-labelledby="kinds-h">
        <li data-count="named">
          <span class="bars__label">
            {t('sourcingNamed')}: {o.named}
          </span>
          <Bar value={o.named} max={kindsMax} tone="named" />
        </li>
        <li data-count="anonymous">
          <span class="bars__label">
            {t('sourcingAnonymous')}: {o.anonymous}
          </span>
          <Bar value={o.anonymous} max={kindsMax} tone="anonymous" />
        </li>
        <li data-count="unsigned">
          <span class="bars__label">
            {t('sourcingUnsigned')}: {o.unsigned}
            {o.unsignedAllegations > 0 && <span class="bars__who"> ({t('sourcingAllegations', o.unsignedAllegations)})</span>}
          </span>
          <Bar value={o.unsigned} max={kindsMax} tone="unsigned" />
        </li>
      </ul>
    </section>
  );
}
