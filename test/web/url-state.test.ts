import { describe, expect, it } from 'vitest';
import { decodeView, emptyUrlView, encodeView, graphSizeBy, stateFromUrl, type UrlView } from '../../web/url-state.ts';
import { initialState } from '../../web/state.ts';
import { fixtureGraph } from './fixture.ts';

describe('URL state', () => {
  it('round-trips selection, edge, filters, colouring, sizing, camera, matrix and the Gaps target', () => {
    const v: UrlView = {
      graph: 'https://example.org/g/graph.json',
      selected: ['method:patchcore', 'paper:winclip'],
      edge: { source: 'paper:winclip', target: 'dataset:visa', relation: 'evaluates-on' },
      filters: { hiddenKinds: ['metric', 'model'], domain: 'video', setting: 'zero-shot', yearMin: 2021, yearMax: 2024, minConfidence: 0.8 },
      colorBy: 'cluster',
      sizeBy: 'papers',
      camera: { x: 0.4321, y: 0.61, ratio: 0.25 },
      matrix: { open: true, rows: 'name', columns: 'year', byColumn: 'dataset:visa', metric: 'pixel-AUROC', introduced: true },
      gaps: 'setting:zero-shot',
      cluster: 3,
      burstGamma: 0.5,
      layout: 'timeline',
      compare: { papers: ['paper:winclip', 'paper:a,b%c'], open: true, onlyDifferences: true },
    };
    const search = encodeView(v);
    expect(search.startsWith('?')).toBe(true);
    expect(decodeView(search)).toEqual(v);
  });

  it('the comparison: &compare=KEY,KEY (in their order), &comparison=open, &cdiff=1; papers the graph lacks dropped, nothing left nothing open', () => {
    expect(encodeView({ ...emptyUrlView(), compare: { papers: ['paper:a', 'paper:b'], open: true, onlyDifferences: false } })).toBe('?compare=paper%3Aa%2Cpaper%3Ab&comparison=open');
    // (an empty comparison is not open)
    expect(encodeView({ ...emptyUrlView(), compare: { papers: [], open: true, onlyDifferences: false } })).toBe('');
    expect(decodeView('?compare=paper:b,paper:a,paper:b&comparison=open').compare).toEqual({ papers: ['paper:b', 'paper:a'], open: true, onlyDifferences: false });
    expect(decodeView('?comparison=open&cdiff=1').compare).toEqual({ papers: [], open: false, onlyDifferences: true });
    const graph = fixtureGraph();
    const paper = graph.findNode((_k, a) => a.kind === 'paper')!;
    const state = stateFromUrl(graph, initialState(), decodeView(`?compare=${paper},paper:none,method:patchcore&comparison=open`));
    expect(state.compare).toEqual({ papers: [paper], open: true, onlyDifferences: false });
    expect(stateFromUrl(graph, initialState(), decodeView('?compare=paper:none&comparison=open')).compare.open).toBe(false);
  });

  it('the progress chart\'s metric: &pmetric=, for the dataset shown; one its results draw no chart in, or with no dataset shown, is dropped', () => {
    expect(encodeView({ ...emptyUrlView(), selected: ['dataset:mvtecad'], progressMetric: 'PRO' })).toBe('?sel=dataset%3Amvtecad&pmetric=PRO');
    expect(encodeView({ ...emptyUrlView(), progressMetric: null })).toBe('');
    expect(decodeView('?sel=dataset:mvtecad&pmetric=PRO').progressMetric).toBe('PRO');
    expect(decodeView('?pmetric=').progressMetric).toBeUndefined();
    // (on a graph: MVTec AD with AUROC from three dated papers and PRO from two)
    const graph = fixtureGraph();
    graph.setEdgeAttribute(graph.edge('paper:patchcore-towards-total-recall', 'dataset:mvtecad')!, 'results', 'AUROC 99.1%; PRO 93.5%');
    graph.setEdgeAttribute(graph.edge('paper:winclip', 'dataset:mvtecad')!, 'results', 'AUROC 91.8%; PRO 64.6%');
    graph.setEdgeAttribute(graph.edge('paper:anomalyclip', 'dataset:mvtecad')!, 'results', 'AUROC 91.5%');
    const at = (q: string) => stateFromUrl(graph, initialState(), decodeView(q)).progress;
    expect(at('?sel=dataset:mvtecad&pmetric=PRO')).toEqual({ dataset: 'dataset:mvtecad', metric: 'PRO' });
    // an unknown metric (typed by hand), one with a single dated figure, no dataset shown: no choice, the default drawn
    expect(at('?sel=dataset:mvtecad&pmetric=F1')).toBeNull();
    expect(at('?sel=dataset:visa&pmetric=PRO')).toBeNull();
    expect(at('?pmetric=PRO')).toBeNull();
    expect(at('?sel=method:patchcore&pmetric=PRO')).toBeNull();
    // Back to an entry without it: none, whatever the state had
    expect(stateFromUrl(graph, { ...initialState(), progress: { dataset: 'dataset:mvtecad', metric: 'PRO' } }, decodeView('?sel=dataset:mvtecad')).progress).toBeNull();
  });

  it('the bursts\' γ: &gamma=0.25 or 0.5, left out at the build\'s 1; a γ the select does not offer reads as 1', () => {
    expect(encodeView({ ...emptyUrlView(), burstGamma: 0.5 })).toBe('?gamma=0.5');
    expect(encodeView({ ...emptyUrlView(), burstGamma: 1 })).toBe('');
    expect(decodeView('?gamma=0.25').burstGamma).toBe(0.25);
    expect(decodeView('?gamma=.5').burstGamma).toBe(0.5);
    for (const bad of ['0.7', '2', '-1', 'x', '', '1e0']) expect(decodeView(`?gamma=${bad}`).burstGamma).toBe(1);
  });

  it('the density view\'s kernel width: &kernel=0.25, 0.5 or 2, left out at the default 1; one the select does not offer reads as 1', () => {
    expect(encodeView({ ...emptyUrlView(), densityKernel: 0.5 })).toBe('?kernel=0.5');
    expect(encodeView({ ...emptyUrlView(), densityKernel: 1 })).toBe('');
    expect(decodeView('?kernel=2').densityKernel).toBe(2);
    expect(decodeView('?kernel=.25').densityKernel).toBe(0.25);
    for (const bad of ['0.3', '3', '-1', 'x', '', '1e0']) expect(decodeView(`?kernel=${bad}`).densityKernel ?? 1).toBe(1);
  });

  it('the timeline view: &view=timeline, left out for the map; anything else reads as the map; a link keeps it on its graph', () => {
    expect(encodeView({ ...emptyUrlView(), layout: 'timeline' })).toBe('?view=timeline');
    expect(encodeView({ ...emptyUrlView(), layout: 'map' })).toBe('');
    expect(decodeView('?view=timeline').layout).toBe('timeline');
    for (const bad of ['map', 'Timeline', 'x', '']) expect(decodeView(`?view=${bad}`).layout).toBe('map');
    expect(stateFromUrl(fixtureGraph(), initialState(), decodeView('?view=timeline&color=year')).layout).toBe('timeline');
    expect(stateFromUrl(fixtureGraph(), { ...initialState(), layout: 'timeline' }, decodeView('')).layout).toBe('map');
  });

  it('the density view: &view=density, with the colour and size it is drawn by; a reload and another graph keep it', () => {
    expect(encodeView({ ...emptyUrlView(), layout: 'density' })).toBe('?view=density');
    expect(decodeView('?view=density').layout).toBe('density');
    for (const bad of ['Density', 'heat', 'densities']) expect(decodeView(`?view=${bad}`).layout).toBe('map');
    const s = stateFromUrl(fixtureGraph(), initialState(), decodeView('?view=density&color=cluster&size=papers'));
    expect([s.layout, s.colorBy, s.sizeBy]).toEqual(['density', 'cluster', 'papers']);
    expect(decodeView(encodeView({ ...emptyUrlView(), layout: 'density', colorBy: 'cluster' })).layout).toBe('density');
  });

  it('colour by mean year: &color=meanYear, kept by a reload; an unknown colour is the kind', () => {
    expect(encodeView({ ...emptyUrlView(), colorBy: 'meanYear' })).toBe('?color=meanYear');
    expect(decodeView('?color=meanYear').colorBy).toBe('meanYear');
    expect(stateFromUrl(fixtureGraph(), initialState(), decodeView('?color=meanYear')).colorBy).toBe('meanYear');
    for (const bad of ['meanyear', 'mean', 'mean year']) expect(decodeView(`?color=${encodeURIComponent(bad)}`).colorBy).toBe('kind');
  });

  it('the default view encodes to nothing and decodes back to the default', () => {
    expect(encodeView(emptyUrlView())).toBe('');
    expect(decodeView('')).toEqual(emptyUrlView());
  });

  it('a key ending on "+" or "++" survives, also typed by hand (a "+" in a query reads as a space)', () => {
    const v = { ...emptyUrlView(), selected: ['method:pointnet++', 'method:softpatch+'], gaps: 'method:pointnet++' };
    expect(decodeView(encodeView(v))).toMatchObject({ selected: v.selected, gaps: v.gaps });
    expect(decodeView('?sel=method:pointnet++&sel=method:softpatch+&gaps=method:rd++&mby=dataset:refcoco+')).toMatchObject({
      selected: ['method:pointnet++', 'method:softpatch+'], gaps: 'method:rd++', matrix: { byColumn: 'dataset:refcoco+' },
    });
  });

  it('keys with spaces, colons and accents survive', () => {
    const v = { ...emptyUrlView(), selected: ['paper:crème-brûlée & co?', 'dataset:a/b'] };
    expect(decodeView(encodeView(v)).selected).toEqual(v.selected);
  });

  it('ignores malformed values instead of throwing', () => {
    const v = decodeView('?hide=paper,bogus&from=abc&to=2023&color=rainbow&cam=1,2&edge=onlyone');
    expect(v.filters.hiddenKinds).toEqual(['paper']);
    expect(v.filters.yearMin).toBeNull();
    expect(v.filters.yearMax).toBe(2023);
    expect(v.colorBy).toBe('kind');
    expect(v.camera).toBeNull();
    expect(v.edge).toBeNull();
    for (const bad of ['abc', '1.5', '0', '-0.5', '']) expect(decodeView(`?conf=${bad}`).filters.minConfidence, bad).toBeNull();
    expect(decodeView('?conf=0.95').filters.minConfidence).toBe(0.95);
  });

  it('keeps the matrix\'s view: open or not, its orders, the head it is sorted by and what its marks show', () => {
    const v = decodeView('?mrows=year&mby=dataset%3Amvtecad&mshow=AUROC');
    expect(v.matrix).toEqual({ open: false, rows: 'year', columns: 'count', byColumn: 'dataset:mvtecad', metric: 'AUROC', introduced: false });
    expect(encodeView(v)).toBe('?mrows=year&mby=dataset%3Amvtecad&mshow=AUROC');
    expect(decodeView('?matrix=open').matrix.open).toBe(true);
    // an order the matrix does not have is its default
    expect(decodeView('?mrows=colour&mcols=&mintro=yes').matrix).toEqual(emptyUrlView().matrix);
  });

  it('keeps the selected cluster: a cluster id, and on a graph only one of its clusters', () => {
    for (const bad of ['x', '-1', '1.5', '']) expect(decodeView(`?cluster=${bad}`).cluster, bad).toBeNull();
    expect(decodeView('?cluster=1').cluster).toBe(1);
    const graph = fixtureGraph();
    expect(stateFromUrl(graph, initialState(), decodeView('?cluster=1')).cluster).toBe(1);
    expect(stateFromUrl(graph, initialState(), decodeView('?cluster=7')).cluster).toBeNull();
  });

  it('keeps what node sizes show: papers or PageRank, links (the default) left out, anything else read as links', () => {
    expect(encodeView({ ...emptyUrlView(), sizeBy: 'pagerank' })).toBe('?size=pagerank');
    expect(encodeView({ ...emptyUrlView(), sizeBy: 'links' })).toBe('');
    expect(decodeView('?size=papers').sizeBy).toBe('papers');
    expect(decodeView('?size=links').sizeBy).toBe('links');
    for (const bad of ['degree', '']) expect(decodeView(`?size=${bad}`).sizeBy, bad).toBeNull();
    expect(stateFromUrl(fixtureGraph(), initialState(), decodeView('?size=papers')).sizeBy).toBe('papers');
    for (const bad of ['?size=degree', '']) expect(stateFromUrl(fixtureGraph(), initialState(), decodeView(bad)).sizeBy, bad).toBe('links');
  });

  it('a graph a viewer exported sized by PageRank opens so, unless its address says otherwise, and links is then written', () => {
    const graph = fixtureGraph();
    graph.setAttribute('sizeBy', 'pagerank');
    expect(graphSizeBy(graph)).toBe('pagerank');
    expect(stateFromUrl(graph, initialState(), decodeView('')).sizeBy).toBe('pagerank');
    expect(stateFromUrl(graph, initialState(), decodeView('?size=links')).sizeBy).toBe('links');
    expect(stateFromUrl(graph, initialState(), decodeView('?size=papers')).sizeBy).toBe('papers');
    // (the graph's own choice is left out of its address; links, no longer the default, is written)
    expect(encodeView({ ...emptyUrlView(), sizeBy: 'pagerank' }, graphSizeBy(graph))).toBe('');
    expect(encodeView({ ...emptyUrlView(), sizeBy: 'links' }, graphSizeBy(graph))).toBe('?size=links');
    // (a value this viewer does not know is no choice)
    graph.setAttribute('sizeBy', 'degree' as 'links');
    expect(graphSizeBy(graph)).toBe('links');
  });

  it('reads reversed years as the range between them', () => {
    const v = decodeView('?from=2025&to=2016');
    expect([v.filters.yearMin, v.filters.yearMax]).toEqual([2016, 2025]);
    expect(encodeView(v)).toBe('?from=2016&to=2025');
  });

  it('rounds the camera to 4 decimals', () => {
    const s = encodeView({ ...emptyUrlView(), camera: { x: 0.123456789, y: 0.5, ratio: 1 } });
    expect(s).toBe('?cam=0.1235%2C0.5%2C1');
  });
});
