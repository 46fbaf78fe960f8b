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
      ['build', '--out', '-x'],
      "paperweave build: Option '--out' argument is ambiguous: to give an option argument starting with a dash use '--out=-XYZ'. Try 'paperweave build --help'.\n",
    ],
    // numeric options: zero where a count of things to show is asked, negative, fractional, past the range (all were
    // accepted, or called "ambiguous" with advice the check then refused)
    [['build', '--seed', '-1'], "paperweave build: --seed expects a whole number from 0 to 4294967295, got '-1'. Try 'paperweave build --help'.\n"],
    [['build', '--seed', '4294967296'], "paperweave build: --seed expects a whole number from 0 to 4294967295, got '4294967296'. Try 'paperweave build --help'.\n"],
    [['stats', '--top', '0'], "paperweave stats: --top expects a whole number of 1 or more, got '0'. Try 'paperweave stats --help'.\n"],
    [['stats', '--top', '-3'], "paperweave stats: --top expects a whole number of 1 or more, got '-3'. Try 'paperweave stats --help'.\n"],
    [['stats', '--top=2.5'], "paperweave stats: --top expects a whole number of 1 or more, got '2.5'. Try 'paperweave stats --help'.\n"],
    [['stats', '--top', '99999999999999999999'], "paperweave stats: --top expects a whole number of 1 or more, got '99999999999999999999'. Try 'paperweave stats --help'.\n"],
    [['shared', 'PatchCore', '--top', '0'], "paperweave shared: --top expects a whole number of 1 or more, got '0'. Try 'paperweave shared --help'.\n"],
    [['bench', '--sizes', '100,0'], "paperweave bench: --sizes expects a whole number from 1 to 20000, got '0'. Try 'paperweave bench --help'.\n"],
    // (no upper bound: "--sizes 1000000" was accepted and started a run that could not finish)
    [['bench', '--sizes', '1000,1000000'], "paperweave bench: --sizes expects a whole number from 1 to 20000, got '1000000'. Try 'paperweave bench --help'.\n"],
    [['bench', '--sizes', '20001'], "paperweave bench: --sizes expects a whole number from 1 to 20000, got '20001'. Try 'paperweave bench --help'.\n"],
    [['bench', '--extract-size', '-5'], "paperweave bench: --extract-size expects a whole number from 0 to 100000, got '-5'. Try 'paperweave bench --help'.\n"],
    [['bench', '--extract-size', '100001'], "paperweave bench: --extract-size expects a whole number from 0 to 100000, got '100001'. Try 'paperweave bench --help'.\n"],
    [['bench', '--seed', '1e3'], "paperweave bench: --seed expects a whole number from 0 to 4294967295, got '1e3'. Try 'paperweave bench --help'.\n"],
    [['read', '--year', '-2024'], "paperweave read: --year expects a four-digit year, got '-2024'. Try 'paperweave read --help'.\n"],
    [['build', '--min-confidence', '-0.5'], "paperweave build: --min-confidence expects a number from 0 to 1, got '-0.5'. Try 'paperweave build --help'.\n"],
    [['serve', '--port', '-1'], "paperweave serve: --port expects a port from 0 to 65535, got '-1'. Try 'paperweave serve --help'.\n"],
    [['read', '--format'], "paperweave read: Option '--format <value>' argument missing. Try 'paperweave read --help'.\n"],
    // (an empty name titled the graph "" in the viewer and every export)
    [['build', '--name', ' ', '--out', '/nonexistent-dir/never-written'], "paperweave build: --name expects a name for the graph, got an empty one. Try 'paperweave build --help'.\n"],
  ])('%j', (args, stderr) => {
    const r = runCli(args);
    expect([r.status, r.stderr]).toEqual([2, stderr]);
  });
});

describe('every command\'s --help', () => {
  // (start's and serve's listed no -h, --help line; bench's last three options stood out of their column)
  it.each(['read', 'extract', 'eval', 'build', 'export', 'stats', 'shared', 'serve', 'start', 'bench'])('%s --help lists -h, --help and sets its options in one column', (cmd) => {
    const r = runCli([cmd, '--help']);
    expect(r.status).toBe(0);
    const opts = r.stdout.slice(r.stdout.indexOf('Options:')).split('\n').slice(1).filter((l) => /^ {2}-/.test(l));
    expect(opts.some((l) => /^ {2}-h, --help\b/.test(l))).toBe(true);
    // (an option too long for the column has its words on the next line, "--min-confidence X")
    const cols = new Set(opts.map((l) => /^ {2}\S.*?\s{2,}(?=\S)/.exec(l)?.[0].length).filter((n) => n !== undefined));
    expect([...cols]).toHaveLength(1);
  });
  // (extract --results gives a figure's setting, and stats its results per metric, as the README says; the help said neither)
  it("extract --help names a result's \"setting\"; the command list says stats gives the reported results", () => {
    expect(runCli(['extract', '--help']).stdout).toMatch(/"setting": "zero-shot"/);
    expect(runCli(['--help']).stdout).toMatch(/stats {5}counts, reported results per metric,/);
  });
});
