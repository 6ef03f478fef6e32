/**
 * The hub finder tells the map where the person is, so the map can zoom there. The two are separate islands
 * (the finder loads at once, the map only when scrolled to), so the last place is kept on window and
 * announced with a DOM event: whichever loads second still sees it.
 */
export interface HubFocus {
  lat: number;
  lng: number;
  /** What was found, e.g. "DN4 0TY" or "Bentley". */
  label: string;
  /** The nearest hubs' ids, nearest first: the map zooms to show the place and these. */
  nearestIds: string[];
}

const EVENT = 'fis:hub-focus';
type FocusWindow = Window & { __fisHubFocus?: HubFocus | undefined };

export function publishHubFocus(focus: HubFocus | undefined): void {
  (window as FocusWindow).__fisHubFocus = focus;
  window.dispatchEvent(new CustomEvent(EVENT, { detail: focus }));
}

/** Calls back now with the last place, if any, and on every new one. Returns a function that stops it. */
export function onHubFocus(callback: (focus: HubFocus | undefined) => void): () => void {
  const listener = (e: Event) => callback((e as CustomEvent<HubFocus | undefined>).detail);
  window.addEventListener(EVENT, listener);
  const last = (window as FocusWindow).__fisHubFocus;
  if (last) callback(last);
  return () => window.removeEventListener(EVENT, listener);
}
