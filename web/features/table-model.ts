/**
 * The data table's rows (web/features/table-panel.ts; Gephi Lite's "Data" tab, Gephi's Data Laboratory): one row per
 * node the legend and filters show, one per link drawn, with the sentence behind it. Sorting reads keys computed once
 * per column (a number, or a text's rank among the column's texts), so a click on a head sorts 19,000 nodes or 100,000
 * links without comparing a string; the sorted order is kept per column and direction, and the text filter only keeps
 * the rows of that order that match (search's accent- and case-folding, every word of the query). Pure.
 */
import type { Burst, KnowledgeGraph, NodeKind, Relation } from '../../src/model.ts';
import { paperYear } from '../../src/analysis/node-utils.ts';
import { csvRow } from '../../src/export/csv.ts';
import { foldText, namesAuthors } from '../search.ts';
import { confidentEdge } from '../filters.ts';
import { AUTHOR_COLUMN_IDS, LINK_COLUMN_IDS, NODE_COLUMN_IDS, type TableSort } from '../table-state.ts';
import { authorIndex } from '../authors.ts';

export interface NodeRow {
  key: string;
  name: string;
  kind: NodeKind;
  /** The papers that tag it (an entity's `papers`; a paper: 1), VOSviewer's occurrences. */
  papers: number;
  /** Its links (degree) in the graph. */
  links: number;
  pagerank: number;
  cluster: string;
  first?: number;
  last?: number;
  burst?: Burst;
  /** A paper's authors, as its byline names them ('Kaiming He, Haoqi Fan'); none for an entity. */
  authors?: string;
}

export interface LinkRow {
  edge: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  relation: Relation;
  confidence?: number;
  /** The year of the paper the link comes from. */
  year?: number;
  evidence: string;
}

/** One row per author (web/authors.ts), counted on the papers the filters show. */
export interface AuthorRow {
  /** The author's key (authorKey): what choosing the row selects. */
  author: string;
  /** Its most frequent spelling. */
  name: string;
  /** Its papers shown. */
  papers: number;
  /** The other authors of those papers, each once. */
  coauthors: number;
  first?: number;
  last?: number;
  /** The methods and datasets shown that most of those papers link to (links at or above the confidence filter), most first, at most TOP_ENTITIES: label and count. */
  top: { label: string; papers: number }[];
}

export interface Column<R> {
  id: string;
  label: string;
  numeric: boolean;
  /** The sort key: a number or a text; undefined (no year, no burst) sorts last either way. */
  value(r: R): number | string | undefined;
  /** As shown (and written to the CSV). */
  text(r: R): string;
  /** The head's tooltip. */
  title: string;
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));
export const burstText = (b: Burst | undefined): string => (b ? `${b.begin}–${b.end} (${b.strength})` : '');

export const NODE_COLUMNS: Column<NodeRow>[] = [
  { id: 'name', label: 'Name', numeric: false, value: (r) => r.name, text: (r) => r.name, title: 'Its label (a paper: its title)' },
  { id: 'kind', label: 'Kind', numeric: false, value: (r) => r.kind, text: (r) => r.kind, title: 'Paper, method, dataset, model, domain, setting, technique or metric' },
  { id: 'papers', label: 'Papers', numeric: true, value: (r) => r.papers, text: (r) => String(r.papers), title: 'The papers that tag it (occurrences; a paper: 1)' },
  { id: 'links', label: 'Links', numeric: true, value: (r) => r.links, text: (r) => String(r.links), title: 'Its links in the graph (degree)' },
  { id: 'pagerank', label: 'PageRank', numeric: true, value: (r) => r.pagerank, text: (r) => r.pagerank.toPrecision(3), title: 'PageRank on the whole graph (as "size by" computes it; the ranks sum to 1)' },
  { id: 'cluster', label: 'Cluster', numeric: false, value: (r) => r.cluster, text: (r) => r.cluster, title: 'Its cluster\u2019s label' },
  { id: 'first', label: 'First year', numeric: true, value: (r) => r.first, text: (r) => num(r.first), title: 'The year of its first paper' },
  { id: 'last', label: 'Last year', numeric: true, value: (r) => r.last, text: (r) => num(r.last), title: 'The year of its last paper' },
  { id: 'burst', label: 'Burst', numeric: true, value: (r) => r.burst?.strength, text: (r) => burstText(r.burst), title: 'Its strongest burst of attention, at the γ Time shows: years (strength); sorted by strength' },
  { id: 'authors', label: 'Authors', numeric: false, value: (r) => r.authors, text: (r) => r.authors ?? '', title: 'A paper\u2019s authors (the Authors tab lists each author)' },
];

export const LINK_COLUMNS: Column<LinkRow>[] = [
  { id: 'source', label: 'Source', numeric: false, value: (r) => r.sourceLabel, text: (r) => r.sourceLabel, title: 'The node the link starts from (a paper, or a method)' },
  { id: 'relation', label: 'Relation', numeric: false, value: (r) => r.relation, text: (r) => r.relation, title: 'What the sentence says of the two' },
  { id: 'target', label: 'Target', numeric: false, value: (r) => r.targetLabel, text: (r) => r.targetLabel, title: 'The node the link goes to' },
  { id: 'confidence', label: 'Confidence', numeric: true, value: (r) => r.confidence, text: (r) => (r.confidence === undefined ? '' : r.confidence.toFixed(2)), title: 'The link\u2019s calibrated confidence' },
  { id: 'year', label: 'Year', numeric: true, value: (r) => r.year, text: (r) => num(r.year), title: 'The year of the paper it comes from' },
  { id: 'evidence', label: 'Sentence', numeric: false, value: (r) => r.evidence, text: (r) => r.evidence, title: 'The sentence behind the link' },
];

/** The methods and datasets an author's row names, at most. */
export const TOP_ENTITIES = 3;
export const topText = (r: AuthorRow): string => r.top.map((t) => `${t.label} (${t.papers})`).join(', ');

export const AUTHOR_COLUMNS: Column<AuthorRow>[] = [
  { id: 'name', label: 'Author', numeric: false, value: (r) => r.name, text: (r) => r.name, title: 'The author, in the spelling most papers use (spellings differing only in case, accents or dots are one author)' },
  { id: 'papers', label: 'Papers', numeric: true, value: (r) => r.papers, text: (r) => String(r.papers), title: 'Their papers the filters show' },
  { id: 'coauthors', label: 'Co-authors', numeric: true, value: (r) => r.coauthors, text: (r) => String(r.coauthors), title: 'The other authors of those papers, each counted once' },
  { id: 'first', label: 'First year', numeric: true, value: (r) => r.first, text: (r) => num(r.first), title: 'The year of their first paper' },
  { id: 'last', label: 'Last year', numeric: true, value: (r) => r.last, text: (r) => num(r.last), title: 'The year of their last paper' },
  { id: 'top', label: 'Mostly on', numeric: false, value: (r) => topText(r), text: (r) => topText(r), title: `The methods and datasets most of their papers link to (how many of them), at most ${TOP_ENTITIES}` },
];

// (the ids the URL reads are these columns', in this order)
if (NODE_COLUMNS.some((c, i) => c.id !== NODE_COLUMN_IDS[i]) || LINK_COLUMNS.some((c, i) => c.id !== LINK_COLUMN_IDS[i]) || AUTHOR_COLUMNS.some((c, i) => c.id !== AUTHOR_COLUMN_IDS[i])) {
  throw new Error('paperweave: table-model.ts columns and table-state.ts column ids differ');
}

/** A tab's rows, and what sorting and filtering them needs, computed once each and kept. */
export interface TableData<R> {
  rows: R[];
  columns: Column<R>[];
  /** Each row's text the filter looks in, folded (made on the first filter). */
  haystack: (r: R) => string;
  /** @internal per column: numbers (NaN: none) or the texts' ranks (-1: none) */
  keys: Map<string, Float64Array>;
  /** @internal sorted orders by "column:asc|desc" */
  orders: Map<string, Int32Array>;
  /** @internal folded haystacks */
  folded: string[] | null;
}

export function tableData<R>(rows: R[], columns: Column<R>[], haystack: (r: R) => string): TableData<R> {
  return { rows, columns, haystack, keys: new Map(), orders: new Map(), folded: null };
}

export interface NodeRowsInput {
  /** The nodes shown (computeVisible), or null: all. */
  visible: ReadonlySet<string> | null;
  /** Each node's PageRank (graphology-metrics' on the graph as built). */
  pagerank: Readonly<Record<string, number>>;
  /** Each entity's strongest burst at the γ shown (web/bursts.ts burstsAt). */
  bursts: ReadonlyMap<string, Burst>;
}

/**
 * One row per node shown, in the graph's order. A paper's first and last year are its year. The Authors column only
 * where the graph's papers name their authors.
 */
export function nodeRows(graph: KnowledgeGraph, input: NodeRowsInput): TableData<NodeRow> {
  const named = namesAuthors(graph);
  const clusters = new Map((graph.getAttribute('clusters') ?? []).map((c) => [c.id, c.label]));
  const rows: NodeRow[] = [];
  graph.forEachNode((key, a) => {
    if (input.visible && !input.visible.has(key)) return;
    const year = a.kind === 'paper' ? paperYear(a) : undefined;
    rows.push({
      key, name: a.label, kind: a.kind, papers: a.kind === 'paper' ? 1 : a.papers ?? 0, links: graph.degree(key),
      pagerank: input.pagerank[key] ?? 0, cluster: clusters.get(a.community) ?? (a.community === undefined ? '' : String(a.community)),
      first: a.kind === 'paper' ? year : a.firstYear, last: a.kind === 'paper' ? year : a.lastYear, burst: input.bursts.get(key),
      ...(named && a.kind === 'paper' && a.authors?.length ? { authors: a.authors.join(', ') } : {}),
    });
  });
  return tableData(rows, named ? NODE_COLUMNS : NODE_COLUMNS.slice(0, -1), (r) => r.name);
}

/** One row per link drawn: both its ends shown and its confidence at or above the filter's. */
export function linkRows(graph: KnowledgeGraph, visible: ReadonlySet<string> | null, minConfidence: number | null): TableData<LinkRow> {
  const rows: LinkRow[] = [];
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  graph.forEachEdge((edge, a, source, target) => {
    if (visible && (!visible.has(source) || !visible.has(target))) return;
    if (!confidentEdge(a, minConfidence)) return;
    const paper = a.paper && graph.hasNode(a.paper) ? a.paper : graph.getNodeAttribute(source, 'kind') === 'paper' ? source : undefined;
    rows.push({
      edge, source, target, sourceLabel: label(source), targetLabel: label(target), relation: a.relation, confidence: a.confidence,
      year: paper ? paperYear(graph.getNodeAttributes(paper)) : undefined, evidence: a.evidence ?? '',
    });
  });
  return tableData(rows, LINK_COLUMNS, (r) => `${r.sourceLabel} ${r.relation} ${r.targetLabel} ${r.evidence}`);
}

const TOP_KINDS = new Set(['method', 'dataset']);

/**
 * One row per author with a paper shown (the year filter, the legend's papers), in the order the graph first names them
 * (web/authors.ts, built once per graph): their papers shown, distinct co-authors on those, first and last year, and
 * the methods and datasets shown most of those papers link to (by links the confidence filter keeps; ties by label).
 */
export function authorRows(graph: KnowledgeGraph, visible: ReadonlySet<string> | null, minConfidence: number | null): TableData<AuthorRow> {
  const index = authorIndex(graph);
  const n = index.paperKeys.length;
  // Each paper shown: its year (NaN: none) and the methods and datasets shown it links to (ids into `entities`).
  const shown = new Uint8Array(n);
  const years = new Float64Array(n).fill(NaN);
  const tops: number[][] = new Array(n);
  const entityId = new Map<string, number>();
  const entities: string[] = [];
  for (let p = 0; p < n; p++) {
    const paper = index.paperKeys[p];
    if (visible && !visible.has(paper)) continue;
    shown[p] = 1;
    const top: number[] = [];
    graph.forEachOutEdge(paper, (_e, a, _s, target, _sa, ta) => {
      if (!TOP_KINDS.has(ta.kind) || (visible && !visible.has(target)) || !confidentEdge(a, minConfidence)) return;
      let id = entityId.get(target);
      if (id === undefined) {
        id = entities.length;
        entityId.set(target, id);
        entities.push(ta.label);
      }
      if (!top.includes(id)) top.push(id);
    });
    tops[p] = top;
    const y = paperYear(graph.getNodeAttributes(paper));
    if (y !== undefined) years[p] = y;
  }
  const coStamp = new Int32Array(index.keys.length).fill(-1);
  const entStamp = new Int32Array(entities.length).fill(-1);
  const entCount = new Int32Array(entities.length);
  const rows: AuthorRow[] = [];
  const touched: number[] = [];
  const byCount = (a: number, b: number) => entCount[b] - entCount[a] || (entities[a] < entities[b] ? -1 : entities[a] > entities[b] ? 1 : a - b);
  for (let id = 0; id < index.keys.length; id++) {
    let papers = 0;
    let coauthors = 0;
    let first = Infinity;
    let last = -Infinity;
    touched.length = 0;
    for (const p of index.papers[id]) {
      if (!shown[p]) continue;
      papers++;
      const y = years[p];
      if (y < first) first = y;
      if (y > last) last = y;
      for (const other of index.paperAuthors[p]) {
        if (other === id || coStamp[other] === id) continue;
        coStamp[other] = id;
        coauthors++;
      }
      for (const e of tops[p]) {
        if (entStamp[e] !== id) {
          entStamp[e] = id;
          entCount[e] = 0;
          touched.push(e);
        }
        entCount[e]++;
      }
    }
    if (!papers) continue;
    if (touched.length > 1) touched.sort(byCount);
    const top = touched.slice(0, TOP_ENTITIES).map((e) => ({ label: entities[e], papers: entCount[e] }));
    rows.push({
      author: index.keys[id], name: index.names[id], papers, coauthors,
      first: first === Infinity ? undefined : first, last: last === -Infinity ? undefined : last, top,
    });
  }
  return tableData(rows, AUTHOR_COLUMNS, (r) => `${r.name} ${topText(r)}`);
}

export { foldText };

/** A column's sort keys: numbers as they are, texts as their rank among the column's folded texts (ties share one). */
function columnKeys<R>(data: TableData<R>, column: Column<R>): Float64Array {
  let keys = data.keys.get(column.id);
  if (keys) return keys;
  const n = data.rows.length;
  keys = new Float64Array(n);
  if (column.numeric) {
    for (let i = 0; i < n; i++) {
      const v = column.value(data.rows[i]);
      keys[i] = typeof v === 'number' && Number.isFinite(v) ? v : NaN;
    }
  } else {
    // (each distinct text folded and ranked once: 119,261 links have some 19,000 distinct ends)
    const rankOf = new Map<string, number>();
    const raw = data.rows.map((r) => {
      const v = column.value(r);
      const t = v === undefined || v === '' ? null : String(v);
      if (t !== null) rankOf.set(t, 0);
      return t;
    });
    const distinct = [...rankOf.keys()].map((t) => ({ t, f: foldText(t) })).sort((a, b) => (a.f < b.f ? -1 : a.f > b.f ? 1 : 0));
    let rank = -1;
    let prev: string | undefined;
    for (const d of distinct) {
      if (d.f !== prev) rank++;
      prev = d.f;
      rankOf.set(d.t, rank);
    }
    for (let i = 0; i < n; i++) keys[i] = raw[i] === null ? NaN : rankOf.get(raw[i]!)!;
  }
  data.keys.set(column.id, keys);
  return keys;
}

/**
 * Every row's index in the order of a sort: by the column, rows without a value last whichever the direction, ties
 * by the first column (name, source), then in the graph's order. Computed once per column and direction.
 */
export function sortedOrder<R>(data: TableData<R>, sort: TableSort): Int32Array {
  const id = `${sort.column}:${sort.descending ? 'desc' : 'asc'}`;
  let order = data.orders.get(id);
  if (order) return order;
  const column = data.columns.find((c) => c.id === sort.column) ?? data.columns[0];
  const keys = columnKeys(data, column);
  const tie = columnKeys(data, data.columns[0]);
  const dir = sort.descending ? -1 : 1;
  order = new Int32Array(data.rows.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => {
    const x = keys[a];
    const y = keys[b];
    const xn = x !== x; // NaN: no value
    const yn = y !== y;
    if (xn !== yn) return xn ? 1 : -1;
    if (!xn && x !== y) return x < y ? -dir : dir;
    const tx = tie[a];
    const ty = tie[b];
    if (tx !== ty && tx === tx && ty === ty) return tx - ty;
    return a - b;
  });
  data.orders.set(id, order);
  return order;
}

/** The words of a filter, folded as search folds them (empty: no filter). */
export function filterWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** The rows of `order` whose text holds every word of the query (accents and case ignored), in that order. */
export function filterOrder<R>(data: TableData<R>, order: Int32Array, query: string): Int32Array {
  const words = filterWords(query);
  if (!words.length) return order;
  const folded = (data.folded ??= data.rows.map((r) => foldText(data.haystack(r))));
  const out = new Int32Array(order.length);
  let n = 0;
  for (let k = 0; k < order.length; k++) {
    const s = folded[order[k]];
    let all = true;
    for (const w of words) {
      if (!s.includes(w)) {
        all = false;
        break;
      }
    }
    if (all) out[n++] = order[k];
  }
  return out.subarray(0, n);
}

/** The next sort after a click on a column's head: the same column reversed, another one in its own direction (numbers most first, texts A to Z). */
export function nextSort<R>(columns: Column<R>[], current: TableSort, column: string): TableSort {
  if (current.column === column) return { column, descending: !current.descending };
  const c = columns.find((x) => x.id === column);
  return { column, descending: c?.numeric ?? false };
}

/** The table as shown (these rows, in this order) as CSV: the heads, then each row's cells as shown (sentences whole). */
export function tableToCsv<R>(data: TableData<R>, order: ArrayLike<number>): string {
  let out = csvRow(data.columns.map((c) => c.label));
  for (let k = 0; k < order.length; k++) {
    const r = data.rows[order[k]];
    out += csvRow(data.columns.map((c) => c.text(r)));
  }
  return out;
}
