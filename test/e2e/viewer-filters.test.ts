/**
 * The viewer's parts that must follow the legend and the filters (search, details panel), and the URL's Gaps target,
 * in real Chromium (Debian's /usr/bin/chromium via playwright-core) on the bundled graph, built into a temp dir
 * (PAPERWEAVE_E2E_GRAPH=DIR uses an existing graph instead).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launch, openViewer, useBuiltViewer, type Session } from './browser.ts';
import type { KnowledgeGraph, Paper, PaperEntities } from '../../src/model.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { addBenchmarkEdges } from '../../src/graph/shared-benchmarks.ts';
import { toGraphJSON } from '../../src/export/json.ts';

const avail = browserAvailability();

const built = useBuiltViewer('paperweave-e2e-filters-');

const detailsTitle = (page: Page) => page.locator('[data-testid=details] h2').textContent();
/** Whether sigma draws the node (its display data not hidden). */
const drawn = (page: Page, key: string) => page.evaluate((k) => window.paperweave!.renderer.getNodeDisplayData(k)?.hidden === false, key);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** Type a query and wait for the suggestion of `key`. */
async function suggest(page: Page, query: string, key: string) {
  await page.getByTestId('search').fill(query);
  const li = page.locator(`#suggestions li[data-key="${key}"]`);
  await li.waitFor({ timeout: 20_000 });
  return li;
}

/** A paper proposing `method` and evaluating on `datasets`, naming `mentioned`, as the extractor would give it. */
function rec(id: string, year: number, method: string, datasets: string[], mentioned: string[] = []): [Paper, PaperEntities] {
  const mention = (name: string) => ({ name, aliases: [], evidence: `We test ${name}.`, confidence: 0.9 });
  return [
    { id, title: `${method} (${id})`, abstract: `We propose ${method}.`, year, date: `${year}-05-01`, urls: [], source: { file: 't', line: 1 } },
    {
      id, title: `${method} (${id})`, methods_proposed: [mention(method)], methods_mentioned: mentioned.map(mention),
      datasets: datasets.map((name) => ({ ...mention(name), role: 'evaluated' as const })), models: [], domains: [], settings: [], techniques: [], metrics: [],
    },
  ];
}

/** graph.json of these papers, built as `paperweave build` builds (laid out on a grid), `edit` applied. */
function smallGraph(name: string, rows: [Paper, PaperEntities][], edit?: (g: KnowledgeGraph) => void): string {
  const { graph } = buildGraph(rows.map((r) => r[0]), rows.map((r) => r[1]));
  addBenchmarkEdges(graph);
  let i = 0;
  graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: i % 5, y: Math.floor(i++ / 5), size: 4, color: 'rgb(120,120,130)', community: 0 }));
  graph.setAttribute('name', name);
  edit?.(graph);
  return toGraphJSON(graph);
}

/** Drop a graph.json on the page (as a researcher would) and wait for it to be shown. */
async function dropGraph(page: Page, json: string, node: string): Promise<void> {
  await page.evaluate((j) => {
    const dt = new DataTransfer();
    dt.items.add(new File([j], 'dropped.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, json);
  await page.waitForFunction((k) => window.paperweave!.graph.hasNode(k), node);
}

/**
 * A small graph in which the year filter takes away some of the datasets two shown methods share: Alpha (2023 on MVTec
 * AD and VisA, 2021 on BTAD and DAGM), Beta (2021 on MVTec AD, BTAD, DAGM; named by the 2023 paper), Gamma (2021 on
 * BTAD), Delta (2023 on MVTec AD, VisA).
 */
function sharedBenchmarksGraph(): string {
  return smallGraph('shared', [
    rec('p1', 2023, 'Alpha', ['MVTec AD', 'VisA'], ['Beta']),
    rec('p4', 2021, 'Alpha', ['BTAD', 'DAGM']),
    rec('p2', 2021, 'Beta', ['MVTec AD', 'BTAD', 'DAGM']),
    rec('p3', 2021, 'Gamma', ['BTAD']),
    rec('p5', 2023, 'Delta', ['MVTec AD', 'VisA']),
  ]);
}

describe.skipIf(!avail.ok)('viewer: search, details and gaps follow the filters', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('search offers a node the legend hides greyed, "method hidden"; choosing it shows its kind again, with a notice, and flies to a drawn node', async () => {
    const { page, errors } = await openViewer(session, '?hide=method');
    const m = await page.evaluate(() => {
      const g = window.paperweave!.graph;
      const key = g.filterNodes((_, a) => a.kind === 'method').sort((a, b) => g.degree(b) - g.degree(a) || a.localeCompare(b))[0];
      return { key, label: g.getNodeAttribute(key, 'label') };
    });
    expect(await drawn(page, m.key)).toBe(false);
    const li = await suggest(page, m.label, m.key);
    expect(await li.getAttribute('data-hidden')).toBe('kind');
    expect(await li.locator('[data-testid=search-hidden]').textContent()).toBe('method hidden');
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => detailsTitle(page)).toBe(m.label);
    expect(param(page, 'hide')).toBeNull();
    await expect.poll(() => drawn(page, m.key)).toBe(true);
    expect(await page.locator('#status').textContent()).toContain('method nodes shown again');
    // Back: the kind hidden again, as before the choice.
    await page.goBack();
    await expect.poll(() => param(page, 'hide')).toBe('method');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search offers a node the domain filter leaves out as "hidden by filters"; choosing it clears the filters, with a notice', async () => {
    const pick = await (async () => {
      const { page } = await openViewer(session);
      const r = await page.evaluate(() => {
        const g = window.paperweave!.graph;
        const domain = g.filterNodes((_, a) => a.kind === 'domain').sort((a, b) => g.inDegree(b) - g.inDegree(a))[0];
        const inDomain = new Set(g.inNeighbors(domain));
        // a method none of whose papers is in the domain, with a label no other node has
        const labels = new Map<string, number>();
        g.forEachNode((_, a) => labels.set(a.label.toLowerCase(), (labels.get(a.label.toLowerCase()) ?? 0) + 1));
        const key = g.filterNodes((k, a) => a.kind === 'method' && labels.get(a.label.toLowerCase()) === 1 && a.label.length > 5
          && g.inNeighbors(k).every((p) => !inDomain.has(p))).sort()[0];
        return { domain: domain.slice('domain:'.length), key, label: g.getNodeAttribute(key, 'label') };
      });
      await page.close();
      return r;
    })();
    const { page, errors } = await openViewer(session, `?domain=${pick.domain}`);
    expect(await drawn(page, pick.key)).toBe(false);
    const li = await suggest(page, pick.label, pick.key);
    expect(await li.getAttribute('data-hidden')).toBe('filter');
    expect(await li.locator('[data-testid=search-hidden]').textContent()).toBe('hidden by filters');
    await li.dispatchEvent('mousedown');
    await expect.poll(() => detailsTitle(page)).toBe(pick.label);
    expect(param(page, 'domain')).toBeNull();
    await expect.poll(() => drawn(page, pick.key)).toBe(true);
    expect(await page.locator('#status').textContent()).toContain('filters cleared');
    // A node the filters keep is offered as before.
    const shown = await suggest(page, pick.label, pick.key);
    expect(await shown.getAttribute('data-hidden')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});

describe.skipIf(!avail.ok)('viewer: the details panel follows the filters', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a dataset\'s methods and papers: those the domain filter hides are counted "n hidden by filters", listed greyed on request', async () => {
    const { page, errors } = await openViewer(session);
    page.setDefaultTimeout(20_000);
    // A dataset some of whose papers (and methods) are in the largest domain and some not.
    const pick = await page.evaluate(() => {
      const g = window.paperweave!.graph;
      const domains = g.filterNodes((_, a) => a.kind === 'domain').sort((a, b) => g.inDegree(b) - g.inDegree(a));
      for (const domain of domains) {
        for (const ds of g.filterNodes((_, a) => a.kind === 'dataset').sort()) {
          const papers = g.inNeighbors(ds).filter((p) => g.getNodeAttribute(p, 'kind') === 'paper');
          const kept = papers.filter((p) => g.hasEdge(p, domain));
          const methods = g.filterInEdges(ds, (_, a) => a.relation === 'benchmarked-on').length;
          if (kept.length > 0 && kept.length < papers.length && methods > 1 && papers.length <= 60) {
            return { domain: domain.slice('domain:'.length), key: ds, label: g.getNodeAttribute(ds, 'label'), papers: papers.length, kept: kept.length };
          }
        }
      }
      return null;
    });
    expect(pick).not.toBeNull();
    await page.goto(`${session.server.url}?sel=${encodeURIComponent(pick!.key)}&domain=${pick!.domain}`);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await expect.poll(() => detailsTitle(page)).toBe(pick!.label);
    // What the canvas draws, per list.
    const drawnOf = () => page.evaluate((ds) => {
      const pw = window.paperweave!;
      const g = pw.graph;
      const isDrawn = (k: string) => pw.renderer.getNodeDisplayData(k)?.hidden === false;
      const papers = g.inNeighbors(ds).filter((p) => g.getNodeAttribute(p, 'kind') === 'paper');
      const methods = g.filterInEdges(ds, (_, a) => a.relation === 'benchmarked-on').map((e) => g.source(e));
      return { papers: papers.length, papersDrawn: papers.filter(isDrawn).length, methods: methods.length, methodsDrawn: methods.filter(isDrawn).length };
    }, pick!.key);
    const d = await drawnOf();
    expect(d.papersDrawn).toBe(pick!.kept);
    const panel = page.getByTestId('details');
    const papersSection = panel.locator('section', { has: page.getByTestId('entity-papers') });
    expect(await panel.getByTestId('entity-papers').locator('li').count()).toBe(d.papersDrawn);
    expect(await papersSection.locator('h3').textContent()).toBe(`Papers (${d.papersDrawn} of ${d.papers})`);
    expect(await papersSection.getByTestId('hidden-by-filters').textContent()).toContain(`${d.papers - d.papersDrawn} hidden by filters`);
    expect(await panel.locator('.facts').textContent()).toContain(`${d.papersDrawn} of ${d.papers} papers`);
    const methodsSection = panel.locator('section', { has: page.locator('h3', { hasText: 'Methods evaluated on it' }) });
    expect(await methodsSection.locator('[data-testid=dataset-methods] li').count()).toBe(d.methodsDrawn);
    // "show them": every paper, those the filter hides greyed; choosing one clears the filters and shows it.
    await papersSection.getByTestId('show-hidden').click();
    const rows = papersSection.locator('[data-testid=entity-papers] li');
    expect(await rows.count()).toBe(d.papers);
    expect(await papersSection.locator('li.filtered-out').count()).toBe(d.papers - d.papersDrawn);
    const hiddenPaper = papersSection.locator('li.filtered-out .node-link').first();
    const key = (await hiddenPaper.getAttribute('data-key'))!;
    expect(await drawn(page, key)).toBe(false);
    await hiddenPaper.click();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected.at(-1))).toBe(key);
    expect(param(page, 'domain')).toBeNull();
    await expect.poll(() => drawn(page, key)).toBe(true);
    // A paper the legend hides, chosen in the panel, shows its kind again (as from the search); the filter stays.
    await page.goBack();
    await expect.poll(() => detailsTitle(page)).toBe(pick!.label);
    await page.locator('[data-testid=legend-item][data-kind=paper]').click();
    await expect.poll(() => param(page, 'hide')).toBe('paper');
    const method = panel.locator('[data-testid=entity-papers] li:not(.filtered-out) .node-link').first();
    const mkey = (await method.getAttribute('data-key'))!;
    expect(await drawn(page, mkey)).toBe(false);
    await method.click();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected.at(-1))).toBe(mkey);
    expect(param(page, 'hide')).toBeNull();
    expect(param(page, 'domain')).toBe(pick!.domain);
    await expect.poll(() => drawn(page, mkey)).toBe(true);
    // Back: the dataset under the filter again. Without a filter, its lists are whole and say nothing hidden.
    await page.goBack();
    await expect.poll(() => detailsTitle(page)).toBe(pick!.label);
    expect(param(page, 'domain')).toBe(pick!.domain);
    await page.getByTestId('reset-filters').click();
    await expect.poll(() => panel.getByTestId('entity-papers').locator('li').count()).toBe(d.papers);
    expect(await panel.getByTestId('hidden-by-filters').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
  it('a list the filters empty says so, and its reported results draw no empty table', async () => {
    const { page, errors } = await openViewer(session);
    page.setDefaultTimeout(20_000);
    // a domain none of MVTec AD's papers is in
    const domain = await page.evaluate(() => {
      const g = window.paperweave!.graph;
      const papers = g.inNeighbors('dataset:mvtecad');
      return g.filterNodes((k, a) => a.kind === 'domain' && papers.every((p) => !g.hasEdge(p, k))).sort()[0].slice('domain:'.length);
    });
    await page.goto(`${session.server.url}?sel=dataset%3Amvtecad&domain=${domain}`);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await expect.poll(() => detailsTitle(page)).toBe('MVTec AD');
    const results = page.getByTestId('details').locator('section', { has: page.locator('h3', { hasText: 'Reported results' }) });
    expect(await results.locator('h3').textContent()).toMatch(/^Reported results \(0 of \d+\)$/);
    expect(await results.getByTestId('dataset-results').count()).toBe(0);
    expect(await results.locator('p.empty').textContent()).toBe('The filters hide every paper reporting a result on it.');
    const papers = page.getByTestId('details').locator('section', { has: page.locator('h3', { hasText: /^Papers/ }) });
    expect(await papers.locator('p.empty').textContent()).toBe('The filters hide every paper linked to it.');
    // "show them": the table, greyed, and the sentence gone
    await results.getByTestId('show-hidden').click();
    expect(await results.locator('[data-testid=dataset-results] tbody tr.filtered-out').count()).toBeGreaterThan(0);
    expect(await results.locator('p.empty').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);

  it('a paper\'s entities and the marks in its abstract: those the confidence filter hides are unmarked and unlisted, counted, shown greyed on request', async () => {
    const { page, errors } = await openViewer(session);
    page.setDefaultTimeout(20_000);
    // A paper with links on either side of a threshold the filter offers, a link below it to an entity its abstract names.
    const pick = await page.evaluate(() => {
      const g = window.paperweave!.graph;
      for (const t of [0.9, 0.8, 0.95, 0.7, 0.6, 0.5]) {
        for (const p of g.filterNodes((_, a) => a.kind === 'paper').sort()) {
          const abstract = ((g.getNodeAttributes(p) as { abstract?: string }).abstract ?? '').toLowerCase();
          const out = g.outEdges(p).map((e) => ({ key: g.target(e), c: g.getEdgeAttribute(e, 'confidence') ?? 1 }));
          const kept = out.filter((o) => o.c >= t).map((o) => o.key).sort();
          const hidden = out.filter((o) => o.c < t).map((o) => o.key).sort();
          const named = hidden.filter((k) => abstract.includes(g.getNodeAttribute(k, 'label').toLowerCase()));
          if (kept.length >= 2 && named.length >= 1) return { key: p, t, kept, hidden, title: g.getNodeAttribute(p, 'label') };
        }
      }
      return null;
    });
    expect(pick).not.toBeNull();
    const { key, t, kept, hidden } = pick!;
    const panel = page.getByTestId('details');
    const abstract = panel.getByTestId('abstract');
    const markKeys = () => abstract.locator('mark').evaluateAll((ms) => [...new Set(ms.map((m) => m.getAttribute('data-key')!))].sort());
    // Without a filter: every entity listed, marked where the abstract names it; nothing said hidden.
    await page.goto(`${session.server.url}?sel=${encodeURIComponent(key)}`);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await expect.poll(() => panel.locator('h2').textContent()).toBe(pick!.title);
    const text = await abstract.textContent();
    const marked = await markKeys();
    const markedHidden = marked.filter((k) => hidden.includes(k));
    expect(markedHidden.length).toBeGreaterThan(0);
    expect(await panel.getByTestId('hidden-by-filters').count()).toBe(0);
    // With the filter: the links below it leave the list and the abstract's marks, counted; the text is the same.
    await page.goto(`${session.server.url}?sel=${encodeURIComponent(key)}&conf=${t}`);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await expect.poll(() => panel.locator('h2').textContent()).toBe(pick!.title);
    const entities = panel.locator('section', { has: page.getByTestId('paper-entities') });
    expect(await entities.locator('h3').textContent()).toBe(`Entities (${kept.length} of ${kept.length + hidden.length})`);
    const listed = () => entities.locator('[data-testid=paper-entities] .node-link').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-key')!).sort());
    expect(await listed()).toEqual(kept);
    expect(await entities.getByTestId('hidden-by-filters').textContent()).toContain(`${hidden.length} hidden by filters`);
    expect(await abstract.textContent()).toBe(text);
    expect(await markKeys()).toEqual(marked.filter((k) => kept.includes(k)));
    const abstractNote = panel.locator('[data-testid=abstract] + [data-testid=hidden-by-filters]');
    expect(await abstractNote.textContent()).toContain(`${markedHidden.length} hidden by filters`);
    // "show them": greyed, in the list and in the abstract; from the keyboard, the focus stays on the button (it fell to
    // the page).
    await entities.getByTestId('show-hidden').focus();
    await page.keyboard.press('Enter');
    expect(await entities.getByTestId('show-hidden').evaluate((b) => [b === document.activeElement, b.getAttribute('aria-expanded'), b.textContent])).toEqual([true, 'true', 'hide them']);
    expect(await listed()).toEqual([...kept, ...hidden].sort());
    expect(await entities.locator('.node-link.filtered-out').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-key')!).sort())).toEqual(hidden);
    await abstractNote.getByTestId('show-hidden').click();
    expect(await markKeys()).toEqual(marked);
    const greyed = abstract.locator('mark[data-hidden=filter]');
    expect([...new Set(await greyed.evaluateAll((ms) => ms.map((m) => m.getAttribute('data-key')!)))].sort()).toEqual(markedHidden);
    expect(await abstract.textContent()).toBe(text);
    // A greyed mark says why: its entity is drawn (another paper links it surely enough), only this link is below the
    // filter; or the filter hides it, and choosing it clears the filter and shows it.
    const why = await greyed.evaluateAll((ms) => ms.map((m) => ({ key: m.getAttribute('data-key')!, title: m.getAttribute('title')! })));
    const drawnNow = await page.evaluate((ks) => ks.map((k) => window.paperweave!.renderer.getNodeDisplayData(k)?.hidden === false), why.map((w) => w.key));
    why.forEach((w, i) => expect(w.title, w.key).toMatch(drawnNow[i] ? /its link here is below the confidence filter/ : /hidden by filters: choosing it clears them/));
    const undrawn = why.findIndex((_, i) => !drawnNow[i]);
    const chosen = why[undrawn >= 0 ? undrawn : 0].key;
    await greyed.nth(undrawn >= 0 ? undrawn : 0).click();
    await expect.poll(() => page.evaluate(() => window.paperweave!.app.state.selected.at(-1))).toBe(chosen);
    expect(param(page, 'conf')).toBe(undrawn >= 0 ? null : String(t));
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
  it('a selected paper\'s neighbours that only links below the confidence filter reach are not brought forward on the canvas either', async () => {
    const { page, errors } = await openViewer(session);
    page.setDefaultTimeout(20_000);
    const pick = await page.evaluate(() => {
      const g = window.paperweave!.graph;
      const t = 0.9;
      for (const p of g.filterNodes((_, a) => a.kind === 'paper').sort()) {
        const out = g.outEdges(p).map((e) => ({ key: g.target(e), c: g.getEdgeAttribute(e, 'confidence') ?? 1 }));
        const low = out.filter((o) => o.c < t).map((o) => o.key);
        const high = out.filter((o) => o.c >= t).map((o) => o.key);
        // a neighbour below the filter that another paper links to surely enough: still drawn under the filter
        const drawnLow = low.filter((k) => g.inEdges(k).some((e) => g.source(e) !== p && g.getNodeAttribute(g.source(e), 'kind') === 'paper' && (g.getEdgeAttribute(e, 'confidence') ?? 1) >= t));
        if (high.length && drawnLow.length) return { key: p, t, low: drawnLow, high };
      }
      return null;
    });
    expect(pick).not.toBeNull();
    await page.goto(`${session.server.url}?sel=${encodeURIComponent(pick!.key)}`);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    const faded = (keys: string[]) => page.evaluate((ks) => ks.map((k) => {
      const d = window.paperweave!.renderer.getNodeDisplayData(k)!;
      return !d.hidden && d.color === 'rgb(226,228,233)';
    }), keys);
    await expect.poll(() => faded(pick!.low)).toEqual(pick!.low.map(() => false));
    // the filter chosen with the paper selected: the focus follows it
    await page.getByTestId('filter-confidence').selectOption(String(pick!.t));
    await expect.poll(() => faded(pick!.low)).toEqual(pick!.low.map(() => true));
    expect(await faded(pick!.high)).toEqual(pick!.high.map(() => false));
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);

  it('a method\'s "shares benchmarks with", and a shares-benchmark link\'s datasets in common, are counted again from what the year filter keeps', async () => {
    const { page, errors } = await openViewer(session);
    page.setDefaultTimeout(20_000);
    // (the bundled graph has no such case: there, the datasets two shown methods share are all shown)
    await dropGraph(page, sharedBenchmarksGraph(), 'method:alpha');
    await page.evaluate(() => window.paperweave!.app.select('method:alpha'));
    await expect.poll(() => detailsTitle(page)).toBe('Alpha');
    const panel = page.getByTestId('details');
    const section = panel.locator('section', { has: page.getByTestId('shared-benchmarks') });
    const rows = () => section.locator('[data-testid=shared-benchmarks] li:not(.filtered-out)').evaluateAll((lis) => lis.map((li) =>
      `${li.querySelector('.node-link')!.textContent} ${li.querySelector('.count')!.textContent}: ${li.querySelector('.shared')!.textContent}`));
    expect(await rows()).toEqual(['Beta 3: BTAD, DAGM, MVTec AD', 'Delta 2: MVTec AD, VisA', 'Gamma 1: BTAD']);
    // From 2023: Beta is shown (a 2023 paper names it) but BTAD and DAGM are not (only 2021 papers evaluate on them), and
    // Gamma is not. Beta shares MVTec AD alone with Alpha now, and ranks below Delta.
    await page.getByTestId('year-from').fill('2023');
    await page.getByTestId('year-from').dispatchEvent('change');
    await expect.poll(() => section.locator('h3').textContent()).toBe('Shares benchmarks with (2 of 3)');
    expect(await rows()).toEqual(['Delta 2: MVTec AD, VisA', 'Beta 1: MVTec AD']);
    expect(await section.locator('li .count', { hasText: '1' }).getAttribute('title')).toBe('datasets in common that the filters keep (3 without them)');
    expect(await section.getByTestId('hidden-by-filters').textContent()).toContain('1 hidden by filters');
    await section.getByTestId('show-hidden').click();
    expect(await section.locator('li.filtered-out .node-link').getAttribute('title')).toBe('Gamma (hidden by filters: choosing it clears them)');
    expect(await page.evaluate(() => ['method:beta', 'dataset:btad', 'dataset:dagm', 'method:gamma'].map((k) => window.paperweave!.renderer.getNodeDisplayData(k)?.hidden === false)))
      .toEqual([true, false, false, false]);
    // The link between Alpha and Beta: its datasets in common, as links, those the filter hides counted.
    await page.evaluate(() => {
      const app = window.paperweave!.app;
      app.setState({ ...app.state, selected: [], selectedEdge: app.graph.edge('method:alpha', 'method:beta')! }, 'push');
    });
    const common = panel.locator('section', { has: page.getByTestId('edge-shared') });
    await expect.poll(() => common.locator('h3').textContent()).toBe('Datasets in common (1 of 3)');
    expect(await common.locator('[data-testid=edge-shared] .node-link').allTextContents()).toEqual(['MVTec AD']);
    expect(await common.getByTestId('hidden-by-filters').textContent()).toContain('2 hidden by filters');
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});

describe.skipIf(!avail.ok)('viewer: the details panel\'s reported results', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a method proposed by two papers lists each figure with its dataset and its paper; a paper lists its own, without', async () => {
    const { page, errors } = await openViewer(session);
    page.setDefaultTimeout(20_000);
    await dropGraph(page, smallGraph('results', [rec('r1', 2022, 'Omega', ['MVTec AD', 'VisA']), rec('r2', 2023, 'Omega', ['BTAD'])], (g) => {
      g.setEdgeAttribute(g.edge('paper:r1', 'dataset:mvtecad')!, 'results', 'AUROC 98.1%');
      g.setEdgeAttribute(g.edge('paper:r1', 'dataset:visa')!, 'results', 'AUROC 91.0%; PRO 80.2%');
      g.setEdgeAttribute(g.edge('paper:r2', 'dataset:btad')!, 'results', 'AUROC 94.4%');
    }), 'method:omega');
    const lines = (testid: string) => page.getByTestId(testid).locator('li').evaluateAll((lis) => lis.map((li) =>
      [...li.querySelectorAll('button')].map((b) => `${b.textContent}${b.dataset.key ? `=${b.dataset.key}` : ''}`).join(' ')));
    await page.evaluate(() => window.paperweave!.app.select('method:omega'));
    await expect.poll(() => lines('method-results')).toEqual([
      'MVTec AD=dataset:mvtecad AUROC 98.1% (paper)=paper:r1',
      'VisA=dataset:visa AUROC 91.0%; PRO 80.2% (paper)=paper:r1',
      'BTAD=dataset:btad AUROC 94.4% (paper)=paper:r2',
    ]);
    const head = () => page.getByTestId('details').locator('section', { has: page.locator('h3', { hasText: 'Reported results' }) }).locator('h3').textContent();
    expect(await head()).toBe('Reported results (3)');
    // The figures follow the filters, as the other lists do: from 2023, r2's only (they were all listed whatever the filters)
    await page.getByTestId('year-from').fill('2023');
    await page.getByTestId('year-from').dispatchEvent('change');
    await expect.poll(() => lines('method-results')).toEqual(['BTAD=dataset:btad AUROC 94.4% (paper)=paper:r2']);
    expect(await head()).toBe('Reported results (1 of 3)');
    await page.getByTestId('year-from').fill('');
    await page.getByTestId('year-from').dispatchEvent('change');
    await expect.poll(() => lines('method-results')).toHaveLength(3);
    await page.getByTestId('method-results').getByRole('button', { name: 'AUROC 94.4%' }).click();
    await expect.poll(() => page.getByTestId('results').textContent().catch(() => '')).toBe('AUROC 94.4%');
    await page.evaluate(() => window.paperweave!.app.select('paper:r1'));
    await expect.poll(() => lines('paper-results')).toEqual(['MVTec AD=dataset:mvtecad AUROC 98.1%', 'VisA=dataset:visa AUROC 91.0%; PRO 80.2%']);
    // a paper that reports nothing has no such section
    await page.evaluate(() => window.paperweave!.app.select('method:omega'));
    await page.evaluate(() => {
      const app = window.paperweave!.app;
      app.graph.removeEdgeAttribute(app.graph.edge('paper:r2', 'dataset:btad')!, 'results');
      app.select('paper:r2');
    });
    await expect.poll(() => page.getByTestId('details').locator('h2').textContent()).toBe('Omega (r2)');
    expect(await page.getByTestId('paper-results').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);

  it('a figure a paper credits to another method: the dataset names that method, whose panel lists it, not the paper\'s own', async () => {
    const { page, errors } = await openViewer(session);
    page.setDefaultTimeout(20_000);
    await dropGraph(page, smallGraph('credited', [rec('r1', 2022, 'Omega', ['BTAD']), rec('r3', 2023, 'Zeta', ['BTAD'], ['Omega'])], (g) => {
      g.setEdgeAttribute(g.edge('paper:r1', 'dataset:btad')!, 'results', 'AUROC 94.4%');
      g.setEdgeAttribute(g.edge('paper:r3', 'dataset:btad')!, 'results', 'AUROC 90.1% (by Omega); AUROC 95.0%');
    }), 'dataset:btad');
    await page.evaluate(() => window.paperweave!.app.select('dataset:btad'));
    const rows = () => page.getByTestId('dataset-results').locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => [...td.querySelectorAll('button')].map((b) => `${b.textContent}${b.dataset.key ? `=${b.dataset.key}` : ''}`).join(' ') || td.textContent).join(' | ')));
    await expect.poll(rows).toEqual([
      'AUROC | 95.0% | Zeta=method:zeta (paper)=paper:r3',
      'AUROC | 94.4% | Omega=method:omega (paper)=paper:r1',
      'AUROC | 90.1% | Omega=method:omega (paper)=paper:r3',
    ]);
    const lines = (testid: string) => page.getByTestId(testid).locator('li').evaluateAll((lis) => lis.map((li) =>
      [...li.querySelectorAll('button')].map((b) => `${b.textContent}${b.dataset.key ? `=${b.dataset.key}` : ''}`).join(' ')));
    await page.evaluate(() => window.paperweave!.app.select('method:omega'));
    await expect.poll(() => lines('method-results')).toEqual(['BTAD=dataset:btad AUROC 94.4% (paper)=paper:r1', 'BTAD=dataset:btad AUROC 90.1% (paper)=paper:r3']);
    await page.evaluate(() => window.paperweave!.app.select('method:zeta'));
    await expect.poll(() => lines('method-results')).toEqual(['BTAD=dataset:btad AUROC 95.0%']);
    // The crediting paper's panel and its link's read the credit as words with the method a link, the paper's own figure
    // first: "AUROC 95.0%; AUROC 90.1% by Omega", not the attribute's "AUROC 90.1% (by Omega); AUROC 95.0%".
    await page.evaluate(() => window.paperweave!.app.select('paper:r3'));
    await expect.poll(() => lines('paper-results')).toEqual(['BTAD=dataset:btad AUROC 95.0% AUROC 90.1% Omega=method:omega']);
    expect(await page.getByTestId('paper-results').locator('li').textContent()).toBe('BTAD AUROC 95.0%; AUROC 90.1% by Omega');
    await page.getByTestId('paper-results').getByRole('button', { name: 'AUROC 90.1%' }).click();
    await expect.poll(() => page.getByTestId('results').textContent().catch(() => '')).toBe('AUROC 95.0%; AUROC 90.1% by Omega');
    await page.getByTestId('results').getByRole('button', { name: 'Omega' }).click();
    await expect.poll(() => page.locator('[data-testid=details] h2').textContent()).toBe('Omega');
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});

describe.skipIf(!avail.ok)('viewer: the Gaps target is in the URL', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a dataset picked in the Gaps list is kept in the URL and comes back on a reload; a setting too', async () => {
    const { page, errors } = await openViewer(session);
    page.setDefaultTimeout(20_000);
    const target = page.getByTestId('gaps-target');
    const items = () => page.getByTestId('gaps').locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-method')));
    const ds = await target.locator('optgroup[label=Datasets] option').first().getAttribute('value');
    await target.selectOption(ds!);
    await expect.poll(() => param(page, 'gaps')).toBe(ds);
    const listed = await items();
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await expect.poll(() => target.inputValue()).toBe(ds);
    expect(await items()).toEqual(listed);
    const setting = await target.locator('optgroup[label=Settings] option').first().getAttribute('value');
    await target.selectOption(setting!);
    await expect.poll(() => param(page, 'gaps')).toBe(setting);
    await page.reload();
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    await expect.poll(() => target.inputValue()).toBe(setting);
    // A key that is not a dataset or setting of this graph targets nothing.
    await page.goto(`${session.server.url}?gaps=method:nonexistent`);
    await page.waitForFunction(() => window.paperweave?.firstRender !== undefined, undefined, { timeout: 60_000 });
    expect(await target.inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});

describe.skipIf(!avail.ok)('viewer: the matrix dialog\'s head', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(built.site, built.graphDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('at 1280 px (and 1200) the close × is on the title\'s row, at the head\'s right, not alone on a second row, with the widest controls', async () => {
    for (const width of [1280, 1200]) {
      const { page, errors } = await openViewer(session, '?sel=dataset:visa', { width, height: 800 });
      page.setDefaultTimeout(20_000);
      await page.getByTestId('open-matrix').click();
      const head = page.locator('[data-testid=matrix-dialog] .pw-dialog-head');
      await head.waitFor();
      // the widest the controls get: the rows sorted by a dataset's head, the marks showing the longest metric's name
      const show = page.getByTestId('matrix-show');
      const longest = await show.locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).sort((a, b) => b.text.length - a.text.length)[0].value);
      await show.selectOption(longest);
      await page.locator('[data-testid=matrix] th[data-dataset="dataset:visa"] button').click();
      const box = (sel: string) => head.locator(sel).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      });
      const [h2, close, all] = [await box('h2'), await box('.pw-close'), await head.evaluate((el) => el.getBoundingClientRect())];
      // the × overlaps the title's row vertically and sits at the head's right end
      expect(close.top, `${width}`).toBeLessThan(h2.bottom);
      expect(close.bottom, `${width}`).toBeGreaterThan(h2.top);
      expect(all.right - close.right, `${width}`).toBeLessThan(20);
      expect(close.top - all.top, `${width}`).toBeLessThan(16);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
