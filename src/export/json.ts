/**
 * graph.json: graphology's own serialisation (`graph.export()`: attributes, options, nodes, edges), whose
 * graph attributes carry `clusters`. The viewer's input. `loadGraphJSON` parses and validates one. Pure.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { splitAuthors } from './gexf.ts';
import { NODE_KINDS, type GraphAttributes, type KGNode, type KnowledgeGraph, type Relation, type RelationEdge } from '../model.ts';

export type GraphJSON = SerializedGraph<KGNode, RelationEdge, GraphAttributes>;

/** The serialised graph as text (compact, one trailing newline): the same graph gives the same bytes. */
export function toGraphJSON(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export()) + '\n';
}

const RELATIONS: ReadonlySet<Relation> = new Set<Relation>([
  'proposes', 'evaluates-on', 'introduces', 'uses-model', 'in-domain', 'has-setting', 'uses-technique',
  'reports-metric', 'mentions', 'benchmarked-on', 'shares-benchmark',
]);
const KINDS: ReadonlySet<string> = new Set(NODE_KINDS);

/** A graph.json that does not follow the contract: the message names the element and what was expected. */
export class GraphJSONError extends Error {
  constructor(message: string) {
    super(`graph.json: ${message}`);
    this.name = 'GraphJSONError';
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isNameList = (v: unknown): v is string[] => Array.isArray(v) && v.every((n) => typeof n === 'string' && n.trim() !== '');

/** The names in an `authors` value that is not a list of names: a "; "-joined string, or a list with other things in it. */
function authorNames(v: unknown): string[] {
  if (typeof v === 'string') return splitAuthors(v);
  if (!Array.isArray(v)) return [];
  return v.flatMap((n) => (typeof n === 'string' && n.trim() ? [n.trim()] : []));
}

/** Parse (text or already-parsed object) and validate a graph.json, returning the typed graph. */
export function loadGraphJSON(json: string | unknown): KnowledgeGraph {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (err) {
      throw new GraphJSONError(`not valid JSON (${(err as Error).message})`);
    }
  }
  if (!isObj(data)) throw new GraphJSONError('expected an object with nodes and edges');
  if (!Array.isArray(data.nodes)) throw new GraphJSONError("no 'nodes' array: is this a paperweave graph.json?");
  if (!Array.isArray(data.edges)) throw new GraphJSONError("no 'edges' array: is this a paperweave graph.json?");
  data.nodes.forEach((n: unknown, i: number) => {
    if (!isObj(n) || typeof n.key !== 'string') throw new GraphJSONError(`node #${i} has no string key`);
    const a = n.attributes;
    if (!isObj(a)) throw new GraphJSONError(`node '${n.key}' has no attributes`);
    if (typeof a.kind !== 'string' || !KINDS.has(a.kind)) throw new GraphJSONError(`node '${n.key}' has kind '${String(a.kind)}', expected one of ${NODE_KINDS.join(', ')}`);
    if (typeof a.label !== 'string') throw new GraphJSONError(`node '${n.key}' has no label`);
    for (const f of ['x', 'y', 'size', 'community'] as const) {
      if (typeof a[f] !== 'number' || !Number.isFinite(a[f])) throw new GraphJSONError(`node '${n.key}' has no numeric ${f}`);
    }
    if (a.kind === 'paper' && (typeof a.title !== 'string' || typeof a.abstract !== 'string')) throw new GraphJSONError(`paper '${n.key}' lacks its title or abstract`);
  });
  data.edges.forEach((e: unknown, i: number) => {
    if (!isObj(e) || typeof e.source !== 'string' || typeof e.target !== 'string') throw new GraphJSONError(`edge #${i} has no source or target`);
    const a = e.attributes;
    if (!isObj(a) || typeof a.relation !== 'string' || !RELATIONS.has(a.relation as Relation)) {
      throw new GraphJSONError(`edge #${i} (${e.source} -> ${e.target}) has no known relation`);
    }
    if (typeof a.evidence !== 'string') throw new GraphJSONError(`edge #${i} (${e.source} -> ${e.target}) has no evidence`);
  });
  const attrs = isObj(data.attributes) ? data.attributes : {};
  if (attrs.clusters !== undefined && !Array.isArray(attrs.clusters)) throw new GraphJSONError("graph attribute 'clusters' is not a list");
  const graph: KnowledgeGraph = new Graph<KGNode, RelationEdge, GraphAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
  try {
    graph.import({ ...(data as unknown as GraphJSON), options: { type: 'directed', multi: false, allowSelfLoops: false } });
  } catch (err) {
    throw new GraphJSONError((err as Error).message.replace(/^Graph\.\w+: /, ''));
  }
  // Lists another program may leave out (every reader of the graph iterates them): empty, not missing.
  // A paper's authors are a list of names (what the details panel and the search read): another program's string keeps
  // its names ("A; B", as the GEXF and CSV exports write them), a list its strings; anything else is no authors.
  graph.updateEachNodeAttributes((_key, a) => {
    if (a.kind === 'paper') {
      let out = a;
      if (!Array.isArray(a.urls)) out = { ...out, urls: [] };
      if (a.authors !== undefined && !isNameList(a.authors)) {
        const { authors, ...rest } = out;
        const names = authorNames(authors);
        out = names.length ? { ...rest, authors: names } : rest;
      }
      return out;
    }
    if (!Array.isArray(a.aliases)) return { ...a, aliases: [] };
    return a;
  });
  if (!Array.isArray(graph.getAttribute('clusters'))) graph.setAttribute('clusters', []);
  if (typeof graph.getAttribute('name') !== 'string') graph.setAttribute('name', 'graph');
  return graph;
}
