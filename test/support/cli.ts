/**
 * Typed wrapper for the `bp-cli` server command (test/support/cli-plugin.mjs): runs
 * bin/blueprint-widgets.js, bundled from the sources, in Node with a fresh temp dir as cwd.
 *
 *   const { code, stdout, stderr } = await runCli(['validate', 'f.json'], { 'f.json': JSON.stringify(doc) });
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface CliPayload {
  /** argv after the program name */
  args: string[];
  /** files to create in the run's working directory, by relative path: text, or bytes as base64 */
  files?: Record<string, string | { base64: string }>;
  /** text piped to stdin (closed and empty otherwise) */
  stdin?: string;
  /** files or folders to read back after the run (as base64 in `collected`) */
  collect?: string[];
}

export interface CliResult {
  /** exit code (124 when killed by the timeout) */
  code: number;
  stdout: string;
  stderr: string;
  /** the files asked for with `collect`, by relative path, as base64 */
  collected?: Record<string, string>;
}

export function runCli(
  args: string[],
  files?: CliPayload['files'],
  stdin?: string,
  collect?: string[],
): Promise<CliResult> {
  return executeServerCommand<CliResult, CliPayload>('bp-cli', { args, files, stdin, collect });
}
