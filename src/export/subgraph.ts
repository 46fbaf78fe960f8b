/**
 * The filtered view as a graph of its own, for exports (GEXF, CSV, graph.json of what the user sees).
 *
 * Copies the graph's type and options, its attributes (clusters keep only those still present, with their
 * sizes recounted) and, for every kept node and every edge whose ends are both kept, all attributes:
 * edges keep their `evidence` sentence and `paper`, so the exports carry them. Node/edge order follows
 * the source graph, so the output is as deterministic as the input. Pure.
 */
import Graph from 'graphology';
import type { GraphAttributes, KGNode, KnowledgeGraph, RelationEdge } from '../model.ts';

export interface SubgraphOptions {
  /** Keep a node when true (default: keep all). */
  nodeFilter?: (key: string, attrs: KGNode) => boolean;
  /** Keep an edge (both ends kept) when true (default: keep all). */
  edgeFilter?: (key: string, attrs: RelationEdge, source: string, target: string) => boolean;
  /** Attribute overrides for the new graph (e.g. a title saying it is filtered). */
  attributes?: Partial<GraphAttributes>;
  /** Drop nodes left without any edge (default false). */
  dropIsolated?: boolean;
}

export function filteredSubgraph(graph: KnowledgeGraph, opts: SubgraphOptions = {}): KnowledgeGraph {
  const out: KnowledgeGraph = new Graph<KGNode, RelationEdge, GraphAttributes>({
    type: graph.type,
    multi: graph.multi,
    allowSelfLoops: graph.allowSelfLoops,
  });
  graph.forEachNode((key, attrs) => {
    if (!opts.nodeFilter || opts.nodeFilter(key, attrs)) out.addNode(key, structuredClone(attrs));
  });
  graph.forEachEdge((key, attrs, source, target, _sa, _ta, undirected) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    if (opts.edgeFilter && !opts.edgeFilter(key, attrs, source, target)) return;
    const copy = structuredClone(attrs);
    if (undirected) out.addUndirectedEdgeWithKey(key, source, target, copy);
    else out.addDirectedEdgeWithKey(key, source, target, copy);
  });
  if (opts.dropIsolated) for (const key of out.filterNodes((k) => out.degree(k) === 0)) out.dropNode(key);

  const attrs = structuredClone(graph.getAttributes()) as GraphAttributes;
  if (Array.isArray(attrs.clusters)) {
    const sizes = new Map<number, number>();
    out.forEachNode((_k, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
    attrs.clusters = attrs.clusters.filter((c) => sizes.has(c.id)).map((c) => ({ ...c, size: sizes.get(c.id) ?? 0 }));
  }
  out.replaceAttributes({ ...attrs, ...opts.attributes });
  return out;
}
