/**
 * A GEXF file (ours, or one Gephi saved back) turned into a KnowledgeGraph the viewer can show.
 * The XML is parsed by graphology-gexf (browser: `graphology-gexf/browser`, Node: `graphology-gexf`);
 * this step maps its attributes back to the graph.json contract: viz colour/size/position, the typed
 * attributes our GEXF writer emits (kind, community, title, abstract, year, aliases and authors joined by '; ',
 * urls joined by ' ', source as file:line), and edge relation / evidence / paper. Nodes without a known
 * `kind` are read as papers when they have a title, else as methods. Clusters are rebuilt from community
 * ids (GEXF has no place for them). Missing viz: colour by kind, size by degree, nodes without a position
 * on a circle. The result is checked by loadGraphJSON. Pure.
 */
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { NODE_KINDS, type Cluster, type KGNode, type KnowledgeGraph, type NodeKind, type RelationEdge } from '../model.ts';
import { loadGraphJSON } from './json.ts';
import { splitAuthors } from './gexf.ts';
import { kindColor, nodeSize, parseRgb } from '../analysis/appearance.ts';

const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : v === undefined || v === null ? undefined : String(v));

function rgb(color: unknown, fallback: string): string {
  const c = typeof color === 'string' ? parseRgb(color) : undefined;
  return c ? `rgb(${c[0]},${c[1]},${c[2]})` : fallback;
}

export function knowledgeGraphFromGexf(parsed: Graph<Attributes, Attributes, Attributes>, name = 'gexf'): KnowledgeGraph {
  const g = new Graph<KGNode, RelationEdge>({ type: 'directed', multi: parsed.multi });
  const communities = new Map<number, number>();
  const unplaced: string[] = [];
  parsed.forEachNode((key, a) => {
    const kind: NodeKind = NODE_KINDS.includes(a.kind as NodeKind) ? (a.kind as NodeKind) : a.title !== undefined ? 'paper' : 'method';
    const label = str(a.label) ?? key;
    const community = num(a.community) ?? 0;
    communities.set(community, (communities.get(community) ?? 0) + 1);
    const base = {
      kind, label, x: num(a.x) ?? 0, y: num(a.y) ?? 0, size: num(a.size) ?? nodeSize(parsed.degree(key)),
      color: rgb(a.color, kindColor(kind)), community,
    };
    if (num(a.x) === undefined || num(a.y) === undefined) unplaced.push(key);
    if (kind === 'paper') {
      const src = /^(.*):(\d+)$/.exec(str(a.source) ?? '');
      g.addNode(key, {
        ...base,
        kind: 'paper',
        id: str(a.paperId) ?? key.replace(/^paper:/, ''),
        title: str(a.title) ?? label,
        abstract: str(a.abstract) ?? '',
        urls: (str(a.urls) ?? '').split(/\s+/).filter(Boolean).map((url) => ({ url, kind: 'other' as const })),
        ...(num(a.year) !== undefined ? { year: num(a.year) } : {}),
        ...(str(a.date) ? { date: str(a.date) } : {}),
        ...(num(a.authorsCount) !== undefined ? { authorsCount: num(a.authorsCount) } : {}),
        ...(splitAuthors(str(a.authors) ?? '').length ? { authors: splitAuthors(str(a.authors)!) } : {}),
        ...(num(a.upvotes) !== undefined ? { upvotes: num(a.upvotes) } : {}),
        ...(str(a.doi) ? { doi: str(a.doi) } : {}),
        ...(str(a.url) ? { url: str(a.url) } : {}),
        ...(src ? { source: { file: src[1]!, line: Number(src[2]) } } : {}),
      });
    } else {
      g.addNode(key, {
        ...base,
        kind,
        name: str(a.name) ?? label,
        aliases: (str(a.aliases) ?? '').split('; ').filter(Boolean),
        papers: num(a.papers) ?? 0,
        ...(num(a.firstYear) !== undefined ? { firstYear: num(a.firstYear) } : {}),
        ...(num(a.lastYear) !== undefined ? { lastYear: num(a.lastYear) } : {}),
        ...(num(a.burstBegin) !== undefined && num(a.burstEnd) !== undefined && num(a.burstStrength) !== undefined
          ? { burst: { begin: num(a.burstBegin)!, end: num(a.burstEnd)!, strength: num(a.burstStrength)! } } : {}),
        ...(str(a.domain) ? { domain: str(a.domain) } : {}),
      });
    }
  });
  parsed.forEachEdge((key, a, source, target) => {
    const attrs: RelationEdge = {
      relation: (str(a.relation) ?? str(a.label) ?? 'mentions') as RelationEdge['relation'],
      evidence: str(a.evidence) ?? '',
      confidence: num(a.confidence) ?? 1,
      ...(str(a.paper) ? { paper: str(a.paper) } : {}),
      ...(num(a.weight) !== undefined ? { weight: num(a.weight) } : {}),
      ...(str(a.shared) ? { shared: str(a.shared) } : {}),
      ...(str(a.results) ? { results: str(a.results) } : {}),
      ...(str(a.resultsEvidence) ? { resultsEvidence: str(a.resultsEvidence) } : {}),
    };
    g.addDirectedEdgeWithKey(key, source, target, attrs);
  });
  // A file without positions (not laid out in Gephi): spread those nodes on a circle, in file order, so
  // they are at least visible and clickable; `layoutGraph` or Gephi can do better.
  if (unplaced.length) {
    const r = 10 * Math.sqrt(unplaced.length);
    unplaced.forEach((key, i) => {
      const t = (2 * Math.PI * i) / unplaced.length;
      g.mergeNodeAttributes(key, { x: Math.round(r * Math.cos(t) * 1000) / 1000, y: Math.round(r * Math.sin(t) * 1000) / 1000 });
    });
  }
  const clusters: Cluster[] = [...communities.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([id, size]) => ({ id, label: `cluster ${id}`, size, topEntities: [], color: 'rgb(150,150,150)' }));
  const desc = str(parsed.getAttribute('description'));
  const exported = { ...g.export(), attributes: { name, ...(desc ? { title: desc } : {}), clusters } };
  return loadGraphJSON(exported);
}
