/** `paperweave start` rebuilds only what is missing or older than its inputs. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isStale, newestMtime } from '../../src/cli/commands/start.ts';

describe('start: staleness', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paperweave-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const touch = (path: string, seconds: number) => {
    writeFileSync(path, 'x');
    utimesSync(path, seconds, seconds);
  };

  it('a missing output is stale', () => {
    expect(isStale(join(dir, 'nope.html'), [])).toBe(true);
  });

  it('an output older than any input file, however deep, is stale; newer is fresh', () => {
    mkdirSync(join(dir, 'src', 'deep'), { recursive: true });
    touch(join(dir, 'src', 'a.ts'), 1000);
    touch(join(dir, 'src', 'deep', 'b.ts'), 3000);
    utimesSync(join(dir, 'src', 'deep'), 1000, 1000);
    utimesSync(join(dir, 'src'), 1000, 1000);
    touch(join(dir, 'out.html'), 2000);
    expect(newestMtime(join(dir, 'src'))).toBe(3000 * 1000);
    expect(isStale(join(dir, 'out.html'), [join(dir, 'src')])).toBe(true);
    touch(join(dir, 'out.html'), 4000);
    expect(isStale(join(dir, 'out.html'), [join(dir, 'src'), join(dir, 'missing-input')])).toBe(false);
  });
});
