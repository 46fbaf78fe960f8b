/**
 * The viewer's state: one small object, changed only by the pure transition functions below
 * (sigma's "use reducers" example; Gephi Lite's click rules). Nothing here touches the DOM or sigma,
 * so every rule is unit-tested in test/web/state.test.ts.
 */
import type { NodeKind, SizeBy } from '../src/model.ts';
import type { AxisSort } from '../src/analysis/matrix.ts';
import { DEFAULT_BURST_GAMMA } from '../src/analysis/bursts.ts';
import { DEFAULT_COMPARE, type CompareView } from './compare-state.ts';
import { DEFAULT_TABLE, type TableView } from './table-state.ts';

export type ColorBy = 'kind' | 'cluster' | 'year' | 'meanYear';
export const COLOR_BY: readonly ColorBy[] = ['kind', 'cluster', 'year', 'meanYear'];

/**
 * Where and how nodes are drawn: the map (the graph's own layout, graph.json's x/y), CiteSpace's timeline (each cluster
 * a row, each node at its year: src/analysis/timeline-layout.ts) or VOSviewer's density visualization (the map, over a
 * heat map of the nodes shown: src/analysis/density.ts). The timeline never changes the graph's x/y.
 */
export type ViewLayout = 'map' | 'timeline' | 'density';
export const VIEW_LAYOUTS: readonly ViewLayout[] = ['map', 'timeline', 'density'];

/** What a node's size shows: declared with the graph's types, since the exports (the CLI's too) draw it. */
export { SIZE_BY, type SizeBy } from '../src/model.ts';

export interface Filters {
  /** Kinds switched off in the legend, sorted. */
  hiddenKinds: NodeKind[];
  /** Keep only papers in this domain (vocabulary id, e.g. 'video') and the entities they link to. */
  domain: string | null;
  /** Keep only papers with this setting (e.g. 'zero-shot') and the entities they link to. */
  setting: string | null;
  /** Inclusive year range for papers; null = open. */
  yearMin: number | null;
  yearMax: number | null;
  /**
   * Hide the links whose (calibrated) confidence is below this, and the entities only such links reach; null = all.
   * A paper's links carry its extracted entities' confidences (README, Confidence).
   */
  minConfidence: number | null;
}

/** The method × dataset matrix as the researcher left it: in the URL, so a link reopens it sorted and showing the same figures. */
export interface MatrixView {
  open: boolean;
  /** Row and column orders (the row and column selects). */
  rows: AxisSort;
  columns: AxisSort;
  /** A dataset key whose head sorts the methods (a click on it), or null. */
  byColumn: string | null;
  /** "Marks show": a metric's best reported figure, or null for the number of papers. */
  metric: string | null;
  /** Also mark the datasets a method's paper introduces. */
  introduced: boolean;
}

export const DEFAULT_MATRIX: MatrixView = { open: false, rows: 'count', columns: 'count', byColumn: null, metric: null, introduced: false };

/**
 * The metric the "Progress over time" chart of a dataset's panel shows (web/features/progress-chart.ts), where the
 * researcher chose another than its default (the metric with the most dated figures). It belongs to the dataset whose
 * panel it was chosen in: another selection drops it (dropStaleProgress), and the URL writes it (&pmetric=) only while
 * that dataset's panel is shown.
 */
export interface ProgressView {
  dataset: string;
  metric: string;
}

export interface ViewState {
  /** Selected node keys; the last one is the one the details panel shows. */
  selected: string[];
  /** A selected edge (its details shown when no node is selected). */
  selectedEdge: string | null;
  hovered: string | null;
  hoveredEdge: string | null;
  filters: Filters;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  matrix: MatrixView;
  /** The paper comparison (web/compare-state.ts). */
  compare: CompareView;
  /** The data table (web/table-state.ts). */
  table: TableView;
  /** The Gaps list's target: a dataset or setting key, or null. */
  gaps: string | null;
  /** The selected cluster (its id in the graph's `clusters`), whose nodes stay in colour while the rest fade; or null. */
  cluster: number | null;
  /**
   * The selected author (the data table's Authors tab; its name as shown, web/authors.ts), whose papers stay in colour
   * while the rest fade, as a selected cluster's nodes do (the two never both: choosing one clears the other); or null.
   */
  author: string | null;
  /** The bursts' γ, the cost of entering a burst (Time's select): one of BURST_GAMMAS. */
  burstGamma: number;
  /** Map, timeline or density ("view:" buttons). */
  layout: ViewLayout;
  /** The density view's kernel width, a multiple of its default (VOSviewer's "kernel width"): one of DENSITY_KERNELS. */
  densityKernel: number;
  /** The progress chart's metric, where not its default (null: the default). */
  progress: ProgressView | null;
}

/** The γ the build detects bursts with (assignBursts' default), stored as each entity's `burst`. */
export const BUILD_GAMMA = DEFAULT_BURST_GAMMA;
/** The γ the viewer offers (lower finds weaker bursts): CiteSpace's range, 0 to 1, as `stats --gamma` takes it. */
export const BURST_GAMMAS: readonly number[] = [0.25, 0.5, 1];
/**
 * The density view's kernel widths, as multiples of the default (src/analysis/density.ts, KERNEL_SHARE of the mean
 * distance between nodes): narrower shows clumps a big, evenly laid-out graph blurs into one warm disc; wider, regions.
 */
export const DENSITY_KERNELS: readonly number[] = [0.25, 0.5, 1, 2];

export const EMPTY_FILTERS: Filters = { hiddenKinds: [], domain: null, setting: null, yearMin: null, yearMax: null, minConfidence: null };

export function initialState(): ViewState {
  return { selected: [], selectedEdge: null, hovered: null, hoveredEdge: null, filters: { ...EMPTY_FILTERS, hiddenKinds: [] }, colorBy: 'kind', sizeBy: 'links', matrix: DEFAULT_MATRIX, gaps: null, cluster: null, author: null, burstGamma: BUILD_GAMMA, layout: 'map', compare: DEFAULT_COMPARE, table: DEFAULT_TABLE, densityKernel: 1, progress: null };
}

/** The node the details panel shows: the last selected one. */
export function primary(state: ViewState): string | null {
  return state.selected.length ? state.selected[state.selected.length - 1] : null;
}

export interface ClickModifiers {
  /** Ctrl (or Cmd) held: toggle the node in a multiple selection. */
  toggle?: boolean;
}

/**
 * Click on a node (Gephi Lite's rules): with Ctrl/Cmd the node is added to or removed from the selection;
 * without, clicking the sole selected node clears the selection, clicking any other node selects it alone.
 */
export function clickNode(state: ViewState, key: string, mods: ClickModifiers = {}): ViewState {
  let selected: string[];
  if (mods.toggle) {
    selected = state.selected.includes(key) ? state.selected.filter((k) => k !== key) : [...state.selected, key];
  } else if (state.selected.length === 1 && state.selected[0] === key) {
    selected = [];
  } else {
    selected = [key];
  }
  return { ...state, selected, selectedEdge: null };
}

/**
 * Click on the empty stage (a drag is not a click; sigma does not emit it), Esc, or the details panel's ×: one step
 * back. A selected node or edge is cleared first, and the cluster (or author) it was chosen in shows again; with none,
 * the selected cluster or author is cleared.
 */
export function clickStage(state: ViewState): ViewState {
  if (state.selected.length || state.selectedEdge) return { ...state, selected: [], selectedEdge: null };
  if (state.cluster !== null) return { ...state, cluster: null };
  if (state.author !== null) return { ...state, author: null };
  return state;
}

/**
 * A click on a cluster in the sidebar. It selects the cluster, and clears a selected node or edge: their neighbourhood
 * would take the place of the cluster's highlight and the details panel would go on showing the node, not the
 * cluster. A second click on the selected cluster clears it. A node clicked afterwards is selected as any other
 * (its neighbourhood brought forward), the cluster kept for when it is cleared (clickStage).
 */
export function selectCluster(state: ViewState, id: number): ViewState {
  if (state.cluster === id && !state.selected.length && !state.selectedEdge) return { ...state, cluster: null };
  return { ...state, cluster: id, author: null, selected: [], selectedEdge: null };
}

/**
 * Choose an author (a row of the data table's Authors tab): their papers stay in colour and the rest fade, as a
 * selected cluster's nodes do, and their panel opens; a selected node, edge or cluster is cleared. A node chosen
 * afterwards is selected as any other, the author kept for when Esc clears it. null clears the author.
 */
export function selectAuthor(state: ViewState, author: string | null): ViewState {
  if (author === null) return state.author === null ? state : { ...state, author: null };
  if (state.author === author && state.cluster === null && !state.selected.length && !state.selectedEdge) return state;
  return { ...state, author, cluster: null, selected: [], selectedEdge: null };
}

export function clickEdge(state: ViewState, edge: string): ViewState {
  return { ...state, selected: [], selectedEdge: edge };
}

/** Select one node (search pick, a link in the panel, the console's select()), or clear with null. */
export function selectNode(state: ViewState, key: string | null): ViewState {
  // (null clears a selected node or edge, never the selected cluster: not a step back, as clickStage is)
  if (key === null) return state.selected.length || state.selectedEdge ? { ...state, selected: [], selectedEdge: null } : state;
  if (state.selected.length === 1 && state.selected[0] === key && !state.selectedEdge) return state;
  return { ...state, selected: [key], selectedEdge: null };
}

export function hoverNode(state: ViewState, key: string | null): ViewState {
  return state.hovered === key ? state : { ...state, hovered: key };
}

export function hoverEdge(state: ViewState, edge: string | null): ViewState {
  return state.hoveredEdge === edge ? state : { ...state, hoveredEdge: edge };
}

/** Show or hide one kind (a click on its legend entry). */
export function toggleKind(state: ViewState, kind: NodeKind): ViewState {
  const hidden = new Set(state.filters.hiddenKinds);
  if (hidden.has(kind)) hidden.delete(kind);
  else hidden.add(kind);
  return setFilters(state, { hiddenKinds: [...hidden].sort() });
}

/**
 * Change filters. A selected node stays selected even when filtered out (the panel still shows it), but a
 * hovered one is dropped. Years: see yearRange.
 */
export function setFilters(state: ViewState, patch: Partial<Filters>): ViewState {
  const filters: Filters = { ...state.filters, ...patch, ...yearRange(state.filters, patch) };
  // The same filters: the same state. A year box's change event on blur, after Enter had applied its value, redrew
  // everything (the graph, the URL, the details panel, whose "show them" lists folded up under the reader's click).
  const was = state.filters;
  const same = (Object.keys(filters) as (keyof Filters)[]).every((k) => (k === 'hiddenKinds'
    ? filters.hiddenKinds.length === was.hiddenKinds.length && filters.hiddenKinds.every((x, i) => x === was.hiddenKinds[i])
    : filters[k] === was[k]));
  return same ? state : { ...state, filters, hovered: null, hoveredEdge: null };
}

/**
 * The year bounds after a change, never an empty range:
 * - a bound changed on its own is kept as given, and the other bound, when it now lies on the wrong side of it,
 *   is opened (null). Typing from=2024 while to=2022 shows 2024 onwards; the time panel's "As of 2019" with
 *   from=2024 shows the field up to 2019 (a researcher moving "As of" asks for what was known then). Both used to
 *   be swapped: 2022–2024 for the first, which the user never asked for, and from=2019&to=2019 (0 nodes) for the
 *   second, the slider's thumb snapping back as each step of a drag swapped again;
 * - both bounds given together in reverse order (a link's from=2025&to=2016) are read as the range between them.
 */
export function yearRange(current: Pick<Filters, 'yearMin' | 'yearMax'>, patch: Partial<Filters>): Pick<Filters, 'yearMin' | 'yearMax'> {
  let yearMin = patch.yearMin !== undefined ? patch.yearMin : current.yearMin;
  let yearMax = patch.yearMax !== undefined ? patch.yearMax : current.yearMax;
  if (yearMin === null || yearMax === null || yearMin <= yearMax) return { yearMin, yearMax };
  const minSet = patch.yearMin !== undefined;
  const maxSet = patch.yearMax !== undefined;
  if (minSet && !maxSet) yearMax = null;
  else if (maxSet && !minSet) yearMin = null;
  else [yearMin, yearMax] = [yearMax, yearMin];
  return { yearMin, yearMax };
}

export function setColorBy(state: ViewState, colorBy: ColorBy): ViewState {
  return state.colorBy === colorBy ? state : { ...state, colorBy };
}

/** Draw the map, the timeline or the density; the selection, filters and colours stay. */
export function setLayout(state: ViewState, layout: ViewLayout): ViewState {
  return state.layout === layout ? state : { ...state, layout };
}

export function setSizeBy(state: ViewState, sizeBy: SizeBy): ViewState {
  return state.sizeBy === sizeBy ? state : { ...state, sizeBy };
}

/**
 * Change the matrix's view. Another row order (the select) ends a sort by a dataset's head, as a second click on
 * that head does. Unchanged: the same state (no history write, no listener).
 */
export function setMatrix(state: ViewState, patch: Partial<MatrixView>): ViewState {
  const next: MatrixView = { ...state.matrix, ...patch };
  if (patch.rows !== undefined && patch.byColumn === undefined) next.byColumn = null;
  const same = (Object.keys(next) as (keyof MatrixView)[]).every((k) => next[k] === state.matrix[k]);
  return same ? state : { ...state, matrix: next };
}

/**
 * Choose the progress chart's metric in a dataset's panel; null (or the chart's default) keeps no choice, so the URL says
 * nothing. Unchanged: the same state (no history write, no listener).
 */
export function setProgressMetric(state: ViewState, dataset: string, metric: string | null): ViewState {
  const next = metric === null ? null : { dataset, metric };
  const cur = state.progress;
  if (next === null ? cur === null : cur !== null && cur.dataset === next.dataset && cur.metric === next.metric) return state;
  return { ...state, progress: next };
}

/** The progress chart's metric goes with the panel it was chosen in: kept only while its dataset is the one shown. */
export function dropStaleProgress(state: ViewState): ViewState {
  return state.progress && state.progress.dataset !== primary(state) ? { ...state, progress: null } : state;
}

/** Drop selected keys that no longer exist (after a graph swap or a stale shared URL). */
export function pruneSelection(state: ViewState, exists: (key: string) => boolean, edgeExists: (key: string) => boolean): ViewState {
  const selected = state.selected.filter(exists);
  const selectedEdge = state.selectedEdge && edgeExists(state.selectedEdge) ? state.selectedEdge : null;
  const hovered = state.hovered && exists(state.hovered) ? state.hovered : null;
  if (selected.length === state.selected.length && selectedEdge === state.selectedEdge && hovered === state.hovered) return state;
  return { ...state, selected, selectedEdge, hovered, hoveredEdge: null };
}

export function filtersActive(f: Filters): boolean {
  return f.hiddenKinds.length > 0 || f.domain !== null || f.setting !== null || f.yearMin !== null || f.yearMax !== null || f.minConfidence !== null;
}
