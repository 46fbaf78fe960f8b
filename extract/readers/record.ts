/**
 * From a loose record (a JSON object, a CSV row, a BibTeX entry, an Atom entry) to a Paper without its id,
 * or the reason it cannot be one. Shared by every reader so all formats clean and check fields the same way.
 */
import type { Paper, ReadWarning, Reject, SourceRef } from '../../src/model.ts';
import {
  arxivIdFrom,
  collapseWhitespace,
  dateStatus,
  decodeTexAccents,
  dropHrefResidue,
  findUrls,
  makeWordTest,
  mendHyphenation,
  isoDate,
  monthNumber,
  normalizeDoi,
  parseAuthors,
  parseDate,
  SEASON,
  type AuthorOptions,
  vocabularyOf,
} from './text.ts';

/** A Paper before ids are assigned (ids need every input, see index.ts). */
export type RawPaper = Omit<Paper, 'id'>;

/** What each reader returns: a pure function of (text, file). */
export interface ReaderOutput {
  papers: RawPaper[];
  rejects: Reject[];
  warnings: ReadWarning[];
}

export interface ReaderOptions {
  /** Year for dates that give none (HF page `May 14`). */
  year?: number;
}

/** Fields a record may carry, under our names; values as found. */
export interface LooseFields {
  title?: unknown;
  abstract?: unknown;
  authors?: unknown;
  /** Authors with their full given names beside `authors` (Scopus's "Author full names", Web of Science's AF): preferred. */
  authorsFull?: unknown;
  authorsCount?: unknown;
  date?: unknown;
  year?: unknown;
  month?: unknown;
  upvotes?: unknown;
  doi?: unknown;
  url?: unknown;
  id?: unknown;
}

/** Accepted key spellings (compared lower-cased, `_`/`-`/space removed) for each field. */
const KEYS: Record<keyof LooseFields, string[]> = {
  // ('display_name': OpenAlex, whose `title` may be null; 'Article Title': Web of Science's Excel export; 'Document
  // Title': IEEE Xplore's CSV; TI, AB, AU, AF, PY, DI: Web of Science's tab-delimited export, headed by its field tags)
  title: ['title', 'papertitle', 'displayname', 'articletitle', 'documenttitle', 'ti'],
  // ('Abstract Note' and 'Publication Year': Zotero's CSV export)
  abstract: ['abstract', 'summary', 'abstracttext', 'description', 'abstractnote', 'ab'],
  // ('Author/s' and 'Date Published': Lens.org's CSV export)
  // ('authorString' and 'firstPublicationDate': Europe PMC's REST API, "Roth K, Pemula L.")
  authors: ['authors', 'author', 'creators', 'au', 'author/s', 'authorstring'],
  authorsFull: ['authorfullnames', 'authorfullname', 'af'],
  authorsCount: ['authorscount', 'numauthors', 'nauthors'],
  date: ['date', 'published', 'publishedat', 'publicationdate', 'pubdate', 'submitted', 'submittedon', 'datepublished', 'firstpublicationdate'],
  year: ['year', 'pubyear', 'publicationyear', 'py'],
  // ('PD': Web of Science's tab-delimited export, "MAR", "JUN 15", "JAN-FEB", "SPR", beside PY)
  month: ['month', 'pd'],
  upvotes: ['upvotes', 'votes', 'likes'],
  doi: ['doi', 'di'],
  url: ['url', 'link', 'landingpage', 'absurl'],
  id: ['id', 'arxivid', 'arxiv', 'eprint', 'paperid'],
};

export function keyName(k: string): string {
  return k.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Spelling (as keyName gives it) -> field. */
const FIELD_OF_NAME = new Map<string, keyof LooseFields>();
for (const [field, names] of Object.entries(KEYS) as [keyof LooseFields, string[]][]) {
  for (const n of names) if (!FIELD_OF_NAME.has(n)) FIELD_OF_NAME.set(n, field);
}
/** fieldOf's answers for keys seen so far (records of one input repeat the same few keys). */
const fieldCache = new Map<string, keyof LooseFields | null>();

/** Which of our fields a column / property name is, if any. */
export function fieldOf(key: string): keyof LooseFields | undefined {
  let f = fieldCache.get(key);
  if (f === undefined) {
    f = FIELD_OF_NAME.get(keyName(key)) ?? null;
    if (fieldCache.size >= 1000) fieldCache.clear();
    fieldCache.set(key, f);
  }
  return f ?? undefined;
}

/**
 * Map an object's own properties onto LooseFields (first match wins, in the object's key order). A nested
 * `paper` object (the shape of the Hugging Face daily_papers API: `{ paper: { id, title, summary,
 * authors, publishedAt, upvotes }, ... }`) fills what the top level lacks.
 */
export function looseFromObject(obj: Record<string, unknown>): LooseFields {
  const out: LooseFields = {};
  const take = (o: Record<string, unknown>) => {
    // (for-in over own keys: Object.entries' order without its arrays)
    for (const k in o) {
      if (!Object.prototype.hasOwnProperty.call(o, k)) continue;
      let v = o[k];
      const f = fieldOf(k);
      if (!f || out[f] !== undefined || v === null || v === '') continue;
      // (Crossref's works: the title a list, `"title": ["..."]`, the date an object, `"published": {"date-parts":
      // [[2022, 6]]}`; the record was a reject, "record has no title")
      if (f === 'title' && Array.isArray(v)) {
        v = v.find((x) => typeof x === 'string' && x.trim() !== '');
        if (v === undefined) continue;
      }
      // (an abstract as a list of its paragraphs, as PubMed's AbstractText is when written out as JSON: each a line of its
      // own, a structured abstract's "Methods: ..." a sentence of its own; it was "no abstract")
      if (f === 'abstract' && Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) {
        v = (v as string[]).filter((x) => x.trim()).join('\n');
        if (v === '') continue;
      }
      if (f === 'date' && v && typeof v === 'object' && !Array.isArray(v) && 'date-parts' in v) {
        // (`[[null]]`, Crossref's unknown date, is none)
        v = dateOfParts(v);
        if (v === undefined) continue;
      }
      out[f] = v;
    }
  };
  take(obj);
  const nested = obj.paper;
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) take(nested as Record<string, unknown>);
  // OpenReview's notes: the fields in `content`, each `{ "value": ... }` in its API v2 (plain in v1); the date of
  // publication (`pdate`, else `odate` or `cdate`) in milliseconds since 1970. They were rejects: no title, no abstract.
  const content = obj.content;
  if (content && typeof content === 'object' && !Array.isArray(content)) {
    const plain: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(content as Record<string, unknown>)) {
      plain[k] = v && typeof v === 'object' && !Array.isArray(v) && 'value' in v ? (v as { value: unknown }).value : v;
    }
    take(plain);
    if (out.date === undefined) {
      const ms = [obj.pdate, obj.odate, obj.cdate].find((t): t is number => typeof t === 'number' && Number.isFinite(t) && t > 0);
      if (ms !== undefined) out.date = new Date(ms).toISOString().slice(0, 10);
    }
  }
  // The arXiv metadata snapshot (Kaggle's arxiv-metadata-oai-snapshot.json): the authors decoded in `authors_parsed`
  // ([family, given, suffix]; its `authors` string keeps TeX accents, "Bal\\'azs"), the date of the first version in
  // `versions[0].created` ("Mon, 2 Apr 2007 19:18:42 GMT"): the paper was read undated without a word.
  // Its title and abstract are the TeX the authors submitted: accents as commands ("Schr{\\"o}dinger", "\\'etude") are
  // decoded as the BibTeX reader decodes them, math ("$\\alpha$") and other commands left as written.
  const snapshot = Array.isArray(obj.authors_parsed) || (typeof obj.submitter === 'string' && Array.isArray(obj.versions));
  if (snapshot) {
    if (typeof out.title === 'string') out.title = decodeTexAccents(out.title);
    if (typeof out.abstract === 'string') out.abstract = decodeTexAccents(out.abstract);
    if (typeof out.authors === 'string') out.authors = decodeTexAccents(out.authors);
  }
  if (out.authorsFull === undefined && Array.isArray(obj.authors_parsed)) {
    const names = obj.authors_parsed.map((a: unknown) => {
      if (!Array.isArray(a) || !a.every((x) => typeof x === 'string')) return '';
      const [family = '', given = '', suffix = ''] = (a as string[]).map(decodeTexAccents);
      return [given.replace(/\.\s+-/g, '.-'), family, suffix].filter(Boolean).join(' ');
    });
    if (names.some(Boolean)) out.authorsFull = names.filter(Boolean);
  }
  if (out.date === undefined && out.year === undefined && Array.isArray(obj.versions)) {
    const created = (obj.versions[0] as { created?: unknown } | undefined)?.created;
    const ms = typeof created === 'string' ? Date.parse(created) : NaN;
    if (Number.isFinite(ms)) out.date = new Date(ms).toISOString().slice(0, 10);
  }
  // CSL-JSON (Zotero's and Mendeley's export, citation.js): the date as `issued: { "date-parts": [[2022, 6, 1]] }`
  // (or `{ "raw": "2022-06" }`); the paper was read undated without a word.
  if (out.date === undefined && out.year === undefined) {
    const issued = dateOfParts(obj.issued);
    if (issued !== undefined) out.date = issued;
  }
  // Crossref's abstracts are JATS XML ("<jats:title>Abstract</jats:title><jats:p>We ...</jats:p>"): its tags were read as words
  if (typeof out.abstract === 'string' && out.abstract.includes('<jats:')) out.abstract = jatsText(out.abstract);
  // Semantic Scholar's API: the DOI and arXiv id in `externalIds` (its `paperId` is its own hash, no arXiv id)
  const ext = obj.externalIds;
  if (ext && typeof ext === 'object' && !Array.isArray(ext)) {
    const { DOI: doi, ArXiv: arxiv } = ext as Record<string, unknown>;
    if (out.doi === undefined && typeof doi === 'string' && doi) out.doi = doi;
    if (typeof arxiv === 'string' && arxiv && !(typeof out.id === 'string' && arxivIdFrom(out.id))) out.id = `arXiv:${arxiv}`;
  }
  // OpenAlex: the abstract as an inverted index (word -> its positions), the authors in `authorships`
  if (out.abstract === undefined) {
    const text = abstractFromInvertedIndex(obj.abstract_inverted_index);
    if (text) out.abstract = text;
  }
  if (out.authors === undefined && Array.isArray(obj.authorships)) {
    out.authors = obj.authorships.map((a: unknown) => {
      const o = (a && typeof a === 'object' ? a : {}) as Record<string, unknown>;
      const author = (o.author && typeof o.author === 'object' ? o.author : {}) as Record<string, unknown>;
      return typeof author.display_name === 'string' ? author.display_name : typeof o.raw_author_name === 'string' ? o.raw_author_name : '';
    });
  }
  return out;
}

/**
 * A CSL-JSON or Crossref date object (`{ "date-parts": [[2022, 6, 1]] }`, or `{ "raw": "2022-06" }`) as the date it
 * gives ("2022-06-01", "2022-06"); undefined for any other value.
 */
function dateOfParts(v: unknown): string | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const { 'date-parts': parts, raw, literal } = v as Record<string, unknown>;
  const first = Array.isArray(parts) && Array.isArray(parts[0]) ? (parts[0] as unknown[]) : undefined;
  if (first?.length && first.every((x) => x !== null && Number.isInteger(Number(x)))) {
    const [y, m, d] = first.map(Number);
    return [String(y), ...(m ? [String(m).padStart(2, '0')] : []), ...(m && d ? [String(d).padStart(2, '0')] : [])].join('-');
  }
  if (typeof raw === 'string') return raw;
  return typeof literal === 'string' ? literal : undefined;
}

const NAMED_ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };
/** The entities XML and HTML write, named ("&amp;", "&nbsp;") or numbered ("&#8211;", "&#x2013;"), as their characters. */
function decodeEntities(s: string): string {
  return s.replace(/&(?:(lt|gt|amp|quot|apos|nbsp)|#(\d+)|#x([0-9a-fA-F]+));/g, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED_ENTITY[name]!;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * A JATS abstract as text: a heading "Abstract" dropped, other headings and each paragraph on a line of their own (a
 * structured abstract's "Methods" then reads as a sentence of its own, see headingsAsLabels), every other tag
 * (`<jats:italic>`, `<mml:mi>`) dropped, its entities decoded.
 */
function jatsText(s: string): string {
  return decodeEntities(
    s
      .replace(/<jats:title>\s*(?:abstract|summary)\s*[.:]?\s*<\/jats:title>/gi, '')
      .replace(/<\/jats:(?:title|p|sec)>/g, '\n')
      .replace(/<\/?[A-Za-z][\w.-]*:[^>]*>/g, ''),
  ).trim();
}

/**
 * OpenAlex's `abstract_inverted_index` (`{"We": [0], "propose": [1], ...}`) as the text it was made from: each
 * word at its positions, joined by spaces. Undefined when it is not such an index or holds no word.
 */
export function abstractFromInvertedIndex(index: unknown): string | undefined {
  if (!index || typeof index !== 'object' || Array.isArray(index)) return undefined;
  const at = new Map<number, string>();
  for (const [word, positions] of Object.entries(index as Record<string, unknown>)) {
    if (!Array.isArray(positions)) return undefined;
    for (const p of positions) if (Number.isInteger(p) && p >= 0) at.set(p as number, word);
  }
  if (!at.size) return undefined;
  return [...at.keys()].sort((a, b) => a - b).map((p) => at.get(p)!).join(' ');
}

/** Per-file context: the word test for hyphenation mending is built from the whole input. */
export interface RecordContext {
  file: string;
  isWord: (w: string) => boolean;
  hyphenatedIsKnown: (w: string) => boolean;
  /** The format writes each author "Family, Given" (RIS, EndNote, Web of Science): a list of single words is pairs. */
  authorPairs?: boolean;
  /** What the file's author lists showed (see text.ts, AuthorOptions): one read as pairs on evidence of its own ... */
  pairedSeen: boolean;
  /** ... and the papers whose list was open, read one name a part, with the warning that says so (settleAuthors). */
  openAuthors: { paper: RawPaper; value: string; warning: string }[];
}

export function recordContext(file: string, text: string, opts: { authorPairs?: boolean } = {}): RecordContext {
  // Built on first use: most records have no hyphenation break to mend, and a JSONL reader makes one
  // context per line.
  let lower: string | undefined;
  let isWord: ((w: string) => boolean) | undefined;
  return {
    file,
    isWord: (w: string) => (isWord ??= makeWordTest(vocabularyOf(text)))(w),
    // The hyphenated form written elsewhere in the input without a space: `high-resolution`.
    hyphenatedIsKnown: (w: string) => (lower ??= text.toLowerCase()).includes(w.toLowerCase()),
    ...(opts.authorPairs ? { authorPairs: true } : {}),
    pairedSeen: false,
    openAuthors: [],
  };
}

/**
 * A reader that has read a whole file (CSV, a JSON array): the author lists whose shape was open ("Roth, Karsten,
 * Pemula, Latha" or "Li, Wang, Zhang, Chen", single words) are read as "Family, Given" pairs when another record of the
 * file was written in pairs on evidence of its own ("Vandermeulen, Robert A.", "Roth, K."): an export writes every row
 * one way. Their warnings go. Without such a record they stay one name a part, with their warnings.
 */
export function settleAuthors(out: ReaderOutput, ctx: RecordContext): void {
  if (!ctx.pairedSeen || !ctx.openAuthors.length) return;
  const settled = new Set<string>();
  for (const { paper, value, warning } of ctx.openAuthors) {
    const authors = parseAuthors(value, { pairs: true });
    if (!authors) continue;
    paper.authors = authors;
    paper.authorsCount = authors.length;
    settled.add(`${paper.source.line}\u0000${warning}`);
  }
  out.warnings = out.warnings.filter((w) => !(w.file === ctx.file && settled.has(`${w.line}\u0000${w.message}`)));
  ctx.openAuthors = [];
}

/** An abstract as one paragraph: whitespace collapsed, `\href` residue dropped, hyphenation mended. */
export function cleanAbstract(raw: string, ctx: RecordContext): string {
  return cleanCollapsed(collapseWhitespace(raw), ctx);
}

/** cleanAbstract of an already collapsed text. */
function cleanCollapsed(collapsed: string, ctx: RecordContext): string {
  return mendHyphenation(dropHrefResidue(collapsed), ctx.isWord, ctx.hyphenatedIsKnown);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function count(v: unknown): number | undefined {
  // ("15.0": pandas writes a count column with a gap in it as floats)
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(?:\.0+)?\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** The section headings of a structured abstract, each on a line of its own ("Methods\nOnline datasets were used"). */
const HEADING_LINE = /(^|\n)[ \t]*(Background|Objectives?|Purpose|Aims?|Introduction|Methods?|Materials and [Mm]ethods|Results|Conclusions?|Findings|Interpretation|Motivation|Significance|Design|Setting|Discussion|Context|Importance|Rationale|Availability and [Ii]mplementation)[ \t]*:?[ \t]*(?:\r?\n)+/g;
/** A heading on a line of its own becomes a sentence of its own ("Methods. Online ..."): collapsed into the paragraph as it stood, the
 * heading would run into the first words of its section ("Methods Online datasets"). */
function headingsAsLabels(raw: string): string {
  return raw.includes('\n') ? raw.replace(HEADING_LINE, '$1$2. ') : raw;
}

/** HTML tags an abstract or a title may hold (Europe PMC's "<h4>Background</h4>", "<i>E. coli</i>", "<sup>2</sup>"). */
const HTML_TAG = /<\/?(?:h[1-6]|p|br|div|li|ul|ol|i|b|em|strong|sup|sub|span|u|a|small)(?:\s[^<>]*)?\/?>/gi;
/** A closing tag of those, or a line break: markup, not tags a text names. */
const HTML_CLOSED = /<\/(?:h[1-6]|p|div|li|ul|ol|i|b|em|strong|sup|sub|span|u|a|small)>|<br\s*\/?>/i;
/** Those that part paragraphs or headings: a line break. */
const HTML_BLOCK = /<\/?(?:h[1-6]|p|br|div|li|ul|ol)(?:\s[^<>]*)?\/?>/gi;

/**
 * Text with HTML tags in it as text: a heading or a paragraph a line of its own (a structured abstract's "Methods"
 * then a sentence of its own), other tags dropped, the entities HTML writes decoded; the tags were read as words
 * ("<h4>Background</h4>Defects are rare in <i>CT</i>."). Text without such a tag stays as it is ("p < 0.05").
 */
function dropHtml(raw: string): string {
  // (only markup that closes a tag, or breaks a line: "attackers inject <div> and <a> elements" names tags, it holds none)
  if (!raw.includes('<') || raw.search(HTML_CLOSED) < 0) return raw;
  return decodeEntities(
    raw
      .replace(/<sup>([^<>]{1,20})<\/sup>/gi, '^$1') // ("10<sup>3</sup>": 10^3, not 103)
      .replace(HTML_BLOCK, '\n')
      .replace(HTML_TAG, ''),
  );
}

/** A month as a date field may give it beside a year: "MAR", "June", "JUN 15", "JAN-FEB", "SPR" (Web of Science's PD). */
function monthLike(value: string): boolean {
  const first = value.trim().split(/\s*[-–—/]+\s*/)[0]!;
  return SEASON.test(first) || monthNumber(/^(\p{L}+\.?)(?:\s+\d{1,2})?$/u.exec(first)?.[1] ?? '') !== undefined;
}

/** The longest abstract read: ten times the longest of the 20,000 held-out abstracts (3,087 characters). */
export const MAX_ABSTRACT = 30_000;
/** The longest title read: four times the longest of the 20,286 held-out titles (243 characters). */
export const MAX_TITLE = 1_000;

/** What an export writes where a paper has no abstract: "[No abstract available]" (Scopus), "No abstract", "N/A". */
const NO_ABSTRACT = /^[[(]?\s*(?:no abstract(?: is)?(?: available)?|abstract(?: is)? not available|not available|n\/?a|none)\s*\.?\s*[\])]?\.?$/i;

/**
 * A publisher's notice at the end of an abstract, after its last sentence: "© 2024 Elsevier B.V., All rights reserved.",
 * "(C) 2021 Elsevier B.V. All rights reserved.", "Copyright 2019 IEEE." (Scopus, Web of Science and PubMed exports keep
 * it in the abstract field). Not the paper's words: it would show in every abstract and feed the extractor a name.
 */
const COPYRIGHT_TAIL = /(?:^|(?<=[.!?]))\s*(?:(?:Copyright\s*)?(?:©|\([cC]\))|Copyright\s+(?:\d{4}|by\b))[^©]{0,200}$/;
/** What makes such a tail a notice ("© marks are rare in CT scans." is a sentence): a year, or "rights reserved". */
const NOTICE_WORDS = /\b(?:1[89]|20)\d\d\b|rights reserved|published by/i;

function dropCopyrightTail(abstract: string): string {
  const m = COPYRIGHT_TAIL.exec(abstract);
  return m && NOTICE_WORDS.test(m[0]) ? abstract.slice(0, m.index) : abstract;
}

/**
 * Turn loose fields into a paper, or a reject reason. `warn` hears what was read but not as written (a date
 * field that says "in press": the paper is read undated).
 */
export function buildPaper(
  f: LooseFields,
  source: SourceRef,
  ctx: RecordContext,
  warn: (message: string) => void = () => {},
): RawPaper | { reject: string } {
  // (a title or an abstract that is no text, an object or a list, is said to be so: it was "no title", "no abstract")
  for (const [field, v] of [['title', f.title], ['abstract', f.abstract]] as const) {
    if (v !== undefined && v !== null && typeof v === 'object') {
      return { reject: `record's ${field} is ${Array.isArray(v) ? 'a list' : 'an object'}, not text: ${JSON.stringify(v).slice(0, 80)}` };
    }
  }
  const title = collapseWhitespace(dropHtml(str(f.title) ?? ''));
  const abstractCollapsed = collapseWhitespace(headingsAsLabels(dropHtml(str(f.abstract) ?? '')));
  if (!title && !abstractCollapsed) return { reject: 'record has no title and no abstract' };
  if (!title) return { reject: 'record has no title' };
  // (a CSV row shifted by a column, or an abstract pasted where the title goes, would name a paper by a paragraph)
  if (title.length > MAX_TITLE) {
    return {
      reject: `"${title.slice(0, 60)}…": a title of ${title.length.toLocaleString('en-US')} characters, longer than a title (at most ${MAX_TITLE.toLocaleString('en-US')}): an abstract in the title's column, or a row shifted by a column?`,
    };
  }
  // (a field that holds a paper's full text, or many records run together, would take the extractor minutes)
  if (abstractCollapsed.length > MAX_ABSTRACT) {
    return {
      reject: `"${title}": an abstract of ${abstractCollapsed.length.toLocaleString('en-US')} characters, longer than an abstract (at most ${MAX_ABSTRACT.toLocaleString('en-US')}): the paper's full text, or several records run together?`,
    };
  }
  // (Scopus writes "[No abstract available]" where a paper has none)
  if (NO_ABSTRACT.test(abstractCollapsed)) return { reject: `"${title}": no abstract (${JSON.stringify(abstractCollapsed)})` };
  const abstract = cleanCollapsed(dropCopyrightTail(abstractCollapsed), ctx);
  if (!abstract) return { reject: `"${title}": no abstract` };

  const paper: RawPaper = { title, abstract, urls: findUrls(abstract), source };

  // (an author list of single words, "Li, Wang, Zhang, Chen", may be surnames or "Family, Given" pairs: text.ts, AuthorOptions)
  const given = count(f.authorsCount);
  let open = 0;
  const authorOpts: AuthorOptions = {
    pairs: ctx.authorPairs,
    ambiguous: (n) => (open = n),
    paired: () => (ctx.pairedSeen = true),
  };
  const authorValue = f.authorsFull ?? f.authors;
  let authors = parseAuthors(f.authorsFull, authorOpts) ?? parseAuthors(f.authors, authorOpts);
  // (the record's own author count settles it: half the parts, pairs; as many as the parts, one name a part)
  if (open && given === open / 2) authors = parseAuthors(authorValue, { pairs: true });
  else if (open && given !== open && typeof authorValue === 'string') {
    const warning = `"${title}": authors ${JSON.stringify(collapseWhitespace(authorValue))} read as ${open} names, one a part: they could as well be ${open / 2} "Family, Given" pairs, and nothing in the record says which`;
    warn(warning);
    ctx.openAuthors.push({ paper, value: authorValue, warning });
  }
  if (authors) paper.authors = authors;
  if (authors) paper.authorsCount = authors.length;
  else if (given !== undefined) paper.authorsCount = given;

  // Date: `date` wins; else year (+ month). A status where the date goes ("in press", "n.d.") is no date: the
  // paper is read undated (or with the year written beside the status), and a warning says so.
  const undated = (field: string, value: string, status: { status: string; year?: number }): void => {
    if (status.year !== undefined) {
      paper.year = status.year;
      paper.date = String(status.year);
    } else warn(`"${title}": ${field} ${JSON.stringify(value)} is not a date: read undated`);
  };
  const dateValue = f.date;
  const dateStr = typeof dateValue === 'number' ? undefined : str(dateValue);
  const dateSaysNone = dateStr === undefined ? undefined : dateStatus(dateStr);
  const hasYear = f.year !== undefined && f.year !== null && f.year !== '';
  let dateDone = false;
  // A date the readers cannot parse beside a year they can (Zotero's free-text "Date", "6/2023" or "Spring 2021",
  // beside its "Publication Year"): the year, with a warning naming the date.
  let dateUnread: string | undefined;
  let monthValue = f.month;
  if (dateValue !== undefined && dateValue !== null && dateValue !== '' && !(dateSaysNone && hasYear)) {
    const raw = typeof dateValue === 'number' ? dateValue : dateStr;
    // (a date that is a range of years, PubMed's "DP  - 2019-2020", biblatex's "date = {2019/2020}": its first year, with
    // the warning a year field's range gets)
    const range = typeof raw === 'string' ? yearRange(raw.trim()) : undefined;
    const parsed = raw === undefined ? undefined : parseDate(range ?? raw);
    dateDone = true;
    if (range) warn(`"${title}": date ${JSON.stringify(raw)} is a range: read as its first year, ${range}`);
    if (parsed) {
      paper.date = parsed.date;
      paper.year = parsed.year;
    } else if (dateSaysNone) undated('date', dateStr!, dateSaysNone);
    else if (hasYear) {
      dateDone = false;
      // (a month where the date goes, beside the year: Web of Science's Excel export's "Publication Date", "MAR",
      // "JUN 15", "SPR", beside its "Publication Year"; read as the month column is)
      if (f.month === undefined && typeof raw === 'string' && monthLike(raw)) monthValue = raw;
      else dateUnread = JSON.stringify(typeof raw === 'string' ? raw : dateValue);
    } else return { reject: `"${title}": unparseable date ${JSON.stringify(typeof raw === 'string' ? raw : dateValue)}` };
  }
  if (!dateDone && hasYear) {
    // (pandas writes a year column with a gap in it as floats: "2021.0")
    // (and a reference manager's disambiguation letter, "2024a", "2024b": two works of one author and year)
    let y = str(f.year)?.trim().replace(/^(\d{4})(?:\.0+|[a-z])$/, '$1') ?? '';
    // (a range of years, "2019--2020" (BibTeX's "--" is an en dash), "2019-2020", "2019/2020", "2019-20": a paper
    // holds one year, its first, as a date range gives its start; the warning keeps the rest)
    const range = yearRange(y);
    if (range) {
      warn(`"${title}": year ${JSON.stringify(y)} is a range: read as its first year, ${range}`);
      y = range;
    }
    const status = /^\d{4}$/.test(y) ? undefined : dateStatus(y);
    if (status && status.year === undefined) {
      undated('year', y, status);
      return finishPaper(paper, f);
    }
    if (status?.year !== undefined) y = String(status.year);
    if (!/^\d{4}$/.test(y)) return { reject: `"${title}": unparseable year ${JSON.stringify(f.year)}` };
    paper.year = Number(y);
    paper.date = y;
    const ms = str(monthValue);
    if (ms !== undefined && ms.trim() !== '') {
      // (a range, "jul--aug" or "Jan.-Feb." of a bimonthly issue: its first month; Web of Science's PD, its
      // tab-delimited export's month column, also "JUN 15", a month and its day, and "SPR", a season: the year alone)
      // (the year itself beside the month, "DEC 2021", is the year field's to give)
      const first = ms.trim().replace(new RegExp(`\\s*\\b${y}\\b\\s*`), ' ').trim().split(/\s*[-–—/]+\s*/)[0]!;
      const withDay = /^(\p{L}+\.?)\s+(\d{1,2})$/u.exec(first);
      if (first && !SEASON.test(first)) {
        const mo = monthNumber(withDay ? withDay[1]! : first);
        if (!mo) return { reject: `"${title}": unparseable month ${JSON.stringify(monthValue)}` };
        paper.date = (withDay && isoDate(Number(y), mo, Number(withDay[2]))) || `${y}-${String(mo).padStart(2, '0')}`;
      }
    }
    if (dateUnread) warn(`"${title}": date ${dateUnread} not understood: the year ${y} taken from the year field`);
  }

  return finishPaper(paper, f);
}

/**
 * A year field that is a range of years ("2019--2020", "2019–2020", "2019-2020", "2019/2020", "2019-20"): its first
 * year; undefined for anything else ("2019-12", a year and a month, ends before it starts).
 */
export function yearRange(value: string): string | undefined {
  const m = /^(\d{4})\s*(?:-{1,2}|[–—/])\s*(\d{4}|\d{2})$/.exec(value);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2]!.length === 2 ? start - (start % 100) + Number(m[2]) : Number(m[2]);
  return end > start ? m[1] : undefined;
}

/** The fields after the date: upvotes, DOI, url, arXiv id. */
function finishPaper(paper: RawPaper, f: LooseFields): RawPaper {
  const up = count(f.upvotes);
  if (up !== undefined) paper.upvotes = up;

  const doiRaw = str(f.doi);
  const doi = doiRaw ? normalizeDoi(doiRaw) : undefined;
  if (doi) paper.doi = doi;

  const url = str(f.url)?.trim();
  if (url) paper.url = url;

  const idRaw = str(f.id);
  const arxiv =
    (idRaw && arxivIdFrom(idRaw)) ||
    (url && arxivIdFrom(url)) ||
    (doi && /^10\.48550\/arxiv\.(.+)$/i.exec(doi)?.[1]) ||
    undefined;
  if (arxiv) paper.arxivId = arxiv;
  if (!paper.url && idRaw && /^https?:\/\//i.test(idRaw.trim())) paper.url = idRaw.trim();

  return paper;
}

/** Push the result of buildPaper into a reader's output. */
export function addRecord(out: ReaderOutput, result: RawPaper | { reject: string }, source: SourceRef): void {
  if ('reject' in result) out.rejects.push({ file: source.file, line: source.line, reason: result.reject });
  else out.papers.push(result);
}

/** buildPaper's `warn`: a warning of the record at `source` (its message after `prefix`, as the record's rejects have it). */
export function warnAt(out: ReaderOutput, source: SourceRef, prefix = ''): (message: string) => void {
  return (message) => out.warnings.push({ file: source.file, line: source.line, message: prefix + message });
}

export function emptyOutput(): ReaderOutput {
  return { papers: [], rejects: [], warnings: [] };
}
