#!/usr/bin/env node
// `npm run test:types`: the package's types as a new app sees them, after `npm run build`. Packs the package
// (npm pack), installs the tarball in a fresh app in a temporary folder (`"type": "module"`, its
// dependencies from the npm cache or the registry), and type-checks there, with the strict tsconfig of a
// new Vite + TypeScript app (`moduleResolution: bundler`, `strict`, DOM libs) and `skipLibCheck: false`:
//  - every ```ts / ```tsx block of README.md, and demo/app.ts, which the README gives as the whole page;
//    a block that cannot compile alone is marked `<!-- types-check: skip (the reason) -->` right before its
//    fence. Names a snippet leaves to the reader (`save`, `jsonText`) are declared in reader-names.d.ts.
//  - one file per documented entry point (`blueprint-widgets`, `/all.js`, `/<tag>/define.js`, `/<tag>.js`,
//    `/blueprint-widgets.js`, `/react`, `/framework`), importing that entry alone and asserting that its
//    types carry the `HTMLElementEventMap` entry of every public event and the `HTMLElementTagNameMap`
//    entries of the tags it registers (and no others, where it registers none).
// The tag and event maps are global: one file importing `blueprint-widgets` would give every other file
// in the same program its events. So each file is checked in a program of its own (sharing parsed files), or
// with the files whose programs have the very same global scope (see globalScope below).
// Fails with tsc's located errors; on failure the app is kept, so that `npx tsc -p <app>/tsconfig.<file>.json`
// can be run there (TYPES_CHECK_KEEP=1 keeps it on success too). Prints: `types: N README snippets and M entry points compile in a fresh app`.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const t0 = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

if (!existsSync(join(root, 'dist/types/index.d.ts'))) {
  console.error('test:types: dist/types/index.d.ts is missing: run `npm run build` first');
  process.exit(1);
}

// ---- the fresh app -------------------------------------------------------------------------------------
const app = mkdtempSync(join(tmpdir(), 'bp-types-app-'));
const [packed] = JSON.parse(
  execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', app], {
    cwd: root,
    encoding: 'utf8',
  }),
);
writeFileSync(
  join(app, 'package.json'),
  `${JSON.stringify({ name: 'types-check-app', private: true, version: '0.0.0', type: 'module' }, null, 2)}\n`,
);
const installStarted = Date.now();
execFileSync(
  npm,
  [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--ignore-scripts',
    '--no-package-lock',
    '--loglevel=error',
    `./${packed.filename}`,
  ],
  { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] },
);
const installTook = seconds(installStarted);
// React's types (and csstype, which they import) for the JSX snippet, and Node's (with undici-types) for
// the model: this repository's copies, linked.
for (const dep of ['@types/react', 'csstype', '@types/node', 'undici-types']) {
  const target = join(app, 'node_modules', dep);
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(join(root, 'node_modules', dep), target, 'dir');
}

// The tsconfig of a new `npm create vite` TypeScript app, but with `skipLibCheck: false`, so that the
// package's own .d.ts files are checked too, and no `vite/client` types (not installed here).
const compilerOptions = {
  target: 'ES2022',
  useDefineForClassFields: true,
  module: 'ESNext',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [],
  skipLibCheck: false,
  moduleResolution: 'bundler',
  allowImportingTsExtensions: true,
  verbatimModuleSyntax: true,
  moduleDetection: 'force',
  noEmit: true,
  strict: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  erasableSyntaxOnly: true,
  noFallthroughCasesInSwitch: true,
  noUncheckedSideEffectImports: true,
};

// ---- the README's snippets -----------------------------------------------------------------------------
const files = []; // { file, kind: 'snippet' | 'entry', label, options? }
mkdirSync(join(app, 'src'));
const write = (name, text) => {
  writeFileSync(join(app, 'src', name), text);
  return `src/${name}`;
};
write(
  'reader-names.d.ts',
  `// Names the README's snippets leave to the reader (no imports: a global script, with no maps of its own).
declare function save(profile: unknown): void;
declare const jsonText: string;
`,
);
const readme = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
let skipped = 0;
for (let i = 0; i < readme.length; i++) {
  const fence = /^```(ts|tsx|typescript)\s*$/.exec(readme[i]);
  if (!fence) continue;
  const end = readme.findIndex((l, j) => j > i && /^```\s*$/.test(l));
  if (end < 0) throw new Error(`README.md:${i + 1}: a code block without its closing fence`);
  const before = readme.slice(0, i).findLast((l) => l.trim() !== '');
  if (before && /<!--\s*types-check:\s*skip\b/.test(before)) skipped++;
  else {
    const ext = fence[1] === 'tsx' ? 'tsx' : 'ts';
    // Blank lines in front keep tsc's line numbers equal to README.md's.
    const text = `${'\n'.repeat(i + 1)}${readme.slice(i + 1, end).join('\n')}\n`;
    files.push({
      file: write(`README.md-${i + 1}.${ext}`, text),
      kind: 'snippet',
      label: `README.md:${i + 1}`,
    });
  }
  i = end;
}
files.push({
  file: write('demo-app.ts', readFileSync(join(root, 'demo/app.ts'), 'utf8')),
  kind: 'snippet',
  label: 'demo/app.ts',
});

// ---- one file per entry point ----------------------------------------------------------------------------
const tags = readdirSync(join(root, 'src/components'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const classOf = (tag) => tag.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase());
// One listener per public event, each reading a field of its own detail: on a plain `Event` (the event
// missing from HTMLElementEventMap), `detail` does not exist.
const eventChecks = `
const target = document.body;
target.addEventListener('bp-capacity-select', (e) => e.detail.capacityId satisfies string);
target.addEventListener('bp-error', (e) => e.detail.errors[0]?.path satisfies string | undefined);
target.addEventListener('bp-filter-change', (e) => e.detail.value satisfies string);
target.addEventListener('bp-load', (e) => e.detail.framework.id satisfies string);
target.addEventListener('bp-profile-change', (e) => e.detail.profile.ratings);
target.addEventListener('bp-profile-edit', (e) => e.detail.edit satisfies object);
target.addEventListener('bp-rating-change', (e) => e.detail.profile.ratings);
target.addEventListener('bp-warning', (e) => e.detail.warnings.length satisfies number);
`;
/** The registered tags must be in HTMLElementTagNameMap as Lit elements (not HTMLElement); `exact` pairs
 * them with the classes the entry exports; `unregistered` must be absent from the map. */
const tagChecks = ({ registered = [], exact = [], unregistered = [] }) =>
  [
    ...registered.map(
      (tag) =>
        `export const ${classOf(tag)[0].toLowerCase()}${classOf(tag).slice(1)}: HTMLElementTagNameMap['${tag}'] =\n` +
        `  document.createElement('${tag}');\n` +
        `void ${classOf(tag)[0].toLowerCase()}${classOf(tag).slice(1)}.updateComplete.then((done) => done satisfies boolean);`,
    ),
    ...exact.map(
      (tag) => `export const exact${classOf(tag)}: ${classOf(tag)} = document.createElement('${tag}');`,
    ),
    ...unregistered.map(
      (tag) =>
        `// @ts-expect-error -- this entry registers no tag, so its types claim none\n` +
        `export type Unregistered${classOf(tag)} = HTMLElementTagNameMap['${tag}'];`,
    ),
  ].join('\n');
const entry = (name, label, text) => files.push({ file: write(`entry-${name}`, text), kind: 'entry', label });

entry(
  'index.ts',
  'blueprint-widgets',
  `import type { ${tags.map(classOf).join(', ')} } from 'blueprint-widgets';
export type Classes = [${tags.map(classOf).join(', ')}];
${eventChecks}
${tagChecks({ unregistered: tags })}
`,
);
entry(
  'all.ts',
  'blueprint-widgets/all.js',
  `import { ${tags.map(classOf).join(', ')} } from 'blueprint-widgets/all.js';
${eventChecks}
${tagChecks({ registered: tags, exact: tags })}
export const classes = [${tags.map(classOf).join(', ')}];
`,
);
const bundleCore = ['blueprint-bars', 'blueprint-provider'];
entry(
  'bundle.ts',
  'blueprint-widgets/blueprint-widgets.js',
  `import { loadElements, ${bundleCore.map(classOf).join(', ')} } from 'blueprint-widgets/blueprint-widgets.js';
await loadElements();
${eventChecks}
${tagChecks({ registered: tags, exact: bundleCore })}
export const classes = [${bundleCore.map(classOf).join(', ')}];
`,
);
for (const tag of tags) {
  entry(
    `${tag}-define.ts`,
    `blueprint-widgets/${tag}/define.js`,
    `import 'blueprint-widgets/${tag}/define.js';
${eventChecks}
${tagChecks({ registered: [tag] })}
`,
  );
  entry(
    `${tag}-class.ts`,
    `blueprint-widgets/${tag}.js`,
    `import { ${classOf(tag)} } from 'blueprint-widgets/${tag}.js';
${eventChecks}
export const element = new ${classOf(tag)}();
void element.updateComplete;
`,
  );
}
entry(
  'react.tsx',
  'blueprint-widgets/react',
  `import type {} from 'blueprint-widgets/react';
${eventChecks}
export const rubric = (
  <capacity-rubric onbp-rating-change={(e) => e.detail.profile.ratings} onbp-load={(e) => e.detail.model} />
);
${tagChecks({ unregistered: tags })}
`,
);
// The model runs in Node: its types must not need the DOM's.
entry(
  'framework.ts',
  'blueprint-widgets/framework',
  `import { parseFramework } from 'blueprint-widgets/framework';
const result = parseFramework('{}');
if (!result.ok) for (const e of result.errors) e.path satisfies string;
`,
);
// The model runs in Node: compiled with Node's types and without the DOM's, and its own .d.ts files checked
// there too (not Node's or valibot's, which the first program checks: that would double the time).
const entryOptions = {
  'src/entry-framework.ts': { lib: ['ES2022'], types: ['node'], skipLibCheck: false },
};
const ownFiles = (file) => file.includes('/node_modules/blueprint-widgets/');
const checkAlso = { 'src/entry-framework.ts': ownFiles };

// Every export of package.json with types must have its entry file here.
const covered = new Set([
  '.',
  './all.js',
  './blueprint-widgets.js',
  './*/define.js',
  './*.js',
  './react',
  './framework',
]);
const uncovered = Object.entries(pkg.exports)
  .filter(([key, target]) => typeof target === 'object' && 'types' in target && !covered.has(key))
  .map(([key]) => key);

// ---- check ---------------------------------------------------------------------------------------------
// 1. The package's own .d.ts files (and those of its dependencies), once: a program importing every entry,
//    with skipLibCheck off. 2. Each snippet and entry file alone, with skipLibCheck on (its libraries were
//    checked in 1), sharing the parsed files. Each program has a tsconfig, to rerun it by hand in the app.
const everyEntry = write(
  'every-entry.ts',
  `${[
    'blueprint-widgets',
    'blueprint-widgets/all.js',
    'blueprint-widgets/blueprint-widgets.js',
    'blueprint-widgets/framework',
    'blueprint-widgets/react',
    ...tags.flatMap((tag) => [`blueprint-widgets/${tag}/define.js`, `blueprint-widgets/${tag}.js`]),
  ]
    .map((e) => `import type {} from '${e}';`)
    .join('\n')}\n`,
);
const programs = [
  {
    name: 'tsconfig.json',
    label: "the package's .d.ts files",
    files: [everyEntry],
    // Its files and its dependencies' (lit, valibot…); not TypeScript's libs or the linked @types.
    checkAlso: (file) =>
      !file.includes('/node_modules/@types/') && !file.includes('/node_modules/typescript/'),
  },
  ...files.map(({ file, label }) => ({
    name: `tsconfig.${file.replace(/^src\//, '').replace(/\.tsx?$/, '')}.json`,
    label,
    files: [file, 'src/reader-names.d.ts'],
    // JSX (React's, as in a new Vite React app) only for .tsx files: with it, every file gets React's
    // types, whose empty global `HTMLElement`… would hide a DOM type in the model's .d.ts files.
    options: {
      skipLibCheck: true,
      ...(file.endsWith('.tsx') ? { jsx: 'react-jsx' } : {}),
      ...entryOptions[file],
    },
    checkAlso: checkAlso[file],
  })),
];
const host = ts.createCompilerHost(ts.getDefaultCompilerOptions());
// Each file parsed (and bound) once for every program, as `tsc --build` shares them between projects: a
// program made with `oldProgram` reuses its files only when its root files are the same, which they never are
// here, so without this every program parsed lib.dom.d.ts and the package's .d.ts files again.
const parsedFiles = new Map();
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, version, ...rest) => {
  const key = `${fileName}\n${typeof version === 'object' ? `${version.languageVersion}/${version.impliedNodeFormat}` : version}`;
  if (!parsedFiles.has(key)) parsedFiles.set(key, getSourceFile(fileName, version, ...rest));
  return parsedFiles.get(key);
};
const format = (diagnostics) =>
  ts.formatDiagnosticsWithColorAndContext(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => app,
    getNewLine: () => '\n',
  });
const failures = [];
let oldProgram;
const checkStarted = Date.now();

// Files whose programs have the same global scope are checked in one program. What one module file of a
// program can change for another is only that scope: global scripts (no import or export: the libs,
// reader-names.d.ts, any such .d.ts) and modules with `declare global` or `declare module '…'` (the tag and
// event maps). Every other declaration stays in its own module (moduleDetection: force). So two files whose
// programs hold the very same such files, with the same options, get in one program exactly the diagnostics
// each gets alone, and a checker is built once for them instead of once each (each build took about 1.2 s
// on CI, most of this step). A file that would see one more map entry than alone gets a program of its own.
// Finding the scope needs only the program's file list (resolving imports), not a checker.
const globalScope = (program) =>
  program
    .getSourceFiles()
    .filter((f) => !ts.isExternalModule(f) || (f.moduleAugmentations?.length ?? 0) > 0)
    .map((f) => f.fileName)
    .sort()
    .join('\n');
const checks = [];
const byScope = new Map();
for (const p of programs) {
  if (p.checkAlso) {
    checks.push(p); // its own rules for which files are checked: alone
    continue;
  }
  const config = { compilerOptions: { ...compilerOptions, ...p.options }, files: p.files };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, app);
  oldProgram = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host, oldProgram });
  const key = `${JSON.stringify(p.options ?? {})}\n${globalScope(oldProgram)}`;
  const same = byScope.get(key);
  if (!same) {
    const check = { ...p, files: [...p.files], labels: [p.label] };
    byScope.set(key, check);
    checks.push(check);
  } else {
    same.files.push(...p.files.filter((f) => !same.files.includes(f)));
    same.labels.push(p.label);
    if (same.labels.length === 2) same.name = same.name.replace(/\.json$/, '.and-more.json');
  }
}
for (const check of checks) if (check.labels) check.label = check.labels.join(', ');

for (const { name, label, files: rootFiles, options, checkAlso: also } of checks) {
  const config = { compilerOptions: { ...compilerOptions, ...options }, files: rootFiles };
  writeFileSync(join(app, name), `${JSON.stringify(config, null, 2)}\n`);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, app);
  const rootNames = new Set(parsed.fileNames);
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    host,
    oldProgram,
  });
  oldProgram = program;
  const diagnostics = also
    ? [
        ...program.getOptionsDiagnostics(),
        ...program.getGlobalDiagnostics(),
        ...program
          .getSourceFiles()
          .filter((f) => rootNames.has(f.fileName) || also(f.fileName))
          .flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
      ]
    : ts.getPreEmitDiagnostics(program);
  if (diagnostics.length) failures.push(`${label} (npx tsc -p ${name}):\n${format(diagnostics)}`);
}

const snippets = files.filter((f) => f.kind === 'snippet').length;
const entries = files.filter((f) => f.kind === 'entry').length;
const timing = `npm install ${installTook}, tsc ${seconds(checkStarted)} (${checks.length} programs), in all ${seconds(t0)}`;
if (uncovered.length)
  failures.push(`package.json exports with types but no entry file here: ${uncovered.join(', ')}`);
if (failures.length) {
  console.error(failures.join('\n'));
  console.error(
    `test:types: ${failures.length} of ${checks.length} checks fail in a fresh app (${timing}); the app is kept in ${app}`,
  );
  process.exitCode = 1;
} else {
  if (process.env.TYPES_CHECK_KEEP) console.log(`test:types: the app is kept in ${app}`);
  else rmSync(app, { recursive: true, force: true });
  console.log(
    `types: ${snippets} README snippets (demo/app.ts among them) and ${entries} entry points compile in a ` +
      `fresh app (${skipped} snippet${skipped === 1 ? '' : 's'} marked skip; ${timing})`,
  );
}
