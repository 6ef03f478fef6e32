/**
 * "Leave this site" (the GOV.UK "Exit this page" behaviour): the button, or Shift pressed 3 times within
 * 1 second, blanks the page at once and replaces it with a neutral site. location.replace swaps the current
 * history entry, so Back does not return here. Tiny and framework-free: it runs on every page.
 */
import { STORAGE_KEY as SHORTLIST_KEY } from '../lib/shortlist.ts';

const SHIFT_WINDOW_MS = 1000;

/**
 * What leaving removes from the device: everything this site keeps for the visit, and the whole shortlist,
 * because a saved domestic-abuse or counselling service is exactly what someone checking the phone must not
 * find (docs/decisions/0010-quick-exit-clears-shortlist.md says why the whole list and not some entries).
 */
export function forgetVisit(local: Pick<Storage, 'removeItem'> | undefined, session: Pick<Storage, 'clear'> | undefined): void {
  try {
    session?.clear();
  } catch {
    /* storage may be blocked: leaving matters more */
  }
  try {
    local?.removeItem(SHORTLIST_KEY);
  } catch {
    /* as above */
  }
}

export function exitNow(target: string): void {
  document.title = 'BBC Weather';
  document.body.hidden = true;
  forgetVisit(safeStorage('localStorage'), safeStorage('sessionStorage'));
  window.location.replace(target);
}

function safeStorage(name: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[name];
  } catch {
    return undefined;
  }
}

export function wireQuickExit(doc: Document = document): void {
  const buttons = [...doc.querySelectorAll<HTMLAnchorElement>('[data-quick-exit]')];
  const target = buttons[0]?.href ?? 'https://www.bbc.co.uk/weather';
  for (const b of buttons) {
    b.addEventListener('click', (e) => {
      e.preventDefault();
      exitNow(b.href);
    });
  }
  let presses: number[] = [];
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Shift' || e.repeat) {
      if (e.key !== 'Shift') presses = [];
      return;
    }
    const now = Date.now();
    presses = [...presses.filter((t) => now - t < SHIFT_WINDOW_MS), now];
    if (presses.length >= 3) exitNow(target);
  });
}
