import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A starter's server process while it is verified. */
export interface Running {
  exited: Promise<{ exitCode?: number; signal?: string }>;
  kill: (signal: NodeJS.Signals) => void;
  done: boolean;
  /** What it printed on stdout and stderr so far. */
  output: () => string;
}

/**
 * The start command with the server `exec`ed, so SIGTERM reaches it and not a shell around it: the
 * last of a chain (`check-settings && serve`), after the steps before it have run.
 */
export function execLast(command: string): string {
  let last = -1;
  let quote = '';
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === '\\' && quote !== "'") i++;
    else if (quote) quote = c === quote ? '' : quote;
    else if (c === "'" || c === '"') quote = c;
    else if (c === '&' && command[i + 1] === '&') last = i++;
  }
  return last === -1 ? `exec ${command}` : `${command.slice(0, last + 2)} exec ${command.slice(last + 2).trimStart()}`;
}

export async function startServer(command: string, cwd: string, port: number, logFile: string, env: Record<string, string>): Promise<Running> {
  const { execa } = await import('execa');
  appendFileSync(logFile, `\n$ PORT=${port} HOST=127.0.0.1 ${command}\n`);
  const child = execa('sh', ['-c', execLast(command)], {
    cwd,
    reject: false,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    // awaitGracefulExit gives the server its own time; execa would otherwise SIGKILL it after 5 s.
    forceKillAfterDelay: false,
    stdout: ['pipe'],
    stderr: ['pipe'],
  });
  let output = '';
  const capture = (chunk: Buffer) => {
    output += chunk.toString();
    appendFileSync(logFile, chunk);
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  const running: Running = {
    done: false,
    output: () => output,
    kill: (signal) => child.kill(signal),
    exited: child.then((r) => {
      running.done = true;
      appendFileSync(logFile, `[server exit ${r.exitCode ?? r.signal}]\n`);
      return { exitCode: r.exitCode, signal: r.signal };
    }),
  };
  return running;
}

function isOk(text: string): boolean {
  try {
    return (JSON.parse(text) as { status?: unknown } | null)?.status === 'ok';
  } catch {
    return false;
  }
}

/** Waits until GET /health answers 200 {"status":"ok"}, or fails with the last answer it got. */
export async function waitForHealth(base: string, server: Running, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  // A server may answer 503 while it starts (a liveness check that waits for its start to complete):
  // only the last answer before the deadline counts.
  let seen = 'no answer';
  while (Date.now() < deadline) {
    if (server.done) throw new Error('the server exited before it answered /health (see the log)');
    try {
      const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) });
      const text = await res.text();
      seen = `GET /health -> ${res.status} ${text.slice(0, 200)}`;
      if (res.status === 200 && isOk(text)) return `GET /health -> 200 {"status":"ok"}`;
    } catch {
      // Not listening yet: ask again.
    }
    await sleep(200);
  }
  throw new Error(`${seen} on ${base} within ${timeoutMs / 1000} s`);
}

/** Sends SIGTERM and expects the runtime's graceful exit status (0, or 143 on the JVM) within 15 s. */
export async function stopServer(server: Running, gracefulExit: number): Promise<string> {
  if (server.done) throw new Error('the server had already exited');
  server.kill('SIGTERM');
  return awaitGracefulExit(server, gracefulExit, 15_000);
}

/** Waits for a server that was sent SIGTERM to exit with `gracefulExit`; kills it when it outstays `timeoutMs`. */
export async function awaitGracefulExit(server: Running, gracefulExit: number, timeoutMs: number): Promise<string> {
  // An unref'd timer, so a prompt exit does not leave the process waiting out the timeout.
  const exit = await Promise.race([server.exited, sleep(timeoutMs, undefined, { ref: false })]);
  if (!exit) {
    server.kill('SIGKILL');
    await server.exited;
    throw new Error(`still running ${timeoutMs / 1000} s after SIGTERM (killed)`);
  }
  if (exit.exitCode !== gracefulExit) throw new Error(`exited with ${exit.exitCode ?? exit.signal} after SIGTERM, expected ${gracefulExit}`);
  return `exited ${gracefulExit} after SIGTERM`;
}

/** Marks of a stack trace in Python, Go, Node.js and the JVM: a start-up failure should be one clear line. */
const STACK_TRACE = /Traceback \(most recent call last\)|^goroutine \d+ \[|^\s+at [\w.$<>]+ ?\(|^panic: /m;

/**
 * Starts the server where it cannot work (a check's settings: a service it needs unreachable) and
 * expects it to say so and exit non-zero within `seconds`, in a few lines and without a stack trace.
 */
export async function expectStartFailure(start: () => Promise<Running>, seconds: number): Promise<string> {
  const server = await start();
  const exit = await Promise.race([server.exited, sleep(seconds * 1000, undefined, { ref: false })]);
  if (!exit) {
    server.kill('SIGKILL');
    await server.exited;
    throw new Error(`still running ${seconds} s after start without what it needs (killed): it should exit with one clear line`);
  }
  const lines = server.output().trim().split('\n').filter(Boolean);
  if (exit.exitCode === 0 || exit.exitCode === undefined) throw new Error(`exited with ${exit.exitCode ?? exit.signal}, expected a non-zero exit`);
  if (STACK_TRACE.test(server.output())) throw new Error(`printed a stack trace instead of one clear line:\n${lines.slice(0, 8).join('\n')}`);
  if (lines.length > 10) throw new Error(`printed ${lines.length} lines instead of one clear line:\n${lines.slice(0, 8).join('\n')}`);
  return `exited with ${exit.exitCode}: ${(lines.at(-1) ?? '').slice(0, 160)}`;
}
