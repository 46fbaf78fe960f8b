/**
 * Time: a year slider (data-testid="year") showing the field as of a year (papers up to it; the viewer's
 * own year filter, so the URL, the matrix and the exports follow), and for the selected entity its first
 * and last year and papers per year; for a model, when methods built on it appear (CLIP, DINOv2 ...); and the
 * strongest bursts of attention (data-testid="bursts"), each a link selecting its entity, as CiteSpace lists them,
 * at a γ chosen in a select (data-testid="burst-gamma"; the URL's &gamma=, web/bursts.ts recomputes them).
 */
import { adoption, entityTimeline, yearRange } from '../../src/analysis/timeline.ts';
import { burstYears, compareBursts } from '../../src/analysis/bursts.ts';
import type { Burst, EntityNode } from '../../src/model.ts';
import { BURST_GAMMAS, setFilters } from '../state.ts';
import { burstsAt } from '../bursts.ts';
import { h } from '../panels/dom.ts';
import { linkGraph, sidebarSection, type AppContext } from './ui.ts';
import './features.css';

/** Bursts the sidebar lists, strongest first (the rest counted in its heading). */
const BURSTS_SHOWN = 10;

export function mount(ctx: AppContext): void {
  const content = sidebarSection(ctx, 'Time', 'time-section');
  const slider = h('input', { type: 'range', step: 1, 'data-testid': 'year', 'aria-label': 'Show the field as of this year' });
  const out = h('output', { class: 'pw-year-out', 'data-testid': 'year-label' });
  const entity = h('div', { class: 'pw-entity-time', 'data-testid': 'entity-timeline' });
  const bursts = h('div', { class: 'pw-bursts' });
  // γ, Kleinberg's cost of entering a burst (γ·ln of the number of years), as CiteSpace offers it: lower finds weaker bursts.
  const gammaSelect = h('select', { 'data-testid': 'burst-gamma', title: 'The cost of entering a burst, γ·ln(years): a lower γ finds weaker bursts' },
    ...BURST_GAMMAS.map((g) => h('option', { value: String(g) }, g === 1 ? '1 (the build\'s)' : String(g))));
  gammaSelect.addEventListener('change', () => {
    const gamma = Number(gammaSelect.value);
    if (BURST_GAMMAS.includes(gamma) && gamma !== ctx.state.burstGamma) ctx.setState({ ...ctx.state, burstGamma: gamma }, 'replace');
  });
  content.append(h('label', { class: 'pw-row' }, 'As of ', out), slider, entity,
    h('label', { class: 'pw-row' }, 'Bursts: γ ', gammaSelect), bursts);

  let lastGraph: AppContext['graph'] | null = null;
  let range: { min: number; max: number } | undefined;
  let lastEntity = '';

  function syncSlider(): void {
    const g = ctx.graph;
    if (g !== lastGraph) {
      lastGraph = g;
      range = yearRange(g);
      slider.disabled = !range;
      if (range) {
        slider.min = String(range.min);
        slider.max = String(range.max);
      }
    }
    if (!range) {
      out.textContent = 'no dated paper';
      return;
    }
    const to = ctx.state.filters.yearMax;
    slider.value = String(to ?? range.max);
    out.textContent = to === null ? `all years (${range.min}–${range.max})` : String(to);
    slider.setAttribute('aria-valuetext', out.textContent);
  }

  /** The strongest bursts at the chosen γ (web/bursts.ts: at γ = 1 each entity's `burst`, set by the build), strongest first. */
  let burstsOf: { graph: AppContext['graph']; gamma: number } | null = null;
  function renderBursts(): void {
    const g = ctx.graph;
    const gamma = ctx.state.burstGamma;
    gammaSelect.value = String(gamma);
    if (burstsOf?.graph === g && burstsOf.gamma === gamma) return;
    burstsOf = { graph: g, gamma };
    const list: (Burst & { key: string; label: string; a: EntityNode })[] = [];
    for (const [key, b] of burstsAt(g, gamma)) {
      if (!g.hasNode(key)) continue;
      const a = g.getNodeAttributes(key) as EntityNode;
      list.push({ ...b, key, label: a.label, a });
    }
    list.sort(compareBursts);
    const head = h('p', { class: 'pw-muted' }, list.length
      ? `Strongest bursts of attention at γ = ${gamma} (${list.length > BURSTS_SHOWN ? `${BURSTS_SHOWN} of ${list.length}` : list.length}):`
      : `No burst of attention: no entity's papers per year rose enough above its own rate (Kleinberg, s = 2, γ = ${gamma}${gamma > Math.min(...BURST_GAMMAS) ? '; a lower γ finds weaker ones' : ''}).`);
    const items = list.slice(0, BURSTS_SHOWN).map((b) => {
      const { key, a } = b;
      const name = h('button', { type: 'button', class: 'link', title: `Show ${a.label}` }, a.label);
      name.addEventListener('click', () => ctx.select(key, { fly: true, reveal: true }));
      return h('li', { 'data-node': key }, name, h('span', { class: 'pw-muted' }, ` ${a.kind} · ${burstYears(b)} · ${b.strength.toFixed(2)}`));
    });
    bursts.replaceChildren(head, ...(items.length ? [h('ol', { class: 'pw-burst-list', 'data-testid': 'bursts' }, ...items)] : []));
  }

  function renderEntity(): void {
    const g = ctx.graph;
    const key = ctx.state.selected.at(-1);
    const id = `${key}|${g.order}|${JSON.stringify(ctx.state.filters)}`;
    if (id === lastEntity) return;
    lastEntity = id;
    if (!key || !g.hasNode(key) || g.getNodeAttribute(key, 'kind') === 'paper') {
      entity.replaceChildren(h('p', { class: 'pw-muted' }, 'Select a method, dataset or model to see its years.'));
      return;
    }
    const t = entityTimeline(linkGraph(ctx), key);
    const maxN = Math.max(1, ...t.perYear.map((y) => y.papers));
    const bars = h('div', { class: 'pw-bars', role: 'img', 'aria-label': t.perYear.map((y) => `${y.year}: ${y.papers}`).join(', ') });
    for (const y of t.perYear) {
      const bar = h('div', { class: 'pw-bar', title: `${y.year}: ${y.papers} paper(s)` }, h('span', {}, String(y.year)));
      bar.style.setProperty('--h', String(y.papers / maxN));
      bars.appendChild(bar);
    }
    const parts: (Node | string)[] = [
      h('p', {}, h('strong', {}, t.label), t.firstYear !== undefined
        ? ` · first ${t.firstYear}, last ${t.lastYear} · ${t.papers} paper(s)${t.undated ? `, ${t.undated} undated` : ''}`
        : ` · ${t.papers} paper(s), none dated`),
      bars,
    ];
    if (t.kind === 'model' || t.kind === 'technique' || t.kind === 'setting' || t.kind === 'dataset') {
      const ad = adoption(g, key);
      if (ad.length) {
        parts.push(h('p', { class: 'pw-muted' }, `Methods whose paper links to ${t.label}, by first year:`),
          h('ul', { class: 'pw-adoption', 'data-testid': 'adoption' }, ...ad.map((y) => h('li', {}, h('strong', {}, `${y.year}: `), y.entities.map((e) => e.label).join(', ')))));
      }
    }
    entity.replaceChildren(...parts);
  }

  // "As of Y" sets only the upper bound. Below the sidebar's "from" year it opens the lower bound (setFilters'
  // yearRange): the field as known in Y. It used to swap the two (from=2024, As of 2019 -> 2019-2019, no node)
  // and the thumb snapped back at each step of a drag.
  slider.addEventListener('input', () => {
    if (!range) return;
    const v = Number(slider.value);
    out.textContent = v >= range.max ? `all years (${range.min}–${range.max})` : String(v);
    // (a screen reader read the thumb's "2025" for "all years", undated papers included)
    slider.setAttribute('aria-valuetext', out.textContent);
    ctx.setState(setFilters(ctx.state, { yearMax: v >= range.max ? null : v }), 'replace');
  });

  ctx.onChange(() => {
    syncSlider();
    renderEntity();
    renderBursts();
  });
  syncSlider();
  renderEntity();
  renderBursts();
}
