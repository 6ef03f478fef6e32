/**
 * How Meilisearch matches a synonym phrase and splits words, case by case: each case was measured on a real
 * Meilisearch 1.50; tests/contract/phrases.test.ts measures it again whenever a server is at hand, and
 * site/lib/search/phrases.test.ts holds the embedded engine to the same answers.
 * Every case searches `q` over one document whose searchable fields are `fields` (one entry a field).
 */
export interface PhraseCase {
  q: string;
  fields: (string | string[])[];
  found: boolean;
  why: string;
}

export const PHRASE_SYNONYMS = { camhs: ['child and adolescent mental health'], cahms: ['mental health'] };
export const PHRASE_STOP_WORDS = ['and', 'the', 'a', 'of', 'in', 'at', 'for', 'with', 'to', 'or', 'i', 'want'];
/** As site/lib/search/meilisearch-settings.ts sets it. */
export const PHRASE_TYPO_TOLERANCE = { disableOnNumbers: true };

export const PHRASE_CASES: PhraseCase[] = [
  { q: 'cahms', fields: ['Mental health support'], found: true, why: 'the words side by side' },
  { q: 'cahms', fields: ['Mental-health support'], found: true, why: 'a dash keeps them neighbours' },
  { q: 'cahms', fields: ['Mental ill health'], found: false, why: 'a word between' },
  { q: 'cahms', fields: ['health and mental wellbeing'], found: false, why: 'the wrong order' },
  { q: 'cahms', fields: ['Mental, health'], found: false, why: 'a comma parts them' },
  { q: 'cahms', fields: [['Mental', 'Health']], found: false, why: 'two items of a list' },
  { q: 'cahms', fields: ['Mental wellbeing', 'Health visiting'], found: false, why: 'two fields' },
  { q: 'camhs', fields: ['child adolescent mental health'], found: true, why: "the phrase's stop word is dropped" },
  { q: 'camhs', fields: ['child and adolescent mental health'], found: false, why: "so the text's stop word is in the way" },
  { q: '30', fields: ['The course costs £30'], found: false, why: 'a pound sign is part of the word' },
  { q: '30', fields: ['Open until 30 June'], found: true, why: 'a number on its own' },
  { q: 'drop', fields: ['drop-in'], found: true, why: 'a dash splits words' },
  { q: 'cyber bullying', fields: ['Cyberbullying drop-in'], found: true, why: 'two neighbours joined up' },
  { q: 'stay and play', fields: ['Stayplay'], found: false, why: 'never joined across a stop word' },
  { q: 'stay, play', fields: ['Stayplay'], found: false, why: 'nor across a comma' },
  { q: '1 1', fields: ['Ages 11 to 16'], found: false, why: 'nor two numbers (typos are off on numbers)' },
  { q: 'youthclub', fields: ['Youth club'], found: true, why: 'a word also matches two neighbours it cuts into' },
  { q: 'wifi', fields: ['Free Wi-Fi'], found: true, why: 'across a dash too' },
  { q: 'youthclub', fields: ['Youth and club'], found: false, why: 'but only neighbours' },
  { q: 'dropin', fields: ['Drop in'], found: false, why: 'a stop word in lower case is never half of a cut' },
  { q: 'dropin', fields: ['Drop In'], found: true, why: 'one written with a capital is (Meilisearch indexes it)' },
  { q: 'wants', fields: ['Want to learn to cook?'], found: true, why: 'and a typo can reach it' },
  { q: 'wants', fields: ['I want to cook'], found: false, why: 'unlike the same stop word in lower case' },
  { q: 'szkola', fields: ['Polska Szkoła'], found: true, why: 'ł folds to l' },
  { q: 'cafe', fields: ['Café club'], found: true, why: 'accents fold' },
  { q: 'strasse', fields: ['Straße'], found: false, why: 'ß stays a letter of its own' },
  { q: 'straße', fields: ['Straße'], found: true, why: 'and a word with it is one word' },
];
