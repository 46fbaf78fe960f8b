/**
 * A KnowledgeGraph derived from the hand-annotated gold (test/gold/seed-gold.json) and the bundled corpus,
 * independent of the extractor: the analyses (matrix, gaps, timeline) and exporters are tested on known
 * truth. The papers come from the real reader, the graph from the real builder (test/graph/helpers.ts
 * turns the gold records into PaperEntities; evidence is the first abstract sentence naming the entity).
 */
import type { KnowledgeGraph } from '../../src/model.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { corpusPapers, goldEntities } from '../graph/helpers.ts';

/** The gold graph: 54 papers, their methods, datasets, models and facets, with paper -> entity edges. */
export function goldGraph(): KnowledgeGraph {
  const papers = corpusPapers();
  const { graph } = buildGraph(papers, goldEntities(papers));
  graph.setAttribute('title', 'gold');
  return graph;
}

/** The key of a gold paper by (a prefix of) its title. */
export function paperKeyByTitle(graph: KnowledgeGraph, titleStart: string): string {
  const key = graph.findNode((_k, a) => a.kind === 'paper' && a.label.startsWith(titleStart));
  if (!key) throw new Error(`no paper titled '${titleStart}...'`);
  return key;
}
