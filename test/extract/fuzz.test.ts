/**
 * Property test: any text in, well-formed entities out (seeded, so a failure reproduces).
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../extract/entities/index.ts';
import { DOMAINS, SETTINGS, TECHNIQUES } from '../../src/model.ts';

const PIECES = [
  'we propose', 'called', 'named', 'FiLo', 'MVTec-AD', 'MVTec AD', 'VisA', '(', ')', '(ZSAD)', 'Anomaly-driven Generation (AnoGen)',
  ',', '.', ' a novel benchmark', 'dataset', 'datasets such as', 'and', 'CLIP', 'clip', 'zero-shot', 'AUROC', 'segmentation',
  'e.g.', 'et al.', '99.6%', 'Ünïcödé', '日本語', '—', '--', ':', 'the', 'on the', 'Crane', 'ResAD++', 'GPT-4o', '"', "'", '\\eg',
  'student-teacher', 'isolation forest', 'Gaussian Mixture Model', 'Large Language Models (LLMs)', 'A', 'X (Y Z W)', '((', '))',
];

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('extractor on random text', () => {
  it('never throws and always yields well-formed entities', () => {
    const r = rng(42);
    // the loops below check what was found: count it, so that an extractor finding nothing fails
    const found = { named: 0, domains: 0, settings: 0, techniques: 0 };
    for (let n = 0; n < 300; n++) {
      const words = Array.from({ length: Math.floor(r() * 60) }, () => PIECES[Math.floor(r() * PIECES.length)]);
      const title = words.slice(0, 8).join(' ');
      const abstract = words.slice(8).join(' ');
      const e = extractEntities({ id: `f${n}`, title, abstract, urls: [], source: { file: 'fuzz', line: n + 1 } });
      const text = `${title} ${abstract}`;
      for (const x of [...e.methods_proposed, ...e.methods_mentioned, ...e.datasets, ...e.models]) {
        expect(x.name.trim()).not.toBe('');
        expect(text.includes(x.evidence) || x.evidence === title).toBe(true);
        expect(x.confidence).toBeGreaterThanOrEqual(0);
        expect(x.confidence).toBeLessThanOrEqual(1);
      }
      for (const d of e.domains) expect(DOMAINS).toContain(d.name);
      for (const s of e.settings) expect(SETTINGS).toContain(s.name);
      for (const t of e.techniques) expect(TECHNIQUES).toContain(t.name);
      found.named += e.methods_proposed.length + e.methods_mentioned.length + e.datasets.length + e.models.length;
      found.domains += e.domains.length;
      found.settings += e.settings.length;
      found.techniques += e.techniques.length;
    }
    for (const [what, n] of Object.entries(found)) expect(n, what).toBeGreaterThan(100);
  });

  it('an empty abstract is fine', () => {
    const e = extractEntities({ id: 'e', title: 'FiLo: Zero-Shot Anomaly Detection', abstract: '', urls: [], source: { file: 'x', line: 1 } });
    expect(e.methods_proposed.map((m) => m.name)).toEqual(['FiLo']);
  });
});
