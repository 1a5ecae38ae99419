import { UserError } from './errors.js';
import type { Stack } from './types.js';

/** The identity used for the first commit when the user has none configured, so `--git` never fails on it. */
const FALLBACK_IDENTITY = ['-c', 'user.name=backend-stack', '-c', 'user.email=backend-stack@users.noreply.invalid'];

async function run(file: string, args: string[], cwd: string, quiet = true) {
  const { execa } = await import('execa');
  return execa(file, args, { cwd, reject: false, stdio: quiet ? 'pipe' : 'inherit' });
}

export async function gitInit(dir: string): Promise<void> {
  const version = await run('git', ['--version'], dir).catch(() => undefined);
  if (!version || version.exitCode !== 0) throw new UserError('git is not installed, so --git cannot make a repository', 'install git, or leave out --git');
  const steps: string[][] = [['init', '--quiet'], ['add', '--all']];
  for (const args of steps) await mustRun(dir, args);
  const name = await run('git', ['config', 'user.name'], dir);
  const email = await run('git', ['config', 'user.email'], dir);
  const identity = String(name.stdout).trim() && String(email.stdout).trim() ? [] : FALLBACK_IDENTITY;
  await mustRun(dir, [...identity, 'commit', '--quiet', '--no-verify', '-m', 'Initial commit from backend-stack']);
}

async function mustRun(dir: string, args: string[]): Promise<void> {
  const result = await run('git', args, dir);
  if (result.exitCode !== 0) {
    throw new UserError(`git ${args.filter((a) => !a.startsWith('user.')).join(' ')} failed: ${String(result.stderr).trim().split('\n')[0]}`);
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
