/**
 * Reader for the text of a Hugging Face Daily Papers page (copied from the browser), e.g. the bundled
 * corpus graph-data/corpus/hf-daily-papers-anomaly-detection.txt. Each paper looks like:
 *
 *     <title>
 *     (blank)
 *     <abstract, one paragraph>
 *     (blank lines)
 *       • 7 authors
 *     ·
 *     Apr 21, 2024            <- date line; `May 14 2` = May 14 of the page's year, 2 upvotes
 *
 * The page chrome (`Get trending papers ...`, `Daily Papers`, the page date `Nov 3`) is skipped. The date
 * line may be absent. A date without a year takes `opts.year`, else the year after the latest explicit
 * year in the file (with a warning saying so).
 */
import type { ReadWarning } from '../../src/model.ts';
import { addRecord, buildPaper, emptyOutput, recordContext, warnAt, type ReaderOptions, type ReaderOutput } from './record.ts';
import { isoDate, monthNumber } from './text.ts';

/** `  • 7 authors` */
export const HF_AUTHORS_LINE = /^\s*•\s*(\d+)\s+authors?\s*$/u;
/** `Oct 13, 2024 4`, `May 14 2`, `Apr 15` */
const DATE_LINE = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s+(\d+))?$/;
/** Something meant as a date line that does not parse: starts with a word and a number, short. */
const DATE_LIKE = /^[A-Za-z]{3,9}\.?\s+\d/;

/** Lines of page chrome: never a paper's title or abstract. */
const CHROME: RegExp[] = [
  /^new$/i,
  /^get trending papers in your email inbox!?$/i,
  /^subscribe$/i,
  /^daily papers$/i,
  /^by\s*AK and the research community$/i,
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?$/i,
  /^submitted by\b/i,
  /^(?:load more|previous|next|upvote|·)$/i,
];

interface Para {
  text: string;
  line: number;
}

const isChrome = (p: Para) => CHROME.some((re) => re.test(p.text));
const titleLike = (p: Para) => p.text.length <= 300;
const abstractLike = (p: Para) => p.text.length >= 100 || /[.!?]\s/.test(p.text);
/** Most words of four letters or more capitalised, as in a title ("Detecting Industrial Anomalies using LVLMs"). */
function titleCased(p: Para): boolean {
  const words = p.text.match(/\p{L}{4,}/gu) ?? [];
  return words.filter((w) => w[0] !== w[0].toLowerCase()).length > words.length / 2;
}

function paragraphs(lines: string[], from: number, to: number): Para[] {
  const out: Para[] = [];
  let cur: string[] = [];
  let start = 0;
  for (let i = from; i < to; i++) {
    const l = lines[i].trim();
    if (l) {
      if (!cur.length) start = i + 1;
      cur.push(l);
    } else if (cur.length) {
      out.push({ text: cur.join(' '), line: start });
      cur = [];
    }
  }
  if (cur.length) out.push({ text: cur.join(' '), line: start });
  return out;
}

/** Cheap content test used by detection: at least one `• N authors` line. */
export function looksLikeHfPage(text: string): boolean {
  return /^\s*•\s*\d+\s+authors?\s*$/mu.test(text);
}

export function readHfPage(text: string, file: string, opts: ReaderOptions = {}): ReaderOutput {
  const out = emptyOutput();
  const ctx = recordContext(file, text);
  const lines = text.split('\n');

  // The latest explicit year in the file, for dates that give none.
  let maxYear: number | undefined;
  for (const l of lines) {
    const m = DATE_LINE.exec(l.trim());
    if (m?.[3]) maxYear = Math.max(maxYear ?? 0, Number(m[3]));
  }
  const impliedYear = opts.year ?? (maxYear !== undefined ? maxYear + 1 : undefined);
  let yearless = 0;
  let firstYearless = 0;

  type Pending = { title: Para; abstract: Para; authorsCount?: number; dateLine?: { text: string; line: number } };
  const pending: Pending[] = [];
  const stray = (p: Para, why: string) =>
    out.warnings.push({ file, line: p.line, message: `ignored text ${JSON.stringify(p.text.slice(0, 60))}: ${why}` });

  /** Split a block of paragraphs into (title, abstract) pairs; the last pair gets the authors line. */
  const takeBlock = (paras: Para[], authorsAt?: { count: number; line: number }): Pending | undefined => {
    const ps = paras.filter((p) => !isChrome(p));
    let last: Pending | undefined;
    let i = 0;
    while (i < ps.length) {
      // The two paragraphs right before an authors line are its paper's title and abstract, however short the
      // abstract ("We detect defects with a GAN") unless it reads as a title; elsewhere an abstract must look like one.
      const lastTwo = !!authorsAt && i + 2 === ps.length && !titleCased(ps[i + 1]);
      if (i + 1 < ps.length && titleLike(ps[i]) && (abstractLike(ps[i + 1]) || lastTwo)) {
        if (last) pending.push(last); // a paper with no authors line: kept all the same
        last = { title: ps[i], abstract: ps[i + 1] };
        i += 2;
      } else {
        const isLast = i === ps.length - 1;
        if (isLast && authorsAt) {
          // A title right before the authors line, with no abstract: a record we cannot read.
          if (last) pending.push(last);
          out.rejects.push({ file, line: ps[i].line, reason: `"${ps[i].text.slice(0, 100)}": no abstract` });
          return undefined;
        }
        if (last) {
          pending.push(last);
          last = undefined;
        }
        stray(ps[i], authorsAt ? 'not a title followed by an abstract' : "no '• N authors' line follows it");
        i++;
      }
    }
    if (!last) {
      if (authorsAt) out.rejects.push({ file, line: authorsAt.line, reason: `'• ${authorsAt.count} authors' line with no title and abstract before it` });
      return undefined;
    }
    if (authorsAt) last.authorsCount = authorsAt.count;
    return last;
  };

  let pos = 0;
  for (let a = 0; a < lines.length; a++) {
    const am = HF_AUTHORS_LINE.exec(lines[a]);
    if (!am) continue;
    const rec = takeBlock(paragraphs(lines, pos, a), { count: Number(am[1]), line: a + 1 });
    // After the authors line: `·` then the date line (either may be missing).
    let j = a + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    let sawDot = false;
    if (j < lines.length && lines[j].trim() === '·') {
      sawDot = true;
      j++;
      while (j < lines.length && !lines[j].trim()) j++;
    }
    pos = sawDot ? j : a + 1;
    if (j < lines.length) {
      const l = lines[j].trim();
      const dm = DATE_LINE.exec(l);
      // A date line: a month name and a day; after `·`, anything short that starts like one (so a bad
      // date is reported, not taken for the next title).
      if ((dm && monthNumber(dm[1])) || (sawDot && DATE_LIKE.test(l) && l.length <= 24)) {
        if (rec) rec.dateLine = { text: l, line: j + 1 };
        pos = j + 1;
      }
    }
    if (rec) pending.push(rec);
    a = pos - 1;
  }
  // Trailing text after the last paper: papers without an authors line, or stray text.
  const tail = takeBlock(paragraphs(lines, pos, lines.length));
  if (tail) pending.push(tail);
  pending.sort((x, y) => x.title.line - y.title.line);

  for (const p of pending) {
    const source = { file, line: p.title.line };
    const fields: Parameters<typeof buildPaper>[0] = { title: p.title.text, abstract: p.abstract.text };
    let dateReject: string | undefined;
    let date: string | undefined;
    let year: number | undefined;
    let upvotes: number | undefined;
    if (p.dateLine) {
      const m = DATE_LINE.exec(p.dateLine.text);
      const month = m ? monthNumber(m[1]) : undefined;
      if (!m || !month) dateReject = `unparseable date ${JSON.stringify(p.dateLine.text)} (line ${p.dateLine.line})`;
      else {
        const day = Number(m[2]);
        if (m[4] !== undefined) upvotes = Number(m[4]);
        if (m[3]) {
          year = Number(m[3]);
          date = isoDate(year, month, day);
        } else if (impliedYear !== undefined) {
          year = impliedYear;
          date = isoDate(year, month, day);
          if (opts.year === undefined) {
            yearless++;
            firstYearless ||= p.dateLine.line;
          }
        } else {
          // No year anywhere: the day is known, the year is not; keep the paper undated.
          yearless++;
          firstYearless ||= p.dateLine.line;
        }
        // Check the day against a leap year when the year is unknown (Feb 29 may exist).
        if (!isoDate(year ?? 2000, month, day)) dateReject = `unparseable date ${JSON.stringify(p.dateLine.text)} (line ${p.dateLine.line}): no such day`;
      }
    }
    const built = buildPaper(fields, source, ctx, warnAt(out, source));
    if ('reject' in built) {
      addRecord(out, built, source);
      continue;
    }
    if (dateReject) {
      out.rejects.push({ file, line: source.line, reason: `"${built.title}": ${dateReject}` });
      continue;
    }
    if (p.authorsCount !== undefined) built.authorsCount = p.authorsCount;
    if (date) built.date = date;
    if (year !== undefined) built.year = year;
    if (upvotes !== undefined) built.upvotes = upvotes;
    out.papers.push(built);
  }

  if (yearless) {
    const w: ReadWarning =
      impliedYear !== undefined
        ? {
            file,
            line: firstYearless,
            message: `${yearless} date${yearless === 1 ? '' : 's'} without a year taken as ${impliedYear} (the year after the latest explicit year, ${maxYear}); pass --year to set it`,
          }
        : {
            file,
            line: firstYearless,
            message: `${yearless} date${yearless === 1 ? '' : 's'} without a year and no year anywhere in the file: left undated; pass --year to set it`,
          };
    out.warnings.push(w);
  }
  return out;
}
