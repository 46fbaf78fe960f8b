/**
 * The CLI on the inputs and outputs a second reader tried and found wanting: a directory where a file goes, an
 * output path that cannot be written, text that is not UTF-8, the same paper in two inputs of `extract`,
 * records `eval` cannot read or score. Each gets one line naming the path (and line) and why, exit 2, and
 * nothing is lost without a word.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.ts';

const T = tempDir('pw-edges-');
afterAll(() => rmSync(T, { recursive: true, force: true }));
const at = (...p: string[]) => join(T, ...p);
const paper = (title: string, abstract: string, extra: Record<string, string> = {}) => JSON.stringify({ title, abstract, ...extra });

writeFileSync(at('one.jsonl'), paper('Zorblax: Spotting Defects', 'We propose Zorblax for industrial anomaly detection on MVTec AD.') + '\n');
mkdirSync(at('dir'));
writeFileSync(at('afile'), 'x\n');

describe('standard input twice, a quoted pattern', () => {
  it.each([['read'], ['extract'], ['build']])("%s - -: a usage error (the second '-' read empty and was called an empty file)", (cmd) => {
    const r = runCli([cmd, '-', '-', ...(cmd === 'build' ? ['--out', at('out-stdin')] : [])], { input: paper('Zorblax', 'We propose Zorblax.') + '\n' });
    expect([r.status, r.stderr]).toEqual([2, `paperweave ${cmd}: '-' (standard input) given more than once: it can be read only once. Try 'paperweave ${cmd} --help'.\n`]);
  });
  it('a pattern the shell did not expand says so', () => {
    const r = runCli(['read', at('*.jsonl')]);
    expect([r.status, r.stderr]).toEqual([2, `paperweave read: ${at('*.jsonl')}: no such file (a pattern? paperweave takes the files the shell expands it to: leave it unquoted)\n`]);
  });
});

describe('a directory where a file goes', () => {
  it.each([
    [['read', at('dir')]],
    [['extract', at('dir')]],
    [['build', at('dir'), '--out', at('out-dir')]],
    [['eval', at('dir')]],
    [['stats', at('dir')]],
    [['export', '--format', 'gexf', at('dir'), '--out', at('out-dir')]],
  ])('%j: one line, exit 2', (args) => {
    const r = runCli(args);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/dir: is a directory, not a file\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('an output path that cannot be written', () => {
  it('build --out FILE, build --out FILE/sub and export --out DIR name the path and why, exit 2', () => {
    const file = runCli(['build', at('one.jsonl'), '--out', at('afile')]);
    expect(file.status).toBe(2);
    expect(file.stderr).toMatch(/cannot write .*afile\/papers\.jsonl: .*afile is a file, not a directory\n$/);
    const sub = runCli(['build', at('one.jsonl'), '--out', at('afile', 'sub')]);
    expect(sub.status).toBe(2);
    expect(sub.stderr).toMatch(/cannot write .*afile\/sub\/papers\.jsonl: a part of .*afile\/sub is a file, not a directory\n$/);
    const built = runCli(['build', at('one.jsonl'), '--out', at('g')]);
    expect(built.status, built.stderr).toBe(0);
    const dir = runCli(['export', '--format', 'gexf', at('g', 'graph.json'), '--out', at('dir')]);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toMatch(/dir: is a directory: cannot write a file there\n$/);
    for (const r of [file, sub, dir]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  // (Node 20's recursive mkdir never returned where the system refuses a directory under a parent that exists)
  it.runIf(process.platform === 'linux')('build --out /proc/X: a directory the system will not make is named, exit 2 (it spun for minutes)', () => {
    const r = runCli(['build', at('one.jsonl'), '--out', '/proc/paperweave-no-such/g'], { timeout: 60_000 });
    expect([r.status, r.stderr]).toEqual([2, 'paperweave build: cannot write /proc/paperweave-no-such/g/papers.jsonl: /proc/paperweave-no-such: no such directory, and it cannot be made there\n']);
  });
});

describe('text that is not UTF-8', () => {
  // a Windows-1252 CSV as a spreadsheet saves it: "Détection", "méthode"
  const latin1 = Buffer.from('title,abstract\nOk,We propose Zorblax on MVTec AD.\nD\xe9tection,Une m\xe9thode sur MVTec AD.\n', 'latin1');
  writeFileSync(at('latin1.csv'), latin1);
  it('stops read, extract (file and pipe) and build with the line of the first byte that is not, exit 2', () => {
    for (const args of [['read', at('latin1.csv')], ['extract', at('latin1.csv')], ['build', at('latin1.csv'), '--out', at('l1')]]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/latin1\.csv:3: not UTF-8 text \(byte 0xe9\); save it as UTF-8/);
    }
    // the pipe, which the test named and did not run
    for (const cmd of ['read', 'extract']) {
      const r = runCli([cmd, '-'], { input: latin1 });
      expect([cmd, r.status, r.stdout], r.stderr).toEqual([cmd, 2, '']);
      expect(r.stderr).toMatch(/^paperweave \w+: <stdin>:3: not UTF-8 text \(byte 0xe9\); save it as UTF-8/);
    }
  });
  it('reads UTF-16 with its byte-order mark as text, and UTF-8 with one', () => {
    writeFileSync(at('u16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(paper('Café Zorblax', 'We propose Zorblax.') + '\n', 'utf16le')]));
    writeFileSync(at('bom.jsonl'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(paper('Café Zorblax', 'We propose Zorblax.') + '\n')]));
    for (const f of ['u16.jsonl', 'bom.jsonl']) {
      for (const cmd of ['read', 'extract']) {
        const r = runCli([cmd, at(f)]);
        expect(r.status, `${cmd} ${f}: ${r.stderr}`).toBe(0);
        expect(JSON.parse(r.stdout).title).toBe('Café Zorblax');
      }
    }
  });
  it('says UTF-16 without its byte-order mark is that, and how to convert it, not "binary file" (read, extract, a pipe, build)', () => {
    const bytes = Buffer.from(paper('Zorblax', 'We propose Zorblax.') + '\n', 'utf16le');
    writeFileSync(at('u16-nobom.jsonl'), bytes);
    for (const [args, input] of [
      [['read', at('u16-nobom.jsonl')]],
      [['extract', at('u16-nobom.jsonl')]],
      [['extract', '-'], bytes],
      [['build', at('u16-nobom.jsonl'), '--out', at('u16')]],
    ] as [string[], Buffer?][]) {
      const r = runCli(args, { input });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/u16-nobom\.jsonl|<stdin>/);
      expect(r.stderr, args.join(' ')).toMatch(/: UTF-16 text without a byte-order mark, not binary: save it as UTF-8 \(e\.g\. iconv -f utf-16le -t utf-8\)\n$/);
    }
  });
});

describe('extract over several inputs', () => {
  it('merges a paper that two inputs hold, says so, and gives each id once (as read does)', () => {
    writeFileSync(at('a.jsonl'), paper('Towards Total Recall in Industrial Anomaly Detection', 'We propose PatchCore.', { id: '2106.08265' }) + '\n');
    writeFileSync(at('b.jsonl'), paper('PatchCore (arXiv version)', 'We propose PatchCore, again.', { id: '2106.08265' }) + '\n' + paper('Another', 'We propose Zorblax.') + '\n');
    const r = runCli(['extract', at('a.jsonl'), at('b.jsonl')]);
    expect(r.status, r.stderr).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['towards-total-recall-in-industrial-anomaly-detection', 'another']);
    expect(r.stderr).toMatch(/b\.jsonl:1: merged into towards-total-recall-in-industrial-anomaly-detection \(same arXiv id\)/);
    expect(r.stderr).toMatch(/extract: 2 papers, 1 merged/);
  });
});

describe('eval on records it cannot read or score', () => {
  writeFileSync(at('gold.json'), JSON.stringify([{ title: 'One', methods_proposed: [{ name: 'AlphaNet' }] }, { title: 'Two', methods_proposed: [{ name: 'BetaNet' }] }]));
  it('names the input records the readers rejected (no silent "no prediction")', () => {
    writeFileSync(at('broken.jsonl'), paper('One', 'We propose AlphaNet.') + '\n{"title":"Two","abstract": "broken\n');
    const r = runCli(['eval', '--gold', at('gold.json'), at('broken.jsonl')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/broken\.jsonl:2: invalid JSON/);
  });
  it.each([
    ['[1]', /record 1 has no "title" string/],
    ['null', /:1: the record has no "title" string/],
    ['{"title":"One","datasets":"MVTec AD"}', /:1: the record \("One"\): "datasets" must be an array/],
    ['{"title":"One","models":["CLIP"]}', /"models" holds "CLIP", not an entity/],
  ])('rejects predictions %s with one line, exit 2', (text, why) => {
    writeFileSync(at('p.jsonl'), text + '\n');
    const r = runCli(['eval', '--gold', at('gold.json'), '--predictions', at('p.jsonl')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(why);
    expect(r.stderr).not.toMatch(/TypeError|\n\s+at /);
  });
  it('reads a gold file that starts with a byte-order mark', () => {
    writeFileSync(at('gold-bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(at('gold.json'))]));
    writeFileSync(at('one-gold.jsonl'), paper('One', 'We propose AlphaNet.') + '\n');
    const r = runCli(['eval', '--gold', at('gold-bom.json'), at('one-gold.jsonl')]);
    expect(r.status, r.stderr).toBe(0);
  });
  it('says so, exit 1, when no paper matched a gold record: every score read 1.000 over nothing', () => {
    const r = runCli(['eval', '--gold', at('gold.json'), at('one.jsonl')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "paperweave eval: no paper matched a gold record by title (2 gold records, 1 paper read): nothing was scored; give the gold file's papers as INPUT or --predictions\n",
    );
  });
});
