/**
 * Reader for CSV (or TSV / semicolon-separated) with a header row naming the columns in any order, any
 * case: title; abstract or summary; authors; date, published or year (+ month); url; doi; id; upvotes.
 * Parsing (quoted fields with commas, quotes and newlines) is csv-parse's browser build, so this module
 * runs in the browser too. A row with the wrong number of fields is a reject; an unclosed quote rejects
 * the row it opens and reading resumes on the next line.
 */
import type { InfoRecord } from 'csv-parse/browser/esm/sync';
import { addRecord, buildPaper, emptyOutput, fieldOf, recordContext, settleAuthors, warnAt, type LooseFields, type ReaderOutput } from './record.ts';
import { lineIndex } from './text.ts';
import { UnreadableInputError } from './errors.ts';
import { parserFor } from './parsers.ts';

/** Split a line on a delimiter, respecting double quotes (for sniffing the header only). */
function splitHeader(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (q && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else q = !q;
    } else if (c === delimiter && !q) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

/** The delimiter whose split of the header names a title column (comma, tab, semicolon); else undefined. */
export function csvDelimiter(headerLine: string): string | undefined {
  let best: { d: string; n: number } | undefined;
  for (const d of [',', '\t', ';']) {
    const cols = splitHeader(headerLine, d);
    if (cols.length < 2) continue;
    const fields = cols.map(fieldOf);
    if (!fields.includes('title')) continue;
    const n = fields.filter(Boolean).length;
    if (!best || n > best.n) best = { d, n };
  }
  return best?.d;
}

/**
 * The header: the first non-blank line of a text and its 0-based index, after Excel's `sep=;` line (which Excel
 * writes and reads to name the delimiter; `sep` is that delimiter) and after a note of one cell or a few that an export
 * writes above its header (Dimensions: `"About the data: Exported on Jan 05, 2023. Criteria: ..."`), when the line
 * after them is a header that names a title column (`notes`: their 0-based indexes; the file was refused, its note
 * taken for a header naming no title column).
 */
function firstLine(text: string): { line: string; index: number; sep?: string; notes: number[] } {
  const lines = text.split('\n');
  const nonBlank = (from: number) => lines.findIndex((l, i) => i >= from && l.trim() !== '');
  let index = nonBlank(0);
  const sep = index >= 0 ? /^\s*"?sep=(.)"?\s*$/i.exec(lines[index]!)?.[1] : undefined;
  if (sep !== undefined) index = nonBlank(index + 1);
  // (a note is one cell, maybe quoted: split on any delimiter, it holds no second field)
  const notes: number[] = [];
  for (let at = index; at >= 0 && notes.length <= MAX_NOTES; at = nonBlank(at + 1)) {
    const line = lines[at]!;
    if (delimiterOf({ line, sep })) {
      if (notes.length) return { line, index: at, sep, notes };
      break;
    }
    if ([',', '\t', ';'].some((d) => splitHeader(line, d).filter(Boolean).length > 1)) break;
    notes.push(at);
  }
  return { line: index >= 0 ? lines[index]! : '', index: Math.max(0, index), sep, notes: [] };
}

/** The most lines of notes above a CSV header read past. */
const MAX_NOTES = 3;

/** The delimiter of a header: the one an Excel `sep=` line names, when it splits the header; else csvDelimiter's. */
function delimiterOf(header: { line: string; sep?: string }): string | undefined {
  if (header.sep !== undefined && splitHeader(header.line, header.sep).map(fieldOf).includes('title')) return header.sep;
  return csvDelimiter(header.line);
}

export function looksLikeCsv(text: string): boolean {
  const first = firstLine(text);
  const { line } = first;
  const d = delimiterOf(first);
  if (!d) return false;
  const fields = splitHeader(line, d).map(fieldOf);
  return fields.includes('abstract');
}

type Row = { record: string[]; info: InfoRecord };

export function readCsv(text: string, file: string): ReaderOutput {
  const out = emptyOutput();
  const ctx = recordContext(file, text);
  const first = firstLine(text);
  const { line: header, index: headerIndex } = first;
  const delimiter = delimiterOf(first);
  const columns = delimiter ? splitHeader(header, delimiter) : [];
  const fields = columns.map(fieldOf);
  if (!delimiter || !fields.includes('title') || !fields.includes('abstract')) {
    throw new UnreadableInputError(
      file,
      `CSV header ${JSON.stringify(header.slice(0, 120))} names no ${fields.includes('title') ? 'abstract (or summary)' : 'title'} column`,
    );
  }
  if (first.notes.length) {
    const lines = text.split('\n', headerIndex + 1);
    out.warnings.push({
      file,
      line: first.notes[0]! + 1,
      message: `CSV: ${first.notes.length === 1 ? 'a line' : `${first.notes.length} lines`} above the header read as a note, not a record: ${JSON.stringify(lines[first.notes[0]!]!.replace(/\r$/, '').slice(0, 80))}${first.notes.length === 1 ? '' : ' ...'}`,
    });
  }
  // (one warning for them all: a Zotero or Scopus export has dozens, which buried the warnings that matter)
  const unused = columns.filter((c, k) => !fields[k] && c);
  if (unused.length === 1) out.warnings.push({ file, line: headerIndex + 1, message: `CSV column ${JSON.stringify(unused[0])} is not used` });
  else if (unused.length) out.warnings.push({ file, line: headerIndex + 1, message: `${unused.length} CSV columns are not used: ${unused.map((c) => JSON.stringify(c)).join(', ')}` });

  const parse = parserFor('csv');
  const headerKey = JSON.stringify(columns);
  const addRow = (record: string[], line: number) => {
    // A delimiter at the end of each row but not of the header: Web of Science's tab-delimited export writes one (an "extra
    // tab in the end of each line", aknutas/nails#22). The empty field after it holds nothing; the row was a reject.
    if (record.length === columns.length + 1 && record[columns.length]!.trim() === '') record = record.slice(0, columns.length);
    // The header again (exports joined with `cat a.csv b.csv`): no record; it was read as one ("Title": unparseable year "Year")
    if (record.length === columns.length && JSON.stringify(record.map((c) => c.replace(/^\ufeff/, '').trim())) === headerKey) {
      out.warnings.push({ file, line, message: 'CSV: the header again (files joined?): not a record, skipped' });
      return;
    }
    if (record.length !== columns.length) {
      out.rejects.push({ file, line, reason: `CSV row has ${record.length} field${record.length === 1 ? '' : 's'}, the header has ${columns.length}` });
      return;
    }
    const loose: LooseFields = {};
    record.forEach((v, k) => {
      const f = fields[k];
      if (f && loose[f] === undefined && v.trim() !== '') loose[f] = v;
    });
    const source = { file, line };
    addRecord(out, buildPaper(loose, source, ctx, warnAt(out, source)), source);
  };
  /** One line parsed as one row with its stray quotes kept; undefined when it is not one whole row that way. */
  const rowOfLine = (lineText: string): string[] | undefined => {
    try {
      const rows = parse(lineText.replace(/\r$/, ''), { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
      return rows.length === 1 ? rows[0] : undefined;
    } catch {
      return undefined;
    }
  };
  const lineOf = lineIndex(text);
  const encoder = new TextEncoder();
  // Lines are counted in characters; csv-parse counts bytes: map a byte offset of `chunk` to a line.
  const lines = text.split('\n');
  let offset = lines.slice(0, headerIndex + 1).join('\n').length + 1; // char offset after the header
  while (offset < text.length) {
    const chunk = text.slice(offset);
    const bytes = encoder.encode(chunk);
    const decoder = new TextDecoder();
    // Byte offsets (csv-parse) to char offsets (ours), advanced record by record: linear overall.
    let lastByte = 0;
    let lastChar = 0;
    const byteToChar = (b: number) => {
      lastChar += decoder.decode(bytes.subarray(lastByte, b)).length;
      lastByte = b;
      return lastChar;
    };
    const rows: Row[] = [];
    let failure: string | undefined;
    let failureCode: string | undefined;
    try {
      parse(chunk, {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        on_record: (record: string[], info: InfoRecord) => {
          rows.push({ record, info });
          return record;
        },
      });
    } catch (err) {
      failure = ((err as Error).message || String(err)).replace(/ at line \d+/, '').split(':')[0];
      failureCode = (err as { code?: string }).code;
    }
    let prevEnd = 0; // char offset in chunk where the previous record ended
    const startOf = (endChar: number) => {
      let s = prevEnd;
      while (s < endChar && /\s/.test(chunk[s])) s++;
      return s;
    };
    for (const { record, info } of rows) {
      const endChar = byteToChar(info.bytes);
      const line = lineOf(offset + startOf(endChar));
      prevEnd = endChar;
      addRow(record, line);
    }
    if (failure === undefined) break;
    // A quoting error (a quote never closed, text after a closing quote): reject the row where the
    // failing record starts, resume reading on the line after it.
    const badStart = offset + startOf(chunk.length);
    if (badStart >= text.length) break;
    const nl = text.indexOf('\n', badStart);
    // A quote in a field that is not quoted ('We call it "total recall".', '"Quoted" words', as Web of Science's
    // tab-delimited export, which quotes nothing, and hand-written CSV have them) is a quote when its line alone is
    // a whole row that way: the row was rejected ("Invalid Opening Quote"). Not for the whole file: a quote that is
    // never closed would then swallow the rows after it.
    const relaxed = /^(?:CSV_)?INVALID_(?:OPENING|CLOSING)_QUOTE$/.test(failureCode ?? '') ? rowOfLine(text.slice(badStart, nl < 0 ? text.length : nl)) : undefined;
    if (relaxed && relaxed.length === columns.length) addRow(relaxed, lineOf(badStart));
    else out.rejects.push({ file, line: lineOf(badStart), reason: `CSV: ${failure} (in the row starting here)` });
    if (nl < 0) break;
    offset = nl + 1;
  }
  // (author lists of single words read as pairs when another row of the file shows that shape: record.ts)
  settleAuthors(out, ctx);
  return out;
}
