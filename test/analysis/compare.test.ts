import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { cellText, comparePapers, comparisonItemIds, COMPARE_PROPERTIES, hiddenItems, visibleRows } from '../../src/analysis/compare.ts';
import { compareToCsv, compareToLatex } from '../../src/export/compare.ts';
import { runPipeline } from '../../src/pipeline.ts';
import { loadGraphJSON } from '../../src/export/json.ts';
import { ROOT } from '../../src/cli/io.ts';
import type { KnowledgeGraph, Relation } from '../../src/model.ts';
import { CORPUS } from '../graph/helpers.ts';

/** The bundled graph: graph-data/anomaly-detection/graph.json when `paperweave build` has written it, else the same pipeline here. */
function bundledGraph(): KnowledgeGraph {
  const file = join(ROOT, 'graph-data', 'anomaly-detection', 'graph.json');
  if (existsSync(file)) return loadGraphJSON(readFileSync(file, 'utf8'));
  return runPipeline([{ file: CORPUS, text: readFileSync(CORPUS, 'utf8') }]).graph;
}

const SIMPLENET = 'paper:simplenet-a-simple-network-for-image-anomaly-detection-and-localization';
const ANOMALYGPT = 'paper:anomalygpt-detecting-industrial-anomalies-using-large-vision-language-models';
const MUSC = 'paper:musc-zero-shot-industrial-anomaly-classification-and-segmentation-with-mutual';

describe('comparePapers on the bundled graph', () => {
  const graph = bundledGraph();
  const c = comparePapers(graph, [SIMPLENET, ANOMALYGPT, MUSC]);
  const row = (id: string) => c.rows.find((r) => r.id === id)!;
  const texts = (id: string) => row(id).cells.map(cellText);

  it('has a column per paper, in the order given, with title, year and link', () => {
    expect(c.papers.map((p) => p.key)).toEqual([SIMPLENET, ANOMALYGPT, MUSC]);
    expect(c.papers[0]).toMatchObject({ title: 'SimpleNet: A Simple Network for Image Anomaly Detection and Localization', year: 2023 });
    expect(c.papers[2].year).toBe(2024);
    expect(c.papers.every((p) => p.link?.startsWith('https://'))).toBe(true);
  });

  it('lists the entities of each property, in the fixed order of the properties, shared ones first', () => {
    const order = COMPARE_PROPERTIES.map((p) => p.id);
    const props = c.rows.map((r) => r.property);
    expect(props).toEqual([...props].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(texts('proposes')).toEqual(['SimpleNet', 'AnomalyGPT', 'MuSc; RsCIN']);
    // MVTec AD, which all three evaluate on, before VisA (MuSc's alone)
    expect(texts('evaluates-on')).toEqual(['MVTec AD', 'MVTec AD', 'MVTec AD; VisA']);
    expect(row('evaluates-on').cells[2].entities.map((e) => [e.key, e.shared])).toEqual([['dataset:mvtecad', 3], ['dataset:visa', 1]]);
    expect(texts('uses-model')).toEqual(['', 'LLaVA; MiniGPT-4', '']);
    expect(texts('in-domain')).toEqual(['industrial', 'industrial', 'industrial']);
    // anomaly-localization, which all share, first in every cell
    expect(row('has-setting').cells.map((cell) => cell.entities[0].key)).toEqual(Array(3).fill('setting:anomaly-localization'));
  });

  it('flags the rows where the papers differ, and only those are left with "only differences"', () => {
    expect(row('in-domain').differs).toBe(false);
    expect(row('evaluates-on').differs).toBe(true);
    expect(visibleRows(c, true).map((r) => r.id)).not.toContain('in-domain');
    expect(visibleRows(c, true).length).toBe(c.rows.filter((r) => r.differs).length);
    expect(visibleRows(c, false)).toBe(c.rows);
  });

  it('gives a row per dataset and metric with the figures each paper reports there, the most reported first', () => {
    const results = c.rows.filter((r) => r.property === 'results');
    expect(results.map((r) => r.label)).toEqual(['MVTec AD · AUROC', 'MVTec AD · pixel-AUROC', 'MVTec AD · PRO', 'MVTec AD · accuracy']);
    expect(texts('results:dataset:mvtecad:AUROC')).toEqual(['99.6%', '94.1%', '']);
    const auroc = row('results:dataset:mvtecad:AUROC');
    expect(auroc).toMatchObject({ dataset: 'dataset:mvtecad', metric: 'AUROC', differs: true });
    // each figure names the link (and its sentence) it was reported on
    expect(graph.extremities(auroc.cells[0].figures[0].edge)).toEqual([SIMPLENET, 'dataset:mvtecad']);
    expect(results.every((r) => r.differs)).toBe(true);
  });

  it('is deterministic, and leaves out repeats and keys that are not papers', () => {
    expect(comparePapers(graph, [SIMPLENET, ANOMALYGPT, MUSC])).toEqual(c);
    expect(comparePapers(graph, [SIMPLENET, 'dataset:mvtecad', ANOMALYGPT, 'paper:nope', SIMPLENET, MUSC])).toEqual(c);
    // another order: the same rows, the columns in that order
    const swapped = comparePapers(graph, [ANOMALYGPT, SIMPLENET, MUSC]);
    expect(swapped.rows.map((r) => r.id)).toEqual(c.rows.map((r) => r.id));
    expect(swapped.rows.find((r) => r.id === 'results:dataset:mvtecad:AUROC')!.cells.map(cellText)).toEqual(['94.1%', '99.6%', '']);
  });

  it('an empty list gives an empty comparison; one paper differs nowhere', () => {
    expect(comparePapers(graph, [])).toEqual({ papers: [], rows: [] });
    expect(compareToCsv(comparePapers(graph, []))).toBe('property,differs\r\nyear,\r\nlink,\r\n');
    const one = comparePapers(graph, [SIMPLENET]);
    expect(one.rows.length).toBeGreaterThan(0);
    expect(one.rows.some((r) => r.differs)).toBe(false);
  });

  it('exports as CSV (a line per property, the differing ones marked) and as a booktabs table', () => {
    const csv = compareToCsv(c).split('\r\n');
    expect(csv[0]).toBe('property,SimpleNet: A Simple Network for Image Anomaly Detection and Localization,AnomalyGPT: Detecting Industrial Anomalies using Large Vision-Language Models,MuSc: Zero-Shot Industrial Anomaly Classification and Segmentation with Mutual Scoring of the Unlabeled Images,differs');
    expect(csv[1]).toBe('year,2023,2023,2024,');
    expect(csv).toContain('MVTec AD · AUROC,99.6%,94.1%,,yes');
    expect(csv).toContain('Domains,industrial,industrial,industrial,');
    expect(compareToCsv(c, { onlyDifferences: true })).not.toMatch(/Domains/);
    const tex = compareToLatex(c, { caption: 'Three papers', label: 'tab:cmp' });
    expect(tex).toMatch(/\\begin\{tabular\}\{lp\{0\.27\\linewidth\}p\{0\.27\\linewidth\}p\{0\.27\\linewidth\}\}/);
    expect(tex).toContain('Property & SimpleNet (2023) & AnomalyGPT (2023) & MuSc (2024) \\\\');
    expect(tex).toContain('\\textbf{MVTec AD · AUROC} & 99.6\\% & 94.1\\% & -- \\\\');
    expect(tex).toContain('Domains & industrial & industrial & industrial \\\\');
  });
});

/** A small graph by hand: three papers, a few entities, results on one link. */
function smallGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new Graph({ type: 'directed', multi: false });
  const base = { x: 0, y: 0, size: 1, color: 'rgb(0,0,0)', community: 0 };
  const paper = (id: string, title: string, year?: number) =>
    g.addNode(`paper:${id}`, { ...base, kind: 'paper', label: title, id, title, abstract: '', urls: [], ...(year ? { year } : {}), ...(id === 'a' ? { doi: '10.1/a' } : {}) });
  const entity = (kind: 'method' | 'dataset' | 'model' | 'setting', name: string) =>
    g.addNode(`${kind}:${name.toLowerCase()}`, { ...base, kind, label: name, name, aliases: [], papers: 1 });
  const link = (p: string, e: string, relation: Relation, results?: string) =>
    g.addDirectedEdge(`paper:${p}`, e, { relation, evidence: '', confidence: 1, ...(results ? { results } : {}) });
  paper('a', '=HYPERLINK("x"): Alpha', 2021);
  paper('b', 'Beta', 2022);
  paper('c', 'Gamma');
  entity('method', 'Alpha');
  entity('method', 'Beta');
  entity('dataset', 'Zed');
  entity('dataset', 'Yak');
  entity('model', 'CLIP');
  entity('setting', 'zero-shot');
  link('a', 'method:alpha', 'proposes');
  link('b', 'method:beta', 'proposes');
  link('b', 'method:alpha', 'mentions');
  link('a', 'dataset:zed', 'evaluates-on', 'AUROC 90.1%; FID 12.5');
  link('a', 'dataset:yak', 'evaluates-on');
  link('b', 'dataset:zed', 'evaluates-on', 'AUROC 90.1%; F1 82.9% (by Alpha)');
  link('b', 'dataset:yak', 'introduces');
  link('a', 'model:clip', 'uses-model');
  link('b', 'model:clip', 'uses-model');
  link('c', 'setting:zero-shot', 'has-setting');
  return g;
}

describe('comparePapers on a small graph by hand', () => {
  const g = smallGraph();

  it('rows in the fixed order, each cell its entities, shared first then by label', () => {
    const c = comparePapers(g, ['paper:b', 'paper:a']);
    expect(c.papers).toEqual([
      { key: 'paper:b', title: 'Beta', year: 2022 },
      { key: 'paper:a', title: '=HYPERLINK("x"): Alpha', year: 2021, link: 'https://doi.org/10.1/a' },
    ]);
    expect(c.rows.map((r) => [r.id, r.cells.map(cellText), r.differs])).toEqual([
      ['proposes', ['Beta', 'Alpha'], true],
      ['evaluates-on', ['Zed', 'Zed; Yak'], true],
      ['introduces', ['Yak', ''], true],
      ['uses-model', ['CLIP', 'CLIP'], false],
      // Zed's AUROC: both report 90.1%, they agree; FID is only a's; F1 is credited to Alpha in b's sentence
      ['results:dataset:zed:AUROC', ['90.1%', '90.1%'], false],
      ['results:dataset:zed:F1', ['82.9% (by Alpha)', ''], true],
      ['results:dataset:zed:FID', ['', '12.5'], true],
      ['mentions-method', ['Alpha', ''], true],
    ]);
    // a's Zed before Yak: Zed is shared by both
    expect(c.rows[1].cells[1].entities.map((e) => e.key)).toEqual(['dataset:zed', 'dataset:yak']);
  });

  it('a paper with nothing in a row gets an empty cell; a paper with no figure none', () => {
    const c = comparePapers(g, ['paper:a', 'paper:c']);
    expect(c.rows.find((r) => r.id === 'has-setting')!.cells.map(cellText)).toEqual(['', 'zero-shot']);
    expect(c.rows.find((r) => r.id === 'results:dataset:zed:AUROC')!.cells.map((x) => x.figures.length)).toEqual([1, 0]);
  });

  it('the CSV guards a title a spreadsheet would run as a formula', () => {
    const csv = compareToCsv(comparePapers(g, ['paper:a']));
    expect(csv.split('\r\n')[0]).toBe('property,"\'=HYPERLINK(""x""): Alpha",differs');
    expect(csv).toContain('link,https://doi.org/10.1/a,');
    expect(compareToLatex(comparePapers(g, ['paper:a']))).toContain('Property & =HYPERLINK("x") (2021) \\\\');
  });

  it('keeps only the links `keep` keeps (a viewer\'s filters): their entities and figures, the rows left empty gone, shares and differences recounted', () => {
    // (Yak hidden; b's link to Zed kept for its entity but not for its figures)
    const keep = (edge: string, what: 'entity' | 'figure') => g.target(edge) !== 'dataset:yak' && !(what === 'figure' && g.source(edge) === 'paper:b');
    const whole = comparePapers(g, ['paper:b', 'paper:a']);
    const kept = comparePapers(g, ['paper:b', 'paper:a'], { keep });
    expect(kept.papers).toEqual(whole.papers);
    expect(kept.rows.map((r) => [r.id, r.cells.map(cellText), r.differs])).toEqual([
      ['proposes', ['Beta', 'Alpha'], true],
      // (Zed alone in both now: they agree)
      ['evaluates-on', ['Zed', 'Zed'], false],
      ['uses-model', ['CLIP', 'CLIP'], false],
      ['results:dataset:zed:AUROC', ['', '90.1%'], true],
      ['results:dataset:zed:FID', ['', '12.5'], true],
      ['mentions-method', ['Alpha', ''], true],
    ]);
    // hidden: a's Yak, b's introduced Yak, b's two figures
    expect(hiddenItems(whole, comparisonItemIds(kept), false)).toBe(4);
    // with "only differences", the whole's rows where the papers agree are not shown, so what they hide is not counted
    // ("show them" would not draw it): the AUROC row agrees in the whole (both 90.1%), b's figure there is hidden
    expect(whole.rows.filter((r) => !r.differs).map((r) => r.id)).toEqual(['uses-model', 'results:dataset:zed:AUROC']);
    expect(hiddenItems(whole, comparisonItemIds(kept), true)).toBe(3);
    expect(hiddenItems(whole, comparisonItemIds(whole), false)).toBe(0);
    expect(comparePapers(g, ['paper:b', 'paper:a'], { keep: () => true })).toEqual(whole);
  });
});
