/**
 * What every command of the CLI shares (src/framework/cli.ts dispatches to them): how it reads and writes
 * (an `Io`, so a benchmark can run a command in-process), how a file that cannot be read is said, and the
 * shape of a command.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { issue, type Issue } from './issues.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly read: (file: string) => Promise<string>;
  readonly write: (file: string, text: string) => Promise<void>;
}

export const nodeIo: Io = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  read: (file) => readFile(file, 'utf8'),
  write: (file, text) => writeFile(file, text),
};

/**
 * `blueprint-widgets … | head -3`: once the reader has what it wants it closes the pipe, and the next write
 * fails with EPIPE. That is not an error of the tool's (it printed an unhandled stack trace before): stop
 * quietly, as Unix tools do. Any other failure of the streams is still thrown.
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
}

/** Reads `file` as text, or says in plain words why it cannot be read. */
export async function readText(io: Io, file: string): Promise<{ text: string } | { error: Issue }> {
  try {
    return { text: await io.read(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    return { error: issue('error', 'load', '', `cannot read ${file}: ${why}`) };
  }
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a command was given: its positional arguments, its flags, and its options with a value. */
export interface CommandArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
}

/** One command of the tool. */
export interface Command {
  readonly usage: string;
  /** Options without a value, e.g. `--json`. */
  readonly flags: readonly string[];
  /** Options with a value (`--into team.json`, `--into=team.json`), with their short aliases. */
  readonly values?: Readonly<Record<string, string>>;
  /** Options with a value that may be given more than once: their values are joined by commas. */
  readonly repeatable?: readonly string[];
  /** Whether these positional arguments are a valid call (otherwise: usage, exit code 2). */
  readonly accepts: (positionals: readonly string[]) => boolean;
  readonly run: (args: CommandArgs, io: Io) => Promise<number>;
}
