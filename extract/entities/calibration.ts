/**
 * Calibrated confidences: an entity's `confidence` is the share of such entities that the held-out readers
 * tagged too, not the rule's own guess.
 *
 * The rules give each entity a raw score (0.5 for a name an acronym pass found in passing, 0.95 for a
 * proposal's head ...). Read against the dev pool's gold, those scores were right far more often than they
 * said for named entities (a 0.5 was right 69% of the time, a 0.75 96%) and unevenly across facet tags (a raw 0.8 of
 * `3d` was right 39% of the time, of `time-series` 74%; a raw 0.9 of `time-series` 84%, of `medical` 93%). `calibration.json` maps, per field (and per
 * facet tag), the raw score to the share right on the dev pool; `npm run calibrate` (src/bench/calibrate.ts)
 * fits it and reports how well it holds on the never-looked-at sets.
 *
 * The map is monotone (isotonic): a higher raw score never gets a lower confidence in the same field or
 * tag, so the ranking the rules give is kept. It changes confidences only, never which entities come out.
 * Pure.
 */
import type { PaperEntities } from '../../src/model.ts';

/** Per key (`methods_proposed`, ..., `domains`, `domains:medical`, ...): [raw bucket, confidence] pairs, by bucket. */
export interface CalibrationTable {
  /** Width of the raw-score buckets (0.05: raw scores are rounded to the nearest multiple). */
  step: number;
  curves: Record<string, [number, number][]>;
}

const NAMED = ['methods_proposed', 'methods_mentioned', 'datasets', 'models'] as const;
const FACETS = ['domains', 'settings', 'techniques', 'metrics'] as const;

/** The raw score's bucket. */
export function bucketOf(raw: number, step: number): number {
  return Math.round(Math.round(raw / step) * step * 1000) / 1000;
}

/** The calibrated value of `raw` on a curve: the value of the highest bucket at or below it (the lowest bucket's below all). */
export function onCurve(curve: readonly [number, number][], raw: number, step: number): number {
  const b = bucketOf(raw, step);
  let v = curve[0][1];
  for (const [x, y] of curve) {
    if (x > b + 1e-9) break;
    v = y;
  }
  return v;
}

/** `raw` calibrated by the first of `keys` that has a curve; `raw` itself where none has one. */
export function calibrated(table: CalibrationTable, keys: readonly string[], raw: number): number {
  for (const k of keys) {
    const curve = table.curves[k];
    if (curve && curve.length) return Math.round(onCurve(curve, raw, table.step) * 100) / 100;
  }
  return raw;
}

/** The paper's entities with calibrated confidences (new entity objects, keys in the same order). */
export function calibrateEntities(out: PaperEntities, table: CalibrationTable): PaperEntities {
  const r = { ...out };
  for (const f of NAMED) r[f] = out[f].map((e) => ({ ...e, confidence: calibrated(table, [f], e.confidence) })) as never;
  for (const f of FACETS) r[f] = out[f].map((e) => ({ ...e, confidence: calibrated(table, [`${f}:${e.name}`, f], e.confidence) })) as never;
  return r;
}

/**
 * The paper's entities at or above a confidence (`paperweave extract --min-confidence`, `build --min-confidence`),
 * and how many were left out. With calibrated confidences the threshold reads as a precision: on the
 * never-looked-at sets, facet tags at 0.8 or more were right 92% of the time (86% for all), keeping 81% of the
 * right ones.
 */
export function keepConfident(out: PaperEntities, min: number): { entities: PaperEntities; dropped: number } {
  if (min <= 0) return { entities: out, dropped: 0 };
  const r = { ...out };
  let dropped = 0;
  for (const f of [...NAMED, ...FACETS]) {
    const list = out[f] as { confidence: number }[];
    const kept = list.filter((e) => e.confidence >= min);
    dropped += list.length - kept.length;
    r[f] = kept as never;
  }
  return { entities: r, dropped };
}
