/** Small pure formatters shared by pages and islands. No Node imports: islands use them too. */
import { DAYS } from '../../content/schema/values.ts';
import { en } from '../i18n/en.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-10-14" → "14 October 2026" (GOV.UK date style). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d || m > 12) return iso;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "0114 496 0101" → "tel:+441144960101", so a phone dials it whatever the country setting. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return `tel:+${digits}`;
  return digits.startsWith('0') ? `tel:+44${digits.slice(1)}` : `tel:${digits}`;
}

/** "07700 900961" → "sms:+447700900961": opens the phone's messages app with the number filled in. */
export function smsHref(phone: string): string {
  return telHref(phone).replace(/^tel:/, 'sms:');
}

/**
 * A contact that is a text-message line ("Open Minds text line", "Text us", "SMS"): its number is for texting,
 * so the page links it with sms: and says "Text", not "Call".
 */
export function isTextLine(contact: { name?: string | undefined; title?: string | undefined }): boolean {
  return /\b(text(s|ing)?|sms)\b/i.test(`${contact.name ?? ''} ${contact.title ?? ''}`);
}

/** "09:30" → "9:30am", "12:00" → "midday", "17:00" → "5pm" (GOV.UK time style). */
export function formatTime(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  if (h === 12 && m === 0) return 'midday';
  if (h === 0 && m === 0) return 'midnight';
  const suffix = h < 12 ? 'am' : 'pm';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour}${suffix}` : `${hour}:${String(m).padStart(2, '0')}${suffix}`;
}

// Day names are interface words, so they come from the dictionary; the order is the schema's. The dictionary
// imports this module too, so its words are read when a function runs, never while the modules load.
const DAY_ORDER: readonly string[] = DAYS;

/** [monday, tuesday, wednesday] → "Monday to Wednesday"; [tuesday, thursday] → "Tuesday and Thursday". */
export function formatDays(days: readonly string[]): string {
  const sorted = [...new Set(days)].sort((a, b) => DAY_ORDER.indexOf(a) - DAY_ORDER.indexOf(b));
  const idx = sorted.map((d) => DAY_ORDER.indexOf(d));
  const consecutive = idx.length >= 3 && idx.every((v, i) => i === 0 || v === idx[i - 1]! + 1);
  const dayNames: Record<string, string> = en.days;
  const names = sorted.map((d) => dayNames[d] ?? d);
  if (consecutive) return `${names[0]} to ${names[names.length - 1]}`;
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A schedule line: "Tuesday and Thursday, 9:30am to 11:30am (Term time only)". */
export function formatSchedule(s: { days: readonly string[]; opens_at: string; closes_at: string; description?: string | undefined }): string {
  const base = `${formatDays(s.days)}, ${formatTime(s.opens_at)} to ${formatTime(s.closes_at)}`;
  return s.description ? `${base} (${s.description})` : base;
}

/** 0.5 → "6 months"; 7 → "7". */
export function formatAge(years: number): string {
  if (years > 0 && years < 1) return `${Math.round(years * 12)} months`;
  return Number.isInteger(years) ? String(years) : years.toFixed(1);
}

/** Who a service is for, by age: "Ages 0 to 4", "Ages 5 to 18 (up to 24 with SEND)". */
export function formatAges(min: number, max: number, sendMax?: number): string {
  const base =
    min === max ? `Age ${formatAge(min)}` : min === 0 && max < 1 ? `Babies up to ${formatAge(max)}` : `Ages ${formatAge(min)} to ${formatAge(max)}`;
  return sendMax !== undefined && sendMax > max ? `${base} (up to ${formatAge(sendMax)} with SEND)` : base;
}

/** Distance in miles as people say it. */
export function formatMiles(miles: number): string {
  if (miles < 0.1) return 'less than 0.1 miles away';
  const n = miles < 10 ? miles.toFixed(1) : String(Math.round(miles));
  return `${n} ${n === '1.0' ? 'mile' : 'miles'} away`;
}

/** The service page path for a listing id (ids contain a slash, which stays a path separator). */
export function servicePath(id: string): string {
  return `/services/${id}/`;
}
