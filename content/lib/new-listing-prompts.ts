import { ACCESS_ROUTES, COSTS, DELIVERY, LEVELS, WHOLE_BOROUGH, email as emailSchema, phone as phoneSchema } from '../schema/index.ts';
import type { NewListingAnswers } from './new-listing.ts';
import type { PostcodeLookup } from './postcodes.ts';
import type { Vocabularies } from './vocabularies.ts';

/** Asks one question and resolves with what the person typed (node:readline in the CLI, a script in tests). */
export type Ask = (question: string) => Promise<string>;

export interface Choice {
  id: string;
  label: string;
}

/**
 * Ask, in plain English, for whatever the flags did not give. Choices come from the vocabularies and can be
 * picked by number or by id; a wrong answer is explained and the question asked again.
 */
export async function askForMissing(given: NewListingAnswers, ask: Ask, vocab: Vocabularies, postcodes: PostcodeLookup): Promise<NewListingAnswers> {
  const a: NewListingAnswers = { ...given };
  const text = async (question: string, optional = false): Promise<string | undefined> => {
    for (;;) {
      const answer = (await ask(`${question}${optional ? ' (press Enter to skip)' : ''}\n> `)).trim();
      if (answer || optional) return answer || undefined;
      await ask('This one is needed. Press Enter to try again.\n');
    }
  };
  const choose = async (question: string, choices: Choice[], opts: { many?: boolean; max?: number; fallback?: string[] } = {}): Promise<string[]> => {
    const menu = choices.map((c, i) => `  ${String(i + 1).padStart(2)}. ${c.label} (${c.id})`).join('\n');
    const how = opts.many ? 'Type the numbers or ids, separated by commas' : 'Type a number or id';
    const dflt = opts.fallback ? ` Press Enter for ${opts.fallback.join(', ')}.` : '';
    for (;;) {
      const raw = (await ask(`${question}\n${menu}\n${how}.${dflt}\n> `)).trim();
      if (!raw && opts.fallback) return opts.fallback;
      const picked = raw
        .split(/[,\s]+/)
        .filter(Boolean)
        .map((t) => (/^\d+$/.test(t) ? choices[Number(t) - 1]?.id : choices.find((c) => c.id === t.toLowerCase())?.id));
      const problem =
        picked.length === 0
          ? 'Choose at least one.'
          : picked.includes(undefined)
            ? 'One of those is not in the list.'
            : !opts.many && picked.length > 1
              ? 'Choose just one.'
              : opts.max && picked.length > opts.max
                ? `Choose at most ${opts.max}.`
                : undefined;
      if (!problem) return [...new Set(picked as string[])];
      await ask(`${problem} Press Enter to try again.\n`);
    }
  };
  const simple = (ids: readonly string[]) => ids.map((id) => ({ id, label: id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ') }));

  a.organisation ??= await text('Which organisation runs the service? For example "Home-Start Doncaster".');
  a.name ??= await text('What is the service called, as families know it?');
  a.summary ??= await text('In one sentence: what is it, and who is it for? (up to 160 characters)');
  a.description ??= await text('Describe what happens, in plain English. You can add more to the file later.', true);
  a.needs ??= await choose(
    'What does it help families with? Choose 1 to 4, most important first.',
    vocab.needs.map((n) => ({ id: n.id, label: n.label })),
    { many: true, max: 4 },
  );
  a.level ??= (
    await choose(
      'Who is it for?',
      [
        { id: 'universal', label: 'Anyone (universal)' },
        { id: 'targeted', label: 'Families who need some extra help (targeted)' },
        { id: 'specialist', label: 'Families with complex needs, usually by referral (specialist)' },
      ].filter((c) => (LEVELS as readonly string[]).includes(c.id)),
      { fallback: ['universal'] },
    )
  )[0];
  a.access ??= await choose('How do families get to it?', simple(ACCESS_ROUTES), { many: true, fallback: ['self-referral'] });
  a.delivery ??= await choose('How is it delivered?', simple(DELIVERY), { many: true, fallback: ['in-person'] });
  if (a.delivery.includes('in-person')) {
    a.venue ??= await text('What is the venue called? For example "Thorne Library".');
    a.address ??= await text('What is the first line of its address (number and street)?');
    a.town ??= await text('Which town or village is it in?');
    while (!a.postcode) {
      const pc = await text('What is its postcode?');
      if (pc && postcodes.get(pc)) a.postcode = pc;
      else await ask(`${pc} is not a postcode we know in the area. Check it and press Enter to try again.\n`);
    }
  } else {
    a.areas ??= await choose(
      'Which areas is it for?',
      [...vocab.localities.map((l) => ({ id: l.id, label: l.name })), { id: WHOLE_BOROUGH, label: 'The whole borough' }],
      { many: true, fallback: [WHOLE_BOROUGH] },
    );
  }
  a.cost ??= (await choose('Does it cost anything?', simple(COSTS), { fallback: ['free'] }))[0];
  if (a.cost === 'paid') a.price ??= await text('What does it cost? For example "£3 a session, free for families on benefits".');
  if (!a.phone && !a.email && !a.url) {
    for (;;) {
      a.phone = await text('What phone number can families call?', true);
      if (a.phone && !phoneSchema.safeParse(a.phone).success) {
        await ask('That does not look like a UK phone number, like 0114 496 0123. Press Enter to try again.\n');
        continue;
      }
      a.email = await text('What email address can families write to?', true);
      if (a.email && !emailSchema.safeParse(a.email).success) {
        await ask('That does not look like an email address, like name@example.org. Press Enter to try again.\n');
        continue;
      }
      if (a.phone || a.email) break;
      await ask('Families need a way to get in touch: give a phone number or an email address. Press Enter to try again.\n');
    }
  }
  a.languages ??= await choose(
    'Which languages can it be delivered in?',
    vocab.languages.map((l) => ({ id: l.id, label: l.label })),
    { many: true, fallback: ['en'] },
  );
  return a;
}
