/** Build time: the labels and dates result cards need, from the directory. */
import { en as t } from '../i18n/en.ts';
import type { CardLabels } from './card.ts';
import { getDirectory } from './directory.ts';

export function cardLabels(): CardLabels {
  const { vocab } = getDirectory();
  return { access: Object.fromEntries(vocab.accessRoutes.map((a) => [a.id, a.label])), online: t.card.online, free: t.common.free, paid: t.common.paid };
}

/** Listing id → the date a person last checked it. */
export function assuredDates(): Record<string, string> {
  return Object.fromEntries(getDirectory().listings.map((l) => [l.id, l.listing.assured_date]));
}
