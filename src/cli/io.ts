/**
 * The edge of the program: files, streams, exit codes. Everything else is pure.
 */
import { decodeBytes, NotTextError, notUtf8 as notUtf8Error } from '../../extract/readers/decode.ts';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root: the nearest folder above this module with paperweave's package.json (this module runs
 * from src/cli/ under tsx, or from a bundle in node_modules/.cache/paperweave/). */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"paperweave"/.test(readFileSync(pkg, 'utf8'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..', '..');
  }
}
/** The bundled corpus: the default input everywhere. */
export const BUNDLED_CORPUS = join(ROOT, 'graph-data', 'corpus', 'hf-daily-papers-anomaly-detection.txt');
/** Where `paperweave build` writes by default. */
export const DEFAULT_OUT = join(ROOT, 'graph-data', 'anomaly-detection');

/** A wrong command line: exit 2 with a one-line hint. */
export class UsageError extends Error {
  constructor(message: string, readonly command = '') {
    super(message);
    this.name = 'UsageError';
  }
}

/** An input that cannot be read at all (binary, empty, unknown format): exit 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

/** The process's streams, read when used (not when this module loads: a start-up snapshot of the CLI is
 * built in another process, whose streams are not the ones it runs with). */
export const processIo: Io = {
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  get stdin() {
    return process.stdin;
  },
};

/** One input as read from disk or stdin; `file` is the name to show in messages. */
export interface InputText {
  file: string;
  text: string;
}

export async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeText(Buffer.concat(chunks), '<stdin>');
}

/** A file's text (extract/readers/decode.ts: UTF-8, or UTF-16 with its BOM); binary or non-UTF-8 bytes are an InputError. */
export function decodeText(buf: Buffer, file: string): string {
  try {
    return decodeBytes(buf, file);
  } catch (err) {
    if (err instanceof NotTextError) throw new InputError(err.message);
    throw err;
  }
}

/** notUtf8 (extract/readers/decode.ts) as the CLI's InputError. */
export function notUtf8(buf: Uint8Array, file: string, firstLine: number): InputError {
  return new InputError(notUtf8Error(buf, file, firstLine).message);
}

/** Display name for a path: relative to the working directory when inside it. */
/** "1 paper", "2 papers" ("1 entity", "2 entities" with `many`): the counts every command prints. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * When no record was read and every reject lacks an abstract: where such files come from, and what to export instead
 * (DBLP's and Google Scholar's BibTeX carry no abstracts; the entities are read from them).
 */
export function noAbstractHint(papers: number, rejects: readonly { reason: string }[]): string | undefined {
  if (papers > 0 || !rejects.length || !rejects.every((r) => /: no abstract(?: \(|$)/.test(r.reason))) return undefined;
  return 'none of these records has an abstract, which is what paperweave reads: BibTeX or EndNote from DBLP or Google Scholar carries none; export with abstracts from Zotero, Semantic Scholar, OpenAlex or arXiv';
}

export function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Read the named inputs (`-` is stdin); none means the bundled corpus. */
export async function readInputs(paths: string[], io: Io = processIo): Promise<InputText[]> {
  const list = paths.length ? paths : [BUNDLED_CORPUS];
  checkStdinOnce(list);
  const out: InputText[] = [];
  for (const p of list) {
    if (p === '-') {
      out.push({ file: '<stdin>', text: await readStdin(io.stdin) });
      continue;
    }
    out.push({ file: displayName(resolve(p)), text: readTextFile(p) });
  }
  return out;
}

/** `-` (standard input) at most once: read a second time it is empty, which was reported as an empty input file. */
export function checkStdinOnce(paths: readonly string[]): void {
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError("'-' (standard input) given more than once: it can be read only once");
}

/** A text file's text; a missing path or a directory is an InputError that names it. */
export function readTextFile(p: string): string {
  const abs = checkInputFile(p);
  return decodeText(readFileSync(abs), displayName(abs));
}

/** The absolute path of an input file; a missing path or a directory is an InputError that names it. */
export function checkInputFile(p: string): string {
  const abs = resolve(p);
  const stat = statSync(abs, { throwIfNoEntry: false });
  // (a quoted pattern reaches us unexpanded: say so, the shell expands patterns, paperweave does not)
  if (!stat) throw new InputError(`${p}: no such file${/[*?[]/.test(p) ? ' (a pattern? paperweave takes the files the shell expands it to: leave it unquoted)' : ''}`);
  if (stat.isDirectory()) throw new InputError(`${p}: is a directory, not a file`);
  return abs;
}

/**
 * `mkdir -p`, one directory at a time. Node 20's `mkdirSync(dir, { recursive: true })` never returns where the system
 * refuses a directory with ENOENT under a parent that exists (`--out /proc/x` spun for minutes): made one at a time, the
 * refusal is an error like any other. A file where the directory goes is EEXIST, as the recursive call gave it.
 */
function makeDirectories(dir: string): void {
  const missing: string[] = [];
  let d = resolve(dir);
  for (let st = statSync(d, { throwIfNoEntry: false }); !st; st = statSync(d, { throwIfNoEntry: false })) {
    missing.push(d);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  if (missing.length === 0 && !statSync(d).isDirectory()) throw Object.assign(new Error(`EEXIST: ${d}`), { code: 'EEXIST', path: d });
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (err) {
      // (made meanwhile by another process writing there too: a build and a bench into one folder)
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(m).isDirectory()) throw err;
    }
  }
}

/**
 * Write a file atomically: a temp file beside it, then rename. An interrupted write leaves no half file.
 * A path that cannot be written (a file where a directory must be, a directory where the file goes, no
 * permission) is an InputError that names it and says why, not a stack trace.
 */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    makeDirectories(dirname(path));
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new InputError(`${displayName(path)}: is a directory: cannot write a file there`);
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* no temp file was made (its directory is not one) */
    }
    if (err instanceof InputError) throw err;
    const e = err as NodeJS.ErrnoException;
    const why =
      e.code === 'EEXIST' ? `${displayName(e.path ?? dirname(path))} is a file, not a directory`
      : e.code === 'ENOTDIR' ? `a part of ${displayName(dirname(path))} is a file, not a directory`
      : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied'
      : e.code === 'ENOENT' ? `${displayName(e.path ?? dirname(path))}: no such directory, and it cannot be made there`
      : e.code ?? e.message;
    throw new InputError(`cannot write ${displayName(path)}: ${why}`);
  }
}

/** A progress bar on stderr, only when stderr is a terminal and not under CI. */
export function progressBar(io: Io, label: string): { update(done: number, total: number, stage?: string): void; done(): void } {
  const active = Boolean(io.stderr.isTTY) && !process.env.CI;
  let last = 0;
  return {
    update(done, total, stage) {
      if (!active) return;
      const now = Date.now();
      if (now - last < 50 && done < total) return;
      last = now;
      const width = 28;
      const frac = total > 0 ? Math.min(1, done / total) : 0;
      const bar = '█'.repeat(Math.round(frac * width)).padEnd(width, '░');
      io.stderr.write(`\r${label} ${bar} ${Math.round(frac * 100)}% ${stage ?? ''}`.padEnd(72));
    },
    done() {
      if (active) io.stderr.write('\r'.padEnd(73) + '\r');
    },
  };
}
