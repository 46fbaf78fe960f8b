/**
 * The readers' front door: detect each input's format, read it, give every paper a stable id and merge
 * the same paper seen twice. Pure: inputs are texts, the caller (CLI, web page) does the file I/O.
 *
 *   readInputs([{ file, text }], { format?, year? }) -> ReadResult
 *   createStreamReader({ file, format?, year? })    -> { push(chunk), end() } for pipelines
 *
 * This module loads every format's parser up front, so all of it is synchronous. lazy.ts is the same API
 * without them, for programs that load only the parsers their inputs need (the CLI).
 */
import './parsers-bibtex.ts';
import './parsers-xml.ts';
import './parsers-csv.ts';

export * from './lazy.ts';
