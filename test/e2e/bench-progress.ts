/**
 * The progress chart's cost on a big graph (default graph-data/bench/10k, from `npm run bench`):
 *
 *   npx tsx test/e2e/bench-progress.ts [GRAPH_DIR] [DATASET_KEY] [SITE_DIR_WITHOUT_THE_CHART]
 *
 * - in Node: progressMetrics + progressOverTime (src/analysis/progress.ts) for the dataset's most dated metric, median
 *   of 7 runs;
 * - in Chromium (Debian's, 1280x800, the viewer built by vite into a temp dir): the time to draw the dataset's details
 *   panel (its selection set, the panel rebuilt; performance.now() around app.select, which draws it synchronously),
 *   median of 7 selections (each after clearing), and the chart's share of it (beyond.progress.lastMs); with a third argument (a `vite build`
 *   of the viewer without the chart), the same on it, for comparison.
 * Prints a Markdown table and writes it to test/e2e/artifacts/progress-bench.md. Not a test: timings vary by machine.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../../src/cli/io.ts';
import { loadGraphJSON } from '../../src/export/json.ts';
import { progressMetrics, progressOverTime } from '../../src/analysis/progress.ts';
import { artifactsDir, launch, run } from './browser.ts';
import { median } from './bench-stats.ts';

const graphDir = resolve(process.argv[2] ?? join(ROOT, 'graph-data', 'bench', '10k'));
const dataset = process.argv[3] ?? 'dataset:mvtecad';
const without = process.argv[4] ? resolve(process.argv[4]) : null;
if (!existsSync(join(graphDir, 'graph.json'))) {
  console.error(`bench-progress: ${join(graphDir, 'graph.json')} not found; run 'npm run bench' first (or pass a graph dir)`);
  process.exit(2);
}
const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

// --- Node: the pure functions
const graph = loadGraphJSON(readFileSync(join(graphDir, 'graph.json'), 'utf8'));
const metrics = progressMetrics(graph, dataset);
const top = metrics[0];
const nodeRuns: number[] = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  progressOverTime(graph, dataset, progressMetrics(graph, dataset)[0].metric);
  nodeRuns.push(performance.now() - t0);
}
const p = progressOverTime(graph, dataset, top.metric);

// --- Chromium: the dataset's panel drawn
async function panelTimes(site: string): Promise<{ times: number[]; chart: number[]; dots: number }> {
  const session = await launch(site, graphDir);
  try {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.server.url);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 300_000 });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 3000)));
    const times: number[] = [];
    const chart: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = await page.evaluate((key) => {
        const pw = window.paperweave!;
        pw.app.select(null, { fly: false });
        const t0 = performance.now();
        pw.app.select(key, { fly: false });
        return [performance.now() - t0, pw.beyond?.progress?.lastMs ?? NaN];
      }, dataset);
      times.push(t[0]);
      chart.push(t[1]);
    }
    const dots = await page.locator('[data-testid=progress-chart] circle').count();
    return { times, chart, dots };
  } finally {
    await session.close();
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'paperweave-bench-progress-'));
try {
  const site = join(tmp, 'site');
  await run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'silent', '--outDir', site, '--emptyOutDir']);
  const withChart = await panelTimes(site);
  const withoutChart = without ? await panelTimes(without) : null;
  const lines = [
    `Progress chart on ${graphDir} (${graph.order} nodes), ${dataset} (${graph.getNodeAttribute(dataset, 'label')}):`,
    `${metrics.map((m) => `${m.metric} ${m.dated}+${m.undated} undated`).slice(0, 6).join(', ')} ...; chart of ${top.metric}: ${p.points.length} dots, ${p.frontier.length} steps, ${p.undated} undated`,
    '',
    '| | median ms | runs |',
    '|---|---|---|',
    `| Node: progressMetrics + progressOverTime | ${f(median(nodeRuns))} | ${nodeRuns.map(f).join(', ')} |`,
    `| Chromium: dataset panel drawn, with the chart (${withChart.dots} dots) | ${f(median(withChart.times))} | ${withChart.times.map(f).join(', ')} |`,
    `| Chromium: of which the chart's section (computed and drawn) | ${f(median(withChart.chart))} | ${withChart.chart.map(f).join(', ')} |`,
    ...(withoutChart ? [`| Chromium: dataset panel drawn, without the chart | ${f(median(withoutChart.times))} | ${withoutChart.times.map(f).join(', ')} |`] : []),
  ];
  console.log(lines.join('\n'));
  writeFileSync(join(artifactsDir(), 'progress-bench.md'), `${lines.join('\n')}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
