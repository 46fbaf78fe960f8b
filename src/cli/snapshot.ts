/**
 * The entry of the CLI's start-up snapshot (Node's `--build-snapshot`, see paperweave.mjs).
 *
 * Every run of `extract`, `eval`, `build` ... starts by doing the same work before it reads a byte of its
 * input: evaluating ~3 MB of bundled code, expanding compromise's English lexicon (~0.15 s of CPU),
 * compiling the entity lexicon and the facet cues, and compiling the extractor's functions to bytecode.
 * Here that work runs once, when the snapshot is built (the extractor runs over the bundled corpus), and
 * V8 saves the resulting heap; a run then starts from that heap and goes straight to its command.
 *
 * Nothing here changes what a command outputs: the warm state is the compiled lexicon that a cold run
 * builds at its first paper; the memo tables (words, cue candidates, lexicon steps, normalised names,
 * compromise's phrase verdicts) are emptied before the heap is saved, so the warm-up papers give a run's own words no head
 * start (they are pure functions of their keys anyway). Tests check that snapshot and plain runs write
 * the same bytes.
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { clearMemos, extractEntities } from '../../extract/entities/index.ts';
import { forgetRegexCode } from '../../extract/entities/patterns.ts';
import { createStreamReader } from '../../extract/readers/lazy.ts';
import { BUNDLED_CORPUS } from './io.ts';
import { main } from './main.ts';

const reader = createStreamReader({ file: BUNDLED_CORPUS });
const text = readFileSync(BUNDLED_CORPUS, 'utf8');
for (const paper of [...reader.push(text).papers, ...reader.end().papers]) extractEntities(paper);
// the code stays compiled; what the memo tables learnt of these papers' words goes
clearMemos();
// but not the native code of the regexes too large for a snapshot (patterns.ts says why): they compile again at first use
forgetRegexCode();

v8.startupSnapshot.setDeserializeMainFunction(() => {
  main(process.argv.slice(1)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
});
