import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHfPage } from '../../extract/readers/hf-page.ts';
import { readInputs } from '../../extract/readers/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = 'graph-data/corpus/hf-daily-papers-anomaly-detection.txt';
const corpusText = readFileSync(join(ROOT, CORPUS), 'utf8');
const FIX = join(ROOT, 'test', 'fixtures', 'readers');

describe('the bundled corpus (Hugging Face Daily Papers page)', () => {
  const r = readInputs([{ file: CORPUS, text: corpusText }]);
  const byTitle = (start: string) => {
    const p = r.papers.find((x) => x.title.startsWith(start));
    if (!p) throw new Error(`no paper titled ${start}`);
    return p;
  };

  it('reads 54 papers, 0 rejects, 0 merged', () => {
    expect(r.papers).toHaveLength(54);
    expect(r.rejects).toEqual([]);
    expect(r.merged).toEqual([]);
    expect(r.recordsIn).toBe(54);
  });

  it('skips the page chrome: the first paper is LOKI at line 13', () => {
    expect(r.papers[0].title).toBe('LOKI: A Comprehensive Synthetic Data Detection Benchmark using Large Multimodal Models');
    expect(r.papers[0].source).toEqual({ file: CORPUS, line: 13 });
    expect(r.papers.some((p) => /trending|Subscribe|Daily Papers/.test(p.title))).toBe(false);
  });

  it.each([
    ['LOKI', { authorsCount: 15, date: '2024-10-13', year: 2024, upvotes: 4 }],
    ['FiLo', { authorsCount: 7, date: '2024-04-21', year: 2024, upvotes: undefined }],
    ['Few-Shot Anomaly-Driven Generation', { authorsCount: 5, date: '2025-05-14', year: 2025, upvotes: 2 }],
    ['3CAD', { authorsCount: 7, date: '2025-02-08', year: 2025, upvotes: 2 }],
    ['Going Beyond Conventional OOD Detection', { authorsCount: 1, date: '2024-11-16', year: 2024, upvotes: undefined }],
    ['Entity Embedding-based Anomaly Detection', { authorsCount: 5, date: '2016-08-26', year: 2016, upvotes: undefined }],
    ['Astronomaly at scale', { authorsCount: 4, date: '2023-09-15', year: 2023, upvotes: undefined }],
  ])('%s: authors, date, upvotes', (title, want) => {
    const p = byTitle(title);
    expect({ authorsCount: p.authorsCount, date: p.date, year: p.year, upvotes: p.upvotes }).toEqual(want);
  });

  it('dates without a year take the year after the latest explicit one (2024 -> 2025), with one warning', () => {
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0].message).toMatch(/17 dates without a year taken as 2025 .*latest explicit year, 2024.*--year/);
    expect(byTitle('Crane').date).toBe('2025-04-15');
  });

  it('--year sets the year of dates without one, and then nothing is warned', () => {
    const r2 = readInputs([{ file: CORPUS, text: corpusText }], { year: 2030 });
    expect(r2.warnings).toEqual([]);
    expect(r2.papers.find((p) => p.title.startsWith('Crane'))?.date).toBe('2030-04-15');
    expect(r2.papers.find((p) => p.title.startsWith('FiLo'))?.date).toBe('2024-04-21');
  });

  it('every paper has a date, a year, an author count and a one-paragraph abstract', () => {
    for (const p of r.papers) {
      expect(p.date, p.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.year, p.title).toBe(Number(p.date?.slice(0, 4)));
      expect(p.authorsCount, p.title).toBeGreaterThan(0);
      expect(p.abstract, p.title).not.toMatch(/\n|\s{2}/);
      expect(p.abstract.length, p.title).toBeGreaterThan(100);
    }
  });

  it("mends 3CAD's PDF hyphenation and keeps real hyphens", () => {
    const a = byTitle('3CAD').abstract;
    for (const w of ['they suffer from', 'defect samples', '3C production lines', '27,039 high-resolution images', 'anomaly detection dataset dedicated', 'we introduce a simple', 'small defect anomalies', 'distillation model', 'coarse localization', 'CFRG framework', 'MVTec-AD']) {
      expect(a).toContain(w);
    }
    expect(a).not.toMatch(/\p{L}- \p{Ll}/u);
    expect(byTitle('ResAD++').abstract).toContain('single- and multi-class AD methods');
  });

  it("puts links in urls with a kind and leaves them readable in the abstract", () => {
    const crane = byTitle('Crane');
    expect(crane.urls).toEqual([{ url: 'https://github.com/AlirezaSalehy/Crane', kind: 'code' }]);
    expect(crane.abstract).toContain('The code is available at https://github.com/AlirezaSalehy/Crane.');
    expect(byTitle('LOKI').urls).toEqual([{ url: 'https://opendatalab.github.io/LOKI/', kind: 'project' }]);
    const seas = byTitle('SeaS');
    expect(seas.urls).toEqual([{ url: 'https://github.com/HUST-SLOW/SeaS', kind: 'code' }]);
    expect(seas.abstract).toMatch(/Code is available at https:\/\/github\.com\/HUST-SLOW\/SeaS\.$/);
    expect(r.papers.filter((p) => p.urls.length).length).toBe(27);
  });

  it('gives unique, stable slug ids', () => {
    const ids = r.papers.map((p) => p.id);
    expect(new Set(ids).size).toBe(54);
    expect(byTitle('FiLo').id).toBe('filo-zero-shot-anomaly-detection-by-fine-grained-description-and-high-quality');
    expect(readInputs([{ file: CORPUS, text: corpusText }]).papers.map((p) => p.id)).toEqual(ids);
  });
});

describe('hf-page fixtures', () => {
  it('hf-page.txt: 4 papers, one without a date line, hyphenation mended', () => {
    const file = 'hf-page.txt';
    const r = readHfPage(readFileSync(join(FIX, file), 'utf8'), file);
    expect(r.rejects).toEqual([]);
    expect(r.papers.map((p) => [p.source.line, p.authorsCount, p.date, p.upvotes])).toEqual([
      [13, 15, '2024-10-13', 4],
      [21, 5, '2025-05-14', 2],
      [29, 6, undefined, undefined],
      [35, 7, '2024-04-21', undefined],
    ]);
    expect(r.papers[1].abstract).toContain('scarcity of anomaly samples in');
    expect(r.papers[2].abstract).toContain('uses high-resolution features');
    expect(r.papers[2].year).toBeUndefined();
    expect(r.warnings.map((w) => w.line)).toEqual([27]);
  });

  it('hf-page-malformed.txt: each bad record is a reject at its title line', () => {
    const file = 'hf-page-malformed.txt';
    const r = readHfPage(readFileSync(join(FIX, file), 'utf8'), file);
    expect(r.papers.map((p) => p.title.split(':')[0])).toEqual(['SimpleNet', 'AnomalyCLIP']);
    expect(r.rejects.map((x) => [x.line, x.reason.replace(/^"[^"]*": /, '')])).toEqual([
      [13, 'no abstract'],
      [19, 'unparseable date "Feb 30, 2023" (line 25): no such day'],
      [27, 'unparseable date "Smarch 30, 2024" (line 33)'],
    ]);
    expect(r.rejects.every((x) => x.file === file)).toBe(true);
  });

  it('a one-sentence abstract under 100 characters right before the authors line is read, not taken for a title', () => {
    const text = [
      'Daily Papers', '', 'ShortNet: Tiny Anomaly Detection', '', 'We detect defects with a GAN', '', '  • 3 authors', '·', 'May 3, 2024', '',
      // a title alone before the authors line is still a title without abstract, not an abstract
      'Some Unrecognised Page Text', '', 'AnomalyGPT: Detecting Industrial Anomalies using Large Vision-Language Models', '', '  • 6 authors', '·', 'May 4, 2024', '',
    ].join('\n');
    const r = readHfPage(text, 'x.txt');
    expect(r.papers.map((p) => [p.title, p.abstract, p.authorsCount])).toEqual([['ShortNet: Tiny Anomaly Detection', 'We detect defects with a GAN', 3]]);
    expect(r.rejects.map((x) => [x.line, x.reason.replace(/^"[^"]*": /, '')])).toEqual([[13, 'no abstract']]);
  });

  it('a date with no year anywhere leaves the paper undated, with a warning', () => {
    const text = 'A Title\n\nAn abstract long enough to be one, with a sentence. And another sentence here.\n\n  • 2 authors\n·\nMay 14 2\n';
    const r = readHfPage(text, 'x.txt');
    expect(r.papers).toHaveLength(1);
    expect(r.papers[0]).toMatchObject({ authorsCount: 2, upvotes: 2 });
    expect(r.papers[0].date).toBeUndefined();
    expect(r.warnings[0].message).toMatch(/no year anywhere in the file.*--year/);
    expect(readHfPage(text, 'x.txt', { year: 2025 }).papers[0].date).toBe('2025-05-14');
  });
});
