import { describe, expect, it } from 'vitest';
import { parseRgb } from '../../src/analysis/appearance.ts';
import { DENSITY_FLOOR, densityAt, densityGrid, densityImage, densityKernel, rampColor, rampPosition, rgbOf, sizeWeight, type DensityItem } from '../../src/analysis/density.ts';
import { nodeSize } from '../../src/analysis/appearance.ts';

/** A tight clump of `n` items around (cx, cy), on a small deterministic spiral. */
function clump(cx: number, cy: number, n: number, weight = 1, color?: string): DensityItem[] {
  return Array.from({ length: n }, (_, k) => ({ x: cx + 0.3 * Math.sqrt(k) * Math.cos(k * 2.4), y: cy + 0.3 * Math.sqrt(k) * Math.sin(k * 2.4), weight, color }));
}

/** The cell with the largest value, as graph coordinates of its centre. */
function peak(g: NonNullable<ReturnType<typeof densityGrid>>): { x: number; y: number } {
  let best = 0;
  for (let k = 1; k < g.values.length; k++) if (g.values[k] > g.values[best]) best = k;
  return { x: g.x0 + ((best % g.cols) + 0.5) * g.cell, y: g.y0 + (Math.floor(best / g.cols) + 0.5) * g.cell };
}

describe('density grid (VOSviewer\'s density visualization)', () => {
  it('an empty input, or items weighing nothing, give no grid', () => {
    expect(densityGrid([])).toBeNull();
    expect(densityGrid([{ x: 0, y: 0, weight: 0 }, { x: 1, y: 1, weight: -2 }, { x: NaN, y: 0, weight: 1 }])).toBeNull();
  });

  it('is deterministic: the same items give the same grid, in any order', () => {
    const items = [...clump(0, 0, 40), ...clump(30, 10, 15, 2)];
    const a = densityGrid(items)!;
    const b = densityGrid(items)!;
    expect(b.values).toEqual(a.values);
    expect({ ...b, values: null }).toEqual({ ...a, values: null });
    const c = densityGrid([...items].reverse())!;
    expect(c.cols).toBe(a.cols);
    for (let k = 0; k < a.values.length; k++) expect(c.values[k]).toBeCloseTo(a.values[k], 4);
  });

  it('covers the items and three kernel widths around them, at most `cells` cells a side', () => {
    const items = [...clump(-50, 0, 30), ...clump(50, 20, 30)];
    const g = densityGrid(items, { cells: 200 })!;
    expect(Math.max(g.cols, g.rows)).toBeLessThanOrEqual(200);
    expect(g.x0).toBeLessThanOrEqual(-50 - 3 * g.kernel + 1);
    expect(g.x0 + g.cols * g.cell).toBeGreaterThanOrEqual(50 + 3 * g.kernel - 1);
    expect(g.y0 + g.rows * g.cell).toBeGreaterThan(20);
    expect(g.rgb).toBeNull();
  });

  it('peaks where the items are, and is near 0 far from them', () => {
    const items = [...clump(10, -5, 60), ...clump(80, 60, 3)];
    const g = densityGrid(items)!;
    const p = peak(g);
    expect(Math.hypot(p.x - 10, p.y + 5)).toBeLessThan(3 * g.cell + 2);
    expect(densityAt(g, 10, -5)).toBeGreaterThan(0.9 * g.max);
    // (an empty corner of the grid)
    expect(densityAt(g, 80, -5 - 2 * g.kernel)).toBeLessThan(0.01 * g.max);
    expect(densityAt(g, 1e6, 1e6)).toBe(0);
  });

  it('weights matter: a heavy item warms its place more than several light ones', () => {
    const light = clump(0, 0, 5, 1);
    const heavy = [{ x: 40, y: 0, weight: 20 }];
    const g = densityGrid([...light, ...heavy], { kernel: 3 })!;
    expect(densityAt(g, 40, 0)).toBeGreaterThan(2 * densityAt(g, 0, 0));
    expect(Math.hypot(peak(g).x - 40, peak(g).y)).toBeLessThan(2 * g.cell);
    // Weights scale the density linearly (the kernel fixed).
    const doubled = densityGrid([...light, ...heavy].map((p) => ({ ...p, weight: p.weight * 2 })), { kernel: 3 })!;
    expect(doubled.max).toBeCloseTo(2 * g.max, 3);
  });

  it('the kernel follows the layout\'s scale: the same map ten times as large, a kernel ten times as wide, the same picture', () => {
    const items = [...clump(0, 0, 30), ...clump(20, 5, 20), ...clump(-10, 25, 10)];
    const big = items.map((p) => ({ ...p, x: p.x * 10, y: p.y * 10 }));
    expect(densityKernel(big)).toBeCloseTo(10 * densityKernel(items), 6);
    const a = densityGrid(items)!;
    const b = densityGrid(big)!;
    expect([b.cols, b.rows]).toEqual([a.cols, a.rows]);
    for (let k = 0; k < a.values.length; k += 97) expect(b.values[k] / b.max).toBeCloseTo(a.values[k] / a.max, 4);
    expect(densityKernel([{ x: 3, y: 3 }])).toBe(1);
  });

  it('the kernel width as a multiple of the default (VOSviewer\'s option): half as wide, a sharper peak at the clump', () => {
    const items = [...clump(0, 0, 30), ...clump(20, 5, 20), ...clump(-10, 25, 10)];
    const base = densityGrid(items)!;
    const narrow = densityGrid(items, { kernelScale: 0.5 })!;
    expect(narrow.kernel).toBeCloseTo(0.5 * base.kernel, 9);
    expect(densityGrid(items, { kernelScale: 2 })!.kernel).toBeCloseTo(2 * base.kernel, 9);
    // (a given kernel wins over the scale; a scale of 0 or less is the default's)
    expect(densityGrid(items, { kernel: 3, kernelScale: 0.5 })!.kernel).toBe(3);
    expect(densityGrid(items, { kernelScale: 0 })!.kernel).toBeCloseTo(base.kernel, 9);
    // The same weight spread over less room: the peak stands higher over the whole.
    const peakShare = (g: typeof base) => g.max / g.values.reduce((a, v) => a + v, 0);
    expect(peakShare(narrow)).toBeGreaterThan(peakShare(base));
  });

  it('cluster density: each place takes its clusters\' colours, blended by their density there', () => {
    const red = clump(0, 0, 30, 1, '#ff0000');
    const blue = clump(40, 0, 30, 1, '#0000ff');
    const g = densityGrid([...red, ...blue], { kernel: 8 })!;
    expect(g.rgb).not.toBeNull();
    const colourAt = (x: number, y: number) => {
      const i = Math.floor((x - g.x0) / g.cell);
      const j = Math.floor((y - g.y0) / g.cell);
      const k = 3 * (j * g.cols + i);
      return [...g.rgb!.slice(k, k + 3)].map(Math.round);
    };
    expect(colourAt(0, 0)[0]).toBeGreaterThan(250);
    expect(colourAt(0, 0)[2]).toBeLessThan(5);
    expect(colourAt(40, 0)[2]).toBeGreaterThan(250);
    const mid = colourAt(20, 0);
    expect(mid[0]).toBeGreaterThan(60);
    expect(mid[2]).toBeGreaterThan(60);
  });

  it('the image: item density from the floor to yellow, the first row the top of the map; cluster density transparent where empty', () => {
    const items = clump(0, 10, 40);
    const g = densityGrid(items)!;
    const img = densityImage(g);
    expect(img.length).toBe(g.cols * g.rows * 4);
    // (the top-left pixel: an empty corner, the floor)
    expect([...img.slice(0, 4)]).toEqual([...DENSITY_FLOOR, 255]);
    // The peak's pixel: yellow. The grid's row j is the image's row rows-1-j.
    let best = 0;
    for (let k = 1; k < g.values.length; k++) if (g.values[k] > g.values[best]) best = k;
    const i = best % g.cols;
    const j = Math.floor(best / g.cols);
    const o = ((g.rows - 1 - j) * g.cols + i) * 4;
    expect([...img.slice(o, o + 4)]).toEqual([...rampColor(1), 255]);
    expect(rampColor(1)[0]).toBeGreaterThan(240); // (yellow: red and green high, blue low)
    expect(rampColor(1)[2]).toBeLessThan(60);
    expect(rampColor(0.5)[1]).toBeGreaterThan(rampColor(0.5)[2]); // (green midway)
    const c = densityImage(densityGrid(clump(0, 0, 20, 1, '#00ff00'))!);
    expect(c[3]).toBe(0);
    expect(Math.max(...[...c].filter((_, k) => k % 4 === 3))).toBeGreaterThan(200);
  });

  it('a node weighs the measure its size shows (nodeSize inverted): links, papers, PageRank as drawn', () => {
    for (const m of [0, 1, 4, 9, 50, 300]) expect(sizeWeight(nodeSize(m))).toBeCloseTo(m, 0);
    expect(sizeWeight(nodeSize(300))).toBeGreaterThan(sizeWeight(nodeSize(3)));
    expect(sizeWeight(1)).toBe(0);
    expect(sizeWeight(NaN)).toBe(0);
  });

  it('the ramp\'s position keeps the order of densities, 0 at none and 1 at the densest', () => {
    expect(rampPosition(0, 10)).toBe(0);
    expect(rampPosition(10, 10)).toBe(1);
    expect(rampPosition(5, 0)).toBe(0);
    const xs = [0.01, 0.1, 0.5, 1, 2, 9.9].map((v) => rampPosition(v, 10));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
  });

  it('reads colours as the viewer gives them', () => {
    expect(rgbOf('#1a2b3c')).toEqual([26, 43, 60]);
    expect(rgbOf('#f00')).toEqual([255, 0, 0]);
    expect(rgbOf('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(rgbOf([4, 5, 6])).toEqual([4, 5, 6]);
    // (one parser for the project's colours, appearance.ts's parseRgb: the reducers' and the GEXF reader's too)
    expect(rgbOf('hsl(0, 50%, 50%)')).toEqual([0, 0, 0]);
    expect(parseRgb('rgba(7,8,9,0.5)')).toEqual([7, 8, 9]);
    expect(parseRgb('#1a2b3cff')).toEqual([26, 43, 60]);
    expect(parseRgb('hsl(0, 50%, 50%)')).toBeUndefined();
    expect(parseRgb('rgb(1,2)')).toBeUndefined();
  });
});
