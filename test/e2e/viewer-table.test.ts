/**
 * The data table (Gephi Lite's "Data" tab): the nodes the legend and filters show and the links drawn, sorted by a
 * click on a head, filtered by text, a row chosen (mouse or keyboard) selecting its node or link; the URL keeps it (a
 * reload and Back reopen it); on a phone. Real Chromium (Debian's /usr/bin/chromium via playwright-core) on the bundled
 * graph, built into a temp dir (PAPERWEAVE_E2E_GRAPH=DIR uses an existing graph instead).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launch, openViewer, useBuiltViewer, type Session } from './browser.ts';

const avail = browserAvailability();
const built = useBuiltViewer('paperweave-e2e-table-');

const params = (page: Page) => page.evaluate(() => Object.fromEntries([...new URLSearchParams(location.search)].filter(([k]) => k !== 'cam')));
const isOpen = (page: Page) => page.getByTestId('table-dialog').evaluate((d) => (d as HTMLDialogElement).open);
const count = (page: Page) => page.getByTestId('table-count').textContent();
/** The rows shown, all of them (the grid draws only those in sight): node keys or edge keys, in order. */
const rows = (page: Page) => page.evaluate(() => window.paperweave!.beyond!.table.rows());
/** The nodes the legend and filters leave, as the app counts them. */
const visibleNodes = (page: Page) => page.evaluate(() => {
  const pw = window.paperweave!;
  return pw.graph.filterNodes((k) => pw.app.hiddenReason(k) === null).length;
});
const fmt = (n: number) => n.toLocaleString('en-US');

describe.skipIf(!avail.ok)('viewer: data table', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens on the nodes shown, sorts by papers (again reverses), filters by name, and a row clicked selects its node; Back reopens it', async () => {
    const { page, errors } = await openViewer(session);
    const order = await page.evaluate(() => window.paperweave!.graph.order);
    await page.getByTestId('open-table').click();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await count(page)).toBe(`${fmt(order)} of ${fmt(order)} nodes`);
    expect(await rows(page)).toHaveLength(order);
    // only the rows in sight are drawn
    const drawn = await page.locator('[data-testid=table] [role=row][data-key]').count();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(80);
    expect(await params(page)).toEqual({ table: 'nodes' });

    // sort by papers: most first, then reversed
    await page.locator('[data-testid=table] button[data-column=papers]').click();
    await expect.poll(() => params(page)).toEqual({ table: 'nodes', nsort: '-papers' });
    expect(await page.locator('[role=columnheader][data-column=papers]').getAttribute('aria-sort')).toBe('descending');
    const papersOf = (keys: string[]) => page.evaluate((ks) => ks.map((k) => {
      const a = window.paperweave!.graph.getNodeAttributes(k);
      return a.kind === 'paper' ? 1 : (a as { papers: number }).papers;
    }), keys);
    const desc = await papersOf(await rows(page));
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(desc[0]).toBeGreaterThan(desc.at(-1)!);
    const firstKey = (await rows(page))[0];
    expect(await page.locator('[data-testid=table] [role=row][data-key]').first().getAttribute('data-key')).toBe(firstKey);
    await page.locator('[data-testid=table] button[data-column=papers]').click();
    await expect.poll(() => params(page)).toEqual({ table: 'nodes', nsort: 'papers' });
    const asc = await papersOf(await rows(page));
    expect(asc).toEqual([...asc].sort((a, b) => a - b));

    // filter by name, accents and case ignored
    await page.getByTestId('table-filter').fill('MVTEC');
    const hits = await rows(page);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits).toContain('dataset:mvtecad');
    expect(await count(page)).toBe(`${fmt(hits.length)} of ${fmt(order)} nodes`);
    const labels = await page.evaluate((ks) => ks.map((k) => window.paperweave!.graph.getNodeAttribute(k, 'label')), hits);
    expect(labels.every((l) => /mvtec/i.test(l))).toBe(true);
    await page.getByTestId('table-filter').fill('zzzz no such node');
    expect(await count(page)).toBe(`0 of ${fmt(order)} nodes`);
    await expect.poll(() => page.locator('[data-testid=table] .pw-table-empty').textContent()).toContain('No node matches');
    await page.getByTestId('table-filter').fill('mvtec ad');
    // the CSV: the table as shown, these rows in this order
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('table-csv').click()]);
    expect(csv.suggestedFilename()).toBe('anomaly-detection-nodes.csv');
    const lines = readFileSync((await csv.path())!, 'utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('"Name","Kind","Papers","Links","PageRank","Cluster","First year","Last year","Burst"');
    expect(lines.length - 1).toBe((await rows(page)).length);
    expect(lines.some((l) => l.startsWith('"MVTec AD","dataset","14",'))).toBe(true);

    // a row clicked: its node selected as a click on the graph selects it, the dialog closed onto its details
    await page.locator('[data-testid=table] [role=row][data-key="dataset:mvtecad"]').click();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected)).toEqual(['dataset:mvtecad']);
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await page.locator('[data-testid=details] h2').textContent()).toBe('MVTec AD');
    // (the Gaps list follows the selection: &gaps= too)
    expect(await params(page)).toMatchObject({ sel: 'dataset:mvtecad', nsort: 'papers' });
    expect(await params(page)).not.toHaveProperty('table');
    // Back: the table open again, as it was, no selection
    await page.goBack();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await page.evaluate(() => window.paperweave!.app.state.selected)).toEqual([]);
    expect(await params(page)).toMatchObject({ table: 'nodes', nsort: 'papers' });
    expect(await params(page)).not.toHaveProperty('sel');
    expect(await page.getByTestId('table-filter').inputValue()).toBe('mvtec ad');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('no Authors tab where the papers name no author (the bundled corpus): a link asking for it opens the Nodes tab', async () => {
    const { page, errors } = await openViewer(session, '?table=authors&author=Ross+Girshick');
    await expect.poll(() => isOpen(page)).toBe(true);
    // (the tab is there, hidden: it is offered where the graph's papers name their authors)
    expect(await page.locator('[data-testid=table-tab][data-tab=authors]').count()).toBe(1);
    expect(await page.locator('[data-testid=table-tab][data-tab=authors]').isHidden()).toBe(true);
    expect(await page.locator('[data-testid=table-tab]:visible').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-tab')))).toEqual(['nodes', 'links']);
    expect(await page.locator('[data-testid=table-tab][data-tab=nodes]').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[data-testid=table] [role=row][data-key]').count()).toBeGreaterThan(10);
    expect(await page.evaluate(() => window.paperweave!.app.state.author)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Links: one row per link drawn, with its sentence; a row chosen from the keyboard selects the link and reads its sentence', async () => {
    const { page, errors } = await openViewer(session, '?table=links');
    await expect.poll(() => isOpen(page)).toBe(true);
    const size = await page.evaluate(() => window.paperweave!.graph.size);
    expect(await count(page)).toBe(`${fmt(size)} of ${fmt(size)} links`);
    expect(await page.locator('[data-testid=table-tab][data-tab=links]').getAttribute('aria-selected')).toBe('true');
    const first = page.locator('[data-testid=table] [role=row][data-edge]').first();
    const edge = (await first.getAttribute('data-edge'))!;
    const evidence = await page.evaluate((e) => window.paperweave!.graph.getEdgeAttribute(e, 'evidence'), edge);
    expect(evidence.length).toBeGreaterThan(20);
    expect(await first.locator('[data-column=evidence]').textContent()).toBe(evidence);
    // filter by a word of the sentences: every row's sentence, ends or relation holds it
    await page.getByTestId('table-filter').fill('memory bank');
    const hits = await rows(page);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(size);
    // from the keyboard: the arrow from the box onto the first row, Enter
    await page.getByTestId('table-filter').press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selectedEdge)).toBe(hits[1]);
    await expect.poll(() => isOpen(page)).toBe(false);
    const sentence = await page.evaluate((e) => window.paperweave!.graph.getEdgeAttribute(e, 'evidence'), hits[1]);
    expect(await page.getByTestId('details').textContent()).toContain(sentence);
    // (the focus on the details panel, not lost on the page)
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=details]'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the legend and the filters: papers hidden, their rows and links go; a link reloaded reopens the tab and sort', async () => {
    const { page, errors } = await openViewer(session);
    await page.locator('[data-testid=legend-item][data-kind=paper]').click();
    const shown = await visibleNodes(page);
    const order = await page.evaluate(() => window.paperweave!.graph.order);
    expect(shown).toBeLessThan(order);
    await page.getByTestId('open-table').click();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await rows(page)).toHaveLength(shown);
    expect(await count(page)).toBe(`${fmt(shown)} of ${fmt(shown)} nodes (${fmt(order - shown)} more hidden by the legend and filters)`);
    const kinds = await page.evaluate((ks) => new Set(ks.map((k) => window.paperweave!.graph.getNodeAttribute(k, 'kind'))).has('paper'), await rows(page));
    expect(kinds).toBe(false);
    // a filter changed while it is open (as Back and Forward change them): the rows follow
    await page.evaluate(() => {
      const app = window.paperweave!.app;
      app.setState({ ...app.state, filters: { ...app.state.filters, hiddenKinds: [] , yearMin: 2025 } }, 'replace');
    });
    const y2025 = await visibleNodes(page);
    await expect.poll(() => rows(page).then((r) => r.length)).toBe(y2025);
    // links drawn: both ends shown
    await page.locator('[data-testid=table-tab][data-tab=links]').click();
    await page.locator('[data-testid=table] button[data-column=year]').click();
    await expect.poll(() => params(page)).toEqual({ from: '2025', table: 'links', lsort: '-year' });
    const ends = await page.evaluate((es) => es.every((e) => {
      const pw = window.paperweave!;
      return pw.app.hiddenReason(pw.graph.source(e)) === null && pw.app.hiddenReason(pw.graph.target(e)) === null;
    }), await rows(page));
    expect(ends).toBe(true);
    // reloaded: open on links, sorted by year, the filter kept
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined);
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await page.locator('[data-testid=table-tab][data-tab=links]').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[role=columnheader][data-column=year]').getAttribute('aria-sort')).toBe('descending');
    expect(await params(page)).toEqual({ from: '2025', table: 'links', lsort: '-year' });
    // Esc closes it, and the URL says so
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    // (the dialog's close event, which writes the URL, comes a task after Esc shuts it: a fresh-clone CI read it between)
    await expect.poll(() => params(page)).toEqual({ from: '2025', lsort: '-year' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the URL keeps each tab\'s filter text (&nfilter=, &lfilter=), written once typing settles, the entry replaced; a reload, a link and Back restore it', async () => {
    const { page, errors } = await openViewer(session, '?table=nodes');
    await expect.poll(() => isOpen(page)).toBe(true);
    const order = await page.evaluate(() => window.paperweave!.graph.order);
    // (every address the page writes, counted)
    await page.evaluate(() => {
      const w = window as unknown as { pwWrites: string[] };
      w.pwWrites = [];
      for (const m of ['pushState', 'replaceState'] as const) {
        const orig = history[m].bind(history);
        history[m] = (data: unknown, unused: string, url?: string | URL | null) => {
          w.pwWrites.push(`${m} ${String(url)}`);
          orig(data, unused, url);
        };
      }
    });
    const writes = () => page.evaluate(() => (window as unknown as { pwWrites: string[] }).pwWrites);
    const entries = await page.evaluate(() => history.length);
    // typed key by key: the rows follow each key, the address once typing settles
    await page.getByTestId('table-filter').pressSequentially('mvtec', { delay: 30 });
    await expect.poll(() => params(page)).toEqual({ table: 'nodes', nfilter: 'mvtec' });
    const hits = await rows(page);
    expect(hits).toContain('dataset:mvtecad');
    expect(hits.length).toBeLessThan(order);
    // (fewer writes than keys, none a new entry, the last with the whole text: one write when the keys come quicker than
    // typing settles, as they do here)
    const written = await writes();
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan('mvtec'.length);
    expect(written.every((w) => w.startsWith('replaceState '))).toBe(true);
    expect(written.at(-1)).toMatch(/nfilter=mvtec(&|$)/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // the Links tab has its own
    await page.locator('[data-testid=table-tab][data-tab=links]').click();
    await expect.poll(() => page.getByTestId('table-filter').inputValue()).toBe('');
    await page.getByTestId('table-filter').fill('memory bank');
    await expect.poll(() => params(page)).toEqual({ table: 'links', nfilter: 'mvtec', lfilter: 'memory bank' });
    const linkHits = await rows(page);
    // reloaded: on links, its text in the box and its rows filtered; the nodes' text on the Nodes tab
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined);
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await page.getByTestId('table-filter').inputValue()).toBe('memory bank');
    expect(await rows(page)).toEqual(linkHits);
    await page.locator('[data-testid=table-tab][data-tab=nodes]').click();
    await expect.poll(() => page.getByTestId('table-filter').inputValue()).toBe('mvtec');
    expect(await rows(page)).toEqual(hits);
    expect(await count(page)).toBe(`${fmt(hits.length)} of ${fmt(order)} nodes`);
    // typed, then a row chosen at once (before typing settles): Back returns to the table with the text typed
    await page.getByTestId('table-filter').fill('mvtec ad');
    await page.locator('[data-testid=table] [role=row][data-key="dataset:mvtecad"]').click();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected)).toEqual(['dataset:mvtecad']);
    await page.goBack();
    await expect.poll(() => isOpen(page)).toBe(true);
    await expect.poll(() => params(page)).toEqual({ table: 'nodes', nfilter: 'mvtec ad', lfilter: 'memory bank' });
    expect(await page.getByTestId('table-filter').inputValue()).toBe('mvtec ad');
    // cleared: nothing in the address
    await page.getByTestId('table-filter').fill('');
    await expect.poll(() => params(page)).toEqual({ table: 'nodes', lfilter: 'memory bank' });
    expect(await rows(page)).toHaveLength(order);
    expect(errors).toEqual([]);
    await page.close();

    // a link typed by hand: the text in the box, the rows filtered
    const link = await openViewer(session, '?table=links&lfilter=memory%20bank');
    await expect.poll(() => isOpen(link.page)).toBe(true);
    expect(await link.page.getByTestId('table-filter').inputValue()).toBe('memory bank');
    expect(await rows(link.page)).toEqual(linkHits);
    expect(link.errors).toEqual([]);
    await link.page.close();
  });

  it('Back pressed before typing settles leaves the entry gone back to as it was: the text not yet written is not put into it', async () => {
    const { page, errors } = await openViewer(session, '?table=nodes');
    await expect.poll(() => isOpen(page)).toBe(true);
    await page.evaluate(() => window.paperweave!.app.select('dataset:mvtecad', { history: 'push' }));
    await expect.poll(() => params(page)).toMatchObject({ table: 'nodes', sel: 'dataset:mvtecad' });
    await page.getByTestId('table-filter').fill('mvtec');
    await page.goBack();
    await expect.poll(() => params(page)).toEqual({ table: 'nodes' });
    // past the settle time (400 ms), the entry gone back to still has no text, nor its box, nor the state
    await page.waitForTimeout(1000);
    expect(await params(page)).toEqual({ table: 'nodes' });
    expect(await page.getByTestId('table-filter').inputValue()).toBe('');
    expect(await page.evaluate(() => window.paperweave!.app.state.table?.nodeFilter ?? '')).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone: the whole width, the columns scroll sideways under the name, a row tapped selects its node', async () => {
    const { page, errors } = await openViewer(session, '?table=nodes&nsort=-papers', { width: 390, height: 800 }, { hasTouch: true });
    await expect.poll(() => isOpen(page)).toBe(true);
    const box = (await page.getByTestId('table-dialog').boundingBox())!;
    expect(box.width).toBe(390);
    const grid = page.getByTestId('table');
    expect(await grid.evaluate((g) => g.scrollWidth > g.clientWidth)).toBe(true);
    // scrolled sideways, the name stays at the left edge
    await grid.evaluate((g) => (g.scrollLeft = 300));
    const name = page.locator('[data-testid=table] [role=row][data-key] [data-column=name]').first();
    const gridBox = (await grid.boundingBox())!;
    await expect.poll(async () => Math.round((await name.boundingBox())!.x - gridBox.x)).toBeLessThanOrEqual(2);
    const key = (await page.locator('[data-testid=table] [role=row][data-key]').first().getAttribute('data-key'))!;
    await name.tap();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected)).toEqual([key]);
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
