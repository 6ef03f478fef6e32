import type { PostcodeLookup } from '../lib/postcodes.ts';
import { normalisePostcode } from '../lib/postcodes.ts';
import type { Vocabularies } from '../lib/vocabularies.ts';
import { DAYS, type Council, type Day, type LocationInput } from '../schema/index.ts';
import type { NoteFn } from './import-rules.ts';
import { orukId } from './stable-uuid.ts';
import { markdownFrom, plainLine } from './text.ts';
import type { OrukLocation, OrukSchedule, OrukService } from './types.ts';

const BYDAY: Record<string, Day> = { MO: 'monday', TU: 'tuesday', WE: 'wednesday', TH: 'thursday', FR: 'friday', SA: 'saturday', SU: 'sunday' };

/** "09:30:00", "9:30", "9.30am", "1:30 pm" as HH:MM on the 24-hour clock. */
export function time(t: string | undefined): string | undefined {
  const m = /^\s*(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(am|pm)?/i.exec(t ?? '');
  if (!m) return undefined;
  let h = Number(m[1]);
  const half = m[3]?.toLowerCase();
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  if (h > 23 || Number(m[2]) > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** "MO", "1MO", "Monday", "mon": the day, or nothing. */
function day(token: string): Day | undefined {
  const t = token
    .trim()
    .toUpperCase()
    .replace(/^[+-]?\d+/, '');
  if (t.length === 2) return BYDAY[t];
  // A day's name or its start ("Mon", "Thurs"), never another word that starts alike ("Weekdays").
  const d = BYDAY[t.slice(0, 2)];
  return t.length >= 3 && d !== undefined && d.toUpperCase().startsWith(t) ? d : undefined;
}

export function schedulesFrom(list: OrukSchedule[], note: NoteFn) {
  return list.flatMap((s) => {
    const days = (s.byday ?? '')
      .split(/[,;\s]+|\band\b/)
      .map(day)
      .filter((d): d is Day => d !== undefined);
    const opens = time(s.opens_at);
    const closes = time(s.closes_at);
    if (days.length === 0 || !opens || !closes || opens >= closes) {
      const said = plainLine(s.description, 80) ?? plainLine(`${s.byday ?? ''} ${s.opens_at ?? ''}-${s.closes_at ?? ''}`, 80);
      if (s.description || s.opens_at)
        note('schedule', `A schedule could not be read as days and times ("${said}"): add it under schedules by hand.`);
      return [];
    }
    const extra = [s.freq === 'MONTHLY' ? 'Monthly' : undefined, plainLine(s.description, 100)].filter(Boolean).join('. ');
    return [
      { days: DAYS.filter((d) => days.includes(d)), opens_at: opens, closes_at: closes, ...(extra ? { description: plainLine(extra, 120)! } : {}) },
    ];
  });
}

// The hubs' location ids (as our own export writes them), worked out once per vocabulary, not once per service.
const hubIdCache = new WeakMap<Vocabularies, Map<string, string>>();
function hubIds(council: Council, vocab: Vocabularies): Map<string, string> {
  let m = hubIdCache.get(vocab);
  if (!m) {
    m = new Map(vocab.hubs.map((h) => [orukId(council.id, 'location', `hub/${h.id}`), h.id]));
    hubIdCache.set(vocab, m);
  }
  return m;
}

export interface VenueContext {
  council: Council;
  vocab: Vocabularies;
  postcodes: PostcodeLookup;
}

/** The service's venues as listing locations, with the postcodes and points the area check needs. */
export function venuesOf(s: OrukService, ctx: VenueContext, note: NoteFn) {
  const { council, vocab } = ctx;
  const hubByLocationId = hubIds(council, vocab);
  const venueSchedules = (salId: string) => (s.schedules ?? []).filter((x) => x.service_at_location_id === salId);
  const locations: LocationInput[] = [];
  const postcodes: string[] = [];
  const points: { lat: number; lng: number }[] = [];
  for (const sal of s.service_at_locations ?? []) {
    const loc: OrukLocation | undefined = sal.location;
    if (!loc || loc.location_type === 'virtual') continue;
    if (typeof loc.latitude === 'number' && typeof loc.longitude === 'number') points.push({ lat: loc.latitude, lng: loc.longitude });
    const label = plainLine(loc.name, 100) ?? 'Unnamed venue';
    const address = loc.addresses?.find((a) => a.address_type !== 'postal') ?? loc.addresses?.[0];
    if (!address) {
      note(
        'venue',
        `The venue "${label}" has no address in the feed (it may be hidden on purpose): add it by hand, with hide_address: true if it must stay private.`,
        true,
      );
      continue;
    }
    const postcode = normalisePostcode(address.postal_code ?? '');
    if (postcode) postcodes.push(postcode);
    const point = postcode ? ctx.postcodes.get(postcode) : undefined;
    if (!postcode)
      note('venue', `The venue "${label}" has no usable postcode ("${plainLine(address.postal_code, 20) ?? ''}"): add the full postcode.`, true);
    else if (!point || point.wardCode === '')
      note('area', `The venue "${label}" has the postcode ${postcode}, which is not in ${council.area_name}: check it, or remove the venue.`, true);
    const hub =
      hubByLocationId.get(loc.id) ??
      vocab.hubs.find(
        (h) =>
          postcode !== undefined &&
          normalisePostcode(h.postal_code) === postcode &&
          label.toLowerCase().includes(h.name.toLowerCase().replace(/ (family|youth) hub$/, '')),
      )?.id;
    const features: string[] = [];
    const other: string[] = [];
    for (const a of loc.accessibility ?? []) {
      const f = vocab.accessibilityFeatures.find((x) => x.label.toLowerCase() === (a.description ?? '').trim().toLowerCase());
      if (f) features.push(f.id);
      else
        other.push(
          [a.description === 'Notes' ? undefined : a.description, a.details]
            .map((t) => plainLine(t, 200))
            .filter(Boolean)
            .map((t) => t!.replace(/([^.!?])$/, '$1.'))
            .join(' '),
        );
    }
    const times = schedulesFrom(venueSchedules(sal.id), note);
    const accessibilityNotes = plainLine(other.filter(Boolean).join(' '), 300);
    const transportation = plainLine(loc.transportation, 300);
    const description = markdownFrom(loc.description, 600);
    const address2 = plainLine(address.address_2, 100);
    locations.push({
      name: label,
      address_1: plainLine(address.address_1, 100) ?? '',
      ...(address2 ? { address_2: address2 } : {}),
      city: plainLine(address.city, 60) ?? council.area_name,
      postal_code: postcode ?? plainLine(address.postal_code, 20) ?? '',
      ...(hub ? { hub } : {}),
      ...(features.length ? { accessibility: [...new Set(features)] } : {}),
      ...(accessibilityNotes ? { accessibility_notes: accessibilityNotes } : {}),
      ...(transportation ? { transportation } : {}),
      ...(description ? { description } : {}),
      ...(times.length ? { schedules: times } : {}),
    });
  }
  return { locations, postcodes, points };
}
