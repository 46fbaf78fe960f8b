/**
 * Exports sized as drawn: GEXF's viz:size, GraphML's and nodes.csv's `size` hold the size a node is drawn at under a
 * "size by" choice (links, papers, PageRank: sizeMap in src/analysis/size-by.ts, on the build's scale), as the
 * viewer's exports of its view and `paperweave export --size-by` write them; graph.json keeps the nodes' own sizes and
 * records the choice (`sizeBy`), which the viewer reopens with. One code for both, so they agree. Pure.
 */
import { graphSizeBy, sizeMap } from '../analysis/size-by.ts';
import type { KnowledgeGraph, SizeBy } from '../model.ts';

/**
 * A copy of the graph whose nodes' `size` is `size(key)` (undefined: the node's own); the input is left as it is
 * (graphology's copy shares attribute objects, and each node gets a new one).
 */
export function withDrawnSizes(graph: KnowledgeGraph, size: (key: string) => number | undefined): KnowledgeGraph {
  const out = graph.copy();
  out.updateEachNodeAttributes((key, a) => ({ ...a, size: size(key) ?? a.size }), { attributes: ['size'] });
  return out;
}

/**
 * The graph as the formats that carry no "size by" should draw it: sized by `by` (default: the choice the graph records,
 * graphSizeBy, else links). By links, the graph itself (its nodes' sizes are the links').
 */
export function sizedBy(graph: KnowledgeGraph, by: SizeBy = graphSizeBy(graph)): KnowledgeGraph {
  const sizes = sizeMap(graph, by);
  return sizes ? withDrawnSizes(graph, (key) => sizes.get(key)) : graph;
}

/** graph.json under a "size by" choice: the nodes keep their own sizes and the graph records the choice. */
export function recordSizeBy(graph: KnowledgeGraph, by: SizeBy): KnowledgeGraph {
  const out = graph.copy();
  out.setAttribute('sizeBy', by);
  return out;
}
