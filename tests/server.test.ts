import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execLast, expectStartFailure, startServer } from '../src/verify/server.js';
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
