/**
 * The co-authorship network, as VOSviewer's co-authorship analysis of authors gives it: a node per author (their names
 * merged as the viewer merges them, named in their most frequent spelling: src/analysis/authors.ts), a link between two
 * authors who signed a paper together, weighted by the papers they signed together (a paper of more than MAX_LINKED_AUTHORS
 * authors links none: VOSviewer's default ignores such papers, and one of 500 authors alone would give 124,750 links).
 * Each author carries their papers, their first, last and mean year, and the method their papers link to most. Louvain
 * (seeded) on the weighted links gives the clusters, the build's layout (seeded ForceAtlas2) the positions; sizes show
 * the papers, colours the clusters, so Gephi and VOSviewer open it drawn. The same graph gives the same network. Pure.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { KnowledgeGraph } from '../model.ts';
import { buildAuthorIndex } from './authors.ts';
import { clusterColor, edgeSize, nodeSize } from './appearance.ts';
import { communityMembers } from './clusters.ts';
import { runLayout } from './layout.ts';
import { paperYear } from './node-utils.ts';
import { DEFAULT_SEED, mulberry32 } from './rng.ts';

export interface CoauthorNode {
  /** The author's name as shown (their most frequent spelling). */
  label: string;
  /** The papers they signed. */
  papers: number;
  firstYear?: number;
  lastYear?: number;
  /** Their dated papers' mean year (VOSviewer's "Avg. pub. year"), to 2 decimals. */
  meanYear?: number;
  /** The method the most of their papers link to (ties: the label first in code order); none where no paper names one. */
  topMethod?: string;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface CoauthorEdge {
  /** The papers the two signed together. */
  weight: number;
  size: number;
}

export type CoauthorGraph = Graph<CoauthorNode, CoauthorEdge, { name: string; clusters: { id: number; size: number }[] }>;

/** The graph's papers name no author: there is no co-authorship network to give. */
export class NoAuthorsError extends Error {
  constructor() {
    super('its papers name no authors, so there is no co-authorship network: build it from input that lists each paper\'s authors (BibTeX, RIS, arXiv Atom, or JSONL/CSV with an authors field); the Hugging Face page gives only their count');
    this.name = 'NoAuthorsError';
  }
}

/** A paper of more authors than this links none of them (VOSviewer's "maximum number of authors per document", 25 by default). */
export const MAX_LINKED_AUTHORS = 25;

const round2 = (v: number): number => Math.round(v * 100) / 100;

/** The co-authorship network of the graph's papers (see the module's doc); NoAuthorsError where they name none. */
export function coauthorNetwork(graph: KnowledgeGraph, opts: { seed?: number } = {}): CoauthorGraph {
  const index = buildAuthorIndex(graph);
  if (!index.keys.length) throw new NoAuthorsError();
  const net: CoauthorGraph = new Graph({ type: 'undirected' });
  net.setAttribute('name', graph.getAttribute('name') ?? 'graph');
  const years = index.paperKeys.map((k) => paperYear(graph.getNodeAttributes(k)));
  // Each paper's methods (labels, each once), for each author's top method.
  const methods = index.paperKeys.map((k) => {
    const found = new Set<string>();
    graph.forEachOutNeighbor(k, (_t, a) => {
      if (a.kind === 'method') found.add(a.label);
    });
    return [...found];
  });
  const nodeKey = (id: number) => `author:${index.keys[id]}`;
  index.keys.forEach((_key, id) => {
    const dated = index.papers[id].map((p) => years[p]).filter((y): y is number => y !== undefined);
    const counts = new Map<string, number>();
    for (const p of index.papers[id]) for (const m of methods[p]) counts.set(m, (counts.get(m) ?? 0) + 1);
    let topMethod: string | undefined;
    let most = 0;
    for (const [m, n] of counts) {
      if (n > most || (n === most && topMethod !== undefined && m < topMethod)) {
        topMethod = m;
        most = n;
      }
    }
    const papers = index.papers[id].length;
    net.addNode(nodeKey(id), {
      label: index.names[id],
      papers,
      ...(dated.length ? { firstYear: Math.min(...dated), lastYear: Math.max(...dated), meanYear: round2(dated.reduce((s, y) => s + y, 0) / dated.length) } : {}),
      ...(topMethod !== undefined ? { topMethod } : {}),
      community: 0, x: 0, y: 0, size: nodeSize(papers), color: clusterColor(0),
    });
  });
  // A link per pair who signed a paper together, in the order the papers first bring them together.
  const pairs = new Map<string, { a: number; b: number; weight: number }>();
  for (const ids of index.paperAuthors) {
    if (ids.length > MAX_LINKED_AUTHORS) continue;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = ids[i] < ids[j] ? [ids[i], ids[j]] : [ids[j], ids[i]];
        const pair = `${a} ${b}`;
        const link = pairs.get(pair);
        if (link) link.weight++;
        else pairs.set(pair, { a, b, weight: 1 });
      }
    }
  }
  let n = 0;
  for (const { a, b, weight } of pairs.values()) net.addEdgeWithKey(String(n++), nodeKey(a), nodeKey(b), { weight, size: edgeSize(weight) });

  // Clusters: Louvain on the links' weights, renumbered largest first; then the layout from a start by cluster.
  const communities = net.size ? louvain(net, { rng: mulberry32(opts.seed ?? DEFAULT_SEED), getEdgeWeight: 'weight' }) : {};
  const ordered = communityMembers(net.nodes(), communities);
  ordered.forEach((members, id) => {
    for (const key of members) net.mergeNodeAttributes(key, { community: id, color: clusterColor(id) });
  });
  net.setAttribute('clusters', ordered.map((members, id) => ({ id, size: members.length })));
  runLayout(net, { seed: opts.seed });
  return net;
}
