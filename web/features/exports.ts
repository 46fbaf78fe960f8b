/**
 * Exports from the page, all of the current filtered view unless said otherwise, all kept on the machine:
 * - GEXF (data-testid="export-gexf"): the visible subgraph through the CLI's own GEXF writer (1.3,
 *   pedantic, passes check-gexf); edges keep their evidence sentence and paper; viz:size is the size "size by" draws.
 * - PNG at 1×, 2× or 4× (@sigma/export-image), nodes, edges and labels scaled with the image, and the cluster labels
 *   the canvas shows (page text over the canvas, which sigma's image leaves out) drawn where they stand: the picture on
 *   screen, so in the timeline view the timeline, its year axis and row labels, and in the density view the heat map
 *   under the graph (drawn from the layer's own grid for the same camera, web/density-layer.ts). Every other export (GEXF, graph.json,
 *   CSV, the offline HTML's graph) writes the graph's own x/y, the map's, whichever view is shown; the offline HTML's
 *   view (its address) reopens the timeline.
 * - graph.json of the view, with the "size by" choice (graph attribute `sizeBy`) it reopens with; nodes.csv / edges.csv
 *   of the view (edges with their evidence; nodes with the size drawn, as GEXF's viz:size).
 * - A VOSviewer JSON file of the view (data-testid="export-vosviewer"): the CLI's own writer (src/export/vosviewer.ts), for
 *   VOSviewer Online; positions, clusters and their labels as the build made them.
 * - The co-authorship network of the view's papers, where the graph's papers name their authors (web/search.ts
 *   namesAuthors): GEXF (data-testid="export-coauthors-gexf") or the desktop VOSviewer's map and network files, two
 *   downloads (data-testid="export-coauthors-vosviewer"); the CLI's own code (`paperweave export --format coauthors-*`:
 *   src/export/index.ts renderCoauthorFormat), run in the pipeline worker, as its ForceAtlas2 layout takes tens of seconds
 *   on the 25,565 authors of the 10k bench graph. Not in an offline copy exported without the paper reader (no worker).
 * - One self-contained HTML file (data-testid="export-html") that reopens this view offline: the page's own
 *   built bundle and CSS, the whole graph and the view state inlined (see src/export/offline-html.ts for
 *   the Content-Security-Policy).
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { filteredSubgraph } from '../../src/export/subgraph.ts';
import { toGEXF } from '../../src/export/gexf.ts';
import { toGraphJSON } from '../../src/export/json.ts';
import { toEdgesCSV, toNodesCSV } from '../../src/export/csv.ts';
import { toVosviewerJSON } from '../../src/export/vosviewer.ts';
import { buildOfflineHtml } from '../../src/export/offline-html.ts';
import { withDrawnSizes } from '../../src/export/sized.ts';
import type { CoauthorFormat, OutputFile } from '../../src/export/index.ts';
import type { KnowledgeGraph } from '../../src/model.ts';
import { h } from '../panels/dom.ts';
import { namesAuthors } from '../search.ts';
import { embeddedSnapshot, embeddedWorkerCode, isOfflineCopy } from './offline-boot.ts';
import { createPipelineWorker, PIPELINE_WORKER_URL } from './open-file.ts';
import type { CoauthorsMessage, CoauthorsRequest } from './pipeline-protocol.ts';
import { button, download, fileStem, linkFilter, visibleFilter, type AppContext } from './ui.ts';
import './features.css';

/** A cluster label as the page shows it over the canvas: its text, centre (CSS pixels of the canvas) and look. */
interface ShownLabel {
  text: string;
  x: number;
  y: number;
  color: string;
  opacity: number;
  fontSize: number;
  fontWeight: string;
  fontFamily: string;
  /** The halo's colour (its text shadow's: white on the map, dark over the density view's heat map). */
  halo: string;
}

/** The cluster labels visible over the canvas (app.ts places them and hides those that clash or fall outside). */
function shownClusterLabels(container: HTMLElement): ShownLabel[] {
  const box = container.getBoundingClientRect();
  const out: ShownLabel[] = [];
  // (and the timeline view's year axis and row labels: timeline-overlay.ts)
  for (const el of container.querySelectorAll<HTMLElement>('.cluster-labels .cluster-label, .timeline-layer .cluster-label')) {
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none' || !el.textContent) continue;
    const r = el.getBoundingClientRect();
    out.push({
      text: el.textContent,
      x: r.left + r.width / 2 - box.left,
      y: r.top + r.height / 2 - box.top,
      color: style.color,
      opacity: Number(style.opacity) || 1,
      fontSize: parseFloat(style.fontSize) || 13,
      fontWeight: style.fontWeight,
      fontFamily: style.fontFamily,
      halo: /rgba?\([^)]*\)/.exec(style.textShadow)?.[0] ?? '#ffffff',
    });
  }
  return out;
}

/** Each label centred where it stands, scaled with the image, with the white halo its text shadow gives it on screen. */
function drawClusterLabels(g: CanvasRenderingContext2D, labels: readonly ShownLabel[], scale: number): void {
  g.save();
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.lineJoin = 'round';
  for (const l of labels) {
    g.font = `${l.fontWeight} ${l.fontSize * scale}px ${l.fontFamily}`;
    g.globalAlpha = l.opacity;
    g.strokeStyle = l.halo;
    g.lineWidth = 4 * scale;
    g.strokeText(l.text, l.x * scale, l.y * scale);
    g.fillStyle = l.color;
    g.fillText(l.text, l.x * scale, l.y * scale);
  }
  g.restore();
}

export interface ExportsHandle {
  /** The visible subgraph, as exported. */
  viewGraph(): KnowledgeGraph;
  gexf(): string;
  /** withReader: embed the paper-reading worker too (default: the menu's checkbox). */
  offlineHtml(withReader?: boolean): Promise<string>;
  /** The co-authorship network of the view's papers in a CLI format, built in the pipeline worker. */
  coauthors(format: CoauthorFormat): Promise<{ files: OutputFile[]; authors: number; links: number; ms: number }>;
  /** clusterLabels: draw the cluster labels shown over the canvas (default true). */
  png(scale: number, opts?: { clusterLabels?: boolean }): Promise<Blob>;
}

/** The page's own JS bundle, CSS and static body markup (from the server, or from the offline copy itself). */
async function pageParts(): Promise<{ js: string; css: string; bodyHtml: string }> {
  const text = async (url: string) => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`could not read ${url} (HTTP ${res.status})`);
    return res.text();
  };
  const modules = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"]')];
  const external = modules.find((s) => s.src);
  const inline = modules.find((s) => !s.src && s.textContent);
  const js = external ? await text(external.src) : (inline?.textContent ?? '');
  if (!js.trim()) throw new Error('the viewer script could not be found in the page');
  const cssParts: string[] = [];
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) cssParts.push(await text(link.href));
  for (const style of document.head.querySelectorAll('style')) cssParts.push(style.textContent ?? '');
  const snap = embeddedSnapshot();
  let bodyHtml = snap?.bodyHtml ?? null;
  if (bodyHtml === null) {
    const page = new DOMParser().parseFromString(await text(location.href.split('#')[0]!.split('?')[0]!), 'text/html');
    page.querySelectorAll('script').forEach((s) => s.remove());
    bodyHtml = page.body.innerHTML.trim();
  }
  return { js, css: cssParts.join('\n'), bodyHtml };
}

export function mount(ctx: AppContext): ExportsHandle {
  const viewGraph = () =>
    filteredSubgraph(ctx.graph, {
      nodeFilter: visibleFilter(ctx),
      edgeFilter: linkFilter(ctx),
      // (reopened sized as it is now: the nodes keep their own sizes, the links' ones, and the choice is recorded)
      attributes: { title: `${ctx.graph.getAttribute('title') ?? ctx.graph.getAttribute('name') ?? 'paperweave'} (filtered view)`, sizeBy: ctx.state.sizeBy },
    });
  /**
   * The view sized as drawn now (on the build's scale), for the formats with no "size by": GEXF's viz:size and nodes.csv's
   * size (it kept the build's, by links, whatever the sizes showed); `papers` and the degree stay data.
   */
  const drawnView = () => withDrawnSizes(viewGraph(), (key) => ctx.nodeSize(key));
  const gexf = () => toGEXF(drawnView());

  async function png(scale: number, opts: { clusterLabels?: boolean } = {}): Promise<Blob> {
    const renderer = ctx.renderer as unknown as Sigma;
    const { width, height } = renderer.getDimensions();
    const settings = renderer.getSettings();
    const nodeReducer = settings.nodeReducer;
    const edgeReducer = settings.edgeReducer;
    const labels = opts.clusterLabels === false ? [] : shownClusterLabels(renderer.getContainer());
    // (the density view's heat map is a layer of the renderer's, not of the copy drawOnCanvas draws: it goes under
    // the copy's picture, on white, which the copy then leaves transparent)
    const heat = ctx.state.layout === 'density' && ctx.density.shown ? ctx.density : null;
    const drawn = await drawOnCanvas(renderer, {
      width: Math.round(width * scale),
      height: Math.round(height * scale),
      backgroundColor: heat ? 'transparent' : '#ffffff',
      sigmaSettings: {
        labelSize: settings.labelSize * scale,
        nodeReducer: (k, d) => {
          const r = nodeReducer ? nodeReducer(k, d) : d;
          return { ...r, size: (r.size ?? 1) * scale };
        },
        edgeReducer: (k, d) => {
          const r = edgeReducer ? edgeReducer(k, d) : d;
          return { ...r, size: (r.size ?? 1) * scale };
        },
      },
    });
    let canvas = drawn;
    if (heat) {
      canvas = document.createElement('canvas');
      canvas.width = drawn.width;
      canvas.height = drawn.height;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      // (the screen's camera, in the image's device pixels: the copy draws the screen's picture scaled)
      heat.paint(g, (p) => renderer.graphToViewport(p), width, height, canvas.width / width);
      g.drawImage(drawn, 0, 0);
    }
    // The canvas is in device pixels: the image's CSS pixels times the screen's pixel ratio.
    drawClusterLabels(canvas.getContext('2d')!, labels, scale * (canvas.width / Math.round(width * scale)));
    return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
  }

  /** The view's co-authorship network (renderCoauthorFormat in a worker of its own, ended when it answers). */
  function coauthors(format: CoauthorFormat): Promise<{ files: OutputFile[]; authors: number; links: number; ms: number }> {
    const view = viewGraph();
    if (!namesAuthors(view)) {
      return Promise.reject(new Error('no paper shown names its authors: show papers (legend) or widen the filters'));
    }
    return new Promise((resolve, reject) => {
      const w = createPipelineWorker();
      w.addEventListener('message', (ev: MessageEvent<CoauthorsMessage>) => {
        w.terminate();
        if (ev.data.type === 'coauthors-done') resolve(ev.data);
        else reject(new Error(ev.data.message));
      });
      w.addEventListener('error', (ev) => {
        w.terminate();
        reject(new Error(`the worker could not run (${ev.message || 'not loaded'})`));
      });
      w.addEventListener('messageerror', () => {
        w.terminate();
        reject(new Error('the worker\'s answer could not be read'));
      });
      w.postMessage({ type: 'coauthors', graphJson: toGraphJSON(view), format } satisfies CoauthorsRequest);
    });
  }

  async function workerCode(): Promise<string> {
    const embedded = embeddedWorkerCode();
    if (embedded) return embedded;
    const res = await fetch(PIPELINE_WORKER_URL);
    if (!res.ok) throw new Error(`could not read the paper reader (${PIPELINE_WORKER_URL}, HTTP ${res.status})`);
    return res.text();
  }

  async function offlineHtml(withReader = reader.checked): Promise<string> {
    const parts = await pageParts();
    return buildOfflineHtml({
      ...parts,
      ...(withReader ? { workerJs: await workerCode() } : {}),
      title: document.title || 'paperweave',
      graphJson: toGraphJSON(ctx.graph),
      view: { search: location.protocol === 'file:' && !location.search ? currentSearch() : location.search },
    });
  }
  // In an offline copy the URL cannot carry the view; keep the last one seen.
  let lastSearch = embeddedSnapshot()?.view?.search ?? '';
  const currentSearch = () => lastSearch;
  ctx.onChange(() => {
    if (location.search) lastSearch = location.search;
  });

  const status = (msg: string, kind: 'info' | 'error' = 'info') => ctx.setStatus(msg, kind);
  const run = (what: string, fn: () => Promise<string | void> | void) => async () => {
    try {
      const said = await fn();
      status(`${what}: saved${said ? ` (${said})` : ''}.`);
      setTimeout(() => status(''), 3000);
    } catch (err) {
      status(`${what} failed: ${(err as Error).message}`, 'error');
    }
  };

  const scale = h('select', { 'data-testid': 'png-scale', 'aria-label': 'PNG scale' },
    h('option', { value: '1' }, '1×'), h('option', { value: '2', selected: true }, '2×'), h('option', { value: '4' }, '4×'));
  // The two exports with test hooks stay one click away in the toolbar; the rest sit in a menu.
  const gexfBtn = button('GEXF', { 'data-testid': 'export-gexf', title: 'Export the visible nodes as GEXF 1.3, for Gephi; edges keep their evidence sentence and paper' },
    run('GEXF', () => download(`${fileStem(ctx, '-view')}.gexf`, gexf(), 'application/xml')));
  const htmlBtn = button('Offline HTML', { 'data-testid': 'export-html', title: 'One file that reopens this view without a server or network' },
    run('Offline HTML', async () => download(`${fileStem(ctx)}.html`, await offlineHtml(), 'text/html;charset=utf-8')));
  const reader = h('input', { type: 'checkbox', 'data-testid': 'export-html-reader' });
  // The co-authorship network: only where the graph's papers name their authors (and a worker can build it).
  const saveCoauthors = (format: CoauthorFormat) => async () => {
    status('Co-authorship network: building in the background (a minute or so on a large graph)…');
    // (one at a time: a second click would start a second layout on the same cores)
    coauthorGexf.disabled = coauthorVos.disabled = true;
    const out = await coauthors(format).finally(() => (coauthorGexf.disabled = coauthorVos.disabled = false));
    const stem = fileStem(ctx, '-view');
    for (const f of out.files) download(`${stem}-${f.name}`, f.content, f.name.endsWith('.gexf') ? 'application/xml' : 'text/plain;charset=utf-8');
    return `${out.authors} authors, ${out.links} links`;
  };
  const coauthorsTitle = 'The authors of the papers the view shows, linked where they signed a paper together (weighted by their papers together), clustered and laid out as `paperweave export` does; built in the background';
  const coauthorGexf = button('Co-authorship network, GEXF (view)', { 'data-testid': 'export-coauthors-gexf', title: `${coauthorsTitle}; for Gephi` },
    run('Co-authorship GEXF', saveCoauthors('coauthors-gexf')));
  const coauthorVos = button('Co-authorship network, VOSviewer map + network (view)', { 'data-testid': 'export-coauthors-vosviewer', title: `${coauthorsTitle}; two files for the desktop VOSviewer (map and network)` },
    run('Co-authorship VOSviewer files', saveCoauthors('coauthors-vosviewer')));
  const workerHere = !isOfflineCopy() || embeddedWorkerCode() !== null;
  let shownFor: KnowledgeGraph | null = null;
  const showCoauthors = () => {
    if (shownFor === ctx.graph) return;
    shownFor = ctx.graph;
    coauthorGexf.hidden = coauthorVos.hidden = !(workerHere && namesAuthors(ctx.graph));
  };
  showCoauthors();
  ctx.onChange(showCoauthors);
  const menu = h('div', { class: 'pw-menu-items' },
    h('span', { class: 'pw-row' },
      button('PNG', { 'data-testid': 'export-png', title: 'A snapshot of the canvas' },
        run('PNG', async () => download(`${fileStem(ctx)}@${scale.value}x.png`, await png(Number(scale.value))))), scale),
    button('graph.json (view)', { 'data-testid': 'export-json' }, run('graph.json', () => download(`${fileStem(ctx, '-view')}.json`, toGraphJSON(viewGraph()), 'application/json'))),
    button('edges.csv (view)', { 'data-testid': 'export-edges-csv', title: 'One line an edge, with its evidence sentence and paper' },
      run('edges.csv', () => download(`${fileStem(ctx, '-edges')}.csv`, toEdgesCSV(viewGraph()), 'text/csv;charset=utf-8'))),
    button('nodes.csv (view)', { 'data-testid': 'export-nodes-csv' }, run('nodes.csv', () => download(`${fileStem(ctx, '-nodes')}.csv`, toNodesCSV(drawnView()), 'text/csv;charset=utf-8'))),
    button('VOSviewer JSON (view)', { 'data-testid': 'export-vosviewer', title: 'The view as a VOSviewer JSON file, for VOSviewer Online: positions, clusters and their labels' },
      run('VOSviewer JSON', () => download(`${fileStem(ctx, '-view')}.vosviewer.json`, toVosviewerJSON(viewGraph()), 'application/json'))),
    coauthorGexf,
    coauthorVos,
    h('label', { class: 'pw-row pw-muted', title: 'Lets the offline copy read paper files too (about 1.5 MB more)' }, reader, 'Offline HTML with the paper reader'),
  );
  const details = h('details', { class: 'pw-menu', 'data-testid': 'export-menu' }, h('summary', { class: 'pw-btn', title: 'PNG, graph.json, CSV, VOSviewer JSON of the current view' }, 'Export ▾'), menu);
  document.addEventListener('click', (ev) => {
    if (details.open && !details.contains(ev.target as Node)) details.open = false;
  });
  // Esc closes the menu (a <details> does not on its own), and only the menu: captured before the viewer's
  // own Esc, which would clear the selection too. The focus, if it was in the menu, goes back to its button.
  window.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || !details.open) return;
    details.open = false;
    if (details.contains(document.activeElement)) details.querySelector('summary')?.focus();
    ev.stopPropagation();
  }, true);
  ctx.registerToolbarItem(h('span', { class: 'pw-export', role: 'group', 'aria-label': 'Export' }, gexfBtn, htmlBtn, details));

  return { viewGraph, gexf, offlineHtml, png, coauthors };
}
