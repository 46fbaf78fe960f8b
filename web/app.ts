/**
 * The viewer application: one sigma renderer, one state object, panels around them. main.ts loads the graph
 * and calls createApp; the next features (file picker, matrix, exports, year slider) plug in through the
 * AppContext it returns (registerToolbarItem, registerSidebarSection, onChange, setGraph).
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import { NODE_KINDS, type GraphAttributes, type KGNode, type KnowledgeGraph, type NodeKind, type RelationEdge } from '../src/model.ts';
import { kindColor } from '../src/analysis/appearance.ts';
import {
  clickEdge, clickNode, clickStage, dropStaleProgress, filtersActive, hoverEdge, hoverNode, initialState, primary,
  selectAuthor, selectCluster, selectNode, setColorBy, setFilters, setLayout, setSizeBy, toggleKind, COLOR_BY, DENSITY_KERNELS, EMPTY_FILTERS, SIZE_BY, VIEW_LAYOUTS, type ColorBy, type Filters, type SizeBy, type ViewLayout, type ViewState,
} from './state.ts';
import { clusterMembers, litClusters, colorScheme, computeFocus, drawnLabel, drawNodeLabel, drawnSize, labelBox, pickOverviewLabels, type Disc, type LabelPlace, type OverviewCandidate, edgeReducer, labelMap, nodeReducer, nodeWithinReach, pickLabels, scaledSizes, sizeMap, sizeScale, windowSizeFactor, formatMeanYear, yearColor, type ViewModel } from './reducers.ts';
import { clusterCentres, computeVisible, MIN_LABEL_SHARE, type ClusterCentre, confidenceChoices, filterOptions, kindCounts, visibleCount } from './filters.ts';
import { buildSearchIndex, namesAuthors, type SearchIndex } from './search.ts';
import { decodeView, edgeRef, encodeView, graphSizeBy, stateFromUrl, type UrlView } from './url-state.ts';
import { passing, renderAuthor, renderCluster, renderDetails, type PanelContext } from './panels/details.ts';
import { authorName, authorPapers } from './authors.ts';
import { h } from './panels/dom.ts';
import { PORTRAIT_ASPECT, TIMELINE_ASPECT, timelineGraph, timelineLayout, type TimelineLayout } from '../src/analysis/timeline-layout.ts';
import { createTimelineOverlay } from './timeline-overlay.ts';
import { ITEM_RAMP, sizeWeight, type DensityItem } from '../src/analysis/density.ts';
import { createDensityLayer, type DensityLayer } from './density-layer.ts';
import type { LeaderboardRow } from '../src/analysis/results.ts';

export type KGSigma = Sigma<KGNode, RelationEdge, GraphAttributes>;
export type HistoryMode = 'push' | 'replace' | 'none';

export interface AppContext {
  readonly graph: KnowledgeGraph;
  readonly renderer: KGSigma;
  readonly state: ViewState;
  /** Select a node (flying the camera to it) or clear the selection with null. */
  /**
   * Select a node (flying the camera to it) or clear the selection with null. With `reveal`, a node the legend or the
   * filters hide is shown first (its kind shown again, else the domain, setting, year and confidence filters cleared),
   * with a notice in the status line: the camera flew to where nothing was drawn.
   */
  select(key: string | null, opts?: { fly?: boolean; history?: HistoryMode; reveal?: boolean }): void;
  /** Why a node is not drawn ('kind': its kind is hidden in the legend; 'filter': the filters leave it out), or null. */
  hiddenReason(key: string): 'kind' | 'filter' | null;
  /**
   * Whether the lists keep a node, and the link that lists it when given: the domain, setting, year and confidence
   * filters (the legend's hidden kinds are the canvas's, not the lists'), as the details panel's lists follow them.
   */
  passes(key: string, edge?: string): boolean;
  /** Apply a new state (a pure transition's result). */
  setState(next: ViewState, history?: HistoryMode): void;
  /** Swap in another graph (e.g. built in the page from a dropped file), in a new history entry: Back shows the previous graph again. */
  setGraph(graph: KnowledgeGraph, opts?: { name?: string }): void;
  /** Add a control to the toolbar (top right); returns the element for convenience. */
  registerToolbarItem(el: HTMLElement): HTMLElement;
  /** Add a section to the left sidebar (below filters). */
  registerSidebarSection(el: HTMLElement): HTMLElement;
  /** Add a control under a paper's title in the details panel (e.g. "Add to comparison"): `make` is called per panel drawn. */
  registerPaperAction(make: (paper: string) => HTMLElement | null): void;
  /** Add a section under a dataset's reported results (the progress chart): `make` is called per panel drawn, with the
   * results listing's filter. */
  registerDatasetSection(make: (dataset: string, pass: (row: LeaderboardRow) => boolean) => HTMLElement | null): void;
  /** Called after a change of selection, filters, colouring, the matrix's view or graph (not on hover). Returns an unsubscribe function. */
  onChange(listener: (ctx: AppContext) => void): () => void;
  /** Fly the camera to a node. */
  flyTo(key: string): Promise<void>;
  /**
   * Move the keyboard's focus to the details panel's title (a node chosen from the keyboard: the search's Enter, a
   * method in the matrix), remembering where it was: when the panel closes under it, the focus goes back there.
   * False when no panel is shown.
   */
  focusDetails(): boolean;
  /** Show a message in the status line (errors from plug-ins included). */
  setStatus(message: string, kind?: 'info' | 'error'): void;
  /**
   * A node's size as "size by" gives it, on the build's scale (its own `size` when sizing by links): what exports
   * write as the size drawn (GEXF's viz:size), before the viewer fits sizes to the window.
   */
  nodeSize(key: string): number;
  /**
   * The graph as sigma draws it: the graph itself on the map; in the timeline view a copy with each node at its
   * timeline position (src/analysis/timeline-layout.ts), every other attribute and key the same. Exports read `graph`,
   * the map.
   */
  readonly drawnGraph: KnowledgeGraph;
  /** The timeline's layout for this graph while the timeline is shown, else null. */
  readonly timeline: TimelineLayout | null;
  /**
   * The density view's heat map (web/density-layer.ts): its layer, grid and drawing, shown in the density view only;
   * `densityMs` is the time its grid last took to compute (ms: its items gathered, the grid and its image made).
   */
  readonly density: DensityLayer;
  readonly densityMs: number;
}

export interface AppElements {
  graph: HTMLElement;
  details: HTMLElement;
  legend: HTMLElement;
  filters: HTMLElement;
  colorBy: HTMLElement;
  sizeBy: HTMLElement;
  /** "view: map | timeline" (optional: made above colour by when the page has no #view-by). */
  viewBy?: HTMLElement;
  clusters: HTMLElement;
  search: HTMLInputElement;
  suggestions: HTMLElement;
  nodeCount: HTMLElement;
  toolbar: HTMLElement;
  sidebar: HTMLElement;
  status: HTMLElement;
  title: HTMLElement;
  tooltip: HTMLElement;
  /** "Skip to details": after the search box, shown while the details panel is (optional). */
  skipToDetails?: HTMLElement;
  /** A status line, out of sight, saying what the details panel now shows (optional). */
  announce?: HTMLElement;
  /** A status line, out of sight, saying that the search's query matches nothing (optional). */
  searchStatus?: HTMLElement;
}

/** Graphs above this many edges hide edges and labels while the camera moves and skip edge hover picking. */
const LARGE_EDGES = 20_000;

interface Extent {
  width: number;
  height: number;
  /** Graph coordinates -> sigma's framed coordinates (its normalisation: centre 0.5, longest side 1). */
  framed(p: { x: number; y: number }): { x: number; y: number };
}

/** The node extent as sigma computes it when it processes the graph (known here before sigma has it). */
function graphDimensions(graph: KnowledgeGraph): Extent {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  graph.forEachNode((_, a) => {
    if (a.x < x0) x0 = a.x;
    if (a.x > x1) x1 = a.x;
    if (a.y < y0) y0 = a.y;
    if (a.y > y1) y1 = a.y;
  });
  const width = x1 - x0 || 1;
  const height = y1 - y0 || 1;
  const ratio = Math.max(width, height);
  return { width, height, framed: (p) => ({ x: 0.5 + (p.x - (x0 + x1) / 2) / ratio, y: 0.5 + (p.y - (y0 + y1) / 2) / ratio }) };
}

const idle = (fn: () => void) =>
  'requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 1500 }) : setTimeout(fn, 50);

export function createApp(els: AppElements, initialGraph: KnowledgeGraph, opts: { graphUrl: string | null; name?: string }): AppContext {
  let graph = initialGraph;
  let graphUrl = opts.graphUrl;
  // Every history entry carries the identity of the graph it describes (history.state.pwGraph): after a file
  // was opened, Back applied the bundled graph's entries (filters, selection, camera) to the opened graph. A
  // graph loaded from a URL is known by its URL (a reload brings it back); one opened from a file by a token of
  // this page. The graphs shown in this page are kept, so Back and Forward go from one to the other.
  let graphId = `url:${graphUrl ?? ''}`;
  const shownGraphs = new Map<string, { graph: KnowledgeGraph; name?: string; graphUrl: string | null }>([[graphId, { graph, name: opts.name, graphUrl }]]);
  let openedCount = 0;
  // The state a shared link asks for is known before the first frame: sigma processes the graph once.
  const fromUrl = decodeView(location.search);
  let state: ViewState = stateFromUrl(graph, initialState(), fromUrl);
  const listeners = new Set<(ctx: AppContext) => void>();
  let index: SearchIndex | null = null;
  let centroids: ({ id: number; label: string; el: HTMLElement; shown: boolean; w?: number; h?: number } & ClusterCentre)[] = [];
  /** The sidebar's cluster buttons, to count what the filters leave of each. */
  let clusterButtons: { id: number; size: number; tip: string; button: HTMLButtonElement }[] = [];

  /**
   * The colours and the key's span (colorScheme), once per graph and colouring: the view's colours and the colour key read
   * the same result (by mean year, meanYears was computed three times a change, and again for the first frame).
   */
  let colorCache: { graph: KnowledgeGraph; by: ColorBy; scheme: ReturnType<typeof colorScheme> } | null = null;
  function colorsOf(by: ColorBy): ReturnType<typeof colorScheme> {
    if (colorCache?.graph !== graph || colorCache.by !== by) colorCache = { graph, by, scheme: colorScheme(graph, by) };
    return colorCache.scheme;
  }
  /** Node sizes follow the window (windowSizeFactor): the one sigma's container has (sigma reads its offset size). */
  let sizeFactor = windowSizeFactor(els.graph.offsetWidth, els.graph.offsetHeight);
  /** Sigma's labelRenderedSizeThreshold at the reference size: a node drawn smaller has no label of sigma's choosing. */
  const LABEL_SIZE_THRESHOLD = 8;
  const view: ViewModel = {
    state,
    visible: computeVisible(graph, state.filters),
    ...computeFocus(graph, state),
    members: highlighted(graph, state),
    colors: colorsOf(state.colorBy).colors,
    labels: labelMap(graph),
    fade: initialGraph.size <= LARGE_EDGES,
    // (the build's sizes until the first apply sets the state's: PageRank is computed once)
    sizes: null,
    size: scaledSizes(sizeScale(initialGraph), sizeFactor),
    forced: null,
    overview: null,
  };
  const large = () => graph.size > LARGE_EDGES;
  /** The clusters whose labels stay while the others' step back (litClusters of the nodes in colour), once per highlighted set. */
  let litMemo: { members: Set<string> | null; lit: Set<number> | null } | null = null;
  function lit(): Set<number> | null {
    if (litMemo?.members !== view.members) litMemo = { members: view.members, lit: litClusters(graph, view.members) };
    return litMemo.lit;
  }

  /**
   * The timeline's shape for the window: wide in a landscape one, tall in an upright one (a phone held upright drew
   * the wide timeline as a band across the middle of the screen, a third of its height). The graph's box below the
   * topbar decides, not the panels', so opening a node's details never reshapes it.
   */
  function timelineAspect(): number {
    const box = els.graph.getBoundingClientRect();
    const bar = (els.toolbar.closest('header') ?? els.toolbar).getBoundingClientRect();
    const height = box.bottom - Math.max(box.top, bar.height ? bar.bottom : box.top);
    return box.width > 0 && height > box.width ? PORTRAIT_ASPECT : TIMELINE_ASPECT;
  }
  /** The timeline's layout and the graph drawn at it, made once per graph and shape, when the timeline is first shown. */
  let timelineCache: { graph: KnowledgeGraph; aspect: number; layout: TimelineLayout; drawn: KnowledgeGraph } | null = null;
  function timelineOf(): { layout: TimelineLayout; drawn: KnowledgeGraph } {
    if (timelineCache?.graph !== graph) {
      const aspect = timelineAspect();
      const layout = timelineLayout(graph, { aspect });
      timelineCache = { graph, aspect, layout, drawn: timelineGraph(graph, layout) };
    }
    return timelineCache;
  }
  /**
   * The graph sigma draws: the graph itself on the map, its timeline copy in the timeline view. Sigma 3.0.3 takes node
   * positions from the graph's attributes when it processes the graph (its nodeReducer's x/y are overwritten there), so
   * the timeline is a copy with other x/y; the graph keeps the map's, which the exports write.
   */
  let shown: KnowledgeGraph = graph;
  /** Point `shown` at the graph the state's layout draws; true when it changed. */
  function syncShown(): boolean {
    const next = state.layout === 'timeline' ? timelineOf().drawn : graph;
    if (next === shown) return false;
    shown = next;
    return true;
  }
  /** A node's attributes with its position in the view shown (the map's or the timeline's x/y). */
  const placed = (key: string): KGNode => shown.getNodeAttributes(key);
  /** The map's camera when the timeline was shown, restored when the map comes back (and whether it framed the whole graph). */
  let mapCamera: { camera: CameraState; whole: boolean } | null = null;

  let extent: { graph: KnowledgeGraph; value: Extent } | null = null;
  /** The node extent of the graph drawn (the map's or the timeline's), computed once per graph. */
  const extentOf = (): Extent => {
    if (!extent || extent.graph !== shown) extent = { graph: shown, value: graphDimensions(shown) };
    return extent.value;
  };

  // Created on an empty graph so that the camera is placed before the one expensive first process + render.
  const renderer: KGSigma = new Sigma<KGNode, RelationEdge, GraphAttributes>(new Graph<KGNode, RelationEdge, GraphAttributes>(), els.graph, {
    nodeReducer: (key, data) => nodeReducer(view, key, data),
    edgeReducer: (key, data) => edgeReducer(view, graph, key, data),
    // z-ordering needs a full reprocess; large graphs refresh only what a hover changes, so they go without.
    zIndex: !large(),
    renderEdgeLabels: false,
    enableEdgeEvents: !large(),
    hideEdgesOnMove: large(),
    hideLabelsOnMove: large(),
    labelDensity: 0.5,
    labelGridCellSize: 160,
    labelRenderedSizeThreshold: LABEL_SIZE_THRESHOLD * sizeFactor,
    labelFont: 'system-ui, sans-serif',
    labelSize: 12,
    // (sigma's, at the place the overview's picking chose)
    defaultDrawNodeLabel: drawNodeLabel as unknown as NonNullable<Settings<KGNode, RelationEdge, GraphAttributes>['defaultDrawNodeLabel']>,
    defaultEdgeColor: 'rgb(200,203,210)',
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    itemSizesReference: 'screen',
  });

  /** The timeline's year axis and row labels over the canvas (hidden on the map). */
  const overlay = createTimelineOverlay(els.graph);
  /** The density view's heat map: a canvas of sigma's under its edges (hidden on the map and the timeline). */
  const density = createDensityLayer(renderer.createCanvas('density', { beforeLayer: 'edges' }));
  /** Whether the heat map's items changed since its grid was computed (filters, sizes, colours, graph), and its last time. */
  let densityStale = true;
  let densityMs = 0;
  /**
   * The heat map's items: the nodes the legend and filters show, at the map's positions, each weighing what its size
   * shows (sizeWeight: links, papers or PageRank, as "size by" draws it); coloured by cluster, each in its cluster's
   * colour (the cluster density).
   */
  function densityItems(): DensityItem[] {
    const items: DensityItem[] = [];
    const byCluster = state.colorBy === 'cluster' ? view.colors : null;
    graph.forEachNode((key, a) => {
      if (view.visible && !view.visible.has(key)) return;
      items.push({ x: a.x, y: a.y, weight: sizeWeight(view.sizes?.get(key) ?? a.size), color: byCluster?.get(key) ?? undefined });
    });
    return items;
  }

  // ------------------------------------------------------------------ derived view + rendering

  function recomputeVisible(): void {
    view.visible = computeVisible(graph, state.filters);
    els.nodeCount.textContent = String(visibleCount(graph, view.visible));
    els.nodeCount.title = `${visibleCount(graph, view.visible)} of ${graph.order} nodes shown`;
  }

  function recomputeFocus(): void {
    const { focus, anchors } = computeFocus(graph, state);
    view.focus = focus;
    view.anchors = anchors;
    view.forced = focus ? forcedLabels(focus, anchors) : null;
  }

  /** Which focused nodes get a label: the ones whose labels fit without overlapping, at the current camera. */
  function forcedLabels(focus: Set<string>, anchors: Set<string>): Set<string> {
    const cands = [];
    const measure = labelMeasurer();
    // The camera as it is now: sigma's own matrix is the last frame's, mid-flight when a flight has just ended (the
    // labels picked there differed from run to run: 13 to 16 of AnoGen's 15 neighbours and itself).
    const at = { cameraState: renderer.getCamera().getState() };
    for (const key of focus) {
      const a = graph.getNodeAttributes(key);
      const p = renderer.graphToViewport(placed(key), at);
      const label = drawnLabel(view, key, a);
      cands.push({ key, x: p.x, y: p.y, radius: renderer.scaleSize(drawnSize(view, key, a)), label, width: measure?.(label), anchor: anchors.has(key) });
    }
    // (inside the room the panels leave, as the whole graph's labels: none cut by the details panel's edge)
    const a = freeArea();
    return pickLabels(cands, undefined, undefined, undefined, { x0: a.left, y0: a.top, x1: a.right, y1: a.bottom });
  }
  let labelCanvas: CanvasRenderingContext2D | null | undefined;
  /** A label's width (px) in the font sigma draws labels in (null: no 2D canvas here, as in a test's DOM). */
  function labelMeasurer(): ((label: string) => number) | null {
    if (labelCanvas === undefined) labelCanvas = document.createElement('canvas').getContext('2d');
    const c = labelCanvas;
    if (!c) return null;
    const { labelWeight, labelSize, labelFont } = renderer.getSettings();
    c.font = `${labelWeight} ${labelSize}px ${labelFont}`;
    return (label) => c.measureText(label).width;
  }

  /** Label widths measured (px), per label, for the font they were measured in. */
  const measuredWidths = new Map<string, number>();
  let measuredFont = '';
  /** At most this many labels on the whole graph's view, and one per this many square pixels of the free area. */
  const MAX_OVERVIEW_LABELS = 60;
  const OVERVIEW_LABEL_AREA = 9000;
  /** The largest entities named before the cluster labels are given room (see pickOverviewLabels' `lead`). */
  const OVERVIEW_LEAD = 6;
  /**
   * The labels of the whole graph's view (nothing hovered or selected), for the camera as it is now (sigma's own matrix
   * is the last frame's, and before the first frame it knows no graph: positions from the graph's extent, as
   * nodeCamera's). Sigma's grid picked 10 labels at 1280 × 800, 5 of the 25 largest nodes and none of the 10 largest
   * methods, 3 pairs over one another.
   */
  function overviewLabels(): Map<string, LabelPlace> {
    const dims = extentOf();
    const at = { cameraState: renderer.getCamera().getState(), graphDimensions: { width: dims.width, height: dims.height } };
    // (the matrix is affine, the camera never turned: three points give it, instead of a matrix per node)
    const o = renderer.framedGraphToViewport({ x: 0, y: 0 }, at);
    const ex = renderer.framedGraphToViewport({ x: 1, y: 0 }, at);
    const ey = renderer.framedGraphToViewport({ x: 0, y: 1 }, at);
    const a = freeArea();
    const { width, height } = renderer.getDimensions();
    const cands: OverviewCandidate[] = [];
    const discs: Disc[] = [];
    const scale = renderer.scaleSize(1);
    const minRadius = renderer.getSetting('labelRenderedSizeThreshold');
    // (the graph drawn: its attributes are the graph's, its positions the view's)
    shown.forEachNode((key, n) => {
      if (view.visible && !view.visible.has(key) && !view.anchors.has(key)) return;
      const radius = drawnSize(view, key, n) * scale;
      const f = dims.framed(n);
      const x = o.x + f.x * (ex.x - o.x) + f.y * (ey.x - o.x);
      const y = o.y + f.x * (ex.y - o.y) + f.y * (ey.y - o.y);
      // (every node drawn in the free area is a disc a label had better not cover, labelled or not, faded or not)
      if (x + radius > a.left && x - radius < a.right && y + radius > a.top && y - radius < a.bottom) discs.push({ key, x, y, radius });
      if (view.visible && !view.visible.has(key)) return;
      if (view.members && !view.members.has(key)) return; // (faded: drawn without a label)
      if (radius < minRadius) return;
      if (x < a.left || x > a.right || y < a.top || y > a.bottom) return;
      cands.push({ key, x, y, radius, label: view.labels.get(key) ?? n.label, paper: n.kind === 'paper' });
    });
    const measure = labelMeasurer();
    const font = renderer.getSettings().labelFont + renderer.getSettings().labelSize;
    if (font !== measuredFont) {
      measuredWidths.clear();
      measuredFont = font;
    }
    const widthOf = (label: string) => {
      let w = measuredWidths.get(label);
      if (w === undefined) measuredWidths.set(label, (w = measure ? measure(label) : label.length * 6.6));
      return w;
    };
    const box = els.graph.getBoundingClientRect();
    const zoom = document.querySelector('.zoom')?.getBoundingClientRect();
    const blocked = zoom?.width ? [{ x0: zoom.left - box.left, y0: zoom.top - box.top, x1: zoom.right - box.left, y1: zoom.bottom - box.top }] : [];
    // (the timeline's year axis and row labels, where the last frame placed them)
    if (state.layout === 'timeline') blocked.push(...overlay.boxes());
    // (all but the OVERVIEW_LEAD largest entities yield to the cluster labels, where these are drawn when nothing is in
    // their way: node labels in their room hid 8 of the 11 at 1280 × 800, and all but one on a phone)
    const paperBlocked: { x0: number; y0: number; x1: number; y1: number }[] = [];
    for (const c of centroids) {
      if (!c.shown || c.share < MIN_LABEL_SHARE || state.layout === 'timeline') continue; // (a label left out makes no room)
      const w = (c.w ||= c.el.offsetWidth);
      const h2 = (c.h ||= c.el.offsetHeight);
      const p = renderer.framedGraphToViewport(dims.framed(c), at);
      paperBlocked.push({ x0: p.x - w / 2 - 4, y0: p.y - h2 / 2 - 2, x1: p.x + w / 2 + 4, y1: p.y + h2 / 2 + 2 });
    }
    const room = Math.max(0, Math.min(a.right, width) - Math.max(a.left, 0)) * Math.max(0, Math.min(a.bottom, height) - Math.max(a.top, 0));
    return pickOverviewLabels(cands, {
      area: { x0: a.left, y0: a.top, x1: a.right, y1: a.bottom },
      blocked,
      paperBlocked,
      lead: OVERVIEW_LEAD,
      width: widthOf,
      minRadius,
      max: Math.min(MAX_OVERVIEW_LABELS, Math.max(4, Math.round(room / OVERVIEW_LABEL_AREA))),
      discs,
    });
  }
  /** The nodes whose overview label comes, goes or moves from `a` to `b`. */
  function changedLabels(a: Map<string, LabelPlace>, b: Map<string, LabelPlace>): string[] {
    const out = [...b.keys()].filter((k) => a.get(k) !== b.get(k));
    for (const k of a.keys()) if (!b.has(k)) out.push(k);
    return out;
  }
  /** Pick the whole graph's labels again (nothing hovered or selected), and draw them if they changed. */
  function relabelOverview(): void {
    if (view.focus) return;
    const prev = view.overview;
    const next = overviewLabels();
    const changed = prev ? changedLabels(prev, next) : null;
    if (changed && !changed.length) return;
    view.overview = next;
    // (only the nodes whose label comes, goes or moves: their depth is unchanged, and a full refresh of a 1,000-paper
    // graph took 90 ms, a pick 1 ms)
    if (!changed) renderer.scheduleRefresh();
    else renderer.refresh({ partialGraph: { nodes: changed }, skipIndexation: true, schedule: true });
  }

  /** Where animateCamera's flight in progress goes (null: none, or another animation took over). */
  let animatingTo: Partial<CameraState> | null = null;
  /**
   * The flight in progress's aim, for the window as it is now, and when it ends (Date.now, as sigma times it): a resize
   * mid-flight aims it again (null: none, or a flight whose target does not depend on the window).
   */
  let flight: { target: Partial<CameraState>; aim: () => CameraState; end: number } | null = null;
  /**
   * Choose the focus's labels again once the camera has arrived. They are picked for a camera position: picked
   * when a search selected MVTec AD, before the flight there, 12 of its 28 neighbours were labelled; 27 at the
   * end of the flight (as on a reload of the same URL). `aim` gives the target again for the window's new size when
   * it is resized mid-flight.
   */
  async function animateCamera(target: Partial<CameraState>, duration: number, aim?: () => CameraState): Promise<void> {
    const cam = renderer.getCamera();
    animatingTo = target;
    flight = aim ? { target, aim, end: Date.now() + duration } : null;
    await cam.animate(target, { duration });
    if (animatingTo === target) animatingTo = null;
    if (flight?.target === target) flight = null;
    if (cam.isAnimated() || !view.focus) return; // another animation took over: its end relabels
    relabelFocus();
  }
  /** Pick the focus's labels again for the camera as it is now, and draw them if they changed. */
  function relabelFocus(): void {
    if (!view.focus) return;
    const next = forcedLabels(view.focus, view.anchors);
    if (view.forced && next.size === view.forced.size && [...next].every((k) => view.forced!.has(k))) return;
    view.forced = next;
    // (a large graph refreshes only the focused nodes, as apply() does for a selection)
    if (view.fade) renderer.scheduleRefresh();
    else renderer.refresh({ partialGraph: { nodes: [...view.focus] }, skipIndexation: true, schedule: true });
  }
  /**
   * A camera moved by the wheel, a pinch or a drag picks the focus's labels again once it has stopped for a moment (the
   * focus's other labels are not drawn: sigma's grid drew some of them over the picked ones, FiLo over CFRG's on a phone).
   */
  let relabelTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on('updated', () => {
    clearTimeout(relabelTimer);
    relabelTimer = setTimeout(() => {
      if (renderer.getCamera().isAnimated()) return;
      // (the whole graph's labels too: a zoom names more nodes, where it makes room)
      if (view.focus) relabelFocus();
      else relabelOverview();
    }, 200);
  });

  /** The controls features add under a paper's title (registerPaperAction). */
  const paperActions: ((paper: string) => HTMLElement | null)[] = [];
  const datasetSections: ((dataset: string, pass: (row: LeaderboardRow) => boolean) => HTMLElement | null)[] = [];
  const panelCtx: PanelContext = {
    get graph() {
      return graph;
    },
    paperActions: (key) => paperActions.map((make) => make(key)),
    datasetSections: (key, pass) => datasetSections.map((make) => make(key, pass)),
    // (a node the legend or the filters hide, chosen in the panel, is shown as the search shows it)
    select: (key) => ctx.select(key, { fly: true, reveal: true }),
    selectEdge: (edge) => ctx.setState(clickEdge(state, edge), 'push'),
    clear: () => ctx.setState(clickStage(state), 'push'),
    selectAuthor: (name) => {
      // (as the graph's author index shows the name; one it does not know is no choice)
      const shown = authorName(graph, name);
      if (shown !== undefined) ctx.setState(selectAuthor(state, shown), 'push');
    },
    passes: (key) => {
      // (the domain, setting, year and confidence filters: the legend's hidden kinds are the canvas's, not the lists')
      const passing = passingSet();
      return !passing || passing.has(key);
    },
    get minConfidence() {
      return state.filters.minConfidence;
    },
    get burstGamma() {
      return state.burstGamma;
    },
  };
  /**
   * The nodes the domain, setting, year and confidence filters keep, the legend's hidden kinds aside (null: all), once per
   * filter change and graph: the legend's counts, the panel's lists and the search's "hidden by filters" read it.
   */
  let passingCache: { graph: typeof graph; filters: Filters; visible: Set<string> | null } | null = null;
  function passingSet(): Set<string> | null {
    if (passingCache?.filters !== state.filters || passingCache.graph !== graph) {
      passingCache = { graph, filters: state.filters, visible: computeVisible(graph, { ...state.filters, hiddenKinds: [] }) };
    }
    return passingCache.visible;
  }

  /** Where the focus was before focusDetails() moved it into the panel (it goes back there when the panel closes). */
  let focusReturn: HTMLElement | null = null;

  function focusPanelTitle(): boolean {
    const content = els.details.firstElementChild as HTMLElement | null;
    if (els.details.hidden || !content) return false;
    const title = content.querySelector<HTMLElement>('h2') ?? content;
    title.tabIndex = -1;
    title.focus({ preventScroll: true });
    return document.activeElement === title;
  }

  /** Show the selection's details; `keep` (a filter change): the same node, its lists redrawn where the reader was. */
  function renderPanel(keep = false): void {
    const scroll = els.details.scrollTop;
    const content = renderDetails(panelCtx, primary(state), state.selectedEdge) ?? selectedAuthorPanel() ?? selectedClusterPanel();
    // A mark or a link in the panel selects another node, and the panel is rebuilt under the keyboard's focus
    // (Enter on an abstract's mark left the focus on <body>): it moves to the new panel's title.
    const active = document.activeElement as HTMLElement | null;
    const focused = els.details.contains(active);
    // (from the keyboard: a mouse's click on × focuses the button too, and the search box would then pop a phone's keyboard)
    const keyboard = focused && Boolean(active?.matches(':focus-visible'));
    els.details.replaceChildren(...(content ? [content] : []));
    els.details.hidden = !content;
    if (els.skipToDetails) els.skipToDetails.hidden = !content;
    document.body.classList.toggle('has-details', Boolean(content));
    if (content) els.details.scrollTop = keep ? scroll : 0;
    if (els.announce && !keep) {
      const sel = primary(state);
      els.announce.textContent = !content ? '' : sel && graph.hasNode(sel)
        ? `Details: ${graph.getNodeAttribute(sel, 'label')} (${graph.getNodeAttribute(sel, 'kind')})`
        : state.selectedEdge ? 'Details: a link and its sentence'
          : `Details: ${state.author !== null ? 'author' : 'cluster'} ${content.querySelector('h2')?.textContent ?? ''}`;
    }
    if (content && focused) focusPanelTitle();
    if (!content && keyboard) {
      // Esc or × from the keyboard closed the panel under the focus (it fell to <body>, and Tab started over at the
      // title): it goes back where it came from, else to the search box.
      const back = focusReturn?.isConnected ? focusReturn : els.search;
      back.focus({ preventScroll: true });
      if (document.activeElement !== back) els.search.focus({ preventScroll: true });
    }
    if (!content) focusReturn = null;
  }

  /** The selected author's panel, shown when no node or edge is selected (null: no author selected). */
  function selectedAuthorPanel(): HTMLElement | null {
    const papers = authorPapers(graph, state.author);
    return papers && state.author !== null ? renderAuthor(panelCtx, state.author, [...papers]) : null;
  }

  /** The selected cluster's panel, shown when no node or edge is selected (null: no cluster selected). */
  function selectedClusterPanel(): HTMLElement | null {
    const c = state.cluster === null ? undefined : (graph.getAttribute('clusters') ?? []).find((x) => x.id === state.cluster);
    return c ? renderCluster(panelCtx, c) : null;
  }

  function urlView(withCamera: boolean): UrlView {
    const cam = renderer.getCamera().getState();
    return {
      graph: graphUrl,
      selected: state.selected,
      edge: state.selectedEdge && graph.hasEdge(state.selectedEdge) ? edgeRef(graph, state.selectedEdge) : null,
      filters: state.filters,
      colorBy: state.colorBy,
      sizeBy: state.sizeBy,
      matrix: state.matrix,
      compare: state.compare,
      table: state.table,
      gaps: state.gaps,
      cluster: state.cluster,
      author: state.author,
      burstGamma: state.burstGamma,
      layout: state.layout,
      densityKernel: state.densityKernel,
      progressMetric: state.progress?.metric ?? null,
      camera: withCamera ? { x: cam.x, y: cam.y, ratio: cam.ratio } : null,
    };
  }

  function writeUrl(mode: HistoryMode): void {
    if (mode === 'none') return;
    const url = `${location.pathname}${encodeView(urlView(true), graphSizeBy(graph))}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}` && entryGraph() === graphId) return;
    if (mode === 'push') history.pushState({ pwGraph: graphId }, '', url);
    else history.replaceState({ pwGraph: graphId }, '', url);
  }

  /** The graph the current history entry describes (an entry this page did not write: the graph shown). */
  function entryGraph(): string {
    const s = history.state as { pwGraph?: unknown } | null;
    return typeof s?.pwGraph === 'string' ? s.pwGraph : graphId;
  }

  function apply(next: ViewState, mode: HistoryMode, force = false, refresh = true): void {
    // (the progress chart's metric goes with the dataset's panel it was chosen in)
    next = dropStaleProgress(next);
    const prev = state;
    const prevVisible = view.visible;
    const prevFocus = view.focus;
    const prevAnchors = view.anchors;
    state = next;
    view.state = next;
    let full = force;
    // Map or timeline: the graph sigma draws (a copy at the timeline's positions, or the graph itself).
    const layoutChanged = syncShown();
    if (force || prev.layout !== next.layout) {
      overlay.show(next.layout === 'timeline' ? timelineOf().layout : null);
      overlay.fade(lit());
      density.show(next.layout === 'density');
      renderViewBy();
      full = true;
    }
    if (layoutChanged && !force) {
      // The camera: the whole timeline framed (its coordinates are not the map's); back on the map, the map's camera as
      // the timeline found it (the whole graph framed for the window as it is now, if it was then).
      const cam = renderer.getCamera();
      if (cam.isAnimated()) {
        // (a flight under way, aimed in the other view's coordinates, stops where it is: an empty target moves nothing)
        animatingTo = null;
        flight = null;
        void cam.animate({}, { duration: 0 });
      }
      if (next.layout === 'timeline') {
        const now = cam.getState();
        mapCamera = { camera: now, whole: framed !== null && sameView(now, framed) };
        frameWholeGraph();
      } else if (mapCamera && !mapCamera.whole) {
        framed = null;
        cam.setState(mapCamera.camera);
      } else frameWholeGraph();
      if (next.layout !== 'timeline') mapCamera = null;
      placeCentroids();
    }
    if (force || prev.filters !== next.filters || prev.colorBy !== next.colorBy || prev.sizeBy !== next.sizeBy || prev.densityKernel !== next.densityKernel) densityStale = true;
    if (force || prev.filters !== next.filters) {
      recomputeVisible();
      placeCentroids();
      renderFilters();
      renderLegend();
      full = true;
    }
    if (force || prev.colorBy !== next.colorBy) {
      view.colors = colorsOf(next.colorBy).colors;
      renderColorBy();
      full = true;
    }
    if (force || prev.sizeBy !== next.sizeBy) {
      view.sizes = sizeMap(graph, next.sizeBy);
      view.size = scaledSizes(sizeScale(graph, view.sizes), sizeFactor);
      renderSizeBy();
      full = true;
    }
    // The heat map computed again for what the view now shows (only while it is shown; a camera move never does).
    if (next.layout === 'density' && densityStale) {
      const t0 = performance.now();
      density.update(densityItems(), next.densityKernel);
      densityMs = performance.now() - t0;
      densityStale = false;
      renderViewBy();
      full = true;
    }
    const clusterChanged = force || prev.cluster !== next.cluster || prev.author !== next.author;
    if (clusterChanged) {
      view.members = highlighted(graph, next);
      overlay.fade(lit());
      renderClusterButtons();
      full = true;
    }
    const selChanged = force || prev.selected !== next.selected || prev.selectedEdge !== next.selectedEdge;
    // (the confidence filter decides which neighbours a selection brings forward)
    if (selChanged || prev.hovered !== next.hovered || prev.filters.minConfidence !== next.filters.minConfidence) recomputeFocus();
    // The panel's lists follow the filters, as the graph does.
    if (selChanged || clusterChanged) renderPanel();
    else if (prev.filters !== next.filters || prev.burstGamma !== next.burstGamma) renderPanel(true);
    // An author chosen (the data table's Authors tab): their papers the filters keep framed in the room the panels leave
    // (their panel now among them), as a cluster's click frames its nodes; Back, Forward and a link keep their camera.
    if (!force && mode === 'push' && next.author !== null && prev.author !== next.author && view.members) {
      const keys = [...view.members].filter((k) => !view.visible || view.visible.has(k));
      if (keys.length) {
        const aim = () => framingCamera(keys, 0.5);
        void animateCamera(aim(), 500, aim);
      }
    }
    document.body.classList.toggle('focused', view.focus !== null);
    document.body.classList.toggle('density-dark', next.layout === 'density' && next.colorBy !== 'cluster');
    // The whole graph's labels, for what the filters leave and the camera as it is (a search's flight moved it).
    const relabelled: string[] = [];
    if (!view.focus && (full || prevFocus)) {
      const was = view.overview;
      view.overview = overviewLabels();
      if (was) relabelled.push(...changedLabels(was, view.overview));
    }
    // (a change nothing drawn shows, the matrix's, the table's or the comparison's view, draws nothing again: on the
    // 10k-paper bench graph in software WebGL each such frame took 8 s behind the table's dialog)
    const redraw = full || selChanged || prev.hovered !== next.hovered || prev.hoveredEdge !== next.hoveredEdge || relabelled.length > 0;
    if (layoutChanged && !force) {
      renderer.setGraph(shown); // (process + render now: the positions are another graph's)
    } else if (refresh && redraw) {
      if (view.fade || full) {
        renderer.scheduleRefresh(); // one reprocess per frame, however many changes happen in it
      } else {
        // Large graph, only hover/selection changed: refresh the nodes and edges whose display changes.
        const nodes = new Set<string>([...(prevFocus ?? []), ...(view.focus ?? []), ...prevAnchors, ...view.anchors, ...relabelled]);
        const edges = new Set<string>();
        for (const a of new Set([...prevAnchors, ...view.anchors])) if (graph.hasNode(a)) graph.forEachEdge(a, (e) => edges.add(e));
        for (const e of [prev.selectedEdge, prev.hoveredEdge, next.selectedEdge, next.hoveredEdge]) if (e && graph.hasEdge(e)) edges.add(e);
        renderer.refresh({ partialGraph: { nodes: [...nodes].filter((n) => graph.hasNode(n)), edges: [...edges] }, skipIndexation: true, schedule: true });
      }
    }
    const viewChanged = selChanged || clusterChanged || prev.layout !== next.layout || prev.filters !== next.filters || prev.colorBy !== next.colorBy || prev.sizeBy !== next.sizeBy || prev.matrix !== next.matrix || prev.compare !== next.compare || prev.table !== next.table || prev.gaps !== next.gaps || prev.burstGamma !== next.burstGamma || prev.densityKernel !== next.densityKernel || prev.progress !== next.progress;
    // (a filter the researcher changed; Back and Forward, and a graph swapped in, bring their own camera)
    if (!force && mode !== 'none' && prev.filters !== next.filters) reframeAfterFilters(prevVisible);
    if (viewChanged) writeUrl(mode);
    if (selChanged) pageTitle();
    // Hover is transient: listeners hear about selection, filter, colouring, matrix and graph changes only.
    if (viewChanged) for (const l of listeners) l(ctx);
  }

  // ------------------------------------------------------------------ legend, filters, colour, clusters

  // The legend, the filters and the colour buttons are built once per graph and then updated in place. Rebuilt
  // on every change (replaceChildren), they dropped the keyboard focus to <body>: ArrowDown on the Domain select
  // applied a filter and lost the select, Space on a legend item or Enter on a colour button lost the button,
  // and Tab from "from year" went nowhere (its change event had replaced "to year", the focus's next stop).

  let legend: { graph: KnowledgeGraph; items: Map<NodeKind, HTMLButtonElement> } | null = null;

  function renderLegend(): void {
    if (legend?.graph !== graph) {
      const counts = kindCounts(graph);
      const items = new Map<NodeKind, HTMLButtonElement>();
      for (const kind of NODE_KINDS.filter((k) => counts.has(k))) {
        const b = h('button', { type: 'button', class: 'legend-item', 'data-testid': 'legend-item', 'data-kind': kind },
          h('span', { class: 'swatch' }), h('span', { class: 'name' }, kind), h('span', { class: 'count' }, counts.get(kind) ?? 0));
        b.style.setProperty('--kind-color', kindColor(kind));
        b.addEventListener('click', () => ctx.setState(toggleKind(state, kind), 'replace'));
        items.set(kind, b);
      }
      els.legend.replaceChildren(...items.values());
      legend = { graph, items };
    }
    const hidden = new Set(state.filters.hiddenKinds);
    // Each kind counts what the filters leave of it ("video" leaves 12 of 54 papers): the counts followed no filter.
    // A hidden kind keeps the count it would show.
    const totals = kindCounts(graph);
    const passing = passingSet(); // (null: no filter but kinds)
    const shown = new Map<NodeKind, number>();
    if (passing) graph.forEachNode((key, a) => {
      if (passing.has(key)) shown.set(a.kind, (shown.get(a.kind) ?? 0) + 1);
    });
    for (const [kind, b] of legend.items) {
      const total = totals.get(kind) ?? 0;
      const n = passing ? (shown.get(kind) ?? 0) : total;
      b.querySelector('.count')!.textContent = String(n);
      b.classList.toggle('off', hidden.has(kind));
      b.setAttribute('aria-pressed', String(!hidden.has(kind)));
      b.title = `${hidden.has(kind) ? 'Show' : 'Hide'} ${kind} nodes${n !== total ? ` (${n} of ${total} pass the filters)` : ''}`;
    }
  }

  type Choice = { id: string; label: string; count: number };

  /** A filter's select; `set` changes its value (and its options, when they differ) in place. */
  function selectControl(label: string, name: string, onChange: (v: string | null) => void): { el: HTMLElement; set(options: Choice[], value: string | null): void } {
    const sel = h('select', { name, 'data-testid': `filter-${name}` });
    let shown = '';
    sel.addEventListener('change', () => onChange(sel.value || null));
    return {
      el: h('label', { class: 'filter' }, h('span', {}, label), sel),
      set(options, value) {
        const id = JSON.stringify(options);
        if (id !== shown) {
          shown = id;
          sel.replaceChildren(h('option', { value: '' }, `any ${name}`), ...options.map((o) => h('option', { value: o.id }, `${o.label} (${o.count})`)));
          sel.disabled = options.length === 0;
        }
        if (sel.value !== (value ?? '')) sel.value = value ?? '';
      },
    };
  }

  let filterControls: { graph: KnowledgeGraph; update(): void } | null = null;

  function buildFilters(): void {
    const o = filterOptions(graph);
    const domain = selectControl('Domain', 'domain', (v) => ctx.setState(setFilters(state, { domain: v }), 'replace'));
    const setting = selectControl('Setting', 'setting', (v) => ctx.setState(setFilters(state, { setting: v }), 'replace'));
    const parts: HTMLElement[] = [domain.el, setting.el];
    const years: [HTMLInputElement, 'yearMin' | 'yearMax'][] = [];
    if (o.years) {
      const [lo, hi] = o.years;
      const year = (name: 'yearMin' | 'yearMax', testid: string) => {
        const input = h('input', { type: 'number', min: lo, max: hi, step: 1, placeholder: String(name === 'yearMin' ? lo : hi), 'data-testid': testid, 'aria-label': name === 'yearMin' ? 'from year' : 'to year' });
        input.addEventListener('change', () => {
          const v = input.value.trim() === '' ? null : Math.round(Number(input.value));
          ctx.setState(setFilters(state, { [name]: v !== null && Number.isFinite(v) ? v : null } as Partial<Filters>), 'replace');
        });
        years.push([input, name]);
        return input;
      };
      parts.push(h('label', { class: 'filter years' }, h('span', {}, 'Years'), year('yearMin', 'year-from'), '–', year('yearMax', 'year-to')));
    }
    // (links below a calibrated confidence hidden: "≥ 0.8 (N)" keeps the N papers' links at 0.8 or more)
    const confidence = selectControl('Links', 'confidence', (v) => ctx.setState(setFilters(state, { minConfidence: v === null ? null : Number(v) }), 'replace'));
    parts.push(confidence.el);
    const reset = h('button', { type: 'button', class: 'link', 'data-testid': 'reset-filters' }, 'reset filters');
    reset.addEventListener('click', () => ctx.setState(setFilters(state, { ...EMPTY_FILTERS, hiddenKinds: [] }), 'replace'));
    parts.push(reset);
    els.filters.replaceChildren(...parts);
    filterControls = {
      graph,
      update() {
        const f = state.filters;
        domain.set(o.domains, f.domain);
        setting.set(o.settings, f.setting);
        for (const [input, name] of years) {
          const v = f[name] === null ? '' : String(f[name]);
          if (input.value !== v) input.value = v;
        }
        confidence.el.hidden = !(o.confidence.length || f.minConfidence !== null);
        confidence.set(confidenceChoices(graph, o.confidence, f.minConfidence), f.minConfidence === null ? null : String(f.minConfidence));
        const active = filtersActive(f);
        // "reset filters" pressed from the keyboard hides itself: the focus goes to the first filter, not <body>
        // (after a click it goes to <body> as before, where Esc still clears the selection).
        if (!active && document.activeElement === reset && reset.matches(':focus-visible')) els.filters.querySelector('select')?.focus();
        reset.hidden = !active;
      },
    };
  }

  function renderFilters(): void {
    if (filterControls?.graph !== graph) buildFilters();
    filterControls!.update();
  }

  /**
   * A row of buttons choosing one of `choices` ("colour by", "size by"), a key after them: made once, into `container`;
   * the function returned presses the current choice's.
   */
  function choiceButtons<T extends string>(
    container: HTMLElement, heading: string, choices: readonly T[], o: { testid: string; text?: (c: T) => string; title?: (c: T) => string; choose: (c: T) => void; key: HTMLElement },
  ): (current: T) => void {
    const buttons = choices.map((c) => {
      const b = h('button', { type: 'button', 'data-testid': `${o.testid}-${c}`, title: o.title?.(c) }, o.text?.(c) ?? c);
      b.addEventListener('click', () => o.choose(c));
      return [c, b] as const;
    });
    // (the buttons in a group of their own, that shares the label's line whatever room is left: see .segmented)
    container.replaceChildren(h('span', {}, heading), h('div', { class: 'choices', role: 'group', 'aria-label': heading }, ...buttons.map(([, b]) => b)), o.key);
    return (current) => {
      for (const [c, b] of buttons) {
        b.className = c === current ? 'on' : '';
        b.setAttribute('aria-pressed', String(c === current));
      }
    };
  }

  const colorKey = h('div', { class: 'color-key', 'data-testid': 'color-key' });
  /** The colour buttons' words and what each colours by. */
  const COLOR_TEXT: Record<ColorBy, string> = { kind: 'kind', cluster: 'cluster', year: 'year', meanYear: 'mean year' };
  const COLOR_TITLE: Record<ColorBy, string> = {
    kind: 'colour: each node\u2019s kind',
    cluster: 'colour: each node\u2019s cluster',
    year: 'colour: a paper\u2019s year, an entity\u2019s first year',
    meanYear: 'colour: VOSviewer\u2019s overlay, an entity\u2019s mean year of its papers (a paper\u2019s own year): recent topics in yellow',
  };
  let pressColor: ((c: ColorBy) => void) | null = null;

  function renderColorBy(): void {
    pressColor ??= choiceButtons(els.colorBy, 'colour by', COLOR_BY, { testid: 'color', text: (c) => COLOR_TEXT[c], title: (c) => COLOR_TITLE[c], choose: (c) => ctx.setState(setColorBy(state, c), 'replace'), key: colorKey });
    pressColor(state.colorBy);
    // Coloured by year or cluster, the legend's kind colours are not the canvas's (in year colours a recent paper
    // is the orange of "setting", an old one the blue of "dataset"): its swatches go, and a key says what the
    // colours are.
    els.legend.classList.toggle('kind-colors-off', state.colorBy !== 'kind');
    const byYear = state.colorBy === 'year' || state.colorBy === 'meanYear';
    const span = byYear ? colorsOf(state.colorBy).span : null;
    if (span) {
      const ramp = h('span', { class: 'ramp' });
      ramp.style.background = `linear-gradient(to right, ${yearColor(span[0], ...span)}, ${yearColor(span[1], ...span)})`;
      // (mean years to one decimal where they have one: "2021.4 – 2024.8", the range the means occupy)
      const mean = state.colorBy === 'meanYear';
      const end = (y: number) => h('span', {}, mean ? formatMeanYear(y) : String(y));
      colorKey.replaceChildren(end(span[0]), ramp, end(span[1]),
        h('span', { class: 'undated' }, h('span', { class: 'swatch' }), 'undated'));
      colorKey.querySelector<HTMLElement>('.undated .swatch')!.style.setProperty('--kind-color', yearColor(undefined, ...span));
    } else if (byYear) colorKey.replaceChildren('no dated paper: all grey');
    else if (state.colorBy === 'cluster') colorKey.replaceChildren('colours: the clusters below');
    else colorKey.replaceChildren();
    colorKey.hidden = state.colorBy === 'kind';
  }

  /** What the sizes show, in words (the control's key, and each button's title). */
  const SIZE_MEANS: Record<SizeBy, string> = {
    links: 'size: links (a node\u2019s degree)',
    papers: 'size: papers tagging each entity (a paper counts one)',
    pagerank: 'size: PageRank (rank passed along the links, from papers to what they tag)',
  };
  const sizeKey = h('div', { class: 'color-key', 'data-testid': 'size-key' });
  let pressSize: ((c: SizeBy) => void) | null = null;

  function renderSizeBy(): void {
    pressSize ??= choiceButtons(els.sizeBy, 'size by', SIZE_BY, {
      testid: 'size', text: (c) => (c === 'pagerank' ? 'PageRank' : c), title: (c) => SIZE_MEANS[c], choose: (c) => ctx.setState(setSizeBy(state, c), 'replace'), key: sizeKey,
    });
    pressSize(state.sizeBy);
    sizeKey.textContent = SIZE_MEANS[state.sizeBy];
  }

  /** What each view draws, in words (the control's key, and each button's title). */
  const VIEW_MEANS: Record<ViewLayout, string> = {
    map: 'the map: the layout the graph was built with (exports keep it)',
    timeline: 'CiteSpace\u2019s timeline: each cluster a row, largest on top; each node at its year (a paper\u2019s, an entity\u2019s first year); exports keep the map',
    density: 'VOSviewer\u2019s density view: the map over a heat map of the nodes shown, each weighing what its size shows; yellow where many heavy nodes are, blue where few; coloured by cluster, each cluster\u2019s density in its colour',
  };
  const viewKey = h('div', { class: 'color-key', 'data-testid': 'view-key' });
  let pressView: ((c: ViewLayout) => void) | null = null;
  let viewBy: HTMLElement | null = null;

  function renderViewBy(): void {
    if (!pressView) {
      viewBy = els.viewBy ?? h('div', { id: 'view-by', class: 'segmented' });
      if (!viewBy.isConnected) els.colorBy.before(viewBy);
      pressView = choiceButtons(viewBy, 'view', VIEW_LAYOUTS, {
        testid: 'view', title: (c) => VIEW_MEANS[c], choose: (c) => ctx.setState(setLayout(state, c), 'push'), key: viewKey,
      });
    }
    pressView(state.layout);
    const t = state.layout === 'timeline' ? timelineOf().layout : null;
    viewKey.hidden = !t && state.layout !== 'density';
    if (state.layout === 'density') {
      // (what warms the map: the size's measure; the ramp from no node near to the densest place)
      const weight = state.sizeBy === 'pagerank' ? 'PageRank' : state.sizeBy;
      if (state.colorBy === 'cluster') viewKey.replaceChildren(`cluster density: each cluster\u2019s nodes in its colour, stronger where denser; weight: ${weight}`);
      else {
        const ramp = h('span', { class: 'ramp density-ramp' });
        ramp.style.background = `linear-gradient(to right, ${ITEM_RAMP.map((c) => `rgb(${c.rgb.join(', ')}) ${Math.round(c.t * 100)}%`).join(', ')})`;
        viewKey.replaceChildren(h('span', {}, 'none'), ramp, h('span', {}, 'most'), h('span', {}, `\u00b7 weight: ${weight}`));
      }
      viewKey.append(' ', kernelControl());
    } else if (t) {
      const capped = t.rows.find((r) => r.clusters.length > 1);
      viewKey.textContent = `rows: clusters, largest on top${capped ? ` (the ${capped.clusters.length} smallest share the last)` : ''}; x: a paper\u2019s year, an entity\u2019s first${t.undated ? `; ${t.undated.count} undated at the right` : ''}`;
    }
  }

  /**
   * The density view's kernel width (VOSviewer's option), a multiple of the default: narrower shows the clumps a big,
   * evenly laid-out graph blurs into one warm disc, wider the regions. The URL keeps it (&kernel=).
   */
  function kernelControl(): HTMLElement {
    const select = h('select', { 'data-testid': 'density-kernel', title: 'The kernel width, a multiple of the default (0.12 of the mean distance between nodes): narrower shows smaller clumps' },
      ...DENSITY_KERNELS.map((k) => h('option', { value: String(k) }, `\u00d7${k}`)));
    select.value = String(state.densityKernel);
    select.addEventListener('change', () => ctx.setState({ ...state, densityKernel: Number(select.value) }, 'replace'));
    return h('label', { class: 'density-kernel' }, 'kernel ', select);
  }

  function computeCentroids(): void {
    const clusters = graph.getAttribute('clusters') ?? [];
    const sums = clusterCentres(shown, null, new Set()); // (which clusters have nodes: placeCentroids places them)
    const layer = els.graph.querySelector('.cluster-labels') ?? h('div', { class: 'cluster-labels', 'aria-hidden': 'true' });
    els.graph.appendChild(layer);
    const labelled = [...clusters].filter((c) => sums.has(c.id) && c.label).sort((a, b) => b.size - a.size);
    const listed = labelled.slice(0, 24);
    centroids = listed.map((c) => {
      const s = sums.get(c.id)!;
      const el = h('div', { class: 'cluster-label', 'data-cluster': c.id }, c.label);
      el.style.setProperty('--cluster-color', c.color);
      return { ...s, id: c.id, label: c.label, el, shown: true };
    });
    layer.replaceChildren(...centroids.map((c) => c.el));
    clusterButtons = [];
    const list = listed.map((c) => {
      const b = h('button', { type: 'button', class: 'cluster', 'data-cluster': c.id, title: c.topEntities.join(', ') }, h('span', { class: 'swatch' }), c.label, h('span', { class: 'count' }, c.size));
      clusterButtons.push({ id: c.id, size: c.size, tip: c.topEntities.join(', '), button: b });
      b.style.setProperty('--kind-color', c.color);
      // A click selects the cluster (selectCluster): its nodes stay in colour, the rest fade (the reducers' `members`),
      // and its panel opens. With it selected, a node clicked or chosen in the search shows its own neighbourhood and
      // panel as ever (a question about one node), the cluster kept for when Esc clears the node. The filters hide
      // its nodes as any others (its count and panel say how many they keep); one they empty stays selected, its button
      // still there to clear it. A filter change frames what the filters leave, faded nodes included: they are drawn.
      b.addEventListener('click', () => {
        ctx.setState(selectCluster(state, c.id), 'push');
        // (a second click clears the cluster and leaves the camera where it is)
        if (state.cluster !== c.id) return;
        const keys = [...view.members!].filter((k) => !view.visible || view.visible.has(k));
        if (!keys.length) return;
        // Its nodes the filters keep, framed in the room the panels leave (its panel now among them), zoomed in no
        // closer than the flight to its centre was (ratio 0.5).
        const aim = () => framingCamera(keys, 0.5);
        void animateCamera(aim(), 500, aim);
      });
      return b;
    });
    // The list and the canvas name the 24 largest; it said nothing of the rest (286 more, of 20 papers and under, in
    // a corpus of 2,000 papers).
    const rest = labelled.length - listed.length;
    els.clusters.replaceChildren(...list, ...(rest > 0 ? [h('p', { class: 'more', 'data-testid': 'clusters-more' }, `… and ${rest} smaller cluster${rest === 1 ? '' : 's'} (colour by cluster to see them)`)] : []));
    renderClusterButtons(); // (and the list's counts, for a link that comes with filters)
  }

  /**
   * The selected cluster's button pressed, and the labels on the canvas of the clusters with no node in colour (the other
   * clusters', or those none of a chosen author's papers is in) faded as their nodes are.
   */
  function renderClusterButtons(): void {
    for (const { id, button } of clusterButtons) {
      button.setAttribute('aria-pressed', String(id === state.cluster));
      button.classList.toggle('on', id === state.cluster);
    }
    const on = lit();
    for (const c of centroids) c.el.classList.toggle('faded', on !== null && !on.has(c.id));
    placeCentroids(); // (a cluster the filters empty stays reachable while it is selected)
  }

  /**
   * Each cluster label over its cluster's visible nodes; none for a cluster the filters hide entirely. The sidebar's
   * list counts what the filters leave of each cluster, as the legend counts kinds, and a cluster they empty cannot be
   * flown to (with the video domain, "anomaly-localization · industrial · medical" still read 30 and flew to blank canvas).
   */
  function placeCentroids(): void {
    const centres = clusterCentres(shown, view.visible, new Set(centroids.map((c) => c.id)));
    for (const c of centroids) {
      const s = centres.get(c.id);
      c.shown = s !== undefined;
      if (s) Object.assign(c, { x: s.x, y: s.y, x0: s.x0, y0: s.y0, x1: s.x1, y1: s.y1, share: s.share });
    }
    for (const { id, size, tip, button } of clusterButtons) {
      const n = view.visible ? (centres.get(id)?.n ?? 0) : size;
      button.querySelector('.count')!.textContent = String(n);
      // (a selected cluster the filters empty can still be clicked, to clear it)
      button.disabled = n === 0 && id !== state.cluster;
      button.title = n === size ? tip : `${tip} (${n} of ${size} nodes pass the filters)`;
    }
  }

  type Box = { x0: number; y0: number; x1: number; y1: number };
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const labelWidths = new Map<string, number>();
  let measure: CanvasRenderingContext2D | null = null;
  /**
   * Where sigma drew node labels in its last frame (viewport pixels): right of each node, as its default label
   * renderer writes them (at x + size + 3, baseline y + labelSize / 3).
   */
  function nodeLabelBoxes(): Box[] {
    const { labelSize, labelFont, labelWeight } = renderer.getSettings();
    measure ??= document.createElement('canvas').getContext('2d');
    if (!measure) return [];
    measure.font = `${labelWeight} ${labelSize}px ${labelFont}`;
    const boxes: Box[] = [];
    for (const key of renderer.getNodeDisplayedLabels()) {
      const d = renderer.getNodeDisplayData(key);
      if (!d || d.hidden || !d.label) continue;
      const p = renderer.framedGraphToViewport(d);
      const size = renderer.scaleSize(d.size);
      let w = labelWidths.get(d.label);
      if (w === undefined) labelWidths.set(d.label, (w = measure.measureText(d.label).width));
      const at = (d as { labelAt?: LabelPlace }).labelAt;
      if (at) boxes.push(labelBox(at, p.x, p.y, size, w, labelSize));
      else {
        const x0 = p.x + size + 3;
        boxes.push({ x0, y0: p.y - labelSize * 0.75, x1: x0 + w, y1: p.y + labelSize * 0.45 });
      }
    }
    return boxes;
  }

  /**
   * Cluster labels where their clusters' nodes are densest (clusterCentres), biggest cluster first, each only where at
   * least MIN_LABEL_SHARE of the nodes around that place are its cluster's. A label that would cover a placed one or a node label
   * sigma drew moves up or down by a line or two, as long as it stays over its cluster's nodes; with no free place it is
   * hidden (they were drawn over node labels: "video · MSAD · reasoning" across "Mixture of Experts Guided by…"). At the
   * edge of the room the panels leave (the canvas's, the topbar's, the sidebar's, the details panel's) a label moves
   * inwards while it stays over its cluster, else is hidden rather than cut or covered.
   */
  function placeClusterLabels(): void {
    // (inside the room the panels leave: under the sidebar a label read "…aluation · AlphaEval · MAD", and after a search
    // 3 of the 5 shown were under the details panel or the topbar)
    if (state.layout === 'timeline') {
      // (the timeline names its rows at their left end instead: timeline-overlay.ts)
      for (const c of centroids) c.el.style.visibility = 'hidden';
      return;
    }
    const area = freeArea();
    const placedBoxes: Box[] = [];
    const nodeLabels = nodeLabelBoxes();
    for (const c of centroids) {
      // (a cluster with no place of its own, its nodes strewn among others', has no label: on 3,058 papers "TEP ·
      // industrial · GDN" was written where 1% of the nodes were its own; the sidebar still lists it)
      if (!c.shown || c.share < MIN_LABEL_SHARE) {
        c.el.style.visibility = 'hidden';
        continue;
      }
      const p = renderer.graphToViewport(c);
      const w = (c.w ||= c.el.offsetWidth);
      const h2 = (c.h ||= c.el.offsetHeight);
      const [c0, c1] = [renderer.graphToViewport({ x: c.x0, y: c.y0 }), renderer.graphToViewport({ x: c.x1, y: c.y1 })];
      const [top, bottom] = [Math.min(c0.y, c1.y), Math.max(c0.y, c1.y)];
      // Whole inside the free area, still over its cluster's nodes: at the edge of a phone's screen a label read "…yle".
      const x = Math.min(Math.max(p.x, area.left + w / 2 + 4), area.right - w / 2 - 4);
      const fits = w + 8 <= area.right - area.left && x >= Math.min(c0.x, c1.x) - 1 && x <= Math.max(c0.x, c1.x) + 1;
      let at: number | null = null;
      for (const dy of fits ? [0, -1, 1, -2, 2].map((n) => n * (h2 + 2)) : []) {
        const y = p.y + dy;
        if (dy && (y < top || y > bottom)) continue;
        const r = { x0: x - w / 2 - 4, y0: y - h2 / 2 - 2, x1: x + w / 2 + 4, y1: y + h2 / 2 + 2 };
        if (r.y0 < area.top || r.y1 > area.bottom) continue;
        if (placedBoxes.some((q) => overlaps(r, q)) || nodeLabels.some((q) => overlaps(r, q))) continue;
        placedBoxes.push(r);
        at = y;
        break;
      }
      c.el.style.visibility = at === null ? 'hidden' : 'visible';
      c.el.style.transform = `translate(${Math.round(x - w / 2)}px, ${Math.round((at ?? p.y) - h2 / 2)}px)`;
    }
  }

  /**
   * The canvas area the panels leave free (viewport pixels): below the topbar, right of the sidebar's column, left of
   * or above the details panel. A folded sidebar (a phone's one button) is left out as a column or as a band below the
   * topbar, whichever leaves the larger square: a column in a turned phone (844 × 390), a band in an upright one.
   */
  function freeArea(): { left: number; top: number; right: number; bottom: number } {
    const box = els.graph.getBoundingClientRect();
    let left = box.left;
    let right = box.right;
    let bottom = box.bottom;
    let top = box.top;
    const bar = (els.toolbar.closest('header') ?? els.toolbar).getBoundingClientRect();
    if (bar.height) top = Math.max(top, bar.bottom);
    if (!els.details.hidden) {
      const d = els.details.getBoundingClientRect();
      if (d.width && d.left > box.left + box.width / 2) right = Math.min(right, d.left);
      // Under 900 px style.css moves the panel to the bottom half (full width): the node goes above it, not
      // under it (at 600 x 800 a searched node was centred at y 400, behind the panel that starts at 392).
      else if (d.height && d.top > box.top + box.height / 3) bottom = Math.min(bottom, d.top);
    }
    const side = els.sidebar.getBoundingClientRect();
    if (side.width && side.height) {
      const column = side.right < box.left + box.width / 2 ? Math.max(left, side.right) : null;
      const band = side.height < (bottom - top) / 3 && side.top < top + side.height ? Math.max(top, side.bottom) : null;
      if (column !== null && (band === null || Math.min(right - column, bottom - top) >= Math.min(right - left, bottom - band))) left = column;
      else if (band !== null) top = band;
    }
    top = Math.min(top, bottom);
    return { left: left - box.left, top: top - box.top, right: right - box.left, bottom: bottom - box.top };
  }

  const topbar = els.toolbar.closest('header');
  /**
   * The sidebar and the details panel start below the topbar (style.css reads --topbar-bottom). Set when the topbar's
   * size changes, which its observer hears after the frame; a resize sets it before it reads the free area (the free
   * area read in sigma's resize had the sidebar where the old topbar ended: a phone's folded sidebar at y 60-94 under
   * a topbar that now ended at 146, then at 154-188).
   */
  function placeBelowTopbar(): void {
    if (topbar) document.documentElement.style.setProperty('--topbar-bottom', `${Math.round(topbar.getBoundingClientRect().bottom)}px`);
  }

  /** The viewport point at the centre of the canvas area that the side panels leave free. */
  function freeCentre(): { x: number; y: number } {
    const a = freeArea();
    return { x: (a.left + a.right) / 2, y: (a.top + a.bottom) / 2 };
  }

  /** The camera state that shows the framed-graph point `p` at the free area's centre, at `ratio`. */
  function cameraShowing(p: { x: number; y: number }, ratio: number, dims?: { width: number; height: number }): CameraState {
    const { width, height } = renderer.getDimensions();
    const v = freeCentre();
    const at: CameraState = { x: p.x, y: p.y, ratio, angle: 0 };
    const graphDims = dims ? { width: dims.width, height: dims.height } : renderer.getGraphDimensions();
    const q = renderer.viewportToFramedGraph({ x: width - v.x, y: height - v.y }, { cameraState: at, graphDimensions: graphDims });
    return { x: q.x, y: q.y, ratio, angle: 0 };
  }

  /** Room kept between the whole graph's outermost nodes and the free area's edges (viewport pixels). */
  const FIT_MARGIN = 24;
  /**
   * The camera that shows the whole graph: its centre at the free area's centre, at sigma's ratio 1.15, or zoomed out
   * as far as every node needs to stay FIT_MARGIN inside the free area (in a turned phone, 844 × 390, ratio 1.15 put the
   * top of the graph under the topbar).
   */
  function wholeGraphCamera(): CameraState {
    // (the timeline's rows and columns whole: half a year's width either side of the first and last, where the axis's
    // end labels, "undated (5)" the widest, are centred; framed on the nodes alone, it ran past the window's edge)
    return framingCamera(graph.nodes(), 1.15, state.layout === 'timeline' ? timelineOf().layout.extent : undefined);
  }

  /**
   * The camera that frames nodes `keys`: the centre of their extent at the free area's centre, zoomed out as far as each
   * of them needs to stay FIT_MARGIN inside the free area, and never closer than `minRatio`; with `include` (a box in graph
   * coordinates, with some node), that box too.
   */
  function framingCamera(keys: Iterable<string>, minRatio: number, include?: { x0: number; y0: number; x1: number; y1: number }): CameraState {
    const dims = extentOf();
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    const add = (p: { x: number; y: number }) => {
      const { x, y } = dims.framed(p);
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    };
    for (const k of keys) add(placed(k));
    if (include && x0 <= x1) [{ x: include.x0, y: include.y0 }, { x: include.x1, y: include.y1 }].forEach(add);
    if (!(x0 <= x1)) [x0, y0, x1, y1] = [0.5, 0.5, 0.5, 0.5]; // (no node: the graph's centre)
    const centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
    // (where sigma draws the extent's corners at ratio 1; a ratio scales the distances on screen by its inverse)
    const at = { cameraState: { ...centre, ratio: 1, angle: 0 }, graphDimensions: { width: dims.width, height: dims.height } };
    const p0 = renderer.framedGraphToViewport({ x: x0, y: y0 }, at);
    const p1 = renderer.framedGraphToViewport({ x: x1, y: y1 }, at);
    const a = freeArea();
    const fit = Math.max(Math.abs(p1.x - p0.x) / Math.max(1, a.right - a.left - 2 * FIT_MARGIN), Math.abs(p1.y - p0.y) / Math.max(1, a.bottom - a.top - 2 * FIT_MARGIN));
    const { minCameraRatio, maxCameraRatio } = renderer.getSettings();
    const ratio = Math.min(Math.max(minRatio, fit, minCameraRatio ?? 0), maxCameraRatio ?? Infinity);
    return cameraShowing(centre, ratio, dims);
  }

  /**
   * The camera that shows node `key` at the free area's centre at `ratio`, or zoomed out as far as its neighbours drawn
   * (the ones its selection brings forward) need to stay FIT_MARGIN inside the free area: at ratio 0.4 SimpleNet's one
   * paper was above the window at 1280 × 800, and on a phone MVTec AD's papers were under the topbar.
   */
  function nodeCamera(key: string, ratio: number): CameraState {
    const dims = extentOf();
    const centre = dims.framed(placed(key));
    const a = freeArea();
    const halfW = Math.max(1, (a.right - a.left) / 2 - FIT_MARGIN);
    const halfH = Math.max(1, (a.bottom - a.top) / 2 - FIT_MARGIN);
    const { width, height } = renderer.getDimensions();
    const at = { cameraState: { x: centre.x, y: centre.y, ratio: 1, angle: 0 }, graphDimensions: { width: dims.width, height: dims.height } };
    const near = view.focus?.has(key) ? view.focus : new Set(graph.neighbors(key));
    let need = ratio;
    for (const n of near) {
      if (n === key || (view.visible && !view.visible.has(n))) continue;
      const p = renderer.framedGraphToViewport(dims.framed(placed(n)), at);
      need = Math.max(need, Math.abs(p.x - width / 2) / halfW, Math.abs(p.y - height / 2) / halfH);
    }
    const { maxCameraRatio } = renderer.getSettings();
    return cameraShowing(centre, Math.min(need, maxCameraRatio ?? Infinity), dims);
  }

  /** The closest a filter change's framing zooms in (a few nodes left, or one). */
  const MIN_FILTER_RATIO = 0.25;
  /**
   * After a filter change, the camera frames what the filters leave (in the room the panels leave) unless that is
   * already well framed, which is either:
   * - every node left has its centre in the free area, and framing them would not zoom in twice as close (they
   *   already span half the room's width or height): a kind hidden in the legend leaves the camera where it is;
   * - the researcher had zoomed into a part of the graph (under half of the nodes shown before the change were in the
   *   free area) and some of what is left is still there: the part they chose is kept.
   * Otherwise (nothing left in sight, some of it out of sight from a view that showed it all, or all of it in a
   * corner, tiny) it flies there. In the bundled graph at 1280 × 800, filtered to 2016 from the whole graph's view, its 4
   * nodes sat in a 31 × 26 px box (144 × 120 framed); from a camera zoomed in to 0.7 over most of the graph, 6 of 2022's
   * 29 were out of sight.
   */
  function reframeAfterFilters(before: Set<string> | null): void {
    const cam = renderer.getCamera();
    if (cam.isAnimated()) return; // (a flight under way, a search's, goes where it was going)
    // (what is drawn: what the filters leave, and a selected node they hide, which stays drawn)
    const keys = view.visible ? [...new Set([...view.visible, ...state.selected.filter((k) => graph.hasNode(k))])] : graph.nodes();
    if (!keys.length) return;
    const now = cam.getState();
    const a = freeArea();
    const inView = (k: string) => {
      const p = renderer.graphToViewport(placed(k), { cameraState: now });
      return p.x >= a.left && p.x <= a.right && p.y >= a.top && p.y <= a.bottom;
    };
    const target = framingCamera(keys, MIN_FILTER_RATIO);
    const shown = keys.filter(inView).length;
    if (shown === keys.length && target.ratio >= now.ratio / 2) return;
    if (shown > 0 && shown < keys.length) {
      const was = before ? [...before] : graph.nodes();
      if (was.filter(inView).length * 2 < was.length) return;
    }
    // (every node shown again: the whole graph's framing, which a resize keeps)
    if (!view.visible) void frameWholeGraph(400);
    else void animateCamera(target, 400);
  }

  /**
   * The whole-graph camera last given (at load, by the "whole graph" button, a graph opened, a resize), while the camera
   * is there: a resize frames the whole graph again only then. A pan, a zoom, a search's flight or a node moved clear of
   * the panel left the camera elsewhere (compared when the window is resized, so no camera event needs watching).
   */
  let framed: CameraState | null = null;
  const sameView = (a: CameraState, b: CameraState) =>
    Math.abs(a.x - b.x) < 1e-3 && Math.abs(a.y - b.y) < 1e-3 && Math.abs(a.ratio - b.ratio) < 1e-3 * b.ratio;
  /** Frame the whole graph, now or in a short flight (the "whole graph" button); remembered for a resize. */
  function frameWholeGraph(duration = 0): Promise<void> | void {
    framed = wholeGraphCamera();
    if (duration > 0) return animateCamera(framed, duration);
    renderer.getCamera().setState(framed);
  }
  /**
   * A camera still on the whole graph frames it again when the room left for it changed (the topbar grew or shrank).
   * A camera from the address that is the whole graph's framing once the tools are in the topbar (a phone's page
   * reloaded: the load's framing had a shorter topbar) is the whole graph's too.
   */
  function keepFramed(): void {
    const cam = renderer.getCamera();
    if (cam.isAnimated()) return;
    const next = wholeGraphCamera();
    if (!framed) {
      if (sameView(cam.getState(), next)) framed = next;
      return;
    }
    if (sameView(cam.getState(), framed) && !sameView(next, framed)) frameWholeGraph();
  }
  /** The canvas's size and free area's centre in the last frame drawn: where the researcher was looking before a resize. */
  let lastFrame: { width: number; height: number; centre: { x: number; y: number } } | null = null;

  renderer.on('afterRender', () => {
    placeClusterLabels();
    if (state.layout === 'timeline') overlay.place((p) => renderer.graphToViewport(p), freeArea());
    if (state.layout === 'density') {
      const { width, height } = renderer.getDimensions();
      density.draw((p) => renderer.graphToViewport(p), width, height);
    }
    lastFrame = { ...renderer.getDimensions(), centre: freeCentre() };
  });
  /**
   * A window resized (a phone turned, a desktop window narrowed or widened). sigma keeps the camera as it is, so the
   * graph framed for the old window sat off-centre or partly out of the new one (1280 × 800 to 390 × 844: its right
   * edge at x 397, past the screen's). A camera still on the whole graph frames it again in the room left; one the
   * researcher moved keeps, at its zoom, the point that was at the free area's centre there. Node sizes follow the window.
   * (sigma emits 'resize' inside its render, before it reads the camera: the new camera is drawn in this frame.)
   */
  function followResize(): void {
    placeBelowTopbar();
    const cam = renderer.getCamera();
    const now = cam.getState();
    if (framed && (cam.isAnimated() ? animatingTo === framed : sameView(now, framed))) {
      if (cam.isAnimated()) void frameWholeGraph(150); // (the button's flight, to where the old window's frame was)
      else frameWholeGraph();
    } else if (flight && cam.isAnimated() && animatingTo === flight.target) {
      // A flight to a node (a search) or a cluster, aimed for the old window: aimed again for this one, in the time it
      // had left (a search's flight to MVTec AD, the window narrowed from 1280 to 390 px on the way, ended with 16 of
      // its 29 nodes out of sight or under the details panel).
      const { aim, end } = flight;
      void animateCamera(aim(), Math.max(150, end - Date.now()), aim);
    } else if (lastFrame && !cam.isAnimated() && graph.order) {
      // (sigma turns viewport pixels into its clip space with the canvas's current size, the matrix with the one given)
      const { width, height } = renderer.getDimensions();
      const at = { x: (lastFrame.centre.x / lastFrame.width) * width, y: (lastFrame.centre.y / lastFrame.height) * height };
      const p = renderer.viewportToFramedGraph(at, { cameraState: now, viewportDimensions: { width: lastFrame.width, height: lastFrame.height } });
      cam.setState(cameraShowing(p, now.ratio));
    }
  }
  /** The window turned between upright and landscape while the timeline is shown: laid out again for its shape, framed whole. */
  function reshapeTimeline(): void {
    if (state.layout !== 'timeline' || !timelineCache || timelineCache.aspect === timelineAspect()) return;
    timelineCache = null;
    syncShown();
    overlay.show(timelineOf().layout);
    overlay.fade(lit());
    renderer.setGraph(shown); // (process + render: the positions are another layout's)
    frameWholeGraph();
  }
  renderer.on('resize', () => {
    // (after this render: sigma emits 'resize' inside one; reshapeTimeline tells whether the shape changed)
    if (state.layout === 'timeline') requestAnimationFrame(reshapeTimeline);
    followResize();
    const { width, height } = renderer.getDimensions();
    const f = windowSizeFactor(width, height);
    if (f === sizeFactor) return;
    sizeFactor = f;
    view.size = scaledSizes(sizeScale(graph, view.sizes), sizeFactor);
    renderer.setSetting('labelRenderedSizeThreshold', LABEL_SIZE_THRESHOLD * sizeFactor); // (a refresh, next frame)
  });
  // (after the resize's render, with the new sizes: labels picked inside it would be the old window's)
  renderer.on('resize', () => requestAnimationFrame(() => relabelOverview()));

  els.skipToDetails?.addEventListener('click', () => ctx.focusDetails());

  // Zoom buttons: sigma's canvas takes no keys, so from the keyboard nothing zoomed or showed the whole graph again
  // once a search had flown to a node. Outside the canvas's element: a click inside it is sigma's clickStage.
  {
    const cam = renderer.getCamera();
    const zoomButton = (label: string, testid: string, text: string, fn: () => void) => {
      const b = h('button', { type: 'button', 'data-testid': testid, title: label, 'aria-label': label }, text);
      b.addEventListener('click', fn);
      return b;
    };
    document.body.appendChild(h('div', { class: 'zoom', role: 'group', 'aria-label': 'Zoom' },
      zoomButton('Zoom in', 'zoom-in', '+', () => void cam.animatedZoom({ duration: 250 })),
      zoomButton('Zoom out', 'zoom-out', '−', () => void cam.animatedUnzoom({ duration: 250 })),
      zoomButton('Show the whole graph', 'zoom-fit', '⤢', () => void frameWholeGraph(400))));
  }

  // ------------------------------------------------------------------ sigma events

  // A finger hovers nothing: sigma reports the node or link under it at each touch and move, and nothing leaves it until
  // the next touch, so after a pan across the graph a link's sentence stayed open over a third of a phone's screen (or a
  // node's neighbours stayed brought forward). A tap selects, which shows the same.
  const byTouch = (event: { original: MouseEvent | TouchEvent }) => event.original.type.startsWith('touch');
  renderer.on('enterNode', ({ node, event }) => {
    if (byTouch(event)) return;
    els.graph.style.cursor = 'pointer';
    ctx.setState(hoverNode(state, node), 'none');
  });
  renderer.on('leaveNode', () => {
    els.graph.style.cursor = '';
    ctx.setState(hoverNode(state, null), 'none');
  });
  /**
   * A node selected on the canvas that the details panel it opened now covers is moved, at the same zoom, to the
   * middle of the room the panels leave: tapped on a phone, MVTec AD and its neighbours were all under the panel
   * (the bottom half), and a node in the right third of a 1280 px window under its 400 px. One in sight stays put.
   */
  function keepClear(key: string): void {
    if (!state.selected.includes(key) || els.details.hidden) return;
    const cam = renderer.getCamera().getState();
    const a = placed(key);
    const p = renderer.graphToViewport(a, { cameraState: cam });
    const box = els.graph.getBoundingClientRect();
    const d = els.details.getBoundingClientRect();
    const x = box.left + p.x;
    const y = box.top + p.y;
    if (x < d.left || x > d.right || y < d.top || y > d.bottom) return;
    void animateCamera(cameraShowing(extentOf().framed(a), cam.ratio), 400);
  }
  renderer.on('clickNode', ({ node, event }) => {
    const o = event.original as MouseEvent;
    ctx.setState(clickNode(state, node, { toggle: o.ctrlKey || o.metaKey }), 'push');
    keepClear(node);
  });
  /** A finger's tap beside a node (a few pixels wide on a phone): that node, else null. */
  function tappedNear(event: { x: number; y: number; original: MouseEvent | TouchEvent }): string | null {
    if (!byTouch(event)) return null;
    const cands: { key: string; x: number; y: number; radius: number }[] = [];
    // From the graph's own positions and the camera: the touch's start hovered a link, whose full refresh (scheduled)
    // left sigma's display data in graph coordinates until the next frame, so read back they came out 90,000 px off.
    const at = { cameraState: renderer.getCamera().getState() };
    shown.forEachNode((key, a) => {
      const d = renderer.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = renderer.graphToViewport(a, at);
      cands.push({ key, x: p.x, y: p.y, radius: renderer.scaleSize(d.size) });
    });
    return nodeWithinReach(cands, event);
  }
  renderer.on('clickStage', ({ event }) => {
    const near = tappedNear(event);
    ctx.setState(near ? clickNode(state, near) : clickStage(state), 'push');
    if (near) keepClear(near);
  });
  renderer.on('enterEdge', ({ edge, event }) => {
    if (byTouch(event)) return;
    els.graph.style.cursor = 'pointer';
    showTooltip(edge, event.x, event.y);
    ctx.setState(hoverEdge(state, edge), 'none');
  });
  renderer.on('leaveEdge', () => {
    els.graph.style.cursor = '';
    els.tooltip.hidden = true;
    ctx.setState(hoverEdge(state, null), 'none');
  });
  // (a finger on a link beside a node meant the node: links are a pixel wide)
  renderer.on('clickEdge', ({ edge, event }) => {
    const near = tappedNear(event);
    ctx.setState(near ? clickNode(state, near) : clickEdge(state, edge), 'push');
    if (near) keepClear(near);
  });

  function showTooltip(edge: string, x: number, y: number): void {
    const e = graph.getEdgeAttributes(edge);
    const [s, t] = graph.extremities(edge);
    els.tooltip.replaceChildren(
      h('div', { class: 'rel' }, `${graph.getNodeAttribute(s, 'label')} — ${e.relation} → ${graph.getNodeAttribute(t, 'label')}`),
      h('div', { class: 'evidence' }, e.evidence),
    );
    els.tooltip.hidden = false;
    // Below and right of the pointer, or above / left of it where it would leave the window: near the right or
    // bottom edge the sentence was drawn outside the window, unreadable.
    const box = els.graph.getBoundingClientRect();
    const { width, height } = els.tooltip.getBoundingClientRect();
    const px = box.left + x;
    const py = box.top + y;
    const left = px + 12 + width > window.innerWidth - 4 ? Math.max(4, px - 12 - width) : px + 12;
    const top = py + 12 + height > window.innerHeight - 4 ? Math.max(4, py - 12 - height) : py + 12;
    els.tooltip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  // Camera in the URL (replace, not push: moving is not a new history step).
  let camTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on('updated', () => {
    clearTimeout(camTimer);
    camTimer = setTimeout(() => writeUrl('replace'), 400);
  });

  // ------------------------------------------------------------------ search

  let active = -1;
  let current: ReturnType<SearchIndex['search']> = [];
  /** A query that matched nothing, said under the box (Enter on it did nothing without a word). */
  let noMatch: string | null = null;
  function ensureIndex(): SearchIndex {
    if (!index) {
      const t = performance.now();
      index = buildSearchIndex(graph);
      performance.measure('paperweave:search-index', { start: t, end: performance.now() });
    }
    return index;
  }
  function renderSuggestions(): void {
    const items = current.map((s, i) => {
      // A node the legend or the filters hide is offered greyed, saying so; choosing it shows it (see pick).
      const why = ctx.hiddenReason(s.key);
      const note = why === 'kind' ? `${s.kind} hidden` : why === 'filter' ? 'hidden by filters' : null;
      const li = h('li', { role: 'option', id: `sugg-${i}`, 'data-key': s.key, 'aria-selected': String(i === active), class: [i === active ? 'active' : '', why ? 'filtered-out' : ''].filter(Boolean).join(' '), ...(why ? { 'data-hidden': why, title: `${note}: choosing it shows it` } : {}) },
        h('span', { class: 'swatch' }), h('span', { class: 'label' }, s.label), s.via ? h('span', { class: 'via' }, s.via) : null,
        note ? h('span', { class: 'hidden-note', 'data-testid': 'search-hidden' }, note) : null, h('span', { class: 'kind' }, s.kind));
      li.style.setProperty('--kind-color', kindColor(s.kind));
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(i);
      });
      return li;
    });
    // Only for the query in the box now: a graph opened while the box had the focus emptied the box and kept the
    // hint, naming the previous graph's query.
    const unmatched = noMatch !== null && !items.length && noMatch === els.search.value.trim() ? noMatch : null;
    // (the graph's papers name their authors: the search looked at them too, so say so; asked only when nothing matched,
    // not at each key that matches something)
    const hint = unmatched === null ? '' : `No ${namesAuthors(graph) ? 'name, title or author' : 'name or title'} matches “${unmatched}”`;
    // Seen in the list, heard from the status line: an option the list does not offer (aria-expanded stays false)
    // was never read out.
    const none = hint ? [h('li', { class: 'none', 'aria-hidden': 'true', 'data-testid': 'search-none' }, hint)] : [];
    if (els.searchStatus && els.searchStatus.textContent !== hint) els.searchStatus.textContent = hint;
    els.suggestions.replaceChildren(...items, ...none);
    els.suggestions.hidden = items.length + none.length === 0;
    els.search.setAttribute('aria-expanded', String(items.length > 0));
    if (active >= 0) els.search.setAttribute('aria-activedescendant', `sugg-${active}`);
    else els.search.removeAttribute('aria-activedescendant');
  }
  /**
   * Select a suggestion. Chosen from the keyboard (Enter), the focus moves to the details panel's title: the panel
   * came some 40 Tabs after the search box (the toolbar, the legend, the filters, every cluster). With the mouse it
   * stays in the box, as it was.
   */
  function pick(i: number, keyboard = false): void {
    const s = current[i];
    if (!s) return;
    els.search.value = s.label;
    current = [];
    noMatch = null;
    active = -1;
    renderSuggestions();
    ctx.select(s.key, { fly: true, reveal: true });
    if (keyboard) ctx.focusDetails();
  }
  els.search.addEventListener('input', () => {
    current = ensureIndex().search(els.search.value, 8);
    active = current.length ? 0 : -1;
    noMatch = current.length ? null : els.search.value.trim() || null;
    renderSuggestions();
  });
  els.search.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!current.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + current.length) % current.length;
      renderSuggestions();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!current.length && els.search.value.trim()) current = ensureIndex().search(els.search.value, 8);
      pick(active >= 0 ? active : 0, true);
    } else if (ev.key === 'Escape') {
      current = [];
      noMatch = null;
      renderSuggestions();
      els.search.blur();
    }
  });
  els.search.addEventListener('blur', () => {
    current = [];
    noMatch = null;
    renderSuggestions();
  });

  document.addEventListener('keydown', (ev) => {
    const t = ev.target as HTMLElement | null;
    const typing = t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
    if (ev.key === '/' && !typing) {
      ev.preventDefault();
      els.search.focus();
      els.search.select();
    } else if ((ev.key === 'k' || ev.key === 'K') && (ev.metaKey || ev.ctrlKey)) {
      ev.preventDefault();
      els.search.focus();
      els.search.select();
    } else if (ev.key === 'Escape' && !typing && !t?.closest('dialog[open]')) {
      // (Esc in a dialog, the matrix, closes the dialog only: it cleared the selection the researcher came with too)
      ctx.setState(clickStage(state), 'push');
    }
  });

  // ------------------------------------------------------------------ URL -> state

  window.addEventListener('popstate', () => {
    const v = decodeView(location.search);
    const owner = entryGraph();
    if (owner !== graphId) {
      const other = shownGraphs.get(owner);
      if (other) showGraph(other.graph, owner, { name: other.name, graphUrl: other.graphUrl, history: 'none' });
      else if (owner.startsWith('url:')) {
        location.reload(); // the entry's address names its graph: load it
        return;
      } else {
        writeUrl('replace'); // a file opened before this page was reloaded: gone; the entry now shows this graph
        return;
      }
    }
    apply(stateFromUrl(graph, state, v), 'none');
    if (v.camera) void animateCamera(v.camera, 300);
  });

  /** Show another graph from a clean view (a file opened, or Back/Forward to a graph shown before). */
  function showGraph(next: KnowledgeGraph, id: string, o: { name?: string; graphUrl: string | null; history: HistoryMode }): void {
    // Selection and filters are cleared first: the reducers must not look the old graph's keys up in the new one
    // while sigma still draws the old graph.
    if (state.selected.length || state.selectedEdge || state.hovered || state.hoveredEdge || state.cluster !== null || state.author !== null || filtersActive(state.filters)) {
      apply({ ...state, selected: [], selectedEdge: null, hovered: null, hoveredEdge: null, cluster: null, author: null, filters: { ...EMPTY_FILTERS, hiddenKinds: [] } }, 'none', false, false);
    }
    graph = next;
    graphId = id;
    index = null;
    syncShown(); // (the timeline stays the timeline, of the new graph)
    mapCamera = null;
    // The search box held the previous graph's query (and its suggestions, that graph's keys).
    els.search.value = '';
    current = [];
    noMatch = null;
    active = -1;
    renderSuggestions();
    graphUrl = o.graphUrl;
    // (sized as the view it was exported from was, if a viewer exported it; else as the graph before it)
    const fresh: ViewState = { ...initialState(), colorBy: state.colorBy, burstGamma: state.burstGamma, layout: state.layout, densityKernel: state.densityKernel, sizeBy: graph.getAttribute('sizeBy') ? graphSizeBy(graph) : state.sizeBy };
    view.labels = labelMap(graph);
    view.colors = colorsOf(fresh.colorBy).colors;
    view.fade = !large();
    renderer.setSetting('zIndex', !large());
    renderer.setSetting('enableEdgeEvents', !large());
    renderer.setSetting('hideEdgesOnMove', large());
    renderer.setSetting('hideLabelsOnMove', large());
    frameWholeGraph();
    apply(fresh, o.history, true, false);
    setTitle(o.name ?? graph.getAttribute('name'));
    computeCentroids();
    renderer.setGraph(shown); // process + render once, with the new view already in place
    idle(() => ensureIndex());
  }

  // ------------------------------------------------------------------ the context

  const ctx: AppContext = {
    get graph() {
      return graph;
    },
    renderer,
    get state() {
      return state;
    },
    get drawnGraph() {
      return shown;
    },
    get timeline() {
      return state.layout === 'timeline' ? timelineOf().layout : null;
    },
    density,
    get densityMs() {
      return densityMs;
    },
    setState: (next, mode = 'replace') => {
      if (next !== state) apply(next, mode);
    },
    select(key, o = {}) {
      if (key !== null && !graph.hasNode(key)) throw new Error(`paperweave: no node '${key}' in the graph (keys look like 'method:patchcore')`);
      const why = key !== null && o.reveal ? ctx.hiddenReason(key) : null;
      if (key !== null && why) {
        // One step (Back hides it again): the filters that hide it, then the selection.
        const kind = graph.getNodeAttribute(key, 'kind');
        const hiddenKinds = state.filters.hiddenKinds.filter((k) => k !== kind);
        const patch: Partial<Filters> = why === 'kind' ? { hiddenKinds } : { ...EMPTY_FILTERS, hiddenKinds };
        ctx.setState(selectNode(setFilters(state, patch), key), o.history ?? 'push');
        const label = graph.getNodeAttribute(key, 'label');
        notice(why === 'kind' ? `${label}: ${kind} nodes shown again (they were hidden in the legend)` : `${label} was hidden by the filters: filters cleared to show it`);
      } else ctx.setState(selectNode(state, key), o.history ?? 'push');
      if (key !== null && o.fly !== false) void ctx.flyTo(key);
    },
    async flyTo(key) {
      if (!graph.hasNode(key)) return;
      // From the graph's own coordinates: sigma's display data holds raw coordinates until a scheduled
      // refresh has been processed.
      const ratio = Math.min(renderer.getCamera().ratio, 0.4);
      const aim = () => nodeCamera(key, ratio);
      await animateCamera(aim(), 500, aim);
    },
    nodeSize(key) {
      return view.sizes?.get(key) ?? graph.getNodeAttribute(key, 'size');
    },
    passes(key, edge) {
      return passing(panelCtx, key, edge);
    },
    hiddenReason(key) {
      if (!view.visible || view.visible.has(key) || !graph.hasNode(key)) return null;
      const kind = graph.getNodeAttribute(key, 'kind');
      if (!state.filters.hiddenKinds.includes(kind)) return 'filter';
      const passing = passingSet();
      return !passing || passing.has(key) ? 'kind' : 'filter';
    },
    focusDetails() {
      const from = document.activeElement as HTMLElement | null;
      if (!focusPanelTitle()) return false;
      if (from && from !== document.body && !els.details.contains(from)) focusReturn = from;
      return true;
    },
    setGraph(next, o = {}) {
      const id = `file:${performance.timeOrigin}:${++openedCount}`;
      shownGraphs.set(id, { graph: next, name: o.name, graphUrl: null });
      showGraph(next, id, { name: o.name, graphUrl: null, history: 'push' });
    },

    registerToolbarItem(el) {
      els.toolbar.appendChild(el);
      return el;
    },
    registerSidebarSection(el) {
      els.sidebar.appendChild(el);
      return el;
    },
    registerPaperAction(make) {
      paperActions.push(make);
      renderPanel(true); // (a panel already shown gets it too)
    },
    registerDatasetSection(make) {
      datasetSections.push(make);
      renderPanel(true);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setStatus(message, kind = 'info') {
      els.status.textContent = message;
      els.status.className = `status ${kind}`;
      els.status.hidden = !message;
    },
  };

  /** A notice in the status line, gone after a while (unless another message replaced it). */
  function notice(message: string): void {
    ctx.setStatus(message);
    setTimeout(() => {
      if (els.status.textContent === message) ctx.setStatus('');
    }, 8000);
  }

  function setTitle(name: string | undefined): void {
    els.title.textContent = name ? `paperweave · ${name}` : 'paperweave';
    pageTitle();
  }

  /**
   * The tab's title names the node shown ("SimpleNet · paperweave · anomaly-detection"): every entry of Back's menu,
   * every bookmark and tab read "paperweave · anomaly-detection" whatever it showed. Set after the entry is written
   * (the browser gives a title change to the entry then current).
   */
  function pageTitle(): void {
    const sel = primary(state);
    const base = els.title.textContent ?? 'paperweave';
    document.title = sel && graph.hasNode(sel) ? `${graph.getNodeAttribute(sel, 'label')} · ${base}` : base;
  }

  // ------------------------------------------------------------------ first render
  // The topbar wraps onto more rows in a narrow window (at 600 px: title and search, then the tools), and grows when
  // the features add their tools after the first frame: a camera still on the whole graph frames it again below it.
  if (topbar && 'ResizeObserver' in window) {
    new ResizeObserver(() => {
      placeBelowTopbar();
      keepFramed();
      relabelOverview(); // (a taller topbar covers the top of the canvas)
    }).observe(topbar);
  }
  // The sidebar folding or opening and the details panel opening or closing change the room the cluster labels have, and
  // need no render: placed again when they change size (on a phone a cluster chosen in the list, the list folded again,
  // left two labels under the folded sidebar's button, placed while the list was open).
  if ('ResizeObserver' in window) {
    const panels = new ResizeObserver(() => placeClusterLabels());
    panels.observe(els.sidebar);
    panels.observe(els.details);
  }
  setTitle(opts.name ?? graph.getAttribute('name'));
  history.replaceState({ pwGraph: graphId }, ''); // this entry shows this graph (also after a reload)
  apply(state, 'none', true, false); // legend, filters, panel, count: DOM only
  {
    // Frame the graph in the area the panels leave free (or the selected node and its neighbours, for a link without
    // camera), then hand sigma the graph: one process and one render.
    const sel = primary(state);
    const whole = wholeGraphCamera();
    let cam: CameraState;
    if (fromUrl.camera) cam = { ...fromUrl.camera, angle: 0 };
    else if (sel) cam = nodeCamera(sel, 0.5);
    else if (view.members && [...view.members].some((k) => !view.visible || view.visible.has(k))) {
      // A link with a cluster and no camera (typed by hand: ?cluster=0) opens on the cluster, framed as its click frames
      // it (it opened on the whole graph, the cluster faded in among the rest).
      cam = framingCamera([...view.members].filter((k) => !view.visible || view.visible.has(k)), 0.5);
    } else if (view.visible?.size) {
      // A link with filters and no camera (typed by hand: ?from=2016&to=2016) opens on what they leave, as a filter
      // change frames it from the whole graph's view (reframeAfterFilters), where all of it is in sight: framed when that
      // zooms in twice as close, else the whole graph (a kind hidden). It opened on the whole graph, 2016's 4 nodes in
      // a 31 × 26 px box at 1280 × 800.
      const target = framingCamera(view.visible, MIN_FILTER_RATIO);
      cam = target.ratio < whole.ratio / 2 ? target : whole;
    } else cam = whole;
    // (a reloaded page's address has the whole graph's camera the load wrote there: still the whole graph for a resize)
    if (sameView(cam, whole)) framed = whole;
    renderer.getCamera().setState(cam);
    computeCentroids();
    // (the whole graph's labels for this camera, before the one process)
    if (!view.focus) view.overview = overviewLabels();
    renderer.setGraph(shown);
    if (view.focus) {
      // A shared link with a selection: choose its labels now that sigma knows where nodes are on screen.
      view.forced = forcedLabels(view.focus, view.anchors);
      renderer.scheduleRefresh();
    }
  }
  // The search index is not needed for the first frame: build it when the browser is idle.
  idle(() => ensureIndex());
  return ctx;
}

/**
 * The nodes that stay in colour while the rest fade (the reducers' `members`): a selected author's papers (the data
 * table's Authors tab), else a selected cluster's nodes; null: neither.
 */
function highlighted(graph: KnowledgeGraph, state: ViewState): Set<string> | null {
  return state.author !== null ? authorPapers(graph, state.author) : clusterMembers(graph, state.cluster);
}
