/**
 * Which nodes the filters keep: computed once per filter change (O(nodes + edges)), then the reducers
 * only look keys up in the resulting set.
 */
import type { KnowledgeGraph, NodeKind, PaperNode } from '../src/model.ts';
import type { Filters } from './state.ts';

function paperPasses(graph: KnowledgeGraph, key: string, p: PaperNode, f: Filters): boolean {
  if (f.yearMin !== null || f.yearMax !== null) {
    if (p.year === undefined) return false;
    if (f.yearMin !== null && p.year < f.yearMin) return false;
    if (f.yearMax !== null && p.year > f.yearMax) return false;
  }
  if (f.domain !== null && !graph.hasEdge(key, `domain:${f.domain}`)) return false;
  if (f.setting !== null && !graph.hasEdge(key, `setting:${f.setting}`)) return false;
  return true;
}

/** Whether an edge passes the confidence filter (an edge without a confidence passes). */
export function confidentEdge(attr: { confidence?: number }, min: number | null): boolean {
  return min === null || (attr.confidence ?? 1) >= min;
}

/**
 * The set of visible node keys, or null when every node is visible.
 * - Kinds hidden in the legend are hidden.
 * - Domain, setting and year filters select papers; an entity stays visible when at least one kept paper
 *   links to it (so filtering by 'video' keeps video papers and their methods and datasets).
 * - A minimum confidence keeps only the links at or above it: an entity stays visible when a kept paper
 *   links to it so (the edge reducer hides the links below it).
 */
export function computeVisible(graph: KnowledgeGraph, f: Filters): Set<string> | null {
  const hiddenKinds = new Set<NodeKind>(f.hiddenKinds);
  const paperFilter = f.domain !== null || f.setting !== null || f.yearMin !== null || f.yearMax !== null || f.minConfidence !== null;
  if (!paperFilter && hiddenKinds.size === 0) return null;
  const visible = new Set<string>();
  if (!paperFilter) {
    graph.forEachNode((key, a) => {
      if (!hiddenKinds.has(a.kind)) visible.add(key);
    });
    return visible;
  }
  const keptPapers: string[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === 'paper' && paperPasses(graph, key, a, f)) keptPapers.push(key);
  });
  const reached = new Set<string>(keptPapers);
  for (const p of keptPapers) {
    if (f.minConfidence === null) graph.forEachNeighbor(p, (n) => reached.add(n));
    else graph.forEachEdge(p, (_, attr, s, t) => {
      if (confidentEdge(attr, f.minConfidence)) reached.add(s === p ? t : s);
    });
  }
  for (const key of reached) {
    if (!hiddenKinds.has(graph.getNodeAttribute(key, 'kind'))) visible.add(key);
  }
  return visible;
}

export function visibleCount(graph: KnowledgeGraph, visible: Set<string> | null): number {
  return visible ? visible.size : graph.order;
}

export interface FilterOptions {
  domains: { id: string; label: string; count: number }[];
  settings: { id: string; label: string; count: number }[];
  years: [number, number] | null;
  /** Thresholds of confidence, each with the number of papers' links at or above it (those that leave some out and keep some). */
  confidence: { id: string; label: string; count: number }[];
}

/** The confidence thresholds the filter offers. */
export const CONFIDENCE_STEPS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

/** The choices the filter controls offer, read from the graph. */
export function filterOptions(graph: KnowledgeGraph): FilterOptions {
  const domains: FilterOptions['domains'] = [];
  const settings: FilterOptions['settings'] = [];
  let lo = Infinity;
  let hi = -Infinity;
  graph.forEachNode((key, a) => {
    if (a.kind === 'paper') {
      if (a.year !== undefined) {
        lo = Math.min(lo, a.year);
        hi = Math.max(hi, a.year);
      }
    } else if (a.kind === 'domain' || a.kind === 'setting') {
      const id = key.slice(a.kind.length + 1);
      const item = { id, label: a.label, count: graph.inDegree(key) };
      (a.kind === 'domain' ? domains : settings).push(item);
    }
  });
  const order = (x: { label: string; count: number }, y: { label: string; count: number }) => y.count - x.count || x.label.localeCompare(y.label);
  const links = paperLinkConfidences(graph);
  const confidence = CONFIDENCE_STEPS.map((t) => confidenceChoice(links, t)).filter((o) => o.count > 0 && o.count < links.length);
  return { domains: domains.sort(order), settings: settings.sort(order), years: lo <= hi ? [lo, hi] : null, confidence };
}

/** The confidences of the papers' links (the edges out of paper nodes; one without a confidence counts as 1). */
function paperLinkConfidences(graph: KnowledgeGraph): number[] {
  const links: number[] = [];
  graph.forEachEdge((_e, attr, _s, _t, sa) => {
    if (sa.kind === 'paper') links.push(attr.confidence ?? 1);
  });
  return links;
}

/** A confidence threshold as the filter offers it: its papers' links at or above it. */
function confidenceChoice(links: number[], t: number): { id: string; label: string; count: number } {
  return { id: String(t), label: `≥ ${t}`, count: links.filter((c) => c >= t).length };
}

/**
 * The filter's choices with `current` among them: a threshold a shared URL gives (`conf=0.85`) that the steps do
 * not offer is added in its place, so the control shows what filters the graph.
 */
export function confidenceChoices(graph: KnowledgeGraph, offered: FilterOptions['confidence'], current: number | null): FilterOptions['confidence'] {
  if (current === null || offered.some((o) => Number(o.id) === current)) return offered;
  return [...offered, confidenceChoice(paperLinkConfidences(graph), current)].sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * Each cluster's place over its visible nodes (all nodes when `visible` is null), and the box they span (x0, y0, x1, y1,
 * graph coordinates); a cluster without a visible node has none. The canvas puts cluster labels there: with /?from=2030
 * (no node shown) all 12 labels stayed.
 *
 * The place (x, y) is where the cluster's nodes are densest: the member with the most members within half their spread
 * (the root mean square distance to their mean), not their mean. On a big graph a cluster's nodes lie in more than one
 * place and its mean between them, among other clusters' nodes: in 3,058 papers, 14% of the nodes around the 24
 * labelled means were the label's cluster's, 0 of 131 for "TEP · industrial · GDN". `share` says how much the place is
 * the cluster's: of the visible nodes within that radius of it, the share that are its members (1 for a lone node).
 * With `placed`, only those clusters are placed so (the others get their mean and a share of 1): the viewer labels 24
 * of 469 clusters, and placing all took 100 ms a filter change on 3,058 papers.
 */
export function clusterCentres(graph: KnowledgeGraph, visible: Set<string> | null, placed?: ReadonlySet<number>): Map<number, ClusterCentre> {
  const sums = new Map<number, ClusterCentre>();
  const members = new Map<number, { x: number; y: number }[]>();
  const all: { x: number; y: number }[] = [];
  graph.forEachNode((key, a) => {
    if (visible && !visible.has(key)) return;
    const s = sums.get(a.community) ?? { x: 0, y: 0, n: 0, x0: a.x, y0: a.y, x1: a.x, y1: a.y, share: 1 };
    s.x += a.x;
    s.y += a.y;
    s.n++;
    s.x0 = Math.min(s.x0, a.x);
    s.y0 = Math.min(s.y0, a.y);
    s.x1 = Math.max(s.x1, a.x);
    s.y1 = Math.max(s.y1, a.y);
    sums.set(a.community, s);
    const p = { x: a.x, y: a.y };
    all.push(p);
    const list = members.get(a.community);
    if (list) list.push(p);
    else members.set(a.community, [p]);
  });
  for (const [id, s] of sums) {
    const mx = s.x / s.n;
    const my = s.y / s.n;
    const ps = members.get(id)!;
    if (ps.length < 2 || (placed && !placed.has(id))) {
      [s.x, s.y] = [mx, my];
      continue;
    }
    const r2 = ps.reduce((t, p) => t + (p.x - mx) ** 2 + (p.y - my) ** 2, 0) / ps.length / 4;
    // (at most 128 candidates, every k-th member in graph order: the same place for the same graph)
    const step = Math.max(1, Math.ceil(ps.length / 128));
    let best = ps[0];
    let most = -1;
    for (let i = 0; i < ps.length; i += step) {
      const c = ps[i];
      let k = 0;
      for (const p of ps) if ((p.x - c.x) ** 2 + (p.y - c.y) ** 2 <= r2) k++;
      if (k > most) [best, most] = [c, k];
    }
    let near = 0;
    for (const p of all) if ((p.x - best.x) ** 2 + (p.y - best.y) ** 2 <= r2) near++;
    [s.x, s.y, s.share] = [best.x, best.y, most / Math.max(near, 1)];
  }
  return sums;
}

/** A cluster label is drawn only where at least this share of the nodes around its place are its cluster's. */
export const MIN_LABEL_SHARE = 0.2;

export interface ClusterCentre {
  /** where its visible nodes are densest (see clusterCentres) */
  x: number;
  y: number;
  n: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** of the visible nodes around (x, y), the share that are the cluster's */
  share: number;
}

/** Nodes per kind, in NODE_KINDS order, for the legend. */
export function kindCounts(graph: KnowledgeGraph): Map<NodeKind, number> {
  const counts = new Map<NodeKind, number>();
  graph.forEachNode((_, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  return counts;
}
