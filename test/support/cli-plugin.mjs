// Web-test-runner server command `bp-cli`: runs the real command-line tool in Node, from the sources.
//
//   import { executeServerCommand } from '@web/test-runner-commands';
//   const { code, stdout, stderr } = await executeServerCommand('bp-cli', {
//     args: ['validate', 'framework.json'],
//     files: { 'framework.json': '{...}' }, // optional: written into a fresh temp dir, the cwd of the run
//     stdin: '...',                          // optional: piped to the process (stdin is closed otherwise)
//     collect: ['out.xlsx', 'sheets'],       // optional: files (or folders) to read back after the run
//   });
// A file's content is text, or `{ base64 }` for bytes (a workbook); collected files come back as
// `collected: { [relative path]: base64 }` (absent ones are left out).
//
// bin/blueprint-widgets.js is bundled once per test run with esbuild; its import of ../dist/<x>.js is
// redirected to src/<x>.ts, so the CLI is tested from source, without a build. The bundle is rebuilt when a
// file under src/ or bin/ changes (watch mode).
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** esbuild plugin: `<root>/dist/<path>.js` -> `<root>/src/<path>.ts` (or .js) */
const distToSource = {
  name: 'bp-dist-to-source',
  setup(b) {
    b.onResolve({ filter: /(^|\/)dist\/.+\.js$/ }, (args) => {
      if (!/^(\.{1,2})?\//.test(args.path)) return undefined; // bare specifiers: normal resolution
      const abs = resolve(args.resolveDir, args.path);
      const rel = relative(join(root, 'dist'), abs);
      if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
      const base = join(root, 'src', rel.slice(0, -'.js'.length));
      for (const candidate of [`${base}.ts`, `${base}.js`])
        if (existsSync(candidate)) return { path: candidate };
      return {
        errors: [{ text: `bp-cli: ${args.path} maps to ${relative(root, base)}.ts, which does not exist` }],
      };
    });
  },
};

/**
 * @param {{ bin?: string, timeout?: number }} [options]
 *   bin: the CLI entry, relative to the project root; timeout: ms before a run is killed (code 124).
 */
export function cliPlugin({ bin = 'bin/blueprint-widgets.js', timeout = 20000 } = {}) {
  let workDir; // holds the bundle
  let bundle; // Promise<string> of the bundle path, or undefined when stale

  async function bundleCli() {
    const entry = join(root, bin);
    if (!existsSync(entry)) throw new Error(`bp-cli: ${bin} does not exist`);
    workDir ??= await mkdtemp(join(tmpdir(), 'bp-cli-bundle-'));
    const outfile = join(workDir, 'blueprint-widgets.mjs');
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      tsconfig: join(root, 'tsconfig.json'),
      sourcemap: 'inline',
      logLevel: 'silent',
      // bundled CommonJS dependencies may call require() for builtins
      banner: {
        js: "import { createRequire as __bpCreateRequire } from 'node:module'; const require = __bpCreateRequire(import.meta.url);",
      },
      plugins: [distToSource],
    });
    return outfile;
  }

  function getBundle() {
    bundle ??= bundleCli().catch((error) => {
      bundle = undefined; // retry on the next call (e.g. the file is being written)
      throw error;
    });
    return bundle;
  }

  /** The files at `name` (a file, or every file under a folder) as base64, by path relative to `cwd`. */
  async function collectFiles(cwd, name, out) {
    const target = resolve(cwd, name);
    if (!target.startsWith(cwd + sep))
      throw new Error(`bp-cli: collect must name a path inside the run directory: ${name}`);
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory())
      for (const entry of await readdir(target)) await collectFiles(cwd, join(name, entry), out);
    else if (info)
      out[relative(cwd, target).split(sep).join('/')] = (await readFile(target)).toString('base64');
  }

  async function run({ args = [], files = {}, stdin, collect = [] } = {}) {
    if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) {
      throw new Error('bp-cli: payload.args must be an array of strings');
    }
    const script = await getBundle();
    const cwd = await mkdtemp(join(tmpdir(), 'bp-cli-run-'));
    try {
      for (const [name, content] of Object.entries(files)) {
        const target = resolve(cwd, name);
        if (isAbsolute(name) || !target.startsWith(cwd + sep)) {
          throw new Error(`bp-cli: file name must be relative and inside the run directory: ${name}`);
        }
        await mkdir(dirname(target), { recursive: true });
        await writeFile(
          target,
          typeof content === 'string' ? content : Buffer.from(content.base64, 'base64'),
        );
      }
      const result = await new Promise((resolvePromise, reject) => {
        const child = spawn(process.execPath, ['--enable-source-maps', script, ...args], {
          cwd,
          env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdin.on('error', () => {}); // the CLI may exit without reading stdin
        child.stdin.end(stdin ?? '');
        const timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, timeout);
        child.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          if (timedOut) stderr += `\nbp-cli: killed after ${timeout} ms`;
          resolvePromise({ code: timedOut ? 124 : (code ?? (signal ? 128 : 1)), stdout, stderr });
        });
      });
      if (!collect.length) return result;
      const collected = {};
      for (const name of collect) await collectFiles(cwd, name, collected);
      return { ...result, collected };
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  }

  return {
    name: 'bp-cli',
    serverStart({ fileWatcher }) {
      fileWatcher?.on('change', (file) => {
        const rel = relative(root, file);
        if (rel.startsWith(`src${sep}`) || rel.startsWith(`bin${sep}`)) bundle = undefined;
      });
      if (existsSync(join(root, bin))) getBundle().catch(() => {}); // warm up; errors surface on first use
    },
    async serverStop() {
      if (workDir) await rm(workDir, { recursive: true, force: true });
    },
    async executeCommand({ command, payload }) {
      if (command !== 'bp-cli') return undefined;
      return run(payload ?? {});
    },
  };
}
