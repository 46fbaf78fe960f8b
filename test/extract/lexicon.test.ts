/**
 * The lexicon's own rules (extract/lexicon/README.md): each file sorted by name, every entry real (a ref),
 * categories from the fixed vocabularies, ambiguous forms among the entry's spellings, and a normalised
 * form belonging to at most one entry across all four files (so a match never has to choose).
 */
import { describe, expect, it } from 'vitest';
import { DOMAINS, TECHNIQUES } from '../../src/model.ts';
import { defaultFacets, defaultLexicon } from '../../extract/entities/index.ts';
import { MACHINE_CUES } from '../../extract/entities/extractor.ts';
import { normKey } from '../../extract/entities/phrase-index.ts';

const FAMILIES = ['vlm', 'llm', 'mllm', 'vision-backbone', 'detector', 'segmenter', 'diffusion', 'text-encoder', 'time-series-fm', 'tabular-fm', 'audio'];
// the matcher's own normalisation (NFKD, accents dropped, letters and digits only)
const norm = normKey;
const files = Object.entries(defaultLexicon) as [string, { name: string; aliases?: string[]; ambiguous?: string[]; ref?: string }[]][];

describe('lexicon', () => {
  it.each(files)('%s.json is sorted by name, case-insensitively', (_file, entries) => {
    const names = entries.map((e) => e.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it.each(files.filter(([f]) => f !== 'generic'))('every entry of %s.json has a name and a ref', (_file, entries) => {
    const bad = entries.filter((e) => !e.name?.trim() || !e.ref?.trim()).map((e) => e.name);
    expect(bad).toEqual([]);
  });

  it('ambiguous forms are spellings of their entry (up to case and spacing)', () => {
    const bad: string[] = [];
    for (const [, entries] of files) {
      for (const e of entries) {
        const forms = new Set([e.name, ...(e.aliases ?? [])].map(norm));
        for (const a of e.ambiguous ?? []) if (!forms.has(norm(a))) bad.push(`${e.name}: ${a}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('dataset domains, model families and method techniques come from the vocabularies', () => {
    const bad: string[] = [];
    for (const d of defaultLexicon.datasets) if (d.domain && !(DOMAINS as readonly string[]).includes(d.domain)) bad.push(`${d.name}: ${d.domain}`);
    for (const d of defaultLexicon.datasets) for (const x of d.alsoDomains ?? []) if (!(DOMAINS as readonly string[]).includes(x) || x === d.domain) bad.push(`${d.name}: also ${x}`);
    for (const m of defaultLexicon.models) if (!FAMILIES.includes(m.family ?? "")) bad.push(`${m.name}: ${m.family}`);
    for (const m of defaultLexicon.methods) for (const t of m.techniques ?? []) if (!(TECHNIQUES as readonly string[]).includes(t)) bad.push(`${m.name}: ${t}`);
    for (const g of defaultLexicon.generic) if (g.technique && !(TECHNIQUES as readonly string[]).includes(g.technique)) bad.push(`${g.name}: ${g.technique}`);
    expect(bad).toEqual([]);
  });

  it('a normalised form belongs to one entry across all four files', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    // (but for two names a "+" or "++" apart, SSD and SSD+, PointNet and PointNet++: the extractor reads the signs after
    // the name)
    const plus = (a: string) => /\+*$/.exec(a)![0];
    const plusPair = (a: string, b: string) => a.replace(/^\w+:/, '').replace(/\++$/, '') === b.replace(/^\w+:/, '').replace(/\++$/, '') && plus(a) !== plus(b);
    for (const [file, entries] of files) {
      for (const e of entries) {
        for (const f of new Set([e.name, ...(e.aliases ?? [])].map(norm))) {
          const who = `${file}:${e.name}`;
          const prev = owner.get(f);
          if (prev && prev !== who && !plusPair(prev, who)) clashes.push(`${f}: ${prev} / ${who}`);
          else owner.set(f, who);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('the extractor\'s machine cues are industrial cues of facets.json, as spelt there', () => {
    const industrial = (defaultFacets.domains as Record<string, string[]>).industrial;
    expect([...MACHINE_CUES].filter((c) => !industrial.includes(c))).toEqual([]);
  });

  it('covers the field beyond the bundled corpus', () => {
    const n = files.reduce((k, [, e]) => k + e.length, 0);
    expect(n).toBeGreaterThan(1700);
    for (const name of ['MVTec AD', 'VisA', 'UCF-Crime', 'SMD', 'BraTS', 'HDFS', 'CIFAR-10']) expect(defaultLexicon.datasets.some((d) => d.name === name), name).toBe(true);
    for (const name of ['CLIP', 'DINOv2', 'Grounding DINO', 'LLaVA', 'GPT-4o', 'SAM']) expect(defaultLexicon.models.some((d) => d.name === name), name).toBe(true);
    for (const name of ['PatchCore', 'DRAEM', 'Anomaly Transformer', 'DeepLog', 'WinCLIP']) expect(defaultLexicon.methods.some((d) => d.name === name), name).toBe(true);
  });
});
