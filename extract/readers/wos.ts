/**
 * Reader for Web of Science's plain-text export (savedrecs.txt, "Plain text file" or "Other reference software",
 * .ciw): a file header `FN Clarivate Analytics Web of Science` / `VR 1.0`, then records from `PT J` to `ER`, one
 * two-letter tag and its value a line, a line indented by three spaces continuing the field before it, `EF` at the
 * end. Read: TI title, AB abstract (wrapped lines joined), AF full author names (else AU, "Roth, K"), one a line,
 * PY year with PD its month and day ("MAR", "JUN 15", "JAN-FEB": its first month) or, for an early-access record
 * not yet in an issue, EY and EA ("JAN 2024"), DI doi. DA is the day of the export, not of the paper: not read.
 *
 * PT gives the record's type: J journal, B book, S series, P patent (Clarivate's "Web of Science Core Collection field
 * tags" help page, hs_wos_fieldtags). Patent records come from the Derwent Innovations Index and carry its own tags
 * (Clarivate's Derwent patent full-record help; the Zotero "Web of Science Tagged" translator's test record
 * DIIDW:202018799C and others of the same shape): PN the patent numbers ("US2021089456-A1; CN112345678-A"), TI
 * Derwent's title, AU the inventors as "LASTNAME INITIALS" ("ROTH K"), AE the assignees, AB Derwent's abstract in
 * labelled paragraphs ("NOVELTY - ...", "USE - ...", "ADVANTAGE - ..."), PD each family member's publication as
 * "number   day month year   class   week   Pages: n   language" ("US2021089456-A1   25 Mar 2021   G06T-007/00 ..."), no
 * PY, UT "DIIDW:...". A patent is read as a paper: its title and abstract, the inventors as authors ("K. Roth"), the date
 * of the first PD. A record may come without its PT line (a patent export that leaves it out, opening on PN): any tag
 * line after an ER opens the next record, read the same way (a patent when its PN is a patent number: in a journal's
 * record PN is the part number, "PN 2"); one with neither title nor abstract is a reject with its file, line and
 * reason, as any other.
 */
import type { ReaderOutput } from './record.ts';
import { firstOf, readTagged, type TaggedFormat } from './tagged.ts';
import { SEASON } from './text.ts';

/** A tag line: two capitals (or a capital and a digit), then a space and the value, or nothing (`ER`, `EF`). */
const TAG_LINE = /^([A-Z][A-Z0-9])(?:[ \t]+(.*?))?[ \t]*$/;

/** Content test used by detection: the first non-blank line is the file header (`FN ...`) or opens a record (`PT J`). */
export function looksLikeWos(text: string): boolean {
  const [first = '', second = ''] = text.trimStart().split(/\r?\n|\r/, 2).map((l) => l.trimEnd());
  if (/^FN\s+\S/.test(first)) return /^VR\s+\S/.test(second) || /Web of Science|Web of Knowledge/i.test(first);
  // (or a patent record without its PT line: PN and a patent number, "PN US2021089456-A1")
  return (/^PT [A-Z]$/.test(first) || /^PN [A-Z]{2}\d+-?[A-Z]\d?\b/.test(first)) && TAG_LINE.test(second);
}

const WOS: TaggedFormat = {
  name: 'Web of Science',
  tagLine(line) {
    const m = TAG_LINE.exec(line);
    return m ? { tag: m[1]!, value: (m[2] ?? '').trim() } : undefined;
  },
  continuation: (line) => line.trim() || undefined,
  opens: 'PT',
  titleTag: 'TI',
  // (its record types: J, B, S, P)
  joinedOpen: { text: 'PT ', value: /^[A-Z]$/ },
  closes: 'ER',
  shown: (tag) => `"${tag}"`,
  fileTags: new Set(['FN', 'VR', 'EF']),
  // (one author a line: "AU Roth, K\n   Pemula, L")
  listTags: new Set(['AU', 'AF', 'BA', 'BF', 'CA', 'GP', 'BE']),
  // (a line break, not a space: a structured abstract's headings on lines of their own stay sentences of their own)
  joiner: '\n',
  // (patent records without PT open on PN)
  anyTagOpens: true,
};


/**
 * PD ("MAR", "JUN 15", "JAN-FEB") or EA ("JAN 2024") with the year, as a date the readers parse ("JUN 15 2022");
 * undefined when it gives no more than the year (none, a season) or no year is known.
 */
function wosDate(pd: string | undefined, year: string | undefined): string | undefined {
  const v = pd?.trim().replace(/^(\p{L}+)\s*[-–/]\s*\p{L}+/u, '$1'); // a two-month issue: its first month
  if (!v || SEASON.test(v)) return undefined;
  if (/\b\d{4}\b/.test(v)) return v;
  return year ? `${v} ${year}` : undefined;
}

/** A patent's PD: its first publication's day ("US2021089456-A1   25 Mar 2021   G06T-007/00 ..." -> "25 Mar 2021"). */
function patentDate(pd: string | undefined): string | undefined {
  return pd && /\b(\d{1,2} [A-Z][a-z]{2} \d{4})\b/.exec(pd)?.[1];
}

/** The article of a two-word particle, lower case after the particle's first word ("Van der Berg", "De la Cruz"). */
const PARTICLE_FIRST = /^(?:van|von|de|da|di|du)$/;
const PARTICLE_ARTICLE = /^(?:der|den|de|het|la|las|los|le|lo)$/;

/**
 * A surname Derwent writes in capitals ("MCDONALD", "O'BRIEN", "SMITH-JONES", "VAN DER BERG") in the case its owner
 * writes it, as far as capitals let one tell, by rules that never take a capital where it cannot be told:
 * - each word, and each part of a hyphenated word, capitalised: "Smith-Jones";
 * - a capital after an apostrophe: "O'Brien", "D'Angelo", "Dell'Acqua";
 * - "Mc" and a capital: "McDonald", "McCann" (no surname begins with "Mc" otherwise);
 * - "Mac" left alone, "Macdonald": most surnames that begin with it are no Mac-prefixed names ("Machado", "Macedo",
 *   "Mack", "Macias"), and capitals do not say which are;
 * - the article of a two-word particle lower case, as Web of Science's full names write it ("Van den Hengel, Anton"):
 *   "Van der Berg", "De la Cruz"; the first word keeps its capital ("Van Gool", "De Luca", "Da Silva", as Belgian and
 *   Italian names are written; capitals do not say which are Dutch, "van Gool").
 */
function derwentSurname(family: string): string {
  const words = family
    .toLowerCase()
    .split(' ')
    .map((w) =>
      w
        .replace(/(^|[-'’])(\p{Ll})/gu, (_w, sep: string, c: string) => sep + c.toUpperCase())
        .replace(/(^|-)Mc(\p{Ll})/gu, (_w, sep: string, c: string) => `${sep}Mc${c.toUpperCase()}`),
    );
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      return i > 0 && i < words.length - 1 && PARTICLE_ARTICLE.test(lower) && PARTICLE_FIRST.test(words[i - 1]!.toLowerCase()) ? lower : w;
    })
    .join(' ');
}

/** Derwent's inventor, "ROTH K" or "VAN DER BERG JP", as "Roth, K" (read as "K. Roth"); another shape as written. */
function inventor(name: string): string {
  const m = /^([\p{Lu}'’ -]+?) (\p{Lu}{1,3})$/u.exec(name.trim());
  if (!m) return name;
  return `${derwentSurname(m[1]!)}, ${m[2]}`;
}

export function readWos(text: string, file: string): ReaderOutput {
  return readTagged(text, file, WOS, (tags) => {
    // (a patent: PT P, or no PT and a patent number in PN; in a journal's record PN is its part number, "PN 2")
    const pt = firstOf(tags, 'PT')?.trim();
    if (pt === 'P' || (pt === undefined && /^[A-Z]{2}\d/.test(firstOf(tags, 'PN')?.trim() ?? ''))) {
      const inventors = (tags.get('AU') ?? []).filter((a) => a.trim()).map(inventor);
      return {
        title: firstOf(tags, 'TI'),
        abstract: firstOf(tags, 'AB'),
        authors: inventors.length ? inventors : undefined,
        date: patentDate(firstOf(tags, 'PD')),
        year: firstOf(tags, 'PY'),
      };
    }
    const py = firstOf(tags, 'PY');
    const year = py ?? firstOf(tags, 'EY');
    const list = (tag: string) => {
      const names = (tags.get(tag) ?? []).filter((a) => a.trim());
      return names.length ? names : undefined;
    };
    return {
      title: firstOf(tags, 'TI'),
      abstract: firstOf(tags, 'AB'),
      authorsFull: list('AF'),
      authors: list('AU'),
      date: wosDate(py !== undefined ? firstOf(tags, 'PD') : firstOf(tags, 'EA'), year),
      year,
      doi: firstOf(tags, 'DI'),
    };
  });
}
