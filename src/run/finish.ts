import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { render } from '../generate/render.js';
import { gitInit, installDependencies } from './post-steps.js';
import { equivalentCommand, nextSteps, table } from './report.js';
import type { RunFlags } from '../answers/options.js';
import type { Starter } from '../generate/starter.js';
import { verifyProject, type StepResult } from '../verify/verify.js';

export type Log = (line: string) => void;

export interface Finish {
  /** Where the post-steps run. */
  dir: string;
  /** How the user should type the folder in the next steps. */
  shownDir: string;
  starter: Starter;
  flags: RunFlags;
  /** How the user runs this front door, for the command that reproduces the starter. */
  program: string;
  log: Log;
}

/** The post-steps both front doors run once the files are on disk, each behind its flag. */
export async function finish({ dir, shownDir, starter, flags, program, log }: Finish): Promise<void> {
  const { stack, answers } = starter;
  if (!flags.skipInstall) await installDependencies(dir, stack, log);
  if (flags.git) {
    const without = gitInit(dir, render(starter.planned, starter.data, answers), starter.data.catalogDate);
    log(without ? `\nNote: ${without}.` : 'Initialized a git repository with a first commit.');
  }
  if (flags.verify) await verify(dir, starter, !flags.skipInstall, log);
  log(`\nTo generate the same starter again without questions:\n  ${equivalentCommand(program, answers)}`);
  log(`\n${nextSteps(shownDir, starter.data.commands, !flags.skipInstall)}`);
}

async function verify(dir: string, { stack, capabilities, data }: Starter, installed: boolean, log: Log): Promise<void> {
  const logFile = path.join(os.tmpdir(), `backend-stack-verify-${stack.id}-${process.pid}.log`);
  log(`\nVerifying ${stack.id} (full output in ${logFile})`);
  const results = await verifyProject(dir, stack, { logFile, skipInstall: installed, capabilities, services: Object.values(data.services), underLoad: true, onStep: (r) => log(stepLine(r)) });
  const failed = results.find((r) => !r.ok);
  if (failed) throw new UserError(`verification failed at "${failed.step}": ${failed.detail.split('\n')[0]}`, `full output in ${logFile}`);
  log(table([['STEP', 'SECONDS', 'RESULT'], ...results.map((r) => [r.step, r.seconds.toFixed(1), r.detail])]));
}

export function stepLine(r: StepResult): string {
  return `  ${r.ok ? 'ok  ' : 'FAIL'} ${r.step.padEnd(9)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.ok ? r.detail : r.detail.split('\n')[0]}`;
}
