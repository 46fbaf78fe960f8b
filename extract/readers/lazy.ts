/**
 * The readers' API (see index.ts) without the third-party parsers that BibTeX, Atom XML and CSV need:
 * a caller that imports this module loads them with `await loadParsers(formats)` before reading those
 * formats (a JSONL-only program never pays for them). index.ts is this module with every parser loaded.
 *
 *   readInputs([{ file, text }], { format?, year? }) -> ReadResult
 *   createStreamReader({ file, format?, year? })    -> { push(chunk), formatAtEnd(), end() } for pipelines
 *   loadParsers(formats?)                            -> Promise: the parsers those formats need
 */
import type { FormatName, MergeNote, Paper, ReadResult, ReadWarning, Reject } from '../../src/model.ts';
import { readArxivAtom } from './arxiv-atom.ts';
import { readBibtex } from './bibtex.ts';
import { readCsv } from './csv.ts';
import { detectFormat, looksBinary } from './detect.ts';
import { UnreadableInputError } from './errors.ts';
import { readHfPage } from './hf-page.ts';
import { readJsonArray, readJsonl, readJsonlLine } from './jsonl.ts';
import { emptyOutput, recordContext, type RawPaper, type ReaderOptions, type ReaderOutput } from './record.ts';
import { normalizeDoi, normalizeText, slugify, titleKey } from './text.ts';

export { detectFormat } from './detect.ts';
export { loadParsers } from './parsers.ts';
export { UnreadableInputError, FORMAT_DESCRIPTIONS } from './errors.ts';
export type { RawPaper, ReaderOutput } from './record.ts';

/** Every format the readers understand (for --format and --help). */
export const FORMAT_NAMES: readonly FormatName[] = ['hf-page', 'jsonl', 'json', 'csv', 'bibtex', 'arxiv-atom'];

export interface ReadOptions {
  /** Skip detection and read every input as this format. */
  format?: FormatName;
  /** Year for dates that give none (Hugging Face page `May 14`). */
  year?: number;
}

/** Read one normalised text as `format`. */
export function readFormat(text: string, file: string, format: FormatName, opts: ReaderOptions = {}): ReaderOutput {
  switch (format) {
    case 'hf-page':
      return readHfPage(text, file, opts);
    case 'jsonl':
      return readJsonl(text, file);
    case 'json':
      return readJsonArray(text, file);
    case 'csv':
      return readCsv(text, file);
    case 'bibtex':
      return readBibtex(text, file);
    case 'arxiv-atom':
      return readArxivAtom(text, file);
  }
}

/**
 * Read one input as the format the user forced, saying so when that found no record at all: `--format bibtex`
 * on a JSONL file would otherwise read 0 papers without a word. A warning, not a reject: an empty "[]" or a
 * header-only CSV is a valid file with no record.
 */
function readForced(text: string, file: string, format: FormatName, forced: boolean, opts: ReaderOptions): ReaderOutput {
  const out = readFormat(text, file, format, opts);
  if (forced && !out.papers.length && !out.rejects.length) {
    const seen = detectFormat(text, file);
    out.warnings.push({
      file,
      message: `no ${format} record found${seen && seen !== format ? `; the file looks like ${seen}: leave out --format to read it as that` : ''}`,
    });
  }
  return out;
}

/** Check an input can be read at all, and pick its format. Throws UnreadableInputError. */
function formatOf(text: string, file: string, format?: FormatName): FormatName {
  if (looksBinary(text)) throw new UnreadableInputError(file, 'binary file, not text');
  if (!text.trim()) throw new UnreadableInputError(file, 'empty file');
  if (format) return format;
  const f = detectFormat(text, file);
  if (!f) throw new UnreadableInputError(file, 'unrecognised format');
  return f;
}

/**
 * Ids and duplicate merging across all inputs, in input order. A paper is the same as an earlier one
 * when its DOI, its arXiv id or its normalised title (letters and digits, lower case) matches; it is
 * then merged into the earlier one (missing fields filled in, links added) and a MergeNote says so.
 * The earlier paper keeps its title and the abstract that goes with it: a longer abstract replaces it only
 * when the titles agree (a truncated CSV cell against the full text), never when the two records share an
 * id but not a title (an arXiv paper retitled between versions, or a wrong link: one title would get
 * another paper's abstract), and never in a stream, where the earlier paper may already have been handed
 * out (its output would then depend on where the chunks of the input fall).
 */
class Collector {
  constructor(private readonly streaming = false) {}

  private readonly usedIds = new Set<string>();
  private readonly byTitle = new Map<string, Paper>();
  private readonly byDoi = new Map<string, Paper>();
  private readonly byArxiv = new Map<string, Paper>();
  /** Per slug: the suffix after the last one given (`-2`, `-3` ...), where the search for a free id resumes. */
  private readonly nextSuffix = new Map<string, number>();

  add(raw: RawPaper, papers: Paper[], merged: MergeNote[]): void {
    const doi = raw.doi ? normalizeDoi(raw.doi)?.toLowerCase() : undefined;
    const tkey = titleKey(raw.title);
    let kept: Paper | undefined;
    let reason: MergeNote['reason'] = 'title';
    if (doi && this.byDoi.has(doi)) {
      kept = this.byDoi.get(doi);
      reason = 'doi';
    } else if (raw.arxivId && this.byArxiv.has(raw.arxivId)) {
      kept = this.byArxiv.get(raw.arxivId);
      reason = 'arxiv-id';
    } else if (tkey && this.byTitle.has(tkey)) {
      kept = this.byTitle.get(tkey);
      reason = 'title';
    }
    if (kept) {
      mergeInto(kept, raw, !this.streaming && titleKey(kept.title) === tkey);
      merged.push({ kept: kept.id, dropped: raw.source, reason });
      this.register(kept);
      return;
    }
    // The first free id of `base`, `base-2`, `base-3` ... Ids are never freed, so every suffix below the
    // last one given is still taken: resume there (a slug shared by many titles stays linear).
    const base = slugify(raw.title);
    let id = base;
    if (this.usedIds.has(id)) {
      let n = this.nextSuffix.get(base) ?? 2;
      for (; this.usedIds.has((id = `${base}-${n}`)); n++);
      this.nextSuffix.set(base, n + 1);
    }
    this.usedIds.add(id);
    const paper: Paper = { id, ...raw };
    this.register(paper, tkey);
    papers.push(paper);
  }

  private register(p: Paper, tkey = titleKey(p.title)): void {
    if (tkey && !this.byTitle.has(tkey)) this.byTitle.set(tkey, p);
    const doi = p.doi?.toLowerCase();
    if (doi && !this.byDoi.has(doi)) this.byDoi.set(doi, p);
    if (p.arxivId && !this.byArxiv.has(p.arxivId)) this.byArxiv.set(p.arxivId, p);
  }
}

/** Fill the kept paper's missing fields from the dropped one; add links it lacks. */
function mergeInto(kept: Paper, other: RawPaper, sameText: boolean): void {
  const k = kept as unknown as Record<string, unknown>;
  const o = other as unknown as Record<string, unknown>;
  for (const key of ['authors', 'authorsCount', 'date', 'year', 'upvotes', 'doi', 'arxivId', 'url'] as const) {
    if (k[key] === undefined && o[key] !== undefined) k[key] = o[key];
  }
  // A longer abstract is the fuller one (e.g. a truncated CSV cell against the full text).
  if (sameText && other.abstract.length > kept.abstract.length * 1.2) kept.abstract = other.abstract;
  for (const u of other.urls) if (!kept.urls.some((x) => x.url === u.url)) kept.urls.push(u);
}

function emptyResult(): ReadResult {
  return { papers: [], rejects: [], warnings: [], merged: [], recordsIn: 0 };
}

function collect(out: ReaderOutput, collector: Collector, into: ReadResult): void {
  for (const raw of out.papers) collector.add(raw, into.papers, into.merged);
  into.rejects.push(...out.rejects);
  into.warnings.push(...out.warnings);
}

function finish(r: ReadResult): ReadResult {
  r.recordsIn = r.papers.length + r.rejects.length + r.merged.length;
  return r;
}

/**
 * Read every input (file name + decoded text), detecting each one's format unless `opts.format`.
 * Throws UnreadableInputError for a binary, empty or unrecognised input.
 */
export function readInputs(inputs: { file: string; text: string }[], opts: ReadOptions = {}): ReadResult {
  const collector = new Collector();
  const result = emptyResult();
  // Check every input before reading any, so an unreadable one fails fast.
  const prepared = inputs.map(({ file, text }) => {
    const norm = normalizeText(text);
    return { file, text: norm, format: formatOf(norm, file, opts.format) };
  });
  for (const { file, text, format } of prepared) {
    collect(readForced(text, file, format, !!opts.format, { year: opts.year }), collector, result);
  }
  return finish(result);
}

export interface StreamReader {
  /** Feed the next chunk of text; returns what became readable since the last call. */
  push(chunk: string): ReadResult;
  /**
   * The format end() will read the input as, if the input ended now: 'jsonl' when it streams, else the
   * format given or detected (null when none would be). For loading its parser (loadParsers) first.
   */
  formatAtEnd(): FormatName | null;
  /** No more input: read what is buffered. Throws UnreadableInputError for unreadable input. */
  end(): ReadResult;
}

/**
 * A reader for pipelines (`cat big.jsonl | paperweave extract -`). JSONL yields each paper as soon as its
 * line is complete; other formats are buffered and read at end(). Each call returns only what is new
 * (its `recordsIn` counts the new records), ids and duplicate merging are consistent across calls (a
 * later duplicate is merged into the already-returned paper object and reported in `merged`).
 * Without `format`, JSONL is chosen when the first non-blank char is `{` and the first line parses as
 * an object; anything else is buffered and detected at end(). `after`, the reader of the input before
 * this one, carries the ids and duplicates over (a paper in two inputs is merged into the first).
 */
export function createStreamReader(opts: { file: string; format?: FormatName; year?: number; after?: StreamReader }): StreamReader {
  const { file } = opts;
  // (the readers of several inputs share one collector: a paper in two files is one paper, as readInputs has it)
  const collector = opts.after ? collectorOf.get(opts.after)! : new Collector(true);
  let mode: 'undecided' | 'jsonl' | 'buffer' = opts.format ? (opts.format === 'jsonl' ? 'jsonl' : 'buffer') : 'undecided';
  let buf = '';
  let whole = ''; // everything, for buffered formats
  let started = false;
  let lineNo = 0;
  let ended = false;

  const takeLines = (final: boolean): ReadResult => {
    const result = emptyResult();
    const out = emptyOutput();
    // Lines end at `\r\n`, `\r` or `\n`. `pos` walks the buffer (cut once at the end); `cr` is the next
    // `\r` at or after `pos` (-1: none), so a file without `\r` is not searched for one per line.
    let pos = 0;
    let cr = buf.indexOf('\r');
    try {
      for (;;) {
        if (cr >= 0 && cr < pos) cr = buf.indexOf('\r', pos);
        const lf = buf.indexOf('\n', pos);
        const nl = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
        if (nl < 0) break;
        const sepLen = buf.startsWith('\r\n', nl) ? 2 : 1;
        // A `\r` at the very end may be the first half of `\r\n`: wait for the next chunk.
        if (!final && buf[nl] === '\r' && nl === buf.length - 1) break;
        const line = buf.slice(pos, nl).normalize('NFC');
        pos = nl + sepLen;
        lineNo++;
        readJsonlLine(line, lineNo, recordContext(file, line), out);
      }
    } finally {
      buf = buf.slice(pos);
    }
    if (final && buf) {
      lineNo++;
      const line = buf.normalize('NFC');
      buf = '';
      readJsonlLine(line, lineNo, recordContext(file, line), out);
    }
    collect(out, collector, result);
    return finish(result);
  };

  const decide = (final: boolean): void => {
    mode = decided(final);
  };
  const decided = (final: boolean): typeof mode => {
    if (mode !== 'undecided') return mode;
    const lead = buf.search(/\S/);
    if (lead < 0) return final ? 'buffer' : 'undecided';
    if (buf[lead] !== '{') return 'buffer';
    const rest = buf.slice(lead);
    const nl = rest.search(/[\r\n]/);
    if (nl < 0 && !final) return 'undecided'; // first line not complete yet
    const first = nl < 0 ? rest : rest.slice(0, nl);
    let isObj = false;
    try {
      const v: unknown = JSON.parse(first);
      isObj = !!v && typeof v === 'object' && !Array.isArray(v);
    } catch {
      isObj = false;
    }
    return isObj ? 'jsonl' : 'buffer';
  };

  const reader: StreamReader = {
    push(chunk: string): ReadResult {
      if (ended) throw new Error(`createStreamReader(${file}): push() after end()`);
      if (!started && chunk) {
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
        started = true;
      }
      if (chunk.includes('\u0000')) throw new UnreadableInputError(file, 'binary file, not text');
      whole += chunk;
      buf += chunk;
      if (mode === 'undecided') decide(false);
      if (mode === 'jsonl') {
        whole = '';
        return takeLines(false);
      }
      return finish(emptyResult());
    },
    formatAtEnd(): FormatName | null {
      if (ended) return null;
      if (decided(true) === 'jsonl') return 'jsonl';
      if (opts.format) return opts.format;
      const text = normalizeText(whole);
      return looksBinary(text) || !text.trim() ? null : detectFormat(text, file);
    },
    end(): ReadResult {
      if (ended) return finish(emptyResult());
      ended = true;
      if (mode === 'undecided') decide(true);
      if (mode === 'jsonl') {
        if (lineNo === 0 && !buf.trim()) throw new UnreadableInputError(file, 'empty file');
        return takeLines(true);
      }
      const text = normalizeText(whole);
      whole = '';
      buf = '';
      const format = formatOf(text, file, opts.format);
      const result = emptyResult();
      collect(readForced(text, file, format, !!opts.format, { year: opts.year }), collector, result);
      return finish(result);
    },
  };
  collectorOf.set(reader, collector);
  return reader;
}
/** Each stream reader's collector, for the reader of the next input (createStreamReader's `after`). */
const collectorOf = new WeakMap<StreamReader, Collector>();

export type { FormatName, MergeNote, Paper, ReadResult, ReadWarning, Reject };
