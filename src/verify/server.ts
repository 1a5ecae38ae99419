import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A starter's server process while it is verified. */
export interface Running {
  exited: Promise<{ exitCode?: number; signal?: string }>;
  kill: (signal: NodeJS.Signals) => void;
  done: boolean;
}

export async function startServer(command: string, cwd: string, port: number, logFile: string, env: Record<string, string>): Promise<Running> {
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

export async function waitForHealth(base: string, server: Running, timeoutMs: number): Promise<string> {
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

export async function stopServer(server: Running): Promise<string> {
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
