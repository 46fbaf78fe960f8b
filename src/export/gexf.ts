/**
 * graph.gexf: GEXF 1.3 (graphology-gexf's pedantic output, written here: see toGEXF) with viz position, colour ('rgb(r,g,b)' -> r/g/b) and
 * size, and typed attributes: kind, community, year, title, abstract, ... Lists and objects are flattened to
 * strings (aliases and a paper's authors joined with '; ', urls with ' ', source as file:line) because networkx cannot read GEXF list types.
 * `<meta>` keeps to creator, description and keywords, so the file passes check-gexf --require-viz. Pure.
 */
import type { AbstractGraph } from 'graphology-types';
import type { KGNode, KnowledgeGraph, RelationEdge } from '../model.ts';

// Characters XML 1.0 forbids, and lone surrogates: they would make the file unreadable.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(s: string): string {
  return s.replace(XML_INVALID, '\uFFFD');
}

export type Scalar = string | number | boolean;

/**
 * A paper's authors as one string attribute (GEXF, GraphML, nodes.csv): "; " between names, as aliases are joined,
 * since networkx reads no GEXF list type; {@link splitAuthors} reads it back (a name holding "; " itself would come back
 * as two: the text readers part names on ";", so only a JSON list could give one).
 */
export const AUTHOR_SEPARATOR = '; ';
export const joinAuthors = (authors: readonly string[]): string => authors.join(AUTHOR_SEPARATOR);
export const splitAuthors = (text: string): string[] => text.split(AUTHOR_SEPARATOR).map((a) => a.trim()).filter(Boolean);

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
    if (attr.authors?.length) out.authors = joinAuthors(attr.authors);
    if (attr.upvotes !== undefined) out.upvotes = attr.upvotes;
    if (attr.doi !== undefined) out.doi = attr.doi;
    if (attr.url !== undefined) out.url = attr.url;
    if (attr.urls.length) out.urls = attr.urls.map((u) => u.url).join(' ');
    if (attr.source) out.source = `${attr.source.file}:${attr.source.line}`;
  } else {
    out.name = attr.name;
    out.papers = attr.papers;
    if (attr.aliases.length) out.aliases = attr.aliases.join('; ');
    if (attr.firstYear !== undefined) out.firstYear = attr.firstYear;
    if (attr.lastYear !== undefined) out.lastYear = attr.lastYear;
    if (attr.burst !== undefined) {
      out.burstBegin = attr.burst.begin;
      out.burstEnd = attr.burst.end;
      out.burstStrength = attr.burst.strength;
    }
    if (attr.domain !== undefined) out.domain = attr.domain;
  }
  for (const k of Object.keys(out)) if (typeof out[k] === 'string') out[k] = xmlSafe(out[k] as string);
  return out;
}

export function flatEdgeAttributes(attr: RelationEdge): Record<string, Scalar> {
  const out: Record<string, Scalar> = { relation: attr.relation, evidence: xmlSafe(attr.evidence), confidence: attr.confidence };
  if (attr.paper !== undefined) out.paper = attr.paper;
  if (attr.shared !== undefined) out.shared = xmlSafe(attr.shared);
  if (attr.results !== undefined) out.results = xmlSafe(attr.results);
  if (attr.resultsEvidence !== undefined) out.resultsEvidence = xmlSafe(attr.resultsEvidence);
  return out;
}

/**
 * GEXF's attribute types, as graphology-gexf infers them: a key takes the most general type of its values
 * (string over double over long over integer over boolean).
 */
type GexfType = 'string' | 'double' | 'long' | 'integer' | 'boolean';
const GENERALITY: Record<GexfType, number> = { string: 5, double: 6, long: 7, integer: 8, boolean: 9 };

const isEmpty = (v: Scalar | undefined): boolean => v === undefined || v === '' || v !== v;

function gexfType(v: Scalar): GexfType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return v === (v | 0) ? (v <= 0x7fffffff && v >= -0x7fffffff ? 'integer' : 'long') : 'double';
  return 'string';
}

/** Each attribute key with its type, in order of first appearance. */
function attributeModel(rows: readonly Record<string, Scalar>[]): Map<string, GexfType> {
  const model = new Map<string, GexfType>();
  for (const row of rows) {
    for (const k in row) {
      const v = row[k];
      if (isEmpty(v)) continue;
      const t = gexfType(v);
      const seen = model.get(k);
      if (!seen || GENERALITY[t] < GENERALITY[seen]) model.set(k, t);
    }
  }
  return model;
}

const ATTR_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };
const ATTR_SPECIAL = /[&<"\t\n\r]/g;

/** An XML attribute value (as xml-writer escapes one: `>` is left as is, which XML allows). */
function attr(v: string | number): string {
  if (typeof v === 'number') return String(v);
  ATTR_SPECIAL.lastIndex = 0;
  return ATTR_SPECIAL.test(v) ? v.replace(ATTR_SPECIAL, (c) => ATTR_ESCAPES[c]) : v;
}

const text = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const RGBA = /^\s*rgba?\s*\(\s*([0-9]*)\s*,\s*([0-9]*)\s*,\s*([0-9]*)\s*(?:,\s*([.0-9]*))?\)\s*$/;

/** `<viz:color>`'s attributes: '#rrggbb' as hex (GEXF 1.3), 'rgb(r,g,b)' / 'rgba(r,g,b,a)' as r, g, b (and a). */
function colorAttributes(c: string): string {
  if (c[0] === '#') return ` hex="${attr(c)}"`;
  const m = RGBA.exec(c);
  return m ? ` r="${+m[1]}" g="${+m[2]}" b="${+m[3]}"${m[4] ? ` a="${+m[4]}"` : ''}` : '';
}

function attvalues(row: Record<string, Scalar>, model: Map<string, GexfType>): string {
  let s = '';
  for (const k of model.keys()) {
    const v = row[k];
    if (!isEmpty(v)) s += `\n          <attvalue for="${attr(k)}" value="${attr(String(v))}"/>`;
  }
  return s ? `\n        <attvalues>${s}\n        </attvalues>` : '\n        <attvalues/>';
}

/** What a GEXF node draws from (GEXF's own slots: label, viz colour, size and position). */
export interface GexfNodeDisplay {
  label: string;
  color?: string;
  size?: number;
  x?: number;
  y?: number;
}

/** What a GEXF edge draws from (its weight, viz colour and thickness). */
export interface GexfEdgeDisplay {
  weight?: number;
  color?: string;
  size?: number;
}

/** What a graph of any shape writes into GEXF beside the display slots: the meta, and each node's and edge's data. */
export interface GexfContent<N, E> {
  /** creator, description, keywords (check-gexf takes no other meta). */
  meta: [string, string][];
  /** A node's data as typed attributes (strings made XML-safe). */
  nodeRow(attrs: N): Record<string, Scalar>;
  edgeRow(attrs: E): Record<string, Scalar>;
  /** An edge's label (none: no label attribute). */
  edgeLabel?(attrs: E): string | undefined;
}

/**
 * The graph as GEXF 1.3, byte for byte what graphology-gexf's writer gives with { version: '1.3', pedantic: true,
 * pretty: true } and the formatters of the file's first version (a test holds the two equal on real graphs). Written
 * here because that writer builds the file from millions of one-token appends: on the 10k-paper graph (130 MB of
 * GEXF) it took 3-4 times as long and most of the export stage's memory, in the CLI and in the viewer's Export.
 */
export function toGEXF(graph: KnowledgeGraph): string {
  const name = graph.getAttribute('name') ?? 'graph';
  return writeGEXF(graph, {
    meta: [
      ['creator', graph.getAttribute('generator') ?? 'paperweave'],
      ['description', xmlSafe(graph.getAttribute('title') ?? `paperweave knowledge graph: ${name}`)],
      ['keywords', name],
    ],
    nodeRow: flatNodeAttributes,
    edgeRow: flatEdgeAttributes,
    edgeLabel: (e) => e.relation,
  });
}

/** Any graph as GEXF 1.3 (toGEXF's writer; the co-authorship network's too): display slots from the attributes, data from `content`. */
export function writeGEXF<N extends GexfNodeDisplay, E extends GexfEdgeDisplay>(graph: AbstractGraph<N, E>, content: GexfContent<N, E>): string {
  const nodeRows: Record<string, Scalar>[] = [];
  graph.forEachNode((_key, a) => {
    nodeRows.push(content.nodeRow(a));
  });
  const edgeRows: Record<string, Scalar>[] = [];
  graph.forEachEdge((_key, a) => {
    edgeRows.push(content.edgeRow(a));
  });
  const nodeModel = attributeModel(nodeRows);
  const edgeModel = attributeModel(edgeRows);
  const defaultType = graph.type === 'mixed' ? 'directed' : graph.type;

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n  <meta>',
  ];
  for (const [tag, value] of content.meta) out.push(`\n    <${tag}>${text(value)}</${tag}>`);
  out.push(`\n  </meta>\n  <graph defaultedgetype="${defaultType}">`);
  for (const [cls, model] of [['node', nodeModel], ['edge', edgeModel]] as const) {
    if (!model.size) continue;
    out.push(`\n    <attributes class="${cls}">`);
    for (const [k, t] of model) out.push(`\n      <attribute id="${attr(k)}" title="${attr(k)}" type="${t}"/>`);
    out.push('\n    </attributes>');
  }
  // Each element is one string, so the file is a few hundred thousand pieces joined once.
  out.push('\n    <nodes>');
  let i = 0;
  graph.forEachNode((key, n) => {
    const label = xmlSafe(n.label);
    let s = `\n      <node id="${attr(xmlSafe(key))}"${label ? ` label="${attr(label)}"` : ''}>`;
    if (nodeModel.size) s += attvalues(nodeRows[i], nodeModel);
    i++;
    if (n.color) s += `\n        <viz:color${colorAttributes(n.color)}/>`;
    if (n.size !== undefined) s += `\n        <viz:size value="${n.size}"/>`;
    if (n.x !== undefined || n.y !== undefined) {
      s += `\n        <viz:position${n.x !== undefined ? ` x="${n.x}"` : ''}${n.y !== undefined ? ` y="${n.y}"` : ''}/>`;
    }
    out.push(s + '\n      </node>');
  });
  out.push('\n    </nodes>\n    <edges>');
  i = 0;
  graph.forEachEdge((key, e, source, target, _sa, _ta, undirected) => {
    const type = undirected ? 'undirected' : 'directed';
    let s = `\n      <edge id="${attr(xmlSafe(key))}"${type !== defaultType ? ` type="${type}"` : ''} source="${attr(xmlSafe(source))}" target="${attr(xmlSafe(target))}"`;
    const label = content.edgeLabel?.(e);
    s += ` weight="${e.weight ?? 1}"${label ? ` label="${attr(label)}"` : ''}>`;
    if (edgeModel.size) s += attvalues(edgeRows[i], edgeModel);
    i++;
    if (e.color) s += `\n        <viz:color${colorAttributes(e.color)}/>`;
    if (e.size !== undefined) s += `\n        <viz:thickness value="${e.size}"/>`;
    out.push(s + '\n      </edge>');
  });
  out.push('\n    </edges>\n  </graph>\n</gexf>');
  return out.join('');
}
