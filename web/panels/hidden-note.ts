/**
 * "n hidden by filters · show them": what a list, an abstract or a table draws follows the filters, and the button draws
 * what they hide too, greyed. The details panel's lists (web/panels/details.ts) and the paper comparison's cells
 * (web/features/compare-panel.ts) use it. Test hooks: `hidden-by-filters`, `show-hidden` (aria-expanded).
 */
import { h } from './dom.ts';

/**
 * The note and its button: `draw(all)` draws what the filters keep, or with `all` what they hide too (drawn once now,
 * with `all` as `initially` says, and again at each press). Null when the filters hide nothing.
 */
export function hiddenNote(hidden: number, draw: (all: boolean) => void, initially = false): HTMLElement | null {
  let all = initially && hidden > 0;
  const toggle = h('button', { type: 'button', class: 'link', 'data-testid': 'show-hidden' });
  const text = document.createTextNode('');
  const note = h('p', { class: 'more filtered', 'data-testid': 'hidden-by-filters' }, text, toggle);
  const update = () => {
    draw(all);
    // (the text changes around the button: the note redrawn whole took the button out from under the keyboard's focus)
    text.data = `${hidden} hidden by filters${all ? ' (greyed)' : ''} · `;
    toggle.textContent = all ? 'hide them' : 'show them';
    toggle.setAttribute('aria-expanded', String(all));
  };
  toggle.addEventListener('click', () => {
    all = !all;
    update();
  });
  update();
  return hidden ? note : null;
}
