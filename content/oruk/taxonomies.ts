import { ACCESS_ROUTES, DELIVERY, LEVELS, type Council, type Delivery, type Level } from '../schema/index.ts';
import type { Vocabularies } from '../lib/vocabularies.ts';
import { orukId } from './stable-uuid.ts';
import type { OrukTaxonomy, OrukTaxonomyTerm } from './types.ts';

/** One top-level DfE Family Hubs service category and its children (content/data/dfe-service-categories.json). */
export interface DfeCategory {
  name: string;
  taxonomy_type?: string;
  children: string[];
}

/** The words for each level of need and way of delivery. They live in site/i18n/en.ts; callers pass them in. */
export interface ValueLabels {
  levels: Record<Level, { label: string; hint: string }>;
  delivery: Record<Delivery, { label: string; hint: string }>;
}

export interface TaxonomyContext {
  council: Council;
  vocab: Vocabularies;
  dfe: DfeCategory[];
  labels: ValueLabels;
}

/** The codes of our own taxonomies, used in term `taxonomy` fields so an importer can recognise them. */
export const TAXONOMY_CODES = {
  dfe: 'dfe-family-hubs-service-categories',
  needs: 'fis-needs',
  level: 'fis-level-of-need',
  access: 'fis-access-routes',
  delivery: 'fis-delivery',
} as const;

/**
 * Every taxonomy the export publishes, with every term. The DfE categories are a national list, so their ids
 * are derived without the council id: two councils' feeds then share the same term ids for the same category.
 */
export interface Taxonomies {
  taxonomies: OrukTaxonomy[];
  terms: OrukTaxonomyTerm[];
  needTerm(needId: string): OrukTaxonomyTerm;
  dfeTerm(parent: string, name: string): OrukTaxonomyTerm;
  levelTerm(level: string): OrukTaxonomyTerm;
  accessTerm(route: string): OrukTaxonomyTerm;
  deliveryTerm(mode: string): OrukTaxonomyTerm;
}

export function buildTaxonomies(ctx: TaxonomyContext): Taxonomies {
  const c = ctx.council.id;
  const taxonomies: OrukTaxonomy[] = [];
  const terms: OrukTaxonomyTerm[] = [];
  const byKey = new Map<string, OrukTaxonomyTerm>();
  const codeOf = new Map<string, string>();

  const addTaxonomy = (owner: string, code: string, name: string, description: string, uri?: string): OrukTaxonomy => {
    const t: OrukTaxonomy = { id: orukId(owner, 'taxonomy', code), name, description, ...(uri ? { uri } : {}) };
    taxonomies.push(t);
    codeOf.set(t.id, code);
    return t;
  };
  const addTerm = (owner: string, taxonomy: OrukTaxonomy, code: string, key: string, name: string, description: string, parentId?: string) => {
    const term: OrukTaxonomyTerm = {
      id: orukId(owner, 'taxonomy_term', `${codeOf.get(taxonomy.id)}/${key}`),
      name,
      description,
      ...(parentId ? { parent_id: parentId } : {}),
      // The taxonomy's code, not its title: an importer recognises our own taxonomies by it.
      taxonomy: codeOf.get(taxonomy.id)!,
      taxonomy_id: taxonomy.id,
      term: code,
    };
    terms.push(term);
    byKey.set(`${taxonomy.id}|${key}`, term);
    return term;
  };

  const dfe = addTaxonomy(
    'dfe',
    TAXONOMY_CODES.dfe,
    'DfE Family Hubs service categories',
    'The service categories of the Department for Education "Find support for your family" service directory.',
  );
  for (const parent of ctx.dfe) {
    const p = addTerm('dfe', dfe, parent.name, parent.name, parent.name, `DfE category: ${parent.name}.`);
    for (const child of parent.children)
      addTerm('dfe', dfe, child, `${parent.name}/${child}`, child, `DfE category: ${child} (${parent.name}).`, p.id);
  }

  const needs = addTaxonomy(
    c,
    TAXONOMY_CODES.needs,
    `${ctx.council.directory_name}: needs`,
    'What is happening in a family that a service helps with.',
  );
  for (const n of ctx.vocab.needs) addTerm(c, needs, n.id, n.id, n.label, n.hint);

  const level = addTaxonomy(
    c,
    TAXONOMY_CODES.level,
    `${ctx.council.directory_name}: level of need`,
    'How much help a family needs to use the service.',
  );
  for (const l of LEVELS) addTerm(c, level, l, l, ctx.labels.levels[l].label, ctx.labels.levels[l].hint);

  const access = addTaxonomy(c, TAXONOMY_CODES.access, `${ctx.council.directory_name}: how to get the service`, 'How families get to the service.');
  for (const r of ACCESS_ROUTES) {
    const v = ctx.vocab.accessRoutes.find((a) => a.id === r);
    addTerm(c, access, r, r, v?.label ?? r, v?.hint ?? v?.label ?? r);
  }

  const delivery = addTaxonomy(
    c,
    TAXONOMY_CODES.delivery,
    `${ctx.council.directory_name}: how the service is delivered`,
    'In person, online or by phone.',
  );
  for (const d of DELIVERY) addTerm(c, delivery, d, d, ctx.labels.delivery[d].label, ctx.labels.delivery[d].hint);

  const get = (taxonomy: OrukTaxonomy, key: string) => {
    const t = byKey.get(`${taxonomy.id}|${key}`);
    if (!t) throw new Error(`No term "${key}" in the taxonomy "${taxonomy.name}"`);
    return t;
  };
  return {
    taxonomies,
    terms,
    needTerm: (id) => get(needs, id),
    dfeTerm: (parent, name) => get(dfe, `${parent}/${name}`),
    levelTerm: (l) => get(level, l),
    accessTerm: (r) => get(access, r),
    deliveryTerm: (d) => get(delivery, d),
  };
}
