/**
 * nodes.csv and edges.csv: one header row, every field quoted (RFC 4180: quotes doubled, CRLF line ends),
 * so a spreadsheet opens them as they are. Edges carry the evidence sentence. A text cell that a spreadsheet
 * would run as a formula is written with a leading ' (see {@link spreadsheetText}). Pure.
 */
import type { KnowledgeGraph } from '../model.ts';
import { flatEdgeAttributes, flatNodeAttributes } from './gexf.ts';

export const NODE_COLUMNS = [
  'id', 'kind', 'label', 'community', 'papers', 'degree', 'year', 'date', 'firstYear', 'lastYear', 'burstBegin', 'burstEnd',
  'burstStrength', 'aliases',
  'domain', 'authors', 'authorsCount', 'upvotes', 'url', 'doi', 'urls', 'source', 'x', 'y', 'size', 'color', 'abstract',
] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'relation', 'confidence', 'weight', 'paper', 'shared', 'results', 'resultsEvidence', 'evidence'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A cell's text as a spreadsheet should see it: text that starts with = + - @, a tab or a CR (a title or an
 * evidence sentence such as `=HYPERLINK(...)`) gets a leading ', which Excel and LibreOffice read as "this is text",
 * so it is never run as a formula (OWASP's CSV-injection advice). Numbers, and text that is only a number
 * (`-0.5`, `+3`, `1e-3`: no formula can hide in it), are written as they are.
 */
export function spreadsheetText(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return typeof v === 'string' && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** One RFC 4180 field, always quoted, formula-safe. */
export function csvField(v: unknown): string {
  return `"${spreadsheetText(v).replace(/"/g, '""')}"`;
}

/** One line of fields, CRLF-ended. */
export const csvRow = (cells: unknown[]): string => cells.map(csvField).join(',') + '\r\n';

export function toNodesCSV(graph: KnowledgeGraph): string {
  let out = csvRow([...NODE_COLUMNS]);
  graph.forEachNode((key, attr) => {
    const flat: Record<string, unknown> = {
      ...flatNodeAttributes(attr), id: key, label: attr.label, degree: graph.degree(key), x: attr.x, y: attr.y, size: attr.size, color: attr.color,
    };
    out += csvRow(NODE_COLUMNS.map((c) => flat[c]));
  });
  return out;
}

export function toEdgesCSV(graph: KnowledgeGraph): string {
  let out = csvRow([...EDGE_COLUMNS]);
  graph.forEachEdge((key, attr, source, target) => {
    const flat: Record<string, unknown> = { ...flatEdgeAttributes(attr), id: key, source, target, weight: attr.weight ?? 1 };
    out += csvRow(EDGE_COLUMNS.map((c) => flat[c]));
  });
  return out;
}
