/**
 * The urgent-help word model: a second reader of a search beside the trigger lists (signposts.ts), for danger
 * told in words no list holds ("my brother will hurt me if i dont marry"). One logistic regression per urgent
 * topic over the search's word stems and pairs of neighbouring stems, trained on the safety set's tuning half and
 * the everyday search examples (scripts/train-signpost-model.ts, ADR 13). Its panels add to the lists', never
 * replace them, and only above a threshold chosen for few false alarms on everyday searches it was not trained on.
 * Pure and browser-safe: the search page scores every search with it.
 */
import { stemmer } from 'stemmer';
import { normaliseForSignposts } from './signpost-normalise.ts';
import { compileSignposts, type Signposter, signpostTriggers } from './signposts.ts';
import type { UrgentHelp, UrgentHelpModel, UrgentTopicId } from '../../../content/schema/urgent-help.ts';

/** The model as stored (content/vocabularies/urgent-help-model.json) and served (/search-signposts-model.json). */
export type SignpostModel = UrgentHelpModel;

/** A search's features: its word stems (numbers as "#"), and each pair of neighbouring stems. */
export function modelFeatures(text: string): string[] {
  const stems = normaliseForSignposts(text)
    .split(' ')
    .filter(Boolean)
    .map((w) => (/^\d+$/.test(w) ? '#' : stemmer(w)));
  const out = new Set<string>(stems);
  for (let i = 0; i + 1 < stems.length; i++) out.add(`${stems[i]} ${stems[i + 1]}`);
  return [...out];
}

/**
 * A topic's probability from its bias and the summed weights of a search's features, out of how many features the
 * search has (known to the model or not): a long search is not more alarming for having more words.
 */
export const probability = (bias: number, weightSum: number, featureCount: number) =>
  1 / (1 + Math.exp(-(bias + weightSum / Math.sqrt(featureCount || 1))));

export interface ModelReader {
  /** Each topic's probability, in the model's topic order. */
  scores(text: string): { id: UrgentTopicId; p: number }[];
  /** The topics above the threshold. */
  match(text: string): UrgentTopicId[];
  /** The stored threshold (withModel also reads scores against FURTHER_PANEL_THRESHOLD). */
  threshold: number;
}

/**
 * The bar for a further panel on a search the trigger lists already show one for, or for a panel the lists nearly
 * show (Signposter.near: two of a combination's three slots): the model's even odds, not its threshold. Two readers
 * half-agreeing is evidence enough. The threshold is set high so that everyday searches stay quiet, and the lists
 * have read at least part of a danger in these searches: near panels found 68 more of the held-out half's danger
 * searches for 6 more false alarms in 6,559 everyday ones (3 December 2026).
 *
 * A further panel answers which kind of danger ("my daughter was abused" shows child-at-risk from the lists, and
 * sexual abuse too when the model leans that way). Measured on the held-out half (3 December 2026): of
 * the 49 danger searches the lists gave only another topic's panel, 14 gain the right one (7 did at the threshold),
 * and 2% of danger searches gain a panel their writer did not ask for; everyday searches are untouched, as a search
 * the lists left quiet still needs the threshold.
 */
export const FURTHER_PANEL_THRESHOLD = 0.5;

export function readSignpostModel(model: SignpostModel): ModelReader {
  const featureIds = new Map(model.features.split('|').map((f, i) => [f, i]));
  const topics = model.topics.map((t) => {
    const weights = new Map<number, number>();
    let id = 0;
    for (const pair of t.weights.split(',').filter(Boolean)) {
      const [gap, w] = pair.split(':');
      id += Number(gap);
      weights.set(id, Number(w) * model.unit);
    }
    return { id: t.id, bias: t.bias, weights };
  });
  const scores = (text: string) => {
    const features = modelFeatures(text);
    const known = features.map((f) => featureIds.get(f)).filter((k): k is number => k !== undefined);
    return topics.map((t) => {
      let sum = 0;
      for (const k of known) sum += t.weights.get(k) ?? 0;
      return { id: t.id, p: probability(t.bias, sum, features.length) };
    });
  };
  return {
    scores,
    threshold: model.threshold,
    match: (text) =>
      scores(text)
        .filter((s) => s.p > model.threshold)
        .map((s) => s.id),
  };
}

/**
 * The lists' panels, then any more the model adds (in the model's order, urgent-help.yaml's order of urgency):
 * above its threshold, or above even odds when the lists show a panel or nearly do (FURTHER_PANEL_THRESHOLD); never a
 * topic the lists' except words kept quiet on: those were judged everyday on purpose.
 */
export function withModel(lists: Signposter, model: ModelReader | undefined): Signposter {
  if (!model) return lists;
  return {
    match(text) {
      const shown = lists.match(text);
      const stopped = lists.stopped?.(text) ?? [];
      const near = lists.near?.(text) ?? [];
      // Scored once, in the model's order: above the threshold, or above even odds where the lists show a panel or
      // nearly show this one.
      const even = Math.min(FURTHER_PANEL_THRESHOLD, model.threshold);
      const added = model
        .scores(text)
        .filter(({ id, p }) => p > model.threshold || (p > even && (shown.length > 0 || near.includes(id))))
        .map((s) => s.id);
      return [...shown, ...added.filter((id) => !shown.includes(id) && !stopped.includes(id))];
    },
    stopped: (text) => lists.stopped?.(text) ?? [],
    near: (text) => lists.near?.(text) ?? [],
  };
}

/** The matcher the site uses for a directory's urgent help: its trigger lists, with its word model when it has one. */
export function compileUrgentHelp(file: UrgentHelp): Signposter {
  return withModel(compileSignposts(signpostTriggers(file)), file.model && readSignpostModel(file.model));
}
