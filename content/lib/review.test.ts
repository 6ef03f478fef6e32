import { describe, expect, it } from 'vitest';
import { addMonths, reviewOf, todayIso } from './review.ts';

describe('review dates', () => {
  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-03-15', 6)).toBe('2026-09-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
  it('is current up to and including the due date', () => {
    expect(reviewOf('2026-05-26', 6, 90, '2026-11-26')).toEqual({ dueDate: '2026-11-26', state: 'current', daysOverdue: 0 });
  });
  it('is overdue after the due date, and lapsed after the grace period', () => {
    expect(reviewOf('2026-05-01', 6, 90, '2026-11-26').state).toBe('overdue');
    expect(reviewOf('2026-01-01', 6, 90, '2026-11-26')).toMatchObject({ state: 'lapsed', dueDate: '2026-07-01', daysOverdue: 148 });
  });
  it('judges against FIS_TODAY, then the council as-of date, then the real date', () => {
    expect(todayIso({ FIS_TODAY: '2030-01-02' }, '2026-11-26')).toBe('2030-01-02');
    expect(todayIso({}, '2026-11-26')).toBe('2026-11-26');
    expect(todayIso({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
