// lazy.ts: the readers' API without the BibTeX, XML and CSV parsers until loadParsers() loads them.
// This file imports only lazy.ts (vitest gives each test file its own modules), and its tests run in order:
// nothing loaded, some loaded, all loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStreamReader, loadParsers, readInputs } from '../../extract/readers/lazy.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'readers');
const load = (name: string) => ({ file: name, text: readFileSync(join(FIX, name), 'utf8') });
const FIXTURES = ['papers.jsonl', 'papers.json', 'hf-page.txt', 'papers.bib', 'arxiv.xml', 'papers.csv', 'papers-malformed.bib', 'arxiv-malformed.xml', 'papers-malformed.csv'];

describe('lazy.ts', () => {
  it('reads JSONL, JSON, Hugging Face pages and the tagged exports (Web of Science, EndNote, PubMed) with no parser loaded', () => {
    for (const name of ['papers.jsonl', 'papers.json', 'hf-page.txt', 'wos.txt', 'endnote.enw', 'pubmed.nbib']) expect(readInputs([load(name)]).papers.length).toBeGreaterThan(0);
  });

  it('a format whose parser is not loaded throws, naming the fix (never a reject)', () => {
    expect(() => readInputs([load('papers.bib')])).toThrow(/bibtex parser is not loaded.*loadParsers/);
    expect(() => readInputs([load('arxiv.xml')])).toThrow(/xml parser is not loaded/);
    expect(() => readInputs([load('papers.csv')])).toThrow(/csv parser is not loaded/);
  });

  it('loadParsers loads what the given formats need, and only that', async () => {
    await loadParsers(['jsonl', 'json', 'hf-page', null, undefined]);
    expect(() => readInputs([load('papers.bib')])).toThrow(/not loaded/);
    await loadParsers(['bibtex']);
    expect(readInputs([load('papers.bib')]).papers.length).toBeGreaterThan(0);
    expect(() => readInputs([load('papers.csv')])).toThrow(/csv parser is not loaded/);
  });

  it('with every parser loaded, reads every fixture exactly as index.ts does', async () => {
    await loadParsers();
    const full = await import('../../extract/readers/index.ts');
    for (const name of FIXTURES) expect(readInputs([load(name)]), name).toEqual(full.readInputs([load(name)]));
  });
});

describe('StreamReader.formatAtEnd', () => {
  const fed = (text: string, opts: { format?: 'csv' } = {}) => {
    const s = createStreamReader({ file: 'input', ...opts });
    for (let i = 0; i < text.length; i += 50) s.push(text.slice(i, i + 50));
    return s;
  };

  it.each([
    ['papers.jsonl', 'jsonl'],
    ['papers.json', 'json'],
    ['hf-page.txt', 'hf-page'],
    ['papers.bib', 'bibtex'],
    ['arxiv.xml', 'arxiv-atom'],
    ['papers.csv', 'csv'],
    ['wos.txt', 'wos'],
    ['endnote.enw', 'endnote'],
    ['pubmed.nbib', 'pubmed'],
  ])('%s -> %s', (name, format) => {
    expect(fed(load(name).text).formatAtEnd()).toBe(format);
    expect(fed(load(name).text.replace(/\n/g, '\r\n')).formatAtEnd()).toBe(format);
  });

  it('is the format given; null for unreadable input or after end()', () => {
    expect(fed(load('papers.bib').text, { format: 'csv' }).formatAtEnd()).toBe('csv');
    expect(fed('not a paper format\n').formatAtEnd()).toBeNull();
    expect(fed('').formatAtEnd()).toBeNull();
    expect(fed('{"title": "A one-line JSONL input without its newline", "abstract": "x"}').formatAtEnd()).toBe('jsonl');
    const s = fed(load('papers.jsonl').text);
    s.end();
    expect(s.formatAtEnd()).toBeNull();
  });

  it('does not change what end() reads', () => {
    const { file, text } = load('papers.jsonl');
    const a = createStreamReader({ file });
    const b = createStreamReader({ file });
    const head = text.slice(0, 30); // the first line is not complete: undecided
    a.push(head);
    b.push(head);
    expect(a.formatAtEnd()).toBe('jsonl');
    const rest = text.slice(30);
    expect([a.push(rest), a.end()]).toEqual([b.push(rest), b.end()]);
  });
});
