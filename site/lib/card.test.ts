import { describe, expect, it } from 'vitest';
import { toCardData, type CardLabels } from './card.ts';
import type { SearchHit } from './search/results.ts';

const labels: CardLabels = {
  access: { 'self-referral': 'Self-referral', 'drop-in': 'Drop in' },
  online: 'Online or by phone',
  free: 'Free',
  paid: 'Costs money',
};
const hit = {
  serviceId: 'hubs/stay-and-play',
  name: 'Stay and Play',
  organization: 'Hubs',
  summary: 'Play.',
  age_min: 0,
  age_max: 4,
  send_max: 4,
  cost: 'free',
  access: ['drop-in', 'self-referral'],
  has_venue: true,
  venueName: 'Balby Family Hub',
  town: 'Doncaster',
  distanceMiles: 0.42,
} as unknown as SearchHit;

describe('toCardData', () => {
  it('says who, cost, how to get help, where and how far', () => {
    expect(toCardData(hit, labels, '2026-10-14')).toEqual({
      id: 'hubs/stay-and-play',
      name: 'Stay and Play',
      organization: 'Hubs',
      summary: 'Play.',
      ages: 'Ages 0 to 4',
      cost: 'Free',
      access: 'Drop in, Self-referral',
      where: 'Balby Family Hub, Doncaster',
      distance: '0.4 miles away',
      checked: '14 October 2026',
    });
  });
  it('shows the SEND age and online services', () => {
    const card = toCardData(
      { ...hit, send_max: 24, age_max: 18, has_venue: false, distanceMiles: undefined, cost: 'paid' } as unknown as SearchHit,
      labels,
    );
    expect(card.ages).toBe('Ages 0 to 18 (up to 24 with SEND)');
    expect(card.where).toBe('Online or by phone');
    expect(card.cost).toBe('Costs money');
    expect(card.distance).toBeUndefined();
  });
  it("shows a paid service's own prices when they are known", () => {
    const paid = { ...hit, cost: 'paid' } as unknown as SearchHit;
    expect(toCardData(paid, labels, undefined, '£1 a session, free with free school meals').cost).toBe('£1 a session, free with free school meals');
    expect(toCardData(paid, labels, undefined, ' ').cost).toBe('Costs money');
    expect(toCardData(hit, labels, undefined, '£3').cost).toBe('Free');
  });
});
