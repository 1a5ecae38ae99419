import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { RenderedFile } from '../generate/render.js';
import { generatorVersion } from '../paths.js';

/** The ref that holds the last render backend-stack wrote into the project, untouched by the user. */
export const PRISTINE_REF = 'refs/backend-stack/pristine';

/**
 * The message of a render's commit: a subject, and git trailers naming the generator version and the
 * catalog date that rendered it, which `git log` and the next update read back.
 */
export function renderMessage(subject: string, catalogDate: string): string {
  return `${subject}\n\n${VERSION_TRAILER}: ${generatorVersion()}\n${CATALOG_TRAILER}: ${catalogDate}\n`;
}

/** What rendered a commit, from its trailers: "backend-stack 0.1.0, catalog of 2026-11-20". */
export function renderedBy(dir: string, commit: string): string {
  const value = (key: string) => mustGit(dir, ['log', '-1', `--format=%(trailers:key=${key},valueonly)`, commit]) || 'unknown';
  return `backend-stack ${value(VERSION_TRAILER)}, catalog of ${value(CATALOG_TRAILER)}`;
}

const VERSION_TRAILER = 'Backend-Stack-Version';
const CATALOG_TRAILER = 'Backend-Stack-Catalog';

/** The identity of backend-stack's own commits when git has none for the user, so they never fail on it. */
const FALLBACK_IDENTITY = {
  GIT_AUTHOR_NAME: 'backend-stack',
  GIT_AUTHOR_EMAIL: 'backend-stack@users.noreply.invalid',
  GIT_COMMITTER_NAME: 'backend-stack',
  GIT_COMMITTER_EMAIL: 'backend-stack@users.noreply.invalid',
};

export interface GitResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function git(dir: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): GitResult {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', input: options.input, env: { ...process.env, ...options.env }, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new UserError('git is not installed', 'install git: a project is updated through it');
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs git and returns its output, or stops with its first line of error. */
export function mustGit(dir: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): string {
  const result = git(dir, args, options);
  if (result.status !== 0) throw new UserError(`git ${args[0]} failed: ${(result.stderr || result.stdout).trim().split('\n')[0]}`);
  return result.stdout.trim();
}

/** The user's identity when git has one, otherwise backend-stack's. */
export function identity(dir: string): Record<string, string> {
  const known = git(dir, ['var', 'GIT_AUTHOR_IDENT']).status === 0 && git(dir, ['var', 'GIT_COMMITTER_IDENT']).status === 0;
  return known ? {} : FALLBACK_IDENTITY;
}

/**
 * Records a render as a commit of its own, with `parent` (the previous render) as its parent, without
 * touching the working tree or the index: a temporary index holds exactly the rendered files.
 */
export function commitRender(dir: string, files: readonly RenderedFile[], parent: string | undefined, message: string): string {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'backend-stack-index-'));
  const env = { GIT_INDEX_FILE: path.join(scratch, 'index'), ...identity(dir) };
  try {
    const entries = files.map((f) => {
      const blob = mustGit(dir, ['hash-object', '-w', '--stdin'], { input: f.contents });
      return `${(f.mode ?? 0o644) & 0o111 ? '100755' : '100644'} ${blob}\t${f.dest}`;
    });
    mustGit(dir, ['update-index', '--add', '--index-info'], { input: `${entries.join('\n')}\n`, env });
    const tree = mustGit(dir, ['write-tree'], { env });
    return mustGit(dir, ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message], { env });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
