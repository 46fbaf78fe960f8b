/**
 * Paper comparison, the Open Research Knowledge Graph's way: the papers a researcher picked side by side, one column a
 * paper, one row a property (what it proposes, the datasets it evaluates on and introduces, its backbones, domains,
 * settings, techniques and metrics, then one row per dataset and metric with the figures each paper reports there, then
 * the methods and datasets it only mentions). A cell lists the entities (node keys, so a viewer links each to its node),
 * those the compared papers share first; each row says whether the papers agree or differ (ORKG highlights the
 * differences and offers to show only them).
 *
 * Pure: a function of the graph and the paper keys, no DOM, no Node.
 */
import { METRICS, type EntityKind, type KnowledgeGraph, type PaperNode, type Relation } from '../model.ts';
import { compareLabels, paperYear } from './node-utils.ts';
import { parseResults } from './results.ts';

/** The properties a comparison has, in their fixed order ('results': one row per dataset and metric). */
export const COMPARE_PROPERTIES = [
  { id: 'proposes', label: 'Proposes', relation: 'proposes', kind: 'method' },
  { id: 'evaluates-on', label: 'Evaluated on', relation: 'evaluates-on', kind: 'dataset' },
  { id: 'introduces', label: 'Datasets introduced', relation: 'introduces', kind: 'dataset' },
  { id: 'uses-model', label: 'Backbones', relation: 'uses-model', kind: 'model' },
  { id: 'in-domain', label: 'Domains', relation: 'in-domain', kind: 'domain' },
  { id: 'has-setting', label: 'Settings', relation: 'has-setting', kind: 'setting' },
  { id: 'uses-technique', label: 'Techniques', relation: 'uses-technique', kind: 'technique' },
  { id: 'reports-metric', label: 'Metrics', relation: 'reports-metric', kind: 'metric' },
  { id: 'results', label: 'Results' },
  { id: 'mentions-method', label: 'Methods mentioned', relation: 'mentions', kind: 'method' },
  { id: 'mentions-dataset', label: 'Datasets mentioned', relation: 'mentions', kind: 'dataset' },
] as const satisfies readonly { id: string; label: string; relation?: Relation; kind?: EntityKind }[];

export type CompareProperty = (typeof COMPARE_PROPERTIES)[number]['id'];

export interface ComparePaper {
  /** Paper node key. */
  key: string;
  title: string;
  year?: number;
  /** The paper's landing page (its url, else its DOI's, else its first link), if any. */
  link?: string;
}

/** One entity in a cell. */
export interface CompareEntity {
  key: string;
  label: string;
  /** How many of the compared papers have it in this row. */
  shared: number;
}

/** One figure in a results cell. */
export interface CompareFigure {
  value: string;
  /** The paper -> dataset edge it was reported on (its sentence). */
  edge: string;
  /** The method the paper credits the figure to, where it is not the paper's own. */
  method?: string;
}

export interface CompareCell {
  /** The row's entities for this paper, shared ones first (then by label); [] for a results row. */
  entities: CompareEntity[];
  /** A results row's figures for this paper ([] where it reports none). */
  figures: CompareFigure[];
}

export interface CompareRow {
  /** Stable id: the property's, or `results:<dataset key>:<metric>`. */
  id: string;
  property: CompareProperty;
  /** "Proposes", or for a results row "MVTec AD · AUROC". */
  label: string;
  /** A results row's dataset key and metric. */
  dataset?: string;
  metric?: string;
  /** One cell per compared paper, in the papers' order. */
  cells: CompareCell[];
  /** Whether the papers differ here (a cell with other entities or figures than another's); false with one paper. */
  differs: boolean;
}

export interface Comparison {
  papers: ComparePaper[];
  /** Only rows with something in at least one cell, in COMPARE_PROPERTIES' order. */
  rows: CompareRow[];
}

/** A cell's text: its entities' labels, or its figures ("99.6%", "82.9% (by RANSynCoder)"), joined with "; ". */
export function cellText(cell: CompareCell): string {
  return cell.entities.length ? cell.entities.map((e) => e.label).join('; ') : cell.figures.map(figureText).join('; ');
}

export function figureText(f: CompareFigure): string {
  return f.method ? `${f.value} (by ${f.method})` : f.value;
}

/** The rows to show: all, or only those where the papers differ (ORKG's "only differences"). */
export function visibleRows(c: Comparison, onlyDifferences: boolean): CompareRow[] {
  return onlyDifferences ? c.rows.filter((r) => r.differs) : c.rows;
}

const METRIC_ORDER = new Map<string, number>(METRICS.map((m, i) => [m, i]));
const metricRank = (metric: string) => METRIC_ORDER.get(metric.replace(/\s+\([^()]*\)$/, '')) ?? METRICS.length;
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function paperLink(p: PaperNode): string | undefined {
  if (p.url) return p.url;
  if (p.doi) return `https://doi.org/${p.doi}`;
  return p.urls?.[0]?.url;
}

export interface CompareOptions {
  /**
   * Which links count (a viewer's filters): `edge` lists an entity in a cell (`what` 'entity'), or reports a row's
   * figures (`what` 'figure'). A link left out leaves its entity or figures out, a row left empty in every cell goes, and
   * the shared counts and the differences are those of what is kept. Absent: every link counts. The papers stay.
   */
  keep?: (edge: string, what: 'entity' | 'figure') => boolean;
}

/** Each item of `rows`' cells by its id (an entity: `row|paper index|entity key`; a figure: `row|paper index|edge|value`). */
function* itemIds(rows: readonly CompareRow[]): Generator<string> {
  for (const r of rows) {
    for (let i = 0; i < r.cells.length; i++) {
      for (const e of r.cells[i].entities) yield `${r.id}|${i}|${e.key}`;
      for (const f of r.cells[i].figures) yield `${r.id}|${i}|${f.edge}|${f.value}`;
    }
  }
}

/** The ids of a comparison's items (itemIds). */
export function comparisonItemIds(c: Comparison): Set<string> {
  return new Set(itemIds(c.rows));
}

/**
 * How many items of `whole` the filters hide (not in `kept`) in the rows shown: what "show them" would draw greyed.
 * With `onlyDifferences`, the rows of `whole` where the papers agree are not shown, so what they hide is not counted.
 */
export function hiddenItems(whole: Comparison, kept: Set<string>, onlyDifferences: boolean): number {
  let n = 0;
  for (const id of itemIds(visibleRows(whole, onlyDifferences))) if (!kept.has(id)) n++;
  return n;
}

/**
 * The comparison of `paperKeys` (in that order; keys that are not papers of the graph, and repeats, are left out).
 * An empty list gives an empty comparison.
 */
export function comparePapers(graph: KnowledgeGraph, paperKeys: readonly string[], opts: CompareOptions = {}): Comparison {
  const keep = opts.keep ?? (() => true);
  const keys = [...new Set(paperKeys)].filter((k) => graph.hasNode(k) && graph.getNodeAttribute(k, 'kind') === 'paper');
  const papers: ComparePaper[] = keys.map((key) => {
    const p = graph.getNodeAttributes(key) as PaperNode;
    const year = paperYear(p);
    const link = paperLink(p);
    return { key, title: p.title ?? p.label, ...(year !== undefined ? { year } : {}), ...(link ? { link } : {}) };
  });
  // per paper: its entities per property, and its figures per (dataset, metric)
  const entitiesOf = keys.map(() => new Map<CompareProperty, Set<string>>());
  const figuresOf = keys.map(() => new Map<string, CompareFigure[]>());
  const resultRows = new Map<string, { dataset: string; metric: string }>();
  keys.forEach((paper, i) => {
    graph.forEachOutEdge(paper, (edge, e, _s, target, _sa, ta) => {
      const prop = COMPARE_PROPERTIES.find((x) => 'relation' in x && x.relation === e.relation && x.kind === ta.kind);
      if (prop && keep(edge, 'entity')) {
        const set = entitiesOf[i].get(prop.id) ?? new Set<string>();
        set.add(target);
        entitiesOf[i].set(prop.id, set);
      }
      if (ta.kind !== 'dataset' || !e.results || !keep(edge, 'figure')) return;
      for (const r of parseResults(e.results)) {
        const id = `results:${target}:${r.metric}`;
        resultRows.set(id, { dataset: target, metric: r.metric });
        const list = figuresOf[i].get(id) ?? [];
        if (!list.some((f) => f.value === r.value && f.method === r.method)) list.push({ value: r.value, edge, ...(r.method ? { method: r.method } : {}) });
        figuresOf[i].set(id, list);
      }
    });
  });
  const label = (k: string) => graph.getNodeAttribute(k, 'label') ?? k;
  const rows: CompareRow[] = [];
  for (const prop of COMPARE_PROPERTIES) {
    if (prop.id === 'results') {
      rows.push(...resultsRows(resultRows, figuresOf, label));
      continue;
    }
    const sets = entitiesOf.map((m) => m.get(prop.id) ?? new Set<string>());
    const count = new Map<string, number>();
    for (const s of sets) for (const k of s) count.set(k, (count.get(k) ?? 0) + 1);
    if (!count.size) continue;
    const cells = sets.map((s) => ({
      entities: [...s].map((key) => ({ key, label: label(key), shared: count.get(key)! }))
        .sort((a, b) => b.shared - a.shared || compareLabels(a.label, b.label) || byKey(a.key, b.key)),
      figures: [],
    }));
    rows.push({ id: prop.id, property: prop.id, label: prop.label, cells, differs: [...count.values()].some((n) => n !== keys.length) });
  }
  return { papers, rows };
}

/** The results rows: the (dataset, metric) pairs reported by the most papers first, then by dataset, then by metric. */
function resultsRows(
  pairs: Map<string, { dataset: string; metric: string }>, figuresOf: Map<string, CompareFigure[]>[], label: (k: string) => string,
): CompareRow[] {
  const reporting = (id: string) => figuresOf.filter((m) => m.has(id)).length;
  const ids = [...pairs.keys()].sort((a, b) => {
    const pa = pairs.get(a)!;
    const pb = pairs.get(b)!;
    return reporting(b) - reporting(a) || compareLabels(label(pa.dataset), label(pb.dataset)) || byKey(pa.dataset, pb.dataset)
      || metricRank(pa.metric) - metricRank(pb.metric) || byKey(pa.metric, pb.metric);
  });
  return ids.map((id) => {
    const { dataset, metric } = pairs.get(id)!;
    const cells = figuresOf.map((m) => ({ entities: [], figures: m.get(id) ?? [] }));
    const texts = cells.map((c) => cellText(c));
    return {
      id, property: 'results' as const, label: `${label(dataset)} · ${metric}`, dataset, metric, cells,
      differs: texts.some((t) => t !== texts[0]),
    };
  });
}
