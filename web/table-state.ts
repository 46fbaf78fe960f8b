/**
 * The data table as the researcher left it (web/features/table-panel.ts, Gephi Lite's "Data" tab): open or not, its
 * tab (nodes, links or authors), each tab's sort and each tab's filter text. In the view state and the URL
 * (&table=nodes|links|authors while open, &nsort= &lsort= &asort= a column id, "-" first for descending, &nfilter=
 * &lfilter= &afilter= the text in each tab's box), so a link reopens it and Back brings it back, as the matrix's view. Pure.
 */
import type { ViewState } from './state.ts';

export type TableTab = 'nodes' | 'links' | 'authors';
/** The tabs; Authors only where the graph's papers name their authors (web/features/table-panel.ts). */
export const TABLE_TABS: readonly TableTab[] = ['nodes', 'links', 'authors'];

/** The columns each tab has, in order (their labels and values: web/features/table-model.ts). */
/** (the last, a paper's authors, only where the graph's papers name them) */
export const NODE_COLUMN_IDS = ['name', 'kind', 'papers', 'links', 'pagerank', 'cluster', 'first', 'last', 'burst', 'authors'] as const;
export const LINK_COLUMN_IDS = ['source', 'relation', 'target', 'confidence', 'year', 'evidence'] as const;
export const AUTHOR_COLUMN_IDS = ['name', 'papers', 'coauthors', 'first', 'last', 'top'] as const;

export interface TableSort {
  /** A column id of the tab (NODE_COLUMN_IDS / LINK_COLUMN_IDS). */
  column: string;
  descending: boolean;
}

export interface TableView {
  open: boolean;
  tab: TableTab;
  nodeSort: TableSort;
  linkSort: TableSort;
  authorSort: TableSort;
  /** The text in each tab's filter box, as typed ('' filters nothing). */
  nodeFilter: string;
  linkFilter: string;
  authorFilter: string;
}

/** Nodes by their links (what sizes show by default), most first; links by confidence, highest first; authors by their papers, most first. */
export const DEFAULT_TABLE: TableView = {
  open: false, tab: 'nodes', nodeSort: { column: 'links', descending: true }, linkSort: { column: 'confidence', descending: true },
  authorSort: { column: 'papers', descending: true }, nodeFilter: '', linkFilter: '', authorFilter: '',
};

const sameSort = (a: TableSort, b: TableSort) => a.column === b.column && a.descending === b.descending;

/** Change the table's view; unchanged: the same state (no history write, no listener). */
export function setTable(state: ViewState, patch: Partial<TableView>): ViewState {
  const cur = state.table;
  const next: TableView = { ...cur, ...patch };
  const same = next.open === cur.open && next.tab === cur.tab && sameSort(next.nodeSort, cur.nodeSort) && sameSort(next.linkSort, cur.linkSort)
    && sameSort(next.authorSort, cur.authorSort) && next.nodeFilter === cur.nodeFilter && next.linkFilter === cur.linkFilter
    && next.authorFilter === cur.authorFilter;
  return same ? state : { ...state, table: next };
}

/** A sort as the address writes it: the column id, "-" first when descending ("-papers"). */
export function encodeSort(s: TableSort): string {
  return `${s.descending ? '-' : ''}${s.column}`;
}

/** A sort from the address: a column not among `columns` (or nothing) reads as `fallback`. */
export function decodeSort(s: string | null, columns: readonly string[], fallback: TableSort): TableSort {
  if (!s) return fallback;
  const descending = s.startsWith('-');
  const column = descending ? s.slice(1) : s;
  return columns.includes(column) ? { column, descending } : fallback;
}
