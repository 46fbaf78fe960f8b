/**
 * `paperweave eval [--gold FILE] [INPUT…] [--json]`: extract the papers and score them against a gold
 * file with the guideline's matching (test/gold/GUIDELINE.md). Only wiring: extract/eval.ts scores.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Paper } from '../../model.ts';
import { readInputs as readPapers, UnreadableInputError } from '../../../extract/readers/index.ts';
import { extractEntities, type GoldRecord } from '../../../extract/entities/index.ts';
import { evaluate, formatEvalReport, goldPapers, type PredictedRecord } from '../../../extract/eval.ts';
import { parseCommandArgs } from '../args.ts';
import { readTextFile, displayName, InputError, plural, readInputs as readFiles, ROOT, type Io } from '../io.ts';
import { readSummary } from './read.ts';
import type { Command } from '../main.ts';

const DEFAULT_GOLD = join(ROOT, 'test', 'gold', 'seed-gold.json');

/** Read and check a gold file: a JSON array of records with a title. Errors name the file and record. */
export function loadGold(path: string): GoldRecord[] {
  const abs = resolve(path);
  const name = displayName(abs);
  if (!existsSync(abs)) throw new InputError(`${name}: no such gold file`);
  let data: unknown;
  try {
    data = JSON.parse(readTextFile(path));
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${name}: not valid JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(data)) throw new InputError(`${name}: expected a JSON array of gold records`);
  data.forEach((r, i) => checkRecord(r, `${name}: record ${i + 1}`));
  return data as GoldRecord[];
}

const NAMED = ['methods_proposed', 'methods_mentioned', 'datasets', 'models'];
const FACETS = ['domains', 'settings', 'techniques', 'metrics'];

/**
 * A gold or predicted record: an object with a title; each field, if there, an array of entities with a name
 * (named fields) or of tags, as strings or with a name (facets). `where` names the record in the error.
 */
function checkRecord(r: unknown, where: string): void {
  if (!r || typeof r !== 'object' || Array.isArray(r) || typeof (r as GoldRecord).title !== 'string') {
    throw new InputError(`${where} has no "title" string`);
  }
  const at = `${where} ("${(r as GoldRecord).title}")`;
  for (const f of [...NAMED, ...FACETS]) {
    const v = (r as Record<string, unknown>)[f];
    if (v === undefined) continue;
    if (!Array.isArray(v)) throw new InputError(`${at}: "${f}" must be an array`);
    const facet = FACETS.includes(f);
    for (const x of v) {
      const named = !!x && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string';
      if (!named && !(facet && typeof x === 'string')) {
        throw new InputError(`${at}: "${f}" holds ${JSON.stringify(x)}, not ${facet ? 'a tag (a string or {"name": ...})' : 'an entity ({"name": ...})'}`);
      }
    }
  }
}

/** Read predictions (JSONL of extract's output, or a JSON array of gold-shaped records). */
function loadPredictions(path: string): PredictedRecord[] {
  const abs = resolve(path);
  const name = displayName(abs);
  if (!existsSync(abs)) throw new InputError(`${name}: no such predictions file`);
  const text = readTextFile(path);
  if (text.trimStart().startsWith('[')) {
    let data: unknown[];
    try {
      data = JSON.parse(text) as unknown[];
    } catch (err) {
      throw new InputError(`${name}: not valid JSON (${(err as Error).message})`);
    }
    data.forEach((r, i) => checkRecord(r, `${name}: record ${i + 1}`));
    return data as PredictedRecord[];
  }
  const out: PredictedRecord[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch (err) {
      throw new InputError(`${name}:${i + 1}: not a JSON object (${(err as Error).message})`);
    }
    checkRecord(r, `${name}:${i + 1}: the record`);
    out.push(r as PredictedRecord);
  });
  return out;
}

export const command: Command = {
  summary: 'score extracted entities against a gold file (per-field P/R/F1, misses)',
  help: `Usage: paperweave eval [options] [INPUT…]

Extract entities from the papers in INPUT (any format 'paperweave read' accepts) and score them against
the gold file with the guideline's matching (test/gold/GUIDELINE.md: normalised names, aliases,
'ignore'). Prints per-field precision, recall and F1 with tp/fp/fn; the named micro-F1 (methods,
datasets, models) and the facet micro-F1 (domains, settings, techniques, metrics); then each paper's
misses (-) and false positives (+).

With no INPUT: the gold records' own abstracts when they carry one (held-out files), else the bundled
corpus. Papers are paired with gold records by normalised title.

Options:
  --gold FILE          gold file (default: test/gold/seed-gold.json)
  --predictions FILE   score these predictions (extract's JSONL, or a JSON array) instead of extracting
  --json               print the report as JSON
  -h, --help           show this help

Exit status: 0 scored; 1 nothing scored (no paper matched a gold record); 2 usage error or unreadable input.

Examples:
  paperweave eval                                      # bundled corpus against its gold
  paperweave eval --gold test/gold/heldout-dev.json    # the held-out dev set
  paperweave extract papers.jsonl > p.jsonl && paperweave eval --gold gold.json --predictions p.jsonl
`,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      gold: { type: 'string' },
      predictions: { type: 'string' },
      json: { type: 'boolean' },
    });
    const gold = loadGold(values.gold ?? DEFAULT_GOLD);
    let predicted: PredictedRecord[];
    if (values.predictions) {
      predicted = loadPredictions(values.predictions);
    } else {
      let papers: Paper[];
      if (!positionals.length && gold.length && gold.every((g) => typeof g.abstract === 'string')) {
        const file = displayName(resolve(values.gold ?? DEFAULT_GOLD));
        papers = goldPapers(gold, file);
      } else {
        try {
          const read = readPapers(await readFiles(positionals, io));
          papers = read.papers;
          // (a record the readers reject is no extractor's miss: say so, as read and extract do)
          if (read.rejects.length || read.merged.length || read.warnings.length) io.stderr.write(readSummary(read, positionals.length || 1));
        } catch (err) {
          if (err instanceof UnreadableInputError) throw new InputError(err.message);
          throw err;
        }
      }
      // the bundled extractor, built once per process (already built in the CLI's start-up snapshot)
      const extract = extractEntities;
      predicted = papers.map(extract);
    }
    const report = evaluate(predicted, gold);
    io.stdout.write(values.json ? JSON.stringify(report, null, 1) + '\n' : formatEvalReport(report));
    // (no paper paired with a gold record: every score reads 1.000 over nothing, which looks like a perfect run)
    if (gold.length && !report.papers.some((p) => p.predicted)) {
      io.stderr.write(
        `paperweave eval: no paper matched a gold record by title (${plural(gold.length, 'gold record')}, ${plural(predicted.length, 'paper')} read): nothing was scored; give the gold file's papers as INPUT or --predictions\n`,
      );
      return 1;
    }
    return 0;
  },
};
