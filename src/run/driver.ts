import path from 'node:path';
import type { Answers, RawOptions } from '../answers/options.js';
import { resolveAnswers, type Prompter } from '../answers/resolve.js';
import type { Ranked } from '../catalog/recommend.js';
import { planStarter, writeStarter, type Starter } from '../generate/starter.js';
import type { WritePlan } from '../generate/write.js';
import { finish, type Log } from './finish.js';
import { formatList, formatRanking, formatRecommendation } from './report.js';
import { openSession, type Session } from './session.js';

/** What a front door hands the driver: its parsed command line, and how it asks and prints. */
export interface Door {
  /** How the user runs this door, for the command that reproduces the starter. */
  program: string;
  cwd: string;
  raw: RawOptions;
  /** The first argument, when given. */
  name?: string;
  /** Absent when there is no terminal to ask on. */
  prompter?: Prompter;
  log: Log;
}

/** A generation whose answers are settled. */
export interface Run {
  door: Door;
  session: Session;
  answers: Answers;
  ranked: Ranked[];
  starter: Starter;
  /** The folder as the user should type it ('.' for a re-run in place), and where it is. */
  dir: string;
  root: string;
}

/**
 * One generation, the same for both front doors, in the stages a Yeoman generator runs in separate
 * tasks: settle the answers, write, then report and run the post-steps.
 */
export async function generate(door: Door): Promise<void> {
  const run = await settle(door);
  if (run) await complete(run, await write(run));
}

/** Loads the catalog and settles every answer; `--list` and `--explain` print here and end the run. */
export async function settle(door: Door): Promise<Run | undefined> {
  const session = openSession(door.raw, door.name, door.cwd);
  const { catalog, flags } = session;
  if (flags.list) {
    door.log(formatList(catalog).trimEnd());
    return undefined;
  }
  const { answers, ranked } = await resolveAnswers({
    catalog,
    given: session.given,
    saved: session.saved,
    yes: flags.yes || flags.explain,
    rankingOnly: flags.explain,
    prompter: door.prompter,
  });
  if (flags.explain) {
    door.log(`Ranking for ${answers.appType} (language: ${answers.language}, priority: ${answers.priority})\n${formatRanking(ranked)}`);
    return undefined;
  }
  const dir = session.dir ?? answers.name;
  return { door, session, answers, ranked, starter: planStarter(catalog, answers), dir, root: path.resolve(door.cwd, dir) };
}

export function write(run: Run): Promise<WritePlan> {
  return writeStarter(run.starter, { root: run.root, shown: run.dir }, run.session.flags.force);
}

/** Says what was chosen and written, then installs, commits and verifies as the flags ask. */
export async function complete(run: Run, writePlan: WritePlan): Promise<void> {
  const { door, answers, dir } = run;
  door.log(formatRecommendation(run.session.catalog, answers, run.ranked));
  door.log(`\nWrote ${writePlan.changed.length} files to ${dir}${writePlan.unchanged ? ` (${writePlan.unchanged} already up to date)` : ''}.`);
  await finish({ dir: run.root, shownDir: dir, starter: run.starter, flags: run.session.flags, program: door.program, log: door.log });
}
