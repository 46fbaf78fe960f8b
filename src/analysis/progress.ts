/**
 * Progress over time on a dataset, Papers with Code's state-of-the-art plot: for one metric, every figure the papers
 * report on the dataset at its paper's year, and the best so far, year by year. Which figure is better is the
 * results listing's own rule (compareFigures: lower is better for FPR@95TPR and FID); a figure's place on the axis is
 * the scale the listing orders by (resultScore: "97.1%" and "0.971" both 97.1).
 *
 * Pure: the graph's reported results (datasetResults) in, points out. A figure whose paper has no year is left off the
 * plot and counted (`undated`).
 */
import type { KGNode } from '../model.ts';
import { paperYear } from './node-utils.ts';
import { compareFigures, datasetResults, lowerIsBetter, resultMethods, resultScore, type LeaderboardRow } from './results.ts';

/** One figure on the plot. */
export interface ProgressPoint {
  /** Its paper's year. */
  year: number;
  /** The figure as written ("99.6%") and on the plot's scale (99.6). */
  value: string;
  score: number;
  /** The paper's node and its link to the dataset, whose sentence states the figure. */
  paper: string;
  edge: string;
  /** Whose figure it is, as the results listing names it (resultMethods): method nodes, or a credited name alone. */
  methods: string[];
  name?: string;
  /** Whether it raised the best so far: the best of its year, better than every figure of the years before. */
  frontier: boolean;
}

export interface Progress {
  dataset: string;
  metric: string;
  lowerIsBetter: boolean;
  /** Every dated figure, by year, best first within a year (then by paper). */
  points: ProgressPoint[];
  /** The points that raised the best so far, by year: the steps of the state-of-the-art line. */
  frontier: ProgressPoint[];
  /** Figures in this metric whose paper has no year: not on the plot. */
  undated: number;
}

/** The graph as this module reads it: what datasetResults and resultMethods read, and a paper's year. */
export interface ProgressGraph {
  forEachInEdge(node: string, cb: (edge: string, attr: { results?: string }, source: string) => void): void;
  outEdges(node: string): string[];
  getEdgeAttribute(edge: string, name: 'relation'): string;
  target(edge: string): string;
  hasNode(node: string): boolean;
  getNodeAttributes(node: string): object;
}

/** A paper's year as the rest of the viewer reads it (node-utils: its year, else its date's). */
const yearOf = (graph: ProgressGraph, paper: string): number | undefined => paperYear(graph.getNodeAttributes(paper) as Partial<KGNode>);

/**
 * The metrics of a dataset's reported results that a plot can show, most dated figures first (then by name), each with
 * its dated and undated figures counted. `pass` keeps the rows a filter shows (the results listing's own).
 */
export function progressMetrics(
  graph: ProgressGraph, dataset: string, pass: (row: LeaderboardRow) => boolean = () => true,
): { metric: string; dated: number; undated: number }[] {
  const n = new Map<string, { dated: number; undated: number }>();
  for (const r of datasetResults(graph, dataset)) {
    if (!pass(r)) continue;
    const c = n.get(r.metric) ?? { dated: 0, undated: 0 };
    if (yearOf(graph, r.paper) === undefined) c.undated++;
    else c.dated++;
    n.set(r.metric, c);
  }
  return [...n].map(([metric, c]) => ({ metric, ...c }))
    .sort((a, b) => b.dated - a.dated || (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0));
}

/** A dataset's progress in one metric (see the module's comment); `pass` keeps the rows a filter shows. */
export function progressOverTime(
  graph: ProgressGraph, dataset: string, metric: string, pass: (row: LeaderboardRow) => boolean = () => true,
): Progress {
  const points: ProgressPoint[] = [];
  let undated = 0;
  // (datasetResults orders a metric's rows best first, then by paper: kept within a year)
  for (const r of datasetResults(graph, dataset)) {
    if (r.metric !== metric || !pass(r)) continue;
    const year = yearOf(graph, r.paper);
    if (year === undefined) {
      undated++;
      continue;
    }
    const { methods, name } = resultMethods(graph, r);
    points.push({ year, value: r.value, score: resultScore(r.value), paper: r.paper, edge: r.edge, methods, ...(name ? { name } : {}), frontier: false });
  }
  // (a stable sort: best first within a year, as datasetResults gave them)
  points.sort((a, b) => a.year - b.year);
  const frontier: ProgressPoint[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    // (the first of its year is its year's best)
    if (i > 0 && points[i - 1].year === p.year) continue;
    const best = frontier[frontier.length - 1];
    if (!best || compareFigures(metric, p.value, best.value) < 0) {
      p.frontier = true;
      frontier.push(p);
    }
  }
  return { dataset, metric, lowerIsBetter: lowerIsBetter(metric), points, frontier, undated };
}
