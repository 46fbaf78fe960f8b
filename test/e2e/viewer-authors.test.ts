/**
 * A paper's authors in the viewer, in real Chromium (Debian's /usr/bin/chromium via playwright-core): a graph built
 * by `paperweave build` from a BibTeX file with authors (test/fixtures/authors.bib), served as `npm start` serves one;
 * a paper clicked lists its authors under its title (a long list shortened, a button showing them all); the search finds
 * a paper by an author's name and says so; the same graph opened in the page as graph.json and as GEXF keeps them, as
 * does the BibTeX file opened in the page (read, extracted and built there); the data table's Authors tab (sorted,
 * filtered, following the filters; an author chosen keeps exactly their papers in colour, in the URL across a reload).
 * The site is built with vite into a temp dir (or taken from $PW_SITE_DIR).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/cli/io.ts';
import { artifactsDir, browserAvailability, launch, nodePosition, openViewer, run, type Session } from './browser.ts';
import { FADED_NODE } from '../../web/reducers.ts';

const avail = browserAvailability();

const SAM = 'Segment Anything';
const MOCO = 'Momentum Contrast for Unsupervised Visual Representation Learning';
const SAM_AUTHORS = 'Alexander Kirillov, Eric Mintun, Nikhila Ravi, Hanzi Mao, Chloe Rolland, Laura Gustafson, Tete Xiao, Spencer Whitehead, Alexander C. Berg, Wan-Yen Lo, Piotr Dollár, Ross Girshick';

const paperKey = (page: Page, title: string) =>
  page.evaluate((t) => window.paperweave!.graph.findNode((_k, a) => a.kind === 'paper' && a.title === t) ?? null, title);
const details = (page: Page) => page.getByTestId('details');

/** Type a query and choose the suggestion for `key` with the mouse; returns what the suggestion said beside the title. */
async function searchAndPick(page: Page, query: string, key: string): Promise<string | null> {
  await page.getByTestId('search').fill(query);
  const option = page.locator(`#suggestions li[data-key="${key}"]`);
  await expect.poll(() => option.count()).toBe(1);
  const via = (await option.locator('.via').count()) ? await option.locator('.via').textContent() : null;
  await option.click();
  await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected)).toEqual([key]);
  return via;
}

const params = (page: Page) => page.evaluate(() => Object.fromEntries([...new URLSearchParams(location.search)].filter(([k]) => k !== 'cam')));
const tableCount = (page: Page) => page.getByTestId('table-count').textContent();
/** The Authors tab's rows, all of them (the grid draws only those in sight): author keys, in order. */
const tableRows = (page: Page) => page.evaluate(() => window.paperweave!.beyond!.table.rows());
const authorRow = (page: Page, key: string) => page.locator(`[data-testid=table] [role=row][data-author="${key}"]`);
/** The nodes sigma draws in full colour, sorted (the others are faded). */
const inColour = (page: Page) => page.evaluate((faded) => {
  const pw = window.paperweave!;
  return pw.graph.filterNodes((k) => {
    const d = pw.renderer.getNodeDisplayData(k);
    return Boolean(d && !d.hidden && d.color !== faded);
  }).sort();
}, FADED_NODE);

describe.skipIf(!avail.ok)('viewer: a paper\'s authors (chromium)', () => {
  let tmp = '';
  let graphDir = '';
  let session: Session;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'pw-e2e-authors-'));
    let site = process.env.PW_SITE_DIR ?? '';
    if (!site) {
      site = join(tmp, 'site');
      await run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--outDir', site, '--emptyOutDir']);
    }
    graphDir = join(tmp, 'graph');
    await run(process.execPath, [join(ROOT, 'src', 'cli', 'paperweave.mjs'), 'build', join(ROOT, 'test', 'fixtures', 'authors.bib'), '--out', graphDir, '--name', 'authors']);
    expect(existsSync(join(graphDir, 'graph.json'))).toBe(true);
    session = await launch(site, graphDir);
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('a paper clicked lists its authors under its title, a long list shortened, "show all" giving every name', async () => {
    const { page, errors } = await openViewer(session);
    const key = (await paperKey(page, SAM))!;
    expect(key).not.toBeNull();
    const at = await nodePosition(page, key);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.hovered)).toBe(key);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected)).toEqual([key]);
    expect(await details(page).locator('h2').textContent()).toBe(SAM);

    // under the title, before the facts; the first three names and the last, the eight between counted
    const byline = details(page).getByTestId('paper-authors');
    expect(await details(page).locator('h2 + [data-testid=paper-authors]').count()).toBe(1);
    expect(await byline.getByTestId('authors-text').textContent()).toBe('Alexander Kirillov, Eric Mintun, Nikhila Ravi … Ross Girshick (+8)');
    // (a screen reader hears what the line is: "Authors:", out of sight)
    expect(await byline.textContent()).toMatch(/^Authors: Alexander Kirillov/);
    expect(await byline.locator('.visually-hidden').evaluate((e) => e.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    const toggle = byline.getByTestId('authors-toggle');
    expect(await toggle.textContent()).toBe('show all 12');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.getAttribute('aria-label')).toBe('Show all 12 authors');
    expect(await toggle.getAttribute('aria-controls')).toBe(await byline.getByTestId('authors-text').getAttribute('id'));

    // from the keyboard: the button keeps the focus, the line grows to every name, and back
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await byline.getByTestId('authors-text').textContent()).toBe(SAM_AUTHORS);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.textContent()).toBe('show fewer');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('authors-toggle');
    await page.keyboard.press('Enter');
    expect(await byline.getByTestId('authors-text').textContent()).toBe('Alexander Kirillov, Eric Mintun, Nikhila Ravi … Ross Girshick (+8)');

    // the count stays among the facts
    expect(await details(page).locator('.facts').textContent()).toContain('12 authors');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the search finds a paper by an author\'s name (case and accents ignored), says why, and a pick shows its authors', async () => {
    const { page, errors } = await openViewer(session);
    const moco = (await paperKey(page, MOCO))!;
    expect(await searchAndPick(page, 'kaiming he', moco)).toBe('author: Kaiming He');
    expect(await details(page).locator('h2').textContent()).toBe(MOCO);
    // five names: the whole list, no button
    expect(await details(page).getByTestId('authors-text').textContent()).toBe('Kaiming He, Haoqi Fan, Yuxin Wu, Saining Xie, Ross Girshick');
    expect(await details(page).getByTestId('authors-toggle').count()).toBe(0);

    // an author of two papers: both offered, each saying so
    await page.getByTestId('search').fill('ross girshick');
    await expect.poll(() => page.locator('#suggestions li').count()).toBe(2);
    expect((await page.locator('#suggestions li .via').allTextContents()).sort()).toEqual(['author: Ross Girshick', 'author: Ross Girshick']);

    // a query that matches nothing says the authors were looked at too (the bundled graph's, with none, says "name or title")
    await page.getByTestId('search').fill('zzqxjv');
    await expect.poll(() => page.getByTestId('search-none').textContent()).toBe('No name, title or author matches “zzqxjv”');

    // a paper whose record names no author has no byline
    const none = (await paperKey(page, 'Zero-Shot Anomaly Segmentation with Frozen Backbones'))!;
    expect(await searchAndPick(page, 'frozen backbones', none)).toBeNull();
    expect(await details(page).getByTestId('paper-authors').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a name in a paper\'s byline opens that author (their papers in colour, their panel); a co-author there opens theirs', async () => {
    const { page, errors } = await openViewer(session);
    const sam = (await paperKey(page, SAM))!;
    const moco = (await paperKey(page, MOCO))!;
    expect(await searchAndPick(page, 'segment anything', sam)).toBeNull();
    // (the line reads as before: the names are buttons, the separators text)
    const names = details(page).locator('[data-testid=authors-text] button.author-link');
    expect(await names.allTextContents()).toEqual(['Alexander Kirillov', 'Eric Mintun', 'Nikhila Ravi', 'Ross Girshick']);
    await details(page).getByTestId('authors-toggle').click();
    expect(await names.count()).toBe(12);
    await details(page).locator('[data-testid=authors-text] button.author-link[data-author="Ross Girshick"]').click();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.author)).toBe('Ross Girshick');
    expect(await page.evaluate(() => window.paperweave!.app.state.selected)).toEqual([]);
    await expect.poll(() => details(page).locator('h2').textContent()).toBe('Ross Girshick');
    await expect.poll(() => inColour(page)).toEqual([moco, sam].sort());
    await expect.poll(() => params(page)).toMatchObject({ author: 'Ross Girshick' });
    // his co-authors, each a button: Kaiming He's panel, his one paper in colour
    await details(page).locator('[data-testid=author-coauthors] button.author-link[data-author="Kaiming He"]').click();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.author)).toBe('Kaiming He');
    await expect.poll(() => inColour(page)).toEqual([moco]);
    expect(await details(page).getByTestId('author-papers').textContent()).toBe('1 paper');
    // Back: Ross Girshick again
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.author)).toBe('Ross Girshick');
    // a name that folds to nothing (a stray "." in a bad byline) is text, no author to open
    await page.evaluate((k) => {
      const pw = window.paperweave!;
      (pw.graph as unknown as { setNodeAttribute(k: string, a: string, v: unknown): void }).setNodeAttribute(k, 'authors', ['.', 'Ross Girshick']);
      pw.app.select(k, { fly: false });
    }, moco);
    await expect.poll(() => details(page).getByTestId('authors-text').textContent()).toBe('., Ross Girshick');
    expect(await details(page).locator('[data-testid=authors-text] button.author-link').allTextContents()).toEqual(['Ross Girshick']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the data table\'s Authors tab: a row per author, sorted, filtered; a row chosen keeps exactly their papers in colour and names them; the URL keeps it across a reload; Esc clears it', async () => {
    const { page, errors } = await openViewer(session);
    const all = await page.evaluate(() => window.paperweave!.graph.order);
    await page.getByTestId('open-table').click();
    const tab = page.locator('[data-testid=table-tab][data-tab=authors]');
    await expect.poll(() => tab.isVisible()).toBe(true);
    await tab.click();
    await expect.poll(() => params(page)).toEqual({ table: 'authors' });
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    // 5 + 6 + 12 names, Ross Girshick on two papers; the fourth paper names none
    expect(await tableCount(page)).toBe('22 of 22 authors');
    // most papers first: Ross Girshick's two (MoCo 2020, SAM 2023), fifteen co-authors
    expect((await tableRows(page))[0]).toBe('ross girshick');
    const cells = await authorRow(page, 'ross girshick').locator('[role=gridcell]').allTextContents();
    expect(cells.slice(0, 5)).toEqual(['Ross Girshick', '2', '15', '2020', '2023']);
    expect(await page.locator('[role=columnheader][data-column=papers]').getAttribute('aria-sort')).toBe('descending');
    // (laid out as the other tabs: a row's cells side by side on one line, the head's over them)
    const boxes = await authorRow(page, 'ross girshick').locator('[role=gridcell]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((b) => ({ middle: Math.round(b.top + b.height / 2), left: Math.round(b.left), height: b.height })));
    expect(new Set(boxes.map((b) => b.middle)).size).toBe(1);
    expect(boxes.every((b, i) => i === 0 || b.left > boxes[i - 1].left)).toBe(true);
    expect(boxes[0].height).toBeLessThanOrEqual(28);
    await page.screenshot({ path: join(artifactsDir(), 'authors-table.png') });

    // sorted by name (A to Z, accents ignored), then the other way
    await page.locator('[data-testid=table] button[data-column=name]').click();
    await expect.poll(() => params(page)).toEqual({ table: 'authors', asort: 'name' });
    const names = await page.evaluate(() => window.paperweave!.beyond!.table.rows());
    expect(names).toEqual([...names].sort());
    await page.locator('[data-testid=table] button[data-column=name]').click();
    await expect.poll(() => params(page)).toEqual({ table: 'authors', asort: '-name' });
    expect(await tableRows(page)).toEqual([...names].reverse());

    // filtered by name, accents and case ignored; nothing matched says so
    await page.getByTestId('table-filter').fill('DOLLAR');
    await expect.poll(() => tableRows(page)).toEqual(['piotr dollar']);
    expect(await authorRow(page, 'piotr dollar').locator('[data-column=name]').textContent()).toBe('Piotr Dollár');
    await expect.poll(() => params(page)).toEqual({ table: 'authors', asort: '-name', afilter: 'DOLLAR' });
    await page.getByTestId('table-filter').fill('zzqx');
    await expect.poll(() => page.locator('[data-testid=table] .pw-table-empty').textContent()).toBe('No author matches “zzqx”.');

    // chosen: exactly their two papers in colour, the panel naming the author, the URL keeping it
    await page.getByTestId('table-filter').fill('girshick');
    await expect.poll(() => tableRows(page)).toEqual(['ross girshick']);
    // (the camera elsewhere first, zoomed in far from both papers)
    await page.evaluate(() => window.paperweave!.renderer.getCamera().setState({ x: 3, y: 3, ratio: 0.1 }));
    await authorRow(page, 'ross girshick').click();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.author)).toBe('Ross Girshick');
    await expect.poll(() => page.getByTestId('table-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    const theirs = (await Promise.all([MOCO, SAM].map((t) => paperKey(page, t)))).map(String).sort();
    await expect.poll(() => inColour(page)).toEqual(theirs);
    expect(await details(page).locator('h2').textContent()).toBe('Ross Girshick');
    expect(await details(page).getByTestId('author-papers').textContent()).toBe('2 papers');
    // both framed, as a cluster's click frames its nodes: in the graph's room, left of the details panel
    await page.waitForFunction(() => !window.paperweave!.renderer.getCamera().isAnimated(), undefined, { timeout: 20_000 });
    const room = await page.evaluate(() => ({ graph: document.getElementById('graph')!.getBoundingClientRect().toJSON(), panel: document.querySelector('[data-testid=details]')!.getBoundingClientRect().left }));
    for (const k of theirs) {
      const at = await nodePosition(page, k);
      expect(at.x).toBeGreaterThan(room.graph.left);
      expect(at.x).toBeLessThan(room.panel);
      expect(at.y).toBeGreaterThan(room.graph.top);
      expect(at.y).toBeLessThan(room.graph.bottom);
    }
    expect((await details(page).locator('.node-link').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).sort()).toEqual(theirs);
    await expect.poll(() => params(page)).toEqual({ author: 'Ross Girshick', asort: '-name', afilter: 'girshick' });

    // a reload brings it back
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => window.paperweave!.app.state.author)).toBe('Ross Girshick');
    await expect.poll(() => inColour(page)).toEqual(theirs);
    expect(await details(page).locator('h2').textContent()).toBe('Ross Girshick');

    // Esc clears it: every node in colour again, the URL without it
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.author)).toBeNull();
    await expect.poll(() => inColour(page)).toHaveLength(all);
    await expect.poll(() => params(page)).toEqual({ asort: '-name', afilter: 'girshick' });
    expect(await details(page).isHidden()).toBe(true);

    // from the keyboard: the filter's ArrowDown onto the first row, Enter chooses it
    // (the tab, as the other tabs', is in the URL while the table is open: reopened after the reload, on Nodes)
    await page.getByTestId('open-table').click();
    await page.locator('[data-testid=table-tab][data-tab=authors]').click();
    await expect.poll(() => tableRows(page)).toEqual(['ross girshick']);
    await page.getByTestId('table-filter').press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.author)).toBe('Ross Girshick');
    await expect.poll(() => inColour(page)).toEqual(theirs);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the Authors tab follows the filters: from 2021, the MoCo paper\'s authors hidden, Ross Girshick on one paper; the Nodes tab names a paper\'s authors', async () => {
    const { page, errors } = await openViewer(session, '?table=nodes');
    const sam = (await paperKey(page, SAM))!;
    await expect.poll(() => page.locator('[data-testid=table] [role=columnheader][data-column=authors]').count()).toBe(1);
    await page.getByTestId('table-filter').fill('segment anything');
    await expect.poll(() => page.locator(`[data-testid=table] [role=row][data-key="${sam}"] [data-column=authors]`).textContent()).toBe(SAM_AUTHORS);
    await page.goto(`${session.server.url}?table=authors&from=2021`);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await expect.poll(() => page.getByTestId('table-count').isVisible()).toBe(true);
    expect(await tableCount(page)).toBe('18 of 18 authors (4 more hidden by the legend and filters)');
    const cells = await authorRow(page, 'ross girshick').locator('[role=gridcell]').allTextContents();
    expect(cells.slice(0, 5)).toEqual(['Ross Girshick', '1', '11', '2023', '2023']);
    expect(await tableRows(page)).not.toContain('kaiming he');
    // papers hidden in the legend: no author shown
    await page.goto(`${session.server.url}?table=authors&hide=paper`);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid=table] .pw-table-empty').textContent()).toBe('No author shown: the legend and filters hide every paper that names one.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an author chosen: the labels of the clusters none of their papers is in step back, on the map and in the timeline\'s rows, as the other clusters\' do for a chosen cluster', async () => {
    const { page, errors } = await openViewer(session, '?author=Ross+Girshick');
    // Ross Girshick's papers (MoCo, SAM) are in two of the graph's four clusters
    const theirs = await page.evaluate((titles) => titles.map((t) => {
      const g = window.paperweave!.graph;
      return g.getNodeAttribute(g.findNode((_k, a) => a.kind === 'paper' && a.title === t)!, 'community');
    }).sort(), [MOCO, SAM]);
    const all = await page.evaluate(() => window.paperweave!.graph.getAttribute('clusters').map((c) => c.id).sort());
    const others = all.filter((c) => !theirs.includes(c));
    expect(theirs).toHaveLength(2);
    expect(others.length).toBeGreaterThan(0);
    const mapFaded = () => page.locator('#graph .cluster-labels .cluster-label').evaluateAll((els) => els.filter((e) => e.classList.contains('faded')).map((e) => Number(e.getAttribute('data-cluster'))).sort());
    /** The timeline's rows, each as its clusters and whether it is faded. */
    const rows = () => page.locator('[data-testid=timeline-row]').evaluateAll((els) => els.map((e) => ({ clusters: e.getAttribute('data-clusters')!.split(',').map(Number), faded: e.classList.contains('faded') })));
    const expectRows = async (lit: number[] | null) => {
      const got = await rows();
      expect(got.length).toBeGreaterThan(1);
      for (const r of got) expect(r.faded).toBe(lit !== null && !r.clusters.some((c) => lit.includes(c)));
    };
    await expect.poll(() => mapFaded()).toEqual(others);
    // the timeline (the layout changed with the author chosen)
    await page.getByTestId('view-timeline').click();
    await expect.poll(() => page.locator('[data-testid=timeline-row]').count()).toBeGreaterThan(1);
    await expectRows(theirs);
    expect(await rows()).toContainEqual(expect.objectContaining({ faded: true }));
    // Esc: none faded
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.author)).toBeNull();
    await expectRows(null);
    expect(await mapFaded()).toEqual([]);
    // chosen in the timeline (a link that opens on both): the same rows step back; Kaiming He's one paper leaves one row lit
    await page.goto(`${session.server.url}?view=timeline&author=Ross+Girshick`);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid=timeline-row].faded').count()).toBeGreaterThan(0);
    await expectRows(theirs);
    await page.evaluate(() => window.paperweave!.app.setState({ ...window.paperweave!.app.state, author: 'Kaiming He' }, 'push'));
    const moco = await page.evaluate((t) => { const g = window.paperweave!.graph; return g.getNodeAttribute(g.findNode((_k, a) => a.kind === 'paper' && a.title === t)!, 'community'); }, MOCO);
    await expect.poll(async () => (await rows()).filter((r) => !r.faded).map((r) => r.clusters)).toEqual([expect.arrayContaining([moco])]);
    await expectRows([moco]);
    // back on the map, its labels follow the same rule
    await page.getByTestId('view-map').click();
    await expect.poll(() => mapFaded()).toEqual(all.filter((c) => c !== moco));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('another graph opened while the Authors tab is shown, one whose papers name no author: its table on Nodes, no Authors tab; Back and Forward bring each graph\'s table back as it was', async () => {
    const { page, errors } = await openViewer(session);
    const table = () => page.evaluate(() => {
      const t = window.paperweave!.app.state.table;
      return { order: window.paperweave!.graph.order, open: t.open, tab: t.tab, dialog: (document.querySelector('[data-testid=table-dialog]') as HTMLDialogElement).open };
    });
    const authorsTab = page.locator('[data-testid=table-tab][data-tab=authors]');
    await page.getByTestId('open-table').click();
    await authorsTab.click();
    await expect.poll(() => params(page)).toEqual({ table: 'authors' });
    const withAuthors = (await table()).order;
    // (the fixture graph of the viewer's unit tests: its papers give a count of authors, never their names)
    await page.getByTestId('file-input').setInputFiles(join(ROOT, 'test', 'fixtures', 'web', 'graph.json'));
    await page.waitForFunction(() => document.querySelector('[data-testid="open-status"]')?.getAttribute('data-state') === 'ok', undefined, { timeout: 60_000 });
    const without = (await table()).order;
    expect(without).not.toBe(withAuthors);
    await expect.poll(() => params(page)).toEqual({});
    await page.getByTestId('open-table').click();
    await expect.poll(() => params(page)).toEqual({ table: 'nodes' });
    expect(await authorsTab.isHidden()).toBe(true);
    expect(await tableCount(page)).toBe(`${without} of ${without} nodes`);
    // Back: the first graph, its table open on Authors as it was left (a dialog closed by the swap and opened again at
    // once heard its own late 'close' and shut the table, dropping table=authors from the address)
    await page.goBack();
    await expect.poll(() => table()).toEqual({ order: withAuthors, open: true, tab: 'authors', dialog: true });
    await page.waitForTimeout(300); // (a late 'close' event is a task away)
    expect(await table()).toEqual({ order: withAuthors, open: true, tab: 'authors', dialog: true });
    expect(await params(page)).toEqual({ table: 'authors' });
    expect(await tableCount(page)).toBe('22 of 22 authors');
    // Forward: the graph without authors, its table on Nodes, the Authors tab hidden
    await page.goForward();
    await expect.poll(() => table()).toEqual({ order: without, open: true, tab: 'nodes', dialog: true });
    await page.waitForTimeout(300);
    expect(await table()).toEqual({ order: without, open: true, tab: 'nodes', dialog: true });
    expect(await params(page)).toEqual({ table: 'nodes' });
    expect(await authorsTab.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const file of ['graph.json', 'graph.gexf', 'authors.bib']) {
    it(`the graph opened in the page as ${file} keeps its authors${file.endsWith('.bib') ? ' (the BibTeX file itself, built in the page)' : ''}`, async () => {
      const { page, errors } = await openViewer(session);
      await page.getByTestId('file-input').setInputFiles(file.endsWith('.bib') ? join(ROOT, 'test', 'fixtures', file) : join(graphDir, file));
      await page.waitForFunction(() => document.querySelector('[data-testid="open-status"]')?.getAttribute('data-state') === 'ok', undefined, { timeout: 60_000 });
      const sam = (await paperKey(page, SAM))!;
      expect(await page.evaluate((k) => (window.paperweave!.graph.getNodeAttributes(k) as { authors?: string[] }).authors, sam)).toEqual(SAM_AUTHORS.split(', '));
      expect(await searchAndPick(page, 'piotr dollar', sam)).toBe('author: Piotr Dollár');
      expect(await details(page).getByTestId('authors-text').textContent()).toBe('Alexander Kirillov, Eric Mintun, Nikhila Ravi … Ross Girshick (+8)');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
