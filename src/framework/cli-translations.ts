/**
 * `blueprint-widgets translations <framework.json> [--json] [--locale es]`: how complete each language of
 * a framework is (translations.ts counts). Node only, listed in cli.ts's `COMMANDS`.
 */
import { readFile } from 'node:fs/promises';
import type { Command, CommandArgs, Io } from './cli-io.js';
import { formatIssue } from './issues.js';
import { parseFramework } from './parse.js';
import { translationCompleteness } from './translations.js';

const USAGE = `Usage: blueprint-widgets translations <framework.json> [--json] [--locale <tag>]

Counts, per language, how many of the framework's texts (labels, summaries, descriptors, list items…)
it has, and lists every missing one by its JSON Pointer. Plain strings are in the default language
(defaultLocale, "en" when not given). The languages are every one that appears in the document, and
those given with --locale (repeatable, or separated by commas).
Exit code: 1 when the document cannot be read or has errors, 0 otherwise, 2 for a usage mistake.

Options:
  --json             print { "<locale>": { "translated": n, "total": n, "missing": [pointers] } }
  --locale <tag>     also report this language (e.g. es), even if no text has it yet
  --help             show this help`;

type Args = CommandArgs;
type Out = Pick<Io, 'out' | 'err'>;

/** `es,fr` or repeated options (joined by commas by cli.ts) as a list of tags. */
export const localeList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

async function run({ positionals, flags, values }: Args, io: Out): Promise<number> {
  const [file] = positionals;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return 1;
  }
  const parsed = parseFramework(text);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.err(`error    ${formatIssue(e)}`);
    io.err(`${file}: the document has errors (see blueprint-widgets validate); nothing counted`);
    return 1;
  }
  const counts = translationCompleteness(parsed.value.framework, localeList(values.get('--locale')));
  if (flags.has('--json')) {
    io.out(JSON.stringify(counts, null, 2));
    return 0;
  }
  const total = Object.values(counts)[0]?.total ?? 0;
  io.out(`${file}: ${total} text${total === 1 ? '' : 's'}`);
  for (const [locale, c] of Object.entries(counts)) {
    const share = c.total ? Math.floor((c.translated / c.total) * 100) : 100;
    io.out(
      `  ${locale.padEnd(6)} ${c.translated} of ${c.total} (${share} %)${c.missing.length ? `, ${c.missing.length} missing:` : ', complete'}`,
    );
    for (const path of c.missing) io.out(`    ${path}`);
  }
  return 0;
}

export const translations: Command = {
  usage: USAGE,
  flags: ['--json'],
  values: { '--locale': '-l' },
  repeatable: ['--locale'],
  accepts: (p) => p.length === 1,
  run,
};
