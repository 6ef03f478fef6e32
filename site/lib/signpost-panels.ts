/**
 * The urgent-help panels as a page shows them: each topic of urgent-help.yaml with the council's numbers put
 * in and every number ready to dial. Plain data, so the search page can hand it to its island and the need
 * pages and the CLI can print the same thing. Pure: no files read here.
 */
import type { Council } from '../../content/schema/council.ts';
import type { CouncilNumber, UrgentHelp, UrgentTopicId } from '../../content/schema/urgent-help.ts';
import { telHref } from './format.ts';

export interface PanelNumber {
  label: string;
  number: string;
  href: string;
}
export interface PanelHelpline {
  name: string;
  about: string;
  call?: PanelNumber;
  text?: PanelNumber & { word?: string };
  website: string;
}
export interface SignpostPanel {
  id: UrgentTopicId;
  title: string;
  now: string[];
  council: PanelNumber[];
  helplines: PanelHelpline[];
  needPages: string[];
}

export function signpostPanels(file: UrgentHelp, council: Council, councilLabels: Record<CouncilNumber, string>): SignpostPanel[] {
  return file.topics.map((t) => ({
    id: t.id,
    title: t.title,
    now: t.now,
    council: t.council_numbers.flatMap((key) => {
      const number = council.urgent_help[key];
      // A council may have no separate homelessness line: the others still show.
      return number ? [{ label: councilLabels[key], number, href: telHref(number) }] : [];
    }),
    helplines: t.helplines.map((h) => ({
      name: h.name,
      about: h.about,
      ...(h.call ? { call: { label: h.name, number: h.call, href: telHref(h.call) } } : {}),
      ...(h.text
        ? {
            text: {
              label: h.name,
              number: h.text.number,
              href: `sms:${h.text.number.replace(/\D/g, '')}`,
              ...(h.text.word ? { word: h.text.word } : {}),
            },
          }
        : {}),
      website: h.website,
    })),
    needPages: t.need_pages,
  }));
}

/** The panels for these topic ids, in the file's order (its order of urgency). */
export function panelsFor(panels: readonly SignpostPanel[], ids: readonly string[]): SignpostPanel[] {
  return panels.filter((p) => ids.includes(p.id));
}

/** The panels a need page shows at its top. */
export function panelsForNeed(panels: readonly SignpostPanel[], needId: string): SignpostPanel[] {
  return panels.filter((p) => p.needPages.includes(needId));
}

/** A panel as plain text, for the search CLI. */
export function panelText(p: SignpostPanel, heading: string): string {
  const lines = [`!! ${heading}`, ...p.now.map((n) => `   ${n}`)];
  for (const c of p.council) lines.push(`   ${c.label}: ${c.number}`);
  for (const h of p.helplines) {
    const how = [h.call && `call ${h.call.number}`, h.text && (h.text.word ? `text ${h.text.word} to ${h.text.number}` : `text ${h.text.number}`)]
      .filter(Boolean)
      .join(' or ');
    lines.push(`   ${h.name}: ${how}. ${h.about}`);
  }
  return lines.join('\n');
}
