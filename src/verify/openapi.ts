import { appendFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../paths.js';

/** The property-based tester run against a starter's OpenAPI document, pinned so a run is repeatable. */
export const SCHEMATHESIS_VERSION = '4.32.5';

/**
 * Schemathesis in a virtual environment of its own in the user cache, made with the Python on the PATH
 * the first time and reused after.
 */
async function schemathesis(logFile: string): Promise<string> {
  const { execa } = await import('execa');
  const venv = cacheDir(`schemathesis-${SCHEMATHESIS_VERSION}`);
  const st = path.join(venv, 'bin/st');
  if (existsSync(st)) return st;
  for (const [command, args] of [
    ['python3', ['-m', 'venv', venv]],
    [path.join(venv, 'bin/pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`]],
  ] as const) {
    const result = await execa(command, args, { reject: false, all: true });
    appendFileSync(logFile, `\n$ ${command} ${args.join(' ')}\n${result.all ?? ''}\n[exit ${result.exitCode}]\n`);
    if (result.exitCode !== 0) throw new Error(`installing schemathesis ${SCHEMATHESIS_VERSION} failed: \`${command} ${args.join(' ')}\` exited with ${result.exitCode}`);
  }
  return st;
}

/**
 * Runs every check of schemathesis against the document the server publishes at `documentPath`, with
 * a bounded number of generated cases per operation: each answer must be one the document describes.
 */
export async function checkOpenApi(base: string, documentPath: string, dir: string, logFile: string): Promise<string> {
  const { execa } = await import('execa');
  const st = await schemathesis(logFile);
  const args = ['run', base + documentPath, '--checks', 'all', '--max-examples', '30', '--request-timeout', '10', '--seed', '1', '--no-color'];
  appendFileSync(logFile, `\n$ st ${args.join(' ')}\n`);
  // In the starter's folder, where schemathesis keeps its .schemathesis/ state.
  const result = await execa(st, args, { cwd: dir, reject: false, all: true, timeout: 300_000, env: { SCHEMATHESIS_TELEMETRY: 'false' } });
  appendFileSync(logFile, `${result.all ?? ''}\n[exit ${result.exitCode}]\n`);
  const output = String(result.all ?? '');
  const summary = output.split('\n').filter((line) => /passed|failed|errors?\b/i.test(line)).slice(-3).join(' ').trim();
  if (result.exitCode !== 0) throw new Error(`schemathesis ${SCHEMATHESIS_VERSION} found answers the document does not describe\n${output.trim().split('\n').slice(-25).join('\n')}`);
  return `schemathesis ${SCHEMATHESIS_VERSION}, every check: ${summary || 'passed'}`;
}
