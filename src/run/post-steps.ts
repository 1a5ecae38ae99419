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

/** Runs the stack's install command with its output shown, so a long install is visibly alive. */
export async function installDependencies(dir: string, stack: Stack): Promise<void> {
  const command = stack.commands!.install;
  console.log(`\nInstalling dependencies: ${command}`);
  const result = await run('sh', ['-c', command], dir, false);
  if (result.exitCode !== 0) {
    throw new UserError(`installing dependencies failed (${command} exited with ${result.exitCode})`, `fix the cause shown above, then run it again in ${dir}`);
  }
}
