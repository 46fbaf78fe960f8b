import { describe, expect, it } from 'vitest';
import { KIND_COLORS, nodeSize } from '../../src/analysis/appearance.ts';
import { clusterMembers, MAX_NODE_SIZE, MIN_SIZE_FACTOR, nodeWithinReach, pickLabels, pickOverviewLabels, labelBox, TOUCH_REACH, scaledSizes, sizeMap, sizeScale, windowSizeFactor, colorMap, computeFocus, edgeReducer, FADED_NODE, labelMap, nodeReducer, SELECTED_EDGE, FOCUS_EDGE, DENSITY_EDGE, DENSITY_FOCUS_EDGE, DENSITY_FADED_NODE, densityNodeColor, drawNodeLabel, shortLabel, timelineEdgeColor, yearColor, yearSpan, meanYears, formatMeanYear, colorScheme, type ViewModel } from '../../web/reducers.ts';
import { existsSync, readFileSync } from 'node:fs';
import { runPipeline } from '../../src/pipeline.ts';
import { ROOT } from '../../src/cli/io.ts';
import { CORPUS } from '../graph/helpers.ts';
import { join } from 'node:path';
import Graph from 'graphology';
import { loadGraphJSON } from '../../src/export/json.ts';
import type { KnowledgeGraph } from '../../src/model.ts';
import { computeVisible } from '../../web/filters.ts';
import { clickNode, hoverNode, initialState, selectCluster, setFilters, type ViewState } from '../../web/state.ts';
import { fixtureGraph } from './fixture.ts';

const graph = fixtureGraph();

function viewFor(state: ViewState, fade = true): ViewModel {
  const { focus, anchors } = computeFocus(graph, state);
  return {
    state, visible: computeVisible(graph, state.filters), focus, anchors, members: clusterMembers(graph, state.cluster), colors: colorMap(graph, state.colorBy), labels: labelMap(graph), fade,
    sizes: sizeMap(graph, state.sizeBy), size: sizeScale(graph, sizeMap(graph, state.sizeBy)), forced: null, overview: null,
  };
}

describe('focus (neighbour sets computed once per event)', () => {
  it('hovering a node focuses it and its neighbours', () => {
    const { focus, anchors } = computeFocus(graph, hoverNode(initialState(), 'method:patchcore'));
    expect(anchors).toEqual(new Set(['method:patchcore']));
    expect(focus).toEqual(new Set(['method:patchcore', ...graph.neighbors('method:patchcore')]));
  });

  it('hover wins over the selection; with no hover the selection is the focus', () => {
    const sel = clickNode(initialState(), 'dataset:visa');
    expect(computeFocus(graph, sel).focus!.has('paper:winclip')).toBe(true);
    const both = hoverNode(sel, 'method:rtfm');
    const { focus, anchors } = computeFocus(graph, both);
    expect(focus!.has('paper:video-anomaly-survey')).toBe(true);
    expect(focus!.has('paper:winclip')).toBe(false);
    expect(anchors.has('dataset:visa')).toBe(true);
  });

  it('under a confidence filter, a neighbour only a link below it reaches is not brought forward', () => {
    const g = fixtureGraph();
    g.setEdgeAttribute(g.edge('paper:winclip', 'model:clip')!, 'confidence', 0.5);
    const sel = clickNode(initialState(), 'paper:winclip');
    expect(computeFocus(g, sel).focus!.has('model:clip')).toBe(true);
    const filtered = setFilters(sel, { minConfidence: 0.8 });
    const { focus } = computeFocus(g, filtered);
    expect(focus!.has('model:clip')).toBe(false);
    expect(focus).toEqual(new Set(['paper:winclip', ...g.neighbors('paper:winclip').filter((n) => n !== 'model:clip')]));
    // (hovered the same way: the link is hidden from both ends)
    expect(computeFocus(g, hoverNode(filtered, 'model:clip')).focus!.has('paper:winclip')).toBe(false);
  });

  it('nothing hovered or selected: no focus', () => {
    expect(computeFocus(graph, initialState()).focus).toBeNull();
  });
});

describe('node reducer', () => {
  it('without focus: the kind colour, the node size, a shortened title', () => {
    const v = viewFor(initialState());
    const d = nodeReducer(v, 'paper:anomalyclip', graph.getNodeAttributes('paper:anomalyclip'));
    expect(d.color).toBe(KIND_COLORS.paper);
    expect(d.size).toBe(graph.getNodeAttribute('paper:anomalyclip', 'size'));
    expect(d.label!.length).toBeLessThanOrEqual(43);
    expect(d.hidden).toBeUndefined();
  });

  it('hover: neighbours labelled, the rest faded and unlabelled', () => {
    const v = viewFor(hoverNode(initialState(), 'method:rtfm'));
    const n = nodeReducer(v, 'dataset:ucfcrime', graph.getNodeAttributes('dataset:ucfcrime'));
    expect(n.forceLabel).toBe(true);
    const far = nodeReducer(v, 'method:patchcore', graph.getNodeAttributes('method:patchcore'));
    expect(far.color).toBe(FADED_NODE);
    expect(far.label).toBeNull();
  });

  it('a selected cluster: its nodes in colour, the rest faded and unlabelled; a hover takes over', () => {
    const v = viewFor(selectCluster(initialState(), 1));
    expect(nodeReducer(v, 'method:rtfm', graph.getNodeAttributes('method:rtfm')).color).not.toBe(FADED_NODE);
    const out = nodeReducer(v, 'method:patchcore', graph.getNodeAttributes('method:patchcore'));
    expect(out).toMatchObject({ color: FADED_NODE, label: null });
    // the same on a large graph (no fading for hovers there): a cluster's click is one full refresh
    expect(nodeReducer(viewFor(selectCluster(initialState(), 1), false), 'method:patchcore', graph.getNodeAttributes('method:patchcore')).color).toBe(FADED_NODE);
    const hovered = viewFor(hoverNode(selectCluster(initialState(), 1), 'method:patchcore'));
    expect(nodeReducer(hovered, 'method:patchcore', graph.getNodeAttributes('method:patchcore')).color).not.toBe(FADED_NODE);
  });

  it('without fading (large graphs) the focus is labelled and the rest left as it was', () => {
    const v = viewFor(hoverNode(initialState(), 'method:rtfm'), false);
    expect(nodeReducer(v, 'dataset:ucfcrime', graph.getNodeAttributes('dataset:ucfcrime')).forceLabel).toBe(true);
    const far = nodeReducer(v, 'method:patchcore', graph.getNodeAttributes('method:patchcore'));
    expect(far).toEqual(nodeReducer(viewFor(initialState()), 'method:patchcore', graph.getNodeAttributes('method:patchcore')));
  });

  it('the selected node is highlighted; a filtered-out selected node stays visible', () => {
    const s = setFilters(clickNode(initialState(), 'method:patchcore'), { hiddenKinds: ['method'] });
    const v = viewFor(s);
    const d = nodeReducer(v, 'method:patchcore', graph.getNodeAttributes('method:patchcore'));
    expect(d.highlighted).toBe(true);
    expect(d.hidden).toBeUndefined();
    expect(nodeReducer(v, 'method:rtfm', graph.getNodeAttributes('method:rtfm')).hidden).toBe(true);
  });

  it('colour by cluster and by year', () => {
    const byCluster = viewFor({ ...initialState(), colorBy: 'cluster' });
    const c1 = graph.getAttribute('clusters').find((c) => c.id === 1)!.color;
    expect(nodeReducer(byCluster, 'method:rtfm', graph.getNodeAttributes('method:rtfm')).color).toBe(c1);
    const byYear = viewFor({ ...initialState(), colorBy: 'year' });
    const old = nodeReducer(byYear, 'paper:hostile-abstract', graph.getNodeAttributes('paper:hostile-abstract')).color;
    const recent = nodeReducer(byYear, 'paper:anomalyclip', graph.getNodeAttributes('paper:anomalyclip')).color;
    expect(old).toBe(yearColor(2020, 2020, 2024));
    expect(recent).toBe(yearColor(2024, 2020, 2024));
    expect(old).not.toBe(recent);
    // the colour key's ends are the ramp's
    expect(yearSpan(graph)).toEqual([2020, 2024]);
    const undated = fixtureGraph();
    undated.updateEachNodeAttributes((_k, a) => {
      const b: Record<string, unknown> = { ...a };
      delete b.year;
      delete b.firstYear;
      return b as unknown as typeof a;
    });
    expect(yearSpan(undated)).toBeNull();
  });

  it('every year has a saturated colour, none near the undated grey (a blue-to-orange blend went through grey mid-way)', () => {
    const rgb = (c: string) => c.match(/\d+/g)!.map(Number);
    const [gr, gg, gb] = rgb(yearColor(undefined, 2016, 2026));
    for (let y = 2016; y <= 2026; y++) {
      const c = rgb(yearColor(y, 2016, 2026));
      expect(Math.max(...c) - Math.min(...c), `${y}: ${c}`).toBeGreaterThanOrEqual(60);
      expect(Math.hypot(c[0] - gr, c[1] - gg, c[2] - gb), `${y}: ${c}`).toBeGreaterThan(100);
    }
  });
});

describe('edge reducer', () => {
  const edgeOf = (s: string, t: string) => graph.edge(s, t)!;

  it('hides edges with a hidden end', () => {
    const v = viewFor(setFilters(initialState(), { hiddenKinds: ['dataset'] }));
    const e = edgeOf('paper:winclip', 'dataset:visa');
    expect(edgeReducer(v, graph, e, graph.getEdgeAttributes(e)).hidden).toBe(true);
  });

  it('on the timeline draws links faint (their colour at 0.4 opacity); a hovered node\'s links and a selected link as on the map', () => {
    expect(timelineEdgeColor('rgb(200,203,210)')).toBe('rgba(200,203,210,0.4)');
    expect(timelineEdgeColor('#ff8000')).toBe('rgba(255,128,0,0.4)');
    expect(timelineEdgeColor('red')).toBe('red');
    const e = edgeOf('paper:winclip', 'dataset:visa');
    const a = graph.getEdgeAttributes(e);
    const map = edgeReducer(viewFor(initialState()), graph, e, a);
    const tl = edgeReducer(viewFor({ ...initialState(), layout: 'timeline' }), graph, e, a);
    expect(tl.color).toBe(timelineEdgeColor(map.color!));
    expect(edgeReducer(viewFor(hoverNode({ ...initialState(), layout: 'timeline' }, 'paper:winclip')), graph, e, a).color).toBe(FOCUS_EDGE);
    expect(edgeReducer(viewFor({ ...initialState(), layout: 'timeline', selectedEdge: e }), graph, e, a).color).toBe(SELECTED_EDGE);
  });

  it('in the density view: links faint (light over the item density, the timeline\'s faint colour over the cluster density), a hovered node\'s light, faded nodes see-through, labels light in a halo', () => {
    const e = edgeOf('paper:winclip', 'dataset:visa');
    const a = graph.getEdgeAttributes(e);
    const map = edgeReducer(viewFor(initialState()), graph, e, a);
    const density = { ...initialState(), layout: 'density' as const };
    expect(edgeReducer(viewFor(density), graph, e, a).color).toBe(DENSITY_EDGE);
    expect(edgeReducer(viewFor({ ...density, colorBy: 'cluster' }), graph, e, a).color).toBe(timelineEdgeColor(map.color!));
    expect(edgeReducer(viewFor(hoverNode(density, 'paper:winclip')), graph, e, a).color).toBe(DENSITY_FOCUS_EDGE);
    expect(edgeReducer(viewFor({ ...density, selectedEdge: e }), graph, e, a).color).toBe(SELECTED_EDGE);
    const hovered = viewFor(hoverNode(density, 'method:rtfm'));
    const far = nodeReducer(hovered, 'method:patchcore', graph.getNodeAttributes('method:patchcore'));
    expect(far.color).toBe(DENSITY_FADED_NODE);
    const near = nodeReducer(hovered, 'dataset:ucfcrime', graph.getNodeAttributes('dataset:ucfcrime')) as { labelOnDark?: boolean };
    expect(near.labelOnDark).toBe(true);
    expect((nodeReducer(viewFor(initialState()), 'dataset:ucfcrime', graph.getNodeAttributes('dataset:ucfcrime')) as { labelOnDark?: boolean }).labelOnDark).toBeUndefined();
    expect((nodeReducer(viewFor({ ...density, colorBy: 'cluster' }), 'dataset:ucfcrime', graph.getNodeAttributes('dataset:ucfcrime')) as { labelOnDark?: boolean }).labelOnDark).toBeUndefined();
    // Out of focus, a node over the item density is see-through (premultiplied), so a packed graph shows the heat map;
    // a hovered node and its neighbours are solid; over the cluster density and on the map nodes are as they are.
    const plain = nodeReducer(viewFor(initialState()), 'method:patchcore', graph.getNodeAttributes('method:patchcore')).color!;
    expect(nodeReducer(viewFor(density), 'method:patchcore', graph.getNodeAttributes('method:patchcore')).color).toBe(densityNodeColor(plain));
    expect(densityNodeColor('rgb(200,100,50)')).toBe('rgba(120,60,30,0.6)');
    expect(densityNodeColor('#c86432')).toBe('rgba(120,60,30,0.6)');
    expect(nodeReducer(hovered, 'method:rtfm', graph.getNodeAttributes('method:rtfm')).color).toBe(nodeReducer(viewFor(hoverNode(initialState(), 'method:rtfm')), 'method:rtfm', graph.getNodeAttributes('method:rtfm')).color);
    expect(nodeReducer(viewFor({ ...density, colorBy: 'cluster' }), 'method:patchcore', graph.getNodeAttributes('method:patchcore')).color).not.toMatch(/^rgba/);
    // drawNodeLabel: a dark halo stroked, then white text; on the map black text, no halo.
    const calls: string[] = [];
    const ctx = {
      set fillStyle(v: string) { calls.push(`fill ${v}`); },
      set strokeStyle(v: string) { calls.push(`stroke ${v}`); },
      font: '', lineWidth: 0, lineJoin: '',
      save() {}, restore() {},
      measureText: (t: string) => ({ width: t.length * 6 }),
      fillText: (t: string) => calls.push(`fillText ${t}`),
      strokeText: (t: string) => calls.push(`strokeText ${t}`),
    } as unknown as CanvasRenderingContext2D;
    const settings = { labelSize: 12, labelFont: 'sans-serif', labelWeight: 'normal', labelColor: { color: '#000' } };
    drawNodeLabel(ctx, { x: 0, y: 0, size: 5, label: 'UCF-Crime', labelOnDark: true }, settings);
    expect(calls.slice(-3)).toEqual(['strokeText UCF-Crime', 'fill #fff', 'fillText UCF-Crime']);
    calls.length = 0;
    drawNodeLabel(ctx, { x: 0, y: 0, size: 5, label: 'UCF-Crime' }, settings);
    expect(calls).toEqual(['fill #000', 'fillText UCF-Crime']);
  });

  it('a selected cluster keeps only its own links', () => {
    const v = viewFor(selectCluster(initialState(), 1));
    const inside = edgeOf('paper:video-anomaly-survey', 'method:rtfm');
    const other = edgeOf('paper:winclip', 'dataset:visa');
    expect(edgeReducer(v, graph, inside, graph.getEdgeAttributes(inside)).hidden).toBeUndefined();
    expect(edgeReducer(v, graph, other, graph.getEdgeAttributes(other)).hidden).toBe(true);
  });

  it('on hover keeps only the edges touching the hovered node', () => {
    const v = viewFor(hoverNode(initialState(), 'method:rtfm'));
    const touching = edgeOf('paper:video-anomaly-survey', 'method:rtfm');
    const other = edgeOf('paper:winclip', 'dataset:visa');
    expect(edgeReducer(v, graph, touching, graph.getEdgeAttributes(touching)).hidden).toBeUndefined();
    expect(edgeReducer(v, graph, other, graph.getEdgeAttributes(other)).hidden).toBe(true);
  });

  it('without fading, edges away from the hovered node stay as they were', () => {
    const v = viewFor(hoverNode(initialState(), 'method:rtfm'), false);
    const other = edgeOf('paper:winclip', 'dataset:visa');
    expect(edgeReducer(v, graph, other, graph.getEdgeAttributes(other)).hidden).toBeUndefined();
  });

  it('a selected edge stands out', () => {
    const e = edgeOf('paper:winclip', 'dataset:visa');
    const v = viewFor({ ...initialState(), selectedEdge: e });
    const d = edgeReducer(v, graph, e, graph.getEdgeAttributes(e));
    expect(d.size).toBeGreaterThanOrEqual(2);
    expect(d.hidden).toBeUndefined();
    // stands out from the edge as drawn unselected, and from its paper's other edges (shown with it): its own colour,
    // drawn above them
    const plain = edgeReducer(viewFor(initialState()), graph, e, graph.getEdgeAttributes(e));
    const other = edgeOf('paper:winclip', 'dataset:mvtecad');
    const o = edgeReducer(v, graph, other, graph.getEdgeAttributes(other));
    expect(o.hidden).toBeUndefined();
    expect(d.color).toBe(SELECTED_EDGE);
    expect([plain.color, o.color]).not.toContain(SELECTED_EDGE);
    expect(d.size).toBeGreaterThan(plain.size!);
    expect(d.zIndex).toBeGreaterThan(o.zIndex!);
  });
});

describe('sizes', () => {
  it('graphs with small sizes are drawn as built', () => {
    const scale = sizeScale(graph);
    expect(scale(4)).toBe(4);
  });

  it('hub sizes are compressed below the maximum, keeping the order', () => {
    const g = graph.copy();
    g.setNodeAttribute('technique:memory-bank', 'size', 220);
    const scale = sizeScale(g);
    expect(scale(220)).toBeCloseTo(MAX_NODE_SIZE);
    expect(scale(10)).toBeLessThan(scale(20));
    expect(scale(20)).toBeLessThan(scale(220));
    let lo = Infinity;
    g.forEachNode((_, a) => (lo = Math.min(lo, a.size)));
    expect(scale(lo)).toBeCloseTo(lo);
  });

  it('by links are the build\'s own (no map); by papers an entity\'s papers on the build\'s scale, a paper one paper', () => {
    expect(sizeMap(graph, 'links')).toBeNull();
    const byPapers = sizeMap(graph, 'papers')!;
    expect(byPapers.size).toBe(graph.order);
    graph.forEachNode((key, a) => expect(byPapers.get(key), key).toBe(nodeSize(a.kind === 'paper' ? 1 : a.papers)));
    // the entity most papers tag is drawn the largest of the entities
    const entities = graph.filterNodes((_, a) => a.kind !== 'paper');
    const papersOf = (k: string) => {
      const a = graph.getNodeAttributes(k);
      return a.kind === 'paper' ? 1 : a.papers;
    };
    const most = entities.reduce((m, k) => (papersOf(k) > papersOf(m) ? k : m));
    expect(Math.max(...entities.map((k) => byPapers.get(k)!))).toBe(byPapers.get(most));
  });

  it('by PageRank: the highest rank drawn the size of the most linked node, a node no link reaches the smallest', () => {
    const byRank = sizeMap(graph, 'pagerank')!;
    const sizes = [...byRank.values()];
    expect(Math.max(...sizes)).toBe(nodeSize(Math.max(...graph.mapNodes((key) => graph.degree(key)))));
    // (links go from a paper to what it tags: a paper has none coming in, an entity at least one)
    const paper = graph.findNode((_, a) => a.kind === 'paper')!;
    expect(byRank.get(paper)).toBe(Math.min(...sizes));
    graph.forEachNode((key, a) => {
      if (a.kind !== 'paper') expect(byRank.get(key), key).toBeGreaterThan(byRank.get(paper)!);
    });
  });

  it('the scale and the reducer read the mode\'s sizes', () => {
    const byPapers = sizeMap(graph, 'papers')!;
    const big = new Map(byPapers).set('method:patchcore', 220);
    expect(sizeScale(graph, big)(220)).toBeCloseTo(MAX_NODE_SIZE);
    const view = viewFor({ ...initialState(), sizeBy: 'papers' });
    graph.forEachNode((key, a) => expect(nodeReducer(view, key, a).size, key).toBe(view.size(byPapers.get(key)!)));
  });

  it('follow the window: drawn as built from a 800 px shorter side up, smaller below it, at least half', () => {
    expect(windowSizeFactor(1280, 800)).toBe(1);
    expect(windowSizeFactor(900, 800)).toBe(1);
    expect(windowSizeFactor(2560, 1400)).toBe(1);
    expect(windowSizeFactor(600, 800)).toBeCloseTo(0.75);
    expect(windowSizeFactor(390, 844)).toBe(MIN_SIZE_FACTOR);
    expect(windowSizeFactor(0, 0)).toBe(1); // (no room measured yet: as built)
    const scale = sizeScale(graph);
    expect(scaledSizes(scale, 1)).toBe(scale);
    expect(scaledSizes(scale, 0.75)(4)).toBeCloseTo(scale(4) * 0.75);
  });
});

describe('labels', () => {
  it('pickLabels keeps anchors, then the biggest nodes whose labels do not overlap', () => {
    const picked = pickLabels([
      { key: 'small', x: 100, y: 100, radius: 3, label: 'Small one' },
      { key: 'big', x: 100, y: 104, radius: 8, label: 'Big one' },
      { key: 'far', x: 400, y: 300, radius: 2, label: 'Far away' },
      { key: 'hub', x: 102, y: 100, radius: 1, label: 'Hub', anchor: true },
    ]);
    expect([...picked].sort()).toEqual(['far', 'hub']);
    expect(pickLabels([{ key: 'a', x: 0, y: 0, radius: 1, label: 'A' }, { key: 'b', x: 0, y: 100, radius: 1, label: 'B' }], 1).size).toBe(1);
  });

  it('pickLabels with an area leaves out a label that would run out of it (under the details panel), never an anchor\'s', () => {
    // (a hub's neighbours' titles ran under the panel: "MSTREAM: Fast Anomaly Detecti", 4 of domain:security's 40 labels)
    const area = { x0: 0, y0: 0, x1: 1000, y1: 800 };
    const cands = [
      { key: 'paper:long', x: 900, y: 100, radius: 5, label: 'MSTREAM: Fast Anomaly Detection', width: 180 },
      { key: 'paper:short', x: 900, y: 300, radius: 5, label: 'GDN', width: 30 },
      { key: 'domain:security', x: 950, y: 500, radius: 20, label: 'security', width: 60, anchor: true },
      { key: 'paper:top', x: 500, y: 2, radius: 5, label: 'Above the top', width: 80 },
    ];
    expect([...pickLabels(cands, undefined, undefined, undefined, area)].sort()).toEqual(['domain:security', 'paper:short']);
    expect(pickLabels(cands).size).toBe(4); // (without an area, as before)
  });

  it('pickLabels reads a label\'s measured width: "AnomalyNCD" (79 px drawn, 66 by its 10 characters) ran into RsCIN\'s label', () => {
    // (the two as drawn after a search for MVTec AD at 1280 × 800)
    const cands = [
      { key: 'method:anomalyncd', x: 522.2, y: 637.8, radius: 16.7, label: 'AnomalyNCD', width: 79.2 },
      { key: 'method:rscin', x: 589.8, y: 635.1, radius: 18.1, label: 'RsCIN', width: 35.5 },
    ];
    expect([...pickLabels(cands)]).toEqual(['method:rscin']);
    // (without widths, 6.6 px a character: both fit)
    expect(pickLabels(cands.map(({ width: _, ...c }) => c)).size).toBe(2);
  });

  it('a focused node outside the forced set is not force-labelled, and has no label for sigma\'s grid to draw over the picked ones', () => {
    const state = hoverNode(initialState(), 'method:rtfm');
    const v = { ...viewFor(state), forced: new Set(['method:rtfm']) };
    expect(nodeReducer(v, 'dataset:ucfcrime', graph.getNodeAttributes('dataset:ucfcrime')).forceLabel).toBeUndefined();
    expect(nodeReducer(v, 'dataset:ucfcrime', graph.getNodeAttributes('dataset:ucfcrime')).label).toBeNull();
    expect(nodeReducer(v, 'method:rtfm', graph.getNodeAttributes('method:rtfm')).label).toBeTruthy();
    expect(nodeReducer(v, 'method:rtfm', graph.getNodeAttributes('method:rtfm')).forceLabel).toBe(true);
  });

  it('shortLabel cuts long titles at a word and leaves short ones', () => {
    expect(shortLabel('PatchCore')).toBe('PatchCore');
    const s = shortLabel('AnomalyCLIP: Object-agnostic Prompt Learning for Zero-shot Anomaly Detection');
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(43);
  });
});

describe('a tap beside a node', () => {
  const nodes = [
    { key: 'a', x: 100, y: 100, radius: 3 },
    { key: 'b', x: 130, y: 100, radius: 10 },
    { key: 'c', x: 300, y: 300, radius: 3 },
  ];
  it('reaches the node whose circle is nearest, within the reach', () => {
    expect(nodeWithinReach(nodes, { x: 110, y: 100 })).toBe('a'); // 7 px from a's circle, 10 from b's
    expect(nodeWithinReach(nodes, { x: 116, y: 100 })).toBe('b'); // 13 from a's, 4 from b's (the bigger one)
    expect(nodeWithinReach(nodes, { x: 300, y: 300 + 3 + TOUCH_REACH })).toBe('c');
  });
  it('reaches nothing farther than the reach', () => {
    expect(nodeWithinReach(nodes, { x: 300, y: 300 + 3 + TOUCH_REACH + 1 })).toBe(null);
    expect(nodeWithinReach(nodes, { x: 200, y: 200 })).toBe(null);
    expect(nodeWithinReach([], { x: 0, y: 0 })).toBe(null);
  });

  it('pickOverviewLabels: entities before papers, largest first, a label moved left, below or above rather than over another, none outside the free area, papers kept off the cluster labels', () => {
    const width = (l: string) => l.length * 7;
    const area = { x0: 0, y0: 50, x1: 400, y1: 400 };
    const cands = [
      { key: 'paper:p', x: 100, y: 100, radius: 12, label: 'A long paper title…', paper: true },
      { key: 'method:a', x: 100, y: 100, radius: 10, label: 'Alpha', paper: false },
      { key: 'method:b', x: 110, y: 104, radius: 9, label: 'Beta', paper: false },
      { key: 'method:c', x: 200, y: 52, radius: 9, label: 'Under the topbar', paper: false },
      { key: 'method:tiny', x: 300, y: 300, radius: 2, label: 'Tiny', paper: false },
      { key: 'paper:q', x: 300, y: 200, radius: 9, label: 'Blocked', paper: true },
    ];
    const picked = pickOverviewLabels(cands, { area, width, minRadius: 4, max: 10, paperBlocked: [{ x0: 200, y0: 150, x1: 400, y1: 250 }] });
    expect(picked.get('method:a')).toBe('right');
    expect(picked.get('method:b')).toBe('left'); // (right of it: Alpha's)
    expect(picked.has('method:c')).toBe(true);
    expect(picked.get('method:c')).not.toBe('above');
    expect(picked.has('method:tiny')).toBe(false);
    expect(picked.has('paper:q')).toBe(false);
    const boxes = [...picked].map(([k, at]) => {
      const c = cands.find((x) => x.key === k)!;
      return labelBox(at, c.x, c.y, c.radius, width(c.label));
    });
    for (const [i, a] of boxes.entries()) {
      expect(a.y0).toBeGreaterThanOrEqual(area.y0);
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    }
    expect(pickOverviewLabels(cands, { area, width, minRadius: 4, max: 1 }).size).toBe(1);
  });

  it('pickOverviewLabels: of the free places, the one over the least of the other nodes\' discs (a big disc weighing more than a small one), the first among equals, none dropped for it', () => {
    const width = (l: string) => l.length * 7;
    const area = { x0: 0, y0: 0, x1: 400, y1: 400 };
    const node = { key: 'method:a', x: 200, y: 200, radius: 8, label: 'Alpha', paper: false };
    const opts = { area, width, minRadius: 4, max: 10 };
    // an unlabelled node's disc right of it, where the label went first
    const right = { key: 'paper:r', x: 230, y: 200, radius: 6 };
    expect(pickOverviewLabels([node], opts).get('method:a')).toBe('right');
    expect(pickOverviewLabels([node], { ...opts, discs: [node, right] }).get('method:a')).toBe('left');
    // discs on every side alike: right, the first; the one left smaller: left
    const around = [right, { ...right, key: 'paper:l', x: 170 }, { ...right, key: 'paper:b', x: 200, y: 222 }, { ...right, key: 'paper:t', x: 200, y: 178 }];
    expect(pickOverviewLabels([node], { ...opts, discs: around }).get('method:a')).toBe('right');
    const smallLeft = around.map((d) => (d.key === 'paper:l' ? { ...d, radius: 3 } : d));
    expect(pickOverviewLabels([node], { ...opts, discs: smallLeft }).get('method:a')).toBe('left');
    // its own disc is no obstacle, and a label placed still blocks: Beta's goes where Alpha's is not
    const beta = { key: 'method:b', x: 200, y: 240, radius: 7, label: 'Beta', paper: false };
    const both = pickOverviewLabels([node, beta], { ...opts, discs: [node, beta, right] });
    expect([...both.keys()].sort()).toEqual(['method:a', 'method:b']);
    expect(both.get('method:a')).toBe('left');
    const [a, b] = (['method:a', 'method:b'] as const).map((k) => {
      const c = k === 'method:a' ? node : beta;
      return labelBox(both.get(k)!, c.x, c.y, c.radius, width(c.label));
    });
    expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
  });
});

describe('colour by mean year (VOSviewer\'s overlay)', () => {
  /** Two papers of 2020 and 2023 tag a method; a dataset has only an undated paper; a model one paper of 2024. */
  function handMade(): KnowledgeGraph {
    const g = new Graph() as unknown as KnowledgeGraph;
    const base = { x: 0, y: 0, size: 1, color: '#000', community: 0 };
    const paper = (id: string, year?: number) => g.addNode(`paper:${id}`, { ...base, kind: 'paper', label: id, id, title: id, abstract: '', urls: [], ...(year !== undefined ? { year } : {}) });
    const entity = (key: string, kind: 'method' | 'dataset' | 'model') => g.addNode(key, { ...base, kind, label: key, name: key, aliases: [], papers: 1 });
    paper('a', 2020);
    paper('b', 2023);
    paper('c');
    paper('d', 2024);
    entity('method:m', 'method');
    entity('dataset:d', 'dataset');
    entity('model:x', 'model');
    g.setNodeAttribute('method:m', 'firstYear' as never, 2020 as never);
    for (const [p, e] of [['paper:a', 'method:m'], ['paper:b', 'method:m'], ['paper:c', 'method:m'], ['paper:c', 'dataset:d'], ['paper:d', 'model:x']]) {
      g.addDirectedEdge(p, e, { relation: 'uses', confidence: 1 } as never);
    }
    // an entity-to-entity link counts no paper
    g.addDirectedEdge('method:m', 'model:x', { relation: 'uses', confidence: 1 } as never);
    return g;
  }

  it('an entity\'s mean year is the mean of its dated papers\' years; a paper\'s is its own; none without a dated paper', () => {
    const m = meanYears(handMade());
    expect(m.get('method:m')).toBe(2021.5);
    expect(m.get('model:x')).toBe(2024);
    expect(m.get('paper:a')).toBe(2020);
    expect(m.has('paper:c')).toBe(false);
    expect(m.has('dataset:d')).toBe(false);
  });

  it('the key spans the lowest and highest mean, and the colours spread over it; undated is grey', () => {
    const g = handMade();
    expect(yearSpan(g, 'meanYear')).toEqual([2020, 2024]);
    const colors = colorMap(g, 'meanYear')!;
    expect(colors.get('method:m')).toBe(yearColor(2021.5, 2020, 2024));
    expect(colors.get('dataset:d')).toBe(yearColor(undefined, 2020, 2024));
    // by first year the method is 2020's colour, by mean year another
    expect(colorMap(g, 'year')!.get('method:m')).toBe(yearColor(2020, 2020, 2024));
    expect(colors.get('method:m')).not.toBe(colorMap(g, 'year')!.get('method:m'));
    expect(formatMeanYear(2021.5)).toBe('2021.5');
    expect(formatMeanYear(2023.96)).toBe('2024');
    expect(formatMeanYear(2021.44)).toBe('2021.4');
  });

  it('the colours and the key\'s span come from one computation of the mean years: each entity\'s papers walked once a change', () => {
    const g = handMade();
    const entities = g.filterNodes((_k, a) => a.kind !== 'paper').length;
    // (meanYears walks each entity's neighbours once: counted, the colour scheme walks them once in all)
    let walks = 0;
    const forEachNeighbor = g.forEachNeighbor.bind(g);
    g.forEachNeighbor = ((...args: Parameters<typeof g.forEachNeighbor>) => {
      walks++;
      return forEachNeighbor(...args);
    }) as typeof g.forEachNeighbor;
    const scheme = colorScheme(g, 'meanYear');
    expect(walks).toBe(entities);
    // the same colours and span as the colour map and the span computed on their own (which walk them again each)
    walks = 0;
    expect(scheme.span).toEqual(yearSpan(g, 'meanYear'));
    expect(walks).toBe(entities);
    expect(scheme.colors).toEqual(colorMap(g, 'meanYear'));
    expect(colorScheme(g, 'year')).toEqual({ colors: colorMap(g, 'year'), span: yearSpan(g, 'year') });
    expect(colorScheme(g, 'kind')).toEqual({ colors: null, span: null });
    expect(colorScheme(g, 'cluster').span).toBeNull();
  });

  it('on the bundled graph, an entity\'s mean is its papers\' years averaged', () => {
    // (graph-data/anomaly-detection/graph.json when `paperweave build` has written it, else the same pipeline here)
    const file = join(ROOT, 'graph-data', 'anomaly-detection', 'graph.json');
    const g = existsSync(file) ? loadGraphJSON(readFileSync(file, 'utf8')) : runPipeline([{ file: CORPUS, text: readFileSync(CORPUS, 'utf8') }]).graph;
    const m = meanYears(g);
    const yearsOf = (key: string) => g.neighbors(key).map((p) => g.getNodeAttributes(p)).flatMap((a) => (a.kind === 'paper' && a.year !== undefined ? [a.year] : []));
    // the most-tagged entity whose papers span more than one year
    const key = g.filterNodes((k, a) => a.kind !== 'paper' && new Set(yearsOf(k)).size > 1).sort((x, y) => yearsOf(y).length - yearsOf(x).length || x.localeCompare(y))[0];
    const ys = yearsOf(key);
    expect(ys.length).toBeGreaterThan(1);
    expect(m.get(key)).toBeCloseTo(ys.reduce((s, y) => s + y, 0) / ys.length, 9);
    expect(m.get(key)).toBeGreaterThan(g.getNodeAttribute(key, 'firstYear' as never) as unknown as number);
    // every dated node has one, within the span of the papers' years
    const span = yearSpan(g, 'meanYear')!;
    const paperYears = g.filterNodes((_k, a) => a.kind === 'paper' && a.year !== undefined).map((k) => g.getNodeAttribute(k, 'year' as never) as unknown as number);
    expect(span[0]).toBe(Math.min(...paperYears));
    expect(span[1]).toBe(Math.max(...paperYears));
    g.forEachNode((k, a) => expect(m.has(k), k).toBe(a.kind === 'paper' ? a.year !== undefined : yearsOf(k).length > 0));
  });
});
