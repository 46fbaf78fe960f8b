/**
 * Gaps: for a chosen dataset or setting, the known methods not evaluated on it in this corpus (method–
 * dataset pairs absent from the papers), closest first, each with the reasons and a link to its paper.
 * Follows the selection: selecting a dataset or setting node targets it. Copy the list as text. The target is the
 * view state's `gaps`, kept in the URL (&gaps=KEY).
 * Test hooks: select `gaps-target`, list `gaps` (each item `data-method`).
 */
import { findGaps, gapsToText } from '../../src/analysis/gaps.ts';
import { compareLabels } from '../../src/analysis/node-utils.ts';
import { h } from '../panels/dom.ts';
import { button, download, fileStem, linkGraph, revealSection, sidebarSection, visibleFilter, type AppContext } from './ui.ts';
import './features.css';

export interface GapsHandle {
  /** Show the gaps of this dataset / setting key. */
  target(key: string): void;
}

const TARGET_KINDS = new Set(['dataset', 'setting']);

export function mount(ctx: AppContext): GapsHandle {
  const content = sidebarSection(ctx, 'Gaps', 'gaps-section');
  const select = h('select', { 'data-testid': 'gaps-target', 'aria-label': 'Dataset or setting to find gaps for' });
  const summary = h('p', { class: 'pw-muted' });
  const list = h('ol', { class: 'pw-gaps', 'data-testid': 'gaps' });
  const copy = button('Save list', { class: 'pw-btn small', 'data-testid': 'gaps-save', title: 'Save the list as text' });
  content.append(h('label', { class: 'pw-row' }, 'Not yet evaluated on ', select), summary, list, copy);

  let current: string | null = null;
  let lastGraph: AppContext['graph'] | null = null;
  let lastFilters = '';
  let lastText = '';

  function fillOptions(): void {
    const g = ctx.graph;
    const opts: { key: string; label: string; kind: string; n: number }[] = [];
    g.forEachNode((key, a) => {
      // (counted in papers, as everywhere in the viewer: a dataset's degree also counts its methods' links)
      if (TARGET_KINDS.has(a.kind)) opts.push({ key, label: a.label, kind: a.kind, n: 'papers' in a ? a.papers : g.degree(key) });
    });
    opts.sort((a, b) => (a.kind === b.kind ? b.n - a.n || compareLabels(a.label, b.label) : a.kind === 'dataset' ? -1 : 1));
    select.replaceChildren(h('option', { value: '' }, '— pick a dataset or setting —'));
    for (const kind of ['dataset', 'setting']) {
      const group = h('optgroup', { label: kind === 'dataset' ? 'Datasets' : 'Settings' });
      for (const o of opts.filter((x) => x.kind === kind)) group.appendChild(h('option', { value: o.key }, `${o.label} (${o.n} paper${o.n === 1 ? '' : 's'})`));
      if (group.childElementCount) select.appendChild(group);
    }
    if (current && !g.hasNode(current)) current = null;
    select.value = current ?? '';
  }

  function render(): void {
    const g = ctx.graph;
    if (g !== lastGraph) {
      lastGraph = g;
      fillOptions();
    }
    lastFilters = JSON.stringify(ctx.state.filters);
    if (!current) {
      summary.textContent = 'Pick a dataset or setting (or select one in the graph) to list the methods not evaluated on it.';
      list.replaceChildren();
      copy.hidden = true;
      return;
    }
    const report = findGaps(linkGraph(ctx), current, { nodeFilter: visibleFilter(ctx, { ignoreKinds: true }), limit: 30 });
    lastText = gapsToText(g, report);
    summary.textContent = `${report.covered.length} method(s) already evaluated on ${report.label} (${report.papers.length} paper(s)); ${report.gaps.length ? 'closest missing ones first:' : 'no related method is missing.'}`;
    list.replaceChildren(
      ...report.gaps.map((gap) => {
        const name = h('button', { type: 'button', class: 'link', title: `Show ${gap.label}` }, gap.label);
        name.addEventListener('click', () => ctx.select(gap.method, { fly: true }));
        return h('li', { 'data-method': gap.method, 'data-score': gap.score },
          name, h('span', { class: 'pw-muted' }, gap.basis === 'mentioned' ? ' (mentioned only)' : ''),
          h('ul', { class: 'pw-reasons' }, ...gap.reasons.map((r) => h('li', {}, r))));
      }),
    );
    copy.hidden = report.gaps.length === 0;
  }

  // The target is in the view's state, so the URL keeps it (&gaps=KEY): a reload lost it.
  select.addEventListener('change', () => ctx.setState({ ...ctx.state, gaps: select.value || null }, 'replace'));
  copy.addEventListener('click', () => download(`${fileStem(ctx, '-gaps')}.txt`, lastText));

  let lastSelected: string | undefined;
  function follow(c: AppContext): void {
    // Retarget only when the selection changes (not on every hover while a dataset stays selected).
    const sel = c.state.selected.at(-1);
    const changed = sel !== lastSelected;
    lastSelected = sel;
    if (changed && sel && c.graph.hasNode(sel) && TARGET_KINDS.has(c.graph.getNodeAttribute(sel, 'kind')) && sel !== c.state.gaps) {
      c.setState({ ...c.state, gaps: sel }, 'replace'); // (this listener hears it, and shows it below)
      return;
    }
    const target = c.state.gaps && c.graph.hasNode(c.state.gaps) ? c.state.gaps : null;
    if (target !== current || c.graph !== lastGraph) {
      current = target;
      render(); // (fills the options first on a new graph, then shows the target in them)
      select.value = current ?? '';
      return;
    }
    if (JSON.stringify(c.state.filters) !== lastFilters) render();
  }
  ctx.onChange(follow);
  // A link that selects a dataset (?sel=dataset:visa) targets it as a click does: reloaded, the list said
  // "Pick a dataset or setting" under the selected VisA.
  follow(ctx);

  return {
    target(key) {
      ctx.setState({ ...ctx.state, gaps: key }, 'replace');
      const section = content.closest('section');
      if (section) revealSection(section);
    },
  };
}
