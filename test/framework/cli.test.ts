/* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- the tests break untyped JSON documents (Doc) on purpose */
/**
 * `blueprint-widgets validate` (src/framework/cli.ts via bin/blueprint-widgets.js), run for real in Node
 * through the `bp-cli` server command of test/support/cli-plugin.mjs.
 */
import { expect } from '@open-wc/testing';
import { runCli, type CliResult } from '../support/cli.js';
import { type Doc, validFramework, validProfile } from './fixtures.js';

const json = (doc: unknown) => JSON.stringify(doc, null, 2);

function broken(change: (doc: Doc) => void): Doc {
  const doc = validFramework();
  change(doc);
  return doc;
}

/** Runs `validate fw.json [p.json] [...flags]` with the given documents. */
function validate(
  framework: unknown,
  options: { profile?: unknown; flags?: string[] } = {},
): Promise<CliResult> {
  const files: Record<string, string> = {
    'fw.json': typeof framework === 'string' ? framework : json(framework),
  };
  const args = ['validate', 'fw.json'];
  if (options.profile !== undefined) {
    files['p.json'] = typeof options.profile === 'string' ? options.profile : json(options.profile);
    args.push('p.json');
  }
  return runCli([...args, ...(options.flags ?? [])], files);
}

const lines = (text: string) => text.split('\n').map((l) => l.trimEnd());
const dump = (r: CliResult) => `code ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

/** The error lines of the text report. */
const errorLines = (r: CliResult) => lines(r.stdout).filter((l) => /^\s+error\s/.test(l));
const warningLines = (r: CliResult) => lines(r.stdout).filter((l) => /^\s+warning\s/.test(l));

describe('CLI: blueprint-widgets validate', function () {
  this.timeout(60000);

  before(async () => {
    // The first run bundles the CLI; do it once here so tests keep the default pace.
    await runCli(['--help']);
  });

  it('a good document: code 0, prints "valid"', async () => {
    const r = await validate(validFramework());
    expect(r.code, dump(r)).to.equal(0);
    expect(r.stdout).to.include('fw.json (framework)');
    expect(r.stdout).to.match(/✓ valid: 0 errors, 0 warnings/);
    expect(r.stdout).to.not.include('invalid');
    expect(errorLines(r)).to.deep.equal([]);
    expect(r.stderr).to.equal('');
  });

  it('a file saved with a UTF-8 byte-order mark is read', async () => {
    const r = await runCli(['validate', 'fw.json'], {
      'fw.json': '\uFEFF' + JSON.stringify(validFramework()),
    });
    expect(r.code, dump(r)).to.equal(0);
  });

  describe('broken documents: code 1, each problem printed with its path', () => {
    it('malformed JSON', async () => {
      const r = await validate('{\n  "schema": "blueprint-framework/1",\n  "id": oops\n}');
      expect(r.code, dump(r)).to.equal(1);
      expect(errorLines(r)).to.have.length(1);
      expect(errorLines(r)[0]).to.match(/^\s+error\s+\(document\): not valid JSON: .*\(line 3, column 9\)$/);
      expect(r.stdout).to.include('✗ invalid: 1 error, 0 warnings');
      // The message does not echo the document.
      expect(r.stdout).to.not.include('oops');
    });

    it('empty file', async () => {
      const r = await validate('');
      expect(r.code, dump(r)).to.equal(1);
      expect(r.stdout).to.include('(document): not valid JSON: the text is empty');
    });

    it('wrong schema', async () => {
      const r = await validate(broken((d) => (d.schema = 'blueprint-framework/9')));
      expect(r.code, dump(r)).to.equal(1);
      expect(errorLines(r)).to.deep.equal([
        '  error    /schema: unknown schema "blueprint-framework/9". This library reads "blueprint-framework/1".',
      ]);
    });

    it('missing field', async () => {
      const r = await validate(broken((d) => delete d.groups[0].capacities[1].label));
      expect(r.code, dump(r)).to.equal(1);
      expect(errorLines(r)).to.deep.equal([
        '  error    /groups/0/capacities/1/label: required field "label" is missing',
      ]);
    });

    it('unresolved reference', async () => {
      const r = await validate(
        broken((d) => {
          const descriptors = d.groups[1].capacities[0].descriptors;
          descriptors.practising = descriptors.developing;
          delete descriptors.developing;
        }),
      );
      expect(r.code, dump(r)).to.equal(1);
      expect(errorLines(r)).to.deep.equal([
        '  error    /groups/1/capacities/0/descriptors/practising: no level with id "practising" (levels are emerging, developing, leading)',
      ]);
      // The coverage warning it causes is printed too.
      expect(warningLines(r)).to.deep.equal([
        '  warning  /groups/1/capacities/0/descriptors: capacity "routines" has no descriptor for level "developing"',
      ]);
      expect(r.stdout).to.include('✗ invalid: 1 error, 1 warning');
    });

    it('duplicate id', async () => {
      const r = await validate(broken((d) => (d.resources[2].id = 'equity-guide')));
      expect(r.code, dump(r)).to.equal(1);
      expect(errorLines(r)).to.deep.equal([
        '  error    /resources/2/id: duplicate resource id "equity-guide" (first used at /resources/0/id)',
      ]);
    });

    it('bad ranks', async () => {
      const r = await validate(broken((d) => (d.levels[0].rank = 2)));
      expect(r.code, dump(r)).to.equal(1);
      expect(errorLines(r)).to.deep.equal([
        '  error    /levels/2/rank: rank 2 is used twice (also at /levels/0/rank); ranks are 0 to 2, each used once',
      ]);
    });

    it('unsafe url', async () => {
      const r = await validate(broken((d) => (d.providers[0].url = 'javascript:alert(1)')));
      expect(r.code, dump(r)).to.equal(1);
      expect(errorLines(r)).to.deep.equal([
        '  error    /providers/0/url: expected an http:, https: or relative URL, received "javascript:alert(1)"',
      ]);
    });

    it('several problems: all of them', async () => {
      const r = await validate(
        broken((d) => ((d.actions[0].levelId = 'nope'), (d.resources[0].type = 'podcast'))),
      );
      expect(r.code, dump(r)).to.equal(1);
      expect(errorLines(r).map((l) => l.trim().split(/\s+/)[1])).to.deep.equal([
        '/actions/0/levelId:',
        '/resources/0/type:',
      ]);
      expect(r.stdout).to.include('✗ invalid: 2 errors');
    });
  });

  it('warnings only: code 0, warnings printed', async () => {
    const r = await validate(
      broken((d) => (delete d.resources[1].groupIds, delete d.groups[0].capacities[0].descriptors.leading)),
    );
    expect(r.code, dump(r)).to.equal(0);
    expect(warningLines(r)).to.deep.equal([
      '  warning  /groups/0/capacities/0/descriptors: capacity "dei" has no descriptor for level "leading"',
      '  warning  /resources/1: resource "data-video" is tagged to no capacity or group, so it is never matched to a profile',
    ]);
    expect(r.stdout).to.include('✓ valid: 0 errors, 2 warnings');
  });

  describe('--json', () => {
    it('errors and warnings with paths', async () => {
      const r = await validate(
        broken((d) => ((d.providers[0].capacityIds = ['dei', 'nope']), delete d.resources[1].groupIds)),
        { flags: ['--json'] },
      );
      expect(r.code, dump(r)).to.equal(1);
      const report = JSON.parse(r.stdout);
      expect(report.ok).to.equal(false);
      expect(report.files).to.have.length(1);
      const [file] = report.files;
      expect(file).to.include({ file: 'fw.json', kind: 'framework', ok: false });
      expect(file.errors).to.deep.equal([
        {
          path: '/providers/0/capacityIds/1',
          message: 'no capacity with id "nope" (capacities are dei, agency, routines)',
          severity: 'error',
          code: 'unresolved-reference',
        },
      ]);
      expect(file.warnings.map((w: Doc) => [w.path, w.severity, w.code])).to.deep.equal([
        ['/resources/1', 'warning', 'untagged-resource'],
      ]);
    });

    it('a good document with a profile', async () => {
      const r = await validate(validFramework(), { profile: validProfile(), flags: ['--json'] });
      expect(r.code, dump(r)).to.equal(0);
      const report = JSON.parse(r.stdout);
      expect(report.ok).to.equal(true);
      expect(
        report.files.map((f: Doc) => [f.file, f.kind, f.ok, f.errors.length, f.warnings.length]),
      ).to.deep.equal([
        ['fw.json', 'framework', true, 0, 0],
        ['p.json', 'profile', true, 0, 0],
      ]);
    });

    it('--json may come first', async () => {
      const r = await runCli(['--json', 'validate', 'fw.json'], { 'fw.json': '[' });
      expect(r.code, dump(r)).to.equal(1);
      const report = JSON.parse(r.stdout);
      expect(report.files[0].errors[0].code).to.equal('json');
    });
  });

  describe('with a profile', () => {
    it('a valid profile: code 0', async () => {
      const r = await validate(validFramework(), { profile: validProfile() });
      expect(r.code, dump(r)).to.equal(0);
      expect(r.stdout).to.include('p.json (profile)');
      expect(r.stdout.match(/✓ valid: 0 errors, 0 warnings/g)).to.have.length(2);
    });

    it('a profile for another framework: code 1', async () => {
      const profile = validProfile();
      profile.frameworkId = 'other-fw';
      const r = await validate(validFramework(), { profile });
      expect(r.code, dump(r)).to.equal(1);
      expect(errorLines(r)).to.deep.equal([
        '  error    /frameworkId: this profile answers framework "other-fw", but the loaded framework is "test-fw"',
      ]);
    });

    it('an unknown capacity: a warning, code 0', async () => {
      const profile = validProfile();
      profile.ratings.ghost = { status: 'unsure' };
      const r = await validate(validFramework(), { profile });
      expect(r.code, dump(r)).to.equal(0);
      expect(warningLines(r)).to.deep.equal([
        '  warning  /ratings/ghost: no capacity with id "ghost" in framework "test-fw"; the rating is kept',
      ]);
    });

    it('a broken profile: code 1 even when the framework is fine', async () => {
      const profile = validProfile();
      delete profile.ratings.dei.levelId;
      const r = await validate(validFramework(), { profile });
      expect(r.code, dump(r)).to.equal(1);
      expect(errorLines(r)).to.deep.equal([
        '  error    /ratings/dei/levelId: a rating with status "rated" needs a levelId',
      ]);
    });

    it('a broken framework: the profile shape is still checked', async () => {
      const profile = validProfile();
      profile.ratings.agency.status = 'maybe';
      const r = await validate(
        broken((d) => delete d.version),
        { profile },
      );
      expect(r.code, dump(r)).to.equal(1);
      expect(errorLines(r)).to.deep.equal([
        '  error    /version: required field "version" is missing',
        '  error    /ratings/agency/status: expected a status: "rated", "unsure" or "skipped", received "maybe"',
      ]);
    });
  });

  describe('files and usage', () => {
    it('a missing framework file: code 1 with a clear message', async () => {
      const r = await runCli(['validate', 'nope.json']);
      expect(r.code, dump(r)).to.equal(1);
      expect(r.stdout).to.include('nope.json (framework)');
      expect(r.stdout).to.include('cannot read nope.json: no such file');
    });

    it('a missing profile file: code 1', async () => {
      const r = await runCli(['validate', 'fw.json', 'gone.json'], { 'fw.json': json(validFramework()) });
      expect(r.code, dump(r)).to.equal(1);
      expect(r.stdout).to.include('cannot read gone.json: no such file');
    });

    it('a folder instead of a file: code 1', async () => {
      const r = await runCli(['validate', 'dir'], { 'dir/inner.json': '{}' });
      expect(r.code, dump(r)).to.equal(1);
      expect(r.stdout).to.include('cannot read dir: it is a folder');
    });

    it('no arguments: code 2 and usage on stderr', async () => {
      const r = await runCli([]);
      expect(r.code, dump(r)).to.equal(2);
      expect(r.stderr).to.include(
        'Usage: blueprint-widgets validate <framework.json> [profile.json] [--json]',
      );
      expect(r.stdout).to.equal('');
    });

    it('validate without a file: code 2', async () => {
      const r = await runCli(['validate']);
      expect(r.code, dump(r)).to.equal(2);
      expect(r.stderr).to.include('Usage:');
    });

    it('too many files: code 2', async () => {
      const r = await runCli(['validate', 'a.json', 'b.json', 'c.json']);
      expect(r.code, dump(r)).to.equal(2);
      expect(r.stderr).to.include('Usage:');
    });

    it('an unknown command: code 2, names it, usage on stderr', async () => {
      const r = await runCli(['check', 'fw.json']);
      expect(r.code, dump(r)).to.equal(2);
      expect(r.stderr).to.include('unknown command: check');
      expect(r.stderr).to.include('Usage: blueprint-widgets validate');
      expect(r.stdout).to.equal('');
    });

    it('an unknown option: code 2', async () => {
      const r = await runCli(['validate', 'fw.json', '--fast']);
      expect(r.code, dump(r)).to.equal(2);
      expect(r.stderr).to.include('unknown option: --fast');
    });

    it('--help and -h: code 0, usage on stdout', async () => {
      for (const flag of ['--help', '-h']) {
        const r = await runCli([flag]);
        expect(r.code, dump(r)).to.equal(0);
        expect(r.stdout).to.include('Usage: blueprint-widgets validate');
        expect(r.stdout).to.include('--json');
        expect(r.stderr).to.equal('');
      }
    });
  });
});
