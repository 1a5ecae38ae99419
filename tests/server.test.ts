import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execLast, expectStartFailure, startServer, waitForHealth } from '../src/verify/server.js';
import { freePort } from '../src/verify/ports.js';
import { tempDir } from './helpers.js';

/** A server stand-in: a Node.js one-liner run the way the verifier runs a starter's start command. */
function starter(script: string) {
  const dir = tempDir('start-');
  return () => startServer(`${JSON.stringify(process.execPath)} -e ${JSON.stringify(script)}`, dir, 0, path.join(dir, 'server.log'), {});
}

describe('a start that must fail', () => {
  it('passes one clear line and a non-zero exit', async () => {
    const clear = starter(`console.log(JSON.stringify({ level: 'error', msg: 'database unreachable at 127.0.0.1:1' })); process.exit(1)`);
    await expect(expectStartFailure(clear, 5)).resolves.toMatch(/^exited with 1: .*database unreachable/);
  });

  it('fails a server that starts anyway, one that prints a stack trace, and one that hangs', async () => {
    await expect(expectStartFailure(starter('process.exit(0)'), 5)).rejects.toThrow(/exited with 0, expected a non-zero exit/);
    const trace = starter(`console.error('Traceback (most recent call last):\\n  File "app.py", line 1'); process.exit(1)`);
    await expect(expectStartFailure(trace, 5)).rejects.toThrow(/printed a stack trace/);
    await expect(expectStartFailure(starter('setInterval(() => {}, 1000)'), 1)).rejects.toThrow(/still running 1 s after start/);
  });
});

describe('a start command', () => {
  it('execs the server, the last command of a chain', () => {
    expect(execLast('./bin/server')).toBe('exec ./bin/server');
    expect(execLast('php bin/console app:check-settings && php -S 0.0.0.0:8000 -t public')).toBe('php bin/console app:check-settings && exec php -S 0.0.0.0:8000 -t public');
    expect(execLast(`node -e "a && b" && node -e 'c && d' && node -e "e \\" && f"`)).toBe(`node -e "a && b" && node -e 'c && d' && exec node -e "e \\" && f"`);
  });
});

describe('the wait for /health', () => {
  /** A server that answers /health with 503 "starting" for its first `starting` ms, then as `then` says. */
  async function health(starting: number, then: string) {
    const port = await freePort();
    const script = `const t = Date.now(); require('node:http').createServer((q, s) => { const up = Date.now() - t > ${starting}; s.writeHead(up ? 200 : 503, { 'content-type': 'application/json' }); s.end(up ? ${JSON.stringify(then)} : '{"status":"starting"}'); }).listen(${port}, '127.0.0.1')`;
    const server = await starter(script)();
    return { base: `http://127.0.0.1:${port}`, server };
  }

  it('waits through the 503 a server answers while it starts', async () => {
    const { base, server } = await health(1000, '{"status":"ok"}');
    await expect(waitForHealth(base, server, 10_000)).resolves.toBe('GET /health -> 200 {"status":"ok"}');
    server.kill('SIGKILL');
    await server.exited;
  });

  it('fails with the last answer when /health never says ok', async () => {
    const { base, server } = await health(60_000, '{"status":"ok"}');
    await expect(waitForHealth(base, server, 1500)).rejects.toThrow(/^GET \/health -> 503 \{"status":"starting"\} on http:\/\/127\.0\.0\.1:\d+ within 1\.5 s$/);
    server.kill('SIGKILL');
    await server.exited;
    const wrong = await health(0, '{"status":"fine"}');
    await expect(waitForHealth(wrong.base, wrong.server, 1500)).rejects.toThrow(/^GET \/health -> 200 \{"status":"fine"\}/);
    wrong.server.kill('SIGKILL');
    await wrong.server.exited;
  });
});
