import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import type { EntityNode, GraphAttributes, KGNode, KnowledgeGraph, RelationEdge } from '../../src/model.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { toVosviewerJSON, toVosviewerMapFiles, toVosviewerObject, VOSVIEWER_MAX_CLUSTERS, type VosJSON } from '../../src/export/vosviewer.ts';
import { EXPORT_FORMATS, FORMAT_FILES, renderFormat } from '../../src/export/index.ts';
import { goldGraph } from './helpers.ts';

const { graph } = goldGraph();

/**
 * What VOSviewer Online refuses a JSON file for (its getJsonDataError, src/utils/errors.js, and the messages of
 * src/utils/variables.js), checked in the same order; [] when it would open the file.
 */
function vosviewerErrors(d: VosJSON): string[] {
  const items = d.network.items as unknown as Record<string, unknown>[];
  const links = d.network.links as unknown as Record<string, unknown>[];
  const errors: string[] = [];
  if (items.length < 3) errors.push('There must be at least three items.');
  const ids = items.map((i) => i.id);
  if (ids.some((id) => id === undefined || id === null || id === '')) errors.push('Item without ID.');
  if (new Set(ids).size !== ids.length) errors.push('ID of an item must be unique.');
  if (items.some((i) => typeof i.x !== 'number' || typeof i.y !== 'number' || !Number.isFinite(i.x) || !Number.isFinite(i.y))) errors.push('Coordinates must be numbers.');
  // (the weight and score keys are the first item's: every item must have each)
  const weightKeys = Object.keys((items[0]?.weights ?? {}) as object);
  const scoreKeys = Object.keys((items[0]?.scores ?? {}) as object);
  const w = (i: Record<string, unknown>, k: string) => (i.weights as Record<string, unknown> | undefined)?.[k];
  const s = (i: Record<string, unknown>, k: string) => (i.scores as Record<string, unknown> | undefined)?.[k];
  if (items.some((i) => weightKeys.some((k) => typeof w(i, k) !== 'number' || (w(i, k) as number) < 0))) errors.push('Weights must be non-negative numbers.');
  if (items.some((i) => scoreKeys.some((k) => s(i, k) !== null && typeof s(i, k) !== 'number'))) errors.push('Scores must be numbers.');
  if (items.some((i) => i.cluster !== undefined && i.cluster !== null && (!Number.isInteger(i.cluster) || (i.cluster as number) <= 0 || (i.cluster as number) > 1000))) {
    errors.push('Clusters must be represented by integers between 1 and 1000.');
  }
  if (items.every((i) => i.x === items[0].x) && items.every((i) => i.y === items[0].y)) errors.push('All items have the same coordinates.');
  const known = new Set(ids);
  if (links.some((l) => !('source_id' in l))) errors.push('SOURCE_ID attribute of a link is missing.');
  if (links.some((l) => !('target_id' in l))) errors.push('TARGET_ID attribute of a link is missing.');
  if (links.some((l) => !known.has(l.source_id) || !known.has(l.target_id))) errors.push('SOURCE_ID or TARGET_ID attribute of a link is invalid.');
  if (links.some((l) => typeof l.strength !== 'number' || (l.strength as number) < 0)) errors.push('Strength of a link must be a non-negative number.');
  return errors;
}

describe('VOSviewer JSON (graph.vosviewer.json)', () => {
  const text = toVosviewerJSON(graph);
  const d = JSON.parse(text) as VosJSON;

  it('is a file VOSviewer Online opens (its own checks), and the checks refuse a broken one', () => {
    expect(vosviewerErrors(d)).toEqual([]);
    const broken = JSON.parse(text) as VosJSON;
    broken.network.items[1].id = broken.network.items[0].id;
    broken.network.items[2].cluster = 0;
    (broken.network.items[3].scores as Record<string, unknown>)['Avg. pub. year'] = '2024';
    broken.network.links[0].target_id = 99999;
    expect(vosviewerErrors(broken)).toEqual([
      'ID of an item must be unique.',
      'Scores must be numbers.',
      'Clusters must be represented by integers between 1 and 1000.',
      'SOURCE_ID or TARGET_ID attribute of a link is invalid.',
    ]);
  });

  it('has every node as an item, with its position, cluster, kind and the same weight and score keys', () => {
    const items = d.network.items;
    expect(items).toHaveLength(graph.order);
    const byKey = new Map(items.map((i) => [i.key, i]));
    graph.forEachNode((key, a) => {
      const i = byKey.get(key)!;
      expect(i, key).toBeDefined();
      expect([i.label, i.kind, i.x, i.y, i.cluster]).toEqual([a.label, a.kind, a.x, a.y, a.community + 1]);
      expect(Object.keys(i.weights)).toEqual(['Links', 'Total link strength', 'Papers']);
      expect(Object.keys(i.scores)).toEqual(['Avg. pub. year']);
      expect(i.weights.Papers).toBe(a.kind === 'paper' ? 1 : a.papers);
    });
    expect(items.map((i) => i.id)).toEqual(items.map((_, n) => n + 1));
  });

  it('keeps every edge as an undirected link: one per pair, strengths summed, link counts per item', () => {
    const pairs = new Map<string, number>();
    const ids = new Map(d.network.items.map((i) => [i.key, i.id]));
    graph.forEachEdge((_k, a, s, t) => {
      const [x, y] = [ids.get(s)!, ids.get(t)!].sort((p, q) => p - q);
      pairs.set(`${x} ${y}`, (pairs.get(`${x} ${y}`) ?? 0) + (a.weight ?? 1));
    });
    const links = new Map(d.network.links.map((l) => [[l.source_id, l.target_id].sort((p, q) => p - q).join(' '), l.strength]));
    expect(links).toEqual(pairs);
    const degree = new Map<number, number>();
    for (const l of d.network.links) for (const id of [l.source_id, l.target_id]) degree.set(id, (degree.get(id) ?? 0) + 1);
    for (const i of d.network.items) expect(i.weights.Links, i.key).toBe(degree.get(i.id) ?? 0);
  });

  it("scores a paper with its year and an entity with its papers' mean year; a click shows a paper's abstract", () => {
    const items = new Map(d.network.items.map((i) => [i.key, i]));
    const mvtec = items.get('dataset:mvtecad')!;
    const years = graph.filterNeighbors('dataset:mvtecad', (_n, a) => a.kind === 'paper' && a.year !== undefined).map((n) => (graph.getNodeAttributes(n) as { year: number }).year);
    expect(years.length).toBeGreaterThan(5);
    expect(mvtec.scores['Avg. pub. year']).toBeCloseTo(years.reduce((a, b) => a + b, 0) / years.length, 2);
    expect(mvtec.about).toMatch(/^\d+ papers · 20\d\d–20\d\d · also: .*MVTec-AD/);
    const paper = d.network.items.find((i) => i.kind === 'paper')!;
    const attrs = graph.getNodeAttributes(paper.key) as KGNode & { abstract: string; year?: number };
    expect(paper.abstract).toBe(attrs.abstract);
    expect(paper.scores['Avg. pub. year']).toBe(attrs.year ?? null);
    // (the text goes in through the template's placeholders, never as HTML of the item's own)
    expect(d.config.templates.item_description).toContain('{abstract}');
    expect(d.network.items.every((i) => !('description' in i))).toBe(true);
  });

  it("names VOSviewer's clusters with the build's labels", () => {
    const { clusters } = graph.getAttributes();
    expect(d.network.clusters).toEqual(clusters.map((c) => ({ cluster: c.id + 1, label: c.label })));
  });

  it('is the same bytes for the same graph, and what renderFormat writes as graph.vosviewer.json', () => {
    expect(toVosviewerJSON(goldGraph().graph)).toBe(text);
    expect(renderFormat(graph, 'vosviewer')).toEqual([{ name: 'graph.vosviewer.json', content: text }]);
  });

  it('puts clusters past the 1000 VOSviewer takes into cluster 1000, labelled with how many share it', () => {
    const g: KnowledgeGraph = new Graph<KGNode, RelationEdge, GraphAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
    const n = VOSVIEWER_MAX_CLUSTERS + 2;
    for (let c = 0; c < n; c++) {
      g.addNode(`method:m${c}`, { kind: 'method', label: `M${c}`, name: `M${c}`, aliases: [], papers: 1, x: c, y: -c, size: 1, color: '#000', community: c } as KGNode);
    }
    g.addEdge('method:m0', 'method:m1', { relation: 'shares-benchmark', evidence: '', confidence: 1, weight: 2 });
    g.replaceAttributes({ name: 'many', clusters: Array.from({ length: n }, (_, c) => ({ id: c, label: `c${c}`, size: 1, topEntities: [], color: '#000' })) });
    const v = toVosviewerObject(g);
    expect(vosviewerErrors(v)).toEqual([]);
    expect(Math.max(...v.network.items.map((i) => i.cluster))).toBe(VOSVIEWER_MAX_CLUSTERS);
    expect(v.network.items.filter((i) => i.cluster === VOSVIEWER_MAX_CLUSTERS)).toHaveLength(3);
    expect(v.network.clusters.at(-1)).toEqual({ cluster: VOSVIEWER_MAX_CLUSTERS, label: '3 smaller clusters' });
    expect(v.network.clusters).toHaveLength(VOSVIEWER_MAX_CLUSTERS);
    expect(v.network.items[0].scores['Avg. pub. year']).toBeNull();
    expect(v.network.links).toEqual([{ source_id: 1, target_id: 2, strength: 2 }]);
  });
});

describe('VOSviewer map and network files (vosviewer-map.txt, vosviewer-network.txt)', () => {
  it('hold the JSON file\'s items and links: a tab-delimited map with a header, a network of id, id, strength', () => {
    const { network } = toVosviewerObject(graph);
    const { map, network: net } = toVosviewerMapFiles(graph);
    const rows = parseCsv(map, { delimiter: '\t', columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['id', 'label', 'x', 'y', 'cluster', 'weight<Links>', 'weight<Total link strength>', 'weight<Papers>', 'score<Avg. pub. year>', 'url']);
    expect(rows.map((r) => [Number(r.id), r.label, Number(r.x), Number(r.y), Number(r.cluster), Number(r['weight<Links>']), Number(r['weight<Papers>']), r['score<Avg. pub. year>'] === '' ? null : Number(r['score<Avg. pub. year>'])]))
      .toEqual(network.items.map((i) => [i.id, i.label, i.x, i.y, i.cluster, i.weights.Links, i.weights.Papers, i.scores['Avg. pub. year']]));
    expect(net.trimEnd().split('\n').map((l) => l.split('\t').map(Number))).toEqual(network.links.map((l) => [l.source_id, l.target_id, l.strength]));
    expect(renderFormat(graph, 'vosviewer-map').map((f) => f.name)).toEqual(['vosviewer-map.txt', 'vosviewer-network.txt']);
    // (as many files as a build's progress counts for each format)
    for (const f of EXPORT_FORMATS) expect(renderFormat(graph, f), f).toHaveLength(FORMAT_FILES[f]);
  });

  it('quote a label holding a tab or a quote, so every line keeps its columns', () => {
    const g = graph.copy() as KnowledgeGraph;
    const key = g.findNode((_k, a) => a.kind === 'method')!;
    g.mergeNodeAttributes(key, { label: 'A\t"quoted" name' } as Partial<EntityNode>);
    const rows = parseCsv(toVosviewerMapFiles(g).map, { delimiter: '\t', columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(g.order);
    expect(rows.find((r) => r.label.startsWith('A\t'))?.label).toBe('A\t"quoted" name');
  });
});
