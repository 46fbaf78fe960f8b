import { describe, expect, it } from 'vitest';
import { cellKey, getCell, methodDatasetMatrix, resortMatrix, sortRowsByColumn } from '../../src/analysis/matrix.ts';
import { asOfYear } from '../../src/analysis/timeline.ts';
import { goldGraph, paperKeyByTitle } from '../helpers/gold-graph.ts';

const graph = goldGraph();
const labels = (keys: string[]) => keys.map((k) => graph.getNodeAttribute(k, 'label')).sort();

describe('methodDatasetMatrix on the gold graph', () => {
  const matrix = methodDatasetMatrix(graph);
  const col = (label: string) => matrix.columns.find((c) => c.label === label)!;
  const methodsOn = (label: string) =>
    labels(matrix.rows.filter((r) => getCell(matrix, r.key, col(label).key)).map((r) => r.key));

  it('has MVTec AD and VisA columns with the methods whose own paper evaluates on them', () => {
    expect(methodsOn('MVTec AD')).toEqual(
      ['AnoGen', 'AnomalyGPT', 'AnomalyNCD', 'Dinomaly', 'DRAEM', 'FiLo', 'INP-Former', 'MuSc', 'SimpleNet', 'VisionAD'].sort(),
    );
    expect(methodsOn('VisA')).toEqual(['Dinomaly', 'FiLo', 'INP-Former', 'MuSc', 'VisionAD'].sort());
  });

  it('does not mark a method only mentioned by a paper evaluating on the dataset', () => {
    // AnoGen's paper mentions DesTSeg and evaluates on MVTec: DesTSeg is a baseline, not a proposed method.
    const destseg = matrix.rows.find((r) => r.label === 'DesTSeg');
    expect(destseg).toBeUndefined();
    const all = methodDatasetMatrix(graph, { includeEmpty: true });
    expect(all.rows.find((r) => r.label === 'DesTSeg')?.count).toBe(0);
  });

  it('sorts columns by count (MVTec AD first) and rows by count, ties by label', () => {
    expect(matrix.columns[0]!.label).toBe('MVTec AD');
    expect(matrix.columns[1]!.label).toBe('VisA');
    for (let i = 1; i < matrix.rows.length; i++) {
      const a = matrix.rows[i - 1]!;
      const b = matrix.rows[i]!;
      expect(a.count > b.count || (a.count === b.count && a.label.toLowerCase() <= b.label.toLowerCase())).toBe(true);
    }
    const byName = resortMatrix(matrix, 'name', 'name');
    expect(byName.columns.map((c) => c.label)).toEqual(
      [...matrix.columns.map((c) => c.label)].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
    );
  });

  it('keeps the papers and both evidence sentences in each cell', () => {
    const filo = paperKeyByTitle(graph, 'FiLo:');
    const cell = matrix.cells[cellKey('method:filo', 'dataset:visa')]!;
    expect(cell.papers).toEqual([filo]);
    expect(cell.evidence.map((e) => e.relation)).toEqual(['proposes', 'evaluates-on']);
    expect(cell.evidence[1]!.sentence).toMatch(/MVTec and VisA/);
    expect(cell.evidence[1]!.year).toBe(2024);
  });

  it('honours a node filter: hiding a paper removes its marks, hiding a dataset its column', () => {
    const filo = paperKeyByTitle(graph, 'FiLo:');
    const m = methodDatasetMatrix(graph, { nodeFilter: (k) => k !== filo && k !== 'dataset:realiad' });
    expect(m.rows.find((r) => r.label === 'FiLo')).toBeUndefined();
    expect(m.columns.find((c) => c.label === 'Real-IAD')).toBeUndefined();
    expect(m.columns.find((c) => c.label === 'VisA')!.count).toBe(4);
  });

  it('as of 2023 the matrix only holds methods of papers up to 2023', () => {
    const m = methodDatasetMatrix(graph, { nodeFilter: asOfYear(graph, 2023, false) });
    for (const cell of Object.values(m.cells)) for (const e of cell.evidence) expect(e.year).toBeLessThanOrEqual(2023);
    expect(Object.keys(m.cells).length).toBeGreaterThan(0);
    expect(Object.keys(m.cells).length).toBeLessThan(Object.keys(matrix.cells).length);
  });

  it('can count introduced datasets too', () => {
    const m = methodDatasetMatrix(graph, { relations: ['evaluates-on', 'introduces'] });
    expect(Object.keys(m.cells).length).toBeGreaterThan(Object.keys(matrix.cells).length);
  });

  it('sortRowsByColumn puts the methods marked in that column first', () => {
    const visa = col('VisA').key;
    const s = sortRowsByColumn(matrix, visa);
    const marks = s.rows.map((r) => Boolean(getCell(s, r.key, visa)));
    expect(marks.slice(0, 5)).toEqual([true, true, true, true, true]);
    expect(marks.slice(5).every((x) => !x)).toBe(true);
  });
});
