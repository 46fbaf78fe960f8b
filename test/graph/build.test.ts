import { describe, expect, it } from 'vitest';
import { NODE_KINDS, type EntityNode, type Paper, type PaperEntities, type PaperNode } from '../../src/model.ts';
import { buildGraph, entityKey, RELATION_RANK } from '../../src/graph/build.ts';
import { findMethod } from '../../src/graph/shared-benchmarks.ts';
import { goldGraph, sentencesOf } from './helpers.ts';

const { graph, papers, isolated } = goldGraph();

function paper(id: string, title: string, abstract: string, year?: number): Paper {
  return { id, title, abstract, year, urls: [], source: { file: 'f.jsonl', line: 1 } };
}
function entities(id: string, title: string, over: Partial<PaperEntities> = {}): PaperEntities {
  return { id, title, methods_proposed: [], methods_mentioned: [], datasets: [], models: [], domains: [], settings: [], techniques: [], metrics: [], ...over };
}

describe('graph contract on the bundled corpus (gold entities)', () => {
  it('has no dangling edge: every edge end is a node of the graph', () => {
    const data = graph.export();
    const keys = new Set(data.nodes.map((n) => n.key));
    expect(data.edges.length).toBeGreaterThan(100);
    for (const e of data.edges) {
      expect(keys.has(e.source), e.source).toBe(true);
      expect(keys.has(e.target), e.target).toBe(true);
    }
  });

  it('has every node kind, with keys of the form <kind>:<id>', () => {
    const kinds = new Set<string>();
    graph.forEachNode((key, a) => {
      kinds.add(a.kind);
      expect(key.startsWith(`${a.kind}:`), key).toBe(true);
      expect(a.label.length).toBeGreaterThan(0);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y) && a.size > 0).toBe(true);
      expect(a.color).toMatch(/^rgb\(\d{1,3},\d{1,3},\d{1,3}\)$/);
    });
    expect([...kinds].sort()).toEqual([...NODE_KINDS].sort());
  });

  it("gives every edge an evidence sentence of its paper (or the paper's title)", () => {
    const byKey = new Map(papers.map((p) => [`paper:${p.id}`, p]));
    let checked = 0;
    graph.forEachEdge((e, a, source) => {
      const p = byKey.get(a.paper ?? source);
      expect(p, `${e} has a paper`).toBeDefined();
      const ok = a.evidence === p!.title || p!.abstract.includes(a.evidence);
      expect(ok, `${e}: '${a.evidence}'`).toBe(true);
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
      checked++;
    });
    expect(checked).toBe(graph.size);
  });

  it('links every paper, or reports it as isolated', () => {
    expect(papers.length).toBe(54);
    for (const p of papers) {
      const key = `paper:${p.id}`;
      expect(graph.hasNode(key)).toBe(true);
    }
    // isolated lists the papers with no link, all of them and only them
    expect([...isolated].sort()).toEqual(papers.map((p) => `paper:${p.id}`).filter((k) => graph.outDegree(k) === 0).sort());
    const a = graph.getNodeAttributes(`paper:${papers[0].id}`) as PaperNode;
    expect(a.title).toBe(papers[0].title);
    expect(a.abstract).toBe(papers[0].abstract);
    expect(a.authorsCount).toBe(papers[0].authorsCount);
  });

  it('counts papers and years on entities, and keeps aliases', () => {
    const mvtec = graph.getNodeAttributes(entityKey('dataset', 'MVTec AD')) as EntityNode;
    let linked = 0;
    graph.forEachInEdge('dataset:mvtecad', (_e, a) => {
      if (a.relation !== 'benchmarked-on') linked++;
    });
    expect(mvtec.papers).toBe(linked);
    expect(mvtec.papers).toBeGreaterThanOrEqual(10);
    expect(mvtec.aliases).toEqual(expect.arrayContaining(['MVTec-AD']));
    expect(mvtec.firstYear).toBeLessThanOrEqual(mvtec.lastYear!);
    expect(graph.getNodeAttribute('domain:industrial', 'kind')).toBe('domain');
  });
});

describe('buildGraph', () => {
  const p1 = paper('p1', 'FooNet: a method', 'We propose FooNet. FooNet beats BarNet on MVTec AD. We release Data-X.', 2023);
  const p2 = paper('p2', 'BarNet', 'BarNet is evaluated on MVTec-AD.', 2025);
  const e1 = entities('p1', p1.title, {
    methods_proposed: [{ name: 'FooNet', evidence: 'We propose FooNet.', confidence: 0.9 }],
    methods_mentioned: [
      { name: 'FooNet', evidence: 'FooNet beats BarNet on MVTec AD.', confidence: 0.95 },
      { name: 'BarNet', evidence: 'FooNet beats BarNet on MVTec AD.', confidence: 0.7 },
    ],
    datasets: [
      { name: 'MVTec AD', evidence: 'FooNet beats BarNet on MVTec AD.', confidence: 0.9, role: 'evaluated', domain: 'industrial' },
      { name: 'Data-X', evidence: 'We release Data-X.', confidence: 0.8, role: 'mentioned' },
      { name: 'Data-X', evidence: 'We release Data-X.', confidence: 0.8, role: 'introduced' },
    ],
    metrics: [{ name: 'pixel-AUROC', evidence: p1.title, confidence: 0.6 }],
  });
  const e2 = entities('p2', p2.title, {
    methods_proposed: [{ name: 'BarNet', evidence: p2.title, confidence: 0.9 }],
    datasets: [{ name: 'MVTec-AD', evidence: 'BarNet is evaluated on MVTec-AD.', confidence: 0.9, role: 'evaluated' }],
  });
  const b = buildGraph([p1, p2, paper('p3', 'Lonely', 'Nothing named here.')], [e1, e2]);
  const g = b.graph;

  it('keeps one edge per (paper, entity): the strongest relation, the highest confidence', () => {
    expect(g.edge('paper:p1', 'method:foonet')).toBe('paper:p1>method:foonet');
    const e = g.getEdgeAttributes('paper:p1', 'method:foonet');
    expect(e.relation).toBe('proposes');
    expect(e.evidence).toBe('We propose FooNet.');
    expect(e.confidence).toBe(0.95);
    expect(g.getEdgeAttribute('paper:p1', 'dataset:datax', 'relation')).toBe('introduces');
    expect(g.getEdgeAttribute('paper:p1', 'method:barnet', 'relation')).toBe('mentions');
    expect(b.resolvedPairs).toBe(2);
    expect(RELATION_RANK.proposes).toBeLessThan(RELATION_RANK.mentions);
  });

  it('merges spellings of one entity and reports isolated papers', () => {
    const d = g.getNodeAttributes('dataset:mvtecad') as EntityNode;
    expect(d.papers).toBe(2);
    expect(d.aliases).toEqual(d.label === 'MVTec AD' ? ['MVTec-AD'] : ['MVTec AD']);
    expect([d.firstYear, d.lastYear]).toEqual([2023, 2025]);
    expect(d.domain).toBe('industrial');
    expect(g.hasNode('metric:pixelauroc')).toBe(true);
    expect(b.isolated).toEqual(['paper:p3']);
    expect(g.hasNode('paper:p3')).toBe(true);
  });

  it('keeps two methods a "+" or "++" apart as two nodes (PointNet and PointNet++ were one), spellings of each merged', () => {
    const q1 = paper('q1', 'Point clouds', 'We compare with PointNet and PointNet++.');
    const q2 = paper('q2', 'More point clouds', 'We build on Pointnet++.');
    const m = (name: string) => ({ name, evidence: 'We compare with PointNet and PointNet++.', confidence: 0.9 });
    const r = buildGraph([q1, q2], [
      entities('q1', 'Point clouds', { methods_mentioned: [m('PointNet'), m('PointNet++')] }),
      entities('q2', 'More point clouds', { methods_mentioned: [{ name: 'Pointnet++', evidence: 'We build on Pointnet++.', confidence: 0.9 }] }),
    ]).graph;
    expect(entityKey('method', 'PointNet++')).toBe('method:pointnet++');
    expect(entityKey('method', 'PointNet')).toBe('method:pointnet');
    const node = (k: string) => r.getNodeAttributes(k) as EntityNode;
    expect(node('method:pointnet').papers).toBe(1);
    expect(node('method:pointnet++').papers).toBe(2);
    expect(node('method:pointnet++').aliases).toEqual(['Pointnet++']);
    // (and `paperweave shared NAME` finds each by its name)
    expect([findMethod(r, 'PointNet'), findMethod(r, 'PointNet++'), findMethod(r, 'pointnet ++')]).toEqual(['method:pointnet', 'method:pointnet++', 'method:pointnet++']);
  });

  it('warns about entities of an unknown paper instead of dropping them silently', () => {
    const r = buildGraph([p1], [e1, entities('nope', 'Not a paper', { models: [{ name: 'CLIP', evidence: 'x', confidence: 1 }] })]);
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/unknown paper 'nope'/);
    expect(r.graph.hasNode('model:clip')).toBe(false);
  });

  it('inserts nodes and edges in sorted order, whatever the input order', () => {
    const r = buildGraph([p2, p1], [e2, e1]);
    expect(r.graph.nodes()).toEqual([...r.graph.nodes()].sort());
    expect(JSON.stringify(r.graph.export())).toBe(JSON.stringify(buildGraph([p1, p2], [e1, e2]).graph.export()));
  });
});

it('helpers: sentencesOf starts with the title', () => {
  expect(sentencesOf(paper('a', 'T', 'One. Two.'))).toEqual(['T', 'One.', 'Two.']);
});
