/**
 * The slow tier: for each available stack, generate a starter with the standalone CLI, then install,
 * lint, run its own tests, build, boot it on a free port, call its contract over HTTP and SIGTERM it.
 *
 *   npm run smoke                 every available stack
 *   npm run smoke -- --stack gin  one stack (repeatable)
 *
 * Prints a table and writes .smoke/report.json. Stacks whose toolchain cannot run here are reported as
 * "generated only", never as verified.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findAppType, loadCatalog } from '../src/core/catalog.js';
import { stepLine } from '../src/core/finish.js';
import { packageRoot } from '../src/core/paths.js';
import { table } from '../src/core/report.js';
import type { Stack } from '../src/core/types.js';
import { verifyProject, type StepResult } from '../src/core/verify.js';

interface StackReport {
  stack: string;
  /** 'generated only' is for stacks whose toolchain cannot run here: they are not counted as passed. */
  result: 'verified' | 'failed' | 'generated only';
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
const passed = reports.filter((r) => r.result === 'verified').length;
console.log(`\nsmoke: ${passed} passed, ${failed.length} failed`);
if (failed.length) {
  for (const r of failed) console.log(`  ${r.stack}: see ${r.log}`);
  process.exitCode = 1;
}

interface Variant {
  /** `gin`, or `express+realtime` for an app type that adds a feature. */
  label: string;
  appType: string;
  feature?: string;
}

/**
 * One generation per distinct feature among the stack's app types: the plain HTTP contract once, and
 * each feature (websocket, predict, pages, ...) once, with the first app type that asks for it.
 */
function variants(stack: Stack): Variant[] {
  const byFeature = new Map<string, Variant>();
  for (const appTypeId of Object.keys(stack.appTypes)) {
    const feature = findAppType(catalog, appTypeId)?.feature;
    if (byFeature.has(feature ?? '')) continue;
    byFeature.set(feature ?? '', { label: feature ? `${stack.id}+${appTypeId}` : stack.id, appType: appTypeId, feature });
  }
  return [...byFeature.values()];
}

async function smoke(stack: Stack, variant: Variant): Promise<StackReport> {
  const started = Date.now();
  const name = `smoke-${variant.label.replace('+', '-')}`;
  const dir = path.join(workDir, name);
  const log = path.join(reportDir, `${variant.label}.log`);
  rmSync(dir, { recursive: true, force: true });
  console.log(`\n== ${variant.label}`);
  const generate = spawnSync(
    process.execPath,
    [path.join(packageRoot(), 'dist/bin/create-backend-stack.js'), name, '--stack', stack.id, '--app-type', variant.appType, '--yes', '--skip-install'],
    { cwd: workDir, encoding: 'utf8' },
  );
  const steps: StepResult[] = [
    { step: 'generate', ok: generate.status === 0, seconds: (Date.now() - started) / 1000, detail: generate.stderr.trim() || 'create-backend-stack' },
  ];
  console.log(stepLine(steps[0]));
  if (steps[0].ok && stack.verification === 'verified') {
    steps.push(...(await verifyProject(dir, stack, { logFile: log, feature: variant.feature, onStep: (r) => console.log(stepLine(r)) })));
  }
  const ok = steps.every((s) => s.ok);
  const result = !ok ? 'failed' : stack.verification === 'verified' ? 'verified' : 'generated only';
  return { stack: variant.label, result, seconds: (Date.now() - started) / 1000, steps, log };
}
