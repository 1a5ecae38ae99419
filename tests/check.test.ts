import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, startFixtureServer, tempDir } from './helpers.js';

const BACKEND_STACK = path.join(ROOT, 'dist/bin/backend-stack.js');
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** Runs backend-stack without blocking this process, which serves the stand-in servers. */
async function backendStack(args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BACKEND_STACK, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function serve(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => {
    // Bodies past 1 MiB are refused before they are read, so no check waits for one.
    if (Number(req.headers['content-length'] ?? 0) > 1024 * 1024 || req.headers['transfer-encoding']) {
      return json(res.setHeader('connection', 'close'), 413, { error: 'body too large' });
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => handler(req, body, res));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

/** The items API as the contract describes it, in memory. */
function itemsApi(): (req: IncomingMessage, body: string, res: ServerResponse) => void {
  const items: { id: number; name: string }[] = [];
  return (req, body, res) => {
    if (req.url === '/health') return json(res, 200, { status: 'ok' });
    if (req.url === '/api/items' && req.method === 'GET') return json(res, 200, items);
    if (req.url === '/api/items' && req.method === 'POST') {
      try {
        const { name } = JSON.parse(body) as { name?: unknown };
        if (typeof name !== 'string') return json(res, 422, { error: 'name is required' });
        items.push({ id: items.length + 1, name });
        return json(res, 201, items.at(-1));
      } catch {
        return json(res, 400, { error: 'malformed JSON' });
      }
    }
    const item = items.find((i) => req.url === `/api/items/${i.id}`);
    return item ? json(res, 200, item) : json(res, 404, { error: 'not found' });
  };
}

describe('backend-stack check', () => {
  it('passes a server that keeps the contract, whatever its language', async () => {
    const { server, base } = await startFixtureServer({ SHUTDOWN_DRAIN_SECONDS: '0' });
    try {
      const { code, stdout } = await backendStack(['check', `${base}/`]);
      expect(stdout).not.toMatch(/^FAIL/m);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^ok {4}GET \/health -> 200 \{"status":"ok"\}$/m);
      expect(stdout).toMatch(/^ok {4}GET \/api\/items\/\{id\} -> 200$/m);
      expect(stdout).toMatch(/^ok {4}a declared 100 MB body -> 413 JSON before it is read$/m);
      expect(stdout).toMatch(/^check: \d{2} passed, 0 failed$/m);
    } finally {
      server.kill('SIGKILL');
    }
  });

  it('says what was expected and what came back, in the output and the JUnit report, and exits 1', async () => {
    const api = itemsApi();
    const base = await serve((req, body, res) => (req.url?.startsWith('/api/items/') ? res.writeHead(500).end('Internal Server Error') : api(req, body, res)));
    const junit = path.join(tempDir(), 'reports/check.xml');
    const { code, stdout } = await backendStack(['check', base, '--junit', junit]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL {2}GET a missing item -> 404 JSON\n {6}got 500 Internal Server Error$/m);
    expect(stdout).toMatch(/^FAIL {2}GET \/ready -> 200 JSON\n {6}got 404 \{"error":"not found"\}$/m);
    expect(stdout).toMatch(/^check: \d+ passed, \d+ failed$/m);
    expect(readFileSync(junit, 'utf8')).toMatch(/<testcase classname="contract" name="GET a missing item -&gt; 404 JSON" time="0.0">\n {6}<failure message="got 500 Internal Server Error">/);
  });

  it('is one clear line when nothing answers or the URL is not one', async () => {
    const closed = await serve(() => {});
    servers.splice(0).forEach((s) => s.close());
    const down = await backendStack(['check', closed]);
    expect(down.code).toBe(1);
    expect(down.stderr).toBe(`backend-stack: nothing answers at ${closed}: ECONNREFUSED\n  hint: start the server first, and check the host and port\n`);
    const bad = await backendStack(['check', 'localhost:8000']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^backend-stack: localhost:8000: only http and https servers can be checked\n/);
  });
});
