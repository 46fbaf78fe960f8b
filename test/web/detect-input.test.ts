import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyInput, graphNameFromFile, PAPER_FORMAT_LABELS, PAPER_FORMATS } from '../../web/features/detect-input.ts';
import { FORMAT_NAMES } from '../../extract/readers/index.ts';

const fx = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/readers/${name}`, import.meta.url)), 'utf8');

describe('graphNameFromFile', () => {
  it('is the base name without extension, lower-cased, spaces and unsafe characters as hyphens', () => {
    expect(graphNameFromFile('hf-daily-papers-anomaly-detection.txt')).toBe('hf-daily-papers-anomaly-detection');
    expect(graphNameFromFile('My Papers (2024).bib')).toBe('my-papers-2024');
    expect(graphNameFromFile('C:\\data\\Über Anomalies.JSONL')).toBe('uber-anomalies');
    expect(graphNameFromFile('dir/papers.v2.csv')).toBe('papers.v2');
    expect(graphNameFromFile('<script>.json')).toBe('script');
    expect(graphNameFromFile('???.txt')).toBe('graph');
  });
});

describe('classifyInput', () => {
  it('sends every paper format to the readers', () => {
    for (const f of ['papers.jsonl', 'papers.json', 'papers.csv', 'papers.bib', 'arxiv.xml', 'hf-page.txt', 'papers-malformed.jsonl']) {
      expect([f, classifyInput(f, fx(f))]).toEqual([f, 'papers']);
    }
  });

  it('recognises graph.json by its nodes and edges arrays, whatever the file name', () => {
    expect(classifyInput('export.json', '{"attributes":{},"nodes":[],"edges":[]}')).toBe('graph-json');
    expect(classifyInput('graph.json', '{"papers":[]}')).toBe('papers');
    expect(classifyInput('x.json', '{"nodes": [')).toBe('papers');
  });

  it('recognises GEXF by extension or root element, not any XML', () => {
    expect(classifyInput('g.gexf', '')).toBe('gexf');
    expect(classifyInput('g.xml', '\uFEFF<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">')).toBe('gexf');
    expect(classifyInput('feed.xml', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')).toBe('papers');
  });
});

describe('PAPER_FORMATS', () => {
  it("names every reader format, as the Open file button's title and the drop overlay say it (they named six of ten)", () => {
    for (const name of FORMAT_NAMES) expect(PAPER_FORMAT_LABELS[name], name).toBeTruthy();
    expect(Object.keys(PAPER_FORMAT_LABELS).sort()).toEqual([...FORMAT_NAMES].sort());
    expect(PAPER_FORMATS).toBe('HF page, JSONL, JSON, CSV, BibTeX, arXiv Atom, RIS, Web of Science, EndNote, PubMed');
  });
});
