/**
 * Small DOM helpers shared by the "beyond" features (matrix, gaps, timeline, exports, open file): the
 * current view as a node filter, downloads, toolbar buttons and a dialog. Text only: never innerHTML.
 */
import type { AppContext } from '../app.ts';
import { computeVisible, confidentEdge } from '../filters.ts';
import { h, type Child } from '../panels/dom.ts';
import type { NodeFilter } from '../../src/analysis/node-utils.ts';
import { filteredSubgraph } from '../../src/export/subgraph.ts';
import type { KnowledgeGraph } from '../../src/model.ts';

export type { AppContext };

/**
 * The nodes the viewer currently shows (legend kinds, domain/setting/year filters), as a predicate.
 * `ignoreKinds`: only the paper-level filters (domain, setting, years), for analyses that need the papers
 * behind the entities even when the legend hides papers (matrix, gaps).
 */
export function visibleFilter(ctx: AppContext, opts: { ignoreKinds?: boolean } = {}): NodeFilter {
  const filters = opts.ignoreKinds ? { ...ctx.state.filters, hiddenKinds: [] } : ctx.state.filters;
  const visible = computeVisible(ctx.graph, filters);
  return visible ? (k) => visible.has(k) : () => true;
}

/** Whether a link passes the confidence filter (the links the graph draws). */
export function linkFilter(ctx: AppContext): (key: string, attrs: { confidence?: number }) => boolean {
  const min = ctx.state.filters.minConfidence;
  return (_key, attrs) => confidentEdge(attrs, min);
}

let linkView: { graph: KnowledgeGraph; min: number; view: KnowledgeGraph } | null = null;
/**
 * The graph the analyses read (matrix, gaps, timeline): the whole graph, or, under a confidence filter, a copy
 * without the links below it, so that what they count is what the graph shows. Kept for the next call while the
 * graph and the threshold stay the same.
 */
export function linkGraph(ctx: AppContext): KnowledgeGraph {
  const min = ctx.state.filters.minConfidence;
  if (min === null) return ctx.graph;
  if (linkView && linkView.graph === ctx.graph && linkView.min === min) return linkView.view;
  const view = filteredSubgraph(ctx.graph, { edgeFilter: (_key, attrs) => confidentEdge(attrs, min) });
  linkView = { graph: ctx.graph, min, view };
  return view;
}

/** A safe file name from a graph name: letters, digits, dot, dash. */
export function fileStem(ctx: AppContext, suffix = ''): string {
  const name = String(ctx.graph.getAttribute('name') ?? 'graph').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'graph';
  return `${name}${suffix}`;
}

/** Save data as a file (an <a download> click on a Blob URL: nothing leaves the machine). */
export function download(fileName: string, data: string | Blob, mime = 'text/plain;charset=utf-8'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type: mime }) : data;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: fileName, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function button(label: string, props: Record<string, string | undefined> = {}, onClick?: (ev: MouseEvent) => void): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'pw-btn', ...props }, label);
  if (onClick) b.addEventListener('click', onClick);
  return b;
}

export interface Dialog {
  el: HTMLDialogElement;
  body: HTMLElement;
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  onClose(fn: () => void): void;
}

/** A modal <dialog> with a title bar and a close button; Esc closes it (the browser's own behaviour); onClose hears it closed, not closed and opened again. */
export function dialog(title: string, testid: string, ...headerExtras: Child[]): Dialog {
  const body = h('div', { class: 'pw-dialog-body' });
  const close = button('×', { 'aria-label': 'Close', class: 'pw-btn pw-close' });
  const el = h('dialog', { class: 'pw-dialog', 'data-testid': testid, 'aria-label': title },
    h('header', { class: 'pw-dialog-head' }, h('h2', {}, title), ...headerExtras, close), body);
  document.body.appendChild(el);
  const closers: (() => void)[] = [];
  close.addEventListener('click', () => el.close());
  // ('close' is fired a task after close(): a dialog closed and opened again in one step, as a graph swapped in by Back
  // closes the table of the graph left and opens the one its entry had, heard its own late 'close' and shut itself)
  el.addEventListener('close', () => {
    if (!el.open) closers.forEach((f) => f());
  });
  return {
    el,
    body,
    open: () => (el.open ? undefined : el.showModal()),
    close: () => el.close(),
    get isOpen() {
      return el.open;
    },
    onClose: (fn) => closers.push(fn),
  };
}

/** A sidebar section with a heading, registered through the viewer's extension point. */
export function sidebarSection(ctx: AppContext, title: string, testid: string): HTMLElement {
  const content = h('div', { class: 'pw-section-body' });
  const section = h('section', { class: 'pw-section', 'data-testid': testid }, h('h2', {}, title), content);
  ctx.registerSidebarSection(section);
  return content;
}

/**
 * Bring a sidebar section into view, unfolding the sidebar first where it is folded (a phone: main.ts folds it to its
 * toggle there, and the matrix's "Methods not yet evaluated on …" closed the matrix onto a screen that showed nothing).
 */
export function revealSection(section: Element): void {
  if (section.closest('#sidebar')?.classList.contains('folded')) document.getElementById('sidebar-toggle')?.click();
  section.scrollIntoView({ block: 'nearest' });
}
