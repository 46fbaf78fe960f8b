import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, useBundledBuild } from './helpers.ts';

const built = useBundledBuild();
const graphFile = () => join(built.dir, 'graph.json');

describe('paperweave shared', () => {
  it('lists the methods that share benchmarks with a method, ranked', () => {
    const r = runCli(['shared', 'MuSc', graphFile(), '--json']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.method).toBe('method:musc');
    expect(out.benchmarks).toEqual(expect.arrayContaining(['MVTec AD', 'VisA']));
    expect(out.shared.length).toBeGreaterThan(2);
    for (let i = 1; i < out.shared.length; i++) expect(out.shared[i - 1].count).toBeGreaterThanOrEqual(out.shared[i].count);
    for (const s of out.shared) expect(s.datasets.some((d: string) => out.benchmarks.includes(d))).toBe(true);
  });

  it('matches a method by normalised name, and prints a table', () => {
    const r = runCli(['shared', 'musc', graphFile()]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^MuSc: benchmarked on /);
    expect(r.stdout).toMatch(/rank\s+method\s+shared\s+jaccard/);
    expect(r.stdout).toMatch(/\n\s+1\s+\S/);
  });

  it('says so when no method matches (exit 1) and on usage errors (exit 2)', () => {
    const r = runCli(['shared', 'NoSuchMethodAnywhere', graphFile()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no method named 'NoSuchMethodAnywhere'/);
    expect(runCli(['shared']).status).toBe(2);
  });

  it("README: an example that builds one's own papers names --out (without it, it overwrote the bundled graph that the next example reads)", () => {
    const builds = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/^npx paperweave build (\S+.*)$/gm)].map((m) => m[1]);
    expect(builds.length).toBeGreaterThan(0);
    for (const args of builds) expect(args).toMatch(/--out \S+/);
  });

  it("runs the README's example on the bundled graph (it named PatchCore, which the bundled corpus has not: exit 1)", () => {
    const examples = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/^npx paperweave shared (\S+)(?:\s+#.*)?$/gm)].map((m) => m[1]);
    expect(examples.length).toBeGreaterThan(0);
    for (const method of examples) {
      const r = runCli(['shared', method, graphFile()]);
      expect([method, r.status, r.stderr]).toEqual([method, 0, '']);
    }
  });

  it('reads a graph.json without aliases or urls (another program wrote it) instead of stopping with a TypeError', () => {
    const g = JSON.parse(readFileSync(graphFile(), 'utf8'));
    for (const n of g.nodes) {
      delete n.attributes.aliases;
      delete n.attributes.urls;
    }
    const lean = join(built.dir, '..', 'lean.json');
    writeFileSync(lean, JSON.stringify(g));
    const miss = runCli(['shared', 'NoSuchMethodAnywhere', lean]);
    expect([miss.status, miss.stderr]).toEqual([1, expect.stringMatching(/^paperweave shared: no method named 'NoSuchMethodAnywhere'/)]);
    const hit = runCli(['shared', 'MuSc', lean]);
    expect([hit.status, hit.stderr]).toEqual([0, '']);
  });
});
