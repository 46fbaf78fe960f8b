import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { progressMetrics, progressOverTime, type Progress } from '../../src/analysis/progress.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { readInputs } from '../../extract/readers/index.ts';
import { createExtractor } from '../../extract/entities/index.ts';

/** A hand-made graph: papers (id, year or none, the method it proposes) each reporting `results` on dataset D. */
function graphOf(papers: { id: string; year?: number; proposes?: string; results: string }[]) {
  const g = new Graph({ type: 'directed' });
  g.addNode('dataset:d', { kind: 'dataset', label: 'D' });
  for (const p of papers) {
    g.addNode(`paper:${p.id}`, { kind: 'paper', label: p.id, ...(p.year !== undefined ? { year: p.year } : {}) });
    if (p.proposes) {
      g.mergeNode(`method:${p.proposes.toLowerCase()}`, { kind: 'method', label: p.proposes });
      g.addEdgeWithKey(`paper:${p.id}>method:${p.proposes.toLowerCase()}`, `paper:${p.id}`, `method:${p.proposes.toLowerCase()}`, { relation: 'proposes' });
    }
    g.addEdgeWithKey(`paper:${p.id}>dataset:d`, `paper:${p.id}`, 'dataset:d', { relation: 'evaluates-on', results: p.results });
  }
  return g;
}

/** A progress as "year value paper*" lines, * on the frontier. */
const lines = (p: Progress) => p.points.map((x) => `${x.year} ${x.value} ${x.paper.slice(6)}${x.frontier ? '*' : ''}`);

describe('progress over time on a dataset', () => {
  const g = graphOf([
    { id: 'a', year: 2019, proposes: 'Alpha', results: 'AUROC 90.0%; FPR@95TPR 40%' },
    { id: 'b', year: 2020, proposes: 'Beta', results: 'AUROC 0.95; FPR@95TPR 50%' },
    { id: 'c', year: 2020, proposes: 'Gamma', results: 'AUROC 93.0%; FPR@95TPR 30%' },
    { id: 'd', year: 2021, proposes: 'Delta', results: 'AUROC 94.0%; FPR@95TPR 35%' },
    { id: 'e', year: 2022, results: 'AUROC 97.5% (by Epsilon); FPR@95TPR 20%' },
    { id: 'f', year: 2023, proposes: 'Phi', results: 'AUROC 97.5%' },
    { id: 'u', proposes: 'Undated', results: 'AUROC 99.9%' },
  ]);

  it('gives every dated figure at its year, best first within a year, and the steps of the best so far', () => {
    const p = progressOverTime(g, 'dataset:d', 'AUROC');
    expect(lines(p)).toEqual(['2019 90.0% a*', '2020 0.95 b*', '2020 93.0% c', '2021 94.0% d', '2022 97.5% e*', '2023 97.5% f']);
    expect(p.frontier.map((x) => x.paper)).toEqual(['paper:a', 'paper:b', 'paper:e']);
    // ("0.95" on the listing's scale: 95)
    expect(p.points.map((x) => x.score)).toEqual([90, 95, 93, 94, 97.5, 97.5]);
    expect(p.lowerIsBetter).toBe(false);
  });

  it("reads a paper's year as the rest of the viewer does: its date's year where it has no year", () => {
    const d = graphOf([{ id: 'a', year: 2019, results: 'AUROC 90.0%' }, { id: 'b', results: 'AUROC 95.0%' }]);
    d.setNodeAttribute('paper:b', 'date', '2021-06-02');
    const p = progressOverTime(d, 'dataset:d', 'AUROC');
    expect(lines(p)).toEqual(['2019 90.0% a*', '2021 95.0% b*']);
    expect(p.undated).toBe(0);
  });

  it('leaves undated figures off the plot and counts them', () => {
    const p = progressOverTime(g, 'dataset:d', 'AUROC');
    expect(p.undated).toBe(1);
    expect(p.points.some((x) => x.paper === 'paper:u')).toBe(false);
  });

  it('names whose figure it is as the results listing does: the method proposed, or the one credited', () => {
    const p = progressOverTime(g, 'dataset:d', 'AUROC');
    expect(p.points.find((x) => x.paper === 'paper:a')).toMatchObject({ methods: ['method:alpha'], edge: 'paper:a>dataset:d' });
    // (Epsilon has no node: its name alone)
    expect(p.points.find((x) => x.paper === 'paper:e')).toMatchObject({ methods: [], name: 'Epsilon' });
  });

  it('takes lower as better where the results listing does (FPR@95TPR)', () => {
    const p = progressOverTime(g, 'dataset:d', 'FPR@95TPR');
    expect(p.lowerIsBetter).toBe(true);
    expect(lines(p)).toEqual(['2019 40% a*', '2020 30% c*', '2020 50% b', '2021 35% d', '2022 20% e*']);
  });

  it('follows a filter on the rows, as the listing does', () => {
    const p = progressOverTime(g, 'dataset:d', 'AUROC', (r) => r.paper !== 'paper:b' && r.paper !== 'paper:u');
    expect(lines(p)).toEqual(['2019 90.0% a*', '2020 93.0% c*', '2021 94.0% d*', '2022 97.5% e*', '2023 97.5% f']);
    expect(p.undated).toBe(0);
  });

  it('lists the metrics most dated figures first, each counted', () => {
    expect(progressMetrics(g, 'dataset:d')).toEqual([
      { metric: 'AUROC', dated: 6, undated: 1 }, { metric: 'FPR@95TPR', dated: 5, undated: 0 },
    ]);
    expect(progressMetrics(g, 'dataset:d', (r) => r.paper === 'paper:a')).toEqual([
      { metric: 'AUROC', dated: 1, undated: 0 }, { metric: 'FPR@95TPR', dated: 1, undated: 0 },
    ]);
    expect(progressOverTime(g, 'dataset:d', 'PRO')).toMatchObject({ points: [], frontier: [], undated: 0 });
  });
});

describe('progress over time on the bundled corpus', () => {
  const file = join(import.meta.dirname, '..', '..', 'graph-data', 'corpus', 'hf-daily-papers-anomaly-detection.txt');
  const { papers } = readInputs([{ file, text: readFileSync(file, 'utf8') }]);
  const ex = createExtractor();
  const { graph } = buildGraph(papers, papers.map((p) => ex(p)));

  it("MVTec AD's AUROC: a 2020 paper's 95.8, then SimpleNet's 99.6% in 2023 (AnomalyGPT's 94.1% below it)", () => {
    expect(progressMetrics(graph, 'dataset:mvtecad').map((m) => `${m.metric} ${m.dated}`)).toEqual(['AUROC 3', 'PRO 1', 'accuracy 1', 'pixel-AUROC 1']);
    const p = progressOverTime(graph, 'dataset:mvtecad', 'AUROC');
    expect(p.points.map((x) => `${x.year} ${x.value} ${x.frontier ? '*' : ''}${x.methods.join(',')}`)).toEqual([
      '2020 95.8 *', // (its paper proposes no method the extractor names: the chart names the paper),
      '2023 99.6% *method:simplenet',
      '2023 94.1% method:anomalygpt',
    ]);
    expect(p.undated).toBe(0);
  });
});
