/**
 * "Add to shortlist" buttons on static pages, without a framework: each [data-shortlist-id] button is shown
 * once this script runs (they are hidden for people without JavaScript) and toggles its id in localStorage.
 */
import { addId, readStored, removeId, writeStored } from '../lib/shortlist.ts';

export function wireShortlistButtons(root: ParentNode = document): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-shortlist-id]')];
  const render = () => {
    const ids = readStored();
    for (const b of buttons) {
      const on = ids.includes(b.dataset.shortlistId ?? '');
      // The label changes rather than using aria-pressed: "Remove from shortlist" says what the button will do.
      const label = b.querySelector('[data-label]');
      if (label) label.textContent = on ? (b.dataset.removeLabel ?? 'Remove from shortlist') : (b.dataset.addLabel ?? 'Add to shortlist');
    }
  };
  for (const b of buttons) {
    b.hidden = false;
    b.addEventListener('click', () => {
      const id = b.dataset.shortlistId ?? '';
      const ids = readStored();
      writeStored(ids.includes(id) ? removeId(ids, id) : addId(ids, id));
      render();
    });
  }
  // Keep buttons right when the list changes in another tab.
  window.addEventListener('storage', render);
  render();
}
