/**
 * Display in reducers (sigma's "use reducers" example): the node and edge reducers only read a small
 * view object (state + sets derived once per event), and return a whole display object.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { KGNode, KnowledgeGraph, RelationEdge } from '../src/model.ts';
import { clusterColor, kindColor, parseRgb } from '../src/analysis/appearance.ts';
import { primary, type ColorBy, type ViewState } from './state.ts';
import { confidentEdge } from './filters.ts';

/** What the reducers read. Rebuilt by the app on each state change, never inside a reducer. */
export interface ViewModel {
  state: ViewState;
  /** Nodes kept by the filters; null = all. */
  visible: Set<string> | null;
  /** Hovered (else selected) nodes and their neighbours; null = nothing to focus on. */
  focus: Set<string> | null;
  /** The hovered and selected nodes themselves. */
  anchors: Set<string>;
  /**
   * The selected cluster's nodes (clusterMembers); null = no cluster selected. With nothing hovered or selected they
   * stay in colour and the rest fade; a hover or a node's selection takes over (its neighbourhood is the focus).
   */
  members: Set<string> | null;
  /** Colour per node when colouring by cluster or year; null = the kind's colour (one colour per kind everywhere). */
  colors: Map<string, string> | null;
  /** Short labels for long titles, computed once per graph. */
  labels: Map<string, string>;
  /**
   * Fade everything outside the focus (small graphs). On large graphs the focus is only brought forward, so a
   * hover changes a few hundred nodes and edges instead of all of them (a partial refresh, not a full one).
   */
  fade: boolean;
  /** Each node's size when sizing by papers or PageRank, on the build's scale (sizeMap); null = the build's (links). */
  sizes: Map<string, number> | null;
  /** Node size on screen from the build's size, or `sizes`' (see sizeScale). */
  size: (size: number) => number;
  /**
   * Focused nodes whose label is drawn whatever sigma's label grid says: chosen per hover/selection, and again when
   * the camera stops, so that they do not overlap on screen (pickLabels); the other focused nodes are drawn without
   * one. null = every focused node.
   */
  forced: Set<string> | null;
  /**
   * With nothing hovered or selected, the nodes labelled: picked for the camera as it is (pickOverviewLabels), the
   * largest first, none over another; the others are drawn without one. null = sigma's label grid chooses.
   */
  overview: Map<string, LabelPlace> | null;
}

/** At most this many forced labels around a hub. */
export const MAX_FORCED_LABELS = 40;

export interface LabelCandidate {
  key: string;
  /** Viewport position of the node centre and its radius on screen. */
  x: number;
  y: number;
  radius: number;
  /** The text drawn. */
  label: string;
  /**
   * Its width on screen (px), measured in the font sigma draws it in; without it, `charWidth` a character (which
   * underestimated capitals: "AnomalyNCD" is 79 px in 12 px system-ui, not 66, and ran into RsCIN's label).
   */
  width?: number;
  /** Placed first whatever its size (hovered and selected nodes). */
  anchor?: boolean;
}

/**
 * Choose labels that do not overlap: anchors first, then the biggest nodes; a label (drawn right of its node, `width`
 * px wide, or about `charWidth` px a character) is skipped when its box meets one already placed, or, with `area` (the
 * room the panels leave), when it does not fit inside it: a hub's neighbours' titles ran under the details panel,
 * "MSTREAM: Fast Anomaly Detecti", 6 of domain:security's 40 labels on 3,058 papers. At most `max` labels.
 */
export function pickLabels(cands: LabelCandidate[], max = MAX_FORCED_LABELS, charWidth = 6.6, height = 14, area?: Box): Set<string> {
  const order = [...cands].sort((a, b) => Number(Boolean(b.anchor)) - Number(Boolean(a.anchor)) || b.radius - a.radius || a.key.localeCompare(b.key));
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const out = new Set<string>();
  for (const c of order) {
    if (out.size >= max && !c.anchor) break;
    const x0 = c.x + c.radius + 2;
    const box = { x0, y0: c.y - height / 2, x1: x0 + (c.width ?? c.label.length * charWidth), y1: c.y + height / 2 };
    if (!c.anchor && area && (box.x0 < area.x0 || box.x1 > area.x1 || box.y0 < area.y0 || box.y1 > area.y1)) continue;
    if (!c.anchor && placed.some((q) => box.x0 < q.x1 && q.x0 < box.x1 && box.y0 < q.y1 && q.y0 < box.y1)) continue;
    placed.push(box);
    out.add(c.key);
  }
  return out;
}
export interface OverviewCandidate {
  key: string;
  /** Viewport position of the node centre and its radius on screen. */
  x: number;
  y: number;
  radius: number;
  /** The text drawn. */
  label: string;
  /** A paper: its label (a title's first words) is placed after the entities'. */
  paper: boolean;
}

type Box = { x0: number; y0: number; x1: number; y1: number };

/** Where a node's label is drawn: right of it (sigma's place), left of it, or centred below or above it. */
export type LabelPlace = 'right' | 'left' | 'below' | 'above';
const PLACES: readonly LabelPlace[] = ['right', 'left', 'below', 'above'];

/**
 * The box (viewport px) of a label `width` px wide drawn at `place` beside a node at (x, y) of radius `radius`, for
 * a `labelSize` px font; drawNodeLabel draws it there (sigma's own, right of the node: at x + radius + 3, baseline
 * y + labelSize / 3).
 */
export function labelBox(place: LabelPlace, x: number, y: number, radius: number, width: number, labelSize = 12): Box {
  const h = labelSize + 2;
  if (place === 'right') return { x0: x + radius + 3, y0: y - h / 2, x1: x + radius + 3 + width, y1: y + h / 2 };
  if (place === 'left') return { x0: x - radius - 3 - width, y0: y - h / 2, x1: x - radius - 3, y1: y + h / 2 };
  if (place === 'below') return { x0: x - width / 2, y0: y + radius + 2, x1: x + width / 2, y1: y + radius + 2 + h };
  return { x0: x - width / 2, y0: y - radius - 2 - h, x1: x + width / 2, y1: y - radius - 2 };
}

/**
 * Sigma's label drawer (its drawDiscNodeLabel), at the place the overview's picking chose (`labelAt` in the node's
 * display data; right of the node, as sigma draws it, without one).
 */
export function drawNodeLabel(
  context: CanvasRenderingContext2D,
  data: { x: number; y: number; size: number; label: string | null; labelAt?: LabelPlace; labelOnDark?: boolean },
  settings: { labelSize: number; labelFont: string; labelWeight: string; labelColor: { attribute?: string; color?: string } },
): void {
  if (!data.label) return;
  const { labelSize: size, labelFont: font, labelWeight: weight } = settings;
  const c = settings.labelColor;
  context.fillStyle = (c.attribute ? (data as unknown as Record<string, string>)[c.attribute] || c.color : c.color) || '#000';
  context.font = `${weight} ${size}px ${font}`;
  const place = data.labelAt ?? 'right';
  const [x, y] = place === 'right' ? [data.x + data.size + 3, data.y + size / 3] : (() => {
    const b = labelBox(place, data.x, data.y, data.size, context.measureText(data.label).width, size);
    return [b.x0, (b.y0 + b.y1) / 2 + size / 3];
  })();
  if (data.labelOnDark) {
    // (the density view's heat map: white text in a dark halo reads on its dark blue floor and on its yellow alike)
    context.save();
    context.lineJoin = 'round';
    context.lineWidth = Math.max(2, size / 4);
    context.strokeStyle = DARK_HALO;
    context.strokeText(data.label, x, y);
    context.fillStyle = '#fff';
    context.fillText(data.label, x, y);
    context.restore();
    return;
  }
  context.fillText(data.label, x, y);
}

/** The halo around a label over the density view's heat map. */
export const DARK_HALO = 'rgba(14, 20, 56, 0.9)';

/**
 * The labels of the whole graph's view (nothing hovered or selected), as VOSviewer and Gephi name the biggest nodes:
 * entities (methods, datasets, …) largest first, then papers largest first. Each label (`width(label)` px wide) goes
 * right of its node, left, below or above it, wherever its box, `gap` px around it, meets no label placed and
 * no `blocked` box (the zoom buttons; past the `lead` first labels placed, and for every paper, `paperBlocked`
 * too: the cluster labels), whole inside `area` (the room the topbar, the sidebar and the details panel
 * leave); with no such place it has none. Of the places free, it takes the one over the least of the other nodes'
 * `discs` (drawn, labelled or not: the radii squared of those it crosses, a small disc weighing less than a big one;
 * the first of right, left, below, above among equals): the first free place ran a label over the discs of nodes left
 * unlabelled, 17 of the 18 labels at 1280 × 800 over a disc of 5 px or more. Labels may still cross other nodes' discs,
 * as sigma's do: in the bundled graph's packed clump of methods, keeping them off the labelled nodes' discs left 6 of
 * its 10 named, not 7, and the black text reads over the discs. Nodes drawn smaller than `minRadius` (sigma's
 * labelRenderedSizeThreshold) get none. Papers yield: a title's first words run some 200 px, over the labels of three
 * or four methods in the bundled graph's dense middle, while hovering names them. At most `max` labels.
 */
export function pickOverviewLabels(
  cands: OverviewCandidate[],
  opts: { area: Box; blocked?: Box[]; paperBlocked?: Box[]; lead?: number; width: (label: string) => number; minRadius: number; max: number; labelSize?: number; gap?: number; discs?: Disc[] },
): Map<string, LabelPlace> {
  const { area, blocked = [], paperBlocked = [], lead = Infinity, width, minRadius, max, labelSize = 12, gap = 2, discs = [] } = opts;
  const under = discsUnder(discs);
  const order = cands
    .filter((c) => c.radius >= minRadius && c.label && c.x >= area.x0 && c.x <= area.x1 && c.y >= area.y0 && c.y <= area.y1)
    .sort((a, b) => Number(a.paper) - Number(b.paper) || b.radius - a.radius || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // (placed boxes in a grid of 64 px cells: a 1,000-paper graph has some 2,000 nodes to try against them)
  const CELL = 64;
  const grid = new Map<number, Box[]>();
  const cells = (b: Box, fn: (k: number) => boolean | void): boolean => {
    for (let i = Math.floor(b.x0 / CELL); i <= Math.floor(b.x1 / CELL); i++) {
      for (let j = Math.floor(b.y0 / CELL); j <= Math.floor(b.y1 / CELL); j++) if (fn(i * 100003 + j)) return true;
    }
    return false;
  };
  const meets = (b: Box) => cells(b, (k) => grid.get(k)?.some((q) => b.x0 < q.x1 && q.x0 < b.x1 && b.y0 < q.y1 && q.y0 < b.y1));
  const place = (b: Box) => cells(b, (k) => {
    const l = grid.get(k);
    if (l) l.push(b);
    else grid.set(k, [b]);
  });
  blocked.forEach(place);
  const out = new Map<string, LabelPlace>();
  let papers = false;
  for (const c of order) {
    if (out.size >= max) break;
    if (!papers && (c.paper || out.size >= lead)) {
      papers = true;
      paperBlocked.forEach(place);
    }
    const w = width(c.label);
    // (of the free places, the one over the least of the other nodes' discs, the first in PLACES' order among equals)
    let best: { at: LabelPlace; box: Box; n: number } | null = null;
    for (const at of PLACES) {
      const b = labelBox(at, c.x, c.y, c.radius, w, labelSize);
      if (b.x0 < area.x0 || b.y0 < area.y0 || b.x1 > area.x1 || b.y1 > area.y1) continue;
      const box = { x0: b.x0 - gap, y0: b.y0 - gap / 2, x1: b.x1 + gap, y1: b.y1 + gap / 2 };
      if (meets(box)) continue;
      const n = under(c.key, b);
      if (!best || n < best.n) best = { at, box, n };
      if (n === 0) break;
    }
    if (best) {
      place(best.box);
      out.set(c.key, best.at);
    }
  }
  return out;
}

/** A node drawn (viewport px): a label's box may cover it. */
export interface Disc {
  key: string;
  x: number;
  y: number;
  radius: number;
}

/** How much of `discs`, other than `key`'s own, a box covers: the radii squared of those it covers part of (discs in a grid of 64 px cells). */
export function discsUnder(discs: readonly Disc[]): (key: string, b: Box) => number {
  const CELL = 64;
  const grid = new Map<number, Disc[]>();
  for (const d of discs) {
    for (let i = Math.floor((d.x - d.radius) / CELL); i <= Math.floor((d.x + d.radius) / CELL); i++) {
      for (let j = Math.floor((d.y - d.radius) / CELL); j <= Math.floor((d.y + d.radius) / CELL); j++) {
        const k = i * 100003 + j;
        const l = grid.get(k);
        if (l) l.push(d);
        else grid.set(k, [d]);
      }
    }
  }
  return (key, b) => {
    const seen = new Set<Disc>();
    for (let i = Math.floor(b.x0 / CELL); i <= Math.floor(b.x1 / CELL); i++) {
      for (let j = Math.floor(b.y0 / CELL); j <= Math.floor(b.y1 / CELL); j++) {
        for (const d of grid.get(i * 100003 + j) ?? []) {
          if (d.key === key || seen.has(d)) continue;
          const nx = Math.max(b.x0, Math.min(d.x, b.x1));
          const ny = Math.max(b.y0, Math.min(d.y, b.y1));
          if (Math.hypot(nx - d.x, ny - d.y) < d.radius) seen.add(d);
        }
      }
    }
    let n = 0;
    for (const d of seen) n += d.radius * d.radius;
    return n;
  };
}

/** Largest node radius on screen (px at zoom 1). */
export const MAX_NODE_SIZE = 20;

/**
 * Sizes from the build grow with the square root of the degree, so on big graphs a hub covers the screen.
 * When the largest size exceeds MAX_NODE_SIZE, sizes are compressed (square root again) into
 * [smallest, MAX_NODE_SIZE], keeping their order; otherwise they are drawn as built.
 */
export function sizeScale(graph: KnowledgeGraph, sizes: Map<string, number> | null = null): (size: number) => number {
  let lo = Infinity;
  let hi = -Infinity;
  graph.forEachNode((key, a) => {
    const s = sizes?.get(key) ?? a.size;
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  });
  if (!(hi > MAX_NODE_SIZE) || !(hi > lo)) return (s) => s;
  const span = MAX_NODE_SIZE - lo;
  return (s) => lo + span * Math.sqrt(Math.max(0, s - lo) / (hi - lo));
}

/** Each node's size for a "size by" mode: in src/analysis/size-by.ts, which the exports (the CLI's too) share. */
export { sizeMap } from '../src/analysis/size-by.ts';

/** The window's shorter side (px) node sizes are drawn for as built: 800, a 1280 × 800 window's. */
export const SIZE_REFERENCE_SIDE = 800;
/** The least share of their size nodes keep in a small window. */
export const MIN_SIZE_FACTOR = 0.5;

/**
 * Node sizes are screen pixels (itemSizesReference 'screen'), while the whole graph is framed in the window: in a
 * small window the graph shrinks and its nodes did not. The layout keeps nodes apart at the reference size (the graph
 * spans some 640 px at 1280 × 800); on a 390 × 844 phone it spans 290 px, and 96 of the bundled graph's 232 nodes
 * were under another node. Sizes follow the window's shorter side, down to MIN_SIZE_FACTOR; labels' size threshold
 * with them.
 */
export function windowSizeFactor(width: number, height: number): number {
  const side = Math.min(width, height);
  if (!(side > 0)) return 1;
  return Math.min(1, Math.max(MIN_SIZE_FACTOR, side / SIZE_REFERENCE_SIDE));
}

/** A size scale (sizeScale's) times the window's factor (windowSizeFactor's). */
export function scaledSizes(scale: (size: number) => number, factor: number): (size: number) => number {
  return factor === 1 ? scale : (s) => scale(s) * factor;
}

/** How far (px) beyond a node's circle a finger's tap still reaches it. */
export const TOUCH_REACH = 16;

/**
 * The node a tap at `at` meant: the one whose circle is nearest (distance to the centre less the radius), if no farther
 * than `reach`. Sigma picks only the pixels a node covers: on a phone, where nodes are a few pixels wide, a finger
 * landed beside them, on the stage (clearing the selection) or on an edge.
 */
export function nodeWithinReach(cands: { key: string; x: number; y: number; radius: number }[], at: { x: number; y: number }, reach = TOUCH_REACH): string | null {
  let best: string | null = null;
  let bestGap = Infinity;
  for (const c of cands) {
    const gap = Math.max(0, Math.hypot(c.x - at.x, c.y - at.y) - c.radius);
    if (gap <= reach && gap < bestGap) {
      best = c.key;
      bestGap = gap;
    }
  }
  return best;
}

export const FADED_NODE = 'rgb(226,228,233)';
export const FADED_EDGE = 'rgb(236,237,240)';
export const EDGE_COLOR = 'rgb(200,203,210)';
export const FOCUS_EDGE = 'rgb(90,96,110)';
export const SELECTED_EDGE = 'rgb(220,40,60)';
/**
 * Links over the item density's heat map (white at 12%), and a hovered or selected node's there. Premultiplied: sigma's
 * WebGL canvas is composited as premultiplied alpha, so 'rgba(255,255,255,0.12)' drew pure white over the heat map.
 */
export const DENSITY_EDGE = 'rgba(31,31,31,0.12)';
export const DENSITY_FOCUS_EDGE = 'rgb(235,238,245)';
/** A faded node over the item density's heat map: white at 35%, premultiplied as DENSITY_EDGE. */
export const DENSITY_FADED_NODE = 'rgba(89,89,89,0.35)';
/** How opaque the item density view draws a node out of focus, so the heat map shows through a packed graph. */
export const DENSITY_NODE_ALPHA = 0.6;
/** `make` of a colour's channels, memoised per colour in `memo`; a colour of another notation as it is. */
function recolour(memo: Map<string, string>, color: string, make: (r: number, g: number, b: number) => string): string {
  let c = memo.get(color);
  if (c === undefined) {
    const rgb = parseRgb(color);
    c = rgb ? make(...rgb) : color;
    memo.set(color, c);
  }
  return c;
}
const seeThrough = new Map<string, string>();
/** An 'rgb(r,g,b)' (or '#rrggbb') node colour at DENSITY_NODE_ALPHA, premultiplied as DENSITY_EDGE; another notation as it is. */
export function densityNodeColor(color: string): string {
  const a = DENSITY_NODE_ALPHA;
  return recolour(seeThrough, color, (r, g, b) => `rgba(${Math.round(r * a)},${Math.round(g * a)},${Math.round(b * a)},${a})`);
}

/**
 * The nodes to bring forward: the hovered node and its neighbours when hovering (one neighbour walk per
 * hover), else the selected nodes and theirs, else a selected edge's two ends. Under a confidence filter, a neighbour
 * only a link below it reaches is not brought forward: the edge reducer hides that link, and a paper's entities fine-tuning
 * and few-shot were labelled and coloured as its neighbours while its panel said the filter hid them.
 */
export function computeFocus(graph: KnowledgeGraph, state: ViewState): { focus: Set<string> | null; anchors: Set<string> } {
  const anchors = new Set<string>();
  if (state.hovered && graph.hasNode(state.hovered)) anchors.add(state.hovered);
  const sel = state.selected.filter((k) => graph.hasNode(k));
  for (const k of sel) anchors.add(k);
  const centres = state.hovered && graph.hasNode(state.hovered) ? [state.hovered] : sel;
  if (centres.length) {
    const focus = new Set<string>(centres);
    const min = state.filters.minConfidence;
    for (const c of centres) {
      if (min === null) graph.forEachNeighbor(c, (n) => focus.add(n));
      else graph.forEachEdge(c, (_e, attr, src, tgt) => {
        if (confidentEdge(attr, min)) focus.add(src === c ? tgt : src);
      });
    }
    return { focus, anchors };
  }
  if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) {
    const ends = graph.extremities(state.selectedEdge);
    return { focus: new Set(ends), anchors: new Set(ends) };
  }
  return { focus: null, anchors };
}

/**
 * The clusters whose labels stay while the others' step back (the map's and the timeline's rows'), as the nodes in colour
 * stay while the rest fade: those holding a node of `members` (a chosen cluster: itself; a chosen author: the clusters of
 * their papers). null: nothing highlighted, no label faded.
 */
export function litClusters(graph: KnowledgeGraph, members: ReadonlySet<string> | null): Set<number> | null {
  if (!members) return null;
  const lit = new Set<number>();
  for (const k of members) if (graph.hasNode(k)) lit.add(graph.getNodeAttribute(k, 'community'));
  return lit;
}

/** The nodes of cluster `id` (their `community`), or null for no cluster. */
export function clusterMembers(graph: KnowledgeGraph, id: number | null): Set<string> | null {
  if (id === null) return null;
  return new Set(graph.filterNodes((_, a) => a.community === id));
}

/** Titles can be long: the canvas shows the first words, the panel the whole title. */
export function shortLabel(label: string, max = 42): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut) + '…';
}

export function labelMap(graph: KnowledgeGraph): Map<string, string> {
  const m = new Map<string, string>();
  graph.forEachNode((key, a) => {
    const s = shortLabel(a.label ?? key, a.kind === 'paper' ? 32 : 42);
    if (s !== a.label) m.set(key, s);
  });
  return m;
}

/**
 * A sequential ramp for years: viridis (old = dark violet, through blue and green, recent = yellow), perceptually even
 * and saturated all along, so no year looks like the undated grey (a straight blue-to-orange blend went through grey).
 */
const YEAR_STOPS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

export function yearColor(year: number | undefined, lo: number, hi: number): string {
  if (year === undefined) return 'rgb(170,170,170)';
  const t = hi > lo ? Math.min(1, Math.max(0, (year - lo) / (hi - lo))) : 1;
  const x = t * (YEAR_STOPS.length - 1);
  const i = Math.min(YEAR_STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const c = YEAR_STOPS[i].map((v, k) => Math.round(v + (YEAR_STOPS[i + 1][k] - v) * f));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/**
 * What colouring by `by` draws: each node's colour (null for kind: the nodes' own, from the build) and, by year or mean
 * year, the years the colours span (the colour key's ends; null otherwise, or with nothing dated). The mean years are
 * computed once for both (meanYears walks every entity's papers: on the 10k-paper bench graph the colour map, the span
 * it used and the key's own span computed them three times a change).
 */
export function colorScheme(graph: KnowledgeGraph, by: ColorBy): { colors: Map<string, string> | null; span: [number, number] | null } {
  if (by === 'kind') return { colors: null, span: null };
  const m = new Map<string, string>();
  if (by === 'cluster') {
    const clusters = graph.getAttribute('clusters') ?? [];
    const byId = new Map(clusters.map((c) => [c.id, c.color]));
    graph.forEachNode((key, a) => m.set(key, byId.get(a.community) ?? clusterColor(a.community)));
    return { colors: m, span: null };
  }
  const years = by === 'meanYear' ? meanYears(graph) : null;
  const span = yearSpan(graph, by, years ?? undefined);
  const [lo, hi] = span ?? [Infinity, -Infinity];
  graph.forEachNode((key, a) => m.set(key, yearColor(years ? years.get(key) : yearOf(a), lo, hi)));
  return { colors: m, span };
}

/** Colours when colouring by cluster, year or mean year (kind colours are the nodes' own, from the build). */
export function colorMap(graph: KnowledgeGraph, by: ColorBy): Map<string, string> | null {
  return colorScheme(graph, by).colors;
}

/** The year a node is coloured by: a paper's year, an entity's first year. */
const yearOf = (a: KGNode): number | undefined => (a.kind === 'paper' ? a.year : a.firstYear);

/**
 * VOSviewer's overlay: each node's mean publication year, a paper's its own year, an entity's the mean of the years of
 * the dated papers linked to it (the whole graph's, whatever the filters keep, as the first year is). Nodes with no
 * dated paper are left out (drawn grey, as undated).
 */
export function meanYears(graph: KnowledgeGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((key, a) => {
    if (a.kind === 'paper') {
      if (a.year !== undefined) out.set(key, a.year);
      return;
    }
    const y = entityMeanYear(graph, key);
    if (y !== undefined) out.set(key, y);
  });
  return out;
}

/** An entity's mean year: the mean of the years of the dated papers linked to it; undefined with none. */
export function entityMeanYear(graph: KnowledgeGraph, key: string): number | undefined {
  let sum = 0;
  let n = 0;
  graph.forEachNeighbor(key, (_p, b) => {
    if (b.kind === 'paper' && b.year !== undefined) {
      sum += b.year;
      n++;
    }
  });
  return n ? sum / n : undefined;
}

/** A mean year as the colour key and the details panel show it: whole, or to one decimal ("2023.6"). */
export function formatMeanYear(y: number): string {
  const r = Math.round(y * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/**
 * The years colouring by year (or by mean year) spans, oldest and most recent (the colour key's ends: for the mean
 * years, the lowest and highest mean, a paper's own year included, so the colours spread over the range the means
 * occupy, as VOSviewer's overlay does); null when nothing is dated. `means`: meanYears(graph), where already computed.
 */
export function yearSpan(graph: KnowledgeGraph, by: ColorBy = 'year', means?: ReadonlyMap<string, number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  const add = (y: number | undefined) => {
    if (y !== undefined) {
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
  };
  if (by === 'meanYear') (means ?? meanYears(graph)).forEach(add);
  else graph.forEachNode((_, a) => add(yearOf(a)));
  return lo <= hi ? [lo, hi] : null;
}

/** The label drawn for a node: its short label, the selected node's whole name (or title, up to 90 characters). */
export function drawnLabel(view: Pick<ViewModel, 'labels' | 'state'>, key: string, data: KGNode): string {
  if (key === primary(view.state)) return data.label.length > 90 ? shortLabel(data.label, 90) : data.label;
  return view.labels.get(key) ?? data.label;
}

/** A node's size on screen (before the camera's scaling): its size by the chosen mode (or as built), scaled. */
export function drawnSize(view: Pick<ViewModel, 'sizes' | 'size'>, key: string, data: KGNode): number {
  return view.size(view.sizes?.get(key) ?? data.size);
}

export function nodeReducer(view: ViewModel, key: string, data: KGNode): Partial<NodeDisplayData> {
  const { visible, focus, anchors, colors, labels, state } = view;
  const res: Partial<NodeDisplayData> = {
    x: data.x,
    y: data.y,
    size: drawnSize(view, key, data),
    label: labels.get(key) ?? data.label,
    color: colors?.get(key) ?? kindColor(data.kind) ?? data.color,
    zIndex: 1,
  };
  // (over the item density's dark heat map, labels are drawn light in a dark halo: drawNodeLabel; faded nodes let it show)
  const onDark = state.layout === 'density' && state.colorBy !== 'cluster';
  if (onDark) (res as { labelOnDark?: boolean }).labelOnDark = true;
  const faded = onDark ? DENSITY_FADED_NODE : FADED_NODE;
  // (VOSviewer's density view draws labels only: here nodes stay, see-through, and a hovered or selected one and its
  // neighbours solid)
  if (onDark && !anchors.has(key) && !focus?.has(key)) res.color = densityNodeColor(res.color!);
  if (visible && !visible.has(key) && !anchors.has(key)) {
    res.hidden = true;
    return res;
  }
  if (!focus && view.overview) {
    // (the others' labels are not drawn: sigma's grid put them over one another, "AnomalyNCD: Towards Novel…" over "MVTec AD")
    const at = view.overview.get(key);
    if (at) {
      res.forceLabel = true;
      if (at !== 'right') (res as { labelAt?: LabelPlace }).labelAt = at;
    } else res.label = null;
  }
  if (!focus && view.members && !view.members.has(key)) {
    // (faded whatever the graph's size: a cluster's click refreshes everything once, unlike a hover)
    res.color = faded;
    res.label = null;
    res.zIndex = 0;
  }
  if (focus) {
    if (focus.has(key)) {
      // (the others' labels are not drawn: sigma's label grid, which knows nothing of the ones picked, drew some over them)
      if (!view.forced || view.forced.has(key)) res.forceLabel = true;
      else res.label = null;
      res.zIndex = 2;
    } else if (view.fade) {
      res.color = faded;
      res.label = null;
      res.zIndex = 0;
    }
  }
  if (anchors.has(key)) {
    res.zIndex = 3;
    res.forceLabel = true;
    if (state.selected.includes(key)) res.highlighted = true;
    if (key === primary(state)) res.label = drawnLabel(view, key, data);
  }
  return res;
}

/** How opaque the timeline view draws links (a hovered or selected node's links are drawn as on the map). */
export const TIMELINE_EDGE_ALPHA = 0.4;
const faint = new Map<string, string>();
/** An 'rgb(r,g,b)' (or '#rrggbb') link colour at TIMELINE_EDGE_ALPHA; another notation as it is. */
export function timelineEdgeColor(color: string): string {
  return recolour(faint, color, (r, g, b) => `rgba(${r},${g},${b},${TIMELINE_EDGE_ALPHA})`);
}

export function edgeReducer(
  view: ViewModel,
  graph: KnowledgeGraph,
  edge: string,
  data: RelationEdge,
): Partial<EdgeDisplayData> {
  const { visible, focus, anchors, state } = view;
  const res: Partial<EdgeDisplayData> = { size: data.size ?? 1, color: data.color ?? EDGE_COLOR, zIndex: 0 };
  // (on the timeline a link runs across rows and years, over other rows' nodes: drawn faint, its colour kept; at full strength
  // the bundled graph's 538 links hid the rows)
  if (state.layout === 'timeline') res.color = timelineEdgeColor(res.color!);
  // (in the density view links are faint, the heat map is the picture: VOSviewer's draws none; light over the item
  // density's dark floor)
  else if (state.layout === 'density') res.color = state.colorBy === 'cluster' ? timelineEdgeColor(res.color!) : DENSITY_EDGE;
  // Fast path (nothing filtered, focused or selected): no lookups at all.
  if (!visible && !focus && !view.members && state.selectedEdge === null && state.hoveredEdge === null) return res;
  const s = graph.source(edge);
  const t = graph.target(edge);
  if (visible && (!visible.has(s) || !visible.has(t))) {
    res.hidden = true;
    return res;
  }
  if (state.filters.minConfidence !== null && (data.confidence ?? 1) < state.filters.minConfidence) {
    res.hidden = true;
    return res;
  }
  if (edge === state.selectedEdge || edge === state.hoveredEdge) {
    res.color = SELECTED_EDGE;
    res.size = Math.max(2, (data.size ?? 1) * 2);
    res.zIndex = 2;
    return res;
  }
  if (!focus && view.members && (!view.members.has(s) || !view.members.has(t))) {
    // (a selected cluster's own links only, as a focus keeps its own)
    res.hidden = true;
    return res;
  }
  if (focus) {
    // Only the edges touching a hovered/selected node stay: the rest would be a grey web under the focus.
    if (anchors.has(s) || anchors.has(t)) {
      res.color = state.layout === 'density' && state.colorBy !== 'cluster' ? DENSITY_FOCUS_EDGE : FOCUS_EDGE;
      res.zIndex = 1;
    } else if (view.fade) {
      res.hidden = true;
    }
  }
  return res;
}
