/**
 * "Progress over time" in a dataset's panel (Papers with Code's state-of-the-art plot): MVTec AD's AUROC on the bundled
 * graph (a 2020 paper's 95.8, SimpleNet's 99.6% in 2023 above AnomalyGPT's 94.1%), a dot naming its paper, method and
 * figure when hovered, opening its sentence when clicked or chosen from the keyboard; the years and "as of" filters;
 * then a copy of the graph with more figures (PRO on two papers, one undated figure, one link of low confidence) for
 * the metric select, the undated count and the confidence filter. Real Chromium (Debian's /usr/bin/chromium via
 * playwright-core) on the bundled graph, built into a temp dir (PAPERWEAVE_E2E_GRAPH=DIR uses an existing graph instead).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, browserAvailability, launch, openViewer, useBuiltViewer, type Session } from './browser.ts';

const avail = browserAvailability();
const built = useBuiltViewer('paperweave-e2e-progress-');

const MVTEC = 'dataset:mvtecad';
const SIMPLENET = 'paper:simplenet-a-simple-network-for-image-anomaly-detection-and-localization';
const ANOMALYGPT = 'paper:anomalygpt-detecting-industrial-anomalies-using-large-vision-language-models';
const MUSC = 'paper:musc-zero-shot-industrial-anomaly-classification-and-segmentation-with-mutual-scoring-of-the-unlabeled-images';

/** The chart's dots as the page draws them. */
const dots = (page: Page) => page.locator('[data-testid=progress-chart] circle').evaluateAll((cs) => cs.map((c) => ({
  paper: c.getAttribute('data-paper'), year: c.getAttribute('data-year'), value: c.getAttribute('data-value'), frontier: c.getAttribute('data-frontier'),
})).sort((a, b) => Number(a.year) - Number(b.year) || (a.value! < b.value! ? -1 : 1)));
const frontierLabels = (page: Page) => page.locator('[data-testid=progress-chart] text.pw-progress-label').allTextContents();
const setYearFrom = async (page: Page, year: string) => {
  await page.getByTestId('year-from').fill(year);
  await page.getByTestId('year-from').dispatchEvent('change');
};

/**
 * A copy of the graph with more figures, as data/progress-fixture.json: AnomalyGPT's PRO 91.0% beside MuSc's 93.8%, an
 * undated paper's AUROC 97.0% on MVTec AD, and AnomalyGPT's link below a confidence filter of 0.9.
 */
function writeFixture(extra?: (g: { edges: { source: string; target: string; attributes: Record<string, unknown> }[] }) => void, name = 'progress-fixture.json'): void {
  const g = JSON.parse(readFileSync(join(built.graphDir, 'graph.json'), 'utf8')) as {
    nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { source: string; target: string; attributes: Record<string, unknown> }[];
  };
  const edge = (s: string) => g.edges.find((e) => e.source === s && e.target === MVTEC)!;
  edge(ANOMALYGPT).attributes.results = `${edge(ANOMALYGPT).attributes.results}; PRO 91.0%`;
  edge(ANOMALYGPT).attributes.confidence = 0.5;
  const undated = g.edges.find((e) => e.target === MVTEC && !e.attributes.results && e.source.startsWith('paper:') && e.source !== MUSC)!;
  undated.attributes.results = 'AUROC 97.0%';
  const paper = g.nodes.find((n) => n.key === undated.source)!;
  delete paper.attributes.year;
  delete paper.attributes.date;
  extra?.(g);
  writeFileSync(join(built.graphDir, name), JSON.stringify(g));
}

/** The address's parameters, the camera's aside. */
const params = (page: Page) => page.evaluate(() => Object.fromEntries([...new URLSearchParams(location.search)].filter(([k]) => k !== 'cam')));

describe.skipIf(!avail.ok)('viewer: progress over time in a dataset\'s panel', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("MVTec AD's AUROC: a dot per dated figure, the best so far as a step line, its dots named by their method", async () => {
    const { page, errors } = await openViewer(session, `?sel=${MVTEC}`);
    const chart = page.getByTestId('progress-chart');
    await chart.waitFor();
    // (under the reported results)
    expect(await page.locator('[data-testid=details] section').evaluateAll((ss) => ss.map((s) => s.querySelector('h3')?.textContent))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Reported results/), 'Progress over time']));
    expect(await dots(page)).toEqual([
      { paper: expect.stringMatching(/^paper:modeling-the-distribution/), year: '2020', value: '95.8', frontier: 'true' },
      { paper: ANOMALYGPT, year: '2023', value: '94.1%', frontier: 'false' },
      { paper: SIMPLENET, year: '2023', value: '99.6%', frontier: 'true' },
    ]);
    expect(await frontierLabels(page)).toContain('SimpleNet');
    // a step line: flat from 2020 to 2023, up to 99.6%
    expect(await page.getByTestId('progress-frontier').getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+ H[\d.]+ V[\d.]+ H[\d.]+$/);
    expect(await chart.getAttribute('aria-label')).toMatch(/^AUROC on MVTec AD: 3 dated figures from 2020 to 2023; best so far 95\.8 in 2020 .*, then 99\.6% in 2023 \(SimpleNet\)$/);
    // the axis reads in percent, and names its metric
    expect(await chart.locator('.pw-progress-axis text').allTextContents()).toEqual(expect.arrayContaining(['100%', '2020', '2023', 'AUROC (%)']));
    // one metric with two dated figures: no select
    expect(await page.getByTestId('progress-metric').count()).toBe(0);
    await chart.screenshot({ path: join(artifactsDir(), 'progress-chart.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a dot hovered names its paper, method and figure; clicked, it opens the sentence; from the keyboard too', async () => {
    const { page, errors } = await openViewer(session, `?sel=${MVTEC}`);
    const dot = page.locator(`[data-testid=progress-chart] circle[data-paper="${SIMPLENET}"]`);
    await dot.hover();
    await expect.poll(() => page.getByTestId('progress-hover').textContent()).toMatch(/^2023 · SimpleNet · AUROC 99\.6% · SimpleNet: A Simple Network/);
    await dot.click();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selectedEdge)).toBe(`${SIMPLENET}>${MVTEC}`);
    expect(await page.getByTestId('results').textContent()).toBe('AUROC 99.6%');
    expect(await page.getByTestId('evidence').textContent()).toMatch(/99\.6%/);
    // Back: the dataset's panel again; Tab reaches the dots, Enter opens one
    await page.goBack();
    const other = page.locator(`[data-testid=progress-chart] circle[data-paper="${ANOMALYGPT}"]`);
    await other.waitFor();
    await other.focus();
    await expect.poll(() => page.getByTestId('progress-hover').textContent()).toMatch(/^2023 · AnomalyGPT · AUROC 94\.1%/);
    expect(await other.getAttribute('tabindex')).toBe('0');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selectedEdge)).toBe(`${ANOMALYGPT}>${MVTEC}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the years filter and the "as of" slider as the results list does', async () => {
    const { page, errors } = await openViewer(session, `?sel=${MVTEC}`);
    await page.getByTestId('progress-chart').waitFor();
    // from 2021: the 2020 figure goes; SimpleNet's 99.6% is the first step
    await setYearFrom(page, '2021');
    await expect.poll(async () => (await dots(page)).map((d) => `${d.year} ${d.value} ${d.frontier}`)).toEqual(['2023 94.1% false', '2023 99.6% true']);
    await setYearFrom(page, '');
    await expect.poll(async () => (await dots(page)).length).toBe(3);
    // as of 2022: one dated AUROC figure left, no chart (the results list keeps it)
    await page.getByTestId('year').evaluate((el) => {
      const s = el as HTMLInputElement;
      s.value = '2022';
      s.dispatchEvent(new Event('input', { bubbles: true }));
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => page.getByTestId('progress').count()).toBe(0);
    expect(await page.getByTestId('dataset-results').locator('tbody tr').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a metric select where several metrics have two dated figures; undated figures counted; the confidence filter followed', async () => {
    writeFixture();
    const { page, errors } = await openViewer(session, `?graph=data/progress-fixture.json&sel=${MVTEC}`);
    const select = page.getByTestId('progress-metric');
    await select.waitFor();
    expect(await select.locator('option').allTextContents()).toEqual(['AUROC (3 dated)', 'PRO (2 dated)']);
    expect(await select.inputValue()).toBe('AUROC');
    expect(await page.getByTestId('progress-undated').textContent()).toBe('1 figure in AUROC from papers without a year, not shown');
    await select.selectOption('PRO');
    await expect.poll(async () => (await dots(page)).map((d) => `${d.year} ${d.value} ${d.frontier}`)).toEqual(['2023 91.0% true', '2024 93.8% true']);
    expect(await page.getByTestId('progress-chart').getAttribute('data-metric')).toBe('PRO');
    expect(await frontierLabels(page)).toEqual(expect.arrayContaining(['AnomalyGPT']));
    expect(await page.getByTestId('progress-undated').count()).toBe(0);
    // the choice is kept when a filter redraws the panel
    await setYearFrom(page, '2021');
    await expect.poll(() => page.getByTestId('progress-chart').getAttribute('data-metric')).toBe('PRO');
    expect(await select.inputValue()).toBe('PRO');
    await setYearFrom(page, '');
    // links of confidence 0.9 and above: AnomalyGPT's figures go, PRO is left with one, AUROC with two (no select)
    await page.evaluate(() => {
      const pw = window.paperweave!;
      pw.app.setState({ ...pw.app.state, filters: { ...pw.app.state.filters, minConfidence: 0.9 } }, 'replace');
    });
    await expect.poll(() => page.getByTestId('progress-metric').count()).toBe(0);
    expect(await page.getByTestId('progress-chart').getAttribute('data-metric')).toBe('AUROC');
    expect((await dots(page)).map((d) => `${d.year} ${d.value} ${d.frontier}`)).toEqual(['2020 95.8 true', '2023 99.6% true']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the URL keeps the metric chosen (&pmetric=): a reload and Back restore it, the default and another selection drop it, an unknown one falls back', async () => {
    writeFixture();
    const graph = 'data/progress-fixture.json';
    const { page, errors } = await openViewer(session, `?graph=${graph}&sel=${MVTEC}`);
    const select = page.getByTestId('progress-metric');
    const metric = () => page.getByTestId('progress-chart').getAttribute('data-metric');
    await select.waitFor();
    // (the Gaps list follows the selection: &gaps= too)
    const pmetric = async () => (await params(page)).pmetric ?? null;
    expect(await params(page)).toMatchObject({ graph, sel: MVTEC });
    expect(await pmetric()).toBeNull();
    await select.selectOption('PRO');
    await expect.poll(() => params(page)).toMatchObject({ graph, sel: MVTEC, pmetric: 'PRO' });
    // reloaded: PRO drawn and chosen
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined);
    await select.waitFor();
    expect(await select.inputValue()).toBe('PRO');
    expect(await metric()).toBe('PRO');
    // a dot opens its sentence (a new entry, no metric in it); Back: the chart in PRO again
    await page.locator(`[data-testid=progress-chart] circle[data-paper="${ANOMALYGPT}"]`).click();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selectedEdge)).toBe(`${ANOMALYGPT}>${MVTEC}`);
    await expect.poll(() => params(page)).toMatchObject({ edge: expect.stringContaining(ANOMALYGPT) });
    expect(await pmetric()).toBeNull();
    await page.goBack();
    await expect.poll(() => metric().catch(() => null)).toBe('PRO');
    expect(await select.inputValue()).toBe('PRO');
    await expect.poll(() => params(page)).toMatchObject({ graph, sel: MVTEC, pmetric: 'PRO' });
    // another dataset selected: the metric goes with MVTec AD's panel (the URL and the state); Back brings it back
    await page.evaluate(() => window.paperweave!.app.select('dataset:visa', { fly: false }));
    await expect.poll(() => params(page)).toMatchObject({ sel: 'dataset:visa' });
    expect(await pmetric()).toBeNull();
    expect(await page.evaluate(() => window.paperweave!.app.state.progress)).toBeNull();
    await page.goBack();
    await expect.poll(() => metric().catch(() => null)).toBe('PRO');
    // the default chosen again: no choice, nothing in the URL
    await select.selectOption('AUROC');
    await expect.poll(pmetric).toBeNull();
    expect(await params(page)).toMatchObject({ graph, sel: MVTEC });
    expect(await metric()).toBe('AUROC');
    // Forward and Back between the entries: the chart follows (the state's metric with the selection's)
    await page.evaluate(() => window.paperweave!.app.setState({ ...window.paperweave!.app.state, progress: { dataset: 'dataset:mvtecad', metric: 'PRO' } }, 'push'));
    await expect.poll(() => metric()).toBe('PRO');
    expect(await select.inputValue()).toBe('PRO');
    await expect.poll(pmetric).toBe('PRO');
    await page.goBack();
    await expect.poll(() => metric()).toBe('AUROC');
    expect(await select.inputValue()).toBe('AUROC');
    await expect.poll(pmetric).toBeNull();
    expect(errors).toEqual([]);
    await page.close();

    // a metric typed by hand that has no chart here: the default, silently
    const typed = await openViewer(session, `?graph=${graph}&sel=${MVTEC}&pmetric=F1-max`);
    await typed.page.getByTestId('progress-chart').waitFor();
    expect(await typed.page.getByTestId('progress-chart').getAttribute('data-metric')).toBe('AUROC');
    expect(await typed.page.getByTestId('progress-metric').inputValue()).toBe('AUROC');
    expect(await typed.page.evaluate(() => window.paperweave!.app.state.progress)).toBeNull();
    expect(typed.errors).toEqual([]);
    await typed.page.close();
  });
  it('a metric chosen while the filters make it the default stays chosen when they go (&pmetric= kept)', async () => {
    // (SimpleNet's PRO 96.0% too: AUROC and PRO have three dated figures each, AUROC the default by name; from 2021 on,
    // AUROC keeps two and PRO three, so the filters make PRO the default)
    writeFixture((g) => {
      const e = g.edges.find((x) => x.source === SIMPLENET && x.target === MVTEC)!;
      e.attributes.results = `${e.attributes.results}; PRO 96.0%`;
    }, 'progress-fixture-2.json');
    const graph = 'data/progress-fixture-2.json';
    const { page, errors } = await openViewer(session, `?graph=${graph}&sel=${MVTEC}`);
    const select = page.getByTestId('progress-metric');
    const metric = () => page.getByTestId('progress-chart').getAttribute('data-metric');
    const pmetric = async () => (await params(page)).pmetric ?? null;
    await select.waitFor();
    expect(await metric()).toBe('AUROC');
    await setYearFrom(page, '2021');
    await expect.poll(() => metric()).toBe('PRO');
    // PRO chosen (it is the default under the filters): kept, in the state and the URL
    await select.selectOption('AUROC');
    await expect.poll(pmetric).toBe('AUROC');
    await select.selectOption('PRO');
    await expect.poll(pmetric).toBe('PRO');
    expect(await page.evaluate(() => window.paperweave!.app.state.progress)).toEqual({ dataset: MVTEC, metric: 'PRO' });
    // the filter gone: still PRO, not the whole graph's default
    await setYearFrom(page, '');
    await expect.poll(() => params(page).then((p) => p.from ?? null)).toBeNull();
    expect(await metric()).toBe('PRO');
    expect(await select.inputValue()).toBe('PRO');
    expect(await pmetric()).toBe('PRO');
    // AUROC, the default with and without the filters, chosen again: no choice
    await select.selectOption('AUROC');
    await expect.poll(pmetric).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
