/**
 * Method × dataset matrix: which method's own paper evaluates on which dataset.
 *
 * A cell (m, d) is marked when a paper P has `P -proposes-> m` and `P -evaluates-on-> d` (by default;
 * `relations` widens the dataset side, e.g. to `introduces`), or when P's link to d reports a figure its sentence
 * credits to m, a method P names ("RANSynCoder achieves 82.9% F1 on HAI" in a comparative study: see
 * src/analysis/results.ts); such a figure goes to m's cell only, never to P's own methods'. Every cell keeps the
 * supporting papers and the sentences behind both edges, so the viewer can open the evidence and exporters can carry it.
 *
 * Pure: a function of the graph and options, no DOM, no Node.
 */
import { entityKey, type KnowledgeGraph, type PaperNode, type Relation } from '../model.ts';
import { compareLabels, paperYear, type NodeFilter } from './node-utils.ts';
import { parseResults } from './results.ts';

export { compareLabels, type NodeFilter };

export type AxisSort = 'count' | 'name' | 'year';

export interface MatrixOptions {
  /** Only nodes for which this returns true count (method, dataset and paper must all pass). */
  nodeFilter?: NodeFilter;
  /** paper -> dataset relations that mark a cell. Default ['evaluates-on']. */
  relations?: Relation[];
  /** Row order: by number of marked cells (default), by label, or by first year. */
  sortRows?: AxisSort;
  /** Column order: by number of marked cells (default), by label, or by first year. */
  sortColumns?: AxisSort;
  /** Keep methods / datasets without any marked cell (default false). */
  includeEmpty?: boolean;
}

export interface MatrixEvidence {
  /** Paper node key. */
  paper: string;
  title: string;
  year?: number;
  relation: Relation;
  /** The entity the sentence is about (method or dataset key). */
  about: string;
  sentence: string;
}

export interface MatrixCell {
  method: string;
  dataset: string;
  /** Supporting paper keys, sorted. */
  papers: string[];
  /** Sentences behind the proposes and evaluates-on edges, one per (paper, relation, entity), deduplicated. */
  evidence: MatrixEvidence[];
  /** The scores its papers report on the dataset (see src/analysis/results.ts), by paper; `method`, the name of the
   * row's method, where the paper credits the figure to it and does not propose it. */
  results: { paper: string; metric: string; value: string; method?: string }[];
}

export interface MatrixAxis {
  key: string;
  label: string;
  /** Marked cells in this row / column. */
  count: number;
  /** Earliest year of a supporting paper, when known. */
  firstYear?: number;
}

export interface MethodDatasetMatrix {
  rows: MatrixAxis[];
  columns: MatrixAxis[];
  /** Marked cells, keyed by cellKey(method, dataset). */
  cells: Record<string, MatrixCell>;
}

export function cellKey(method: string, dataset: string): string {
  return `${method}\u0001${dataset}`;
}

export function getCell(matrix: MethodDatasetMatrix, method: string, dataset: string): MatrixCell | undefined {
  return matrix.cells[cellKey(method, dataset)];
}

export function sortAxis(axis: MatrixAxis[], by: AxisSort): MatrixAxis[] {
  const out = axis.slice();
  out.sort((a, b) => {
    if (by === 'count' && a.count !== b.count) return b.count - a.count;
    if (by === 'year') {
      const ya = a.firstYear ?? Number.POSITIVE_INFINITY;
      const yb = b.firstYear ?? Number.POSITIVE_INFINITY;
      if (ya !== yb) return ya - yb;
    }
    return compareLabels(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
  return out;
}

export function methodDatasetMatrix(graph: KnowledgeGraph, opts: MatrixOptions = {}): MethodDatasetMatrix {
  const pass = opts.nodeFilter ?? (() => true);
  const datasetRelations = new Set<Relation>(opts.relations ?? ['evaluates-on']);
  const cells: Record<string, MatrixCell> = {};
  const seenEvidence = new Set<string>();

  const addEvidence = (cell: MatrixCell, ev: MatrixEvidence) => {
    if (!ev.sentence) return;
    const id = `${cell.method}\u0001${cell.dataset}\u0001${ev.paper}\u0001${ev.relation}\u0001${ev.about}`;
    if (seenEvidence.has(id)) return;
    seenEvidence.add(id);
    cell.evidence.push(ev);
  };

  graph.forEachNode((paperKey, attrs) => {
    if (attrs.kind !== 'paper' || !pass(paperKey)) return;
    const paper = attrs as PaperNode;
    const year = paperYear(paper);
    const title = paper.title ?? paper.label;
    const proposes: { key: string; evidence: string }[] = [];
    const datasets: { key: string; evidence: string; relation: Relation; results?: string }[] = [];
    // (the paper's links to the other methods it names, for the figures it credits to them)
    const named = new Map<string, { relation: Relation; evidence: string }>();
    graph.forEachOutEdge(paperKey, (_edge, e, _s, target, _sa, ta) => {
      if (!pass(target)) return;
      if (e.relation === 'proposes' && ta.kind === 'method') proposes.push({ key: target, evidence: e.evidence });
      else if (datasetRelations.has(e.relation) && ta.kind === 'dataset')
        datasets.push({ key: target, evidence: e.evidence, relation: e.relation, results: e.results });
      else if (ta.kind === 'method') named.set(target, { relation: e.relation, evidence: e.evidence });
    });
    const cellOf = (method: string, dataset: string) => (cells[cellKey(method, dataset)] ??= { method, dataset, papers: [], evidence: [], results: [] });
    for (const m of proposes) {
      for (const d of datasets) {
        const cell = cellOf(m.key, d.key);
        if (!cell.papers.includes(paperKey)) {
          cell.papers.push(paperKey);
          for (const r of parseResults(d.results)) if (!r.method) cell.results.push({ paper: paperKey, ...r });
        }
        addEvidence(cell, { paper: paperKey, title, year, relation: 'proposes', about: m.key, sentence: m.evidence });
        addEvidence(cell, { paper: paperKey, title, year, relation: d.relation, about: d.key, sentence: d.evidence });
      }
    }
    // a figure credited to another method the paper names goes to that method's row (its node, if the graph has it, the
    // filter keeps it and the paper links to it)
    for (const d of datasets) {
      for (const r of parseResults(d.results)) {
        if (!r.method) continue;
        const key = entityKey('method', r.method);
        const link = named.get(key);
        if (!link) continue;
        const cell = cellOf(key, d.key);
        if (!cell.papers.includes(paperKey)) cell.papers.push(paperKey);
        if (!cell.results.some((x) => x.paper === paperKey && x.metric === r.metric && x.value === r.value)) cell.results.push({ paper: paperKey, ...r });
        addEvidence(cell, { paper: paperKey, title, year, relation: link.relation, about: key, sentence: link.evidence });
        addEvidence(cell, { paper: paperKey, title, year, relation: d.relation, about: d.key, sentence: d.evidence });
      }
    }
  });

  const rowStats = new Map<string, MatrixAxis>();
  const colStats = new Map<string, MatrixAxis>();
  const axisFor = (map: Map<string, MatrixAxis>, key: string) => {
    let a = map.get(key);
    if (!a) {
      a = { key, label: graph.getNodeAttribute(key, 'label') ?? key, count: 0 };
      map.set(key, a);
    }
    return a;
  };
  for (const cell of Object.values(cells)) {
    cell.papers.sort();
    cell.results.sort((a, b) => (a.paper < b.paper ? -1 : a.paper > b.paper ? 1 : 0));
    const years = cell.evidence.map((e) => e.year).filter((y): y is number => y !== undefined);
    const first = years.length ? Math.min(...years) : undefined;
    for (const a of [axisFor(rowStats, cell.method), axisFor(colStats, cell.dataset)]) {
      a.count++;
      if (first !== undefined && (a.firstYear === undefined || first < a.firstYear)) a.firstYear = first;
    }
  }
  if (opts.includeEmpty) {
    graph.forEachNode((key, attrs) => {
      if (!pass(key)) return;
      if (attrs.kind === 'method') axisFor(rowStats, key);
      else if (attrs.kind === 'dataset') axisFor(colStats, key);
    });
  }
  // Evidence in a stable order: by paper, then proposes before the dataset sentence.
  for (const cell of Object.values(cells)) {
    cell.evidence.sort((a, b) =>
      a.paper !== b.paper ? (a.paper < b.paper ? -1 : 1) : a.relation === 'proposes' ? -1 : b.relation === 'proposes' ? 1 : 0,
    );
  }
  return {
    rows: sortAxis([...rowStats.values()], opts.sortRows ?? 'count'),
    columns: sortAxis([...colStats.values()], opts.sortColumns ?? 'count'),
    cells,
  };
}

/** The same matrix with its rows / columns re-sorted (for clickable headers). */
export function resortMatrix(matrix: MethodDatasetMatrix, rows: AxisSort, columns: AxisSort): MethodDatasetMatrix {
  return { ...matrix, rows: sortAxis(matrix.rows, rows), columns: sortAxis(matrix.columns, columns) };
}

/**
 * Order rows by their value in one column, as a spreadsheet sorts by a column: the methods with the most papers
 * on `dataset` first, those without a mark last; ties keep the order `then` (the row order chosen before).
 */
export function sortRowsByColumn(matrix: MethodDatasetMatrix, dataset: string, then: AxisSort = 'count'): MethodDatasetMatrix {
  const papers = (row: MatrixAxis) => getCell(matrix, row.key, dataset)?.papers.length ?? 0;
  const rows = sortAxis(matrix.rows, then)
    .map((row, i) => ({ row, i, n: papers(row) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.row);
  return { ...matrix, rows };
}
