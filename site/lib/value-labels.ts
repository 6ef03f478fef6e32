import { DELIVERY } from '../../content/schema/values.ts';
import type { ValueLabels } from '../../content/oruk/taxonomies.ts';
import { en } from '../i18n/en.ts';

/** The dictionary's words for levels of need and ways of delivery, in the shape the ORUK export takes. */
export function valueLabels(t: typeof en = en): ValueLabels {
  return {
    levels: t.levels,
    delivery: Object.fromEntries(DELIVERY.map((d) => [d, { label: t.delivery[d], hint: t.deliveryHints[d] }])) as ValueLabels['delivery'],
  };
}
