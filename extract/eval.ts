/**
 * Scoring extracted entities against a gold file with the guideline's matching (test/gold/GUIDELINE.md):
 * names are compared normalised (lower case, letters and digits only); a prediction matching a gold
 * record's name or any of its aliases counts as that entity; a prediction matching `ignore` is neither
 * right nor wrong; a second prediction of an already matched entity is a duplicate, not an error.
 * Facets are compared as sets. Papers are paired by normalised title.
 */
import { normName, type Paper } from '../src/model.ts';
import type { GoldEntity, GoldRecord } from './entities/types.ts';

/** A prediction: PaperEntities, or a gold-shaped record (facets as plain strings). */
export interface PredictedRecord {
  title: string;
  methods_proposed?: PredEntity[];
  methods_mentioned?: PredEntity[];
  datasets?: (PredEntity & { role?: string })[];
  models?: PredEntity[];
  domains?: (string | { name: string; confidence?: number })[];
  settings?: (string | { name: string; confidence?: number })[];
  techniques?: (string | { name: string; confidence?: number })[];
  metrics?: (string | { name: string; confidence?: number })[];
}
interface PredEntity {
  name: string;
  aliases?: string[];
  confidence?: number;
}

export const NAMED_FIELDS = ['methods_proposed', 'methods_mentioned', 'datasets', 'models'] as const;
export const FACET_FIELDS = ['domains', 'settings', 'techniques', 'metrics'] as const;
/** Fields of the report table, in order; `methods` is proposed + mentioned together. */
export const REPORT_FIELDS = ['methods_proposed', 'methods_mentioned', 'methods', 'datasets', 'models', ...FACET_FIELDS] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface PaperEval {
  title: string;
  /** False when no prediction had this title. */
  predicted: boolean;
  misses: { field: ReportField; name: string }[];
  falsePositives: { field: ReportField; name: string }[];
}

export interface EvalReport {
  fields: Record<ReportField, Score>;
  /** Micro-average over methods (proposed + mentioned), datasets, models. */
  named: Score;
  /** Micro-average over domains, settings, techniques, metrics. */
  facets: Score;
  /** Matched datasets whose role equals the gold's. */
  datasetRoles: { correct: number; total: number };
  papers: PaperEval[];
  /** Predicted titles with no gold record (not scored). */
  unmatchedPredictions: string[];
  /**
   * How well the predictions' confidences match how often they are right, where they carry confidences: named
   * entities (methods proposed and mentioned, datasets, models; an `ignore` match left out) and facet tags apart.
   */
  confidence?: { named: Reliability; facets: Reliability };
}

/** Expected calibration error (ten equal-width bins of confidence), Brier score, and the number of predictions. */
export interface Reliability {
  ece: number;
  brier: number;
  n: number;
}

/** The reliability of confidences `p` for outcomes `y` (right or not). */
export function reliability(pairs: readonly { p: number; y: boolean }[]): Reliability {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  let brier = 0;
  for (const { p, y } of pairs) {
    const b = bins[Math.min(9, Math.floor(p * 10))];
    b.n++;
    b.p += p;
    if (y) b.y++;
    brier += (p - (y ? 1 : 0)) ** 2;
  }
  const n = pairs.length;
  return n ? { ece: bins.reduce((a, b) => a + Math.abs(b.y - b.p), 0) / n, brier: brier / n, n } : { ece: 0, brier: 0, n: 0 };
}

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function keysOf(e: { name: string; aliases?: string[] }): string[] {
  return [e.name, ...(e.aliases ?? [])].map(normName).filter(Boolean);
}

function matchNamed(
  pred: PredEntity[],
  gold: GoldEntity[],
  ignore: Set<string>,
): { tp: number; fp: string[]; fn: string[]; pairs: [PredEntity, GoldEntity][]; outcomes: { p: PredEntity; right: boolean }[] } {
  const matched = new Set<number>();
  const fp: string[] = [];
  const pairs: [PredEntity, GoldEntity][] = [];
  /** Each prediction, right (it matches a gold record) or not; those matching `ignore` left out. */
  const outcomes: { p: PredEntity; right: boolean }[] = [];
  for (const p of pred) {
    const pk = keysOf(p);
    const primary = normName(p.name);
    // the name first, then the prediction's aliases; a gold record not yet paired first ("SoftPatch+" and SoftPatch are
    // two gold records the normalised names spell alike: two predictions so spelt pair with both)
    const find = (test: (g: GoldEntity) => boolean) => {
      const free = gold.findIndex((g, i) => !matched.has(i) && test(g));
      return free >= 0 ? free : gold.findIndex(test);
    };
    let gi = find((g) => keysOf(g).includes(primary));
    if (gi < 0) gi = find((g) => keysOf(g).some((k) => pk.includes(k)));
    if (gi >= 0) {
      if (!matched.has(gi)) {
        matched.add(gi);
        pairs.push([p, gold[gi]]);
      }
      outcomes.push({ p, right: true });
      continue;
    }
    if (pk.some((k) => ignore.has(k))) continue;
    fp.push(p.name);
    outcomes.push({ p, right: false });
  }
  const fn = gold.filter((_, i) => !matched.has(i)).map((g) => g.name);
  return { tp: matched.size, fp, fn, pairs, outcomes };
}

function facetNames(list: (string | { name: string })[] | undefined): string[] {
  return [...new Set((list ?? []).map((x) => (typeof x === 'string' ? x : x.name)))];
}

/** A gold file that carries its abstracts (heldout-dev) as papers to extract, one a record, named after `file`. */
export function goldPapers(gold: (GoldRecord & { abstract?: string })[], file: string): Paper[] {
  return gold.map((g, i) => ({ id: `gold-${i + 1}`, title: g.title, abstract: g.abstract ?? '', urls: [], source: { file, line: 0 } }));
}

/** One prediction of a paper read against its gold record. */
export interface Outcome {
  field: (typeof NAMED_FIELDS)[number] | (typeof FACET_FIELDS)[number];
  name: string;
  confidence?: number;
  right: boolean;
}

/**
 * Each prediction of a paper, right (matching a gold record of its field, as the scores match) or not, with its
 * confidence where it has one; predictions matching `ignore` are left out, as the scores leave them out.
 */
export function predictionOutcomes(p: PredictedRecord | undefined, g: GoldRecord): Outcome[] {
  if (!p) return [];
  const out: Outcome[] = [];
  const ignore = new Set((g.ignore ?? []).map(normName));
  const confOf = (x: unknown) => (typeof x === 'object' && x !== null && typeof (x as { confidence?: unknown }).confidence === 'number' ? (x as { confidence: number }).confidence : undefined);
  for (const f of NAMED_FIELDS) {
    for (const o of matchNamed(p[f] ?? [], g[f] ?? [], ignore).outcomes) out.push({ field: f, name: o.p.name, confidence: confOf(o.p), right: o.right });
  }
  for (const f of FACET_FIELDS) {
    const norm = (s: string) => (f === 'metrics' ? normName(s) : s);
    const gs = new Set((g[f] ?? []).map(norm));
    for (const x of p[f] ?? []) {
      const name = typeof x === 'string' ? x : x.name;
      out.push({ field: f, name, confidence: confOf(x), right: gs.has(norm(name)) });
    }
  }
  return out;
}

export function evaluate(predicted: PredictedRecord[], gold: GoldRecord[]): EvalReport {
  const byTitle = new Map<string, PredictedRecord>();
  for (const p of predicted) {
    const k = normName(p.title);
    if (!byTitle.has(k)) byTitle.set(k, p);
  }
  const goldTitles = new Set(gold.map((g) => normName(g.title)));
  const counts = Object.fromEntries(REPORT_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<ReportField, Counts>;
  const papers: PaperEval[] = [];
  const roles = { correct: 0, total: 0 };
  const namedConf: { p: number; y: boolean }[] = [];
  const facetConf: { p: number; y: boolean }[] = [];
  let withConfidence = false;

  for (const g of gold) {
    const p = byTitle.get(normName(g.title));
    const pe: PaperEval = { title: g.title, predicted: Boolean(p), misses: [], falsePositives: [] };
    const ignore = new Set((g.ignore ?? []).map(normName));
    const named = (field: ReportField, pred: PredEntity[], gl: GoldEntity[]) => {
      const r = matchNamed(pred, gl, ignore);
      counts[field].tp += r.tp;
      counts[field].fp += r.fp.length;
      counts[field].fn += r.fn.length;
      for (const n of r.fn) pe.misses.push({ field, name: n });
      for (const n of r.fp) pe.falsePositives.push({ field, name: n });
      return r;
    };
    named('methods_proposed', p?.methods_proposed ?? [], g.methods_proposed ?? []);
    named('methods_mentioned', p?.methods_mentioned ?? [], g.methods_mentioned ?? []);
    const both = named(
      'methods',
      [...(p?.methods_proposed ?? []), ...(p?.methods_mentioned ?? [])],
      [...(g.methods_proposed ?? []), ...(g.methods_mentioned ?? [])],
    );
    void both;
    const ds = named('datasets', p?.datasets ?? [], g.datasets ?? []);
    for (const [pd, gd] of ds.pairs) {
      roles.total++;
      if ((pd as { role?: string }).role === gd.role) roles.correct++;
    }
    named('models', p?.models ?? [], g.models ?? []);
    for (const f of FACET_FIELDS) {
      const norm = (s: string) => (f === 'metrics' ? normName(s) : s);
      const ps = facetNames(p?.[f]);
      const gs = new Set((g[f] ?? []).map(norm));
      const pset = new Set(ps.map(norm));
      for (const x of ps) {
        if (gs.has(norm(x))) counts[f].tp++;
        else {
          counts[f].fp++;
          pe.falsePositives.push({ field: f, name: x });
        }
      }
      for (const x of g[f] ?? []) {
        if (!pset.has(norm(x))) {
          counts[f].fn++;
          pe.misses.push({ field: f, name: x });
        }
      }
    }
    papers.push(pe);
    for (const o of predictionOutcomes(p, g)) {
      if (o.confidence === undefined) continue;
      withConfidence = true;
      ((NAMED_FIELDS as readonly string[]).includes(o.field) ? namedConf : facetConf).push({ p: o.confidence, y: o.right });
    }
  }

  const fields = Object.fromEntries(
    REPORT_FIELDS.map((f) => [f, score(counts[f].tp, counts[f].fp, counts[f].fn)]),
  ) as Record<ReportField, Score>;
  const sum = (fs: readonly ReportField[]) => {
    let tp = 0, fp = 0, fn = 0;
    for (const f of fs) {
      tp += counts[f].tp;
      fp += counts[f].fp;
      fn += counts[f].fn;
    }
    return score(tp, fp, fn);
  };
  return {
    fields,
    named: sum(['methods', 'datasets', 'models']),
    facets: sum(FACET_FIELDS),
    datasetRoles: roles,
    papers,
    unmatchedPredictions: predicted.filter((p) => !goldTitles.has(normName(p.title))).map((p) => p.title),
    ...(withConfidence ? { confidence: { named: reliability(namedConf), facets: reliability(facetConf) } } : {}),
  };
}

const f3 = (x: number) => x.toFixed(3);

/** The report as text: a table of fields, the two micro-averages, then misses and false positives per paper. */
export function formatEvalReport(r: EvalReport): string {
  const lines: string[] = [];
  const row = (name: string, s: Score) =>
    `${name.padEnd(18)} ${f3(s.precision).padStart(6)} ${f3(s.recall).padStart(6)} ${f3(s.f1).padStart(6)}   ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
  lines.push(`${'field'.padEnd(18)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`);
  for (const f of REPORT_FIELDS) lines.push(row(f, r.fields[f]));
  lines.push('');
  lines.push(row('named micro', r.named));
  lines.push(row('facet micro', r.facets));
  lines.push(`dataset roles: ${r.datasetRoles.correct}/${r.datasetRoles.total} matched datasets have the gold role`);
  if (r.confidence) {
    const rel = (x: Reliability) => `expected calibration error ${f3(x.ece)}, Brier ${f3(x.brier)} (${x.n})`;
    lines.push(`confidence: named ${rel(r.confidence.named)}; facets ${rel(r.confidence.facets)}`);
  }
  const bad = r.papers.filter((p) => p.misses.length || p.falsePositives.length || !p.predicted);
  if (bad.length) {
    lines.push('', 'Misses (-) and false positives (+), per paper:');
    for (const p of bad) {
      lines.push(`* ${p.title}${p.predicted ? '' : '  [no prediction with this title]'}`);
      const seen = new Set<string>();
      for (const m of p.misses) {
        if (m.field === 'methods_proposed' || m.field === 'methods_mentioned') continue;
        const k = `-${m.field}:${m.name}`;
        if (!seen.has(k)) lines.push(`    - ${m.field}: ${m.name}`);
        seen.add(k);
      }
      for (const m of p.falsePositives) {
        if (m.field === 'methods_proposed' || m.field === 'methods_mentioned') continue;
        lines.push(`    + ${m.field}: ${m.name}`);
      }
      // proposed/mentioned confusions are shown separately only when the combined field is right
      for (const m of p.misses) if (m.field === 'methods_proposed' || m.field === 'methods_mentioned') {
        if (!p.misses.some((x) => x.field === 'methods' && x.name === m.name)) lines.push(`    ~ ${m.field}: ${m.name} (found, other method field)`);
      }
    }
  }
  if (r.unmatchedPredictions.length) {
    lines.push('', `${r.unmatchedPredictions.length} predicted paper(s) have no gold record (not scored).`);
  }
  return lines.join('\n') + '\n';
}
