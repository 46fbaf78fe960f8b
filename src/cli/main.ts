/**
 * `paperweave <command> [...]`: a thin dispatcher. Each command lives in commands/<name>.ts and exports
 * `help` (its usage text) and `run(args, io)` returning the exit code. Commands only wire files to the
 * pure stages in extract/ and src/.
 */
import { InputError, UsageError, processIo, type Io } from './io.ts';

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** Full usage text printed by --help. */
  help: string;
  run(args: string[], io: Io): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<Command>> = {
  read: () => import('./commands/read.ts').then((m) => m.command),
  extract: () => import('./commands/extract.ts').then((m) => m.command),
  eval: () => import('./commands/eval.ts').then((m) => m.command),
  build: () => import('./commands/build.ts').then((m) => m.command),
  export: () => import('./commands/export.ts').then((m) => m.command),
  stats: () => import('./commands/stats.ts').then((m) => m.command),
  shared: () => import('./commands/shared.ts').then((m) => m.command),
  serve: () => import('./commands/serve.ts').then((m) => m.command),
  start: () => import('./commands/start.ts').then((m) => m.command),
  bench: () => import('./commands/bench.ts').then((m) => m.command),
};

async function mainHelp(): Promise<string> {
  const lines = [
    'paperweave: a knowledge graph of research papers (methods, datasets, backbones, settings ...)',
    '',
    'Usage: paperweave <command> [options]',
    '',
    'Commands:',
  ];
  for (const [name, load] of Object.entries(COMMANDS)) {
    let summary = '';
    try {
      summary = (await load()).summary;
    } catch {
      summary = '(not available)';
    }
    lines.push(`  ${name.padEnd(9)} ${summary}`);
  }
  lines.push('', "Run 'paperweave <command> --help' for a command's options.");
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (io === processIo) quietOnClosedPipe();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(await mainHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('paperweave 0.1.0\n');
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`paperweave: unknown command '${name}'. Try 'paperweave --help'.\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help.endsWith('\n') ? command.help : command.help + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`paperweave ${name}: ${err.message}. Try 'paperweave ${name} --help'.\n`);
      return 2;
    }
    if (err instanceof InputError) {
      io.stderr.write(`paperweave ${name}: ${err.message}\n`);
      return 2;
    }
    if ((err as NodeJS.ErrnoException)?.code === 'EPIPE') return 0;
    throw err;
  }
}

/**
 * `paperweave extract x | head`: when the reader closes the pipe, stop quietly with status 0, as the catch in
 * `main` does for a write that throws. A closed pipe reaches a stream write as an 'error' event, not a throw:
 * unhandled, Node would print a stack trace and exit 1.
 */
let pipeWatched = false;
function quietOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
