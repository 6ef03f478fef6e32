/**
 * What the embedded engine's word matching reads of a document beyond its terms: its searchable fields as the
 * index keeps them, and what is made from them the first time a search needs it and then kept on the index (each
 * document's fields as Meilisearch's exactness rule reads them, and the pair index that finds a joined-up word's
 * halves side by side). Apart from embedded-match.ts because these belong to the index's fields, not to one
 * search's ranking: the index's build reads the same field lists.
 */
import type { EmbeddedIndex } from './embedded-index.ts';
import { exactStarts, type ExactStarts } from './exact-attribute.ts';
import { SEARCHABLE_FIELDS, type SearchableField } from './fields.ts';
import { buildPairIndex, neighbours } from './splits.ts';

export const ALL_FIELDS = [...SEARCHABLE_FIELDS];
/**
 * Need labels and phrases are the same on every service with that need, so (when the vocabulary is given)
 * they are indexed once per need, not once per document: a word matching a need's phrase matches every
 * service with that need, exactly as if the phrase were in each document, at a fraction of the size and time.
 */
export const NEED_FIELDS: SearchableField[] = ['needLabels', 'needPhrases'];

/** A document's searchable fields as the index keeps them: all but the description, of which its start. */
function keptTexts(index: EmbeddedIndex, i: number): Record<SearchableField, string | readonly string[]> {
  const d = index.docs[i]!;
  return {
    name: d.name,
    needLabels: d.needLabels,
    needPhrases: d.needs.flatMap((n) => index.needPhrases[n] ?? []),
    summary: d.summary,
    organization: d.organization,
    eligibility: d.eligibility ?? '',
    venueName: d.venueName ?? '',
    description: index.descriptionStarts[i] ?? '',
    town: d.town ?? '',
    postcode: d.postcode ?? '',
  };
}

/**
 * One document's fields in searchable-attributes order, as the exactness rule reads them: made the first time a
 * search ranks that document and kept, so a first search pays only for the documents it ranks, not all of them.
 */
export function exactStartsAt(index: EmbeddedIndex, i: number): ExactStarts {
  const all = (index.exactStarts ??= new Array<ExactStarts | undefined>(index.docs.length));
  let starts = all[i];
  if (starts === undefined) {
    const description = ALL_FIELDS.indexOf('description');
    const text = keptTexts(index, i);
    const partial = index.descriptionsCut.has(i) || index.descriptionStarts[i] === undefined ? new Set([description]) : undefined;
    starts = all[i] = exactStarts(
      ALL_FIELDS.map((f) => text[f]),
      index.stopWords,
      partial,
    );
  }
  return starts;
}

/**
 * The documents with `left` and `right` side by side in a kept text, with the best field rank: in their own
 * fields, or in a need's label or phrases (every document with that need).
 */
export function neighbourDocs(index: EmbeddedIndex, left: string, right: string): Map<number, number> {
  // Every word of a kept text is also a term of the term indexes (same fields, same tokeniser: embedded.test.ts
  // checks it), so a cut whose halves are not both terms has no neighbours, and needs no pair index. Most
  // words have no such cut: only a search with a real joined-up word ("youthclub") builds it.
  const known = (w: string) => index.terms.terms.get(w) !== undefined || index.needTerms?.terms.terms.get(w) !== undefined;
  if (!known(left) || !known(right)) return new Map();
  index.pairs ??= {
    // Need text once per need, not once per document.
    docs: buildPairIndex(
      index.docs.map((_, i) => {
        const text = keptTexts(index, i);
        return ALL_FIELDS.map((f) => (NEED_FIELDS.includes(f) ? undefined : text[f]));
      }),
      index.stopWords,
    ),
    needs: buildPairIndex(
      index.needIds.map((id) =>
        ALL_FIELDS.map((f) => (f === 'needLabels' ? (index.needLabelOf[id] ?? '') : f === 'needPhrases' ? (index.needPhrases[id] ?? []) : undefined)),
      ),
      index.stopWords,
    ),
  };
  const out = neighbours(index.pairs.docs, left, right);
  for (const [k, rank] of neighbours(index.pairs.needs, left, right)) {
    for (const i of index.docsByNeed[k] ?? []) if ((out.get(i) ?? 99) > rank) out.set(i, rank);
  }
  return out;
}
