/**
 * "View: map | timeline" (CiteSpace's timeline view): each cluster a row, each node at its year, a year axis and the
 * rows' labels over the canvas; the URL keeps it, a reload reopens it, the map comes back exactly; hover, click, search
 * and filters work on it. Real Chromium (Debian's /usr/bin/chromium via playwright-core) on the bundled graph, built
 * into a temp dir (PAPERWEAVE_E2E_GRAPH=DIR uses an existing graph instead).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, hoverClickAndClear, launch, openViewer, useBuiltViewer, type Session } from './browser.ts';
import { ROOT } from '../../src/cli/io.ts';

const avail = browserAvailability();

const built = useBuiltViewer('paperweave-e2e-timeline-');

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const detailsTitle = (page: Page) => page.locator('[data-testid=details] h2').textContent();

interface Drawn {
  key: string;
  /** A paper's year, an entity's first year. */
  year: number | null;
  community: number;
  /** Page coordinates of the node's centre as sigma drew it, and its radius on screen. */
  x: number;
  y: number;
  r: number;
  /** sigma's framed coordinates (its display data). */
  fx: number;
  fy: number;
  hidden: boolean;
}

/** Every node as sigma draws it now: where (from its display data, as it was drawn), its year and its cluster. */
const drawn = (page: Page) => page.evaluate(() => {
  const pw = window.paperweave!;
  const box = pw.renderer.getContainer().getBoundingClientRect();
  const out: Drawn[] = [];
  pw.graph.forEachNode((key, a) => {
    const d = pw.renderer.getNodeDisplayData(key)!;
    const p = pw.renderer.framedGraphToViewport(d);
    const year = a.kind === 'paper' ? a.year : a.firstYear;
    out.push({ key, year: year ?? null, community: a.community, x: box.left + p.x, y: box.top + p.y, r: pw.renderer.scaleSize(d.size), fx: d.x, fy: d.y, hidden: Boolean(d.hidden) });
  });
  return out;
});

/** The page's year axis and row labels shown (text and page box), left to right / top to bottom. */
const overlay = (page: Page) => page.evaluate(() => {
  const shown = (el: Element) => getComputedStyle(el).visibility === 'visible' && (el as HTMLElement).offsetParent !== null;
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom, cx: (r.left + r.right) / 2 };
  };
  return {
    years: [...document.querySelectorAll('[data-testid=timeline-year]')].filter(shown).map(box),
    rows: [...document.querySelectorAll('[data-testid=timeline-row]')].filter(shown).map((el) => ({ ...box(el), clusters: (el.getAttribute('data-clusters') ?? '').split(',').map(Number) })),
  };
});

/** The earliest and latest years' nodes are apart: every node of a year left of every node of a later year. */
function expectXFollowsYears(nodes: Drawn[]): void {
  const byYear = new Map<number, number[]>();
  for (const n of nodes) if (n.year !== null && !n.hidden) byYear.set(n.year, [...(byYear.get(n.year) ?? []), n.x]);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  expect(years.length).toBeGreaterThan(4);
  for (let i = 1; i < years.length; i++) {
    expect(Math.min(...byYear.get(years[i])!)).toBeGreaterThan(Math.max(...byYear.get(years[i - 1])!));
  }
}

async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(100);
  await page.waitForFunction(() => !window.paperweave!.renderer.getCamera().isAnimated(), undefined, { timeout: 20_000 });
  // (the frame after the last camera move drawn)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe.skipIf(!avail.ok)('viewer: the timeline view', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('switches to the timeline (x follows years, one row band per cluster, year axis and row labels), keeps it in the URL and on a reload, and gives the map back exactly', async () => {
    const { page, errors } = await openViewer(session);
    await settled(page);
    const map = await drawn(page);
    const mapCamera = await page.evaluate(() => window.paperweave!.renderer.getCamera().getState());
    expect(param(page, 'view')).toBeNull();
    expect(await page.getByTestId('view-map').getAttribute('aria-pressed')).toBe('true');
    // On the map, x does not follow the years (else this test would prove nothing).
    expect(() => expectXFollowsYears(map)).toThrow();
    expect(await page.locator('[data-testid=timeline-row]').count()).toBe(0);

    await page.getByTestId('view-timeline').click();
    await expect.poll(() => param(page, 'view')).toBe('timeline');
    await settled(page);
    expect(await page.getByTestId('view-timeline').getAttribute('aria-pressed')).toBe('true');
    const tl = await drawn(page);
    expectXFollowsYears(tl);
    // Whole timeline framed: every node inside the canvas beside the sidebar, under the topbar.
    const area = await page.evaluate(() => ({
      left: document.getElementById('sidebar')!.getBoundingClientRect().right,
      top: document.querySelector('header')!.getBoundingClientRect().bottom,
      right: window.innerWidth,
      bottom: window.innerHeight,
    }));
    for (const n of tl) {
      expect(n.x).toBeGreaterThan(area.left);
      expect(n.x).toBeLessThan(area.right);
      expect(n.y).toBeGreaterThan(area.top);
      expect(n.y).toBeLessThan(area.bottom);
    }
    // The year axis: years left to right, over the nodes of their year; the rows' labels top to bottom, largest cluster first.
    const o = await overlay(page);
    const years = o.years.map((y) => Number(y.text));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years).toContain(2016);
    expect(years).toContain(2025);
    for (const y of o.years) {
      const xs = tl.filter((n) => n.year === Number(y.text)).map((n) => n.x);
      if (xs.length) expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - y.cx)).toBeLessThan(60);
      expect(y.bottom).toBeLessThanOrEqual(Math.min(...tl.map((n) => n.y - n.r)) + 1); // (above the top row's nodes)
    }
    const clusters = await page.evaluate(() => [...window.paperweave!.graph.getAttribute('clusters')].sort((a, b) => b.size - a.size));
    expect(o.rows.length).toBe(12);
    expect(o.rows[0].text).toBe(clusters[0].label);
    expect(o.rows.map((r) => r.top)).toEqual([...o.rows.map((r) => r.top)].sort((a, b) => a - b));
    expect(o.rows.at(-1)!.text).toMatch(/^other clusters \(\d+\)$/);
    // Each cluster's nodes in its row's band: between its label's top and the next row's.
    for (const [i, row] of o.rows.entries()) {
      const below = o.rows[i + 1]?.top ?? Infinity;
      for (const n of tl.filter((m) => row.clusters.includes(m.community))) {
        expect(n.y).toBeGreaterThan(row.top);
        expect(n.y).toBeLessThan(below);
      }
    }
    // (the README's picture of it: PAPERWEAVE_SCREENSHOT=1 rewrites it, as viewer.test.ts does graph-data/screenshot.png)
    const shot = join(ROOT, 'graph-data', 'screenshot-timeline.jpg');
    if (!process.env.PAPERWEAVE_E2E_GRAPH && (process.env.PAPERWEAVE_SCREENSHOT === '1' || !existsSync(shot))) {
      await page.screenshot({ path: shot, type: 'jpeg', quality: 75 });
    }
    // The map's cluster labels are not drawn over the timeline.
    expect(await page.locator('.cluster-labels .cluster-label').evaluateAll((els) => els.filter((e) => getComputedStyle(e).visibility === 'visible').length)).toBe(0);

    // A reload of the address reopens the timeline, the same picture.
    const link = page.url();
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await settled(page);
    expect(new URL(page.url()).searchParams.get('view')).toBe('timeline');
    expect(await page.getByTestId('view-timeline').getAttribute('aria-pressed')).toBe('true');
    const again = await drawn(page);
    expectXFollowsYears(again);
    expect(again.map((n) => [n.key, n.fx, n.fy])).toEqual(tl.map((n) => [n.key, n.fx, n.fy]));
    expect(link).toContain('view=timeline');

    // Back to the map: the map's positions, exactly, and the whole graph framed as at the start.
    await page.getByTestId('view-map').click();
    await expect.poll(() => param(page, 'view')).toBeNull();
    await settled(page);
    const back = await drawn(page);
    expect(back.map((n) => [n.key, n.fx, n.fy])).toEqual(map.map((n) => [n.key, n.fx, n.fy]));
    const cam = await page.evaluate(() => window.paperweave!.renderer.getCamera().getState());
    for (const k of ['x', 'y', 'ratio'] as const) expect(cam[k]).toBeCloseTo(mapCamera[k], 6);
    expect(await page.locator('[data-testid=timeline-row]').count()).toBe(0);
    // Back (the browser's) shows the timeline again, Forward the map.
    await page.goBack();
    await expect.poll(() => page.getByTestId('view-timeline').getAttribute('aria-pressed')).toBe('true');
    await settled(page);
    expectXFollowsYears(await drawn(page));
    await page.goForward();
    await expect.poll(() => page.getByTestId('view-map').getAttribute('aria-pressed')).toBe('true');
    await settled(page);
    expect((await drawn(page)).map((n) => [n.key, n.fx, n.fy])).toEqual(map.map((n) => [n.key, n.fx, n.fy]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on the timeline, a node is hovered and clicked where it is drawn, a cluster chosen, a node found by the search, "whole graph" frames the timeline, filters and colours apply; the map keeps the camera it had', async () => {
    const { page, errors } = await openViewer(session);
    await settled(page);
    // A camera of the researcher's on the map: given back after the timeline.
    await page.evaluate(() => window.paperweave!.renderer.getCamera().setState({ x: 0.45, y: 0.55, ratio: 0.7, angle: 0 }));
    await settled(page);
    const mapCamera = await page.evaluate(() => window.paperweave!.renderer.getCamera().getState());
    await page.getByTestId('view-timeline').click();
    await settled(page);
    const tlCamera = await page.evaluate(() => window.paperweave!.renderer.getCamera().getState());
    const tl = await drawn(page);
    // A node with no other within 16 px: hovered, its label drawn; clicked, its panel opens and the URL names it.
    const lone = tl.filter((n) => n.r >= 4).find((n) => tl.every((m) => m === n || Math.hypot(m.x - n.x, m.y - n.y) > 16 + m.r))!;
    expect(lone).toBeDefined();
    await hoverClickAndClear(page, lone, 'timeline');

    // A cluster chosen in the sidebar: its row's label stays, the other rows' step back, and its nodes are framed beside its panel.
    const largest = await page.evaluate(() => [...window.paperweave!.graph.getAttribute('clusters')].sort((a, b) => b.size - a.size)[0].id);
    await page.locator(`#clusters button.cluster[data-cluster="${largest}"]`).click();
    await expect.poll(() => param(page, 'cluster')).toBe(String(largest));
    await expect.poll(() => page.locator('[data-testid=timeline-row].faded').count()).toBe(11);
    expect(await page.locator('[data-testid=timeline-row][data-row="0"]').getAttribute('class')).not.toContain('faded');
    await settled(page);
    const side = await page.locator('#sidebar').boundingBox();
    const clusterPanel = await page.getByTestId('details').boundingBox();
    for (const n of (await drawn(page)).filter((m) => m.community === largest)) {
      expect(n.x).toBeGreaterThan(side!.x + side!.width);
      expect(n.x).toBeLessThan(clusterPanel!.x);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'cluster')).toBeNull();
    expect(await page.locator('[data-testid=timeline-row].faded').count()).toBe(0);

    // The search flies to the node where the timeline draws it (in the room the panels leave).
    await page.getByTestId('search').fill('MVTec AD');
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => detailsTitle(page)).toBe('MVTec AD');
    await settled(page);
    const found = (await drawn(page)).find((n) => n.key === 'dataset:mvtecad')!;
    const panel = await page.getByTestId('details').boundingBox();
    expect(found.x).toBeLessThan(panel!.x);
    expect(found.x).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('details').isHidden()).toBe(true);
    // "Whole graph" frames the whole timeline again, as the switch did.
    await page.getByTestId('zoom-fit').click();
    await settled(page);
    const fit = await page.evaluate(() => window.paperweave!.renderer.getCamera().getState());
    for (const k of ['x', 'y', 'ratio'] as const) expect(fit[k]).toBeCloseTo(tlCamera[k], 4);

    // Filters hide nodes on the timeline as on the map; colouring by year colours them.
    await page.getByTestId('year-from').fill('2024');
    await page.getByTestId('year-from').press('Enter');
    await expect.poll(() => param(page, 'from')).toBe('2024');
    await settled(page);
    const filtered = await drawn(page);
    // (the years filter keeps papers of those years and the entities they link to, whatever the entity's first year)
    expect(filtered.filter((n) => !n.hidden && n.key.startsWith('paper:') && n.year !== null && n.year < 2024)).toEqual([]);
    expect(filtered.filter((n) => !n.hidden).length).toBeGreaterThan(0);
    expectXFollowsYears(filtered);
    await page.getByTestId('color-year').click();
    await expect.poll(() => param(page, 'color')).toBe('year');
    const colours = await page.evaluate(() => {
      const pw = window.paperweave!;
      const by = new Map<number, Set<string>>();
      pw.graph.forEachNode((k, a) => {
        const d = pw.renderer.getNodeDisplayData(k)!;
        if (a.kind !== 'paper' || d.hidden || a.year === undefined) return;
        by.set(a.year, (by.get(a.year) ?? new Set()).add(d.color));
      });
      return [...by].map(([y, s]) => [y, [...s]]);
    });
    for (const [, s] of colours) expect(s).toHaveLength(1);
    expect(new Set(colours.map(([, s]) => (s as string[])[0])).size).toBe(colours.length);
    expect(param(page, 'view')).toBe('timeline');

    // The map comes back with the camera it had.
    await page.getByTestId('view-map').click();
    await settled(page);
    const cam = await page.evaluate(() => window.paperweave!.renderer.getCamera().getState());
    for (const k of ['x', 'y', 'ratio'] as const) expect(cam[k]).toBeCloseTo(mapCamera[k], 6);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('nodes without a year are drawn in an "undated (N)" column right of the last year, counted, never left out; a graph opened on the timeline stays on it', async () => {
    const { page, errors } = await openViewer(session, '?view=timeline');
    await settled(page);
    // The bundled graph with five papers' years taken away, opened as a file is.
    const undated = await page.evaluate(() => {
      const pw = window.paperweave!;
      const g = pw.graph.copy();
      const keys = g.filterNodes((_, a) => a.kind === 'paper').sort().slice(0, 5);
      for (const k of keys) {
        g.removeNodeAttribute(k, 'year' as never);
        g.removeNodeAttribute(k, 'date' as never);
      }
      pw.app.setGraph(g, { name: 'five undated' });
      return keys;
    });
    await expect.poll(() => page.locator('[data-testid=timeline-year][data-year=undated]').textContent()).toBe('undated (5)');
    await settled(page);
    expect(param(page, 'view')).toBe('timeline');
    expect(await page.getByTestId('view-key').textContent()).toContain('5 undated at the right');
    const nodes = await drawn(page);
    expect(nodes.filter((n) => !n.hidden)).toHaveLength(nodes.length);
    const dated = nodes.filter((n) => !undated.includes(n.key));
    const tick = (await overlay(page)).years.find((y) => y.text === 'undated (5)')!;
    expect(tick).toBeDefined();
    for (const k of undated) {
      const n = nodes.find((m) => m.key === k)!;
      expect(n.year).toBeNull();
      expect(n.x).toBeGreaterThan(Math.max(...dated.map((m) => m.x)));
      expect(Math.abs(n.x - tick.cx)).toBeLessThan(60);
      expect(n.x).toBeLessThan(await page.evaluate(() => window.innerWidth));
    }
    expectXFollowsYears(dated);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an upright phone draws the timeline tall, filling the screen\'s height; turned, wide again, and upright once more, tall; x follows the years in each', async () => {
    const { page, errors } = await openViewer(session, '?view=timeline', { width: 390, height: 844 }, { hasTouch: true });
    await settled(page);
    /** The drawn nodes' extent on screen (width, height), and the canvas's free height below the topbar. */
    const shape = async () => {
      const nodes = (await drawn(page)).filter((n) => !n.hidden);
      const xs = nodes.map((n) => n.x);
      const ys = nodes.map((n) => n.y);
      const free = await page.evaluate(() => {
        const box = window.paperweave!.renderer.getContainer().getBoundingClientRect();
        const bar = document.querySelector('header')!.getBoundingClientRect();
        return { width: box.width, height: box.bottom - Math.max(box.top, bar.bottom) };
      });
      return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys), free, nodes };
    };
    const upright = await shape();
    expectXFollowsYears(upright.nodes);
    // (the wide timeline, 1.6 times wider than high, left an upright phone's screen two-thirds empty)
    expect(upright.height).toBeGreaterThan(upright.width);
    expect(upright.height).toBeGreaterThan(0.6 * upright.free.height);
    expect((await overlay(page)).rows.length).toBe(12);
    await page.setViewportSize({ width: 844, height: 390 });
    await page.waitForFunction(() => window.paperweave!.renderer.getContainer().getBoundingClientRect().width > 800);
    await page.waitForTimeout(300);
    await settled(page);
    const turned = await shape();
    expectXFollowsYears(turned.nodes);
    expect(turned.width).toBeGreaterThan(1.3 * turned.height);
    expect(turned.height).toBeGreaterThan(0.6 * turned.free.height);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => window.paperweave!.renderer.getContainer().getBoundingClientRect().width < 400);
    await page.waitForTimeout(300);
    await settled(page);
    const again = await shape();
    expect(again.nodes.map((n) => [n.key, n.fx, n.fy])).toEqual(upright.nodes.map((n) => [n.key, n.fx, n.fy]));
    expect(param(page, 'view')).toBe('timeline');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the exports keep the map: graph.json of the view has the graph\'s own x/y while the timeline is shown; the PNG is the timeline', async () => {
    const { page, errors } = await openViewer(session, '?view=timeline');
    await settled(page);
    const same = await page.evaluate(() => {
      const pw = window.paperweave!;
      const g = pw.beyond!.exports.viewGraph();
      let n = 0;
      let differ = 0;
      g.forEachNode((k, a) => {
        n++;
        const own = pw.graph.getNodeAttributes(k);
        const d = pw.app.drawnGraph.getNodeAttributes(k);
        if (a.x !== own.x || a.y !== own.y) differ++;
        if (d.x === own.x && d.y === own.y) differ++;
      });
      return { n, differ };
    });
    expect(same.n).toBeGreaterThan(200);
    expect(same.differ).toBe(0);
    // The PNG is the picture shown: the timeline, with its axis and row labels (page text it draws as the map's cluster labels).
    const png = await page.evaluate(async () => {
      const b = await window.paperweave!.beyond!.exports.png(1);
      return { type: b.type, size: b.size };
    });
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.close();
  });
});
