/**
 * graph.gexf: GEXF 1.3 (graphology-gexf, pedantic) with viz position, colour ('rgb(r,g,b)' -> r/g/b) and
 * size, and typed attributes: kind, community, year, title, abstract, ... Lists and objects are flattened to
 * strings (aliases and urls joined, source as file:line) because networkx cannot read GEXF list types.
 * `<meta>` keeps to creator, description and keywords, so the file passes check-gexf --require-viz. Pure.
 */
import write from 'graphology-gexf/common/writer.js';
import type { KGNode, KnowledgeGraph, RelationEdge } from '../model.ts';

// Characters XML 1.0 forbids, and lone surrogates: they would make the file unreadable.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(s: string): string {
  return s.replace(XML_INVALID, '\uFFFD');
}

type Scalar = string | number | boolean;

/** Node attributes flattened to scalars (data only; label and viz go to their own GEXF slots). */
export function flatNodeAttributes(attr: KGNode): Record<string, Scalar> {
  const out: Record<string, Scalar> = { kind: attr.kind, community: attr.community };
  if (attr.kind === 'paper') {
    out.paperId = attr.id;
    out.title = attr.title;
    out.abstract = attr.abstract;
    if (attr.date !== undefined) out.date = attr.date;
    if (attr.year !== undefined) out.year = attr.year;
    if (attr.authorsCount !== undefined) out.authorsCount = attr.authorsCount;
    if (attr.upvotes !== undefined) out.upvotes = attr.upvotes;
    if (attr.doi !== undefined) out.doi = attr.doi;
    if (attr.url !== undefined) out.url = attr.url;
    // (urls and aliases may be missing from a graph.json that another program wrote: loadGraphJSON does not require them)
    if (attr.urls?.length) out.urls = attr.urls.map((u) => u.url).join(' ');
    if (attr.source) out.source = `${attr.source.file}:${attr.source.line}`;
  } else {
    out.name = attr.name;
    out.papers = attr.papers;
    if (attr.aliases?.length) out.aliases = attr.aliases.join('; ');
    if (attr.firstYear !== undefined) out.firstYear = attr.firstYear;
    if (attr.lastYear !== undefined) out.lastYear = attr.lastYear;
    if (attr.domain !== undefined) out.domain = attr.domain;
  }
  for (const k of Object.keys(out)) if (typeof out[k] === 'string') out[k] = xmlSafe(out[k] as string);
  return out;
}

export function flatEdgeAttributes(attr: RelationEdge): Record<string, Scalar> {
  const out: Record<string, Scalar> = { relation: attr.relation, evidence: xmlSafe(attr.evidence), confidence: attr.confidence };
  if (attr.paper !== undefined) out.paper = attr.paper;
  if (attr.shared !== undefined) out.shared = xmlSafe(attr.shared);
  return out;
}

export function toGEXF(graph: KnowledgeGraph): string {
  const g = graph.copy();
  const name = graph.getAttribute('name') ?? 'graph';
  g.replaceAttributes({
    creator: graph.getAttribute('generator') ?? 'paperweave',
    description: xmlSafe(graph.getAttribute('title') ?? `paperweave knowledge graph: ${name}`),
    keywords: name,
  } as never);
  return write<KGNode, RelationEdge>(g as unknown as Parameters<typeof write<KGNode, RelationEdge>>[0], {
    version: '1.3',
    pedantic: true,
    pretty: true,
    formatNode: (_key, attr) => ({
      label: xmlSafe(attr.label),
      viz: { color: attr.color, size: attr.size, x: attr.x, y: attr.y },
      attributes: flatNodeAttributes(attr),
    }),
    formatEdge: (_key, attr) => ({
      label: attr.relation,
      weight: attr.weight ?? 1,
      viz: { ...(attr.color ? { color: attr.color } : {}), ...(attr.size !== undefined ? { thickness: attr.size } : {}) },
      attributes: flatEdgeAttributes(attr),
    }),
  });
}
