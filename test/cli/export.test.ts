import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadGraphJSON } from '../../src/export/json.ts';
import { nodeSize } from '../../src/analysis/appearance.ts';
import { sizeMap } from '../../web/reducers.ts';
import { expectCheckGexf } from '../helpers/check-gexf.ts';
import { runCli, tempDir, useBundledBuild } from './helpers.ts';

const built = useBundledBuild();

describe('paperweave export', () => {
  it('converts graph.json to GEXF in a file, the same bytes as the build wrote', () => {
    const out = join(built.dir, '..', 'again.gexf');
    const r = runCli(['export', '--format', 'gexf', join(built.dir, 'graph.json'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote .*again\.gexf \(\d+ nodes, \d+ edges\)/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(built.dir, 'graph.gexf'), 'utf8'));
    const g = parseGexf(Graph, readFileSync(out, 'utf8'));
    expect(g.order).toBeGreaterThan(100);
  });

  it('writes GraphML and JSON to standard output without --out', () => {
    const ml = runCli(['export', '--format', 'graphml', join(built.dir, 'graph.json')]);
    expect(ml.status).toBe(0);
    expect(ml.stdout).toBe(readFileSync(join(built.dir, 'graph.graphml'), 'utf8'));
    const js = runCli(['export', '-f', 'json', join(built.dir, 'graph.json')]);
    expect(js.stdout).toBe(readFileSync(join(built.dir, 'graph.json'), 'utf8'));
  });

  it('writes the VOSviewer JSON the build wrote, a dataset with its lexicon domain in what a click shows', () => {
    const r = runCli(['export', '--format', 'vosviewer', join(built.dir, 'graph.json')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(built.dir, 'graph.vosviewer.json'), 'utf8'));
    const v = JSON.parse(r.stdout) as { network: { items: { key: string; about: string }[] } };
    expect(v.network.items.find((i) => i.key === 'dataset:mvtecad')?.about).toMatch(/^\d+ papers · 20\d\d–20\d\d · domain: industrial/);
  });

  it('writes nodes.csv and edges.csv into the --out directory', () => {
    const out = join(built.dir, '..', 'csv');
    const r = runCli(['export', '--format', 'csv', join(built.dir, 'graph.json'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    for (const f of ['nodes.csv', 'edges.csv']) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(built.dir, f), 'utf8'));
  });

  it('writes the map and network files for the desktop VOSviewer into the --out directory, as the build wrote them', () => {
    const out = join(built.dir, '..', 'vos');
    const r = runCli(['export', '--format', 'vosviewer-map', join(built.dir, 'graph.json'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote .*vosviewer-map\.txt, .*vosviewer-network\.txt \(\d+ nodes, \d+ edges\)/);
    for (const f of ['vosviewer-map.txt', 'vosviewer-network.txt']) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(built.dir, f), 'utf8'));
  });

  it('converts a graph.json that passes its check but lacks urls or aliases (another program wrote it) instead of a stack trace', () => {
    const g = JSON.parse(readFileSync(join(built.dir, 'graph.json'), 'utf8'));
    for (const n of g.nodes) {
      delete n.attributes.urls;
      delete n.attributes.aliases;
    }
    const lean = join(built.dir, '..', 'lean.json');
    writeFileSync(lean, JSON.stringify(g));
    for (const format of ['gexf', 'graphml', 'csv']) {
      const r = runCli(['export', '--format', format, lean, '--out', join(built.dir, '..', `lean-${format}`)]);
      expect(r.stderr).not.toMatch(/TypeError|\n\s+at /);
      expect([format, r.status]).toEqual([format, 0]);
    }
  });

  it('refuses usage errors (exit 2) and a file that is not a graph, naming the problem', () => {
    const usage = (args: string[]) => {
      const r = runCli(args);
      return [r.status, r.stdout, r.stderr];
    };
    expect(usage(['export', join(built.dir, 'graph.json')])).toEqual([2, '', expect.stringMatching(/--format is required/)]);
    expect(usage(['export', '--format', 'pdf', join(built.dir, 'graph.json')])).toEqual([2, '', expect.stringMatching(/pdf/)]);
    expect(usage(['export', '--format', 'gexf'])).toEqual([2, '', expect.stringMatching(/missing GRAPH\.json/)]);
    const bad = join(built.dir, '..', 'bad.json');
    writeFileSync(bad, JSON.stringify({ nodes: [{ key: 'x', attributes: { kind: 'person' } }], edges: [] }));
    const r = runCli(['export', '--format', 'gexf', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: graph\.json: node 'x' has kind 'person'/);
  });
});

describe('paperweave export --size-by: the sizes the viewer draws, as its own exports write them', () => {
  const graphFile = () => join(built.dir, 'graph.json');
  const graph = () => loadGraphJSON(readFileSync(graphFile(), 'utf8'));
  const gexfSizes = (text: string) => {
    const g = parseGexf(Graph, text);
    return Object.fromEntries(g.mapNodes((k, a) => [k, a.size as number]));
  };
  /** The viewer's sizes for a choice (its sizeMap, as its GEXF export takes them), the build's for links. */
  const viewerSizes = (by: 'papers' | 'pagerank') => Object.fromEntries(sizeMap(graph(), by)!);

  it('papers: GEXF viz:size is the viewer\'s (a paper the size of an entity one paper tags), the papers count kept as data', () => {
    const r = runCli(['export', '--format', 'gexf', '--size-by', 'papers', graphFile()]);
    expect(r.status, r.stderr).toBe(0);
    const sizes = gexfSizes(r.stdout);
    const g = graph();
    expect(sizes).toEqual(viewerSizes('papers'));
    g.forEachNode((k, a) => expect(sizes[k], k).toBe(nodeSize(a.kind === 'paper' ? 1 : a.papers)));
    // (not the build's sizes, by links: 105 of the 232 nodes' differ)
    expect(g.filterNodes((k, a) => a.size !== sizes[k]).length).toBeGreaterThan(g.order / 4);
    const back = parseGexf(Graph, r.stdout);
    g.forEachNode((k, a) => {
      if (a.kind !== 'paper') expect(back.getNodeAttribute(k, 'papers'), k).toBe(a.papers);
    });
  });

  it('pagerank: GEXF viz:size is the viewer\'s, and the file passes check-gexf --require-viz', () => {
    const out = join(tempDir(), 'pagerank.gexf');
    const r = runCli(['export', '--format', 'gexf', '--size-by', 'pagerank', graphFile(), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const sizes = gexfSizes(readFileSync(out, 'utf8'));
    expect(sizes).toEqual(viewerSizes('pagerank'));
    const g = graph();
    expect(g.filterNodes((k, a) => Math.abs(a.size - sizes[k]) > 0.5).length).toBeGreaterThan(g.order / 4);
    expectCheckGexf([out]);
  });

  it('links is the default and the build\'s bytes; GraphML and nodes.csv carry the sizes drawn, graph.json the choice and the build\'s sizes', () => {
    const links = runCli(['export', '--format', 'gexf', '--size-by', 'links', graphFile()]);
    expect(links.stdout).toBe(readFileSync(join(built.dir, 'graph.gexf'), 'utf8'));
    const want = viewerSizes('pagerank');
    const ml = runCli(['export', '--format', 'graphml', '--size-by', 'pagerank', graphFile()]);
    expect(ml.status, ml.stderr).toBe(0);
    const back = parseGraphML(Graph, ml.stdout);
    // (its ids are escaped to NMTOKENs: "resad++" is "resad_x002b__x002b_"; the nodes are in the graph's order)
    expect(back.mapNodes((_k, a) => a.size)).toEqual(graph().mapNodes((k) => want[k]));
    const dir = tempDir();
    const csv = runCli(['export', '--format', 'csv', '--size-by', 'pagerank', graphFile(), '--out', dir]);
    expect(csv.status, csv.stderr).toBe(0);
    const rows = parseCsv(readFileSync(join(dir, 'nodes.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.fromEntries(rows.map((row) => [row.id, Number(row.size)]))).toEqual(want);
    expect(readFileSync(join(dir, 'edges.csv'), 'utf8')).toBe(readFileSync(join(built.dir, 'edges.csv'), 'utf8'));
    const js = runCli(['export', '--format', 'json', '--size-by', 'papers', graphFile()]);
    const view = loadGraphJSON(js.stdout);
    expect(view.getAttribute('sizeBy')).toBe('papers');
    const g = graph();
    expect(view.mapNodes((_k, a) => a.size)).toEqual(g.mapNodes((_k, a) => a.size));
  });

  it('a graph.json that records a choice (the viewer\'s export) is exported sized so unless --size-by says otherwise', () => {
    const data = JSON.parse(readFileSync(graphFile(), 'utf8'));
    data.attributes.sizeBy = 'pagerank';
    const file = join(tempDir(), 'view.json');
    writeFileSync(file, JSON.stringify(data));
    const r = runCli(['export', '--format', 'gexf', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(gexfSizes(r.stdout)).toEqual(viewerSizes('pagerank'));
    const links = runCli(['export', '--format', 'gexf', '--size-by', 'links', file]);
    expect(gexfSizes(links.stdout)).toEqual(Object.fromEntries(graph().mapNodes((k, a) => [k, a.size])));
  });

  it('refuses a value the viewer has not (exit 2), naming the ones it has', () => {
    const r = runCli(['export', '--format', 'gexf', '--size-by', 'degree', graphFile()]);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/--size-by expects one of links, papers, pagerank \(links: the degree, as built\), got 'degree'/);
  });
});
