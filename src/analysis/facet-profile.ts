/**
 * A facet's profile (a domain, setting, technique or metric), as Papers with Code's task page or ORKG's comparison
 * shows a research problem: the methods proposed in it, the datasets evaluated on in it and the backbones used, each
 * counted in the facet's papers (how many of them propose it, evaluate on it or introduce it, use it), most first,
 * then by label. A backbone (a model node) has one too: the methods built on it, where they are evaluated, and the
 * backbones used beside it. The viewer's details panel lists them above the papers. Pure: no DOM, no Node.
 */
import type { KnowledgeGraph, Relation } from '../model.ts';
import { compareLabels } from './node-utils.ts';

/** One entity of a facet's profile: its node and how many of the facet's papers link to it. */
export interface FacetEntry {
  key: string;
  /** The facet's papers linking to it by one of its list's relations. */
  count: number;
}

export interface FacetProfile {
  /** The facet's papers (paper -> facet links), by key. */
  papers: string[];
  /** Methods its papers propose (`proposes`). */
  methods: FacetEntry[];
  /** Datasets its papers evaluate on or introduce (`evaluates-on`, `introduces`: a paper that releases a benchmark
   * reports on it, as shared-benchmarks counts it). */
  datasets: FacetEntry[];
  /** Backbones its papers use (`uses-model`). */
  models: FacetEntry[];
}

/** The lists of a profile, with the relations each counts. */
export const FACET_LISTS: readonly { list: 'methods' | 'datasets' | 'models'; relations: readonly Relation[] }[] = [
  { list: 'methods', relations: ['proposes'] },
  { list: 'datasets', relations: ['evaluates-on', 'introduces'] },
  { list: 'models', relations: ['uses-model'] },
];

export interface FacetProfileOptions {
  /** Keep a paper of the facet (its node and its link to the facet); default: all (the viewer passes its filters). */
  keepPaper?: (paper: string) => boolean;
  /** Keep an entity reached from a kept paper (its node and that paper's link to it); default: all. */
  keep?: (paper: string, entity: string) => boolean;
}

/**
 * The profile of `facet` (a node key): the entities its papers link to, per list, counted in its papers, by count
 * (most first), then label, then key. Throws when the node is missing.
 */
export function facetProfile(graph: KnowledgeGraph, facet: string, opts: FacetProfileOptions = {}): FacetProfile {
  if (!graph.hasNode(facet)) throw new Error(`facetProfile: no node '${facet}' in the graph`);
  const papers = graph.filterInNeighbors(facet, (_k, a) => a.kind === 'paper').filter((p) => !opts.keepPaper || opts.keepPaper(p)).sort();
  const counts = new Map<string, Map<string, number>>(FACET_LISTS.map(({ list }) => [list, new Map()]));
  const listOf = new Map<Relation, string>(FACET_LISTS.flatMap(({ list, relations }) => relations.map((r) => [r, list] as const)));
  for (const p of papers) {
    // (one link a paper and an entity: the graph is not a multigraph)
    graph.forEachOutEdge(p, (_e, ea, _s, target) => {
      const list = listOf.get(ea.relation);
      // (a backbone's profile lists the other backbones its papers use, not itself)
      if (!list || target === facet || (opts.keep && !opts.keep(p, target))) return;
      const m = counts.get(list)!;
      m.set(target, (m.get(target) ?? 0) + 1);
    });
  }
  const ranked = (list: string): FacetEntry[] => [...counts.get(list)!].map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || compareLabels(graph.getNodeAttribute(a.key, 'label'), graph.getNodeAttribute(b.key, 'label')) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { papers, methods: ranked('methods'), datasets: ranked('datasets'), models: ranked('models') };
}
