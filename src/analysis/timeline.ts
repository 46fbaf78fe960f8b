/**
 * Time: paper years, per-entity first / last year and papers per year, the graph "as of" a year or within a
 * range, and when methods built on a given entity (e.g. the CLIP or DINOv2 model) appear.
 *
 * Pure: functions of the graph, no DOM, no Node.
 */
import type { KnowledgeGraph } from '../model.ts';
import { compareLabels, paperYear, type NodeFilter } from './node-utils.ts';

export { paperYear };

export interface YearCount {
  year: number;
  papers: number;
}

export interface EntityTimeline {
  key: string;
  label: string;
  kind: string;
  firstYear?: number;
  lastYear?: number;
  /** Papers per year, ascending years, only years with papers. */
  perYear: YearCount[];
  /** Linked papers in total (dated or not). */
  papers: number;
  /** Linked papers without a year. */
  undated: number;
}

/** Paper keys linked to a node, in either direction (papers themselves yield themselves). */
export function linkedPapers(graph: KnowledgeGraph, key: string, nodeFilter?: NodeFilter): string[] {
  if (graph.getNodeAttribute(key, 'kind') === 'paper') return [key];
  const out = new Set<string>();
  graph.forEachNeighbor(key, (n, a) => {
    if (a.kind === 'paper' && (!nodeFilter || nodeFilter(n))) out.add(n);
  });
  return [...out].sort();
}

export function entityTimeline(graph: KnowledgeGraph, key: string, nodeFilter?: NodeFilter): EntityTimeline {
  const attrs = graph.getNodeAttributes(key);
  const counts = new Map<number, number>();
  let undated = 0;
  const papers = linkedPapers(graph, key, nodeFilter);
  for (const p of papers) {
    const y = paperYear(graph.getNodeAttributes(p));
    if (y === undefined) undated++;
    else counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const perYear = [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([year, n]) => ({ year, papers: n }));
  return {
    key,
    label: attrs.label,
    kind: attrs.kind,
    firstYear: perYear[0]?.year,
    lastYear: perYear[perYear.length - 1]?.year,
    perYear,
    papers: papers.length,
    undated,
  };
}

/** Timelines for every non-paper node (optionally only some kinds), sorted by first year then label. */
export function entityTimelines(
  graph: KnowledgeGraph,
  opts: { kinds?: string[]; nodeFilter?: NodeFilter } = {},
): EntityTimeline[] {
  const out: EntityTimeline[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === 'paper') return;
    if (opts.kinds && !opts.kinds.includes(a.kind)) return;
    if (opts.nodeFilter && !opts.nodeFilter(key)) return;
    out.push(entityTimeline(graph, key, opts.nodeFilter));
  });
  out.sort(
    (a, b) =>
      (a.firstYear ?? Infinity) - (b.firstYear ?? Infinity) || compareLabels(a.label, b.label) || (a.key < b.key ? -1 : 1),
  );
  return out;
}

/** Smallest and largest paper year, or undefined when no paper is dated. */
export function yearRange(graph: KnowledgeGraph): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_k, a) => {
    if (a.kind !== 'paper') return;
    const y = paperYear(a);
    if (y === undefined) return;
    if (y < min) min = y;
    if (y > max) max = y;
  });
  return Number.isFinite(min) ? { min, max } : undefined;
}

export interface YearWindow {
  /** Inclusive lower bound (papers before it are hidden). */
  from?: number;
  /** Inclusive upper bound: "the field as of this year". */
  to?: number;
  /** Keep papers without a year (default true: nothing vanishes for lack of a date). */
  keepUndated?: boolean;
}

/**
 * A node filter showing the field within a year window: a paper passes when its year is inside the window;
 * an entity passes when at least one of its papers passes (entities without any paper always pass).
 * Computed once; the returned function is a Set lookup, cheap enough for sigma reducers.
 */
export function yearFilter(graph: KnowledgeGraph, window: YearWindow): NodeFilter {
  const keepUndated = window.keepUndated ?? true;
  const from = window.from ?? -Infinity;
  const to = window.to ?? Infinity;
  const visible = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.kind !== 'paper') return;
    const y = paperYear(a);
    if (y === undefined ? keepUndated : y >= from && y <= to) visible.add(key);
  });
  graph.forEachNode((key, a) => {
    if (a.kind === 'paper') return;
    let hasPaper = false;
    let shown = false;
    graph.forEachNeighbor(key, (n, na) => {
      if (na.kind !== 'paper') return;
      hasPaper = true;
      if (visible.has(n)) shown = true;
    });
    if (shown || !hasPaper) visible.add(key);
  });
  return (key) => visible.has(key);
}

/** The field as of a year: papers up to and including `year`. */
export function asOfYear(graph: KnowledgeGraph, year: number, keepUndated = true): NodeFilter {
  return yearFilter(graph, { to: year, keepUndated });
}

export interface Appearance {
  year: number;
  /** Methods (or other `kind` nodes) first seen this year in papers linked to the entity. */
  entities: { key: string; label: string; paper: string }[];
}

/**
 * When do methods built on `entityKey` appear? E.g. adoption(graph, 'model:clip') lists, year by year, the
 * methods proposed by papers that use CLIP, at the year of their first such paper. Undated papers are skipped.
 */
export function adoption(
  graph: KnowledgeGraph,
  entityKey: string,
  opts: { kind?: string; relation?: string; nodeFilter?: NodeFilter } = {},
): Appearance[] {
  const kind = opts.kind ?? 'method';
  const relation = opts.relation ?? 'proposes';
  const first = new Map<string, { year: number; paper: string }>();
  for (const p of linkedPapers(graph, entityKey, opts.nodeFilter)) {
    const y = paperYear(graph.getNodeAttributes(p));
    if (y === undefined) continue;
    graph.forEachOutEdge(p, (_e, ea, _s, t, _sa, ta) => {
      if (ta.kind !== kind || ea.relation !== relation) return;
      if (opts.nodeFilter && !opts.nodeFilter(t)) return;
      const prev = first.get(t);
      if (!prev || y < prev.year || (y === prev.year && p < prev.paper)) first.set(t, { year: y, paper: p });
    });
  }
  const byYear = new Map<number, Appearance['entities']>();
  for (const [key, { year, paper }] of first) {
    const list = byYear.get(year) ?? [];
    list.push({ key, label: graph.getNodeAttribute(key, 'label'), paper });
    byYear.set(year, list);
  }
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, entities]) => ({ year, entities: entities.sort((a, b) => compareLabels(a.label, b.label)) }));
}
