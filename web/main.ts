/**
 * Entry point: read graph.json (data/graph.json beside the page, or ?graph=URL), then start the app and
 * expose `window.paperweave` = { graph, renderer, select, app } for the console and the tests.
 */
import { loadGraphJSON } from '../src/export/json.ts';
import { createApp, type AppContext, type AppElements } from './app.ts';
import { applySnapshotView, embeddedSnapshot, mountBeyond, type Beyond } from './features/index.ts';
import { decodeView } from './url-state.ts';
import type { KnowledgeGraph } from '../src/model.ts';
import type Sigma from 'sigma';
import './style.css';

declare global {
  interface Window {
    paperweave?: {
      readonly graph: KnowledgeGraph;
      readonly renderer: Sigma;
      select(key: string | null): void;
      app: AppContext;
      /** The features mounted on the app (open file, matrix, gaps, exports). */
      beyond?: Beyond;
      /** performance.now() at the first rendered frame (for the load benchmark). */
      firstRender?: number;
    };
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`paperweave: index.html lacks #${id}`);
  return el as T;
}

function showError(title: string, detail: string): void {
  const box = byId('status');
  box.replaceChildren();
  const strong = document.createElement('strong');
  strong.textContent = title;
  const p = document.createElement('div');
  p.textContent = detail;
  box.append(strong, p);
  box.className = 'status error';
  box.hidden = false;
  document.body.classList.remove('loading');
}

/** The parsed graph.json, or undefined after showing what went wrong and what to do. */
async function fetchJson(url: string, custom: boolean): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    showError(`Could not load ${url}.`, `${(err as Error).message}. Is the server running?`);
    return undefined;
  }
  if (!res.ok) {
    showError(`Could not load ${url} (HTTP ${res.status}).`,
      custom ? 'Check the ?graph= address.' : "Build the graph with 'npm start' (or 'paperweave build'), then 'paperweave serve'.");
    return undefined;
  }
  try {
    return await res.json();
  } catch (err) {
    showError(`${url} is not JSON.`, `${(err as Error).message}. Expected a graph.json written by 'paperweave build'.`);
    return undefined;
  }
}

/**
 * On a phone (style.css shows the toggle under 540 px wide or 500 px high) the sidebar starts folded to its toggle: open, it covered
 * half of a 390 px screen. The toggle opens and folds it; in a wider window it is always open.
 */
/** A phone's window, upright or turned (style.css's media query for the folding sidebar says the same). */
const PHONE_QUERY = '(max-width: 540px), (max-height: 500px)';
function foldableSidebar(sidebar: HTMLElement): void {
  const toggle = byId<HTMLButtonElement>('sidebar-toggle');
  const fold = (folded: boolean) => {
    sidebar.classList.toggle('folded', folded);
    toggle.setAttribute('aria-expanded', String(!folded));
  };
  // (and as the window crosses that size: a phone turned to 844 × 390 kept the open sidebar over a quarter of the graph,
  // and one turned back kept the toggle's fold; a phone's landscape is short rather than narrow)
  const narrow = window.matchMedia(PHONE_QUERY);
  fold(narrow.matches);
  narrow.addEventListener('change', (e) => fold(e.matches));
  toggle.addEventListener('click', () => fold(!sidebar.classList.contains('folded')));
}

async function boot(): Promise<void> {
  const fromUrl = decodeView(location.search).graph;
  // An offline copy (export-html) carries its graph inside the page; otherwise fetch graph.json.
  const snap = embeddedSnapshot();
  const url = snap ? 'the embedded graph' : (fromUrl ?? 'data/graph.json');
  const status = byId('status');
  status.textContent = `Loading ${url}…`;
  status.hidden = false;
  const json = snap ? snap.graphJson : await fetchJson(url, fromUrl !== null);
  if (json === undefined) return;
  let graph: KnowledgeGraph;
  try {
    graph = loadGraphJSON(json);
  } catch (err) {
    showError(`${url} is not a paperweave graph.`, (err as Error).message);
    return;
  }
  if (graph.order === 0) {
    showError('The graph is empty.', 'No paper could be read from the input: see the build report for rejects.');
    return;
  }
  const els: AppElements = {
    graph: byId('graph'),
    details: byId('details'),
    legend: byId('legend'),
    filters: byId('filters'),
    colorBy: byId('color-by'),
    sizeBy: byId('size-by'),
    viewBy: document.getElementById('view-by') ?? undefined,
    clusters: byId('clusters'),
    search: byId<HTMLInputElement>('search'),
    suggestions: byId('suggestions'),
    nodeCount: byId('node-count'),
    toolbar: byId('toolbar'),
    sidebar: byId('sidebar'),
    status,
    title: byId('title'),
    tooltip: byId('tooltip'),
    skipToDetails: document.getElementById('skip-details') ?? undefined,
    announce: document.getElementById('announce') ?? undefined,
    searchStatus: document.getElementById('search-status') ?? undefined,
  };
  // An offline copy opens on the view it was exported with, given as its address as a link gives it (a selected
  // edge included: applied after the start, it was dropped). An address that has a view already (the copy
  // reloaded, or Back) keeps it: the exported view used to replace it.
  let applyAfter = false;
  if (snap?.view?.search && !location.search) {
    try {
      history.replaceState(history.state, '', `${location.pathname}${snap.view.search}${location.hash}`);
    } catch {
      applyAfter = true; // (a page that may not change its address)
    }
  }
  foldableSidebar(els.sidebar); // before the app frames the graph in the room the sidebar leaves
  const app = createApp(els, graph, { graphUrl: snap ? null : fromUrl });
  const beyond = mountBeyond(app);
  if (snap && applyAfter) applySnapshotView(app, snap);
  status.hidden = true;
  document.body.classList.remove('loading');
  window.paperweave = {
    get graph() {
      return app.graph;
    },
    get renderer() {
      return app.renderer as unknown as Sigma;
    },
    select: (key) => app.select(key),
    app,
    beyond,
  };
  // createApp has processed and drawn the graph synchronously. The second animation frame from now runs once
  // the frame showing it has been produced (with software WebGL, that is when the drawing is done).
  requestAnimationFrame(() => requestAnimationFrame(() => {
    if (window.paperweave) window.paperweave.firstRender = performance.now();
  }));
}

void boot();
