/**
 * "View: density" (VOSviewer's density visualization): the map over a heat map of the nodes shown, warm (yellow) where
 * many heavy nodes are, the floor's dark blue where none is; cluster density in the clusters' colours when coloured by
 * cluster. The URL keeps it, a reload and Back/Forward reopen it; filters and "size by" change the picture, a camera move
 * does not compute it again; hover, click and the PNG export work on it. Real Chromium (Debian's /usr/bin/chromium via
 * playwright-core) on the bundled graph, built into a temp dir (PAPERWEAVE_E2E_GRAPH=DIR uses an existing graph instead).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, hoverClickAndClear, launch, openViewer, useBuiltViewer, type Session } from './browser.ts';
import { ROOT } from '../../src/cli/io.ts';
import { DENSITY_FLOOR } from '../../src/analysis/density.ts';

const avail = browserAvailability();

const built = useBuiltViewer('paperweave-e2e-density-');

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const detailsTitle = (page: Page) => page.locator('[data-testid=details] h2').textContent();

async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(100);
  await page.waitForFunction(() => !window.paperweave!.renderer.getCamera().isAnimated(), undefined, { timeout: 20_000 });
  // (the frame after the last camera move drawn)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

interface Heat {
  /** Whether the layer is shown, and sits right under sigma's edges. */
  shown: boolean;
  underEdges: boolean;
  /** The grid's largest value and a checksum of its values (null: no grid). */
  max: number | null;
  sum: number | null;
  cluster: boolean;
  /** The densest cell's centre on screen (canvas CSS pixels) and the layer's pixel there (RGBA). */
  peak: { x: number; y: number; px: number[] } | null;
  /** The free-area point farthest from every node shown, its grid value's share of the max, and the layer's pixel there. */
  empty: { x: number; y: number; share: number; px: number[] };
  /** Every node's framed position (sigma's display data), for the map's positions. */
  nodes: [string, number, number][];
}

/** The heat map as drawn now: the layer's pixels at the densest place and at the emptiest one. */
const heat = (page: Page) => page.evaluate((): Heat => {
  const pw = window.paperweave!;
  const layer = pw.app.density;
  const c = layer.canvas;
  const g = c.getContext('2d')!;
  const dpr = c.width / pw.renderer.getDimensions().width || 1;
  const pixel = (x: number, y: number) => [...g.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data];
  const grid = layer.grid();
  const cam = { cameraState: pw.renderer.getCamera().getState() };
  let peak: Heat['peak'] = null;
  const valueAt = (x: number, y: number) => {
    if (!grid) return 0;
    const p = pw.renderer.viewportToGraph({ x, y }, cam);
    const i = Math.floor((p.x - grid.x0) / grid.cell);
    const j = Math.floor((p.y - grid.y0) / grid.cell);
    return i < 0 || j < 0 || i >= grid.cols || j >= grid.rows ? 0 : grid.values[j * grid.cols + i];
  };
  let sum: number | null = null;
  if (grid) {
    let best = 0;
    sum = 0;
    for (let k = 0; k < grid.values.length; k++) {
      sum += grid.values[k] * ((k % 7) + 1);
      if (grid.values[k] > grid.values[best]) best = k;
    }
    const v = pw.renderer.graphToViewport({ x: grid.x0 + ((best % grid.cols) + 0.5) * grid.cell, y: grid.y0 + (Math.floor(best / grid.cols) + 0.5) * grid.cell }, cam);
    peak = { x: v.x, y: v.y, px: pixel(v.x, v.y) };
  }
  const shownNodes: { x: number; y: number }[] = [];
  const nodes: [string, number, number][] = [];
  pw.graph.forEachNode((key) => {
    const d = pw.renderer.getNodeDisplayData(key)!;
    nodes.push([key, d.x, d.y]);
    if (!d.hidden) shownNodes.push(pw.renderer.framedGraphToViewport(d));
  });
  const box = pw.renderer.getContainer().getBoundingClientRect();
  const left = document.getElementById('sidebar')!.getBoundingClientRect().right - box.left + 20;
  const top = document.querySelector('header')!.getBoundingClientRect().bottom - box.top + 20;
  let empty = { x: 0, y: 0, d: -1 };
  for (let x = left; x < box.width - 60; x += 16) {
    for (let y = top; y < box.height - 20; y += 16) {
      const d = Math.min(...shownNodes.map((n) => Math.hypot(n.x - x, n.y - y)));
      if (d > empty.d) empty = { x, y, d };
    }
  }
  return {
    shown: !c.hidden && getComputedStyle(c).display !== 'none',
    underEdges: c.nextElementSibling?.classList.contains('sigma-edges') ?? false,
    max: grid?.max ?? null,
    sum,
    cluster: Boolean(grid?.rgb),
    peak,
    empty: { x: empty.x, y: empty.y, share: grid ? valueAt(empty.x, empty.y) / grid.max : 0, px: pixel(empty.x, empty.y) },
    nodes,
  };
});

/** Yellow: VOSviewer's densest colour. */
const warm = (px: number[]) => px[0] > 200 && px[1] > 190 && px[2] < 110 && px[3] === 255;
const floor = (px: number[]) => px[3] === 255 && px.slice(0, 3).every((v, i) => Math.abs(v - DENSITY_FLOOR[i]) <= 3);

describe.skipIf(!avail.ok)('viewer: the density view', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('switches to the density view (the map\'s positions over a heat map: yellow at the densest place, the floor where no node is), keeps it in the URL, on a reload and through Back/Forward', async () => {
    const { page, errors } = await openViewer(session);
    await settled(page);
    const map = await heat(page);
    expect(map.shown).toBe(false);
    expect(param(page, 'view')).toBeNull();

    await page.getByTestId('view-density').click();
    await expect.poll(() => param(page, 'view')).toBe('density');
    await settled(page);
    expect(await page.getByTestId('view-density').getAttribute('aria-pressed')).toBe('true');
    const d = await heat(page);
    expect(d.shown).toBe(true);
    expect(d.underEdges).toBe(true);
    expect(d.max).toBeGreaterThan(0);
    expect(d.cluster).toBe(false);
    // Warm where the nodes are densest, the floor's colour where none is near.
    expect(warm(d.peak!.px), String(d.peak!.px)).toBe(true);
    expect(d.empty.share).toBeLessThan(0.002);
    expect(floor(d.empty.px), String(d.empty.px)).toBe(true);
    // The map's positions and camera: nothing moved.
    expect(d.nodes).toEqual(map.nodes);
    expect(await page.getByTestId('view-key').textContent()).toContain('weight: links');
    // (the README's picture of it: PAPERWEAVE_SCREENSHOT=1 rewrites it)
    const shot = join(ROOT, 'graph-data', 'screenshot-density.jpg');
    if (!process.env.PAPERWEAVE_E2E_GRAPH && (process.env.PAPERWEAVE_SCREENSHOT === '1' || !existsSync(shot))) {
      await page.screenshot({ path: shot, type: 'jpeg', quality: 80 });
    }

    // A camera move draws the same grid again, moved: not computed again.
    await page.evaluate(() => ((window as unknown as { __grid: unknown }).__grid = window.paperweave!.app.density.grid()));
    const runs = await page.evaluate(() => window.paperweave!.app.densityMs);
    await page.evaluate(() => {
      const cam = window.paperweave!.renderer.getCamera();
      cam.setState({ ...cam.getState(), x: cam.getState().x + 0.08, ratio: cam.getState().ratio * 0.7 });
    });
    await settled(page);
    const moved = await heat(page);
    expect(await page.evaluate(() => window.paperweave!.app.density.grid() === (window as unknown as { __grid: unknown }).__grid)).toBe(true);
    expect(await page.evaluate(() => window.paperweave!.app.densityMs)).toBe(runs);
    expect(Math.hypot(moved.peak!.x - d.peak!.x, moved.peak!.y - d.peak!.y)).toBeGreaterThan(30);
    expect(warm(moved.peak!.px), String(moved.peak!.px)).toBe(true);
    await page.getByTestId('zoom-fit').click();
    await settled(page);

    // A reload of the address reopens the density view, the same picture.
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await settled(page);
    expect(param(page, 'view')).toBe('density');
    expect(await page.getByTestId('view-density').getAttribute('aria-pressed')).toBe('true');
    const again = await heat(page);
    expect(again.shown).toBe(true);
    expect(again.sum).toBeCloseTo(d.sum!, 3);
    expect(warm(again.peak!.px)).toBe(true);

    // The map: the layer goes; Back brings the density view again, Forward the map.
    await page.getByTestId('view-map').click();
    await expect.poll(() => param(page, 'view')).toBeNull();
    await settled(page);
    expect((await heat(page)).shown).toBe(false);
    await page.goBack();
    await expect.poll(() => page.getByTestId('view-density').getAttribute('aria-pressed')).toBe('true');
    await settled(page);
    const back = await heat(page);
    expect(back.shown).toBe(true);
    expect(warm(back.peak!.px)).toBe(true);
    await page.goForward();
    await expect.poll(() => page.getByTestId('view-map').getAttribute('aria-pressed')).toBe('true');
    await settled(page);
    expect((await heat(page)).shown).toBe(false);
    // From the timeline too: the density view is drawn at the map's positions.
    await page.getByTestId('view-timeline').click();
    await settled(page);
    await page.getByTestId('view-density').click();
    await settled(page);
    const fromTimeline = await heat(page);
    expect(fromTimeline.nodes).toEqual(map.nodes);
    expect(warm(fromTimeline.peak!.px)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the kernel width (VOSviewer\'s option) is chosen in the view\'s key: half the default, a grid of half the kernel, kept in the URL and on a reload', async () => {
    const { page, errors } = await openViewer(session, '?view=density');
    await settled(page);
    const kernel = () => page.evaluate(() => window.paperweave!.app.density.grid()!.kernel);
    const base = await kernel();
    await page.getByTestId('density-kernel').selectOption('0.5');
    await expect.poll(() => param(page, 'kernel')).toBe('0.5');
    await settled(page);
    expect(await kernel()).toBeCloseTo(base / 2, 9);
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined);
    await settled(page);
    expect(await page.getByTestId('density-kernel').inputValue()).toBe('0.5');
    expect(await kernel()).toBeCloseTo(base / 2, 9);
    await page.getByTestId('density-kernel').selectOption('1');
    await expect.poll(() => param(page, 'kernel')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('only what the legend and filters show counts: hiding a kind, a years filter and "size by" change the picture; coloured by cluster, the cluster density', async () => {
    const { page, errors } = await openViewer(session, '?view=density');
    await settled(page);
    const all = await heat(page);
    expect(warm(all.peak!.px)).toBe(true);
    // The densest place is the methods' (the bundled graph's most linked nodes): hidden, it cools down.
    await page.locator('[data-testid=legend-item][data-kind=method]').click();
    await expect.poll(() => param(page, 'hide')).toContain('method');
    await settled(page);
    const noMethods = await heat(page);
    expect(noMethods.sum).not.toBeCloseTo(all.sum!, 0);
    const old = await page.evaluate(([x, y]) => {
      const c = window.paperweave!.app.density.canvas;
      const dpr = c.width / window.paperweave!.renderer.getDimensions().width;
      return [...c.getContext('2d')!.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data];
    }, [all.peak!.x, all.peak!.y]);
    expect(warm(old), String(old)).toBe(false);
    await page.locator('[data-testid=legend-item][data-kind=method]').click();
    await settled(page);
    expect((await heat(page)).sum).toBeCloseTo(all.sum!, 3);

    // A years filter: fewer papers, a different picture.
    await page.getByTestId('year-from').fill('2024');
    await page.getByTestId('year-from').press('Enter');
    await expect.poll(() => param(page, 'from')).toBe('2024');
    await settled(page);
    const recent = await heat(page);
    expect(recent.sum).toBeLessThan(all.sum!);
    expect(warm(recent.peak!.px)).toBe(true); // (the ramp runs to what is shown: its densest place is yellow again)
    await page.getByTestId('year-from').fill('');
    await page.getByTestId('year-from').press('Enter');
    await expect.poll(() => param(page, 'from')).toBeNull();
    await settled(page);

    // Weights: sized by papers, a node weighs the papers that tag it, not its links.
    await page.getByTestId('size-papers').click();
    await expect.poll(() => param(page, 'size')).toBe('papers');
    await settled(page);
    const byPapers = await heat(page);
    expect(byPapers.sum).not.toBeCloseTo(all.sum!, 0);
    expect(await page.getByTestId('view-key').textContent()).toContain('weight: papers');
    await page.getByTestId('size-links').click();
    await settled(page);

    // Coloured by cluster: each cluster's density in its colour, the page's white where no cluster is.
    await page.getByTestId('color-cluster').click();
    await expect.poll(() => param(page, 'color')).toBe('cluster');
    await settled(page);
    const clusters = await heat(page);
    expect(clusters.cluster).toBe(true);
    expect(clusters.empty.px[3]).toBe(0);
    expect(clusters.peak!.px[3]).toBeGreaterThan(150);
    expect(await page.getByTestId('view-key').textContent()).toContain('cluster density');
    expect(param(page, 'view')).toBe('density');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a node is hovered and clicked where it is drawn over the heat map, found by the search; the PNG export contains the heat map', async () => {
    const { page, errors } = await openViewer(session, '?view=density');
    await settled(page);
    const nodes = await page.evaluate(() => {
      const pw = window.paperweave!;
      const box = pw.renderer.getContainer().getBoundingClientRect();
      return pw.graph.mapNodes((key) => {
        const d = pw.renderer.getNodeDisplayData(key)!;
        const p = pw.renderer.framedGraphToViewport(d);
        return { key, x: box.left + p.x, y: box.top + p.y, r: pw.renderer.scaleSize(d.size) };
      });
    });
    const side = await page.locator('#sidebar').boundingBox();
    const lone = nodes.filter((n) => n.r >= 4 && n.x > side!.x + side!.width + 10).find((n) => nodes.every((m) => m === n || Math.hypot(m.x - n.x, m.y - n.y) > 16 + m.r))!;
    expect(lone).toBeDefined();
    await hoverClickAndClear(page, lone, 'density');
    await page.getByTestId('search').fill('MVTec AD');
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => detailsTitle(page)).toBe('MVTec AD');
    await page.keyboard.press('Escape');
    await page.getByTestId('zoom-fit').click();
    await settled(page);

    // The PNG: the heat map under the graph (the floor where no node is, yellow somewhere), where the map's PNG is white.
    const h = await heat(page);
    const png = async () => page.evaluate(async ([x, y]) => {
      const pw = window.paperweave!;
      const bm = await createImageBitmap(await pw.beyond!.exports.png(1, { clusterLabels: false }));
      const c = new OffscreenCanvas(bm.width, bm.height);
      const g = c.getContext('2d')!;
      g.drawImage(bm, 0, 0);
      const dpr = bm.width / pw.renderer.getDimensions().width;
      const data = g.getImageData(0, 0, bm.width, bm.height).data;
      let yellow = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] > 170 && data[i + 1] > 190 && data[i + 2] < 100) yellow++;
      return { empty: [...g.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data], yellow };
    }, [h.empty.x, h.empty.y]);
    const withHeat = await png();
    expect(floor(withHeat.empty), String(withHeat.empty)).toBe(true);
    expect(withHeat.yellow, `${withHeat.yellow} yellow pixels`).toBeGreaterThan(1000);
    await page.getByTestId('view-map').click();
    await settled(page);
    const plain = await png();
    expect(plain.empty.slice(0, 3)).toEqual([255, 255, 255]);
    expect(withHeat.yellow, `${plain.yellow} on the map`).toBeGreaterThan(10 * plain.yellow + 100);
    expect(errors).toEqual([]);
    await page.close();
  });
});
