import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyInput } from '../../web/features/detect-input.ts';

const fx = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/readers/${name}`, import.meta.url)), 'utf8');

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
