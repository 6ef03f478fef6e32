import { parse, parseDocument } from 'yaml';
import type { Vocabularies } from '../lib/vocabularies.ts';
import { get, isRec } from './read.ts';

/**
 * Which needs a feed's audience and category terms mean ("Autism", "Carers", "Drug and Alcohol Misuse"), in
 * a file per feed the FIS team reviews. The importer suggests needs from the needs vocabulary's labels,
 * everyday phrases and DfE categories; the team corrects them and sets `reviewed: true`; the next import
 * uses the file as the team left it and only adds terms it has not seen.
 */
export interface TermMapping {
  needs: string[];
  reviewed: boolean;
}
export type NeedsMapping = Map<string, TermMapping>;

// Words that say nothing about a need: audience words every service shares ("Children", "Families", "Adults").
const STOP = new Set([
  'and',
  'or',
  'the',
  'of',
  'for',
  'with',
  'to',
  'in',
  'on',
  'a',
  'an',
  'your',
  'their',
  'people',
  'support',
  'services',
  'service',
  'help',
  'group',
  'groups',
  'general',
  'children',
  'child',
  'childrens',
  'adults',
  'adult',
  'families',
  'family',
  'everyone',
  'all',
  'young',
  'under',
  'over',
  'aged',
  'age',
  'ages',
  'local',
  'residents',
  'community',
]);

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const stem = (w: string) => w.replace(/(?:ing|ers|er|es|s)$/, '').slice(0, 6);
const words = (s: string) =>
  norm(s)
    .split(' ')
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map(stem);

/** Up to two needs a term most likely means, best first; none when nothing in the vocabulary is close. */
export function suggestNeeds(term: string, vocab: Vocabularies): string[] {
  const t = norm(term);
  const tw = new Set(words(term));
  if (t === '' || tw.size === 0) return [];
  const scored = vocab.needs.map((n) => {
    const phrases = [n.label, ...n.phrases, ...n.dfe_categories.map((c) => c.name), n.id.replace(/-/g, ' ')].map(norm);
    let score = 0;
    for (const p of phrases) {
      if (p === t) score += 10;
      // The term holds a whole phrase ("drug and alcohol misuse" holds "alcohol"), or a phrase holds a term of
      // two or more words; a phrase merely holding a one-word term ("parents fighting") is only a word match.
      else if (p.length >= 4 && (` ${t} `.includes(` ${p} `) || (t.includes(' ') && ` ${p} `.includes(` ${t} `)))) score += 4;
    }
    // A word of the need's label says more than a word of its hint or phrases.
    const label = new Set([...words(n.label), ...words(n.id.replace(/-/g, ' '))]);
    const rest = new Set([...words(n.hint), ...n.phrases.flatMap(words), ...n.dfe_categories.flatMap((c) => words(c.name))]);
    for (const w of tw) score += label.has(w) ? 3 : rest.has(w) ? 1 : 0;
    return { id: n.id, score };
  });
  const best = Math.max(...scored.map((s) => s.score));
  if (best < 2) return [];
  return scored
    .filter((s) => s.score >= Math.max(2, best / 2))
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .map((s) => s.id);
}

/** The mapping file as the team left it. Unknown need ids are reported, not used. */
export function readNeedsMapping(text: string, vocab: Vocabularies): { mapping: NeedsMapping; problems: string[] } {
  const mapping: NeedsMapping = new Map();
  const problems: string[] = [];
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    return { mapping, problems: [`it is not valid YAML (${(e as Error).message.split('\n')[0]}): fix it, or delete it to start again`] };
  }
  const terms = get(doc, 'terms');
  if (!isRec(terms)) return { mapping, problems: doc == null ? [] : ['it has no "terms:" section: delete it to start again'] };
  const known = new Set(vocab.needs.map((n) => n.id));
  for (const [term, value] of Object.entries(terms)) {
    const needs = Array.isArray(get(value, 'needs')) ? (get(value, 'needs') as unknown[]).filter((n): n is string => typeof n === 'string') : [];
    const unknown = needs.filter((n) => !known.has(n));
    if (unknown.length)
      problems.push(
        `"${term.replace(/[\r\n]+/g, ' ')}" names ${unknown.map((u) => `"${u}"`).join(', ')}, which is not a need in content/vocabularies/needs.yaml`,
      );
    mapping.set(term, { needs: needs.filter((n) => known.has(n)), reviewed: get(value, 'reviewed') === true });
  }
  return { mapping, problems };
}

/** Add the terms seen in this import that the file does not hold yet, with suggestions. Existing entries stay. */
export function extendNeedsMapping(mapping: NeedsMapping, terms: Iterable<string>, vocab: Vocabularies): string[] {
  const added: string[] = [];
  for (const term of terms) {
    if (mapping.has(term)) continue;
    mapping.set(term, { needs: suggestNeeds(term, vocab), reviewed: false });
    added.push(term);
  }
  return added;
}

/** The mapping file's text: terms in alphabetical order, each on one line, keys quoted as JSON (valid YAML). */
export function renderNeedsMapping(mapping: NeedsMapping, feed: string): string {
  const head = [
    `# Needs for the audience and category terms of the feed ${JSON.stringify(feed)
      .slice(1, -1)
      .replace(/[\r\n]/g, ' ')}.`,
    '# Written by npm run import:oruk, then owned by the FIS team: the next import uses it as you leave it and',
    '# only adds terms it has not seen. For each term, list the needs (ids from content/vocabularies/needs.yaml)',
    '# a service with that term should be found under, or [] if the term says nothing about needs. The importer',
    '# suggested the ones marked reviewed: false: check each, then set reviewed: true.',
    'terms:',
  ];
  const lines = [...mapping.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([term, m]) => `  ${JSON.stringify(term)}: { needs: [${m.needs.join(', ')}], reviewed: ${m.reviewed} }`);
  return `${[...head, ...lines].join('\n')}\n`;
}

/**
 * The team's file with new terms added, everything else (their comments, their order, their edits) as they
 * left it. Each new term goes at the end of `terms`, on one line like the rest.
 */
export function addToNeedsMapping(text: string, terms: [string, TermMapping][]): string {
  const doc = parseDocument(text);
  for (const [term, m] of terms) {
    const node = doc.createNode({ needs: m.needs, reviewed: m.reviewed }, { flow: true });
    doc.setIn(['terms', term], node);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
