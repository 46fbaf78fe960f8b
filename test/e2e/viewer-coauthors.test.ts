/**
 * The co-authorship network in the viewer's Export menu, in real Chromium (Debian's /usr/bin/chromium via
 * playwright-core): a graph built by `paperweave build` from test/fixtures/coauthors.jsonl (four papers, six authors,
 * six links: test/export/coauthors.test.ts), served as `npm start` serves one. The menu offers the network as GEXF (the
 * bytes `paperweave export --format coauthors-gexf` writes for the same graph; check-gexf --require-viz passes it) and as
 * the desktop VOSviewer's map and network files (two downloads); of the view: a year filter leaves fewer authors. A graph
 * whose papers name no author (opened in the page) has neither item. The site is built with vite into a temp dir (or
 * taken from $PW_SITE_DIR).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse as parseGexf } from 'graphology-gexf';
import Graph from 'graphology';
import { ROOT } from '../../src/cli/io.ts';
import { loadGraphJSON } from '../../src/export/json.ts';
import { renderCoauthorFormat } from '../../src/export/index.ts';
import { expectCheckGexf } from '../helpers/check-gexf.ts';
import { browserAvailability, openViewer, useBuiltViewer, useSession } from './browser.ts';

const avail = browserAvailability();

const built = useBuiltViewer('pw-e2e-coauthors-', { inputs: ['test/fixtures/coauthors.jsonl'], name: 'coauthors' });

/** Open the Export menu where it is closed. */
async function openMenu(page: Page): Promise<void> {
  if (!(await page.getByTestId('export-menu').evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByTestId('export-menu').locator('summary').click();
}

/** The downloads a click on the item gives (n of them), as (suggested name, text). */
async function downloads(page: Page, testid: string, n: number, dir: string): Promise<{ name: string; text: string }[]> {
  await openMenu(page);
  const got: { name: string; text: string }[] = [];
  const all = new Promise<void>((resolve) => {
    page.on('download', async (dl) => {
      const file = join(dir, `${got.length}-${dl.suggestedFilename()}`);
      await dl.saveAs(file);
      got.push({ name: dl.suggestedFilename(), text: readFileSync(file, 'utf8') });
      if (got.length === n) resolve();
    });
  });
  await page.getByTestId(testid).click();
  await all;
  return got.sort((a, b) => a.name.localeCompare(b.name));
}

describe.skipIf(!avail.ok)('viewer: the co-authorship network in the Export menu (chromium)', () => {
  const held = useSession(built);

  it('GEXF: the six authors and six links, the bytes the CLI writes for the graph, drawn (check-gexf --require-viz)', async () => {
    const { page, errors } = await openViewer(held.session);
    await openMenu(page);
    const item = page.getByTestId('export-coauthors-gexf');
    expect(await item.isVisible()).toBe(true);
    expect(await item.textContent()).toMatch(/co-authorship network.*GEXF.*\(view\)/i);
    const [gexf] = await downloads(page, 'export-coauthors-gexf', 1, built.tmp);
    expect(gexf.name).toBe('coauthors-view-coauthors.gexf');
    const net = parseGexf(Graph, gexf.text);
    expect([net.order, net.size]).toEqual([6, 6]);
    expect(net.mapNodes((_k, a) => a.label).sort()).toEqual(['Bernhard Schölkopf', 'Jongheon Jeong', 'Karsten Roth', 'Latha Pemula', 'Peter Gehler', 'Solo Author']);
    const cli = renderCoauthorFormat(loadGraphJSON(readFileSync(join(built.graphDir, 'graph.json'), 'utf8')), 'coauthors-gexf');
    expect(gexf.text).toBe(cli.files[0].content);
    expect(expectCheckGexf([join(built.tmp, '0-coauthors-view-coauthors.gexf')], true)).toBe(true);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/6 authors, 6 links/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('VOSviewer: the map and network files in one click, of the view (years to 2022: four authors, five links)', async () => {
    const { page, errors } = await openViewer(held.session);
    const files = await downloads(page, 'export-coauthors-vosviewer', 2, built.tmp);
    expect(files.map((f) => f.name)).toEqual(['coauthors-view-coauthors-vosviewer-map.txt', 'coauthors-view-coauthors-vosviewer-network.txt']);
    const lines = (t: string) => t.split('\n').filter((l) => l.trim());
    expect(lines(files[0].text)).toHaveLength(1 + 6); // (a header, an author a line)
    expect(lines(files[1].text)).toHaveLength(6);
    await page.close();

    const view = await openViewer(held.session, '?to=2022');
    const shown = await downloads(view.page, 'export-coauthors-vosviewer', 2, built.tmp);
    const labels = lines(shown[0].text).slice(1).map((l) => l.split('\t')[1]).sort();
    expect(labels).toEqual(['Bernhard Schölkopf', 'Karsten Roth', 'Latha Pemula', 'Peter Gehler']);
    expect(lines(shown[1].text)).toHaveLength(5);
    expect([...errors, ...view.errors]).toEqual([]);
    await view.page.close();
  });

  it('absent where the papers name no author (a graph without them opened in the page)', async () => {
    const { page, errors } = await openViewer(held.session);
    await openMenu(page);
    expect(await page.getByTestId('export-coauthors-gexf').isVisible()).toBe(true);
    await page.getByTestId('file-input').setInputFiles(join(ROOT, 'test', 'fixtures', 'web', 'graph.json'));
    await page.waitForFunction(() => window.paperweave!.graph.order > 0 && !window.paperweave!.graph.someNode((_k, a) => a.kind === 'paper' && (a.authors?.length ?? 0) > 0), undefined, { timeout: 60_000 });
    await openMenu(page);
    expect(await page.getByTestId('export-vosviewer').isVisible()).toBe(true);
    expect(await page.getByTestId('export-coauthors-gexf').isVisible()).toBe(false);
    expect(await page.getByTestId('export-coauthors-vosviewer').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
