/**
 * The URL keeps the selection, filters, colouring and camera, so a link reopens the same view.
 * Pure: encodeView/decodeView round-trip (test/web/url-state.test.ts); the app decides push vs replace.
 *
 * ?graph=URL            graph.json to load (default data/graph.json)
 * &sel=KEY (repeated)   selected nodes, the last one shown in the panel
 * &edge=SRC~TGT~REL     selected edge (edge keys are not stable across loads, its ends are)
 * &hide=model,metric    kinds hidden in the legend
 * &domain=ID &setting=ID &from=YEAR &to=YEAR &conf=MIN (links' minimum confidence)
 * &color=cluster|year   (kind is the default)
 * &size=links|papers|pagerank  what node sizes show (left out: the graph's own choice, `sizeBy` in a graph.json the
 *                       viewer exported, else links, the degree; written when it differs from that)
 * &cam=X,Y,RATIO        camera (sigma's normalised coordinates)
 * &matrix=open          the method × dataset matrix is open; its view, open or not (defaults left out):
 * &mrows=name|year &mcols=name|year   row and column orders (count is the default)
 * &mby=DATASET-KEY      methods sorted by their papers on this dataset (a click on its head)
 * &mshow=METRIC         marks show the best figure reported in this metric ("Marks show")
 * &mintro=1             datasets the method's paper introduces marked too
 * &gaps=KEY             the Gaps list's dataset or setting
 * &cluster=ID           the selected cluster (its id in the graph's `clusters`)
 * &author=NAME          the selected author (the data table's Authors tab), in the spelling shown; any spelling of it
 *                       (case, accents, dots aside) reads as the same author
 * &gamma=0.25|0.5       the bursts' γ (Time's select; 1, the build's, is the default)
 * &kernel=0.25|0.5|2    the density view's kernel width, a multiple of its default (1)
 * &compare=KEY,KEY     the papers in the comparison (commas and % in a key escaped)
 * &comparison=open      the comparison is open   &cdiff=1  it shows only the rows that differ
 * &table=nodes|links|authors  the data table is open, on this tab; &nsort=COL &lsort=COL &asort=COL  each tab's
 *                       sort ("-" first: descending; the defaults, -links, -confidence and -papers, left out)
 * &nfilter=TEXT &lfilter=TEXT &afilter=TEXT  the text in each tab's filter box (written as typing settles, the entry
 *                       replaced)
 * &view=timeline        the timeline view (each cluster a row, nodes at their year; the map is the default); the
 *                       camera (&cam) is then the timeline's
 * &pmetric=METRIC       the progress chart's metric in the dataset's panel shown (its default, the metric with the
 *                       most dated figures, left out); dropped with the selection
 * &view=density         the density view (the map over a heat map of the nodes shown, VOSviewer's density
 *                       visualization); the camera is the map's
 */
import { NODE_KINDS, type KnowledgeGraph, type NodeKind } from '../src/model.ts';
import { progressMetrics } from '../src/analysis/progress.ts';
import { BUILD_GAMMA, BURST_GAMMAS, primary, setProgressMetric, COLOR_BY, DENSITY_KERNELS, DEFAULT_MATRIX, EMPTY_FILTERS, pruneSelection, SIZE_BY, VIEW_LAYOUTS, yearRange, type ColorBy, type Filters, type MatrixView, type SizeBy, type ViewLayout, type ViewState } from './state.ts';
import type { AxisSort } from '../src/analysis/matrix.ts';
import { graphSizeBy } from '../src/analysis/size-by.ts';
import { DEFAULT_COMPARE, decodeCompared, encodeCompared, type CompareView } from './compare-state.ts';
import { authorName } from './authors.ts';
import { namesAuthors } from './search.ts';
import { AUTHOR_COLUMN_IDS, DEFAULT_TABLE, LINK_COLUMN_IDS, NODE_COLUMN_IDS, TABLE_TABS, decodeSort, encodeSort, type TableTab, type TableView } from './table-state.ts';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface EdgeRef {
  source: string;
  target: string;
  relation?: string;
}

export interface UrlView {
  graph: string | null;
  selected: string[];
  edge: EdgeRef | null;
  filters: Filters;
  colorBy: ColorBy;
  /** null: the address does not say (the graph's own choice, graphSizeBy). */
  sizeBy: SizeBy | null;
  camera: CameraView | null;
  matrix: MatrixView;
  /** The Gaps list's target (a dataset or setting key). */
  gaps: string | null;
  /** The selected cluster's id. */
  cluster: number | null;
  /** The selected author (a name; left out: none). */
  author?: string | null;
  /** The bursts' γ (BURST_GAMMAS); BUILD_GAMMA when the address does not say. */
  burstGamma: number;
  /** The density view's kernel width (DENSITY_KERNELS, a multiple of the default); 1 when the address does not say. */
  densityKernel?: number;
  /** Map (the default), timeline or density. */
  layout: ViewLayout;
  /** The paper comparison. */
  compare: CompareView;
  /** The data table (left out: closed, default sorts). */
  table?: TableView;
  /** The progress chart's metric in the dataset's panel shown (left out: its default). */
  progressMetric?: string | null;
}

const AXIS_SORTS: readonly AxisSort[] = ['count', 'name', 'year'];

export function emptyUrlView(): UrlView {
  return { graph: null, selected: [], edge: null, filters: { ...EMPTY_FILTERS, hiddenKinds: [] }, colorBy: 'kind', sizeBy: null, camera: null, matrix: DEFAULT_MATRIX, gaps: null, cluster: null, burstGamma: BUILD_GAMMA, layout: 'map', compare: DEFAULT_COMPARE };
}

const round = (n: number, d: number) => {
  const f = 10 ** d;
  return Math.round(n * f) / f;
};

/** What a graph opens sized by when its address does not say: the choice a viewer's export recorded, else links. */
export { graphSizeBy };

/** `defaultSizeBy`: what the graph opens sized by (graphSizeBy), left out of the address. */
export function encodeView(v: UrlView, defaultSizeBy: SizeBy = 'links'): string {
  const p = new URLSearchParams();
  if (v.graph) p.set('graph', v.graph);
  for (const k of v.selected) p.append('sel', k);
  if (v.edge) p.set('edge', [v.edge.source, v.edge.target, v.edge.relation ?? ''].join('~').replace(/~$/, ''));
  if (v.filters.hiddenKinds.length) p.set('hide', [...v.filters.hiddenKinds].sort().join(','));
  if (v.filters.domain) p.set('domain', v.filters.domain);
  if (v.filters.setting) p.set('setting', v.filters.setting);
  if (v.filters.yearMin !== null) p.set('from', String(v.filters.yearMin));
  if (v.filters.yearMax !== null) p.set('to', String(v.filters.yearMax));
  if (v.filters.minConfidence !== null) p.set('conf', String(v.filters.minConfidence));
  if (v.colorBy !== 'kind') p.set('color', v.colorBy);
  if (v.sizeBy && v.sizeBy !== defaultSizeBy) p.set('size', v.sizeBy);
  if (v.camera) p.set('cam', [round(v.camera.x, 4), round(v.camera.y, 4), round(v.camera.ratio, 4)].join(','));
  const m = v.matrix;
  if (m.open) p.set('matrix', 'open');
  if (m.rows !== DEFAULT_MATRIX.rows) p.set('mrows', m.rows);
  if (m.columns !== DEFAULT_MATRIX.columns) p.set('mcols', m.columns);
  if (m.byColumn) p.set('mby', m.byColumn);
  if (m.metric) p.set('mshow', m.metric);
  if (m.introduced) p.set('mintro', '1');
  if (v.gaps) p.set('gaps', v.gaps);
  if (v.cluster !== null) p.set('cluster', String(v.cluster));
  if (v.author) p.set('author', v.author);
  if (v.burstGamma !== BUILD_GAMMA) p.set('gamma', String(v.burstGamma));
  if (v.densityKernel !== undefined && v.densityKernel !== 1) p.set('kernel', String(v.densityKernel));
  if (v.layout !== 'map') p.set('view', v.layout);
  if (v.compare.papers.length) p.set('compare', encodeCompared(v.compare.papers));
  if (v.compare.open && v.compare.papers.length) p.set('comparison', 'open');
  if (v.compare.onlyDifferences) p.set('cdiff', '1');
  if (v.table) {
    if (v.table.open) p.set('table', v.table.tab);
    if (encodeSort(v.table.nodeSort) !== encodeSort(DEFAULT_TABLE.nodeSort)) p.set('nsort', encodeSort(v.table.nodeSort));
    if (encodeSort(v.table.linkSort) !== encodeSort(DEFAULT_TABLE.linkSort)) p.set('lsort', encodeSort(v.table.linkSort));
    if (encodeSort(v.table.authorSort) !== encodeSort(DEFAULT_TABLE.authorSort)) p.set('asort', encodeSort(v.table.authorSort));
    if (v.table.nodeFilter) p.set('nfilter', v.table.nodeFilter);
    if (v.table.linkFilter) p.set('lfilter', v.table.linkFilter);
    if (v.table.authorFilter) p.set('afilter', v.table.authorFilter);
  }
  if (v.progressMetric) p.set('pmetric', v.progressMetric);
  const s = p.toString();
  return s ? `?${s}` : '';
}

function year(s: string | null): number | null {
  return s !== null && /^-?\d{1,4}$/.test(s) ? Number(s) : null;
}

/**
 * A node key from the address: a "+" typed by hand ("?sel=method:pointnet++") reads as a space, and no key ends on a
 * space (names are trimmed), so spaces at the end were pluses (the viewer writes them %2B).
 */
function typedKey(s: string): string {
  return s.replace(/ +$/, (m) => '+'.repeat(m.length));
}

/** Read a query string; anything malformed is ignored, never thrown. */
export function decodeView(search: string): UrlView {
  const p = new URLSearchParams(search);
  const v = emptyUrlView();
  v.graph = p.get('graph') || null;
  v.selected = p.getAll('sel').map(typedKey).filter(Boolean);
  const edge = p.get('edge');
  if (edge) {
    const [source, target, relation] = edge.split('~');
    if (source && target) v.edge = relation ? { source, target, relation } : { source, target };
  }
  const hide = p.get('hide');
  if (hide) {
    const kinds = new Set(hide.split(',').filter((k): k is NodeKind => (NODE_KINDS as readonly string[]).includes(k)));
    v.filters.hiddenKinds = [...kinds].sort();
  }
  v.filters.domain = p.get('domain') || null;
  v.filters.setting = p.get('setting') || null;
  // Reversed years (from=2025&to=2016) read as the range between them, as the filter inputs read them: left
  // as they were, they filtered out every paper.
  Object.assign(v.filters, yearRange(EMPTY_FILTERS, { yearMin: year(p.get('from')), yearMax: year(p.get('to')) }));
  const conf = p.get('conf');
  if (conf !== null && /^(?:0?\.\d+|1)$/.test(conf) && Number(conf) > 0) v.filters.minConfidence = Number(conf);
  const color = p.get('color');
  if (color && (COLOR_BY as readonly string[]).includes(color)) v.colorBy = color as ColorBy;
  const size = p.get('size');
  if (size && (SIZE_BY as readonly string[]).includes(size)) v.sizeBy = size as SizeBy;
  const cam = p.get('cam');
  if (cam) {
    const [x, y, ratio] = cam.split(',').map(Number);
    if ([x, y, ratio].every(Number.isFinite) && ratio > 0) v.camera = { x, y, ratio };
  }
  const sort = (s: string | null): AxisSort => (s && (AXIS_SORTS as readonly string[]).includes(s) ? (s as AxisSort) : 'count');
  v.matrix = {
    open: p.has('matrix'),
    rows: sort(p.get('mrows')),
    columns: sort(p.get('mcols')),
    byColumn: typedKey(p.get('mby') ?? '') || null,
    metric: p.get('mshow') || null,
    introduced: p.get('mintro') === '1',
  };
  v.gaps = typedKey(p.get('gaps') ?? '') || null;
  const cluster = p.get('cluster');
  if (cluster !== null && /^\d{1,9}$/.test(cluster)) v.cluster = Number(cluster);
  const author = p.get('author');
  if (author) v.author = author;
  // (a γ the select does not offer reads as the default)
  const gamma = p.get('gamma');
  if (gamma !== null && /^\d*\.?\d+$/.test(gamma) && BURST_GAMMAS.includes(Number(gamma))) v.burstGamma = Number(gamma);
  const kernel = p.get('kernel');
  if (kernel !== null && /^\d*\.?\d+$/.test(kernel) && DENSITY_KERNELS.includes(Number(kernel))) v.densityKernel = Number(kernel);
  const layout = p.get('view');
  if (layout && (VIEW_LAYOUTS as readonly string[]).includes(layout)) v.layout = layout as ViewLayout;
  const compared = decodeCompared(p.get('compare'));
  v.compare = { papers: compared, open: compared.length > 0 && p.get('comparison') === 'open', onlyDifferences: p.get('cdiff') === '1' };
  if (['table', 'nsort', 'lsort', 'asort', 'nfilter', 'lfilter', 'afilter'].some((k) => p.has(k))) {
    const tab = p.get('table');
    v.table = {
      open: p.has('table'),
      tab: tab && (TABLE_TABS as readonly string[]).includes(tab) ? (tab as TableTab) : DEFAULT_TABLE.tab,
      nodeSort: decodeSort(p.get('nsort'), NODE_COLUMN_IDS, DEFAULT_TABLE.nodeSort),
      linkSort: decodeSort(p.get('lsort'), LINK_COLUMN_IDS, DEFAULT_TABLE.linkSort),
      authorSort: decodeSort(p.get('asort'), AUTHOR_COLUMN_IDS, DEFAULT_TABLE.authorSort),
      nodeFilter: p.get('nfilter') ?? '',
      linkFilter: p.get('lfilter') ?? '',
      authorFilter: p.get('afilter') ?? '',
    };
  }
  const pmetric = p.get('pmetric');
  if (pmetric) v.progressMetric = pmetric;
  return v;
}

/** A selected edge as a URL names it: its ends and relation (edge keys are not stable across loads). */
export function edgeRef(graph: KnowledgeGraph, edge: string): EdgeRef {
  const [source, target] = graph.extremities(edge);
  return { source, target, relation: graph.getEdgeAttribute(edge, 'relation') };
}

/**
 * The state a URL describes, on a given graph (unknown keys dropped): what a link, Back and Forward, and an offline
 * copy's exported view open on, all through this one function. Hover is never in a URL. A domain or
 * setting the graph does not have is dropped too: /?domain=nonexistent showed a blank select and no node.
 */
export function stateFromUrl(graph: KnowledgeGraph, base: ViewState, v: UrlView): ViewState {
  const known = (kind: 'domain' | 'setting', id: string | null) =>
    id !== null && graph.hasNode(`${kind}:${id}`) && graph.getNodeAttribute(`${kind}:${id}`, 'kind') === kind ? id : null;
  const filters = { ...v.filters, domain: known('domain', v.filters.domain), setting: known('setting', v.filters.setting) };
  // (a head to sort by that is not a dataset of this graph sorts nothing)
  const byColumn = v.matrix.byColumn && graph.hasNode(v.matrix.byColumn) && graph.getNodeAttribute(v.matrix.byColumn, 'kind') === 'dataset' ? v.matrix.byColumn : null;
  const matrix = { ...v.matrix, byColumn };
  // (a Gaps target that is not a dataset or setting of this graph targets nothing)
  const gaps = v.gaps && graph.hasNode(v.gaps) && ['dataset', 'setting'].includes(graph.getNodeAttribute(v.gaps, 'kind')) ? v.gaps : null;
  // (a cluster this graph does not have selects nothing)
  const cluster = v.cluster !== null && (graph.getAttribute('clusters') ?? []).some((c) => c.id === v.cluster) ? v.cluster : null;
  // (papers this graph does not have are not compared; nothing left to compare, nothing open)
  const papers = v.compare.papers.filter((k) => graph.hasNode(k) && graph.getNodeAttribute(k, 'kind') === 'paper');
  const compare = { ...v.compare, papers, open: v.compare.open && papers.length > 0 };
  // (an author this graph does not name selects nothing; its Authors tab, on a graph whose papers name none, is the Nodes tab)
  const author = v.author ? authorName(graph, v.author) ?? null : null;
  let table = v.table ?? DEFAULT_TABLE;
  if (table.tab === 'authors' && !namesAuthors(graph)) table = { ...table, tab: 'nodes' };
  const next: ViewState = { ...base, compare, filters, progress: null, colorBy: v.colorBy, sizeBy: v.sizeBy ?? graphSizeBy(graph), matrix, table, gaps, cluster, author: author && cluster === null ? author : null, burstGamma: v.burstGamma, layout: v.layout, densityKernel: v.densityKernel ?? 1, selected: v.selected, selectedEdge: resolveEdge(graph, v.edge), hovered: null, hoveredEdge: null };
  const pruned = pruneSelection(next, (k) => graph.hasNode(k), (e) => graph.hasEdge(e));
  // (the progress chart's metric, for the dataset shown: one its results have no chart in is no choice, and the chart
  // draws its default, as a link without it does)
  const dataset = primary(pruned);
  const metric = v.progressMetric ?? null;
  if (metric === null || dataset === null || graph.getNodeAttribute(dataset, 'kind') !== 'dataset') return pruned;
  return progressMetrics(graph, dataset).some((m) => m.metric === metric && m.dated >= 2) ? setProgressMetric(pruned, dataset, metric) : pruned;
}

/** The edge a URL names by its ends (and relation), on this graph, or null. */
export function resolveEdge(graph: KnowledgeGraph, ref: EdgeRef | null): string | null {
  if (!ref || !graph.hasNode(ref.source) || !graph.hasNode(ref.target)) return null;
  const edges = graph.edges(ref.source, ref.target);
  return edges.find((e) => !ref.relation || graph.getEdgeAttribute(e, 'relation') === ref.relation) ?? edges[0] ?? null;
}
