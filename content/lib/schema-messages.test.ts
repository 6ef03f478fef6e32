import { describe, expect, it } from 'vitest';
import { listingSchema } from '../schema/index.ts';
import { schemaAt, schemaProblems } from './schema-messages.ts';

const problemsFor = (data: unknown) => schemaProblems(listingSchema.safeParse(data, { reportInput: true }).error?.issues ?? []);

describe('schemaProblems', () => {
  it('names each unknown field at its own path, with the field that was probably meant', () => {
    const found = problemsFor({ organisation: 'X', locations: [{ name: 'Hub', postcode: 'DN4 0TY' }] });
    expect(found).toContainEqual({ path: ['organisation'], message: expect.stringContaining('Did you mean "organization"?') });
    expect(found).toContainEqual({
      path: ['locations', 0, 'postcode'],
      message: expect.stringMatching(/"postcode" is not a field "locations\[0\]" can have. Did you mean "postal_code"\?/),
    });
  });
  it('explains a missing field with its description', () => {
    expect(problemsFor({})).toContainEqual({
      path: ['assured_date'],
      message: expect.stringMatching(/^"assured_date" is missing. Add it: the date a person last checked/),
    });
  });
  it('says what was written when the type is wrong, and nothing else about that field', () => {
    const found = problemsFor({ needs: 'parenting', minimum_age: 'five' });
    expect(found.filter((p) => p.path[0] === 'needs')).toEqual([
      {
        path: ['needs'],
        message: '"needs" should be a list, but it is the text "parenting". Write a list in square brackets, for example [parenting, send].',
      },
    ]);
    expect(found.find((p) => p.path[0] === 'minimum_age')?.message).toMatch(
      /should be a number, but it is the text "five". Give the age as a number of years/,
    );
  });
});

describe('schemaAt', () => {
  it('finds nested field schemas through lists and optional wrappers', () => {
    expect(schemaAt(listingSchema, ['locations', 0, 'postal_code'])?.description).toMatch(/full postcode/);
    expect(schemaAt(listingSchema, ['nope'])).toBeUndefined();
  });
});

describe('choices', () => {
  it('say what was written and suggest the nearest allowed value', () => {
    const found = schemaProblems(
      listingSchema.safeParse({ level_of_need: 'targetted', access_routes: ['drop in'] }, { reportInput: true }).error!.issues,
    );
    expect(found).toContainEqual({
      path: ['level_of_need'],
      message: '"targetted" is not allowed in "level_of_need". Use one of: universal, targeted, specialist. Did you mean "targeted"?',
    });
    expect(found).toContainEqual({ path: ['access_routes', 0], message: expect.stringContaining('Did you mean "drop-in"?') });
  });
});

describe('empty text', () => {
  it('says whether the line can simply be deleted', () => {
    const found = schemaProblems(listingSchema.safeParse({ summary: '  ', alert: '' }, { reportInput: true }).error!.issues);
    expect(found).toContainEqual({ path: ['summary'], message: '"summary" is empty. Write something: it is needed.' });
    expect(found).toContainEqual({ path: ['alert'], message: '"alert" is empty. Write something, or delete the line if it is not needed.' });
  });
});

describe('messages quote what was written', () => {
  it('for a malformed value, as a full sentence', () => {
    const found = schemaProblems(listingSchema.safeParse({ email: 'hello.example.org' }, { reportInput: true }).error!.issues);
    expect(found).toContainEqual({ path: ['email'], message: 'You wrote "hello.example.org". Give an email address like name@example.org.' });
  });
  it('but not when the message already names the problem', () => {
    const found = schemaProblems(listingSchema.safeParse({ summary: 'Fun <b>for all</b>' }, { reportInput: true }).error!.issues);
    expect(found.find((p) => p.path[0] === 'summary')?.message).toMatch(/^Remove the HTML "<b>"/);
  });
});
