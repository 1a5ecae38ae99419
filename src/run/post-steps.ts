import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { RenderedFile } from '../generate/render.js';
import { commitRender, git, identity, mustGit, PRISTINE_REF, renderMessage } from '../update/git.js';
import type { Stack } from '../catalog/types.js';

/**
 * Makes the project a git repository whose first commit is exactly the render (recorded under
 * refs/backend-stack/pristine for `backend-stack update`), then commits what the install added beside
 * it, such as lock files. Works without a git identity. Returns why it made none, where it could not:
 * git is missing, or the folder is already in a repository (a monorepo, or a regeneration in place),
 * whose history is the user's to keep.
 */
export function gitInit(dir: string, files: readonly RenderedFile[], catalogDate: string): string | undefined {
  if (!gitInstalled(dir)) return 'git is not installed, so the starter has no repository: install git, then run git init && git add -A && git commit -m "Initial commit"';
  const outer = git(dir, ['rev-parse', '--show-toplevel']);
  if (outer.status === 0) return `the starter is inside the git repository ${outer.stdout.trim()}, so it gets no repository of its own (backend-stack update needs one)`;
  mustGit(dir, ['init', '--quiet']);
  const render = commitRender(dir, files, undefined, renderMessage('Initial commit from backend-stack', catalogDate));
  mustGit(dir, ['update-ref', PRISTINE_REF, render]);
  mustGit(dir, ['update-ref', 'HEAD', render]);
  mustGit(dir, ['add', '--all']);
  if (git(dir, ['diff', '--staged', '--quiet']).status !== 0) {
    mustGit(dir, ['commit', '--quiet', '--no-verify', '-m', 'Add the files made beside the render, such as lock files'], { env: identity(dir) });
  }
  return undefined;
}

function gitInstalled(dir: string): boolean {
  try {
    return git(dir, ['--version']).status === 0;
  } catch {
    return false;
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
