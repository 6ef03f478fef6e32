import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TopicTriggersFile, UrgentHelpFile } from '../schema/index.ts';
import { URGENT_TOPIC_IDS } from '../schema/index.ts';
import { assembleUrgentHelp, loadUrgentHelp } from './urgent-help.ts';

const panels: UrgentHelpFile = {
  reviewed: '2026-12-01',
  topics: URGENT_TOPIC_IDS.map((id) => ({ id, title: id, now: ['Call 999.'], council_numbers: [], helplines: [], need_pages: [] })),
};
const empty = (): TopicTriggersFile => ({ sets: {}, phrases: [], combinations: [] });
const allTopics = (): Record<string, TopicTriggersFile> => Object.fromEntries(URGENT_TOPIC_IDS.map((id) => [id, empty()]));

describe('assembleUrgentHelp', () => {
  it('gives each panel its own file’s words, and every set by name', () => {
    const triggers = allTopics();
    triggers['missing-child'] = { sets: { late: ['not home'] }, phrases: ['gone missing'], combinations: [{ all: ['$child', '$late'], except: [] }] };
    const help = assembleUrgentHelp(panels, { child: ['son'] }, triggers);
    expect(help.topics.map((t) => t.id)).toEqual([...URGENT_TOPIC_IDS]);
    expect(help.topics.find((t) => t.id === 'missing-child')!.triggers.phrases).toEqual(['gone missing']);
    expect(help.topics.find((t) => t.id === 'domestic-abuse')!.triggers.phrases).toEqual([]);
    expect(help.sets).toEqual({ child: ['son'], late: ['not home'] });
  });

  it('adds a topic’s further files (<topic>.<part>.yaml) after its own, in name order, sharing its sets', () => {
    const triggers = allTopics();
    triggers['child-at-risk'] = { sets: { adult: ['stepdad'] }, phrases: ['first'], combinations: [] };
    triggers['child-at-risk.signs'] = { ...empty(), phrases: ['third'], combinations: [{ all: ['$adult', ['hits me']], except: [] }] };
    triggers['child-at-risk.neglect'] = { ...empty(), phrases: ['second'] };
    const risk = assembleUrgentHelp(panels, {}, triggers).topics.find((t) => t.id === 'child-at-risk')!;
    expect(risk.triggers.phrases).toEqual(['first', 'second', 'third']);
    expect(risk.triggers.combinations).toHaveLength(1);
    triggers['missing-child.more'] = { ...empty(), combinations: [{ all: ['$adult'], except: [] }] };
    expect(() => assembleUrgentHelp(panels, {}, triggers)).toThrow(/missing-child.more.yaml: combination 1 uses \$adult/);
  });

  it('says which file is missing', () => {
    const triggers = allTopics();
    delete triggers['forced-marriage-fgm'];
    expect(() => assembleUrgentHelp(panels, {}, triggers)).toThrow(/urgent-triggers\/forced-marriage-fgm.yaml is missing/);
  });

  it('rejects a file named after no topic', () => {
    expect(() => assembleUrgentHelp(panels, {}, { ...allTopics(), 'domestic-abuse-2': empty() })).toThrow(
      /domestic-abuse-2.yaml: there is no urgent topic called domestic-abuse-2/,
    );
  });

  it('names the word set that does not exist, and where it was looked for', () => {
    const triggers = allTopics();
    triggers['domestic-abuse'] = { ...empty(), combinations: [{ all: [['x'], '$nope'], except: [] }] };
    expect(() => assembleUrgentHelp(panels, {}, triggers)).toThrow(/domestic-abuse.yaml: combination 1 uses \$nope/);
  });

  it('keeps a topic’s own set to that topic', () => {
    const triggers = allTopics();
    triggers['missing-child'] = { ...empty(), sets: { late: ['not home'] } };
    triggers['child-at-risk'] = { ...empty(), combinations: [{ all: ['$late'], except: [] }] };
    expect(() => assembleUrgentHelp(panels, {}, triggers)).toThrow(/child-at-risk.yaml: combination 1 uses \$late/);
  });

  it('refuses a topic’s set that reuses a name', () => {
    const triggers = allTopics();
    triggers['missing-child'] = { ...empty(), sets: { child: ['kid'] } };
    expect(() => assembleUrgentHelp(panels, { child: ['son'] }, triggers)).toThrow(
      /word set child is already defined in urgent-triggers\/word-sets.yaml/,
    );
  });
});

describe('loadUrgentHelp', () => {
  it('reads the real files: every topic has trigger words', () => {
    const help = loadUrgentHelp(join(import.meta.dirname, '..', 'vocabularies'));
    for (const topic of help.topics) expect(topic.triggers.phrases.length + topic.triggers.combinations.length).toBeGreaterThan(10);
    expect(help.sets.partner).toContain('husband');
  });

  it('stops on a stray file in the trigger folder, with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'urgent-'));
    cpSync(join(import.meta.dirname, '..', 'vocabularies'), dir, { recursive: true });
    expect(loadUrgentHelp(dir).topics).toHaveLength(URGENT_TOPIC_IDS.length);
    writeFileSync(join(dir, 'urgent-triggers', 'notes.txt'), 'more words');
    expect(() => loadUrgentHelp(dir)).toThrow(/urgent-triggers\/notes.txt: only .yaml trigger files belong here/);
  });

  it('reads a word of digits alone as the word a provider wrote (YAML would make 111 a number)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'urgent-'));
    cpSync(join(import.meta.dirname, '..', 'vocabularies'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'urgent-triggers', 'missing-child.extra.yaml'),
      'phrases: [111, called 999]\ncombinations:\n  - all: [[ring], [101]]\n    except: [2024]\n',
    );
    const topic = loadUrgentHelp(dir).topics.find((t) => t.id === 'missing-child');
    expect(topic?.triggers.phrases).toEqual(expect.arrayContaining(['111', 'called 999']));
    expect(topic?.triggers.combinations).toContainEqual({ all: [['ring'], ['101']], except: ['2024'] });
  });

  it('says a word set cannot go inside a list of words, where a provider wrote one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'urgent-'));
    cpSync(join(import.meta.dirname, '..', 'vocabularies'), dir, { recursive: true });
    const extra = join(dir, 'urgent-triggers', 'missing-child.extra.yaml');
    writeFileSync(extra, 'combinations:\n  - all: [$child, [no reply, $missing-who]]\n');
    expect(() => loadUrgentHelp(dir)).toThrow(/\$missing-who is a word set's name inside a list of words/);
    writeFileSync(extra, 'sets:\n  quiet: [no reply, $missing-who]\n');
    expect(() => loadUrgentHelp(dir)).toThrow(/\$missing-who is a word set's name inside a list of words/);
    // In an except list a set is allowed, and a word with punctuation still gets the punctuation advice.
    writeFileSync(extra, "combinations:\n  - all: [$child, [no reply]]\n    except: [$missing-who, don't]\n");
    expect(() => loadUrgentHelp(dir)).toThrow(/Write trigger words in lower case with no punctuation/);
  });

  it('reads the word model beside the lists, and without its file the lists work alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'urgent-'));
    cpSync(join(import.meta.dirname, '..', 'vocabularies'), dir, { recursive: true });
    const model = loadUrgentHelp(dir).model;
    expect(model?.topics.map((t) => t.id)).toEqual([...URGENT_TOPIC_IDS]);
    // Never below even odds: the trainer's thresholds start there (scripts/train-signpost-model.ts).
    expect(model?.threshold).toBeGreaterThanOrEqual(0.5);
    expect(model?.threshold).toBeLessThan(1);
    rmSync(join(dir, 'urgent-help-model.json'));
    expect(loadUrgentHelp(dir).model).toBeUndefined();
  });

  it('names a broken word model and says how to make it again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'urgent-'));
    cpSync(join(import.meta.dirname, '..', 'vocabularies'), dir, { recursive: true });
    writeFileSync(join(dir, 'urgent-help-model.json'), '{"format": 1, "threshold": ');
    expect(() => loadUrgentHelp(dir)).toThrow(/urgent-help-model.json is not valid JSON .*npm run safety:train/);
    writeFileSync(join(dir, 'urgent-help-model.json'), JSON.stringify({ format: 2 }));
    expect(() => loadUrgentHelp(dir)).toThrow(/urgent-help-model.json is not a word model this site can read .*npm run safety:train/);
  });
});
