/**
 * "Colour by mean year" (VOSviewer's overlay visualization): an entity coloured by the mean year of its papers, the
 * key's span, the URL and a reload, in real Chromium (Debian's /usr/bin/chromium via playwright-core) on the bundled
 * graph, built into a temp dir (PAPERWEAVE_E2E_GRAPH=DIR uses an existing graph instead).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launch, openViewer, useBuiltViewer, type Session } from './browser.ts';

const avail = browserAvailability();

const built = useBuiltViewer('paperweave-e2e-overlay-');

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const drawnColor = (page: Page, key: string) => page.evaluate((k) => window.paperweave!.renderer.getNodeDisplayData(k)!.color, key);

/**
 * Every node's mean year, counted here from the graph: a paper's own year, an entity's papers' years averaged; and the
 * entity most papers tag whose first year is not its mean (ties: the first key).
 */
const means = (page: Page) => page.evaluate(() => {
  const g = window.paperweave!.graph;
  const mean: Record<string, number> = {};
  let pick = '';
  let most = -1;
  g.forEachNode((k, a) => {
    if (a.kind === 'paper') {
      if (a.year !== undefined) mean[k] = a.year;
      return;
    }
    const ys = g.neighbors(k).map((n) => g.getNodeAttributes(n)).flatMap((b) => (b.kind === 'paper' && b.year !== undefined ? [b.year] : []));
    if (!ys.length) return;
    mean[k] = ys.reduce((s, y) => s + y, 0) / ys.length;
    if (a.firstYear !== undefined && Math.abs(mean[k] - a.firstYear) >= 1 && (ys.length > most || (ys.length === most && k < pick))) [pick, most] = [k, ys.length];
  });
  return { mean, pick };
});

describe.skipIf(!avail.ok)('viewer: colour by mean year (VOSviewer\'s overlay)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('"mean year" colours an entity by its papers\' mean year, not its first; the key spans the means; a reload keeps it', async () => {
    const { page, errors } = await openViewer(session);
    const { mean, pick } = await means(page);
    expect(pick).not.toBe('');
    await page.getByTestId('color-year').click();
    await expect.poll(() => param(page, 'color')).toBe('year');
    const byFirst = await drawnColor(page, pick);

    // every colour button's words whole in the sidebar (four of them clipped "kind" to "kinc", "mean year" to "mean ye")
    const clipped = await page.locator('#color-by button').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent));
    expect(clipped).toEqual([]);
    const button = page.getByTestId('color-meanYear');
    expect(await button.textContent()).toBe('mean year');
    await button.click();
    await expect.poll(() => param(page, 'color')).toBe('meanYear');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const byMean = await drawnColor(page, pick);
    expect(byMean).not.toBe(byFirst);

    // the key's ends: the lowest and highest mean (to one decimal where they have one)
    const fmt = (y: number) => String(Math.round(y * 10) / 10);
    const values = Object.values(mean);
    const key = page.getByTestId('color-key');
    expect(await key.isVisible()).toBe(true);
    expect(await key.textContent()).toContain(`${fmt(Math.min(...values))}${fmt(Math.max(...values))}`);

    // an entity and a paper of the same mean year share a colour: the entity's is its mean's
    const paperOf = Object.keys(mean).find((k) => k.startsWith('paper:') && mean[k] === mean[pick]);
    if (paperOf) expect(await drawnColor(page, paperOf)).toBe(byMean);

    // its details give the mean next to its first and last year ("2020–2025, mean 2023.6")
    await page.evaluate((k) => window.paperweave!.select(k), pick);
    const first = await page.evaluate((k) => window.paperweave!.graph.getNodeAttribute(k, 'firstYear' as never) as unknown as number, pick);
    await expect.poll(() => page.getByTestId('entity-years').textContent()).toMatch(new RegExp(`^${first}–\\d{4}, mean ${fmt(mean[pick]).replace('.', '\\.')}$`));
    await page.keyboard.press('Escape');

    // in a 600 px window too, where the sidebar is 200 px
    const narrow = await openViewer(session, '?color=meanYear', { width: 600, height: 800 });
    expect(await narrow.page.locator('#color-by button').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent))).toEqual([]);
    expect(narrow.errors).toEqual([]);
    await narrow.page.close();

    await page.reload();
    await page.waitForFunction(() => window.paperweave?.app.state.colorBy === 'meanYear');
    expect(await drawnColor(page, pick)).toBe(byMean);
    expect(await page.getByTestId('color-meanYear').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('color-key').textContent()).toContain(`${fmt(Math.min(...values))}${fmt(Math.max(...values))}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
