import { z } from 'zod';
import { isoDate, plainLine, slug, webUrl } from './primitives.ts';

/**
 * content/vocabularies/urgent-help.yaml: the urgent topics a search can signpost before any result. Each topic
 * says what to do now, which of the council's numbers to give, and which free national helplines to give (each
 * checked against the organisation's own site, with the date). The words families and young people use for
 * each are in content/vocabularies/urgent-triggers/, matched by site/lib/search/signposts.ts deliberately
 * generously: a false alarm costs a panel, a miss can cost a child.
 */

export const URGENT_TOPIC_IDS = [
  'child-at-risk',
  'domestic-abuse',
  'suicide-self-harm',
  'homeless-tonight',
  'missing-child',
  'sexual-abuse-exploitation',
  'forced-marriage-fgm',
] as const;
export type UrgentTopicId = (typeof URGENT_TOPIC_IDS)[number];

/** The council numbers a topic may show, named as in council.yaml's `urgent_help` and `contact`. */
export const COUNCIL_NUMBERS = ['childrens_social_care_phone', 'out_of_hours_phone', 'homelessness_phone'] as const;
export type CouncilNumber = (typeof COUNCIL_NUMBERS)[number];

/**
 * A national helpline number as dialled: 116 123, 0800 1111, 0808 2000 247, or a text short code like 85258.
 * Not the listing `phone` rule, because the 116 numbers and short codes are shorter than ordinary numbers.
 */
export const helplineNumber = z
  .string()
  .trim()
  .regex(/^[0-9][0-9 ]*[0-9]$/, 'Write the number as digits and spaces, for example 0808 800 5000 or 116 123')
  .refine((s) => {
    const digits = s.replace(/ /g, '').length;
    return digits >= 5 && digits <= 11;
  }, 'A helpline number has 5 to 11 digits');

export const helplineSchema = z
  .object({
    name: plainLine(80),
    /** Who it is for and when, in plain words: "Free, 24 hours a day. For anyone worried about a child." */
    about: plainLine(200),
    call: helplineNumber.optional(),
    /** A text number, with the word to send when there is one. */
    text: z
      .object({ number: helplineNumber, word: plainLine(20).optional() })
      .strict()
      .optional(),
    website: webUrl,
    /** Where the number was checked, and when: the organisation's own page. */
    checked: z
      .object({
        on: isoDate,
        source: webUrl,
        /** false when only a third party's page could be found: the report and the file say so. */
        own_site: z.boolean(),
        note: plainLine(300).optional(),
      })
      .strict(),
  })
  .strict()
  .refine((h) => h.call !== undefined || h.text !== undefined, { message: 'A helpline needs a number to call or to text' });

/**
 * YAML reads a word of digits alone (111, 999) as a number; a provider listing "111" means the word, so it is
 * taken as written rather than refused with an error about types nobody writing a word list thinks about.
 */
const digitsAsWord = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value);

const PATTERN = /^[a-z0-9]+\*?(?: [a-z0-9]+\*?)*$/;
const SET_NAME = /^\$[a-z-]+$/;
const SET_ADVICE = 'A word set is named like $partner';

/**
 * One trigger word or phrase, already in the matcher's normal form: lower case words; a trailing * matches any ending.
 * A word set's name ($partner) inside a list of words is told apart: a set can be a whole slot, or an item of an except
 * list, but a list of words (or a set's own words) cannot include another set, and "no punctuation" would not say why.
 */
function checkWord(s: string, ctx: z.RefinementCtx) {
  if (s.startsWith('$'))
    ctx.addIssue({
      code: 'custom',
      message: `${s} is a word set's name inside a list of words: a set can stand for a whole slot (all: [$partner, [hits me]]) or go in an except list, but not inside a list of words or another set. Write its words out, or make the slot the set.`,
    });
  else if (!PATTERN.test(s))
    ctx.addIssue({
      code: 'custom',
      message: 'Write trigger words in lower case with no punctuation ("dont", not "don\'t"); end a word with * to match any ending ("suicid*")',
    });
}
const pattern = z.preprocess(digitsAsWord, z.string().superRefine(checkWord));
/** A named word set, as a combination uses it: $partner. */
const setName = z.string().regex(SET_NAME, SET_ADVICE);
/**
 * An item of an except list: a word set's name or a trigger word. One check rather than a union of the two, so that
 * a mistyped word gets the advice for words rather than zod's "Invalid input".
 */
const exceptItem = z.preprocess(
  digitsAsWord,
  z.string().superRefine((s, ctx) => {
    if (!s.startsWith('$')) checkWord(s, ctx);
    else if (!SET_NAME.test(s)) ctx.addIssue({ code: 'custom', message: SET_ADVICE });
  }),
);
/** A slot of a combination: a named word set ($partner) or a list of words. */
const slot = z.union([setName, z.array(pattern).min(1)]);

export const combinationSchema = z
  .object({
    /** Every slot must be found somewhere in the search, in any order. */
    all: z.array(slot).min(1),
    /**
     * None of these may be in the search (keeps "kicked out of school" out of homeless-tonight). A named word set
     * ($school-life) stands for all its words: one guard list shared by every combination it keeps quiet.
     */
    except: z.array(exceptItem).default([]),
  })
  .strict();

/** A topic's trigger words: `phrases` and `combinations`, as in urgent-triggers/<topic id>.yaml. */
export const triggersSchema = z
  .object({
    /** Found anywhere in the search as whole words, e.g. "domestic violence", "suicid*". */
    phrases: z.array(pattern).default([]),
    combinations: z.array(combinationSchema).default([]),
  })
  .strict();

/** Named word sets a combination can use as $name. */
const wordSets = z.record(z.string().regex(/^[a-z-]+$/, 'Name a word set in lower case with hyphens, like child-words'), z.array(pattern).min(1));

/** One urgent topic's panel: what it says and which numbers it gives. Its trigger words have a file of their own. */
export const urgentTopicSchema = z
  .object({
    id: z.enum(URGENT_TOPIC_IDS),
    title: plainLine(80),
    /** What to do now, most urgent first. Plain sentences a frightened person can act on. */
    now: z.array(plainLine(300)).min(1),
    council_numbers: z.array(z.enum(COUNCIL_NUMBERS)).default([]),
    helplines: z.array(helplineSchema).min(1),
    /** Need pages that show this topic's panel at the top. */
    need_pages: z.array(slug).default([]),
  })
  .strict();

/** content/vocabularies/urgent-help.yaml: every urgent topic's panel, in order of urgency. */
export const urgentHelpFileSchema = z
  .object({
    reviewed: isoDate,
    topics: z.array(urgentTopicSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.topics.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `Topic ${t.id} is listed twice` });
      seen.add(t.id);
    });
    for (const id of URGENT_TOPIC_IDS)
      if (!seen.has(id))
        ctx.addIssue({ code: 'custom', path: ['topics'], message: `The topic ${id} is missing: every urgent topic needs its panel` });
  });

/** content/vocabularies/urgent-triggers/word-sets.yaml: the word sets every topic's combinations share. */
export const triggerWordSetsFileSchema = z
  .object({
    sets: wordSets,
    /**
     * Real words one typing slip away from a trigger word ("setting" from "sexting", "messing" from "missing"):
     * a search's word listed here matches only as written, never as a slip.
     */
    not_typos: z
      .array(z.preprocess(digitsAsWord, z.string().regex(/^[a-z0-9]+$/, 'Write each word in lower case letters, with no spaces or *')))
      .default([]),
  })
  .strict();

/**
 * content/vocabularies/urgent-triggers/<topic id>.yaml: one topic's trigger words, and any word sets only it uses
 * (a set here may not reuse a shared set's name).
 */
export const topicTriggersFileSchema = z
  .object({ sets: wordSets.default({}) })
  .extend(triggersSchema.shape)
  .strict();

export type Helpline = z.infer<typeof helplineSchema>;
export type UrgentTopic = z.infer<typeof urgentTopicSchema>;
export type UrgentHelpFile = z.infer<typeof urgentHelpFileSchema>;
export type Triggers = z.infer<typeof triggersSchema>;
export type TopicTriggersFile = z.infer<typeof topicTriggersFileSchema>;

/**
 * The urgent help as the site uses it: the panels of urgent-help.yaml, each with its topic's trigger words, and
 * every word set (shared and topic-own) by name. Put together by content/lib/urgent-help.ts.
 */
export interface UrgentHelp {
  reviewed: string;
  sets: Record<string, string[]>;
  /** Real words never read as a typing slip of a trigger word (word-sets.yaml `not_typos`). */
  notTypos: string[];
  topics: (UrgentTopic & { triggers: Triggers })[];
  /** The word model that reads a search beside the trigger lists (urgent-help-model.json), when there is one. */
  model?: UrgentHelpModel;
}

/**
 * content/vocabularies/urgent-help-model.json: the urgent-help word model (site/lib/search/signpost-model.ts),
 * written by `npm run safety:train` from the safety set's tuning half and the everyday search examples. Not edited
 * by hand: change the examples and train it again. Optional: without it the trigger lists work alone.
 */
export const urgentHelpModelSchema = z
  .object({
    format: z.literal(1),
    /** What it was trained on, so a test can tell when the examples changed and it needs training again. */
    trained_on: z.object({ examples: z.number().int(), danger: z.number().int(), fingerprint: z.string() }).strict(),
    /** A panel shows when its topic's probability is above this. */
    threshold: z.number().gt(0).lt(1),
    /** Weights are stored as whole numbers: multiply by this. */
    unit: z.number().positive(),
    /** Every feature the model kept (word stems and pairs of them), separated by "|". */
    features: z.string(),
    /** Per topic: its bias, and "gap:weight" pairs separated by ",", each feature number counted on from the one before. */
    topics: z
      .array(
        z
          .object({
            id: z.enum(URGENT_TOPIC_IDS),
            bias: z.number(),
            weights: z.string().regex(/^(\d+:-?\d+(,\d+:-?\d+)*)?$/, 'Weights are gap:weight pairs separated by commas'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type UrgentHelpModel = z.infer<typeof urgentHelpModelSchema>;
