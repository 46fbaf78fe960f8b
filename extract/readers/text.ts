/**
 * Text helpers shared by every reader (and reusable by the extractor and the viewer): Unicode and line-end
 * normalisation, whitespace collapsing, PDF hyphenation mending, slugs, links, dates, authors, identifiers.
 * Pure functions, no Node-only imports: the browser runs the same code.
 */
import type { PaperUrl, UrlKind } from '../../src/model.ts';
import englishWords from './english-words.json' with { type: 'json' };

// ---------------------------------------------------------------- normalisation

/**
 * The text every reader works on: no BOM (nor one at a line's start: files joined), `\n` line ends (CRLF and lone CR converted), NFC.
 * UTF-8 with BOM, CRLF files and NFD text therefore read exactly like plain UTF-8.
 */
export function normalizeText(text: string): string {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  t = t.replace(/\r\n?/g, '\n');
  // (a BOM at a line's start further on: the start of another export joined with `cat a.ris b.ris`; kept, it hid that
  // line's tag, "TY  - " or "%0", and the record was lost or run into the one before)
  if (t.includes('\ufeff')) t = t.replace(/\n\ufeff/g, '\n');
  return t.normalize('NFC');
}

/** Whitespace other than a space, two spaces in a row, or a char collapseWhitespace drops. */
// (`\s` spelled out: a negated class such as [^\S ] makes the test ~1.5x slower.)
// eslint-disable-next-line no-control-regex
const NEEDS_COLLAPSE = /[\u0000-\u001f\u007f\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\ud800-\udfff\ufffe\uffff]| {2}/;

/**
 * Collapse runs of whitespace (newlines, tabs, NBSP) and control characters to one space; drop soft hyphens and
 * zero-width chars; lone surrogates and U+FFFE/U+FFFF as U+FFFD; NFC (parsers such as the BibTeX one compose accents as combining marks).
 */
export function collapseWhitespace(text: string): string {
  // Fast path (most fields): nothing to drop, no whitespace but single spaces; only trim and NFC remain.
  if (!NEEDS_COLLAPSE.test(text)) return text.trim().normalize('NFC');
  return text
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
    // Control characters (a PDF's or a spreadsheet's debris) as spaces; lone surrogates (a JSON "\ud800") and the
    // noncharacters U+FFFE, U+FFFF as U+FFFD. XML cannot hold them: GEXF and GraphML showed another title than graph.json.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A function offset -> 1-based line for many look-ups in one text (binary search over line starts). */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

// ---------------------------------------------------------------- TeX accents

/**
 * TeX's accent commands and the combining mark each puts on its letter, and its letters written as commands: the
 * entries of unicode2latex's latex2unicode table (the table @retorquere/bibtex-parser decodes BibTeX with) for these
 * commands, copied because loading that table costs a quarter of a second, and a JSONL input loads no parser
 * (test/readers/text.test.ts holds decodeTexAccents and the BibTeX reader to the same letters).
 */
const TEX_ACCENTS: Readonly<Record<string, string>> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  c: '\u0327', v: '\u030c', u: '\u0306', H: '\u030b', k: '\u0328', r: '\u030a', d: '\u0323',
};
const TEX_LETTERS: Readonly<Record<string, string>> = {
  ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
};
/** The letter an accent goes on: a letter, or a dotless \i or \j. */
const TEX_BASE = String.raw`(?:\\[ij](?![A-Za-z])|[A-Za-z])`;
/** An accent command with its letter: `\"o`, `\"{o}`, `\'{\i}`; a lettered one (`\c`, `\v` ...) with braces or a space: `\c{c}`, `\v c`. */
const TEX_ACCENT = String.raw`\\(?:(["'\`^~=.])\s*(?:\{\s*(${TEX_BASE})\s*\}|(${TEX_BASE}))|([cvuHkrd])(?:\s*\{\s*(${TEX_BASE})\s*\}|\s+(${TEX_BASE})(?![A-Za-z])))`;
const TEX_LETTER = String.raw`\\(ss|ae|AE|oe|OE|aa|AA|[oOlLij])(?![A-Za-z])`;
/** An accented letter or a letter command, in braces or not (`{\"o}`, `\"o`, `{\ss}`, `\ss{}`, `\o rsted`). */
const TEX_CHAR = new RegExp(String.raw`\{\s*(?:${TEX_ACCENT}|${TEX_LETTER})\s*\}|${TEX_ACCENT}|${TEX_LETTER}(?:\{\}|[ \t]+)?`, 'g');
/**
 * Math, left as written: `$...$`, `$$...$$`, `\(...\)`, `\[...\]` (a `\$` is a dollar sign, not math); and links
 * (`http://host/\~user` is a tilde, not ũ).
 */
const TEX_KEPT = /(https?:\/\/\S+|\$\$[\s\S]*?\$\$|(?<!\\)\$(?:\\[\s\S]|[^$\\])+\$|\\\([\s\S]*?\\\)|\\\[[\s\S]*?\\\])/;

function texChar(...g: (string | undefined)[]): string {
  // (groups: braced accent, its letters; braced letter command; bare accent, its letters; bare letter command)
  const [sym, b1, b2, lettered, b3, b4, letter] = g.slice(0, 7).some((x) => x !== undefined) ? g.slice(0, 7) : g.slice(7, 14);
  if (letter !== undefined) return TEX_LETTERS[letter]!;
  const base = (b1 ?? b2 ?? b3 ?? b4)!;
  const mark = TEX_ACCENTS[(sym ?? lettered)!]!;
  // (a dotless i or j under an accent is the letter itself: "\'{\i}" is í)
  return `${base.startsWith('\\') ? base[1] : base}${mark}`.normalize('NFC');
}

/**
 * TeX's accented letters as Unicode, as the BibTeX reader's parser decodes them (`Schr{\"o}dinger`, `\'etude`,
 * `{\ss}`, `\v{S}ko\v{c}aj`: Schrödinger, étude, ß, Škočaj), text in math (`$\hat{x}$`, `$\alpha$`) and every
 * other command left as written.
 */
export function decodeTexAccents(text: string): string {
  if (!text.includes('\\')) return text;
  return text
    .split(TEX_KEPT)
    .map((part, i) => (i % 2 ? part : part.replace(TEX_CHAR, (_all, ...g: (string | undefined)[]) => texChar(...g))))
    .join('');
}

// ---------------------------------------------------------------- hyphenation

/** Words that follow a suspended hyphen: `single- and multi-class`, `coarse- to fine-grained`. */
const SUSPENDED_NEXT = new Set(['and', 'or', 'nor', 'to', 'vs', 'versus', 'as']);
/**
 * Words after a hyphen written as a dash: "two limitations- namely, ...", "other solutions- the ...", "the
 * thresholds- are ...": no word is broken there, and the text stays as written.
 */
const DASH_NEXT = new Set(['the', 'a', 'an', 'are', 'is', 'was', 'were', 'be', 'when', 'which', 'that', 'for', 'from', 'namely', 'rather', 'with', 'where', 'while', 'but', 'such', 'this', 'these', 'those', 'its', 'their', 'our', 'we', 'it', 'they', 'not', 'i', 'e']);

let lexicon: Set<string> | null = null;
/**
 * compromise's English lexicon (~24.6k words): its words only, kept in english-words.json so the readers
 * need not load compromise itself (~150 ms of start-up: importing it expands its whole model). A test
 * checks the list against compromise; regenerate it with the command in test/readers/text.test.ts.
 */
function englishLexicon(): Set<string> {
  lexicon ??= new Set(englishWords.words.split('\n'));
  return lexicon;
}

/** Is `w` (lower case) an English word by compromise's lexicon, allowing regular inflections? */
export function isLexiconWord(w: string): boolean {
  const lex = englishLexicon();
  if (lex.has(w)) return true;
  const stems: string[] = [];
  if (w.endsWith('ies')) stems.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) stems.push(w.slice(0, -2));
  if (w.endsWith('s')) stems.push(w.slice(0, -1));
  if (w.endsWith('ed')) stems.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) stems.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (w.endsWith('ly')) stems.push(w.slice(0, -2));
  return stems.some((s) => s.length > 2 && lex.has(s));
}

/**
 * A word test for hyphenation mending: a word is one that occurs whole elsewhere in the same input
 * (`vocabulary`, lower-cased), or is in compromise's English lexicon.
 */
export function makeWordTest(vocabulary: ReadonlySet<string>): (w: string) => boolean {
  return (w: string) => {
    const lw = w.toLowerCase();
    return vocabulary.has(lw) || isLexiconWord(lw);
  };
}

/**
 * Lower-cased words of a text (letters only, at least 2), for `makeWordTest`; not the halves of a line break
 * inside a word ("produc- tion" vouched for "produc" and "tion" as words, so the break was kept as a compound,
 * "produc-tion", wherever the whole word occurs nowhere else in the input: a one-record file, a JSONL line).
 */
export function vocabularyOf(text: string): Set<string> {
  const out = new Set<string>();
  const whole = text.includes('- ') ? text.replace(LINE_BREAK_HALVES, ' ') : text;
  for (const m of whole.matchAll(/\p{L}{2,}/gu)) out.add(m[0].toLowerCase());
  return out;
}
/** `<left>- <right>` as mendHyphenation reads a break. */
const LINE_BREAK_HALVES = /\p{L}[\p{L}\p{N}]*- \p{Ll}\p{L}*/gu;

/**
 * Mend words broken by PDF hyphenation: `<left>- <right>` where `right` starts with a lower-case letter.
 *
 * The rule, in order:
 * 1. a suspended hyphen stays as it is: `single- and multi-class`, `coarse- to fine-grained`; so does a
 *    hyphen written as a dash before a function word: `two limitations- namely, ...`;
 * 2. when the joined word is a word (`isWord`), join: `suf- fer` -> `suffer`, `sam- ples` -> `samples`;
 * 3. when `hyphenatedIsKnown(left-right)` (the hyphenated form occurs elsewhere in the input), keep the
 *    hyphen and drop the space: `high- resolution` -> `high-resolution`;
 * 4. else, when the left half is a word and the right half is a word too (or five letters or more: a
 *    noun the lexicon lacks, "real- world", where the tail of a word broken at a syllable is mostly short), it
 *    is a compound: hyphen kept, space dropped (`high- resolution` -> `high-resolution`);
 * 5. else the break was inside a word: join (`produc- tion` -> `production`, `in- troduce` -> `introduce`).
 * The words of the input (makeWordTest) leave out the halves of its breaks: "produc" and "tion" are no words.
 * Known limits: a compound-looking break of a word absent from both input and lexicon (`frame- work` in
 * a text that never says `framework`) keeps its hyphen; a compound whose first word the lexicon lacks and the
 * input never writes alone (`transformer- based`) is joined.
 * Real hyphens (`multi-class`, `MVTec-AD`, `Few-Shot`) have no space after them and are never touched.
 */
export function mendHyphenation(
  text: string,
  isWord?: (w: string) => boolean,
  hyphenatedIsKnown?: (w: string) => boolean,
): string {
  if (!text.includes('- ')) return text; // nothing to mend (most abstracts)
  // Defaults (the text's own words; the text itself), built only when a break is found.
  let lower: string | undefined;
  const known = hyphenatedIsKnown ?? ((w: string) => (lower ??= text.toLowerCase()).includes(w.toLowerCase()));
  let test = isWord;
  const word = (w: string) => (test ??= makeWordTest(vocabularyOf(text)))(w);
  return text.replace(/(\p{L}[\p{L}\p{N}]*)- (\p{Ll}[\p{L}]*)/gu, (all, left: string, right: string) => {
    if (SUSPENDED_NEXT.has(right)) return all;
    const joined = left + right;
    if (word(joined)) return joined;
    const hyphenated = `${left}-${right}`;
    if (known(hyphenated)) return hyphenated;
    // (after the joined word: "lim- its", "can- not" are words broken at a line's end)
    if (DASH_NEXT.has(right) && left.length > 2) return all;
    if (word(left) && (word(right) || right.length >= 5)) return hyphenated;
    return joined;
  });
}

// ---------------------------------------------------------------- ids

/** URL-safe slug of a title: lower case, accents folded, letters and digits joined by `-`, at most 80 chars. */
export function slugify(title: string, maxLength = 80): string {
  const ascii = PRINTABLE_ASCII.test(title); // (most titles: no accents to fold, ASCII letters and digits)
  let s = (ascii ? title : title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/\+\+/g, 'pp')
    .replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > maxLength) {
    const cut = s.slice(0, maxLength + 1);
    const at = cut.lastIndexOf('-');
    s = (at > maxLength / 2 ? cut.slice(0, at) : s.slice(0, maxLength)).replace(/-+$/, '');
  }
  return s || 'paper';
}

/**
 * Key for duplicate detection by title: letters and digits only, lower case, accents folded; `+` counts
 * as a letter so `ResAD++` and `ResAD`, `C++` and `C` stay apart.
 */
export function titleKey(title: string): string {
  const ascii = PRINTABLE_ASCII.test(title);
  return (ascii ? title : title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, '');
}

/** Printable ASCII only: NFKD leaves it as it is, and its letters and digits are [A-Za-z0-9]. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** `10.1109/X` from `https://doi.org/10.1109/X`, `doi:10.1109/X` ...; lower-cased for comparison by the caller. */
export function normalizeDoi(value: string): string | undefined {
  const m = /(10\.\d{4,9}\/\S+)/.exec(value.trim());
  return m ? m[1].replace(/[.,;]+$/, '') : undefined;
}

/**
 * arXiv id from an id or url: `http://arxiv.org/abs/2404.13671v1` -> `2404.13671`, `arXiv:2106.08265`,
 * `https://arxiv.org/pdf/2106.08265v2.pdf`, old style `cs/0112017`. Version suffix dropped.
 */
export function arxivIdFrom(value: string): string | undefined {
  const v = value.trim();
  let m = /arxiv\.org\/(?:abs|pdf|html)\/([a-z-]+(?:\.[A-Z]{2})?\/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?/i.exec(v);
  if (m) return m[1];
  m = /^(?:arxiv:\s*)?(\d{4}\.\d{4,5})(?:v\d+)?$/i.exec(v);
  if (m) return m[1];
  m = /^arxiv:\s*([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i.exec(v);
  if (m) return m[1];
  return undefined;
}

// ---------------------------------------------------------------- links

const CODE_HOSTS = /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com|anonymous\.4open\.science)$/i;
const PROJECT_HOSTS = /(?:\.github\.io|\.gitlab\.io|\.pages\.dev|\.netlify\.app|\.vercel\.app)$|^sites\.google\.com$/i;

/** Kind of a link: `code` for GitHub/GitLab-like hosts, `project` for project pages, else `other`. */
export function urlKind(url: string, context = ''): UrlKind {
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1] ?? '';
  if (CODE_HOSTS.test(host)) return 'code';
  if (PROJECT_HOSTS.test(host)) return 'project';
  if (/project (?:page|website|site)|homepage|web ?page|website/i.test(context)) return 'project';
  if (/\b(?:code|implementation|source)\b/i.test(context)) return 'code';
  return 'other';
}

/**
 * Links in a text, each with its kind, in order of appearance, without duplicates. Trailing sentence
 * punctuation is not part of a link; `{...}` (a LaTeX \href residue) ends one.
 */
export function findUrls(text: string): PaperUrl[] {
  const out: PaperUrl[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>"{}|\\^`]+/gi)) {
    let url = m[0];
    // Strip trailing punctuation, and a closing bracket with no opening one inside the link.
    for (;;) {
      const last = url.at(-1) ?? '';
      if (/[.,;:!?'*]/.test(last)) url = url.slice(0, -1);
      else if (last === ')' && !url.includes('(')) url = url.slice(0, -1);
      else if (last === ']' && !url.includes('[')) url = url.slice(0, -1);
      else break;
    }
    if (url.toLowerCase().startsWith('www.')) url = `https://${url}`;
    if (!/^https?:\/\/[^/]+\.[^/]+/i.test(url) || seen.has(url)) continue;
    seen.add(url);
    const context = text.slice(Math.max(0, (m.index ?? 0) - 60), m.index);
    out.push({ url, kind: urlKind(url, context) });
  }
  return out;
}

/** `URL{URL}` (a LaTeX \href residue in scraped text) -> `URL`. */
export function dropHrefResidue(text: string): string {
  if (!text.includes('{')) return text;
  return text.replace(/(https?:\/\/[^\s{}]+)\{\1\}/g, '$1');
}

// ---------------------------------------------------------------- dates

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A season where a month goes: "SPR", "Fall" (Web of Science's PD, a BibTeX month): the year stands alone. */
export const SEASON = /^(?:SPR|SUM|FAL|WIN|SPRING|SUMMER|FALL|AUTUMN|WINTER)$/i;

/** Month number 1-12 from a name or abbreviation (`Sep`, `Sept.`, `september`) or a number; else undefined. */
export function monthNumber(value: string): number | undefined {
  const v = value.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(v)) {
    const n = Number(v);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  const i = MONTHS.findIndex((m, k) => v === m || v === FULL_MONTHS[k] || (k === 8 && v === 'sept'));
  return i >= 0 ? i + 1 : undefined;
}

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** ISO `YYYY-MM-DD` if the parts make a real calendar day, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface ParsedDate {
  /** ISO date at the precision the input gives: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  year: number;
}

/**
 * A date as records give it: ISO (`2024-04-21`, `2024-04-21T17:59:59Z`, `2024-04`, `2024`), a year
 * number, `Apr 21, 2024`, `21 April 2024`, `April 2024`. Undefined when it is none of these or not a
 * real day (`2024-02-30`).
 */
export function parseDate(value: string | number): ParsedDate | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1000 && value <= 9999 ? { date: String(value), year: value } : undefined;
  }
  const v = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (m) {
    const d = isoDate(+m[1], +m[2], +m[3]);
    return d ? { date: d, year: +m[1] } : undefined;
  }
  m = /^(\d{4})[-/](\d{1,2})$/.exec(v);
  if (m) {
    const mo = +m[2];
    return mo >= 1 && mo <= 12 && +m[1] >= 1000 ? { date: `${m[1]}-${String(mo).padStart(2, '0')}`, year: +m[1] } : undefined;
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return +m[1] >= 1000 ? { date: m[1], year: +m[1] } : undefined;
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v);
  if (m) {
    const d = isoDate(+m[1], +m[2], +m[3]);
    return d ? { date: d, year: +m[1] } : undefined;
  }
  m = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(v);
  if (m) {
    const mo = monthNumber(m[1]);
    const d = mo ? isoDate(+m[3], mo, +m[2]) : undefined;
    return d ? { date: d, year: +m[3] } : undefined;
  }
  m = /^(\d{1,2})\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(v);
  if (m) {
    const mo = monthNumber(m[2]);
    const d = mo ? isoDate(+m[3], mo, +m[1]) : undefined;
    return d ? { date: d, year: +m[3] } : undefined;
  }
  m = /^([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(v);
  if (m) {
    const mo = monthNumber(m[1]);
    return mo ? { date: `${m[2]}-${String(mo).padStart(2, '0')}`, year: +m[2] } : undefined;
  }
  // A range (biblatex and EDTF: "2020-07/2020-08", "2020/2021", "2020-07/.."): its start.
  m = /^(\d{4}(?:-\d{1,2}){0,2})\/(?:\d{4}(?:-\d{1,2}){0,2}|\.\.)?$/.exec(v);
  if (m) return parseDate(m[1]);
  return undefined;
}

/**
 * What reference managers and bibliographies write where a date goes when a paper has none yet, or none known:
 * a publication status ("in press", "forthcoming", "to appear", "accepted", "submitted", "under review",
 * "preprint", "unpublished", "ahead of print", "early access", "online first") or a "no date" mark ("n.d.",
 * "s.d.", "no date", "undated", "n/a", "unknown"). Compared with dots and slashes dropped, other punctuation as
 * spaces, lower case.
 */
const NO_DATE = new Set([
  'in press', 'inpress', 'forthcoming', 'to appear', 'accepted', 'accepted for publication', 'submitted', 'under review',
  'in review', 'under submission', 'in preparation', 'in prep', 'preprint', 'unpublished', 'ahead of print',
  'epub ahead of print', 'early access', 'online first', 'advance online publication', 'nd', 'sd', 'no date', 'undated',
  'na', 'unknown', 'not available', 'tba', 'tbd',
]);

/**
 * A date field that holds a status or a "no date" mark instead of a date (see NO_DATE), with the year written
 * beside it if any ("2025 (in press)", "in press, 2025"); undefined for anything else (a date, or text that is
 * neither, which stays an error).
 */
export function dateStatus(value: string | number): { status: string; year?: number } | undefined {
  if (typeof value === 'number') return undefined;
  const t = value.normalize('NFKC').toLowerCase().replace(/[./]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const m = /^(?:(\d{4}) )?(.*?)(?: (\d{4}))?$/.exec(t)!;
  if (!NO_DATE.has(m[2]!) || (m[1] && m[3])) return undefined;
  const y = m[1] ?? m[3];
  return y && +y >= 1000 ? { status: m[2]!, year: +y } : y ? undefined : { status: m[2]! };
}

// ---------------------------------------------------------------- authors

/**
 * Authors from a list (strings or `{name}` / `{firstName, lastName}` objects) or a string
 * `A and B`, `A; B` or `A, B` (a string `Last, First and Last, First` splits on `and` only).
 */
/** Given names as initials: "J.", "J.-P.", "K", "A. B.". */
const INITIALS = /^\p{Lu}\.?(?:[\s-]*\p{Lu}\.?)*$/u;

/**
 * How a comma list of names is read (parseAuthors). "Roth, K., Pemula, L." and "Roth, Karsten, Pemula, Latha" are two
 * authors written "Family, Given"; "Li, Wang, Zhang, Chen" (surnames alone, as some spreadsheets and scraped lists write
 * them) is four. The text cannot always tell these apart, so the rule weighs evidence:
 *
 * - read as pairs when the parts alternate surname / given names and the text itself says so: every given part is
 *   initials ("Roth, K., Pemula, L.", Scopus), or at least one given part is more than one word or holds an initial
 *   ("Vandermeulen, Robert A.", "Li, Jean Paul"), or a surname has its particles ("van der Berg, J."), or the list ends
 *   on "and Family, Given" ("O'Brien, Mary, McDonald, Ian and Zhang, Wei");
 * - when every part is a single capitalised word ("Roth, Karsten, Pemula, Latha" as much as "Li, Wang, Zhang, Chen",
 *   which would pair into "Wang Li" and "Chen Zhang") the shape is open: read as pairs only with evidence from outside
 *   the string (`pairs`: the format's convention, as RIS, EndNote and Web of Science write each author "Family,
 *   Given"; other records of the same file written in pairs on evidence of their own; a record's author count half the
 *   parts), else kept one name a part, never invented pairs, and `ambiguous` hears it so the reader can say so;
 * - any other shape (full names "Karsten Roth, Latha Pemula", an odd number of parts, a part that may be a company's,
 *   "Google, DeepMind, OpenAI, Meta", a last name alone after the list's "and", "Li, Wang, Zhang and Chen") is one name
 *   a part.
 */
export interface AuthorOptions {
  /** Evidence from outside the string that an open list (single words) is "Family, Given" pairs. */
  pairs?: boolean;
  /** Hears a list whose shape was open and read one name a part (the number of parts). */
  ambiguous?: (parts: number) => void;
  /** Hears a list read as pairs on evidence of its own (a reader counts it as evidence for the rest of its file). */
  paired?: () => void;
}

/**
 * The shape of a comma list split on its commas: pairs the text shows, a shape left open, or neither. `lastAnd`: what
 * follows the list's final "and", a name written "Family, Given" (pairs) or one word ("Li, Wang, Zhang and Chen": a
 * list of names, one a part).
 */
function pairShape(parts: string[], lastAnd?: 'pair' | 'single'): 'pairs' | 'open' | 'none' {
  if (parts.length < 4 || parts.length % 2 || lastAnd === 'single') return 'none';
  if (parts.every((p, i) => (i % 2 ? INITIALS.test(p) : !INITIALS.test(p)))) return 'pairs';
  if (!parts.every((p, i) => (i % 2 ? isGivenNames(p) : isFamilyName(p)))) return 'none';
  const givenSays = parts.some((p, i) => i % 2 === 1 && (p.includes(' ') || p.split(/[\s-]+/).some((w) => INITIALS.test(w))));
  const familySays = parts.some((p, i) => i % 2 === 0 && p.includes(' '));
  return givenSays || familySays || lastAnd === 'pair' ? 'pairs' : 'open';
}

function pairNameParts(parts: string[], opts: AuthorOptions = {}, lastAnd?: 'pair' | 'single'): string[] {
  if (parts.length === 2 && !/\s/.test(parts[0]!) && parts[1] && parts[1].split(/\s+/).length <= 3) return [`${parts[0]}, ${parts[1]}`];
  // (one name with its suffix: "Smith, John, Jr.", "Smith, Jr., John")
  if (parts.length === 3 && (SUFFIX.test(parts[1]!) || SUFFIX.test(parts[2]!))) return [parts.join(', ')];
  const shape = pairShape(parts, lastAnd);
  if (shape === 'pairs') opts.paired?.();
  if (shape === 'pairs' || (shape === 'open' && opts.pairs)) {
    const out: string[] = [];
    for (let i = 0; i < parts.length; i += 2) out.push(`${parts[i]}, ${parts[i + 1]}`);
    return out;
  }
  if (shape === 'open') opts.ambiguous?.(parts.length);
  return parts;
}

/**
 * A plain word of a person's name: "Karsten", "Chun-Liang", "O'Brien", "McDonald", "Schölkopf" (not "DeepMind" or
 * "OpenAI", a company's, nor "IBM").
 */
const PLAIN_NAME_WORD = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;
/** A surname alone, in "Family, Given" pairs: one plain word after particles ("Roth", "van der Berg"). */
function isFamilyName(p: string): boolean {
  const words = p.split(' ');
  const last = words.pop()!;
  return PLAIN_NAME_WORD.test(last) && !ORG_WORD.test(last) && words.every((w) => PARTICLE.test(w.toLowerCase()));
}
/** Given names: one to three plain words or initials ("Karsten", "Robert A.", "J.-P."). */
function isGivenNames(p: string): boolean {
  const words = p.split(' ');
  return words.length <= 3 && words.every((w) => (PLAIN_NAME_WORD.test(w) && !ORG_WORD.test(w)) || INITIALS.test(w));
}

/** No author: a placeholder where a database has no name (Scopus's "[No author name available]", Web of Science's
 * "[Anonymous]"), or a list's et al. given as a name of its own (a JSON list's or an RIS AU line's "et al."). */
const NO_AUTHOR = /^(?:\[.*\]|et\.?\s+al\.?)$/i;

export function parseAuthors(value: unknown, opts: AuthorOptions = {}): string[] | undefined {
  if (Array.isArray(value)) {
    const names = value
      .map((a) => {
        if (typeof a === 'string') return a;
        if (a && typeof a === 'object') {
          const o = a as Record<string, unknown>;
          if (typeof o.name === 'string') return o.name;
          // (CSL-JSON writes an organisation as `{"literal": "OpenAI"}`)
          if (typeof o.literal === 'string') return o.literal;
          const first = o.firstName ?? o.given ?? o.first;
          const last = o.lastName ?? o.family ?? o.last;
          return [first, last].filter((x) => typeof x === 'string').join(' ');
        }
        return '';
      })
      .map((s) => displayName(collapseWhitespace(s)))
      .filter((n) => n && !NO_AUTHOR.test(n));
    return names.length ? names : undefined;
  }
  if (typeof value !== 'string') return undefined;
  // ("Smith, J. and Doe, K. and others", "Roth K, et al.": BibTeX's and the citation styles' et al. names no author;
  // APA's "Roth, K., & Pemula, L.": its & is an and)
  const v = collapseWhitespace(value)
    .replace(/\s*,?\s+(?:and\s+others|et\.?\s+al)\.?$/i, '')
    .replace(/\s+&\s+/g, ' and ');
  if (!v) return undefined;
  let parts: string[];
  if (/\s+and\s+/i.test(v) && !/;/.test(v)) {
    const byAnd = v.split(/\s*,?\s+and\s+/i);
    // `A, B and C` (comma list with a final `and`) vs `Last, First and Last, First`.
    // (the last name after the and says how the commas before it part: "Family, Given" pairs, or one name a part)
    const lastCommas = (byAnd.at(-1)!.match(/,/g) ?? []).length;
    parts =
      byAnd.every((p) => (p.match(/,/g) ?? []).length === 1) && byAnd.length > 1
        ? byAnd
        : pairNameParts(v.split(/\s*,\s*|\s*,?\s+and\s+/i), opts, lastCommas === 1 ? 'pair' : lastCommas === 0 ? 'single' : undefined);
  } else if (v.includes(';')) parts = v.split(/\s*;\s*/);
  else parts = pairNameParts(v.split(/\s*,\s*/), opts);
  // PubMed's (Vancouver) "Roth K, Pemula L, Zepeda JP.": every name a surname then its undotted initials
  if (parts.length > 1 && parts.every((p) => VANCOUVER.test(p.replace(/\.$/, '')))) parts = parts.map((p) => vancouverName(p)!);
  const names = parts.map((p) => displayName(p.trim())).filter((p) => p && !NO_AUTHOR.test(p));
  return names.length ? names : undefined;
}

/** A Vancouver-style name: a surname with a lower-case letter, then one to three capitals, its initials. */
const VANCOUVER = /^(\S*\p{Ll}[\p{L}\p{M}' -]*?) (\p{Lu}{1,3})$/u;

/**
 * A Vancouver-style name ("Roth K", "Zepeda JP.") as "Given Family" ("K. Roth", "J. P. Zepeda"), or undefined when it is
 * not one. A list needs two such names to be read so; PubMed's AU tag is always one, so a record's lone AU is read too.
 */
export function vancouverName(name: string): string | undefined {
  const m = VANCOUVER.exec(name.trim().replace(/\.$/, ''));
  return m ? `${[...m[2]!].map((c) => `${c}.`).join(' ')} ${m[1]}` : undefined;
}

/** Surname particles, written lower case before the surname ("van der Berg") or after the given names in `Last, First`. */
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|ter|ten|zu|bin|ibn|al|el|y)$/;
/** A word of a name: capitalised (also "O'Brien", "McDonald", "Chun-Liang", "ROTH"), or initials ("J.", "J.-P.", "JR"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.?(?:-?\p{Lu}\.?)*)$/u;
/** Words that make a comma-holding name an organisation or a place, never `Last, First` ("Microsoft Research, Asia"). */
const ORG_WORD =
  /^(?:univ|university|universit[àäéy]|institut|institute|inst|laboratory|laboratories|lab|labs|inc|ltd|llc|corp|corporation|company|co|gmbh|ag|sa|group|team|consortium|collaboration|research|department|dept|center|centre|school|college|foundation|association|society|committee|council|agency|ministry|office|hospital|academy|project|initiative|network|organization|organisation|program|programme|alliance|authors?|anonymous|ai|the|of|and|for)\.?$/i;
/** A generational suffix: "Jr.", "Sr", "III". */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

function nameWords(s: string, max: number): string[] | undefined {
  const words = s.split(' ').filter(Boolean);
  if (!words.length || words.length > max) return undefined;
  if (words.some((w) => ORG_WORD.test(w) || /\d/.test(w) || !(NAME_WORD.test(w) || PARTICLE.test(w)))) return undefined;
  // (at least one capitalised word: "de la" alone is no name)
  return words.some((w) => NAME_WORD.test(w)) ? words : undefined;
}

/**
 * One author's name as BibTeX, arXiv and the Hugging Face page write it, "Given Family", so a paper read from two exports
 * gives its authors one spelling: "Roth, Karsten" (Zotero, Web of Science) -> "Karsten Roth", "Roth, K." and "Roth K."
 * (Scopus) -> "K. Roth", "Smith, Jr., John" -> "John Smith Jr."; dblp's disambiguation number ("Wei Zhang 0001") and
 * Scopus's author id ("Roth, Karsten (57211111111)") dropped. A name this cannot read as a person's for sure (an
 * organisation, a place, one word, more commas) stays as written.
 */
export function displayName(name: string): string {
  const n = name.replace(/\s+(?:\d{4}|\(\d{5,}\))$/, '').trim();
  if (!n.includes(',')) {
    // Scopus: "Roth K.", "van der Berg J.-P." (the initials after the surname, with their dots)
    const m = /^(.*?\S)\s+(\p{Lu}\.(?:[\s-]*\p{Lu}\.)*)$/u.exec(n);
    const family = m && !/\p{Lu}\.$/u.test(m[1]!) ? nameWords(m[1]!, 4) : undefined;
    return family ? `${m![2]!.split(/\s+/).map(spaceInitials).join(' ')} ${family.join(' ')}` : n.split(' ').map(spaceInitials).join(' ');
  }
  const parts = n.split(/\s*,\s*/);
  let suffix: string | undefined;
  if (parts.length === 3 && SUFFIX.test(parts[1]!)) suffix = parts.splice(1, 1)[0]; // "Smith, Jr., John"
  else if (parts.length === 3 && SUFFIX.test(parts[2]!)) suffix = parts.pop(); // "Smith, John, Jr."
  if (parts.length !== 2) return n;
  const family = nameWords(parts[0]!, 4);
  const given = nameWords(parts[1]!, 4);
  if (!family || !given) return n;
  // Web of Science's initials, "Roth, KJ": undotted capitals after a surname in lower case, as Scopus's "Roth, K. J."
  const initials = given.length === 1 && /^\p{Lu}{1,3}$/u.test(given[0]!) && /\p{Ll}/u.test(parts[0]!);
  return [...(initials ? [...given[0]!].map((c) => `${c}.`) : given.map(spaceInitials)), ...family, ...(suffix ? [suffix] : [])].join(' ');
}

/** Initials run together, "J.R.", as spaced ones, "J. R." (the form arXiv and BibTeX give). */
function spaceInitials(word: string): string {
  return /^(?:\p{Lu}\.){2,}$/u.test(word) ? word.replace(/\.(?=\p{Lu})/gu, '. ') : word;
}
