import type { z } from 'zod';
import { listingSchema } from '../schema/index.ts';
import { fieldPath } from './problem.ts';
import { closest } from './suggest.ts';

/** The parts of a zod issue the messages need (zod's own type is a wide union). */
export interface ZodIssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  expected?: string;
  keys?: string[];
  input?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
}

/** A message that knows more than the schema (for example the vocabulary's ids), or undefined for the usual one. */
export type BetterMessage = (issue: ZodIssueLike, path: (string | number)[]) => string | undefined;

export interface SchemaProblem {
  path: (string | number)[];
  message: string;
}

// Providers in England write "organisation"; HSDS spells it the American way. Say so rather than "unknown".
const KNOWN_MISSPELLINGS: ReadonlyMap<string, string> = new Map([
  ['organisation', 'organization'],
  ['organisation_name', 'organization'],
  ['postcode', 'postal_code'],
  ['post_code', 'postal_code'],
  ['min_age', 'minimum_age'],
  ['max_age', 'maximum_age'],
  ['phone_number', 'phone'],
  ['website', 'url'],
  ['location', 'locations'],
  ['language', 'languages'],
  ['need', 'needs'],
  ['service_area', 'service_areas'],
  ['schedule', 'schedules'],
  ['contact', 'contacts'],
]);

/**
 * Turn zod's issues into problems a provider can act on: which field, what is wrong, how to fix it.
 * Zod's own messages are written for programmers ("expected string, received undefined").
 */
export function schemaProblems(issues: readonly ZodIssueLike[], root: z.ZodType = listingSchema, better?: BetterMessage): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  // When a value has the wrong type, other complaints about it (its length, its items) are noise.
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => fieldPath(i.path)));
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code !== 'invalid_type' && wrongType.has(fieldPath(path))) continue;
    if (issue.code === 'unrecognized_keys') {
      // One line per unknown field, at that field's own line, with the nearest real field name.
      const known = Object.keys(objectShapeAt(root, path) ?? {});
      for (const key of issue.keys ?? []) {
        const hint = KNOWN_MISSPELLINGS.get(key.toLowerCase()) ?? closest(key, known);
        const where = path.length === 0 ? 'a listing' : `"${fieldPath(path)}"`;
        out.push({
          path: [...path, key],
          message: `"${key}" is not a field ${where} can have.${hint && known.includes(hint) ? ` Did you mean "${hint}"?` : ''} The fields are listed in content/README.md.`,
        });
      }
      continue;
    }
    const own = better?.(issue, path);
    out.push({ path, message: sentence(own ?? quoteInput(issue, schemaMessage(issue, path, root))) });
  }
  return out;
}

/** Start with what the provider wrote, when it is short and the message does not already quote the problem. */
function quoteInput(issue: ZodIssueLike, message: string): string {
  const input = issue.input;
  if ((issue.code !== 'invalid_format' && issue.code !== 'custom') || typeof input !== 'string') return message;
  // A message that already quotes something (the HTML it found, the link) has said what to look for.
  if (input.trim() === '' || input.length > 60 || /[\r\n]/.test(input) || message.includes('"')) return message;
  return `You wrote "${input}". ${message}`;
}

/** Every message reads as a sentence, ending with a full stop. */
export const sentence = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

function schemaMessage(issue: ZodIssueLike, path: (string | number)[], root: z.ZodType): string {
  const field = fieldPath(path) || 'this field';
  const schema = schemaAt(root, path);
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const help = schema?.description ? `: ${lowerFirst(schema.description)}` : '. See content/README.md for what it means.';
    return `"${field}" is missing. Add it${help}`;
  }
  if (issue.code === 'invalid_type') {
    const expected =
      (issue.expected !== undefined && Object.hasOwn(EXPECTED, issue.expected) ? EXPECTED[issue.expected] : undefined) ?? issue.expected;
    const tip = issue.expected === 'array' ? ` Write a list in square brackets, for example [${exampleItem(path)}].` : '';
    // Keep the schema's own advice (for example on ages) when it has some: zod's default starts "Invalid input".
    const advice = issue.message.startsWith('Invalid input') ? '' : ` ${issue.message.replace(/\.?$/, '.')}`;
    return `"${field}" should be ${expected}, but it is ${describe(issue.input)}.${tip}${advice}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) {
    const optional = schema?.safeParse(undefined).success === true;
    return `"${field}" is empty. ${optional ? 'Write something, or delete the line if it is not needed.' : 'Write something: it is needed.'}`;
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'array' && issue.message.startsWith('Too ')) {
    return issue.code === 'too_small'
      ? `"${field}" needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}.`
      : `"${field}" can have at most ${issue.maximum} items.`;
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number' && issue.message.startsWith('Too ')) {
    return issue.code === 'too_small' ? `"${field}" must be at least ${issue.minimum}.` : `"${field}" must be ${issue.maximum} or less.`;
  }
  if (issue.code === 'invalid_value' && typeof issue.input === 'string' && issue.values) {
    const hint = closest(issue.input, issue.values.map(String));
    return `"${issue.input}" is not allowed in "${field}". ${issue.message}.${hint ? ` Did you mean "${hint}"?` : ''}`;
  }
  return issue.message;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

function exampleItem(path: (string | number)[]): string {
  const last = path[path.length - 1];
  const examples: Record<string, string> = {
    needs: 'parenting, send',
    languages: 'en, pl',
    service_areas: 'north, east',
    access_routes: 'self-referral',
    delivery: 'in-person',
    days: 'monday, wednesday',
  };
  return Object.hasOwn(examples, String(last)) ? examples[String(last)]! : 'first, second';
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'boolean') return String(value);
  return String(value);
}

interface Def {
  type?: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strip optional/default/nullable/pipe wrappers to reach the schema that does the work. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else break;
  }
  return s;
}

/** The schema for the value at `path`, keeping its wrappers (so `.describe()` text is found). */
export function schemaAt(root: z.ZodType, path: readonly (string | number)[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  for (const key of path) {
    if (!s) return undefined;
    const def = defOf(unwrap(s));
    // Own keys only: "constructor" or "toString" must not find Object.prototype's functions.
    if (def.type === 'object' && typeof key === 'string') s = def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
    else if (def.type === 'array' && typeof key === 'number') s = def.element;
    else return undefined;
  }
  return s;
}

function objectShapeAt(root: z.ZodType, path: readonly (string | number)[]): Record<string, z.ZodType> | undefined {
  const s = schemaAt(root, path);
  if (!s) return undefined;
  const def = defOf(unwrap(s));
  return def.type === 'object' ? def.shape : undefined;
}
