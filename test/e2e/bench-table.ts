/**
 * The data table's cost on a big graph (default graph-data/bench/10k, from `npm run bench`):
 *
 *   npx tsx test/e2e/bench-table.ts [GRAPH_DIR] [SITE_DIR]
 *
 * In Chromium (Debian's, 1280x800), on a fresh page each round: the table opened (its rows made, PageRank computed, the
 * first screen drawn), sorted by a number and by a text, filtered, then the Links tab (its rows made), sorted and
 * filtered, and a scroll to the middle. Each step: the JS time the panel measures (table.timings()) and the time to the
 * next frame after the click or keystroke. SITE_DIR: a `vite build` output (default: built into a temp dir). Prints a
 * Markdown table and writes it to test/e2e/artifacts/table-bench.md. Not a test: timings vary by machine.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../../src/cli/io.ts';
import { artifactsDir, click, launch, run, tableStep as step } from './browser.ts';

const graphDir = resolve(process.argv[2] ?? join(ROOT, 'graph-data', 'bench', '10k'));
if (!existsSync(join(graphDir, 'graph.json'))) {
  console.error(`bench-table: ${join(graphDir, 'graph.json')} not found; run 'npm run bench' first (or pass a graph dir)`);
  process.exit(2);
}
let site = process.argv[3] ? resolve(process.argv[3]) : '';
const tmp = site ? '' : mkdtempSync(join(tmpdir(), 'paperweave-bench-table-'));
if (!site) {
  site = join(tmp, 'site');
  await run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--outDir', site, '--emptyOutDir']);
}

const type = (text: string) => `const i = document.querySelector('[data-testid=table-filter]'); i.value = ${JSON.stringify(text)}; i.dispatchEvent(new Event('input'))`;

const STEPS: { name: string; act: string; timing: 'open' | 'sort' | 'filter' | 'tab' | null }[] = [
  { name: 'open (nodes: rows, PageRank, first screen)', act: click('[data-testid=open-table]'), timing: 'open' },
  { name: 'sort nodes by papers', act: click('[data-testid=table] button[data-column=papers]'), timing: 'sort' },
  { name: 'sort nodes by papers, reversed', act: click('[data-testid=table] button[data-column=papers]'), timing: 'sort' },
  { name: 'sort nodes by name', act: click('[data-testid=table] button[data-column=name]'), timing: 'sort' },
  { name: 'filter nodes "anomaly"', act: type('anomaly'), timing: 'filter' },
  { name: 'filter nodes "anomaly det"', act: type('anomaly det'), timing: 'filter' },
  { name: 'filter cleared', act: type(''), timing: 'filter' },
  { name: 'Links tab (rows made, sorted)', act: click('[data-testid=table-tab][data-tab=links]'), timing: 'tab' },
  { name: 'sort links by year', act: click('[data-testid=table] button[data-column=year]'), timing: 'sort' },
  { name: 'sort links by target', act: click('[data-testid=table] button[data-column=target]'), timing: 'sort' },
  { name: 'filter links "mvtec" (sentences folded)', act: type('mvtec'), timing: 'filter' },
  { name: 'filter links "mvtec auroc"', act: type('mvtec auroc'), timing: 'filter' },
  { name: 'scroll links to the middle', act: `const g = document.querySelector('[data-testid=table]'); g.scrollTop = g.scrollHeight / 2; g.dispatchEvent(new Event('scroll'))`, timing: null },
];

const ROUNDS = 2;
const results: Record<string, { js: number[]; frame: number[] }> = {};
let counts = '';
const session = await launch(site, graphDir);
try {
  for (let round = 0; round < ROUNDS; round++) {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.server.url);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 180_000 });
    await page.waitForTimeout(1500); // (the search index is built when idle)
    for (const s of STEPS) {
      const r = await step(page, s.act);
      const js = s.timing ? (r.js[s.timing] ?? NaN) : NaN;
      (results[s.name] ??= { js: [], frame: [] }).js.push(js);
      results[s.name].frame.push(r.frame);
      if (s.name.startsWith('open') || s.name.startsWith('Links')) counts += `${await page.getByTestId('table-count').textContent()}; `;
    }
    await page.close();
  }
} finally {
  await session.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
const f = (xs: number[]) => xs.map((x) => (Number.isFinite(x) ? x.toFixed(0) : '-')).join(' / ');
const lines = [
  `Data table on ${graphDir} (${counts.split('; ').slice(0, 2).join('; ')}), Chromium 1280x800, ${ROUNDS} fresh pages (ms, one figure per round)`,
  '',
  '| step | JS (panel) | to next frame |',
  '|---|---:|---:|',
  ...STEPS.map((s) => `| ${s.name} | ${f(results[s.name].js)} | ${f(results[s.name].frame)} |`),
];
const md = lines.join('\n') + '\n';
console.log(md);
writeFileSync(join(artifactsDir(), 'table-bench.md'), md);
