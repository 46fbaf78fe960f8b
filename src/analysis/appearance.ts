/**
 * What is drawn, computed in one place from the data (kind, degree, community): colours and sizes.
 * The viewer reuses these, so the canvas, the legend and the GEXF file agree.
 * Colours are 'rgb(r,g,b)' strings: sigma reads them and graphology-gexf writes them as r/g/b integers
 * (networkx cannot read GEXF hex colours).
 */
import type { EntityKind, KnowledgeGraph, NodeKind, Relation } from '../model.ts';

/** One colour per node kind, everywhere (canvas, legend, chips, matrix headers, GEXF). */
export const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  paper: 'rgb(120,130,145)',
  method: 'rgb(214,39,40)',
  dataset: 'rgb(31,119,180)',
  model: 'rgb(148,103,189)',
  domain: 'rgb(44,160,44)',
  setting: 'rgb(255,127,14)',
  technique: 'rgb(23,190,207)',
  metric: 'rgb(188,189,34)',
};

/** Colours for clusters (community ids index into it, modulo its length). */
export const CLUSTER_PALETTE: readonly string[] = [
  'rgb(230,25,75)', 'rgb(60,180,75)', 'rgb(0,130,200)', 'rgb(245,130,48)', 'rgb(145,30,180)',
  'rgb(70,190,190)', 'rgb(240,50,230)', 'rgb(170,110,40)', 'rgb(128,128,0)', 'rgb(0,0,128)',
  'rgb(128,0,0)', 'rgb(0,128,128)', 'rgb(210,160,20)', 'rgb(100,100,230)', 'rgb(190,90,120)',
  'rgb(90,140,60)',
];

/** Edge colours: derived method-level relations stand out, paper edges stay quiet. */
export const RELATION_COLORS: Readonly<Record<Relation, string>> = {
  proposes: 'rgb(214,39,40)',
  'evaluates-on': 'rgb(31,119,180)',
  introduces: 'rgb(31,119,180)',
  'uses-model': 'rgb(148,103,189)',
  'in-domain': 'rgb(190,200,190)',
  'has-setting': 'rgb(220,200,180)',
  'uses-technique': 'rgb(180,215,220)',
  'reports-metric': 'rgb(215,215,170)',
  mentions: 'rgb(200,200,200)',
  'benchmarked-on': 'rgb(100,150,210)',
  'shares-benchmark': 'rgb(230,120,60)',
};

export const ENTITY_KINDS: readonly EntityKind[] = ['method', 'dataset', 'model', 'domain', 'setting', 'technique', 'metric'];

/**
 * A colour's red, green and blue (0-255): '#rgb', '#rrggbb' (an alpha pair after it ignored), 'rgb(r,g,b)' or
 * 'rgba(r,g,b,a)'; undefined for any other notation. The one parser the viewer's and the exports' colours go through.
 */
export function parseRgb(color: string): [number, number, number] | undefined {
  const c = color.trim();
  let m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})(?:[0-9a-f]{2})?$/i.exec(c);
  if (m) return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(c);
  if (m) return [parseInt(m[1] + m[1], 16), parseInt(m[2] + m[2], 16), parseInt(m[3] + m[3], 16)];
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*[\d.]+\s*)?\)$/i.exec(c);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function kindColor(kind: NodeKind): string {
  return KIND_COLORS[kind];
}

export function clusterColor(community: number): string {
  const n = CLUSTER_PALETTE.length;
  return CLUSTER_PALETTE[((community % n) + n) % n];
}

/** A node's smallest size (no links), and what the square root of its measure adds to it. */
const SIZE_BASE = 3;
const SIZE_STEP = 2.2;

/** Node size from its degree: area grows with degree, so the radius with its square root. */
export function nodeSize(degree: number): number {
  return Math.round((SIZE_BASE + SIZE_STEP * Math.sqrt(Math.max(0, degree))) * 100) / 100;
}

/** The measure a node drawn `size` large shows (links, papers, PageRank as "size by" scales it): nodeSize inverted; 0 at
 * the smallest size or below, and for no number. */
export function nodeMeasure(size: number): number {
  return Number.isFinite(size) ? Math.max(0, (size - SIZE_BASE) / SIZE_STEP) ** 2 : 0;
}

/** Edge thickness from its weight (datasets in common, supporting papers). */
export function edgeSize(weight: number | undefined): number {
  return Math.round((0.5 + 0.6 * Math.log2(1 + Math.max(1, weight ?? 1))) * 100) / 100;
}

/** Set size (by degree), colour (by kind) on every node and size/colour on every edge. */
export function applyAppearance(graph: KnowledgeGraph): void {
  graph.updateEachNodeAttributes((node, attr) => ({
    ...attr,
    size: nodeSize(graph.degree(node)),
    color: kindColor(attr.kind),
  }));
  graph.updateEachEdgeAttributes((_edge, attr) => ({
    ...attr,
    size: edgeSize(attr.weight),
    color: RELATION_COLORS[attr.relation],
  }));
}
