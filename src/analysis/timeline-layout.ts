/**
 * CiteSpace's timeline view: each cluster a horizontal row, its nodes along the row at their year (x = time), the
 * rows one above the other. The viewer's "View: timeline" draws the graph at these positions (web/app.ts); the graph's
 * own x/y, the map, are never changed (the exports keep the map).
 *
 * - x: a paper's year; an entity's first year (`firstYear`, as "colour by year" colours it: when it entered the
 *   field), else the first year of the papers it links to. One year is `yearWidth` wide; a node lies within
 *   YEAR_BAND of its year's width around the year's x, so x is monotone in the year (a later year is right of an
 *   earlier one, whatever the spread).
 * - y: its cluster's row. Rows are the clusters largest first (CiteSpace's #0 at the top, the sidebar's order);
 *   with more than `maxRows` clusters the smallest share the last row, "other clusters", which counts them.
 * - Within a row, the nodes of one year are spread over the cell (row × year) on a sunflower's spiral, the largest
 *   at the centre, in key order among equals: no Math.random, the same graph gives the same picture.
 * - A node without a year goes in the "undated" column, right of the last year, in its row: shown, never lost.
 *
 * Pure: a function of the graph, no DOM. Graph y grows upwards in sigma, so the first row has the largest y.
 */
import type { KGNode, KnowledgeGraph } from '../model.ts';
import { paperYear } from './node-utils.ts';
import { entityTimeline } from './timeline.ts';

/** At most this many rows (the smallest clusters beyond them share the last one). */
export const MAX_TIMELINE_ROWS = 12;
/** The share of a year's width its nodes spread over (centred on the year's x); under 1, so x stays monotone in the year. */
export const YEAR_BAND = 0.7;
/** The share of a row's height its nodes spread over (centred on the row's y); the rest parts the rows. */
export const ROW_BAND = 0.75;
/** The rows' height in graph units (the years' width follows, see timelineLayout). */
export const ROW_HEIGHT = 1;
/** The wider-than-high shape aimed at (a 16:10 window's room beside the sidebar). */
const ASPECT = 1.6;

export interface TimelineRow {
  /** 0 for the top row. */
  index: number;
  /** The cluster's label, or "other clusters (N)" for the shared row. */
  label: string;
  /** The cluster ids it holds (one, or the smallest clusters for the shared row). */
  clusters: number[];
  /** The cluster's colour (the shared row: none). */
  color?: string;
  /** Nodes on it (dated or not). */
  nodes: number;
  /** Its dated nodes' first and last year (none dated: undefined). */
  firstYear?: number;
  lastYear?: number;
  /** Its centre line and band (graph units; y0 < y1). */
  y: number;
  y0: number;
  y1: number;
}

export interface TimelineLayout {
  /** Each node's position (graph units), every node of the graph. */
  positions: Map<string, { x: number; y: number }>;
  /** Top row first. */
  rows: TimelineRow[];
  /** The year axis: every year from the first to the last dated node's, with its x. */
  years: { year: number; x: number }[];
  /** The undated column (its x and how many nodes are in it), or null when every node has a year. */
  undated: { x: number; count: number } | null;
  yearWidth: number;
  rowHeight: number;
  /** The extent of the drawing: the years' and rows' bands (graph units). */
  extent: { x0: number; x1: number; y0: number; y1: number };
  /** The year each node is placed at (undated nodes absent). */
  nodeYears: Map<string, number>;
  /** The row each node is on. */
  nodeRows: Map<string, number>;
}

/**
 * The year a node is placed at: a paper's year (or its date's), an entity's `firstYear`, else the first year of the
 * papers it links to; undefined when none is known.
 */
export function timelineYear(graph: KnowledgeGraph, key: string, a: KGNode = graph.getNodeAttributes(key)): number | undefined {
  if (a.kind === 'paper') return paperYear(a);
  if (typeof a.firstYear === 'number' && Number.isFinite(a.firstYear)) return a.firstYear;
  return entityTimeline(graph, key).firstYear;
}

/** Fermat's spiral (a sunflower's), `n` points in the unit disc, the first at the centre. */
function sunflower(i: number, n: number): { x: number; y: number } {
  if (n <= 1) return { x: 0, y: 0 };
  const golden = Math.PI * (3 - Math.sqrt(5));
  const r = Math.sqrt(i / (n - 1));
  return { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
}

export function timelineLayout(graph: KnowledgeGraph, opts: { maxRows?: number } = {}): TimelineLayout {
  const maxRows = Math.max(1, opts.maxRows ?? MAX_TIMELINE_ROWS);
  const clusters = graph.getAttribute('clusters') ?? [];
  // Nodes per cluster id, and each node's year.
  const members = new Map<number, string[]>();
  const nodeYears = new Map<string, number>();
  let lo = Infinity;
  let hi = -Infinity;
  graph.forEachNode((key, a) => {
    const list = members.get(a.community);
    if (list) list.push(key);
    else members.set(a.community, [key]);
    const y = timelineYear(graph, key, a);
    if (y !== undefined) {
      nodeYears.set(key, y);
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
  });
  // Rows: the clusters with nodes, largest first (nodes on the graph, then the id); nodes of a community the graph's
  // clusters do not name join the shared row.
  const info = new Map(clusters.map((c) => [c.id, c]));
  const ids = [...members.keys()].sort((a, b) => members.get(b)!.length - members.get(a)!.length || a - b);
  const named = ids.filter((id) => info.has(id));
  const unnamed = ids.filter((id) => !info.has(id));
  const own = unnamed.length || named.length > maxRows ? named.slice(0, maxRows - 1) : named;
  const shared = [...named.slice(own.length), ...unnamed];
  const groups: { label: string; clusters: number[]; color?: string }[] = own.map((id) => ({ label: info.get(id)!.label || `cluster ${id}`, clusters: [id], color: info.get(id)!.color }));
  if (shared.length) {
    const n = shared.filter((id) => info.has(id)).length;
    groups.push({ label: n ? `other clusters (${n})` : 'no cluster', clusters: shared });
  }
  const rowOf = new Map<number, number>();
  groups.forEach((g, i) => g.clusters.forEach((id) => rowOf.set(id, i)));

  const dated = lo <= hi;
  const span = dated ? hi - lo + 1 : 0;
  const undatedCount = graph.order - nodeYears.size;
  const columns = span + (undatedCount ? 1 : 0);
  const rowHeight = ROW_HEIGHT;
  const yearWidth = Math.max(0.5, (ASPECT * groups.length * rowHeight) / Math.max(1, columns));
  const yearX = (y: number) => (y - lo) * yearWidth;
  // (the undated column one year's width right of the last year, with a year's gap: it is not a year)
  const undatedX = dated ? (span + 0.5) * yearWidth : 0;
  const rowY = (i: number) => -i * rowHeight;

  // Cells: row × year (or undated), each node in one.
  const cells = new Map<string, string[]>();
  const nodeRows = new Map<string, number>();
  for (const [id, keys] of members) {
    const row = rowOf.get(id)!;
    for (const key of keys) {
      nodeRows.set(key, row);
      const y = nodeYears.get(key);
      const cell = `${row}|${y ?? 'undated'}`;
      const list = cells.get(cell);
      if (list) list.push(key);
      else cells.set(cell, [key]);
    }
  }
  const positions = new Map<string, { x: number; y: number }>();
  const halfW = (YEAR_BAND * yearWidth) / 2;
  const halfH = (ROW_BAND * rowHeight) / 2;
  for (const [cell, keys] of cells) {
    const [rowS, yearS] = cell.split('|');
    const cx = yearS === 'undated' ? undatedX : yearX(Number(yearS));
    const cy = rowY(Number(rowS));
    keys.sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size') || (a < b ? -1 : a > b ? 1 : 0));
    keys.forEach((key, i) => {
      const p = sunflower(i, keys.length);
      positions.set(key, { x: cx + p.x * halfW, y: cy + p.y * halfH });
    });
  }

  const rows: TimelineRow[] = groups.map((g, i) => {
    let first: number | undefined;
    let last: number | undefined;
    let nodes = 0;
    for (const id of g.clusters) {
      for (const key of members.get(id) ?? []) {
        nodes++;
        const y = nodeYears.get(key);
        if (y === undefined) continue;
        if (first === undefined || y < first) first = y;
        if (last === undefined || y > last) last = y;
      }
    }
    const y = rowY(i);
    return { index: i, label: g.label, clusters: g.clusters, ...(g.color ? { color: g.color } : {}), nodes, firstYear: first, lastYear: last, y, y0: y - rowHeight / 2, y1: y + rowHeight / 2 };
  });
  const years = dated ? Array.from({ length: span }, (_, i) => ({ year: lo + i, x: yearX(lo + i) })) : [];
  const undated = undatedCount ? { x: undatedX, count: undatedCount } : null;
  const x0 = -yearWidth / 2;
  const x1 = (dated ? (undated ? undatedX : yearX(hi)) : 0) + yearWidth / 2;
  return {
    positions, rows, years, undated, yearWidth, rowHeight,
    extent: { x0, x1, y0: rows.length ? rows[rows.length - 1].y0 : -rowHeight / 2, y1: rowHeight / 2 },
    nodeYears, nodeRows,
  };
}

/**
 * The graph as the timeline draws it: a copy with each node's x/y at its timeline position (every other attribute and
 * every edge key the same), for the renderer. The graph itself keeps the map.
 */
export function timelineGraph(graph: KnowledgeGraph, layout: TimelineLayout = timelineLayout(graph)): KnowledgeGraph {
  const copy = graph.copy() as KnowledgeGraph;
  copy.updateEachNodeAttributes((key, a) => {
    const p = layout.positions.get(key)!;
    return { ...a, x: p.x, y: p.y };
  });
  return copy;
}
