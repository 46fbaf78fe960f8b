import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.ts';
import { FORMAT_NAMES } from '../../extract/readers/lazy.ts';
import type { FormatName } from '../model.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into one-line usage errors (exit 2). */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const lines = (err as Error).message.split('\n');
    // (without its full stop: the caller adds ". Try 'paperweave X --help'")
    let msg = lines[0]!.replace(/\. To specify a positional.*$/, '').replace(/\.$/, '');
    // "--seed -1": the value starts with a dash; parseArgs' own advice is on a later line
    const dashed = lines.find((l) => l.startsWith('To specify an option argument starting with a dash'));
    if (dashed) msg += `: ${dashed.replace(/^To specify/, 'to give').replace(/\.$/, '')}`;
    throw new UsageError(msg);
  }
}

/** Parse a whole number option, or throw a usage error naming it. */
export function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} expects a whole number, got '${value}'`);
  return Number(value);
}

/** Parse --port: a whole number from 0 (any free port) to 65535, or throw a usage error. */
export function portOption(value: string | undefined): number | undefined {
  const port = intOption(value, 'port');
  if (port !== undefined && port > 65535) throw new UsageError(`--port expects a port from 0 to 65535, got '${value}'`);
  return port;
}

/** Parse --min-confidence: a number in [0, 1], or throw a usage error. */
export function confidenceOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // (0, 1, or a decimal fraction: "0.8", ".8", "1.0")
  if (!/^(?:0|1|0?\.\d+|1\.0*)$/.test(value)) throw new UsageError(`--min-confidence expects a number from 0 to 1, got '${value}'`);
  return Number(value);
}

/** The readers' shared options, checked: --format (one of FORMAT_NAMES) and --year (four digits). */
export function readerOptions(values: { format?: string | boolean; year?: string | boolean }): { format?: FormatName; year?: number } {
  const format = values.format as FormatName | undefined;
  if (format !== undefined && !FORMAT_NAMES.includes(format)) {
    throw new UsageError(`--format expects one of ${FORMAT_NAMES.join(', ')}, got '${format}'`);
  }
  const year = intOption(values.year as string | undefined, 'year');
  if (year !== undefined && (year < 1000 || year > 9999)) throw new UsageError(`--year expects a four-digit year, got '${values.year}'`);
  return { format, year };
}
