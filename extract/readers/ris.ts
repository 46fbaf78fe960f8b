/**
 * Reader for RIS, the tagged format every reference manager and database exports (Zotero, Mendeley, EndNote, Scopus,
 * Web of Science, IEEE Xplore, PubMed): a record from `TY  - ` to `ER  - `, one `TAG  - value` a line, a line without a
 * tag continuing the field before it (a file that writes every tag with one space, `TY - JOUR`, is read so too).
 * Read: TI/T1 title, AB/N2 abstract, AU/A1 (each "Last, First") authors, DA or PY/Y1 ("2022/06/15/" or "2022///")
 * date, DO doi, UR url (an arXiv link gives the arXiv id).
 */
import { yearRange, type ReaderOutput } from './record.ts';
import { isoDate, monthNumber } from './text.ts';
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

/**
 * An RIS date ("2022/06/15/", "2022/06//", "2022///Spring", "2022") as an ISO date; else an issue's date as IEEE Xplore
 * and PubMed write it (issueDate); else as written.
 */
function risDate(value: string): string {
  const m = /^(\d{4})(?:\/(\d{1,2})?(?:\/(\d{1,2})?)?)?(?:\/.*)?$/.exec(value.trim());
  if (!m) return issueDate(value) ?? value;
  return [m[1], m[2]?.padStart(2, '0'), m[2] && m[3] ? m[3].padStart(2, '0') : undefined].filter(Boolean).join('-');
}

/** A season ("Spring") or a quarter ("Fourthquarter", "First Quarter", "Q4") where an issue's month goes: the year alone. */
const SEASON_OR_QUARTER = /^(?:spr(?:ing)?|sum(?:mer)?|fall|aut(?:umn)?|win(?:ter)?|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s*quarter|q[1-4])$/i;

/**
 * An issue's date as IEEE Xplore writes it in Y1 ("Jan.-Feb. 2017", "Dec. 2010", "3-7 May 2010", "30 Nov.-3 Dec. 2019",
 * "Fourthquarter 2019") and PubMed in DA ("2021 Jun-Jul", "2021 Jun 15", "2021 Spring"): its start, an ISO date
 * ("2017-01", "2010-05-03"), or the year alone for a season or a quarter, as PubMed's DP and Web of Science's PD are
 * read; undefined for anything else. (A range across a new year, "Dec. 2020-Jan. 2021", starts in its first year.)
 */
function issueDate(value: string): string | undefined {
  const v = value.trim().replace(/\s+/g, ' ');
  const m = /^(\d{4}) (.+)$/.exec(v) ?? /^(.+?),? (\d{4})$/.exec(v);
  if (!m) return undefined;
  const yearFirst = /^\d{4}$/.test(m[1]!);
  let year = yearFirst ? m[1]! : m[2]!;
  const rest = yearFirst ? m[2]! : m[1]!;
  const parts = rest.split(/ ?[-–—/] ?/);
  let first = parts[0]!;
  // ("Dec. 2020-Jan. 2021": the first part holds its own year)
  const own = / (\d{4})$/.exec(first);
  if (own && !yearFirst) {
    year = own[1]!;
    first = first.slice(0, own.index);
  }
  if (SEASON_OR_QUARTER.test(first)) return year;
  // (the first part a day alone, "3-7 May": the month is the next part's)
  const dayAlone = /^\d{1,2}$/.test(first);
  const words = (dayAlone ? `${first} ${parts[1] ?? ''}` : first).split(' ');
  const day = words.find((w) => /^\d{1,2}$/.test(w));
  const monthWord = words.filter((w) => !/^\d{1,2}$/.test(w));
  if (monthWord.length !== 1) return undefined;
  const month = monthNumber(monthWord[0]!);
  if (!month || /^\d/.test(monthWord[0]!)) return undefined;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  return day === undefined ? ym : isoDate(Number(year), month, Number(day));
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
    // (PY the year alone beside a Y1 of the same year with its month or day, "PY  - 2021" and "Y1  - 2021/06/15/": Y1,
    // the fuller date, which the paper's panel, graph.json and GEXF show)
    const py = firstOf(tags, 'PY');
    const y1 = firstOf(tags, 'Y1');
    const year = py !== undefined && y1 !== undefined && /^\d{4}$/.test(py.trim()) && y1.trim().startsWith(`${py.trim()}/`) ? y1 : py ?? y1;
    // (PY a range of years, "2019-2020", with no DA: a year, read as buildPaper reads one, its first with a warning)
    const years = date === undefined && year !== undefined && yearRange(year.trim()) !== undefined;
    return {
      title: firstOf(tags, 'TI', 'T1'),
      abstract: firstOf(tags, 'AB', 'N2'),
      authors: authorLines(['AU', 'A1'].flatMap((t) => tags.get(t) ?? [])),
      // (DA, the full date, beside PY, the year: a DA the readers cannot parse, Web of Science's "JUN 15", gives the year)
      date: date !== undefined ? risDate(date) : year !== undefined && !years ? risDate(year) : undefined,
      year: years ? year : date !== undefined && year !== undefined ? /^\d{4}/.exec(year.trim())?.[0] ?? year : undefined,
      doi: firstOf(tags, 'DO'),
      url: urls[0],
      // (an arXiv link among the URLs, after the publisher's, gives the arXiv id)
      id: urls.find((u) => /arxiv\.org\/(?:abs|pdf)\//i.test(u)),
    };
  });
}
