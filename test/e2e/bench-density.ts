/**
 * The density view's cost on a big graph (default graph-data/bench/10k, from `npm run bench`):
 *
 *   npx tsx test/e2e/bench-density.ts [GRAPH_DIR]
 *
 * - the grid's computing (src/analysis/density.ts densityGrid + densityImage) in Node on the graph's nodes, weighted by
 *   links as the viewer weighs them by default: median of 7 runs;
 * - in Chromium (Debian's, software WebGL, 1280x800): the grid's computing in the page (app.densityMs: items, grid,
 *   image), at load and each time a legend kind is hidden or shown again; and, as test/e2e/bench-viewer.ts measures
 *   them, the JS time of each sigma render and the render-to-render frame time while zooming with the mouse wheel, in
 *   the map view and in the density view, two rounds each.
 * Prints a Markdown table and writes it to test/e2e/artifacts/density-bench.md. Not a test: timings vary by machine.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../src/cli/io.ts';
import { loadGraphJSON } from '../../src/export/json.ts';
import { densityGrid, densityImage, sizeWeight } from '../../src/analysis/density.ts';
import { artifactsDir, launch } from './browser.ts';
import { median, p95 } from './bench-stats.ts';

const graphDir = resolve(process.argv[2] ?? join(ROOT, 'graph-data', 'bench', '10k'));
if (!existsSync(join(graphDir, 'graph.json'))) {
  console.error(`bench-density: ${join(graphDir, 'graph.json')} not found; run 'npm run bench' first (or pass a graph dir)`);
  process.exit(2);
}

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

// --- Node: the pure function on the graph's nodes
const graph = loadGraphJSON(readFileSync(join(graphDir, 'graph.json'), 'utf8'));
const items = graph.mapNodes((_, a) => ({ x: a.x, y: a.y, weight: sizeWeight(a.size) }));
const nodeRuns: number[] = [];
let cells = '';
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const g = densityGrid(items)!;
  densityImage(g);
  nodeRuns.push(performance.now() - t0);
  cells = `${g.cols} × ${g.rows}, kernel ${(g.kernel / g.cell).toFixed(1)} cells`;
}
console.error(`node: ${graph.order} nodes, grid ${cells}, median ${f(median(nodeRuns))} ms`);

interface Frames {
  view: string;
  renders: number[];
  frames: number[];
}

async function zoomFrames(page: Page, view: string): Promise<Frames> {
  await page.evaluate(() => {
    const w = window as unknown as { paperweave: { renderer: { on(e: string, f: () => void): void } }; __bench: { renders: number[]; frames: number[] } };
    const bench = { renders: [] as number[], frames: [] as number[] };
    w.__bench = bench;
    let t0 = 0;
    let lastEnd = 0;
    w.paperweave.renderer.on('beforeRender', () => (t0 = performance.now()));
    w.paperweave.renderer.on('afterRender', () => {
      const now = performance.now();
      bench.renders.push(now - t0);
      if (lastEnd) bench.frames.push(now - lastEnd);
      lastEnd = now;
    });
  });
  await page.mouse.move(760, 420);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, i < 3 ? -240 : 240);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  await page.evaluate(async () => {
    const w = window as unknown as { paperweave: { renderer: { getCamera(): { isAnimated(): boolean } } } };
    while (w.paperweave.renderer.getCamera().isAnimated()) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
  });
  const data = await page.evaluate(() => (window as unknown as { __bench: { renders: number[]; frames: number[] } }).__bench);
  return { view, ...data };
}

const tmp = mkdtempSync(join(tmpdir(), 'paperweave-bench-density-'));
const frames: Frames[] = [];
const pageRuns: number[] = [];
let firstCompute = NaN;
try {
  let site = process.env.PW_SITE_DIR ? resolve(process.env.PW_SITE_DIR) : '';
  if (!site) {
    const { build } = await import('vite');
    site = join(tmp, 'viewer');
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: site, emptyOutDir: true } });
  }
  const session = await launch(site, graphDir);
  try {
    for (const round of [1, 2]) {
      for (const view of ['map', 'density']) {
        const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.addInitScript('window.__name = (f) => f');
        await page.goto(`${session.server.url}${view === 'density' ? '?view=density' : ''}`);
        await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 300_000 });
        await page.evaluate(() => new Promise((r) => setTimeout(r, 3000)));
        if (view === 'density') {
          if (round === 1) firstCompute = await page.evaluate(() => window.paperweave!.app.densityMs);
          // (a kind hidden and shown again: the grid computed again for what is shown, each time)
          for (let i = 0; i < 3; i++) {
            for (const _ of [0, 1]) {
              await page.locator('[data-testid=legend-item][data-kind=paper]').click();
              await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
              pageRuns.push(await page.evaluate(() => window.paperweave!.app.densityMs));
            }
          }
          await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
        }
        frames.push(await zoomFrames(page, view));
        console.error(`${view} round ${round}: ${frames.at(-1)!.renders.length} renders`);
        await page.close();
      }
    }
  } finally {
    await session.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const byView = (v: string) => ({ renders: frames.filter((x) => x.view === v).flatMap((x) => x.renders), frames: frames.filter((x) => x.view === v).flatMap((x) => x.frames) });
const map = byView('map');
const dens = byView('density');
const lines = [
  `# density view (${graphDir.replace(ROOT + '/', '')}: ${graph.order} nodes, ${graph.size} links; chromium, software WebGL, 1280x800)`,
  '',
  `Grid: ${cells}.`,
  '',
  '| what | median (ms) | p95 / max (ms) | runs |',
  '|---|---:|---:|---:|',
  `| grid + image in Node (densityGrid + densityImage) | ${f(median(nodeRuns))} | ${f(Math.max(...nodeRuns))} | ${nodeRuns.length} |`,
  `| grid in the page at load (items, grid, image) | ${f(firstCompute)} | - | 1 |`,
  `| grid in the page, a legend kind hidden / shown | ${f(median(pageRuns))} | ${f(Math.max(...pageRuns))} | ${pageRuns.length} |`,
  `| JS per sigma render while zooming, map | ${f(median(map.renders))} | ${f(p95(map.renders))} | ${map.renders.length} |`,
  `| JS per sigma render while zooming, density | ${f(median(dens.renders))} | ${f(p95(dens.renders))} | ${dens.renders.length} |`,
  `| render to render while zooming, map | ${f(median(map.frames))} | ${f(p95(map.frames))} | ${map.frames.length} |`,
  `| render to render while zooming, density | ${f(median(dens.frames))} | ${f(p95(dens.frames))} | ${dens.frames.length} |`,
];
const md = lines.join('\n') + '\n';
process.stdout.write(md);
writeFileSync(join(artifactsDir(), 'density-bench.md'), md);
