/**
 * `npm run calibrate`: fit extract/entities/calibration.json, the map from the rules' raw scores to calibrated
 * confidences (extract/entities/calibration.ts), and report how well it holds where it was not fitted.
 *
 * Fitted on the dev pool only (every held-out set but the never-looked-at ones, heldout.ts), with the
 * extractor's raw scores (`calibration: null`). An entity counts as right where the set's gold has it in the
 * same field (guideline matching: normalised names and aliases); one matching the gold's `ignore` is left out,
 * as the eval leaves it out. Per field, the share right in each raw-score bucket of 0.05 is made monotone
 * (pool-adjacent violators, weighted by counts). Per facet tag, the same, over its own and its field's buckets, with
 * each bucket drawn towards its field's curve by PRIOR pseudo-observations, so a rare tag follows its field (and a
 * bucket the tag was never seen in is its field's value).
 *
 * The report: expected calibration error (ECE, ten equal-width bins of confidence) and Brier score of the raw
 * and the calibrated confidences on the never-looked-at sets (their papers that are copies of dev papers left
 * out), named and facet entities apart. `--check` reports without writing the table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normName, type PaperEntities } from '../model.ts';
import { createExtractor, type GoldRecord } from '../../extract/entities/index.ts';
import { bucketOf, calibrateEntities, type CalibrationTable } from '../../extract/entities/calibration.ts';
import { predictionOutcomes, reliability, type Reliability } from '../../extract/eval.ts';
import { copiesLeftOut, loadSets, NEVER_LOOKED_AT } from './heldout.ts';

export { reliability };

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'extract', 'entities', 'calibration.json');
const STEP = 0.05;
/** Pseudo-observations drawing a tag's bucket towards its field's curve. */
const PRIOR = 30;
const NAMED = ['methods_proposed', 'methods_mentioned', 'datasets', 'models'] as const;

/** One output entity read against the gold: its calibration keys (most specific first), raw score, rightness. */
export interface Observation {
  keys: string[];
  named: boolean;
  raw: number;
  right: boolean;
}

/** The observations of one paper's output against its gold record (the eval's matching: extract/eval.ts). */
export function observe(out: PaperEntities, gold: GoldRecord): Observation[] {
  return predictionOutcomes(out, gold).map((o) => {
    const named = (NAMED as readonly string[]).includes(o.field);
    return { keys: named ? [o.field] : [`${o.field}:${o.name}`, o.field], named, raw: o.confidence!, right: o.right };
  });
}

interface Bin {
  x: number;
  n: number;
  s: number;
}

/** Pool-adjacent violators: the non-decreasing fit of the bins' shares, weighted by their counts. */
export function isotonic(bins: Bin[]): [number, number][] {
  const blocks: { xs: number[]; n: number; s: number }[] = [];
  for (const b of bins) {
    blocks.push({ xs: [b.x], n: b.n, s: b.s });
    while (blocks.length > 1 && blocks[blocks.length - 2].s / blocks[blocks.length - 2].n > blocks[blocks.length - 1].s / blocks[blocks.length - 1].n) {
      const last = blocks.pop()!;
      const prev = blocks[blocks.length - 1];
      prev.xs.push(...last.xs);
      prev.n += last.n;
      prev.s += last.s;
    }
  }
  return blocks.flatMap((b) => b.xs.map((x): [number, number] => [x, Math.round((b.s / b.n) * 1000) / 1000]));
}

function binsOf(obs: Observation[]): Bin[] {
  const m = new Map<number, Bin>();
  for (const o of obs) {
    const x = bucketOf(o.raw, STEP);
    const b = m.get(x) ?? { x, n: 0, s: 0 };
    b.n++;
    if (o.right) b.s++;
    m.set(x, b);
  }
  return [...m.values()].sort((a, b) => a.x - b.x);
}

/** The table fitted on `obs`: a curve per field, and per facet tag one drawn towards its field's. */
export function fit(obs: Observation[]): CalibrationTable {
  const byKey = (k: (o: Observation) => string) => {
    const m = new Map<string, Observation[]>();
    for (const o of obs) {
      const key = k(o);
      const list = m.get(key);
      if (list) list.push(o);
      else m.set(key, [o]);
    }
    return m;
  };
  const curves: Record<string, [number, number][]> = {};
  const fieldOf = (o: Observation) => o.keys[o.keys.length - 1];
  for (const [field, list] of byKey(fieldOf)) curves[field] = isotonic(binsOf(list));
  const at = (curve: [number, number][], x: number) => {
    let v = curve[0][1];
    for (const [bx, y] of curve) if (bx <= x + 1e-9) v = y;
    return v;
  };
  for (const [tag, list] of byKey((o) => o.keys[0])) {
    if (list[0].keys.length < 2) continue;
    const parent = curves[fieldOf(list[0])];
    // (over its field's buckets too: where the tag was never seen at a raw score, the prior alone, its field's value;
    // a lookup there would otherwise take the tag's nearest lower bucket)
    const own = new Map(binsOf(list).map((b) => [b.x, b]));
    const xs = [...new Set([...own.keys(), ...parent.map(([x]) => x)])].sort((a, b) => a - b);
    curves[tag] = isotonic(xs.map((x) => ({ x, n: (own.get(x)?.n ?? 0) + PRIOR, s: (own.get(x)?.s ?? 0) + PRIOR * at(parent, x) })));
  }
  const sorted: Record<string, [number, number][]> = {};
  for (const k of Object.keys(curves).sort()) sorted[k] = curves[k];
  return { step: STEP, curves: sorted };
}

/**
 * The held-out papers' raw outputs (`calibration: null`) with their gold records, dev pool and never-looked-at
 * apart; a never-looked-at paper that is a copy of a dev paper or of an earlier never-looked-at one is left out
 * (heldout.ts). `dev: false` extracts the never-looked-at papers only.
 */
export function heldoutOutputs(opts: { dev?: boolean } = {}): { dev: Scored[]; never: Scored[] } {
  const sets = loadSets();
  const never = new Set(NEVER_LOOKED_AT);
  const copies = copiesLeftOut(sets);
  const raw = createExtractor({ calibration: null });
  const out = { dev: [] as Scored[], never: [] as Scored[] };
  for (const s of sets) {
    const isNever = never.has(s.name);
    if (!isNever && opts.dev === false) continue;
    const gold = new Map(s.gold.map((g) => [normName(g.title), g]));
    for (const p of s.papers) {
      const g = gold.get(normName(p.title));
      if (g && !copies.has(p)) (isNever ? out.never : out.dev).push([raw(p), g]);
    }
  }
  return out;
}

/** A paper's raw output and its gold record. */
export type Scored = [PaperEntities, GoldRecord];

/** Reliability of the raw and of the calibrated confidences of `pairs`, named or facet entities. */
export function compare(pairs: Scored[], table: CalibrationTable, named: boolean): { raw: Reliability; calibrated: Reliability } {
  const rawObs = pairs.flatMap(([o, g]) => observe(o, g)).filter((x) => x.named === named);
  const calObs = pairs.flatMap(([o, g]) => observe(calibrateEntities(o, table), g)).filter((x) => x.named === named);
  return {
    raw: reliability(rawObs.map((x) => ({ p: x.raw, y: x.right }))),
    calibrated: reliability(calObs.map((x) => ({ p: x.raw, y: x.right }))),
  };
}

function main(argv: string[]): void {
  const { dev, never } = heldoutOutputs();
  const table = fit(dev.flatMap(([o, g]) => observe(o, g)));
  const line = (label: string, pairs: Scored[], named: boolean) => {
    const { raw: a, calibrated: b } = compare(pairs, table, named);
    return `${label.padEnd(34)} ${String(a.n).padStart(6)}  ECE ${a.ece.toFixed(4)} -> ${b.ece.toFixed(4)}  Brier ${a.brier.toFixed(4)} -> ${b.brier.toFixed(4)}\n`;
  };
  process.stdout.write(
    `fitted on the dev pool: ${dev.length} papers; ${Object.keys(table.curves).length} curves\n` +
      '                                   entities  raw -> calibrated\n' +
      line('never looked at, named', never, true) +
      line('never looked at, facets', never, false) +
      line('dev pool (fitted on), named', dev, true) +
      line('dev pool (fitted on), facets', dev, false),
  );
  if (!argv.includes('--check')) {
    // (a curve a line: readable in a diff)
    const text = `{\n  "step": ${table.step},\n  "curves": {\n${Object.entries(table.curves).map(([k, c]) => `    ${JSON.stringify(k)}: ${JSON.stringify(c)}`).join(',\n')}\n  }\n}\n`;
    if (readFileSync(OUT, 'utf8') !== text) writeFileSync(OUT, text);
    process.stdout.write(`${OUT.slice(ROOT.length + 1)} written\n`);
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
