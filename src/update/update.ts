import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { parseCommandLine } from '../answers/cli.js';
import { OPTIONS } from '../answers/options.js';
import { resolveAnswers } from '../answers/resolve.js';
import { findStack } from '../catalog/load.js';
import type { Stack } from '../catalog/types.js';
import { UsageError, UserError } from '../errors.js';
import { buildFiles } from '../generate/starter.js';
import { openSession } from '../run/session.js';
import { commitRender, git, identity, mustGit, PRISTINE_REF, renderedBy, renderMessage } from './git.js';

export const UPDATE_HELP = `Usage: backend-stack update [--dry-run] [ANSWER FLAGS...]

Run inside a project backend-stack generated (with its git repository). Renders the project's saved answers (changed by
any answer flags given, such as --database postgres, --docker, --ci) with this version of backend-stack
and its catalog, and merges the result three ways into the working tree: the render the project last
received, your working tree, and the new render. Your edits are kept; template changes you did not touch
are applied; files the templates dropped and you did not edit are removed. A change that meets an edit
of yours is left as a git conflict (markers in the file), listed, with exit status 1. The merge is left
staged for review: git diff --staged, then git commit. Lock files are not merged line by line: yours is
kept (or the new render's taken, where yours is as generated) and the ecosystem's tool refreshes it
against the merged manifests (go mod tidy, cargo update --workspace, npm install --package-lock-only).
Your untracked .env is left as it is.

Options:
  --dry-run        print what would change (and what would conflict); change nothing
  --catalog PATH   render with another catalog folder
  -h, --help       print this help

Changing the stack or the project name is not an update: generate a new project instead.
`;

/** The flags of update, for its Yeoman subgenerator: the answers' flags, --catalog and --dry-run. */
export const UPDATE_OPTIONS: NonNullable<ParseArgsConfig['options']> = { 'dry-run': { type: 'boolean' } };
for (const o of OPTIONS) {
  if ((o.saved && !o.positional) || o.key === 'catalog') UPDATE_OPTIONS[o.flag] = { type: o.kind === 'confirm' || o.kind === 'boolean' ? 'boolean' : 'string' };
}

/** `backend-stack update`: returns the exit status. */
export async function updateCommand(argv: string[], print: (line: string) => void, cwd = process.cwd()): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    print(UPDATE_HELP.trimEnd());
    return 0;
  }
  const dryRun = argv.includes('--dry-run');
  const { raw, name } = parseCommandLine(argv.filter((a) => a !== '--dry-run'), 'backend-stack update');
  if (name !== undefined) throw new UsageError(`update takes no project name (got "${name}")`, 'run it inside the project folder');
  const session = openSession(raw, undefined, cwd);
  if (session.dir !== '.') throw new UserError(`${cwd} is not a project backend-stack generated (it has no .yo-rc.json with its answers)`, 'run backend-stack update inside the project folder');
  const { catalog, given, saved } = session;
  if (given.stack && given.stack !== saved.stack) throw new UsageError(`update cannot change the stack (${saved.stack} to ${given.stack})`, 'generate a new project with create-backend-stack, then move your code across');
  if (given.name && given.name !== saved.name) throw new UsageError(`update cannot rename the project (${saved.name} to ${given.name})`, 'generate a new project under the new name instead');
  const pristine = projectRender(cwd);
  const { answers } = await resolveAnswers({ catalog, given, saved, yes: true });
  const next = commitRender(cwd, buildFiles(catalog, answers), pristine, renderMessage('Render for backend-stack update', catalog.date));
  if (treeOf(cwd, next) === treeOf(cwd, pristine)) {
    print('Already up to date: this backend-stack renders the same files the project last received.');
    return 0;
  }
  print(`Merging the render of ${renderedBy(cwd, next)} into the project, which last received that of ${renderedBy(cwd, pristine)}.`);
  const stack = findStack(catalog, answers.stack)!;
  return withLockDriver(cwd, stack.lock?.files ?? [], () => (dryRun ? preview(cwd, next, print) : merge(cwd, next, stack.lock, print)));
}

/**
 * Runs the merge with the stack's lock files under a merge driver of their own, so git never merges
 * them line by line: where only the render changed one, git takes the new render's; where the project
 * changed it too, the driver keeps the project's. The driver is declared on the command line and in the repository's own attributes file
 * (`.git/info/attributes`, restored after), so nothing tracked changes.
 */
function withLockDriver<T>(cwd: string, files: string[], merge: () => T): T {
  if (!files.length) return merge();
  const attributes = path.join(mustGit(cwd, ['rev-parse', '--absolute-git-dir']), 'info/attributes');
  const before = existsSync(attributes) ? readFileSync(attributes, 'utf8') : undefined;
  mkdirSync(path.dirname(attributes), { recursive: true });
  writeFileSync(attributes, `${before ?? ''}${before && !before.endsWith('\n') ? '\n' : ''}${files.map((f) => `/${f} merge=${LOCK_DRIVER}`).join('\n')}\n`);
  try {
    return merge();
  } finally {
    if (before === undefined) rmSync(attributes);
    else writeFileSync(attributes, before);
  }
}

const LOCK_DRIVER = 'backend-stack-lock';
/** Git's configuration of that driver: it leaves the project's file (%A) as the result. */
const LOCK_CONFIG = ['-c', `merge.${LOCK_DRIVER}.name=keep the project's lock file, refreshed after the merge`, '-c', `merge.${LOCK_DRIVER}.driver=true`];

/** The commit of the render the project last received; refuses a project that cannot be updated safely. */
function projectRender(cwd: string): string {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (top.status !== 0 || realpathSync(top.stdout.trim()) !== realpathSync(cwd)) {
    throw new UserError('this project is not the top of a git repository', 'generate without --no-git (an update merges through git), or run update where the project\'s repository starts');
  }
  const pristine = git(cwd, ['rev-parse', '--verify', '--quiet', `${PRISTINE_REF}^{commit}`]);
  if (pristine.status !== 0) throw new UserError(`the repository has no ${PRISTINE_REF}: it does not record the render the project received`, 'projects generated in a repository of their own by this version of backend-stack have it');
  const dirty = mustGit(cwd, ['status', '--porcelain', '--untracked-files=normal']);
  if (dirty) throw new UserError(`the working tree has changes (${dirty.split('\n').length} paths, e.g. ${dirty.split('\n')[0].slice(3)})`, 'commit or stash them first, so the update can never mix with unsaved work');
  return pristine.stdout.trim();
}

const treeOf = (cwd: string, commit: string) => mustGit(cwd, ['rev-parse', `${commit}^{tree}`]);

/** What the merge would do, from a merge in git's object store only: the working tree is not touched. */
function preview(cwd: string, next: string, print: (line: string) => void): number {
  const merged = git(cwd, [...LOCK_CONFIG, 'merge-tree', '--write-tree', '--name-only', '--messages', 'HEAD', next]);
  const [tree, ...rest] = merged.stdout.trim().split('\n');
  const conflicts = merged.status === 1 ? rest.slice(0, rest.indexOf('')).filter(Boolean) : [];
  print(mustGit(cwd, ['diff', '--stat', 'HEAD', tree]) || 'No file would change.');
  print(mustGit(cwd, ['diff', 'HEAD', tree]));
  if (conflicts.length) {
    print(`\nThese would conflict with your edits:\n${conflicts.map((f) => `  ${f}`).join('\n')}`);
    return 1;
  }
  print('\nDry run: nothing was changed.');
  return 0;
}

function merge(cwd: string, next: string, lock: Stack['lock'], print: (line: string) => void): number {
  const merged = git(cwd, [...LOCK_CONFIG, 'merge', '--no-ff', '--no-commit', '--quiet', next], { env: identity(cwd) });
  mustGit(cwd, ['update-ref', PRISTINE_REF, next]);
  const conflicts = mustGit(cwd, ['diff', '--name-only', '--diff-filter=U']).split('\n').filter(Boolean);
  if (conflicts.length) {
    print(`The update meets your edits in ${conflicts.length} file${conflicts.length === 1 ? '' : 's'}; each is left with conflict markers:`);
    print(conflicts.map((f) => `  ${f}`).join('\n'));
    print(`Resolve them, git add them${lock ? `, run ${lock.refresh} to refresh ${lock.files.join(', ')}` : ''}, then git commit (or git merge --abort to drop the update).`);
    return 1;
  }
  if (merged.status !== 0) throw new UserError(`git merge failed: ${(merged.stderr || merged.stdout).trim().split('\n')[0]}`);
  if (lock) refreshLock(cwd, lock, print);
  print(mustGit(cwd, ['diff', '--staged', '--stat']));
  print('\nUpdated and staged: review it with git diff --staged, then git commit.');
  return 0;
}

/** Where the merge changed a manifest or a lock file, runs the ecosystem's tool to make them agree, and stages what it wrote. */
function refreshLock(cwd: string, lock: NonNullable<Stack['lock']>, print: (line: string) => void): void {
  const changed = mustGit(cwd, ['diff', '--staged', '--name-only']).split('\n');
  if (!changed.some((f) => lock.files.includes(f) || lock.manifests.includes(f))) return;
  print(`Refreshing ${lock.files.join(', ')}: ${lock.refresh}`);
  const run = spawnSync('sh', ['-c', lock.refresh], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0) {
    const why = (run.error?.message ?? `${run.stderr}${run.stdout}`).trim().split('\n').slice(-5).join('\n  | ');
    print(`  | ${why}`);
    throw new UserError(`the update is merged and staged, but ${lock.refresh} failed, so ${lock.files.join(', ')} may not match the manifests`, `fix the cause, run ${lock.refresh}, git add ${lock.files.join(' ')}, then git commit`);
  }
  const present = [...lock.files, ...lock.manifests].filter((f) => existsSync(path.join(cwd, f)));
  if (present.length) mustGit(cwd, ['add', '--', ...present]);
}
