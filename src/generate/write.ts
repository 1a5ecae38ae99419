import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InterruptedError, UserError } from '../errors.js';
import { ANSWERS_FILE } from '../answers/answers-file.js';
import type { RenderedFile } from './render.js';

/** The folder a starter goes into: where it is, and how messages name it (as the user typed it). */
export interface Destination {
  root: string;
  shown: string;
}

export interface WritePlan {
  /** Files whose contents differ from what is on disk (or that do not exist yet). */
  changed: RenderedFile[];
  unchanged: number;
}

/**
 * Decides what may be written, before anything is: a non-empty folder that we did not generate, and a
 * file that exists with other contents, are left alone unless `force`. Refuses paths that would leave
 * the folder through `..` or a symbolic link. `local` files (the untracked `.env`) are written only
 * where none exists, even with `force`: they hold the user's own settings.
 */
export function checkTarget({ root, shown: dir }: Destination, files: RenderedFile[], force: boolean, local: RenderedFile[] = []): WritePlan {
  if (existsSync(root)) {
    if (!lstatSync(root).isDirectory()) throw new UserError(`${dir} exists and is not a folder`, 'choose another project name');
    const entries = readdirSync(root);
    if (!force && entries.length > 0 && !entries.includes(ANSWERS_FILE)) {
      throw new UserError(`${dir} is not empty`, "pass --force to write the generator's files into it (nothing else is touched)");
    }
  }
  const changed: RenderedFile[] = [];
  let unchanged = 0;
  for (const file of files) {
    const target = insideRoot(root, file.dest);
    if (!existsSync(target)) {
      changed.push(file);
    } else if (readFileSync(target, 'utf8') === file.contents) {
      unchanged++;
    } else if (force) {
      changed.push(file);
    } else {
      throw new UserError(`${path.join(dir, file.dest)} already exists with other contents`, 'pass --force to overwrite it');
    }
  }
  for (const file of local) if (!existsSync(insideRoot(root, file.dest))) changed.push(file);
  return { changed, unchanged };
}

/** Resolves a destination and refuses one that escapes the root or passes through a symbolic link. */
function insideRoot(root: string, dest: string): string {
  const target = path.resolve(root, dest);
  if (!target.startsWith(root + path.sep)) throw new UserError(`refusing to write ${dest}: it is outside ${root}`);
  let current = root;
  for (const segment of path.relative(root, target).split(path.sep)) {
    current = path.join(current, segment);
    if (existsSync(current) && lstatSync(current).isSymbolicLink()) {
      throw new UserError(`refusing to write through the symbolic link ${current}`, 'remove the link or choose another folder');
    }
  }
  return target;
}

/** What a write changed, so it can be undone: earlier contents of replaced files, and what is new. */
interface Journal {
  replaced: { path: string; contents: Buffer; mode: number }[];
  created: string[];
  dirs: string[];
}

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Writes the files with plain fs (the standalone path) as one transaction: if a write fails or the user
 * presses Ctrl-C, a folder this run created is removed again and a folder that existed is put back as
 * it was, so the user is never left with half a starter or with edits lost.
 */
export async function writeFiles({ root, shown: dir }: Destination, plan: WritePlan): Promise<void> {
  const createdRoot = !existsSync(root);
  const journal: Journal = { replaced: [], created: [], dirs: [] };
  let signal: NodeJS.Signals | undefined;
  const onSignal = (received: NodeJS.Signals) => (signal ??= received);
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  try {
    try {
      for (const file of plan.changed) writeOne(root, file, journal);
    } catch (err) {
      undo(root, createdRoot, journal);
      throw new UserError(`could not write the starter into ${dir}: ${(err as Error).message}`, createdRoot ? 'nothing was left behind' : 'the folder was put back as it was');
    }
    // Writing is synchronous, so a Ctrl-C pressed meanwhile is delivered only now: in the poll phase of
    // the next turn of the event loop, which the second setImmediate waits for.
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
    if (signal) {
      undo(root, createdRoot, journal);
      throw new InterruptedError(`interrupted (${signal}) while writing ${dir}`, createdRoot ? 'nothing was left behind' : 'the folder was put back as it was');
    }
  } finally {
    for (const s of STOP_SIGNALS) process.off(s, onSignal);
  }
}

function writeOne(root: string, file: RenderedFile, journal: Journal): void {
  const target = path.join(root, file.dest);
  const firstNewDir = mkdirSync(path.dirname(target), { recursive: true });
  if (firstNewDir) journal.dirs.push(firstNewDir);
  if (existsSync(target)) journal.replaced.push({ path: target, contents: readFileSync(target), mode: statSync(target).mode });
  else journal.created.push(target);
  writeFileSync(target, file.contents, { mode: file.mode });
  // The mode above applies only to a new file; an overwritten one (--force) gets it here.
  if (file.mode !== undefined) chmodSync(target, file.mode);
}

function undo(root: string, createdRoot: boolean, journal: Journal): void {
  if (createdRoot) {
    rmSync(root, { recursive: true, force: true });
    return;
  }
  for (const file of journal.replaced) {
    writeFileSync(file.path, file.contents);
    chmodSync(file.path, file.mode);
  }
  for (const file of journal.created) rmSync(file, { force: true });
  for (const created of journal.dirs.reverse()) rmSync(created, { recursive: true, force: true });
}
