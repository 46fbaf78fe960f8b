/**
 * How well a layout keeps its clusters apart: the spatial "neighbourhood purity". For each node, of its k nearest
 * nodes in layout space (x, y), the share that are in its own Louvain community. Pure; the figure the README reports
 * (src/bench/layout-quality.ts prints it for a graph.json).
 *
 * - `purity`: the mean over nodes of own / min(k, size − 1), size the node's community's: a node of a 4-node cluster
 *   whose 3 fellows are among its 10 nearest scores 1. Nodes alone in their community are left out.
 * - `rawPurity`: the mean of own / k, the plain share.
 * - `chance`: the raw share a layout that placed nodes at random would get (Σ s(s − 1) / N(N − 1)).
 */
import Flatbush from 'flatbush';
import type { KnowledgeGraph } from '../model.ts';
import { mulberry32 } from './rng.ts';

export interface NeighbourhoodPurity {
  k: number;
  /** nodes scored (those not alone in their community) */
  nodes: number;
  purity: number;
  rawPurity: number;
  chance: number;
}

/** The k nearest nodes of every node (by index into `xs`/`ys`), closest first: flatbush's k-nearest search. */
export function nearestNeighbours(xs: Float64Array, ys: Float64Array, k: number): Int32Array[] {
  const n = xs.length;
  if (n === 0) return [];
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) index.add(xs[i], ys[i], xs[i], ys[i]);
  index.finish();
  const kk = Math.min(k, n - 1);
  const out: Int32Array[] = [];
  for (let i = 0; i < n; i++) out.push(Int32Array.from(index.neighbors(xs[i], ys[i], kk, Infinity, (j) => j !== i)));
  return out;
}

/** The neighbourhood purity of the graph's current x, y against its nodes' `community` (k = 10 by default). */
export function neighbourhoodPurity(graph: KnowledgeGraph, k = 10): NeighbourhoodPurity {
  const n = graph.order;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const comm = new Int32Array(n);
  const sizes = new Map<number, number>();
  let i = 0;
  graph.forEachNode((_key, a) => {
    xs[i] = a.x;
    ys[i] = a.y;
    comm[i] = a.community ?? 0;
    sizes.set(comm[i], (sizes.get(comm[i]) ?? 0) + 1);
    i++;
  });
  const nn = nearestNeighbours(xs, ys, k);
  let [sum, rawSum, scored] = [0, 0, 0];
  for (let a = 0; a < n; a++) {
    const size = sizes.get(comm[a])!;
    if (size < 2) continue;
    let own = 0;
    for (const b of nn[a]) if (comm[b] === comm[a]) own++;
    sum += own / Math.min(k, size - 1, nn[a].length || 1);
    rawSum += own / k;
    scored++;
  }
  let pairs = 0;
  for (const s of sizes.values()) pairs += s * (s - 1);
  return {
    k,
    nodes: scored,
    purity: scored ? sum / scored : 0,
    rawPurity: scored ? rawSum / scored : 0,
    chance: n > 1 ? pairs / (n * (n - 1)) : 0,
  };
}

export interface EdgeStretch {
  /** all edges */
  all: number;
  /** edges inside a cluster */
  within: number;
  /** edges between clusters */
  between: number;
}

/**
 * How long the edges are against the layout's scale: the mean edge length over the mean distance between two nodes
 * drawn at random (20,000 seeded pairs), for all edges, those inside a cluster and those between clusters. A layout
 * that kept clusters apart by leaving the edges inside them long would score well on purity and badly on `within`;
 * lower is shorter (1 is a random placement's).
 */
export function edgeStretch(graph: KnowledgeGraph, seed = 1): EdgeStretch {
  const sum = { all: 0, within: 0, between: 0 };
  const count = { all: 0, within: 0, between: 0 };
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    const d = Math.hypot(sa.x - ta.x, sa.y - ta.y);
    const where = sa.community === ta.community ? 'within' : 'between';
    sum.all += d;
    sum[where] += d;
    count.all++;
    count[where]++;
  });
  const xs: number[] = [];
  const ys: number[] = [];
  graph.forEachNode((_k, a) => {
    xs.push(a.x);
    ys.push(a.y);
  });
  const rng = mulberry32(seed);
  let pairs = 0;
  const n = 20000;
  for (let i = 0; i < n && xs.length > 1; i++) {
    const a = Math.floor(rng() * xs.length);
    const b = Math.floor(rng() * xs.length);
    pairs += Math.hypot(xs[a] - xs[b], ys[a] - ys[b]);
  }
  const ratio = (k: keyof EdgeStretch) => (pairs > 0 && count[k] > 0 ? sum[k] / count[k] / (pairs / n) : 0);
  return { all: ratio('all'), within: ratio('within'), between: ratio('between') };
}
