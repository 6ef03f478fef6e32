/**
 * The search form's state as plain strings, to and from the URL. The URL is the truth: the island reads the
 * form from it on load and on Back, and writes it on every change. Pure and browser-safe.
 */
export interface SearchForm {
  q: string;
  needs: string[];
  age: string;
  send: boolean;
  locality: string;
  near: string;
  radius: string;
  sort: string;
  free: boolean;
  access: string[];
  delivery: string[];
  level: string;
  language: string;
  day: string;
  hubs: boolean;
  /** Parts of query understanding turned off ("age", "need:send"): see site/lib/search/understand. */
  undo: string[];
  page: string;
}

const LISTS = ['needs', 'access', 'delivery', 'undo'] as const;
const FLAGS = ['send', 'free', 'hubs'] as const;
const TEXTS = ['q', 'age', 'locality', 'near', 'radius', 'sort', 'level', 'language', 'day', 'page'] as const;

export function emptyForm(): SearchForm {
  return {
    q: '',
    needs: [],
    age: '',
    send: false,
    locality: '',
    near: '',
    radius: '',
    sort: '',
    free: false,
    access: [],
    delivery: [],
    level: '',
    language: '',
    day: '',
    hubs: false,
    undo: [],
    page: '',
  };
}

export function formFromParams(params: URLSearchParams): SearchForm {
  const form = emptyForm();
  for (const k of TEXTS) form[k] = params.get(k)?.trim() ?? '';
  for (const k of LISTS)
    form[k] = [
      ...new Set(
        params
          .getAll(k)
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
  for (const k of FLAGS) form[k] = ['1', 'true', 'yes', 'on'].includes((params.get(k) ?? '').toLowerCase());
  // An age range from a shared link shows as its lower bound only when it is a single age.
  if (!form.age && params.get('age_min') && params.get('age_min') === params.get('age_max')) form.age = params.get('age_min') ?? '';
  return form;
}

/** Only what is set, in a fixed order, so equal searches have equal URLs. */
export function paramsFromForm(form: SearchForm): URLSearchParams {
  const p = new URLSearchParams();
  if (form.q.trim()) p.set('q', form.q.trim());
  for (const n of form.needs) p.append('needs', n);
  if (form.age.trim()) p.set('age', form.age.trim());
  if (form.send) p.set('send', '1');
  if (form.locality) p.set('locality', form.locality);
  if (form.near.trim()) p.set('near', form.near.trim());
  if (form.near.trim() && form.radius) p.set('radius', form.radius);
  if (form.near.trim() && form.sort) p.set('sort', form.sort);
  if (form.free) p.set('free', '1');
  for (const a of form.access) p.append('access', a);
  for (const d of form.delivery) p.append('delivery', d);
  if (form.level) p.set('level', form.level);
  if (form.language) p.set('language', form.language);
  if (form.day) p.set('day', form.day);
  if (form.hubs) p.set('hubs', '1');
  // Undoing a part only means something for the words it was read from.
  if (form.q.trim()) for (const u of form.undo) p.append('undo', u);
  if (form.page && form.page !== '1') p.set('page', form.page);
  return p;
}

export interface ActiveFilter {
  /** Stable key, e.g. "needs:send" or "free". */
  key: string;
  /** What the person chose, in their words, e.g. "Free services only". */
  label: string;
  /** The same form without this one choice (and back on page 1). */
  without: SearchForm;
}

export interface FilterLabels {
  need: (id: string) => string;
  access: (id: string) => string;
  delivery: (id: string) => string;
  locality: (id: string) => string;
  level: (id: string) => string;
  language: (id: string) => string;
  day: (id: string) => string;
  age: (age: string) => string;
  send: string;
  free: string;
  hubs: string;
  radius: (miles: string) => string;
  q: (q: string) => string;
}

/** Every single choice the person made, each with the form that drops it: for "no results" help. */
export function activeFilters(form: SearchForm, labels: FilterLabels): ActiveFilter[] {
  const base = { ...form, page: '' };
  const out: ActiveFilter[] = [];
  if (base.q.trim()) out.push({ key: 'q', label: labels.q(base.q.trim()), without: { ...base, q: '' } });
  for (const n of base.needs) out.push({ key: `needs:${n}`, label: labels.need(n), without: { ...base, needs: base.needs.filter((x) => x !== n) } });
  if (base.age.trim()) out.push({ key: 'age', label: labels.age(base.age.trim()), without: { ...base, age: '', send: false } });
  if (base.send && base.age.trim()) out.push({ key: 'send', label: labels.send, without: { ...base, send: false } });
  if (base.locality) out.push({ key: 'locality', label: labels.locality(base.locality), without: { ...base, locality: '' } });
  if (base.near.trim() && base.radius) out.push({ key: 'radius', label: labels.radius(base.radius), without: { ...base, radius: '' } });
  if (base.free) out.push({ key: 'free', label: labels.free, without: { ...base, free: false } });
  for (const a of base.access)
    out.push({ key: `access:${a}`, label: labels.access(a), without: { ...base, access: base.access.filter((x) => x !== a) } });
  for (const d of base.delivery)
    out.push({ key: `delivery:${d}`, label: labels.delivery(d), without: { ...base, delivery: base.delivery.filter((x) => x !== d) } });
  if (base.level) out.push({ key: 'level', label: labels.level(base.level), without: { ...base, level: '' } });
  if (base.language) out.push({ key: 'language', label: labels.language(base.language), without: { ...base, language: '' } });
  if (base.day) out.push({ key: 'day', label: labels.day(base.day), without: { ...base, day: '' } });
  if (base.hubs) out.push({ key: 'hubs', label: labels.hubs, without: { ...base, hubs: false } });
  return out;
}

export interface LanguageName {
  id: string;
  /** English name, e.g. "Polish". */
  label: string;
  /** Own-language name, e.g. "Polski". */
  native?: string | undefined;
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A language named in the search box ("Polish", "polski", "Polish speaking health visitor", "in Urdu") → that
 * language as a filter, and the rest of the words to search for. English is left as words: nearly every
 * service is in English, and "English classes" is a need, not a language filter.
 */
export function languageFromText(q: string, languages: readonly LanguageName[]): { language: string; rest: string } | undefined {
  const text = fold(q);
  const names = languages
    .filter((l) => l.id !== 'en')
    .flatMap((l) => [l.label, l.native].filter((n): n is string => Boolean(n)).map((n) => ({ id: l.id, name: fold(n) })))
    .sort((a, b) => b.name.length - a.name.length);
  for (const { id, name } of names) {
    const pattern = new RegExp(
      `(^|\\s)(?:(?:in|speaks?|speaking)\\s+)?${escapeRegExp(name)}(?:\\s*-?\\s*(?:speaking|speakers?|spoken|language))?(?=\\s|[,.!?]|$)`,
      'u',
    );
    const m = pattern.exec(text);
    if (!m) continue;
    const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
    return { language: id, rest };
  }
  return undefined;
}

/** Apply a language named in the search box to the form, unless a language is already chosen. */
export function withLanguageFromText(form: SearchForm, languages: readonly LanguageName[]): SearchForm {
  if (form.language || !form.q.trim()) return form;
  const found = languageFromText(form.q, languages);
  return found ? { ...form, language: found.language, q: found.rest } : form;
}

export interface TitleParts {
  q: string;
  near: string;
  total: number | undefined;
  page: number;
  totalPages: number;
  hasErrors: boolean;
  /** "Find help - Doncaster Family Information Service" */
  base: string;
  count: (n: number) => string;
}

/**
 * The page title after a search, so the browser tab, history and a screen reader say what the page holds:
 * 'Error: 12 services found for "autism" near DN4 0TY, page 2 of 3 - Find help - …' (GOV.UK puts "Error: "
 * first when the form has a problem).
 */
export function searchTitle(p: TitleParts): string {
  const parts: string[] = [];
  if (p.total !== undefined) {
    let what = p.count(p.total);
    if (p.q.trim()) what += ` for "${p.q.trim()}"`;
    if (p.near.trim()) what += ` near ${p.near.trim()}`;
    if (p.totalPages > 1) what += `, page ${p.page} of ${p.totalPages}`;
    parts.push(what);
  }
  parts.push(p.base);
  return `${p.hasErrors ? 'Error: ' : ''}${parts.join(' - ')}`;
}
