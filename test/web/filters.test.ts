import { describe, expect, it } from 'vitest';
import { clusterCentres, computeVisible, MIN_LABEL_SHARE, confidenceChoices, filterOptions, kindCounts, visibleCount } from '../../web/filters.ts';
import { EMPTY_FILTERS, initialState, setFilters, type Filters } from '../../web/state.ts';
import { edgeReducer } from '../../web/reducers.ts';
import { fixtureGraph } from './fixture.ts';
import Graph from 'graphology';
import type { KnowledgeGraph } from '../../src/model.ts';

const f = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, hiddenKinds: [], ...patch });

describe('filters', () => {
  const graph = fixtureGraph();

  it('no filter: everything visible (null set)', () => {
    expect(computeVisible(graph, f({}))).toBeNull();
    expect(visibleCount(graph, null)).toBe(graph.order);
  });

  it('cluster centres are over the visible nodes; a cluster with none has no centre', () => {
    const all = clusterCentres(graph, null);
    const visible = new Set(['method:rtfm', 'dataset:ucfcrime']);
    const some = clusterCentres(graph, visible);
    const communities = new Set([...visible].map((k) => graph.getNodeAttribute(k, 'community')));
    expect([...some.keys()].sort()).toEqual([...communities].sort());
    for (const [id, c] of some) {
      const members = [...visible].filter((k) => graph.getNodeAttribute(k, 'community') === id).map((k) => graph.getNodeAttributes(k));
      expect(c.n).toBe(members.length);
      expect(members.some((a) => a.x === c.x && a.y === c.y)).toBe(true); // (one of its nodes: see the next test)
    }
    expect(clusterCentres(graph, new Set()).size).toBe(0);
    expect([...all.values()].reduce((t, c) => t + c.n, 0)).toBe(graph.order);
  });

  it("a cluster's place is where its nodes are densest, not their mean among another cluster's; share says how much it is its own", () => {
    // Cluster 0: 12 nodes around (0, 0) and 6 strewn through cluster 1's 40 nodes around (100, 0): its mean (33, 0) lay
    // between the two, and on 3,058 papers the labels at such means stood where 14% of the nodes were their cluster's.
    // Cluster 2: 8 nodes spread through cluster 1's, no place of its own.
    const g = new Graph() as unknown as KnowledgeGraph;
    const add = (key: string, community: number, x: number, y: number) => g.addNode(key, { kind: 'method', label: key, community, x, y, size: 1, color: '#000' } as never);
    for (let i = 0; i < 12; i++) add(`a${i}`, 0, Math.cos(i) * 3, Math.sin(i) * 3);
    for (let i = 0; i < 40; i++) add(`b${i}`, 1, 100 + Math.cos(i * 2.4) * Math.sqrt(i / 40) * 20, Math.sin(i * 2.4) * Math.sqrt(i / 40) * 20); // (a filled disc)
    for (let i = 0; i < 6; i++) add(`s${i}`, 0, 100 + Math.cos(i * 2) * 15, Math.sin(i * 2) * 15);
    for (let i = 0; i < 8; i++) add(`c${i}`, 2, 100 + Math.cos(i * 0.785) * 12, Math.sin(i * 0.785) * 12);
    const c = clusterCentres(g, null);
    expect(Math.hypot(c.get(0)!.x, c.get(0)!.y)).toBeLessThanOrEqual(3);
    expect(c.get(0)!.share).toBeGreaterThan(0.5);
    expect(Math.hypot(c.get(1)!.x - 100, c.get(1)!.y)).toBeLessThanOrEqual(20);
    expect(c.get(2)!.share).toBeLessThan(MIN_LABEL_SHARE);
    expect(c.get(0)!.n).toBe(18);
    expect(c.get(0)!.x1).toBe(115); // (the box still spans all its nodes)
    // only the clusters asked for are placed so (the viewer's 24 labelled ones); the others get their mean
    const some = clusterCentres(g, null, new Set([1]));
    const mean0 = g.filterNodes((_k, a) => a.community === 0).reduce((t, k) => t + g.getNodeAttribute(k, 'x'), 0) / 18;
    expect(some.get(0)!.x).toBeCloseTo(mean0);
    expect(some.get(0)!.share).toBe(1);
    expect([some.get(1)!.x, some.get(1)!.y]).toEqual([c.get(1)!.x, c.get(1)!.y]);
    // the same over the visible nodes only: without cluster 0's 12, its place is among cluster 1's, mostly theirs
    const rest = new Set(g.filterNodes((k) => !k.startsWith('a')));
    const strewn = clusterCentres(g, rest).get(0)!;
    expect(Math.hypot(strewn.x - 100, strewn.y)).toBeCloseTo(15);
    expect(strewn.share).toBeLessThan(0.5);
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

  it('a minimum confidence keeps the links at or above it, and the entities a paper links to so', () => {
    const g = fixtureGraph();
    // (the fixture's links are all at 0.9: two of WinCLIP's made less sure; its method is linked from its paper alone,
    // zero-shot from AnomalyCLIP's paper too)
    const lowered: string[] = [];
    g.forEachOutEdge('paper:winclip', (e, _a, _s, t) => {
      if (t === 'method:winclip' || t === 'setting:zero-shot') {
        g.setEdgeAttribute(e, 'confidence', 0.6);
        lowered.push(e);
      }
    });
    expect(lowered).toHaveLength(2);
    const v = computeVisible(g, f({ minConfidence: 0.8 }))!;
    expect([...v].filter((k) => k.startsWith('paper:')).length).toBe(kindCounts(g).get('paper'));
    expect(v.has('method:winclip')).toBe(false);
    expect(v.has('setting:zero-shot')).toBe(true);
    expect(v.size).toBe(g.order - 1);
    // the links below it are hidden by the edge reducer, the others drawn
    const state = setFilters(initialState(), { minConfidence: 0.8 });
    const view = { state, visible: v, focus: null, anchors: new Set<string>(), members: null, colors: null, labels: new Map(), fade: false, sizes: null, size: (x: number) => x, forced: null, overview: null };
    const zeroShot = lowered.find((e) => g.target(e) === 'setting:zero-shot')!;
    expect(edgeReducer(view, g, zeroShot, g.getEdgeAttributes(zeroShot)).hidden).toBe(true);
    const sure = g.edge('paper:anomalyclip', 'setting:zero-shot')!;
    expect(edgeReducer(view, g, sure, g.getEdgeAttributes(sure)).hidden).toBeFalsy();
    // 0.5 keeps everything the fixture has
    expect(computeVisible(g, f({ minConfidence: 0.5 }))!.size).toBe(g.order);
    // the options: thresholds that leave some links out and keep some, with the links kept
    const o = filterOptions(g);
    const total = g.filterEdges((_e, _a, src) => g.getNodeAttribute(src, 'kind') === 'paper').length;
    expect(o.confidence.map((x) => x.id)).toEqual(['0.7', '0.8', '0.9']);
    expect(o.confidence.find((x) => x.id === '0.8')!.count).toBe(total - 2);
    expect(filterOptions(fixtureGraph()).confidence).toEqual([]);
    // a threshold the steps do not offer (a shared URL's) joins them, in order, with its count
    expect(confidenceChoices(g, o.confidence, 0.85).map((x) => x.id)).toEqual(['0.7', '0.8', '0.85', '0.9']);
    expect(confidenceChoices(g, o.confidence, 0.85).find((x) => x.id === '0.85')!.count).toBe(total - 2);
    expect(confidenceChoices(g, o.confidence, 0.8)).toBe(o.confidence);
    expect(confidenceChoices(g, o.confidence, null)).toBe(o.confidence);
  });

  it('filter options come from the graph', () => {
    const o = filterOptions(graph);
    expect(o.domains.map((d) => d.id).sort()).toEqual(['industrial', 'video']);
    expect(o.settings.map((d) => d.id).sort()).toEqual(['weakly-supervised', 'zero-shot']);
    expect(o.years).toEqual([2020, 2024]);
  });
});
