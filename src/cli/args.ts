import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.ts';
import { FORMAT_NAMES } from '../../extract/readers/lazy.ts';
import { SIZE_BY, type FormatName, type SizeBy } from '../model.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs, with its errors turned into one-line usage errors (exit 2). A negative number after a long option
 * ("--top -1") is taken as its value, so the option's own check names what it expects (parseArgs called it ambiguous
 * and advised '--top=-XYZ', which the check then refused anyway).
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const opt = /^--([^=]+)$/.exec(a)?.[1];
    const next = args[i + 1];
    if (opt && options[opt]?.type === 'string' && next !== undefined && /^-\d+(?:\.\d*)?$/.test(next)) {
      joined.push(`${a}=${next}`);
      i++;
    } else if (a === '--') {
      joined.push(...args.slice(i));
      break;
    } else joined.push(a);
  }
  try {
    return parseArgs({ args: joined, options, allowPositionals: true, strict: true });
  } catch (err) {
    const lines = (err as Error).message.split('\n');
    // (without its full stop: the caller adds ". Try 'paperweave X --help'")
    let msg = lines[0]!.replace(/\. To specify a positional.*$/, '').replace(/\.$/, '');
    // "--out -x": the value starts with a dash; parseArgs' own advice is on a later line
    const dashed = lines.find((l) => l.startsWith('To specify an option argument starting with a dash'));
    if (dashed) msg += `: ${dashed.replace(/^To specify/, 'to give').replace(/\.$/, '')}`;
    throw new UsageError(msg);
  }
}

/**
 * Parse a whole-number option in [min, max] (default: 0 to the largest exact integer), or throw a usage error naming
 * it and the range: every numeric option of every command goes through here, so "--top 0", "--top=-1", "--top 1.5"
 * and a number past the range are refused alike.
 */
export function intOption(value: string | undefined, name: string, range: { min?: number; max?: number } = {}): number | undefined {
  if (value === undefined) return undefined;
  const min = range.min ?? 0;
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) {
    const expects =
      range.max !== undefined ? `a whole number from ${min} to ${max}` : min > 0 ? `a whole number of ${min} or more` : 'a whole number';
    throw new UsageError(`--${name} expects ${expects}, got '${value}'`);
  }
  return n;
}

/** The largest --seed: the seeded generators take it as a 32-bit number (4294967296 gave what 0 gives). */
export const MAX_SEED = 0xffffffff;

/** Parse --seed: a whole number from 0 to MAX_SEED, or throw a usage error. */
export function seedOption(value: string | undefined): number | undefined {
  return intOption(value, 'seed', { max: MAX_SEED });
}

/** Parse --port: a whole number from 0 (any free port) to 65535, or throw a usage error. */
export function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new UsageError(`--port expects a port from 0 to 65535, got '${value}'`);
  return Number(value);
}

/** Parse --min-confidence: a number in [0, 1], or throw a usage error. */
export function confidenceOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // (0, 1, or a decimal fraction: "0.8", ".8", "1.0")
  if (!/^(?:0|1|0?\.\d+|1\.0*)$/.test(value)) throw new UsageError(`--min-confidence expects a number from 0 to 1, got '${value}'`);
  return Number(value);
}

/** --size-by, checked: one of the viewer's "size by" choices (SIZE_BY). */
export function sizeByOption(value: string | undefined): SizeBy | undefined {
  if (value === undefined) return undefined;
  if (!(SIZE_BY as readonly string[]).includes(value)) throw new UsageError(`--size-by expects one of ${SIZE_BY.join(', ')} (links: the degree, as built), got '${value}'`);
  return value as SizeBy;
}

/** Parse --gamma (the burst detector's cost of going up, in units of ln n): a number from 0 to 1, as CiteSpace offers it. */
export function gammaOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^(?:0|1|0?\.\d+|1\.0*)$/.test(value)) throw new UsageError(`--gamma expects a number from 0 to 1, got '${value}'`);
  return Number(value);
}

/** The readers' shared options, checked: --format (one of FORMAT_NAMES) and --year (four digits). */
export function readerOptions(values: { format?: string | boolean; year?: string | boolean }): { format?: FormatName; year?: number } {
  const format = values.format as FormatName | undefined;
  if (format !== undefined && !FORMAT_NAMES.includes(format)) {
    throw new UsageError(`--format expects one of ${FORMAT_NAMES.join(', ')}, got '${format}'`);
  }
  const y = values.year as string | undefined;
  if (y !== undefined && !/^[1-9]\d{3}$/.test(y)) throw new UsageError(`--year expects a four-digit year, got '${y}'`);
  return { format, year: y === undefined ? undefined : Number(y) };
}
