import { appendFileSync, writeFileSync } from 'node:fs';
import type { Capability, Stack } from '../catalog/types.js';
import type { Check } from './checks/check.js';
import { CHECKS } from './checks/index.js';
import { checkContract } from './contract.js';
import { freePort } from './ports.js';
import { startServer, stopServer, waitForHealth } from './server.js';
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
  bootTimeoutMs?: number;
  /** The starter's capabilities: the services they need are started first, their checks run after the contract. */
  capabilities: readonly Capability[];
}

function checkOf(capability: Capability): Check {
  const check = CHECKS[capability.check!];
  if (!check) throw new Error(`the capability "${capability.id}" names the check "${capability.check}", which does not exist`);
  if (capability.replacesHttpContract && !check.ready) throw new Error(`the check "${capability.check}" cannot replace the HTTP contract: it has no ready()`);
  return check;
}

/**
 * Proves a generated starter works: its toolchain, install, lint, own tests and build, then boots it on
 * a free loopback port, calls the starter contract over real HTTP and checks each capability, sends
 * SIGTERM and expects a clean exit. Stops at the first failing step.
 */
export async function verifyProject(dir: string, stack: Stack, options: VerifyOptions): Promise<StepResult[]> {
  const commands = stack.commands!;
  const results: StepResult[] = [];
  writeFileSync(options.logFile, `verify ${stack.id} in ${dir}\n`);
  const record = async (step: string, work: () => Promise<string>): Promise<boolean> => {
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
    for (const name of new Set(options.capabilities.flatMap((c) => c.services))) {
      const started = await startService(name, record);
      if (!started) return results;
      services.push(started);
      Object.assign(env, started.env);
    }
    const shell = (command: string) => () => runLogged(command, dir, options.logFile, env);
    const steps: [string, () => Promise<string>][] = [['toolchain', () => checkToolchain(stack)]];
    if (!options.skipInstall) steps.push(['install', shell(commands.install)]);
    steps.push(['lint', shell(commands.lint)], ['test', shell(commands.test)]);
    if (commands.build) steps.push(['build', shell(commands.build)]);
    for (const [name, work] of steps) {
      if (!(await record(name, work))) return results;
    }
    const port = await freePort();
    const server = await startServer(commands.start, dir, port, options.logFile, env);
    const target = { base: `http://127.0.0.1:${port}`, address: `127.0.0.1:${port}`, dir };
    const timeout = options.bootTimeoutMs ?? 60_000;
    const checked = options.capabilities.filter((c) => c.check);
    // A capability that replaces the HTTP contract (gRPC) is waited for and checked instead of it.
    const protocol = checked.find((c) => c.replacesHttpContract);
    const protocolCheck = protocol && checkOf(protocol);
    const booted = await record('boot', () =>
      protocolCheck?.ready ? protocolCheck.ready(target, () => server.done, timeout) : waitForHealth(target.base, server, timeout),
    );
    if (booted && (protocol || (await record('contract', () => checkContract(target.base))))) {
      for (const capability of checked) {
        if (!(await record(capability.id, () => checkOf(capability).run(target)))) break;
      }
    }
    await record('sigterm', () => stopServer(server));
    return results;
  } finally {
    for (const service of services) service.stop();
  }
}

async function startService(name: string, record: (step: string, work: () => Promise<string>) => Promise<boolean>): Promise<RunningService | undefined> {
  let running: RunningService | undefined;
  await record(name, async () => {
    const start = SERVICES[name];
    if (!start) throw new Error(`no way to start the service "${name}"`);
    running = await start();
    return `started on loopback: ${Object.entries(running.env).map(([k, v]) => `${k}=${v}`).join(' ')}`;
  });
  return running;
}

async function runLogged(command: string, cwd: string, logFile: string, env: Record<string, string>): Promise<string> {
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

