/**
 * End-to-end, in Debian's chromium: the "beyond" features on the built viewer.
 * - open a JSONL and a BibTeX file through the picker: their papers are in the graph, rejects listed by line;
 * - the matrix on the bundled graph has MVTec AD and VisA columns with the right methods, and evidence;
 * - the GEXF export of the view parses and passes check-gexf;
 * - the offline HTML export opens from file:// (no server) and shows the graph and the exported view;
 * - the year slider hides later papers.
 * The site is built with vite into a temp dir (or taken from $PW_SITE_DIR), the graph with `paperweave build`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { browserAvailability, launch, openViewer, type Session } from './browser.ts';
import { expectCheckGexf } from '../helpers/check-gexf.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/readers');
const avail = browserAvailability();

describe.skipIf(!avail.ok)('beyond the viewer (chromium)', () => {
  let tmp = '';
  let session: Session;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'pw-beyond-'));
    let site = process.env.PW_SITE_DIR ?? '';
    if (!site) {
      site = join(tmp, 'site');
      const { build } = await import('vite');
      await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: site, emptyOutDir: true } });
    }
    const graphDir = join(tmp, 'graph');
    const r = spawnSync(process.execPath, [join(ROOT, 'src/cli/paperweave.mjs'), 'build', '--out', graphDir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`paperweave build failed: ${r.stderr}`);
    session = await launch(site, graphDir);
  });

  afterAll(async () => {
    await session?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const paperTitles = (page: Page) =>
    page.evaluate(() => window.paperweave!.graph.filterNodes((_k, a) => a.kind === 'paper').map((k) => window.paperweave!.graph.getNodeAttribute(k, 'label')));

  it('opens a JSONL and a BibTeX file through the picker and shows their papers, rejects listed by line', async () => {
    // With a selection and a filter active: the new graph replaces them cleanly.
    const { page, errors } = await openViewer(session, '?sel=dataset:visa&setting=zero-shot');
    const bundledOrder = await page.evaluate(() => window.paperweave!.graph.order);
    await page.getByTestId('file-input').setInputFiles([join(FIXTURES, 'papers-malformed.jsonl'), join(FIXTURES, 'papers.bib')]);
    await page.waitForFunction(() => document.querySelector('[data-testid="open-status"]')?.getAttribute('data-state') === 'ok', undefined, { timeout: 60_000 });
    const titles = await paperTitles(page);
    expect(titles).toEqual(expect.arrayContaining([
      'Deep One-Class Classification', // in both files: merged
      'Anomaly Detection via Reverse Distillation from One-Class Embedding', // JSONL only
      'Towards Total Recall in Industrial Anomaly Detection', // BibTeX only
    ]));
    const rejects = await page.getByTestId('rejects').locator('li').allTextContents();
    // The summary counts the records as the CLI does, merges included (the duplicate went unmentioned).
    expect(await page.getByTestId('open-status').locator('.pw-open-title').textContent())
      .toMatch(new RegExp(`^Built from papers-malformed\\.jsonl, papers\\.bib: ${titles.length} papers from \\d+ records, ${rejects.length} rejected, [1-9]\\d* merged \\(the same paper twice\\); `));
    expect(rejects.some((r) => r.includes('papers-malformed.jsonl:2') && /JSON/i.test(r))).toBe(true);
    expect(rejects.some((r) => r.includes('papers-malformed.jsonl:3') && /title/.test(r))).toBe(true);
    // The canvas shows the new graph: a PatchCore node exists and is drawn.
    const drawn = await page.evaluate(() => {
      const pw = window.paperweave!;
      const k = pw.graph.findNode((_k, a) => a.label === 'Towards Total Recall in Industrial Anomaly Detection');
      return k ? Boolean(pw.renderer.getNodeDisplayData(k)) : false;
    });
    expect(drawn).toBe(true);
    // The graph is named after the (first) file, and so are its exports (it was always "anomaly-detection").
    expect(await page.evaluate(() => window.paperweave!.graph.getAttribute('name'))).toBe('papers-malformed');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-gexf').click()]);
    expect(gexf.suggestedFilename()).toBe('papers-malformed-view.gexf');
    // Back returns to the bundled graph and its entry's view, Forward to the opened graph and its own (Back
    // used to apply the bundled graph's selection and filter to the opened graph).
    const view = () => page.evaluate(() => ({ order: window.paperweave!.graph.order, selected: window.paperweave!.app.state.selected, setting: window.paperweave!.app.state.filters.setting }));
    const openedOrder = await page.evaluate(() => window.paperweave!.graph.order);
    await page.goBack();
    await expect.poll(view).toEqual({ order: bundledOrder, selected: ['dataset:visa'], setting: 'zero-shot' });
    expect(await page.getByTestId('filter-setting').inputValue()).toBe('zero-shot');
    await page.goForward();
    await expect.poll(view).toEqual({ order: openedOrder, selected: [], setting: null });
    expect(await paperTitles(page)).toContain('Towards Total Recall in Industrial Anomaly Detection');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a RIS export (Zotero, EndNote, Scopus) through the picker: the picker offers .ris and the page reads it', async () => {
    const { page, errors } = await openViewer(session);
    expect(await page.getByTestId('file-input').getAttribute('accept')).toContain('.ris');
    const ris = [
      'TY  - CONF', 'TI  - Towards Total Recall in Industrial Anomaly Detection', 'AU  - Roth, Karsten', 'PY  - 2022',
      'AB  - We propose PatchCore, which uses a memory bank of patch features. Experiments on MVTec AD show 99.6% AUROC.', 'ER  - ',
      'TY  - JOUR', 'TI  - Zorblax: Learning to Spot Defects', 'PY  - 2023', 'AB  - We propose Zorblax and evaluate it on VisA.', 'ER  - ', '',
    ].join('\r\n');
    await page.getByTestId('file-input').setInputFiles({ name: 'zotero-export.ris', mimeType: 'application/x-research-info-systems', buffer: Buffer.from(ris) });
    await page.waitForFunction(() => document.querySelector('[data-testid="open-status"]')?.getAttribute('data-state') === 'ok', undefined, { timeout: 60_000 });
    expect((await paperTitles(page)).sort()).toEqual(['Towards Total Recall in Industrial Anomaly Detection', 'Zorblax: Learning to Spot Defects']);
    expect(await page.evaluate(() => window.paperweave!.graph.hasNode('dataset:mvtecad') && window.paperweave!.graph.hasNode('dataset:visa'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a GEXF through the picker and a graph.json dropped on the page', async () => {
    const { page, errors } = await openViewer(session);
    // An empty file: the error names it once, and no stage line is left under it.
    await page.getByTestId('file-input').setInputFiles({ name: 'empty.jsonl', mimeType: 'application/json', buffer: Buffer.alloc(0) });
    await page.waitForFunction(() => document.querySelector('[data-testid="open-status"]')?.getAttribute('data-state') === 'error');
    expect(await page.locator('.pw-open-title').textContent()).toMatch(/^Could not open empty\.jsonl: empty file/);
    expect(await page.getByTestId('open-stage').textContent()).toBe('');
    // A Windows-1252 CSV is refused with the line of its first byte that is not UTF-8, as the CLI refuses it (File.text()
    // turned "Détection" into "D\uFFFDtection" without a word).
    await page.getByTestId('file-input').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: Buffer.from('title,abstract\nOk,We propose Zorblax on MVTec AD.\nD\xe9tection,Une m\xe9thode sur MVTec AD.\n', 'latin1') });
    await page.waitForFunction(() => document.querySelector('.pw-open-title')?.textContent?.includes('latin1.csv:3'));
    expect(await page.locator('.pw-open-title').textContent()).toMatch(/^Could not open latin1\.csv:3: not UTF-8 text \(byte 0xe9\)/);
    // A truncated GEXF: where its XML breaks (it read "holds no node"); a GEXF without nodes: said once, not twice.
    await page.getByTestId('file-input').setInputFiles({ name: 'cut.gexf', mimeType: 'application/xml', buffer: Buffer.from('<?xml version="1.0"?>\n<gexf version="1.3">\n  <graph>\n    <nodes>\n      <node id="a" label="A"/>\n') });
    await page.waitForFunction(() => document.querySelector('.pw-open-title')?.textContent?.includes('cut.gexf'));
    expect(await page.locator('.pw-open-title').textContent()).toMatch(/^Could not open cut\.gexf:\d+: not well-formed XML/);
    await page.getByTestId('file-input').setInputFiles({ name: 'none.gexf', mimeType: 'application/xml', buffer: Buffer.from('<?xml version="1.0"?>\n<gexf version="1.3"><graph><nodes/><edges/></graph></gexf>\n') });
    await page.waitForFunction(() => document.querySelector('.pw-open-title')?.textContent?.includes('none.gexf'));
    expect(await page.locator('.pw-open-title').textContent()).toMatch(/^Could not open none\.gexf: the graph has no node\.$/);
    // The search box's text goes with the graph it searched.
    await page.getByTestId('search').fill('PatchCore');
    const gexf = join(tmp, 'graph', 'graph.gexf');
    const expected = parseGexf(Graph, readFileSync(gexf, 'utf8'));
    await page.getByTestId('file-input').setInputFiles(gexf);
    await page.waitForFunction(() => document.querySelector('[data-testid="open-status"]')?.getAttribute('data-state') === 'ok');
    const opened = await page.evaluate(() => ({ order: window.paperweave!.graph.order, size: window.paperweave!.graph.size, title: document.title }));
    expect(opened.order).toBe(expected.order);
    expect(opened.size).toBe(expected.size);
    expect(opened.title).toMatch(/graph/);
    expect(await page.getByTestId('search').inputValue()).toBe('');
    // Drop a small graph.json (made in the page, nothing fetched) onto the window.
    await page.evaluate(() => {
      const g = {
        attributes: { name: 'dropped', clusters: [] },
        options: { type: 'directed', multi: false, allowSelfLoops: false },
        nodes: [
          { key: 'paper:p', attributes: { kind: 'paper', label: 'Dropped paper', title: 'Dropped paper', abstract: 'We test.', urls: [], x: 0, y: 0, size: 3, color: 'rgb(1,2,3)', community: 0, id: 'p' } },
          { key: 'method:m', attributes: { kind: 'method', label: 'DropNet', name: 'DropNet', aliases: [], papers: 1, x: 1, y: 1, size: 3, color: 'rgb(1,2,3)', community: 0 } },
        ],
        edges: [{ key: 'e', source: 'paper:p', target: 'method:m', attributes: { relation: 'proposes', evidence: 'We test.', confidence: 1, paper: 'paper:p' } }],
      };
      const dt = new DataTransfer();
      dt.items.add(new File([JSON.stringify(g)], 'graph.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => window.paperweave!.graph.order === 2);
    expect(await page.evaluate(() => window.paperweave!.graph.hasNode('method:m'))).toBe(true);
    // Named after the graph, as its exports are, not after the file every build writes (the title said "graph").
    expect(await page.evaluate(() => document.title)).toBe('paperweave · dropped');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-gexf').click()]);
    expect(dl.suggestedFilename()).toBe('dropped-view.gexf');
    expect(await page.locator('.pw-drop-overlay').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a graph of 30 clusters: the 24 largest are listed, and the list says how many more there are', async () => {
    const { page, errors } = await openViewer(session);
    await page.evaluate(() => {
      const nodes: unknown[] = [];
      const edges: unknown[] = [];
      const clusters: unknown[] = [];
      for (let i = 0; i < 30; i++) {
        const common = { x: i, y: i % 5, size: 3, color: 'rgb(1,2,3)', community: i };
        nodes.push({ key: `paper:p${i}`, attributes: { ...common, kind: 'paper', label: `Paper ${i}`, title: `Paper ${i}`, abstract: `We propose Net${i}.`, urls: [], id: `p${i}` } });
        nodes.push({ key: `method:net${i}`, attributes: { ...common, kind: 'method', label: `Net${i}`, name: `Net${i}`, aliases: [], papers: 1 } });
        edges.push({ key: `e${i}`, source: `paper:p${i}`, target: `method:net${i}`, attributes: { relation: 'proposes', evidence: `We propose Net${i}.`, confidence: 1, paper: `paper:p${i}` } });
        clusters.push({ id: i, label: `Net${i}`, size: 2, color: 'rgb(1,2,3)', topEntities: [`Net${i}`] });
      }
      const g = { attributes: { name: 'thirty', clusters }, options: { type: 'directed', multi: false, allowSelfLoops: false }, nodes, edges };
      const dt = new DataTransfer();
      dt.items.add(new File([JSON.stringify(g)], 'thirty.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => window.paperweave!.graph.order === 60);
    expect(await page.locator('#clusters button.cluster').count()).toBe(24);
    // (six clusters left out without a word)
    expect(await page.getByTestId('clusters-more').textContent()).toMatch(/^… and 6 smaller clusters/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('builds in a web worker: the page keeps running tasks between progress messages', async () => {
    const { page } = await openViewer(session);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    // Count main-thread tasks (interval ticks) seen between the first progress message and the end.
    await page.evaluate(() => {
      const w = window as unknown as { pwTicks: number; pwSeen: number[]; pwTexts: string[] };
      w.pwTicks = 0;
      w.pwSeen = [];
      w.pwTexts = [];
      setInterval(() => w.pwTicks++, 0);
      const stage = document.querySelector('[data-testid="open-stage"]')!;
      new MutationObserver(() => (w.pwSeen.push(w.pwTicks), w.pwTexts.push(stage.textContent ?? ''))).observe(stage, { childList: true, characterData: true, subtree: true });
    });
    const corpus = join(ROOT, 'graph-data/corpus/hf-daily-papers-anomaly-detection.txt');
    await page.getByTestId('file-input').setInputFiles(corpus);
    await page.waitForFunction(() => document.querySelector('[data-testid="open-status"]')?.getAttribute('data-state') === 'ok', undefined, { timeout: 90_000 });
    const seen = await page.evaluate(() => (window as unknown as { pwSeen: number[] }).pwSeen);
    expect(workers.some((u) => /pipeline\.worker/.test(u))).toBe(true);
    // Progress arrived in several main-thread tasks, with timer tasks run in between: not one blocking run.
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)! - seen[1]!).toBeGreaterThan(0);
    expect((await paperTitles(page)).length).toBeGreaterThanOrEqual(50);
    // The same code as the CLI: the graph built in the page is the CLI's graph (the file name aside).
    const cli = JSON.parse(readFileSync(join(tmp, 'graph', 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: unknown[] };
    const inPage = await page.evaluate(() => window.paperweave!.graph.export()) as unknown as typeof cli;
    const strip = (g: typeof cli) => g.nodes.map((n) => ({ key: n.key, a: { ...n.attributes, source: undefined } }));
    expect(strip(inPage)).toEqual(strip(cli));
    expect(inPage.edges).toEqual(cli.edges);
    const texts = await page.evaluate(() => (window as unknown as { pwTexts: string[] }).pwTexts.join('\n'));
    expect(texts).toMatch(/Extracting/);
    expect(texts).toMatch(/ForceAtlas2/);
    await page.close();
  });

  it('matrix: MVTec AD and VisA columns with the methods whose papers evaluate on them, and the evidence', async () => {
    const { page, errors } = await openViewer(session);
    await page.getByTestId('open-matrix').click();
    const table = page.getByTestId('matrix');
    await table.waitFor();
    const marked = (dataset: string) =>
      table.locator(`td.mark[data-dataset="${dataset}"]`).evaluateAll((tds) => tds.map((td) => td.getAttribute('data-method')));
    const mvtec = await marked('dataset:mvtecad');
    const visa = await marked('dataset:visa');
    expect(await table.locator('th[data-dataset="dataset:mvtecad"]').count()).toBe(1);
    expect(await table.locator('th[data-dataset="dataset:visa"]').count()).toBe(1);
    // Gold: FiLo, INP-Former, MuSc, Dinomaly, VisionAD evaluate on both; SimpleNet only on MVTec AD.
    expect(mvtec).toEqual(expect.arrayContaining(['method:filo', 'method:dinomaly', 'method:simplenet']));
    expect(visa).toEqual(expect.arrayContaining(['method:filo', 'method:dinomaly']));
    expect(visa).not.toContain('method:simplenet');
    expect(visa.length).toBeLessThan(mvtec.length);
    // Every cell is a td with both data attributes.
    const rows = await table.locator('tbody tr').count();
    const cols = await table.locator('thead th[data-dataset]').count();
    expect(await table.locator('td[data-method][data-dataset]').count()).toBe(rows * cols);
    // Sortable: a click on the VisA header brings its methods to the top; sorting by name orders the rows.
    await table.locator('th[data-dataset="dataset:visa"] button').click();
    const firstRows = await table.locator('tbody tr').evaluateAll((trs, n) => trs.slice(0, n).map((tr) => Boolean(tr.querySelector('td.mark[data-dataset="dataset:visa"]'))), visa.length);
    expect(firstRows.every(Boolean)).toBe(true);
    await page.getByTestId('matrix-sort-rows').selectOption('name');
    const names = await table.locator('tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
    // Click FiLo × VisA: the evidence names the paper and the sentence.
    await table.locator('td[data-method="method:filo"][data-dataset="dataset:visa"]').click();
    const ev = page.getByTestId('matrix-evidence');
    await expect.poll(() => ev.textContent()).toMatch(/VisA/);
    expect(await ev.textContent()).toMatch(/FiLo/);
    // and the scores FiLo's abstract reports on VisA
    expect(await page.getByTestId('matrix-results').textContent()).toBe('reports AUROC 83.9%; pixel-AUROC 95.9%');
    // the marks can show a metric's best reported figure: SimpleNet's 99.6% AUROC on MVTec AD; a mark without one a dot
    await page.getByTestId('matrix-show').selectOption('AUROC');
    await expect.poll(() => table.locator('td[data-method="method:simplenet"][data-dataset="dataset:mvtecad"]').textContent()).toBe('99.6%');
    expect(await table.locator('td[data-method="method:dinomaly"][data-dataset="dataset:mvtecad"]').textContent()).toBe('·');
    expect(await page.getByTestId('matrix-summary').textContent()).toMatch(/shows the best AUROC its papers report/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reported results: a dataset lists what its papers report, best first, each figure opening its sentence; a paper lists its own", async () => {
    const { page, errors } = await openViewer(session, '?sel=dataset:mvtecad');
    const table = page.getByTestId('dataset-results');
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    // AUROC rows, best first: SimpleNet 99.6%, then 95.8 (Gaussian AD, written without %), then AnomalyGPT 94.1%
    const auroc = rows.filter((r) => r[0] === 'AUROC').map((r) => r[1]);
    expect(auroc).toEqual(['99.6%', '95.8', '94.1%']);
    expect(rows.find((r) => r[1] === '99.6%')![2]).toMatch(/SimpleNet/);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['PRO', 'pixel-AUROC', 'accuracy']));
    await table.getByRole('button', { name: 'AUROC 99.6%: the sentence' }).click();
    await expect.poll(() => page.getByTestId('results').textContent().catch(() => '')).toBe('AUROC 99.6%');
    expect(await page.getByTestId('evidence').textContent()).toMatch(/SimpleNet/);
    // AnomalyGPT's paper: its figures on MVTec AD
    const anomalygpt = await page.evaluate(() => window.paperweave!.graph.filterNodes((_k, a) => a.kind === 'paper' && /^AnomalyGPT/.test(a.label))[0]);
    await page.evaluate((k) => window.paperweave!.select(k), anomalygpt);
    await expect.poll(() => page.getByTestId('paper-results').textContent().catch(() => '')).toMatch(/MVTec AD\s*accuracy 86\.1%; AUROC 94\.1%; pixel-AUROC 95\.3%/);
    // A method's panel: what its own paper reports, per dataset (it named MVTec AD and no figure); the figure opens its sentence.
    await page.evaluate(() => window.paperweave!.select('method:simplenet'));
    await expect.poll(() => page.getByTestId('method-results').textContent().catch(() => '')).toBe('MVTec AD AUROC 99.6%');
    await page.getByTestId('method-results').getByRole('button', { name: 'AUROC 99.6%' }).click();
    await expect.poll(() => page.getByTestId('results').textContent().catch(() => '')).toBe('AUROC 99.6%');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('matrix from the keyboard: Enter on a mark shows its sentences, Esc closes the matrix and keeps the selection', async () => {
    const { page } = await openViewer(session, '?sel=dataset:visa');
    await page.getByTestId('open-matrix').click();
    await page.getByTestId('matrix').waitFor();
    await page.locator('td.mark[data-dataset="dataset:visa"]').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('matrix-evidence').textContent()).toMatch(/on VisA/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('matrix-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    // (Esc cleared the selection as well: the details panel of VisA closed and Back was needed to get it again)
    expect(await page.evaluate(() => window.paperweave!.app.state.selected)).toEqual(['dataset:visa']);
    expect(await page.getByTestId('details').isVisible()).toBe(true);
    await page.close();
  });

  it('matrix as an ARIA grid: one tab stop, the arrows move from cell to cell, Home/End and Ctrl+Home/End, clear of the sticky heads; Enter opens a mark reached so', async () => {
    const { page, errors } = await openViewer(session);
    await page.getByTestId('open-matrix').click();
    const table = page.getByTestId('matrix');
    await table.waitFor();
    expect(await table.getAttribute('role')).toBe('grid');
    const size = await table.evaluate((t) => {
      const rows = [...(t as HTMLTableElement).rows];
      const mark = t.querySelector('td.mark') as HTMLTableCellElement;
      return { rows: rows.length, cols: rows[0].cells.length, mark: [(mark.parentElement as HTMLTableRowElement).rowIndex, mark.cellIndex] };
    });
    expect(size.rows).toBeGreaterThan(12);
    /** The focused cell of the grid ([row, column], and what has the focus), or null when the focus is outside it. */
    const at = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const cell = el.closest('th, td') as HTMLTableCellElement | null;
      if (!cell?.closest('[data-testid=matrix]')) return null;
      return { cell: [(cell.parentElement as HTMLTableRowElement).rowIndex, cell.cellIndex], tag: el.tagName.toLowerCase() };
    });
    const tabStops = () => table.locator('[tabindex="0"]').count();
    expect(await tabStops()).toBe(1);
    // Tab enters the grid once, on the first mark; the next Tab leaves it; Shift+Tab comes back to the same cell.
    await page.locator('[data-testid=matrix-dialog] .pw-close').focus();
    await page.keyboard.press('Tab');
    expect(await at()).toEqual({ cell: size.mark, tag: 'td' });
    await page.keyboard.press('Tab');
    expect(await at()).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await at()).toEqual({ cell: size.mark, tag: 'td' });
    // The keys, heads included (their buttons take the focus); no wrapping at the edges.
    const press = async (key: string, cell: number[], tag = 'td') => {
      await page.keyboard.press(key);
      expect(await at(), key).toEqual({ cell, tag });
    };
    const [lastRow, lastCol] = [size.rows - 1, size.cols - 1];
    await press('Control+Home', [0, 0], 'th');
    await press('ArrowUp', [0, 0], 'th');
    await press('ArrowLeft', [0, 0], 'th');
    await press('ArrowRight', [0, 1], 'button');
    await press('ArrowDown', [1, 1]);
    await press('ArrowLeft', [1, 0], 'button');
    await press('End', [1, lastCol]);
    await press('ArrowRight', [1, lastCol]);
    await press('Home', [1, 0], 'button');
    await press('PageDown', [11, 0], 'button');
    await press('PageUp', [1, 0], 'button');
    await press('Control+End', [lastRow, lastCol]);
    await press('ArrowDown', [lastRow, lastCol]);
    expect(await tabStops()).toBe(1);
    // The last cell, reached from the keyboard, is in sight: inside the scroller, not under the sticky head row or column.
    const inSight = await page.evaluate(() => {
      const cell = (document.activeElement as HTMLElement).getBoundingClientRect();
      const t = document.querySelector('[data-testid=matrix]') as HTMLTableElement;
      const wrap = t.parentElement!.getBoundingClientRect();
      const head = t.tHead!.getBoundingClientRect();
      const rowHead = t.tBodies[0].rows[0].cells[0].getBoundingClientRect();
      return cell.top >= head.bottom - 1 && cell.left >= rowHead.right - 1 && cell.bottom <= wrap.bottom + 1 && cell.right <= wrap.right + 1;
    });
    expect(inSight).toBe(true);
    // To the first mark with the arrows, and Enter: its sentences.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < size.mark[0]; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < size.mark[1]; i++) await page.keyboard.press('ArrowRight');
    expect(await at()).toEqual({ cell: size.mark, tag: 'td' });
    const label = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
    await page.keyboard.press('Enter');
    const [method, dataset] = label!.split(' evaluated on ');
    await expect.poll(() => page.getByTestId('matrix-evidence').locator('h3').textContent()).toBe(`${method} on ${dataset}`);
    // A head sorted from the keyboard keeps the focus and the tab stop, in the table drawn anew.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const head = await page.evaluate(() => document.activeElement!.closest('th')!.getAttribute('data-dataset'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=matrix] th.sorted').getAttribute('data-dataset')).toBe(head);
    expect(await at()).toEqual({ cell: [0, 2], tag: 'button' });
    expect(await tabStops()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('matrix: a dataset head sorts the methods by that column, the row select says so, and a second click or another order goes back', async () => {
    const { page, errors } = await openViewer(session);
    await page.getByTestId('open-matrix').click();
    const table = page.getByTestId('matrix');
    await table.waitFor();
    const rowSel = page.getByTestId('matrix-sort-rows');
    const byLabel = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
    const rows = () => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      name: tr.querySelector('th')!.textContent!,
      visa: Number(tr.querySelector('td[data-dataset="dataset:visa"]')!.textContent === '●' ? 1 : tr.querySelector('td[data-dataset="dataset:visa"]')!.textContent || 0),
    })));
    const sortedHeads = () => table.locator('thead th[aria-sort]').evaluateAll((ths) => ths.map((th) => `${th.getAttribute('data-dataset')} ${th.getAttribute('aria-sort')}`));
    await rowSel.selectOption('name');
    const byName = await rows();
    expect(byName.map((r) => r.name)).toEqual(byName.map((r) => r.name).sort(byLabel));
    // The VisA head: rows by their papers on VisA, ties in the order chosen before (name); the select shows it
    // (it kept saying "name" over rows in another order, and the name order was lost within the VisA group).
    await table.locator('th[data-dataset="dataset:visa"] button').click();
    await expect.poll(() => rowSel.inputValue()).toBe('column');
    expect(await rowSel.locator('option:checked').textContent()).toBe('papers on VisA');
    expect(await sortedHeads()).toEqual(['dataset:visa descending']);
    expect(await page.getByTestId('matrix-summary').textContent()).toMatch(/sorted by their papers on VisA, then by name/);
    const byVisa = await rows();
    const counts = byVisa.map((r) => r.visa);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const n of new Set(counts)) {
      const group = byVisa.filter((r) => r.visa === n).map((r) => r.name);
      expect(group).toEqual([...group].sort(byLabel));
    }
    // A second click goes back to the name order, and the select with it.
    await table.locator('th[data-dataset="dataset:visa"] button').click();
    await expect.poll(() => rowSel.inputValue()).toBe('name');
    expect(await rowSel.locator('option[value="column"]').count()).toBe(0);
    expect(await sortedHeads()).toEqual([]);
    expect((await rows()).map((r) => r.name)).toEqual(byName.map((r) => r.name));
    // Or another order from the select.
    await table.locator('th[data-dataset="dataset:mvtecad"] button').click();
    await expect.poll(() => rowSel.locator('option:checked').textContent()).toBe('papers on MVTec AD');
    await rowSel.selectOption('count');
    await expect.poll(sortedHeads).toEqual([]);
    expect(await rowSel.inputValue()).toBe('count');
    // A sorted column that a filter takes away: the rows go back to the chosen order, and the select says which.
    await table.locator('th[data-dataset="dataset:visa"] button').click();
    await expect.poll(() => rowSel.inputValue()).toBe('column');
    await page.keyboard.press('Escape');
    await page.getByTestId('filter-domain').selectOption('video');
    await page.getByTestId('open-matrix').click();
    await expect.poll(() => rowSel.inputValue()).toBe('count');
    expect(await sortedHeads()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('matrix showing a metric: a dataset head sorts the methods by the figure its column shows, best first, then the marks without one', async () => {
    const { page, errors } = await openViewer(session, '?matrix=open&mshow=AUROC');
    const table = page.getByTestId('matrix');
    await table.waitFor();
    await table.locator('th[data-dataset="dataset:mvtecad"] button').click();
    await expect.poll(() => page.getByTestId('matrix-sort-rows').locator('option:checked').textContent()).toBe('AUROC on MVTec AD');
    const column = await table.locator('tbody td[data-dataset="dataset:mvtecad"]').allTextContents();
    // (sorted by their papers, one each, the column marked sorted read ·, ·, … 94.1%, 99.6%)
    const figures = column.filter((t) => /\d/.test(t));
    expect(figures.slice(0, 2)).toEqual(['99.6%', '94.1%']);
    expect(column).toEqual([...figures, ...column.filter((t) => t === '·'), ...column.filter((t) => t === '')]);
    expect(await table.locator('th[data-dataset="dataset:mvtecad"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByTestId('matrix-summary').textContent()).toMatch(/sorted by their best AUROC on MVTec AD/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('matrix view in the URL: its orders, the head sorted by and what the marks show come back on a reload, and Back returns to the matrix a method was chosen from', async () => {
    const { page, errors } = await openViewer(session, '?sel=dataset:visa');
    const table = page.getByTestId('matrix');
    const rowSel = page.getByTestId('matrix-sort-rows');
    const isOpen = () => page.getByTestId('matrix-dialog').evaluate((d) => (d as HTMLDialogElement).open);
    const params = () => page.evaluate(() => Object.fromEntries([...new URLSearchParams(location.search)].filter(([k]) => k !== 'cam')));
    const simplenet = table.locator('td[data-method="method:simplenet"][data-dataset="dataset:mvtecad"]');
    // the matrix as it was left: sorted by name, then by its VisA head; the marks show AUROC
    const shown = async () => ({
      open: await isOpen(),
      rows: await rowSel.inputValue(),
      rowText: await rowSel.locator('option:checked').textContent(),
      sorted: await table.locator('thead th[aria-sort]').getAttribute('data-dataset'),
      show: await page.getByTestId('matrix-show').inputValue(),
      simplenet: await simplenet.textContent(),
    });
    const asLeft = { open: true, rows: 'column', rowText: 'AUROC on VisA', sorted: 'dataset:visa', show: 'AUROC', simplenet: '99.6%' };
    await page.getByTestId('open-matrix').click();
    await table.waitFor();
    await rowSel.selectOption('name');
    await table.locator('th[data-dataset="dataset:visa"] button').click();
    await page.getByTestId('matrix-show').selectOption('AUROC');
    await expect.poll(() => simplenet.textContent()).toBe('99.6%');
    // (the Gaps list follows the selected VisA, and the URL keeps its target)
    const url = { sel: 'dataset:visa', gaps: 'dataset:visa', matrix: 'open', mrows: 'name', mby: 'dataset:visa', mshow: 'AUROC' };
    await expect.poll(params).toEqual(url);
    // Sorting and showing a metric are no history steps (as filters are not): the same entry, replaced.
    const entries = await page.evaluate(() => history.length);
    // A reload (or the link sent to a colleague) reopens the matrix as it was left.
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined);
    await table.waitFor();
    expect(await shown()).toEqual(asLeft);
    // A method chosen from the matrix: the matrix closes onto its node, the URL says closed and keeps the view.
    await table.locator('tbody th[data-method="method:simplenet"] button').click();
    await expect.poll(isOpen).toBe(false);
    await expect.poll(params).toEqual({ ...url, sel: 'method:simplenet', matrix: undefined });
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    // Back: VisA selected, and the matrix it was left from, open, sorted and showing AUROC; Forward: SimpleNet, closed.
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected)).toEqual(['dataset:visa']);
    await expect.poll(isOpen).toBe(true);
    await expect.poll(shown).toEqual(asLeft);
    await page.goForward();
    await expect.poll(isOpen).toBe(false);
    expect(await page.evaluate(() => window.paperweave!.app.state.selected)).toEqual(['method:simplenet']);
    // Reopened from the toolbar, the matrix keeps its view; Esc closes it, and the URL says so.
    await page.getByTestId('open-matrix').click();
    await expect.poll(shown).toEqual(asLeft);
    await page.keyboard.press('Escape');
    await expect.poll(params).toEqual({ ...url, sel: 'method:simplenet', matrix: undefined });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('matrix in a 600 px window and on a 390 px phone: whole names, no overlap, one scroller with sticky heads, evidence under the table, its gaps on screen, a head sorted from the keyboard keeps the focus', async () => {
    type Box = { x: number; y: number; w: number; h: number };
    const overlap = (a: Box, b: Box) => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;
    for (const size of [{ width: 600, height: 800 }, { width: 390, height: 844 }]) {
      const { page, errors } = await openViewer(session, '', size);
      await page.getByTestId('open-matrix').click();
      await page.getByTestId('matrix').waitFor();
      const layout = () => page.evaluate(() => {
        const box = (e: Element) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
        const dlg = document.querySelector('[data-testid="matrix-dialog"]')!;
        const head = dlg.querySelector('.pw-dialog-head')!;
        const body = dlg.querySelector('.pw-dialog-body')!;
        const wrap = dlg.querySelector('.pw-matrix-wrap')!;
        const heads = [...dlg.querySelectorAll('thead th[data-dataset] .pw-colhead')];
        return {
          dialog: box(dlg),
          // the title, the close button and each control of the head
          headParts: [...head.children].flatMap((c) => (c.classList.contains('pw-matrix-controls') ? [...c.children] : [c])).map(box),
          colHeads: heads.map(box),
          // a name cut short: its text overflows its box (it was "Galaxy Zoo DE…", "MultiColorMNI…")
          cut: heads.filter((b) => b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent),
          bodyScrolls: body.scrollHeight > body.clientHeight + 1,
          wrap: { ...box(wrap), scrollW: wrap.scrollWidth, clientW: wrap.clientWidth, scrollH: wrap.scrollHeight, clientH: wrap.clientHeight },
        };
      });
      const l = await layout();
      const where = `${size.width} px`;
      expect(l.dialog.x, where).toBeGreaterThanOrEqual(0);
      expect(l.dialog.x + l.dialog.w, where).toBeLessThanOrEqual(size.width);
      expect(l.dialog.y + l.dialog.h, where).toBeLessThanOrEqual(size.height);
      for (const [i, a] of l.headParts.entries()) for (const b of l.headParts.slice(i + 1)) expect(overlap(a, b), `${where}: head controls overlap`).toBe(false);
      for (const [i, a] of l.colHeads.entries()) for (const b of l.colHeads.slice(i + 1)) expect(overlap(a, b), `${where}: column heads overlap`).toBe(false);
      expect(l.cut, where).toEqual([]);
      // Only the table scrolls (the body around it scrolled too, a second scroll bar moving the sticky heads away).
      expect(l.bodyScrolls, where).toBe(false);
      if (size.width === 390) expect(l.wrap.scrollW, where).toBeGreaterThan(l.wrap.clientW);
      // Scrolled to its right end, the method names stay at the left edge, on top of the cells.
      const stuck = await page.evaluate(() => {
        const wrap = document.querySelector('.pw-matrix-wrap')!;
        wrap.scrollLeft = wrap.scrollWidth;
        const th = document.querySelector('[data-testid="matrix"] tbody tr:nth-child(3) th')!;
        const r = th.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return { scrolled: wrap.scrollLeft, left: r.x - wrap.getBoundingClientRect().x, onTop: Boolean(hit && th.contains(hit)) };
      });
      if (size.width === 390) expect(stuck.scrolled, where).toBeGreaterThan(0);
      expect(stuck.left, where).toBeLessThan(1);
      expect(stuck.onTop, where).toBe(true);
      // From the keyboard, scrolled to the last column: Enter on its head sorts by it, the focus stays on the head and the
      // table where it was (the focus fell to the page and the table jumped back to its first column).
      const lastHead = page.locator('[data-testid="matrix"] thead th[data-dataset]').last();
      const lastKey = await lastHead.getAttribute('data-dataset');
      await lastHead.locator('button').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-testid="matrix"] thead th[aria-sort]').getAttribute('data-dataset')).toBe(lastKey);
      const after = await page.evaluate(() => {
        const wrap = document.querySelector('.pw-matrix-wrap')!;
        const th = document.activeElement?.closest('th');
        const w = wrap.getBoundingClientRect();
        const r = th?.getBoundingClientRect();
        return { focused: th?.getAttribute('data-dataset') ?? null, left: wrap.scrollLeft, inView: Boolean(r && r.left >= w.left && r.right <= w.right + 1) };
      });
      expect(after, where).toEqual({ focused: lastKey, left: size.width === 390 ? expect.toSatisfy((x: number) => x > 0) : expect.anything(), inView: true });
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-testid="matrix"] thead th[aria-sort]').count()).toBe(0);
      // A mark's sentences: under the table in a narrow window (beside it, they squeezed it to a third of the width),
      // all on screen; the table keeps the width and scrolls under its sticky column heads.
      await page.evaluate(() => { document.querySelector('.pw-matrix-wrap')!.scrollLeft = 0; });
      await page.locator('td.mark[data-dataset="dataset:visa"]').first().click();
      await expect.poll(() => page.getByTestId('matrix-evidence').isVisible()).toBe(true);
      const withEvidence = await page.evaluate(() => {
        const wrap = document.querySelector('.pw-matrix-wrap')!;
        const ev = document.querySelector('[data-testid="matrix-evidence"]')!.getBoundingClientRect();
        const body = document.querySelector('.pw-dialog-body')!.getBoundingClientRect();
        wrap.scrollTop = wrap.scrollHeight;
        const th = document.querySelector('[data-testid="matrix"] thead th[data-dataset]')!;
        const r = th.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height - 10);
        const w = wrap.getBoundingClientRect();
        return {
          wrapWidth: w.width, bodyWidth: body.width, evBottom: ev.bottom, evTop: ev.top, wrapBottom: w.bottom,
          scrolledDown: wrap.scrollTop, headTop: r.top - w.top, headOnTop: Boolean(hit && th.contains(hit)),
        };
      });
      expect(withEvidence.wrapWidth, where).toBeGreaterThan(withEvidence.bodyWidth * 0.9);
      expect(withEvidence.evTop, where).toBeGreaterThanOrEqual(withEvidence.wrapBottom);
      expect(withEvidence.evBottom, where).toBeLessThanOrEqual(size.height);
      expect(withEvidence.scrolledDown, where).toBeGreaterThan(0);
      expect(Math.abs(withEvidence.headTop), where).toBeLessThan(1);
      expect(withEvidence.headOnTop, where).toBe(true);
      // "Methods not yet evaluated on VisA": the matrix closes onto the Gaps list, on screen (on the phone the sidebar
      // was folded to its button, and nothing seemed to happen).
      await page.getByTestId('matrix-gaps').click();
      await expect.poll(() => page.getByTestId('gaps-target').inputValue()).toBe('dataset:visa');
      expect(await page.getByTestId('gaps').isVisible(), where).toBe(true);
      const gaps = (await page.getByTestId('gaps-section').boundingBox())!;
      expect(gaps.y, where).toBeLessThan(size.height);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('a filter that takes away the matrix\'s sorted column (and its metric) drops them from the view, computing the matrix once', async () => {
    const computed = (page: Page) => page.evaluate(() => performance.getEntriesByName('paperweave:matrix').length);
    const sortedHead = (page: Page) => page.evaluate(() => document.querySelector('[data-testid=matrix] th.sorted')?.getAttribute('data-dataset') ?? null);
    const matrixParams = (page: Page) => page.evaluate(() => ['mby', 'mshow'].map((k) => new URL(location.href).searchParams.get(k)));
    // A change of filter, the matrix open and sorted by MVTec AD's PRO.
    const { page, errors } = await openViewer(session, '?matrix=open&mby=dataset:mvtecad&mshow=PRO');
    await page.getByTestId('matrix').waitFor();
    await expect.poll(() => sortedHead(page)).toBe('dataset:mvtecad');
    expect(await computed(page)).toBe(1);
    await page.evaluate(() => {
      const app = window.paperweave!.app;
      app.setState({ ...app.state, filters: { ...app.state.filters, domain: 'video' } }, 'replace');
    });
    await expect.poll(() => matrixParams(page)).toEqual([null, null]);
    expect(await page.locator('[data-testid=matrix] th[data-dataset="dataset:mvtecad"]').count()).toBe(0);
    expect(await sortedHead(page)).toBeNull();
    expect(await page.getByTestId('matrix-sort-rows').inputValue()).toBe('count');
    expect(await computed(page)).toBe(2);
    // A link that asks for both under that filter: one matrix too.
    await page.goto(`${session.server.url}?domain=video&matrix=open&mby=dataset:mvtecad&mshow=PRO`);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await page.getByTestId('matrix').waitFor();
    await expect.poll(() => matrixParams(page)).toEqual([null, null]);
    expect(await computed(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('matrix follows the current filter: the video domain shows video benchmarks, not MVTec AD', async () => {
    const { page } = await openViewer(session, '?domain=video');
    await page.getByTestId('open-matrix').click();
    const table = page.getByTestId('matrix');
    await table.waitFor();
    const cols = await table.locator('thead th[data-dataset]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-dataset')));
    expect(cols).not.toContain('dataset:mvtecad');
    expect(cols).toContain('dataset:ucfcrime');
    await page.close();
  });

  it('gaps: for VisA, methods evaluated on MVTec AD but not on VisA, with reasons; following the selection', async () => {
    const { page } = await openViewer(session);
    // (a name long enough to wrap in the sidebar, whatever the bundled graph's longest names are: the thirty closest
    // methods listed had one, until one more method pushed it off the list)
    await page.evaluate(() => window.paperweave!.graph.setNodeAttribute('method:anomalyncd', 'label', 'AnomalyNCD, a Multi-class Anomaly Novel Class Discovery Framework'));
    await page.getByTestId('gaps-target').selectOption('dataset:visa');
    const gaps = page.getByTestId('gaps');
    const methods = await gaps.locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-method')));
    expect(methods).toContain('method:simplenet');
    expect(methods).not.toContain('method:filo');
    expect(await gaps.locator('li[data-method="method:simplenet"]').textContent()).toMatch(/MVTec AD/);
    // A name that wraps reads from the left edge of its item, as the others do (a button centred its lines).
    const wrapped = await gaps.locator(':scope > li > button.link').evaluateAll((bs) => bs.map((b) => {
      const lines = [...(() => { const r = document.createRange(); r.selectNodeContents(b); return r.getClientRects(); })()];
      return { name: b.textContent, lines: lines.length, indent: Math.round(Math.min(...lines.map((l) => l.left)) - b.getBoundingClientRect().left) };
    }).filter((x) => x.lines > 1));
    expect(wrapped.length).toBeGreaterThan(0);
    for (const w of wrapped) expect(w, w.name!).toMatchObject({ indent: 0 });
    // Each target counts its papers, as the rest of the viewer does (not its links, which also count methods').
    const mvtecPapers = await page.evaluate(() => (window.paperweave!.graph.getNodeAttributes('dataset:mvtecad') as { papers: number }).papers);
    expect(await page.getByTestId('gaps-target').locator('option[value="dataset:mvtecad"]').textContent()).toBe(`MVTec AD (${mvtecPapers} papers)`);
    // Selecting a setting node in the graph retargets the list.
    await page.evaluate(() => window.paperweave!.select('setting:zero-shot'));
    await expect.poll(() => page.getByTestId('gaps-target').inputValue()).toBe('setting:zero-shot');
    // A target picked in the list stays while the selection does not change (hovering re-renders).
    await page.getByTestId('gaps-target').selectOption('dataset:mvtecad');
    await page.mouse.move(640, 400);
    await page.mouse.move(700, 420);
    await page.evaluate(() => window.paperweave!.app.setState({ ...window.paperweave!.app.state, hovered: 'dataset:visa' }, 'none'));
    expect(await page.getByTestId('gaps-target').inputValue()).toBe('dataset:mvtecad');
    await page.close();
    // A link that selects VisA shows VisA's gaps, as the click did (reloaded, the list asked to pick a dataset).
    const linked = (await openViewer(session, '?sel=dataset:visa')).page;
    expect(await linked.getByTestId('gaps-target').inputValue()).toBe('dataset:visa');
    expect(await linked.getByTestId('gaps').locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-method')))).toEqual(methods);
    await linked.close();
  });

  it('exports the filtered view as a GEXF that parses and passes check-gexf', async () => {
    const { page } = await openViewer(session, '?domain=industrial');
    const shown = Number(await page.getByTestId('node-count').textContent());
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-gexf').click()]);
    const file = join(tmp, 'view.gexf');
    await dl.saveAs(file);
    const xml = readFileSync(file, 'utf8');
    const g = parseGexf(Graph, xml);
    const total = await page.evaluate(() => window.paperweave!.graph.order);
    expect(g.order).toBe(shown);
    expect(g.order).toBeLessThan(total);
    // Edges keep their evidence and paper.
    const withEvidence = g.filterEdges((_e, a) => typeof a.evidence === 'string' && a.evidence.length > 0 && typeof a.paper === 'string');
    expect(withEvidence.length).toBeGreaterThan(0);
    expectCheckGexf([file]);
    await page.close();
  });

  it('the PNG carries the cluster labels shown over the canvas, where they stand (sigma\'s image left them out)', async () => {
    const { page } = await openViewer(session);
    const r = await page.evaluate(async () => {
      const pw = window.paperweave!;
      const box = pw.renderer.getContainer().getBoundingClientRect();
      const rects = [...document.querySelectorAll<HTMLElement>('.cluster-labels .cluster-label')]
        .filter((el) => getComputedStyle(el).visibility === 'visible')
        .map((el) => el.getBoundingClientRect())
        .map((q) => ({ x0: q.left - box.left - 6, y0: q.top - box.top - 6, x1: q.right - box.left + 6, y1: q.bottom - box.top + 6 }));
      const pixels = async (b: Blob) => {
        const bm = await createImageBitmap(b);
        const c = new OffscreenCanvas(bm.width, bm.height);
        const g = c.getContext('2d')!;
        g.drawImage(bm, 0, 0);
        return { w: bm.width, data: g.getImageData(0, 0, bm.width, bm.height).data };
      };
      const dpr = window.devicePixelRatio || 1;
      const withLabels = await pixels(await pw.beyond!.exports.png(1));
      const without = await pixels(await pw.beyond!.exports.png(1, { clusterLabels: false }));
      let inside = 0;
      let outside = 0;
      for (let i = 0; i < withLabels.data.length; i += 4) {
        if (withLabels.data[i] === without.data[i] && withLabels.data[i + 1] === without.data[i + 1] && withLabels.data[i + 2] === without.data[i + 2]) continue;
        const x = ((i / 4) % withLabels.w) / dpr;
        const y = Math.floor(i / 4 / withLabels.w) / dpr;
        if (rects.some((q) => x >= q.x0 && x <= q.x1 && y >= q.y0 && y <= q.y1)) inside++;
        else outside++;
      }
      return { labels: rects.length, inside, outside };
    });
    expect(r.labels).toBeGreaterThan(2);
    expect(r.inside).toBeGreaterThan(100 * r.labels);
    expect(r.outside).toBe(0);
    await page.close();
  });

  it('exports a PNG at the chosen scale and the view as graph.json and as VOSviewer JSON', async () => {
    const { page } = await openViewer(session, '?setting=zero-shot', { width: 800, height: 600 });
    const shown = Number(await page.getByTestId('node-count').textContent());
    await page.getByTestId('export-menu').locator('summary').click();
    await page.getByTestId('png-scale').selectOption('2');
    // Esc closes the menu, and leaves the selection alone.
    await page.evaluate(() => window.paperweave!.select('setting:zero-shot'));
    await page.getByTestId('export-menu').locator('summary').focus();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('export-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => window.paperweave!.app.state.selected)).toEqual(['setting:zero-shot']);
    await page.getByTestId('export-menu').locator('summary').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const pngFile = join(tmp, 'view.png');
    await png.saveAs(pngFile);
    const bytes = readFileSync(pngFile);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const dpr = await page.evaluate(() => window.devicePixelRatio || 1);
    expect(bytes.readUInt32BE(16)).toBe(800 * 2 * dpr);
    expect(bytes.readUInt32BE(20)).toBe(600 * 2 * dpr);
    if (!(await page.getByTestId('export-json').isVisible())) await page.getByTestId('export-menu').locator('summary').click();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const jsonFile = join(tmp, 'view.json');
    await json.saveAs(jsonFile);
    const { loadGraphJSON } = await import('../../src/export/json.ts');
    const g = loadGraphJSON(readFileSync(jsonFile, 'utf8'));
    expect(g.order).toBe(shown);
    expect(g.hasNode('setting:zero-shot')).toBe(true);
    // The view for VOSviewer: its nodes as items, the bytes the command line's writer gives for the view's graph.json.
    if (!(await page.getByTestId('export-vosviewer').isVisible())) await page.getByTestId('export-menu').locator('summary').click();
    const [vos] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-vosviewer').click()]);
    expect(vos.suggestedFilename()).toMatch(/-view\.vosviewer\.json$/);
    const vosFile = join(tmp, 'view.vosviewer.json');
    await vos.saveAs(vosFile);
    const vosText = readFileSync(vosFile, 'utf8');
    const { toVosviewerJSON } = await import('../../src/export/vosviewer.ts');
    expect(vosText).toBe(toVosviewerJSON(g));
    expect((JSON.parse(vosText) as { network: { items: unknown[] } }).network.items).toHaveLength(shown);
    await page.close();
  });

  it('Time lists the strongest bursts; a click selects the entity, whose details give its burst', async () => {
    const { page, errors } = await openViewer(session);
    // The bundled graph has none at γ = 1 (54 papers over ten years): the list says so.
    await expect.poll(() => page.getByTestId('time-section').textContent()).toMatch(/No burst of attention/);
    // test/fixtures/bursts.jsonl: VisA takes all four papers of 2023 (see test/cli/stats.test.ts for the figures).
    await page.getByTestId('file-input').setInputFiles(join(ROOT, 'test/fixtures/bursts.jsonl'));
    await page.waitForFunction(() => document.querySelector('[data-testid="open-status"]')?.getAttribute('data-state') === 'ok', undefined, { timeout: 60_000 });
    const list = page.getByTestId('bursts');
    await expect.poll(() => list.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-node')))).toEqual(['domain:time-series', 'domain:industrial', 'dataset:visa']);
    expect(await list.locator('li[data-node="dataset:visa"]').textContent()).toBe('VisA dataset · 2023 · 2.77');
    await list.locator('li[data-node="dataset:visa"] button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('dataset:visa');
    await expect.poll(() => page.getByTestId('details').getByTestId('entity-burst').textContent()).toBe('burst 2023 (strength 2.77)');
    // An entity without a burst shows none.
    await page.evaluate(() => window.paperweave!.select('method:aldernet'));
    await expect.poll(() => page.getByTestId('details').locator('h2').textContent()).toBe('AlderNet');
    expect(await page.getByTestId('details').getByTestId('entity-burst').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Time\'s γ select recomputes the bursts (γ = 0.5 finds four on the bundled graph), the URL keeps it, the details follow', async () => {
    const { page, errors } = await openViewer(session);
    const gamma = page.getByLabel('Bursts: γ');
    expect(await gamma.getAttribute('data-testid')).toBe('burst-gamma');
    expect(await gamma.inputValue()).toBe('1');
    await expect.poll(() => page.getByTestId('time-section').textContent()).toMatch(/No burst of attention.*γ = 1; a lower γ finds weaker ones/);
    expect(new URL(page.url()).searchParams.has('gamma')).toBe(false);
    // From the keyboard: focus the select and choose 0.5 (`paperweave stats --gamma 0.5` lists the same four).
    await gamma.focus();
    await gamma.selectOption('0.5');
    const list = page.getByTestId('bursts');
    const listed = () => list.locator('li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-node'), li.textContent]));
    const four = [
      ['technique:llm', 'llm technique · 2024 · 2.07'],
      ['technique:foundation-model-features', 'foundation-model-features technique · 2025 · 1.86'],
      ['dataset:imagenet', 'ImageNet dataset · 2020–2022 · 1.58'],
      ['domain:medical', 'medical domain · 2025 · 1.37'],
    ];
    await expect.poll(listed).toEqual(four);
    expect(await page.getByTestId('time-section').textContent()).toContain('Strongest bursts of attention at γ = 0.5 (4):');
    await expect.poll(() => new URL(page.url()).searchParams.get('gamma')).toBe('0.5');
    // A link reopens it: the select, the list, and the LLMs' details with its burst at γ = 0.5.
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    expect(await page.getByTestId('burst-gamma').inputValue()).toBe('0.5');
    await expect.poll(listed).toEqual(four);
    await list.locator('li[data-node="technique:llm"] button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('technique:llm');
    expect(new URL(page.url()).searchParams.get('gamma')).toBe('0.5');
    const fact = page.getByTestId('details').getByTestId('entity-burst');
    await expect.poll(() => fact.textContent()).toBe('burst 2024 (strength 2.07)');
    expect(await fact.getAttribute('title')).toContain('γ = 0.5');
    // Back to γ = 1: the details lose the burst, the URL the parameter.
    await page.getByTestId('burst-gamma').selectOption('1');
    await expect.poll(() => fact.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.has('gamma')).toBe(false);
    expect(await page.getByTestId('bursts').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the year slider hides papers published after the chosen year', async () => {
    const { page } = await openViewer(session);
    const years = await page.evaluate(() => {
      const g = window.paperweave!.graph;
      return g.filterNodes((_k, a) => a.kind === 'paper').map((k) => g.getNodeAttribute(k, 'year' as never) as unknown as number | undefined);
    });
    const dated = years.filter((y): y is number => typeof y === 'number').sort();
    const cut = dated[Math.floor(dated.length / 2)]! - 1 >= dated[0]! ? dated[Math.floor(dated.length / 2)]! - 1 : dated[0]!;
    await page.getByTestId('year').fill(String(cut));
    const hidden = await page.evaluate((y) => {
      const pw = window.paperweave!;
      const g = pw.graph;
      const out = { later: 0, laterShown: 0, earlier: 0, earlierShown: 0 };
      g.forEachNode((k, a) => {
        if (a.kind !== 'paper' || typeof (a as { year?: number }).year !== 'number') return;
        const d = pw.renderer.getNodeDisplayData(k);
        const shown = Boolean(d && !d.hidden);
        if ((a as { year: number }).year > y) (out.later++, shown && out.laterShown++);
        else (out.earlier++, shown && out.earlierShown++);
      });
      return out;
    }, cut);
    expect(hidden.later).toBeGreaterThan(0);
    expect(hidden.laterShown).toBe(0);
    expect(hidden.earlierShown).toBe(hidden.earlier);
    expect(await page.getByTestId('year-label').textContent()).toBe(String(cut));
    expect(await page.getByTestId('year').getAttribute('aria-valuetext')).toBe(String(cut));
    // At its end the slider means every year, undated papers included: a screen reader says so, not the last year.
    await page.getByTestId('year').fill(String(dated.at(-1)));
    await expect.poll(() => page.getByTestId('year').getAttribute('aria-valuetext')).toBe(`all years (${dated[0]}–${dated.at(-1)})`);
    await page.getByTestId('year').fill(String(cut));
    // With a "from" year, dragging "As of" below it shows the field as of then: the lower bound opens, the
    // thumb follows the drag (each step used to swap the bounds: from=Y&to=Y, an empty graph at the end).
    const last = dated.at(-1)!;
    const first = dated[0]!;
    expect(first).toBeLessThan(last);
    await page.getByTestId('year-from').fill(String(last));
    await page.getByTestId('year-from').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(String(last));
    for (let y = last - 1; y >= first; y--) {
      await page.getByTestId('year').fill(String(y));
      expect(await page.getByTestId('year').inputValue()).toBe(String(y));
    }
    const params = new URL(page.url()).searchParams;
    expect([params.get('from'), params.get('to')]).toEqual([null, String(first)]);
    expect(await page.getByTestId('year-from').inputValue()).toBe('');
    expect(Number(await page.getByTestId('node-count').textContent())).toBeGreaterThan(0);
    // Typing a "from" year after the "to" year keeps it and opens "to" (it was swapped into to-from).
    await page.getByTestId('year-from').fill(String(last));
    await page.getByTestId('year-from').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(String(last));
    expect(new URL(page.url()).searchParams.get('to')).toBeNull();
    expect(await page.getByTestId('year-to').inputValue()).toBe('');
    await page.close();
  });
  it('an offline copy whose address cannot be changed opens its exported view as a link opens it (the online viewer\'s checks)', async () => {
    const { page } = await openViewer(session);
    const { edge, source } = await page.evaluate(() => {
      const g = window.paperweave!.graph;
      const e = g.findInEdge('dataset:visa', (_e, a) => a.relation === 'evaluates-on')!;
      return { edge: e, source: g.source(e) };
    });
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-html').click()]);
    const file = join(tmp, 'offline-fixed-address.html');
    await dl.saveAs(file);
    await page.close();
    // The exported view: a selected link, a domain, a head to sort by and a Gaps target this graph does not have.
    const search = `?sel=dataset%3Avisa&edge=${encodeURIComponent(`${source}~dataset:visa~evaluates-on`)}&domain=nonexistent&matrix=open&mby=method%3Apatchcore&gaps=method%3Apatchcore`;
    const html = readFileSync(file, 'utf8').replace(/(<script type="application\/json" id="paperweave-view">)[^<]*(<\/script>)/, `$1${JSON.stringify({ search })}$2`);
    writeFileSync(file, html);
    const open = async (fixedAddress: boolean) => {
      const p = await session.browser.newPage();
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(String(e)));
      // (a page that may not change its address: the first attempt, the copy's own, throws as a sandboxed frame's does)
      if (fixedAddress) await p.addInitScript(() => {
        const replace = history.replaceState.bind(history);
        let refused = false;
        history.replaceState = (data: unknown, unused: string, url?: string | URL | null) => {
          if (url && !refused) {
            refused = true;
            throw new DOMException('replaceState refused', 'SecurityError');
          }
          return replace(data, unused, url);
        };
      });
      await p.goto(pathToFileURL(file).href);
      await p.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
      const state = await p.evaluate(() => {
        const { hovered: _h, hoveredEdge: _he, ...s } = window.paperweave!.app.state;
        return s;
      });
      const domainSelect = await p.getByTestId('filter-domain').inputValue();
      await p.close();
      return { state, domainSelect, errors };
    };
    const [linked, fixed] = [await open(false), await open(true)];
    expect(fixed).toEqual(linked);
    expect(fixed.state.selectedEdge).toBe(edge);
    expect(fixed.state.filters.domain).toBeNull();
    expect(fixed.domainSelect).toBe('');
    expect(fixed.state.matrix.byColumn).toBeNull();
    expect(fixed.state.gaps).not.toBe('method:patchcore'); // (the Gaps list follows the selection: VisA)
    expect(fixed.errors).toEqual([]);
  });

  it('exports one offline HTML file that reopens the view from file:// with no server', async () => {
    const { page } = await openViewer(session, '?setting=zero-shot');
    // The sentence behind a link is the view exported: a zero-shot paper's evaluates-on edge, selected.
    const edge = await page.evaluate(() => {
      const pw = window.paperweave!;
      const e = pw.graph.findEdge((_e, a, s) => a.relation === 'evaluates-on' && pw.graph.hasEdge(s, 'setting:zero-shot'))!;
      pw.app.setState({ ...pw.app.state, selected: [], selectedEdge: e }, 'push');
      return e;
    });
    const evidence = await page.getByTestId('evidence').textContent();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-html').click()]);
    const file = join(tmp, 'offline.html');
    await dl.saveAs(file);
    const shownOnline = Number(await page.getByTestId('node-count').textContent());
    // A second copy with the paper reader embedded.
    await page.getByTestId('export-menu').locator('summary').click();
    await page.getByTestId('export-html-reader').check();
    const [dlReader] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-html').click()]);
    const fileReader = join(tmp, 'offline-reader.html');
    await dlReader.saveAs(fileReader);
    await page.close();
    await session.server.close(); // prove it needs no server (this test runs last)
    const offline = await session.browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    offline.on('pageerror', (e) => errors.push(String(e)));
    offline.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    offline.on('request', (r) => requests.push(r.url()));
    await offline.goto(pathToFileURL(file).href);
    await offline.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    const order = await offline.evaluate(() => window.paperweave!.graph.order);
    expect(order).toBeGreaterThan(100);
    expect(Number(await offline.getByTestId('node-count').textContent())).toBe(shownOnline);
    expect(await offline.evaluate(() => window.paperweave!.renderer.getGraph().order)).toBe(order);
    // (the offline copy dropped the selected edge: its panel was closed)
    expect(await offline.evaluate(() => window.paperweave!.app.state.selectedEdge)).toBe(edge);
    expect(await offline.getByTestId('evidence').textContent()).toBe(evidence);
    expect(errors).toEqual([]);
    // Reloaded, the copy keeps the view its address holds (it went back to the exported one).
    await offline.evaluate(() => window.paperweave!.select('dataset:visa'));
    await expect.poll(() => new URL(offline.url()).searchParams.get('sel')).toBe('dataset:visa');
    await offline.reload();
    await offline.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    expect(await offline.evaluate(() => window.paperweave!.app.state.selected)).toEqual(['dataset:visa']);
    expect(await offline.locator('[data-testid=details] h2').textContent()).toBe('VisA');
    // The hash-based CSP: the page's own script ran, an injected inline script does not.
    await offline.evaluate(() => {
      const sc = document.createElement('script');
      sc.textContent = 'window.__pwInjected = 1';
      document.body.appendChild(sc);
    });
    expect(await offline.evaluate(() => (window as unknown as { __pwInjected?: number }).__pwInjected)).toBeUndefined();
    await expect.poll(() => errors.some((e) => /Content Security Policy/.test(e))).toBe(true);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    // Without the reader, a paper file is refused with a message saying what to do; nothing breaks.
    await offline.getByTestId('file-input').setInputFiles(join(FIXTURES, 'papers.bib'));
    await offline.waitForFunction(() => document.querySelector('[data-testid="open-status"]')?.getAttribute('data-state') === 'error');
    expect(await offline.getByTestId('open-status').textContent()).toMatch(/paper reader/);
    errors.length = 0;
    // The offline copy exports itself again (no server to fetch from): same graph, still hash-locked.
    const [again] = await Promise.all([offline.waitForEvent('download'), offline.getByTestId('export-html').click()]);
    const file2 = join(tmp, 'offline-2.html');
    await again.saveAs(file2);
    const html2 = readFileSync(file2, 'utf8');
    expect(html2).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html2.length).toBeGreaterThan(readFileSync(file, 'utf8').length * 0.9);
    await offline.close();
    const second = await session.browser.newPage();
    const errors2: string[] = [];
    second.on('pageerror', (e) => errors2.push(String(e)));
    second.on('console', (m) => m.type() === 'error' && errors2.push(m.text()));
    await second.goto(pathToFileURL(file2).href);
    await second.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    expect(await second.evaluate(() => window.paperweave!.graph.order)).toBe(order);
    expect(Number(await second.getByTestId('node-count').textContent())).toBe(shownOnline);
    expect(errors2).toEqual([]);
    await second.close();
    // The copy with the reader builds a graph from a BibTeX file, from file://, in a Blob worker.
    const withReader = await session.browser.newPage();
    const errors3: string[] = [];
    withReader.on('pageerror', (e) => errors3.push(String(e)));
    withReader.on('console', (m) => m.type() === 'error' && errors3.push(m.text()));
    await withReader.goto(pathToFileURL(fileReader).href);
    await withReader.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await withReader.getByTestId('file-input').setInputFiles(join(FIXTURES, 'papers.bib'));
    await withReader.waitForFunction(() => ['ok', 'error'].includes(document.querySelector('[data-testid="open-status"]')?.getAttribute('data-state') ?? ''), undefined, { timeout: 30_000 });
    expect(await withReader.getByTestId('open-status').textContent()).toMatch(/^Built from papers\.bib/);
    expect(await paperTitles(withReader)).toContain('Towards Total Recall in Industrial Anomaly Detection');
    expect(errors3).toEqual([]);
    await withReader.close();
  });

});
