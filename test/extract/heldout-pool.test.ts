import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/model.ts';
import type { GoldRecord } from '../../extract/entities/index.ts';
import { NEVER_LOOKED_AT, facetOf, namedOf, poolHeldout, setOrder, updateSummary, updateTable } from '../../src/bench/heldout.ts';

const LONG = 'We study anomaly detection on industrial images with a memory bank of patch features and report results.';
const paper = (title: string, abstract = LONG): Paper => ({ id: title, title, abstract, urls: [], source: { file: 'x', line: 1 } });
const gold = (title: string, method: string): GoldRecord => ({ title, methods_proposed: [{ name: method }], methods_mentioned: [], datasets: [], models: [], domains: ['industrial'], settings: [], techniques: [], metrics: [] }) as GoldRecord;
// a stand-in extractor: proposes the title's first word, tags industrial
const extract = (p: Paper) => ({ title: p.title, methods_proposed: [{ name: p.title.split(':')[0] }], domains: ['industrial'] }) as never;

describe('npm run eval:heldout: pooled figures over the held-out sets', () => {
  it('orders sets as collected: dev, one-letter names, then two-letter names', () => {
    expect(['ab', 'i', 'dev', 'b', 'aa', 'ba'].sort(setOrder)).toEqual(['dev', 'b', 'i', 'aa', 'ab', 'ba']);
  });

  it('names the README\'s seventy-six never-looked-at sets', () => {
    expect(NEVER_LOOKED_AT).toHaveLength(76);
    expect(new Set(NEVER_LOOKED_AT).size).toBe(76);
    // the names themselves, as the README lists them ("heldout-i, -aa, -ab, -ao to -ar, … and -ig"): it counted them only
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const list = /sets were never looked at \(only their totals were read, never a miss\): (heldout-[^.]*?)\. /.exec(readme)?.[1];
    expect(list, 'the README\'s list of never-looked-at sets').toBeDefined();
    const next = (name: string) => {
      const c = [...name].map((ch) => ch.charCodeAt(0) - 97);
      for (let i = c.length - 1; i >= 0; i--) {
        if (++c[i] < 26) break;
        c[i] = 0;
      }
      return String.fromCharCode(...c.map((x) => x + 97));
    };
    const named: string[] = [];
    for (const item of list!.replace(/^heldout/, '').split(/, (?:and )?| and /)) {
      const m = /^-([a-z]+)(?: to -([a-z]+))?$/.exec(item.trim());
      expect(m, item).not.toBeNull();
      for (let x = m![1]; ; x = next(x)) {
        named.push(x);
        if (!m![2] || x === m![2]) break;
        expect(x.length, item).toBeLessThanOrEqual(m![2].length);
      }
    }
    expect([...NEVER_LOOKED_AT].sort()).toEqual([...named].sort());
  });

  it('leaves out a never-looked-at paper found in a looked-at set (by title or by its abstract\'s start) or in an earlier never-looked-at set', () => {
    const sets = [
      { name: 'dev', gold: [gold('Copy: one', 'Copy')], papers: [paper('Copy: one')] },
      { name: 'i', gold: [gold('Copy: one', 'Copy'), gold('Own: two', 'Own'), gold('Retitled: three', 'Retitled')], papers: [paper('Copy: one'), paper('Own: two', 'A different abstract about video anomalies that is long enough to be compared with the others here.'), paper('Retitled: three')] },
      { name: 'aa', gold: [gold('Own: two', 'Own'), gold('New: four', 'Wrong')], papers: [paper('Own: two', 'x'), paper('New: four', 'y')] },
    ];
    const r = poolHeldout(sets, extract);
    // i: "Copy" is heldout-dev's, "Retitled" shares dev's abstract; aa: "Own" was in i
    expect(r.sets.map((s) => [s.name, s.left, s.counts.papers])).toEqual([['dev', 0, 1], ['i', 2, 1], ['aa', 1, 1]]);
    expect(namedOf(r.never)).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(facetOf(r.never)).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(namedOf(r.dev)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('npm run eval:heldout -- --readme: the tables it rewrites', () => {
  const sets = [
    { name: 'dev', gold: [gold('Copy: one', 'Copy')], papers: [paper('Copy: one')] },
    { name: 'i', gold: [gold('Own: two', 'Own'), gold('New: four', 'Wrong')], papers: [paper('Own: two', 'A second abstract, long enough to be compared with the others, about video anomalies in the wild.'), paper('New: four', 'Another abstract, long enough to be compared with the others, about logs and their anomalies.')] },
    { name: 'zz', gold: [gold('Late: five', 'Late')], papers: [paper('Late: five')] },
  ];
  const r = poolHeldout(sets, extract);
  const bundled = r.dev;
  const HEAD = '| measured on | papers | methods_proposed | methods_mentioned | datasets | models | domains | settings | techniques | metrics | **named micro-F1** | **facet micro-F1** |';
  const SETS = '| gold set | papers | use | methods_proposed | methods_mentioned | datasets | models | domains | settings | techniques | metrics | **named micro-F1** | **facet micro-F1** |';

  it('writes the README\'s summary anew: bundled, never looked at, dev pool, and keeps the text around it', () => {
    const readme = ['intro', '', HEAD, '|---|', '| stale | 1 | row |', '', 'after'].join('\n');
    const out = updateSummary(readme, r, bundled).split('\n');
    expect(out.slice(0, 4)).toEqual(['intro', '', HEAD, '|---|']);
    expect(out.slice(-2)).toEqual(['', 'after']);
    expect(out.slice(4, -2)).toEqual([
      // (a field with nothing to find and nothing found scores 1)
      '| bundled corpus (test/gold/seed-gold.json) | 2 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | **1.000** | **1.000** |',
      // i: Own right; Wrong missed and New given
      '| **never looked at** (1 sets, copies left out): unseen papers | 2 | 0.500 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | **0.500** | **1.000** |',
      '| dev pool (2 sets, looked at while writing rules) | 2 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | **1.000** | **1.000** |',
    ]);
  });

  it('rewrites each per-set row in place, keeps its "use" words and adds a set the table lacks after the looked-at rows', () => {
    const doc = [SETS, '|---|', '| heldout-dev | 9 | tuned on | x |', '| heldout-i | 9 | **never looked at** | x |', ''].join('\n');
    const out = updateTable(doc, r, bundled).split('\n');
    expect(out[2]).toMatch(/^\| heldout-dev \| 1 \| tuned on \| 1\.000 \|/);
    expect(out[3]).toMatch(/^\| heldout-zz \| 1 \| tuned on \(after a blind score\) \| 1\.000 \|/);
    expect(out[4]).toMatch(/^\| heldout-i \| 2 \| \*\*never looked at\*\* \| 0\.500 \|/);
  });

  it('names the file whose table is missing', () => {
    expect(() => updateSummary('no table here', r, bundled)).toThrow(/README\.md: the table's header row was not found/);
    expect(() => updateTable('no table here', r, bundled)).toThrow(/extract\/QUALITY\.md/);
  });
});
