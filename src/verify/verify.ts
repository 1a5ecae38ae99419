import { appendFileSync, writeFileSync } from 'node:fs';
import type { Capability, Service, Stack } from '../catalog/types.js';
import { checkNameOf, commandsOf } from '../generate/capabilities.js';
import type { Check, Target } from './checks/check.js';
import { CHECKS } from './checks/index.js';
import { checkContract } from './contract.js';
import { checkDrain } from './drain.js';
import { checkOpenApi } from './openapi.js';
import { freePort } from './ports.js';
import { checkHostileRequests } from './requests.js';
import { expectStartFailure, startServer, stopServer, waitForHealth, type Running } from './server.js';
import { SERVICES, type RunningService } from './services.js';
import { checkToolchain } from './toolchain.js';

export interface StepResult {
  step: string;
  ok: boolean;
  seconds: number;
  detail: string;
}

export interface VerifyOptions {
  /** Every command's output goes here, so a failure can be read in full. */
  logFile: string;
  skipInstall?: boolean;
  onStep?: (result: StepResult) => void;
  /** Told when a step begins, for progress while a long one (an install) runs. */
  onStart?: (step: string) => void;
  bootTimeoutMs?: number;
  /** The starter's capabilities: their checks run after the contract. */
  capabilities: readonly Capability[];
  /** The services its capabilities need, with the starter's pinned images: started on loopback first. */
  services: readonly Service[];
  /**
   * Also send the hostile requests and stop the first server under load (the drain). Off where another
   * variant of the same stack has already been through them and this one cannot change the result.
   */
  underLoad: boolean;
  /**
   * Prove it without a network, as a workshop kit's track: `install` from what is inside the project,
   * lint skipped (linters are fetched tools), and every command before the boot run through `cut`.
   */
  offline?: { install: string; cut: (command: string) => string };
}

/** The drain delay while the first server is stopped under load; every other stop skips the drain. */
const DRAIN_SECONDS = 2;

/** The check that proves the capability in this starter (a gRPC starter's persistence over gRPC). */
function checkOf(capability: Capability, capabilities: readonly Capability[], stack: Stack): Check {
  const name = checkNameOf(capability, capabilities, stack)!;
  const check = CHECKS[name];
  if (!check) throw new Error(`the capability "${capability.id}" names the check "${name}", which does not exist`);
  if (capability.replacesHttpContract && !check.ready) throw new Error(`the check "${name}" cannot replace the HTTP contract: it has no ready()`);
  return check;
}

/**
 * Proves a generated starter works: its toolchain, the services it needs, install, lint, migrations, own
 * tests and build; that it refuses to start without what it needs; then boots it on a free loopback
 * port, calls the starter contract over real HTTP (with `underLoad`, the hostile requests too), tests its
 * OpenAPI document where it publishes one, checks each capability, stops it (with `underLoad`, under
 * load through its drain) and expects its graceful exit, and, where a capability keeps data, starts it
 * again and reads the data back. Stops at the first failing step.
 */
export async function verifyProject(dir: string, stack: Stack, options: VerifyOptions): Promise<StepResult[]> {
  const commands = commandsOf(options.capabilities, stack);
  const results: StepResult[] = [];
  writeFileSync(options.logFile, `verify ${stack.id} in ${dir}\n`);
  const record = async (step: string, work: () => Promise<string>): Promise<boolean> => {
    options.onStart?.(step);
    const started = Date.now();
    let result: StepResult;
    try {
      result = { step, ok: true, seconds: 0, detail: await work() };
    } catch (err) {
      result = { step, ok: false, seconds: 0, detail: (err as Error).message };
    }
    result.seconds = (Date.now() - started) / 1000;
    results.push(result);
    options.onStep?.(result);
    return result.ok;
  };
  const services: RunningService[] = [];
  try {
    const env: Record<string, string> = {};
    for (const service of options.services) {
      const started = await startService(service, record);
      if (!started) return results;
      services.push(started);
      Object.assign(env, started.env);
    }
    const { offline } = options;
    const shell = (command: string) => () => runLogged(offline ? offline.cut(command) : command, dir, options.logFile, env);
    const steps: [string, () => Promise<string>][] = [['toolchain', () => checkToolchain(stack)]];
    if (!options.skipInstall) steps.push(['install', shell(offline?.install ?? commands.install)]);
    if (!offline) steps.push(['lint', shell(commands.lint)]);
    if (commands.migrate) steps.push(['migrate', shell(commands.migrate)]);
    steps.push(['test', shell(commands.test)]);
    if (commands.build) steps.push(['build', shell(commands.build)]);
    for (const [name, work] of steps) {
      if (!(await record(name, work))) return results;
    }
    const checks = options.capabilities.filter((c) => c.check).map((c) => ({ capability: c, check: checkOf(c, options.capabilities, stack) }));
    for (const { capability, check } of checks) {
      const refused = check.failsToStartWith;
      if (!refused) continue;
      const start = async () => startServer(commands.start, dir, await freePort(), options.logFile, { ...env, ...refused.env });
      if (!(await record(`${capability.id}: no start without it`, () => expectStartFailure(start, refused.seconds)))) return results;
    }
    // A capability that replaces the HTTP contract (gRPC) is waited for and checked instead of it.
    const protocol = checks.find((c) => c.capability.replacesHttpContract)?.check;
    const timeout = options.bootTimeoutMs ?? 60_000;
    const notes: Record<string, unknown> = {};
    const boot = async (step: string, drainSeconds: number): Promise<{ server: Running; target: Target; up: boolean }> => {
      const port = await freePort();
      const server = await startServer(commands.start, dir, port, options.logFile, { ...env, SHUTDOWN_DRAIN_SECONDS: String(drainSeconds) });
      const target = { base: `http://127.0.0.1:${port}`, address: `127.0.0.1:${port}`, dir, notes };
      const up = await record(step, () => (protocol?.ready ? protocol.ready(target, () => server.done, timeout) : waitForHealth(target.base, server, timeout)));
      return { server, target, up };
    };
    const underLoad = options.underLoad && protocol === undefined;
    const first = await boot('boot', underLoad ? DRAIN_SECONDS : 0);
    let passed = first.up && (protocol !== undefined || (await record('contract', () => checkContract(first.target.base))));
    if (underLoad) passed = passed && (await record('hostile requests', () => checkHostileRequests(first.target.base)));
    // Its capabilities add operations to the document, so every variant that publishes one is tested.
    const { openapi } = stack;
    if (openapi && protocol === undefined) passed = passed && (await record('openapi', () => checkOpenApi(first.target.base, openapi, dir, options.logFile)));
    for (const { capability, check } of checks.filter((c) => c.check.run)) {
      passed = passed && (await record(capability.id, () => check.run!(first.target)));
    }
    const stopped = underLoad && first.up
      ? await record('drain under load', () => checkDrain(first.target.base, first.server, { drainSeconds: DRAIN_SECONDS, gracefulExit: stack.sigtermExit }))
      : await record('sigterm', () => stopServer(first.server, stack.sigtermExit));
    if (!stopped || !passed) return results;
    // What must survive a restart is read back from a new server process.
    const kept = checks.filter((c) => c.check.afterRestart);
    if (kept.length === 0) return results;
    const second = await boot('restart', 0);
    if (second.up) {
      for (const { capability, check } of kept) {
        if (!(await record(`${capability.id} after restart`, () => check.afterRestart!(second.target)))) break;
      }
    }
    await record('sigterm', () => stopServer(second.server, stack.sigtermExit));
    return results;
  } finally {
    for (const service of services) service.stop();
  }
}

async function startService(service: Service, record: (step: string, work: () => Promise<string>) => Promise<boolean>): Promise<RunningService | undefined> {
  let running: RunningService | undefined;
  await record(service.id, async () => {
    const start = SERVICES[service.id];
    if (!start) throw new Error(`no way to start the service "${service.id}"`);
    running = await start(service);
    return `started on loopback: ${Object.entries(running.env).map(([k, v]) => `${k}=${v}`).join(' ')}`;
  });
  return running;
}

/** Runs a shell command with its output in the log; throws with the output's tail when it fails. */
export async function runLogged(command: string, cwd: string, logFile: string, env: Record<string, string>): Promise<string> {
  const { execa } = await import('execa');
  appendFileSync(logFile, `\n$ ${command}\n`);
  const result = await execa('sh', ['-c', command], { cwd, reject: false, all: true, env: { ...env, CI: 'true' } });
  appendFileSync(logFile, `${result.all ?? ''}\n[exit ${result.exitCode}]\n`);
  if (result.exitCode !== 0) {
    const tail = String(result.all ?? '').trim().split('\n').slice(-15).join('\n');
    throw new Error(`\`${command}\` exited with ${result.exitCode}\n${tail}`);
  }
  return command;
}

