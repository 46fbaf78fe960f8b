/** Run `node src/cli/paperweave.mjs ...` as a user would, in a temp directory. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'src', 'cli', 'paperweave.mjs');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string>; timeout?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', FORCE_COLOR: '0', ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
    ...(opts.timeout ? { timeout: opts.timeout } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'pw-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Build the bundled corpus into a fresh temp dir (once per test file). */
export function buildBundled(): { dir: string; result: CliResult } {
  const dir = tempDir();
  const result = runCli(['build', '--out', join(dir, 'out')]);
  return { dir: join(dir, 'out'), result };
}

/** Build the bundled corpus once for the calling test file (before its tests, removed after them). */
export function useBundledBuild(): { dir: string } {
  const built = { dir: '' };
  beforeAll(() => {
    const b = buildBundled();
    expect(b.result.status, b.result.stderr).toBe(0);
    built.dir = b.dir;
  });
  afterAll(() => rmSync(join(built.dir, '..'), { recursive: true, force: true }));
  return built;
}
