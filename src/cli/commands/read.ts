/**
 * `paperweave read [INPUT…]`: read paper records (any supported format) and print them as JSONL.
 * Only wiring: files in, extract/readers does the reading, JSONL and a summary out.
 */
import type { MergeNote, Paper, ReadResult } from '../../model.ts';
// lazy.ts: the BibTeX, XML and CSV parsers are loaded only for inputs that need one
import {
  detectFormat,
  FORMAT_DESCRIPTIONS,
  FORMAT_NAMES,
  loadParsers,
  readInputs as readPapers,
  UnreadableInputError,
} from '../../../extract/readers/lazy.ts';
import { normalizeText } from '../../../extract/readers/text.ts';
import { parseCommandArgs, readerOptions } from '../args.ts';
import { InputError, noAbstractHint, plural, readInputs as readFiles, type Io } from '../io.ts';
import type { Command } from '../main.ts';

/** Keys of a Paper in the order `read` prints them. */
export const PAPER_KEYS = [
  'id', 'title', 'abstract', 'authors', 'authorsCount', 'date', 'year', 'upvotes', 'doi', 'arxivId', 'url', 'urls', 'source',
] as const satisfies readonly (keyof Paper)[];

/** One paper as one JSON line, keys in PAPER_KEYS order, absent fields left out. */
export function paperLine(p: Paper): string {
  const o: Record<string, unknown> = {};
  for (const k of PAPER_KEYS) if (p[k] !== undefined) o[k] = p[k];
  return JSON.stringify(o);
}

/** A merged duplicate as reported on stderr: `file:line: merged into ID (same arXiv id)`. */
export function mergeLine(m: MergeNote): string {
  return `${m.dropped.file}:${m.dropped.line}: merged into ${m.kept} (same ${m.reason === 'arxiv-id' ? 'arXiv id' : m.reason === 'doi' ? 'DOI' : 'title'})`;
}

/** The stderr report: a summary line, then each reject `file:line: reason` and each warning. */
export function readSummary(r: ReadResult, files: number): string {
  const lines = [
    `read: ${plural(r.papers.length, 'paper')} from ${plural(files, 'file')} (${plural(r.rejects.length, 'reject')}, ${r.merged.length} merged, ${plural(r.warnings.length, 'warning')})`,
  ];
  for (const x of r.rejects) lines.push(`${x.file}:${x.line}: ${x.reason}`);
  for (const m of r.merged) lines.push(mergeLine(m));
  for (const w of r.warnings) lines.push(`${w.file}${w.line ? `:${w.line}` : ''}: warning: ${w.message}`);
  const hint = noAbstractHint(r.papers.length, r.rejects);
  if (hint) lines.push(`hint: ${hint}`);
  return lines.join('\n') + '\n';
}

export const command: Command = {
  summary: 'read paper records (HF page, JSONL, JSON, CSV, BibTeX, arXiv Atom, RIS, Web of Science, EndNote, PubMed) and print them as JSONL',
  help: `Usage: paperweave read [options] [INPUT…]

Read paper records and print one JSON object per paper per line on stdout (keys: ${PAPER_KEYS.join(', ')}).
Rejected records, merged duplicates and warnings go to stderr after a one-line summary.
With no INPUT the bundled corpus (graph-data/corpus/hf-daily-papers-anomaly-detection.txt) is read;
'-' reads standard input.

Formats (picked by content and extension, or --format):
  hf-page     ${FORMAT_DESCRIPTIONS[0]}
  jsonl       ${FORMAT_DESCRIPTIONS[1]} (one object a line)
  json        ${FORMAT_DESCRIPTIONS[2]} of objects
  csv         ${FORMAT_DESCRIPTIONS[3]} with a header naming title, abstract (or summary), authors, date/year, url, doi, id
  bibtex      ${FORMAT_DESCRIPTIONS[4]} (title, abstract, author, year/month or date, url, doi, eprint)
  arxiv-atom  ${FORMAT_DESCRIPTIONS[5]} (arXiv API results)
  ris         ${FORMAT_DESCRIPTIONS[6]} (Zotero, EndNote, Scopus, Web of Science, PubMed: TI, AB, AU, PY/DA, DO, UR)
  wos         ${FORMAT_DESCRIPTIONS[7]} (savedrecs.txt, .ciw: TI, AB, AF/AU, PY/PD, DI)
  endnote     ${FORMAT_DESCRIPTIONS[8]} (.enw: %T, %X, %A, %D/%8, %R, %U)
  pubmed      ${FORMAT_DESCRIPTIONS[9]} (.nbib: TI, AB, FAU/AU, DP, LID/AID [doi], PMID)

Options:
  --format NAME   read every input as NAME (${FORMAT_NAMES.join(', ')})
  --year YYYY     year for dates that give none (HF page 'May 14'); default: the year after the
                  latest explicit year in the file, with a warning
  --strict        exit 1 when any record was rejected
  -h, --help      show this help

Exit status: 0 read; 1 with --strict when something was rejected; 2 usage error or unreadable input
(binary, empty or unrecognised file).

Examples:
  paperweave read                         # the bundled corpus
  paperweave read papers.bib arxiv.xml --strict
  cat papers.jsonl | paperweave read -
`,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      year: { type: 'string' },
      strict: { type: 'boolean' },
    });
    const { format, year } = readerOptions(values);

    let files;
    try {
      files = await readFiles(positionals, io);
    } catch (err) {
      // io.ts refuses binary files before the readers see them: say which formats were expected.
      if (err instanceof InputError && /binary file/.test(err.message)) {
        throw new InputError(`${err.message}; expected one of: ${FORMAT_DESCRIPTIONS.join(', ')}`);
      }
      throw err;
    }
    await loadParsers(format ? [format] : files.map((f) => detectFormat(normalizeText(f.text), f.file)));
    let result: ReadResult;
    try {
      result = readPapers(files, { format, year });
    } catch (err) {
      if (err instanceof UnreadableInputError) throw new InputError(err.message);
      throw err;
    }
    const out = result.papers.map(paperLine).join('\n');
    if (out) io.stdout.write(out + '\n');
    io.stderr.write(readSummary(result, files.length));
    return values.strict && result.rejects.length ? 1 : 0;
  },
};
