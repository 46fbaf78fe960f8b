/**
 * Reader for PubMed's own text format, MEDLINE (PubMed's "Save: PubMed format" and "Send to: Citation manager",
 * .nbib): records from `PMID- ` to a blank line, one field a line, a tag of up to four capitals padded to four, a
 * hyphen, the value; a line indented by six spaces continuing the field before it. Read: TI title (without the full
 * stop MEDLINE ends it with; a Bookshelf book's BTI where there is no TI), AB abstract
 * (wrapped lines joined), FAU full author names one a line (else AU, "Roth K"), DP date ("2023 Jun 15", "2022
 * Nov-Dec": its first month, "2021 Spring": its year), the DOI among LID and AID ("10.1016/... [doi]"), PMID as the
 * paper's PubMed page.
 */
import { yearRange, type ReaderOutput } from './record.ts';
import { firstOf, readTagged, type TaggedFormat } from './tagged.ts';
import { vancouverName } from './text.ts';

/** A tag line: the tag, left-justified in four columns, then "- " and the value. */
const TAG_LINE = /^([A-Z][A-Z0-9]{1,3}) {0,2}- ?(.*?)\s*$/;

/** Content test used by detection: the first non-blank line opens a record (`PMID- 36123456`). */
export function looksLikePubmed(text: string): boolean {
  const first = text.trimStart().split(/\r?\n|\r/, 1)[0]!.trimEnd();
  return /^PMID- ?\d+$/.test(first);
}

const PUBMED: TaggedFormat = {
  name: 'PubMed',
  tagLine(line) {
    const m = TAG_LINE.exec(line);
    return m && line.length >= 5 && line[4] === '-' ? { tag: m[1]!, value: m[2] ?? '' } : undefined;
  },
  continuation: (line) => line.trim() || undefined,
  opens: 'PMID',
  titleTag: 'TI',
  joinedOpen: { text: 'PMID- ', value: /^\d+$/ },
  shown: (tag) => `"${tag}- "`,
  // (a line is wrapped at a column, within a sentence: a space joins it)
  joiner: ' ',
};

/** DP ("2023 Jun 15", "2023 Jun", "2022 Nov-Dec", "2021 Spring", "2023") as a date the readers parse ("Jun 15 2023"). */
function pubmedDate(dp: string | undefined): string | undefined {
  // (a range of years, "2019-2020", as it is: the record reader reads its first year and warns of the rest)
  if (dp !== undefined && yearRange(dp.trim())) return dp.trim();
  const m = /^(\d{4})(?:\s+([A-Za-z]{3})[A-Za-z]*(?:\s*-\s*[A-Za-z]+)?(?:\s+(\d{1,2}))?)?\b/.exec(dp?.trim() ?? '');
  if (!m) return dp;
  const [, year, month, day] = m;
  if (!month || /^(?:spr|sum|fal|aut|win)$/i.test(month)) return year;
  return [month, day, year].filter(Boolean).join(' ');
}

export function readPubmed(text: string, file: string): ReaderOutput {
  return readTagged(text, file, PUBMED, (tags) => {
    const full = tags.get('FAU') ?? [];
    const short = tags.get('AU') ?? [];
    const pmid = firstOf(tags, 'PMID');
    return {
      // (MEDLINE ends every title with a full stop, which no other source writes)
      // (a book of PubMed's Bookshelf has its title in BTI, and no TI: it was a reject, "record has no title")
      title: firstOf(tags, 'TI', 'BTI')?.replace(/(?<!\.)\.\s*$/, ''),
      abstract: firstOf(tags, 'AB'),
      authorsFull: full.length ? full : undefined,
      // ("Roth K", the Vancouver form: read as "K. Roth" when the names come as one string; a lone one, which a list's
      // test cannot tell from a name, as well: it stayed "Roth K")
      authors: short.length === 1 ? (vancouverName(short[0]!) ?? short[0]) : short.length ? short.join(', ') : undefined,
      date: pubmedDate(firstOf(tags, 'DP')),
      doi: [...(tags.get('LID') ?? []), ...(tags.get('AID') ?? [])].find((v) => /\[doi\]\s*$/.test(v)),
      url: pmid && /^\d+$/.test(pmid) ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : undefined,
    };
  });
}
