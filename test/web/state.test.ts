import { describe, expect, it } from 'vitest';
import {
  clickEdge, clickNode, clickStage, filtersActive, selectCluster, hoverNode, initialState, primary, pruneSelection, selectNode,
  setColorBy, setFilters, setLayout, setMatrix, setSizeBy, toggleKind, yearRange, setProgressMetric, dropStaleProgress,
} from '../../web/state.ts';

describe('selection rules (Gephi Lite defaults)', () => {
  it('a click selects the node alone and clicking the sole selected node clears it', () => {
    let s = clickNode(initialState(), 'method:patchcore');
    expect(s.selected).toEqual(['method:patchcore']);
    s = clickNode(s, 'dataset:mvtecad');
    expect(s.selected).toEqual(['dataset:mvtecad']);
    s = clickNode(s, 'dataset:mvtecad');
    expect(s.selected).toEqual([]);
  });

  it('ctrl-click toggles nodes in a multiple selection; the last one is the primary', () => {
    let s = clickNode(initialState(), 'a');
    s = clickNode(s, 'b', { toggle: true });
    expect(s.selected).toEqual(['a', 'b']);
    expect(primary(s)).toBe('b');
    s = clickNode(s, 'a', { toggle: true });
    expect(s.selected).toEqual(['b']);
    // A plain click on a node of a multiple selection selects it alone, it does not clear.
    s = clickNode(clickNode(s, 'c', { toggle: true }), 'c');
    expect(s.selected).toEqual(['c']);
  });

  it('clicking the stage clears nodes and edge, and returns the same object when nothing is selected', () => {
    const empty = initialState();
    expect(clickStage(empty)).toBe(empty);
    const s = clickStage(clickEdge(clickNode(empty, 'a'), 'e1'));
    expect(s.selected).toEqual([]);
    expect(s.selectedEdge).toBeNull();
  });

  it('a cluster click selects the cluster and clears a node or edge; a second click clears it', () => {
    const s = selectCluster(clickEdge(clickNode(initialState(), 'a'), 'e1'), 2);
    expect(s).toMatchObject({ cluster: 2, selected: [], selectedEdge: null });
    expect(selectCluster(s, 2).cluster).toBeNull();
    expect(selectCluster(s, 3).cluster).toBe(3);
    // (the selected cluster's button, clicked while a node of it is selected, goes back to the cluster)
    expect(selectCluster(clickNode(s, 'a'), 2)).toMatchObject({ cluster: 2, selected: [] });
  });

  it('a node clicked in a selected cluster keeps the cluster; the stage (or Esc) clears the node first, then the cluster', () => {
    const inCluster = clickNode(selectCluster(initialState(), 2), 'a');
    expect(inCluster).toMatchObject({ cluster: 2, selected: ['a'] });
    const back = clickStage(inCluster);
    expect(back).toMatchObject({ cluster: 2, selected: [] });
    expect(clickStage(back).cluster).toBeNull();
    // selectNode(null) (the console's select(null)) clears the node only
    expect(selectNode(inCluster, null)).toMatchObject({ cluster: 2, selected: [] });
    expect(selectNode(back, null)).toBe(back);
  });

  it('selecting an edge drops the node selection and vice versa', () => {
    const s = clickEdge(clickNode(initialState(), 'a'), 'e1');
    expect(s.selected).toEqual([]);
    expect(s.selectedEdge).toBe('e1');
    expect(clickNode(s, 'b').selectedEdge).toBeNull();
  });

  it('selectNode(key) selects one node; selectNode(null) clears; re-selecting is a no-op', () => {
    const s = selectNode(initialState(), 'x');
    expect(s.selected).toEqual(['x']);
    expect(selectNode(s, 'x')).toBe(s);
    expect(selectNode(s, null).selected).toEqual([]);
  });

  it('hover changes only the hovered key, and is identity when unchanged', () => {
    const s = hoverNode(initialState(), 'a');
    expect(s.hovered).toBe('a');
    expect(hoverNode(s, 'a')).toBe(s);
  });

  it('transitions never mutate their input', () => {
    const s = Object.freeze({ ...initialState(), selected: Object.freeze(['a']) as string[] });
    expect(() => clickNode(s, 'b', { toggle: true })).not.toThrow();
    expect(s.selected).toEqual(['a']);
  });
});

describe('filters in state', () => {
  it('toggleKind hides then shows a kind, kept sorted', () => {
    let s = toggleKind(initialState(), 'model');
    s = toggleKind(s, 'metric');
    expect(s.filters.hiddenKinds).toEqual(['metric', 'model']);
    s = toggleKind(s, 'model');
    expect(s.filters.hiddenKinds).toEqual(['metric']);
  });

  it('a year bound set on its own is kept: the other bound, on the wrong side of it, is opened (never swapped)', () => {
    const to2022 = setFilters(initialState(), { yearMax: 2022 });
    // typing from=2024 while to=2022: 2024 onwards (it became 2022-2024)
    const s = setFilters(to2022, { yearMin: 2024 });
    expect([s.filters.yearMin, s.filters.yearMax]).toEqual([2024, null]);
    // "As of 2019" with from=2024: up to 2019 (it became 2019-2019, or the drag's next step swapped back)
    const from2024 = setFilters(initialState(), { yearMin: 2024 });
    let a = setFilters(from2024, { yearMax: 2019 });
    expect([a.filters.yearMin, a.filters.yearMax]).toEqual([null, 2019]);
    a = setFilters(a, { yearMax: 2018 });
    expect([a.filters.yearMin, a.filters.yearMax]).toEqual([null, 2018]);
    // a bound on the right side stays
    expect(setFilters(from2024, { yearMax: 2025 }).filters).toMatchObject({ yearMin: 2024, yearMax: 2025 });
    expect(yearRange({ yearMin: 2020, yearMax: 2022 }, { domain: 'video' })).toEqual({ yearMin: 2020, yearMax: 2022 });
  });

  it('a reversed year range given whole is swapped, and filter changes drop the hover', () => {
    const s = setFilters(hoverNode(initialState(), 'a'), { yearMin: 2024, yearMax: 2021 });
    expect([s.filters.yearMin, s.filters.yearMax]).toEqual([2021, 2024]);
    expect(s.hovered).toBeNull();
    expect(filtersActive(s.filters)).toBe(true);
    expect(filtersActive(initialState().filters)).toBe(false);
  });

  it('the same filters again are the same state (a year box\'s change on blur redrew everything)', () => {
    const s = setFilters(selectNode(initialState(), 'a'), { yearMin: 2023, hiddenKinds: ['metric'] });
    expect(setFilters(s, { yearMin: 2023 })).toBe(s);
    expect(setFilters(s, { hiddenKinds: ['metric'] })).toBe(s);
    expect(setFilters(s, {})).toBe(s);
    expect(setFilters(s, { yearMin: 2024 })).not.toBe(s);
    expect(setFilters(s, { hiddenKinds: [] }).filters.hiddenKinds).toEqual([]);
  });

  it('the selection survives a filter change', () => {
    const s = setFilters(selectNode(initialState(), 'a'), { domain: 'video' });
    expect(s.selected).toEqual(['a']);
  });

  it('setColorBy is identity when unchanged', () => {
    const s = initialState();
    expect(setColorBy(s, 'kind')).toBe(s);
    expect(setColorBy(s, 'year').colorBy).toBe('year');
  });

  it('setSizeBy: links by default, identity when unchanged', () => {
    const s = initialState();
    expect(s.sizeBy).toBe('links');
    expect(setSizeBy(s, 'links')).toBe(s);
    expect(setSizeBy(s, 'papers').sizeBy).toBe('papers');
  });

  it('setMatrix: identity when unchanged; another row order ends a sort by a dataset\'s head', () => {
    const s = initialState();
    expect(setMatrix(s, { rows: 'count' })).toBe(s);
    const byVisa = setMatrix(setMatrix(s, { rows: 'name' }), { byColumn: 'dataset:visa' });
    expect(byVisa.matrix).toMatchObject({ rows: 'name', byColumn: 'dataset:visa' });
    expect(setMatrix(byVisa, { metric: 'AUROC' }).matrix).toMatchObject({ byColumn: 'dataset:visa', metric: 'AUROC' });
    expect(setMatrix(byVisa, { rows: 'year' }).matrix).toMatchObject({ rows: 'year', byColumn: null });
    expect(setMatrix(byVisa, { rows: 'name' }).matrix.byColumn).toBeNull();
    expect(s.matrix.byColumn).toBeNull();
  });

  it('pruneSelection drops keys the graph does not have', () => {
    const s = { ...initialState(), selected: ['a', 'gone'], selectedEdge: 'e-gone', hovered: 'gone' };
    const p = pruneSelection(s, (k) => k === 'a', () => false);
    expect(p.selected).toEqual(['a']);
    expect(p.selectedEdge).toBeNull();
    expect(p.hovered).toBeNull();
  });
});

describe('view: map, timeline or density', () => {
  it('starts on the map; setLayout switches and keeps the selection, filters and colours; the same layout is the same state', () => {
    const s0 = setColorBy(setFilters(selectNode(initialState(), 'method:patchcore'), { yearMin: 2021 }), 'year');
    expect(s0.layout).toBe('map');
    const t = setLayout(s0, 'timeline');
    expect(t.layout).toBe('timeline');
    expect(t.selected).toBe(s0.selected);
    expect(t.filters).toBe(s0.filters);
    expect(t.colorBy).toBe('year');
    expect(setLayout(t, 'timeline')).toBe(t);
    expect(setLayout(t, 'map')).toEqual(s0);
    const d = setLayout(t, 'density');
    expect(d.layout).toBe('density');
    expect(d.selected).toBe(s0.selected);
    expect(d.filters).toBe(s0.filters);
    expect(setLayout(d, 'map')).toEqual(s0);
  });
});

describe('the progress chart\'s metric', () => {
  it('is chosen for a dataset, none for its default; unchanged, the same state', () => {
    const s = selectNode(initialState(), 'dataset:mvtecad');
    const chosen = setProgressMetric(s, 'dataset:mvtecad', 'PRO');
    expect(chosen.progress).toEqual({ dataset: 'dataset:mvtecad', metric: 'PRO' });
    expect(setProgressMetric(chosen, 'dataset:mvtecad', 'PRO')).toBe(chosen);
    expect(setProgressMetric(chosen, 'dataset:mvtecad', null).progress).toBeNull();
    expect(setProgressMetric(s, 'dataset:mvtecad', null)).toBe(s);
  });

  it('goes with the dataset\'s panel: another selection, an edge or none drops it', () => {
    const chosen = setProgressMetric(selectNode(initialState(), 'dataset:mvtecad'), 'dataset:mvtecad', 'PRO');
    expect(dropStaleProgress(chosen)).toBe(chosen);
    expect(dropStaleProgress(selectNode(chosen, 'dataset:visa')).progress).toBeNull();
    expect(dropStaleProgress(clickEdge(chosen, 'e1')).progress).toBeNull();
    expect(dropStaleProgress(clickStage(chosen)).progress).toBeNull();
    // (a filter change keeps it)
    expect(dropStaleProgress(setFilters(chosen, { yearMin: 2021 })).progress).toEqual({ dataset: 'dataset:mvtecad', metric: 'PRO' });
  });
});
