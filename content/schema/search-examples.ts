import { z } from 'zod';

/**
 * content/vocabularies/search-examples.yaml: searches as families, young people and practitioners type them,
 * each with the needs of the help that answers it. Two uses: search learns from them which need a search
 * no everyday phrase matches most likely points to (site/lib/search/understand/need-guess.ts), and
 * `npm run relevance` checks the directory against them as its tuning half (the held-out half,
 * tests/relevance/held-out.yaml, has the same form and is never learned from).
 */
export const searchExampleSchema = z
  .object({
    /** The search, as typed: lower case, typos and text-speak as people write them. */
    q: z.string().min(1),
    /** The needs (ids from needs.yaml) a good answer has: any one of them in the top 3 is a success. */
    needs: z.array(z.string()).min(1),
    /** Who typed it. */
    who: z.enum(['parent', 'young-person', 'practitioner']),
    /** The age a person would add on the form, in years. */
    age: z.number().min(0).max(25).optional(),
    /** The postcode a person would add on the form ("near me"). */
    postcode: z.string().optional(),
    /** What the search tests, when it is not obvious ("typo", "slang"). */
    why: z.string().optional(),
    /** Which batch of the file (1 when not given): later batches were written after the lexicon existed. */
    batch: z.number().int().min(1).optional(),
  })
  .strict();
export type SearchExample = z.infer<typeof searchExampleSchema>;

export const searchExamplesFileSchema = z.object({ queries: z.array(searchExampleSchema).min(1) }).strict();
