import { describe, expect, it } from 'vitest';
import { assignBursts, burstYears, entityBursts, isBurst, kleinbergBursts, strongestBursts } from '../../src/analysis/bursts.ts';
import { entityTimeline } from '../../src/analysis/timeline.ts';
import type { EntityNode, KnowledgeGraph } from '../../src/model.ts';
import { createKnowledgeGraph } from '../../src/graph/build.ts';
import { goldGraph } from '../helpers/gold-graph.ts';

const ln = Math.log;

/** A graph of papers (one per [year, entities...]) linked to method nodes. */
function tinyGraph(papers: [number | undefined, ...string[]][]): KnowledgeGraph {
  const g = createKnowledgeGraph({ name: 'tiny' });
  papers.forEach(([year, ...methods], i) => {
    const pk = `paper:p${i}`;
    g.addNode(pk, { kind: 'paper', label: `P${i}`, x: 0, y: 0, size: 1, color: '#000', community: 0, id: `p${i}`, title: `P${i}`, abstract: '', urls: [], ...(year !== undefined ? { year } : {}) } as never);
    for (const m of methods) {
      const mk = `method:${m.toLowerCase()}`;
      if (!g.hasNode(mk)) g.addNode(mk, { kind: 'method', label: m, name: m, aliases: [], papers: 0, x: 0, y: 0, size: 1, color: '#000', community: 0 });
      g.addDirectedEdgeWithKey(`${pk}>${mk}`, pk, mk, { relation: 'proposes', evidence: '', confidence: 1 });
    }
  });
  return g;
}

describe('Kleinberg bursts over a series (hand-worked)', () => {
  it('finds the obvious burst: 8 of 10 papers in year 3, none in the others', () => {
    // p0 = 8/40 = 0.2, p1 = 0.4; year 3 saves 8 ln 2 + 2 ln(0.6/0.8) = 4.970 > ln 4 (going up); the other years,
    // 10 ln(0.6/0.8) < 0 each: state 0.
    const b = kleinbergBursts([0, 0, 8, 0], [10, 10, 10, 10]);
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ begin: 2, end: 2 });
    expect(b[0]!.strength).toBeCloseTo(8 * ln(2) + 2 * ln(0.6 / 0.8), 10);
    expect(b[0]!.strength).toBeCloseTo(4.97, 2);
  });

  it('keeps a two-year burst whole, its strength the sum of both years', () => {
    // p0 = 12/60 = 0.2: years 3 and 4 save 6 ln 2 + 4 ln 0.75 = 3.008 each, more than ln 6 = 1.79 to go up once.
    const b = kleinbergBursts([0, 0, 6, 6, 0, 0], [10, 10, 10, 10, 10, 10]);
    expect(b).toEqual([{ begin: 2, end: 3, strength: expect.closeTo(2 * (6 * ln(2) + 4 * ln(0.75)), 10) }]);
  });

  it('finds none in a flat series', () => {
    // 2 of 10 every year: state 1 would cost 2 ln 2 + 8 ln 0.75 = -0.915 more each year.
    expect(kleinbergBursts([2, 2, 2, 2], [10, 10, 10, 10])).toEqual([]);
    expect(kleinbergBursts([1, 2, 4, 8], [10, 20, 40, 80])).toEqual([]);
  });

  it('finds none in a corpus of one year, nor for an entity without papers', () => {
    expect(kleinbergBursts([5], [10])).toEqual([]);
    expect(kleinbergBursts([0, 0, 0], [3, 4, 5])).toEqual([]);
  });

  it('does not go up for a saving below γ ln(n), and γ sets that cost', () => {
    // One paper of 2 in year 2 of 4 (p0 = 1/8): it saves ln 2 + ln(0.75/0.875) = 0.539 < ln 4.
    expect(kleinbergBursts([0, 1, 0, 0], [2, 2, 2, 2])).toEqual([]);
    const low = kleinbergBursts([0, 1, 0, 0], [2, 2, 2, 2], { gamma: 0.3 }); // 0.3 ln 4 = 0.416 < 0.539
    expect(low).toEqual([{ begin: 1, end: 1, strength: expect.closeTo(ln(2) + ln(0.75 / 0.875), 10) }]);
  });

  it('ends a burst at its last paper: trailing years without any paper stay in state 0', () => {
    const b = kleinbergBursts([0, 8, 0, 0], [10, 10, 0, 0]);
    expect(b.map((x) => [x.begin, x.end])).toEqual([[1, 1]]);
  });

  it('finds none for an entity in every paper (state 1 cannot double its rate)', () => {
    expect(kleinbergBursts([3, 4, 5], [3, 4, 5])).toEqual([]);
  });

  it('rejects series of different lengths or more relevant than total', () => {
    expect(() => kleinbergBursts([1], [1, 2])).toThrow(/kleinbergBursts/);
    expect(() => kleinbergBursts([3, 0], [2, 2])).toThrow(/kleinbergBursts/);
  });
});

describe('entity bursts on a graph', () => {
  it('counts an entity\'s papers per year against all dated papers, years without papers included', () => {
    // 2020: 3 papers (A), 2021: none, 2022: 3 papers (B on all three), 2023: 3 papers (A); one undated paper with B.
    const g = tinyGraph([
      [2020, 'A'], [2020, 'A'], [2020],
      [2022, 'B'], [2022, 'B'], [2022, 'B'],
      [2023, 'A'], [2023], [2023],
      [undefined, 'B'],
    ]);
    const bursts = entityBursts(g);
    // B: 3 of 9 dated papers (p0 = 1/3, p1 = 2/3), all in 2022: saves 3 ln 2 = 2.08 > ln 4 (2020-2023).
    expect(bursts).toEqual([{ key: 'method:b', label: 'B', kind: 'method', begin: 2022, end: 2022, strength: 2.08 }]);
    expect(burstYears(bursts[0]!)).toBe('2022');
    expect(burstYears({ begin: 2022, end: 2024, strength: 1 })).toBe('2022–2024');
    expect(isBurst(bursts[0])).toBe(true);
    for (const bad of [undefined, null, 'x', { begin: 2022, end: 2022 }, { begin: '2022', end: 2022, strength: 1 }]) expect(isBurst(bad)).toBe(false);
    expect(entityBursts(g, { kinds: ['dataset'] })).toEqual([]);
  });

  it('assigns the strongest burst to each bursting entity and removes a stale one', () => {
    const g = tinyGraph([[2020, 'A'], [2020], [2020], [2021, 'B'], [2021, 'B'], [2021, 'B'], [2022, 'A'], [2022], [2022]]);
    g.mergeNodeAttributes('method:a', { burst: { begin: 1999, end: 1999, strength: 9 } });
    expect(assignBursts(g)).toBe(1);
    expect((g.getNodeAttributes('method:b') as EntityNode).burst).toEqual({ begin: 2021, end: 2021, strength: 2.08 });
    expect('burst' in g.getNodeAttributes('method:a')).toBe(false);
  });

  it('strongestBursts gives each entity\'s strongest burst at a γ, what assignBursts stores', () => {
    const g = tinyGraph([[2020, 'A'], [2020], [2020], [2021, 'B'], [2021, 'B'], [2021, 'B'], [2022, 'A'], [2022], [2022]]);
    expect([...strongestBursts(g)]).toEqual([['method:b', { begin: 2021, end: 2021, strength: 2.08 }]]);
    expect(strongestBursts(g, { gamma: 100 }).size).toBe(0);
    assignBursts(g);
    expect((g.getNodeAttributes('method:b') as EntityNode).burst).toEqual(strongestBursts(g).get('method:b'));
  });

  it('a corpus of one year has no burst', () => {
    const g = tinyGraph([[2024, 'A'], [2024, 'A'], [2024, 'B'], [2024]]);
    expect(entityBursts(g)).toEqual([]);
    expect(assignBursts(g)).toBe(0);
  });

  it('on the bundled corpus (gold entities): none at γ = 1; at γ = 0.5, LLMs in 2024 strongest, as counted by hand', () => {
    const g = goldGraph();
    // 54 papers over 2016-2025, 35 of them in 2024-2025: no saving reaches ln 10 = 2.30.
    expect(entityBursts(g)).toEqual([]);
    const half = entityBursts(g, { gamma: 0.5 });
    expect(half.map((b) => [b.key, burstYears(b), b.strength])).toEqual([
      ['technique:llm', '2024', 2.07],
      ['dataset:imagenet', '2020–2022', 1.58],
      ['domain:medical', '2025', 1.37],
      ['metric:accuracy', '2018–2022', 1.33],
    ]);
    // ImageNet by hand: one paper in each of 2020 (of 2), 2021 (of 4), 2022 (of 3), and one in 2024 (of 18); p0 = 4/54.
    expect(entityTimeline(g, 'dataset:imagenet').perYear.map((y) => [y.year, y.papers])).toEqual([[2020, 1], [2021, 1], [2022, 1], [2024, 1]]);
    const p0 = 4 / 54;
    const p1 = 2 * p0;
    const year = (r: number, d: number) => r * ln(p1 / p0) + (d - r) * ln((1 - p1) / (1 - p0));
    expect(half[1]!.strength).toBeCloseTo(year(1, 2) + year(1, 4) + year(1, 3), 2);
    // Deterministic: the same graph, the same list.
    expect(entityBursts(goldGraph(), { gamma: 0.5 })).toEqual(half);
  });
});
