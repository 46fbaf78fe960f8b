/**
 * A cluster selected from the sidebar (its nodes in colour, the rest faded, its panel, the URL), and the camera after a
 * filter change (what the filters leave framed in the room the panels leave, a small change leaving it be), in real
 * Chromium (Debian's /usr/bin/chromium via playwright-core) on the bundled graph, built into a temp dir
 * (PAPERWEAVE_E2E_GRAPH=DIR uses an existing graph instead).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launch, openViewer, useBuiltViewer, type Session } from './browser.ts';
import { FADED_NODE } from '../../web/reducers.ts';

const avail = browserAvailability();

const built = useBuiltViewer('paperweave-e2e-clusters-');

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const detailsTitle = (page: Page) => page.locator('[data-testid=details] h2').textContent();

/** The nodes sigma draws, in full colour and faded. */
const drawnColours = (page: Page) => page.evaluate((faded) => {
  const pw = window.paperweave!;
  const full: string[] = [];
  const fadedKeys: string[] = [];
  pw.graph.forEachNode((k) => {
    const d = pw.renderer.getNodeDisplayData(k);
    if (!d || d.hidden) return;
    (d.color === faded ? fadedKeys : full).push(k);
  });
  return { full: full.sort(), faded: fadedKeys.sort() };
}, FADED_NODE);

/** The largest cluster, its nodes' keys sorted. */
const largestCluster = (page: Page) => page.evaluate(() => {
  const g = window.paperweave!.graph;
  const c = [...g.getAttribute('clusters')].sort((a, b) => b.size - a.size)[0];
  return { ...c, members: g.filterNodes((_, a) => a.community === c.id).sort() };
});

/** Wait until the camera has stopped (a flight's end). */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(100);
  await page.waitForFunction(() => !window.paperweave!.renderer.getCamera().isAnimated(), undefined, { timeout: 20_000 });
}

const cameraOf = (page: Page) => page.evaluate(() => window.paperweave!.renderer.getCamera().getState());

/**
 * The drawn nodes (or `keys`) outside the room the topbar, the sidebar and the details panel leave (page coordinates,
 * for the camera as it is now), and that room.
 */
const outsideFreeArea = (page: Page, keys?: string[]) => page.evaluate((only) => {
  const pw = window.paperweave!;
  const g = document.getElementById('graph')!.getBoundingClientRect();
  const area = { left: g.left, top: g.top, right: g.right, bottom: g.bottom };
  area.top = Math.max(area.top, document.querySelector('header')!.getBoundingClientRect().bottom);
  const side = document.getElementById('sidebar')!.getBoundingClientRect();
  if (side.width) area.left = Math.max(area.left, side.right);
  const details = document.querySelector<HTMLElement>('[data-testid=details]')!;
  if (!details.hidden) area.right = Math.min(area.right, details.getBoundingClientRect().left);
  const cam = pw.renderer.getCamera().getState();
  const out: string[] = [];
  const points: { x: number; y: number }[] = [];
  for (const k of only ?? pw.graph.filterNodes((key) => pw.renderer.getNodeDisplayData(key)?.hidden === false)) {
    const p = pw.renderer.graphToViewport(pw.graph.getNodeAttributes(k), { cameraState: cam });
    const x = g.left + p.x;
    const y = g.top + p.y;
    points.push({ x, y });
    if (x < area.left || x > area.right || y < area.top || y > area.bottom) out.push(k);
  }
  return { out, area, points };
}, keys);

/** Set the years filter from the sidebar's boxes, as a researcher types them. */
async function filterYears(page: Page, from: number, to: number): Promise<void> {
  for (const [id, v] of [['year-from', from], ['year-to', to]] as const) {
    await page.getByTestId(id).fill(String(v));
    await page.getByTestId(id).press('Enter');
  }
  await settled(page);
}

/** Hide the metrics in the legend: the camera stays where it was (most of the graph is left, framed as it was). */
async function expectCameraKeptHidingMetrics(page: Page): Promise<void> {
  const cam = await cameraOf(page);
  await page.locator('[data-testid=legend-item][data-kind=metric]').click();
  await expect.poll(() => param(page, 'hide')).toBe('metric');
  await settled(page);
  expect(await cameraOf(page)).toEqual(cam);
}

describe.skipIf(!avail.ok)('viewer: a cluster selected, and the camera after a filter change', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a click on the largest cluster keeps its nodes in colour and fades the rest, presses its button, frames it, names it in the panel and the URL; Esc clears it', async () => {
    const { page, errors } = await openViewer(session);
    const c = await largestCluster(page);
    expect((await drawnColours(page)).faded).toEqual([]);
    const button = page.locator(`#clusters button.cluster[data-cluster="${c.id}"]`);
    await button.click();
    await expect.poll(async () => (await drawnColours(page)).full).toEqual(c.members);
    expect((await drawnColours(page)).faded).toHaveLength(await page.evaluate(() => window.paperweave!.graph.order) - c.members.length);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(param(page, 'cluster')).toBe(String(c.id));
    // The panel says what the cluster is: its label, its size, its top entities (links to their nodes).
    expect(await detailsTitle(page)).toBe(c.label);
    expect(await page.getByTestId('cluster-size').textContent()).toBe(`${c.members.length} nodes`);
    expect(await page.locator('[data-testid=cluster-top] .node-link').first().textContent()).toBe(c.topEntities[0]);
    // Flown to: every node of it in the room the panels leave (its panel among them).
    await settled(page);
    expect((await outsideFreeArea(page, c.members)).out).toEqual([]);
    const link = page.url();
    // Esc clears it: every node in colour again, the button up, the URL without it.
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'cluster')).toBeNull();
    expect((await drawnColours(page)).faded).toEqual([]);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('[data-testid=details]').isHidden()).toBe(true);
    // A second click on its button clears it too.
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    expect(param(page, 'cluster')).toBeNull();
    // The link reopens it.
    const other = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.goto(link);
    await other.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await expect.poll(async () => (await drawnColours(other)).full).toEqual(c.members);
    expect(await other.locator(`#clusters button.cluster[data-cluster="${c.id}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await detailsTitle(other)).toBe(c.label);
    expect(errors).toEqual([]);
    await other.close();
    await page.close();
  });

  it('a node clicked in a selected cluster shows its neighbourhood and panel; Esc goes back to the cluster, then clears it; filters hide part of it and the panel says so', async () => {
    const { page, errors } = await openViewer(session);
    const c = await largestCluster(page);
    await page.locator(`#clusters button.cluster[data-cluster="${c.id}"]`).click();
    await expect.poll(() => detailsTitle(page)).toBe(c.label);
    const node = c.members.find((k) => k.startsWith('method:')) ?? c.members[0];
    const label = await page.evaluate((k) => window.paperweave!.graph.getNodeAttribute(k, 'label'), node);
    await page.evaluate((k) => window.paperweave!.select(k), node);
    await expect.poll(() => detailsTitle(page)).toBe(label);
    // The node's neighbourhood is the focus (a neighbour outside the cluster in colour), the cluster kept.
    const neighbours = await page.evaluate((k) => window.paperweave!.graph.neighbors(k), node);
    expect((await drawnColours(page)).full).toEqual(expect.arrayContaining([node, ...neighbours]));
    expect(param(page, 'cluster')).toBe(String(c.id));
    await page.keyboard.press('Escape');
    await expect.poll(() => detailsTitle(page)).toBe(c.label);
    await expect.poll(async () => (await drawnColours(page)).full).toEqual(c.members);
    // Filters: what they hide of the cluster is not drawn, and its panel counts what they keep.
    await filterYears(page, 2025, 2025);
    const kept = await page.evaluate((ms) => ms.filter((k) => window.paperweave!.renderer.getNodeDisplayData(k)?.hidden === false), c.members);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(c.members.length);
    expect((await drawnColours(page)).full).toEqual(kept);
    expect(await page.getByTestId('cluster-size').textContent()).toBe(`${kept.length} of ${c.members.length} nodes pass the filters`);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur()); // (Esc in the year box is the box's)
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'cluster')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filtered to the year with fewest papers, the few nodes left are zoomed in on, inside the room the panels leave', async () => {
    const { page, errors } = await openViewer(session);
    const year = await page.evaluate(() => {
      const n = new Map<number, number>();
      window.paperweave!.graph.forEachNode((_, a) => {
        if (a.kind === 'paper' && a.year !== undefined) n.set(a.year, (n.get(a.year) ?? 0) + 1);
      });
      return [...n].sort((a, b) => a[1] - b[1] || a[0] - b[0])[0][0];
    });
    const before = await cameraOf(page);
    await filterYears(page, year, year);
    const after = await outsideFreeArea(page);
    expect(after.points.length).toBeGreaterThan(0);
    expect(after.out).toEqual([]);
    // (drawn at least twice as far apart as in the whole graph's view, where they sat in a few dozen pixels)
    expect((await cameraOf(page)).ratio).toBeLessThanOrEqual(before.ratio / 2);
    // Filters reset: the whole graph framed again.
    await page.getByTestId('reset-filters').click();
    await settled(page);
    expect((await cameraOf(page)).ratio).toBeCloseTo(before.ratio, 3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('from a view showing most of the graph, a year whose nodes run out of it is framed, beside the details panel; a small change after it moves nothing', async () => {
    const { page, errors } = await openViewer(session);
    // A node selected (its panel open), and the camera over most of the graph, zoomed in a little.
    await page.evaluate(() => window.paperweave!.app.select('dataset:mvtecad', { fly: false }));
    await page.evaluate(() => window.paperweave!.renderer.getCamera().setState({ x: 0.45, y: 0.55, ratio: 0.7, angle: 0 }));
    await settled(page);
    const all = await outsideFreeArea(page);
    expect(all.out.length * 2).toBeLessThan(all.points.length);
    // The year whose papers and their entities are most out of that view.
    const year = await page.evaluate((outside) => {
      const g = window.paperweave!.graph;
      const out = new Set(outside);
      const score = new Map<number, Set<string>>();
      g.forEachNode((k, a) => {
        if (a.kind !== 'paper' || a.year === undefined) return;
        const s = score.get(a.year) ?? new Set<string>();
        for (const n of [k, ...g.neighbors(k)]) if (out.has(n)) s.add(n);
        score.set(a.year, s);
      });
      return [...score].sort((a, b) => b[1].size - a[1].size || a[0] - b[0])[0][0];
    }, all.out);
    await filterYears(page, year, year);
    const framed = await outsideFreeArea(page);
    expect(framed.points.length).toBeGreaterThan(0);
    expect(framed.out).toEqual([]);
    expect(await page.locator('[data-testid=details]').isVisible()).toBe(true);
    // A kind hidden in the legend: the camera stays where it is.
    await expectCameraKeptHidingMetrics(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link with filters and no camera (typed by hand) opens on what they leave, framed as a filter change frames it', async () => {
    const { page: whole } = await openViewer(session);
    const wholeCam = await cameraOf(whole);
    const year = await whole.evaluate(() => {
      const n = new Map<number, number>();
      window.paperweave!.graph.forEachNode((_, a) => {
        if (a.kind === 'paper' && a.year !== undefined) n.set(a.year, (n.get(a.year) ?? 0) + 1);
      });
      return [...n].sort((a, b) => a[1] - b[1] || a[0] - b[0])[0][0];
    });
    await whole.close();
    const { page, errors } = await openViewer(session, `?from=${year}&to=${year}`);
    await settled(page);
    const opened = await outsideFreeArea(page);
    expect(opened.points.length).toBeGreaterThan(0);
    expect(opened.out).toEqual([]);
    expect((await cameraOf(page)).ratio).toBeLessThanOrEqual(wholeCam.ratio / 2);
    await page.close();
    // A kind hidden leaves most of the graph: it opens on the whole graph, as hiding it there moves nothing.
    const { page: hidden, errors: hiddenErrors } = await openViewer(session, '?hide=metric');
    await settled(hidden);
    expect(await cameraOf(hidden)).toEqual(wholeCam);
    expect([...errors, ...hiddenErrors]).toEqual([]);
    await hidden.close();
  });

  it('a link with a cluster and no camera (typed by hand) opens framed on the cluster, as its click frames it', async () => {
    const { page: whole } = await openViewer(session);
    const wholeCam = await cameraOf(whole);
    const c = await largestCluster(whole);
    await whole.close();
    const { page, errors } = await openViewer(session, `?cluster=${c.id}`);
    await settled(page);
    await expect.poll(async () => (await drawnColours(page)).full).toEqual(c.members);
    expect((await outsideFreeArea(page, c.members)).out).toEqual([]);
    // (zoomed in on it: it opened on the whole graph)
    expect((await cameraOf(page)).ratio).toBeLessThan(wholeCam.ratio);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in the whole graph\'s view, a kind hidden in the legend leaves the camera where it is', async () => {
    const { page, errors } = await openViewer(session);
    await expectCameraKeptHidingMetrics(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
