/**
 * Viewer performance against bare sigma, same graph, same browser (Debian's chromium, software WebGL).
 *
 *   npx tsx test/e2e/bench-viewer.ts [GRAPH_DIR]     (default graph-data/bench/10k, from `npm run bench`)
 *
 * For each page (paperweave's viewer, bare sigma on the same graph.json) it measures:
 * - load to first render: performance.now() at the first animation frame after the graph is drawn
 *   (navigation start = 0; includes fetching and parsing graph.json);
 * - while zooming (mouse wheel at the centre, as a user does): the JS time of each sigma render
 *   (beforeRender -> afterRender) and the time from one render to the next (the frame time).
 * Prints a Markdown table and writes it to test/e2e/artifacts/viewer-bench.md. Not a test: timings vary
 * by machine; the numbers go into the docs and the report.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../src/cli/io.ts';
import { artifactsDir, launch } from './browser.ts';
import { median, p95 } from './bench-stats.ts';

interface Result {
  page: string;
  firstRender: number;
  renders: number[];
  frames: number[];
  settleMs: number;
}

const graphDir = resolve(process.argv[2] ?? join(ROOT, 'graph-data', 'bench', '10k'));
if (!existsSync(join(graphDir, 'graph.json'))) {
  console.error(`bench-viewer: ${join(graphDir, 'graph.json')} not found; run 'npm run bench' first (or pass a graph dir)`);
  process.exit(2);
}


async function measure(page: Page, name: string, url: string, global: 'paperweave' | 'bare'): Promise<Result> {
  await page.goto(url);
  await page.waitForFunction((g) => (window as unknown as Record<string, { firstRender?: number }>)[g]?.firstRender !== undefined, global, { timeout: 300_000 });
  const firstRender = await page.evaluate((g) => (window as unknown as Record<string, { firstRender: number }>)[g].firstRender, global);
  // Let deferred work (the search index) finish before measuring frames.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 3000)));
  await page.evaluate((g) => {
    const w = window as unknown as Record<string, { renderer: { on(e: string, f: () => void): void } }> & { __bench: { renders: number[]; frames: number[]; on: boolean } };
    const r = w[g].renderer;
    const bench = { renders: [] as number[], frames: [] as number[], on: true };
    w.__bench = bench;
    let t0 = 0;
    let lastEnd = 0;
    r.on('beforeRender', () => (t0 = performance.now()));
    r.on('afterRender', () => {
      const now = performance.now();
      bench.renders.push(now - t0);
      // Frame time: from the end of one render to the end of the next (GPU raster included, as the next
      // frame cannot start before the previous one is presented).
      if (lastEnd) bench.frames.push(now - lastEnd);
      lastEnd = now;
    });
  }, global);
  const { width, height } = page.viewportSize()!;
  await page.mouse.move(width / 2, height / 2);
  const t = Date.now();
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, i < 3 ? -240 : 240);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  // Wait until the camera stops and the last (full) frame is drawn.
  await page.evaluate(async (g) => {
    const w = window as unknown as Record<string, { renderer: { getCamera(): { isAnimated(): boolean } } }>;
    while (w[g].renderer.getCamera().isAnimated()) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  }, global);
  const settleMs = Date.now() - t;
  const data = await page.evaluate(() => {
    const w = window as unknown as { __bench: { renders: number[]; frames: number[]; on: boolean } };
    w.__bench.on = false;
    return { renders: w.__bench.renders, frames: w.__bench.frames };
  });
  return { page: name, firstRender, renders: data.renders, frames: data.frames, settleMs };
}

const tmp = mkdtempSync(join(tmpdir(), 'paperweave-bench-'));
try {
  const { build } = await import('vite');
  const viewerSite = join(tmp, 'viewer');
  const bareSite = join(tmp, 'bare');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: viewerSite, emptyOutDir: true } });
  await build({ configFile: false, root: join(ROOT, 'test', 'e2e', 'bare'), base: './', logLevel: 'warn', build: { outDir: bareSite, emptyOutDir: true, target: 'es2022' } });
  const results: Result[] = [];
  for (const [name, site, global] of [['bare sigma', bareSite, 'bare'], ['paperweave', viewerSite, 'paperweave'], ['bare sigma', bareSite, 'bare'], ['paperweave', viewerSite, 'paperweave']] as const) {
    const session = await launch(site, graphDir);
    try {
      const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
      // tsx (esbuild keepNames) wraps named functions in __name(); give the page a no-op one.
      await page.addInitScript('window.__name = (f) => f');
      results.push(await measure(page, name, session.server.url, global));
      console.error(`${name}: first render ${results.at(-1)!.firstRender.toFixed(0)} ms`);
    } finally {
      await session.close();
    }
  }
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
  const lines = [
    `# viewer vs bare sigma (${graphDir.replace(ROOT + '/', '')}, chromium ${'software WebGL'}, 1280x800)`,
    '',
    '| page | load to first render (ms) | renders while zooming | JS per render, median / p95 (ms) | render to render, median / p95 (ms) | 6 wheel steps to settled (ms) |',
    '|---|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.page} | ${f(r.firstRender)} | ${r.renders.length} | ${f(median(r.renders))} / ${f(p95(r.renders))} | ${f(median(r.frames))} / ${f(p95(r.frames))} | ${r.settleMs} |`),
  ];
  const md = lines.join('\n') + '\n';
  process.stdout.write(md);
  writeFileSync(join(artifactsDir(), 'viewer-bench.md'), md);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
