/**
 * Method × dataset table for the current filter: methods as rows, datasets as columns, a mark where the
 * method's own paper evaluates on the dataset. Sortable: row/column order selects, or click a dataset
 * header to sort the methods by that column (the row select then says so; a second click, or another row
 * order, goes back); click a mark to read the evidence sentences and jump to the paper. Exports the table as CSV (grid and evidence) and as a LaTeX booktabs table.
 * Its view (open, orders, the head sorted by, what the marks show) is the app state's `matrix`: in the URL as the
 * filters are (replaced, not pushed), so a link reopens it as it was and Back to an earlier selection brings back
 * the matrix that selection was made from.
 * Test hooks: button `open-matrix`, table `matrix`, each cell a <td data-method data-dataset>.
 */
import {
  getCell, methodDatasetMatrix, resortMatrix, sortRowsByColumn, type AxisSort, type MatrixCell, type MethodDatasetMatrix,
} from '../../src/analysis/matrix.ts';
import { matrixEvidenceToCsv, matrixToCsv, matrixToLatex } from '../../src/export/matrix.ts';
import { bestResult, compareFigures, lowerIsBetter, reportedMetrics } from '../../src/analysis/results.ts';
import { kindColor } from '../../src/analysis/appearance.ts';
import { setMatrix, type MatrixView } from '../state.ts';
import { h } from '../panels/dom.ts';
import { button, dialog, download, fileStem, linkGraph, visibleFilter, type AppContext } from './ui.ts';
import './features.css';

export interface MatrixHandle {
  open(): void;
  close(): void;
  /** The matrix currently shown (after sorting). */
  current(): MethodDatasetMatrix | null;
  /** Ask for the gaps of a dataset (wired by the gaps panel). */
  onGaps(fn: (datasetKey: string) => void): void;
}

/** At most this many rows / columns are drawn (the exports hold them all): a big corpus stays responsive. */
export const MAX_ROWS = 200;
export const MAX_COLUMNS = 80;

/** The row select's value while the rows are sorted by a dataset column (a header click). */
const COLUMN_SORT = 'column';

const SORTS: { id: AxisSort; label: string }[] = [
  { id: 'count', label: 'most marks' },
  { id: 'name', label: 'name' },
  { id: 'year', label: 'first year' },
];

function sortSelect(label: string, testid: string, value: AxisSort): HTMLSelectElement {
  const sel = h('select', { 'data-testid': testid, 'aria-label': label });
  for (const s of SORTS) sel.appendChild(h('option', { value: s.id, selected: s.id === value }, s.label));
  return sel;
}

/** A cell of the grid, by its method (null: the head row) and dataset (null: the row heads' column). */
interface GridPos {
  method: string | null;
  dataset: string | null;
}

/** What takes the focus in a cell: a head's button, else the cell itself (a mark, an empty cell, the corner). */
const focusTarget = (cell: HTMLTableCellElement): HTMLElement => cell.querySelector<HTMLElement>('button') ?? cell;

const posOf = (cell: HTMLTableCellElement): GridPos => ({ method: cell.dataset.method ?? null, dataset: cell.dataset.dataset ?? null });

/**
 * The ARIA grid pattern's keys on the matrix (https://www.w3.org/WAI/ARIA/apg/patterns/grid/): the arrows move from cell
 * to cell (heads, marks and empty cells alike, no wrapping), Home and End to the row's first and last cell, Ctrl+Home
 * and Ctrl+End to the grid's first and last cell, Page Up and Page Down ten rows. One roving tabindex: Tab enters the
 * grid once, on the cell last focused (at first the first mark), and leaves it with the next Tab; it used to stop at
 * every head and mark, several hundred Tabs through a large matrix. `memo.pos` is that cell, kept across redraws (a sort).
 */
function gridKeys(table: HTMLTableElement, memo: { pos: GridPos | null }): void {
  const rows = [...table.rows].map((r) => [...r.cells]);
  const find = (p: GridPos) => rows.flat().find((c) => c.dataset.method === (p.method ?? undefined) && c.dataset.dataset === (p.dataset ?? undefined));
  let current = (memo.pos ? find(memo.pos) : undefined) ?? table.querySelector<HTMLTableCellElement>('td.mark') ?? rows[1]?.[1] ?? rows[0][0];
  for (const c of rows.flat()) focusTarget(c).tabIndex = c === current ? 0 : -1;
  const rove = (cell: HTMLTableCellElement) => {
    if (cell === current) return;
    focusTarget(current).tabIndex = -1;
    focusTarget(cell).tabIndex = 0;
    current = cell;
    memo.pos = posOf(cell);
  };
  // (a click or a programmatic focus moves the tab stop too)
  table.addEventListener('focusin', (ev) => {
    const cell = (ev.target as HTMLElement).closest<HTMLTableCellElement>('th, td');
    if (cell && table.contains(cell)) rove(cell);
  });
  table.addEventListener('keydown', (ev) => {
    const cell = (ev.target as HTMLElement).closest<HTMLTableCellElement>('th, td');
    if (!cell || ev.altKey || ev.metaKey) return;
    const r = (cell.parentElement as HTMLTableRowElement).rowIndex;
    const c = cell.cellIndex;
    const last = rows.length - 1;
    let target: [number, number] | null = null;
    if (ev.key === 'ArrowRight') target = [r, c + 1];
    else if (ev.key === 'ArrowLeft') target = [r, c - 1];
    else if (ev.key === 'ArrowDown') target = [r + 1, c];
    else if (ev.key === 'ArrowUp') target = [r - 1, c];
    else if (ev.key === 'PageDown') target = [Math.min(last, r + 10), c];
    else if (ev.key === 'PageUp') target = [Math.max(0, r - 10), c];
    else if (ev.key === 'Home') target = ev.ctrlKey ? [0, 0] : [r, 0];
    else if (ev.key === 'End') target = ev.ctrlKey ? [last, rows[last].length - 1] : [r, rows[r].length - 1];
    if (!target) return;
    ev.preventDefault(); // (the arrows scrolled the table, Home and End the page)
    const [tr, tc] = target;
    const next = tr >= 0 && tr <= last ? rows[tr][tc] : undefined;
    if (!next || next === cell) return;
    rove(next);
    focusTarget(next).focus();
  });
}

export function mount(ctx: AppContext): MatrixHandle {
  const view = () => ctx.state.matrix;
  const setView = (patch: Partial<MatrixView>) => ctx.setState(setMatrix(ctx.state, patch), 'replace');
  /** What a mark shows: its number of papers (''), or the best figure of this metric its papers report (as drawn). */
  let showMetric = '';
  let matrix: MethodDatasetMatrix | null = null;
  let lastKey = '';
  let lastGraph: AppContext['graph'] | null = null;
  /**
   * A matrix computed for the view the state is being corrected to (a filter took away its sorted column or its metric):
   * the redraw that correction causes takes it instead of computing the same matrix again.
   */
  let corrected: { key: string; graph: AppContext['graph']; computed: ReturnType<typeof compute> } | null = null;
  const gapListeners: ((d: string) => void)[] = [];
  /** The grid's tab stop (the cell last focused), kept across redraws. */
  const gridPos: { pos: GridPos | null } = { pos: null };

  const rowSel = sortSelect('Sort methods by', 'matrix-sort-rows', view().rows);
  const colSel = sortSelect('Sort datasets by', 'matrix-sort-columns', view().columns);
  const introduced = h('input', { type: 'checkbox', 'data-testid': 'matrix-introduced' });
  const showSel = h('select', { 'data-testid': 'matrix-show', 'aria-label': 'Marks show' });
  const controls = h('div', { class: 'pw-matrix-controls' },
    h('label', {}, 'Methods by ', rowSel), h('label', {}, 'Datasets by ', colSel),
    h('label', { title: 'Also mark datasets the method\'s paper introduces' }, introduced, ' introduced'),
    h('label', { title: 'What a mark shows: its number of papers, or the best score its papers report in that metric' }, 'Marks show ', showSel),
    button('CSV', { 'data-testid': 'matrix-csv', title: 'The grid: paper counts (or the scores shown) per method and dataset' }, () => {
      if (matrix) download(`${fileStem(ctx, showMetric ? `-matrix-${showMetric}` : '-matrix')}.csv`, matrixToCsv(matrix, { metric: showMetric || undefined }), 'text/csv;charset=utf-8');
    }),
    button('Evidence CSV', { 'data-testid': 'matrix-evidence-csv', title: 'One line per mark and sentence' }, () => {
      if (matrix) download(`${fileStem(ctx, '-matrix-evidence')}.csv`, matrixEvidenceToCsv(matrix), 'text/csv;charset=utf-8');
    }),
    button('LaTeX', { 'data-testid': 'matrix-latex', title: 'A booktabs table' }, () => {
      if (matrix) download(`${fileStem(ctx, '-matrix')}.tex`, matrixToLatex(matrix, { caption: `Methods and the datasets their papers evaluate on (${ctx.graph.getAttribute('name') ?? 'paperweave'}).`, label: 'tab:method-dataset' }), 'application/x-tex');
    }),
  );
  const dlg = dialog('Method × dataset', 'matrix-dialog', controls);
  const summary = h('p', { class: 'pw-muted', 'data-testid': 'matrix-summary' });
  const tableWrap = h('div', { class: 'pw-matrix-wrap' });
  const evidence = h('div', { class: 'pw-evidence', 'data-testid': 'matrix-evidence', hidden: true });
  dlg.body.append(summary, h('div', { class: 'pw-matrix-split' }, tableWrap, evidence));

  const open = button('Matrix', { 'data-testid': 'open-matrix', title: 'Which method is evaluated on which dataset (current filter)' }, () => openMatrix());
  ctx.registerToolbarItem(open);

  function openMatrix(): void {
    if (view().open) sync(true);
    else setView({ open: true });
  }
  // Esc, the close button or a jump to the graph: the state follows the dialog (after a jump's selection was pushed,
  // so the entry it was made from keeps the matrix open, and Back reopens it).
  dlg.onClose(() => {
    if (view().open) setView({ open: false });
  });
  /** The dialog as the state has it (a link with &matrix=open, Back and Forward), drawn when open. */
  function sync(force = false): void {
    if (view().open && !dlg.isOpen) {
      dlg.open();
      force = true;
    } else if (!view().open && dlg.isOpen) dlg.close();
    render(force);
  }

  /** The row select's entry for a column sort: present, and chosen, only while the rows follow a column. */
  const columnOption = h('option', { value: COLUMN_SORT });
  rowSel.addEventListener('change', () => {
    if (rowSel.value === COLUMN_SORT) return;
    setView({ rows: rowSel.value as AxisSort, byColumn: null });
  });
  colSel.addEventListener('change', () => setView({ columns: colSel.value as AxisSort }));
  showSel.addEventListener('change', () => setView({ metric: showSel.value || null }));
  introduced.addEventListener('change', () => setView({ introduced: introduced.checked }));

  /** The matrix, and the head it is sorted by: a column the filter has taken away sorts nothing (null). */
  function compute(): { m: MethodDatasetMatrix; byColumn: string | null } {
    const { rows, columns, byColumn, introduced: withIntroduced } = view();
    const start = performance.now();
    const m = methodDatasetMatrix(linkGraph(ctx), {
      nodeFilter: visibleFilter(ctx, { ignoreKinds: true }),
      relations: withIntroduced ? ['evaluates-on', 'introduces'] : ['evaluates-on'],
    });
    const sorted = resortMatrix(m, rows, columns);
    const by = byColumn && m.columns.some((c) => c.key === byColumn) ? byColumn : null;
    const out = { m: by ? sortRowsByColumn(sorted, by, rows) : sorted, byColumn: by };
    performance.measure('paperweave:matrix', { start, end: performance.now() }); // (one per computation: the bench and the tests count them)
    return out;
  }

  const sortLabel = (id: AxisSort) => SORTS.find((s) => s.id === id)!.label;

  /**
   * While the marks show a metric, a dataset's head sorts the methods by the figure its column shows, best first, then
   * the marks without one (·), then no mark; ties keep the order they had. (They were sorted by their number of papers:
   * under "AUROC reported" the MVTec AD column, marked sorted, read ·, ·, …, 94.1%, 99.6%.)
   */
  function sortRowsByFigure(m: MethodDatasetMatrix, dataset: string, metric: string): MethodDatasetMatrix {
    const figure = (key: string) => {
      const cell = getCell(m, key, dataset);
      return cell ? (bestResult(cell.results, metric) ?? null) : undefined;
    };
    const rank = (f: string | null | undefined) => (f === undefined ? 2 : f === null ? 1 : 0);
    const rows = m.rows.map((row, i) => ({ row, i, f: figure(row.key) }))
      .sort((a, b) => rank(a.f) - rank(b.f) || (a.f && b.f ? compareFigures(metric, a.f, b.f) : 0) || a.i - b.i)
      .map((x) => x.row);
    return { ...m, rows };
  }

  /** The row select shows the order the rows are in: a chosen order, or "papers on <dataset>" after a header click. */
  function syncRowSelect(m: MethodDatasetMatrix, byColumn: string | null, rowSort: AxisSort): void {
    const col = byColumn ? m.columns.find((c) => c.key === byColumn) : undefined;
    if (col) {
      columnOption.textContent = `${showMetric || 'papers'} on ${col.label}`;
      if (columnOption.parentNode !== rowSel) rowSel.appendChild(columnOption);
      rowSel.value = COLUMN_SORT;
    } else {
      columnOption.remove();
      rowSel.value = rowSort;
    }
  }

  function showEvidence(cell: MatrixCell): void {
    const g = ctx.graph;
    const label = (k: string) => (g.hasNode(k) ? g.getNodeAttribute(k, 'label') : k);
    const items = cell.papers.map((p) => {
      const sentences = cell.evidence.filter((e) => e.paper === p);
      const first = sentences[0];
      return h('li', { class: 'pw-evidence-paper' },
        h('button', { type: 'button', class: 'link', 'data-paper': p }, first?.title ?? label(p)),
        first?.year ? h('span', { class: 'pw-muted' }, ` (${first.year})`) : null,
        // the scores the paper reports on the dataset (their sentence is the link's, one click away in the graph)
        cell.results.some((r) => r.paper === p)
          ? h('p', { class: 'pw-results', 'data-testid': 'matrix-results' }, 'reports ', cell.results.filter((r) => r.paper === p).map((r) => `${r.metric} ${r.value}`).join('; '))
          : null,
        ...sentences.map((e) => h('blockquote', { 'data-relation': e.relation },
          h('span', { class: 'pw-rel' }, e.relation === 'proposes' ? `proposes ${label(e.about)}` : `${e.relation} ${label(e.about)}`), ' ', e.sentence)));
    });
    evidence.replaceChildren(
      h('h3', {}, `${label(cell.method)} on ${label(cell.dataset)}`),
      h('ol', {}, ...items),
      button(`Methods not yet evaluated on ${label(cell.dataset)}`, { 'data-testid': 'matrix-gaps', class: 'pw-btn small' }, () => {
        gapListeners.forEach((f) => f(cell.dataset));
        close();
      }),
    );
    evidence.hidden = false;
    for (const b of evidence.querySelectorAll<HTMLButtonElement>('button[data-paper]')) {
      b.addEventListener('click', (ev) => {
        ctx.select(b.dataset.paper!, { fly: true });
        close();
        if (ev.detail === 0) ctx.focusDetails(); // (from the keyboard: the panel, not the Matrix button, 40 Tabs before it)
      });
    }
  }

  /** Close the matrix (its state first: a jump's selection has been pushed by then, on the entry the matrix left). */
  function close(): void {
    if (view().open) setView({ open: false });
    else dlg.close();
  }

  function render(force = false): void {
    if (!dlg.isOpen) return;
    const key = JSON.stringify([ctx.state.filters, view()]);
    if (!force && key === lastKey && ctx.graph === lastGraph && matrix) return;
    lastKey = key;
    lastGraph = ctx.graph;
    const computed = corrected?.key === key && corrected.graph === ctx.graph ? corrected.computed : compute();
    corrected = null;
    const { byColumn } = computed;
    let { m } = computed;
    const { rows: rowSort, columns: colSort } = view();
    // the metrics the marks can show: those the current cells report (a metric the filter took away shows counts)
    const metrics = reportedMetrics(Object.values(m.cells));
    const metric = view().metric;
    showMetric = metric && metrics.includes(metric) ? metric : '';
    if (byColumn !== view().byColumn || showMetric !== (metric ?? '')) {
      // What the filter took away is dropped from the state too (and the URL): the select says what the rows follow,
      // and a link shows what the matrix shows. (This redraws the matrix, with the matrix just computed: its rows are
      // already in the order the corrected view asks for, no column sorting them, and its cells are the same.)
      const next = { ...view(), byColumn, metric: showMetric || null };
      corrected = { key: JSON.stringify([ctx.state.filters, next]), graph: ctx.graph, computed };
      setView({ byColumn, metric: showMetric || null });
      return;
    }
    if (byColumn && showMetric) m = sortRowsByFigure(m, byColumn, showMetric);
    matrix = m;
    syncRowSelect(m, byColumn, rowSort);
    if (colSel.value !== colSort) colSel.value = colSort;
    introduced.checked = view().introduced;
    showSel.replaceChildren(h('option', { value: '' }, 'papers'), ...metrics.map((x) => h('option', { value: x }, `${x} reported`)));
    showSel.value = showMetric;
    const marks = Object.keys(m.cells).length;
    const rows = m.rows.slice(0, MAX_ROWS);
    const columns = m.columns.slice(0, MAX_COLUMNS);
    const cut = rows.length < m.rows.length || columns.length < m.columns.length
      ? ` Showing the first ${rows.length} methods and ${columns.length} datasets in this order; the CSV and LaTeX exports hold them all.`
      : '';
    const sortedBy = byColumn ? m.columns.find((c) => c.key === byColumn)?.label : undefined;
    const sortNote = sortedBy
      ? showMetric
        ? ` Methods sorted by their best ${showMetric} on ${sortedBy} (then those reporting none, then by ${sortLabel(rowSort)}): click its head again to go back.`
        : ` Methods sorted by their papers on ${sortedBy}, then by ${sortLabel(rowSort)}: click its head again to go back.`
      : '';
    summary.textContent = m.rows.length
      ? `${m.rows.length} methods × ${m.columns.length} datasets, ${marks} marks, for the current filter. A mark: the method's own paper evaluates on the dataset${showMetric ? `; it shows the best ${showMetric} its papers report (· where they report none)` : ''}. Click one for the sentences.${sortNote}${cut}`
      : 'No method in the current view has a paper evaluating on a named dataset. Clear the filters or open another corpus.';
    const methodColor = kindColor('method');
    const datasetColor = kindColor('dataset');
    const head = h('tr', {}, h('th', { class: 'pw-corner', scope: 'col' }, 'Method \\ Dataset'));
    const by = showMetric ? `their best ${showMetric}` : 'their papers';
    const order = showMetric && lowerIsBetter(showMetric) ? 'ascending' : 'descending';
    for (const c of columns) {
      const sorted = byColumn === c.key;
      const th = h('th', {
        scope: 'col', 'data-dataset': c.key, class: sorted ? 'sorted' : undefined, 'aria-sort': sorted ? order : undefined,
        title: sorted
          ? `${c.label}: ${c.count} method(s), sorted by ${by} on it. Click to go back to ${sortLabel(rowSort)}.`
          : `${c.label}: ${c.count} method(s). Click to sort the methods by ${by} on it.`,
      }, h('button', { type: 'button', class: 'pw-colhead' }, c.label));
      th.style.setProperty('--kind-color', datasetColor);
      th.querySelector('button')!.addEventListener('click', () => {
        setView({ byColumn: sorted ? null : c.key });
        // The table is drawn anew: the focus goes back to this head (it fell to the page, and Tab started over), and
        // the table stays scrolled to it (it jumped back to the first column, on a phone out of sight of the sorted one).
        tableWrap.querySelector<HTMLButtonElement>(`th[data-dataset="${CSS.escape(c.key)}"] button`)?.focus({ preventScroll: true });
      });
      head.appendChild(th);
    }
    const body = h('tbody');
    for (const r of rows) {
      const rowHead = h('th', { scope: 'row', 'data-method': r.key }, h('button', { type: 'button', class: 'link', title: `Show ${r.label} in the graph` }, r.label));
      rowHead.style.setProperty('--kind-color', methodColor);
      rowHead.querySelector('button')!.addEventListener('click', (ev) => {
        ctx.select(r.key, { fly: true });
        close();
        if (ev.detail === 0) ctx.focusDetails(); // (from the keyboard: the panel, not the Matrix button, 40 Tabs before it)
      });
      const tr = h('tr', {}, rowHead);
      for (const c of columns) {
        const cell = getCell(m, r.key, c.key);
        const td = h('td', {
          'data-method': r.key, 'data-dataset': c.key, class: cell ? 'mark' : undefined,
          title: cell ? `${r.label} on ${c.label}: ${cell.papers.length} paper(s)${cell.results.length ? ` · ${cell.results.map((x) => `${x.metric} ${x.value}`).join('; ')}` : ''}` : undefined,
          'aria-label': cell ? `${r.label} evaluated on ${c.label}` : `${r.label} not evaluated on ${c.label}`,
        }, !cell ? '' : showMetric ? (bestResult(cell.results, showMetric) ?? '·') : cell.papers.length > 1 ? String(cell.papers.length) : '●');
        if (cell) {
          td.addEventListener('click', () => showEvidence(cell));
          td.addEventListener('keydown', (ev) => {
            if (ev.key === 'Enter' || ev.key === ' ') {
              ev.preventDefault();
              showEvidence(cell);
            }
          });
        }
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    const left = tableWrap.scrollLeft;
    const table = h('table', { class: 'pw-matrix', 'data-testid': 'matrix', role: 'grid', 'aria-label': 'Methods × datasets: the arrow keys move between cells' }, h('thead', {}, head), body);
    gridKeys(table, gridPos);
    tableWrap.replaceChildren(table);
    // A cell reached from the keyboard is scrolled clear of the sticky heads (it stopped under them).
    tableWrap.style.scrollPaddingTop = `${head.offsetHeight}px`;
    tableWrap.style.scrollPaddingLeft = `${body.rows[0]?.cells[0]?.offsetWidth ?? 0}px`;
    tableWrap.scrollLeft = left;
    evidence.hidden = true;
  }

  ctx.onChange(() => sync());
  // A link with &matrix=open opens it.
  sync();

  return {
    open: openMatrix,
    close,
    current: () => matrix,
    onGaps: (fn) => gapListeners.push(fn),
  };
}
