/**
 * Layout: a seeded start that places each Louvain cluster as a disc of its own, then ForceAtlas2 in LinLog mode, then
 * noverlap so that no two discs overlap (graphs of at most CLUSTER_LAYOUT_MIN_ORDER nodes keep the circle start and
 * linear attraction). Positions are rounded to 2 decimals: the same input gives the same bytes.
 * Pure and synchronous; the web worker runs the same code (src/pipeline.ts).
 *
 * The start (seedPositions): the cluster graph (one node a cluster, its edges the edges between clusters, weighted by
 * their count) is laid out by ForceAtlas2 (LinLog) so that clusters with many links between them sit side by side,
 * then noverlap keeps each cluster's disc (radius 10·√size) clear of the others; members are scattered over their
 * cluster's disc by a seeded rng. ForceAtlas2 then runs with inferSettings (Barnes-Hut above 2000 nodes) in LinLog
 * mode, whose attraction grows with the log of the distance: with the default, linear attraction, a domain or setting
 * linked to thousands of papers pulled every cluster into one ball (src/bench/layout-quality.ts measures it: of each
 * node's 10 nearest nodes, the share in its own cluster went from 0.44 to 0.93 on the 10k-paper bench graph).
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { DEFAULT_SEED, mulberry32 } from './rng.ts';

/**
 * What the layout reads and writes: positions, each node's community and size, the edges' weights and the clusters' count
 * (a knowledge graph; the co-authorship network, src/analysis/coauthors.ts).
 */
export type LayoutGraph = AbstractGraph<{ x: number; y: number; community?: number; size?: number }, { weight?: number }, { clusters?: readonly unknown[] }>;

export interface LayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations; default from the graph's order (see defaultIterations). */
  iterations?: number;
  /** noverlap iterations (default 150, 50 above 5000 nodes; 0 skips it). */
  noverlapIterations?: number;
  onProgress?(done: number, total: number): void;
  /** The graph already holds seedPositions' start for this seed (buildAnalysedGraph places it): not placed again. */
  seeded?: boolean;
}

/** Fewer iterations on big graphs: Barnes-Hut converges coarser but the shape settles early. */
export function defaultIterations(order: number): number {
  if (order <= 500) return 600;
  if (order <= 2000) return 300;
  if (order <= 10000) return 100;
  return 50;
}

const round = (v: number): number => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);

/**
 * Above this many nodes the layout starts from cluster discs and runs in LinLog mode; at or below it (300 to 600
 * iterations) from clusters on a circle with linear attraction, as before: there the two differ little (neighbourhood
 * purity 0.59 against 0.64 on the bundled graph, 232 nodes) and the viewer's tests pin the bundled graph's view, while
 * from 728 nodes on the discs and LinLog keep clusters apart (0.52 -> 0.75 at 728 nodes, 0.64 -> 0.84 at 1,317).
 */
export const CLUSTER_LAYOUT_MIN_ORDER = 500;

/** The settings used: inferSettings (Barnes-Hut above 2000 nodes), in LinLog mode above CLUSTER_LAYOUT_MIN_ORDER nodes. */
export function layoutSettings(graph: LayoutGraph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), linLogMode: graph.order > CLUSTER_LAYOUT_MIN_ORDER, adjustSizes: false, edgeWeightInfluence: 0.5 };
}

/** Seed layout units a node: a cluster of s nodes starts as a disc of radius SEED_UNIT·√s. */
const SEED_UNIT = 10;
/** ForceAtlas2 iterations on the cluster graph (about 0.3 s for the 656 clusters of the 10k-paper bench graph). */
const CLUSTER_ITERATIONS = 300;

/**
 * Where each cluster's disc goes: its centre and radius, by community id. The cluster graph starts on a circle (in
 * community order), ForceAtlas2 (LinLog) draws linked clusters together, noverlap moves the discs apart.
 */
export function clusterDiscs(graph: LayoutGraph): Map<number, { x: number; y: number; r: number }> {
  const sizes = new Map<number, number>();
  graph.forEachNode((_k, a) => sizes.set(a.community ?? 0, (sizes.get(a.community ?? 0) ?? 0) + 1));
  const ids = [...sizes.keys()].sort((a, b) => a - b);
  const q = new Graph({ type: 'undirected' });
  const ring = SEED_UNIT * Math.sqrt(graph.order + 1);
  ids.forEach((c, i) => {
    const angle = (2 * Math.PI * i) / ids.length;
    q.addNode(String(c), { x: ring * Math.cos(angle), y: ring * Math.sin(angle), size: SEED_UNIT * Math.sqrt(sizes.get(c)!) });
  });
  // (edges in graph order: the same graph gives the same weights and the same edge order)
  graph.forEachEdge((_e, attr, _s, _t, sa, ta) => {
    const [u, v] = [sa.community ?? 0, ta.community ?? 0];
    if (u === v) return;
    const w = typeof attr.weight === 'number' && Number.isFinite(attr.weight) ? attr.weight : 1;
    q.updateEdge(String(Math.min(u, v)), String(Math.max(u, v)), (a) => ({ weight: ((a.weight as number | undefined) ?? 0) + w }));
  });
  if (q.order > 1) {
    if (q.size > 0) {
      const settings = { ...forceAtlas2.inferSettings(q), linLogMode: true, adjustSizes: false, edgeWeightInfluence: 0.5 };
      forceAtlas2.assign(q, { iterations: CLUSTER_ITERATIONS, settings, getEdgeWeight: 'weight' });
    }
    noverlap.assign(q, { maxIterations: 500, settings: { margin: 0, ratio: 1 } });
  }
  const out = new Map<number, { x: number; y: number; r: number }>();
  q.forEachNode((k, a) => out.set(Number(k), { x: a.x as number, y: a.y as number, r: a.size as number }));
  return out;
}

/**
 * Seeded start: above CLUSTER_LAYOUT_MIN_ORDER nodes each cluster a disc placed by clusterDiscs, its members scattered
 * uniformly over it; at or below it, clusters spread on a circle, members scattered around their centre.
 */
export function seedPositions(graph: LayoutGraph, seed = DEFAULT_SEED): void {
  const rng = mulberry32(seed);
  if (graph.order <= CLUSTER_LAYOUT_MIN_ORDER) {
    const clusters = Math.max(1, graph.getAttribute('clusters')?.length ?? 1);
    const radius = SEED_UNIT * Math.sqrt(graph.order + 1);
    const spread = radius / Math.sqrt(clusters);
    graph.forEachNode((key, attr) => {
      const angle = (2 * Math.PI * (attr.community ?? 0)) / clusters;
      const cx = clusters > 1 ? radius * Math.cos(angle) : 0;
      const cy = clusters > 1 ? radius * Math.sin(angle) : 0;
      graph.mergeNodeAttributes(key, { x: round(cx + (rng() - 0.5) * spread), y: round(cy + (rng() - 0.5) * spread) });
    });
    return;
  }
  const discs = clusterDiscs(graph);
  graph.forEachNode((key, attr) => {
    const d = discs.get(attr.community ?? 0)!;
    const r = d.r * Math.sqrt(rng());
    const angle = 2 * Math.PI * rng();
    graph.mergeNodeAttributes(key, { x: round(d.x + r * Math.cos(angle)), y: round(d.y + r * Math.sin(angle)) });
  });
}

/** Run ForceAtlas2 then noverlap from the seeded start and write x, y on every node. */
export function runLayout(graph: LayoutGraph, opts: LayoutOptions = {}): { iterations: number; barnesHut: boolean } {
  if (!opts.seeded) seedPositions(graph, opts.seed);
  const settings = layoutSettings(graph);
  const iterations = opts.iterations ?? defaultIterations(graph.order);
  if (graph.order > 1 && iterations > 0) {
    // In chunks so a caller can show progress; ForceAtlas2 is deterministic from the given positions.
    const chunk = Math.max(1, Math.ceil(iterations / 10));
    for (let done = 0; done < iterations; done += chunk) {
      forceAtlas2.assign(graph, { iterations: Math.min(chunk, iterations - done), settings, getEdgeWeight: 'weight' });
      opts.onProgress?.(Math.min(done + chunk, iterations), iterations);
    }
  }
  // noverlap compares the nodes sharing a grid cell: a grid of about one node a cell keeps that linear.
  const nIter = opts.noverlapIterations ?? (graph.order > 5000 ? 50 : 150);
  if (graph.order > 1 && nIter > 0) {
    const gridSize = Math.max(20, Math.ceil(Math.sqrt(graph.order)));
    noverlap.assign(graph, { maxIterations: nIter, settings: { margin: 1, ratio: 1.1, gridSize } });
  }
  graph.updateEachNodeAttributes((_k, attr) => ({ ...attr, x: round(attr.x), y: round(attr.y) }), { attributes: ['x', 'y'] });
  return { iterations, barnesHut: Boolean(settings.barnesHutOptimize) };
}
