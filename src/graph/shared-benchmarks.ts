/**
 * Which methods share benchmarks.
 *
 * A method is `benchmarked-on` each dataset that a paper proposing it evaluates on (relation `evaluates-on`)
 * or introduces (a paper that releases a benchmark reports its own method on it). Two methods share a
 * benchmark when both are benchmarked on the same dataset; the build stores one `shares-benchmark` edge per
 * pair (source key < target key, weight = datasets in common, `shared` = their labels joined with '; ') so
 * the viewer and Gephi both see them, for each method's MAX_PARTNERS closest partners. A `benchmarked-on` edge is as
 * sure as its surest paper, and a paper as sure as the weaker of its two links (proposes, evaluates on). Pure.
 */
import { nameKey, normName, type KnowledgeGraph, type EntityNode } from '../model.ts';
import { edgeKey } from './build.ts';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Datasets each method is benchmarked on, from the paper edges: method key -> dataset key -> supporting papers. */
export function benchmarksByMethod(graph: KnowledgeGraph): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  graph.forEachNode((paper, attr) => {
    if (attr.kind !== 'paper') return;
    const methods: string[] = [];
    const datasets: string[] = [];
    graph.forEachOutEdge(paper, (_e, ea, _s, target) => {
      if (ea.relation === 'proposes') methods.push(target);
      else if (ea.relation === 'evaluates-on' || ea.relation === 'introduces') datasets.push(target);
    });
    for (const m of methods) {
      let ds = out.get(m);
      if (!ds) out.set(m, (ds = new Map()));
      for (const d of datasets) {
        const list = ds.get(d) ?? [];
        list.push(paper);
        ds.set(d, list);
      }
    }
  });
  return out;
}

/**
 * How many `shares-benchmark` edges each method keeps: its closest partners (most datasets in common, then
 * Jaccard, then key). An edge is stored when either end ranks the other in its top MAX_PARTNERS. Without a
 * cap, methods on a popular benchmark (MVTec AD) form a clique that grows with the square of their number
 * (10k papers: millions of edges). `sharedBenchmarks()` is not capped: it ranks every partner.
 */
export const MAX_PARTNERS = 10;

/** Add `benchmarked-on` (method -> dataset) and `shares-benchmark` (method -> method) edges. Returns their counts. */
export function addBenchmarkEdges(graph: KnowledgeGraph, maxPartners = MAX_PARTNERS): { benchmarkedOn: number; sharesBenchmark: number } {
  const byMethod = benchmarksByMethod(graph);
  let benchmarkedOn = 0;
  let sharesBenchmark = 0;
  const methods = [...byMethod.keys()].sort(cmp);
  for (const m of methods) {
    const ds = byMethod.get(m)!;
    for (const d of [...ds.keys()].sort(cmp)) {
      const papers = [...ds.get(d)!].sort(cmp);
      // (the surest paper's: a paper says so as surely as the weaker of its two links, proposes m and evaluates on
      // d; the first such paper in key order on a tie; its evaluation sentence is the evidence)
      let best = papers[0];
      let conf = -1;
      for (const p of papers) {
        const c = Math.min(graph.getEdgeAttribute(edgeKey(p, m), 'confidence') ?? 1, graph.getEdgeAttribute(edgeKey(p, d), 'confidence') ?? 1);
        if (c > conf) {
          conf = c;
          best = p;
        }
      }
      const ev = graph.getEdgeAttributes(edgeKey(best, d));
      graph.addDirectedEdgeWithKey(edgeKey(m, d), m, d, {
        relation: 'benchmarked-on', evidence: ev.evidence, confidence: conf, paper: best, weight: papers.length,
      });
      benchmarkedOn++;
    }
  }
  // Inverted index dataset -> methods; each method counts its partners through it (no global pair map).
  const byDataset = new Map<string, string[]>();
  for (const m of methods) for (const d of byMethod.get(m)!.keys()) {
    const list = byDataset.get(d) ?? [];
    list.push(m);
    byDataset.set(d, list);
  }
  const keep = new Set<string>();
  for (const m of methods) {
    const mine = byMethod.get(m)!;
    const common = new Map<string, number>();
    for (const d of mine.keys()) for (const o of byDataset.get(d)!) if (o !== m) common.set(o, (common.get(o) ?? 0) + 1);
    const ranked = [...common].map(([o, n]) => ({ o, n, j: n / (mine.size + byMethod.get(o)!.size - n) }))
      .sort((a, b) => b.n - a.n || b.j - a.j || cmp(a.o, b.o));
    for (const { o } of ranked.slice(0, maxPartners)) keep.add(m < o ? `${m}\u0000${o}` : `${o}\u0000${m}`);
  }
  for (const k of [...keep].sort(cmp)) {
    const [a, b] = k.split('\u0000');
    const theirs = byMethod.get(b)!;
    const shared = [...byMethod.get(a)!.keys()].filter((d) => theirs.has(d)).sort(cmp);
    const labels = shared.map((d) => graph.getNodeAttribute(d, 'label'));
    const first = [...byMethod.get(a)!.get(shared[0])!].sort(cmp)[0];
    graph.addDirectedEdgeWithKey(edgeKey(a, b), a, b, {
      relation: 'shares-benchmark',
      evidence: graph.getEdgeAttributes(edgeKey(first, shared[0])).evidence,
      confidence: 1,
      paper: first,
      weight: shared.length,
      shared: labels.join('; '),
    });
    sharesBenchmark++;
  }
  return { benchmarkedOn, sharesBenchmark };
}

export interface SharedBenchmark {
  /** Node key of the other method. */
  method: string;
  label: string;
  /** Datasets in common. */
  count: number;
  /** |A ∩ B| / |A ∪ B| over the two methods' benchmark datasets. */
  jaccard: number;
  /** Labels of the datasets in common, alphabetical. */
  datasets: string[];
}

/** Find a method node by key, normalised name or alias. Undefined when none matches. */
export function findMethod(graph: KnowledgeGraph, query: string): string | undefined {
  if (graph.hasNode(query) && graph.getNodeAttribute(query, 'kind') === 'method') return query;
  const bare = query.replace(/^method:/, '');
  const q = normName(bare);
  if (!q) return undefined;
  // ("PointNet++" is method:pointnet++, PointNet method:pointnet)
  for (const key of [`method:${nameKey(bare)}`, `method:${q}`]) if (graph.hasNode(key)) return key;
  let found: string | undefined;
  graph.forEachNode((key, attr) => {
    if (found || attr.kind !== 'method') return;
    if ((attr as EntityNode).aliases.some((a) => normName(a) === q)) found = key;
  });
  return found;
}

/** The datasets a method is benchmarked on (from its `benchmarked-on` edges). */
export function methodBenchmarks(graph: KnowledgeGraph, method: string): string[] {
  const out: string[] = [];
  graph.forEachOutEdge(method, (_e, attr, _s, target) => {
    if (attr.relation === 'benchmarked-on') out.push(target);
  });
  return out.sort(cmp);
}

/**
 * Other methods ranked by datasets in common with `method` (key, name or alias): count first, then Jaccard,
 * then label. Throws when no method matches. With `keep`, only the benchmarks it keeps count, on either side (the
 * viewer passes what its filters keep: a method's datasets in common under a filter, ranked again); a method left
 * with none in common is not listed.
 */
export function sharedBenchmarks(graph: KnowledgeGraph, method: string, opts: { keep?: (method: string, dataset: string) => boolean } = {}): SharedBenchmark[] {
  const key = findMethod(graph, method);
  if (!key) throw new Error(`sharedBenchmarks: no method named '${method}' in the graph`);
  const { keep } = opts;
  const benchmarks = (m: string) => (keep ? methodBenchmarks(graph, m).filter((d) => keep(m, d)) : methodBenchmarks(graph, m));
  const mine = new Set(benchmarks(key));
  const others = new Set<string>();
  for (const d of mine) graph.forEachInNeighbor(d, (n, attr) => {
    if (n !== key && attr.kind === 'method') others.add(n);
  });
  const out: SharedBenchmark[] = [];
  for (const o of others) {
    const theirs = benchmarks(o);
    const common = theirs.filter((d) => mine.has(d));
    if (!common.length) continue;
    const union = new Set([...mine, ...theirs]).size;
    out.push({
      method: o,
      label: graph.getNodeAttribute(o, 'label'),
      count: common.length,
      jaccard: Math.round((common.length / union) * 1000) / 1000,
      datasets: common.map((d) => graph.getNodeAttribute(d, 'label')).sort(cmp),
    });
  }
  return out.sort((a, b) => b.count - a.count || b.jaccard - a.jaccard || cmp(a.label, b.label));
}
