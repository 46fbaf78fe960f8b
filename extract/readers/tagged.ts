/**
 * The record loop the tagged export formats share (RIS, Web of Science plain text, EndNote/refer, PubMed's MEDLINE):
 * one field a line, a tag then its value; lines without a tag continue the field before them; a record opens with one
 * tag and closes with another (RIS `TY  - ` ... `ER  - `, Web of Science `PT` ... `ER`, where a record without its PT
 * opens on any tag) or, in refer and MEDLINE, at
 * a blank line. Each format
 * says how its lines look; its reader turns a record's tags into loose fields (record.ts).
 *
 * Nothing is lost silently: lines outside any record (before an opening tag, after a closing one) are one warning
 * per run of them, a record not closed before the next one or at the end of the file is read with a warning. Two files
 * joined where the first does not end on a line break put the next record's opening tag at the end of a line ("%D
 * 2022%0 Journal Article", "ER  - TY  - JOUR", or a refer record that opens with its authors, "%D 2022%A Roth, Karsten"): the
 * record is read as one of its own from that line, with a warning.
 */
import { addRecord, buildPaper, emptyOutput, recordContext, warnAt, type LooseFields, type ReaderOutput } from './record.ts';

export interface TaggedFormat {
  /** How messages name the format: "RIS". */
  name: string;
  /** A tag line's tag and value (the value trimmed; '' when none); undefined for any other line. */
  tagLine(line: string): { tag: string; value: string } | undefined;
  /** The text a line that is not a tag line adds to the field before it; undefined when it adds none (a blank line). */
  continuation(line: string): string | undefined;
  /** The tag that opens a record. */
  opens: string;
  /** The tag that closes one; without it, a blank line closes a record (refer), before the next tag line. */
  closes?: string;
  /** A tag as messages write it: `"TY  - "`. */
  shown(tag: string): string;
  /** Tags of the file itself, read nowhere, never warned about outside a record (Web of Science's FN, VR, EF). */
  fileTags?: ReadonlySet<string>;
  /** Tags whose continuation lines are values of their own (Web of Science's AU and AF: one author a line). */
  listTags?: ReadonlySet<string>;
  /** What joins a continuation line to the value it continues. */
  joiner: string;
  /**
   * Any tag line outside a record opens one, not only the opening tag (Web of Science's patent records without their
   * `PT P`, opening on `PN`); the record still closes with `closes`. Its opening tag, when it comes first in the record, is
   * read as one of its fields.
   */
  anyTagOpens?: boolean;
  /**
   * The record's title tag, which a record holds once: a second one is two records run together (files joined with `cat`
   * where the first does not end on a line break, "%D 2022%0 Journal Article"), said in a warning. Where the second
   * record's opening tag shows at the end of a line before it (joinedOpen), it is read from there as a record of its own;
   * else only the first title is read.
   */
  titleTag: string;
  /**
   * The opening tag line as it starts ("TY  - ") and its values (RIS's type codes, "JOUR"): a value that ends on them is
   * two lines joined, the last of one file and the first of the next ("PY  - 2022TY  - JOUR", as `cat` makes of a file
   * that does not end on a line break). The record from there on is read as one of its own when a second title
   * confirms it (or at once after the closing tag, "ER  - TY  - JOUR").
   */
  joinedOpen: { text: string; value: RegExp };
  /**
   * Other tags a record may open with, as their lines start and their values (refer's `%A`, an author, where a writer
   * puts the type after the authors, as OJS does): a value that ends on one is a joined line too ("%D 2022%A Roth,
   * Karsten"), read as two records only when a second title or a second opening tag confirms it.
   */
  joinedFirst?: readonly { tag: string; text: string; value: RegExp }[];
}

/** A record's fields: tag -> its values in order (a tag written twice, RIS's AU, has two). */
export type TaggedFields = ReadonlyMap<string, readonly string[]>;

/** The first non-blank value of the first of `tags` that has one. */
export function firstOf(fields: TaggedFields, ...tags: string[]): string | undefined {
  for (const t of tags) {
    const v = fields.get(t)?.find((x) => x.trim() !== '');
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * A record's author lines as loose fields take them: one a line, a list. A single line that holds several names, as
 * some writers put every author in one tag ("Roth, Karsten; Pemula, Latha", "A and B", "Roth, K., Pemula, L."), is
 * split as any author string is (text.ts, parseAuthors); one with a single comma stays one name ("Roth, Karsten", or
 * "Microsoft Research, Asia").
 */
export function authorLines(values: readonly string[]): string | string[] | undefined {
  const names = values.filter((a) => a.trim());
  if (names.length !== 1) return names.length ? names : undefined;
  const one = names[0]!;
  return /;|\s(?:and|&)\s|,.*,/i.test(one) ? one : names;
}

/**
 * Where `value` ends on the format's opening tag line (or a line of joinedFirst), joined onto it ("2022TY  - JOUR",
 * "2022\ufeffPMID- 2", "2022%A Roth, Karsten"): the offset it starts at (a BOM before it included), the tag and its
 * value; undefined for any other value.
 */
export function joinedOpening(value: string, format: TaggedFormat): { at: number; tag: string; value: string } | undefined {
  let found: { at: number; tag: string; value: string } | undefined;
  for (const start of [{ tag: format.opens, ...format.joinedOpen }, ...(format.joinedFirst ?? [])]) {
    const at = value.lastIndexOf(start.text);
    if (at < 0 || (found && at < found.at)) continue;
    const t = format.tagLine(value.slice(at));
    if (!t || t.tag !== start.tag || !start.value.test(t.value)) continue;
    found = { at, tag: t.tag, value: t.value };
  }
  return found && { ...found, at: value[found.at - 1] === '\ufeff' ? found.at - 1 : found.at };
}

/**
 * Read every record of `text` as `format`, `toLoose` turning each record's fields into loose fields.
 */
export function readTagged(
  text: string,
  file: string,
  format: TaggedFormat,
  toLoose: (fields: TaggedFields) => LooseFields,
): ReaderOutput {
  const out = emptyOutput();
  // (each of these formats writes an author "Family, Given": a line of single words joined by commas is such pairs)
  const ctx = recordContext(file, text, { authorPairs: true });
  const { name, opens, closes, shown } = format;
  /** A record's fields in the order read; `joined`: the field whose value ends on the next record's opening tag line. */
  interface Field {
    tag: string;
    value: string;
  }
  let record: { line: number; fields: Field[]; joined?: { index: number; at: number; line: number; tag: string; value: string } } | undefined;
  /** The field last read, which a continuation line extends. */
  let last: Field | undefined;
  /** refer: a blank line was read in the record; the next tag line opens a new record. */
  let blankSeen = false;
  /** The opening tag is read as a field (EndNote's %0, PubMed's PMID, Web of Science's PT), not RIS's TY. */
  const keepsOpening = !closes || !!format.anyTagOpens;

  const has = (tag: string, withValue = false) => !!record?.fields.some((f) => f.tag === tag && (!withValue || f.value.trim()));
  const finish = () => {
    if (!record) return;
    const source = { file, line: record.line };
    const warn = warnAt(out, source);
    const tags = new Map<string, string[]>();
    for (const { tag, value } of record.fields) {
      const list = tags.get(tag);
      if (list) list.push(value);
      else tags.set(tag, [value]);
    }
    addRecord(out, buildPaper(toLoose(tags), source, ctx, warn), source);
    record = undefined;
    last = undefined;
    blankSeen = false;
  };
  const open = (line: number) => {
    record = { line, fields: [] };
    last = undefined;
    blankSeen = false;
  };
  const add = (field: Field) => {
    record!.fields.push(field);
    last = field;
  };
  /** Note (or forget) where the value of the record's field `index` ends on an opening tag line joined onto it. */
  // (only the text the line added is looked at, the end of the value: a field of hundreds of lines, Web of Science's
  // cited references, is not searched whole once a line)
  const noteJoined = (index: number, line: number, added: string) => {
    const value = record!.fields[index]!.value;
    const j = joinedOpening(added, format);
    if (j) record!.joined = { index, line, at: value.length - added.length + j.at, tag: j.tag, value: j.value };
    else if (record!.joined?.index === index) record!.joined = undefined;
  };
  /** The record read so far was not closed before the next one opened. */
  const notClosed = () => {
    if (closes) {
      out.warnings.push({ file, line: record!.line, message: `${name}: record not closed with ${shown(closes)} before the next ${shown(opens)}: read as it stands` });
    }
  };
  /** The record before the joined line and the one that opens on it, read as two: the fields after it go to the second. */
  const splitJoined = () => {
    const j = record!.joined!;
    const rest = record!.fields.splice(j.index + 1);
    const cut = record!.fields[j.index]!;
    cut.value = cut.value.slice(0, j.at).trimEnd();
    notClosed();
    finish();
    open(j.line);
    if (keepsOpening || j.tag !== opens) add({ tag: j.tag, value: j.value });
    for (const f of rest) add(f);
  };

  // Lines outside any record (before an opening tag, after a closing one): one warning for a run of them, at its first line.
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
    out.warnings.push({
      file,
      line,
      message: `${name}: ${n === 1 ? 'a line' : `${n} lines`} outside a record (no ${shown(opens)} before ${n === 1 ? 'it' : 'them'}) not read: ${JSON.stringify(first.slice(0, 60))}${n === 1 ? '' : ' ...'}`,
    });
    outsideRun = undefined;
  };
  const joinedWarning = (line: number, onto: string, tag = opens) =>
    out.warnings.push({
      file,
      line,
      message: `${name}: ${shown(tag)} joined onto ${onto}: the end of one record and the start of the next on one line (a file without a line break at its end, joined with the next?): read as two records`,
    });

  /** Say where the joined line is, and read the record from there on as a record of its own. */
  const splitAtJoined = () => {
    const j = record!.joined!;
    joinedWarning(j.line, `the ${shown(record!.fields[j.index]!.tag)} value`, j.tag);
    splitJoined();
  };

  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const lineNo = i + 1;
    const tagged = format.tagLine(line);
    if (!tagged) {
      const more = format.continuation(line);
      if (more === undefined) {
        if (record && !closes && !line.trim()) blankSeen = true;
        return;
      }
      if (last) {
        // (refer: a paragraph of the field after a blank line inside it)
        const sep = blankSeen ? '\n\n' : format.joiner;
        blankSeen = false;
        if (format.listTags?.has(last.tag)) add({ tag: last.tag, value: more });
        else last.value += `${sep}${more}`;
        noteJoined(record!.fields.length - 1, lineNo, more);
      } else if (!record) outside(lineNo, line.trim());
      return;
    }
    const { tag, value } = tagged;
    if (format.fileTags?.has(tag)) return;
    // A record ends at the next opening tag (its closing tag missing, or refer's records not parted by a blank
    // line) and, in refer, at the first tag line after a blank line.
    // (a record opened by another tag, anyTagOpens, takes its first opening tag as its own)
    const startsNew =
      tag === opens
        ? !!record && ((!!closes && (!format.anyTagOpens || has(opens))) || has(opens) || blankSeen)
        : !closes && !!record && blankSeen;
    if (startsNew) {
      // (the opening tag again after a line that another of a record's first tags was joined onto, "%D 2022%A Roth,
      // Karsten" then "%0 Journal Article": the record from the joined line on is the second one)
      if (record!.joined && record!.joined.tag !== opens && tag === opens && !blankSeen) splitAtJoined();
      else {
        notClosed();
        finish();
      }
    }
    if (!record && (tag === opens || !closes || format.anyTagOpens)) {
      flushOutside();
      open(lineNo);
      if (!keepsOpening) return;
    }
    if (!record) {
      outside(lineNo, line.trim());
      return;
    }
    if (tag === closes) {
      finish();
      // ("ER  - TY  - JOUR": the next record's opening line joined onto the closing one)
      const j = joinedOpening(value, format);
      if (j) {
        joinedWarning(lineNo, `the closing ${shown(closes)}`, j.tag);
        open(lineNo);
        if (keepsOpening || j.tag !== opens) add({ tag: j.tag, value: j.value });
      }
      return;
    }
    if (tag === format.titleTag && has(tag, true)) {
      if (record.joined) splitAtJoined();
      else {
        out.warnings.push({
          file,
          line: lineNo,
          message: `${name}: a second title (${shown(tag)}) in the record of line ${record.line}: two records run together (a file joined without a line break at its end?); only the first title read`,
        });
      }
    }
    add({ tag, value });
    noteJoined(record!.fields.length - 1, lineNo, value);
  });
  flushOutside();
  if (record) {
    if (closes) out.warnings.push({ file, line: record.line, message: `${name}: the last record is not closed with ${shown(closes)} (a cut-short file?): read as it stands` });
    finish();
  }
  return out;
}
