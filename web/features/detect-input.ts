/**
 * What a file dropped on the page is: a graph to show as it is (graph.json, GEXF) or papers to read
 * (any format the readers take, PAPER_FORMATS: the readers detect which). Pure.
 */
import type { FormatName } from '../../src/model.ts';

/** Every paper format the page reads (the readers' FORMAT_NAMES), as the Open file button and the drop overlay name them. */
export const PAPER_FORMAT_LABELS: Readonly<Record<FormatName, string>> = {
  'hf-page': 'HF page', jsonl: 'JSONL', json: 'JSON', csv: 'CSV', bibtex: 'BibTeX', 'arxiv-atom': 'arXiv Atom',
  ris: 'RIS', wos: 'Web of Science', endnote: 'EndNote', pubmed: 'PubMed',
};
/** "HF page, JSONL, ..., PubMed": the picker's and the overlay's list (it named only the first six formats). */
export const PAPER_FORMATS = Object.values(PAPER_FORMAT_LABELS).join(', ');

export type InputKind = 'graph-json' | 'gexf' | 'papers';

export interface ClassifiedInput {
  file: string;
  text: string;
  kind: InputKind;
}

/** File types the picker offers (the readers also accept anything else that sniffs right). */
export const ACCEPT = '.txt,.text,.md,.jsonl,.ndjson,.json,.csv,.tsv,.bib,.bibtex,.ris,.ciw,.enw,.nbib,.xml,.atom,.rss,.gexf';

/**
 * The name of a graph built from a file: its base name without the extension, lower-cased, accents dropped,
 * spaces and anything but letters, digits, dot, underscore and hyphen turned into one hyphen ("My Papers
 * (2024).bib" -> "my-papers-2024"). Exports are named after it (my-papers-2024-view.gexf); a graph built in
 * the page was always "anomaly-detection", the pipeline's default.
 */
export function graphNameFromFile(file: string): string {
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || file;
  return stem.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'graph';
}

export function classifyInput(file: string, text: string): InputKind {
  const head = text.slice(0, 2000).replace(/^\uFEFF/, '').trimStart();
  if (/\.gexf$/i.test(file) || (head.startsWith('<') && /<gexf[\s>]/.test(head))) return 'gexf';
  if (head.startsWith('{')) {
    // graph.json is graphology's serialisation: an object with `nodes` and `edges` arrays.
    try {
      const data = JSON.parse(text) as Record<string, unknown>;
      if (data && Array.isArray(data.nodes) && Array.isArray(data.edges)) return 'graph-json';
    } catch {
      // JSONL starts with '{' too: the readers take it.
    }
  }
  return 'papers';
}
