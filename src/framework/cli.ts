/**
 * `blueprint-widgets validate <framework.json> [profile.json] [--json]`: every error and warning with
 * its JSON Pointer path. Exit code 1 on errors (or an unreadable file), 0 otherwise. Runs in Node.
 */
import { readFile } from 'node:fs/promises';
import { formatIssue, issue, type Issue } from './issues.js';
import { parseFramework, parseProfile } from './parse.js';

const USAGE = `Usage: blueprint-widgets validate <framework.json> [profile.json] [--json]

Checks a framework document (and optionally a team profile against it) against the
blueprint-widgets format, version 1. Prints every error and warning with its JSON Pointer.
Exit code: 1 when there are errors, 0 otherwise, 2 for a usage mistake.

Options:
  --json     print the result as JSON
  --help     show this help`;

export interface FileReport {
  readonly file: string;
  readonly kind: 'framework' | 'profile';
  readonly ok: boolean;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly read: (file: string) => Promise<string>;
}

const nodeIo: Io = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  read: (file) => readFile(file, 'utf8'),
};

async function readText(io: Io, file: string): Promise<{ text: string } | { error: Issue }> {
  try {
    return { text: await io.read(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    return { error: issue('error', 'load', '', `cannot read ${file}: ${why}`) };
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function printReport(io: Io, r: FileReport) {
  io.out(`${r.file} (${r.kind})`);
  for (const e of r.errors) io.out(`  error    ${formatIssue(e)}`);
  for (const w of r.warnings) io.out(`  warning  ${formatIssue(w)}`);
  io.out(
    `  ${r.ok ? '✓ valid' : '✗ invalid'}: ${plural(r.errors.length, 'error')}, ${plural(r.warnings.length, 'warning')}`,
  );
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  const flags = argv.filter((a) => a.startsWith('-'));
  const args = argv.filter((a) => !a.startsWith('-'));
  const unknown = flags.filter((f) => !['--json', '--help', '-h'].includes(f));
  if (flags.includes('--help') || flags.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (unknown.length || args[0] !== 'validate' || args.length < 2 || args.length > 3) {
    if (unknown.length) io.err(`unknown option: ${unknown.join(' ')}`);
    else if (args[0] !== undefined && args[0] !== 'validate') io.err(`unknown command: ${args[0]}`);
    io.err(USAGE);
    return 2;
  }
  const [, frameworkFile, profileFile] = args;
  const reports: FileReport[] = [];

  const frameworkText = await readText(io, frameworkFile);
  const framework = 'text' in frameworkText ? parseFramework(frameworkText.text) : undefined;
  reports.push({
    file: frameworkFile,
    kind: 'framework',
    ok: framework?.ok ?? false,
    errors: framework
      ? framework.errors
      : ['error' in frameworkText ? frameworkText.error : issue('error', 'load', '', '')],
    warnings: framework?.warnings ?? [],
  });

  if (profileFile !== undefined) {
    const profileText = await readText(io, profileFile);
    // Without a valid framework the profile's shape is still checked, but not its references.
    const profile = 'text' in profileText ? parseProfile(profileText.text, framework?.value) : undefined;
    reports.push({
      file: profileFile,
      kind: 'profile',
      ok: profile?.ok ?? false,
      errors: profile
        ? profile.errors
        : ['error' in profileText ? profileText.error : issue('error', 'load', '', '')],
      warnings: profile?.warnings ?? [],
    });
  }

  const ok = reports.every((r) => r.ok);
  if (flags.includes('--json')) io.out(JSON.stringify({ ok, files: reports }, null, 2));
  else reports.forEach((r) => printReport(io, r));
  return ok ? 0 : 1;
}
