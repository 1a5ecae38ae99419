import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { saveAnswers, savedAnswers } from '../answers/answers-file.js';
import type { Answers } from '../answers/options.js';
import { findStack } from '../catalog/load.js';
import type { Catalog, Stack } from '../catalog/types.js';
import { planStarter } from '../generate/starter.js';
import { packageRoot } from '../paths.js';
import { stepLine } from '../run/finish.js';
import type { Suite } from '../run/junit.js';
import { identity, mustGit } from '../update/git.js';
import { verifyProject, type StepResult } from '../verify/verify.js';
import { WORST } from './hostile.js';
import type { Variant } from './matrix.js';
import { keepPrebuilds, usePrebuilds } from './prebuilds.js';

export interface VariantReport {
  stack: string;
  label: string;
  appType: string;
  database?: string;
  /**
   * `verified`: built, tested and run here; `syntax-checked`: parsed and its pins checked; `not-checked`:
   * a stack whose registry is out of reach, with no static checker at hand; `failed`: a step failed.
   */
  result: 'verified' | 'syntax-checked' | 'not-checked' | 'failed';
  seconds: number;
  steps: StepResult[];
  log: string;
}

/**
 * The proof of a starter whose toolchain cannot run here: its files parsed, its pins checked. Its
 * parsers are development dependencies, so `npm run smoke` in this repository passes one and the
 * published command runs without.
 */
export type StaticCheck = (dir: string, stack: Stack, catalog: Catalog, log: string) => Promise<StepResult[]>;

export interface SmokeOptions {
  catalog: Catalog;
  /** The catalog folder given with --catalog, handed on to the generator; absent: the bundled one. */
  catalogDir?: string;
  variants: Variant[];
  /** Where the starters are generated: outside any project, so no config of another (eslint, vitest) applies. */
  workDir: string;
  logDir: string;
  /** Leave every generated folder in workDir; otherwise only a failed starter's stays, for inspection. */
  keep: boolean;
  staticCheck?: StaticCheck;
  print: (line: string) => void;
}

/**
 * For each variant: generate it with the standalone CLI (every hostile string as its description and
 * author), then verify it (services, install, lint, migrations, own tests, build, boot, contract,
 * hostile requests, capability checks, shutdown under load, restart) or, for a stack whose registry is out of reach, check it statically.
 */
export async function runSmoke(options: SmokeOptions): Promise<VariantReport[]> {
  mkdirSync(options.workDir, { recursive: true });
  mkdirSync(options.logDir, { recursive: true });
  // Rust starters then share compiled dependencies between variants and runs, instead of each building
  // hundreds of crates in its own target/.
  process.env.CARGO_TARGET_DIR ??= path.join(options.workDir, 'cargo-target');
  // Node starters' variants install the same packages: npm takes the package metadata it has cached
  // (fetching only what it lacks) instead of asking the registry about each of hundreds again.
  process.env.npm_config_prefer_offline ??= 'true';
  const started = Date.now();
  const reports: VariantReport[] = [];
  for (const [i, variant] of options.variants.entries()) {
    options.print(`\n== [${i + 1}/${options.variants.length}] ${variant.label}  (${clock(Date.now() - started)} elapsed)`);
    // A stack's body handling and shutdown are the same in all its variants: prove them on its first.
    const underLoad = !options.variants.slice(0, i).some((v) => v.stack === variant.stack);
    reports.push(await smokeOne(variant, underLoad, options));
  }
  return reports;
}

async function smokeOne(variant: Variant, underLoad: boolean, options: SmokeOptions): Promise<VariantReport> {
  const { catalog } = options;
  const stack = findStack(catalog, variant.stack)!;
  const started = Date.now();
  const name = `smoke-${variant.label.replaceAll('+', '-')}`;
  const dir = path.join(options.workDir, name);
  const log = path.join(options.logDir, `${variant.label}.log`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  // The hostile text goes in through saved answers, as a re-run reads them (a NUL cannot be an argument);
  // --force lets the run rewrite that file with all of its answers.
  const database = variant.from ?? variant.database;
  saveAnswers(dir, { name, stack: stack.id, appType: variant.appType, description: WORST, author: WORST, ...(database && { database }) });
  const catalogArgs = options.catalogDir ? ['--catalog', options.catalogDir] : [];
  const generate = spawnSync(process.execPath, [path.join(packageRoot(), 'dist/bin/create-backend-stack.js'), '--yes', '--skip-install', '--force', ...catalogArgs], { cwd: dir, encoding: 'utf8' });
  const steps: StepResult[] = [];
  const record = (step: StepResult) => {
    steps.push(step);
    options.print(stepLine(step));
  };
  record({ step: 'generate', ok: generate.status === 0, seconds: (Date.now() - started) / 1000, detail: generate.stderr.trim() || 'create-backend-stack, with every hostile string as description and author' });
  if (steps[0].ok && variant.from) record(updateDatabase(dir, variant, catalogArgs));
  let result: VariantReport['result'] = stack.verification;
  const ready = steps.every((s) => s.ok);
  if (ready && stack.verification === 'verified') {
    const { capabilities, data } = planStarter(catalog, savedAnswers(dir) as Answers);
    const prebuilds = path.join(options.workDir, 'prebuilds');
    usePrebuilds(prebuilds);
    await verifyProject(dir, stack, { logFile: log, capabilities, services: Object.values(data.services), underLoad, onStep: record, onStart: (step) => options.print(`  ..   ${step}`) });
    keepPrebuilds(dir, prebuilds);
  } else if (ready && options.staticCheck) {
    for (const step of await options.staticCheck(dir, stack, catalog, log)) record(step);
  } else if (ready) {
    result = 'not-checked';
    options.print(`  --   ${stack.id} is syntax-checked: its parsers come with backend-stack's repository (npm run smoke there)`);
  }
  if (!steps.every((s) => s.ok)) result = 'failed';
  if (!options.keep && result !== 'failed') rmSync(dir, { recursive: true, force: true });
  return { stack: stack.id, label: variant.label, appType: variant.appType, ...(variant.database && { database: variant.database }), result, seconds: (Date.now() - started) / 1000, steps, log };
}

/**
 * Changes the starter's database the way a team would: an edit of its own committed first, then
 * `backend-stack update --database X`, whose merge must keep the edit and is committed for the proof.
 * The edit goes into .gitignore, whose top no database changes (the README carries the hostile strings,
 * whose NUL makes git merge it as a binary file).
 */
function updateDatabase(dir: string, variant: Variant, catalogArgs: string[]): StepResult {
  const started = Date.now();
  const done = (ok: boolean, detail: string): StepResult => ({ step: 'update', ok, seconds: (Date.now() - started) / 1000, detail });
  const env = identity(dir);
  const ignores = path.join(dir, '.gitignore');
  writeFileSync(ignores, `${TEAM_IGNORES}${readFileSync(ignores, 'utf8')}`);
  mustGit(dir, ['commit', '--quiet', '--all', '--message', 'Ignore our scratch files'], { env });
  const update = spawnSync(process.execPath, [path.join(packageRoot(), 'dist/bin/backend-stack.js'), 'update', '--database', variant.database!, ...catalogArgs], { cwd: dir, encoding: 'utf8' });
  if (update.status !== 0) return done(false, `backend-stack update --database ${variant.database} exited with ${update.status}: ${`${update.stderr}${update.stdout}`.trim()}`);
  if (!readFileSync(ignores, 'utf8').startsWith(TEAM_IGNORES)) return done(false, "the update dropped the project's own edit of .gitignore");
  mustGit(dir, ['commit', '--quiet', '--message', `Update to ${variant.database}`], { env });
  return done(true, `backend-stack update from ${variant.from} to ${variant.database}, keeping an edit of .gitignore`);
}

const TEAM_IGNORES = '# Our scratch files\n/scratch/\n\n';

function clock(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The reports as JUnit suites: a suite per starter, a case per step, an unchecked starter a skipped case. */
export function smokeSuites(reports: readonly VariantReport[]): Suite[] {
  return reports.map((r) => ({
    name: r.label,
    seconds: r.seconds,
    properties: { stack: r.stack, 'app-type': r.appType, database: r.database ?? 'default', result: r.result, log: r.log },
    cases: [
      ...r.steps.map((s) => ({ name: s.step, seconds: s.seconds, ...(!s.ok && { failure: { message: s.detail.split('\n')[0], detail: s.detail } }) })),
      ...(r.result === 'not-checked' ? [{ name: 'checked', seconds: 0, skipped: "no parser for this stack's files at hand" }] : []),
    ],
  }));
}
