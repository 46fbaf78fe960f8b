/**
 * Paper comparison, the Open Research Knowledge Graph's way: "Add to comparison" in a paper's details panel, a toolbar
 * button "Compare (N)" that opens the papers side by side (src/analysis/compare.ts: one column a paper, one row a
 * property, the figures each reports per dataset and metric), the rows where they differ marked, "Only differences" to
 * hide the others, a column removed with its ×, "Clear"; an entity in a cell opens its node, a figure its sentence. The
 * cells follow the filters as the details panel's lists do ("n hidden by filters · show them", web/panels/hidden-note.ts);
 * the papers stay, one the filters hide said so in its head. Exports the table as shown as CSV and as a LaTeX booktabs
 * table. Its view (the papers, open, only differences) is the app
 * state's `compare` (web/compare-state.ts): in the URL as the matrix's is (replaced, not pushed), so a link reopens it
 * and Back to an earlier selection brings back the comparison it was made from.
 * Test hooks: `compare-toggle` (in a paper's panel, aria-pressed), `open-compare`, dialog `compare-dialog`, table
 * `compare` (each row `tr[data-row][data-differs]`, each cell `td[data-paper]`, entities `button[data-key]`),
 * `compare-diff`, `compare-csv`, `compare-latex`, `compare-clear`, `compare-remove` (data-paper), `compare-summary`,
 * `hidden-by-filters` and `show-hidden` (the note), `compare-paper-hidden` (in a hidden paper's head); what the filters
 * hide, drawn on request, has `data-hidden="filter"`.
 */
import { cellText, comparePapers, comparisonItemIds, figureText, hiddenItems, visibleRows, type Comparison } from '../../src/analysis/compare.ts';
import { compareToCsv, compareToLatex } from '../../src/export/compare.ts';
import { kindColor } from '../../src/analysis/appearance.ts';
import { setCompare, toggleCompared, type CompareView } from '../compare-state.ts';
import { clickEdge, filtersActive } from '../state.ts';
import { h, safeHref } from '../panels/dom.ts';
import { hiddenNote } from '../panels/hidden-note.ts';
import { button, dialog, download, fileStem, type AppContext } from './ui.ts';
import './features.css';

export interface CompareHandle {
  open(): void;
  close(): void;
  /** The comparison currently shown. */
  current(): Comparison | null;
}

export function mount(ctx: AppContext): CompareHandle {
  const view = () => ctx.state.compare;
  const setView = (patch: Partial<CompareView>) => ctx.setState(setCompare(ctx.state, patch), 'replace');
  let comparison: Comparison | null = null;
  let lastKey = '';
  let lastGraph: AppContext['graph'] | null = null;

  // ---- the toggle in a paper's panel
  const toggles = new Set<HTMLButtonElement>();
  const syncToggle = (b: HTMLButtonElement) => {
    const on = view().papers.includes(b.dataset.paper!);
    b.setAttribute('aria-pressed', String(on));
    b.textContent = on ? '✓ In comparison' : '+ Add to comparison';
    b.title = on ? 'Take this paper out of the comparison' : 'Compare this paper side by side with others (Compare, in the toolbar)';
  };
  ctx.registerPaperAction((paper) => {
    const b = button('', { class: 'pw-btn small pw-compare-toggle', 'data-testid': 'compare-toggle', 'data-paper': paper });
    b.addEventListener('click', () => ctx.setState(toggleCompared(ctx.state, paper), 'replace'));
    syncToggle(b);
    for (const t of toggles) if (!t.isConnected) toggles.delete(t);
    toggles.add(b);
    return h('div', { class: 'pw-compare-actions' }, b);
  });

  // ---- the toolbar button
  const openBtn = button('Compare (0)', { 'data-testid': 'open-compare' }, () => openCompare());

  ctx.registerToolbarItem(openBtn);

  // ---- the dialog
  const onlyDiff = h('input', { type: 'checkbox', 'data-testid': 'compare-diff' });
  const controls = h('div', { class: 'pw-matrix-controls' },
    h('label', { title: 'Hide the rows where the papers agree' }, onlyDiff, ' only differences'),
    button('CSV', { 'data-testid': 'compare-csv', title: 'The table as shown: a line per property, a column per paper' }, () => {
      if (comparison) download(`${fileStem(ctx, '-comparison')}.csv`, compareToCsv(comparison, { onlyDifferences: view().onlyDifferences }), 'text/csv;charset=utf-8');
    }),
    button('LaTeX', { 'data-testid': 'compare-latex', title: 'A booktabs table (the rows that differ in bold)' }, () => {
      if (comparison) download(`${fileStem(ctx, '-comparison')}.tex`, compareToLatex(comparison, { onlyDifferences: view().onlyDifferences, caption: `Comparison of ${comparison.papers.length} papers (${ctx.graph.getAttribute('name') ?? 'paperweave'}).`, label: 'tab:comparison' }), 'application/x-tex');
    }),
    button('Clear', { 'data-testid': 'compare-clear', title: 'Take every paper out of the comparison' }, () => setView({ papers: [], open: false })),
  );
  const dlg = dialog('Compare papers', 'compare-dialog', controls);
  const summary = h('p', { class: 'pw-muted', 'data-testid': 'compare-summary' });
  /** "n hidden by filters · show them" (web/panels/hidden-note.ts), where the filters hide something. */
  const noteSlot = h('div', { class: 'pw-compare-note' });
  const tableWrap = h('div', { class: 'pw-matrix-wrap pw-compare-wrap' });
  dlg.body.append(summary, noteSlot, tableWrap);
  onlyDiff.addEventListener('change', () => setView({ onlyDifferences: onlyDiff.checked }));

  function openCompare(): void {
    if (!view().papers.length) {
      ctx.setStatus('Nothing to compare yet: add papers with "+ Add to comparison" in their details panel.');
      return;
    }
    if (view().open) sync(true);
    else setView({ open: true });
  }
  dlg.onClose(() => {
    if (view().open) setView({ open: false });
  });
  /** Close (its state first: a jump's selection has been pushed by then, on the entry the comparison was open in). */
  function close(): void {
    if (view().open) setView({ open: false });
    else dlg.close();
  }

  /** A node chosen in the table: shown in the graph, the dialog closed; from the keyboard the focus on its panel. */
  function go(key: string, ev: MouseEvent): void {
    ctx.select(key, { fly: true, reveal: true });
    close();
    if (ev.detail === 0) ctx.focusDetails();
  }

  function sync(force = false): void {
    const n = view().papers.length;
    openBtn.textContent = `Compare (${n})`;
    openBtn.title = n ? `Compare the ${n} paper(s) added, side by side` : 'Add papers with "+ Add to comparison" in their details panel, then compare them here';
    openBtn.setAttribute('aria-disabled', String(n === 0));
    for (const t of toggles) if (t.isConnected) syncToggle(t);
    if (view().open && !dlg.isOpen) {
      dlg.open();
      force = true;
    } else if (!view().open && dlg.isOpen) dlg.close();
    render(force);
  }

  /** The filters the comparison was last drawn for, and whether it showed what they hide ("show them"). */
  let drawnFilters: unknown = null;
  let showAll = false;

  /**
   * Draw the comparison. Its cells follow the filters as the details panel's lists do (a paper's column lists what its
   * panel lists): an entity whose node the filters hide, or whose link is below the confidence filter, is left out, and
   * so are figures whose paper or dataset they hide; a row left empty for every paper goes; "n hidden by filters · show
   * them" draws them too, greyed. The papers stay, a paper the filters hide said so in its column's head.
   */
  function render(force = false): void {
    if (!dlg.isOpen) return;
    const key = JSON.stringify([view(), ctx.state.filters]);
    if (!force && key === lastKey && ctx.graph === lastGraph && comparison) return;
    lastKey = key;
    lastGraph = ctx.graph;
    const g = ctx.graph;
    if (drawnFilters !== ctx.state.filters) showAll = false;
    drawnFilters = ctx.state.filters;
    const whole = comparePapers(g, view().papers);
    // (the paper's panel's rules: an entity by its node and link, a figure by its paper, dataset and link)
    const kept = comparePapers(g, view().papers, {
      keep: (edge, what) => (what === 'entity' ? ctx.passes(g.target(edge), edge) : ctx.passes(g.source(edge)) && ctx.passes(g.target(edge), edge)),
    });
    const keptItems = comparisonItemIds(kept);
    // (what "show them" would draw greyed: in the rows shown, so not those "only differences" hides)
    const hidden = hiddenItems(whole, keptItems, view().onlyDifferences);
    const emptied = whole.rows.length - kept.rows.length;
    onlyDiff.checked = view().onlyDifferences;
    const note = hiddenNote(hidden, (all) => {
      showAll = all;
      draw(all ? whole : kept, all ? keptItems : null, emptied);
    }, showAll);
    noteSlot.replaceChildren(...(note ? [note] : []));
  }

  /** The table of `c` (what the filters keep, or with `kept` the whole, greyed where it is not kept). */
  function draw(c: Comparison, kept: Set<string> | null, emptied: number): void {
    comparison = c;
    const rows = visibleRows(c, view().onlyDifferences);
    const differ = c.rows.filter((r) => r.differs).length;
    const hiddenPapers = c.papers.filter((p) => !ctx.passes(p.key)).length;
    const filtered = filtersActive(ctx.state.filters);
    summary.textContent = `${c.papers.length} paper(s), ${c.rows.length} properties, ${differ} where they differ (marked)${view().onlyDifferences ? `; only those shown` : ''}. Shared entities come first in each cell (in bold where all share them); click one to open it, a figure for its sentence.`
      + (filtered ? ` The cells follow the filters, as the details panel's lists do${!kept && emptied ? `: ${emptied} propert${emptied === 1 ? 'y' : 'ies'} they leave empty for every paper left out` : ''}${hiddenPapers ? `; ${hiddenPapers} of these papers hidden by them, kept here` : ''}.` : '')
      + (c.papers.length < 2 ? ' Add another paper from its details panel to compare.' : '');
    const greyed = (id: string) => kept !== null && !kept.has(id);
    const head = h('tr', {}, h('th', { class: 'pw-corner', scope: 'col' }, 'Property'));
    for (const p of c.papers) {
      const title = h('button', { type: 'button', class: 'link', 'data-key': p.key, title: `Show this paper in the graph` }, p.title);
      title.addEventListener('click', (ev) => go(p.key, ev));
      const href = p.link ? safeHref(p.link) : null;
      const remove = button('×', { class: 'pw-btn small pw-compare-remove', 'data-testid': 'compare-remove', 'data-paper': p.key, 'aria-label': `Remove ${p.title} from the comparison`, title: 'Remove from the comparison' },
        () => setView({ papers: view().papers.filter((k) => k !== p.key) }));
      // (a paper the filters hide stays in the comparison, greyed and said so: choosing it clears the filters)
      const out = !ctx.passes(p.key);
      if (out) title.title = 'Hidden by the filters: choosing it clears them and shows it in the graph';
      const th = h('th', { scope: 'col', 'data-paper': p.key, ...(out ? { class: 'filtered-out', 'data-hidden': 'filter' } : {}) }, title,
        h('div', { class: 'pw-compare-meta' }, p.year !== undefined ? h('span', {}, String(p.year)) : null,
          out ? h('span', { class: 'pw-compare-hidden', 'data-testid': 'compare-paper-hidden' }, 'hidden by filters') : null,
          href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'link') : null, remove));
      th.style.setProperty('--kind-color', kindColor('paper'));
      head.appendChild(th);
    }
    const body = h('tbody');
    for (const r of rows) {
      const tr = h('tr', { 'data-row': r.id, 'data-differs': String(r.differs), class: r.differs ? 'differs' : undefined },
        h('th', { scope: 'row', title: r.differs ? 'The papers differ here' : 'The papers agree here' }, r.label));
      r.cells.forEach((cell, i) => {
        const paper = c.papers[i].key;
        const td = h('td', { 'data-paper': paper, 'aria-label': `${c.papers[i].title}, ${r.label}: ${cellText(cell) || 'none'}` });
        if (cell.entities.length) {
          for (const e of cell.entities) {
            const out = greyed(`${r.id}|${i}|${e.key}`);
            const b = h('button', { type: 'button', class: `node-link${out ? ' filtered-out' : ''}`, 'data-key': e.key, title: out ? `${e.label} (${ctx.passes(e.key) ? 'its link here is below the confidence filter' : 'hidden by filters: choosing it clears them'})` : e.shared === c.papers.length && c.papers.length > 1 ? `${e.label} (all these papers)` : e.label, 'data-shared': e.shared === c.papers.length && c.papers.length > 1 ? 'all' : undefined, 'data-hidden': out ? 'filter' : undefined }, e.label);
            b.style.setProperty('--kind-color', kindColor(ctx.graph.getNodeAttribute(e.key, 'kind')));
            b.addEventListener('click', (ev) => go(e.key, ev));
            td.appendChild(b);
          }
        } else if (cell.figures.length) {
          cell.figures.forEach((f, j) => {
            const out = greyed(`${r.id}|${i}|${f.edge}|${f.value}`);
            const b = h('button', { type: 'button', class: `link pw-figure${out ? ' filtered-out' : ''}`, 'data-edge': f.edge, 'data-hidden': out ? 'filter' : undefined, title: out ? 'Hidden by filters: read the sentence behind this figure' : 'Read the sentence behind this figure' }, figureText(f));
            b.addEventListener('click', (ev) => {
              ctx.setState(clickEdge(ctx.state, f.edge), 'push');
              close();
              if (ev.detail === 0) ctx.focusDetails();
            });
            if (j) td.appendChild(document.createTextNode('; '));
            td.appendChild(b);
          });
        } else td.appendChild(h('span', { class: 'pw-muted', 'aria-hidden': 'true' }, '—'));
        tr.appendChild(td);
      });
      body.appendChild(tr);
    }
    const table = h('table', { class: 'pw-matrix pw-compare', 'data-testid': 'compare', 'aria-label': 'Papers compared: a column per paper, a row per property' }, h('thead', {}, head), body);
    // (a column removed took the focused × with it: the focus stays in the dialog, on the next ×, else its close button;
    // on <body>, Esc cleared the selection besides closing the dialog)
    const hadFocus = tableWrap.contains(document.activeElement);
    tableWrap.replaceChildren(table);
    if (hadFocus) (tableWrap.querySelector<HTMLElement>('[data-testid=compare-remove]') ?? dlg.el.querySelector<HTMLElement>('.pw-close'))?.focus();
  }

  ctx.onChange(() => sync());
  // A link with &comparison=open opens it.
  sync();

  return { open: openCompare, close, current: () => comparison };
}
