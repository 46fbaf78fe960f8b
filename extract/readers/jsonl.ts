/**
 * Readers for JSON Lines (one object a line) and JSON arrays of objects. Fields (any key case, `_`/`-`
 * ignored): title; abstract or summary; authors (list or `A and B` / `A, B`); date, published or year
 * (+ month); url; doi; id (an arXiv id or url gives `arxivId`); upvotes. An API response's records are read through
 * the list or the object that wraps them (Semantic Scholar's `data`, OpenAlex's `results`, Crossref's `message`).
 * A broken line or array element becomes a reject with its line; the rest is read.
 */
import { addRecord, buildPaper, emptyOutput, looseFromObject, recordContext, settleAuthors, warnAt, type RecordContext, type ReaderOutput } from './record.ts';
import { lineIndex } from './text.ts';

/**
 * JSON.parse, also taking the bare NaN, Infinity and -Infinity that Python's json.dumps writes for a missing or infinite
 * float (a pandas frame's empty cell: `"year": NaN`) as null, no value; the record was a reject ("invalid JSON").
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    if (!/NaN|Infinity/.test(text)) throw err;
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      } else if (c === 'N' || c === 'I' || c === '-') {
        const m = /^(?:NaN|-?Infinity)/.exec(text.slice(i, i + 9));
        if (m && !/[\w$]/.test(text[i + m[0].length] ?? '')) {
          out += text.slice(from, i) + 'null';
          i += m[0].length - 1;
          from = i + 1;
        }
      }
    }
    try {
      return JSON.parse(out + text.slice(from));
    } catch {
      throw err;
    }
  }
}

function shortError(err: unknown): string {
  return (err as Error).message.replace(/\s+/g, ' ').slice(0, 120);
}

/** Read one JSON value as a record at `line`. */
export function readJsonValue(value: unknown, line: number, ctx: RecordContext, out: ReaderOutput): void {
  const source = { file: ctx.file, line };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    out.rejects.push({ file: ctx.file, line, reason: `expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` });
    return;
  }
  const loose = looseFromObject(value as Record<string, unknown>);
  const list = loose.title === undefined && loose.abstract === undefined ? wrappedRecords(value as Record<string, unknown>) : undefined;
  if (list) {
    // Each record of the list, its rejects naming its place in it ("data"[3]: ...).
    list.records.forEach((v, k) => {
      const before = out.rejects.length;
      readJsonValue(v, line, ctx, out);
      for (const r of out.rejects.slice(before)) r.reason = `${JSON.stringify(list.key)}[${k}]: ${r.reason}`;
    });
    return;
  }
  // An API response that wraps its record, or its list of records, in an object of its own (Crossref's `{"status": "ok",
  // "message": {"items": [...]}}` or `{"message": {...a work}}`): read through it; it was one reject, "record has no
  // title and no abstract".
  const envelope = loose.title === undefined && loose.abstract === undefined ? envelopeOf(value as Record<string, unknown>) : undefined;
  if (envelope) {
    const before = out.rejects.length;
    readJsonValue(envelope.value, line, ctx, out);
    for (const r of out.rejects.slice(before)) r.reason = `${JSON.stringify(envelope.key)}: ${r.reason}`;
    return;
  }
  // An API response with no results (Semantic Scholar's `{"total": 0, "data": []}`, OpenAlex's `{"meta": {...},
  // "results": []}`): no record, said in a warning; it was a reject, "record has no title and no abstract".
  const empty = Object.entries(value as Record<string, unknown>).find(([, v]) => Array.isArray(v) && v.length === 0);
  if (empty && Object.values(loose).every((v) => v === undefined)) {
    out.warnings.push({ file: ctx.file, line, message: `JSON: no record, only an empty list ${JSON.stringify(empty[0])} (an API response with no results?)` });
    return;
  }
  addRecord(out, buildPaper(loose, source, ctx, warnAt(out, source)), source);
}

/**
 * The records an object with no title or abstract of its own wraps in its one list of objects, as an API response does
 * (Semantic Scholar's `{"total": 2, "data": [{"title": ...}, ...]}`); read as one record, it was one reject.
 */
function wrappedRecords(obj: Record<string, unknown>): { key: string; records: unknown[] } | undefined {
  const isRecord = (x: unknown) => {
    if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
    const l = looseFromObject(x as Record<string, unknown>);
    // (or wraps one: Semantic Scholar's citations, `{"data": [{"citingPaper": {"title": ...}}]}`)
    return l.title !== undefined || l.abstract !== undefined || envelopeOf(x as Record<string, unknown>) !== undefined;
  };
  // (a list of objects none of which has a title or abstract, such as a broken record's authors, wraps no records)
  const lists = Object.entries(obj).filter(
    ([, v]) => Array.isArray(v) && v.some(isRecord) && v.every((x) => !!x && typeof x === 'object' && !Array.isArray(x)),
  );
  return lists.length === 1 ? { key: lists[0][0], records: lists[0][1] as unknown[] } : undefined;
}

/**
 * The one object-valued property of `obj` that is a record or wraps a list of records, maybe empty (Crossref's
 * `message`); undefined when there is none or more than one.
 */
function envelopeOf(obj: Record<string, unknown>): { key: string; value: Record<string, unknown> } | undefined {
  const inner = Object.entries(obj).filter(([, v]) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    const l = looseFromObject(o);
    if (l.title !== undefined || l.abstract !== undefined || wrappedRecords(o) !== undefined) return true;
    // (or no results: `{"message": {"total-results": 0, "items": []}}`)
    return Object.values(o).some((x) => Array.isArray(x) && x.length === 0) && Object.values(l).every((x) => x === undefined);
  });
  return inner.length === 1 ? { key: inner[0]![0], value: inner[0]![1] as Record<string, unknown> } : undefined;
}

/** Read one JSONL line (1-based `line`); blank lines are not records. Returns false for a blank line. */
export function readJsonlLine(raw: string, line: number, ctx: RecordContext, out: ReaderOutput): boolean {
  const l = raw.trim();
  if (!l) return false;
  let value: unknown;
  try {
    value = parseJson(l);
  } catch (err) {
    out.rejects.push({ file: ctx.file, line, reason: `invalid JSON: ${shortError(err)}` });
    return true;
  }
  readJsonValue(value, line, ctx, out);
  return true;
}

/**
 * JSONL: each line on its own, hyphenation mended with that line's own words (plus the lexicon), so a
 * streamed read (createStreamReader) and a whole-file read give the same papers.
 */
export function readJsonl(text: string, file: string): ReaderOutput {
  // (objects one after another over several lines, or with a comma after each: not one a line)
  const stream = jsonStream(text, true);
  if (stream) return readJsonStream(text, file, stream);
  const whole = oneJsonValue(text);
  if (whole) {
    // (a JSON array, or one object over several lines, `jq .`'s or json.dump(indent=2)'s, under --format jsonl: each of
    // its lines was a reject, "invalid JSON", and a line that held a whole element was read on its own)
    const out = readJsonArray(text, file);
    out.warnings.unshift({
      file,
      line: whole.line,
      message: `JSONL: not one JSON object a line but one JSON ${whole.kind} ${whole.lines === 1 ? 'on one line' : `over ${whole.lines} lines`}: read as JSON (--format json reads it so, without this warning)`,
    });
    return out;
  }
  const out = emptyOutput();
  text.split('\n').forEach((l, i) => readJsonlLine(l, i + 1, recordContext(file, l), out));
  return out;
}

/**
 * A text that is one JSON value and not JSON Lines: an array (on one line or several: `[` opening a first line that is
 * no JSON value of its own, or the only line), or an object over several lines whose first line is no JSON value. Its
 * kind, the line it starts on and how many lines it spans; undefined for any other text.
 */
function oneJsonValue(text: string): { kind: 'array' | 'object'; line: number; lines: number } | undefined {
  const lead = text.search(/\S/);
  if (lead < 0 || (text[lead] !== '[' && text[lead] !== '{')) return undefined;
  const body = text.slice(lead).trimEnd();
  const eol = body.indexOf('\n');
  const firstLine = (eol < 0 ? body : body.slice(0, eol)).trim();
  // (counted only for a value found: a large JSON Lines file is not split into lines here)
  const lines = () => body.split('\n').length;
  let firstParses = true;
  try {
    parseJson(firstLine);
  } catch {
    firstParses = false;
  }
  const line = text.slice(0, lead).split('\n').length;
  if (text[lead] === '[') return !firstParses || eol < 0 ? { kind: 'array', line, lines: lines() } : undefined;
  if (firstParses) return undefined;
  try {
    parseJson(body);
  } catch {
    return undefined;
  }
  return { kind: 'object', line, lines: lines() };
}

/**
 * Top-level JSON values one after another, parted by white space or commas: each one's start and text (a bare word or
 * number between them one of its own, to be a reject).
 */
export function splitJsonStream(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let depth = 0;
  let start = -1;
  const close = (end: number) => {
    if (start >= 0) out.push({ start, text: text.slice(start, end) });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      if (start < 0) start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') {
      if (start < 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) close(i + 1);
    } else if (depth === 0 && (c === ',' || /\s/.test(c))) close(i);
    else if (start < 0) start = i;
  }
  close(text.length);
  return out;
}

/**
 * The values of a text that is a stream of JSON objects and nothing else would read (jq's output, pretty-printed
 * objects one after another; or objects each followed by a comma, an array without its brackets): at least two,
 * the first a whole object that is not one line of its own. `lines`: the text was taken for JSON Lines. Undefined
 * for any other text.
 */
function jsonStream(text: string, lines: boolean): { start: number; text: string }[] | undefined {
  const lead = text.search(/\S/);
  if (lead < 0 || text[lead] !== '{') return undefined;
  const eol = text.indexOf('\n', lead);
  const firstLine = text.slice(lead, eol < 0 ? text.length : eol).trim();
  // (JSON Lines whose first line is an object, or a broken one: read line by line, as ever)
  if (lines && (!firstLine.startsWith('{') || isObjectText(firstLine))) return undefined;
  const values = splitJsonStream(text);
  if (values.length < 2 || !isObjectText(values[0]!.text)) return undefined;
  const end = values[0]!.start + values[0]!.text.length;
  const afterEol = text.indexOf('\n', end);
  const after = text.slice(end, afterEol < 0 ? text.length : afterEol).trim();
  if (lines && !values[0]!.text.includes('\n') && after !== ',') return undefined;
  return values;
}

function isObjectText(t: string): boolean {
  try {
    const v = parseJson(t);
    return !!v && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

/** Read a stream of JSON values (jsonStream), each a record at its line, with a warning that says the shape. */
function readJsonStream(text: string, file: string, values: { start: number; text: string }[]): ReaderOutput {
  const out = emptyOutput();
  const ctx = recordContext(file, text);
  const lineOf = lineIndex(text);
  out.warnings.push({
    file,
    line: lineOf(values[0]!.start),
    message: `JSON: ${values.length} values one after another, neither one JSON value nor one a line (jq's output, or JSON Lines pretty-printed?): each read as a record`,
  });
  values.forEach((v) => {
    const line = lineOf(v.start);
    let value: unknown;
    try {
      value = parseJson(v.text);
    } catch (err) {
      const msg = shortError(err).replace(/ at position (\d+).*$/, (_m, pos: string) => ` at line ${lineOf(v.start + Number(pos))}`);
      out.rejects.push({ file, line, reason: `invalid JSON: ${msg}` });
      return;
    }
    readJsonValue(value, line, ctx, out);
  });
  settleAuthors(out, ctx);
  return out;
}

/**
 * Split a JSON array's text into its top-level elements (start offset and text) without parsing them,
 * so one broken element costs only itself. Returns an error string when the text is not an array.
 */
export function splitJsonArray(text: string): { elements: { start: number; text: string }[]; error?: string; errorAt?: number } {
  const elements: { start: number; text: string }[] = [];
  let i = 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (text[i] !== '[') return { elements, error: 'not a JSON array', errorAt: i };
  i++;
  let depth = 0;
  let start = -1;
  let inString = false;
  const close = (end: number) => {
    if (start >= 0) {
      const t = text.slice(start, end).trim();
      if (t) elements.push({ start, text: t });
    }
    start = -1;
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"' || c === '\n') inString = false; // a newline ends a broken string: resync
      continue;
    }
    if (c === '"') {
      if (start < 0) start = i;
      inString = true;
    } else if (c === '{' || c === '[') {
      if (start < 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0 && c === ']') {
        close(i);
        const rest = text.slice(i + 1).trim();
        return rest ? { elements, error: 'text after the closing ]', errorAt: i + 1 } : { elements };
      }
      depth = Math.max(0, depth - 1);
    } else if (c === ',' && depth === 0) {
      close(i);
    } else if (!/\s/.test(c) && start < 0) {
      start = i;
    }
  }
  close(text.length);
  return { elements, error: 'the array is not closed with ]', errorAt: text.length };
}

export function readJsonArray(text: string, file: string): ReaderOutput {
  const ctx = recordContext(file, text);
  const out = readJsonRecords(text, file, ctx);
  // (author lists of single words read as pairs when another record of the file shows that shape: record.ts)
  settleAuthors(out, ctx);
  return out;
}

function readJsonRecords(text: string, file: string, ctx: RecordContext): ReaderOutput {
  const out = emptyOutput();
  const lineOf = lineIndex(text);
  const lead = text.length - text.trimStart().length;
  if (text[lead] === '{') {
    // One pretty-printed object: one record, or the records of the one list it wraps (an API response).
    let value: unknown;
    try {
      value = parseJson(text);
    } catch (err) {
      // Objects one after another (jq's output): each a record; the file was one reject, "invalid JSON"
      const stream = jsonStream(text, false);
      if (stream) {
        const read = readJsonStream(text, file, stream);
        out.papers.push(...read.papers);
        out.rejects.push(...read.rejects);
        out.warnings.push(...read.warnings);
        return out;
      }
      // A broken or cut-short API response ({"total": 5, "data": [{...}, {...}, {...): its whole records are read,
      // as a broken array's are, instead of the file being one reject.
      const list = wrappedListStart(text, lead);
      if (list && readArrayElements(text.slice(list.at), list.at, lineOf, ctx, out, list.key)) return out;
      const msg = shortError(err).replace(/ at position (\d+).*$/, (_m, pos: string) => ` at line ${lineOf(Number(pos))}`);
      out.rejects.push({ file, line: lineOf(lead), reason: `invalid JSON: ${msg}` });
      return out;
    }
    readJsonValue(value, lineOf(lead), ctx, out);
    return out;
  }
  // Fast path: the whole array parses.
  let whole: unknown;
  try {
    whole = parseJson(text);
  } catch {
    whole = undefined;
  }
  const { elements, error, errorAt } = splitJsonArray(text);
  if (Array.isArray(whole) && whole.length === elements.length) {
    whole.forEach((v, k) => readJsonValue(v, lineOf(elements[k].start), ctx, out));
    return out;
  }
  readElements(elements, 0, lineOf, ctx, out);
  // Arrays one after another (`cat a.json b.json > all.json`): each read, with a warning; the ones after the first were
  // lost with a warning of "text after the closing ]" only.
  let at = errorAt;
  let err = error;
  while (err === 'text after the closing ]' && at !== undefined && text.slice(at).trimStart().startsWith('[')) {
    out.warnings.push({ file, line: lineOf(at + (text.slice(at).length - text.slice(at).trimStart().length)), message: 'JSON: another array after the first (files joined?): its records read too' });
    const next = splitJsonArray(text.slice(at));
    readElements(next.elements, at, lineOf, ctx, out);
    err = next.error;
    at = next.errorAt === undefined ? undefined : at + next.errorAt;
  }
  if (err && at !== undefined) out.warnings.push({ file, line: lineOf(at), message: `JSON array: ${err}` });
  return out;
}

/** Parse each element on its own (`offset`: where the elements' text starts in the file); a broken one is a reject. */
function readElements(
  elements: { start: number; text: string }[],
  offset: number,
  lineOf: (i: number) => number,
  ctx: RecordContext,
  out: ReaderOutput,
  key?: string,
): void {
  elements.forEach((el, k) => {
    const start = offset + el.start;
    const place = key === undefined ? '' : `${JSON.stringify(key)}[${k}]: `;
    let value: unknown;
    try {
      value = parseJson(el.text);
    } catch (err) {
      // JSON.parse counts from the element's start: say the file's line instead.
      const msg = shortError(err).replace(/ at position (\d+).*$/, (_m, pos: string) => ` at line ${lineOf(start + Number(pos))}`);
      out.rejects.push({ file: ctx.file, line: lineOf(start), reason: `${place}invalid JSON in ${key === undefined ? 'array element' : 'list element'}: ${msg}` });
      return;
    }
    const before = out.rejects.length;
    readJsonValue(value, lineOf(start), ctx, out);
    if (place) for (const r of out.rejects.slice(before)) r.reason = place + r.reason;
  });
}

/**
 * The elements of the list at the start of `text` (an object's wrapped list, `offset` into the file), read one by one,
 * with a warning that the file is broken. False when the list holds no element to read.
 */
function readArrayElements(
  text: string,
  offset: number,
  lineOf: (i: number) => number,
  ctx: RecordContext,
  out: ReaderOutput,
  key: string,
): boolean {
  const { elements, error, errorAt } = splitJsonArray(text);
  if (!elements.length) return false;
  const before = out.rejects.length;
  readElements(elements, offset, lineOf, ctx, out, key);
  const broken = out.rejects.slice(before).some((r) => r.reason.includes('invalid JSON in list element'));
  // (text after the list's closing ] is the rest of the object; when no element is broken, the break is there)
  if (error === 'the array is not closed with ]') {
    out.warnings.push({ file: ctx.file, line: lineOf(offset + (errorAt ?? text.length)), message: `JSON: the ${JSON.stringify(key)} list is not closed with ] (a cut-short file?); its whole records were read` });
  } else if (!broken) {
    out.warnings.push({ file: ctx.file, line: lineOf(offset + (errorAt ?? text.length)), message: `JSON: the object around the ${JSON.stringify(key)} list is not valid JSON after it; the list's records were read` });
  }
  return true;
}

/**
 * Where the list of objects that a top-level object wraps begins (`"data": [{`), found without parsing (the text
 * does not parse): the first key of the object, at its top level, whose value is a list that starts with an object.
 */
function wrappedListStart(text: string, lead: number): { key: string; at: number } | undefined {
  let depth = 0;
  let keyStart = -1;
  let lastString: string | undefined;
  for (let i = lead; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const from = i;
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      if (depth === 1) {
        keyStart = from;
        lastString = text.slice(from, i + 1);
      }
      continue;
    }
    if (c === '{' || c === '[') {
      if (depth === 1 && c === '[' && keyStart >= 0 && /^"(?:[^"\\]|\\.)*"\s*:\s*\[\s*\{/.test(text.slice(keyStart, i + 1) + text.slice(i + 1).trimStart().slice(0, 1))) {
        try {
          return { key: JSON.parse(lastString!) as string, at: i };
        } catch {
          return undefined;
        }
      }
      depth++;
    } else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 1) keyStart = -1;
  }
  return undefined;
}
