/**
 * The timeline view's page text over the canvas (as the map's cluster labels are, app.ts's placeClusterLabels): the
 * year axis along the top of the free area (or just above the top row), a faint line down from each year, each row's
 * band and its cluster's label at the row's left end (kept in sight while the camera pans along the years), and the
 * "undated (N)" column's head when some nodes have no year. Placed again after each frame sigma draws, from the same
 * graph-to-viewport conversion sigma drew the nodes with. Labels carry the class `cluster-label`, so the PNG export
 * draws them as it draws the map's cluster labels.
 */
import type { TimelineLayout } from '../src/analysis/timeline-layout.ts';
import { h } from './panels/dom.ts';

type Point = { x: number; y: number };
export type Area = { left: number; top: number; right: number; bottom: number };
export type Box = { x0: number; y0: number; x1: number; y1: number };

export interface TimelineOverlay {
  /** The layout to draw, or null for the map (the layer hidden). */
  show(layout: TimelineLayout | null): void;
  /** Place everything for the camera as sigma last drew it (`toViewport`: graph coordinates to the canvas's pixels). */
  place(toViewport: (p: Point) => Point, area: Area): void;
  /** The clusters lit (reducers.ts litClusters: a chosen cluster, a chosen author's): the other rows' labels step back, as their nodes do (null: none). */
  fade(lit: ReadonlySet<number> | null): void;
  /** The boxes (canvas pixels) of the labels shown in the last placing, for node labels to keep clear of. */
  boxes(): Box[];
}

/** Gap (px) kept between two year labels; a year that would come closer is left out (every other one, then…). */
const TICK_GAP = 8;

export function createTimelineOverlay(container: HTMLElement): TimelineOverlay {
  const layer = h('div', { class: 'timeline-layer', 'aria-hidden': 'true', 'data-testid': 'timeline-layer' });
  layer.hidden = true;
  container.appendChild(layer);
  let layout: TimelineLayout | null = null;
  let rows: { el: HTMLElement; band: HTMLElement; clusters: number[]; y0: number; y1: number; w?: number; h?: number }[] = [];
  let ticks: { el: HTMLElement; grid: HTMLElement; x: number; w?: number; h?: number }[] = [];
  let shown: Box[] = [];

  return {
    show(next) {
      if (next === layout) return;
      layout = next;
      layer.hidden = !next;
      shown = [];
      if (!next) {
        layer.replaceChildren();
        rows = [];
        ticks = [];
        return;
      }
      rows = next.rows.map((r, i) => {
        const span = r.firstYear === undefined ? 'undated' : r.firstYear === r.lastYear ? String(r.firstYear) : `${r.firstYear}–${r.lastYear}`;
        const el = h('div', { class: 'cluster-label tl-row-label', 'data-testid': 'timeline-row', 'data-row': r.index, 'data-clusters': r.clusters.join(','), title: `${r.label}: ${r.nodes} nodes, ${span}` }, r.label);
        if (r.color) el.style.setProperty('--cluster-color', r.color);
        const band = h('div', { class: `tl-band${i % 2 ? ' odd' : ''}` });
        return { el, band, clusters: r.clusters, y0: r.y0, y1: r.y1 };
      });
      const columns = [...next.years.map((y) => ({ text: String(y.year), key: String(y.year), x: y.x })),
        ...(next.undated ? [{ text: `undated (${next.undated.count})`, key: 'undated', x: next.undated.x }] : [])];
      ticks = columns.map((c) => ({
        el: h('div', { class: 'cluster-label tl-year', 'data-testid': 'timeline-year', 'data-year': c.key }, c.text),
        grid: h('div', { class: `tl-grid${c.key === 'undated' ? ' undated' : ''}` }),
        x: c.x,
      }));
      // (bands and lines under the labels)
      layer.replaceChildren(...rows.map((r) => r.band), ...ticks.map((t) => t.grid), ...rows.map((r) => r.el), ...ticks.map((t) => t.el));
    },

    place(toViewport, area) {
      shown = [];
      if (!layout) return;
      const { extent } = layout;
      const left = toViewport({ x: extent.x0, y: 0 }).x;
      const right = toViewport({ x: extent.x1, y: 0 }).x;
      const vy = (y: number) => toViewport({ x: 0, y }).y;
      const top = Math.min(vy(extent.y0), vy(extent.y1));
      const bottom = Math.max(vy(extent.y0), vy(extent.y1));
      for (const r of rows) {
        const [a, b] = [vy(r.y0), vy(r.y1)];
        const [y0, y1] = [Math.min(a, b), Math.max(a, b)];
        r.band.style.transform = `translate(${Math.round(left)}px, ${Math.round(y0)}px)`;
        r.band.style.width = `${Math.max(0, Math.round(right - left))}px`;
        r.band.style.height = `${Math.max(0, Math.round(y1 - y0))}px`;
        const w = (r.w ||= r.el.offsetWidth);
        const h2 = (r.h ||= r.el.offsetHeight);
        // At the row's left end; once the camera has panned past it, at the free area's left edge, while the row is there.
        const x = Math.max(left + 4, area.left + 4);
        const y = y0 + 1;
        const visible = x + 8 < right && y >= area.top - 1 && y + h2 <= area.bottom && y0 < area.bottom && y1 > area.top;
        r.el.style.visibility = visible ? 'visible' : 'hidden';
        r.el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        if (visible) shown.push({ x0: x - 2, y0: y, x1: x + w + 2, y1: y + h2 });
      }
      // The year axis just above the top row, or along the free area's top when the rows reach under it.
      const th = ticks[0] ? (ticks[0].h ||= ticks[0].el.offsetHeight) : 0;
      const axisY = Math.max(area.top + 2, top - th - 4);
      let lastRight = -Infinity;
      for (const t of ticks) {
        const cx = toViewport({ x: t.x, y: 0 }).x;
        const w = (t.w ||= t.el.offsetWidth);
        const x0 = cx - w / 2;
        const visible = x0 >= area.left && x0 + w <= area.right && x0 >= lastRight + TICK_GAP && axisY + th <= area.bottom;
        t.el.style.visibility = visible ? 'visible' : 'hidden';
        t.el.style.transform = `translate(${Math.round(x0)}px, ${Math.round(axisY)}px)`;
        t.grid.style.transform = `translate(${Math.round(cx)}px, ${Math.round(top)}px)`;
        t.grid.style.height = `${Math.max(0, Math.round(bottom - top))}px`;
        t.grid.style.visibility = cx >= area.left && cx <= area.right ? 'visible' : 'hidden';
        if (visible) {
          lastRight = x0 + w;
          shown.push({ x0, y0: axisY, x1: x0 + w, y1: axisY + th });
        }
      }
    },

    fade(lit) {
      for (const r of rows) r.el.classList.toggle('faded', lit !== null && !r.clusters.some((c) => lit.has(c)));
    },

    boxes: () => shown,
  };
}
