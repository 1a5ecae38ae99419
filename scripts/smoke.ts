/**
 * The slow tier: for each available stack, capability and database, generate a starter with the
 * standalone CLI (every hostile string of scripts/hostile.ts as its description and author), start the
 * services it needs on loopback (a throwaway PostgreSQL cluster with a database per variant, Redis), then
 * install, lint, migrate, run its own tests, build, boot it on a free port, call its contract and its
 * capabilities over real connections, SIGTERM it, start it again and read its data back.
 * A "syntax-checked" stack (its package registry is out of reach here) is generated, every file parsed,
 * and its manifests checked for exact pins instead; it is never counted as verified.
 *
 *   npm run smoke                 every available stack
 *   npm run smoke -- --stack gin  one stack (repeatable)
 *
 * Prints a table and writes .smoke/report.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findAppType, loadCatalog } from '../src/catalog/load.js';
import { stepLine } from '../src/run/finish.js';
import { buildFiles, planStarter } from '../src/generate/starter.js';
import { packageRoot } from '../src/paths.js';
import { saveAnswers, savedAnswers } from '../src/answers/answers-file.js';
import { databaseChoices, databasesOf, type Answers } from '../src/answers/options.js';
import { table } from '../src/run/report.js';
import { checkManifests } from './lib/manifests.js';
import { checkSyntax, describeCoverage, type SourceFile } from './lib/syntax.js';
import type { Stack } from '../src/catalog/types.js';
import { verifyProject, type StepResult } from '../src/verify/verify.js';
import { WORST } from './hostile.js';

interface StackReport {
  stack: string;
  /** Only 'verified' was built and run here; 'syntax-checked' was parsed and its pins checked. */
  result: 'verified' | 'syntax-checked' | 'failed';
  seconds: number;
  steps: StepResult[];
  log: string;
}

const { values } = parseArgs({ options: { stack: { type: 'string', multiple: true } } });
const catalog = loadCatalog();
const available = catalog.stacks.filter((s) => s.status === 'available');
const unknown = (values.stack ?? []).filter((id) => !available.some((s) => s.id === id));
if (unknown.length) {
  console.error(`smoke: no available stack ${unknown.join(', ')}; available: ${available.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const chosen = values.stack ? available.filter((s) => values.stack!.includes(s.id)) : available;
// Starters are generated outside this repository, so no config of ours (vitest, eslint, ...) applies to them.
const workDir = path.join(os.tmpdir(), 'backend-stack-smoke');
const reportDir = path.join(packageRoot(), '.smoke');
// Rust starters then share compiled dependencies between variants and runs, instead of each building
// hundreds of crates in its own target/.
process.env.CARGO_TARGET_DIR ??= path.join(workDir, 'cargo-target');
mkdirSync(workDir, { recursive: true });
mkdirSync(reportDir, { recursive: true });

const reports: StackReport[] = [];
for (const stack of chosen) for (const variant of variants(stack)) reports.push(await smoke(stack, variant));

console.log(`\n${table([
  ['STACK', 'RESULT', 'SECONDS', 'STEPS'],
  ...reports.map((r) => [r.stack, r.result, r.seconds.toFixed(1), r.steps.map((s) => `${s.step}${s.ok ? '' : ' FAILED'}`).join(' ')]),
])}`);
writeFileSync(path.join(reportDir, 'report.json'), JSON.stringify(reports, null, 2) + '\n');
const failed = reports.filter((r) => r.result === 'failed');
const count = (result: StackReport['result']) => reports.filter((r) => r.result === result).length;
console.log(`\nsmoke: ${count('verified')} verified, ${count('syntax-checked')} syntax-checked, ${failed.length} failed`);
if (failed.length) {
  for (const r of failed) console.log(`  ${r.stack}: see ${r.log}`);
  process.exitCode = 1;
}

interface Variant {
  /** `gin`, `express+realtime` for an app type that adds a capability, `gin+postgres` for another database. */
  label: string;
  appType: string;
  /** Absent: the default for the stack. */
  database?: string;
}

/**
 * The least set of generations that proves every (stack, capability) pair and every database once: one
 * per distinct capability among the stack's app types (the plain HTTP contract, websocket, predict, ...),
 * with the stack's default database, then each other database on the plain one.
 */
function variants(stack: Stack): Variant[] {
  const byCapability = new Map<string, Variant>();
  for (const appTypeId of Object.keys(stack.appTypes)) {
    const capability = findAppType(catalog, appTypeId)?.capability;
    if (byCapability.has(capability ?? '')) continue;
    byCapability.set(capability ?? '', { label: capability ? `${stack.id}+${appTypeId}` : stack.id, appType: appTypeId });
  }
  const [plain] = byCapability.values();
  const others = databasesOf(stack, catalog).length ? databaseChoices(stack, catalog).slice(1) : [];
  return [...byCapability.values(), ...others.map((database) => ({ label: `${stack.id}+${database}`, appType: plain.appType, database }))];
}

async function smoke(stack: Stack, variant: Variant): Promise<StackReport> {
  const started = Date.now();
  const name = `smoke-${variant.label.replace('+', '-')}`;
  const dir = path.join(workDir, name);
  const log = path.join(reportDir, `${variant.label}.log`);
  rmSync(dir, { recursive: true, force: true });
  console.log(`\n== ${variant.label}`);
  // The hostile text goes in through saved answers, as a re-run reads them (a NUL cannot be an argument);
  // --force lets the run rewrite that file with all of its answers.
  mkdirSync(dir);
  saveAnswers(dir, { name, stack: stack.id, appType: variant.appType, description: WORST, author: WORST, ...(variant.database && { database: variant.database }) });
  const generate = spawnSync(process.execPath, [path.join(packageRoot(), 'dist/bin/create-backend-stack.js'), '--yes', '--skip-install', '--force'], { cwd: dir, encoding: 'utf8' });
  const steps: StepResult[] = [
    { step: 'generate', ok: generate.status === 0, seconds: (Date.now() - started) / 1000, detail: generate.stderr.trim() || 'create-backend-stack, with every hostile string as description and author' },
  ];
  console.log(stepLine(steps[0]));
  if (steps[0].ok && stack.verification === 'verified') {
    const { capabilities, data } = planStarter(catalog, savedAnswers(dir) as Answers);
    steps.push(...(await verifyProject(dir, stack, { logFile: log, capabilities, services: Object.values(data.services), onStep: (r) => console.log(stepLine(r)) })));
  } else if (steps[0].ok) {
    for (const step of await checkGenerated(dir, stack, variant, log)) {
      console.log(stepLine(step));
      steps.push(step);
    }
  }
  const ok = steps.every((s) => s.ok);
  return { stack: variant.label, result: !ok ? 'failed' : stack.verification, seconds: (Date.now() - started) / 1000, steps, log };
}

/**
 * The proof for a starter that cannot be installed here: every generated file parsed by a real parser
 * (the kinds nothing parses are listed, never passed), and its manifests pinned to exact versions.
 */
async function checkGenerated(dir: string, stack: Stack, variant: Variant, log: string): Promise<StepResult[]> {
  const files = readGenerated(dir);
  let started = Date.now();
  const syntax = await checkSyntax([{ dir, files }]);
  const coverage = describeCoverage(syntax);
  const { problems } = syntax;
  const steps: StepResult[] = [
    {
      step: 'syntax',
      ok: !problems.length,
      seconds: (Date.now() - started) / 1000,
      detail: problems.length ? [`${problems.length} file(s) do not parse, first: ${problems[0]}`, ...problems, coverage].join('\n') : coverage,
    },
  ];
  started = Date.now();
  // A catalog version may be printed only by another app type's starter: those are rendered in memory.
  const answers = savedAnswers(dir) as Answers;
  const siblings = Object.keys(stack.appTypes)
    .filter((appType) => appType !== variant.appType)
    .flatMap((appType) => buildFiles(catalog, { ...answers, appType }));
  const manifests = checkManifests(files, stack.versions, siblings);
  steps.push({
    step: 'manifests',
    ok: !manifests.problems.length,
    seconds: (Date.now() - started) / 1000,
    detail: manifests.problems.length ? [`${manifests.problems.length} problem(s), first: ${manifests.problems[0]}`, ...manifests.problems].join('\n') : manifests.detail,
  });
  writeFileSync(log, `syntax-checked ${stack.id} in ${dir}\n\n${steps.map((s) => `${s.step}: ${s.ok ? 'ok' : 'FAILED'}\n${s.detail}\n`).join('\n')}`);
  return steps;
}

/** The generated tree as written, relative paths in a stable order. */
function readGenerated(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
    .map((dest) => ({ dest, contents: readFileSync(path.join(dir, dest), 'utf8') }));
}
