/**
 * `paperweave read` as a user runs it: a child process, real files, exit codes, stdout and stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'src', 'cli', 'paperweave.mjs');
const FIX = 'test/fixtures/readers';
const TMP = mkdtempSync(join(tmpdir(), 'paperweave-read-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, 'read', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string) => s.split('\n').filter(Boolean);
const EXPECTED = 'expected one of: Hugging Face Daily Papers page text, JSONL, JSON array, CSV, BibTeX, arXiv Atom XML, RIS, Web of Science plain text, EndNote/refer tagged text, PubMed (MEDLINE) text';

describe('paperweave read', () => {
  const corpus = run([]);

  it('reads the bundled corpus by default: 54 JSON lines, a summary, exit 0', () => {
    expect(corpus.code).toBe(0);
    const papers = lines(corpus.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(papers).toHaveLength(54);
    expect(lines(corpus.stderr)[0]).toBe('read: 54 papers from 1 file (0 rejects, 0 merged, 1 warning)');
    expect(lines(corpus.stderr)[1]).toMatch(/^graph-data\/corpus\/hf-daily-papers-anomaly-detection\.txt:\d+: warning: 17 dates without a year taken as 2025/);
    const filo = papers.find((p) => String(p.title).startsWith('FiLo'));
    expect(filo).toMatchObject({ authorsCount: 7, date: '2024-04-21', year: 2024 });
  });

  it('prints keys in a fixed order', () => {
    for (const l of lines(corpus.stdout)) {
      const keys = Object.keys(JSON.parse(l) as object);
      const order = ['id', 'title', 'abstract', 'authors', 'authorsCount', 'date', 'year', 'upvotes', 'doi', 'arxivId', 'url', 'urls', 'source'];
      expect(keys).toEqual(order.filter((k) => keys.includes(k)));
    }
    expect(lines(corpus.stdout)[0]).toMatch(/^\{"id":"loki-a-comprehensive-synthetic-data-detection-benchmark-using-large-multimodal","title":"LOKI: /);
  });

  it('is byte-for-byte deterministic and leaves its input untouched', () => {
    const before = readFileSync(join(ROOT, 'graph-data/corpus/hf-daily-papers-anomaly-detection.txt'));
    const again = run([]);
    expect(again.stdout).toBe(corpus.stdout);
    expect(again.stderr).toBe(corpus.stderr);
    expect(readFileSync(join(ROOT, 'graph-data/corpus/hf-daily-papers-anomaly-detection.txt')).equals(before)).toBe(true);
  });

  it('reads several formats at once, merging duplicates, rejects listed as file:line: reason', () => {
    const r = run([`${FIX}/papers.jsonl`, `${FIX}/arxiv.xml`, `${FIX}/papers-malformed.csv`]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(4 + 3 - 1 + 2);
    const err = lines(r.stderr);
    expect(err[0]).toBe('read: 8 papers from 3 files (6 rejects, 1 merged, 0 warnings)');
    expect(err).toContain(`${FIX}/papers-malformed.csv:3: CSV row has 2 fields, the header has 4`);
    expect(err).toContain(`${FIX}/papers-malformed.csv:9: CSV: Quote Not Closed (in the row starting here)`);
    expect(err).toContain(`${FIX}/arxiv.xml:68: merged into winclip-zero-few-shot-anomaly-classification-and-segmentation (same arXiv id)`);
  });

  it('--strict exits 1 when something was rejected, 0 when nothing was', () => {
    const bad = run(['--strict', `${FIX}/papers-malformed.jsonl`]);
    expect(bad.code).toBe(1);
    expect(lines(bad.stdout)).toHaveLength(2);
    expect(lines(bad.stderr)[0]).toBe('read: 2 papers from 1 file (6 rejects, 0 merged, 0 warnings)');
    expect(lines(bad.stderr)[1]).toMatch(/^test\/fixtures\/readers\/papers-malformed\.jsonl:2: invalid JSON: /);
    expect(run(['--strict', `${FIX}/papers.bib`]).code).toBe(0);
  });

  it('reads standard input with -', () => {
    const text = readFileSync(join(ROOT, FIX, 'papers.jsonl'), 'utf8');
    const r = run(['-'], text);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(4);
    expect(JSON.parse(lines(r.stdout)[0]).source).toEqual({ file: '<stdin>', line: 1 });
  });

  it('says where records without any abstract come from (DBLP), and only when none has one', () => {
    const entry = (key: string, title: string, extra = '') => `@inproceedings{${key},\n  author = {Karsten Roth},\n  title = {${title}},\n  year = {2022},${extra}\n}\n`;
    const dblp = entry('DBLP:conf/cvpr/Roth22', 'Towards Total Recall') + entry('DBLP:conf/x/Y23', 'Zorb');
    const r = run(['-'], dblp);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^hint: none of these records has an abstract, .*DBLP/m);
    const mixed = run(['-'], dblp + entry('z', 'With one', '\n  abstract = {We detect anomalies.},'));
    expect(lines(mixed.stdout)).toHaveLength(1);
    expect(mixed.stderr).not.toMatch(/hint:/);
  });

  it('--format forces a reader; --year sets yearless dates', () => {
    const asJsonl = run(['--format', 'jsonl', `${FIX}/papers.csv`]);
    expect(asJsonl.code).toBe(0);
    expect(lines(asJsonl.stdout)).toHaveLength(0);
    expect(lines(asJsonl.stderr)[0]).toMatch(/^read: 0 papers from 1 file \(\d+ rejects/);
    const y = run(['--year', '2031', `${FIX}/hf-page.txt`]);
    expect(y.code).toBe(0);
    expect(y.stdout).toContain('"date":"2031-05-14"');
    expect(lines(y.stderr)).toEqual(['read: 4 papers from 1 file (0 rejects, 0 merged, 0 warnings)']);
  });

  it('--format jsonl on a pretty-printed JSON array reads it as JSON, with a warning naming file, line and the format that reads it; extract, which streams, too (every line was a reject, "invalid JSON")', () => {
    const warning = `${FIX}/papers.json:1: warning: JSONL: not one JSON object a line but one JSON array over 20 lines: read as JSON (--format json reads it so, without this warning)`;
    const r = run(['--format', 'jsonl', `${FIX}/papers.json`]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(2);
    expect(lines(r.stderr)).toEqual(['read: 2 papers from 1 file (0 rejects, 1 merged, 1 warning)', `${FIX}/papers.json:15: merged into a-unified-model-for-multi-class-anomaly-detection (same title)`, warning]);
    const x = spawnSync(process.execPath, [BIN, 'extract', '--format', 'jsonl', '-'], { cwd: ROOT, input: readFileSync(join(ROOT, FIX, 'papers.json'), 'utf8'), encoding: 'utf8' });
    expect(x.status).toBe(0);
    expect(lines(x.stdout)).toHaveLength(2);
    expect(x.stderr).toContain(warning.replace(`${FIX}/papers.json`, '<stdin>'));
    expect(lines(x.stderr).at(-1)).toBe('extract: 2 papers, 1 merged');
  });

  it('--format that finds no record says so, naming the format the file looks like; a valid empty file only that it is empty', () => {
    const bib = run(['--format', 'bibtex', `${FIX}/papers.jsonl`]);
    expect(bib.code).toBe(0);
    expect(bib.stdout).toBe('');
    expect(lines(bib.stderr)).toEqual([
      'read: 0 papers from 1 file (0 rejects, 0 merged, 1 warning)',
      `${FIX}/papers.jsonl: warning: no bibtex record found; the file looks like jsonl: leave out --format to read it as that`,
    ]);
    const empty = join(TMP, 'empty.json');
    writeFileSync(empty, '[]\n');
    expect(lines(run(['--format', 'json', empty]).stderr)).toEqual([
      'read: 0 papers from 1 file (0 rejects, 0 merged, 1 warning)',
      `${empty}: warning: no json record found`,
    ]);
    // detected, not forced: no warning
    expect(lines(run([empty]).stderr)).toEqual(['read: 0 papers from 1 file (0 rejects, 0 merged, 0 warnings)']);
  });

  it.each([
    ['empty.txt', '', 'empty file'],
    ['notes.txt', 'just a note\n', 'unrecognised format'],
    ['blob.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'binary file, not text'],
  ])('exits 2 with one line for an unreadable input: %s', (name, content, why) => {
    const path = join(TMP, name);
    writeFileSync(path, content);
    const r = run([path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([`paperweave read: ${path}: ${why}; ${EXPECTED}`]);
  });

  it('reads a BibTeX full of in-press papers undated, each with a warning naming file and line; --strict passes', () => {
    const bib = join(TMP, 'in-press.bib');
    writeFileSync(bib, [
      '@article{a,\n  title = {Alpha Zorb},\n  abstract = {We propose AlphaZorb.},\n  year = {in press}\n}',
      '@article{b,\n  title = {Beta Zorb},\n  abstract = {We propose BetaZorb.},\n  year = {n.d.}\n}',
      '',
    ].join('\n'));
    const r = run([bib, '--strict']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>).map((p) => [p.title, p.year])).toEqual([['Alpha Zorb', undefined], ['Beta Zorb', undefined]]);
    expect(lines(r.stderr)).toEqual([
      'read: 2 papers from 1 file (0 rejects, 0 merged, 2 warnings)',
      `${bib}:1: warning: @article{a}: "Alpha Zorb": year "in press" is not a date: read undated`,
      `${bib}:6: warning: @article{b}: "Beta Zorb": year "n.d." is not a date: read undated`,
    ]);
  });

  it('exits 2 for a missing file and for bad options', () => {
    const missing = run(['no/such/file.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('paperweave read: no/such/file.jsonl: no such file\n');
    const fmt = run(['--format', 'docx']);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toMatch(/--format expects one of hf-page, jsonl, json, csv, bibtex, arxiv-atom, ris, wos, endnote, pubmed, got 'docx'/);
    expect(run(['--year', 'soon']).code).toBe(2);
    expect(run(['--bogus']).code).toBe(2);
  });

  it('reads a Web of Science plain-text export, detected or with --format wos (it was "unrecognised format", exit 2)', () => {
    for (const args of [[`${FIX}/wos-malformed.txt`], ['--format', 'wos', `${FIX}/wos-malformed.txt`]]) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(lines(r.stdout).map((l) => (JSON.parse(l) as { title: string }).title.slice(0, 5))).toEqual(['PaDiM', 'DRAEM']);
      expect(lines(r.stderr)).toEqual([
        'read: 2 papers from 1 file (3 rejects, 0 merged, 1 warning)',
        expect.stringMatching(/^test\/fixtures\/readers\/wos-malformed\.txt:3: "The MVTec Anomaly Detection Dataset: .*": no abstract$/),
        'test/fixtures/readers/wos-malformed.txt:28: record has no title',
        expect.stringMatching(/^test\/fixtures\/readers\/wos-malformed\.txt:36: "FastFlow: .*": unparseable year "20xx"$/),
        'test/fixtures/readers/wos-malformed.txt:46: warning: Web of Science: the last record is not closed with "ER" (a cut-short file?): read as it stands',
      ]);
    }
  });

  it('reads a PubMed (MEDLINE) export, detected or with --format pubmed (it was "unrecognised format", exit 2)', () => {
    for (const args of [[`${FIX}/pubmed.nbib`], ['--format', 'pubmed', `${FIX}/pubmed.nbib`]]) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(lines(r.stdout)).toHaveLength(2);
      expect(lines(r.stderr)[0]).toBe('read: 2 papers from 1 file (1 reject, 0 merged, 0 warnings)');
    }
  });

  it("hints that Google Scholar's EndNote export, like its BibTeX, has no abstracts", () => {
    const enw = join(TMP, 'scholar.enw');
    writeFileSync(enw, '%0 Conference Proceedings\n%T Towards total recall in industrial anomaly detection\n%A Roth, Karsten\n%A Pemula, Latha\n%P 14318-14328\n%D 2022\n');
    const r = run([enw]);
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual([
      'read: 0 papers from 1 file (1 reject, 0 merged, 0 warnings)',
      `${enw}:1: "Towards total recall in industrial anomaly detection": no abstract`,
      'hint: none of these records has an abstract, which is what paperweave reads: BibTeX or EndNote from DBLP or Google Scholar carries none; export with abstracts from Zotero, Semantic Scholar, OpenAlex or arXiv',
    ]);
  });

  it('reads an EndNote tagged export, detected or with --format endnote (it was "unrecognised format", exit 2)', () => {
    for (const args of [[`${FIX}/endnote-malformed.enw`], ['--format', 'endnote', `${FIX}/endnote-malformed.enw`]]) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(lines(r.stdout).map((l) => (JSON.parse(l) as { title: string }).title.slice(0, 5))).toEqual(['PaDiM', 'CFLOW']);
      expect(lines(r.stderr)).toEqual([
        'read: 2 papers from 1 file (3 rejects, 0 merged, 0 warnings)',
        expect.stringMatching(/^test\/fixtures\/readers\/endnote-malformed\.enw:1: "The MVTec Anomaly Detection Dataset: .*": no abstract$/),
        'test/fixtures/readers/endnote-malformed.enw:18: record has no title',
        expect.stringMatching(/^test\/fixtures\/readers\/endnote-malformed\.enw:23: "FastFlow: .*": unparseable date "20xx"$/),
      ]);
    }
  });

  it('--help describes the formats and options, exit 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const s of ['Usage: paperweave read', '--format', '--year', '--strict', 'arxiv-atom', 'BibTeX']) expect(r.stdout).toContain(s);
  });
});
