/**
 * The analysis half of the pipeline, from extracted records to a drawable graph, apart from the readers and
 * the extractor so that a web worker (layout) or a test can import it alone. Re-exported by src/pipeline.ts.
 */
import type { EntityKind, KnowledgeGraph, Paper, PaperEntities, Relation } from '../model.ts';
import { buildGraph, type BuildWarning } from '../graph/build.ts';
import { addBenchmarkEdges } from '../graph/shared-benchmarks.ts';
import { detectClusters } from './clusters.ts';
import { assignBursts } from './bursts.ts';
import { applyAppearance, ENTITY_KINDS } from './appearance.ts';
import { runLayout, seedPositions } from './layout.ts';
import { DEFAULT_SEED } from './rng.ts';

export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
export const ms = (t: number): number => Math.round(t * 10) / 10;

export interface AnalysedGraph {
  graph: KnowledgeGraph;
  isolated: string[];
  buildWarnings: BuildWarning[];
  resolvedPairs: number;
  modularity: number;
  timings: { build: number; clusters: number };
}


/** Build, derive benchmark edges, find each entity's strongest burst, cluster, colour and size, and place every node at its seeded start. */
export function buildAnalysedGraph(
  papers: readonly Paper[],
  entities: readonly PaperEntities[],
  opts: { seed?: number; name?: string } = {},
): AnalysedGraph {
  const t0 = now();
  const built = buildGraph(papers, entities, { name: opts.name });
  addBenchmarkEdges(built.graph);
  assignBursts(built.graph);
  built.graph.setAttribute('generator', 'paperweave 0.1.0');
  const t1 = now();
  const { modularity } = detectClusters(built.graph, { seed: opts.seed ?? DEFAULT_SEED });
  applyAppearance(built.graph);
  seedPositions(built.graph, opts.seed ?? DEFAULT_SEED);
  const t2 = now();
  return {
    graph: built.graph, isolated: built.isolated, buildWarnings: built.warnings, resolvedPairs: built.resolvedPairs,
    modularity, timings: { build: ms(t1 - t0), clusters: ms(t2 - t1) },
  };
}

/**
 * ForceAtlas2 + noverlap from the seeded start (the part a web worker may run instead). `seeded`: the graph comes
 * from buildAnalysedGraph with the same seed and holds its start already (placing it again cost about 1.7 s on the
 * 10k-paper bench graph, whose clusters' discs are laid out first); without it the start is placed anew.
 */
export function layoutGraph(
  graph: KnowledgeGraph,
  opts: { seed?: number; iterations?: number; seeded?: boolean; onProgress?(done: number, total: number): void } = {},
): { iterations: number; barnesHut: boolean } {
  return runLayout(graph, { seed: opts.seed ?? DEFAULT_SEED, iterations: opts.iterations, seeded: opts.seeded, onProgress: opts.onProgress });
}

/** Counts of nodes per entity kind and of edges per relation. */
export function graphCounts(graph: KnowledgeGraph): { entities: Record<EntityKind, number>; papers: number; edgesByRelation: Partial<Record<Relation, number>> } {
  const entities = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  let papers = 0;
  graph.forEachNode((_k, a) => {
    if (a.kind === 'paper') papers++;
    else entities[a.kind]++;
  });
  const edgesByRelation: Partial<Record<Relation, number>> = {};
  graph.forEachEdge((_e, a) => {
    edgesByRelation[a.relation] = (edgesByRelation[a.relation] ?? 0) + 1;
  });
  const sorted = Object.fromEntries(Object.entries(edgesByRelation).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return { entities, papers, edgesByRelation: sorted };
}

