/**
 * The density view's heat map (VOSviewer's density visualization): a canvas layer of sigma's, under its edges, nodes
 * and labels, showing the density grid of src/analysis/density.ts as one image placed with the camera. The grid (and
 * its image) is computed when the items change (the nodes the legend and filters show, their weights, their colours);
 * a camera move only draws the image again, scaled and moved, over the floor colour (item density) or the page's
 * white (cluster density, transparent where no cluster is).
 */
import { DENSITY_FLOOR, densityGrid, densityImage, type DensityGrid, type DensityItem } from '../src/analysis/density.ts';

type Point = { x: number; y: number };

export interface DensityLayer {
  /** Show the layer (density view) or hide it. */
  show(on: boolean): void;
  readonly shown: boolean;
  /** Compute the grid and its image for these items, the kernel `kernelScale` times the default (ms taken, for the bench). */
  update(items: readonly DensityItem[], kernelScale?: number): number;
  /** The grid last computed (null: nothing to draw). */
  grid(): DensityGrid | null;
  /** Draw the image for the camera sigma last drew with (`toViewport`: graph coordinates to the canvas's CSS pixels). */
  draw(toViewport: (p: Point) => Point, width: number, height: number): void;
  /** Draw the same picture on another 2D context (the PNG export), `scale` device pixels to a CSS pixel of the screen. */
  paint(g: CanvasRenderingContext2D, toViewport: (p: Point) => Point, width: number, height: number, scale: number): void;
  /** The canvas (tests read its pixels). */
  readonly canvas: HTMLCanvasElement;
}

/** The floor as CSS: where no item is near. */
export const FLOOR_CSS = `rgb(${DENSITY_FLOOR.join(', ')})`;

export function createDensityLayer(canvas: HTMLCanvasElement): DensityLayer {
  canvas.setAttribute('data-testid', 'density-layer');
  canvas.style.pointerEvents = 'none';
  canvas.hidden = true;
  let grid: DensityGrid | null = null;
  let image: HTMLCanvasElement | null = null;
  let on = false;

  function paint(g: CanvasRenderingContext2D, toViewport: (p: Point) => Point, width: number, height: number, scale: number): void {
    g.save();
    g.setTransform(1, 0, 0, 1, 0, 0);
    // Cluster density (colours per cell): the page shows through where no cluster is; item density: the floor.
    if (grid?.rgb) g.clearRect(0, 0, width * scale, height * scale);
    else {
      g.fillStyle = FLOOR_CSS;
      g.fillRect(0, 0, width * scale, height * scale);
    }
    if (grid && image) {
      const { x0, y0, cell, cols, rows } = grid;
      // The image's first row is the grid's top (largest graph y): its corners through the camera.
      const o = toViewport({ x: x0, y: y0 + rows * cell });
      const ex = toViewport({ x: x0 + cols * cell, y: y0 + rows * cell });
      const ey = toViewport({ x: x0, y: y0 });
      g.setTransform(scale * (ex.x - o.x) / cols, scale * (ex.y - o.y) / cols, scale * (ey.x - o.x) / rows, scale * (ey.y - o.y) / rows, scale * o.x, scale * o.y);
      g.imageSmoothingEnabled = true;
      g.imageSmoothingQuality = 'low';
      g.drawImage(image, 0, 0);
    }
    g.restore();
  }

  return {
    canvas,
    get shown() {
      return on;
    },
    show(next) {
      on = next;
      canvas.hidden = !next;
    },
    update(items, kernelScale = 1) {
      const t0 = performance.now();
      grid = densityGrid(items, { kernelScale });
      if (grid) {
        image ??= document.createElement('canvas');
        image.width = grid.cols;
        image.height = grid.rows;
        image.getContext('2d')!.putImageData(new ImageData(densityImage(grid) as Uint8ClampedArray<ArrayBuffer>, grid.cols, grid.rows), 0, 0);
      }
      return performance.now() - t0;
    },
    grid: () => grid,
    draw(toViewport, width, height) {
      if (!on) return;
      const dpr = window.devicePixelRatio || 1;
      const [w, h] = [Math.round(width * dpr), Math.round(height * dpr)];
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      paint(canvas.getContext('2d')!, toViewport, width, height, dpr);
    },
    paint,
  };
}
