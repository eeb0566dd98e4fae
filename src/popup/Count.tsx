/** A number shown small beside a heading; screen readers hear what it counts ("9 claims"). */
import { t } from '../shared/i18n.ts';

/** `one` and `many` are i18n keys: "1 claim" / "$COUNT$ claims". */
export function Count({ n, one, many }: { n: number; one: string; many: string }) {
  return (
    <span class="count">
      <span aria-hidden="true">{n}</span>
      <span class="sr-only">{n === 1 ? t(one) : t(many, n)}</span>
    </span>
  );
}
