/**
 * `paperweave extract` and `paperweave eval` run as a user runs them.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT, runCli, useBundledBuild } from '../cli/helpers.ts';

const line = (title: string, abstract: string) => JSON.stringify({ title, abstract });
const INPUT = [
  line('Zorblax: Learning to Spot Defects', 'We propose Zorblax, a novel framework. Experiments on MVTec AD show 99.1% AUROC.'),
  line('QuuxBench: A Benchmark for Tabular Anomalies', 'We introduce QuuxBench, a novel benchmark designed to evaluate detectors.'),
  line('A Study of Anomalies', 'We fine-tune CLIP with learnable prompts for zero-shot anomaly segmentation on VisA.'),
].join('\n') + '\n';

describe('paperweave extract', () => {
  it('prints one JSON object per paper, in input order, from a pipe', () => {
    const r = runCli(['extract', '-'], { input: INPUT });
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.title)).toEqual(['Zorblax: Learning to Spot Defects', 'QuuxBench: A Benchmark for Tabular Anomalies', 'A Study of Anomalies']);
    expect(Object.keys(out[0])).toEqual(['id', 'title', 'methods_proposed', 'methods_mentioned', 'datasets', 'models', 'domains', 'settings', 'techniques', 'metrics']);
    // (its evidence the sentence that proposes it, not the title that names it)
    expect(out[0].methods_proposed[0]).toMatchObject({ name: 'Zorblax', evidence: 'We propose Zorblax, a novel framework.' });
    expect(out[1].datasets[0]).toMatchObject({ name: 'QuuxBench', role: 'introduced' });
    expect(out[2].models.map((m: { name: string }) => m.name)).toContain('CLIP');
    expect(r.stderr).toContain('extract: 3 papers');
  });

  it('says on stderr which record it merged into an earlier one (no line of its own): nothing goes silently', () => {
    const dup = line('Zorblax: Learning to Spot Defects', 'We propose Zorblax, a novel framework, again.');
    const r = runCli(['extract', '-'], { input: INPUT + dup + '\n' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).toContain('<stdin>:4: merged into zorblax-learning-to-spot-defects (same title)');
    expect(r.stderr).toContain('extract: 3 papers, 1 merged');
  });

  it('streams: the first paper comes out before the input has ended', async () => {
    const child = spawn(process.execPath, [CLI, 'extract', '-'], { cwd: ROOT, env: { ...process.env, CI: 'true' } });
    const lines = INPUT.trim().split('\n');
    child.stdin.write(lines[0] + '\n');
    // wait for the first record with stdin still open: a command that read everything first never answers here
    const first = await new Promise<string>((resolve, reject) => {
      let buf = '';
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString('utf8');
        if (buf.includes('\n')) resolve(buf.split('\n')[0]);
      });
      child.on('exit', (code) => reject(new Error(`exited (${code}) before any output`)));
    });
    expect(JSON.parse(first).title).toBe('Zorblax: Learning to Spot Defects');
    child.stdin.end(lines.slice(1).join('\n') + '\n');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
  });

  it('stops quietly, status 0, when its reader closes the pipe (as in `paperweave extract x | head -1`)', async () => {
    // (2,000 papers: their output outlasts the pipe's buffer, so writes go on after the reader has gone)
    const many = Array.from({ length: 2000 }, (_, i) => line(`Zorblax-${i}: Learning to Spot Defects`, 'We propose a novel framework. Experiments on MVTec AD and VisA show 99.1% AUROC.')).join('\n') + '\n';
    const child = spawn(process.execPath, [CLI, 'extract', '-'], { cwd: ROOT, env: { ...process.env, CI: 'true' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    // (the run ends before it has read all its input: the rest of this write meets a closed pipe too)
    child.stdin.on('error', () => {});
    child.stdin.end(many);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  it('--min-confidence leaves out entities below it and counts them on stderr', () => {
    const all = runCli(['extract']);
    const some = runCli(['extract', '--min-confidence', '0.9']);
    expect(some.status, some.stderr).toBe(0);
    const conf = (out: string) => out.trim().split('\n').flatMap((l) => {
      const e = JSON.parse(l);
      return ['methods_proposed', 'methods_mentioned', 'datasets', 'models', 'domains', 'settings', 'techniques', 'metrics'].flatMap((f) => e[f].map((x: { confidence: number }) => x.confidence));
    });
    const a = conf(all.stdout);
    const b = conf(some.stdout);
    expect(Math.min(...b)).toBeGreaterThanOrEqual(0.9);
    expect(b.length).toBe(a.filter((x) => x >= 0.9).length);
    expect(some.stderr).toContain(`extract: 54 papers, ${a.length - b.length} entities under confidence 0.9 left out`);
    expect(all.stderr).not.toContain('left out');
    for (const bad of ['1.5', '-0.1', 'high', '.']) {
      const r = runCli(['extract', '--min-confidence', bad]);
      expect(r.status, bad).toBe(2);
      // ("-0.1" reads as an option to node's parser: a usage error too, in its words)
      expect(r.stderr).toMatch(bad === '-0.1' ? /--min-confidence/ : /--min-confidence expects a number from 0 to 1/);
    }
  });

  it('--results gives a dataset the scores its abstract reports there, the figures build puts on the paper\'s link', () => {
    const r = runCli(['extract', '--results', '-'], { input: INPUT });
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0].datasets).toEqual([expect.objectContaining({ name: 'MVTec AD', role: 'evaluated', results: [{ metric: 'AUROC', value: '99.1%', evidence: 'Experiments on MVTec AD show 99.1% AUROC.' }] })]);
    // (a dataset with no figure has no key; nor has any dataset without the option)
    expect(out[2].datasets.map((d: { name: string }) => d.name)).toContain('VisA');
    expect(out[2].datasets.some((d: object) => 'results' in d)).toBe(false);
    expect(runCli(['extract', '-'], { input: INPUT }).stdout).not.toContain('"results"');
    // (read with the paper's methods, as build reads them: a method the paper only names is no subject of its results,
    // and a figure the sentence gives to it is its, "method": "PatchCore")
    const other = line('Zorblax: Learning to Spot Defects', 'We propose Zorblax, a novel framework. PatchCore achieves 99.1% AUROC on MVTec AD, but it needs a large memory bank. Zorblax reaches 98.2% AUROC on MVTec AD with none.');
    const o = JSON.parse(runCli(['extract', '--results', '-'], { input: other + '\n' }).stdout);
    expect(o.methods_mentioned.map((m: { name: string }) => m.name)).toContain('PatchCore');
    expect(o.datasets[0].results.map((x: { value: string; method?: string }) => [x.value, x.method])).toEqual([['99.1%', 'PatchCore'], ['98.2%', undefined]]);
  });

  describe('--results on the bundled corpus', () => {
    const built = useBundledBuild();
    it('gives every figure of the built graph\'s paper-dataset links, and no other', () => {
      const r = runCli(['extract', '--results']);
      expect(r.status, r.stderr).toBe(0);
      const fromExtract: string[] = [];
      for (const l of r.stdout.trim().split('\n')) {
        const e = JSON.parse(l);
        for (const d of e.datasets) for (const x of d.results ?? []) fromExtract.push(`${e.title} | ${d.name} | ${x.metric} ${x.value}`);
      }
      const g = JSON.parse(readFileSync(join(built.dir, 'graph.json'), 'utf8'));
      const label = new Map<string, string>(g.nodes.map((n: { key: string; attributes: { label: string } }) => [n.key, n.attributes.label]));
      const fromGraph: string[] = [];
      for (const e of g.edges) {
        if (!e.attributes.results) continue;
        for (const x of e.attributes.results.split('; ')) fromGraph.push(`${label.get(e.source)} | ${label.get(e.target)} | ${x}`);
      }
      expect(fromGraph.length).toBeGreaterThanOrEqual(8);
      expect(fromExtract.sort()).toEqual(fromGraph.sort());
    });
  });

  it('is deterministic on the bundled corpus', () => {
    const a = runCli(['extract']);
    const b = runCli(['extract']);
    expect(a.status).toBe(0);
    expect(a.stdout.trim().split('\n')).toHaveLength(54);
    expect(a.stdout).toBe(b.stdout);
  });

  it('names a missing input and exits 2', () => {
    const r = runCli(['extract', 'no-such-file.jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such-file.jsonl: no such file');
  });
});

describe('paperweave eval', () => {
  it('scores the held-out dev set from its own abstracts, as JSON', () => {
    const r = runCli(['eval', '--gold', 'test/gold/heldout-dev.json', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep.papers.length).toBeGreaterThanOrEqual(10);
    expect(rep.named.f1).toBeGreaterThan(0.9);
    expect(Object.keys(rep.fields)).toEqual(['methods_proposed', 'methods_mentioned', 'methods', 'datasets', 'models', 'domains', 'settings', 'techniques', 'metrics']);
  });

  it('scores predictions from a file, and a broken gold file names the record', () => {
    const r = runCli(['eval', '--gold', 'test/gold/heldout-dev.json', '--predictions', 'test/gold/heldout-dev.json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/named micro\s+1\.000\s+1\.000\s+1\.000/);
    const bad = runCli(['eval', '--gold', 'package.json']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('package.json: expected a JSON array of gold records');
  });
});
