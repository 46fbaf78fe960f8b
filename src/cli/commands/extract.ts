/**
 * `paperweave extract [INPUT…]`: one JSON object of entities per paper on stdout, in input order.
 * Streams: each input is fed to the stream reader chunk by chunk and every paper is extracted and
 * written as soon as the reader yields it (JSONL yields line by line), so a pipe works as a map step.
 */
import { createReadStream } from 'node:fs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PaperEntities, ReadResult } from '../../model.ts';
// lazy.ts: the BibTeX, XML and CSV parsers are loaded only for an input that needs one (JSONL needs none)
import { createStreamReader, FORMAT_NAMES, loadParsers, UnreadableInputError, type StreamReader } from '../../../extract/readers/lazy.ts';
import { extractEntities } from '../../../extract/entities/index.ts';
import { keepConfident } from '../../../extract/entities/calibration.ts';
import { confidenceOption, parseCommandArgs, readerOptions } from '../args.ts';
import { BUNDLED_CORPUS, checkInputFile, checkStdinOnce, decodeText, displayName, InputError, notUtf8, plural, type Io } from '../io.ts';
import { decoderFor } from '../../../extract/readers/decode.ts';
import type { Command } from '../main.ts';
import { mergeLine } from './read.ts';
import { paperResults } from '../../analysis/results.ts';

/** Keys of an output record, in order. */
const KEYS = [
  'id', 'title', 'methods_proposed', 'methods_mentioned', 'datasets', 'models', 'domains', 'settings', 'techniques', 'metrics',
] as const satisfies readonly (keyof PaperEntities)[];

/**
 * The paper's entities with the scores its abstract reports on each dataset it evaluates on or introduces (what `build`
 * puts on the paper's link to the dataset): `results` on those datasets, in the abstract's order; the others unchanged.
 */
export function withResults(paper: { abstract?: string }, e: PaperEntities): PaperEntities {
  const found = paperResults(paper, e);
  if (!found.size) return e;
  return {
    ...e,
    datasets: e.datasets.map((d) => {
      const list = d.role === 'mentioned' ? undefined : found.get(d.name);
      return list?.length ? { ...d, results: list.map((r) => ({ metric: r.metric, value: r.value, evidence: r.sentence, ...(r.setting ? { setting: r.setting } : {}), ...(r.method ? { method: r.method } : {}) })) } : d;
    }),
  };
}

export function entitiesLine(e: PaperEntities): string {
  const o: Record<string, unknown> = {};
  for (const k of KEYS) o[k] = e[k];
  return JSON.stringify(o);
}

/** A buffered writer that respects back-pressure: `line` buffers, `flush` writes (and waits for drain). */
function writer(io: Io) {
  let buf = '';
  const flush = async () => {
    if (!buf) return;
    const chunk = buf;
    buf = '';
    if (!io.stdout.write(chunk)) await new Promise<void>((r) => io.stdout.once('drain', () => r()));
  };
  return {
    /** Buffer a line; true when the buffer is big enough to flush. */
    line(s: string): boolean {
      buf += s + '\n';
      return buf.length > 1 << 16;
    },
    flush,
  };
}

export const command: Command = {
  summary: 'extract methods, datasets, models and facets from each paper (JSONL out, streaming)',
  help: `Usage: paperweave extract [options] [INPUT…]

Read papers (any format 'paperweave read' accepts) and print one JSON object per paper per line on
stdout, in input order: id, title, methods_proposed, methods_mentioned, datasets (with role),
models, domains, settings, techniques, metrics. Every entity has its canonical name, the evidence
sentence and a calibrated confidence in [0, 1]: the share of such entities that the held-out sets'
readers tagged too (README, Confidence). The fields and rules are those of test/gold/GUIDELINE.md.

Output starts before a large input is fully read (JSONL is read line by line), so extract works in a
pipe. With no INPUT the bundled corpus is read; '-' reads standard input. Rejected records go to
stderr as 'file:line: reason'.

Options:
  --format NAME   read every input as NAME (${FORMAT_NAMES.join(', ')})
  --year YYYY     year for dates that give none
  --min-confidence X
                  leave out entities whose confidence is below X (0 to 1; their count goes to stderr)
  --results       give each dataset the paper evaluates on or introduces the scores its abstract reports
                  there: "results": [{"metric": "AUROC", "value": "97.1%", "evidence": "..."}] (what build
                  puts on the paper's link to the dataset; a dataset with none has no "results"); a figure
                  measured under one of several settings carries it, "setting": "zero-shot" (build's
                  "AUROC (zero-shot) 91.3%"), and one the sentence credits to another method names it,
                  "method": "RANSynCoders" (build's "F1 82.9% (by RANSynCoders)")
  -h, --help      show this help

Exit status: 0 done; 2 usage error or unreadable input.

Examples:
  paperweave extract                                  # the bundled corpus
  cat papers.jsonl | paperweave extract - > entities.jsonl
  paperweave extract papers.bib | jq -r '.methods_proposed[].name'
  paperweave extract --results papers.jsonl | jq -c '.datasets[] | select(.results) | [.name, .results[].value]'
`,
  async run(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, year: { type: 'string' }, 'min-confidence': { type: 'string' }, results: { type: 'boolean' } });
    const { format, year } = readerOptions(values);
    const minConfidence = confidenceOption(values['min-confidence']) ?? 0;
    const inputs = positionals.length ? positionals : [BUNDLED_CORPUS];
    checkStdinOnce(inputs);
    for (const p of inputs) if (p !== '-') checkInputFile(p);
    // the bundled extractor, built once per process (already built in the CLI's start-up snapshot)
    const extract = extractEntities;
    const addResults = values.results ? withResults : (_p: unknown, e: PaperEntities) => e;
    const out = writer(io);
    let papers = 0;
    let rejects = 0;
    let merged = 0;
    let dropped = 0;
    const emit = async (r: ReadResult) => {
      for (const p of r.papers) {
        const kept = keepConfident(addResults(p, extract(p)), minConfidence);
        dropped += kept.dropped;
        if (out.line(entitiesLine(kept.entities))) await out.flush();
        papers++;
      }
      for (const x of r.rejects) {
        io.stderr.write(`${x.file}:${x.line}: ${x.reason}\n`);
        rejects++;
      }
      // (a duplicate of an earlier record, by DOI, arXiv id or title, gives no line of its own: say so)
      for (const m of r.merged) {
        io.stderr.write(`${mergeLine(m)}\n`);
        merged++;
      }
      for (const w of r.warnings) io.stderr.write(`${w.file}${w.line ? `:${w.line}` : ''}: warning: ${w.message}\n`);
    };
    let previous: StreamReader | undefined;
    for (const p of inputs) {
      const file = p === '-' ? '<stdin>' : displayName(resolve(p));
      // (ids and duplicates across the inputs, as read and build have them)
      const reader = createStreamReader({ file, format, year, after: previous });
      previous = reader;
      // 1 MiB reads: fewer chunks (and awaits) per file; stdin streams as it comes.
      const stream = p === '-' ? io.stdin : createReadStream(resolve(p), { highWaterMark: 1 << 20 });
      // (text that is not UTF-8 stops the run with the line it is on, as in the other commands: decoded anyway,
      // its accents would be lost without a word)
      // (UTF-16 with its byte-order mark too, as decodeBytes reads it)
      let dec: TextDecoder | undefined;
      let linesBefore = 0;
      const decode = (chunk: Buffer | undefined): string => {
        dec ??= decoderFor(chunk ?? new Uint8Array());
        try {
          return chunk ? dec.decode(chunk, { stream: true }) : dec.decode();
        } catch {
          // a file is read again whole for the exact line (a character may straddle two chunks); a pipe's line is
          // counted from the start of the chunk
          if (p !== '-') decodeText(readFileSync(resolve(p)), file);
          throw notUtf8(chunk ?? new Uint8Array(), file, linesBefore + 1);
        }
      };
      try {
        for await (const chunk of stream) {
          const text = typeof chunk === 'string' ? chunk : decode(chunk as Buffer);
          // (lines counted for a pipe's error only: a file's is found by reading it again)
          if (p === '-' && typeof chunk !== 'string') for (let at = (chunk as Buffer).indexOf(10); at >= 0; at = (chunk as Buffer).indexOf(10, at + 1)) linesBefore++;
          await emit(reader.push(text));
          await out.flush(); // what this chunk yielded goes out now, not at the end
        }
        const tail = decode(undefined);
        if (tail) await emit(reader.push(tail));
        await loadParsers([reader.formatAtEnd()]);
        await emit(reader.end());
      } catch (err) {
        if (err instanceof UnreadableInputError) throw new InputError(err.message);
        throw err;
      }
    }
    await out.flush();
    const below = minConfidence > 0 ? `, ${dropped} entit${dropped === 1 ? 'y' : 'ies'} under confidence ${minConfidence} left out` : '';
    io.stderr.write(`extract: ${plural(papers, 'paper')}${rejects ? `, ${rejects} rejected` : ''}${merged ? `, ${merged} merged` : ''}${below}\n`);
    return 0;
  },
};
