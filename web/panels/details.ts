/**
 * The details panel: a paper (abstract with its entities marked), an entity (papers, benchmarks, methods sharing
 * benchmarks; a facet's methods, datasets and backbones), or an edge (relation and evidence). Everything from the data is
 * inserted as text.
 */
import type { Cluster, EntityNode, KnowledgeGraph, NodeKind, PaperNode, RelationEdge } from '../../src/model.ts';
import { NODE_KINDS } from '../../src/model.ts';
import { kindColor } from '../../src/analysis/appearance.ts';
import { burstYears } from '../../src/analysis/bursts.ts';
import { burstsAt } from '../bursts.ts';
import { BUILD_GAMMA } from '../state.ts';
import { entityMeanYear, formatMeanYear } from '../reducers.ts';
import { methodBenchmarks, sharedBenchmarks } from '../../src/graph/shared-benchmarks.ts';
import { datasetResults, methodResults, resultMethods, resultRuns, type LeaderboardRow } from '../../src/analysis/results.ts';
import { facetProfile, type FacetEntry } from '../../src/analysis/facet-profile.ts';
import { confidentEdge } from '../filters.ts';
import { authorIndex, authorKey } from '../authors.ts';
import { paperYear } from '../../src/analysis/node-utils.ts';
import { h, safeHref, type Child } from './dom.ts';
import { hiddenNote } from './hidden-note.ts';
import { markSegments, type Term } from './marks.ts';

export interface PanelContext {
  graph: KnowledgeGraph;
  /** Select a node (and fly to it). */
  select(key: string): void;
  /** Select an edge. */
  selectEdge(edge: string): void;
  /** Clear the selection. */
  clear(): void;
  /**
   * Whether a node passes the domain, setting, year and confidence filters (the legend's hidden kinds aside): the
   * lists show the nodes the graph shows, and say how many the filters hide. Absent: every node passes.
   */
  passes?(key: string): boolean;
  /** The links' minimum confidence (the filter), or null. */
  minConfidence?: number | null;
  /** The bursts' γ (Time's select); absent: the build's (BUILD_GAMMA). */
  burstGamma?: number;
  /** Controls features add under a paper's title (web/app.ts's registerPaperAction: "Add to comparison"). */
  paperActions?(paper: string): Child[];
  /**
   * Show an author's view (the data table's Authors tab's choice: their papers in colour, their panel): the names of a
   * paper's byline and an author's co-authors are buttons that call it. Absent: the names are text.
   */
  selectAuthor?(name: string): void;
  /** Sections features add under a dataset's reported results (registerDatasetSection: the progress chart); `pass`
   * keeps the figures the results listing keeps. */
  datasetSections?(dataset: string, pass: (row: LeaderboardRow) => boolean): Child[];
}

/**
 * Whether a node, and the link that lists it (when given), pass the filters: what the panel's lists keep (the app's
 * `passes`, which the comparison's cells follow too).
 */
export function passing(ctx: Pick<PanelContext, 'graph' | 'passes' | 'minConfidence'>, key: string, edge?: string): boolean {
  if (ctx.passes && !ctx.passes(key)) return false;
  return edge === undefined || confidentEdge(ctx.graph.getEdgeAttributes(edge), ctx.minConfidence ?? null);
}

/**
 * A section whose list follows the filters (Gephi Lite's way: what the panel lists is what the graph shows): the
 * items the filters keep, counted "kept of all" in its title, and "n hidden by filters" with a button that lists
 * them too, greyed (choosing one shows it in the graph).
 */
function filteredSection<T>(
  title: string, items: T[], pass: (t: T) => boolean,
  list: (items: T[], hidden: Set<T>) => HTMLElement, empty?: HTMLElement, limit = LIST_LIMIT,
): HTMLElement {
  const kept = items.filter(pass);
  const keptSet = new Set(kept);
  const hidden = new Set(items.filter((t) => !keptSet.has(t)));
  const head = h('h3', {}, `${title} (${kept.length}${hidden.size ? ` of ${items.length}` : ''})`);
  const body = h('div', { class: 'filtered-list' });
  // (with nothing kept, a sentence says so: the results table was drawn as its head alone)
  const none = empty ?? h('p', { class: 'empty' }, 'The filters hide every one of them.');
  const note = hiddenNote(hidden.size, (all) => {
    const shown = all ? items : kept;
    body.replaceChildren(...(shown.length ? [list(shown.slice(0, limit), hidden)] : [none]), ...[more(shown.length, limit)].filter((x): x is HTMLElement => x !== null));
  });
  return h('section', {}, head, body, note);
}

/**
 * Why a node listed on request is greyed: the filters hide it (choosing it clears them), or it is drawn and only the
 * link that lists it here is below the confidence filter.
 */
function hiddenWhy(ctx: PanelContext, key: string): string {
  return ctx.passes && !ctx.passes(key) ? 'hidden by filters: choosing it clears them' : 'its link here is below the confidence filter';
}

/** A link to a node the filters hide (listed on request): greyed, and choosing it shows it; `why` says why it is greyed. */
function hiddenLink(ctx: PanelContext, key: string, text?: string, why = hiddenWhy(ctx, key)): HTMLElement {
  // (ctx.select shows a node the filters hide, the filters cleared, with a notice)
  const b = nodeLink(ctx, key, text);
  b.classList.add('filtered-out');
  b.dataset.hidden = 'filter';
  b.title = `${ctx.graph.getNodeAttribute(key, 'label')} (${why})`;
  return b;
}

const RELATION_TEXT: Record<string, string> = {
  proposes: 'proposes',
  'evaluates-on': 'evaluates on',
  introduces: 'introduces',
  'uses-model': 'uses model',
  'in-domain': 'in domain',
  'has-setting': 'has setting',
  'uses-technique': 'uses technique',
  'reports-metric': 'reports metric',
  mentions: 'mentions',
  'benchmarked-on': 'is benchmarked on',
  'shares-benchmark': 'shares benchmarks with',
};

function chip(kind: NodeKind): HTMLElement {
  const c = h('span', { class: 'chip', 'data-kind': kind }, kind);
  c.style.setProperty('--kind-color', kindColor(kind));
  return c;
}

function nodeLink(ctx: PanelContext, key: string, text?: string): HTMLElement {
  const a = ctx.graph.getNodeAttributes(key);
  const b = h('button', { class: 'node-link', type: 'button', 'data-key': key, title: a.label }, text ?? a.label);
  b.style.setProperty('--kind-color', kindColor(a.kind));
  b.addEventListener('click', () => ctx.select(key));
  return b;
}

/** Long lists (hubs of big graphs) show their first entries and say how many more there are. */
export const LIST_LIMIT = 60;
function more(total: number, shown: number): HTMLElement | null {
  return total > shown ? h('p', { class: 'more' }, `… and ${total - shown} more`) : null;
}

function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', {}, h('h3', {}, title), ...children);
}

function closeButton(ctx: PanelContext): HTMLElement {
  const b = h('button', { class: 'close', type: 'button', title: 'Clear the selection (Esc)', 'aria-label': 'Close' }, '×');
  b.addEventListener('click', () => ctx.clear());
  return b;
}

function byLabel(graph: KnowledgeGraph) {
  return (a: string, b: string) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label'));
}

/** A long author list shows its first AUTHORS_HEAD names and its last; up to AUTHORS_HEAD + 2 names are shown whole. */
export const AUTHORS_HEAD = 3;

/**
 * A paper's authors in one line: all of them ("A, B, C"), or a long list shortened to its first names and its last with
 * the number left out ("A, B, C … Z (+N)", as a byline that runs to dozens of names is cited); `hidden` is that number.
 */
export function authorsLine(authors: readonly string[], all = false): { text: string; hidden: number } {
  if (all || authors.length <= AUTHORS_HEAD + 2) return { text: authors.join(', '), hidden: 0 };
  const hidden = authors.length - AUTHORS_HEAD - 1;
  return { text: `${authors.slice(0, AUTHORS_HEAD).join(', ')} … ${authors.at(-1)} (+${hidden})`, hidden };
}

/**
 * The byline under a paper's title: its authors as text, a long list shortened with a button that shows them all (and
 * fewer again). Null where the input named no authors (the Hugging Face page gives only their number, in the facts).
 */
function authorsByline(ctx: PanelContext, p: PaperNode): HTMLElement | null {
  const authors = p.authors ?? [];
  if (!authors.length) return null;
  // (one paper's panel at a time: a fixed id, which a paper id from another program's GEXF, spaces and all, would break)
  const text = h('span', { id: 'paper-authors-text', 'data-testid': 'authors-text' });
  const byline = h('p', { class: 'authors', 'data-testid': 'paper-authors' }, h('span', { class: 'visually-hidden' }, 'Authors: '), text);
  // (the line's text as authorsLine gives it; with an author view, each name a button that opens it)
  const fill = (all: boolean) => {
    const line = authorsLine(authors, all);
    if (!ctx.selectAuthor) {
      text.textContent = line.text;
      return;
    }
    const shown = line.hidden ? [...authors.slice(0, AUTHORS_HEAD), authors.at(-1)!] : authors;
    const parts: (string | Node)[] = [];
    shown.forEach((name, i) => {
      if (i) parts.push(line.hidden && i === shown.length - 1 ? ' … ' : ', ');
      // (a name that folds to nothing, "." say, is no author: text)
      parts.push(authorKey(name) ? authorButton(ctx, name) : name);
    });
    if (line.hidden) parts.push(` (+${line.hidden})`);
    text.replaceChildren(...parts);
  };
  const short = authorsLine(authors);
  if (!short.hidden) {
    fill(false);
    return byline;
  }
  let all = false;
  const toggle = h('button', { type: 'button', class: 'link', 'data-testid': 'authors-toggle', 'aria-controls': 'paper-authors-text' });
  const update = () => {
    fill(all);
    // (the text changes beside the button, which stays: the keyboard's focus stays on it)
    toggle.textContent = all ? 'show fewer' : `show all ${authors.length}`;
    toggle.setAttribute('aria-expanded', String(all));
    toggle.setAttribute('aria-label', all ? 'Show fewer authors' : `Show all ${authors.length} authors`);
  };
  toggle.addEventListener('click', () => {
    all = !all;
    update();
  });
  update();
  byline.append(' ', toggle);
  return byline;
}

/** An author's name as a button that opens their view (ctx.selectAuthor). */
function authorButton(ctx: PanelContext, name: string): HTMLElement {
  const b = h('button', { type: 'button', class: 'link author-link', 'data-author': name, title: `${name}: their papers in the graph` }, name);
  b.addEventListener('click', () => ctx.selectAuthor!(name));
  return b;
}

export function renderPaper(ctx: PanelContext, key: string): HTMLElement {
  const { graph } = ctx;
  const p = graph.getNodeAttributes(key) as PaperNode;
  const facts: Child[] = [];
  if (p.date ?? p.year) facts.push(h('span', {}, String(p.date ?? p.year)));
  if (p.authorsCount !== undefined) facts.push(h('span', {}, `${p.authorsCount} author${p.authorsCount === 1 ? '' : 's'}`));
  if (p.upvotes !== undefined) facts.push(h('span', {}, `▲ ${p.upvotes}`));
  const links: Child[] = [];
  const seen = new Set<string>();
  for (const u of [...(p.urls ?? []), ...(p.url ? [{ url: p.url, kind: 'paper' }] : [])]) {
    if (seen.has(u.url)) continue;
    seen.add(u.url);
    const href = safeHref(u.url);
    links.push(
      href
        ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'ext-link' }, `${u.kind}: ${u.url}`)
        : h('span', { class: 'ext-link' }, `${u.kind}: ${u.url}`),
    );
  }
  // Entities of this paper, for the marks and the grouped list.
  const entities = graph.outNeighbors(key);
  const terms: Term[] = [];
  for (const e of entities) {
    const a = graph.getNodeAttributes(e) as EntityNode;
    terms.push({ text: a.label, key: e });
    for (const al of a.aliases ?? []) terms.push({ text: al, key: e });
  }
  // The marks and the entities follow the filters as the other lists do: an entity the filters hide (or reached only by
  // a link below the confidence filter) is left unmarked and unlisted, counted, and shown greyed on request.
  const entityPasses = (e: string) => passing(ctx, e, graph.edge(key, e));
  const segments = markSegments(p.abstract ?? '', terms);
  const abstract = h('p', { class: 'abstract', 'data-testid': 'abstract' });
  const hiddenMarked = new Set(segments.flatMap((seg) => (seg.key && !entityPasses(seg.key) ? [seg.key] : [])));
  const abstractNote = hiddenNote(hiddenMarked.size, (all) => {
    abstract.replaceChildren();
    for (const seg of segments) {
      if (!seg.key || (!all && hiddenMarked.has(seg.key))) {
        abstract.appendChild(document.createTextNode(seg.text));
        continue;
      }
      const kind = graph.getNodeAttribute(seg.key, 'kind');
      const label = graph.getNodeAttribute(seg.key, 'label');
      const hidden = hiddenMarked.has(seg.key);
      // A control, and said to be one: a screen reader announced a highlight it gave no reason to press.
      const m = h('mark', {
        'data-key': seg.key, 'data-kind': kind, tabindex: 0, role: 'button', class: hidden ? 'filtered-out' : undefined, 'data-hidden': hidden ? 'filter' : undefined,
        title: hidden ? `${kind}: ${label} (${hiddenWhy(ctx, seg.key)})` : `${kind}: ${label}`,
      }, seg.text);
      m.style.setProperty('--kind-color', kindColor(kind));
      const go = () => ctx.select(seg.key!);
      m.addEventListener('click', go);
      m.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault(); // (Space scrolled the panel)
          go();
        }
      });
      abstract.appendChild(m);
    }
  });
  const entitiesSection = entities.length ? filteredSection('Entities', entities, entityPasses, (list, hidden) => {
    const groups: HTMLElement[] = [];
    for (const kind of NODE_KINDS) {
      const ks = list.filter((e) => graph.getNodeAttribute(e, 'kind') === kind).sort(byLabel(graph));
      if (!ks.length) continue;
      groups.push(
        h('div', { class: 'group', 'data-kind': kind }, chip(kind), h('span', { class: 'count' }, ks.length),
          h('div', { class: 'links' }, ...ks.map((e) => (hidden.has(e) ? hiddenLink(ctx, e) : nodeLink(ctx, e))))),
      );
    }
    return h('div', { class: 'groups', 'data-testid': 'paper-entities' }, ...groups);
  }) : null;
  return h('article', { class: 'paper', 'data-key': key },
    closeButton(ctx),
    chip('paper'),
    h('h2', {}, p.title ?? p.label),
    authorsByline(ctx, p),
    h('div', { class: 'facts' }, ...facts),
    ...(ctx.paperActions?.(key) ?? []),
    links.length ? h('div', { class: 'links ext' }, ...links) : null,
    abstract,
    abstractNote,
    // the scores the abstract reports, per dataset
    reportedResults(ctx, graph.outEdges(key).sort().flatMap((edge) => {
      const text = graph.getEdgeAttribute(edge, 'results');
      return text ? [{ edge, text }] : [];
    }), 'paper-results'),
    entitiesSection,
  );
}

/**
 * "Reported results": the figures of paper -> dataset links (`text`, what each link reports), per dataset, each opening
 * its link and sentence; with `named`, each line names its paper. Null when there are none.
 */
function reportedResults(ctx: PanelContext, items: { edge: string; text: string }[], testid: string, named = false): HTMLElement | null {
  const { graph } = ctx;
  if (!items.length) return null;
  // (the filters keep a figure where they keep its paper, its dataset and the link)
  return filteredSection('Reported results', items, ({ edge: e }) => passing(ctx, graph.source(e)) && passing(ctx, graph.target(e), e),
    (shown, hidden) => h('ul', { class: 'results', 'data-testid': testid }, ...shown.map((item) => {
      const e = item.edge;
      const p = graph.source(e);
      const d = graph.target(e);
      // (each run of figures opens the sentence; a figure the sentence credits to another method names it, a link, not
      // the attribute's "F1 82.9% (by RANSynCoders)")
      const figures = creditedRuns(ctx, p, item.text, (text) => {
        const open = h('button', { type: 'button', class: 'link', title: 'Read the sentence behind these figures' }, text);
        open.addEventListener('click', () => ctx.selectEdge(e));
        return open;
      });
      return h('li', hidden.has(item) ? { class: 'filtered-out' } : {}, hidden.has(item) && !passing(ctx, d) ? hiddenLink(ctx, d) : nodeLink(ctx, d), ' ', ...figures,
        named ? h('span', { class: 'meta' }, ' ', nodeLink(ctx, p, '(paper)')) : null);
    })),
    h('p', { class: 'empty' }, 'The filters hide every figure reported here.'));
}

/**
 * A link's results attribute as a reader wants it: the paper's own figures first, then each run credited to another
 * method followed by "by" and that method (a link to it where the graph has it): "F1 82.9% by RANSynCoders", not
 * "F1 82.9% (by RANSynCoders)". `figures` draws a run's figures (a button, or text).
 */
function creditedRuns(ctx: PanelContext, paper: string, text: string, figures: (text: string) => Child): Child[] {
  const runs = resultRuns(text);
  if (!runs.length) return [figures(text)]; // (an attribute parseResults cannot read, shown as it is)
  const ordered = [...runs.filter((r) => !r.method), ...runs.filter((r) => r.method)];
  return ordered.flatMap((r, i) => {
    const sep = i ? ['; '] : [];
    if (!r.method) return [...sep, figures(r.text)];
    const { methods, name } = resultMethods(ctx.graph, { paper, method: r.method });
    const who = methods.length ? nodeLink(ctx, methods[0]) : h('span', { class: 'credit' }, name ?? r.method);
    return [...sep, figures(r.text), h('span', { class: 'credit' }, ' by '), who];
  });
}

/** The papers that propose a method. */
function papersProposing(graph: KnowledgeGraph, method: string): string[] {
  return graph.inNeighbors(method).filter((p) => {
    const e = graph.edge(p, method);
    return graph.getNodeAttribute(p, 'kind') === 'paper' && e !== undefined && graph.getEdgeAttribute(e, 'relation') === 'proposes';
  }).sort();
}

export function renderEntity(ctx: PanelContext, key: string): HTMLElement {
  const { graph } = ctx;
  const a = graph.getNodeAttributes(key) as EntityNode;
  const papers = graph.inNeighbors(key).filter((n) => graph.getNodeAttribute(n, 'kind') === 'paper');
  papers.sort((x, y) => {
    const px = graph.getNodeAttributes(x) as PaperNode;
    const py = graph.getNodeAttributes(y) as PaperNode;
    return (py.year ?? 0) - (px.year ?? 0) || px.title.localeCompare(py.title);
  });
  const parts: Child[] = [];
  const facts: Child[] = [h('span', {}, `${papers.length} paper${papers.length === 1 ? '' : 's'}`)];
  // (with the mean year "colour by mean year" draws, VOSviewer's overlay: "2020–2025, mean 2023.6")
  const mean = entityMeanYear(graph, key);
  if (a.firstYear !== undefined) {
    facts.push(h('span', { 'data-testid': 'entity-years' }, a.lastYear && a.lastYear !== a.firstYear ? `${a.firstYear}–${a.lastYear}${mean !== undefined ? `, mean ${formatMeanYear(mean)}` : ''}` : String(a.firstYear)));
  }
  // Its strongest burst of attention (Kleinberg's, over the corpus's papers per year: src/analysis/bursts.ts), at
  // the γ Time's select chose (web/bursts.ts: the build's stored `burst` at γ = 1).
  const gamma = ctx.burstGamma ?? BUILD_GAMMA;
  const burst = burstsAt(graph, gamma).get(key);
  if (burst) {
    facts.push(h('span', { 'data-testid': 'entity-burst', title: `a burst of attention: more of the corpus's papers those years than its own rate (Kleinberg, s = 2, γ = ${gamma})` },
      `burst ${burstYears(burst)} (strength ${burst.strength.toFixed(2)})`));
  }
  if (a.domain) facts.push(h('span', {}, `domain: ${a.domain}`));
  if (a.aliases?.length) parts.push(section('Also called', h('p', { class: 'aliases' }, a.aliases.join(' · '))));

  if (a.kind === 'method') {
    const datasets = methodBenchmarks(graph, key);
    if (datasets.length) {
      parts.push(filteredSection('Benchmarked on', datasets, (d) => passing(ctx, d, graph.edge(key, d)),
        (ds, hidden) => h('div', { class: 'links', 'data-testid': 'method-datasets' }, ...ds.map((d) => (hidden.has(d) ? hiddenLink(ctx, d) : nodeLink(ctx, d))))));
    }
    // The figures its own papers report, per dataset, each opening its sentence (Papers with Code's method page): the
    // panel named MVTec AD and not SimpleNet's 99.6% AUROC there, which only its paper's panel and the matrix gave; and
    // those other papers credit to it (a comparative study's "RANSynCoder achieves 82.9% F1 on HAI"), not those its own
    // papers credit to others.
    const items = methodResults(graph, key);
    const reported = reportedResults(ctx, items, 'method-results', papersProposing(graph, key).length > 1 || items.some((x) => x.credited));
    if (reported) parts.push(reported);
    // Datasets in common are counted again from what the filters keep (a dataset they hide, or a method's link to it
    // below the confidence filter, is not in common), and ranked again; a method left with none in common is hidden.
    const shared = sharedBenchmarks(graph, key);
    if (shared.length) {
      const kept = sharedBenchmarks(graph, key, { keep: (m, d) => passing(ctx, d, graph.edge(m, d)) }).filter((s) => passing(ctx, s.method));
      const keptMethods = new Set(kept.map((s) => s.method));
      const whole = new Map(shared.map((s) => [s.method, s]));
      const items = [...kept, ...shared.filter((s) => !keptMethods.has(s.method))];
      parts.push(filteredSection('Shares benchmarks with', items, (s) => keptMethods.has(s.method),
        (list, hidden) => h('ol', { class: 'ranked', 'data-testid': 'shared-benchmarks' }, ...list.map((s) => {
          const all = whole.get(s.method)!;
          const title = hidden.has(s) ? 'datasets in common (without the filters)' : all.count !== s.count ? `datasets in common that the filters keep (${all.count} without them)` : 'datasets in common';
          const link = !hidden.has(s) ? nodeLink(ctx, s.method)
            : passing(ctx, s.method) ? hiddenLink(ctx, s.method, undefined, 'no dataset in common that the filters keep') : hiddenLink(ctx, s.method);
          return h('li', hidden.has(s) ? { class: 'filtered-out' } : {}, link, h('span', { class: 'count', title }, s.count),
            h('span', { class: 'shared' }, s.datasets.join(', ')));
        }))));
    }
  }
  if (a.kind === 'dataset') {
    const methods: { key: string; weight: number }[] = [];
    graph.forEachInEdge(key, (_e, ea, src) => {
      if (ea.relation === 'benchmarked-on') methods.push({ key: src, weight: ea.weight ?? 1 });
    });
    methods.sort((x, y) => y.weight - x.weight || byLabel(graph)(x.key, y.key));
    const methodEdge = (m: string) => graph.edge(m, key);
    parts.push(filteredSection('Methods evaluated on it', methods, (m) => passing(ctx, m.key, methodEdge(m.key)),
      (list, hidden) => h('ul', { class: 'ranked', 'data-testid': 'dataset-methods' }, ...list.map((m) => h('li', hidden.has(m) ? { class: 'filtered-out' } : {}, hidden.has(m) ? hiddenLink(ctx, m.key) : nodeLink(ctx, m.key)))),
      h('p', { class: 'empty' }, methods.length ? 'The filters hide every method evaluated on it.' : 'No proposed method is evaluated on it in these papers.')));
    const results = datasetResults(graph, key);
    if (results.length) {
      parts.push(filteredSection('Reported results', results, (r) => passing(ctx, r.paper, r.edge), (rows, hidden) => resultsTable(ctx, rows, hidden),
        h('p', { class: 'empty' }, 'The filters hide every paper reporting a result on it.')));
      parts.push(...(ctx.datasetSections?.(key, (r) => passing(ctx, r.paper, r.edge)) ?? []));
    }
  }
  if (a.kind === 'domain' || a.kind === 'setting' || a.kind === 'technique' || a.kind === 'metric' || a.kind === 'model') parts.push(...facetSections(ctx, key));
  const paperPasses = (p: string) => passing(ctx, p, graph.edge(p, key));
  const keptPapers = papers.filter(paperPasses).length;
  if (keptPapers !== papers.length) facts[0] = h('span', { title: 'papers the filters keep, of all its papers' }, `${keptPapers} of ${papers.length} papers`);
  const noPaper = h('p', { class: 'empty' }, papers.length ? 'The filters hide every paper linked to it.' : 'No paper.');
  parts.push(filteredSection('Papers', papers, paperPasses, (list, hidden) =>
    h('ul', { class: 'papers', 'data-testid': 'entity-papers' }, ...list.map((p) => {
      const pa = graph.getNodeAttributes(p) as PaperNode;
      const e = graph.edge(p, key);
      const rel = e ? graph.getEdgeAttribute(e, 'relation') : undefined;
      const relText = rel ? (RELATION_TEXT[rel] ?? rel) : '';
      // The relation opens the link's panel, its sentence: without it, only a click on the canvas's edge did
      // (out of reach from the keyboard, and on large graphs, whose edges take no clicks).
      const open = e && relText ? h('button', { type: 'button', class: 'link', 'data-edge': e, title: 'Read the sentence behind this link', 'aria-label': `Sentence: ${pa.title} ${relText} ${a.label}` }, relText) : null;
      open?.addEventListener('click', () => ctx.selectEdge(e!));
      return h('li', hidden.has(p) ? { class: 'filtered-out' } : {}, hidden.has(p) ? hiddenLink(ctx, p, pa.title) : nodeLink(ctx, p, pa.title),
        h('span', { class: 'meta' }, pa.year !== undefined ? `${pa.year}` : null, pa.year !== undefined && open ? ' · ' : null, open));
    }),
    ), noPaper));
  return h('article', { class: 'entity', 'data-key': key, 'data-kind': a.kind },
    closeButton(ctx), chip(a.kind), h('h2', {}, a.label), h('div', { class: 'facts' }, ...facts), ...parts);
}

/** A facet's lists: their titles, test ids and what a count counts ("papers tagged video that propose it"). */
const FACET_SECTIONS = [
  { list: 'methods', title: 'Methods proposed', modelTitle: 'Methods built on it', testid: 'facet-methods', verb: 'propose it' },
  { list: 'datasets', title: 'Datasets evaluated on', modelTitle: 'Datasets evaluated on', testid: 'facet-datasets', verb: 'evaluate on it or introduce it' },
  { list: 'models', title: 'Backbones used', modelTitle: 'Backbones used beside it', testid: 'facet-models', verb: 'use it' },
] as const;
/** The most entries a facet's list shows: three of them come before its papers. */
export const FACET_LIST_LIMIT = 20;

/**
 * A facet's (domain, setting, technique, metric) or a backbone's methods proposed, datasets evaluated on and backbones used in its
 * papers, each counted in them and ranked (facetProfile), as Papers with Code's task page lists them; the panel listed
 * its papers alone. The counts follow the filters as the method's "Shares benchmarks with" does: counted again from
 * the papers and links the filters keep, ranked again; one they leave at none is listed on request, greyed.
 */
function facetSections(ctx: PanelContext, key: string): HTMLElement[] {
  const { graph } = ctx;
  // (a backbone's papers use it; a facet's are tagged with it)
  const model = graph.getNodeAttribute(key, 'kind') === 'model';
  const papersOf = `papers ${model ? 'using' : 'tagged'} ${graph.getNodeAttribute(key, 'label')}`;
  const whole = facetProfile(graph, key);
  const kept = facetProfile(graph, key, { keepPaper: (p) => passing(ctx, p, graph.edge(p, key)), keep: (p, e) => passing(ctx, e, graph.edge(p, e)) });
  return FACET_SECTIONS.flatMap(({ list, title, modelTitle, testid, verb }) => {
    if (!whole[list].length) return [];
    const all = new Map(whole[list].map((x) => [x.key, x.count]));
    const keptKeys = new Set(kept[list].map((x) => x.key));
    const items: FacetEntry[] = [...kept[list], ...whole[list].filter((x) => !keptKeys.has(x.key))];
    return [filteredSection(model ? modelTitle : title, items, (x) => keptKeys.has(x.key), (shown, hidden) =>
      h('ol', { class: 'ranked', 'data-testid': testid }, ...shown.map((x) => {
        const n = all.get(x.key)!;
        const tip = hidden.has(x) ? `${papersOf} that ${verb} (without the filters)`
          : n !== x.count ? `${papersOf} that the filters keep and that ${verb} (${n} without them)` : `${papersOf} that ${verb}`;
        return h('li', hidden.has(x) ? { class: 'filtered-out' } : {}, hidden.has(x) ? hiddenLink(ctx, x.key) : nodeLink(ctx, x.key),
          h('span', { class: 'count', title: tip }, x.count));
      })), undefined, FACET_LIST_LIMIT)];
  });
}

/**
 * A dataset's reported results, Papers with Code's way: metric, figure (it opens the link and its sentence), the
 * method the paper proposes (else the paper), or the method the paper credits the figure to, named instead.
 */
function resultsTable(ctx: PanelContext, rows: LeaderboardRow[], hidden: Set<LeaderboardRow> = new Set()): HTMLElement {
  const { graph } = ctx;
  return h('table', { class: 'results', 'data-testid': 'dataset-results' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Metric'), h('th', { scope: 'col' }, 'Score'), h('th', { scope: 'col' }, 'Method (paper)'))),
    h('tbody', {}, ...rows.slice(0, LIST_LIMIT).map((r) => {
      const link = hidden.has(r) ? hiddenLink : nodeLink;
      const title = (graph.getNodeAttributes(r.paper) as PaperNode).title;
      // (a figure credited to another method: that method, its node where the graph has it, else its name)
      const whose = resultMethods(graph, r);
      const methods = whose.methods.sort(byLabel(graph));
      const name = whose.name ? h('span', { class: 'credited' }, whose.name) : null;
      const open = h('button', { type: 'button', class: 'link', title: 'Read the sentence behind this figure', 'aria-label': `${r.metric} ${r.value}: the sentence` }, r.value);
      open.addEventListener('click', () => ctx.selectEdge(r.edge));
      return h('tr', hidden.has(r) ? { class: 'filtered-out' } : {}, h('td', {}, r.metric), h('td', { class: 'num' }, open),
        h('td', {}, ...(methods.length ? methods.flatMap((m, i) => (i ? [', ', link(ctx, m)] : [link(ctx, m)])) : []), name,
          methods.length || name ? ' ' : null, link(ctx, r.paper, methods.length || name ? '(paper)' : title)));
    })));
}

/** The datasets two methods are both benchmarked on, by label. */
function sharedDatasets(graph: KnowledgeGraph, a: string, b: string): string[] {
  const theirs = new Set(methodBenchmarks(graph, b));
  return methodBenchmarks(graph, a).filter((d) => theirs.has(d)).sort(byLabel(graph));
}

export function renderEdge(ctx: PanelContext, edge: string): HTMLElement {
  const { graph } = ctx;
  const e: RelationEdge = graph.getEdgeAttributes(edge);
  const [s, t] = graph.extremities(edge);
  const parts: Child[] = [
    h('p', { class: 'relation' }, nodeLink(ctx, s), h('span', { class: 'rel', 'data-testid': 'relation' }, ` ${RELATION_TEXT[e.relation] ?? e.relation} `), nodeLink(ctx, t)),
  ];
  // Two methods' datasets in common, as links, following the filters as the method's own list does (the stored
  // `shared` text, for a graph without the methods' benchmarked-on links).
  const common = e.relation === 'shares-benchmark' ? sharedDatasets(graph, s, t) : [];
  if (common.length) {
    parts.push(filteredSection('Datasets in common', common, (d) => passing(ctx, d, graph.edge(s, d)) && passing(ctx, d, graph.edge(t, d)),
      (ds, hidden) => h('div', { class: 'links', 'data-testid': 'edge-shared' }, ...ds.map((d) => (hidden.has(d) ? hiddenLink(ctx, d) : nodeLink(ctx, d))))));
  } else if (e.shared) parts.push(section('Datasets in common', h('p', {}, e.shared)));
  parts.push(section('Evidence', h('blockquote', { class: 'evidence', 'data-testid': 'evidence' }, e.evidence || '(none recorded)')));
  // the scores the paper reports on the dataset, with their sentence when it is not the link's
  if (e.results) {
    parts.push(section('Reported results', h('p', { class: 'results', 'data-testid': 'results' }, ...creditedRuns(ctx, e.paper ?? s, e.results, (text) => text)),
      e.resultsEvidence && e.resultsEvidence !== e.evidence ? h('blockquote', { class: 'evidence', 'data-testid': 'results-evidence' }, e.resultsEvidence) : null));
  }
  if (e.paper && graph.hasNode(e.paper) && e.paper !== s) parts.push(section('From', nodeLink(ctx, e.paper, graph.getNodeAttribute(e.paper, 'label'))));
  if (e.confidence !== undefined) parts.push(h('p', { class: 'meta' }, `confidence ${e.confidence}`));
  return h('article', { class: 'edge', 'data-edge': edge }, closeButton(ctx), h('span', { class: 'chip' }, 'relation'), ...parts);
}

/**
 * A selected cluster: its label, its size (what the filters keep of it), its nodes per kind, its top entities as the
 * build ranked them (each a link to its node) and its papers.
 */
export function renderCluster(ctx: PanelContext, cluster: Cluster): HTMLElement {
  const { graph } = ctx;
  const members = graph.filterNodes((_, a) => a.community === cluster.id);
  const kept = members.filter((k) => passing(ctx, k)).length;
  const perKind = NODE_KINDS.map((kind) => [kind, members.filter((k) => graph.getNodeAttribute(k, 'kind') === kind).length] as const).filter(([, n]) => n > 0);
  const facts: Child[] = [
    h('span', { 'data-testid': 'cluster-size' }, kept === members.length ? `${members.length} nodes` : `${kept} of ${members.length} nodes pass the filters`),
    ...perKind.map(([kind, n]) => h('span', {}, `${n} ${kind}${n === 1 ? '' : 's'}`)),
  ];
  // (the top entities are labels: each is linked to the member that bears it)
  const top = cluster.topEntities.map((label) => {
    const key = members.find((k) => graph.getNodeAttribute(k, 'label') === label);
    return key ? (passing(ctx, key) ? nodeLink(ctx, key) : hiddenLink(ctx, key)) : h('span', {}, label);
  });
  const papers = members.filter((k) => graph.getNodeAttribute(k, 'kind') === 'paper').sort(byLabel(graph));
  const chipEl = h('span', { class: 'chip' }, 'cluster');
  chipEl.style.setProperty('--kind-color', cluster.color);
  return h('article', { class: 'cluster-details', 'data-cluster': cluster.id },
    closeButton(ctx), chipEl, h('h2', {}, cluster.label), h('div', { class: 'facts' }, ...facts),
    top.length ? section('Top entities', h('div', { class: 'links', 'data-testid': 'cluster-top' }, ...top)) : null,
    filteredSection('Papers', papers, (k) => passing(ctx, k),
      (list, hidden) => h('div', { class: 'links' }, ...list.map((k) => (hidden.has(k) ? hiddenLink(ctx, k) : nodeLink(ctx, k)))),
      h('p', { class: 'empty' }, papers.length ? 'The filters hide every paper of this cluster.' : 'No paper.')));
}

/** Co-authors an author's panel names, at most. */
export const AUTHOR_COAUTHORS = 8;

/**
 * A selected author (the data table's Authors tab): their name, their papers (what the filters keep of them, newest
 * first, each a link to its node), the years they span and the co-authors they share most papers with.
 */
export function renderAuthor(ctx: PanelContext, name: string, papers: string[]): HTMLElement {
  const { graph } = ctx;
  const index = authorIndex(graph);
  const id = index.byKey.get(authorKey(name));
  const years = papers.map((k) => paperYear(graph.getNodeAttributes(k))).filter((y): y is number => y !== undefined);
  const kept = papers.filter((k) => passing(ctx, k)).length;
  const shared = new Map<number, number>();
  for (const p of papers) {
    const i = index.paperIndex.get(p);
    for (const other of i === undefined ? [] : index.paperAuthors[i]) if (other !== id) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const co = [...shared].sort((a, b) => b[1] - a[1] || (index.names[a[0]] < index.names[b[0]] ? -1 : 1));
  const facts: Child[] = [
    h('span', { 'data-testid': 'author-papers' }, kept === papers.length ? `${papers.length} paper${papers.length === 1 ? '' : 's'}` : `${kept} of ${papers.length} papers pass the filters`),
    years.length ? h('span', {}, Math.min(...years) === Math.max(...years) ? String(years[0]) : `${Math.min(...years)}–${Math.max(...years)}`) : null,
    h('span', {}, `${co.length} co-author${co.length === 1 ? '' : 's'}`),
  ];
  const year = (k: string) => paperYear(graph.getNodeAttributes(k)) ?? -Infinity;
  const sorted = [...papers].sort((a, b) => year(b) - year(a) || byLabel(graph)(a, b));
  return h('article', { class: 'author-details', 'data-testid': 'author-details' },
    closeButton(ctx), h('span', { class: 'chip' }, 'author'), h('h2', {}, name), h('div', { class: 'facts' }, ...facts),
    co.length ? section('Most often with', h('p', { 'data-testid': 'author-coauthors' },
      ...co.slice(0, AUTHOR_COAUTHORS).flatMap(([o, n], i) => [i ? ', ' : '', ctx.selectAuthor ? authorButton(ctx, index.names[o]) : index.names[o], ` (${n})`]),
      co.length > AUTHOR_COAUTHORS ? ` … and ${co.length - AUTHOR_COAUTHORS} more` : '')) : null,
    filteredSection('Papers', sorted, (k) => passing(ctx, k),
      (list, hidden) => h('div', { class: 'links' }, ...list.map((k) => (hidden.has(k) ? hiddenLink(ctx, k) : nodeLink(ctx, k)))),
      h('p', { class: 'empty' }, 'The filters hide every paper of this author.')));
}

export function renderDetails(ctx: PanelContext, selected: string | null, edge: string | null): HTMLElement | null {
  if (selected && ctx.graph.hasNode(selected)) {
    return ctx.graph.getNodeAttribute(selected, 'kind') === 'paper' ? renderPaper(ctx, selected) : renderEntity(ctx, selected);
  }
  if (edge && ctx.graph.hasEdge(edge)) return renderEdge(ctx, edge);
  return null;
}
