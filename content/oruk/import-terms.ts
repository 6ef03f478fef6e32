import type { Vocabularies } from '../lib/vocabularies.ts';
import { needsFromMapping, type NoteFn } from './import-rules.ts';
import type { NeedsMapping } from './needs-mapping.ts';
import { isFeed } from './record.ts';
import { TAXONOMY_CODES } from './taxonomies.ts';
import { plainLine } from './text.ts';
import type { OrukService, OrukTaxonomyTerm } from './types.ts';

/**
 * What a feed service's taxonomy terms say, for the importer (import-service.ts): our own codes among them
 * (needs, level of need, access routes, delivery: a feed we exported comes back as it went out), and, when
 * they carry none of our needs, the needs their DfE categories and the feed's needs mapping file point to.
 */

/**
 * The reverse of needs.yaml `dfe_categories`: for one DfE category, the need that lists it earliest (its
 * most characteristic need), preferring needs the DfE list covers directly.
 */
export function needForDfeCategory(vocab: Vocabularies, category: string): string | undefined {
  const key = category.trim().toLowerCase();
  let best: { id: string; rank: number } | undefined;
  vocab.needs.forEach((n, order) => {
    const i = n.dfe_categories.findIndex((c) => c.name.toLowerCase() === key);
    if (i < 0) return;
    const rank = i * 100 + (n.dfe_direct ? 0 : 50) + order;
    if (!best || rank < best.rank) best = { id: n.id, rank };
  });
  return best?.id;
}

/** The terms' codes in one of our taxonomies, once each, keeping only the values that taxonomy allows. */
export function codesIn<T extends string>(terms: OrukTaxonomyTerm[], taxonomy: string, allowed: readonly T[]): T[] {
  return [...new Set(terms.filter((t) => t.taxonomy === taxonomy).map((t) => t.term ?? ''))].filter((c): c is T =>
    (allowed as readonly string[]).includes(c),
  );
}

/** Terms of the feed that are not our own taxonomy codes: DfE categories, audiences, other vocabularies. */
function feedTerms(s: OrukService, terms: OrukTaxonomyTerm[]): string[] {
  const ours = new Set<string>(Object.values(TAXONOMY_CODES).filter((c) => c !== TAXONOMY_CODES.dfe));
  const fromTaxonomy = terms.filter((t) => !ours.has(t.taxonomy ?? '')).map((t) => t.name);
  const fromAudience = isFeed(s) ? s.audience.map((a) => a.term) : [];
  return [...new Set([...fromTaxonomy, ...fromAudience].map((t) => plainLine(t, 80)).filter((t): t is string => t !== undefined))];
}

/**
 * A service's needs: ours first, then DfE categories mapped back through needs.yaml, then the feed's mapping
 * file; at most 4. `viaMapping` is the terms that went through the mapping file, so it can list them.
 */
export function needsFromTerms(
  s: OrukService,
  terms: OrukTaxonomyTerm[],
  ctx: { vocab: Vocabularies; mapping?: NeedsMapping | undefined },
  note: NoteFn,
): { needs: string[]; viaMapping: string[] } {
  const { vocab } = ctx;
  const needIds = vocab.needs.map((n) => n.id);
  let needs: string[] = codesIn(terms, TAXONOMY_CODES.needs, needIds);
  const otherTerms = feedTerms(s, terms);
  const viaMapping: string[] = [];
  if (needs.length === 0) {
    for (const t of otherTerms) {
      const need = needForDfeCategory(vocab, t);
      if (need) needs.push(need);
      else viaMapping.push(t);
    }
    if (needs.length > 0)
      note(
        'needs',
        `The needs (${[...new Set(needs)].join(', ')}) were worked out from DfE categories: check they are the ones families would look under.`,
      );
    needs.push(...needsFromMapping(viaMapping, ctx.mapping, vocab, note));
    needs = [...new Set(needs)];
    if (needs.length > 4) {
      note(
        'needs',
        `The feed's terms give ${needs.length} needs (${needs.join(', ')}); a listing has at most 4, so the first 4 were kept: check them.`,
      );
      needs = needs.slice(0, 4);
    }
  }
  if (needs.length === 0)
    note('needs', 'No category or audience in the feed matches a need: choose 1 to 4 needs from content/vocabularies/needs.yaml.', true);
  return { needs, viaMapping };
}
