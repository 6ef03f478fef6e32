import { describe, expect, it } from 'vitest';
import { schedulesFrom, time } from './import-venues.ts';

describe('opening times as feeds write them', () => {
  it('reads clock times with seconds, dots and am/pm', () => {
    expect(['09:30:00', '9:30', '9.30am', '1:30 pm', '12:15am', '12:00pm', '25:00', 'noon'].map((t) => time(t))).toEqual([
      '09:30',
      '09:30',
      '09:30',
      '13:30',
      '00:15',
      '12:00',
      undefined,
      undefined,
    ]);
  });

  it('reads days as codes or names, and notes a schedule it cannot read', () => {
    const notes: string[] = [];
    const note = (_: string, m: string) => notes.push(m);
    expect(schedulesFrom([{ id: 'a', byday: 'Monday, Thurs and FR', opens_at: '9:00', closes_at: '11:00' }], note)).toEqual([
      { days: ['monday', 'thursday', 'friday'], opens_at: '09:00', closes_at: '11:00' },
    ]);
    expect(schedulesFrom([{ id: 'b', byday: 'Weekdays', opens_at: '9:00', closes_at: '11:00' }], note)).toEqual([]);
    expect(notes).toEqual([expect.stringContaining('A schedule could not be read')]);
  });
});
