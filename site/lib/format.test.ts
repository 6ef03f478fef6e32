import { describe, expect, it } from 'vitest';
import { formatAges, formatDate, formatDays, formatMiles, formatSchedule, formatTime, isTextLine, smsHref, telHref } from './format.ts';

describe('formatters', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2026-10-14')).toBe('14 October 2026');
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
  });
  it('links a text-message line for texting', () => {
    expect(smsHref('07700 900961')).toBe('sms:+447700900961');
    expect(isTextLine({ name: 'Open Minds text line' })).toBe(true);
    expect(isTextLine({ title: 'SMS support' })).toBe(true);
    expect(isTextLine({ name: 'Family Hub reception' })).toBe(false);
    expect(isTextLine({ name: 'Textile workshop team' })).toBe(false);
  });
  it('makes phone numbers dialable from anywhere', () => {
    expect(telHref('0114 496 0101')).toBe('tel:+441144960101');
    expect(telHref('+44 114 496 0101')).toBe('tel:+441144960101');
    expect(telHref('0808 157 0000')).toBe('tel:+448081570000');
  });
  it('writes times on the 12-hour clock', () => {
    expect(formatTime('09:30')).toBe('9:30am');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('17:00')).toBe('5pm');
    expect(formatTime('00:00')).toBe('midnight');
  });
  it('joins days into words', () => {
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday'])).toBe('Monday to Thursday');
    expect(formatDays(['thursday', 'tuesday'])).toBe('Tuesday and Thursday');
    expect(formatDays(['monday', 'wednesday', 'friday'])).toBe('Monday, Wednesday and Friday');
    expect(formatSchedule({ days: ['tuesday'], opens_at: '09:30', closes_at: '11:30', description: 'Term time only' })).toBe(
      'Tuesday, 9:30am to 11:30am (Term time only)',
    );
  });
  it('says who a service is for by age, with the SEND extension only when it extends', () => {
    expect(formatAges(0, 4)).toBe('Ages 0 to 4');
    expect(formatAges(5, 18, 24)).toBe('Ages 5 to 18 (up to 24 with SEND)');
    expect(formatAges(5, 18, 18)).toBe('Ages 5 to 18');
    expect(formatAges(0, 0.5)).toBe('Babies up to 6 months');
  });
  it('rounds distances', () => {
    expect(formatMiles(0.04)).toBe('less than 0.1 miles away');
    expect(formatMiles(1)).toBe('1.0 mile away');
    expect(formatMiles(2.345)).toBe('2.3 miles away');
    expect(formatMiles(12.6)).toBe('13 miles away');
  });
});
