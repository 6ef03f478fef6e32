/**
 * The words the search island shows for ids: each filter value (the "remove this filter" links and the advice
 * when nothing is found) and the labels on result cards, from the page's vocabularies and the English text.
 */
import { en as t } from '../i18n/en.ts';
import type { CardLabels } from '../lib/card.ts';
import type { Option } from '../lib/option.ts';
import type { FilterLabels } from '../lib/search-form.ts';

/** An id's label, or the id itself when the vocabulary does not have it. */
export const labelOf = (list: readonly Option[], id: string) => list.find((o) => o.id === id)?.label ?? id;

export function filterLabelsFor(vocab: { needs: Option[]; accessRoutes: Option[]; localities: Option[]; languages: Option[] }): FilterLabels {
  return {
    need: (id) => labelOf(vocab.needs, id),
    access: (id) => labelOf(vocab.accessRoutes, id),
    delivery: (id) => t.delivery[id as keyof typeof t.delivery] ?? id,
    locality: (id) => labelOf(vocab.localities, id),
    level: (id) => t.levels[id as keyof typeof t.levels]?.label ?? id,
    language: (id) => labelOf(vocab.languages, id),
    day: (id) => t.searchForm.openOn(t.days[id as keyof typeof t.days] ?? id),
    age: (a) => t.searchForm.ageChoice(a),
    send: t.searchForm.send,
    free: t.searchForm.free,
    hubs: t.searchForm.hubs,
    radius: (m) => t.searchForm.miles(Number(m)),
    q: (q) => `"${q}"`,
  };
}

export function cardLabelsFor(accessRoutes: readonly Option[]): CardLabels {
  return {
    access: Object.fromEntries(accessRoutes.map((a) => [a.id, a.label])),
    online: t.card.online,
    free: t.common.free,
    paid: t.common.paid,
  };
}
