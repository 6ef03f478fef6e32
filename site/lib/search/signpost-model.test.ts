import { describe, expect, it } from 'vitest';
import type { UrgentHelpModel } from '../../../content/schema/urgent-help.ts';
import { modelFeatures, probability, readSignpostModel, withModel } from './signpost-model.ts';
import type { Signposter } from './signposts.ts';

// A model small enough to work out by hand: "hurt" and "hurt me" point to domestic abuse, "marri" (married) to
// forced marriage, "film" (a film) away from both.
const tiny: UrgentHelpModel = {
  format: 1,
  trained_on: { examples: 4, danger: 2, fingerprint: 'test' },
  threshold: 0.7,
  unit: 0.5,
  features: 'film|hurt|hurt me|marri',
  // Gaps: feature 0 then 1 on (1) then 2 on (1); forced marriage has feature 0 then 3 on (3).
  topics: [
    { id: 'domestic-abuse', bias: -2, weights: '0:-4,1:8,1:10' },
    { id: 'forced-marriage-fgm', bias: -2, weights: '0:-4,3:12' },
  ],
};

describe('modelFeatures', () => {
  it('reads the words as the trigger lists do, then stems them, numbers as #, with each neighbouring pair', () => {
    expect(modelFeatures("He's HURTING me!!")).toEqual(['he', 'hurt', 'me', 'he hurt', 'hurt me']);
    expect(modelFeatures('my 14yo')).toEqual(['my', '#', 'yo', 'my #', '# yo']);
    expect(modelFeatures('  ')).toEqual([]);
  });
});

describe('readSignpostModel', () => {
  const model = readSignpostModel(tiny);

  it('scores each topic from the weights of the features a search has, over the square root of how many it has', () => {
    const [abuse, marriage] = model.scores('he hurt me');
    // Features: he, hurt, me, "he hurt", "hurt me": 5; hurt (8 x 0.5) and "hurt me" (10 x 0.5) are known.
    expect(abuse!.p).toBeCloseTo(probability(-2, 9, 5), 10);
    expect(marriage!.p).toBeCloseTo(probability(-2, 0, 5), 10);
  });

  it('shows the topics above the threshold, and an everyday search none', () => {
    expect(model.match('he hurt me')).toEqual(['domestic-abuse']);
    expect(model.match('getting married')).toEqual(['forced-marriage-fgm']);
    expect(model.match('a film where he gets married and hurt')).toEqual([]);
    expect(model.match('')).toEqual([]);
  });
});

describe('withModel', () => {
  const lists = (shown: Signposter['match'], stopped: Signposter['match'] = () => []): Signposter => ({ match: shown, stopped });
  const model = readSignpostModel(tiny);

  it('keeps the lists’ panels first and adds the model’s others after them', () => {
    const both = withModel(
      lists(() => ['missing-child']),
      model,
    );
    expect(both.match('he hurt me')).toEqual(['missing-child', 'domestic-abuse']);
    expect(
      withModel(
        lists(() => ['domestic-abuse']),
        model,
      ).match('he hurt me'),
    ).toEqual(['domestic-abuse']);
  });

  it('does not show what the lists’ except words kept quiet on', () => {
    expect(
      withModel(
        lists(
          () => [],
          () => ['domestic-abuse'],
        ),
        model,
      ).match('he hurt me'),
    ).toEqual([]);
    expect(
      withModel(
        lists(
          () => [],
          () => ['forced-marriage-fgm'],
        ),
        model,
      ).match('he hurt me'),
    ).toEqual(['domestic-abuse']);
  });

  it('adds a further panel above even odds when the lists already show one, and only then', () => {
    // "she is married now": 7 features, "marri" known (12 x 0.5): forced marriage at about 0.57, under the threshold.
    expect(model.scores('she is married now')[1]!.p).toBeCloseTo(probability(-2, 6, 7), 10);
    expect(
      withModel(
        lists(() => []),
        model,
      ).match('she is married now'),
    ).toEqual([]);
    expect(
      withModel(
        lists(() => ['domestic-abuse']),
        model,
      ).match('she is married now'),
    ).toEqual(['domestic-abuse', 'forced-marriage-fgm']);
  });

  it('adds a panel the lists nearly show above even odds, and no other under the threshold', () => {
    const nearly = (topics: ReturnType<Signposter['match']>) => ({ match: () => [], stopped: () => [], near: () => topics });
    expect(withModel(nearly(['forced-marriage-fgm']), model).match('she is married now')).toEqual(['forced-marriage-fgm']);
    expect(withModel(nearly(['domestic-abuse']), model).match('she is married now')).toEqual([]);
  });

  it('is the lists alone without a model', () => {
    const alone = lists(() => ['child-at-risk']);
    expect(withModel(alone, undefined)).toBe(alone);
  });
});
