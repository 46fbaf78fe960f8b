/**
 * "Progress over time" in a dataset's panel, Papers with Code's state-of-the-art plot: under the reported results, the
 * figures of one metric at their papers' years (a dot each), the best so far as a step line, its steps' dots marked and
 * named by their method. A select chooses the metric where several have two dated figures or more (the one with the
 * most first); the choice is the app state's `progress`, in the URL (&pmetric=) while the dataset's panel is shown. It follows the filters as the results listing does (the same filter, handed in by the panel). A dot
 * names its paper, method and figure when hovered or focused (every dot is a button the keyboard reaches) and opens
 * the sentence behind the figure when clicked, as the listing's figures do.
 *
 * The points and the frontier come from src/analysis/progress.ts; this file only draws them (hand-written SVG).
 */
import type { AppContext } from '../app.ts';
import { clickEdge, setProgressMetric, type ProgressView } from '../state.ts';
import { h } from '../panels/dom.ts';
import type { PaperNode } from '../../src/model.ts';
import type { LeaderboardRow } from '../../src/analysis/results.ts';
import { progressMetrics, progressOverTime, type Progress, type ProgressPoint } from '../../src/analysis/progress.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** The plot's box (viewBox units; drawn at the panel's width) and the room its axes take. */
const W = 360;
const H = 210;
const M = { left: 46, right: 14, top: 16, bottom: 26 };

function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Ticks at 1, 2 or 5 × 10^k covering [lo, hi], about `n` of them. */
export function niceTicks(lo: number, hi: number, n = 4): number[] {
  const span = hi - lo || 1;
  const raw = span / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((x) => x >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toFixed(6)));
  if (ticks[ticks.length - 1] < hi) ticks.push(Number((ticks[ticks.length - 1] + step).toFixed(6)));
  return ticks;
}

/** Whose figure a point is, as the results table names it: its method(s), the credited name, else its paper's title. */
function whose(app: AppContext, p: ProgressPoint): { method: string | null; paper: string } {
  const { graph } = app;
  const paper = (graph.getNodeAttributes(p.paper) as PaperNode).title ?? graph.getNodeAttribute(p.paper, 'label');
  const method = p.methods.length ? p.methods.map((m) => graph.getNodeAttribute(m, 'label')).sort().join(', ') : p.name ?? null;
  return { method, paper };
}

const short = (t: string, n = 18) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

/** The unit a metric's axis reads in: figures are on the listing's scale, percent (FID's are not). */
const unitOf = (metric: string) => (/^FID\b/.test(metric) ? '' : '%');

/** The chart of one progress: an SVG with a title and a label saying what it shows, and a dot per figure. */
function chart(app: AppContext, progress: Progress, hover: HTMLElement): SVGSVGElement {
  const { points, frontier, metric } = progress;
  const unit = unitOf(metric);
  const years = points.map((p) => p.year);
  const y0 = Math.min(...years);
  const y1 = Math.max(...years);
  const scores = points.map((p) => p.score);
  const lo = Math.min(...scores);
  const hi = Math.max(...scores);
  const pad = (hi - lo) * 0.08 || 1;
  let ticks = niceTicks(lo - pad, hi + pad);
  // (no tick above 100% where no figure is)
  if (unit === '%' && hi <= 100) ticks = ticks.filter((t, i) => t <= 100 || i === 0);
  const v0 = ticks[0];
  const v1 = Math.max(ticks[ticks.length - 1], hi);
  const x = (year: number) => M.left + ((year - y0 + 0.5) / (y1 - y0 + 1)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - ((v - v0) / (v1 - v0 || 1)) * (H - M.top - M.bottom);
  const fmt = (v: number) => `${Number(v.toFixed(2))}${unit}`;

  const label = (p: ProgressPoint) => whose(app, p).method ?? short(whose(app, p).paper, 40);
  const summary = `${metric} on ${app.graph.getNodeAttribute(progress.dataset, 'label')}: ${points.length} dated figures from ${y0} to ${y1}`
    + `${progress.lowerIsBetter ? ' (lower is better)' : ''}; best so far ${frontier.map((f) => `${f.value} in ${f.year} (${label(f)})`).join(', then ')}`;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'pw-progress-chart', role: 'group', 'aria-label': summary, 'data-testid': 'progress-chart', 'data-metric': metric });
  svg.appendChild(s('title', {}, summary));

  // axes: the figures' scale at the left, with its unit; the years below
  const axis = s('g', { class: 'pw-progress-axis', 'aria-hidden': 'true' });
  for (const t of ticks) {
    if (t > v1) continue;
    axis.append(s('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: 'grid' }), s('text', { x: M.left - 5, y: y(t) + 4, 'text-anchor': 'end' }, fmt(t)));
  }
  const every = Math.max(1, Math.ceil((y1 - y0 + 1) / 8));
  for (let yr = y0; yr <= y1; yr += every) axis.append(s('text', { x: x(yr), y: H - 8, 'text-anchor': 'middle' }, String(yr)));
  axis.append(s('line', { x1: M.left, x2: M.left, y1: M.top, y2: H - M.bottom, class: 'edge' }), s('line', { x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom, class: 'edge' }));
  axis.append(s('text', { x: M.left, y: 10, 'text-anchor': 'start', class: 'unit' }, `${metric}${unit ? ` (${unit})` : ''}${progress.lowerIsBetter ? ', lower is better' : ''}`));
  svg.appendChild(axis);

  // the best so far: a step at each figure that raised it, flat to the last year
  let d = '';
  frontier.forEach((f, i) => {
    d += i ? ` H${x(f.year).toFixed(1)} V${y(f.score).toFixed(1)}` : `M${x(f.year).toFixed(1)} ${y(f.score).toFixed(1)}`;
  });
  d += ` H${x(y1).toFixed(1)}`;
  svg.appendChild(s('path', { d, class: 'pw-progress-frontier', 'data-testid': 'progress-frontier', 'aria-hidden': 'true' }));

  // the dots (figures of one year side by side), the frontier's on top, each a button
  const perYear = new Map<number, ProgressPoint[]>();
  for (const p of points) perYear.set(p.year, [...(perYear.get(p.year) ?? []), p]);
  const dots = s('g', { class: 'pw-progress-dots' });
  const labels = s('g', { class: 'pw-progress-labels', 'aria-hidden': 'true' });
  const ordered = [...points.filter((p) => !p.frontier), ...frontier];
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const p of ordered) {
    const same = perYear.get(p.year)!;
    const cx = x(p.year) + (same.indexOf(p) - (same.length - 1) / 2) * Math.min(6, 40 / same.length);
    const cy = y(p.score);
    const who = whose(app, p);
    const text = `${p.year} · ${who.method ?? 'no method named'} · ${metric} ${p.value} · ${who.paper}`;
    const dot = s('circle', {
      cx: cx.toFixed(1), cy: cy.toFixed(1), r: p.frontier ? 5 : 3.5, class: `pw-progress-dot${p.frontier ? ' frontier' : ''}`,
      tabindex: 0, role: 'button', 'aria-label': `${text}${p.frontier ? ' (raised the best so far)' : ''}: open the sentence`,
      'data-edge': p.edge, 'data-paper': p.paper, 'data-year': p.year, 'data-value': p.value, 'data-frontier': String(p.frontier),
    });
    dot.appendChild(s('title', {}, text));
    const show = () => {
      hover.textContent = text;
    };
    const open = () => app.setState(clickEdge(app.state, p.edge), 'push');
    dot.addEventListener('mouseenter', show);
    dot.addEventListener('focus', show);
    dot.addEventListener('click', open);
    dot.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        open();
      }
    });
    dots.appendChild(dot);
    if (p.frontier) {
      // (its method beside it, left of it near the right edge; left out where it would cover another's: the dot's own
      // label names it)
      const right = cx > W - 110;
      const name = short(label(p));
      const w = name.length * 5.6;
      const box = { x0: right ? cx - 8 - w : cx + 8, x1: right ? cx - 8 : cx + 8 + w, y0: cy - 17, y1: cy - 5 };
      if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
      placed.push(box);
      labels.appendChild(s('text', { x: (cx + (right ? -8 : 8)).toFixed(1), y: (cy - 7).toFixed(1), 'text-anchor': right ? 'end' : 'start', class: 'pw-progress-label' }, name));
    }
  }
  svg.append(labels, dots);
  return svg;
}

/** A chart section drawn in a dataset's panel: its metrics, and the metric it shows; `show` draws another. */
interface Shown {
  el: HTMLElement;
  dataset: string;
  metrics: string[];
  current: string;
  show(metric: string): void;
}

/**
 * The metric a dataset's chart shows: the one the state chose for this dataset (the URL's &pmetric=) where it has a chart
 * under the filters, else the default, the metric with the most dated figures (an unknown one, typed into a link or left
 * without a chart by a filter, falls back to it silently).
 */
export function chartMetric(metrics: readonly string[], dataset: string, chosen: ProgressView | null): string {
  return chosen && chosen.dataset === dataset && metrics.includes(chosen.metric) ? chosen.metric : metrics[0];
}

/**
 * The section of one dataset's panel, or null when no metric has two dated figures the filters keep. The metric is the
 * app state's `progress` (the URL's &pmetric=), so a filter's redraw, a reload and Back keep it; choosing the default
 * again keeps no choice (the default with and without the filters: one the filters alone make the default is kept).
 */
function progressSection(app: AppContext, dataset: string, pass: (row: LeaderboardRow) => boolean): Shown | null {
  const metrics = progressMetrics(app.graph, dataset, pass).filter((m) => m.dated >= 2);
  if (!metrics.length) return null;
  const body = h('div', { class: 'pw-progress-body' });
  // (for the eye only: a dot's own label says the same to a screen reader, and the panel is no live region)
  const hover = h('p', { class: 'pw-muted pw-progress-hover', 'data-testid': 'progress-hover', 'aria-hidden': 'true' });
  const draw = (metric: string) => {
    const progress = progressOverTime(app.graph, dataset, metric, pass);
    hover.textContent = 'Hover over or focus a dot: its paper, method and figure; click it for the sentence.';
    const undated = progress.undated ? [h('p', { class: 'pw-muted', 'data-testid': 'progress-undated' }, `${progress.undated} figure${progress.undated === 1 ? '' : 's'} in ${metric} from papers without a year, not shown`)] : [];
    body.replaceChildren(chart(app, progress, hover), hover, ...undated);
  };
  const names = metrics.map((m) => m.metric);
  // (the default without the filters, computed when a metric is chosen)
  const wholeDefault = () => progressMetrics(app.graph, dataset).find((m) => m.dated >= 2)?.metric;
  let select: HTMLSelectElement | null = null;
  if (metrics.length > 1) {
    select = h('select', { 'data-testid': 'progress-metric', 'aria-label': 'Metric of the progress chart' },
      ...metrics.map((m) => h('option', { value: m.metric }, `${m.metric} (${m.dated} dated)`)));
    select.addEventListener('change', () => {
      const metric = select!.value;
      shown.show(metric);
      // (replaced, not pushed, as the matrix's "marks show"; the default is no choice, but only where it is the default
      // with and without the filters: a metric chosen while the filters make it the default stays chosen when they go)
      app.setState(setProgressMetric(app.state, dataset, metric === names[0] && metric === wholeDefault() ? null : metric), 'replace');
    });
  }
  const el = h('section', { class: 'pw-progress', 'data-testid': 'progress' },
    h('h3', {}, 'Progress over time'),
    select ? h('label', { class: 'pw-row pw-muted' }, 'Metric ', select) : null,
    body);
  const shown: Shown = {
    el, dataset, metrics: names, current: '',
    show(metric) {
      if (metric === shown.current) return;
      shown.current = metric;
      if (select && select.value !== metric) select.value = metric;
      draw(metric);
    },
  };
  shown.show(chartMetric(names, dataset, app.state.progress));
  return shown;
}

export interface ProgressHandle {
  /** The time the last chart section took to compute and draw (ms), for test/e2e/bench-progress.ts. */
  readonly lastMs: number;
}

export function mount(app: AppContext): ProgressHandle {
  let lastMs = 0;
  /** The section last drawn (its panel may since have gone). */
  let last: Shown | null = null;
  app.registerDatasetSection((dataset, pass) => {
    const t0 = performance.now();
    last = progressSection(app, dataset, pass);
    lastMs = performance.now() - t0;
    return last?.el ?? null;
  });
  // The state's metric changed without the panel being drawn again (Back or Forward between entries that differ in it
  // alone): the chart follows it.
  app.onChange(() => {
    if (last?.el.isConnected) last.show(chartMetric(last.metrics, last.dataset, app.state.progress));
  });
  return {
    get lastMs() {
      return lastMs;
    },
  };
}
