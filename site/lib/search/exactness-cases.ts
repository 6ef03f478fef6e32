/**
 * How Meilisearch's exactness rule sorts one field against a query, case by case: each case was first
 * measured on a real Meilisearch 1.50, and tests/contract/exactness.test.ts measures it again whenever a
 * server is at hand, while site/lib/search/exact-attribute.test.ts holds the embedded engine to the same
 * answers. "is": the field is the query; "starts": it starts with it; "no": neither.
 */
export type Tier = 'is' | 'starts' | 'no';
export interface ExactnessCase {
  q: string;
  field: string | string[];
  tier: Tier;
  why: string;
}

/** Stop words of the case index (a few of the directory's own). */
export const CASE_STOP_WORDS = ['and', 'the', 'a', 'of', 'in', 'at', 'for', 'with', 'to'];

export const EXACTNESS_CASES: ExactnessCase[] = [
  { q: 'stay play', field: 'Stay play', tier: 'is', why: 'the same words' },
  { q: 'stay play', field: 'stay - play', tier: 'is', why: 'a dash is a soft separator' },
  { q: 'stay play', field: 'Stay & Play', tier: 'is', why: 'so is an ampersand' },
  { q: 'stay play', field: 'stay/play', tier: 'is', why: 'and a slash' },
  { q: 'stay play', field: 'stay: play', tier: 'is', why: 'and a colon' },
  { q: 'stay play', field: 'Stay (play)', tier: 'is', why: 'and brackets' },
  { q: 'stay play', field: 'stay play the', tier: 'is', why: 'a stop word is not counted' },
  { q: 'stay play', field: 'Stay play group', tier: 'starts', why: 'more words after the query' },
  { q: 'stay play', field: ['stay play x', 'y'], tier: 'starts', why: 'every item of a list counts towards the words' },
  { q: 'stay play', field: 'Stay and Play at Balby', tier: 'no', why: 'a stop word still takes a place' },
  { q: 'stay play', field: 'the stay play', tier: 'no', why: 'even at the start' },
  { q: 'stay play', field: 'stay, play', tier: 'no', why: 'a comma is a hard separator' },
  { q: 'stay play', field: 'stay. play', tier: 'no', why: 'so is a full stop' },
  { q: 'stay play', field: 'stay; play', tier: 'no', why: 'and a semicolon' },
  { q: 'stay play', field: 'stay! play', tier: 'no', why: 'and an exclamation mark' },
  { q: 'stay play', field: 'stay? play', tier: 'no', why: 'and a question mark' },
  { q: 'stay play', field: 'stay… play', tier: 'no', why: 'and an ellipsis' },
  { q: 'stay play', field: "stay's play", tier: 'no', why: 'an apostrophe splits off an "s"' },
  { q: 'stay play', field: ['stay', 'play'], tier: 'no', why: 'a list item starts afresh' },
  { q: 'stay play', field: 'x stay play', tier: 'no', why: 'the query must be at the start' },
  { q: 'stay and play', field: 'Stay and Play', tier: 'is', why: "the query's stop word takes a place too" },
  { q: 'stay and play', field: 'stay x play', tier: 'starts', why: "any word can take the stop word's place" },
  { q: 'stay and play', field: 'stay play', tier: 'no', why: 'but the place must be there' },
  { q: 'stay, play', field: 'stay, play', tier: 'is', why: "the query's hard separator counts alike" },
  { q: 'stay, play', field: 'stay x x x x x x x play', tier: 'starts', why: 'eight places on' },
  { q: 'stay plyy', field: 'stay x', tier: 'starts', why: 'a last word no service has is left out' },
];
