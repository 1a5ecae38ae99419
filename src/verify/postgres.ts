import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './ports.js';
import type { RunningService } from './services.js';

/**
 * A throwaway PostgreSQL cluster on loopback, one per process, with one database per verified starter.
 * initdb and postgres refuse to run as root, so as root they run as the `postgres` user (or `nobody`).
 * Trust authentication is safe here: the cluster listens on 127.0.0.1 only, on a free port, and is
 * removed when the process exits.
 */
interface Cluster {
  port: number;
  bin: string;
}

const SUPERUSER = 'verify';
let cluster: Promise<Cluster> | undefined;
let databases = 0;

export async function postgres(): Promise<RunningService> {
  const { port, bin } = await (cluster ??= startCluster());
  const name = `starter_${process.pid}_${++databases}`;
  client(bin, 'createdb', port, [name]);
  return {
    env: { DATABASE_URL: `postgresql://${SUPERUSER}@127.0.0.1:${port}/${name}` },
    stop: () => client(bin, 'dropdb', port, ['--force', '--if-exists', name]),
  };
}

/** The folder of initdb and postgres: Debian keeps them under /usr/lib/postgresql/<major>/bin, others on PATH. */
function binFolder(): string {
  const debian = '/usr/lib/postgresql';
  const majors = existsSync(debian) ? readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  if (majors.length) return path.join(debian, majors[0], 'bin');
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)');
  return path.dirname(found);
}

/** Who runs the server: this process, or an unprivileged user when this process is root. */
function runAs(): { uid: number; gid: number; prefix: string[] } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const user of ['postgres', 'nobody']) {
    const id = spawnSync('id', ['-u', user], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
    if (id.status === 0 && gid.status === 0) {
      const [uid, group] = [Number(id.stdout.trim()), Number(gid.stdout.trim())];
      return { uid, gid: group, prefix: ['setpriv', `--reuid=${uid}`, `--regid=${group}`, '--clear-groups', '--'] };
    }
  }
  throw new Error('running as root, and neither a postgres nor a nobody user exists to run PostgreSQL as');
}

async function startCluster(): Promise<Cluster> {
  const bin = binFolder();
  const user = runAs();
  const root = mkdtempSync(path.join(os.tmpdir(), 'backend-stack-pg-'));
  if (user) chownSync(root, user.uid, user.gid);
  const data = path.join(root, 'data');
  const command = (program: string, args: string[]) => [...(user?.prefix ?? []), path.join(bin, program), ...args];
  const [initFile, ...initArgs] = command('initdb', ['-D', data, '-U', SUPERUSER, '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const init = spawnSync(initFile, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${(init.stderr || init.stdout).trim().split('\n').slice(-3).join(' ')}`);
  const port = await freePort();
  const [file, ...args] = command('postgres', ['-D', data, '-p', String(port), '-k', root, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200']);
  const server = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-2000)));
  // The cluster lives as long as this process and must not keep it alive.
  server.unref();
  (server.stderr as { unref?: () => void } | null)?.unref?.();
  process.once('exit', () => {
    // pg_ctl waits for PostgreSQL's fast shutdown, so the folder is removed once nothing writes into it.
    const [stop, ...stopArgs] = command('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '10']);
    if (spawnSync(stop, stopArgs).status !== 0) server.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  });
  const deadline = Date.now() + 20_000;
  while (spawnSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q']).status !== 0) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`PostgreSQL did not start on 127.0.0.1:${port}: ${log.trim().split('\n').slice(-3).join(' ')}`);
    await sleep(200);
  }
  return { port, bin };
}

function client(bin: string, program: 'createdb' | 'dropdb', port: number, args: string[]): void {
  const run = spawnSync(path.join(bin, program), ['-h', '127.0.0.1', '-p', String(port), '-U', SUPERUSER, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${program} failed: ${run.stderr.trim()}`);
}
