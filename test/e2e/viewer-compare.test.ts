/**
 * The paper comparison (ORKG's): papers added from their details panels, compared side by side in a dialog; only the
 * rows that differ; the URL keeps it (a reload and Back reopen it); CSV and LaTeX exports; a cell's entity opens its
 * node; a column removed, all cleared; on a phone. Real Chromium (Debian's /usr/bin/chromium via playwright-core) on the
 * bundled graph, built into a temp dir (PAPERWEAVE_E2E_GRAPH=DIR uses an existing graph instead).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launch, openViewer, useBuiltViewer, type Session } from './browser.ts';

const avail = browserAvailability();
const built = useBuiltViewer('paperweave-e2e-compare-');

const SIMPLENET = 'paper:simplenet-a-simple-network-for-image-anomaly-detection-and-localization';
const ANOMALYGPT = 'paper:anomalygpt-detecting-industrial-anomalies-using-large-vision-language-models';

const params = (page: Page) => page.evaluate(() => Object.fromEntries([...new URLSearchParams(location.search)].filter(([k]) => k !== 'cam')));
const isOpen = (page: Page) => page.getByTestId('compare-dialog').evaluate((d) => (d as HTMLDialogElement).open);
const detailsTitle = (page: Page) => page.locator('[data-testid=details] h2').textContent();
/** The table's rows as the page shows them: id, differs, and each cell's text. */
const tableRows = (page: Page) => page.getByTestId('compare').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
  id: tr.getAttribute('data-row'),
  differs: tr.getAttribute('data-differs'),
  cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
})));
const row = async (page: Page, id: string) => (await tableRows(page)).find((r) => r.id === id);

/** Select a paper and add it from its details panel. */
async function addFromPanel(page: Page, key: string): Promise<void> {
  await page.evaluate((k) => window.paperweave!.select(k), key);
  const toggle = page.locator(`[data-testid=details] [data-testid=compare-toggle][data-paper="${key}"]`);
  await toggle.waitFor();
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
}

describe.skipIf(!avail.ok)('viewer: paper comparison', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('two papers added from their details panels, compared side by side: MVTec AD shared, their AUROC there, the rows that differ marked', async () => {
    const { page, errors } = await openViewer(session);
    const open = page.getByTestId('open-compare');
    expect(await open.textContent()).toBe('Compare (0)');
    await addFromPanel(page, SIMPLENET);
    expect(await open.textContent()).toBe('Compare (1)');
    await addFromPanel(page, ANOMALYGPT);
    expect(await open.textContent()).toBe('Compare (2)');
    // (adding is no history step: the same entry as the selection, replaced)
    expect(await params(page)).toEqual({ sel: ANOMALYGPT, compare: `${SIMPLENET},${ANOMALYGPT}` });
    await open.click();
    await expect.poll(() => isOpen(page)).toBe(true);
    const table = page.getByTestId('compare');
    await table.waitFor();
    // a column per paper, in the order added
    expect(await table.locator('thead th[data-paper]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-paper')))).toEqual([SIMPLENET, ANOMALYGPT]);
    expect(await table.locator('thead th[data-paper]').first().textContent()).toMatch(/^SimpleNet: A Simple Network.*2023/);
    // both evaluated on MVTec AD (the papers agree), and the AUROC each reports there (they differ)
    expect(await row(page, 'evaluates-on')).toEqual({ id: 'evaluates-on', differs: 'false', cells: ['MVTec AD', 'MVTec AD'] });
    expect(await row(page, 'results:dataset:mvtecad:AUROC')).toEqual({ id: 'results:dataset:mvtecad:AUROC', differs: 'true', cells: ['99.6%', '94.1%'] });
    expect(await table.locator('tr[data-row="results:dataset:mvtecad:AUROC"] th').textContent()).toBe('MVTec AD · AUROC');
    expect(await row(page, 'results:dataset:mvtecad:accuracy')).toMatchObject({ cells: ['—', '86.1%'] });
    expect(await row(page, 'proposes')).toEqual({ id: 'proposes', differs: 'true', cells: ['SimpleNet', 'AnomalyGPT'] });
    // the rows in the fixed order: proposes, evaluated on, ..., then the results
    const ids = (await tableRows(page)).map((r) => r.id!);
    expect(ids.indexOf('proposes')).toBe(0);
    expect(ids.indexOf('evaluates-on')).toBeLessThan(ids.indexOf('in-domain'));
    expect(ids.indexOf('reports-metric')).toBeLessThan(ids.indexOf('results:dataset:mvtecad:AUROC'));
    expect(await params(page)).toEqual({ sel: ANOMALYGPT, compare: `${SIMPLENET},${ANOMALYGPT}`, comparison: 'open' });
    expect(errors).toEqual([]);
    await page.close();
  });

  const link = `?compare=${SIMPLENET},${ANOMALYGPT}&comparison=open`;

  it('"only differences" hides the rows where the papers agree, and the URL keeps it', async () => {
    const { page, errors } = await openViewer(session, link);
    await expect.poll(() => isOpen(page)).toBe(true);
    const all = await tableRows(page);
    const same = all.filter((r) => r.differs === 'false').map((r) => r.id);
    expect(same).toEqual(expect.arrayContaining(['evaluates-on', 'in-domain']));
    await page.getByTestId('compare-diff').check();
    await expect.poll(async () => (await tableRows(page)).map((r) => r.id)).toEqual(all.filter((r) => r.differs === 'true').map((r) => r.id));
    expect(await row(page, 'evaluates-on')).toBeUndefined();
    expect(await row(page, 'results:dataset:mvtecad:AUROC')).toBeDefined();
    await expect.poll(() => params(page)).toMatchObject({ cdiff: '1' });
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined);
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await page.getByTestId('compare-diff').isChecked()).toBe(true);
    expect(await row(page, 'evaluates-on')).toBeUndefined();
    await page.getByTestId('compare-diff').uncheck();
    await expect.poll(async () => (await tableRows(page)).length).toBe(all.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link reopens the comparison; a cell\'s entity opens its details, and Back brings the comparison back', async () => {
    const { page, errors } = await openViewer(session, link);
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await page.getByTestId('open-compare').textContent()).toBe('Compare (2)');
    expect(await row(page, 'results:dataset:mvtecad:AUROC')).toMatchObject({ cells: ['99.6%', '94.1%'] });
    const entries = await page.evaluate(() => history.length);
    await page.getByTestId('compare').locator(`td[data-paper="${SIMPLENET}"] button[data-key="dataset:mvtecad"]`).click();
    await expect.poll(() => isOpen(page)).toBe(false);
    await expect.poll(() => detailsTitle(page)).toBe('MVTec AD');
    await expect.poll(() => params(page)).toEqual({ sel: 'dataset:mvtecad', gaps: 'dataset:mvtecad', compare: `${SIMPLENET},${ANOMALYGPT}` });
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    // Back: the comparison it was chosen from, open; Forward: MVTec AD, closed
    await page.goBack();
    await expect.poll(() => isOpen(page)).toBe(true);
    expect(await page.evaluate(() => window.paperweave!.app.state.selected)).toEqual([]);
    await page.goForward();
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await page.evaluate(() => window.paperweave!.app.state.selected)).toEqual(['dataset:mvtecad']);
    // a figure opens its sentence
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare').locator(`tr[data-row="results:dataset:mvtecad:AUROC"] td[data-paper="${SIMPLENET}"] button`).click();
    await expect.poll(() => isOpen(page)).toBe(false);
    await expect.poll(() => page.getByTestId('results').textContent().catch(() => '')).toBe('AUROC 99.6%');
    expect(await page.getByTestId('evidence').textContent()).toMatch(/SimpleNet/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the cells follow the filters as the details panel\'s lists do, counting what they hide ("show them" greys it in); the export is what is shown; a paper they hide stays, said so', async () => {
    // links of confidence 0.9 and above: SimpleNet's settings and techniques go, and AnomalyGPT's few-shot with them
    const { page, errors } = await openViewer(session, `${link}&conf=0.9`);
    await expect.poll(() => isOpen(page)).toBe(true);
    const dlg = page.getByTestId('compare-dialog');
    const note = dlg.getByTestId('hidden-by-filters');
    const greyed = () => page.getByTestId('compare').locator('[data-hidden=filter]').count();
    const keysIn = (id: string, paper: string) => page.getByTestId('compare').locator(`tr[data-row="${id}"] td[data-paper="${paper}"] button[data-key]`).evaluateAll((bs) => bs.map((b) => b.getAttribute('data-key')));
    await expect.poll(() => note.textContent().catch(() => null)).toBe('8 hidden by filters · show them');
    // (the row of settings, empty for both papers, goes; the techniques' row keeps AnomalyGPT's two)
    expect(await row(page, 'has-setting')).toBeUndefined();
    expect((await row(page, 'uses-technique'))!.cells[0]).toBe('—');
    expect(await keysIn('uses-technique', ANOMALYGPT)).toEqual(['technique:multimodal-llm', 'technique:vision-language']);
    expect(await row(page, 'results:dataset:mvtecad:AUROC')).toMatchObject({ cells: ['99.6%', '94.1%'] });
    expect(await greyed()).toBe(0);
    expect(await page.getByTestId('compare-summary').textContent()).toMatch(/The cells follow the filters, as the details panel's lists do: 1 property they leave empty for every paper left out\./);
    expect(await dlg.getByTestId('compare-paper-hidden').count()).toBe(0);
    // the export: what is shown
    const csvLines = async () => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-csv').click()]);
      return readFileSync((await d.path())!, 'utf8').split('\r\n');
    };
    expect((await csvLines()).some((l) => l.startsWith('Settings,'))).toBe(false);
    // "show them": the hidden ones too, greyed, and exported with them
    await dlg.getByTestId('show-hidden').click();
    await expect.poll(() => note.textContent()).toBe('8 hidden by filters (greyed) · hide them');
    expect(await greyed()).toBe(8);
    expect(await row(page, 'has-setting')).toBeDefined();
    expect(await page.getByTestId('compare').locator(`tr[data-row=has-setting] td[data-paper="${SIMPLENET}"] button[data-key]`).getAttribute('data-hidden')).toBe('filter');
    expect(await csvLines()).toContain('Settings,anomaly-localization,anomaly-localization; few-shot,yes');
    await dlg.getByTestId('show-hidden').click();
    await expect.poll(() => greyed()).toBe(0);

    // from 2024: both papers (2023) hidden by the filters, kept in the comparison and said so in their heads; their figures go
    await page.evaluate(() => {
      const app = window.paperweave!.app;
      app.setState({ ...app.state, filters: { ...app.state.filters, minConfidence: null, yearMin: 2024 } }, 'replace');
    });
    await expect.poll(() => dlg.getByTestId('compare-paper-hidden').count()).toBe(2);
    expect(await page.getByTestId('compare').locator('thead th[data-paper]').evaluateAll((ths) => ths.map((th) => [th.getAttribute('data-paper'), th.getAttribute('data-hidden')]))).toEqual([[SIMPLENET, 'filter'], [ANOMALYGPT, 'filter']]);
    expect(await row(page, 'results:dataset:mvtecad:AUROC')).toBeUndefined();
    expect(await row(page, 'evaluates-on')).toMatchObject({ cells: ['MVTec AD', 'MVTec AD'] });
    await expect.poll(() => note.textContent()).toBe('8 hidden by filters · show them');
    await expect.poll(() => params(page)).toMatchObject({ from: '2024', comparison: 'open' });
    // no filter: all of it, nothing counted
    await page.evaluate(() => {
      const app = window.paperweave!.app;
      app.setState({ ...app.state, filters: { ...app.state.filters, yearMin: null } }, 'replace');
    });
    await expect.poll(() => note.count()).toBe(0);
    expect(await row(page, 'results:dataset:mvtecad:AUROC')).toMatchObject({ cells: ['99.6%', '94.1%'] });
    expect(await row(page, 'has-setting')).toBeDefined();
    expect(await dlg.getByTestId('compare-paper-hidden').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the table as CSV (guarded as every CSV of the project) and as LaTeX', async () => {
    const { page, errors } = await openViewer(session, link);
    await expect.poll(() => isOpen(page)).toBe(true);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-csv').click()]);
    expect(csv.suggestedFilename()).toBe('anomaly-detection-comparison.csv');
    const lines = readFileSync((await csv.path())!, 'utf8').split('\r\n');
    expect(lines[0]).toBe('property,SimpleNet: A Simple Network for Image Anomaly Detection and Localization,AnomalyGPT: Detecting Industrial Anomalies using Large Vision-Language Models,differs');
    expect(lines[1]).toBe('year,2023,2023,');
    expect(lines).toContain('Evaluated on,MVTec AD,MVTec AD,');
    expect(lines).toContain('MVTec AD · AUROC,99.6%,94.1%,yes');
    // with only the differences: the rows where they agree left out
    await page.getByTestId('compare-diff').check();
    const [diff] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-csv').click()]);
    const diffText = readFileSync((await diff.path())!, 'utf8');
    expect(diffText).not.toMatch(/^Evaluated on,/m);
    expect(diffText).toMatch(/^MVTec AD · AUROC,99\.6%,94\.1%,yes\r$/m);
    const [tex] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-latex').click()]);
    expect(tex.suggestedFilename()).toBe('anomaly-detection-comparison.tex');
    const latex = readFileSync((await tex.path())!, 'utf8');
    expect(latex).toContain('Property & SimpleNet (2023) & AnomalyGPT (2023) \\\\');
    expect(latex).toContain('\\textbf{MVTec AD · AUROC} & 99.6\\% & 94.1\\% \\\\');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a column removed with its ×, the toggle in the panel follows; Clear empties and closes it; Esc closes and keeps the selection', async () => {
    const { page, errors } = await openViewer(session, `?sel=${SIMPLENET}&${link.slice(1)}`);
    await expect.poll(() => isOpen(page)).toBe(true);
    await page.getByTestId('compare').locator(`[data-testid=compare-remove][data-paper="${SIMPLENET}"]`).click();
    await expect.poll(() => page.getByTestId('compare').locator('thead th[data-paper]').count()).toBe(1);
    expect(await page.getByTestId('open-compare').textContent()).toBe('Compare (1)');
    expect(await page.locator('[data-testid=details] [data-testid=compare-toggle]').getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => params(page)).toMatchObject({ compare: ANOMALYGPT, comparison: 'open' });
    // Esc: closed, the selection kept
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await page.evaluate(() => window.paperweave!.app.state.selected)).toEqual([SIMPLENET]);
    await expect.poll(() => params(page)).toEqual({ sel: SIMPLENET, compare: ANOMALYGPT });
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-clear').click();
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await page.getByTestId('open-compare').textContent()).toBe('Compare (0)');
    await expect.poll(() => params(page)).toEqual({ sel: SIMPLENET });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('from the keyboard and on a 390 px phone: the toggle and the button are reachable, the dialog takes the screen, the table scrolls inside it', async () => {
    const { page, errors } = await openViewer(session, `?sel=${SIMPLENET}`, { width: 390, height: 760 }, { hasTouch: true });
    const toggle = page.locator('[data-testid=details] [data-testid=compare-toggle]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await page.evaluate((k) => window.paperweave!.select(k), ANOMALYGPT);
    await page.locator('[data-testid=details] [data-testid=compare-toggle]').click();
    await page.getByTestId('open-compare').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page)).toBe(true);
    const box = await page.getByTestId('compare-dialog').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    // the page itself does not scroll sideways: the table's wrapper does
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await row(page, 'results:dataset:mvtecad:AUROC')).toMatchObject({ cells: ['99.6%', '94.1%'] });
    // an entity reached with Tab and opened with Enter: its panel has the focus
    await page.getByTestId('compare').locator(`td[data-paper="${ANOMALYGPT}"] button[data-key="dataset:mvtecad"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => isOpen(page)).toBe(false);
    await expect.poll(() => detailsTitle(page)).toBe('MVTec AD');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(errors).toEqual([]);
    await page.close();
  });
});
