/**
 * CiteSpace's timeline view: each cluster a horizontal row, its nodes along the row at their year (x = time), the
 * rows one above the other. The viewer's "View: timeline" draws the graph at these positions (web/app.ts); the graph's
 * own x/y, the map, are never changed (the exports keep the map).
 *
 * - x: a paper's year; an entity's first year (`firstYear`, as "colour by year" colours it: when it entered the
 *   field), else the first year of the papers it links to. A node lies within YEAR_BAND of its year's width around
 *   the year's x, so x is monotone in the year (a later year is right of an earlier one, whatever the spread).
 * - y: its cluster's row. Rows are the clusters largest first (CiteSpace's #0 at the top, the sidebar's order);
 *   with more than `maxRows` clusters the smallest share the last row, "other clusters", which counts them.
 * - Room follows the crowd: a year's width and a row's height grow with the square root of the most nodes one of its
 *   cells (row × year) holds, from a floor (MIN_SHARE of the largest) for an empty or thin one. So a cell of c nodes
 *   gets at least c / cmax of the densest cell's area, and no cell is more crowded than the densest; the recent years
 *   and the large clusters, where a field's papers are, get the room that decades of a few papers and small rows left
 *   unused. Every year keeps its column (the axis has no gaps), in order.
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
/** The tallest row's height in graph units (the years' widths follow, see timelineLayout). */
export const ROW_HEIGHT = 1;
/** The smallest year's width and row's height, as a share of the largest. */
export const MIN_SHARE = 0.25;
/** The wider-than-high shape aimed at (a 16:10 window's room beside the sidebar). */
export const TIMELINE_ASPECT = 1.6;
/** The taller-than-wide shape for an upright window (a phone held upright: 390 × 844). */
export const PORTRAIT_ASPECT = 0.6;

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
  /** The year axis: every year from the first to the last dated node's, with its x (its column's centre) and width. */
  years: { year: number; x: number; width: number }[];
  /** The undated column (its x, width and how many nodes are in it), or null when every node has a year. */
  undated: { x: number; width: number; count: number } | null;
  /** The widest year's width (graph units). */
  yearWidth: number;
  /** The tallest row's height (graph units); each row's own is y1 − y0. */
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

/** `aspect`: the drawing's width over its height (TIMELINE_ASPECT unless given; PORTRAIT_ASPECT for an upright window). */
export function timelineLayout(graph: KnowledgeGraph, opts: { maxRows?: number; aspect?: number } = {}): TimelineLayout {
  const maxRows = Math.max(1, opts.maxRows ?? MAX_TIMELINE_ROWS);
  const aspect = opts.aspect && opts.aspect > 0 ? opts.aspect : TIMELINE_ASPECT;
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
  // The most nodes a cell of each row and of each column holds (column `span` is the undated one).
  const rowMost = new Array<number>(groups.length).fill(0);
  const columnMost = new Array<number>(span + 1).fill(0);
  for (const [cell, keys] of cells) {
    const [rowS, yearS] = cell.split('|');
    const column = yearS === 'undated' ? span : Number(yearS) - lo;
    rowMost[Number(rowS)] = Math.max(rowMost[Number(rowS)], keys.length);
    columnMost[column] = Math.max(columnMost[column], keys.length);
  }
  const most = Math.max(1, ...rowMost);
  const share = (n: number) => Math.max(MIN_SHARE, Math.sqrt(n / most));
  // Row heights, top row first; rows[i] spans [y0, y1] with the first row's top at y = ROW_HEIGHT / 2.
  const heights = rowMost.map((n) => share(n) * ROW_HEIGHT);
  const rowTop: number[] = [];
  let top = Math.max(...heights, 0) / 2;
  const firstTop = top;
  for (const h of heights) {
    rowTop.push(top);
    top -= h;
  }
  const totalHeight = firstTop - top;
  // Column widths in proportion to their share, scaled to the aimed-at shape (the undated column, if any, after a
  // gap of half the widest year's width: it is not a year).
  const shares = columnMost.slice(0, span).map(share);
  const undatedShare = undatedCount ? share(columnMost[span]) : 0;
  const sum = shares.reduce((a, b) => a + b, 0) + undatedShare + (dated && undatedCount ? 0.5 : 0);
  // (the widest year at least half the tallest row's height: many years on few rows scroll rather than squeeze)
  const unit = sum > 0 ? Math.max(0.5 * ROW_HEIGHT * Math.min(1, aspect / TIMELINE_ASPECT), (aspect * totalHeight) / sum) : 1;
  const widths = shares.map((w) => w * unit);
  const centres: number[] = [];
  let left = dated ? -widths[0] / 2 : 0;
  for (const w of widths) {
    centres.push(left + w / 2);
    left += w;
  }
  const undatedWidth = undatedShare * unit;
  const undatedX = dated ? left + 0.5 * unit + undatedWidth / 2 : 0;
  const yearX = (y: number) => centres[y - lo];

  const positions = new Map<string, { x: number; y: number }>();
  for (const [cell, keys] of cells) {
    const [rowS, yearS] = cell.split('|');
    const row = Number(rowS);
    const cx = yearS === 'undated' ? undatedX : yearX(Number(yearS));
    const halfW = (YEAR_BAND * (yearS === 'undated' ? undatedWidth : widths[Number(yearS) - lo])) / 2;
    const halfH = (ROW_BAND * heights[row]) / 2;
    const cy = rowTop[row] - heights[row] / 2;
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
    const y1 = rowTop[i];
    const y0 = y1 - heights[i];
    return { index: i, label: g.label, clusters: g.clusters, ...(g.color ? { color: g.color } : {}), nodes, firstYear: first, lastYear: last, y: (y0 + y1) / 2, y0, y1 };
  });
  const years = dated ? Array.from({ length: span }, (_, i) => ({ year: lo + i, x: centres[i], width: widths[i] })) : [];
  const undated = undatedCount ? { x: undatedX, width: undatedWidth, count: undatedCount } : null;
  const x0 = dated ? centres[0] - widths[0] / 2 : undatedX - undatedWidth / 2;
  const x1 = undated ? undatedX + undatedWidth / 2 : dated ? centres[span - 1] + widths[span - 1] / 2 : 0;
  return {
    positions, rows, years, undated,
    yearWidth: Math.max(0, ...widths, undatedWidth), rowHeight: Math.max(0, ...heights),
    extent: { x0, x1, y0: rows.length ? rows[rows.length - 1].y0 : -ROW_HEIGHT / 2, y1: rows.length ? rows[0].y1 : ROW_HEIGHT / 2 },
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
