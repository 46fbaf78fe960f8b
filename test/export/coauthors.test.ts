/**
 * The co-authorship network (src/analysis/coauthors.ts) and `paperweave export --format coauthors-gexf|coauthors-vosviewer`:
 * on test/fixtures/coauthors.jsonl (four papers; Karsten Roth and Peter Gehler sign two together, each name once in
 * another spelling; Bernhard Schölkopf once without the accent; one paper by one author), the authors merged as the
 * viewer merges them, a link per pair weighted by their papers together, each author's papers, years and top method;
 * GEXF that check-gexf passes with --require-viz; VOSviewer's map and network files; a graph whose papers name no author
 * refused with its file named.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { readInputs } from '../../extract/readers/index.ts';
import { extractEntities } from '../../extract/entities/index.ts';
import { buildAnalysedGraph, layoutGraph } from '../../src/analysis/analyse.ts';
import { coauthorNetwork, MAX_LINKED_AUTHORS, NoAuthorsError, type CoauthorGraph } from '../../src/analysis/coauthors.ts';
import type { KnowledgeGraph } from '../../src/model.ts';
import { toCoauthorsGEXF } from '../../src/export/coauthors.ts';
import { expectCheckGexf } from '../helpers/check-gexf.ts';
import { runCli, ROOT } from '../cli/helpers.ts';
import { fixtureGraph } from '../web/fixture.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'coauthors.jsonl');
const NO_AUTHORS = join(ROOT, 'test', 'fixtures', 'web', 'graph.json');

function fixtureNetwork(): CoauthorGraph {
  const { papers } = readInputs([{ file: 'coauthors.jsonl', text: readFileSync(FIXTURE, 'utf8') }]);
  const a = buildAnalysedGraph(papers, papers.map((p) => extractEntities(p)), { seed: 7 });
  layoutGraph(a.graph, { seed: 7 });
  return coauthorNetwork(a.graph);
}

/** Each link as its two names (sorted) and its weight, sorted. */
function links(g: Graph): [string, string, number][] {
  return g.mapEdges((_e, a, _s, _t, sa, ta) => [...[String(sa.label), String(ta.label)].sort(), Number(a.weight)] as [string, string, number]).sort((x, y) => `${x[0]} ${x[1]}`.localeCompare(`${y[0]} ${y[1]}`));
}

const EXPECTED_LINKS: [string, string, number][] = [
  ['Bernhard Schölkopf', 'Jongheon Jeong', 1],
  ['Bernhard Schölkopf', 'Karsten Roth', 1],
  ['Bernhard Schölkopf', 'Peter Gehler', 1],
  ['Karsten Roth', 'Latha Pemula', 1],
  ['Karsten Roth', 'Peter Gehler', 2],
  ['Latha Pemula', 'Peter Gehler', 1],
];

describe('the co-authorship network', () => {
  const net = fixtureNetwork();
  const byName = (name: string) => net.getNodeAttributes(net.findNode((_k, a) => a.label === name)!);

  it('an author a node, spellings merged as the viewer merges them (case, accents, dots, spaces), named in the spelling shown', () => {
    expect(net.order).toBe(6);
    expect(net.mapNodes((_k, a) => a.label).sort()).toEqual(['Bernhard Schölkopf', 'Jongheon Jeong', 'Karsten Roth', 'Latha Pemula', 'Peter Gehler', 'Solo Author']);
    // ('karsten roth', 'Peter  Gehler.', 'Bernhard Scholkopf': the same people, not three more)
    expect(net.hasNode('author:karsten roth') && net.hasNode('author:peter gehler') && net.hasNode('author:bernhard scholkopf')).toBe(true);
  });

  it('a link per pair who signed a paper together, weighted by their papers together; one who signed alone is linked to none', () => {
    expect(net.size).toBe(6);
    expect(links(net as unknown as Graph)).toEqual(EXPECTED_LINKS);
    expect(net.degree(net.findNode((_k, a) => a.label === 'Solo Author')!)).toBe(0);
  });

  it('each author: their papers, first, last and mean year, the method most of their papers link to; drawn (position, size by papers, colour by cluster)', () => {
    expect(byName('Karsten Roth')).toMatchObject({ papers: 2, firstYear: 2021, lastYear: 2022, meanYear: 2021.5, topMethod: 'PatchCore' });
    expect(byName('Bernhard Schölkopf')).toMatchObject({ papers: 2, firstYear: 2022, lastYear: 2023 });
    expect(byName('Jongheon Jeong')).toMatchObject({ papers: 1, firstYear: 2023, lastYear: 2023, topMethod: 'WinCLIP' });
    expect(byName('Karsten Roth').size).toBeGreaterThan(byName('Latha Pemula').size);
    // (Karsten Roth and Peter Gehler, two papers together, in one cluster)
    expect(byName('Karsten Roth').community).toBe(byName('Peter Gehler').community);
    net.forEachNode((_k, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.color).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
    });
  });

  it('a paper of more than MAX_LINKED_AUTHORS authors links none of them (VOSviewer\u2019s default), its authors still counted', () => {
    const g = new Graph({ type: 'directed' });
    g.setAttribute('name', 'big');
    g.addNode('p:big', { kind: 'paper', label: 'A collaboration', year: 2020, authors: Array.from({ length: 500 }, (_, i) => `Member Number${i}`) });
    g.addNode('p:pair', { kind: 'paper', label: 'A pair', year: 2021, authors: ['Member Number0', 'Other Person'] });
    const big = coauthorNetwork(g as unknown as KnowledgeGraph);
    expect(MAX_LINKED_AUTHORS).toBe(25);
    expect(big.order).toBe(501);
    expect(big.size).toBe(1);
    expect(big.getNodeAttribute('author:member number0', 'papers')).toBe(2);
  });

  it('the same graph gives the same bytes; a graph whose papers name no author has no network', () => {
    expect(toCoauthorsGEXF(fixtureNetwork())).toBe(toCoauthorsGEXF(net));
    expect(() => coauthorNetwork(fixtureGraph())).toThrow(NoAuthorsError);
  });

  it('an author\u2019s name with a character XML forbids still gives a GEXF that reads (ids made XML-safe as labels are)', () => {
    // (the readers turn control characters into spaces; a graph.json written elsewhere need not have)
    const { papers } = readInputs([{ file: 'coauthors.jsonl', text: readFileSync(FIXTURE, 'utf8') }]);
    const a = buildAnalysedGraph(papers, papers.map((p) => extractEntities(p)), { seed: 7 });
    layoutGraph(a.graph, { seed: 7 });
    a.graph.forEachNode((k, x) => {
      if (x.kind === 'paper' && x.authors?.includes('Karsten Roth')) a.graph.mergeNodeAttributes(k, { authors: x.authors.map((n) => (n === 'Karsten Roth' ? 'Karsten\u0001Roth' : n)) } as never);
    });
    const xml = toCoauthorsGEXF(coauthorNetwork(a.graph));
    expect(xml).not.toMatch(/\u0001/);
    const g = parseGexf(Graph, xml);
    expect(g.order).toBe(7);
  });
});

describe('paperweave export --format coauthors-gexf|coauthors-vosviewer', () => {
  let tmp = '';
  let graphJson = '';
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'pw-coauthors-'));
    const r = runCli(['build', FIXTURE, '--out', join(tmp, 'graph'), '--name', 'coauthors']);
    expect(r.status, r.stderr).toBe(0);
    graphJson = join(tmp, 'graph', 'graph.json');
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('coauthors-gexf: GEXF 1.3 that check-gexf passes with --require-viz, the links\u2019 weights and the authors\u2019 attributes in it', () => {
    const out = join(tmp, 'coauthors.gexf');
    const r = runCli(['export', '--format', 'coauthors-gexf', graphJson, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote .*coauthors\.gexf \(6 authors, 6 co-authorship links\)/);
    expectCheckGexf([out]);
    const g = parseGexf(Graph, readFileSync(out, 'utf8'));
    expect([g.order, g.size, g.type]).toEqual([6, 6, 'undirected']);
    expect(links(g)).toEqual(EXPECTED_LINKS);
    expect(g.getNodeAttributes('author:karsten roth')).toMatchObject({ label: 'Karsten Roth', papers: 2, firstYear: 2021, lastYear: 2022, topMethod: 'PatchCore' });
    // (to standard output without --out, the same bytes)
    expect(runCli(['export', '--format', 'coauthors-gexf', graphJson]).stdout).toBe(readFileSync(out, 'utf8'));
  });

  it('coauthors-vosviewer: the desktop VOSviewer\u2019s map and network files into the --out directory', () => {
    const dir = join(tmp, 'vos');
    const r = runCli(['export', '--format', 'coauthors-vosviewer', graphJson, '--out', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote .*coauthors-vosviewer-map\.txt, .*coauthors-vosviewer-network\.txt \(6 authors, 6 co-authorship links\)/);
    const [head, ...rows] = readFileSync(join(dir, 'coauthors-vosviewer-map.txt'), 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
    expect(head).toEqual(['id', 'label', 'description', 'x', 'y', 'cluster', 'weight<Links>', 'weight<Total link strength>', 'weight<Papers>', 'score<Avg. pub. year>', 'score<First year>', 'score<Last year>']);
    expect(rows).toHaveLength(6);
    const col = (row: string[], name: string) => row[head.indexOf(name)];
    const roth = rows.find((row) => col(row, 'label') === 'Karsten Roth')!;
    // (three co-authors, four papers' worth of links: two with Peter Gehler)
    expect(['weight<Links>', 'weight<Total link strength>', 'weight<Papers>', 'score<First year>', 'score<Last year>'].map((c) => col(roth, c))).toEqual(['3', '4', '2', '2021', '2022']);
    expect(col(roth, 'description')).toContain('2 papers · 2021–2022 · mostly on PatchCore');
    const name = new Map(rows.map((row) => [row[0], col(row, 'label')]));
    const net = readFileSync(join(dir, 'coauthors-vosviewer-network.txt'), 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
    expect(net.map(([a, b, w]) => [...[name.get(a)!, name.get(b)!].sort(), Number(w)]).sort((x, y) => `${x[0]} ${x[1]}`.localeCompare(`${y[0]} ${y[1]}`))).toEqual(EXPECTED_LINKS);
  });

  it('a graph whose papers name no author: exit 2, the file named and why, nothing written', () => {
    for (const format of ['coauthors-gexf', 'coauthors-vosviewer']) {
      const out = join(tmp, `none-${format}`);
      const r = runCli(['export', '--format', format, NO_AUTHORS, '--out', out]);
      expect([format, r.status]).toEqual([format, 2]);
      expect(r.stderr).toMatch(/^paperweave export: .*test\/fixtures\/web\/graph\.json: its papers name no authors, so there is no co-authorship network/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
  });
});
