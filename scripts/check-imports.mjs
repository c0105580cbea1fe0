#!/usr/bin/env node
// The import graph of src/ keeps the layering of the design (run by `npm run lint`). Fails, naming the
// files, when:
//   (a) src/ has an import cycle. Type-only imports (`import type`, `export type`, `typeof import('…')`)
//       count too, since they still couple the modules, and are marked "(type)" in the printed path, as
//       dynamic imports are marked "(dynamic)". Under verbatimModuleSyntax `import { type X }` stays an
//       import at run time, so it counts as a plain one;
//   (b) a file in src/framework/ imports lit, @lit/*, @lit-labs/*, or any file outside src/framework/
//       other than src/data/*.json: the framework is pure TypeScript and also runs in Node (the CLI).
//       `tsc -p tsconfig.framework.json` (npm run typecheck) proves the other half: no DOM types there;
//   (c) a file in src/components/<a>/ imports a file of src/components/<b>/ other than <b>/<b>.ts (the
//       element class) or <b>/define.ts: an element never reaches into another one's styles or helpers;
//   (d) a file other than the command-line tool's own imports one of its spreadsheet modules
//       (src/framework/cli*.ts, sheet.ts, xlsx.ts, csv.ts) or fflate, the zip library only they use: they
//       never reach the widgets, src/internal/, the framework's public index or the script-tag bundle.
//   (e) issue 18: d3-shape is imported outside src/components/blueprint-trend/, or is reached by static
//       imports from what the script tag loads at once (src/bundle-core.ts) or from <blueprint-bars>
//       (its define.ts): only the lazily loaded trend may carry it.
// Specifiers are read from each file's syntax tree (TypeScript's parser: nothing is type-checked), so
// comments and strings that look like imports are not counted.
import ts from 'typescript';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'src');
const rel = (file) => relative(root, file).split(sep).join('/');

/** Every .ts file under `dir` (not .d.ts). */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The imports of one file: `{ specifier, kind }`, kind 'static' | 'type' | 'dynamic'. */
function importsOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (node, kind) => {
    if (node && ts.isStringLiteralLike(node)) found.push({ specifier: node.text, kind });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, node.importClause?.isTypeOnly ? 'type' : 'static');
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly ? 'type' : 'static');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly ? 'type' : 'static');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], 'dynamic');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, 'type');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative specifier names (`./x.js` is `./x.ts` in the sources), or undefined. */
function resolveRelative(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const files = sources(srcDir).sort();
const graph = new Map(); // file -> [{ to, kind }]
const violations = { unresolved: [], framework: [], components: [], cliOnly: [], shape: [] };
/** (d) The command-line tool's spreadsheet modules, and the packages only they may import. */
const CLI_ONLY = /^src\/framework\/(cli[^/]*|sheet|xlsx|csv)\.ts$/;
const CLI_ONLY_PACKAGES = /^fflate($|\/)/;
/** (e) Files that import d3-shape, with how (issue 18). */
const importsShape = new Map();
const isLit = (s) => /^(lit($|\/)|@lit\/|@lit-labs\/)/.test(s);
const inDir = (file, dir) => file.startsWith(join(srcDir, dir) + sep);
const componentOf = (file) => (inDir(file, 'components') ? rel(file).split('/')[2] : undefined);

for (const file of files) {
  const edges = [];
  for (const { specifier, kind } of importsOf(file)) {
    const mark = kind === 'static' ? '' : ` (${kind})`;
    if (!specifier.startsWith('.')) {
      if (CLI_ONLY_PACKAGES.test(specifier) && !CLI_ONLY.test(rel(file)))
        violations.cliOnly.push(`${rel(file)} imports '${specifier}'${mark}`);
      if (/^d3-shape($|\/)/.test(specifier)) {
        importsShape.set(file, kind);
        if (!inDir(file, 'components/blueprint-trend'))
          violations.shape.push(`${rel(file)} imports '${specifier}'${mark} (only <blueprint-trend> may)`);
      }
      if (inDir(file, 'framework') && (isLit(specifier) || /^blueprint-widgets($|\/)/.test(specifier)))
        violations.framework.push(`${rel(file)} imports '${specifier}'${mark}`);
      continue; // a package (lit, d3-*, valibot, node:*): not part of src/'s graph
    }
    const to = resolveRelative(file, specifier);
    if (!to) {
      violations.unresolved.push(`${rel(file)} imports '${specifier}', which is no file`);
      continue;
    }
    if (to.startsWith(srcDir + sep)) edges.push({ to, kind });
    if (CLI_ONLY.test(rel(to)) && !CLI_ONLY.test(rel(file)))
      violations.cliOnly.push(`${rel(file)} imports ${rel(to)}${mark}`);
    if (inDir(file, 'framework') && !inDir(to, 'framework') && !/^src\/data\/[^/]+\.json$/.test(rel(to)))
      violations.framework.push(`${rel(file)} imports ${rel(to)}${mark}`);
    const [a, b] = [componentOf(file), componentOf(to)];
    if (a && b && a !== b && ![`${b}.ts`, 'define.ts'].includes(rel(to).split('/')[3]))
      violations.components.push(`${rel(file)} imports ${rel(to)}${mark} (<${b}>'s internals)`);
  }
  graph.set(file, edges);
}

/** Strongly connected components (Tarjan): every cycle lies inside one with more than one file (or a file
 * that imports itself). */
function stronglyConnected() {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const result = [];
  let next = 0;
  const connect = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const { to } of graph.get(v) ?? []) {
      if (!graph.has(to)) continue;
      if (!index.has(to)) {
        connect(to);
        low.set(v, Math.min(low.get(v), low.get(to)));
      } else if (onStack.has(to)) low.set(v, Math.min(low.get(v), index.get(to)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = (graph.get(v) ?? []).some((e) => e.to === v);
      if (component.length > 1 || selfLoop) result.push(new Set(component));
    }
  };
  for (const v of files) if (!index.has(v)) connect(v);
  return result;
}

/** The shortest cycle through `start` inside `component`, as edges [{ from, to, kind }]. */
function shortestCycle(start, component) {
  const previous = new Map(); // node -> edge that reached it
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (const edge of graph.get(v)) {
      if (!component.has(edge.to)) continue;
      if (edge.to === start) {
        const path = [{ from: v, ...edge }];
        for (let at = v; at !== start; at = previous.get(at).from) path.unshift(previous.get(at));
        return path;
      }
      if (!previous.has(edge.to)) {
        previous.set(edge.to, { from: v, ...edge });
        queue.push(edge.to);
      }
    }
  }
  return [];
}

// One shortest cycle per file of a tangle not yet shown in a printed cycle: every file that is part of a
// cycle appears in at least one printed path, without listing every combination.
const cycles = [];
for (const component of stronglyConnected()) {
  const shown = new Set();
  for (const file of [...component].sort()) {
    if (shown.has(file)) continue;
    const cycle = shortestCycle(file, component);
    cycle.forEach((e) => shown.add(e.from));
    cycles.push(
      [
        rel(cycle[0].from),
        ...cycle.map((e) => `${e.kind === 'static' ? '' : `(${e.kind}) `}${rel(e.to)}`),
      ].join(' → '),
    );
  }
}

// (e) What loads at once must not reach d3-shape through static imports (type-only ones are erased).
for (const entry of ['src/bundle-core.ts', 'src/components/blueprint-bars/define.ts']) {
  const seen = new Set();
  const from = new Map();
  const queue = [join(root, entry)];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    if (importsShape.get(file) === 'static') {
      const chain = [file];
      for (let at = file; from.has(at); at = from.get(at)) chain.unshift(from.get(at));
      violations.shape.push(`${chain.map(rel).join(' → ')} → 'd3-shape' (loaded at once by ${entry})`);
    }
    for (const { to, kind } of graph.get(file) ?? []) {
      if (kind !== 'static' || seen.has(to)) continue;
      seen.add(to);
      from.set(to, file);
      queue.push(to);
    }
  }
}

const failures = [
  ['import cycles in src/ ("(type)": an `import type`, "(dynamic)": an `import()`)', cycles],
  [
    'src/framework/ must be pure (no Lit, no file outside src/framework/ but src/data/*.json)',
    violations.framework,
  ],
  [
    "components import another element's internals (only <tag>/<tag>.ts and <tag>/define.ts)",
    violations.components,
  ],
  [
    'only the command-line tool imports its spreadsheet modules (src/framework/cli*.ts, sheet.ts, xlsx.ts, csv.ts) and fflate',
    violations.cliOnly,
  ],
  ['imports of files that do not exist', violations.unresolved],
  ['d3-shape outside <blueprint-trend>, or in what the core or the bars load (issue 18)', violations.shape],
].filter(([, list]) => list.length > 0);

if (failures.length === 0) {
  console.log(
    `imports: ${files.length} files, no cycles, framework pure, components encapsulated, spreadsheet code CLI-only, d3-shape only in the trend`,
  );
} else {
  for (const [title, list] of failures) {
    console.error(`✖ ${title}:`);
    for (const line of list) console.error(`    ${line}`);
  }
  const count = failures.reduce((n, [, list]) => n + list.length, 0);
  console.error(
    `imports: ${files.length} files, ${count} problem${count === 1 ? '' : 's'} (scripts/check-imports.mjs)`,
  );
  process.exitCode = 1;
}
