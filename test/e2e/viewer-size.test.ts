/**
 * "Size by" (links, papers, PageRank): what sigma draws, the URL, a reload, and hover and click on the resized nodes,
 * in real Chromium (Debian's /usr/bin/chromium via playwright-core) on the bundled graph, built into a temp dir
 * (PAPERWEAVE_E2E_GRAPH=DIR uses an existing graph instead).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launch, openViewer, useBuiltViewer, type Session } from './browser.ts';

const avail = browserAvailability();

const built = useBuiltViewer('paperweave-e2e-size-');

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The drawn size of every entity (not paper), and the entity most papers tag (ties: the first key). */
const entitySizes = (page: Page) => page.evaluate(() => {
  const pw = window.paperweave!;
  const sizes: Record<string, number> = {};
  let most = '';
  let mostPapers = -1;
  pw.graph.forEachNode((k, a) => {
    if (a.kind === 'paper') return;
    sizes[k] = pw.renderer.getNodeDisplayData(k)!.size;
    if (a.papers > mostPapers || (a.papers === mostPapers && k < most)) [most, mostPapers] = [k, a.papers];
  });
  return { sizes, most };
});

const largest = (sizes: Record<string, number>) => Math.max(...Object.values(sizes));

describe.skipIf(!avail.ok)('viewer: size by links, papers or PageRank', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('"papers" draws the entity most papers tag the largest of the entities; the URL keeps it and a reload restores it', async () => {
    const { page, errors } = await openViewer(session);
    const byLinks = await entitySizes(page);
    await expect.poll(() => page.getByTestId('size-links').getAttribute('aria-pressed')).toBe('true');
    // (by links, the entity most papers tag is not the largest on the bundled graph: MVTec AD has more links)
    expect(byLinks.sizes[byLinks.most]).toBeLessThan(largest(byLinks.sizes));
    await page.getByTestId('size-papers').click();
    await expect.poll(() => param(page, 'size')).toBe('papers');
    const byPapers = await entitySizes(page);
    expect(byPapers.sizes[byPapers.most]).toBe(largest(byPapers.sizes));
    expect(await page.getByTestId('size-papers').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('size-key').textContent()).toContain('papers');
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.app.state.sizeBy === 'papers');
    const reloaded = await entitySizes(page);
    expect(reloaded.sizes).toEqual(byPapers.sizes);
    expect(await page.getByTestId('size-papers').getAttribute('aria-pressed')).toBe('true');
    // back to links from the keyboard, as the colour buttons are reached
    await page.getByTestId('size-links').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'size')).toBeNull();
    expect((await entitySizes(page)).sizes).toEqual(byLinks.sizes);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"PageRank" resizes the nodes within the range links give (the largest as large as by links)', async () => {
    const { page, errors } = await openViewer(session);
    const byLinks = await entitySizes(page);
    await page.getByTestId('size-pagerank').click();
    await expect.poll(() => param(page, 'size')).toBe('pagerank');
    const byRank = await entitySizes(page);
    expect(byRank.sizes).not.toEqual(byLinks.sizes);
    expect(largest(byRank.sizes)).toBeCloseTo(largest(byLinks.sizes), 5);
    expect(await page.getByTestId('size-key').textContent()).toContain('PageRank');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hover and click reach a node grown by PageRank beyond the circle its links drew', async () => {
    const { page, errors } = await openViewer(session);
    const byLinks = await entitySizes(page);
    await page.getByTestId('size-pagerank').click();
    await expect.poll(() => param(page, 'size')).toBe('pagerank');
    const byRank = await entitySizes(page);
    // The entity grown most, and a point between the circle its links drew and the one drawn now, that no other drawn
    // node covers (page coordinates): sigma finds it there only if it hit-tests the size drawn now.
    const grown = Object.keys(byRank.sizes).sort((a, b) => (byRank.sizes[b] - byLinks.sizes[b]) - (byRank.sizes[a] - byLinks.sizes[a]) || a.localeCompare(b))[0];
    expect(byRank.sizes[grown]).toBeGreaterThan(byLinks.sizes[grown] + 2);
    const at = await page.evaluate(([k, was]) => {
      const pw = window.paperweave!;
      const r = pw.renderer;
      const box = r.getContainer().getBoundingClientRect();
      const circle = (n: string) => {
        const d = r.getNodeDisplayData(n)!;
        return { ...r.framedGraphToViewport(d), radius: r.scaleSize(d.size), hidden: d.hidden };
      };
      const c = circle(k);
      const dist = (r.scaleSize(was) + c.radius) / 2;
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
        const p = { x: c.x + dx * dist, y: c.y + dy * dist };
        const covered = pw.graph.someNode((n) => {
          if (n === k) return false;
          const o = circle(n);
          return !o.hidden && Math.hypot(o.x - p.x, o.y - p.y) <= o.radius + 2;
        });
        if (!covered) return { x: box.left + p.x, y: box.top + p.y };
      }
      return null;
    }, [grown, byLinks.sizes[grown]] as const);
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x - 40, at!.y - 40);
    await page.mouse.move(at!.x, at!.y, { steps: 4 });
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.hovered)).toBe(grown);
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected)).toEqual([grown]);
    expect(param(page, 'size')).toBe('pagerank');
    expect(errors).toEqual([]);
    await page.close();
  });
});
