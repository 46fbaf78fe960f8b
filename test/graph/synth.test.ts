import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../extract/readers/index.ts';
import { extractEntities } from '../../extract/entities/index.ts';
import { replaceName, synthCorpus, synthPapers } from '../../src/bench/synth.ts';
import { corpusPapers } from './helpers.ts';
import { runCli, tempDir } from '../cli/helpers.ts';

const templates = corpusPapers().map((paper) => ({ paper, entities: extractEntities(paper) }));

describe('synthetic corpora', () => {
  it('replaces whole names only', () => {
    expect(replaceName('MVTec AD and MVTec-AD2 on MVTec AD.', 'MVTec AD', 'VisA')).toBe('VisA and MVTec-AD2 on VisA.');
    expect(replaceName('SAM and SAMURAI', 'SAM', 'CLIP')).toBe('CLIP and SAMURAI');
  });

  it('is seeded: same seed, same text; another seed, another text', () => {
    expect(synthCorpus(templates, 120, 3)).toBe(synthCorpus(templates, 120, 3));
    expect(synthCorpus(templates, 120, 4)).not.toBe(synthCorpus(templates, 120, 3));
  });

  it('gives N distinct papers that the JSONL reader reads without rejects or merges', () => {
    const text = synthCorpus(templates, 200, 1);
    const read = readInputs([{ file: 'synth.jsonl', text }]);
    expect(read.papers).toHaveLength(200);
    expect(read.rejects).toEqual([]);
    expect(read.merged).toEqual([]);
  });

  it('gives each paper its authors, as many as its template counts, some of them authors of several papers', () => {
    const recs = synthPapers(templates, templates.length * 4, 1);
    recs.forEach((r, i) => {
      const count = templates[i % templates.length].paper.authorsCount;
      expect(r.authors.length, r.title).toBe(count ?? r.authors.length);
      expect(r.authors.length).toBeGreaterThan(0);
      expect(new Set(r.authors).size).toBe(r.authors.length);
    });
    const papersOf = new Map<string, number>();
    for (const r of recs) for (const a of r.authors) papersOf.set(a, (papersOf.get(a) ?? 0) + 1);
    expect(Math.max(...papersOf.values())).toBeGreaterThan(3);
    // the JSONL reader reads them as written
    const read = readInputs([{ file: 'synth.jsonl', text: synthCorpus(templates, 20, 1) }]);
    expect(read.papers.map((p) => p.authors)).toEqual(synthPapers(templates, 20, 1).map((r) => r.authors));
  });

  it('varies proposed method names beyond the first copy of the templates', () => {
    const recs = synthPapers(templates, templates.length * 3, 1);
    const t = templates.findIndex((x) => x.entities.methods_proposed.length > 0);
    const name = templates[t].entities.methods_proposed[0].name;
    const second = recs[templates.length + t];
    expect(recs[t].abstract).toBe(templates[t].paper.abstract);
    expect(second.abstract).not.toBe(templates[t].paper.abstract);
    expect(second.abstract).toMatch(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[A-Z][a-z]+`));
    const proposed = new Set(recs.flatMap((r, i) => extractEntities({ id: `s${i}`, title: r.title, abstract: r.abstract, urls: [], source: { file: 's', line: i + 1 } }).methods_proposed.map((m) => m.name)));
    const base = new Set(templates.flatMap((x) => x.entities.methods_proposed.map((m) => m.name)));
    expect(proposed.size).toBeGreaterThan(base.size * 2);
  });
});

describe('paperweave bench', () => {
  it('prints and writes a Markdown table with every stage', () => {
    const out = tempDir('pw-bench-');
    try {
      const r = runCli(['bench', '--sizes', '120', '--extract-size', '60', '--out', out]);
      expect(r.status, r.stderr).toBe(0);
      const md = readFileSync(join(out, 'bench.md'), 'utf8');
      expect(r.stdout).toBe(md);
      for (const s of ['read', 'extract', 'build', 'clusters', 'layout', 'export']) expect(md).toMatch(new RegExp(`\\| 120 \\| 120 \\| \\d+ \\| \\d+ \\| \\d+ \\| ${s} \\| \\d+ \\| [\\d,]+ \\| [\\d.]+ \\|`));
      expect(readFileSync(join(out, '120', 'graph.json'), 'utf8').length).toBeGreaterThan(1000);
      // The extractor's own figure: `paperweave extract` run as a user runs it, start-up included.
      expect(md).toMatch(/\| 60 \| as run [^|]* \| \d+ \| \d+ \| [\d,]+ \| [\d,]+ \|/);
      expect(readFileSync(join(out, 'extract-60.jsonl'), 'utf8').trim().split('\n')).toHaveLength(60);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
