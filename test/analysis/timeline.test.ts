import { describe, expect, it } from 'vitest';
import { adoption, asOfYear, entityTimeline, entityTimelines, yearFilter, yearRange } from '../../src/analysis/timeline.ts';
import { paperYear } from '../../src/analysis/node-utils.ts';
import { goldGraph } from '../helpers/gold-graph.ts';

const graph = goldGraph();

describe('timeline', () => {
  it('reads a paper year from year or date', () => {
    expect(paperYear({ kind: 'paper', year: 2021 } as never)).toBe(2021);
    expect(paperYear({ kind: 'paper', date: '2019-05' } as never)).toBe(2019);
    expect(paperYear({ kind: 'paper' } as never)).toBeUndefined();
  });

  it('gives the year range of the corpus', () => {
    const r = yearRange(graph)!;
    expect(r.max).toBe(2025);
    expect(r.min).toBeLessThan(2023);
  });

  it('counts papers per year for an entity, first and last year included', () => {
    const t = entityTimeline(graph, 'dataset:mvtecad');
    expect(t.papers).toBe(t.perYear.reduce((s, y) => s + y.papers, 0) + t.undated);
    expect(t.firstYear).toBe(t.perYear[0]!.year);
    expect(t.lastYear).toBe(t.perYear.at(-1)!.year);
    expect(t.papers).toBeGreaterThanOrEqual(10);
    // the counts themselves, from the graph: MVTec AD's papers by their year
    const want = new Map<number, number>();
    let undated = 0;
    for (const p of graph.inNeighbors('dataset:mvtecad')) {
      const y = paperYear(graph.getNodeAttributes(p));
      if (y === undefined) undated++;
      else want.set(y, (want.get(y) ?? 0) + 1);
    }
    expect(want.size).toBeGreaterThan(1);
    expect(t.perYear).toEqual([...want].sort((a, b) => a[0] - b[0]).map(([year, papers]) => ({ year, papers })));
    expect(t.undated).toBe(undated);
    const all = entityTimelines(graph, { kinds: ['model'] });
    expect(all.every((x) => x.kind === 'model')).toBe(true);
    for (let i = 1; i < all.length; i++) expect((all[i - 1]!.firstYear ?? 1e9) <= (all[i]!.firstYear ?? 1e9)).toBe(true);
  });

  it('as of a year hides later papers and the entities only they mention', () => {
    const f = asOfYear(graph, 2022, false);
    let shown = 0;
    graph.forEachNode((k, a) => {
      if (a.kind !== 'paper') return;
      const y = paperYear(a)!;
      expect(f(k)).toBe(y <= 2022);
      if (f(k)) shown++;
    });
    expect(shown).toBeGreaterThan(0);
    // Every visible entity has a visible paper.
    graph.forEachNode((k, a) => {
      if (a.kind === 'paper' || !f(k)) return;
      expect(graph.neighbors(k).some((n) => f(n))).toBe(true);
    });
    expect(f('method:dinomaly')).toBe(false);
  });

  it('a range hides papers before `from` too', () => {
    const f = yearFilter(graph, { from: 2025, to: 2025 });
    graph.forEachNode((k, a) => {
      if (a.kind === 'paper') expect(f(k)).toBe(paperYear(a) === 2025);
    });
  });

  it('lists when CLIP- and DINOv2-based methods appear', () => {
    const clip = adoption(graph, 'model:clip');
    const dino = adoption(graph, 'model:dinov2');
    const names = (a: typeof clip) => a.flatMap((y) => y.entities.map((e) => e.label));
    expect(names(dino)).toContain('Crane');
    expect(names(clip)).toContain('Crane');
    for (let i = 1; i < clip.length; i++) expect(clip[i - 1]!.year).toBeLessThan(clip[i]!.year);
  });
});
