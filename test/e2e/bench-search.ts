/**
 * What papers' authors cost the search (web/search.ts) on a big graph (default graph-data/bench/10k, from `npm run bench`,
 * whose synthetic papers have made-up authors):
 *
 *   npx tsx test/e2e/bench-search.ts [GRAPH_DIR] [ROUNDS]
 *
 * The same graph twice, as it is and with every paper's `authors` taken out (written to a temp dir):
 * - in Node: buildSearchIndex, median and range of ROUNDS (default 5) after one to warm up; and a query's time (median of
 *   7): the most prolific author's name, a prefix of it, and "anomaly det";
 * - in Chromium (Debian's, 1280x800, the viewer built by vite into a temp dir, or $PW_SITE_DIR): the viewer's own
 *   `paperweave:search-index` measure (the index built when the browser is idle after load), one page a round, ROUNDS
 *   rounds (default 2 there).
 * Prints a Markdown table and writes it to test/e2e/artifacts/search-bench.md. Not a test: timings vary by machine.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../../src/cli/io.ts';
import { loadGraphJSON, toGraphJSON } from '../../src/export/json.ts';
import type { KnowledgeGraph, PaperNode } from '../../src/model.ts';
import { buildSearchIndex } from '../../web/search.ts';
import { artifactsDir, launch, run } from './browser.ts';
import { median } from './bench-stats.ts';

const graphDir = resolve(process.argv[2] ?? join(ROOT, 'graph-data', 'bench', '10k'));
const rounds = Number(process.argv[3] ?? 5);
if (!existsSync(join(graphDir, 'graph.json'))) {
  console.error(`bench-search: ${join(graphDir, 'graph.json')} not found; run 'npm run bench' first (or pass a graph dir)`);
  process.exit(2);
}
const ms = (n: number) => `${Math.round(n)}`;
const span = (xs: number[]) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;

const withAuthors = loadGraphJSON(readFileSync(join(graphDir, 'graph.json'), 'utf8'));
const without = withAuthors.copy() as KnowledgeGraph;
without.updateEachNodeAttributes((_k, a) => {
  if (a.kind !== 'paper' || !('authors' in a)) return a;
  const { authors: _authors, ...rest } = a as PaperNode;
  return rest;
});
const papersOf = new Map<string, number>();
withAuthors.forEachNode((_k, a) => {
  if (a.kind === 'paper') for (const n of a.authors ?? []) papersOf.set(n, (papersOf.get(n) ?? 0) + 1);
});
const bylines = [...papersOf.values()].reduce((s, n) => s + n, 0);
const prolific = [...papersOf].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
if (!prolific) console.warn(`bench-search: no paper of ${graphDir} has authors; both rows measure the same graph`);

// --- Node
const cases = [['without authors', without], ['with authors', withAuthors]] as const;
const builds: Record<string, number[]> = { 'without authors': [], 'with authors': [] };
for (let r = 0; r <= rounds; r++) {
  for (const [name, g] of cases) {
    const t0 = performance.now();
    buildSearchIndex(g);
    if (r > 0) builds[name].push(performance.now() - t0);
  }
}
const index = buildSearchIndex(withAuthors);
const queries = [...(prolific ? [prolific.toLowerCase(), prolific.slice(0, 3).toLowerCase()] : []), 'anomaly det'];
const queryTimes = queries.map((q) => {
  const xs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    index.search(q, 8);
    xs.push(performance.now() - t0);
  }
  return { q, ms: median(xs), hits: index.search(q, 8) };
});

// --- Chromium
const tmp = mkdtempSync(join(tmpdir(), 'pw-bench-search-'));
const pages: Record<string, number[]> = { 'without authors': [], 'with authors': [] };
try {
  let site = process.env.PW_SITE_DIR ?? '';
  if (!site) {
    site = join(tmp, 'site');
    await run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--outDir', site, '--emptyOutDir']);
  }
  const strippedDir = join(tmp, 'without-authors');
  mkdirSync(strippedDir);
  writeFileSync(join(strippedDir, 'graph.json'), toGraphJSON(without));
  const dirs: Record<string, string> = { 'without authors': strippedDir, 'with authors': graphDir };
  for (let r = 0; r < Math.min(rounds, 2); r++) {
    for (const name of Object.keys(dirs)) {
      const session = await launch(site, dirs[name]);
      try {
        const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(session.server.url);
        await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 300_000 });
        await page.waitForFunction(() => performance.getEntriesByName('paperweave:search-index').length > 0, undefined, { timeout: 120_000 });
        pages[name].push(await page.evaluate(() => performance.getEntriesByName('paperweave:search-index')[0].duration));
      } finally {
        await session.close();
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const lines = [
  `Search index on ${graphDir} (${withAuthors.order} nodes; ${bylines} author names on its papers, ${papersOf.size} distinct), ms: median (range)`,
  '',
  '| graph | index in Node | index in Chromium (the viewer\'s measure) |',
  '|---|---:|---:|',
  ...cases.map(([name]) => `| ${name} | ${span(builds[name])} | ${pages[name].length ? span(pages[name]) : '-'} |`),
  '',
  ...queryTimes.map(({ q, ms: t, hits }) => `- query "${q}": ${t.toFixed(1)} ms in Node, ${hits.length} suggestions, the first ${JSON.stringify(hits[0]?.via ?? hits[0]?.label ?? null)}`),
  '',
];
const text = lines.join('\n');
console.log(text);
writeFileSync(join(artifactsDir(), 'search-bench.md'), text);
