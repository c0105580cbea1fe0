/**
 * Reading a cohort: many teams' profiles for a partner's view across its network (format 1.1, "Cohort
 * document"). A cohort document, a plain JSON array of profiles, or profile files dropped on a page become
 * one list of teams. Every team's profile is validated with the same parser a single widget uses
 * (`parseProfile`, against the framework); a team that cannot be used is left out with a located issue,
 * and the rest load. Nothing here throws on bad input, and an empty cohort or a cohort of one is a
 * cohort (with a note), not an error.
 */
import { COHORT_SCHEMA_ID, ID_PATTERN, PROFILE_SCHEMA_ID } from './constants.js';
import { issue, type Issue } from './issues.js';
import { toPointer, type PathSegment } from './json-pointer.js';
import type { FrameworkModel } from './model.js';
import { nextTask } from './next-task.js';
import { loadedParser, type Parser } from './parser-slot.js';
import type { Profile } from './schema.js';

/** One team of a cohort, validated: its profile answers the framework it was read with. */
export interface CohortEntry {
  /** Unique in the cohort (`team-1`, `team-2`… for a plain array of profiles). */
  readonly id: string;
  /** The team's name, when the cohort or the profile gives one. Shown only when a partner turns names on. */
  readonly name?: string;
  /** The partner's own labels (region, school level, cohort year), to filter and compare by. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly profile: Profile;
}

/** An issue of a cohort, which may come from one of several files (`cohortFromProfiles`). */
export interface CohortIssue extends Issue {
  /** The file the issue is in, when the cohort was made from files. */
  readonly file?: string;
}

export interface CohortResult {
  /** The teams that loaded, in the cohort's order. */
  readonly teams: readonly CohortEntry[];
  readonly frameworkId: string;
  readonly title?: string;
  /** Problems that left a team (or the whole document) out. */
  readonly errors: readonly CohortIssue[];
  /** Notes: a team kept with something ignored (unknown capacities), an empty cohort, a cohort of one. */
  readonly warnings: readonly CohortIssue[];
}

type Meta = { frameworkId?: string; title?: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const at = (base: readonly PathSegment[], path: string) => toPointer(base) + path;

/** Only for a model built without `parseFramework` before parse.ts ran: every input is refused, in words. */
const NO_PARSER_ISSUE = issue(
  'error',
  'load',
  '',
  'the validator is not loaded: read the framework with parseFramework before the cohort',
);
const NO_PARSER: Pick<Parser, 'parseProfile' | 'parseJson' | 'summarize'> = {
  parseProfile: () => ({ ok: false, errors: [NO_PARSER_ISSUE], warnings: [] }),
  parseJson: () => ({ ok: false, error: NO_PARSER_ISSUE }),
  summarize: (warnings) => [...warnings],
};

/** Collects teams and issues while reading; also used across files. */
class CohortReader {
  readonly teams: CohortEntry[] = [];
  readonly errors: CohortIssue[] = [];
  readonly warnings: CohortIssue[] = [];
  readonly #ids = new Set<string>();
  file?: string;

  /**
   * parse.ts, which has run: a FrameworkModel comes from `parseFramework`. Taken from the slot, not imported,
   * so that <blueprint-network> does not carry the validator (it is a chunk of its own, loaded with the
   * framework); the CLI and other callers import parse.ts, or `blueprint-widgets/framework`, anyway.
   */
  readonly parser: Pick<Parser, 'parseProfile' | 'parseJson' | 'summarize'>;

  constructor(readonly model: FrameworkModel) {
    this.parser = loadedParser() ?? NO_PARSER;
  }

  error(code: Issue['code'], path: string, message: string) {
    this.errors.push({ ...issue('error', code, path, message), ...(this.file ? { file: this.file } : {}) });
  }

  warn(code: Issue['code'], path: string, message: string) {
    this.warnings.push({
      ...issue('warning', code, path, message),
      ...(this.file ? { file: this.file } : {}),
    });
  }

  /** A free id like `base`, `base-2`, `base-3`… (for teams whose id is made up, never for given ones). */
  freeId(base: string): string {
    if (!this.#ids.has(base)) return base;
    let n = 2;
    while (this.#ids.has(`${base}-${n}`)) n++;
    return `${base}-${n}`;
  }

  /** Validates one team's profile and adds the team, or reports why it is left out. */
  add(
    raw: unknown,
    base: readonly PathSegment[],
    team: { id: string; name?: string; attributes?: Record<string, string> },
  ) {
    const parsed = this.parser.parseProfile(raw, this.model);
    const profileAt = (path: string) => at(base, path);
    for (const w of parsed.warnings) {
      // Unknown capacities and levels are kept in the profile but have no place in the counts.
      const message =
        w.code === 'unknown-id' ? `${w.message}; it is not counted in the network view` : w.message;
      this.warn(w.code, profileAt(w.path), message);
    }
    if (!parsed.ok) {
      for (const e of parsed.errors)
        this.error(e.code, profileAt(e.path), `${e.message}. This team is left out`);
      return;
    }
    if (this.#ids.has(team.id)) {
      this.error(
        'duplicate-id',
        at(base.slice(0, -1), '/id'),
        `another team already has the id "${team.id}"; this one is left out`,
      );
      return;
    }
    this.#ids.add(team.id);
    const name = team.name ?? parsed.value.team;
    this.teams.push({
      id: team.id,
      ...(name !== undefined ? { name } : {}),
      attributes: Object.freeze({ ...(team.attributes ?? {}) }),
      profile: parsed.value,
    });
  }

  /** Reads the teams of a cohort document or a plain array of profiles at `base`. */
  readTeams(value: unknown, base: readonly PathSegment[]): Meta | undefined {
    const steps = this.teamSteps(value, base);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  }

  /** `readTeams`, pausing (`yield`) after each team, so a caller can give the page a task back. */
  *teamSteps(value: unknown, base: readonly PathSegment[]): Generator<void, Meta | undefined> {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        this.add(value[i], [...base, i], { id: this.freeId(`team-${this.teams.length + 1}`) });
        yield;
      }
      return {};
    }
    if (!isObject(value)) {
      this.error(
        'shape',
        toPointer(base),
        `expected a cohort document or a list of profiles, received ${value === null ? 'null' : typeof value}`,
      );
      return undefined;
    }
    if (value.schema !== COHORT_SCHEMA_ID) {
      const hint =
        value.schema === PROFILE_SCHEMA_ID
          ? ' This is one team profile, not a cohort: give a list of profiles or a cohort document.'
          : ` This library reads "${COHORT_SCHEMA_ID}".`;
      this.error(
        'schema-version',
        at(base, '/schema'),
        `unknown schema ${JSON.stringify(value.schema)}.${hint}`,
      );
      return undefined;
    }
    const frameworkId = typeof value.frameworkId === 'string' ? value.frameworkId : undefined;
    if (frameworkId === undefined)
      this.error('shape', at(base, '/frameworkId'), 'expected the id of the framework the teams answer');
    else if (frameworkId !== this.model.id)
      this.error(
        'framework-mismatch',
        at(base, '/frameworkId'),
        `this cohort answers framework "${frameworkId}", but the loaded framework is "${this.model.id}"; teams answering "${this.model.id}" are still read`,
      );
    const title = typeof value.title === 'string' ? value.title : undefined;
    if (!Array.isArray(value.teams)) {
      this.error('shape', at(base, '/teams'), 'expected a list of teams');
      return { frameworkId, title };
    }
    for (let i = 0; i < value.teams.length; i++) {
      this.readTeam(value.teams[i], [...base, 'teams', i]);
      yield;
    }
    return { frameworkId, title };
  }

  readTeam(t: unknown, base: readonly PathSegment[]) {
    if (!isObject(t)) {
      this.error(
        'shape',
        toPointer(base),
        'expected a team: { id, name?, attributes?, profile }; it is left out',
      );
      return;
    }
    if (typeof t.id !== 'string' || !ID_PATTERN.test(t.id) || t.id.length > 64) {
      this.error(
        'shape',
        at(base, '/id'),
        `expected a team id of lowercase letters, digits, "-" and "_"${typeof t.id === 'string' ? `, received "${t.id.slice(0, 60)}"` : ''}; this team is left out`,
      );
      return;
    }
    let name: string | undefined;
    if (typeof t.name === 'string') name = t.name;
    else if (t.name !== undefined)
      this.warn('shape', at(base, '/name'), 'expected a name (a string); it is not used');
    const attributes: Record<string, string> = {};
    if (isObject(t.attributes)) {
      for (const [key, value] of Object.entries(t.attributes))
        if (typeof value === 'string') attributes[key] = value;
        else
          this.warn(
            'shape',
            at([...base, 'attributes', key], ''),
            'expected an attribute value (a string); it is not used',
          );
    } else if (t.attributes !== undefined)
      this.warn('shape', at(base, '/attributes'), 'expected an object of strings; it is not used');
    if (t.profile === undefined) {
      this.error('shape', at(base, '/profile'), 'this team has no profile; it is left out');
      return;
    }
    this.add(t.profile, [...base, 'profile'], { id: t.id, name, attributes });
  }

  result(meta: Meta): CohortResult {
    this.file = undefined;
    if (this.teams.length === 0)
      this.warn(
        'few-teams',
        '',
        'no team could be shown: the cohort has no team whose profile could be used',
      );
    else if (this.teams.length === 1)
      this.warn('few-teams', '', 'the cohort has only one team: there is nothing to compare it with yet');
    return {
      teams: Object.freeze([...this.teams]),
      frameworkId: this.model.id,
      ...(meta.title !== undefined ? { title: meta.title } : {}),
      errors: this.errors,
      // Thousands of teams with the same unknown capacity: one warning with the count and the first paths.
      warnings: this.parser.summarize(this.warnings),
    };
  }
}

/**
 * Reads a cohort (a `blueprint-cohort/1` document, a plain array of profiles, or either as JSON text)
 * against `model`. Teams whose profile is refused (another framework, a bad shape), teams without a usable
 * id and repeated team ids are left out with an error at their path (`/teams/3/profile/frameworkId`);
 * ratings of capacities the framework does not have are kept out of the counts with a warning.
 */
export function readCohort(input: unknown, model: FrameworkModel): CohortResult {
  const reader = new CohortReader(model);
  try {
    let value = input;
    if (typeof input === 'string') {
      const json = reader.parser.parseJson(input);
      if (!json.ok) {
        reader.errors.push(json.error);
        return reader.result({});
      }
      value = json.value;
    }
    return reader.result(reader.readTeams(value, []) ?? {});
  } catch (e) {
    // A hostile getter or a cyclic object: a located error, never an exception in the page.
    reader.error(
      'shape',
      '',
      `the cohort could not be read as JSON data (${e instanceof Error ? e.message : String(e)})`,
    );
    return reader.result({});
  }
}

/**
 * `readCohort` in slices: it gives the page a task back (`nextTask`) whenever `sliceMs` (default 30 ms)
 * have passed, so a cohort of 1,000 teams is validated without a long task. Same result as `readCohort`.
 */
export async function readCohortInSlices(
  input: unknown,
  model: FrameworkModel,
  options: { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<CohortResult> {
  const reader = new CohortReader(model);
  const sliceMs = options.sliceMs ?? 30;
  try {
    let value = input;
    if (typeof input === 'string') {
      const json = reader.parser.parseJson(input);
      if (!json.ok) {
        reader.errors.push(json.error);
        return reader.result({});
      }
      value = json.value;
      await nextTask();
    }
    const steps = reader.teamSteps(value, []);
    let start = Date.now();
    let step = steps.next();
    while (!step.done) {
      if (Date.now() - start > sliceMs) {
        await nextTask();
        if (options.signal?.aborted) throw options.signal.reason;
        start = Date.now();
      }
      step = steps.next();
    }
    return reader.result(step.value ?? {});
  } catch (e) {
    if (options.signal?.aborted) throw e;
    reader.error(
      'shape',
      '',
      `the cohort could not be read as JSON data (${e instanceof Error ? e.message : String(e)})`,
    );
    return reader.result({});
  }
}

/** A team id from a file name: `North High.json` → `north-high`. */
function idFromFileName(name: string, index: number): string {
  const slug = name
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 56);
  return slug || `team-${index + 1}`;
}

/**
 * A cohort from profile files (dropped on `<blueprint-network>` or picked): each file is one team, named
 * by its profile's `team` or else by the file name. A file holding a cohort document or a list of profiles
 * adds all of its teams. Issues name the file (`file`) and their path inside it.
 */
export function cohortFromProfiles(
  files: readonly { readonly name: string; readonly text: string }[],
  model: FrameworkModel,
  title?: string,
): CohortResult {
  const reader = new CohortReader(model);
  files.forEach((f, index) => {
    reader.file = f.name;
    try {
      const json = reader.parser.parseJson(f.text);
      if (!json.ok) {
        reader.error('json', json.error.path, `${f.name}: ${json.error.message}. This file is left out`);
        return;
      }
      const value = json.value;
      if (Array.isArray(value) || (isObject(value) && value.schema === COHORT_SCHEMA_ID)) {
        reader.readTeams(value, []);
        return;
      }
      if (!isObject(value) || value.schema !== PROFILE_SCHEMA_ID) {
        reader.error(
          'schema-version',
          isObject(value) ? '/schema' : '',
          `${f.name} is not a team profile (expected "schema": "${PROFILE_SCHEMA_ID}"); this file is left out`,
        );
        return;
      }
      const name = typeof value.team === 'string' ? value.team : f.name.replace(/\.[^.]*$/, '');
      reader.add(value, [], { id: reader.freeId(idFromFileName(f.name, index)), name });
    } catch (e) {
      reader.error(
        'shape',
        '',
        `${f.name} could not be read (${e instanceof Error ? e.message : String(e)})`,
      );
    }
  });
  return reader.result({ title });
}

/**
 * The cohort as a `blueprint-cohort/1` document (JSON text), exactly re-readable with `readCohort`:
 * what a partner exports after dropping profile files on the network view.
 */
export function serializeCohort(cohort: Pick<CohortResult, 'teams' | 'frameworkId' | 'title'>): string {
  return JSON.stringify(
    {
      schema: COHORT_SCHEMA_ID,
      frameworkId: cohort.frameworkId,
      ...(cohort.title !== undefined ? { title: cohort.title } : {}),
      teams: cohort.teams.map((t) => ({
        id: t.id,
        ...(t.name !== undefined ? { name: t.name } : {}),
        ...(Object.keys(t.attributes).length ? { attributes: t.attributes } : {}),
        profile: t.profile,
      })),
    },
    null,
    2,
  );
}
