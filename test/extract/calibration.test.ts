/**
 * Calibrated confidences (extract/entities/calibration.ts, fitted by `npm run calibrate`): the map itself,
 * the bundled table, and how well it holds on the never-looked-at sets, which it was not fitted on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrated, calibrateEntities, keepConfident, onCurve } from '../../extract/entities/calibration.ts';
import { createExtractor, defaultCalibration } from '../../extract/entities/index.ts';
import { readInputs } from '../../extract/readers/index.ts';
import { compare, fit, heldoutOutputs, isotonic, reliability, type Observation } from '../../src/bench/calibrate.ts';
import type { PaperEntities } from '../../src/model.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'graph-data', 'corpus', 'hf-daily-papers-anomaly-detection.txt');

describe('the calibration map', () => {
  it('pools adjacent buckets that break the order, weighted by their counts', () => {
    // 0.5: 9 of 10 right, 0.6: 5 of 10, 0.7: 8 of 10 -> the first two pooled at 14/20
    expect(isotonic([{ x: 0.5, n: 10, s: 9 }, { x: 0.6, n: 10, s: 5 }, { x: 0.7, n: 10, s: 8 }])).toEqual([[0.5, 0.7], [0.6, 0.7], [0.7, 0.8]]);
    expect(isotonic([{ x: 0.5, n: 4, s: 1 }, { x: 0.9, n: 4, s: 3 }])).toEqual([[0.5, 0.25], [0.9, 0.75]]);
  });

  it('fits a curve per field, and per facet tag one drawn towards its field, over its field\'s buckets too', () => {
    const obs = (keys: string[], raw: number, right: number, n: number): Observation[] =>
      Array.from({ length: n }, (_, i) => ({ keys, named: false, raw, right: i < right }));
    const table = fit([
      ...obs(['settings:a', 'settings'], 0.7, 10, 40), // the field's 0.7: 10 of 40 (the tag alone)
      ...obs(['settings:b', 'settings'], 0.9, 90, 100),
      ...obs(['settings:a', 'settings'], 0.9, 0, 20), // a, at 0.9: never right
    ]);
    expect(table.curves.settings).toEqual([[0.7, 0.25], [0.9, 0.75]]);
    // b was never seen at 0.7: there it is its field's value (the prior alone), not its own 0.9's
    expect(onCurve(table.curves['settings:b'], 0.7, 0.05)).toBe(0.25);
    // a at 0.9: 0 of 20 drawn towards the field's 0.75 by 30 pseudo-observations, then pooled with its 0.7 to keep the order
    expect(onCurve(table.curves['settings:a'], 0.9, 0.05)).toBeLessThan(0.75);
    expect(onCurve(table.curves['settings:a'], 0.9, 0.05)).toBeGreaterThanOrEqual(onCurve(table.curves['settings:a'], 0.7, 0.05));
  });

  it('reads a raw score on a curve at its bucket, the bucket below it, or the lowest bucket', () => {
    const curve: [number, number][] = [[0.6, 0.8], [0.75, 0.9], [0.95, 0.97]];
    expect(onCurve(curve, 0.75, 0.05)).toBe(0.9);
    expect(onCurve(curve, 0.76, 0.05)).toBe(0.9); // bucket 0.75
    expect(onCurve(curve, 0.88, 0.05)).toBe(0.9); // bucket 0.9: none, the one below
    expect(onCurve(curve, 0.99, 0.05)).toBe(0.97);
    expect(onCurve(curve, 0.5, 0.05)).toBe(0.8);
  });

  it('takes the most specific curve there is (a facet tag, then its field), and keeps a raw score no curve covers', () => {
    const table = { step: 0.05, curves: { domains: [[0.8, 0.7]] as [number, number][], 'domains:medical': [[0.8, 0.9]] as [number, number][] } };
    expect(calibrated(table, ['domains:medical', 'domains'], 0.8)).toBe(0.9);
    expect(calibrated(table, ['domains:video', 'domains'], 0.8)).toBe(0.7);
    expect(calibrated(table, ['settings:zero-shot', 'settings'], 0.8)).toBe(0.8);
  });

  it('changes confidences only: the same entities, names, evidence and key order', () => {
    const text = readFileSync(CORPUS, 'utf8');
    const papers = readInputs([{ file: CORPUS, text }]).papers;
    const raw = createExtractor({ calibration: null });
    const cal = createExtractor();
    const strip = (e: PaperEntities) => JSON.stringify(e, (k, v) => (k === 'confidence' ? undefined : v));
    let changed = 0;
    for (const p of papers) {
      const a = raw(p);
      const b = cal(p);
      expect(strip(b)).toBe(strip(a));
      expect(JSON.stringify(Object.keys(b.datasets[0] ?? {}))).toBe(JSON.stringify(Object.keys(a.datasets[0] ?? {})));
      for (const f of ['methods_proposed', 'methods_mentioned', 'datasets', 'models', 'domains', 'settings', 'techniques', 'metrics'] as const) {
        (b[f] as { confidence: number }[]).forEach((e, i) => {
          expect(e.confidence).toBeGreaterThanOrEqual(0);
          expect(e.confidence).toBeLessThanOrEqual(1);
          if (e.confidence !== (a[f] as { confidence: number }[])[i].confidence) changed++;
        });
      }
    }
    expect(changed).toBeGreaterThan(100);
  });

  it('does not calibrate twice: the raw output is left as it was', () => {
    const paper = { id: 'x', title: 'Zorblax: Spotting Defects', abstract: 'We propose Zorblax. Experiments on MVTec AD show 99.1% AUROC.', urls: [], source: { file: 'x', line: 1 } };
    const a = createExtractor({ calibration: null })(paper);
    const before = JSON.stringify(a);
    calibrateEntities(a, defaultCalibration);
    expect(JSON.stringify(a)).toBe(before);
  });
});

describe('keepConfident (--min-confidence)', () => {
  it('keeps the entities at or above the threshold in every field and counts the rest', () => {
    const paper = { id: 'x', title: 'Zorblax: Spotting Defects', abstract: 'We propose Zorblax. Experiments on MVTec AD show 99.1% AUROC with a memory bank of CLIP features.', urls: [], source: { file: 'x', line: 1 } };
    const all = createExtractor()(paper);
    const fields = ['methods_proposed', 'methods_mentioned', 'datasets', 'models', 'domains', 'settings', 'techniques', 'metrics'] as const;
    const confs = fields.flatMap((f) => (all[f] as { confidence: number }[]).map((e) => e.confidence));
    const cut = [...new Set(confs)].sort()[1];
    const { entities, dropped } = keepConfident(all, cut);
    const kept = fields.flatMap((f) => (entities[f] as { confidence: number }[]).map((e) => e.confidence));
    expect(kept.every((c) => c >= cut)).toBe(true);
    expect(kept.length).toBe(confs.filter((c) => c >= cut).length);
    expect(dropped).toBe(confs.length - kept.length);
    expect(dropped).toBeGreaterThan(0);
    expect(keepConfident(all, 0)).toEqual({ entities: all, dropped: 0 });
  });
});

describe('the bundled table (extract/entities/calibration.json)', () => {
  const curves = Object.entries(defaultCalibration.curves);

  it('has a curve for every field, and for facet tags', () => {
    for (const f of ['methods_proposed', 'methods_mentioned', 'datasets', 'models', 'domains', 'settings', 'techniques', 'metrics']) expect(defaultCalibration.curves[f]?.length).toBeGreaterThan(0);
    expect(curves.filter(([k]) => k.includes(':')).length).toBeGreaterThan(60);
  });

  it('is monotone: a higher raw score never gets a lower confidence on the same curve', () => {
    for (const [k, c] of curves) {
      for (let i = 1; i < c.length; i++) {
        expect(c[i][0], k).toBeGreaterThan(c[i - 1][0]);
        expect(c[i][1], k).toBeGreaterThanOrEqual(c[i - 1][1]);
      }
      for (const [, y] of c) expect(y >= 0 && y <= 1, k).toBe(true);
    }
  });
});

describe('reliability on the never-looked-at sets (the table is fitted on the dev pool only)', () => {
  const { never } = heldoutOutputs({ dev: false });

  it('measures expected calibration error and Brier score', () => {
    expect(reliability([{ p: 0.9, y: true }, { p: 0.9, y: false }])).toEqual({ ece: 0.4, brier: (0.01 + 0.81) / 2, n: 2 });
    expect(never.length).toBeGreaterThan(1500);
  });

  it('named entities: calibrated confidences err less than the rules\' raw scores', () => {
    const r = compare(never, defaultCalibration, true);
    expect(r.calibrated.ece).toBeLessThan(r.raw.ece * 0.6);
    expect(r.calibrated.ece).toBeLessThan(0.03);
    expect(r.calibrated.brier).toBeLessThan(r.raw.brier);
  });

  it('facet tags: calibrated confidences err less than the rules\' raw scores', () => {
    const r = compare(never, defaultCalibration, false);
    expect(r.calibrated.ece).toBeLessThan(r.raw.ece);
    expect(r.calibrated.ece).toBeLessThan(0.025);
    expect(r.calibrated.brier).toBeLessThan(r.raw.brier * 0.97);
  });
});
