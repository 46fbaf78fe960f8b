/**
 * Cluster labels, as CiteSpace labels clusters: each entity is scored by how much more often the cluster's
 * papers link to it than the other papers do (Dunning's log-likelihood ratio G² over the 2x2 table
 * in-cluster/outside x linked/not linked). Only over-represented entities count; the label joins the best
 * three, e.g. `zero-shot · CLIP · prompt-learning`. Pure.
 */
import { normName, type KnowledgeGraph } from '../model.ts';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const xlnx = (o: number, e: number): number => (o > 0 && e > 0 ? o * Math.log(o / e) : 0);

/** Dunning's G² for a = linked in cluster, b = linked outside, n = cluster papers, total = all papers. */
export function logLikelihood(a: number, b: number, n: number, total: number): number {
  const c = n - a;
  const d = total - n - b;
  const row1 = a + b;
  const row2 = c + d;
  if (total <= 0) return 0;
  const e = (r: number, col: number) => (r * col) / total;
  return 2 * (xlnx(a, e(row1, n)) + xlnx(b, e(row1, total - n)) + xlnx(c, e(row2, n)) + xlnx(d, e(row2, total - n)));
}

export interface ScoredEntity {
  key: string;
  label: string;
  /** Papers of the cluster linked to it. */
  inside: number;
  /** Other papers linked to it. */
  outside: number;
  score: number;
}

/** Entities ranked by how characteristic they are of each community (community id -> best first). */
export function characteristicEntities(graph: KnowledgeGraph, limit = 5): Map<number, ScoredEntity[]> {
  const paperCommunity = new Map<string, number>();
  const sizes = new Map<number, number>();
  graph.forEachNode((key, attr) => {
    if (attr.kind !== 'paper') return;
    paperCommunity.set(key, attr.community);
    sizes.set(attr.community, (sizes.get(attr.community) ?? 0) + 1);
  });
  const total = paperCommunity.size;
  // entity -> community -> papers linked (paper edges only: derived method edges are not evidence).
  const counts = new Map<string, Map<number, number>>();
  graph.forEachEdge((_e, attr, source, target) => {
    const c = paperCommunity.get(source);
    if (c === undefined || attr.relation === 'benchmarked-on' || attr.relation === 'shares-benchmark') return;
    let m = counts.get(target);
    if (!m) counts.set(target, (m = new Map()));
    m.set(c, (m.get(c) ?? 0) + 1);
  });
  const out = new Map<number, ScoredEntity[]>();
  for (const c of sizes.keys()) out.set(c, []);
  for (const [key, byC] of counts) {
    let all = 0;
    for (const n of byC.values()) all += n;
    for (const [c, a] of byC) {
      const n = sizes.get(c)!;
      const b = all - a;
      if (n < total && a / n <= b / (total - n)) continue; // not over-represented
      const score = n < total ? logLikelihood(a, b, n, total) : a;
      out.get(c)!.push({ key, label: graph.getNodeAttribute(key, 'label'), inside: a, outside: b, score });
    }
  }
  for (const [c, list] of out) {
    list.sort((x, y) => y.score - x.score || y.inside - x.inside || cmp(x.label, y.label) || cmp(x.key, y.key));
    // One entry per label: a method and a metric may share a name (PATE).
    const seen = new Set<string>();
    out.set(c, list.filter((e) => !seen.has(normName(e.label)) && Boolean(seen.add(normName(e.label)))).slice(0, limit));
  }
  return out;
}

/** A readable label from the top entities: the first three joined with ' · '. */
export function clusterLabel(top: readonly ScoredEntity[], fallback: string): string {
  const labels = top.slice(0, 3).map((t) => t.label);
  return labels.length ? labels.join(' · ') : fallback;
}
