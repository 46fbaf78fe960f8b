/**
 * "Size by" (links, papers, PageRank): what sigma draws, the URL, a reload, and hover and click on the resized nodes,
 * in real Chromium (Debian's /usr/bin/chromium via playwright-core) on the bundled graph, built into a temp dir
 * (PAPERWEAVE_E2E_GRAPH=DIR uses an existing graph instead).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadGraphJSON } from '../../src/export/json.ts';
import { renderFormat } from '../../src/export/index.ts';
import { expectCheckGexf } from '../helpers/check-gexf.ts';
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
/** Sizes by links, then by PageRank (pressed), and the entity PageRank grows most. */
async function grownByPageRank(page: Page) {
  const byLinks = await entitySizes(page);
  await page.getByTestId('size-pagerank').click();
  await expect.poll(() => param(page, 'size')).toBe('pagerank');
  const byRank = await entitySizes(page);
  const grown = Object.keys(byRank.sizes).sort((a, b) => (byRank.sizes[b] - byLinks.sizes[b]) - (byRank.sizes[a] - byLinks.sizes[a]) || a.localeCompare(b))[0];
  return { byLinks, byRank, grown };
}

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
    // The entity grown most, and a point between the circle its links drew and the one drawn now, that no other drawn
    // node covers (page coordinates): sigma finds it there only if it hit-tests the size drawn now.
    const { byLinks, byRank, grown } = await grownByPageRank(page);
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

  it('exports what is drawn: GEXF viz:size by PageRank (papers kept as data), a graph.json that reopens sized by PageRank', async () => {
    const { page, errors } = await openViewer(session, '?size=pagerank');
    const shown = await page.evaluate(() => {
      const pw = window.paperweave!;
      const out: Record<string, { drawn: number; built: number; papers: number | null }> = {};
      pw.graph.forEachNode((k, a) => (out[k] = { drawn: pw.app.nodeSize(k), built: a.size, papers: a.kind === 'paper' ? null : a.papers }));
      return out;
    });
    const keys = Object.keys(shown);
    // (PageRank resizes most nodes: the export must tell them apart from the build's sizes)
    expect(keys.filter((k) => Math.abs(shown[k].drawn - shown[k].built) > 0.5).length).toBeGreaterThan(keys.length / 4);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-gexf').click()]);
    const gexfFile = join(built.tmp, 'pagerank.gexf');
    await dl.saveAs(gexfFile);
    const g = parseGexf(Graph, readFileSync(gexfFile, 'utf8'));
    expect(g.order).toBe(keys.length);
    for (const k of keys) {
      expect(g.getNodeAttribute(k, 'size'), k).toBeCloseTo(shown[k].drawn, 6);
      if (shown[k].papers !== null) expect(g.getNodeAttribute(k, 'papers'), k).toBe(shown[k].papers);
    }
    expectCheckGexf([gexfFile]);
    // graph.json: the nodes keep their own sizes (links'), the choice goes with them
    await page.getByTestId('export-menu').locator('summary').click();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const jsonFile = join(built.graphDir, 'view-pagerank.json');
    await json.saveAs(jsonFile);
    const view = loadGraphJSON(readFileSync(jsonFile, 'utf8'));
    expect(view.getAttribute('sizeBy')).toBe('pagerank');
    for (const k of keys) expect(view.getNodeAttribute(k, 'size'), k).toBe(shown[k].built);
    // the command line's code, on that graph.json (the choice it records), writes the viewer's GEXF byte for byte: one
    // PageRank, in Node as in the page
    expect(renderFormat(view, 'gexf')[0].content).toBe(readFileSync(gexfFile, 'utf8'));
    await page.close();
    // opened by a link with no size of its own: sized by PageRank, as exported, the address left without size
    const reopened = await openViewer(session, '?graph=data/view-pagerank.json');
    expect(await reopened.page.evaluate(() => window.paperweave!.app.state.sizeBy)).toBe('pagerank');
    expect(await reopened.page.getByTestId('size-pagerank').getAttribute('aria-pressed')).toBe('true');
    const again = await reopened.page.evaluate((ks) => ks.map((k) => window.paperweave!.app.nodeSize(k)), keys);
    again.forEach((s, i) => expect(s, keys[i]).toBeCloseTo(shown[keys[i]].drawn, 6));
    // links, chosen there, is written in the address (no longer the default) and kept by a reload
    await reopened.page.getByTestId('size-links').click();
    await expect.poll(() => param(reopened.page, 'size')).toBe('links');
    await reopened.page.reload();
    await reopened.page.waitForFunction(() => window.paperweave?.firstRender !== undefined);
    expect(await reopened.page.evaluate(() => window.paperweave!.app.state.sizeBy)).toBe('links');
    await reopened.page.close();
    // opened from the file picker in a viewer sized by links: sized by PageRank too
    const picked = await openViewer(session);
    await picked.page.getByTestId('file-input').setInputFiles(jsonFile);
    await expect.poll(() => picked.page.evaluate(() => window.paperweave!.app.state.sizeBy)).toBe('pagerank');
    expect(param(picked.page, 'size')).toBeNull();
    expect([...errors, ...reopened.errors, ...picked.errors]).toEqual([]);
    await picked.page.close();
  });

  it('the PNG draws the sizes shown: a node grown by PageRank covers, in the image, a point its links\' circle left bare', async () => {
    const { page, errors } = await openViewer(session);
    const { byLinks, grown } = await grownByPageRank(page);
    // (the camera still: the circles are measured and the PNG drawn from one view; a loaded run once measured them mid-move)
    await page.waitForFunction(() => !window.paperweave!.renderer.getCamera().isAnimated(), undefined, { timeout: 20_000 });
    const r = await page.evaluate(async ([k, was]) => {
      const pw = window.paperweave!;
      const rd = pw.renderer;
      const circle = (n: string) => {
        const d = rd.getNodeDisplayData(n)!;
        return { ...rd.framedGraphToViewport(d), radius: rd.scaleSize(d.size), hidden: d.hidden, color: d.color };
      };
      const c = circle(k);
      const bm = await createImageBitmap(await pw.beyond!.exports.png(1, { clusterLabels: false }));
      const canvas = new OffscreenCanvas(bm.width, bm.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bm, 0, 0);
      const dpr = bm.width / rd.getDimensions().width;
      // points between the circle links drew and the one drawn now, under no other node
      const bare: { x: number; y: number }[] = [];
      const dist = (rd.scaleSize(was) + c.radius) / 2;
      for (let i = 0; i < 16; i++) {
        const p = { x: c.x + Math.cos((i * Math.PI) / 8) * dist, y: c.y + Math.sin((i * Math.PI) / 8) * dist };
        if (!pw.graph.someNode((n) => n !== k && !circle(n).hidden && Math.hypot(circle(n).x - p.x, circle(n).y - p.y) <= circle(n).radius + 3)) bare.push(p);
      }
      const rgb = (s: string) => (s.match(/\d+/g) ?? []).slice(0, 3).map(Number);
      const want = c.color.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.color.slice(i, i + 2), 16)) : rgb(c.color);
      const hits = bare.filter((p) => {
        const px = g.getImageData(Math.round(p.x * dpr), Math.round(p.y * dpr), 1, 1).data;
        return Math.max(...want.map((v, i) => Math.abs(v - px[i]))) <= 24;
      });
      return { bare: bare.length, hits: hits.length, color: c.color };
    }, [grown, byLinks.sizes[grown]] as const);
    expect(r.bare, r.color).toBeGreaterThan(3);
    expect(r.hits).toBe(r.bare);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('nodes.csv of the view holds the sizes drawn, as its GEXF does (it kept the build\'s), and the command line\'s export --size-by writes the same bytes', async () => {
    const { page, errors } = await openViewer(session, '?size=papers');
    const shown = await page.evaluate(() => {
      const pw = window.paperweave!;
      return Object.fromEntries(pw.graph.mapNodes((k, a) => [k, { drawn: pw.app.nodeSize(k), built: a.size }]));
    });
    const keys = Object.keys(shown);
    expect(keys.filter((k) => shown[k].drawn !== shown[k].built).length).toBeGreaterThan(keys.length / 4);
    const save = async (testid: string, name: string) => {
      if (!(await page.getByTestId(testid).isVisible())) await page.getByTestId('export-menu').locator('summary').click();
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      const file = join(built.tmp, name);
      await dl.saveAs(file);
      return readFileSync(file, 'utf8');
    };
    const nodesCsv = await save('export-nodes-csv', 'papers-nodes.csv');
    const rows = parseCsv(nodesCsv, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id).sort()).toEqual([...keys].sort());
    for (const r of rows) expect(Number(r.size), r.id).toBe(shown[r.id].drawn);
    const gexf = await save('export-gexf', 'papers-view.gexf');
    const json = await save('export-json', 'papers-view.json');
    // (the viewer's graph.json, converted by the CLI's code, sized by the choice it records: the viewer's files, byte for byte)
    const view = loadGraphJSON(json);
    expect(view.getAttribute('sizeBy')).toBe('papers');
    const [cliNodes] = renderFormat(view, 'csv');
    expect(cliNodes.content).toBe(nodesCsv);
    expect(renderFormat(view, 'gexf')[0].content).toBe(gexf);
    // and the build's graph.json with --size-by papers: the same sizes
    const whole = loadGraphJSON(readFileSync(join(built.graphDir, 'graph.json'), 'utf8'));
    const cliRows = parseCsv(renderFormat(whole, 'csv', { sizeBy: 'papers' })[0].content, { columns: true }) as Record<string, string>[];
    expect(Object.fromEntries(cliRows.map((r) => [r.id, Number(r.size)]))).toEqual(Object.fromEntries(keys.map((k) => [k, shown[k].drawn])));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the offline HTML reopens sized as exported (its view keeps size=papers)', async () => {
    const { page, errors } = await openViewer(session, '?size=papers');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-html').click()]);
    const file = join(built.tmp, 'offline-papers.html');
    await dl.saveAs(file);
    await page.close();
    const offline = await session.browser.newPage();
    await offline.goto(pathToFileURL(file).href);
    await offline.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    expect(await offline.evaluate(() => window.paperweave!.app.state.sizeBy)).toBe('papers');
    expect(await offline.getByTestId('size-papers').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await offline.close();
  });

  it('the colour-by and size-by buttons sit on one line each: in the 250 px sidebar (also 15 px narrower, a scrollbar\'s room), and on a phone; colour by\'s four under their label, size by\'s three beside it', async () => {
    /** Each control's buttons: their tops, the label's line, whether each one's words fit inside it, and the sidebar's inside right. */
    const rows = (page: Page) => page.evaluate(() => ['color-by', 'size-by'].map((id) => {
      const el = document.getElementById(id)!;
      const label = el.querySelector(':scope > span')!.getBoundingClientRect();
      const buttons = [...el.querySelectorAll('button')].map((b) => ({ ...b.getBoundingClientRect().toJSON() as DOMRect, fits: b.scrollWidth <= b.clientWidth }));
      const side = document.getElementById('sidebar')!;
      const inside = side.getBoundingClientRect().left + side.clientLeft + side.clientWidth - parseFloat(getComputedStyle(side).paddingRight);
      return { id, label: { top: label.top, bottom: label.bottom }, buttons, inside };
    }));
    const oneLine = (r: Awaited<ReturnType<typeof rows>>[number]) => {
      expect(r.buttons.length, r.id).toBe(r.id === 'color-by' ? 4 : 3);
      expect(new Set(r.buttons.map((b) => Math.round(b.top))).size, `${r.id}: ${JSON.stringify(r.buttons)}`).toBe(1);
      for (const b of r.buttons) {
        expect(b.fits, r.id).toBe(true);
        expect(b.right, r.id).toBeLessThanOrEqual(r.inside + 0.5);
      }
    };
    const { page, errors } = await openViewer(session);
    for (const r of await rows(page)) {
      oneLine(r);
      if (r.id === 'color-by') {
        // (kind, cluster, year and mean year take the row: the label above them)
        expect(r.label.bottom, r.id).toBeLessThanOrEqual(r.buttons[0].top + 0.5);
      } else {
        // (the label beside them, on their line)
        expect(r.label.top, r.id).toBeGreaterThanOrEqual(r.buttons[0].top - 0.5);
        expect(r.label.bottom, r.id).toBeLessThanOrEqual(r.buttons[0].bottom + 0.5);
      }
    }
    // a classic scrollbar (headless Chromium's overlay ones take no room): 15 px less inside
    await page.addStyleTag({ content: '#sidebar { padding-right: 27px !important; }' });
    for (const r of await rows(page)) {
      oneLine(r);
      expect(r.label.bottom, r.id).toBeLessThanOrEqual(r.buttons[0].bottom + 0.5);
    }
    await page.close();
    // a phone: the sidebar opened from its button; the label above, the buttons sharing the row, a finger's height
    const phone = await openViewer(session, '', { width: 390, height: 844 }, { hasTouch: true });
    await phone.page.getByTestId('sidebar-toggle').click();
    for (const r of await rows(phone.page)) {
      oneLine(r);
      for (const b of r.buttons) expect(b.height, r.id).toBeGreaterThanOrEqual(32);
    }
    await phone.page.getByTestId('size-papers').tap();
    await expect.poll(() => param(phone.page, 'size')).toBe('papers');
    expect([...errors, ...phone.errors]).toEqual([]);
    await phone.page.close();
  });
});
