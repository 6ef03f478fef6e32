/**
 * "Leave this site" (the GOV.UK "Exit this page" behaviour): the button, or Shift pressed 3 times within
 * 1 second, blanks the page at once and replaces it with a neutral site. location.replace swaps the current
 * history entry, so Back does not return here. Tiny and framework-free: it runs on every page.
 */
const SHIFT_WINDOW_MS = 1000;

export function exitNow(target: string): void {
  document.title = 'BBC Weather';
  document.body.hidden = true;
  try {
    // Clear what this site keeps on the device only for this visit; the shortlist is left alone because a
    // practitioner may rely on it. Nothing else is stored.
    sessionStorage.clear();
  } catch {
    /* storage may be blocked: leaving matters more */
  }
  window.location.replace(target);
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
