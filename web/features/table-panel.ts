/**
 * The data table, Gephi Lite's "Data" tab and Gephi's Data Laboratory: toolbar "Table" opens a dialog with two tabs,
 * Nodes (one row per node the legend and filters show: name, kind, papers, links, PageRank, cluster, first and last
 * year, burst) and Links (one row per link drawn: source, relation, target, confidence, year and the sentence behind
 * it), and, where the graph's papers name their authors, Authors (VOSviewer's and CiteSpace's author view: one row per
 * author, names merged case- and accent-insensitively, with their papers shown, distinct co-authors, first and last year
 * and the methods and datasets their papers link to most; web/authors.ts). A click on a head sorts by it (again reverses), the box filters the rows (accents and case ignored), a row
 * clicked (or Enter on it) selects its node or link as a click on the graph does, or its author (their papers framed and
 * in colour, the rest faded, as a selected cluster's nodes are; their panel opens; Esc clears it), the dialog closing onto it; "CSV"
 * writes the table as shown. Only the rows in sight are drawn (a fixed row height), so 100,000 links scroll as 50 do;
 * the rows, their sort keys and the filter are web/features/table-model.ts's. Its view (open, tab, each tab's sort and
 * filter text) is the app state's `table` (web/table-state.ts), in the URL as the matrix's is (replaced, not pushed; the
 * text once typing settles).
 * Test hooks: `open-table`, dialog `table-dialog`, tabs `table-tab` (data-tab, aria-selected), `table-filter`,
 * `table-count`, `table-csv`, grid `table` (heads `button[data-column]` in `[role=columnheader][aria-sort]`, rows
 * `[role=row][data-key]`, `[data-edge]` or `[data-author]`, cells `[data-column]`).
 */
import { primary, clickEdge, selectAuthor } from '../state.ts';
import { namesAuthors } from '../search.ts';
import { authorIndex, authorKey } from '../authors.ts';
import { computeVisible } from '../filters.ts';
import { burstsAt } from '../bursts.ts';
import { kindColor } from '../../src/analysis/appearance.ts';
import { pageRank } from '../../src/analysis/size-by.ts';
import type { KnowledgeGraph } from '../../src/model.ts';
import { setTable, type TableSort, type TableTab, type TableView } from '../table-state.ts';
import {
  authorRows, filterOrder, linkRows, nextSort, nodeRows, sortedOrder, tableToCsv, type AuthorRow, type Column, type LinkRow, type NodeRow, type TableData,
} from './table-model.ts';
import { h } from '../panels/dom.ts';
import { button, dialog, download, fileStem, type AppContext } from './ui.ts';
import './features.css';

/** A row's height in px (the CSS's --row-h): fixed, so the rows in sight are known from the scroll position alone. */
export const ROW_HEIGHT = 28;
/** Rows drawn beyond those in sight, above and below. */
const OVERSCAN = 8;
/** ms without a key after which the filter's text is written to the state and the URL. */
export const FILTER_SETTLE_MS = 400;

export interface TableTimings {
  /** ms: the rows made (PageRank the first time), sorted and the first screen drawn. */
  open?: number;
  /** ms: the last sort and redraw. */
  sort?: number;
  /** ms: the last filter and redraw. */
  filter?: number;
  /** ms: the last change of tab (the Links tab's rows made the first time). */
  tab?: number;
}

export interface TableHandle {
  open(tab?: TableTab): void;
  close(): void;
  /** The keys (nodes), edges (links) or author keys (authors: web/authors.ts authorKey) of the rows shown, in order (the filter applied). */
  rows(): string[];
  /** How long the last open, sort and filter took. */
  timings(): TableTimings;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const ranks = new WeakMap<KnowledgeGraph, Record<string, number>>();
const withAuthors = new WeakMap<KnowledgeGraph, boolean>();
/** Whether the graph's papers name their authors (the Authors tab is offered then only), once per graph. */
function hasAuthors(g: KnowledgeGraph): boolean {
  let b = withAuthors.get(g);
  if (b === undefined) withAuthors.set(g, (b = namesAuthors(g)));
  return b;
}
type Row = NodeRow | LinkRow | AuthorRow;
const rowId = (r: Row): string => ('key' in r ? r.key : 'edge' in r ? r.edge : r.author);
const TAB_LABEL: Record<TableTab, string> = { nodes: 'Nodes', links: 'Links', authors: 'Authors' };
/** A tab's rows named in the count and the empty line: one, many. */
const TAB_ROW: Record<TableTab, [string, string]> = { nodes: ['node', 'nodes'], links: ['link', 'links'], authors: ['author', 'authors'] };

export function mount(ctx: AppContext): TableHandle {
  const view = () => ctx.state.table;
  /** The tab shown: the state's, but Nodes for Authors on a graph whose papers name no author. */
  const tabOf = (): TableTab => (view().tab === 'authors' && !hasAuthors(ctx.graph) ? 'nodes' : view().tab);
  const timings: TableTimings = {};
  /**
   * The filter's text, per tab, as typed: the rows follow each keystroke, the state (and the URL, &nfilter= &lfilter=)
   * once typing settles (FILTER_SETTLE_MS without a key), or at once when the view changes otherwise (a tab, a sort, the
   * dialog closed, a row chosen). Kept while the dialog is closed, as the sorts are.
   */
  const queries: Record<TableTab, string> = { nodes: view().nodeFilter, links: view().linkFilter, authors: view().authorFilter };
  /** A write of the filter's text to the state, waiting for typing to settle. */
  let settling: ReturnType<typeof setTimeout> | undefined;
  /** The state's table view the pending text was typed on (another one since: Back, Forward or a graph swapped in). */
  let typedOn: TableView | null = null;
  /** Change the view (the entry replaced, as the matrix's is), the filter's text typed so far with it. */
  const setView = (patch: Partial<TableView>) => {
    if (settling !== undefined) {
      clearTimeout(settling);
      settling = undefined;
      patch = { nodeFilter: queries.nodes, linkFilter: queries.links, authorFilter: queries.authors, ...patch };
    }
    ctx.setState(setTable(ctx.state, patch), 'replace');
  };

  /** The rows, made again when the graph, the filters (or, for the nodes, the bursts' γ) change. */
  let nodes: { key: string; graph: KnowledgeGraph; data: TableData<NodeRow> } | null = null;
  let links: { key: string; graph: KnowledgeGraph; data: TableData<LinkRow> } | null = null;
  let authors: { key: string; graph: KnowledgeGraph; data: TableData<AuthorRow> } | null = null;
  let visibleMemo: { key: string; graph: KnowledgeGraph; set: Set<string> | null } | null = null;
  /** What is drawn: the tab's data and the rows' order after the sort and the filter. */
  let shown: { tab: TableTab; data: TableData<NodeRow> | TableData<LinkRow> | TableData<AuthorRow>; order: Int32Array; sortKey: string } | null = null;
  /** The row the keyboard is on (an index into shown.order), -1: none yet. */
  let active = -1;

  // ---- the toolbar button and the dialog
  const openBtn = button('Table', { 'data-testid': 'open-table', title: 'The nodes and links shown, as a table: sort, filter, export' }, () => openTable());
  ctx.registerToolbarItem(openBtn);

  const tabs = (['nodes', 'links', 'authors'] as const).map((t) => {
    const b = button(TAB_LABEL[t], { role: 'tab', class: 'pw-btn pw-table-tab', 'data-testid': 'table-tab', 'data-tab': t });
    b.addEventListener('click', () => setView({ tab: t }));
    return b;
  });
  const filter = h('input', { type: 'search', class: 'pw-table-filter', 'data-testid': 'table-filter', placeholder: 'Filter by name', 'aria-label': 'Filter the rows' });
  const count = h('span', { class: 'pw-muted pw-table-count', 'data-testid': 'table-count', role: 'status' });
  const controls = h('div', { class: 'pw-matrix-controls' },
    h('span', { role: 'tablist', class: 'pw-table-tabs', 'aria-label': 'Table of' }, ...tabs),
    filter, count,
    button('CSV', { 'data-testid': 'table-csv', title: 'The table as shown: these rows, in this order (sentences whole)' }, () => {
      if (!shown) return;
      download(`${fileStem(ctx, `-${shown.tab}`)}.csv`, tableToCsv(shown.data as TableData<unknown>, shown.order), 'text/csv;charset=utf-8');
    }),
  );
  const dlg = dialog('Data table', 'table-dialog', controls);
  dlg.el.classList.add('pw-table-dialog');
  const head = h('div', { role: 'row', class: 'pw-table-row pw-table-headrow', 'aria-rowindex': '1' });
  const body = h('div', { class: 'pw-table-body', role: 'rowgroup' });
  const grid = h('div', { class: 'pw-table-grid', 'data-testid': 'table', role: 'grid', tabindex: '0' },
    h('div', { role: 'rowgroup', class: 'pw-table-head' }, head), body);
  dlg.body.append(grid);

  function openTable(tab?: TableTab): void {
    if (view().open && (!tab || tab === view().tab)) sync(true);
    else setView({ open: true, ...(tab && (tab !== 'authors' || hasAuthors(ctx.graph)) ? { tab } : {}) });
  }
  dlg.onClose(() => {
    if (view().open) setView({ open: false });
  });
  /** Close (its state first: a row's selection has been pushed by then, on the entry the table was open in). */
  function close(): void {
    if (view().open) setView({ open: false });
    else dlg.close();
  }

  // ---- the rows
  function visible(): Set<string> | null {
    const key = JSON.stringify(ctx.state.filters);
    if (!visibleMemo || visibleMemo.key !== key || visibleMemo.graph !== ctx.graph) visibleMemo = { key, graph: ctx.graph, set: computeVisible(ctx.graph, ctx.state.filters) };
    return visibleMemo.set;
  }
  function nodeData(): TableData<NodeRow> {
    const g = ctx.graph;
    const key = JSON.stringify([ctx.state.filters, ctx.state.burstGamma]);
    if (nodes?.key !== key || nodes.graph !== g) {
      let rank = ranks.get(g);
      if (!rank) ranks.set(g, (rank = pageRank(g)));
      nodes = { key, graph: g, data: nodeRows(g, { visible: visible(), pagerank: rank, bursts: burstsAt(g, ctx.state.burstGamma) }) };
    }
    return nodes.data;
  }
  function linkData(): TableData<LinkRow> {
    const g = ctx.graph;
    const key = JSON.stringify(ctx.state.filters);
    if (links?.key !== key || links.graph !== g) links = { key, graph: g, data: linkRows(g, visible(), ctx.state.filters.minConfidence) };
    return links.data;
  }

  /** One row per author (web/authors.ts, once per graph), counted again when the graph or the filters change. */
  function authorData(): TableData<AuthorRow> {
    const g = ctx.graph;
    const key = JSON.stringify(ctx.state.filters);
    if (authors?.key !== key || authors.graph !== g) authors = { key, graph: g, data: authorRows(g, visible(), ctx.state.filters.minConfidence) };
    return authors.data;
  }

  const sortOf = (tab: TableTab): TableSort => (tab === 'nodes' ? view().nodeSort : tab === 'links' ? view().linkSort : view().authorSort);
  const sortPatch = (tab: TableTab, sort: TableSort): Partial<TableView> => (tab === 'nodes' ? { nodeSort: sort } : tab === 'links' ? { linkSort: sort } : { authorSort: sort });

  /** Sort and filter what the state asks for; true when the rows changed (the scroll then goes back to the top). */
  function compute(): boolean {
    const tab = tabOf();
    const data = tab === 'nodes' ? nodeData() : tab === 'links' ? linkData() : authorData();
    const sort = sortOf(tab);
    const sortKey = JSON.stringify([tab, sort, queries[tab]]);
    if (shown && shown.data === data && shown.sortKey === sortKey) return false;
    const order = filterOrder(data as TableData<unknown>, sortedOrder(data as TableData<unknown>, sort), queries[tab]);
    shown = { tab, data, order, sortKey };
    active = -1;
    return true;
  }

  // ---- drawing
  function drawHead(): void {
    if (!shown) return;
    grid.dataset.tab = shown.tab;
    // (the Nodes tab's Authors column, where the papers name them: laid out one column wider)
    grid.dataset.columns = String(shown.data.columns.length);
    const sort = sortOf(shown.tab);
    const cols = shown.data.columns as Column<unknown>[];
    head.replaceChildren(...cols.map((c) => {
      const sorted = sort.column === c.id;
      const b = h('button', { type: 'button', class: 'pw-table-sort', 'data-column': c.id, title: `${c.title}. Click to sort by it${sorted ? ' the other way' : ''}.` },
        c.label, sorted ? h('span', { 'aria-hidden': 'true' }, sort.descending ? ' ▼' : ' ▲') : null);
      b.addEventListener('click', () => {
        const next = nextSort(cols, sort, c.id);
        setView(sortPatch(shown!.tab, next));
        grid.querySelector<HTMLButtonElement>(`button[data-column="${c.id}"]`)?.focus();
      });
      return h('div', { role: 'columnheader', class: `pw-table-cell${c.numeric ? ' num' : ''}`, 'data-column': c.id, 'aria-sort': sorted ? (sort.descending ? 'descending' : 'ascending') : 'none' }, b);
    }));
  }

  function drawCount(): void {
    if (!shown) return;
    const what = TAB_ROW[shown.tab][1];
    const all = shown.data.rows.length;
    const total = shown.tab === 'nodes' ? ctx.graph.order : shown.tab === 'links' ? ctx.graph.size : authorIndex(ctx.graph).keys.length;
    const hidden = total - all;
    count.textContent = `${fmt(shown.order.length)} of ${fmt(all)} ${what}${hidden ? ` (${fmt(hidden)} more hidden by the legend and filters)` : ''}`;
  }

  let drawnRange = '';
  function drawRows(force = false): void {
    if (!shown) return;
    const n = shown.order.length;
    body.style.height = `${Math.max(n, 1) * ROW_HEIGHT}px`;
    const headH = head.offsetHeight;
    const top = Math.max(0, grid.scrollTop - headH);
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(n, Math.ceil((top + grid.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const sel = shown.tab === 'nodes' ? primary(ctx.state) : shown.tab === 'links' ? ctx.state.selectedEdge : ctx.state.author === null ? null : authorKey(ctx.state.author);
    const range = `${first}:${last}:${active}:${sel}`;
    if (!force && range === drawnRange) return;
    drawnRange = range;
    grid.setAttribute('aria-rowcount', String(n + 1));
    const cols = shown.data.columns as Column<unknown>[];
    const rows: HTMLElement[] = [];
    if (!n) {
      const q = queries[shown.tab].trim();
      rows.push(h('div', { class: 'pw-table-empty pw-muted' }, q ? `No ${TAB_ROW[shown.tab][0]} matches “${q}”.`
        : shown.tab === 'authors' ? 'No author shown: the legend and filters hide every paper that names one.' : `No ${shown.tab} shown: the legend and filters hide them all.`));
    }
    for (let k = first; k < last; k++) {
      const i = shown.order[k];
      const r = shown.data.rows[i] as Row;
      const id = rowId(r);
      const row = h('div', {
        role: 'row', id: `pw-table-row-${k}`, class: `pw-table-row${k === active ? ' active' : ''}${id === sel ? ' selected' : ''}`,
        'aria-rowindex': String(k + 2), 'aria-selected': String(id === sel), 'data-index': String(k),
        ...('key' in r ? { 'data-key': r.key } : 'edge' in r ? { 'data-edge': r.edge } : { 'data-author': r.author }),
      });
      row.style.top = `${k * ROW_HEIGHT}px`;
      for (const c of cols) {
        const text = c.text(r);
        const cell = h('div', { role: 'gridcell', class: `pw-table-cell${c.numeric ? ' num' : ''}`, 'data-column': c.id, title: text.length > 24 ? text : undefined }, text);
        if (c.id === 'kind' || (c.id === 'name' && 'kind' in r)) cell.style.setProperty('--kind-color', kindColor((r as NodeRow).kind));
        row.appendChild(cell);
      }
      rows.push(row);
    }
    body.replaceChildren(...rows);
    if (active >= 0) grid.setAttribute('aria-activedescendant', `pw-table-row-${active}`);
    else grid.removeAttribute('aria-activedescendant');
  }

  let frame = 0;
  grid.addEventListener('scroll', () => {
    if (!frame) frame = requestAnimationFrame(() => {
      frame = 0;
      drawRows();
    });
  }, { passive: true });

  function redraw(resetScroll: boolean): void {
    drawHead();
    drawCount();
    if (resetScroll) grid.scrollTop = 0;
    drawRows(true);
  }

  function sync(force = false): void {
    // (the text not yet written belongs to the view it was typed on: Back, Forward or another graph bring their own,
    // and the pending write would have put it into their entry)
    if (settling !== undefined && view() !== typedOn) {
      clearTimeout(settling);
      settling = undefined;
    }
    // (the state's text, unless the box holds text not yet written to it: Back, Forward and a link bring theirs)
    if (settling === undefined) {
      queries.nodes = view().nodeFilter;
      queries.links = view().linkFilter;
      queries.authors = view().authorFilter;
    }
    if (view().open && !dlg.isOpen) {
      dlg.open();
      force = true;
    } else if (!view().open && dlg.isOpen) dlg.close();
    if (!dlg.isOpen) return;
    const tab = tabOf();
    for (const b of tabs) {
      b.setAttribute('aria-selected', String(b.dataset.tab === tab));
      if (b.dataset.tab === 'authors') b.hidden = !hasAuthors(ctx.graph);
    }
    if (filter.value !== queries[tab]) filter.value = queries[tab];
    filter.placeholder = tab === 'authors' ? 'Filter by name or topic' : 'Filter by name';
    const opening = force && !shown;
    const t0 = performance.now();
    const was = shown && { tab: shown.tab, data: shown.data };
    const changed = compute();
    if (changed || force) redraw(changed);
    else drawRows(true); // (the selection moved: its row marked)
    const ms = performance.now() - t0;
    if (opening) timings.open = ms;
    else if (changed && was && shown && was.tab !== shown.tab) timings.tab = ms;
    else if (changed && was && shown && was.data === shown.data) timings.sort = ms;
    if (changed) performance.measure('paperweave:table', { start: t0, end: performance.now() });
  }

  filter.addEventListener('input', () => {
    const t0 = performance.now();
    queries[tabOf()] = filter.value;
    if (compute()) redraw(true);
    timings.filter = performance.now() - t0;
    // (into the URL once typing settles, the entry replaced: a history entry, or an address written, per key was not
    // asked for, and browsers throttle a page that replaces its address on every key)
    clearTimeout(settling);
    typedOn = view();
    settling = setTimeout(() => setView({}), FILTER_SETTLE_MS);
  });
  filter.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && shown?.order.length) {
      ev.preventDefault();
      grid.focus();
      moveTo(0);
    }
  });

  // ---- choosing a row
  function choose(k: number, keyboard: boolean): void {
    if (!shown || k < 0 || k >= shown.order.length) return;
    // (the text typed written to the entry the table was open in, before the selection's own entry is pushed: Back
    // returns to the table as it was)
    if (settling !== undefined) setView({});
    const r = shown.data.rows[shown.order[k]] as Row;
    if ('key' in r) ctx.select(r.key, { fly: true, reveal: true });
    else if ('edge' in r) ctx.setState(clickEdge(ctx.state, r.edge), 'push');
    else ctx.setState(selectAuthor(ctx.state, r.name), 'push');
    close();
    if (keyboard) ctx.focusDetails();
  }
  body.addEventListener('click', (ev) => {
    const row = (ev.target as HTMLElement).closest<HTMLElement>('[role=row][data-index]');
    if (row) choose(Number(row.dataset.index), ev.detail === 0);
  });

  /** Put the keyboard on row k (scrolled into sight below the sticky head). */
  function moveTo(k: number): void {
    if (!shown || !shown.order.length) return;
    active = Math.max(0, Math.min(shown.order.length - 1, k));
    const headH = head.offsetHeight;
    const y = active * ROW_HEIGHT;
    const room = grid.clientHeight - headH;
    if (y < grid.scrollTop) grid.scrollTop = y;
    else if (y + ROW_HEIGHT > grid.scrollTop + room) grid.scrollTop = y + ROW_HEIGHT - room;
    drawRows(true);
  }
  grid.addEventListener('keydown', (ev) => {
    if (ev.target !== grid || !shown) return;
    const page = Math.max(1, Math.floor((grid.clientHeight - head.offsetHeight) / ROW_HEIGHT) - 1);
    const keys: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: shown.order.length - 1 };
    if (ev.key in keys) {
      ev.preventDefault();
      moveTo(active < 0 && ev.key !== 'End' ? 0 : keys[ev.key]);
    } else if ((ev.key === 'Enter' || ev.key === ' ') && active >= 0) {
      ev.preventDefault();
      choose(active, true);
    }
  });
  // (from the keyboard, the grid's focus puts it on the first row; a click's mousedown focuses the grid too, and the rows
  // drawn again under the pointer lost the click)
  let pointer = false;
  grid.addEventListener('mousedown', () => (pointer = true));
  grid.addEventListener('focus', () => {
    if (!pointer && active < 0 && shown?.order.length) moveTo(0);
    pointer = false;
  });

  ctx.onChange(() => sync());
  // A link with &table=nodes opens it.
  sync();

  return {
    open: openTable,
    close,
    rows: () => {
      if (!shown) return [];
      const s = shown;
      return Array.from(s.order, (i) => rowId(s.data.rows[i] as Row));
    },
    timings: () => ({ ...timings }),
  };
}
