import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, useBundledBuild } from './helpers.ts';
import { formatStats } from '../../src/cli/commands/stats.ts';

const built = useBundledBuild();

describe('paperweave stats', () => {
  it('prints counts per kind, the largest entities and the clusters with their labels', () => {
    const report = JSON.parse(readFileSync(join(built.dir, 'report.json'), 'utf8'));
    const r = runCli(['stats', join(built.dir, 'graph.json')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${report.counts.nodes} nodes (54 papers`);
    expect(r.stdout).toMatch(new RegExp(`method\\s+${report.counts.entities.method}\\n`));
    expect(r.stdout).toMatch(/Largest entities \(papers\):\n\s+method/);
    expect(r.stdout).toMatch(/dataset\s+MVTec AD \(\d+\)/);
    // the scores the bundled abstracts report (src/analysis/results.ts): AnomalyGPT's three on MVTec AD among them
    expect(r.stdout).toContain('Reported results: 11 figures on 8 paper-dataset links (AUROC 6, accuracy 2, pixel-AUROC 2, PRO 1)');
    for (const c of report.clusters) expect(r.stdout).toContain(c.label);
  });

  it('says "1 node (1 paper, 0 entities), 0 edges" of a graph of one paper with no entity, and build says "1 node, 0 edges"', () => {
    const t = tempDir();
    try {
      writeFileSync(join(t, 'one.jsonl'), JSON.stringify({ title: 'A note', abstract: 'We write a short note here. It has two sentences.' }) + '\n');
      const b = runCli(['build', join(t, 'one.jsonl'), '--out', join(t, 'out')], { cwd: t });
      expect(b.status, b.stderr).toBe(0);
      expect(b.stderr).toMatch(/graph: 1 node, 0 edges\n/);
      expect(b.stderr).toMatch(/modularity 0\)/);
      const r = runCli(['stats', join(t, 'out', 'graph.json')]);
      expect(r.stdout).toContain('1 node (1 paper, 0 entities), 0 edges');
      expect(r.stdout).toMatch(/ 1 node {2}\s+1 paper {3}/);
    } finally {
      rmSync(t, { recursive: true, force: true });
    }
  });

  it('lists the largest clusters (24 by default, --clusters N, 0 for all) and counts the rest on one line: 3,058 papers printed 469', () => {
    const s = JSON.parse(runCli(['stats', join(built.dir, 'graph.json'), '--json', '--clusters', '3']).stdout);
    expect(s.clusters.length).toBeGreaterThan(3); // (the JSON keeps every cluster)
    const bySize = [...s.clusters].sort((a: { size: number; id: number }, b: { size: number; id: number }) => b.size - a.size || a.id - b.id);
    const r = runCli(['stats', join(built.dir, 'graph.json'), '--clusters', '3']);
    expect(r.status, r.stderr).toBe(0);
    const listed = r.stdout.split('\n').filter((l) => /^\s+#\d+/.test(l)).map((l) => Number(/#(\d+)/.exec(l)![1]));
    expect(listed).toEqual(bySize.slice(0, 3).map((c: { id: number }) => c.id));
    const rest = bySize.slice(3);
    const sum = (k: 'size' | 'papers') => rest.reduce((n: number, c: Record<string, number>) => n + c[k], 0);
    expect(r.stdout).toContain(`  … and ${rest.length} smaller clusters (${sum('size')} nodes, ${sum('papers')} papers; the largest of ${rest[0].size} nodes): --clusters 0 lists them all\n`);
    // the bundled graph's clusters are fewer than 24: all listed by default, and by --clusters 0, with no "… and" line
    for (const args of [[], ['--clusters', '0']]) {
      const all = runCli(['stats', join(built.dir, 'graph.json'), ...args]).stdout;
      expect(all.split('\n').filter((l) => /^\s+#\d+/.test(l))).toHaveLength(s.clusters.length);
      expect(all).not.toContain('smaller cluster');
    }
    // a big graph's: 30 clusters print 24 and the line
    const many = { ...s, clusters: Array.from({ length: 30 }, (_, i) => ({ id: i, label: `c${i}`, size: 40 - i, papers: 1, topEntities: [] })) };
    const text = formatStats(many);
    expect(text.split('\n').filter((l) => /^\s+#\d+/.test(l))).toHaveLength(24);
    expect(text).toContain('… and 6 smaller clusters (81 nodes, 6 papers; the largest of 16 nodes)');
    expect(runCli(['stats', join(built.dir, 'graph.json'), '--clusters', 'x']).stderr).toContain("--clusters expects a whole number, got 'x'");
  });

  it('prints the same as JSON with --json', () => {
    const r = runCli(['stats', join(built.dir, 'graph.json'), '--json', '--top', '2']);
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.papers).toBe(54);
    expect(s.largest.dataset).toHaveLength(2);
    expect(s.clusters[0].papers).toBeGreaterThan(0);
    expect(s.clusters.reduce((n: number, c: { size: number }) => n + c.size, 0)).toBe(s.nodes);
    // the same figures as the text (it was checked on its own): every count, the largest entities and the clusters
    const text = runCli(['stats', join(built.dir, 'graph.json'), '--top', '2']);
    expect(text.status, text.stderr).toBe(0);
    const entities = Object.values(s.entities as Record<string, number>).reduce((a, b) => a + b, 0);
    const lines = text.stdout.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    expect(lines[0]).toBe(`${s.name}: ${s.nodes} nodes (${s.papers} papers, ${entities} entities), ${s.edges} edges`);
    for (const [kind, n] of Object.entries(s.entities)) expect(lines, kind).toContain(`${kind} ${n}`);
    for (const [relation, n] of Object.entries(s.edgesByRelation)) expect(lines, relation).toContain(`${relation} ${n}`);
    for (const [kind, top] of Object.entries(s.largest as Record<string, { label: string; papers: number }[]>)) {
      expect(lines, kind).toContain(`${kind} ${top.map((e) => `${e.label} (${e.papers})`).join(', ')}`);
    }
    for (const c of s.clusters) expect(lines).toContain(`#${c.id} ${c.size} nodes ${c.papers} paper${c.papers === 1 ? '' : 's'} ${c.label}`);
    expect(s.results).toEqual({ figures: 11, links: 8, byMetric: { AUROC: 6, accuracy: 2, 'pixel-AUROC': 2, PRO: 1 } });
    expect(lines).toContain(`Reported results: ${s.results.figures} figures on ${s.results.links} paper-dataset links (${Object.entries(s.results.byMetric).map(([m, n]) => `${m} ${n}`).join(', ')})`);
  });

  it("reads the graph from standard input with '-', as every command reads '-' (stats, shared and export said '-: no such file')", () => {
    const file = join(built.dir, 'graph.json');
    const input = readFileSync(file, 'utf8');
    const stats = runCli(['stats', '-'], { input });
    expect([stats.status, stats.stderr]).toEqual([0, '']);
    expect(stats.stdout).toBe(runCli(['stats', file]).stdout);
    const shared = runCli(['shared', 'MuSc', '-', '--json'], { input });
    expect([shared.status, shared.stderr]).toEqual([0, '']);
    expect(shared.stdout).toBe(runCli(['shared', 'MuSc', file, '--json']).stdout);
    const gexf = runCli(['export', '--format', 'gexf', '-'], { input });
    expect(gexf.status, gexf.stderr).toBe(0);
    expect(gexf.stdout).toBe(readFileSync(join(built.dir, 'graph.gexf'), 'utf8'));
    const bad = runCli(['stats', '-'], { input: '{' });
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/^paperweave stats: <stdin>: graph\.json: not valid JSON/)]);
  });

  it('says which file is missing', () => {
    const r = runCli(['stats', 'nope.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: no such file/);
  });
});
