/**
 * The CLI's start-up snapshot (src/cli/snapshot.ts, built by paperweave.mjs) changes how fast a command
 * starts, never what it does: the same bytes on stdout and stderr, the same exit status, stdin and files
 * alike, as the plain run from the bundle (PAPERWEAVE_NO_SNAPSHOT=1).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { V8_FLAGS } from '../../src/cli/v8-flags.mjs';
import { ROOT, runCli, tempDir } from './helpers.ts';

const PLAIN = { PAPERWEAVE_NO_SNAPSHOT: '1' };
const HELDOUT = join(ROOT, 'test', 'fixtures', 'heldout', 'heldout-b.jsonl');
const MALFORMED = join(ROOT, 'test', 'fixtures', 'readers', 'papers-malformed.jsonl');

describe('start-up snapshot', () => {
  it('is built beside the current bundle on first use, and a command runs from it', { timeout: 330_000 }, () => {
    // (on a fresh clone another test's run may be building it: the runs meanwhile go the plain way, and
    // say so under PAPERWEAVE_DEBUG)
    const cache = join(ROOT, 'node_modules', '.cache', 'paperweave');
    const markers = () => readdirSync(cache, { recursive: true }).map(String).filter((f) => f.endsWith('.failed')).map((f) => join(cache, f));
    const USED = /^paperweave: start-up snapshot (.+\.blob)$/m;
    const run = () => runCli(['extract', HELDOUT], { env: { PAPERWEAVE_DEBUG: '1' } });
    const waitForSnapshot = () => {
      let r = run();
      // a build takes a few seconds, more under the whole suite's load; a build lock is taken over after two minutes
      for (const t0 = Date.now(); !USED.test(r.stderr) && markers().length === 0 && Date.now() - t0 < 150_000; ) {
        spawnSync('sleep', ['0.5']);
        r = run();
      }
      return r;
    };
    let r = waitForSnapshot();
    // A build that failed under the suite's load (memory, a killed process) is remembered for ten minutes and
    // would hide a working one: its reason is shown, its marker goes and it is built once more, here.
    const failures = markers().map((f) => `${f}:\n${readFileSync(f, 'utf8')}`);
    if (!USED.test(r.stderr) && failures.length > 0) {
      console.warn(`start-up snapshot: an earlier build failed\n${failures.join('\n')}`);
      for (const f of markers()) rmSync(f, { force: true });
      r = waitForSnapshot();
    }
    expect(r.status, r.stderr).toBe(0);
    // the shim says which blob it started from: the current sources' (the newest cache dir), not a failed one
    const used = USED.exec(r.stderr)?.[1];
    expect(used, `${r.stderr}\n${markers().map((f) => `${f}:\n${readFileSync(f, 'utf8')}`).join('\n')}`).toBeDefined();
    // built after the newest source file (not a stale one), beside its bundle, with no failure marker
    // (the sources as the shim counts them: code and data, not the Markdown beside them, whose edit builds nothing)
    const newestSource = Math.max(...['src', 'extract'].flatMap((d) => readdirSync(join(ROOT, d), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|mts|json|mjs|js)$/.test(e.name)).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs)));
    expect(statSync(used!).mtimeMs).toBeGreaterThanOrEqual(newestSource);
    expect(readdirSync(dirname(used!))).toContain('main.js');
    expect(readdirSync(dirname(used!)).filter((f) => f.endsWith('.failed'))).toEqual([]);
    // and the blob runs a command by itself, with the shim's V8 flags, as the shim runs it
    const direct = spawnSync(process.execPath, [...V8_FLAGS, '--snapshot-blob', used!, 'extract', HELDOUT], { cwd: ROOT, encoding: 'utf8' });
    expect(direct.status, direct.stderr).toBe(0);
    expect(direct.stdout).toBe(runCli(['extract', HELDOUT], { env: PLAIN }).stdout);
  });

  it('is not used under NODE_OPTIONS (a snapshot loads only with its own V8 configuration)', () => {
    const r = runCli(['extract', HELDOUT], { env: { PAPERWEAVE_DEBUG: '1', NODE_OPTIONS: '--max-old-space-size=400' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/start-up snapshot|Failed to load/);
    expect(r.stdout).toBe(runCli(['extract', HELDOUT], { env: PLAIN }).stdout);
  });

  // Each row says what the plain run gives (status, and what stderr says), so that a row reaches the case it names
  // and two runs failing alike are not 'the same': the stdin row opened with a line that is not JSON, which made the
  // whole input unrecognised (exit 2), and never reached a reject; 'read --json' was a usage error (read has no --json).
  it.each([
    ['extract (the bundled corpus)', ['extract'], undefined, 0, /^extract: 54 papers\n/m],
    ['extract (held-out JSONL)', ['extract', HELDOUT], undefined, 0, /^extract: 30 papers\n/],
    ['extract (stdin, with rejects)', ['extract', '-'], '{"title":"A","abstract":"We propose Zorblax on MVTec AD."}\nnot json\n', 0, /^<stdin>:2: invalid JSON/m],
    ['extract (malformed file)', ['extract', MALFORMED], undefined, 0, /papers-malformed\.jsonl:2: invalid JSON/],
    ['eval (the bundled gold)', ['eval', '--json'], undefined, 0, /^read: 54 papers/m],
    ['read (held-out JSONL)', ['read', HELDOUT], undefined, 0, /^read: 30 papers/],
    ['stats --json', ['stats', '--json'], undefined, 0, /^/],
    ['a usage error', ['extract', '--year', 'soon'], undefined, 2, /--year expects a four-digit year, got 'soon'/],
    ['a missing file', ['extract', 'no-such-file.jsonl'], undefined, 2, /no-such-file\.jsonl: no such file/],
  ])('%s: same output and status as the plain run', (_what, args, input, status, says) => {
    const snap = runCli(args as string[], { input });
    const plain = runCli(args as string[], { input, env: PLAIN });
    expect([plain.status, plain.stderr], 'the plain run').toEqual([status, expect.stringMatching(says as RegExp)]);
    expect(snap.status).toBe(plain.status);
    expect(snap.stdout).toBe(plain.stdout);
    expect(snap.stderr).toBe(plain.stderr);
    if (status === 0) expect(snap.stdout.length).toBeGreaterThan(0);
  });

  it('build writes the same graph either way', () => {
    const dir = tempDir('pw-snap-');
    try {
      // (directories of one name: the graph is named after its directory)
      const a = runCli(['build', HELDOUT, '--out', join(dir, 'snap', 'out')]);
      const b = runCli(['build', HELDOUT, '--out', join(dir, 'plain', 'out')], { env: PLAIN });
      expect(a.status, a.stderr).toBe(0);
      expect(b.status, b.stderr).toBe(0);
      for (const f of ['graph.json', 'graph.gexf']) expect(readFileSync(join(dir, 'snap', 'out', f), 'utf8')).toBe(readFileSync(join(dir, 'plain', 'out', f), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
