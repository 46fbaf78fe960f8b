/**
 * Reader for BibTeX through @retorquere/bibtex-parser (LaTeX accents, commands and braces decoded to
 * Unicode): title, abstract, author, year/month or date, url, doi, eprint (arXiv).
 *
 * The file is cut into entries at each `@type{` that starts a line and each entry is parsed on its own (all the
 * entries a piece holds)
 * (with the file's @string macros), so a broken entry costs only itself and every reject names the line
 * its entry starts on.
 */
import type { Creator, Entry } from '@retorquere/bibtex-parser';
import { parserFor } from './parsers.ts';
import { addRecord, buildPaper, emptyOutput, recordContext, warnAt, type LooseFields, type ReaderOutput } from './record.ts';
import { arxivIdFrom, lineIndex } from './text.ts';

/**
 * An entry's start: `@type{` opening a line. (Not after a closing brace on the line: "{Python} @dataclass(frozen=True)"
 * in an abstract would cut it; an entry that follows another on its line is read by the entry-by-entry pass.)
 */
const ENTRY_START = /^[ \t]*@([A-Za-z]+)[ \t]*[{(]/gm;

/** Content test used by detection: an `@type{key,` entry start. */
export function looksLikeBibtex(text: string): boolean {
  return /^[ \t]*@[A-Za-z]+[ \t]*[{(][ \t]*[^\s,{}()=]+[ \t]*,/m.test(text);
}

// The parser reads `<` and `>` as OT1 glyphs (¡ ¿) and writes markup as HTML tags (<b>, <a href>):
// protect literal angle brackets with private-use stand-ins, strip the tags, then put them back.
const LT = '\ue000';
const GT = '\ue001';
// The parser reads `%` as LaTeX's comment sign, dropping the rest of the line ("99.6% AUROC on MVTec AD." read as
// "99.6"): an unescaped `%` inside a field's value is a percent sign, protected like the angle brackets. A `%`
// outside a value (`year = 2020, % note`) or first on its line (a commented-out field) stays a comment.
const PCT = '\ue002';

function protectPercent(text: string): string {
  if (!text.includes('%')) return text;
  const percents: number[] = [];
  let depth = 0;
  let quoted = false;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      lineStart = false;
    } else if (c === '%' && !lineStart && (depth >= 2 || (depth === 1 && quoted))) {
      percents.push(i);
    } else if (c === '%') {
      // a comment: its braces and quotes are not counted
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else {
      // (an entry starts afresh: a brace an earlier comment left unbalanced does not carry over)
      if (c === '@' && lineStart) {
        depth = 0;
        quoted = false;
      }
      if (c === '{') depth++;
      else if (c === '}') depth = Math.max(0, depth - 1);
      else if (c === '"' && depth === 1) quoted = !quoted;
      if (depth === 0) quoted = false;
      if (c === '\n') lineStart = true;
      else if (c !== ' ' && c !== '\t' && c !== '\r') lineStart = false;
    }
  }
  let out = '';
  let from = 0;
  for (const at of percents) {
    out += text.slice(from, at) + PCT;
    from = at + 1;
  }
  return out + text.slice(from);
}

/** Parser markup to plain text: `<a href="U">T</a>` -> `T` (or `T (U)`), other tags dropped. */
function plain(value: string): string {
  return value
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (_all, href: string, label: string) =>
      label === href || label.replace(/^https?:\/\//, '') === href.replace(/^https?:\/\//, '') ? href : `${label} (${href})`,
    )
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>/gi, '')
    .replaceAll(LT, '<')
    .replaceAll(GT, '>')
    .replaceAll(PCT, '%')
    .replace(/[ıȷ](?=[\u0300-\u036f])/g, (c) => (c === 'ı' ? 'i' : 'j'))
    .normalize('NFC');
}

function creatorName(c: Creator): string {
  if (c.name) return c.name;
  return [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ');
}

/** LaTeX's control space, "e.g.\\ PatchCore" (a space that ends no sentence): a space, not a command to drop. */
const CONTROL_SPACE = '\\ ';

const PARSE_OPTIONS = { sentenceCase: false, english: false, caseProtection: false } as const;

/** Parser errors that do not cost the entry: an unknown command (dropped), an undefined @string macro. */
const SOFT_ERROR = /^(?:unhandled |Unresolved @string reference)/;

export function readBibtex(text: string, file: string): ReaderOutput {
  const out = emptyOutput();
  const ctx = recordContext(file, text);
  const lineOf = lineIndex(text);
  const protect = (t: string) => protectPercent(t).replaceAll('<', LT).replaceAll('>', GT);
  const starts: { at: number; type: string }[] = [];
  for (const m of text.matchAll(ENTRY_START)) starts.push({ at: m.index ?? 0, type: m[1].toLowerCase() });
  const chunks = starts.map((s, k) => ({ ...s, text: text.slice(s.at, starts[k + 1]?.at ?? text.length) }));
  const records = chunks.filter((c) => c.type !== 'string' && c.type !== 'comment' && c.type !== 'preamble');

  // @string macros first: every entry may use them.
  const strings = chunks
    .filter((c) => c.type === 'string')
    .map((c) => c.text)
    .join('\n');

  const toPaper = (entry: Entry, line: number, unsupported: string[]) => {
    for (const tex of unsupported) out.warnings.push({ file, line, message: `BibTeX ${entry.key}: unknown LaTeX command ${tex} dropped` });
    const f = entry.fields;
    const get = (k: string): string | undefined => {
      const v = (f as Record<string, unknown>)[k];
      return typeof v === 'string' ? plain(v) : undefined;
    };
    const eprint = get('eprint');
    const archive = get('archiveprefix') ?? get('eprinttype');
    const loose: LooseFields = {
      title: get('title'),
      abstract: get('abstract'),
      // ("Smith, John and others": "others" is BibTeX's et al., no author)
      authors: f.author?.map((c) => plain(creatorName(c))).filter((a) => a !== 'others'),
      date: get('date'),
      year: get('year'),
      month: get('month'),
      url: get('url'),
      doi: get('doi'),
      id:
        eprint && (!archive || /arxiv/i.test(archive))
          ? eprint
          : ['howpublished', 'note', 'journal'].map((k) => get(k)).find((v) => v !== undefined && arxivIdFrom(v) !== undefined),
    };
    const source = { file, line };
    const built = buildPaper(loose, source, ctx, warnAt(out, source, `@${entry.type}{${entry.key}}: `));
    addRecord(out, 'reject' in built ? { reject: `@${entry.type}{${entry.key}}: ${built.reject}` } : built, source);
  };
  const lineOfChunk = (c: { at: number; text: string }) => lineOf(c.at);
  const softWarnings = (errors: { error: string }[], line: number) => {
    for (const e of errors) if (/^Unresolved @string/.test(e.error)) out.warnings.push({ file, line, message: `BibTeX: ${e.error}` });
  };

  // Fast path: the whole file parses cleanly, one entry per entry start, in order.
  const unsupportedByKey = new Map<string, string[]>();
  const parse = parserFor('bibtex');
  let whole: ReturnType<typeof parse> | undefined;
  try {
    whole = parse(protect(text), {
      ...PARSE_OPTIONS,
      unsupported: (_node, tex, entry) => {
        const list = unsupportedByKey.get(entry.key) ?? [];
        if (tex === CONTROL_SPACE) return ' ';
        list.push(tex);
        unsupportedByKey.set(entry.key, list);
        return '';
      },
    });
  } catch {
    whole = undefined;
  }
  if (
    whole &&
    whole.errors.every((e) => SOFT_ERROR.test(e.error)) &&
    whole.errors.every((e) => !/^Unresolved/.test(e.error)) &&
    whole.entries.length === records.length &&
    whole.entries.every((e, k) => records[k].type === e.type.toLowerCase())
  ) {
    whole.entries.forEach((e, k) => toPaper(e, lineOfChunk(records[k]), unsupportedByKey.get(e.key) ?? []));
    return out;
  }

  // Entry by entry: a broken entry costs only itself.
  for (const c of records) {
    const line = lineOfChunk(c);
    const unsupported: string[] = [];
    let lib;
    try {
      lib = parse(protect(c.text), {
        ...PARSE_OPTIONS,
        strings: strings || undefined,
        unsupported: (_node, tex) => {
          if (tex === CONTROL_SPACE) return ' ';
          unsupported.push(tex);
          return '';
        },
      });
    } catch (err) {
      out.rejects.push({ file, line, reason: `BibTeX: ${(err as Error).message.split('\n')[0]}` });
      continue;
    }
    const entries = lib.entries.filter((e) => e.input);
    const errors = lib.errors.filter((e) => !SOFT_ERROR.test(e.error));
    if (!entries.length || errors.length) {
      const why = errors[0]?.error.replace(/ at line \d+, column \d+/, '') ?? 'no entry could be parsed';
      out.rejects.push({ file, line, reason: `BibTeX @${c.type}: ${why}` });
      continue;
    }
    softWarnings(lib.errors, line);
    // (each entry the piece holds: one that the cut missed would otherwise be lost without a word)
    for (const entry of entries) toPaper(entry, line, unsupported);
  }
  return out;
}
