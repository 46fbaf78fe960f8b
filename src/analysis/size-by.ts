/**
 * "Size by": the size each node is drawn at when sizes show its links (as built), the papers that tag it or its
 * PageRank. The viewer draws these, and its exports and `paperweave export --size-by` write them (src/export/sized.ts),
 * so all agree. Apart from appearance.ts, which the build (and the page's paper-reading worker) runs: PageRank is only
 * for the viewer and the exports. Pure.
 */
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { SIZE_BY, type KnowledgeGraph, type SizeBy } from '../model.ts';
import { nodeSize } from './appearance.ts';

/**
 * Each node's size for a "size by" mode, on the build's scale (nodeSize: the radius grows with the square root of the
 * measure), so that sizeScale and the window's factor treat every mode alike; null for 'links', the build's own sizes.
 * - papers: an entity's `papers` (the papers that tag it, VOSviewer's occurrences); a paper counts as the one paper it
 *   is, so every paper is drawn the size of an entity one paper tags, and the entities many papers tag stand out.
 * - pagerank: graphology-metrics' PageRank on the graph as built (links go from a paper to what it tags, and from a
 *   method to its datasets and the methods it shares them with), so a node ranks high when many papers, and papers
 *   that tag few things, point to it. Ranks are scaled so that the highest is drawn the size of the most linked node.
 *   Computed in the page, on the click (and by `paperweave export --size-by pagerank`): on the 10,000-paper bench
 *   graph (19,385 nodes, 119,287 links) it took 0.3 s the first time in Chromium, 0.1 s after.
 */
export function sizeMap(graph: KnowledgeGraph, by: SizeBy): Map<string, number> | null {
  if (by === 'links') return null;
  const m = new Map<string, number>();
  if (by === 'papers') {
    graph.forEachNode((key, a) => m.set(key, nodeSize(a.kind === 'paper' ? 1 : a.papers)));
    return m;
  }
  const rank = pageRank(graph);
  let top = 0;
  let maxDegree = 0;
  graph.forEachNode((key) => {
    top = Math.max(top, rank[key]);
    maxDegree = Math.max(maxDegree, graph.degree(key));
  });
  graph.forEachNode((key) => m.set(key, nodeSize(top > 0 ? (rank[key] / top) * maxDegree : 0)));
  return m;
}

/**
 * Each node's PageRank (graphology-metrics', the ranks summing to 1) on the graph as built, as "size by" ranks them (the
 * data table shows it). Unweighted: every link counts once, as for the degree (a shares-benchmark link's weight is a
 * count of datasets).
 */
export function pageRank(graph: KnowledgeGraph): Record<string, number> {
  return pagerank(graph, { getEdgeWeight: null });
}

/** What a graph is sized by when nothing else says: the choice a viewer's export recorded (`sizeBy`), else links. */
export function graphSizeBy(graph: KnowledgeGraph): SizeBy {
  const by = graph.getAttribute('sizeBy');
  return by && (SIZE_BY as readonly string[]).includes(by) ? by : 'links';
}
