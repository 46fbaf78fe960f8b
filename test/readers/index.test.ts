import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createStreamReader,
  detectFormat,
  FORMAT_NAMES,
  readInputs,
  UnreadableInputError,
} from '../../extract/readers/index.ts';
import type { ReadResult } from '../../src/model.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIX = join(ROOT, 'test', 'fixtures', 'readers');
const load = (name: string) => ({ file: name, text: readFileSync(join(FIX, name), 'utf8') });
const CORPUS = 'graph-data/corpus/hf-daily-papers-anomaly-detection.txt';
const corpus = { file: CORPUS, text: readFileSync(join(ROOT, CORPUS), 'utf8') };

describe('detectFormat', () => {
  it.each([
    ['<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry></entry></feed>', 'a.xml', 'arxiv-atom'],
    ['[{"title": "x"}]', 'a.txt', 'json'],
    ['  {"title": "x", "abstract": "y"}\n{"title": "z"}', 'a.txt', 'jsonl'],
    ['{\n  "title": "x",\n  "abstract": "y"\n}', 'a.json', 'json'],
    ['{"title": "broken', 'a.jsonl', 'jsonl'],
    ['% refs\n@article{key2020,\n title = {T}}', 'refs.txt', 'bibtex'],
    ['Title\n\nAbstract.\n\n  • 3 authors\n·\nMay 1', 'page', 'hf-page'],
    ['Title,Abstract,Year\nT,A,2020\n', 'a.dat', 'csv'],
    ['title\tsummary\nT\tA\n', 'a.tsv', 'csv'],
    ['name;year\nx;2020\n', 'a.csv', 'csv'],
    ['name;year\nx;2020\n', 'a.dat', null],
    ['hello world\n', 'notes.txt', null],
    ['   \n\n', 'blank.txt', null],
  ])('%j (%s) -> %s', (text, file, format) => expect(detectFormat(text, file)).toBe(format));

  it('lists every format', () => expect([...FORMAT_NAMES]).toEqual(['hf-page', 'jsonl', 'json', 'csv', 'bibtex', 'arxiv-atom', 'ris', 'wos', 'endnote', 'pubmed']));
});

describe('unreadable inputs', () => {
  it.each([
    ['empty.txt', '', 'empty file'],
    ['blank.jsonl', '\n  \n', 'empty file'],
    ['image.png', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'binary file, not text'],
    ['notes.txt', 'just some notes\nnothing more\n', 'unrecognised format'],
  ])('%s: %s', (file, text, why) => {
    let err: unknown;
    try {
      readInputs([{ file, text }]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnreadableInputError);
    expect((err as Error).message).toBe(
      `${file}: ${why}; expected one of: Hugging Face Daily Papers page text, JSONL, JSON array, CSV, BibTeX, arXiv Atom XML, RIS, Web of Science plain text, EndNote/refer tagged text, PubMed (MEDLINE) text`,
    );
  });

  it('a CSV header without a title column is unreadable, and says so', () => {
    expect(() => readInputs([{ file: 'a.csv', text: 'label,abstract\nx,y\n' }])).toThrow(/a\.csv: CSV header "label,abstract" names no title column; expected one of/);
  });
});

describe('encodings: BOM, CRLF and NFD read as plain UTF-8', () => {
  const variants = (text: string) => ({
    bom: '\ufeff' + text,
    crlf: text.replace(/\n/g, '\r\n'),
    nfd: text.normalize('NFD'),
    all: '\ufeff' + text.normalize('NFD').replace(/\n/g, '\r\n'),
  });
  const files = ['papers.jsonl', 'papers.json', 'papers.csv', 'papers.bib', 'arxiv.xml', 'hf-page.txt'];
  it.each(files)('%s', (name) => {
    // Four of the six fixtures hold no accented letter, so their NFD form was the text itself: an accent in every
    // abstract's 'the' gives each one letters to decompose.
    const { file, text: original } = load(name);
    const text = original.replace(/\bthe\b/g, 'th\u00e9');
    const plain = readInputs([{ file, text }]);
    expect(plain.papers.length).toBeGreaterThan(0);
    expect(plain.papers.some((p) => p.abstract.includes('th\u00e9'))).toBe(true);
    for (const [kind, v] of Object.entries(variants(text))) {
      expect(v, `${name} ${kind}`).not.toBe(text);
      expect(readInputs([{ file, text: v }]), `${name} ${kind}`).toEqual(plain);
    }
  });
  it('an NFD title has the same id and text as its NFC form', () => {
    const r = readInputs([{ file: 'a.jsonl', text: JSON.stringify({ title: 'Sch\u00f6lkopf caf\u00e9', abstract: 'Na\u00efve.' }).normalize('NFD') }]);
    expect(r.papers[0]).toMatchObject({ id: 'scholkopf-cafe', title: 'Sch\u00f6lkopf caf\u00e9', abstract: 'Na\u00efve.' });
  });
});

const concat = (parts: ReadResult[]) => ({
  papers: parts.flatMap((p) => p.papers),
  rejects: parts.flatMap((p) => p.rejects),
  warnings: parts.flatMap((p) => p.warnings),
  merged: parts.flatMap((p) => p.merged),
  recordsIn: parts.reduce((a, p) => a + p.recordsIn, 0),
});

describe('ids and duplicates across inputs', () => {
  it('merges the same paper by title, DOI or arXiv id and reports each merge', () => {
    const r = readInputs([load('papers.jsonl'), load('arxiv.xml'), load('papers.bib'), load('hf-page.txt'), load('papers.json')]);
    expect(r.merged.map((m) => [m.kept, m.dropped.file, m.dropped.line, m.reason])).toEqual([
      // WinCLIP: arXiv id 2303.14814 in both.
      ['winclip-zero-few-shot-anomaly-classification-and-segmentation', 'arxiv.xml', 68, 'arxiv-id'],
      // PatchCore: DOI in both.
      ['towards-total-recall-in-industrial-anomaly-detection', 'papers.bib', 4, 'doi'],
      // FiLo: arXiv 2404.13671 (Atom) vs the HF page (title only).
      ['filo-zero-shot-anomaly-detection-by-fine-grained-description-and-high-quality', 'hf-page.txt', 35, 'title'],
      // DRAEM: arXiv 2108.07610 (BibTeX howpublished) vs the url of the JSON element.
      ['draem-a-discriminatively-trained-reconstruction-embedding-for-surface-anomaly', 'papers.json', 2, 'arxiv-id'],
      ['a-unified-model-for-multi-class-anomaly-detection', 'papers.json', 15, 'title'],
    ]);
    const filo = r.papers.find((p) => p.title.startsWith('FiLo'));
    // Kept from the Atom entry; the HF page adds nothing missing but the count of authors is the same.
    expect(filo).toMatchObject({ arxivId: '2404.13671', authorsCount: 7, source: { file: 'arxiv.xml', line: 8 } });
    expect(r.recordsIn).toBe(r.papers.length + r.rejects.length + r.merged.length);
    expect(r.recordsIn).toBe(4 + 3 + 3 + 4 + 3);
    expect(r.papers).toHaveLength(17 - 5);
  });

  it("a longer abstract replaces the kept one only under the same title: never another paper's under a shared arXiv id", () => {
    const rec = (title: string, abstract: string, url: string) => JSON.stringify({ title, abstract, url });
    const r = readInputs([{
      file: 'a.jsonl',
      text: [
        rec('MFP-Zorb: Multi-Form Prompts for Anomaly Detection', 'We propose MFP-Zorb.', 'https://arxiv.org/abs/2503.12910'),
        // the same arXiv id under another title (a retitled version, or a wrong link): merged, its abstract not taken
        rec('AFR-Zorb: Anomaly Feature Rectification', 'We propose AFR-Zorb, a much longer abstract than the first one.', 'https://arxiv.org/html/2503.12910v3'),
        rec('Truncated Cell', 'We propose', 'https://arxiv.org/abs/2401.00001'),
        // the same title: the fuller abstract of the same text is kept
        rec('Truncated Cell', 'We propose TruncNet, the whole abstract.', 'https://arxiv.org/abs/2401.00001'),
      ].join('\n'),
    }]);
    expect(r.merged.map((m) => [m.kept, m.dropped.line, m.reason])).toEqual([
      ['mfp-zorb-multi-form-prompts-for-anomaly-detection', 2, 'arxiv-id'],
      ['truncated-cell', 4, 'arxiv-id'],
    ]);
    expect(r.papers.map((p) => [p.title, p.abstract])).toEqual([
      ['MFP-Zorb: Multi-Form Prompts for Anomaly Detection', 'We propose MFP-Zorb.'],
      ['Truncated Cell', 'We propose TruncNet, the whole abstract.'],
    ]);
  });

  describe('merging is transitive and the same in every order', () => {
    const permutations = <T,>(xs: T[]): T[][] =>
      xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
    // Three records of one paper whose identifiers overlap only pairwise: no record shares one with both others.
    const scenarios: Record<string, Record<string, object>> = {
      // A and B share nothing; C has A's DOI and B's arXiv id.
      'a DOI and an arXiv id on one record': {
        A: { title: 'Zorb: Anomaly Detection by Zorbing', abstract: 'We propose Zorb.', doi: '10.1234/zorb.2024' },
        B: { title: 'ZorbNet for Industrial Anomalies', abstract: 'We propose ZorbNet, the preprint.', url: 'https://arxiv.org/abs/2401.01234v2' },
        C: { title: 'Zorbing Anomalies Away', abstract: 'We propose Zorb again.', doi: 'https://doi.org/10.1234/ZORB.2024', id: 'arXiv:2401.01234' },
      },
      // A and C share the title, C and B the arXiv id, B and A nothing.
      'a title and an arXiv id': {
        A: { title: 'Blorp: Retitled in Print', abstract: 'We propose Blorp.', doi: '10.5555/blorp' },
        B: { title: 'Blorp, the Preprint Title', abstract: 'We propose Blorp (preprint).', url: 'https://arxiv.org/abs/2402.05678' },
        C: { title: 'Blorp: retitled in print!', abstract: 'We propose Blorp, the whole abstract.', id: '2402.05678v3' },
      },
    };
    describe.each(Object.entries(scenarios))('%s', (_name, records) => {
      it.each(permutations(['A', 'B', 'C']).map((o) => [o.join('')]))('order %s: one paper, the first record kept, two merges', (order) => {
        const names = [...order];
        for (const files of [false, true]) {
          // all three in one JSONL file, or each in a file of its own
          const inputs = files
            ? names.map((n) => ({ file: `${n}.jsonl`, text: JSON.stringify(records[n]) }))
            : [{ file: 'all.jsonl', text: names.map((n) => JSON.stringify(records[n])).join('\n') }];
          const r = readInputs(inputs);
          const first = records[names[0]!] as { title: string; abstract: string };
          expect(r.papers).toHaveLength(1);
          expect(r.papers[0]).toMatchObject({ title: first.title, source: { file: inputs[0]!.file, line: 1 } });
          expect(r.papers[0]!.doi?.toLowerCase()).toMatch(/^10\./);
          expect(r.papers[0]!.arxivId).toMatch(/^240[12]\.0\d+$/);
          expect(r.merged.map((m) => [m.kept, m.dropped.file, m.dropped.line])).toEqual(
            files ? [[r.papers[0]!.id, inputs[1]!.file, 1], [r.papers[0]!.id, inputs[2]!.file, 1]] : [[r.papers[0]!.id, 'all.jsonl', 2], [r.papers[0]!.id, 'all.jsonl', 3]],
          );
          expect(r.recordsIn).toBe(3);
          expect(r.warnings).toEqual([]);
          expect(readInputs(inputs)).toEqual(r);
        }
      });
    });

    it('a stream, which has handed both papers out when the third record joins them, merges it into the first and says so', () => {
      const { A, B, C } = scenarios['a DOI and an arXiv id on one record']!;
      const s = createStreamReader({ file: 'a.jsonl' });
      const r = concat([s.push([A, B, C].map((x) => JSON.stringify(x) + '\n').join('')), s.end()]);
      expect(r.papers.map((p) => p.id)).toEqual(['zorb-anomaly-detection-by-zorbing', 'zorbnet-for-industrial-anomalies']);
      expect(r.merged).toEqual([{ kept: 'zorb-anomaly-detection-by-zorbing', dropped: { file: 'a.jsonl', line: 3 }, reason: 'doi' }]);
      expect(r.warnings).toEqual([{
        file: 'a.jsonl',
        line: 3,
        message: expect.stringMatching(/^the same paper as zorb-anomaly-detection-by-zorbing and zorbnet-for-industrial-anomalies \(a\.jsonl:2\), both written out before/),
      }]);
      // a buffered format is read whole at the end: one paper, as readInputs has it
      const json = { file: 'a.json', text: JSON.stringify([A, B, C]) };
      const b = createStreamReader({ file: json.file });
      b.push(json.text);
      expect(b.end()).toEqual(readInputs([json]));
      expect(readInputs([json]).papers).toHaveLength(1);
    });
  });

  it('suffixes colliding slugs -2, -3 in input order; C++ and C are different papers', () => {
    const long = 'Towards Foundation Models for Zero-Shot Time Series Anomaly Detection: Leveraging Synthetic Data';
    const lines = [`${long} and Relative Context Discrepancy`, `${long} and Something Else`, `${long}, Third Variant`, 'C++ Anomaly Detection', 'C Anomaly Detection'].map(
      (title) => JSON.stringify({ title, abstract: `An abstract about ${title}.` }),
    );
    const r = readInputs([{ file: 'a.jsonl', text: lines.join('\n') }]);
    const base = 'towards-foundation-models-for-zero-shot-time-series-anomaly-detection-leveraging';
    expect(r.papers.map((p) => p.id)).toEqual([base, `${base}-2`, `${base}-3`, 'cpp-anomaly-detection', 'c-anomaly-detection']);
    expect(r.merged).toEqual([]);
  });

  it('is deterministic', () => {
    const inputs = readdirSync(FIX).sort().map(load);
    expect(readInputs(inputs)).toEqual(readInputs(inputs));
  });

  it('count test: records in = papers out + rejects + merged duplicates, over every fixture and the corpus', () => {
    const inputs = [corpus, ...readdirSync(FIX).sort().map(load)];
    const r = readInputs(inputs);
    // Records per file, counted by hand from the fixtures.
    const perFile: Record<string, number> = {
      [CORPUS]: 54,
      'arxiv.xml': 3,
      'arxiv-malformed.xml': 6,
      'hf-page.txt': 4,
      'hf-page-malformed.txt': 5,
      'papers.bib': 3,
      'bibtex-year-range.bib': 4,
      'papers-malformed.bib': 5,
      'papers.csv': 3,
      'papers-malformed.csv': 8,
      'papers.json': 3,
      'papers-malformed.json': 5,
      'papers.jsonl': 4,
      'papers-malformed.jsonl': 8,
      'wos.txt': 3,
      'arxiv-snapshot.jsonl': 3,
      'authors-family-given.csv': 6,
      'authors-surnames.csv': 4,
      'endnote.enw': 3,
      'endnote-joined.enw': 3,
      'pubmed.nbib': 3,
      'ieee-xplore-date-ranges.ris': 8,
      'endnote-malformed.enw': 5,
      'wos-malformed.txt': 5,
      'wos-patents.txt': 4,
      'wos-tab-delimited.txt': 5,
    };
    expect(Object.keys(perFile).sort()).toEqual(inputs.map((i) => i.file).sort());
    const total = Object.values(perFile).reduce((a, b) => a + b, 0);
    expect(r.papers.length + r.rejects.length + r.merged.length).toBe(total);
    expect(r.recordsIn).toBe(total);
  });
});

describe('createStreamReader', () => {
  it('--format jsonl on a pretty-printed JSON array or jq\'s objects reads them as readInputs does, in any chunks (each line was a reject, "invalid JSON")', () => {
    const jq = '{\n  "title": "Alpha",\n  "abstract": "We propose AlphaNet."\n}\n{\n  "title": "Beta",\n  "abstract": "We propose BetaNet."\n}\n';
    for (const input of [load('papers.json'), { file: 'jq.jsonl', text: jq }]) {
      const whole = readInputs([input], { format: 'jsonl' });
      expect(whole.rejects).toEqual([]);
      for (const size of [7, 64, input.text.length]) {
        const s = createStreamReader({ file: input.file, format: 'jsonl' });
        const parts: ReadResult[] = [];
        for (let i = 0; i < input.text.length; i += size) parts.push(s.push(input.text.slice(i, i + size)));
        parts.push(s.end());
        const r = concat(parts);
        expect([input.file, size, r.papers, r.rejects, r.warnings]).toEqual([input.file, size, whole.papers, [], whole.warnings]);
      }
    }
  });
  it('--format jsonl still streams JSON Lines: each paper as its line completes', () => {
    const s = createStreamReader({ file: '<stdin>', format: 'jsonl' });
    expect(s.push('{"title": "First Paper", "abstract": "About anomalies."}\n').papers.map((p) => p.title)).toEqual(['First Paper']);
    expect(s.push('not json\n').rejects.map((x) => x.line)).toEqual([2]);
    expect(s.end().papers).toEqual([]);
  });

  it('yields each JSONL paper as soon as its line is complete', () => {
    const s = createStreamReader({ file: '<stdin>' });
    const a = JSON.stringify({ title: 'First Paper', abstract: 'About anomalies.' });
    const b = JSON.stringify({ title: 'Second Paper', abstract: 'About outliers.' });
    expect(s.push(a.slice(0, 10)).papers).toEqual([]);
    const r1 = s.push(a.slice(10) + '\n' + b.slice(0, 5));
    expect(r1.papers.map((p) => p.id)).toEqual(['first-paper']);
    expect(r1.recordsIn).toBe(1);
    const r2 = s.push(b.slice(5) + '\n{"title": "First Paper", "abstract": "again"}\n{broken\n');
    expect(r2.papers.map((p) => p.id)).toEqual(['second-paper']);
    expect(r2.merged).toEqual([{ kept: 'first-paper', dropped: { file: '<stdin>', line: 3 }, reason: 'title' }]);
    expect(r2.rejects.map((x) => x.line)).toEqual([4]);
    expect(s.end().recordsIn).toBe(0);
  });

  it('a duplicate never changes a paper already handed out: the same papers in one chunk or line by line', () => {
    const lines = [
      { title: 'Short First', abstract: 'Cut.', url: 'https://arxiv.org/abs/2501.00002' },
      { title: 'Other Paper', abstract: 'About outliers.' },
      { title: 'Short First', abstract: 'Cut, then the whole abstract of the same paper.', url: 'https://arxiv.org/abs/2501.00002' },
    ].map((x) => JSON.stringify(x) + '\n');
    const whole = createStreamReader({ file: 'a.jsonl' });
    const once = concat([whole.push(lines.join('')), whole.end()]);
    const byLine = createStreamReader({ file: 'a.jsonl' });
    const parts = concat([...lines.map((l) => byLine.push(l)), byLine.end()]);
    expect(parts).toEqual(once);
    expect(once.papers.map((p) => p.abstract)).toEqual(['Cut.', 'About outliers.']);
    expect(once.merged).toEqual([{ kept: 'short-first', dropped: { file: 'a.jsonl', line: 3 }, reason: 'arxiv-id' }]);
  });

  it.each(['papers.jsonl', 'papers-malformed.jsonl'])('%s in 7-char CRLF chunks equals a whole read', (name) => {
    const { file, text } = load(name);
    const crlf = '\ufeff' + text.replace(/\n/g, '\r\n');
    const s = createStreamReader({ file });
    const parts: ReadResult[] = [];
    for (let i = 0; i < crlf.length; i += 7) parts.push(s.push(crlf.slice(i, i + 7)));
    parts.push(s.end());
    expect(concat(parts)).toEqual(readInputs([{ file, text }]));
  });

  it.each(['hf-page.txt', 'papers.bib', 'arxiv.xml', 'papers.csv', 'papers.json'])('%s is buffered and read at end()', (name) => {
    const { file, text } = load(name);
    const s = createStreamReader({ file });
    for (let i = 0; i < text.length; i += 100) expect(s.push(text.slice(i, i + 100)).papers).toEqual([]);
    expect(s.end()).toEqual(readInputs([{ file, text }]));
  });

  it('throws UnreadableInputError for empty or unrecognised input at end()', () => {
    expect(() => createStreamReader({ file: '<stdin>' }).end()).toThrow(UnreadableInputError);
    const s = createStreamReader({ file: '<stdin>' });
    s.push('not a paper format\n');
    expect(() => s.end()).toThrow(/<stdin>: unrecognised format/);
  });
});

describe('damaged input never crashes a reader', () => {
  // Deterministic damage: each fixture cut short, or with 7 chars removed, at 25 evenly spaced points.
  it.each(readdirSync(FIX).sort())('%s: a ReadResult whose counts add up, or UnreadableInputError', (name) => {
    const { text } = load(name);
    const step = Math.max(1, Math.floor(text.length / 25));
    let read = 0;
    for (let cut = step; cut < text.length; cut += step) {
      for (const damaged of [text.slice(0, cut), text.slice(0, cut) + text.slice(cut + 7)]) {
        try {
          const r = readInputs([{ file: name, text: damaged }]);
          expect(r.recordsIn).toBe(r.papers.length + r.rejects.length + r.merged.length);
          for (const x of r.rejects) expect(x.line).toBeGreaterThan(0);
          read++;
        } catch (err) {
          expect(err).toBeInstanceOf(UnreadableInputError);
        }
      }
    }
    expect(read).toBeGreaterThan(0);
  });
});
