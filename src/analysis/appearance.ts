/**
 * What is drawn, computed in one place from the data (kind, degree, community): colours and sizes.
 * The viewer reuses these, so the canvas, the legend and the GEXF file agree.
 * Colours are 'rgb(r,g,b)' strings: sigma reads them and graphology-gexf writes them as r/g/b integers
 * (networkx cannot read GEXF hex colours).
 */
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { SIZE_BY, type EntityKind, type KnowledgeGraph, type NodeKind, type Relation, type SizeBy } from '../model.ts';

/** One colour per node kind, everywhere (canvas, legend, chips, matrix headers, GEXF). */
export const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  paper: 'rgb(120,130,145)',
  method: 'rgb(214,39,40)',
  dataset: 'rgb(31,119,180)',
  model: 'rgb(148,103,189)',
  domain: 'rgb(44,160,44)',
  setting: 'rgb(255,127,14)',
  technique: 'rgb(23,190,207)',
  metric: 'rgb(188,189,34)',
};

/** Colours for clusters (community ids index into it, modulo its length). */
export const CLUSTER_PALETTE: readonly string[] = [
  'rgb(230,25,75)', 'rgb(60,180,75)', 'rgb(0,130,200)', 'rgb(245,130,48)', 'rgb(145,30,180)',
  'rgb(70,190,190)', 'rgb(240,50,230)', 'rgb(170,110,40)', 'rgb(128,128,0)', 'rgb(0,0,128)',
  'rgb(128,0,0)', 'rgb(0,128,128)', 'rgb(210,160,20)', 'rgb(100,100,230)', 'rgb(190,90,120)',
  'rgb(90,140,60)',
];

/** Edge colours: derived method-level relations stand out, paper edges stay quiet. */
export const RELATION_COLORS: Readonly<Record<Relation, string>> = {
  proposes: 'rgb(214,39,40)',
  'evaluates-on': 'rgb(31,119,180)',
  introduces: 'rgb(31,119,180)',
  'uses-model': 'rgb(148,103,189)',
  'in-domain': 'rgb(190,200,190)',
  'has-setting': 'rgb(220,200,180)',
  'uses-technique': 'rgb(180,215,220)',
  'reports-metric': 'rgb(215,215,170)',
  mentions: 'rgb(200,200,200)',
  'benchmarked-on': 'rgb(100,150,210)',
  'shares-benchmark': 'rgb(230,120,60)',
};

export const ENTITY_KINDS: readonly EntityKind[] = ['method', 'dataset', 'model', 'domain', 'setting', 'technique', 'metric'];

export function kindColor(kind: NodeKind): string {
  return KIND_COLORS[kind];
}

export function clusterColor(community: number): string {
  const n = CLUSTER_PALETTE.length;
  return CLUSTER_PALETTE[((community % n) + n) % n];
}

/** Node size from its degree: area grows with degree, so the radius with its square root. */
export function nodeSize(degree: number): number {
  return Math.round((3 + 2.2 * Math.sqrt(Math.max(0, degree))) * 100) / 100;
}

/** Edge thickness from its weight (datasets in common, supporting papers). */
export function edgeSize(weight: number | undefined): number {
  return Math.round((0.5 + 0.6 * Math.log2(1 + Math.max(1, weight ?? 1))) * 100) / 100;
}

/** Set size (by degree), colour (by kind) on every node and size/colour on every edge. */
export function applyAppearance(graph: KnowledgeGraph): void {
  graph.updateEachNodeAttributes((node, attr) => ({
    ...attr,
    size: nodeSize(graph.degree(node)),
    color: kindColor(attr.kind),
  }));
  graph.updateEachEdgeAttributes((_edge, attr) => ({
    ...attr,
    size: edgeSize(attr.weight),
    color: RELATION_COLORS[attr.relation],
  }));
}

/**
 * Each node's size for a "size by" mode, on the build's scale (nodeSize: the radius grows with the square root of the
 * measure), so that sizeScale and the window's factor treat every mode alike; null for 'links', the build's own sizes.
 * - papers: an entity's `papers` (the papers that tag it, VOSviewer's occurrences); a paper counts as the one paper it
 *   is, so every paper is drawn the size of an entity one paper tags, and the entities many papers tag stand out.
 * - pagerank: graphology-metrics' PageRank on the graph as built (links go from a paper to what it tags, and from a
 *   method to its datasets and the methods it shares them with), so a node ranks high when many papers, and papers
 *   that tag few things, point to it. Ranks are scaled so that the highest is drawn the size of the most linked node.
 *   Computed in the page, on the click (and by `paperweave export --size-by pagerank`): on the 10,000-paper bench graph (19,385 nodes, 119,287 links) it took 0.3 s the
 *   first time in Chromium, 0.1 s after.
 */
export function sizeMap(graph: KnowledgeGraph, by: SizeBy): Map<string, number> | null {
  if (by === 'links') return null;
  const m = new Map<string, number>();
  if (by === 'papers') {
    graph.forEachNode((key, a) => m.set(key, nodeSize(a.kind === 'paper' ? 1 : a.papers)));
    return m;
  }
  // (unweighted: every link counts once, as for the degree; a shares-benchmark link's weight is a count of datasets)
  const rank = pagerank(graph, { getEdgeWeight: null });
  let top = 0;
  let maxDegree = 0;
  graph.forEachNode((key) => {
    top = Math.max(top, rank[key]);
    maxDegree = Math.max(maxDegree, graph.degree(key));
  });
  graph.forEachNode((key) => m.set(key, nodeSize(top > 0 ? (rank[key] / top) * maxDegree : 0)));
  return m;
}

/** What a graph is sized by when nothing else says: the choice a viewer's export recorded (`sizeBy`), else links. */
export function graphSizeBy(graph: KnowledgeGraph): SizeBy {
  const by = graph.getAttribute('sizeBy');
  return by && (SIZE_BY as readonly string[]).includes(by) ? by : 'links';
}
