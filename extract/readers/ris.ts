/**
 * Reader for RIS, the tagged format every reference manager and database exports (Zotero, Mendeley, EndNote, Scopus,
 * Web of Science, IEEE Xplore, PubMed): a record from `TY  - ` to `ER  - `, one `TAG  - value` a line, a line without a
 * tag continuing the field before it (a file that writes every tag with one space, `TY - JOUR`, is read so too).
 * Read: TI/T1 title, AB/N2 abstract, AU/A1 (each "Last, First") authors, DA or PY/Y1 ("2022/06/15/" or "2022///")
 * date, DO doi, UR url (an arXiv link gives the arXiv id).
 */
import type { ReaderOutput } from './record.ts';
import { authorLines, firstOf, readTagged, type TaggedFormat } from './tagged.ts';

/** A tagged line: two capitals (or a capital and a digit), two spaces, a hyphen, then the value (maybe none). */
const TAG_LINE = /^([A-Z][A-Z0-9])  -(?: (.*))?$/;
/**
 * The same with one space before the hyphen, "TY - JOUR", as some writers have it (OJS's citation plugin before 3.1.2,
 * pkp/pkp-lib#4448): read so in a file whose records open that way and never the standard way (a wrapped line of
 * a standard file that starts "AI - based" stays a continuation). Its records were lines outside a record, not read.
 */
const TAG_LINE_ONE_SPACE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

/** Content test used by detection: the first non-blank line opens a record. */
export function looksLikeRis(text: string): boolean {
  const first = /^\s*(.*)/.exec(text)?.[1] ?? '';
  return /^TY {1,2}- ?\S*\s*$/.test(first);
}

/** An RIS date ("2022/06/15/", "2022/06//", "2022///Spring", "2022") as an ISO date, or as written when it is not one. */
function risDate(value: string): string {
  const m = /^(\d{4})(?:\/(\d{1,2})?(?:\/(\d{1,2})?)?)?(?:\/.*)?$/.exec(value.trim());
  if (!m) return value;
  return [m[1], m[2]?.padStart(2, '0'), m[2] && m[3] ? m[3].padStart(2, '0') : undefined].filter(Boolean).join('-');
}

/** RIS's lines: `TAG  - value` (or `TAG - value`, `oneSpace`), any other non-blank line continuing the field before it (EndNote and PubMed wrap). */
function risFormat(oneSpace: boolean): TaggedFormat {
  const tagLine = oneSpace ? TAG_LINE_ONE_SPACE : TAG_LINE;
  return {
    name: 'RIS',
    tagLine(line) {
      const m = tagLine.exec(line);
      return m ? { tag: m[1]!, value: (m[2] ?? '').trim() } : undefined;
    },
    continuation: (line) => line.trim() || undefined,
    opens: 'TY',
    titleTag: 'TI',
    // (its type codes: JOUR, CONF, CPAPER, EJOUR ...)
    joinedOpen: { text: oneSpace ? 'TY - ' : 'TY  - ', value: /^[A-Z]{2,8}$/ },
    closes: 'ER',
    shown: (tag) => `"${tag}  - "`,
    joiner: ' ',
  };
}
const RIS = risFormat(false);
const RIS_ONE_SPACE = risFormat(true);

export function readRis(text: string, file: string): ReaderOutput {
  const oneSpace = /^\uFEFF?TY - /m.test(text) && !/^\uFEFF?TY  - /m.test(text);
  return readTagged(text, file, oneSpace ? RIS_ONE_SPACE : RIS, (tags) => {
    const urls = tags.get('UR') ?? [];
    const date = firstOf(tags, 'DA');
    const year = firstOf(tags, 'PY', 'Y1');
    return {
      title: firstOf(tags, 'TI', 'T1'),
      abstract: firstOf(tags, 'AB', 'N2'),
      authors: authorLines(['AU', 'A1'].flatMap((t) => tags.get(t) ?? [])),
      // (DA, the full date, beside PY, the year: a DA the readers cannot parse, Web of Science's "JUN 15", gives the year)
      date: date !== undefined ? risDate(date) : year !== undefined ? risDate(year) : undefined,
      year: date !== undefined && year !== undefined ? /^\d{4}/.exec(year.trim())?.[0] ?? year : undefined,
      doi: firstOf(tags, 'DO'),
      url: urls[0],
      // (an arXiv link among the URLs, after the publisher's, gives the arXiv id)
      id: urls.find((u) => /arxiv\.org\/(?:abs|pdf)\//i.test(u)),
    };
  });
}
