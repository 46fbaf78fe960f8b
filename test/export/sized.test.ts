import { describe, expect, it } from 'vitest';
import { recordSizeBy, sizedBy, withDrawnSizes } from '../../src/export/sized.ts';
import { sizeMap } from '../../web/reducers.ts';
import { toGraphJSON } from '../../src/export/json.ts';
import { toNodesCSV } from '../../src/export/csv.ts';
import { fixtureGraph } from '../web/fixture.ts';

describe('exports sized as drawn (src/export/sized.ts)', () => {
  it('withDrawnSizes: a copy with the sizes given (the rest as built), the graph itself untouched', () => {
    const g = fixtureGraph();
    const before = toGraphJSON(g);
    const [first, ...rest] = g.nodes();
    const out = withDrawnSizes(g, (k) => (k === first ? 42 : undefined));
    expect(out.getNodeAttribute(first, 'size')).toBe(42);
    for (const k of rest) expect(out.getNodeAttribute(k, 'size')).toBe(g.getNodeAttribute(k, 'size'));
    expect(toGraphJSON(g)).toBe(before);
    // (everything else the same, in the same order: the exports' bytes differ by the size alone)
    g.setNodeAttribute(first, 'size', 42);
    expect(toNodesCSV(out)).toBe(toNodesCSV(g));
  });

  it('sizedBy: the viewer\'s sizeMap for papers and PageRank, the graph itself for links; by default the choice the graph records', () => {
    const g = fixtureGraph();
    expect(sizedBy(g, 'links')).toBe(g);
    expect(sizedBy(g)).toBe(g);
    for (const by of ['papers', 'pagerank'] as const) {
      const want = sizeMap(g, by)!;
      expect(Object.fromEntries(sizedBy(g, by).mapNodes((k, a) => [k, a.size]))).toEqual(Object.fromEntries(want));
    }
    g.setAttribute('sizeBy', 'papers');
    expect(Object.fromEntries(sizedBy(g).mapNodes((k, a) => [k, a.size]))).toEqual(Object.fromEntries(sizeMap(g, 'papers')!));
  });

  it('recordSizeBy: graph.json records the choice over the built sizes; the graph itself untouched', () => {
    const g = fixtureGraph();
    const out = recordSizeBy(g, 'pagerank');
    expect(out.getAttribute('sizeBy')).toBe('pagerank');
    expect(g.getAttribute('sizeBy')).toBeUndefined();
    expect(out.mapNodes((_k, a) => a.size)).toEqual(g.mapNodes((_k, a) => a.size));
  });
});
