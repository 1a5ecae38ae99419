import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/verify/ports.js';
import { startServer, waitForHealth, type Running } from '../src/verify/server.js';
import { afterAll } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'dist/bin/create-backend-stack.js');

export function tempDir(prefix = 'bs-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** The temporary folders a test file made, removed once it has run and its fixture servers have exited. */
const made: string[] = [];
const started: Running[] = [];
afterAll(async () => {
  for (const server of started.splice(0)) {
    if (!server.done) server.kill('SIGKILL');
    await server.exited;
  }
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  // The template tests leave tens of thousands of rendered files: on a busy disk removing them outlasts the
  // default hook timeout.
}, 600_000);

/** Runs the built standalone CLI without a TTY, as CI does. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: 'pipe' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below dir but the repository (relative path -> contents), for byte-for-byte comparisons. */
export function readTree(dir: string, rel = ''): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(tree, readTree(dir, relPath));
    else tree[relPath] = readFileSync(path.join(dir, relPath), 'utf8');
  }
  return tree;
}

/** The fixture catalog (tests/fixtures/catalog). */
export const FIXTURE_CATALOG = path.join(ROOT, 'tests/fixtures/catalog');

/** A copy of the fixture catalog in a temporary folder, with its tiny-node stack's commands changed. */
export function fixtureCatalogWith(commands: Record<string, string> = {}): string {
  const dir = path.join(tempDir(), 'catalog');
  cpSync(FIXTURE_CATALOG, dir, { recursive: true });
  const file = path.join(dir, 'stacks/tiny-node.json');
  const stack = JSON.parse(readFileSync(file, 'utf8')) as { commands: Record<string, string> };
  Object.assign(stack.commands, commands);
  writeFileSync(file, JSON.stringify(stack));
  return dir;
}

/**
 * Starts a server in a copy of the fixture catalog's tiny-node template, the way the verifier starts a
 * starter: `node server.mjs` by default, which holds the whole contract in plain Node.js.
 */
export async function startFixtureServer(env: Record<string, string> = {}, command = 'node server.mjs') {
  const dir = tempDir('server-');
  cpSync(path.join(FIXTURE_CATALOG, 'templates/tiny-node'), dir, { recursive: true });
  const port = await freePort();
  const server = await startServer(command, dir, port, path.join(dir, 'server.log'), env);
  started.push(server);
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, server, 10_000);
  return { server, base };
}
