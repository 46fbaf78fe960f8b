/**
 * Clusters: Louvain (graphology-communities-louvain, seeded rng) over the paper–entity graph, i.e. the
 * paper -> entity edges seen as undirected; the derived method-level edges (benchmarked-on,
 * shares-benchmark) are left out so they do not count twice. Each paper edge is weighted 1/log2(1 + papers of
 * its entity) so that ubiquitous hubs (AUROC, industrial) weigh less than rare, telling entities.
 * Communities are renumbered by size (largest first, ties by smallest node key), so ids are stable; each
 * gets a label from its most characteristic entities (labels.ts) and a palette colour. Writes `community`
 * on every node and the `clusters` graph attribute. Pure.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Cluster, KnowledgeGraph } from '../model.ts';
import { clusterColor } from './appearance.ts';
import { characteristicEntities, clusterLabel } from './labels.ts';
import { DEFAULT_SEED, mulberry32 } from './rng.ts';

export interface ClusterOptions {
  seed?: number;
  /** Louvain resolution (default 1). */
  resolution?: number;
  /** How many characteristic entities to keep per cluster (default 5). */
  topEntities?: number;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const DERIVED = new Set(['benchmarked-on', 'shares-benchmark']);

/**
 * How much each relation ties a paper to its entity. Domains weigh most: they are the field's first split
 * (video, time series, 3D ...); the paper's own method and its benchmarks next; settings, techniques and
 * metrics cut across domains and weigh least.
 */
export const RELATION_WEIGHTS: Readonly<Record<string, number>> = {
  'in-domain': 3,
  proposes: 1,
  introduces: 1.5,
  'evaluates-on': 1.5,
  'uses-model': 1,
  mentions: 0.5,
  'has-setting': 1,
  'uses-technique': 1,
  'reports-metric': 0.5,
};

/** The undirected, weighted paper–entity graph Louvain runs on. */
export function paperEntityGraph(graph: KnowledgeGraph): Graph<Record<string, never>, { weight: number }> {
  const g = new Graph<Record<string, never>, { weight: number }>({ type: 'undirected', multi: false });
  graph.forEachNode((key) => g.addNode(key));
  graph.forEachEdge((_e, attr, source, target, _sa, ta) => {
    if (DERIVED.has(attr.relation) || source === target || g.hasEdge(source, target)) return;
    const papers = 'papers' in ta ? Math.max(1, ta.papers) : 1;
    g.addEdge(source, target, { weight: (RELATION_WEIGHTS[attr.relation] ?? 1) / Math.log2(1 + papers) });
  });
  return g;
}

/**
 * Louvain's communities renumbered so that ids are stable: each community's members (keys sorted), largest first, ties
 * by the smallest member key; list i is community i. A key Louvain did not place is a community of its own kind (-1).
 */
export function communityMembers(keys: readonly string[], communities: Readonly<Record<string, number>>): string[][] {
  const members = new Map<number, string[]>();
  for (const key of keys) {
    const c = communities[key] ?? -1;
    const list = members.get(c) ?? [];
    list.push(key);
    members.set(c, list);
  }
  return [...members.values()].map((l) => l.sort(cmp)).sort((a, b) => b.length - a.length || cmp(a[0], b[0]));
}

export interface ClusterResult {
  clusters: Cluster[];
  modularity: number;
}

/** Detect communities, label them, and store `community` on every node and `clusters` on the graph. */
export function detectClusters(graph: KnowledgeGraph, opts: ClusterOptions = {}): ClusterResult {
  const g = paperEntityGraph(graph);
  let communities: Record<string, number> = {};
  let modularity = 0;
  if (g.order > 0) {
    const detailed = louvain.detailed(g, {
      rng: mulberry32(opts.seed ?? DEFAULT_SEED),
      resolution: opts.resolution ?? 1,
      getEdgeWeight: 'weight',
    });
    communities = detailed.communities;
    // (no edge at all: Louvain's 0/0 is NaN, which report.json would write as null; such a partition scores 0)
    modularity = Number.isFinite(detailed.modularity) ? detailed.modularity : 0;
  }
  const ordered = communityMembers(graph.nodes(), communities);
  ordered.forEach((list, id) => {
    for (const key of list) graph.setNodeAttribute(key, 'community', id);
  });
  const top = characteristicEntities(graph, opts.topEntities ?? 5);
  const clusters: Cluster[] = ordered.map((list, id) => {
    const best = top.get(id) ?? [];
    // A cluster without papers (cannot happen from paper edges, but stay total): its best-connected members.
    const fallback = [...list].sort((a, b) => graph.degree(b) - graph.degree(a) || cmp(a, b)).slice(0, 3)
      .map((k) => graph.getNodeAttribute(k, 'label')).join(' · ');
    return {
      id,
      label: clusterLabel(best, fallback),
      size: list.length,
      topEntities: best.map((t) => t.label),
      color: clusterColor(id),
    };
  });
  graph.setAttribute('clusters', clusters);
  return { clusters, modularity: Math.round(modularity * 10000) / 10000 };
}
