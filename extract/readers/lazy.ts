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
import { binaryReason } from './decode.ts';
import { detectFormat, looksBinary } from './detect.ts';
import { UnreadableInputError } from './errors.ts';
import { readHfPage } from './hf-page.ts';
import { readRis } from './ris.ts';
import { readWos } from './wos.ts';
import { readEndnote } from './endnote.ts';
import { readPubmed } from './pubmed.ts';
import { parseJson, readJsonArray, readJsonl, readJsonlLine } from './jsonl.ts';
import { emptyOutput, recordContext, type RawPaper, type ReaderOptions, type ReaderOutput } from './record.ts';
import { normalizeDoi, normalizeText, slugify, titleKey } from './text.ts';

export { detectFormat } from './detect.ts';
export { loadParsers } from './parsers.ts';
export { UnreadableInputError, FORMAT_DESCRIPTIONS } from './errors.ts';
export type { RawPaper, ReaderOutput } from './record.ts';

/** Every format the readers understand (for --format and --help). */
export const FORMAT_NAMES: readonly FormatName[] = ['hf-page', 'jsonl', 'json', 'csv', 'bibtex', 'arxiv-atom', 'ris', 'wos', 'endnote', 'pubmed'];

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
    case 'ris':
      return readRis(text, file);
    case 'wos':
      return readWos(text, file);
    case 'endnote':
      return readEndnote(text, file);
    case 'pubmed':
      return readPubmed(text, file);
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
 * Ids and duplicate merging across all inputs. Two records are the same paper when they share an identifier:
 * DOI, arXiv id or normalised title (letters and digits, lower case); and sameness is transitive (a record
 * with a DOI and an arXiv id joins the record with that DOI to the one with that arXiv id, whatever their
 * order), by union-find over every record of a batch. Each group of records is one paper: its first record in
 * input order is kept (it gives the paper its id, title and abstract), the others are merged into it in input
 * order (missing fields filled in, links added) and a MergeNote names each. The kept record's abstract is
 * replaced by a longer one only when the titles agree (a truncated CSV cell against the full text), never when
 * two records share an id but not a title (an arXiv paper retitled between versions, or a wrong link: one
 * title would get another paper's abstract), and never in a stream, where the paper may already have been
 * handed out (its output would then depend on where the chunks of the input fall).
 *
 * A batch is every input of readInputs, or one buffered input of a stream, or one JSONL line of a stream. A
 * record that joins two papers already handed out (a stream) is merged into the first, and a warning names
 * the other: the two stay two papers there, where `paperweave read` and `build` make them one.
 */
class Collector {
  constructor(private readonly streaming = false) {}

  private readonly usedIds = new Set<string>();
  /** Identifier (`doi:…`, `arxiv-id:…`, `title:…`) -> the paper that holds it (the first one given it). */
  private readonly owner = new Map<string, Paper>();
  /** Each paper's place in the order papers were made (the first of several is the one kept). */
  private readonly rank = new Map<Paper, number>();
  /** Per slug: the suffix after the last one given (`-2`, `-3` ...), where the search for a free id resumes. */
  private readonly nextSuffix = new Map<string, number>();

  /** Collect a batch of records (in input order): new papers to `papers`, duplicates to `merged`. */
  add(raws: readonly RawPaper[], papers: Paper[], merged: MergeNote[], warnings: ReadWarning[]): void {
    const n = raws.length;
    const keys = raws.map(identifiers);
    // Union-find over the batch's records; the root of a group is its first record (unions keep the smaller index).
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const firstWith = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      for (const k of keys[i]!) {
        const j = firstWith.get(k);
        if (j === undefined) firstWith.set(k, i);
        else {
          const a = find(i);
          const b = find(j);
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    // Each group's records in input order, the groups in the order of their first record.
    const groups = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const root = find(i);
      const g = groups.get(root);
      if (g) g.push(i);
      else groups.set(root, [i]);
    }
    const notes: { index: number; note: MergeNote }[] = [];
    for (const members of groups.values()) {
      // Papers made earlier (an earlier batch of a stream) that the group's identifiers lead to, first made first.
      const earlier = [...new Set(members.flatMap((i) => keys[i]!.flatMap((k) => this.owner.get(k) ?? [])))].sort(
        (a, b) => this.rank.get(a)! - this.rank.get(b)!,
      );
      const kept = earlier[0] ?? this.create(raws[members[0]!]!, papers);
      const keptTitle = titleKey(kept.title);
      // Why a record was merged: the first of its identifiers (DOI, then arXiv id, then title) that a record before
      // it in the group (or a paper made earlier) has; failing that (it joined through a later record), that any has.
      const before = new Set(earlier.flatMap(identifiers));
      const others = (i: number, k: string) => members.some((j) => j !== i && keys[j]!.includes(k)) || before.has(k);
      for (const i of members) {
        if (i === members[0] && !earlier.length) {
          for (const k of keys[i]!) before.add(k);
          continue;
        }
        const raw = raws[i]!;
        mergeInto(kept, raw, !this.streaming && titleKey(raw.title) === keptTitle);
        const shared = keys[i]!.find((k) => before.has(k)) ?? keys[i]!.find((k) => others(i, k)) ?? keys[i]![0]!;
        for (const k of keys[i]!) before.add(k);
        notes.push({ index: i, note: { kept: kept.id, dropped: raw.source, reason: shared.slice(0, shared.indexOf(':')) as MergeNote['reason'] } });
      }
      for (const other of earlier.slice(1)) {
        const by = raws[members.find((i) => keys[i]!.some((k) => this.owner.get(k) === other)) ?? members[0]!]!.source;
        warnings.push({
          file: by.file,
          line: by.line,
          message: `the same paper as ${kept.id} and ${other.id} (${other.source.file}:${other.source.line}), both written out before this record joined them: merged into ${kept.id} only (\`paperweave read\` and \`build\` make them one paper)`,
        });
      }
      this.register(kept, [...identifiers(kept), ...members.flatMap((i) => keys[i]!)]);
    }
    notes.sort((a, b) => a.index - b.index);
    for (const { note } of notes) merged.push(note);
  }

  /** A new paper from a record: the first free id of its title's slug (`base`, `base-2`, `base-3` ...). */
  private create(raw: RawPaper, papers: Paper[]): Paper {
    // Ids are never freed, so every suffix below the last one given is still taken: resume there (a slug
    // shared by many titles stays linear).
    const base = slugify(raw.title);
    let id = base;
    if (this.usedIds.has(id)) {
      let n = this.nextSuffix.get(base) ?? 2;
      for (; this.usedIds.has((id = `${base}-${n}`)); n++);
      this.nextSuffix.set(base, n + 1);
    }
    this.usedIds.add(id);
    const paper: Paper = { id, ...raw };
    this.rank.set(paper, this.rank.size);
    papers.push(paper);
    return paper;
  }

  private register(p: Paper, keys: readonly string[]): void {
    for (const k of keys) if (!this.owner.has(k)) this.owner.set(k, p);
  }
}

/** A record's identifiers, most telling first: DOI (lower case), arXiv id, normalised title. */
function identifiers(p: RawPaper): string[] {
  const out: string[] = [];
  const doi = p.doi ? normalizeDoi(p.doi)?.toLowerCase() : undefined;
  if (doi) out.push(`doi:${doi}`);
  if (p.arxivId) out.push(`arxiv-id:${p.arxivId}`);
  const t = titleKey(p.title);
  if (t) out.push(`title:${t}`);
  return out;
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

/** A reader's output into a result: its papers as one batch (see Collector), or one by one (a JSONL stream). */
function collect(out: ReaderOutput, collector: Collector, into: ReadResult, oneByOne = false): void {
  into.rejects.push(...out.rejects);
  into.warnings.push(...out.warnings);
  if (oneByOne) for (const raw of out.papers) collector.add([raw], into.papers, into.merged, into.warnings);
  else collector.add(out.papers, into.papers, into.merged, into.warnings);
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
  // Every input's records are one batch: the same paper in two files is one paper, whatever the files' order.
  const all = emptyOutput();
  for (const { file, text, format } of prepared) {
    const out = readForced(text, file, format, !!opts.format, { year: opts.year });
    all.papers.push(...out.papers);
    all.rejects.push(...out.rejects);
    all.warnings.push(...out.warnings);
  }
  collect(all, collector, result);
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
 * an object; anything else is buffered and detected at end(). With `format: 'jsonl'`, every input streams but one
 * whose first line opens an array, or an object it does not close (pretty-printed JSON): that one is buffered and
 * read at end() as readInputs reads it. `after`, the reader of the input before
 * this one, carries the ids and duplicates over (a paper in two inputs is merged into the first).
 */
export function createStreamReader(opts: { file: string; format?: FormatName; year?: number; after?: StreamReader }): StreamReader {
  const { file } = opts;
  // (the readers of several inputs share one collector: a paper in two files is one paper, as readInputs has it)
  const collector = opts.after ? collectorOf.get(opts.after)! : new Collector(true);
  // (--format jsonl streams too, once its first line shows JSON Lines: a first line that opens a JSON value over several
  // lines, a pretty-printed array or object, is buffered and read as readInputs reads it; each of its lines was a reject)
  const forcedJsonl = opts.format === 'jsonl';
  let mode: 'undecided' | 'jsonl' | 'buffer' = opts.format && !forcedJsonl ? 'buffer' : 'undecided';
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
    // (one by one: a line's paper is handed out before the next line is read, whatever the chunks)
    collect(out, collector, result, true);
    return finish(result);
  };

  const decide = (final: boolean): void => {
    mode = decided(final);
  };
  const decided = (final: boolean): typeof mode => {
    if (mode !== 'undecided') return mode;
    const lead = buf.search(/\S/);
    if (lead < 0) return final ? (forcedJsonl ? 'jsonl' : 'buffer') : 'undecided';
    // (--format jsonl: any line but one that opens a JSON value over several lines, or an array, is JSON Lines' to read)
    if (buf[lead] !== '{') return forcedJsonl && buf[lead] !== '[' ? 'jsonl' : 'buffer';
    const rest = buf.slice(lead);
    const nl = rest.search(/[\r\n]/);
    if (nl < 0 && !final) return 'undecided'; // first line not complete yet
    const first = nl < 0 ? rest : rest.slice(0, nl);
    let isObj = false;
    try {
      const v: unknown = parseJson(first);
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
      if (chunk.includes('\u0000')) {
        const head = (whole + chunk).slice(0, 512);
        throw new UnreadableInputError(file, binaryReason(Array.from(head, (c) => c.charCodeAt(0))));
      }
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
