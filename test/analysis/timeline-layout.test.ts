import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { MAX_TIMELINE_ROWS, MIN_SHARE, PORTRAIT_ASPECT, ROW_BAND, TIMELINE_ASPECT, timelineGraph, timelineLayout, timelineYear, YEAR_BAND } from '../../src/analysis/timeline-layout.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { loadGraphJSON } from '../../src/export/json.ts';
import { ROOT } from '../../src/cli/io.ts';
import type { KGNode, KnowledgeGraph } from '../../src/model.ts';
import { CORPUS } from '../graph/helpers.ts';

/**
 * The bundled graph: graph-data/anomaly-detection/graph.json when `paperweave build` has written it, else the same
 * pipeline run on the bundled corpus here (what the build runs).
 */
function bundledGraph(): KnowledgeGraph {
  const file = join(ROOT, 'graph-data', 'anomaly-detection', 'graph.json');
  if (existsSync(file)) return loadGraphJSON(readFileSync(file, 'utf8'));
  return runPipeline([{ file: CORPUS, text: readFileSync(CORPUS, 'utf8') }]).graph;
}

const graph = bundledGraph();
const layout = timelineLayout(graph);

describe('timeline layout (CiteSpace\'s timeline view) on the bundled graph', () => {
  it('places every node, and every dated node at its year: x is monotone in the year, each year within its band', () => {
    expect(layout.positions.size).toBe(graph.order);
    const dated = [...layout.nodeYears];
    expect(dated.length).toBe(graph.order); // (the bundled corpus dates every paper)
    for (const [key, year] of dated) {
      const tick = layout.years.find((y) => y.year === year)!;
      expect(Math.abs(layout.positions.get(key)!.x - tick.x)).toBeLessThanOrEqual((YEAR_BAND * tick.width) / 2 + 1e-9);
    }
    // Sorted by x, the years never go down; an earlier year is always left of a later one.
    const byX = dated.map(([key, year]) => ({ x: layout.positions.get(key)!.x, year })).sort((a, b) => a.x - b.x);
    for (let i = 1; i < byX.length; i++) expect(byX[i].year).toBeGreaterThanOrEqual(byX[i - 1].year);
    // The axis: every year from the first to the last, left to right.
    const years = [...new Set(dated.map(([, y]) => y))].sort((a, b) => a - b);
    expect(layout.years.map((y) => y.year)).toEqual(Array.from({ length: years.at(-1)! - years[0] + 1 }, (_, i) => years[0] + i));
    expect(layout.undated).toBeNull();
  });

  it('a paper is at its year, an entity at its first year', () => {
    graph.forEachNode((key, a) => {
      const want = a.kind === 'paper' ? a.year : a.firstYear;
      expect(timelineYear(graph, key)).toBe(want);
    });
  });

  it('puts the nodes of one cluster in one row band, the rows apart, the largest cluster on top', () => {
    const clusters = graph.getAttribute('clusters');
    expect(clusters.length).toBeGreaterThan(MAX_TIMELINE_ROWS); // (18: the smallest share the last row)
    expect(layout.rows).toHaveLength(MAX_TIMELINE_ROWS);
    const rowOfCluster = new Map<number, number>();
    for (const r of layout.rows) for (const id of r.clusters) rowOfCluster.set(id, r.index);
    expect(rowOfCluster.size).toBe(clusters.length); // (every cluster has a row)
    graph.forEachNode((key, a) => {
      const row = layout.rows[rowOfCluster.get(a.community)!];
      const p = layout.positions.get(key)!;
      expect(p.y).toBeGreaterThanOrEqual(row.y - (ROW_BAND * (row.y1 - row.y0)) / 2 - 1e-9);
      expect(p.y).toBeLessThanOrEqual(row.y + (ROW_BAND * (row.y1 - row.y0)) / 2 + 1e-9);
      expect(layout.nodeRows.get(key)).toBe(row.index);
    });
    // Bands do not overlap, top row first (sigma's y grows upwards).
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i].y1).toBeLessThanOrEqual(layout.rows[i - 1].y0 + 1e-9);
    const size = (id: number) => graph.filterNodes((_, a) => a.community === id).length;
    const own = layout.rows.slice(0, -1).map((r) => size(r.clusters[0]));
    expect(own).toEqual([...own].sort((a, b) => b - a));
    expect(layout.rows[0].label).toBe([...clusters].sort((a, b) => b.size - a.size)[0].label);
    const last = layout.rows.at(-1)!;
    expect(last.label).toBe(`other clusters (${clusters.length - MAX_TIMELINE_ROWS + 1})`);
    expect(Math.max(...last.clusters.map(size))).toBeLessThanOrEqual(Math.min(...own));
    expect(layout.rows.reduce((n, r) => n + r.nodes, 0)).toBe(graph.order);
  });

  it('keeps same-year nodes of a row apart: no two at one point', () => {
    const seen = new Set<string>();
    for (const p of layout.positions.values()) {
      const k = `${p.x.toFixed(6)},${p.y.toFixed(6)}`;
      expect(seen.has(k)).toBe(false);
      seen.add(k);
    }
  });

  it('gives room where the nodes are: a year\'s width and a row\'s height grow with the fullest cell, from a floor; no cell more crowded than the fullest', () => {
    const count = new Map<string, number>();
    for (const [key, year] of layout.nodeYears) {
      const c = `${layout.nodeRows.get(key)}|${year}`;
      count.set(c, (count.get(c) ?? 0) + 1);
    }
    const most = Math.max(...count.values());
    const rowMost = layout.rows.map((r) => Math.max(0, ...[...count].filter(([c]) => c.startsWith(`${r.index}|`)).map(([, n]) => n)));
    const yearMost = layout.years.map((y) => Math.max(0, ...[...count].filter(([c]) => c.endsWith(`|${y.year}`)).map(([, n]) => n)));
    // (the bundled graph: 2024 and 2025 hold most papers, 2017 and 2019 none)
    const width = (year: number) => layout.years.find((y) => y.year === year)!.width;
    expect(width(2024)).toBeGreaterThan(2 * width(2017));
    expect(width(2017)).toBeCloseTo(MIN_SHARE * layout.yearWidth, 9);
    layout.years.forEach((y, i) => expect(y.width).toBeCloseTo(Math.max(MIN_SHARE, Math.sqrt(yearMost[i] / most)) * layout.yearWidth, 9));
    layout.rows.forEach((r, i) => expect(r.y1 - r.y0).toBeCloseTo(Math.max(MIN_SHARE, Math.sqrt(rowMost[i] / most)) * layout.rowHeight, 9));
    // Every cell's nodes per unit of area at most the fullest cell's.
    const area = (c: string) => {
      const [row, year] = c.split('|').map(Number);
      const r = layout.rows[row];
      return (r.y1 - r.y0) * width(year);
    };
    const fullest = Math.max(...[...count].filter(([, n]) => n === most).map(([c, n]) => n / area(c)));
    for (const [c, n] of count) expect(n / area(c)).toBeLessThanOrEqual(fullest + 1e-9);
    // The columns tile the axis in order, and the drawing keeps a wide shape.
    for (let i = 1; i < layout.years.length; i++) expect(layout.years[i].x - layout.years[i].width / 2).toBeCloseTo(layout.years[i - 1].x + layout.years[i - 1].width / 2, 9);
    const { x0, x1, y0, y1 } = layout.extent;
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(TIMELINE_ASPECT, 6);
  });

  it('takes the shape asked for: tall for an upright window, the same rows and years in the same order', () => {
    const tall = timelineLayout(graph, { aspect: PORTRAIT_ASPECT });
    const { x0, x1, y0, y1 } = tall.extent;
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(PORTRAIT_ASPECT, 6);
    expect(tall.rows.map((r) => [r.label, r.y0, r.y1])).toEqual(layout.rows.map((r) => [r.label, r.y0, r.y1]));
    expect(tall.years.map((y) => y.year)).toEqual(layout.years.map((y) => y.year));
    for (const [key, year] of tall.nodeYears) {
      const tick = tall.years.find((y) => y.year === year)!;
      expect(Math.abs(tall.positions.get(key)!.x - tick.x)).toBeLessThanOrEqual((YEAR_BAND * tick.width) / 2 + 1e-9);
    }
  });

  it('is deterministic: the same graph gives the same positions, whatever the order nodes were added in', () => {
    const again = timelineLayout(graph);
    expect([...again.positions]).toEqual([...layout.positions]);
    expect(again.rows).toEqual(layout.rows);
    // The same graph rebuilt with its nodes and edges in reverse order.
    const reversed = graph.emptyCopy() as KnowledgeGraph;
    reversed.clear();
    for (const key of [...graph.nodes()].reverse()) reversed.addNode(key, { ...graph.getNodeAttributes(key) });
    const other = timelineLayout(reversed);
    for (const [key, p] of layout.positions) expect(other.positions.get(key)).toEqual(p);
  });

  it('the graph drawn (timelineGraph) has the timeline positions and every other attribute and edge key; the graph keeps the map', () => {
    const before = graph.mapNodes((key, a) => [key, a.x, a.y]);
    const drawn = timelineGraph(graph, layout);
    expect(drawn.order).toBe(graph.order);
    expect(drawn.edges()).toEqual(graph.edges());
    expect(drawn.getAttribute('clusters')).toEqual(graph.getAttribute('clusters'));
    drawn.forEachNode((key, a) => {
      const { x, y, ...rest } = graph.getNodeAttributes(key);
      const { x: tx, y: ty, ...drawnRest } = a;
      expect(drawnRest).toEqual(rest);
      expect({ x: tx, y: ty }).toEqual(layout.positions.get(key));
      expect([x, y]).not.toEqual([tx, ty]);
    });
    expect(graph.mapNodes((key, a) => [key, a.x, a.y])).toEqual(before);
  });
});

describe('timeline layout: undated nodes and few clusters', () => {
  const small = () => {
    const g = new Graph() as unknown as KnowledgeGraph;
    g.replaceAttributes({ name: 't', clusters: [{ id: 0, label: 'zero-shot', size: 3, topEntities: [], color: 'rgb(1,2,3)' }, { id: 1, label: 'video', size: 2, topEntities: [], color: 'rgb(4,5,6)' }] });
    const node = (key: string, a: Partial<KGNode>) => g.addNode(key, { label: key, x: 0, y: 0, size: 1, color: 'rgb(0,0,0)', ...a } as KGNode);
    node('paper:a', { kind: 'paper', year: 2019, community: 0 } as Partial<KGNode>);
    node('paper:b', { kind: 'paper', date: '2021-03-01', community: 0 } as Partial<KGNode>);
    node('paper:c', { kind: 'paper', community: 1 } as Partial<KGNode>); // no year
    node('method:m', { kind: 'method', community: 0 } as Partial<KGNode>); // no firstYear: its papers'
    node('dataset:d', { kind: 'dataset', community: 1 } as Partial<KGNode>); // no year anywhere
    g.addEdge('paper:b', 'method:m', { relation: 'proposes' } as never);
    g.addEdge('paper:a', 'method:m', { relation: 'proposes' } as never);
    g.addEdge('paper:c', 'dataset:d', { relation: 'evaluates-on' } as never);
    return g;
  };

  it('puts nodes without a year in the undated column right of the last year, counted; an entity without firstYear at its papers\' first year', () => {
    const g = small();
    const l = timelineLayout(g);
    expect(l.years.map((y) => y.year)).toEqual([2019, 2020, 2021]);
    expect(l.nodeYears.get('method:m')).toBe(2019);
    expect(l.nodeYears.get('paper:b')).toBe(2021);
    expect(l.undated).toEqual({ x: expect.any(Number), width: expect.any(Number), count: 2 });
    expect(l.undated!.x - l.undated!.width / 2).toBeGreaterThan(l.years.at(-1)!.x + l.years.at(-1)!.width / 2);
    for (const k of ['paper:c', 'dataset:d']) {
      expect(Math.abs(l.positions.get(k)!.x - l.undated!.x)).toBeLessThanOrEqual((YEAR_BAND * l.undated!.width) / 2 + 1e-9);
    }
    expect(l.rows.map((r) => [r.label, r.nodes, r.firstYear, r.lastYear])).toEqual([['zero-shot', 3, 2019, 2021], ['video', 2, undefined, undefined]]);
  });

  it('caps the rows: beyond maxRows the smallest clusters share "other clusters (N)"', () => {
    const l = timelineLayout(small(), { maxRows: 1 });
    expect(l.rows.map((r) => [r.label, r.clusters])).toEqual([['other clusters (2)', [0, 1]]]);
  });
});
