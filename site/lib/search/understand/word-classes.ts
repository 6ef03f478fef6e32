/**
 * Words that mean the same to need intent: a phrase written with one member matches a search using any other.
 * "scared of my partner" in need-phrases.yaml then also reads "scared of my boyfriend", "my mum is disabled"
 * reads "my nan is disabled", and "cutting myself" reads "cutting herself", without a phrase for each.
 * The people in a family and the self words: who is involved rarely changes which help is needed, while what
 * is happening always does (those stay as words, compared by stem). Three exceptions: the illnesses someone is
 * cared for with, as which illness rarely changes the help either ("my mum has cancer" reads "my nan has
 * dementia"), the drugs someone takes, likewise ("smoking weed" reads "smoking spice"), the school subjects
 * ("help with maths" reads "help with reading"), and a room, which a bedroom is ("wont come out of her room"
 * reads "his bedroom"). Pure and browser-safe.
 */
const CLASSES: Record<string, readonly string[]> = {
  partner: [
    'partner',
    'partners',
    'husband',
    'husbands',
    'hubby',
    'wife',
    'wifes',
    'boyfriend',
    'boyfriends',
    'girlfriend',
    'girlfriends',
    'bf',
    'gf',
    'fiance',
    'fiancee',
    'spouse',
    'missus',
    'wifey',
    'hubs',
    'fella',
    'feller',
    'bloke',
    'ex',
  ],
  child: [
    'child',
    'childs',
    'children',
    'childrens',
    'kid',
    'kids',
    'son',
    'sons',
    'daughter',
    'daughters',
    'boy',
    'boys',
    'girl',
    'girls',
    'stepson',
    'stepdaughter',
    'stepchild',
    'stepchildren',
    'lad',
    'lass',
    'bairn',
    'bairns',
    'kiddo',
    'kiddos',
    'sprog',
    'sprogs',
    'eldest',
    'youngest',
  ],
  parent: [
    'parent',
    'parents',
    'mum',
    'mums',
    'mam',
    'mom',
    'mummy',
    'mother',
    'dad',
    'dads',
    'daddy',
    'father',
    'stepdad',
    'stepmum',
    'stepfather',
    'stepmother',
    'nan',
    'nana',
    'nanna',
    'gran',
    'granny',
    'grandma',
    'grandad',
    'grandpa',
    'grandparent',
    'grandparents',
  ],
  // A grandparent, aunt or uncle bringing up a child (kinship care) says "my grandson", never "my son".
  grandchild: [
    'grandson',
    'grandsons',
    'granddaughter',
    'granddaughters',
    'grandchild',
    'grandchildren',
    'grandkids',
    'grandkid',
    'niece',
    'nieces',
    'nephew',
    'nephews',
  ],
  sibling: ['brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings', 'bro', 'sis'],
  // What someone is cared for with, in everyday words: "my mum has cancer" and "my dad has parkinsons" are
  // one phrase. Not "disabled" or autism and the like: with a child those are SEND, not caring.
  illness: [
    'ill',
    'poorly',
    'sick',
    'unwell',
    'cancer',
    'dementia',
    'alzheimers',
    'parkinsons',
    'ms',
    'stroke',
    'epilepsy',
    'arthritis',
    'copd',
    'diabetes',
    'terminal',
    // Long illnesses of the mind a partner or parent is cared for with (not depression or anxiety, which
    // are also a child's own: "my son has anxiety" is children's mental health, not caring).
    'bipolar',
    'schizophrenia',
    'psychosis',
    'mnd',
    'huntingtons',
    'fibromyalgia',
    'lupus',
    'crohns',
    'dialysis',
    'chemo',
    'chemotherapy',
    'radiotherapy',
    'bedbound',
    'bedridden',
    'housebound',
  ],
  // Which drug rarely changes the help either: "smoking weed" reads "smoking spice", "found weed" reads "found
  // drugs". Not "pills" (the contraceptive pill) or "balloons" (parties).
  drug: ['drug', 'drugs', 'weed', 'cannabis', 'skunk', 'spice', 'cocaine', 'coke', 'ketamine', 'ket', 'mdma', 'ecstasy', 'heroin', 'crack'],
  // The school subjects a child struggles with or a parent brushes up on: "help with maths" reads "help with
  // reading". Not "english", which for an adult is often English as a second language.
  subject: ['maths', 'math', 'reading', 'writing', 'spelling', 'spellings', 'science', 'phonics', 'handwriting', 'numeracy', 'literacy'],
  // Where a child shuts themselves away or a family sleeps: "wont come out of her room" is "his bedroom" too.
  room: ['room', 'rooms', 'bedroom', 'bedrooms'],
  self: ['myself', 'himself', 'herself', 'themselves', 'themself', 'yourself', 'ourselves'],
  they: ['he', 'she'],
};

const CLASS_OF = new Map<string, string>(Object.entries(CLASSES).flatMap(([name, ws]) => ws.map((w) => [w, `@${name}`] as const)));

/** The word's class ("@partner" for "husband"), or undefined for a word in none. */
export function wordClass(word: string): string | undefined {
  return CLASS_OF.get(word);
}

/** Every member word, so a mistyped one ("husbnd") can be read as its class too. */
export const CLASS_WORDS: readonly string[] = [...CLASS_OF.keys()];
