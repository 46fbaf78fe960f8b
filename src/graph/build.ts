/**
 * Graph builder: Paper records + PaperEntities -> the typed knowledge graph (src/model.ts).
 *
 * - Nodes: `paper:<id>`; `method|dataset|model:<nameKey(name)>` (normName and a final "+" or "++"); `domain|setting|technique:<vocabulary id>`;
 *   `metric:<normName(name)>` (the metric vocabulary has spaces and case, and papers may name their own).
 * - Edges go paper -> entity, one per (paper, entity) pair: the graph is a simple directed graph so that
 *   GEXF, GraphML and networkx load it. When a paper names the same entity in two roles (it proposes a method
 *   and mentions it again; it introduces a dataset and evaluates on it), the edge keeps the strongest
 *   relation by RELATION_RANK (proposes > introduces > evaluates-on > uses-model > ... > mentions), with that
 *   mention's evidence and the highest confidence of the pair. The number of such merges is reported.
 * - An entity's label is its most frequent canonical name across papers (ties: alphabetical); the other
 *   spellings go to `aliases` with the extractor's aliases.
 * - Insertion order is sorted (nodes by key, edges by source then target) so serialisations are canonical.
 * Pure: no I/O, runs in the browser.
 */
import Graph from 'graphology';
import {
  entityKey,
  normName,
  type EntityKind,
  type EntityNode,
  type GraphAttributes,
  type KGNode,
  type KnowledgeGraph,
  type Paper,
  type PaperEntities,
  type PaperNode,
  type Relation,
  type RelationEdge,
} from '../model.ts';
import { KIND_COLORS } from '../analysis/appearance.ts';
import { formatResults, paperResults, type ReportedResult } from '../analysis/results.ts';

/** Lower is stronger: which relation an edge keeps when a paper names an entity in two roles. */
export const RELATION_RANK: Readonly<Record<Relation, number>> = {
  proposes: 0,
  introduces: 1,
  'evaluates-on': 2,
  'uses-model': 3,
  'in-domain': 4,
  'has-setting': 5,
  'uses-technique': 6,
  'reports-metric': 7,
  mentions: 8,
  'benchmarked-on': 9,
  'shares-benchmark': 10,
};

export const PAPER_RELATIONS: readonly Relation[] = [
  'proposes', 'evaluates-on', 'introduces', 'uses-model', 'in-domain', 'has-setting', 'uses-technique',
  'reports-metric', 'mentions',
];

export interface BuildWarning {
  /** Paper key the warning is about, when there is one. */
  paper?: string;
  message: string;
}

export interface BuildOptions {
  /** Short name of the graph (graph attribute `name`). Default 'anomaly-detection'. */
  name?: string;
  title?: string;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  /** Paper keys with no edge at all (kept in the graph as isolated nodes, and reported). */
  isolated: string[];
  warnings: BuildWarning[];
  /** (paper, entity) pairs named in more than one role and resolved to one edge. */
  resolvedPairs: number;
}

export const paperKey = (id: string): string => `paper:${id}`;

/** Node key of an entity (kept in model.ts, where results and the matrix reach it without importing the builder). */
export { entityKey };

export const edgeKey = (source: string, target: string): string => `${source}>${target}`;

interface Mention {
  kind: EntityKind;
  name: string;
  aliases: string[];
  relation: Relation;
  evidence: string;
  confidence: number;
  domain?: string;
}

function mentionsOf(e: PaperEntities): Mention[] {
  const out: Mention[] = [];
  const named = (kind: EntityKind, relation: Relation, list: { name: string; aliases?: string[]; evidence: string; confidence: number }[] | undefined) => {
    for (const m of list ?? []) out.push({ kind, name: m.name, aliases: m.aliases ?? [], relation, evidence: m.evidence, confidence: m.confidence });
  };
  named('method', 'proposes', e.methods_proposed);
  named('method', 'mentions', e.methods_mentioned);
  for (const d of e.datasets ?? []) {
    const relation: Relation = d.role === 'introduced' ? 'introduces' : d.role === 'evaluated' ? 'evaluates-on' : 'mentions';
    out.push({ kind: 'dataset', name: d.name, aliases: d.aliases ?? [], relation, evidence: d.evidence, confidence: d.confidence, domain: d.domain });
  }
  named('model', 'uses-model', e.models);
  named('domain', 'in-domain', e.domains);
  named('setting', 'has-setting', e.settings);
  named('technique', 'uses-technique', e.techniques);
  named('metric', 'reports-metric', e.metrics);
  return out;
}

interface EntityAgg {
  kind: EntityKind;
  names: Map<string, number>;
  aliases: Set<string>;
  papers: Set<string>;
  years: number[];
  domains: Map<string, number>;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestN = -1;
  for (const [name, n] of [...counts].sort((a, b) => cmp(a[0], b[0]))) {
    if (n > bestN) {
      best = name;
      bestN = n;
    }
  }
  return best;
}

/** A fresh, empty knowledge graph: directed, simple (no parallel edges), no self loops. */
export function createKnowledgeGraph(attributes: Partial<GraphAttributes> = {}): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph<KGNode, RelationEdge, GraphAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
  graph.replaceAttributes({ name: 'anomaly-detection', clusters: [], ...attributes });
  return graph;
}

export function paperNode(p: Paper): PaperNode {
  const node: PaperNode = {
    kind: 'paper', label: p.title, x: 0, y: 0, size: 1, color: KIND_COLORS.paper, community: 0,
    id: p.id, title: p.title, abstract: p.abstract, urls: p.urls ?? [],
  };
  if (p.date !== undefined) node.date = p.date;
  if (p.year !== undefined) node.year = p.year;
  if (p.authors?.length) node.authors = [...p.authors];
  if (p.authorsCount !== undefined) node.authorsCount = p.authorsCount;
  else if (p.authors) node.authorsCount = p.authors.length;
  if (p.upvotes !== undefined) node.upvotes = p.upvotes;
  if (p.doi !== undefined) node.doi = p.doi;
  if (p.url !== undefined) node.url = p.url;
  if (p.source) node.source = { file: p.source.file, line: p.source.line };
  return node;
}

/** Build the paper -> entity graph. Derived method edges (benchmarked-on, shares-benchmark) come after. */
export function buildGraph(papers: readonly Paper[], entities: readonly PaperEntities[], opts: BuildOptions = {}): BuildResult {
  const warnings: BuildWarning[] = [];
  const byId = new Map<string, Paper>();
  const byTitle = new Map<string, Paper>();
  for (const p of papers) {
    if (byId.has(p.id)) {
      warnings.push({ paper: paperKey(p.id), message: `duplicate paper id '${p.id}': the later record (${p.source?.file}:${p.source?.line}) is ignored` });
      continue;
    }
    byId.set(p.id, p);
    byTitle.set(normName(p.title), p);
  }

  const edges = new Map<string, { source: string; target: string; m: Mention; conf: number }>();
  const aggs = new Map<string, EntityAgg>();
  let resolvedPairs = 0;
  const results = new Map<string, ReportedResult[]>();

  for (const e of entities) {
    const paper = byId.get(e.id) ?? byTitle.get(normName(e.title ?? ''));
    if (!paper) {
      warnings.push({ message: `entities for an unknown paper '${e.id}' (${e.title}) are ignored` });
      continue;
    }
    const pk = paperKey(paper.id);
    // the scores the paper reports on the datasets it evaluates on or introduces, for those links
    for (const [name, list] of paperResults(paper, e)) results.set(edgeKey(pk, entityKey('dataset', name.trim())), list);
    for (const m of mentionsOf(e)) {
      const name = (m.name ?? '').trim();
      const key = entityKey(m.kind, name);
      if (key === `${m.kind}:`) {
        warnings.push({ paper: pk, message: `${m.kind} '${m.name}' has no letter or digit: ignored` });
        continue;
      }
      let evidence = (m.evidence ?? '').trim();
      if (!evidence) {
        evidence = paper.title;
        warnings.push({ paper: pk, message: `${m.kind} '${name}' has no evidence sentence: the title stands in` });
      }
      const conf = Number.isFinite(m.confidence) ? m.confidence : 1;
      const mention = { ...m, name, evidence };
      let agg = aggs.get(key);
      if (!agg) {
        agg = { kind: m.kind, names: new Map(), aliases: new Set(), papers: new Set(), years: [], domains: new Map() };
        aggs.set(key, agg);
      }
      agg.names.set(name, (agg.names.get(name) ?? 0) + 1);
      for (const a of m.aliases) if (a.trim()) agg.aliases.add(a.trim());
      if (!agg.papers.has(pk)) {
        agg.papers.add(pk);
        if (paper.year !== undefined) agg.years.push(paper.year);
      }
      if (m.domain) agg.domains.set(m.domain, (agg.domains.get(m.domain) ?? 0) + 1);

      const ek = edgeKey(pk, key);
      const prev = edges.get(ek);
      if (!prev) {
        edges.set(ek, { source: pk, target: key, m: mention, conf });
      } else {
        resolvedPairs++;
        const stronger = RELATION_RANK[m.relation] < RELATION_RANK[prev.m.relation];
        edges.set(ek, { source: pk, target: key, m: stronger ? mention : prev.m, conf: Math.max(conf, prev.conf) });
      }
    }
  }

  const graph = createKnowledgeGraph({ name: opts.name ?? 'anomaly-detection', ...(opts.title ? { title: opts.title } : {}) });
  const nodes: [string, KGNode][] = [];
  for (const p of byId.values()) nodes.push([paperKey(p.id), paperNode(p)]);
  for (const [key, agg] of aggs) {
    const name = mostFrequent(agg.names) ?? key;
    const aliases = new Set([...agg.names.keys(), ...agg.aliases]);
    aliases.delete(name);
    const node: EntityNode = {
      kind: agg.kind, label: name, x: 0, y: 0, size: 1, color: KIND_COLORS[agg.kind], community: 0,
      name, aliases: [...aliases].sort(cmp), papers: agg.papers.size,
    };
    if (agg.years.length) {
      node.firstYear = Math.min(...agg.years);
      node.lastYear = Math.max(...agg.years);
    }
    const domain = mostFrequent(agg.domains);
    if (domain) node.domain = domain;
    nodes.push([key, node]);
  }
  nodes.sort((a, b) => cmp(a[0], b[0]));
  for (const [key, attr] of nodes) graph.addNode(key, attr);

  for (const ek of [...edges.keys()].sort(cmp)) {
    const { source, target, m, conf } = edges.get(ek)!;
    const attr: RelationEdge = {
      relation: m.relation, evidence: m.evidence, confidence: Math.round(conf * 1000) / 1000, paper: source, weight: 1,
    };
    const reported = m.relation === 'evaluates-on' || m.relation === 'introduces' ? results.get(ek) : undefined;
    if (reported) {
      attr.results = formatResults(reported);
      attr.resultsEvidence = [...new Set(reported.map((r) => r.sentence))].join(' ');
    }
    graph.addDirectedEdgeWithKey(ek, source, target, attr);
  }

  const isolated = nodes.filter(([k, a]) => a.kind === 'paper' && graph.degree(k) === 0).map(([k]) => k);
  return { graph, isolated, warnings, resolvedPairs };
}
