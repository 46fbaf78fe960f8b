/**
 * The whole pipeline as one pure function: read -> extract -> build -> clusters -> layout. The CLI writes
 * its result to files; the browser calls the same function on dropped files, so nothing here touches
 * Node. The layout is split off (`layoutGraph`) so a web worker can run ForceAtlas2 on its own:
 * `buildAnalysedGraph` gives a complete graph (clusters, colours, sizes, seeded positions) before it.
 */
import { readInputs } from '../extract/readers/index.ts';
import { extractEntities } from '../extract/entities/index.ts';
import { keepConfident } from '../extract/entities/calibration.ts';
import type {
  Cluster, EntityKind, FormatName, KnowledgeGraph, MergeNote, Paper, PaperEntities, ReadResult, ReadWarning, Reject, Relation,
} from './model.ts';
import type { BuildWarning } from './graph/build.ts';
import { DEFAULT_SEED } from './analysis/rng.ts';
import { buildAnalysedGraph, graphCounts, layoutGraph, ms, now } from './analysis/analyse.ts';

export { buildAnalysedGraph, graphCounts, layoutGraph, type AnalysedGraph } from './analysis/analyse.ts';

export type Stage = 'read' | 'extract' | 'build' | 'clusters' | 'layout' | 'export';
export const STAGES: readonly Stage[] = ['read', 'extract', 'build', 'clusters', 'layout', 'export'];

export interface PipelineOptions {
  format?: FormatName;
  /** Year for dates that give none. */
  year?: number;
  seed?: number;
  /** Graph name (default 'anomaly-detection'). */
  name?: string;
  /** ForceAtlas2 iterations (default: from the graph's order). */
  iterations?: number;
  /** Leave out entities whose (calibrated) confidence is below this (default 0: keep all). */
  minConfidence?: number;
  onProgress?(stage: Stage, done: number, total: number): void;
}

export interface PipelineReport {
  name: string;
  seed: number;
  counts: {
    recordsIn: number;
    papers: number;
    entities: Record<EntityKind, number>;
    nodes: number;
    edges: number;
    edgesByRelation: Partial<Record<Relation, number>>;
    clusters: number;
    rejects: number;
    merged: number;
    isolated: number;
  };
  rejects: Reject[];
  warnings: ReadWarning[];
  buildWarnings: BuildWarning[];
  merged: MergeNote[];
  /** Papers with no entity at all: in the graph as isolated nodes. */
  isolated: string[];
  /** (paper, entity) pairs named in two roles and resolved to the stronger relation. */
  resolvedPairs: number;
  modularity: number;
  clusters: Cluster[];
  layout: { iterations: number; barnesHut: boolean };
  /** Milliseconds per stage. The only field that differs between two runs on the same input. */
  timings: Partial<Record<Stage, number>>;
  /** With a --min-confidence: the threshold and how many extracted entities it left out. */
  minConfidence?: { threshold: number; leftOut: number };
}

export interface PipelineResult {
  graph: KnowledgeGraph;
  papers: Paper[];
  entities: PaperEntities[];
  read: ReadResult;
  report: PipelineReport;
}

/** Read, extract, build, cluster and lay out. Throws what the readers throw for an unreadable input. */
export function runPipeline(inputs: readonly { file: string; text: string }[], opts: PipelineOptions = {}): PipelineResult {
  const seed = opts.seed ?? DEFAULT_SEED;
  const progress = opts.onProgress ?? (() => {});
  const timings: Partial<Record<Stage, number>> = {};

  let t = now();
  progress('read', 0, inputs.length);
  const read = readInputs(inputs.map((i) => ({ file: i.file, text: i.text })), { format: opts.format, year: opts.year });
  progress('read', inputs.length, inputs.length);
  timings.read = ms(now() - t);

  t = now();
  const papers = read.papers;
  const entities: PaperEntities[] = [];
  const step = Math.max(1, Math.floor(papers.length / 100));
  const min = opts.minConfidence ?? 0;
  let leftOut = 0;
  papers.forEach((p, i) => {
    const kept = keepConfident(extractEntities(p), min);
    leftOut += kept.dropped;
    entities.push(kept.entities);
    if (i % step === 0) progress('extract', i + 1, papers.length);
  });
  progress('extract', papers.length, papers.length);
  timings.extract = ms(now() - t);

  progress('build', 0, 1);
  const analysed = buildAnalysedGraph(papers, entities, { seed, name: opts.name });
  timings.build = analysed.timings.build;
  progress('clusters', 1, 1);
  timings.clusters = analysed.timings.clusters;

  t = now();
  const layout = layoutGraph(analysed.graph, { seed, iterations: opts.iterations, seeded: true, onProgress: (d, n) => progress('layout', d, n) });
  timings.layout = ms(now() - t);

  const graph = analysed.graph;
  const counts = graphCounts(graph);
  const clusters = graph.getAttribute('clusters');
  const report: PipelineReport = {
    name: graph.getAttribute('name'),
    seed,
    counts: {
      recordsIn: read.recordsIn,
      papers: counts.papers,
      entities: counts.entities,
      nodes: graph.order,
      edges: graph.size,
      edgesByRelation: counts.edgesByRelation,
      clusters: clusters.length,
      rejects: read.rejects.length,
      merged: read.merged.length,
      isolated: analysed.isolated.length,
    },
    rejects: read.rejects,
    warnings: read.warnings,
    buildWarnings: analysed.buildWarnings,
    merged: read.merged,
    isolated: analysed.isolated,
    resolvedPairs: analysed.resolvedPairs,
    modularity: analysed.modularity,
    clusters,
    layout,
    timings,
  };
  if (min > 0) report.minConfidence = { threshold: min, leftOut };
  return { graph, papers, entities, read, report };
}
