/**
 * What the data table's Authors tab costs on a big graph (web/authors.ts, web/features/table-model.ts authorRows):
 *
 *   npx tsx test/e2e/bench-authors.ts [GRAPH_DIR] [ROUNDS]
 *
 * GRAPH_DIR defaults to graph-data/bench/10k (from `npm run bench`); where it holds no graph.json, a synthetic 10k
 * corpus (src/bench/synth.ts, made-up authors) is built into it first, as the bench builds it (`buildTo`, seed 1), and
 * kept (the default's missing: into a temp dir, removed after).
 * In Node, median and range of ROUNDS (default 5) after one to warm up: the author index built (names folded and merged;
 * the viewer builds it once per graph, authorIndex), the rows with no filter, the rows again (a filter's change: from
 * 2022), and the first sort by papers.
 * Then in Chromium (Debian's, 1280x800; skipped without it), a fresh page each round (at most 3): the table opened on
 * Nodes, then its Authors tab clicked (the index built, the rows made and sorted, the first screen drawn: the panel's own
 * time and the time to the next frame), and a link with &table=authors opened (the panel's time, the page loaded).
 * SITE_DIR: a `vite build` output (default: built into a temp dir).
 *
 *   npx tsx test/e2e/bench-authors.ts [GRAPH_DIR] [ROUNDS] [SITE_DIR]
 *
 * Prints a Markdown table and writes it to test/e2e/artifacts/authors-bench.md. Not a test: timings vary by machine.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUNDLED_CORPUS, ROOT, displayName } from '../../src/cli/io.ts';
import { loadGraphJSON } from '../../src/export/json.ts';
import { readInputs } from '../../extract/readers/index.ts';
import { extractEntities } from '../../extract/entities/index.ts';
import { synthCorpus } from '../../src/bench/synth.ts';
import { buildTo } from '../../src/cli/commands/build.ts';
import { buildAuthorIndex } from '../../src/analysis/authors.ts';
import { authorIndex } from '../../web/authors.ts';
import { authorRows, sortedOrder } from '../../web/features/table-model.ts';
import { computeVisible } from '../../web/filters.ts';
import { EMPTY_FILTERS } from '../../web/state.ts';
import { artifactsDir, browserAvailability, click, launch, run, tableStep } from './browser.ts';
import { median } from './bench-stats.ts';

const rounds = Number(process.argv[3] ?? 5);
let graphDir = resolve(process.argv[2] || join(ROOT, 'graph-data', 'bench', '10k'));
let tmp = '';
let built = false;
if (!existsSync(join(graphDir, 'graph.json'))) {
  built = true;
  if (!process.argv[2]) {
    tmp = mkdtempSync(join(tmpdir(), 'pw-bench-authors-'));
    graphDir = join(tmp, '10k');
  }
  console.error(`bench-authors: building a synthetic 10k graph into ${graphDir} ...`);
  const bundled = readInputs([{ file: displayName(BUNDLED_CORPUS), text: readFileSync(BUNDLED_CORPUS, 'utf8') }]);
  const templates = bundled.papers.map((paper) => ({ paper, entities: extractEntities(paper) }));
  buildTo([{ file: 'synthetic-10000.jsonl', text: synthCorpus(templates, 10_000, 1) }], graphDir, { seed: 1 });
}

const ms = (n: number) => n.toFixed(1);
const span = (xs: number[]) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
const graph = loadGraphJSON(readFileSync(join(graphDir, 'graph.json'), 'utf8'));
let bylines = 0;
let papers = 0;
graph.forEachNode((_k, a) => {
  if (a.kind !== 'paper') return;
  papers++;
  bylines += a.authors?.length ?? 0;
});

const times: Record<string, number[]> = { index: [], rows: [], filtered: [], sort: [] };
let authors = 0;
let rowCount = 0;
for (let r = 0; r <= rounds; r++) {
  const g = graph;
  let t0 = performance.now();
  authors = buildAuthorIndex(g).keys.length;
  const tIndex = performance.now() - t0;
  authorIndex(g); // (memoised: built the first round)
  t0 = performance.now();
  const data = authorRows(g, null, null);
  const tRows = performance.now() - t0;
  rowCount = data.rows.length;
  t0 = performance.now();
  sortedOrder(data, { column: 'papers', descending: true });
  const tSort = performance.now() - t0;
  const visible = computeVisible(g, { ...EMPTY_FILTERS, yearMin: 2022 });
  t0 = performance.now();
  authorRows(g, visible, null);
  const tFiltered = performance.now() - t0;
  if (r === 0) continue;
  times.index.push(tIndex);
  times.rows.push(tRows);
  times.filtered.push(tFiltered);
  times.sort.push(tSort);
}

// In Chromium: the Authors tab as a researcher opens it.
const inChromium = { tab: [] as number[], frame: [] as number[], link: [] as number[], count: '' };
if (browserAvailability().ok) {
  let site = process.argv[4] ? resolve(process.argv[4]) : '';
  if (!site) {
    site = join((tmp ||= mkdtempSync(join(tmpdir(), 'pw-bench-authors-'))), 'site');
    await run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--outDir', site, '--emptyOutDir']);
  }
  const session = await launch(site, graphDir);
  const open = async (query: string) => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.server.url + query);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 180_000 });
    return page;
  };
  try {
    for (let r = 0; r < Math.min(rounds, 3); r++) {
      const page = await open('');
      await page.waitForTimeout(1500); // (the search index is built when idle)
      await tableStep(page, click('[data-testid=open-table]'));
      const t = await tableStep(page, click('[data-testid=table-tab][data-tab=authors]'));
      inChromium.tab.push(t.js.tab ?? NaN);
      inChromium.frame.push(t.frame);
      inChromium.count = (await page.getByTestId('table-count').textContent()) ?? '';
      await page.close();
      const linked = await open('?table=authors');
      inChromium.link.push(await linked.evaluate(() => window.paperweave!.beyond!.table.timings().open ?? NaN));
      await linked.close();
    }
  } finally {
    await session.close();
  }
}
if (tmp) rmSync(tmp, { recursive: true, force: true });

const lines = [
  `Authors tab on ${built ? 'a synthetic 10k graph (src/bench/synth.ts, seed 1, built for this run)' : graphDir} (${graph.order} nodes, ${papers} papers, ${bylines} author names on them, ${authors} authors once merged; ${rowCount} rows), ms in Node ${process.version}: median (range) of ${rounds}`,
  '',
  '| step | ms |',
  '|---|---:|',
  `| author index (built once per graph: names folded, merged, spellings counted) | ${span(times.index)} |`,
  `| rows, no filter (papers, co-authors, years, top methods and datasets) | ${span(times.rows)} |`,
  `| rows, from 2022 (a filter changed) | ${span(times.filtered)} |`,
  `| first sort by papers | ${span(times.sort)} |`,
  '',
  ...(inChromium.tab.length ? [
    `In Chromium 1280x800 (${inChromium.count}), ms: median (range) of ${inChromium.tab.length} fresh pages`,
    '',
    '| step | ms |',
    '|---|---:|',
    `| Authors tab clicked, the table open on Nodes: the panel's JS (index, rows, sort, first screen) | ${span(inChromium.tab)} |`,
    `| the same, to the next frame | ${span(inChromium.frame)} |`,
    `| a link with &table=authors: the panel's JS as the page opens | ${span(inChromium.link)} |`,
    '',
  ] : ['(Chromium not found: no browser figures)', '']),
];
const text = lines.join('\n');
console.log(text);
writeFileSync(join(artifactsDir(), 'authors-bench.md'), text);
