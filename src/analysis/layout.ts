/**
 * Layout: a seeded start (each cluster around its own point on a circle, members scattered by a seeded
 * rng), then ForceAtlas2 with the settings graphology infers for the graph's order (Barnes-Hut above 2000
 * nodes), then noverlap so that no two discs overlap. Positions are rounded to 2 decimals: the same input
 * gives the same bytes. Pure and synchronous; the web worker can run `forceAtlas2Positions` on its own.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { KnowledgeGraph } from '../model.ts';
import { DEFAULT_SEED, mulberry32 } from './rng.ts';

export interface LayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations; default from the graph's order (see defaultIterations). */
  iterations?: number;
  /** noverlap iterations (default 150, 50 above 5000 nodes; 0 skips it). */
  noverlapIterations?: number;
  onProgress?(done: number, total: number): void;
}

/** Fewer iterations on big graphs: Barnes-Hut converges coarser but the shape settles early. */
export function defaultIterations(order: number): number {
  if (order <= 500) return 600;
  if (order <= 2000) return 300;
  if (order <= 10000) return 100;
  return 50;
}

const round = (v: number): number => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);

/** The settings used: inferSettings (Barnes-Hut above 2000 nodes) plus LinLog-free defaults. */
export function layoutSettings(graph: KnowledgeGraph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), adjustSizes: false, edgeWeightInfluence: 0.5 };
}

/** Seeded start: clusters spread on a circle, members scattered around their centre. */
export function seedPositions(graph: KnowledgeGraph, seed = DEFAULT_SEED): void {
  const rng = mulberry32(seed);
  const clusters = Math.max(1, graph.getAttribute('clusters')?.length ?? 1);
  const radius = 10 * Math.sqrt(graph.order + 1);
  const spread = radius / Math.sqrt(clusters);
  graph.forEachNode((key, attr) => {
    const c = attr.community ?? 0;
    const angle = (2 * Math.PI * c) / clusters;
    const cx = clusters > 1 ? radius * Math.cos(angle) : 0;
    const cy = clusters > 1 ? radius * Math.sin(angle) : 0;
    graph.mergeNodeAttributes(key, { x: round(cx + (rng() - 0.5) * spread), y: round(cy + (rng() - 0.5) * spread) });
  });
}

/** Run ForceAtlas2 then noverlap from the seeded start and write x, y on every node. */
export function runLayout(graph: KnowledgeGraph, opts: LayoutOptions = {}): { iterations: number; barnesHut: boolean } {
  seedPositions(graph, opts.seed);
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
