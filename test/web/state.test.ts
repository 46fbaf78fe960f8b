import { describe, expect, it } from 'vitest';
import {
  clickEdge, clickNode, clickStage, filtersActive, hoverNode, initialState, primary, pruneSelection, selectNode,
  setColorBy, setFilters, toggleKind,
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

  it('a reversed year range is swapped, and filter changes drop the hover', () => {
    const s = setFilters(hoverNode(initialState(), 'a'), { yearMin: 2024, yearMax: 2021 });
    expect([s.filters.yearMin, s.filters.yearMax]).toEqual([2021, 2024]);
    expect(s.hovered).toBeNull();
    expect(filtersActive(s.filters)).toBe(true);
    expect(filtersActive(initialState().filters)).toBe(false);
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

  it('pruneSelection drops keys the graph does not have', () => {
    const s = { ...initialState(), selected: ['a', 'gone'], selectedEdge: 'e-gone', hovered: 'gone' };
    const p = pruneSelection(s, (k) => k === 'a', () => false);
    expect(p.selected).toEqual(['a']);
    expect(p.selectedEdge).toBeNull();
    expect(p.hovered).toBeNull();
  });
});
