import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Stack } from '../catalog/types.js';

/** The identity of the first commit when git has none for the user, so `--git` never fails on it. */
const FALLBACK_IDENTITY = {
  GIT_AUTHOR_NAME: 'backend-stack',
  GIT_AUTHOR_EMAIL: 'backend-stack@users.noreply.invalid',
  GIT_COMMITTER_NAME: 'backend-stack',
  GIT_COMMITTER_EMAIL: 'backend-stack@users.noreply.invalid',
};

async function run(file: string, args: string[], cwd: string, quiet = true, env: Record<string, string> = {}) {
  const { execa } = await import('execa');
  return execa(file, args, { cwd, reject: false, stdio: quiet ? 'pipe' : 'inherit', env });
}

export async function gitInit(dir: string): Promise<void> {
  const version = await run('git', ['--version'], dir).catch(() => undefined);
  if (!version || version.exitCode !== 0) throw new UserError('git is not installed, so --git could not make a repository (the starter itself is written)', 'install git and run: git init && git add -A && git commit -m "Initial commit"');
  await mustRun(dir, ['init', '--quiet']);
  await mustRun(dir, ['add', '--all']);
  // `git var` fails exactly when a commit would fail for want of a name or email.
  const author = await run('git', ['var', 'GIT_AUTHOR_IDENT'], dir);
  const committer = await run('git', ['var', 'GIT_COMMITTER_IDENT'], dir);
  const identity = author.exitCode === 0 && committer.exitCode === 0 ? {} : FALLBACK_IDENTITY;
  await mustRun(dir, ['commit', '--quiet', '--no-verify', '-m', 'Initial commit from backend-stack'], identity);
}

async function mustRun(dir: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const result = await run('git', args, dir, true, env);
  if (result.exitCode !== 0) {
    throw new UserError(`git ${args[0]} failed: ${String(result.stderr).trim().split('\n')[0]}`);
  }
}

/**
 * Runs the stack's install command with its output in a log file, not on the screen: one line when it
 * starts and one when it ends (a ticking elapsed time on a terminal meanwhile), and the log's last lines
 * when it fails.
 */
export async function installDependencies(dir: string, stack: Stack, log: (line: string) => void): Promise<void> {
  const command = stack.commands!.install;
  const logFile = path.join(os.tmpdir(), `backend-stack-install-${stack.id}-${process.pid}.log`);
  log(`\nInstalling dependencies: ${command} (full output in ${logFile})`);
  const started = Date.now();
  const elapsed = () => ((Date.now() - started) / 1000).toFixed(1);
  const ticker = process.stdout.isTTY ? setInterval(() => process.stdout.write(`\r  ..   install   ${elapsed()} s`), 1000) : undefined;
  const { execa } = await import('execa');
  const result = await execa('sh', ['-c', command], { cwd: dir, reject: false, all: true, stdin: 'ignore' });
  clearInterval(ticker);
  if (ticker) process.stdout.write('\r\x1b[K');
  writeFileSync(logFile, `$ ${command}\n${result.all ?? ''}\n[exit ${result.exitCode}]\n`);
  if (result.exitCode !== 0) {
    log(String(result.all ?? '').trim().split('\n').slice(-15).map((line) => `  | ${line}`).join('\n'));
    throw new UserError(`installing dependencies failed (${command} exited with ${result.exitCode})`, `the last lines are above, all of them in ${logFile}; fix the cause, then run it again in ${dir}`);
  }
  log(`  ok   install   ${elapsed()} s  ${command}`);
}
