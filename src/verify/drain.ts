import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { send } from './http.js';
import { awaitGracefulExit, type Running } from './server.js';

export interface DrainOptions {
  /** The SHUTDOWN_DRAIN_SECONDS the server was started with. */
  drainSeconds: number;
  /** The exit status of the runtime's graceful stop (0, or 143 on the JVM). */
  gracefulExit: number;
  connections?: number;
  /** How long the load runs before SIGTERM. */
  warmupMs?: number;
}

/** What the load saw. A request is dropped when it was written and its connection ended without an answer. */
export interface DrainTally {
  answered: number;
  answeredWhileDraining: number;
  /** Answers after SIGTERM that told the client to close its keep-alive connection. */
  closing: number;
  serverErrors: number;
  dropped: string[];
  /** New connections refused while the server should still have accepted them. */
  refusedWhileDraining: number;
  /** Milliseconds from SIGTERM to the first 503 from /ready; undefined when it never came. */
  readyFlippedAfterMs?: number;
}

/**
 * Shutdown under load, the way a load balancer sees it: keep-alive connections stay busy with
 * `GET /api/items`; SIGTERM arrives; the balancer goes on sending on its open connections, and for the
 * drain delay (the time it takes to notice /ready failing) also opens new ones. Every request written must
 * be answered (none 5xx), /ready must answer 503 at once, the answers during the drain must tell clients
 * to close, and the process must then exit as its runtime does after a graceful stop.
 */
export async function checkDrain(base: string, server: Running, options: DrainOptions): Promise<string> {
  const tally = await loadThroughShutdown(base, server, options);
  const exit = await awaitGracefulExit(server, options.gracefulExit, (options.drainSeconds + 15) * 1000);
  const problems: string[] = [];
  if (tally.dropped.length) problems.push(`${tally.dropped.length} requests were sent and never answered (${[...new Set(tally.dropped)].slice(0, 3).join('; ')})`);
  if (tally.serverErrors) problems.push(`${tally.serverErrors} answers were 5xx`);
  if (tally.readyFlippedAfterMs === undefined) problems.push('/ready never answered 503 after SIGTERM');
  else if (tally.readyFlippedAfterMs > 1000) problems.push(`/ready answered 503 only ${tally.readyFlippedAfterMs} ms after SIGTERM`);
  if (options.drainSeconds > 0 && tally.answeredWhileDraining === 0) problems.push('nothing was answered during the drain delay');
  if (options.drainSeconds > 0 && tally.closing === 0) problems.push('no answer during the drain carried Connection: close');
  if (tally.refusedWhileDraining) problems.push(`${tally.refusedWhileDraining} new connections were refused during the drain delay`);
  if (problems.length) throw new Error(problems.join('; '));
  return `${tally.answered} answered, ${tally.answeredWhileDraining} during the ${options.drainSeconds} s drain (${tally.closing} with Connection: close), none dropped; /ready 503 after ${tally.readyFlippedAfterMs} ms; ${exit}`;
}

export async function loadThroughShutdown(base: string, server: Running, options: DrainOptions): Promise<DrainTally> {
  const tally: DrainTally = { answered: 0, answeredWhileDraining: 0, closing: 0, serverErrors: 0, dropped: [], refusedWhileDraining: 0 };
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections ?? 16 });
  let sigtermAt: number | undefined = undefined;
  // New connections are what a balancer opens until it notices /ready; keep a margin before the drain ends.
  const mayConnect = () => sigtermAt === undefined || Date.now() < sigtermAt + options.drainSeconds * 1000 - 500;
  const worker = async () => {
    let reuse = false;
    while (!server.done && (reuse || mayConnect())) {
      const outcome = await get(base, agent);
      if (outcome.kind === 'answer') {
        tally.answered += 1;
        if (outcome.status >= 500) tally.serverErrors += 1;
        if (sigtermAt !== undefined) {
          tally.answeredWhileDraining += 1;
          if (outcome.closing) tally.closing += 1;
        }
        reuse = !outcome.closing;
      } else if (outcome.kind === 'refused') {
        if (sigtermAt !== undefined && mayConnect()) tally.refusedWhileDraining += 1;
        return;
      } else {
        tally.dropped.push(outcome.error);
        return;
      }
    }
  };
  const workers = Array.from({ length: options.connections ?? 16 }, worker);
  await sleep(options.warmupMs ?? 1000);
  sigtermAt = Date.now();
  server.kill('SIGTERM');
  tally.readyFlippedAfterMs = await watchReadiness(base, sigtermAt, server);
  await Promise.all(workers);
  agent.destroy();
  return tally;
}

type Outcome = { kind: 'answer'; status: number; closing: boolean } | { kind: 'refused' } | { kind: 'dropped'; error: string };

/** One GET /api/items on the agent's keep-alive connections, read to the end. */
function get(base: string, agent: http.Agent): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.get(`${base}/api/items`, { agent, timeout: 15_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve({ kind: 'answer', status: res.statusCode ?? 0, closing: /close/i.test(String(res.headers.connection ?? '')) }));
      res.on('error', (err) => resolve({ kind: 'dropped', error: `the answer broke off (${(err as NodeJS.ErrnoException).code ?? err.message})` }));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 15 s')));
    req.on('error', (err) => {
      const code = (err as NodeJS.ErrnoException).code;
      // Refused means nothing was sent; anything else lost a request that had been written.
      if (code === 'ECONNREFUSED' && !req.reusedSocket) resolve({ kind: 'refused' });
      else resolve({ kind: 'dropped', error: `${code ?? err.message} on a ${req.reusedSocket ? 'kept-alive' : 'new'} connection` });
    });
  });
}

/** Polls /ready on new connections after SIGTERM: milliseconds until it answered 503, undefined if it never did. */
async function watchReadiness(base: string, since: number, server: Running): Promise<number | undefined> {
  while (!server.done && Date.now() < since + 3000) {
    try {
      const reply = await send(base, { method: 'GET', path: '/ready' });
      if (reply.status === 503) return Date.now() - since;
    } catch {
      // A connection the server closed under the poll: ask again on a new one.
    }
    await sleep(50);
  }
  return undefined;
}
