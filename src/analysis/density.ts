/**
 * VOSviewer's density visualization: each point of the map coloured by the density of items around it, the items'
 * weights summed under a Gaussian kernel (van Eck & Waltman's D(x) = Σᵢ wᵢ K(‖x − xᵢ‖ / (d̄ h))), from blue where few
 * and light items are to yellow where many and heavy ones are; and its cluster density, each cluster's density drawn in
 * the cluster's colour, the colours blended where clusters meet.
 *
 * Computed on a grid, not per pixel: the items are spread (bilinearly) over a grid of at most `cells` cells a side
 * covering their extent and three kernel widths around it, then blurred by a separable Gaussian (a row pass, a column
 * pass): O(cells² × kernel taps), whatever the number of items (a per-pixel sum over the items, as @sigma/layer-webgl's
 * contours do, is O(pixels × items)). The grid is in graph coordinates, so the viewer draws it as one image the camera
 * moves; it is computed again only when the items or their weights change.
 *
 * The kernel width: `KERNEL_SHARE` of d̄, the mean distance between two items (VOSviewer's unit), estimated in O(n) as
 * √2 × the items' RMS distance from their centroid × 0.9 (exact for the mean squared distance; 0.9 is the mean's ratio
 * to the RMS for a uniform disc or a Gaussian blob), unweighted. Pure: no DOM, no randomness; the same items give the
 * same grid.
 */
import { nodeMeasure, parseRgb } from './appearance.ts';

export interface DensityItem {
  x: number;
  y: number;
  /** The item's weight (VOSviewer's: what its size shows); items weighing 0 or less add nothing. */
  weight: number;
  /** Its colour for the cluster density ('#rrggbb' or [r, g, b] 0..255); leave out for the item density. */
  color?: string | readonly [number, number, number];
}

export interface DensityOptions {
  /** At most this many cells along the longer side (default 256). */
  cells?: number;
  /** The kernel's standard deviation in graph units (default: densityKernel(items)). */
  kernel?: number;
  /** A multiple of the default kernel (VOSviewer's "kernel width"), where `kernel` is not given (default 1). */
  kernelScale?: number;
}

export interface DensityGrid {
  cols: number;
  rows: number;
  /** Graph coordinates of the grid's corner (the smallest x and y); cell (i, j) covers [x0 + i·cell, x0 + (i+1)·cell] × [y0 + j·cell, …]. */
  x0: number;
  y0: number;
  /** A cell's side in graph units. */
  cell: number;
  /** The kernel's standard deviation used (graph units). */
  kernel: number;
  /** The density per cell, row by row (j · cols + i), j growing with graph y. */
  values: Float32Array;
  /** The largest value. */
  max: number;
  /** For the cluster density: each cell's blended colour, r, g, b (0..255) per cell; null for the item density. */
  rgb: Float32Array | null;
}

export const DEFAULT_CELLS = 256;
/** The kernel's standard deviation as a share of d̄, the mean distance between two items. */
export const KERNEL_SHARE = 0.12;

/** The default kernel width (graph units) for these items: KERNEL_SHARE × d̄ (see the module's comment); 1 for fewer than two distinct places. */
export function densityKernel(items: readonly { x: number; y: number }[]): number {
  const n = items.length;
  if (n < 2) return 1;
  let mx = 0;
  let my = 0;
  for (const p of items) {
    mx += p.x;
    my += p.y;
  }
  mx /= n;
  my /= n;
  let ss = 0;
  for (const p of items) ss += (p.x - mx) ** 2 + (p.y - my) ** 2;
  const meanDistance = 0.9 * Math.SQRT2 * Math.sqrt(ss / n);
  return meanDistance > 0 ? KERNEL_SHARE * meanDistance : 1;
}

/** '#rgb' / '#rrggbb' / 'rgb(r,g,b)' (parseRgb) / [r, g, b] as [r, g, b]; anything else black. */
export function rgbOf(c: string | readonly [number, number, number]): [number, number, number] {
  if (typeof c !== 'string') return [c[0], c[1], c[2]];
  return parseRgb(c) ?? [0, 0, 0];
}

/** The normalised Gaussian's taps, from −r to r (r = ⌈3σ⌉ cells), summing to 1. */
function gaussianTaps(sigmaCells: number): Float32Array {
  const r = Math.max(1, Math.ceil(3 * sigmaCells));
  const taps = new Float32Array(2 * r + 1);
  let sum = 0;
  for (let k = -r; k <= r; k++) sum += taps[k + r] = Math.exp(-(k * k) / (2 * sigmaCells * sigmaCells));
  for (let k = 0; k < taps.length; k++) taps[k] /= sum;
  return taps;
}

/** Blur `src` (cols × rows) in place with the separable kernel `taps` (zero beyond the edges); `tmp` is scratch of the same size. */
function blur(src: Float32Array, tmp: Float32Array, cols: number, rows: number, taps: Float32Array): void {
  const r = (taps.length - 1) >> 1;
  // rows: src -> tmp
  for (let j = 0; j < rows; j++) {
    const o = j * cols;
    for (let i = 0; i < cols; i++) {
      const a = Math.max(0, i - r);
      const b = Math.min(cols - 1, i + r);
      let s = 0;
      for (let k = a; k <= b; k++) s += src[o + k] * taps[k - i + r];
      tmp[o + i] = s;
    }
  }
  // columns: tmp -> src
  for (let j = 0; j < rows; j++) {
    const a = Math.max(0, j - r);
    const b = Math.min(rows - 1, j + r);
    const o = j * cols;
    for (let i = 0; i < cols; i++) src[o + i] = 0;
    for (let k = a; k <= b; k++) {
      const w = taps[k - j + r];
      const ok = k * cols;
      for (let i = 0; i < cols; i++) src[o + i] += tmp[ok + i] * w;
    }
  }
}

/**
 * The density of `items` on a grid (see the module's comment), or null when no item weighs anything (nothing to draw).
 * With colours on the items, also each cell's blended colour: the items' colours weighted by their kernel-weighted
 * weights there (Σ wᵢ K cᵢ / Σ wᵢ K), which is the clusters' colours weighted by each cluster's density.
 */
export function densityGrid(items: readonly DensityItem[], opts: DensityOptions = {}): DensityGrid | null {
  const used = items.filter((p) => p.weight > 0 && Number.isFinite(p.weight) && Number.isFinite(p.x) && Number.isFinite(p.y));
  if (!used.length) return null;
  const scale = opts.kernelScale && opts.kernelScale > 0 ? opts.kernelScale : 1;
  const kernel = opts.kernel && opts.kernel > 0 ? opts.kernel : scale * densityKernel(used);
  const cells = Math.max(8, Math.round(opts.cells ?? DEFAULT_CELLS));
  let [ax, ay, bx, by] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of used) {
    if (p.x < ax) ax = p.x;
    if (p.x > bx) bx = p.x;
    if (p.y < ay) ay = p.y;
    if (p.y > by) by = p.y;
  }
  const pad = 3 * kernel;
  const w = bx - ax + 2 * pad;
  const h = by - ay + 2 * pad;
  const cell = Math.max(w, h) / cells;
  const cols = Math.max(1, Math.ceil(w / cell));
  const rows = Math.max(1, Math.ceil(h / cell));
  // (centred: the margin left over by the rounding split evenly)
  const x0 = (ax + bx) / 2 - (cols * cell) / 2;
  const y0 = (ay + by) / 2 - (rows * cell) / 2;
  const coloured = used.some((p) => p.color !== undefined);
  const n = cols * rows;
  const values = new Float32Array(n);
  const channels = coloured ? [new Float32Array(n), new Float32Array(n), new Float32Array(n)] : [];
  // Bilinear splat: each item's weight shared between the four cells whose centres surround it.
  for (const p of used) {
    const fx = (p.x - x0) / cell - 0.5;
    const fy = (p.y - y0) / cell - 0.5;
    const i = Math.floor(fx);
    const j = Math.floor(fy);
    const tx = fx - i;
    const ty = fy - j;
    const rgb = coloured ? rgbOf(p.color ?? [0, 0, 0]) : null;
    for (const [di, dj, f] of [[0, 0, (1 - tx) * (1 - ty)], [1, 0, tx * (1 - ty)], [0, 1, (1 - tx) * ty], [1, 1, tx * ty]] as const) {
      const ii = Math.min(cols - 1, Math.max(0, i + di));
      const jj = Math.min(rows - 1, Math.max(0, j + dj));
      const k = jj * cols + ii;
      const v = p.weight * f;
      values[k] += v;
      if (rgb) for (let c = 0; c < 3; c++) channels[c][k] += v * rgb[c];
    }
  }
  const taps = gaussianTaps(kernel / cell);
  const tmp = new Float32Array(n);
  blur(values, tmp, cols, rows, taps);
  for (const ch of channels) blur(ch, tmp, cols, rows, taps);
  let max = 0;
  for (let k = 0; k < n; k++) if (values[k] > max) max = values[k];
  let rgb: Float32Array | null = null;
  if (coloured) {
    rgb = new Float32Array(3 * n);
    // (where the density is a rounding error away from 0, the colour is too: the floor shows there anyway)
    const eps = max * 1e-6;
    for (let k = 0; k < n; k++) {
      const v = values[k];
      for (let c = 0; c < 3; c++) rgb[3 * k + c] = v > eps ? Math.min(255, Math.max(0, channels[c][k] / v)) : 0;
    }
  }
  return { cols, rows, x0, y0, cell, kernel, values, max, rgb };
}

/** The value at graph point (x, y): the nearest cell's (0 outside the grid). */
export function densityAt(grid: DensityGrid, x: number, y: number): number {
  const i = Math.floor((x - grid.x0) / grid.cell);
  const j = Math.floor((y - grid.y0) / grid.cell);
  if (i < 0 || j < 0 || i >= grid.cols || j >= grid.rows) return 0;
  return grid.values[j * grid.cols + i];
}

/**
 * The item density's colours, VOSviewer's: from the floor (no items near, dark blue) through blue and green to yellow
 * (the densest place). Stops at t = value / max.
 */
export const ITEM_RAMP: readonly { t: number; rgb: readonly [number, number, number] }[] = [
  { t: 0, rgb: [33, 43, 105] },
  { t: 0.12, rgb: [36, 84, 163] },
  { t: 0.35, rgb: [33, 145, 140] },
  { t: 0.6, rgb: [94, 201, 98] },
  { t: 0.82, rgb: [190, 223, 38] },
  { t: 1, rgb: [253, 231, 37] },
];
/** The item density's floor colour (where no item is near). */
export const DENSITY_FLOOR: readonly [number, number, number] = ITEM_RAMP[0].rgb;

/** The item ramp's colour at t (0..1, clamped). */
export function rampColor(t: number): [number, number, number] {
  const u = Math.min(1, Math.max(0, t));
  let k = 1;
  while (k < ITEM_RAMP.length - 1 && ITEM_RAMP[k].t < u) k++;
  const a = ITEM_RAMP[k - 1];
  const b = ITEM_RAMP[k];
  const f = (u - a.t) / (b.t - a.t);
  return [0, 1, 2].map((c) => Math.round(a.rgb[c] + (b.rgb[c] - a.rgb[c]) * f)) as [number, number, number];
}

/**
 * Where on the colour ramp a cell's density `value` falls: √(value / max). The square root spreads the low and middle
 * densities over blue and green (linear, a hub's peak left everything but its own place in the floor's blue: weights by
 * links run from 1 to a few hundred), keeping the order: a denser place is always warmer.
 */
export function rampPosition(value: number, max: number): number {
  return max > 0 && value > 0 ? Math.min(1, Math.sqrt(value / max)) : 0;
}

/**
 * The grid as an RGBA image, `cols` × `rows` pixels, its first row the grid's LAST (the largest graph y: graph y grows
 * upwards, an image's rows downwards). Item density (no `rgb`): the ramp at rampPosition, opaque. Cluster density: each
 * cell's blended cluster colour, its opacity growing with rampPosition (transparent where no item is near), as VOSviewer
 * draws the clusters' colours stronger where they are denser.
 */
export function densityImage(grid: DensityGrid): Uint8ClampedArray {
  const { cols, rows, values, max, rgb } = grid;
  const out = new Uint8ClampedArray(cols * rows * 4);
  const lut = rgb ? null : Array.from({ length: 256 }, (_, i) => rampColor(i / 255));
  for (let j = 0; j < rows; j++) {
    const src = j * cols;
    const dst = (rows - 1 - j) * cols;
    for (let i = 0; i < cols; i++) {
      const t = rampPosition(values[src + i], max);
      const o = (dst + i) * 4;
      if (lut) {
        const c = lut[Math.round(t * 255)];
        out[o] = c[0];
        out[o + 1] = c[1];
        out[o + 2] = c[2];
        out[o + 3] = 255;
      } else {
        const k = 3 * (src + i);
        out[o] = rgb![k];
        out[o + 1] = rgb![k + 1];
        out[o + 2] = rgb![k + 2];
        // (the clusters' fringes still show, as VOSviewer's soft-edged clouds)
        out[o + 3] = Math.round(235 * t);
      }
    }
  }
  return out;
}

/**
 * The weight of a node drawn `size` large: the measure its size shows (links, papers, PageRank scaled as links), by
 * inverting appearance.ts's nodeSize (nodeMeasure), so that a node's weight grows with its area, as VOSviewer's items
 * weigh what their circles show. 0 for a node drawn at the smallest size (no links).
 */
export const sizeWeight: (size: number) => number = nodeMeasure;
