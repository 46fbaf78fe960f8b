import { describe, expect, it } from 'vitest';
import { findGaps, gapsToText } from '../../src/analysis/gaps.ts';
import { goldGraph } from '../helpers/gold-graph.ts';

const graph = goldGraph();
const label = (k: string) => graph.getNodeAttribute(k, 'label');

describe('findGaps', () => {
  it('for VisA: methods on MVTec AD but not VisA come first, with reasons; covered methods are not gaps', () => {
    const r = findGaps(graph, 'dataset:visa');
    expect(r.covered.map(label).sort()).toEqual(['Dinomaly', 'FiLo', 'INP-Former', 'MuSc', 'VisionAD'].sort());
    const gapLabels = r.gaps.map((g) => g.label);
    for (const c of r.covered.map(label)) expect(gapLabels).not.toContain(c);
    const top = gapLabels.slice(0, 5);
    for (const m of ['SimpleNet', 'AnomalyGPT', 'AnomalyNCD', 'AnoGen']) expect(top).toContain(m);
    const simple = r.gaps.find((g) => g.label === 'SimpleNet')!;
    expect(simple.reasons[0]).toMatch(/MVTec AD/);
    expect(simple.basis).toBe('proposed');
    // Ranked: scores never increase.
    for (let i = 1; i < r.gaps.length; i++) expect(r.gaps[i - 1]!.score).toBeGreaterThanOrEqual(r.gaps[i]!.score);
    // A time-series method shares nothing with VisA and is left out unless asked for.
    expect(gapLabels).not.toContain('THEMIS');
    expect(findGaps(graph, 'dataset:visa', { includeUnrelated: true }).gaps.map((g) => g.label)).toContain('THEMIS');
  });

  it('for a setting: methods of papers without it, closest first', () => {
    const r = findGaps(graph, 'setting:zero-shot', { limit: 5 });
    expect(r.kind).toBe('setting');
    expect(r.covered.map(label)).toContain('FiLo');
    expect(r.gaps.length).toBeLessThanOrEqual(5);
    for (const g of r.gaps) expect(r.covered).not.toContain(g.method);
    expect(r.gaps[0]!.reasons.length).toBeGreaterThan(0);
    // closest first: the limit keeps the five best of the whole ranking, in its order
    const all = findGaps(graph, 'setting:zero-shot').gaps;
    expect(all.length).toBeGreaterThan(5);
    expect(r.gaps).toEqual(all.slice(0, 5));
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
    expect(all[0]!.score).toBeGreaterThan(all.at(-1)!.score);
  });

  it('flags methods known only from mentions', () => {
    const r = findGaps(graph, 'dataset:visa');
    const destseg = r.gaps.find((g) => g.label === 'DesTSeg');
    expect(destseg?.basis).toBe('mentioned');
    expect(destseg?.reasons.join(' ')).toMatch(/only mentioned/);
  });

  it('refuses a paper or a method with a message saying what to pick', () => {
    const paper = graph.findNode((_k, a) => a.kind === 'paper')!;
    expect(() => findGaps(graph, paper)).toThrow(/pick a dataset/);
    expect(() => findGaps(graph, 'dataset:nope')).toThrow(/no node/);
  });

  it('renders a list a researcher can paste', () => {
    const text = gapsToText(graph, findGaps(graph, 'dataset:visa', { limit: 3 }));
    expect(text.split('\n')[0]).toMatch(/not evaluated on VisA/);
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
  });
});
