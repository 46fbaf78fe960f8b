/**
 * Every output file of a build, as (name, content) pairs: pure, so the CLI writes them and the browser can
 * offer them as downloads. Same input, same bytes (report.json aside, whose `timings` are measured).
 */
import type { KnowledgeGraph, Paper, PaperEntities } from '../model.ts';
import { toEdgesCSV, toNodesCSV } from './csv.ts';
import { toGEXF } from './gexf.ts';
import { toGraphML } from './graphml.ts';
import { toGraphJSON } from './json.ts';

export type ExportFormat = 'json' | 'gexf' | 'graphml' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'gexf', 'graphml', 'csv'];

export interface OutputFile {
  name: string;
  content: string;
}

/** The files of one format: graph.json, graph.gexf, graph.graphml, or nodes.csv + edges.csv. */
export function renderFormat(graph: KnowledgeGraph, format: ExportFormat): OutputFile[] {
  switch (format) {
    case 'json':
      return [{ name: 'graph.json', content: toGraphJSON(graph) }];
    case 'gexf':
      return [{ name: 'graph.gexf', content: toGEXF(graph) }];
    case 'graphml':
      return [{ name: 'graph.graphml', content: toGraphML(graph) }];
    case 'csv':
      return [{ name: 'nodes.csv', content: toNodesCSV(graph) }, { name: 'edges.csv', content: toEdgesCSV(graph) }];
  }
}

export const jsonl = (rows: readonly unknown[]): string => rows.map((r) => JSON.stringify(r) + '\n').join('');

/** All graph files plus papers.jsonl and entities.jsonl (report.json is written by the caller, last). */
export function renderOutputs(graph: KnowledgeGraph, papers: readonly Paper[], entities: readonly PaperEntities[]): OutputFile[] {
  return [
    { name: 'papers.jsonl', content: jsonl(papers) },
    { name: 'entities.jsonl', content: jsonl(entities) },
    ...EXPORT_FORMATS.flatMap((f) => renderFormat(graph, f)),
  ];
}
