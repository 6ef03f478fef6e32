import { phone as phoneSchema, type ListingInput } from '../schema/index.ts';
import { normaliseEmail, normaliseUrl } from './contacts.ts';
import { quotedPrice, type NoteFn } from './import-rules.ts';
import { plainLine } from './text.ts';
import type { OrukService } from './types.ts';

/** A UK number as it stands, or the first one inside text such as "01632 960123 (option 2)". */
function phoneFrom(raw: string): { phone?: string } {
  const t = (raw ?? '').trim();
  if (phoneSchema.safeParse(t).success) return { phone: t };
  for (const m of t.matchAll(/(?:\+44\s?\(?0?\)?\s?|\b0)\d[\d ()-]{7,14}\d/g)) {
    const candidate = m[0].replace(/\s+/g, ' ').trim();
    if (phoneSchema.safeParse(candidate).success) return { phone: candidate };
  }
  return {};
}

/**
 * A service's ways to get in touch: its web address (or its organisation's), email and contacts, each repair
 * noted, with how many web addresses the feed gave and how many were kept (the report's "URLs kept").
 */
export function contactsOf(s: OrukService, note: NoteFn) {
  const urls = { given: 0, kept: 0 };
  const keepUrl = (raw: string | undefined) => {
    const n = normaliseUrl(raw);
    if (!n.url && !n.note) return undefined;
    urls.given += 1;
    if (n.note) note('contact', n.note);
    if (n.url) urls.kept += 1;
    return n.url;
  };
  const keepEmail = (raw: string | undefined) => {
    const n = normaliseEmail(raw);
    if (n.note) note('contact', n.note);
    return n.email;
  };
  const contacts: NonNullable<ListingInput['contacts']> = [];
  for (const c of s.contacts ?? []) {
    const numbers = (c.phones ?? []).map((p) => ({ given: p.number, ...phoneFrom(p.number) }));
    const number = numbers.find((n) => n.phone)?.phone;
    for (const n of numbers) {
      if (!n.phone) note('contact', `The phone number "${plainLine(n.given, 40)}" is not a UK number we can use: check it.`);
      else if (n.phone !== n.given.trim()) note('contact', `The phone number "${plainLine(n.given, 60)}" was written as ${n.phone}: check it.`);
    }
    const mail = keepEmail(c.email);
    const cname = plainLine(c.name, 80);
    const title = plainLine(c.title, 80);
    if (!number && !mail) {
      if (cname || title) note('contact', `The contact "${cname ?? title}" has no phone number or email we can use, so it was left out.`);
      continue;
    }
    contacts.push({
      ...(cname ? { name: cname } : {}),
      ...(title ? { title } : {}),
      ...(number ? { phone: number } : {}),
      ...(mail ? { email: mail } : {}),
    });
  }
  let url = keepUrl(s.url);
  const orgSite = s.organization?.website;
  if (!url && orgSite) {
    url = keepUrl(orgSite);
    if (url) note('contact', `The service has no web address of its own: we used the organisation's (${url}). Check it.`);
  }
  const mail = keepEmail(s.email) ?? (s.organization?.email ? keepEmail(s.organization.email) : undefined);
  if (!url && !mail && contacts.length === 0)
    note('contact', 'The feed gives no way to get in touch: add a phone number or email under contacts, or a url.', true);
  return { url, mail, contacts, urls };
}

/**
 * Cost: priced options make it paid; a price quoted in the fees or the description makes it paid for the
 * editor to check, unless the feed says it is free (then only a note).
 */
export function costOf(s: OrukService, note: NoteFn) {
  const cost_options = (s.cost_options ?? []).flatMap((o) => {
    const text = plainLine(o.amount_description, 200) ?? (typeof o.amount === 'number' ? `£${o.amount.toFixed(2)}` : undefined);
    if (!text) return [];
    const option = plainLine(o.option, 80);
    return [
      { ...(option ? { option } : {}), ...(typeof o.amount === 'number' && o.amount >= 0 ? { amount: o.amount } : {}), amount_description: text },
    ];
  });
  const fees = plainLine(s.fees, 200);
  const saysFree = /\bfree\b/i.test(fees ?? '') && !/\bnot free\b/i.test(fees ?? '');
  let paid =
    cost_options.some((o) => (o.amount ?? 1) > 0) ||
    (!saysFree && !!fees && !/^(?:none|n\/?a|no|nil|0|£0(?:\.00)?)$/i.test(fees) && cost_options.length === 0);
  if (paid && cost_options.length === 0) cost_options.push({ amount_description: fees! });
  const price = quotedPrice([s.fees, s.description]);
  if (!paid && price && saysFree)
    note('cost', `The feed says the service is free, but quotes a price ("${price}"): check the cost with the provider.`);
  else if (!paid && price) {
    paid = true;
    cost_options.push({ amount_description: price });
    note('cost', `The feed quotes a price ("${price}"), so we put cost: paid with that price: check the cost with the provider.`);
  }
  return { paid, cost_options };
}
