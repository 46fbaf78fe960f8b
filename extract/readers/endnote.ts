/**
 * Reader for EndNote's tagged export, the refer format (.enw; EndNote, Google Scholar, ACM, OJS journals and many
 * more write it): one field a line, `%` and a one-character tag then the value, records parted by a blank line
 * (`%0 Journal Article` names the type; some writers put it after the authors), a line without a tag continuing
 * the field before it. Read: %T title, %X abstract (wrapped lines joined), %A authors (one a line, "Roth, Karsten"
 * or "Karsten Roth"), %D year (or a full date) with %8 the date ("June 15" or "2022-06-15"), %R doi (the first
 * that is one: OJS writes the pages there too), %U url (an arXiv link gives the arXiv id).
 */
import { yearRange, type ReaderOutput } from './record.ts';
import { authorLines, firstOf, readTagged, type TaggedFormat } from './tagged.ts';

/** A tag line: `%`, one character (a letter, a digit or one of EndNote's signs), then a space and the value, or nothing. */
const TAG_LINE = /^%([0-9A-Za-z@!#$&()*+^<>[\]=~?|{}])(?:[ \t]+(.*?))?[ \t]*$/;

/** Content test used by detection: the first non-blank line is a tag line, and a record has a title (`%T`). */
export function looksLikeEndnote(text: string): boolean {
  const first = text.trimStart().split(/\r?\n|\r/, 1)[0]!.trimEnd();
  return TAG_LINE.test(first) && /^%T[ \t]+\S/m.test(text.slice(0, 20_000));
}

const ENDNOTE: TaggedFormat = {
  name: 'EndNote',
  tagLine(line) {
    const m = TAG_LINE.exec(line);
    return m ? { tag: `%${m[1]!}`, value: (m[2] ?? '').trim() } : undefined;
  },
  continuation: (line) => line.trim() || undefined,
  opens: '%0',
  titleTag: '%T',
  // (its reference types: "Journal Article", "Conference Proceedings", "Book Section" ...)
  joinedOpen: { text: '%0 ', value: /^\p{Lu}[\p{L} ]*$/u },
  // (OJS and others write the authors first, the type after them: "%D 2022%A Roth, Karsten" is joined as well)
  // (a name: capitalised words after up to three particles, "van der Berg", then maybe ", " and given names or initials)
  joinedFirst: [{ tag: '%A', text: '%A ', value: /^(?:\p{Ll}+ ){0,3}\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,4}(?:, ?\p{Lu}[\p{L}\p{M}'’.-]*(?: ?\p{Lu}[\p{L}\p{M}'’.-]*){0,3})?$/u }],
  shown: (tag) => `"${tag}"`,
  // (a line break, not a space: a structured abstract's headings on lines of their own stay sentences of their own)
  joiner: '\n',
};

export function readEndnote(text: string, file: string): ReaderOutput {
  return readTagged(text, file, ENDNOTE, (tags) => {
    const urls = tags.get('%U') ?? [];
    const d = firstOf(tags, '%D');
    const year = d !== undefined ? /^\d{4}\b/.exec(d.trim())?.[0] : undefined;
    const full = firstOf(tags, '%8');
    // (%D a range of years, "2019-2020", with no %8: a year, read as buildPaper reads one, its first with a warning)
    const years = full === undefined && d !== undefined && yearRange(d.trim()) !== undefined;
    return {
      title: firstOf(tags, '%T'),
      abstract: firstOf(tags, '%X'),
      authors: authorLines(tags.get('%A') ?? []),
      // (%8 without its year, "June 15", takes %D's; %D alone is the date: "2022", or "2022-06-15" as some write it)
      date: full !== undefined ? (/\b\d{4}\b/.test(full) || !year ? full : `${full} ${year}`) : years ? undefined : d,
      year: full !== undefined ? year ?? d : years ? d : undefined,
      doi: (tags.get('%R') ?? []).find((r) => /\b10\.\d{4,9}\//.test(r)),
      url: urls[0],
      // (an arXiv link among the URLs gives the arXiv id)
      id: urls.find((u) => /arxiv\.org\/(?:abs|pdf)\//i.test(u)),
    };
  });
}
