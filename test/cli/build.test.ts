import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_KINDS, type PaperNode } from '../../src/model.ts';
import { loadGraphJSON } from '../../src/export/json.ts';
import { checkClusters } from '../graph/cluster-checks.ts';
import { buildBundled, runCli, tempDir, type CliResult } from './helpers.ts';
import { commandName, defaultOut, graphName } from '../../src/cli/commands/build.ts';
import { BUNDLED_CORPUS, DEFAULT_OUT, ROOT } from '../../src/cli/io.ts';

const FILES = ['graph.json', 'graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv', 'graph.vosviewer.json', 'vosviewer-map.txt', 'vosviewer-network.txt', 'papers.jsonl', 'entities.jsonl', 'report.json'];
let dir = '';
let result: CliResult;
const temps: string[] = [];
beforeAll(() => {
  ({ dir, result } = buildBundled());
  temps.push(join(dir, '..'));
});
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('paperweave build (bundled corpus)', () => {
  it('writes every file and a closing summary on stderr', () => {
    expect(result.status, result.stderr).toBe(0);
    for (const f of FILES) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(result.stderr).toMatch(/54 papers/);
    expect(result.stderr).toMatch(/entities: method \d+ · dataset \d+ · model \d+/);
    expect(result.stderr).toMatch(/clusters: \d+/);
    expect(result.stderr).toMatch(/time: [\d.]+ s/);
    expect(result.stdout).toBe('');
  });

  it('names the graph after its out directory by default', () => {
    expect(loadGraphJSON(readFileSync(join(dir, 'graph.json'), 'utf8')).getAttribute('name')).toBe('out');
    expect(graphName(DEFAULT_OUT)).toBe('anomaly-detection');
  });

  it('writes one\'s own papers next to the bundled graph, never over it, unless --out says where', () => {
    expect(defaultOut([])).toBe(DEFAULT_OUT);
    expect(defaultOut([BUNDLED_CORPUS])).toBe(DEFAULT_OUT);
    expect(defaultOut(['some/where/papers.bib', 'more.csv'])).toBe(join(ROOT, 'graph-data', 'papers'));
    expect(defaultOut(['-'])).toBe(join(ROOT, 'graph-data', 'stdin'));
    expect(defaultOut(['anomaly-detection.csv'])).toBe(`${DEFAULT_OUT}-graph`);
    expect(defaultOut(['x/corpus.jsonl'])).toBe(join(ROOT, 'graph-data', 'corpus-graph'));
  });

  it('reports counts, rejects, warnings, merges, clusters and timings per stage', () => {
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const graph = loadGraphJSON(readFileSync(join(dir, 'graph.json'), 'utf8'));
    expect(report.counts.papers).toBe(54);
    expect(report.counts.nodes).toBe(graph.order);
    expect(report.counts.edges).toBe(graph.size);
    expect(report.counts.recordsIn).toBe(report.counts.papers + report.counts.rejects + report.counts.merged);
    expect(report.rejects).toEqual([]);
    expect(Array.isArray(report.warnings)).toBe(true);
    expect(report.clusters).toEqual(graph.getAttribute('clusters'));
    // each stage timed (a stage left out of the timing would read 0: none of them takes under 0.1 ms on 54 papers)
    for (const s of ['read', 'extract', 'build', 'clusters', 'layout', 'export']) expect(report.timings[s], s).toBeGreaterThan(0);
    const papersJsonl = readFileSync(join(dir, 'papers.jsonl'), 'utf8').trim().split('\n');
    const entitiesJsonl = readFileSync(join(dir, 'entities.jsonl'), 'utf8').trim().split('\n');
    expect(papersJsonl).toHaveLength(54);
    expect(entitiesJsonl).toHaveLength(54);
    expect(JSON.parse(entitiesJsonl[0]).id).toBe(JSON.parse(papersJsonl[0]).id);
  });

  it('builds a graph that keeps the contract with the real readers and extractor', () => {
    const graph = loadGraphJSON(readFileSync(join(dir, 'graph.json'), 'utf8'));
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const kinds = new Set(graph.mapNodes((_k, a) => a.kind));
    expect([...kinds].sort()).toEqual([...NODE_KINDS].sort());
    graph.forEachEdge((e, a, source) => {
      const p = graph.getNodeAttributes(a.paper ?? source) as PaperNode;
      expect(p.kind).toBe('paper');
      expect(a.evidence === p.title || p.abstract.includes(a.evidence), `${e}: ${a.evidence}`).toBe(true);
    });
    // report.isolated lists the papers with no link, all of them and only them
    const alone = graph.filterNodes((k, a) => a.kind === 'paper' && graph.outDegree(k) === 0);
    expect([...report.isolated].sort()).toEqual(alone.sort());
  });

  it('clusters the real graph: video, time-series and CLIP zero-shot industrial papers mostly together', () => {
    const graph = loadGraphJSON(readFileSync(join(dir, 'graph.json'), 'utf8'));
    checkClusters(graph);
  });

  it('gives byte-identical files on a second build (report.json: all but timings)', () => {
    const other = tempDir();
    temps.push(other);
    // (into a directory of the same name: the graph is named after it)
    const again = runCli(['build', '--out', join(other, 'out')]);
    expect(again.status, again.stderr).toBe(0);
    for (const f of FILES.filter((f) => f !== 'report.json')) {
      expect(readFileSync(join(other, 'out', f)).equals(readFileSync(join(dir, f))), f).toBe(true);
    }
    const strip = (p: string) => ({ ...JSON.parse(readFileSync(p, 'utf8')), timings: null });
    expect(strip(join(other, 'out', 'report.json'))).toEqual(strip(join(dir, 'report.json')));
  });
});

describe('paperweave build (other inputs and errors)', () => {
  it('reports rejected records with file, line and reason, and builds the rest', () => {
    const t = tempDir();
    temps.push(t);
    const input = join(t, 'papers.jsonl');
    writeFileSync(input, [
      JSON.stringify({ title: 'FooNet: anomaly detection with foo', abstract: 'We propose FooNet for industrial anomaly detection. FooNet is evaluated on MVTec AD and VisA.', date: '2024-05-01' }),
      '{not json',
      JSON.stringify({ title: 'No abstract here' }),
    ].join('\n') + '\n');
    const r = runCli(['build', input, '--out', join(t, 'out')], { cwd: t });
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(t, 'out', 'report.json'), 'utf8'));
    expect(report.counts.papers).toBe(1);
    expect(report.rejects.length).toBe(2);
    expect(report.rejects[0]).toMatchObject({ file: 'papers.jsonl', line: 2 });
    expect(report.rejects[0].reason.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/rejected papers\.jsonl:2: /);
    // (outside the repository `npx paperweave` finds no such command: the hint names the script)
    expect(r.stderr).toContain(`  view it: node ${join(ROOT, 'src', 'cli', 'paperweave.mjs')} serve --graph out\n`);
    expect([commandName(ROOT), commandName(join(ROOT, 'web')), commandName(t)]).toEqual(['npx paperweave', 'npx paperweave', `node ${join(ROOT, 'src', 'cli', 'paperweave.mjs')}`]);
    // the graph is named after its directory, not after the bundled corpus (the viewer names its exports so)
    expect(loadGraphJSON(readFileSync(join(t, 'out', 'graph.json'), 'utf8')).getAttribute('name')).toBe('out');
    const named = runCli(['build', input, '--out', join(t, 'my survey'), '--name', 'foo-survey'], { cwd: t });
    expect(named.status, named.stderr).toBe(0);
    expect(loadGraphJSON(readFileSync(join(t, 'my survey', 'graph.json'), 'utf8')).getAttribute('name')).toBe('foo-survey');
  });

  it('names the readers\' warnings on stderr as it names the rejects (an in-press paper read undated: file and line)', () => {
    const t = tempDir();
    temps.push(t);
    const bib = join(t, 'in-press.bib');
    writeFileSync(bib, [
      '@article{a,\n  title = {Zorblax In Press},\n  abstract = {We propose Zorblax for anomaly detection on MVTec AD.},\n  year = {in press}\n}',
      '@article{b,\n  title = {Blorpnet},\n  abstract = {We propose Blorpnet for anomaly detection on VisA.},\n  year = {2021}\n}',
      '',
    ].join('\n'));
    const r = runCli(['build', bib, '--out', join(t, 'out')], { cwd: t });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('\n  warning in-press.bib:1: @article{a}: "Zorblax In Press": year "in press" is not a date: read undated\n');
    const papers = loadGraphJSON(readFileSync(join(t, 'out', 'graph.json'), 'utf8')).filterNodes((_k, a) => a.kind === 'paper');
    expect(papers).toHaveLength(2);
  });

  it('exits 1 when no record could be read, writing nothing over the out directory and listing every reject', () => {
    const t = tempDir();
    temps.push(t);
    const out = join(t, 'out');
    const good = runCli(['build', '--out', out], { cwd: t });
    expect(good.status, good.stderr).toBe(0);
    const before = readFileSync(join(out, 'graph.json'), 'utf8');
    // seven title-only records: more than the five a summary lists when report.json holds the rest
    writeFileSync(join(t, 'none.jsonl'), Array.from({ length: 7 }, (_, k) => JSON.stringify({ title: `Only a title ${k}` })).join('\n') + '\n');
    const r = runCli(['build', join(t, 'none.jsonl'), '--out', out], { cwd: t });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no paper could be read: nothing written/);
    expect(r.stderr).not.toMatch(/wrote /);
    for (let line = 1; line <= 7; line++) expect(r.stderr).toContain(`rejected none.jsonl:${line}: `);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(before);
    // into a new directory: none is made
    const fresh = runCli(['build', join(t, 'none.jsonl'), '--out', join(t, 'fresh')], { cwd: t });
    expect(fresh.status).toBe(1);
    expect(existsSync(join(t, 'fresh'))).toBe(false);
  });

  it('exits 2 with a hint on a bad option or an unreadable input', () => {
    const bad = runCli(['build', '--format', 'docx']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--format expects one of/);
    const missing = runCli(['build', 'no-such-file.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no-such-file\.txt: no such file/);
    const t = tempDir();
    temps.push(t);
    writeFileSync(join(t, 'bin.dat'), Buffer.from([0, 1, 2, 3, 0]));
    const binary = runCli(['build', join(t, 'bin.dat'), '--out', join(t, 'out')]);
    expect(binary.status).toBe(2);
    expect(binary.stderr).toMatch(/binary/);
    expect(existsSync(join(t, 'out', 'graph.json'))).toBe(false);
  });

  it('--min-confidence leaves out the entities below it, says how many, and keeps the rest of the graph', () => {
    const t = tempDir();
    temps.push(t);
    const r = runCli(['build', '--min-confidence', '0.8', '--out', join(t, 'out')]);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(t, 'out', 'report.json'), 'utf8'));
    const full = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(full.minConfidence).toBeUndefined();
    expect(report.minConfidence.threshold).toBe(0.8);
    expect(report.minConfidence.leftOut).toBeGreaterThan(0);
    expect(r.stderr).toContain(`entities under confidence 0.8 left out: ${report.minConfidence.leftOut}`);
    expect(report.counts.papers).toBe(54);
    expect(report.counts.edges).toBeLessThan(full.counts.edges);
    const kept = readFileSync(join(t, 'out', 'entities.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const confidences = kept.flatMap((e) => ['methods_proposed', 'methods_mentioned', 'datasets', 'models', 'domains', 'settings', 'techniques', 'metrics'].flatMap((f) => e[f].map((x: { confidence: number }) => x.confidence)));
    expect(Math.min(...confidences)).toBeGreaterThanOrEqual(0.8);
    const bad = runCli(['build', '--min-confidence', '80', '--out', join(t, 'bad')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--min-confidence expects a number from 0 to 1, got '80'/);
  });

  it('--size-by papers sizes graph.gexf, graph.graphml and nodes.csv as the viewer draws them, and graph.json records the choice over the built sizes', () => {
    const t = tempDir();
    temps.push(t);
    const r = runCli(['build', '--size-by', 'papers', '--out', join(t, 'out')]);
    expect(r.status, r.stderr).toBe(0);
    const plain = loadGraphJSON(readFileSync(join(dir, 'graph.json'), 'utf8'));
    const sized = loadGraphJSON(readFileSync(join(t, 'out', 'graph.json'), 'utf8'));
    expect(sized.getAttribute('sizeBy')).toBe('papers');
    expect(sized.mapNodes((_k, a) => a.size)).toEqual(plain.mapNodes((_k, a) => a.size));
    // (what `export --size-by papers` writes from the plain build: one code for both)
    for (const [format, files] of [['gexf', ['graph.gexf']], ['graphml', ['graph.graphml']]] as const) {
      const e = runCli(['export', '--format', format, '--size-by', 'papers', join(dir, 'graph.json')]);
      expect(readFileSync(join(t, 'out', files[0]), 'utf8'), format).toBe(e.stdout);
    }
    const csv = tempDir();
    temps.push(csv);
    runCli(['export', '--format', 'csv', '--size-by', 'papers', join(dir, 'graph.json'), '--out', csv]);
    expect(readFileSync(join(t, 'out', 'nodes.csv'), 'utf8')).toBe(readFileSync(join(csv, 'nodes.csv'), 'utf8'));
    expect(readFileSync(join(t, 'out', 'graph.gexf'), 'utf8')).not.toBe(readFileSync(join(dir, 'graph.gexf'), 'utf8'));
    const bad = runCli(['build', '--size-by', 'size', '--out', join(t, 'bad')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--size-by expects one of links, papers, pagerank/);
  });

  it('prints its help', () => {
    const r = runCli(['build', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: paperweave build/);
  });
});
