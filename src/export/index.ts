/**
 * Every output file of a build, as (name, content) pairs: pure, so the CLI writes them and the browser can
 * offer them as downloads. Same input, same bytes (report.json aside, whose `timings` are measured).
 */
import type { KnowledgeGraph, Paper, PaperEntities, SizeBy } from '../model.ts';
import { toEdgesCSV, toNodesCSV } from './csv.ts';
import { toGEXF } from './gexf.ts';
import { toGraphML } from './graphml.ts';
import { toGraphJSON } from './json.ts';
import { recordSizeBy, sizedBy } from './sized.ts';
import { toVosviewerJSON, toVosviewerMapFiles } from './vosviewer.ts';
import { coauthorNetwork } from '../analysis/coauthors.ts';
import { toCoauthorsGEXF, toCoauthorsVosviewerFiles } from './coauthors.ts';

export type ExportFormat = 'json' | 'gexf' | 'graphml' | 'csv' | 'vosviewer' | 'vosviewer-map';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'gexf', 'graphml', 'csv', 'vosviewer', 'vosviewer-map'];
/** How many files each format writes (renderFormat's), for a build's progress. */
export const FORMAT_FILES: Readonly<Record<ExportFormat, number>> = { json: 1, gexf: 1, graphml: 1, csv: 2, vosviewer: 1, 'vosviewer-map': 2 };

/** The co-authorship network's formats (`paperweave export` only: a build's graph may name no author). */
export type CoauthorFormat = 'coauthors-gexf' | 'coauthors-vosviewer';
export const COAUTHOR_FORMATS: readonly CoauthorFormat[] = ['coauthors-gexf', 'coauthors-vosviewer'];

export interface OutputFile {
  name: string;
  content: string;
}

export interface RenderOptions {
  /**
   * What node sizes show, as the viewer's "size by" (src/export/sized.ts): GEXF's viz:size, GraphML's and nodes.csv's
   * size are the sizes drawn so; graph.json records it (`sizeBy`). Absent: the graph's own choice (a viewer's export
   * records one), else links, the nodes' own sizes; graph.json is written as it is.
   */
  sizeBy?: SizeBy;
  /** The graph sized so (sizedBy(graph, sizeBy)), where the caller renders several formats: PageRank is run once. */
  drawn?: KnowledgeGraph;
}

/**
 * The files of one format: graph.json, graph.gexf, graph.graphml, nodes.csv + edges.csv, graph.vosviewer.json (VOSviewer
 * Online), or vosviewer-map.txt + vosviewer-network.txt (the desktop VOSviewer). VOSviewer sizes its items by the weights
 * it is given, the links and the papers among them, so the size choice does not apply to these.
 */
export function renderFormat(graph: KnowledgeGraph, format: ExportFormat, opts: RenderOptions = {}): OutputFile[] {
  if (format === 'json') return [{ name: 'graph.json', content: toGraphJSON(opts.sizeBy ? recordSizeBy(graph, opts.sizeBy) : graph) }];
  if (format === 'vosviewer') return [{ name: 'graph.vosviewer.json', content: toVosviewerJSON(graph) }];
  if (format === 'vosviewer-map') {
    const { map, network } = toVosviewerMapFiles(graph);
    return [{ name: 'vosviewer-map.txt', content: map }, { name: 'vosviewer-network.txt', content: network }];
  }
  const drawn = opts.drawn ?? sizedBy(graph, opts.sizeBy);
  switch (format) {
    case 'gexf':
      return [{ name: 'graph.gexf', content: toGEXF(drawn) }];
    case 'graphml':
      return [{ name: 'graph.graphml', content: toGraphML(drawn) }];
    case 'csv':
      return [{ name: 'nodes.csv', content: toNodesCSV(drawn) }, { name: 'edges.csv', content: toEdgesCSV(drawn) }];
  }
}

export const jsonl = (rows: readonly unknown[]): string => rows.map((r) => JSON.stringify(r) + '\n').join('');

/** All graph files plus papers.jsonl and entities.jsonl (report.json is written by the caller, last). */
export function renderOutputs(graph: KnowledgeGraph, papers: readonly Paper[], entities: readonly PaperEntities[], opts: RenderOptions = {}): OutputFile[] {
  // (the graph sized once for the formats that draw the size: PageRank is the costly one)
  const drawn = opts.drawn ?? sizedBy(graph, opts.sizeBy);
  return [
    { name: 'papers.jsonl', content: jsonl(papers) },
    { name: 'entities.jsonl', content: jsonl(entities) },
    ...EXPORT_FORMATS.flatMap((f) => renderFormat(graph, f, { ...opts, drawn })),
  ];
}

/**
 * The co-authorship network's files (src/analysis/coauthors.ts; src/export/coauthors.ts): coauthors.gexf, or
 * coauthors-vosviewer-map.txt + coauthors-vosviewer-network.txt; with its authors' and links' count. Throws
 * NoAuthorsError where the graph's papers name no author.
 */
export function renderCoauthorFormat(graph: KnowledgeGraph, format: CoauthorFormat): { files: OutputFile[]; authors: number; links: number } {
  const net = coauthorNetwork(graph);
  if (format === 'coauthors-gexf') return { files: [{ name: 'coauthors.gexf', content: toCoauthorsGEXF(net) }], authors: net.order, links: net.size };
  const { map, network } = toCoauthorsVosviewerFiles(net);
  return { files: [{ name: 'coauthors-vosviewer-map.txt', content: map }, { name: 'coauthors-vosviewer-network.txt', content: network }], authors: net.order, links: net.size };
}
