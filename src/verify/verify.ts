import { appendFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { FEATURE_CHECKS } from './features.js';
import { call } from './http.js';
import { freePort } from './ports.js';
import { checkGrpc, waitForGrpc } from './grpc.js';
import { SERVICES, type RunningService } from './services.js';
import type { Stack } from '../catalog/types.js';

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
  /** The app type's feature (websocket, predict, ...), checked after the HTTP contract. */
  feature?: string;
}

/**
 * Proves a generated starter works: its toolchain, install, lint, own tests and build, then boots it on
 * a free loopback port, calls the starter contract over real HTTP and its app type's feature, sends
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
    for (const name of stack.services) {
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
    const timeout = options.bootTimeoutMs ?? 60_000;
    if (options.feature === 'grpc') {
      // A gRPC starter serves no HTTP: its health service and sample service are the whole contract.
      const address = `127.0.0.1:${port}`;
      if (await record('boot', () => waitForGrpc(address, dir, () => server.done, timeout))) {
        await record('grpc', () => checkGrpc(address, dir));
      }
    } else {
      const base = `http://127.0.0.1:${port}`;
      const booted = await record('boot', () => waitForHealth(base, server, timeout));
      if (booted && (await record('contract', () => checkContract(base))) && options.feature) {
        const check = FEATURE_CHECKS[options.feature];
        await record(options.feature, () => (check ? check(base) : Promise.reject(new Error(`no check exists for the feature "${options.feature}"`))));
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

function versionOf(text: string): number[] | undefined {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  return match ? match.slice(1).map((n) => Number(n ?? 0)) : undefined;
}

function atLeast(have: number[], want: number[]): boolean {
  for (let i = 0; i < want.length; i++) {
    if ((have[i] ?? 0) !== want[i]) return (have[i] ?? 0) > want[i];
  }
  return true;
}

export async function checkToolchain(stack: Stack): Promise<string> {
  const { execa } = await import('execa');
  const found: string[] = [];
  for (const tool of stack.toolchain) {
    const result = await execa(tool.command, tool.versionArgs, { reject: false, all: true }).catch(() => undefined);
    if (!result || result.exitCode !== 0) throw new Error(`${tool.command} not found: install ${tool.command} ${tool.minVersion} or newer`);
    const have = versionOf(String(result.all));
    const want = versionOf(tool.minVersion + '.0')!;
    if (!have || !atLeast(have, want)) {
      throw new Error(`${tool.command} ${have?.join('.') ?? '(unknown version)'} is older than the ${tool.minVersion} this starter needs`);
    }
    found.push(`${tool.command} ${have.join('.')}`);
  }
  return found.join(', ');
}

interface Running {
  exited: Promise<{ exitCode?: number; signal?: string }>;
  kill: (signal: NodeJS.Signals) => void;
  done: boolean;
}

async function startServer(command: string, cwd: string, port: number, logFile: string, env: Record<string, string>): Promise<Running> {
  const { execa } = await import('execa');
  appendFileSync(logFile, `\n$ PORT=${port} HOST=127.0.0.1 ${command}\n`);
  // exec, so SIGTERM reaches the server itself and not a shell around it.
  const child = execa('sh', ['-c', `exec ${command}`], {
    cwd,
    reject: false,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    // stopServer gives the server its own 15 s; execa would otherwise SIGKILL it after 5.
    forceKillAfterDelay: false,
    stdout: ['pipe'],
    stderr: ['pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => appendFileSync(logFile, chunk));
  child.stderr?.on('data', (chunk: Buffer) => appendFileSync(logFile, chunk));
  const running: Running = {
    done: false,
    kill: (signal) => child.kill(signal),
    exited: child.then((r) => {
      running.done = true;
      appendFileSync(logFile, `[server exit ${r.exitCode ?? r.signal}]\n`);
      return { exitCode: r.exitCode, signal: r.signal };
    }),
  };
  return running;
}

async function waitForHealth(base: string, server: Running, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.done) throw new Error('the server exited before it answered /health (see the log)');
    try {
      const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) });
      const body = (await res.json()) as { status?: unknown } | null;
      if (res.status === 200 && body?.status === 'ok') return `GET /health -> 200 {"status":"ok"}`;
      throw new Error(`GET /health -> ${res.status} ${JSON.stringify(body)}`);
    } catch (err) {
      if ((err as Error).message.startsWith('GET /health')) throw err;
      await sleep(200);
    }
  }
  throw new Error(`no answer on ${base}/health within ${timeoutMs / 1000} s`);
}

/** The starter contract of DESIGN.md, checked over real HTTP. */
export async function checkContract(base: string): Promise<string> {
  const checks: string[] = [];
  const expect = (ok: boolean, what: string, got: { status: number; text: string }) => {
    if (!ok) throw new Error(`${what}: got ${got.status} ${got.text.slice(0, 200)}`);
    checks.push(what);
  };
  const name = `smoke item ${Date.now()}`;
  const created = await call(base, 'POST', '/api/items', JSON.stringify({ name, description: 'from the smoke test' }));
  const item = created.json as { id?: unknown; name?: unknown } | undefined;
  expect(created.status === 201 && Number.isInteger(item?.id) && item?.name === name, 'POST /api/items -> 201 with an integer id', created);

  const list = await call(base, 'GET', '/api/items');
  expect(list.status === 200 && Array.isArray(list.json) && list.json.some((i: { id?: unknown }) => i.id === item!.id), 'GET /api/items -> 200 listing it', list);

  const one = await call(base, 'GET', `/api/items/${String(item!.id)}`);
  expect(one.status === 200 && (one.json as { name?: unknown })?.name === name, 'GET /api/items/{id} -> 200', one);

  const missing = await call(base, 'GET', '/api/items/987654321');
  expect(missing.status === 404 && isJsonObject(missing), 'GET a missing item -> 404 JSON', missing);

  const invalid = await call(base, 'POST', '/api/items', JSON.stringify({ description: 'no name' }));
  expect(is4xx(invalid.status) && isJsonObject(invalid), 'POST without a name -> 4xx JSON', invalid);

  const malformed = await call(base, 'POST', '/api/items', '{"name": ');
  expect(is4xx(malformed.status) && isJsonObject(malformed), 'POST malformed JSON -> 4xx JSON', malformed);

  return `${checks.length} checks: ${checks.join('; ')}`;
}

const is4xx = (status: number) => status >= 400 && status < 500;
const isJsonObject = (r: { json: unknown; type: string }) => r.type.includes('json') && typeof r.json === 'object' && r.json !== null;

async function stopServer(server: Running): Promise<string> {
  if (server.done) throw new Error('the server had already exited');
  server.kill('SIGTERM');
  // An unref'd timer, so a prompt exit does not leave the process waiting out the 15 s.
  const exit = await Promise.race([server.exited, sleep(15_000, undefined, { ref: false })]);
  if (!exit) {
    server.kill('SIGKILL');
    await server.exited;
    throw new Error('still running 15 s after SIGTERM (killed)');
  }
  if (exit.exitCode !== 0) throw new Error(`exited with ${exit.exitCode ?? exit.signal} after SIGTERM, expected 0`);
  return 'exited 0 after SIGTERM';
}
