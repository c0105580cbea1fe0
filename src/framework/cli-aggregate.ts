/**
 * `blueprint-widgets aggregate <framework.json> <cohort.json | profile files… | profiles.jsonl | folder>`:
 * how many teams stand at each level of each capacity and group, for partners with hundreds of teams and
 * their own spreadsheets. The same reading (src/framework/cohort.ts) and counting (aggregate.ts) as
 * `<blueprint-network>`, so its CSV equals the element's export of the same teams, and the same small
 * counts are hidden (`--min-teams`, default 5; `null` in the JSON, `hidden` in the CSV).
 *
 * Memory stays bounded however many teams there are: the counts are folded one team at a time, a folder
 * is read file by file and a JSON Lines file (`.jsonl`/`.ndjson`, one profile per line) line by line. Only
 * a cohort document is read whole (it is one JSON value). Problems go to stderr, summarized when there are
 * many; the aggregate goes to stdout (or `-o`).
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createAggregator, aggregateToCsv, DEFAULT_MIN_TEAMS, type Aggregator } from './aggregate.js';
import { plural, readText, type Command, type Io } from './cli-io.js';
import { cohortFromProfiles, readCohort, type CohortIssue } from './cohort.js';
import { formatIssue } from './issues.js';
import type { FrameworkModel } from './model.js';
import { parseFramework } from './parse.js';

const USAGE = `Usage: blueprint-widgets aggregate <framework.json> <cohort.json | profile files… | profiles.jsonl | folder> [--json] [--min-teams N] [-o file]

Counts how many teams are at each level of each capacity, and at each summary level of each
group, across a network of teams: the same counts as the network view on a page. Reads a
cohort document, team profile files, a folder of them, or a JSON Lines file with one profile
per line (read line by line, for hundreds of thousands of teams). Any count describing fewer
than --min-teams teams is hidden ("hidden" in the CSV, null in the JSON), so no small group of
teams can be picked out. Teams that cannot be used are left out and named on stderr.
Exit code: 0 when every team was counted, 1 when some were left out (the rest are still
counted), 2 for a usage mistake.

Options:
  --json             print { "teams", "capacities", "groups" } as JSON instead of CSV
  --min-teams <n>    hide counts of fewer than n teams (default ${DEFAULT_MIN_TEAMS}; 0 hides nothing)
  -o, --out <file>   write the result here (default: print it)
  --help             show this help`;

/** How many problems are printed one by one before the rest are only counted. */
const LISTED = 20;

class Problems {
  readonly #listed: string[] = [];
  #errors = 0;
  #warnings = 0;

  add(issues: readonly CohortIssue[], where: string | undefined) {
    for (const i of issues) {
      // Per file, "only one team" is true of every profile file: the whole count is said once at the end.
      if (i.code === 'few-teams') continue;
      if (i.severity === 'error') this.#errors++;
      else this.#warnings++;
      if (this.#listed.length < LISTED) {
        const file = i.file ?? where;
        this.#listed.push(
          `${i.severity === 'error' ? 'error  ' : 'warning'}  ${file ? `${file}: ` : ''}${formatIssue(i)}`,
        );
      }
    }
  }

  get errors() {
    return this.#errors;
  }

  print(io: Io) {
    for (const line of this.#listed) io.err(line);
    const more = this.#errors + this.#warnings - this.#listed.length;
    if (more > 0)
      io.err(
        `…and ${plural(more, 'more problem')} (${plural(this.#errors, 'error')} and ${plural(this.#warnings, 'warning')} in all)`,
      );
  }
}

/** Folds every team of one JSON text (a cohort, a list of profiles or one profile) into `counts`. */
function addDocument(
  model: FrameworkModel,
  counts: Aggregator,
  problems: Problems,
  name: string,
  text: string,
) {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  // A cohort or a list: read as a cohort (its issues carry paths inside the file); one profile: as a file.
  const result =
    trimmed.startsWith('[') || /"schema"\s*:\s*"blueprint-cohort\//.test(trimmed.slice(0, 2000))
      ? readCohort(trimmed, model)
      : cohortFromProfiles([{ name, text: trimmed }], model);
  problems.add(result.errors, name);
  problems.add(result.warnings, name);
  for (const team of result.teams) counts.add(team.profile);
}

async function addJsonLines(model: FrameworkModel, counts: Aggregator, problems: Problems, file: string) {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const result = cohortFromProfiles([{ name: `${file}, line ${n}`, text: line }], model);
    problems.add(result.errors, undefined);
    problems.add(result.warnings, undefined);
    for (const team of result.teams) counts.add(team.profile);
  }
}

const isJsonLines = (file: string) => /\.(jsonl|ndjson)$/i.test(file);

async function addSource(
  model: FrameworkModel,
  counts: Aggregator,
  problems: Problems,
  io: Io,
  source: string,
): Promise<void> {
  let isFolder = false;
  try {
    isFolder = (await stat(source)).isDirectory();
  } catch {
    // Not there: readText below says so in the same words as the other commands.
  }
  if (isFolder) {
    const names = (await readdir(source)).filter((f) => /\.(json|jsonl|ndjson)$/i.test(f)).sort();
    for (const f of names) await addSource(model, counts, problems, io, join(source, f));
    return;
  }
  if (isJsonLines(source)) {
    try {
      await addJsonLines(model, counts, problems, source);
    } catch (e) {
      problems.add(
        [
          {
            severity: 'error',
            code: 'load',
            path: '',
            message: `cannot read ${source}: ${(e as Error).message}`,
          },
        ],
        undefined,
      );
    }
    return;
  }
  const text = await readText(io, source);
  if ('error' in text) problems.add([text.error], undefined);
  else addDocument(model, counts, problems, source, text.text);
}

export const aggregateCommand: Command = {
  usage: USAGE,
  flags: ['--json'],
  values: { '--out': '-o', '--min-teams': '' },
  accepts: (p) => p.length >= 2,
  async run({ positionals, values, flags }, io) {
    const minText = values.get('--min-teams');
    const minTeams = minText === undefined ? DEFAULT_MIN_TEAMS : Number(minText);
    if (!Number.isInteger(minTeams) || minTeams < 0) {
      io.err(`--min-teams needs a whole number of teams (0 or more), not "${minText}"`);
      io.err(USAGE);
      return 2;
    }
    const [frameworkFile, ...sources] = positionals;
    const frameworkText = await readText(io, frameworkFile);
    if ('error' in frameworkText) {
      io.err(`error    ${formatIssue(frameworkText.error)}`);
      return 1;
    }
    const framework = parseFramework(frameworkText.text);
    if (!framework.ok) {
      io.err(`${frameworkFile}: the framework is not valid, so no teams can be counted against it.`);
      io.err(`Run "blueprint-widgets validate ${frameworkFile}" to see every problem.`);
      return 1;
    }
    const model = framework.value;
    const counts = createAggregator(model, { minTeams });
    const problems = new Problems();
    for (const source of sources) await addSource(model, counts, problems, io, source);

    problems.print(io);
    if (counts.teams === 0) io.err('No team could be counted: there is nothing to aggregate.');
    else if (counts.teams < minTeams)
      io.err(
        `Only ${plural(counts.teams, 'team')} counted, fewer than --min-teams ${minTeams}: every count is hidden.`,
      );
    const result = counts.result();
    const text = flags.has('--json') ? JSON.stringify(result, null, 2) : aggregateToCsv(model, result);
    const out = values.get('--out');
    if (out !== undefined) {
      // The CSV exactly as the network view exports it (byte for byte); the JSON with a final line break.
      await io.write(out, text.endsWith('\n') ? text : text + '\n');
      io.err(`${plural(counts.teams, 'team')} counted: written to ${out}`);
    } else io.out(text.replace(/\r?\n$/, ''));
    return problems.errors ? 1 : 0;
  },
};
