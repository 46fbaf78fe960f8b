/**
 * graph.vosviewer.json: the graph as a VOSviewer JSON file, which VOSviewer Online (app.vosviewer.com, "Open" →
 * "VOSviewer JSON file") opens as a map: the same nodes and links, the build's positions
 * and clusters with their labels, so the map looks as paperweave lays it out, and VOSviewer's own tools (its density
 * and overlay visualisations, its search, its own layout and clustering if one asks) work on it. Pure.
 *
 * What VOSviewer Online checks on opening one (its error list, src/utils/errors.js) is what this writer keeps to: at
 * least three items, each with a unique non-empty `id`, numeric `x` and `y` (not all the same), a `cluster` that is an
 * integer from 1 to 1000, `weights` that are non-negative numbers and `scores` that are numbers or null, the same keys
 * on every item; every link's `source_id` and `target_id` an item's id, its `strength` non-negative.
 *
 * - Items: every node, papers and entities, in the graph's order, `id` 1, 2, ... (the node's key kept as `key`).
 *   Weights: "Links" (the degree, what paperweave sizes by), "Total link strength" and "Papers" (the papers that tag an
 *   entity, VOSviewer's occurrences; 1 for a paper). Score: "Avg. pub. year" (a paper's year; for an entity the mean
 *   year of its dated papers, as VOSviewer's overlay visualisation colours terms; null where none is dated).
 * - Links: undirected, as VOSviewer draws them; a pair linked both ways is one link, its strengths added. Strength is
 *   the edge's weight (datasets in common, supporting papers), else 1.
 * - Clusters: community c is VOSviewer's cluster c + 1, labelled as paperweave labels it; VOSviewer takes 1000 at
 *   most, so on a graph with more the rest share cluster 1000, labelled with how many they are.
 * - What a click shows (VOSviewer Online's description panel): the kind, the label, a line about it (a paper's year and
 *   authors; an entity's papers, years, aliases, a dataset's domain) and a paper's abstract and link, through the file's `item_description`
 *   template, so the text is inserted as text (VOSviewer Online fills `{field}` from the item), never read as HTML.
 */
import type { KGNode, KnowledgeGraph } from '../model.ts';
import { entityTimeline, paperYear, type EntityTimeline } from '../analysis/timeline.ts';

/** The most clusters VOSviewer takes ("Clusters must be represented by integers between 1 and 1000"). */
export const VOSVIEWER_MAX_CLUSTERS = 1000;

export interface VosItem {
  id: number;
  key: string;
  label: string;
  kind: string;
  about: string;
  abstract: string;
  url: string;
  x: number;
  y: number;
  cluster: number;
  weights: { Links: number; 'Total link strength': number; Papers: number };
  scores: { 'Avg. pub. year': number | null };
}

export interface VosLink {
  source_id: number;
  target_id: number;
  strength: number;
}

export interface VosJSON {
  info: { title: string; description: string };
  config: {
    terminology: Record<string, string>;
    templates: { item_description: string };
  };
  network: {
    clusters: { cluster: number; label: string }[];
    items: VosItem[];
    links: VosLink[];
  };
}

// One placeholder to a text node: VOSviewer Online empties a text node whose placeholder has no value.
const ITEM_DESCRIPTION =
  "<div class='description_heading'>{kind}</div>" +
  "<div class='description_label'>{label}</div>" +
  "<div class='description_text'>{about}</div>" +
  "<div class='description_text'>{abstract}</div>" +
  "<div class='description_text'><a class='description_url' href='{url}' target='_blank'>{url}</a></div>";

const round = (v: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/** The cluster VOSviewer shows community `c` in (1-based, at most VOSVIEWER_MAX_CLUSTERS). */
export function vosCluster(community: number): number {
  return Math.min(community + 1, VOSVIEWER_MAX_CLUSTERS);
}

function about(attr: KGNode, time: EntityTimeline | null): string {
  // (a paper: its year, then its authors where the input named them)
  if (attr.kind === 'paper') return [String(paperYear(attr) ?? 'no year'), ...(attr.authors?.length ? [attr.authors.join(', ')] : [])].join(' · ');
  const parts = [`${attr.papers} paper${attr.papers === 1 ? '' : 's'}`];
  const { firstYear: first, lastYear: last } = time ?? {};
  if (first !== undefined && last !== undefined) parts.push(first === last ? String(first) : `${first}–${last}`);
  if (attr.domain) parts.push(`domain: ${attr.domain}`);
  if (attr.aliases.length) parts.push(`also: ${attr.aliases.join(', ')}`);
  return parts.join(' · ');
}

/** The graph as a VOSviewer JSON object (see the module's doc). */
export function toVosviewerObject(graph: KnowledgeGraph): VosJSON {
  const ids = new Map<string, number>();
  graph.forEachNode((key) => ids.set(key, ids.size + 1));

  // undirected links: one per pair, strengths added, in the order the first edge of each pair comes
  const links: VosLink[] = [];
  const pairAt = new Map<string, number>();
  const totalStrength = new Float64Array(ids.size + 1);
  const linkCount = new Uint32Array(ids.size + 1);
  graph.forEachEdge((_key, attr, source, target) => {
    const a = ids.get(source)!;
    const b = ids.get(target)!;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const strength = Number.isFinite(attr.weight) && (attr.weight as number) >= 0 ? (attr.weight as number) : 1;
    const pair = `${lo} ${hi}`;
    const at = pairAt.get(pair);
    if (at === undefined) {
      pairAt.set(pair, links.length);
      links.push({ source_id: a, target_id: b, strength });
      linkCount[a]++;
      linkCount[b]++;
    } else links[at].strength += strength;
    totalStrength[a] += strength;
    totalStrength[b] += strength;
  });

  const items: VosItem[] = [];
  graph.forEachNode((key, attr) => {
    const id = ids.get(key)!;
    // (a paper's year; an entity's papers' mean year, from the viewer's own per-year counts)
    const time = attr.kind === 'paper' ? null : entityTimeline(graph, key);
    let meanYear = time ? null : (paperYear(attr) ?? null);
    if (time && time.papers > time.undated) meanYear = round(time.perYear.reduce((sum, y) => sum + y.year * y.papers, 0) / (time.papers - time.undated), 2);
    items.push({
      id,
      key,
      label: attr.label,
      kind: attr.kind,
      about: about(attr, time),
      abstract: attr.kind === 'paper' ? attr.abstract : '',
      url: attr.kind === 'paper' ? (attr.url ?? (attr.doi ? `https://doi.org/${attr.doi}` : '')) : '',
      x: attr.x,
      y: attr.y,
      cluster: vosCluster(attr.community),
      weights: { Links: linkCount[id], 'Total link strength': round(totalStrength[id], 4), Papers: attr.kind === 'paper' ? 1 : attr.papers },
      scores: { 'Avg. pub. year': meanYear },
    });
  });

  const { clusters = [], name, title } = graph.getAttributes();
  const labels = new Map<number, string>();
  const beyond = clusters.filter((c) => c.id >= VOSVIEWER_MAX_CLUSTERS);
  for (const c of clusters) {
    const n = vosCluster(c.id);
    if (n === VOSVIEWER_MAX_CLUSTERS && beyond.length) continue;
    labels.set(n, c.label);
  }
  if (beyond.length) {
    const last = clusters.find((c) => c.id + 1 === VOSVIEWER_MAX_CLUSTERS);
    labels.set(VOSVIEWER_MAX_CLUSTERS, `${beyond.length + (last ? 1 : 0)} smaller clusters`);
  }
  const papers = items.filter((i) => i.kind === 'paper').length;
  return {
    info: {
      title: title ?? name,
      description: `paperweave: ${papers} papers and ${items.length - papers} entities (methods, datasets, models, domains, settings, techniques, metrics), ${links.length} links.`,
    },
    config: {
      terminology: { item: 'node', items: 'nodes' },
      templates: { item_description: ITEM_DESCRIPTION },
    },
    network: {
      clusters: [...labels].sort((a, b) => a[0] - b[0]).map(([cluster, label]) => ({ cluster, label })),
      items,
      links,
    },
  };
}

/** graph.vosviewer.json's text: the same graph gives the same bytes. */
export function toVosviewerJSON(graph: KnowledgeGraph): string {
  return JSON.stringify(toVosviewerObject(graph)) + '\n';
}

/**
 * A map file field (tab-delimited): quoted, its quotes doubled, where it holds a tab, a quote or a line break (as
 * Python's csv writer does for nx2vos's map files), else as it is.
 */
function mapField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[\t"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The graph as the map file and network file VOSviewer (the desktop program: "Create map" → "based on network data" →
 * "VOSviewer map file" and "VOSviewer network file") reads (vosviewerMapFiles). Same items, ids and links as
 * graph.vosviewer.json.
 */
export function toVosviewerMapFiles(graph: KnowledgeGraph): { map: string; network: string } {
  const { network } = toVosviewerObject(graph);
  return vosviewerMapFiles(network.items, network.links);
}

/** An item as a map file writes it: the columns VOSviewer reads (a `description` may hold HTML: escape text put in it). */
export interface VosMapItem {
  id: number;
  label: string;
  description?: string;
  x: number;
  y: number;
  cluster: number;
  weights: Readonly<Record<string, number>>;
  scores: Readonly<Record<string, number | null>>;
  url?: string;
}

/**
 * Items and links as VOSviewer's map file and network file: the map file a tab-delimited table with a header, one item
 * a line (id, label, a description where the items have one, x, y, cluster, the weights and the scores as `weight<…>`
 * and `score<…>` columns, a url where the items have one; an undated item's score left empty; the columns the first
 * item's, as every item has the same), the network file one link a line (id, id, strength), no header.
 */
export function vosviewerMapFiles(items: readonly VosMapItem[], links: readonly VosLink[]): { map: string; network: string } {
  const first = items[0];
  const weights = first ? Object.keys(first.weights) : [];
  const scores = first ? Object.keys(first.scores) : [];
  const described = first?.description !== undefined;
  const linked = first?.url !== undefined;
  const head = ['id', 'label', ...(described ? ['description'] : []), 'x', 'y', 'cluster', ...weights.map((w) => `weight<${w}>`), ...scores.map((c) => `score<${c}>`), ...(linked ? ['url'] : [])];
  const rows = [head.join('\t')];
  for (const i of items) {
    rows.push([i.id, i.label, ...(described ? [i.description ?? ''] : []), i.x, i.y, i.cluster, ...weights.map((w) => i.weights[w]), ...scores.map((c) => i.scores[c]), ...(linked ? [i.url ?? ''] : [])].map(mapField).join('\t'));
  }
  return {
    map: rows.join('\n') + '\n',
    network: links.map((l) => `${l.source_id}\t${l.target_id}\t${l.strength}\n`).join(''),
  };
}
