/**
 * A paper's authors through the graph and every export: the build keeps them (in the input's order) beside their
 * count, graph.json carries them, GEXF, GraphML and nodes.csv write them as one "; "-joined string (declared as a
 * string attribute; GEXF read back to the list), VOSviewer JSON shows them in a paper's line, and a graph without
 * authors (the bundled corpus gives only counts) writes none. Fixture: test/fixtures/authors.bib.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { readInputs } from '../../extract/readers/index.ts';
import { extractEntities } from '../../extract/entities/index.ts';
import { buildAnalysedGraph, layoutGraph } from '../../src/analysis/analyse.ts';
import type { KnowledgeGraph, Paper, PaperNode } from '../../src/model.ts';
import { toGEXF } from '../../src/export/gexf.ts';
import { knowledgeGraphFromGexf } from '../../src/export/gexf-import.ts';
import { toGraphML } from '../../src/export/graphml.ts';
import { toNodesCSV } from '../../src/export/csv.ts';
import { loadGraphJSON, toGraphJSON } from '../../src/export/json.ts';
import { toVosviewerObject } from '../../src/export/vosviewer.ts';
import { renderOutputs } from '../../src/export/index.ts';
import { expectCheckGexf } from '../helpers/check-gexf.ts';
import { goldGraph, ROOT } from './helpers.ts';

/** A paper node's authors (undefined where it has none). */
const authorsOf = (g: Graph | KnowledgeGraph, key: string): unknown => (g.getNodeAttributes(key) as Partial<PaperNode>).authors;

const FIXTURE = join(ROOT, 'test', 'fixtures', 'authors.bib');

function built(papers: Paper[]): KnowledgeGraph {
  const a = buildAnalysedGraph(papers, papers.map((p) => extractEntities(p)), { seed: 7 });
  layoutGraph(a.graph, { seed: 7 });
  return a.graph;
}

const read = readInputs([{ file: 'authors.bib', text: readFileSync(FIXTURE, 'utf8') }]);
const graph = built(read.papers);
const paperKey = (title: string) => graph.findNode((_k, a) => a.kind === 'paper' && a.title === title)!;
const MOCO = 'Momentum Contrast for Unsupervised Visual Representation Learning';
const SAM = 'Segment Anything';
const NONE = 'Zero-Shot Anomaly Segmentation with Frozen Backbones';
const SAM_AUTHORS = [
  'Alexander Kirillov', 'Eric Mintun', 'Nikhila Ravi', 'Hanzi Mao', 'Chloe Rolland', 'Laura Gustafson', 'Tete Xiao',
  'Spencer Whitehead', 'Alexander C. Berg', 'Wan-Yen Lo', 'Piotr Dollár', 'Ross Girshick',
];

/** A small graph whose papers' authors are hostile to a spreadsheet and to a "; "-joined list's reader. */
function hostileGraph(): KnowledgeGraph {
  const papers: Paper[] = [
    { id: 'formula', title: 'A formula in a byline', abstract: 'We propose ZorbNet and evaluate it on MVTec AD.', urls: [], source: { file: 'x.jsonl', line: 1 },
      authors: ['=cmd|\' /C calc\'!A0', 'Jane "JJ" Doe', 'Smith, Jr., John'], authorsCount: 3 },
    { id: 'plain', title: 'A plain paper', abstract: 'We propose QuuxNet and evaluate it on VisA.', urls: [], source: { file: 'x.jsonl', line: 2 },
      authors: ['+Plus Start', '@At Start'], authorsCount: 2 },
  ];
  return built(papers);
}

describe('authors in the graph', () => {
  it('the build keeps each paper\'s authors in the input\'s order, beside their count', () => {
    const moco = graph.getNodeAttributes(paperKey(MOCO)) as PaperNode;
    expect(moco.authors).toEqual(['Kaiming He', 'Haoqi Fan', 'Yuxin Wu', 'Saining Xie', 'Ross Girshick']);
    expect(moco.authorsCount).toBe(5);
    const sam = graph.getNodeAttributes(paperKey(SAM)) as PaperNode;
    expect(sam.authors).toEqual(SAM_AUTHORS);
    expect(sam.authorsCount).toBe(12);
    // (a record that names no author: neither)
    const none = graph.getNodeAttributes(paperKey(NONE)) as PaperNode;
    expect('authors' in none).toBe(false);
    expect(none.authorsCount).toBeUndefined();
  });

  it('graph.json carries them, and loading it gives them back', () => {
    const text = toGraphJSON(graph);
    expect(text).toContain(JSON.stringify(SAM_AUTHORS));
    const back = loadGraphJSON(text);
    expect(authorsOf(back, paperKey(SAM))).toEqual(SAM_AUTHORS);
  });

  it('a graph.json from elsewhere: a "; "-joined string is read as the list, anything else as no authors', () => {
    const data = JSON.parse(toGraphJSON(graph));
    const node = (title: string) => data.nodes.find((n: { attributes: { title?: string } }) => n.attributes.title === title).attributes;
    node(SAM).authors = 'Alexander Kirillov; Eric Mintun';
    node(MOCO).authors = [42, 'Kaiming He', ''];
    node('Towards Total Recall in Industrial Anomaly Detection').authors = { name: 'Karsten Roth' };
    const back = loadGraphJSON(data);
    expect(authorsOf(back, paperKey(SAM))).toEqual(['Alexander Kirillov', 'Eric Mintun']);
    expect(authorsOf(back, paperKey(MOCO))).toEqual(['Kaiming He']);
    expect('authors' in back.getNodeAttributes(paperKey('Towards Total Recall in Industrial Anomaly Detection'))).toBe(false);
  });
});

describe('authors in the exports', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'pw-authors-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('GEXF: one string attribute, declared with the others, "; " between names; check-gexf passes', () => {
    const gexf = toGEXF(graph);
    expect(gexf).toContain('<attribute id="authors" title="authors" type="string"/>');
    expect(gexf).toContain(`<attvalue for="authors" value="${SAM_AUTHORS.join('; ')}"/>`);
    const file = join(tmp, 'authors.gexf');
    writeFileSync(file, gexf);
    expectCheckGexf([file]);
  });

  it('GEXF round trip: graphology-gexf reads the string, the import gives the list back', () => {
    const parsed = parseGexf(Graph, toGEXF(graph));
    expect(authorsOf(parsed, paperKey(SAM))).toBe(SAM_AUTHORS.join('; '));
    const back = knowledgeGraphFromGexf(parsed, 'authors');
    graph.forEachNode((key, a) => {
      if (a.kind !== 'paper') return;
      expect(authorsOf(back, key), key).toEqual(a.authors);
    });
    expect(authorsOf(back, paperKey(SAM))).toEqual(SAM_AUTHORS);
    expect('authors' in back.getNodeAttributes(paperKey(NONE))).toBe(false);
  });

  it('GraphML: a string key, the joined names as data, read back by graphology-graphml', () => {
    const graphml = toGraphML(graph);
    expect(graphml).toContain('<key id="n_authors" for="node" attr.name="authors" attr.type="string"/>');
    const parsed = parseGraphML(Graph, graphml);
    const node = parsed.findNode((_k, a) => a.title === SAM)!;
    expect(authorsOf(parsed, node)).toBe(SAM_AUTHORS.join('; '));
  });

  it('nodes.csv: an authors column, names joined, a paper without authors empty', () => {
    const rows = parseCsv(toNodesCSV(graph), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toContain('authors');
    const byTitle = new Map(rows.filter((r) => r.kind === 'paper').map((r) => [r.label, r]));
    expect(byTitle.get(SAM)!.authors).toBe(SAM_AUTHORS.join('; '));
    expect(byTitle.get(SAM)!.authorsCount).toBe('12');
    expect(byTitle.get(NONE)!.authors).toBe('');
  });

  it('nodes.csv: a name a spreadsheet would run as a formula is written as text; commas and quotes stay in their cell', () => {
    const g = hostileGraph();
    const csv = toNodesCSV(g);
    // (RFC 4180: the quote doubled; the cell that opens on "=" starts with ', so a spreadsheet shows it as text)
    expect(csv).toContain(`"'=cmd|' /C calc'!A0; Jane ""JJ"" Doe; Smith, Jr., John"`);
    expect(csv).toContain(`"'+Plus Start; @At Start"`);
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('paper:formula')!.authors).toBe(`'=cmd|' /C calc'!A0; Jane "JJ" Doe; Smith, Jr., John`);
    expect(byId.get('paper:plain')!.authors).toBe(`'+Plus Start; @At Start`);
    for (const r of rows) expect(Object.keys(r)).toHaveLength(Object.keys(rows[0]).length);
    // GEXF and graph.json carry the text unchanged (the ' is for spreadsheets only)
    const back = knowledgeGraphFromGexf(parseGexf(Graph, toGEXF(g)), 'hostile');
    expect(authorsOf(back, 'paper:formula')).toEqual(['=cmd|\' /C calc\'!A0', 'Jane "JJ" Doe', 'Smith, Jr., John']);
  });

  it('VOSviewer JSON: a paper\'s line gives its year and authors', () => {
    const items = toVosviewerObject(graph).network.items;
    expect(items.find((i) => i.key === paperKey(MOCO))!.about).toBe('2020 · Kaiming He, Haoqi Fan, Yuxin Wu, Saining Xie, Ross Girshick');
    expect(items.find((i) => i.key === paperKey(NONE))!.about).toBe('2024');
  });

  it('the same input gives the same bytes, every file', () => {
    const again = built(readInputs([{ file: 'authors.bib', text: readFileSync(FIXTURE, 'utf8') }]).papers);
    const a = renderOutputs(graph, read.papers, []);
    const b = renderOutputs(again, read.papers, []);
    expect(b.map((f) => f.name)).toEqual(a.map((f) => f.name));
    for (let i = 0; i < a.length; i++) expect(b[i].content, a[i].name).toBe(a[i].content);
  });
});

describe('a graph without author names (the bundled corpus: counts only)', () => {
  const { graph: bundled } = goldGraph();
  it('has no authors attribute on any node nor in any export', () => {
    bundled.forEachNode((key, a) => expect('authors' in a, key).toBe(false));
    expect(toGEXF(bundled)).not.toContain('"authors"');
    expect(toGraphML(bundled)).not.toContain('"n_authors"');
    expect(toGraphJSON(bundled)).not.toContain('"authors"');
  });
});
