import { describe, expect, it } from 'vitest';
import type { Paper, PaperEntities } from '../../src/model.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { addBenchmarkEdges, findMethod, sharedBenchmarks } from '../../src/graph/shared-benchmarks.ts';
import { goldGraph } from './helpers.ts';

function rec(id: string, method: string, evaluated: string[], introduced: string[] = [], mentioned: string[] = []): [Paper, PaperEntities] {
  const abstract = `We propose ${method}. We test on ${[...evaluated, ...introduced, ...mentioned].join(', ')}.`;
  const ev = `We test on ${[...evaluated, ...introduced, ...mentioned].join(', ')}.`;
  return [
    { id, title: `${method}: a paper`, abstract, urls: [], source: { file: 't', line: 1 } },
    {
      id, title: `${method}: a paper`,
      methods_proposed: [{ name: method, aliases: [`${method}-v1`], evidence: `We propose ${method}.`, confidence: 0.9 }],
      methods_mentioned: [],
      datasets: [
        ...evaluated.map((name) => ({ name, evidence: ev, confidence: 0.9, role: 'evaluated' as const })),
        ...introduced.map((name) => ({ name, evidence: ev, confidence: 0.9, role: 'introduced' as const })),
        ...mentioned.map((name) => ({ name, evidence: ev, confidence: 0.9, role: 'mentioned' as const })),
      ],
      models: [], domains: [], settings: [], techniques: [], metrics: [],
    },
  ];
}

describe('shared benchmarks', () => {
  const rows = [
    rec('a', 'Alpha', ['MVTec AD', 'VisA']),
    rec('b', 'Beta', ['MVTec AD', 'VisA', 'BTAD']),
    rec('c', 'Gamma', ['BTAD'], [], ['VisA']),
    rec('d', 'Delta', [], ['VisA']),
    rec('e', 'Epsilon', ['KolektorSDD']),
  ];
  const { graph } = buildGraph(rows.map((r) => r[0]), rows.map((r) => r[1]));
  const counts = addBenchmarkEdges(graph);

  it('links each method to the datasets its proposing paper evaluates on or introduces', () => {
    expect(graph.getEdgeAttribute('method:alpha', 'dataset:mvtecad', 'relation')).toBe('benchmarked-on');
    expect(graph.hasEdge('method:gamma', 'dataset:visa')).toBe(false); // only mentioned
    expect(graph.hasEdge('method:delta', 'dataset:visa')).toBe(true); // introduced
    expect(counts.benchmarkedOn).toBe(2 + 3 + 1 + 1 + 1);
  });

  it('takes a benchmarked-on edge\'s confidence, evidence and paper from its surest paper (a paper as sure as the weaker of its two links)', () => {
    const two: [Paper, PaperEntities][] = [rec('p1', 'Omega', ['BTAD']), rec('p2', 'Omega', ['BTAD'])];
    two[1][0].title = two[1][1].title = 'Omega again: a second paper';
    // p1: proposes at 0.9, evaluates at 0.6 -> 0.6; p2: proposes at 0.8, evaluates at 0.95 -> 0.8
    two[0][1].datasets[0] = { ...two[0][1].datasets[0], confidence: 0.6, evidence: 'We test Omega on BTAD (p1).' };
    two[1][1].methods_proposed[0] = { ...two[1][1].methods_proposed[0], confidence: 0.8 };
    two[1][1].datasets[0] = { ...two[1][1].datasets[0], confidence: 0.95, evidence: 'We test Omega on BTAD (p2).' };
    const g = buildGraph(two.map((r) => r[0]), two.map((r) => r[1])).graph;
    addBenchmarkEdges(g);
    const e = g.getEdgeAttributes('method:omega', 'dataset:btad');
    expect([e.confidence, e.evidence, e.weight]).toEqual([0.8, 'We test Omega on BTAD (p2).', 2]);
    expect((g.getNodeAttributes(e.paper!) as { title?: string }).title).toBe('Omega again: a second paper');
  });

  it('stores one shares-benchmark edge per pair, weight = datasets in common', () => {
    const e = graph.getEdgeAttributes('method:alpha', 'method:beta');
    expect(e.relation).toBe('shares-benchmark');
    expect(e.weight).toBe(2);
    expect(e.shared).toBe('MVTec AD; VisA');
    expect(graph.hasEdge('method:beta', 'method:alpha')).toBe(false);
    expect(graph.getEdgeAttribute('method:beta', 'method:gamma', 'weight')).toBe(1);
    expect(graph.hasEdge('method:alpha', 'method:epsilon') || graph.hasEdge('method:epsilon', 'method:alpha')).toBe(false);
    // alpha-beta, alpha-delta, beta-delta, beta-gamma
    expect(counts.sharesBenchmark).toBe(4);
  });

  it('ranks other methods by datasets in common, then Jaccard', () => {
    const r = sharedBenchmarks(graph, 'Alpha');
    expect(r.map((x) => [x.label, x.count, x.jaccard])).toEqual([
      ['Beta', 2, 0.667],
      ['Delta', 1, 0.5],
    ]);
    expect(r[0].datasets).toEqual(['MVTec AD', 'VisA']);
    expect(sharedBenchmarks(graph, 'epsilon')).toEqual([]);
  });

  it('with a filter, counts only the benchmarks it keeps, on either side, and ranks again (the viewer\'s filters)', () => {
    // without VisA: Beta shares MVTec AD alone with Alpha, and Delta (VisA only) nothing
    const noVisa = sharedBenchmarks(graph, 'Alpha', { keep: (_m, d) => d !== 'dataset:visa' });
    expect(noVisa.map((x) => [x.label, x.count, x.jaccard, x.datasets])).toEqual([['Beta', 1, 0.5, ['MVTec AD']]]);
    // one side's link only (Beta's MVTec AD): Beta keeps VisA in common, and Delta now ranks level with it, before it on Jaccard
    const r = sharedBenchmarks(graph, 'Alpha', { keep: (m, d) => !(m === 'method:beta' && d === 'dataset:mvtecad') });
    expect(r.map((x) => [x.label, x.count, x.jaccard])).toEqual([['Delta', 1, 0.5], ['Beta', 1, 0.333]]);
    // keeping everything is the unfiltered ranking
    expect(sharedBenchmarks(graph, 'Beta', { keep: () => true })).toEqual(sharedBenchmarks(graph, 'Beta'));
  });

  it('caps the stored edges to each method\'s closest partners, while sharedBenchmarks still ranks them all', () => {
    const { graph: g } = buildGraph(rows.map((r) => r[0]), rows.map((r) => r[1]));
    expect(addBenchmarkEdges(g, 1).sharesBenchmark).toBe(3);
    expect(g.hasEdge('method:alpha', 'method:beta')).toBe(true);
    expect(g.hasEdge('method:beta', 'method:gamma')).toBe(true);
    expect(g.hasEdge('method:alpha', 'method:delta')).toBe(true);
    expect(g.hasEdge('method:beta', 'method:delta')).toBe(false);
    expect(sharedBenchmarks(g, 'beta').map((x) => x.label)).toEqual(['Alpha', 'Delta', 'Gamma']);
  });

  it('finds a method by normalised name or alias, and refuses an unknown one', () => {
    expect(findMethod(graph, 'ALPHA')).toBe('method:alpha');
    expect(findMethod(graph, 'beta v1')).toBe('method:beta');
    expect(findMethod(graph, 'method:gamma')).toBe('method:gamma');
    expect(findMethod(graph, 'MVTec AD')).toBeUndefined();
    expect(() => sharedBenchmarks(graph, 'Zeta')).toThrow(/no method named 'Zeta'/);
  });

  it('on the bundled corpus, MuSc shares MVTec AD and VisA with other industrial methods', () => {
    const { graph: g } = goldGraph();
    const r = sharedBenchmarks(g, 'mutual scoring'); // MuSc's alias
    expect(r.length).toBeGreaterThan(3);
    expect(r[0].count).toBe(2);
    expect(r[0].datasets).toEqual(['MVTec AD', 'VisA']);
    for (let i = 1; i < r.length; i++) expect(r[i - 1].count).toBeGreaterThanOrEqual(r[i].count);
    // ties in datasets in common go by Jaccard (the synthetic table above has none)
    let ties = 0;
    for (let i = 1; i < r.length; i++) {
      if (r[i - 1].count !== r[i].count) continue;
      expect(r[i - 1].jaccard, `${r[i - 1].label} before ${r[i].label}`).toBeGreaterThanOrEqual(r[i].jaccard);
      if (r[i - 1].jaccard !== r[i].jaccard) ties++;
    }
    expect(ties).toBeGreaterThan(0);
    for (const x of r) expect(g.hasEdge('method:musc', x.method) || g.hasEdge(x.method, 'method:musc')).toBe(true);
  });
});
