/**
 * Reader for RIS, the tagged format every reference manager and database exports (Zotero, Mendeley, EndNote, Scopus,
 * Web of Science, IEEE Xplore, PubMed): a record from `TY  - ` to `ER  - `, one `TAG  - value` a line, a line without a
 * tag continuing the field before it. Read: TI/T1 title, AB/N2 abstract, AU/A1 (each "Last, First") authors, DA or
 * PY/Y1 ("2022/06/15/" or "2022///") date, DO doi, UR url (an arXiv link gives the arXiv id).
 */
import { addRecord, buildPaper, emptyOutput, recordContext, warnAt, type LooseFields, type ReaderOutput } from './record.ts';

/** A tagged line: two capitals (or a capital and a digit), two spaces, a hyphen, then the value (maybe none). */
const TAG_LINE = /^([A-Z][A-Z0-9])  -(?: (.*))?$/;

/** Content test used by detection: the first non-blank line opens a record. */
export function looksLikeRis(text: string): boolean {
  const first = /^\s*(.*)/.exec(text)?.[1] ?? '';
  return /^TY  - ?\S*\s*$/.test(first);
}

/** An RIS date ("2022/06/15/", "2022/06//", "2022///Spring", "2022") as an ISO date, or as written when it is not one. */
function risDate(value: string): string {
  const m = /^(\d{4})(?:\/(\d{1,2})?(?:\/(\d{1,2})?)?)?(?:\/.*)?$/.exec(value.trim());
  if (!m) return value;
  return [m[1], m[2]?.padStart(2, '0'), m[2] && m[3] ? m[3].padStart(2, '0') : undefined].filter(Boolean).join('-');
}

export function readRis(text: string, file: string): ReaderOutput {
  const out = emptyOutput();
  const ctx = recordContext(file, text);
  let record: { line: number; tags: Map<string, string[]> } | undefined;
  let last: string[] | undefined;

  const finish = () => {
    if (!record) return;
    const get = (...tags: string[]) => tags.map((t) => record!.tags.get(t)?.[0]).find((v) => v !== undefined && v.trim() !== '');
    const authors = ['AU', 'A1'].flatMap((t) => record!.tags.get(t) ?? []).filter((a) => a.trim());
    const urls = record.tags.get('UR') ?? [];
    const date = get('DA');
    const year = get('PY', 'Y1');
    const loose: LooseFields = {
      title: get('TI', 'T1'),
      abstract: get('AB', 'N2'),
      authors: authors.length ? authors : undefined,
      // (DA, the full date, beside PY, the year: a DA the readers cannot parse, Web of Science's "JUN 15", gives the year)
      date: date !== undefined ? risDate(date) : year !== undefined ? risDate(year) : undefined,
      year: date !== undefined && year !== undefined ? /^\d{4}/.exec(year.trim())?.[0] ?? year : undefined,
      doi: get('DO'),
      url: urls[0],
      // (an arXiv link among the URLs, after the publisher's, gives the arXiv id)
      id: urls.find((u) => /arxiv\.org\/(?:abs|pdf)\//i.test(u)),
    };
    const source = { file, line: record.line };
    addRecord(out, buildPaper(loose, source, ctx, warnAt(out, source)), source);
    record = undefined;
    last = undefined;
  };

  // Lines outside any record (before a "TY  - ", after an "ER  - "): one warning for a run of them, at its first line.
  let outsideRun: { line: number; first: string; n: number } | undefined;
  const outside = (line: number, content: string) => {
    if (outsideRun && outsideRun.line + outsideRun.n === line) outsideRun.n++;
    else {
      flushOutside();
      outsideRun = { line, first: content, n: 1 };
    }
  };
  const flushOutside = () => {
    if (!outsideRun) return;
    const { line, first, n } = outsideRun;
    out.warnings.push({ file, line, message: `RIS: ${n === 1 ? 'a line' : `${n} lines`} outside a record (no "TY  - " before ${n === 1 ? 'it' : 'them'}) not read: ${JSON.stringify(first.slice(0, 60))}${n === 1 ? '' : ' ...'}` });
    outsideRun = undefined;
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const m = TAG_LINE.exec(line);
    if (!m) {
      // a line of a field's value wrapped onto the next (EndNote, PubMed): part of that value
      if (line.trim() && last) last[last.length - 1] += ` ${line.trim()}`;
      else if (line.trim() && !record) outside(i + 1, line.trim());
      return;
    }
    const [, tag, value = ''] = m;
    if (tag === 'TY') flushOutside();
    if (tag === 'TY') {
      if (record) {
        out.warnings.push({ file, line: record.line, message: 'RIS: record not closed with "ER  - " before the next "TY  - ": read as it stands' });
        finish();
      }
      record = { line: i + 1, tags: new Map() };
      last = undefined;
      return;
    }
    if (!record) {
      outside(i + 1, line.trim());
      return;
    }
    if (tag === 'ER') {
      finish();
      return;
    }
    const list = record.tags.get(tag) ?? [];
    list.push(value.trim());
    record.tags.set(tag, list);
    last = list;
  });
  flushOutside();
  if (record) {
    out.warnings.push({ file, line: record.line, message: 'RIS: the last record is not closed with "ER  - " (a cut-short file?): read as it stands' });
    finish();
  }
  return out;
}
