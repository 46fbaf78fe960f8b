import { describe, expect, it } from 'vitest';
import { computeVisible, filterOptions, kindCounts, visibleCount } from '../../web/filters.ts';
import { EMPTY_FILTERS, type Filters } from '../../web/state.ts';
import { fixtureGraph } from './fixture.ts';

const f = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, hiddenKinds: [], ...patch });

describe('filters', () => {
  const graph = fixtureGraph();

  it('no filter: everything visible (null set)', () => {
    expect(computeVisible(graph, f({}))).toBeNull();
    expect(visibleCount(graph, null)).toBe(graph.order);
  });

  it('hiding a kind removes exactly its nodes', () => {
    const v = computeVisible(graph, f({ hiddenKinds: ['dataset'] }))!;
    expect(v.size).toBe(graph.order - kindCounts(graph).get('dataset')!);
    expect(v.has('dataset:mvtecad')).toBe(false);
    expect(v.has('method:patchcore')).toBe(true);
  });

  it('a domain keeps its papers and the entities they link to, nothing else', () => {
    const v = computeVisible(graph, f({ domain: 'video' }))!;
    expect([...v].filter((k) => k.startsWith('paper:')).sort()).toEqual(['paper:hostile-abstract', 'paper:video-anomaly-survey']);
    expect(v.has('method:rtfm')).toBe(true);
    expect(v.has('dataset:ucfcrime')).toBe(true);
    expect(v.has('method:patchcore')).toBe(false);
  });

  it('year range is inclusive; combined with a setting', () => {
    const v = computeVisible(graph, f({ yearMin: 2023, yearMax: 2024 }))!;
    expect([...v].filter((k) => k.startsWith('paper:')).sort()).toEqual(['paper:anomalyclip', 'paper:winclip']);
    const z = computeVisible(graph, f({ yearMin: 2024, setting: 'zero-shot' }))!;
    expect([...z].filter((k) => k.startsWith('paper:'))).toEqual(['paper:anomalyclip']);
  });

  it('kind filter applies after the paper filters', () => {
    const v = computeVisible(graph, f({ domain: 'video', hiddenKinds: ['paper'] }))!;
    expect([...v].some((k) => k.startsWith('paper:'))).toBe(false);
    expect(v.has('method:rtfm')).toBe(true);
  });

  it('filter options come from the graph', () => {
    const o = filterOptions(graph);
    expect(o.domains.map((d) => d.id).sort()).toEqual(['industrial', 'video']);
    expect(o.settings.map((d) => d.id).sort()).toEqual(['weakly-supervised', 'zero-shot']);
    expect(o.years).toEqual([2020, 2024]);
  });
});
