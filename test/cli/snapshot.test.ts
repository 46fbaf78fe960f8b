/**
 * The CLI's start-up snapshot (src/cli/snapshot.ts, built by paperweave.mjs) changes how fast a command
 * starts, never what it does: the same bytes on stdout and stderr, the same exit status, stdin and files
 * alike, as the plain run from the bundle (PAPERWEAVE_NO_SNAPSHOT=1).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { V8_FLAGS } from '../../src/cli/v8-flags.mjs';
import { ROOT, runCli } from './helpers.ts';

const PLAIN = { PAPERWEAVE_NO_SNAPSHOT: '1' };
const HELDOUT = join(ROOT, 'test', 'fixtures', 'heldout', 'heldout-b.jsonl');
const MALFORMED = join(ROOT, 'test', 'fixtures', 'readers', 'papers-malformed.jsonl');

describe('start-up snapshot', () => {
  it('is built beside the bundle on first use', () => {
    const r = runCli(['extract', HELDOUT]);
    expect(r.status, r.stderr).toBe(0);
    const cache = join(ROOT, 'node_modules', '.cache', 'paperweave');
    const dirs = readdirSync(cache).filter((d) => d.startsWith('cli-')).sort((a, b) => statSync(join(cache, b)).mtimeMs - statSync(join(cache, a)).mtimeMs);
    const blobs = dirs.flatMap((d) => readdirSync(join(cache, d)).filter((f) => /^snapshot-\w+\.blob$/.test(f)).map((f) => join(cache, d, f)));
    expect(blobs.length).toBeGreaterThan(0);
    // and it runs a command by itself, as the shim runs it
    const direct = spawnSync(process.execPath, [...V8_FLAGS, '--snapshot-blob', blobs[0], 'extract', HELDOUT], { cwd: ROOT, encoding: 'utf8' });
    expect(direct.status, direct.stderr).toBe(0);
    expect(direct.stdout).toBe(runCli(['extract', HELDOUT], { env: PLAIN }).stdout);
  });

  it.each([
    ['extract (the bundled corpus)', ['extract'], undefined],
    ['extract (held-out JSONL)', ['extract', HELDOUT], undefined],
    ['extract (stdin, with rejects)', ['extract', '-'], 'not json\n{"title":"A","abstract":"We propose Zorblax on MVTec AD."}\n'],
    ['extract (malformed file)', ['extract', MALFORMED], undefined],
    ['eval (the bundled gold)', ['eval', '--json'], undefined],
    ['read --json', ['read', '--json', HELDOUT], undefined],
    ['a usage error', ['extract', '--year', 'soon'], undefined],
    ['a missing file', ['extract', 'no-such-file.jsonl'], undefined],
  ])('%s: same output and status as the plain run', (_what, args, input) => {
    const snap = runCli(args as string[], { input });
    const plain = runCli(args as string[], { input, env: PLAIN });
    expect(snap.status).toBe(plain.status);
    expect(snap.stdout).toBe(plain.stdout);
    expect(snap.stderr).toBe(plain.stderr);
    if (args[0] === 'extract' && plain.status === 0) expect(snap.stdout.length).toBeGreaterThan(0);
  });
});
