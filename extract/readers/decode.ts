/**
 * An input file's bytes as text, the same in the CLI and the web page: UTF-8 (a byte-order mark dropped), or UTF-16
 * with its byte-order mark. Bytes that are not UTF-8 ("D\xe9tection" from a Windows-1252 spreadsheet) are an error that
 * names the line of the first one: decoded anyway, their accents would turn into U+FFFD without a word.
 */

/** Text that cannot be decoded: binary, or not UTF-8. Its message names the file (and line). */
export class NotTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotTextError';
  }
}

export function decodeBytes(bytes: Uint8Array, file: string): string {
  const dec = decoderFor(bytes);
  if (dec.encoding === 'utf-8' && bytes.includes(0)) throw new NotTextError(`${file}: ${binaryReason(bytes)}`);
  try {
    return dec.decode(bytes); // (a byte-order mark dropped)
  } catch {
    throw notUtf8(bytes, file, 1);
  }
}

/**
 * The decoder for a text that starts with `head`: UTF-16 with its byte-order mark, as some editors save (text, not the
 * binary its zero bytes look like), else UTF-8 that throws on a byte that is not (a stream's reader decodes chunk by
 * chunk with it, `{ stream: true }`).
 */
export function decoderFor(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8', { fatal: true });
}

/** The error for bytes that are not UTF-8, naming the first line with one (lines counted from `firstLine`). */
export function notUtf8(bytes: Uint8Array, file: string, firstLine: number): NotTextError {
  const dec = new TextDecoder('utf-8', { fatal: true });
  const hint = 'save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)';
  let line = firstLine;
  let start = 0;
  for (;;) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    try {
      dec.decode(bytes.subarray(start, end));
    } catch {
      const bad = bytes.subarray(start, end).find((b) => b >= 0x80) ?? 0;
      return new NotTextError(`${file}:${line}: not UTF-8 text (byte 0x${bad.toString(16)}); ${hint}`);
    }
    if (nl < 0) return new NotTextError(`${file}: not UTF-8 text; ${hint}`);
    start = nl + 1;
    line++;
  }
}

/**
 * Why text with zero bytes (or NUL characters) is not read: UTF-16 without its byte-order mark (every other byte zero,
 * as Windows tools may write it) says how to convert it; anything else is binary. `units`: the first bytes, or the
 * char codes of the first characters decoded as UTF-8.
 */
export function binaryReason(units: ArrayLike<number>): string {
  const n = Math.min(units.length, 512) & ~1;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (units[i] === 0) evenZero++;
    if (units[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  const order = half >= 4 && oddZero >= 0.9 * half && evenZero <= 0.1 * half ? 'le' : half >= 4 && evenZero >= 0.9 * half && oddZero <= 0.1 * half ? 'be' : undefined;
  return order
    ? `UTF-16 text without a byte-order mark, not binary: save it as UTF-8 (e.g. iconv -f utf-16${order} -t utf-8)`
    : 'binary file, not text';
}
