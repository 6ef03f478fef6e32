/**
 * Words and markup the hub map puts inside Leaflet's markers, kept pure so they are tested without a browser.
 * Leaflet's div icons take an HTML string, so every name is escaped here, and no inline style attribute is
 * used (the Content-Security-Policy would block it).
 */

import { escapeHtml } from '../lib/escape-html.ts';

/** A hub marker: a pin and the hub's name, which is also what a screen reader announces for the button. */
export function markerHtml(name: string, kind: string): string {
  const modifier = kind === 'Youth Hub' ? ' hub-marker--youth' : '';
  return `<span class="hub-marker__pin${modifier}" aria-hidden="true"></span><span class="hub-marker__label">${escapeHtml(name)}</span>`;
}

/** The accessible name of a cluster of hubs: what it holds and what pressing it does. */
export function clusterLabel(count: number): string {
  return `${count} hubs close together: press Enter to zoom in`;
}

export function clusterHtml(count: number): string {
  return `<span aria-hidden="true">${count}</span><span class="visually-hidden">${escapeHtml(clusterLabel(count))}</span>`;
}

/** The short text in a marker's popup, under the link to the hub page. */
export function popupDetail(hub: { kind: string; town: string; locality: string }, areaName: string): string {
  return `${hub.kind} in ${hub.town}, ${hub.locality} ${areaName}`;
}

/** A place name on the map without tiles: decoration for sighted people (the list says the same). */
export function placeLabelHtml(name: string): string {
  return `<span class="hub-map__place-name" aria-hidden="true">${escapeHtml(name)}</span>`;
}

/** A ward's first place, short enough to sit on the map: "Norton & Askern" → "Norton". */
export function shortPlaceName(ward: string): string {
  return ward.split(/\s*(?:&|,)\s*/)[0]!.trim();
}
