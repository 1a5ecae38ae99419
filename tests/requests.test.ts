import { describe, expect, it } from 'vitest';
import { checkDrain } from '../src/verify/drain.js';
import { runHostileRequests } from '../src/verify/requests.js';
import { startFixtureServer } from './helpers.js';

/**
 * The fixture catalog's tiny-node server holds the whole contract in plain Node.js; the naive server
 * beside it is what a first draft looks like: it answers every request at once and stops on SIGTERM.
 */
const NAIVE = `
const server = require('node:http').createServer((req, res) => {
  req.resume();
  res.writeHead(req.url === '/api/items' && req.method === 'POST' ? 201 : 200, { 'content-type': 'text/plain' });
  res.end(req.url === '/health' ? '{"status":"ok"}' : 'ok');
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`.replaceAll('\n', ' ');

const boot = (kind: 'fixture' | 'naive', env: Record<string, string> = {}) =>
  startFixtureServer(env, kind === 'fixture' ? undefined : `node -e ${JSON.stringify(NAIVE)}`);

describe('hostile requests', () => {
  it('pass against a server that holds the contract', async () => {
    const { server, base } = await boot('fixture', { SHUTDOWN_DRAIN_SECONDS: '0' });
    try {
      const results = await runHostileRequests(base);
      expect(results.filter((r) => !r.ok)).toEqual([]);
      expect(results.length).toBeGreaterThan(25);
    } finally {
      server.kill('SIGKILL');
    }
  });

  it('name each request a naive server answers wrong, with what came back', async () => {
    const { server, base } = await boot('naive');
    try {
      const failed = new Map((await runHostileRequests(base)).filter((r) => !r.ok).map((r) => [r.what, r.got]));
      expect(failed.get('a declared 100 MB body -> 413 JSON before it is read')).toBe('201 text/plain ok');
      expect(failed.get('a JSON array -> 400/422 JSON')).toBe('201 text/plain ok');
      expect(failed.get('an unknown path under /api -> 404 JSON')).toBe('200 text/plain ok');
      expect(failed.get('DELETE /api/items -> 405 JSON with Allow')).toBe('200 text/plain ok');
      expect(failed.get('GET /api/items/ -> the list or 404 JSON, never a redirect')).toBe('200 text/plain ok');
    } finally {
      server.kill('SIGKILL');
    }
  });
});

describe('shutdown under load', () => {
  it('passes a server that drains: every request answered, /ready 503 at once, Connection: close, exit 0', async () => {
    const { server, base } = await boot('fixture', { SHUTDOWN_DRAIN_SECONDS: '1' });
    const summary = await checkDrain(base, server, { drainSeconds: 1, gracefulExit: 0, warmupMs: 300 });
    expect(summary).toMatch(/none dropped; \/ready 503 after \d+ ms; exited 0 after SIGTERM$/);
  });

  it('fails a server that stops at once, saying what it did not do', async () => {
    const { server, base } = await boot('naive');
    await expect(checkDrain(base, server, { drainSeconds: 1, gracefulExit: 0, warmupMs: 300 })).rejects.toThrow(
      /\/ready never answered 503 after SIGTERM.*(nothing was answered during the drain delay|no answer during the drain carried Connection: close)/,
    );
  });

  it('expects the runtime status of a graceful stop, such as the JVM 143', async () => {
    const { server, base } = await boot('fixture', { SHUTDOWN_DRAIN_SECONDS: '0' });
    await expect(checkDrain(base, server, { drainSeconds: 0, gracefulExit: 143, warmupMs: 300 })).rejects.toThrow(/exited with 0 after SIGTERM, expected 143/);
  });
});
