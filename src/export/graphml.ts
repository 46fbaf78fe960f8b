/**
 * graph.graphml: GraphML with typed <key>s (graphology-graphml only parses, so this writer is ours).
 * Directed, one <data> per present attribute; lists flattened to strings as in GEXF; positions, size and
 * colour as ordinary keys (x, y, size: double; color: 'rgb(r,g,b)' string). Loads in networkx
 * (read_graphml) and yEd/Gephi. Pure.
 *
 * Ids are what GraphML's schema allows (xs:NMTOKEN: letters, digits, '.', '-', '_', ':'): an edge's key
 * (`paper:x>dataset:y`) is not one, so an edge carries it as its `id` data (networkx and igraph read it as the
 * edge attribute `id`, as they read the id attribute before) and no id attribute, which GraphML makes optional; a
 * node key or graph name with other characters has each written `_xHHHH_` (a graph named "my survey": my_x0020_survey).
 */
import type { KnowledgeGraph } from '../model.ts';
import { flatEdgeAttributes, flatNodeAttributes, xmlSafe } from './gexf.ts';

type KeyType = 'string' | 'int' | 'double' | 'boolean';

/** A string as an xs:NMTOKEN: each character it may not hold as `_xHHHH_` (its code point, as in OOXML). */
export function nmtoken(s: string): string {
  return s.replace(/[^\p{L}\p{N}\p{M}._:-]/gu, (c) => `_x${c.codePointAt(0)!.toString(16).padStart(4, '0')}_`) || '_';
}

export function xmlEscape(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function typeOf(v: unknown): KeyType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= 0x7fffffff ? 'int' : 'double';
  return 'string';
}

const WIDEN: Record<KeyType, number> = { boolean: 0, int: 1, double: 2, string: 3 };

/** One type per key: the widest seen (int < double < string). */
function inferKeys(rows: Record<string, unknown>[]): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      if (v === undefined || v === null || v === '') continue;
      const t = typeOf(v);
      const prev = keys.get(k);
      if (!prev || WIDEN[t] > WIDEN[prev]) keys.set(k, prev === 'boolean' || t === 'boolean' ? (prev && prev !== t ? 'string' : t) : t);
    }
  }
  return keys;
}

export function toGraphML(graph: KnowledgeGraph): string {
  const nodeRows: [string, Record<string, unknown>][] = [];
  graph.forEachNode((key, attr) => {
    nodeRows.push([key, { label: attr.label, ...flatNodeAttributes(attr), x: attr.x, y: attr.y, size: attr.size, color: attr.color }]);
  });
  const edgeRows: [string, string, Record<string, unknown>][] = [];
  graph.forEachEdge((key, attr, source, target) => {
    edgeRows.push([source, target, { id: key, ...flatEdgeAttributes(attr), weight: attr.weight ?? 1 }]);
  });
  const nodeKeys = inferKeys(nodeRows.map((r) => r[1]));
  const edgeKeys = inferKeys(edgeRows.map((r) => r[2]));
  // Key ids must be unique across node and edge keys.
  const nid = (k: string) => `n_${k}`;
  const eid = (k: string) => `e_${k}`;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [k, t] of nodeKeys) lines.push(`  <key id="${xmlEscape(nid(k))}" for="node" attr.name="${xmlEscape(k)}" attr.type="${t}"/>`);
  for (const [k, t] of edgeKeys) lines.push(`  <key id="${xmlEscape(eid(k))}" for="edge" attr.name="${xmlEscape(k)}" attr.type="${t}"/>`);
  const name = graph.getAttribute('name') ?? 'graph';
  lines.push(`  <graph id="${xmlEscape(nmtoken(name))}" edgedefault="directed">`);
  const data = (id: string, v: unknown) => `<data key="${xmlEscape(id)}">${xmlEscape(String(v))}</data>`;
  for (const [key, row] of nodeRows) {
    const cells = Object.entries(row).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => data(nid(k), v));
    lines.push(`    <node id="${xmlEscape(nmtoken(key))}">${cells.join('')}</node>`);
  }
  for (const [source, target, row] of edgeRows) {
    const cells = Object.entries(row).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => data(eid(k), v));
    lines.push(`    <edge source="${xmlEscape(nmtoken(source))}" target="${xmlEscape(nmtoken(target))}">${cells.join('')}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
