#!/usr/bin/env node
// `npm test`: the project's whole verification, in order, stopping at the first failing step:
//   lint, typecheck, build, package contents, the package's types in a fresh app (README snippets, every
//   entry's tag and event maps), the README's other code blocks (scripts/readme-check.mjs), the packaged
//   CLI, the script-tag bundle on a plain page, the demo pages (partner, BELE, strict CSP, npm), size, the
//   library benchmark (prints figures), build-storybook, test:stories, then the browser tests with coverage
//   (last).
// Finds a Chromium first (CHROME_PATH, /usr/bin/chromium, or chromium/chromium-browser/google-chrome(-stable)
// on PATH; as root with apt-get it installs Debian's `chromium`) and exports CHROME_PATH for every step.
// Streams every step's output and prints its duration. The last line printed is the browser tests'
// `wtr: N passed, N failed, N skipped` line, or, when an earlier step fails, a line naming that step.
// Two lanes on two cores or more: the browser tests, the longest step (about half the run) and one that needs
// no build (they compile src/ themselves), start at once beside the other steps, which run one after another
// as before. Each lane is about one core's work, so the run takes about the longer lane instead of their sum;
// nothing is checked differently. Their output is held back and printed after the other steps', so they
// still read last and the summary stays the last line; a failing step stops them. NPM_TEST_SERIAL=1 (or a
// single core) runs them after the others instead.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { availableParallelism } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const t0 = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
const say = (text) => console.log(text);

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function findBrowser() {
  if (process.env.CHROME_PATH) {
    if (isExecutable(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    say(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file; looking elsewhere`);
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = findOnPath(name);
    if (found) return found;
  }
  return undefined;
}

function installChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = findOnPath('apt-get');
  if (!isRoot || !aptGet) return false;
  const started = Date.now();
  say("▶ browser: no Chromium found; installing Debian's chromium (apt-get, about 30 s)");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', 'chromium'],
  ]) {
    const r = spawnSync(aptGet, args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      say(`✖ browser: apt-get ${args[0]} failed (exit ${r.status ?? r.signal})`);
      return false;
    }
  }
  say(`✔ browser: chromium installed (${seconds(started)})`);
  return true;
}

let browser = findBrowser();
if (!browser && installChromium()) browser = findBrowser();
if (!browser) {
  console.error(
    'npm test needs Chromium or Google Chrome: install one (on Debian/Ubuntu `apt-get install chromium`) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}
process.env.CHROME_PATH = browser;
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';
say(`browser: ${browser}`);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const steps = [
  { name: 'lint', script: 'lint' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'build', script: 'build' },
  { name: 'package contents', script: 'test:pack' },
  { name: 'package types', script: 'test:types' },
  { name: 'README code blocks', script: 'test:readme' },
  { name: 'packaged CLI', script: 'test:cli' },
  { name: 'script-tag bundle', script: 'test:bundle' },
  { name: 'demo pages', script: 'test:demo' },
  { name: 'size', script: 'size' },
  // The resource library's figures only: the elements' suite (`npm run bench`, 2-6 minutes, gated on ratios to
  // hand-written references) is run by hand around speed work, not on every CI run.
  { name: 'benchmark', script: 'bench:library' },
  { name: 'build-storybook', script: 'build-storybook' },
  { name: 'test:stories', script: 'test:stories' },
  { name: 'browser tests', script: 'test:coverage', last: true },
];

const summaryRe = /^(wtr: )?\d+ passed, \d+ failed, \d+ skipped$/;
// eslint-disable-next-line no-control-regex
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g, '');

/** Runs `npm run <script>`; for the last step the summary line is held back and returned, so that it can be
 * printed after the step's duration, as the very last line. A step run `held` (beside the others) keeps all
 * its output until `release()`; `stop()` ends it and everything it started (its own process group). */
function run({ script, last }, { held = false } = {}) {
  const child = spawn(npm, ['run', '--silent', script], {
    // Held: no terminal input (a background process group reading it would be stopped), output kept.
    stdio: last || held ? [held ? 'ignore' : 'inherit', 'pipe', held ? 'pipe' : 'inherit'] : 'inherit',
    env: process.env,
    detached: held,
  });
  let kept = held ? [] : undefined;
  const write = (stream, text) => (kept ? kept.push([stream, text]) : stream.write(text));
  child.stderr?.setEncoding('utf8').on('data', (chunk) => write(process.stderr, chunk));
  const result = new Promise((resolve) => {
    let summary;
    if (last) {
      let buffer = '';
      child.stdout.setEncoding('utf8').on('data', (chunk) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const l of lines) {
          if (summaryRe.test(stripAnsi(l).trim())) summary = stripAnsi(l).trim();
          else write(process.stdout, `${l}\n`);
        }
      });
      child.stdout.on('end', () => {
        if (!buffer) return;
        if (summaryRe.test(stripAnsi(buffer).trim())) summary = stripAnsi(buffer).trim();
        else write(process.stdout, buffer);
      });
    }
    child.on('error', (error) => resolve({ code: 1, error, summary }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), summary }));
  });
  return Object.assign(result, {
    release() {
      for (const [stream, text] of kept ?? []) stream.write(text);
      kept = undefined;
    },
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // it has ended already
      }
    },
  });
}

const serial = process.env.NPM_TEST_SERIAL === '1' || availableParallelism() < 2;
const lastIndex = steps.findIndex((s) => s.last);
const beside = serial ? undefined : { started: Date.now(), result: run(steps[lastIndex], { held: true }) };
if (beside) {
  say(`browser tests: started beside the other steps (${availableParallelism()} cores), shown after them`);
  // Its own process group does not get the terminal's Ctrl-C: pass it on.
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      beside.result.stop();
      process.exit(130);
    });
}

for (const [i, step] of steps.entries()) {
  const started = step.last && beside ? beside.started : Date.now();
  say(`\n▶ [${i + 1}/${steps.length}] ${step.name} (npm run ${step.script})`);
  if (step.last && beside) beside.result.release();
  const { code, summary, error } = await (step.last && beside ? beside.result : run(step));
  const took = seconds(started);
  if (code !== 0) {
    const rest = steps
      .slice(i + 1)
      .filter((s) => !(beside && s.last))
      .map((s) => s.name);
    say(`✖ ${step.name} failed (exit ${code}${error ? `: ${error.message}` : ''}) after ${took}`);
    if (rest.length) say(`  not run: ${rest.join(', ')}`);
    if (beside && !step.last) {
      beside.result.stop();
      say(`  stopped: ${steps[lastIndex].name} (started beside the other steps)`);
    }
    if (step.last && summary) {
      if (/ 0 failed/.test(summary))
        say('  (every test passed: coverage below its threshold, or a run error)');
      say(`npm test failed at step "${step.name}" after ${seconds(t0)}`);
      say(summary);
    } else {
      say(`npm test failed at step "${step.name}" (npm run ${step.script}) after ${seconds(t0)}`);
    }
    process.exit(code);
  }
  say(`✔ ${step.name} (${took}${step.last && beside ? ', beside the other steps from the start' : ''})`);
  if (step.last) {
    say(`npm test: all ${steps.length} steps passed in ${seconds(t0)}`);
    if (summary) say(summary);
    else say('wtr: no summary line was printed (test/support/plain-summary-reporter.mjs)');
  }
}
