import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, useBundledBuild } from './helpers.ts';
import { expectCheckGexf } from '../helpers/check-gexf.ts';
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

  it('lists the bursts, strongest first, from a corpus where VisA takes all of 2023 (--bursts N, --gamma X, --json); graph.json and GEXF carry the strongest', () => {
    const t = tempDir();
    try {
      // test/fixtures/bursts.jsonl: 4 papers a year over 2019-2024, each proposing a method "for sensor streams" (time
      // series), except 2023's four, which evaluate theirs on VisA (industrial) instead.
      const b = runCli(['build', join(ROOT, 'test/fixtures/bursts.jsonl'), '--out', join(t, 'out')], { cwd: t });
      expect(b.status, b.stderr).toBe(0);
      const r = runCli(['stats', join(t, 'out', 'graph.json')]);
      expect(r.status, r.stderr).toBe(0);
      // VisA: 4 of 24 papers (p0 = 1/6), all 4 of 2023: 4 ln 2 = 2.77 > ln 6. Time series: 20 of 24, 4 of 4 in each of
      // 2019-2022 (4 ln(0.9999 / (20/24)) = 0.73 a year, p1 capped below 1), none in 2023.
      expect(r.stdout).toContain([
        'Bursts (Kleinberg, s = 2, γ = 1): 3 bursts of 3 entities, strongest first:',
        '    2.92  2019–2022  domain     time-series',
        '    2.77  2023       domain     industrial',
        '    2.77  2023       dataset    VisA',
      ].join('\n') + '\n');
      const one = runCli(['stats', join(t, 'out', 'graph.json'), '--bursts', '1']).stdout;
      expect(one).toContain('    2.92  2019–2022  domain     time-series\n  … and 2 weaker bursts: --bursts 0 lists them all\n');
      const json = JSON.parse(runCli(['stats', join(t, 'out', 'graph.json'), '--json', '--bursts', '1']).stdout);
      expect(json.bursts.list.map((x: { key: string }) => x.key)).toEqual(['domain:time-series', 'domain:industrial', 'dataset:visa']);
      expect(json.bursts.list[2]).toEqual({ key: 'dataset:visa', label: 'VisA', kind: 'dataset', begin: 2023, end: 2023, strength: 2.77 });
      // The graph keeps each entity's strongest burst; the GEXF carries it as typed attributes.
      const graph = JSON.parse(readFileSync(join(t, 'out', 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
      const bursting = graph.nodes.filter((n) => n.attributes.burst).map((n) => [n.key, n.attributes.burst]);
      expect(bursting).toEqual([
        ['dataset:visa', { begin: 2023, end: 2023, strength: 2.77 }],
        ['domain:industrial', { begin: 2023, end: 2023, strength: 2.77 }],
        ['domain:time-series', { begin: 2019, end: 2022, strength: 2.92 }],
      ]);
      const gexf = readFileSync(join(t, 'out', 'graph.gexf'), 'utf8');
      expect(gexf).toMatch(/<node id="dataset:visa"[^]*?<attvalue for="burstBegin" value="2023"\/>\s*<attvalue for="burstEnd" value="2023"\/>\s*<attvalue for="burstStrength" value="2.77"\/>/);
      expectCheckGexf([join(t, 'out', 'graph.gexf')]);
    } finally {
      rmSync(t, { recursive: true, force: true });
    }
  });

  it('says the bundled graph has no burst at γ = 1 (54 papers over ten years), finds LLMs in 2024 at --gamma 0.5, and refuses a γ above 1', () => {
    const graph = join(built.dir, 'graph.json');
    expect(runCli(['stats', graph]).stdout).toContain('\nBursts (Kleinberg, s = 2, γ = 1): none (a lower --gamma finds weaker ones)\n');
    const half = runCli(['stats', graph, '--gamma', '0.5']).stdout;
    expect(half).toMatch(/Bursts \(Kleinberg, s = 2, γ = 0\.5\): \d+ bursts? of \d+ entit(y|ies), strongest first:\n {4}2\.07 {2}2024 {7}technique {2}llm\n/);
    const bad = runCli(['stats', graph, '--gamma', '2']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--gamma expects a number from 0 to 1, got '2'");
  });
});
