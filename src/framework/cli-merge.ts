/**
 * `blueprint-widgets merge <framework.json> <member files or links…> [-o team.json] [--into team.json]`:
 * a team session for a facilitator who collected the members' answers by email. The same reading and
 * merging as `<team-session>` (src/framework/team.ts), so a file or link refused there is refused here with
 * the same words, and the same answers become the same raters (same ids) in both.
 *
 * Each argument after the framework is a file, or a share link (anything that looks like a URL or a
 * `#bp-profile=` fragment; quote it in the shell). Every bad one is named with what is wrong, and the rest
 * still merge; nothing in `--into` is lost. Exit code 0 when every member was merged (or already there),
 * 1 when some were refused or could not be read (the rest are still written), 2 for a usage mistake.
 */
import { readText, type Command, type Io } from './cli-io.js';
import { formatIssue } from './issues.js';
import type { FrameworkModel } from './model.js';
import { parseFramework, parseProfile } from './parse.js';
import { emptyProfile, serializeProfile } from './profile.js';
import type { Profile } from './schema.js';
import { mergeMembers, readMemberAnswers, type MemberAnswers } from './team.js';

const USAGE = `Usage: blueprint-widgets merge <framework.json> <member files or links…> [-o team.json] [--into team.json]

Gathers members' answers (the files or share links they sent) into the team's profile: each
member becomes a rater, as in a team session on the page. A link must be quoted in the shell.
Prints what was merged and every file or link that could not be, and why.
Exit code: 0 when every member was merged, 1 when some could not be (the rest are still
written), 2 for a usage mistake.

Options:
  -o, --out <file>   write the team's profile here (default: print it)
  --into <file>      add the members to this team profile (it is kept whole; default: a new one)
  --json             print the outcome as JSON (with -o; without it the profile is printed)
  --help             show this help`;

/** A link as an argument: a URL or a bare share fragment. */
const isLink = (arg: string) => /^(?:[a-z][a-z0-9+.-]*:\/\/|#|bp-profile=)/i.test(arg);

/** A short name for a link in messages: its start and its length, never the whole answers. */
function linkName(link: string, index: number): string {
  const base = link.split('#')[0];
  return `link ${index + 1}${base ? ` (${base.length > 60 ? base.slice(0, 57) + '…' : base})` : ''}`;
}

async function loadFramework(io: Io, file: string): Promise<FrameworkModel | undefined> {
  const text = await readText(io, file);
  if ('error' in text) {
    io.err(`error    ${formatIssue(text.error)}`);
    return undefined;
  }
  const parsed = parseFramework(text.text);
  if (!parsed.ok) {
    io.err(`${file}: the framework is not valid, so no answers can be merged against it:`);
    for (const e of parsed.errors.slice(0, 10)) io.err(`  error    ${formatIssue(e)}`);
    if (parsed.errors.length > 10) io.err(`  …and ${parsed.errors.length - 10} more`);
    io.err(`Run "blueprint-widgets validate ${file}" to see every problem.`);
    return undefined;
  }
  return parsed.value;
}

export const merge: Command = {
  usage: USAGE,
  flags: ['--json'],
  values: { '--out': '-o', '--into': '' },
  accepts: (p) => p.length >= 2,
  async run({ positionals, values, flags }, io) {
    const [frameworkFile, ...sources] = positionals;
    const model = await loadFramework(io, frameworkFile);
    if (!model) return 1;

    let team: Profile = emptyProfile(model);
    const into = values.get('--into');
    if (into !== undefined) {
      const text = await readText(io, into);
      if ('error' in text) {
        io.err(`error    ${formatIssue(text.error)}`);
        return 1;
      }
      const parsed = parseProfile(text.text, model);
      if (!parsed.ok) {
        // The team's own file must not be replaced by a new one: stop before writing anything.
        io.err(`${into}: the team's profile cannot be used, so nothing was merged:`);
        for (const e of parsed.errors) io.err(`  error    ${formatIssue(e)}`);
        return 1;
      }
      team = parsed.value;
    }

    const members: MemberAnswers[] = [];
    const refused: { source: string; message: string }[] = [];
    let links = 0;
    for (const source of sources) {
      let input: { name: string; text: string };
      if (isLink(source)) input = { name: linkName(source, links++), text: source };
      else {
        const text = await readText(io, source);
        if ('error' in text) {
          refused.push({
            source,
            message: `${source}: ${text.error.message.replace(/^cannot read \S+: /, 'cannot be read: ')}`,
          });
          continue;
        }
        input = { name: source, text: text.text };
      }
      const read = readMemberAnswers(model, input);
      if (read.ok) members.push(read.member);
      else refused.push({ source: read.source, message: read.message });
    }

    const result = mergeMembers(model, team, members);
    const out = values.get('--out');
    const text = serializeProfile(result.profile);
    if (out !== undefined) await io.write(out, text + '\n');

    const report = (line: string) => (out === undefined ? io.err(line) : io.out(line));
    if (flags.has('--json') && out !== undefined)
      io.out(
        JSON.stringify(
          {
            ok: refused.length === 0,
            added: result.added.map((r) => ({ id: r.id, name: r.name, role: r.role })),
            duplicates: result.duplicates,
            refused,
            warnings: result.issues,
            raters: result.profile.raters?.length ?? 0,
          },
          null,
          2,
        ),
      );
    else {
      for (const r of result.added) {
        const who = r.name ?? 'a member without a name';
        const role = r.role
          ? `, ${model.text(model.framework.roles?.find((x) => x.id === r.role)?.label ?? r.role, undefined)}`
          : '';
        report(`merged   ${who}${role} (${r.id})`);
      }
      for (const d of result.duplicates)
        report(`skipped  ${d.source}: already gathered (rater ${d.raterId})`);
      for (const w of result.issues) report(`warning  ${w.message}`);
      for (const r of refused) report(`refused  ${r.message}`);
      report(
        `${result.added.length} merged, ${result.duplicates.length} already there, ${refused.length} refused; the team's profile has ${result.profile.raters?.length ?? 0} raters${out !== undefined ? `: written to ${out}` : ''}`,
      );
    }
    if (out === undefined) io.out(text);
    return refused.length ? 1 : 0;
  },
};
