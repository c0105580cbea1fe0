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
  /** files to create in the run's working directory, by relative path */
  files?: Record<string, string>;
  /** text piped to stdin (closed and empty otherwise) */
  stdin?: string;
}

export interface CliResult {
  /** exit code (124 when killed by the timeout) */
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], files?: Record<string, string>, stdin?: string): Promise<CliResult> {
  return executeServerCommand<CliResult, CliPayload>('bp-cli', { args, files, stdin });
}
