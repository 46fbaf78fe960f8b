/**
 * The third-party parsers some formats need (BibTeX, Atom XML, CSV), behind a small synchronous registry,
 * so a program that reads only JSONL, JSON or Hugging Face pages never loads them (the BibTeX parser
 * alone costs ~45 ms at start-up).
 *
 * `index.ts` loads every parser up front (its synchronous API works as it always did); `lazy.ts` (the
 * same API without them) lets a caller load just what it needs with `loadParsers(formats)` first.
 * A reader asking for a parser nobody loaded throws, naming the fix.
 */
import type { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import type { FormatName } from '../../src/model.ts';

export interface FormatParsers {
  bibtex: typeof parseBibtex;
  xml: { XMLParser: typeof XMLParser; XMLValidator: typeof XMLValidator };
  csv: typeof parseCsv;
}

const loaded: Partial<FormatParsers> = {};

/** Register parsers (done by the parsers-*.ts modules when they are imported). */
export function provideParsers(p: Partial<FormatParsers>): void {
  Object.assign(loaded, p);
}

/** The parser a format's reader needs; throws when it was not loaded. */
export function parserFor<K extends keyof FormatParsers>(kind: K): FormatParsers[K] {
  const p = loaded[kind];
  if (!p) {
    throw new Error(`the ${kind} parser is not loaded: import extract/readers/index.ts, or await loadParsers() from extract/readers/lazy.ts before reading`);
  }
  return p;
}

/** Which parser a format needs, if any. */
export const PARSER_OF: Partial<Record<FormatName, keyof FormatParsers>> = { bibtex: 'bibtex', 'arxiv-atom': 'xml', csv: 'csv' };

/**
 * Load (once) the parsers that reading `formats` needs; all of them when `formats` is not given.
 * Formats that need none (jsonl, json, hf-page) load nothing.
 */
export async function loadParsers(formats?: Iterable<FormatName | null | undefined>): Promise<void> {
  const want = new Set<keyof FormatParsers>();
  if (formats === undefined) want.add('bibtex').add('xml').add('csv');
  else for (const f of formats) if (f && PARSER_OF[f]) want.add(PARSER_OF[f]);
  const jobs: Promise<unknown>[] = [];
  if (want.has('bibtex') && !loaded.bibtex) jobs.push(import('./parsers-bibtex.ts'));
  if (want.has('xml') && !loaded.xml) jobs.push(import('./parsers-xml.ts'));
  if (want.has('csv') && !loaded.csv) jobs.push(import('./parsers-csv.ts'));
  await Promise.all(jobs);
}
