/** Build time: the labels and dates result cards need, from the directory. */
import { en as t } from '../i18n/en.ts';
import type { CardLabels } from './card.ts';
import { getDirectory } from './directory.ts';

export function cardLabels(): CardLabels {
  const { vocab } = getDirectory();
  return {
    access: Object.fromEntries(vocab.accessRoutes.map((a) => [a.id, a.label])),
    online: t.card.online,
    free: t.common.free,
    paid: t.common.paid,
  };
}

/** A paid listing's prices as one line: "Per session: £1, free with free school meals; Full course: £12". */
export function costLine(options: readonly { option?: string | undefined; amount_description: string }[]): string {
  return options.map((c) => (c.option ? `${c.option}: ${c.amount_description}` : c.amount_description)).join('; ');
}

/** Listing id → its prices, for paid listings with prices given. */
export function costTexts(): Record<string, string> {
  return Object.fromEntries(
    getDirectory()
      .listings.filter((l) => l.listing.cost === 'paid' && l.listing.cost_options.length > 0)
      .map((l) => [l.id, costLine(l.listing.cost_options)]),
  );
}

/** Listing id → the date a person last checked it. */
export function assuredDates(): Record<string, string> {
  return Object.fromEntries(getDirectory().listings.map((l) => [l.id, l.listing.assured_date]));
}
