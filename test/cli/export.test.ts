import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { runCli, useBundledBuild } from './helpers.ts';

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

  it('writes nodes.csv and edges.csv into the --out directory', () => {
    const out = join(built.dir, '..', 'csv');
    const r = runCli(['export', '--format', 'csv', join(built.dir, 'graph.json'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    for (const f of ['nodes.csv', 'edges.csv']) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(built.dir, f), 'utf8'));
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
