/**
 * The command-line tool, `blueprint-widgets <command>`. Runs in Node.
 *
 * - `validate <framework.json> [profile.json] [--json]`: every error and warning with its JSON Pointer
 *   path. Exit code 1 on errors (or an unreadable file), 0 otherwise.
 *
 * Every command: exit code 2 for a usage mistake (usage on stderr), `--help` prints the usage. The other
 * commands live in their own files (cli-*.ts) and are listed in `COMMANDS`.
 */
import { aggregateCommand } from './cli-aggregate.js';
import { nodeIo, plural, readText, type Command, type CommandArgs, type Io } from './cli-io.js';
import { quietOnClosedPipe } from './cli-io.js';
import { merge } from './cli-merge.js';
import { formatIssue, issue, type Issue } from './issues.js';
import { parseFramework, parseProfile } from './parse.js';
// Frameworks from spreadsheets and translation completeness (issue 20).
import { fromSheet, template, toSheet } from './cli-sheet.js';
import { localeList, translations } from './cli-translations.js';
import { translationCompleteness } from './translations.js';

export type { Command, CommandArgs, Io } from './cli-io.js';

const VALIDATE_USAGE = `Usage: blueprint-widgets validate <framework.json> [profile.json] [--json] [--require-locale <tag>]

Checks a framework document (and optionally a team profile against it) against the
blueprint-widgets format, version 1. Prints every error and warning with its JSON Pointer.
Exit code: 1 when there are errors, 0 otherwise, 2 for a usage mistake.

Options:
  --json                  print the result as JSON
  --require-locale <tag>  every text of the framework must have this language (e.g. es); each missing
                          one is an error with its path. Repeatable, or several separated by commas
  --help                  show this help`;

export interface FileReport {
  readonly file: string;
  readonly kind: 'framework' | 'profile';
  readonly ok: boolean;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

function printReport(io: Io, r: FileReport) {
  io.out(`${r.file} (${r.kind})`);
  for (const e of r.errors) io.out(`  error    ${formatIssue(e)}`);
  for (const w of r.warnings) io.out(`  warning  ${formatIssue(w)}`);
  io.out(
    `  ${r.ok ? '✓ valid' : '✗ invalid'}: ${plural(r.errors.length, 'error')}, ${plural(r.warnings.length, 'warning')}`,
  );
}

const validate: Command = {
  usage: VALIDATE_USAGE,
  flags: ['--json'],
  values: { '--require-locale': '-r' },
  repeatable: ['--require-locale'],
  accepts: (p) => p.length >= 1 && p.length <= 2,
  run: (args, io) => runValidate(args, io),
};

/** Every command, by name (see the files cli-*.ts). */
export const COMMANDS: Readonly<Record<string, Command>> = {
  validate,
  // Issue 17: a team session's members gathered outside a page.
  merge,
  // Issue 19: a network's counts for partners' own spreadsheets.
  aggregate: aggregateCommand,
  // Issue 20: frameworks from spreadsheets, translation completeness.
  'from-sheet': fromSheet,
  'to-sheet': toSheet,
  template,
  translations,
};

const usageOfAll = () =>
  Object.values(COMMANDS)
    .map((c) => c.usage)
    .join('\n\n');

/** Splits `argv` (after the command) by the command's options; an option it does not know is an error. */
function parseArgv(command: Command, argv: readonly string[]): CommandArgs | { error: string } {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const aliases = command.values ?? {};
  const longName = (name: string) => Object.entries(aliases).find(([, short]) => short === name)?.[0] ?? name;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = longName(eq > 0 ? arg.slice(0, eq) : arg);
    if (name in aliases) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return { error: `option ${name} needs a value` };
      values.set(
        name,
        command.repeatable?.includes(name) && values.has(name) ? `${values.get(name)},${value}` : value,
      );
    } else if (command.flags.includes(name) && eq < 0) flags.add(name);
    else return { error: `unknown option: ${arg}` };
  }
  return { positionals, flags, values };
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  if (io === nodeIo) quietOnClosedPipe();
  // The command is the first argument that is not an option; options may come before it (`--json validate`).
  const at = argv.findIndex((a) => !a.startsWith('-'));
  const help = (a: string) => a === '--help' || a === '-h';
  if (at < 0) {
    if (argv.some(help)) {
      io.out(usageOfAll());
      return 0;
    }
    io.err(argv.length ? `unknown option: ${argv.join(' ')}` : usageOfAll());
    if (argv.length) io.err(usageOfAll());
    return 2;
  }
  const name = argv[at];
  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`unknown command: ${name}`);
    io.err(usageOfAll());
    return 2;
  }
  if (rest.some(help)) {
    io.out(command.usage);
    return 0;
  }
  const args = parseArgv(command, rest);
  if ('error' in args || !command.accepts(args.positionals)) {
    if ('error' in args) io.err(args.error);
    io.err(command.usage);
    return 2;
  }
  return command.run(args, io);
}

async function runValidate({ positionals, flags, values }: CommandArgs, io: Io): Promise<number> {
  const [frameworkFile, profileFile] = positionals;
  const reports: FileReport[] = [];

  const frameworkText = await readText(io, frameworkFile);
  const framework = 'text' in frameworkText ? parseFramework(frameworkText.text) : undefined;
  // --require-locale: each text without one of these languages is an error (issue 20).
  const untranslated = framework?.ok ? missingTranslations(framework.value.framework, values) : [];
  reports.push({
    file: frameworkFile,
    kind: 'framework',
    ok: (framework?.ok ?? false) && untranslated.length === 0,
    errors: framework
      ? [...framework.errors, ...untranslated]
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
  if (flags.has('--json')) io.out(JSON.stringify({ ok, files: reports }, null, 2));
  else reports.forEach((r) => printReport(io, r));
  return ok ? 0 : 1;
}

/** `validate --require-locale es`: an error, with its path, for each text the framework lacks in a required language. */
function missingTranslations(doc: unknown, values: ReadonlyMap<string, string>): Issue[] {
  const required = localeList(values.get('--require-locale'));
  if (!required.length) return [];
  const counts = translationCompleteness(doc, required);
  return required.flatMap((locale) =>
    counts[locale].missing.map((path) =>
      issue(
        'error',
        'missing-translation',
        path,
        `this text has no "${locale}" version (required with --require-locale)`,
      ),
    ),
  );
}
