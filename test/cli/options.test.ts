/**
 * Bad options as a user types them: one line naming the option and what it expects, exit 2, never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.ts';

describe('bad options', () => {
  it.each([
    [['serve', '--port', '70000'], "paperweave serve: --port expects a port from 0 to 65535, got '70000'. Try 'paperweave serve --help'.\n"],
    [['start', '--port', '65536'], "paperweave start: --port expects a port from 0 to 65535, got '65536'. Try 'paperweave start --help'.\n"],
    // parseArgs' advice for a value that starts with a dash was cut off, and its full stop doubled ("ambiguous..")
    [
      ['build', '--seed', '-1'],
      "paperweave build: Option '--seed' argument is ambiguous: to give an option argument starting with a dash use '--seed=-XYZ'. Try 'paperweave build --help'.\n",
    ],
    [['read', '--format'], "paperweave read: Option '--format <value>' argument missing. Try 'paperweave read --help'.\n"],
    // (an empty name titled the graph "" in the viewer and every export)
    [['build', '--name', ' ', '--out', '/nonexistent-dir/never-written'], "paperweave build: --name expects a name for the graph, got an empty one. Try 'paperweave build --help'.\n"],
  ])('%j', (args, stderr) => {
    const r = runCli(args);
    expect([r.status, r.stderr]).toEqual([2, stderr]);
  });
});
