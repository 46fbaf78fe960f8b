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

/**
 * The k nearest nodes of every node (by index into `xs`/`ys`), closest first, ties by index. A uniform grid of about
 * two nodes a cell, searched in growing rings until the ring lies beyond the k-th distance found.
 */
export function nearestNeighbours(xs: Float64Array, ys: Float64Array, k: number): Int32Array[] {
  const n = xs.length;
  const out: Int32Array[] = [];
  if (n === 0) return out;
  const kk = Math.min(k, n - 1);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, xs[i]);
    x1 = Math.max(x1, xs[i]);
    y0 = Math.min(y0, ys[i]);
    y1 = Math.max(y1, ys[i]);
  }
  const side = Math.max(1, Math.ceil(Math.sqrt(n / 2)));
  const cw = Math.max((x1 - x0) / side, (y1 - y0) / side, 1e-9);
  const cols = Math.max(1, Math.ceil((x1 - x0) / cw) + 1);
  const rows = Math.max(1, Math.ceil((y1 - y0) / cw) + 1);
  const cellOf = (i: number) => [Math.floor((xs[i] - x0) / cw), Math.floor((ys[i] - y0) / cw)];
  const cells: number[][] = Array.from({ length: cols * rows }, () => []);
  for (let i = 0; i < n; i++) {
    const [cx, cy] = cellOf(i);
    cells[cy * cols + cx].push(i);
  }
  const bestD = new Float64Array(kk);
  const bestI = new Int32Array(kk);
  for (let i = 0; i < n; i++) {
    let found = 0;
    const [cx, cy] = cellOf(i);
    const consider = (j: number) => {
      if (j === i) return;
      const d = (xs[j] - xs[i]) ** 2 + (ys[j] - ys[i]) ** 2;
      if (found === kk && (d > bestD[kk - 1] || (d === bestD[kk - 1] && j > bestI[kk - 1]))) return;
      let p = found < kk ? found++ : kk - 1;
      while (p > 0 && (bestD[p - 1] > d || (bestD[p - 1] === d && bestI[p - 1] > j))) {
        bestD[p] = bestD[p - 1];
        bestI[p] = bestI[p - 1];
        p--;
      }
      bestD[p] = d;
      bestI[p] = j;
    };
    for (let r = 0; ; r++) {
      // The ring at Chebyshev distance r from the node's cell; every point in it is at least (r − 1)·cw away.
      if (found === kk && (r - 1) * cw > 0 && ((r - 1) * cw) ** 2 > bestD[kk - 1]) break;
      if (r > cols + rows) break;
      for (let gy = cy - r; gy <= cy + r; gy++) {
        if (gy < 0 || gy >= rows) continue;
        const edge = gy === cy - r || gy === cy + r;
        for (let gx = cx - r; gx <= cx + r; gx += edge ? 1 : 2 * r || 1) {
          if (gx < 0 || gx >= cols) continue;
          for (const j of cells[gy * cols + gx]) consider(j);
        }
      }
    }
    out.push(bestI.slice(0, found));
  }
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
