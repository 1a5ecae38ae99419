import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import helpers from 'yeoman-test';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { readTree, ROOT, runCli, startFixtureServer, tempDir } from './helpers.js';

const GENERATOR = path.join(ROOT, 'dist/generators/app');
/** Our flags, which yeoman-test's option type does not know. */
const flags = (values: Record<string, unknown>) => values as never;
const available = loadCatalog().stacks.filter((s) => s.status === 'available').map((s) => s.id);

describe('yo backend-stack', () => {
  it.each(available)('writes the same %s starter as create-backend-stack, byte for byte', async (stack) => {
    const result = await helpers
      .run(GENERATOR)
      .withArguments(['twin-api'])
      .withOptions(flags({ stack, yes: true, 'skip-install': true, description: 'Twin "starter" \\ ${x}', author: 'Ada <ada@example.com>' }));
    const yoTree = readTree(path.join(result.cwd, 'twin-api'));

    const cwd = tempDir();
    const cli = runCli(['twin-api', '--stack', stack, '--yes', '--skip-install', '--description', 'Twin "starter" \\ ${x}', '--author', 'Ada <ada@example.com>'], cwd);
    expect(cli.code).toBe(0);
    const cliTree = readTree(path.join(cwd, 'twin-api'));
    expect(Object.keys(yoTree).sort()).toEqual(Object.keys(cliTree).sort());
    // The untracked .env holds secrets made fresh by each run; every other file is the same.
    expect({ ...yoTree, '.env': '' }).toEqual({ ...cliTree, '.env': '' });
    // Both made a repository whose first commit is the same render.
    const renderTree = (dir: string) => execFileSync('git', ['rev-parse', 'refs/backend-stack/pristine^{tree}'], { cwd: dir, encoding: 'utf8' });
    expect(renderTree(path.join(result.cwd, 'twin-api'))).toBe(renderTree(path.join(cwd, 'twin-api')));
  });

  it('writes scripts executable and the secrets file private, like create-backend-stack', async () => {
    const result = await helpers
      .run(GENERATOR)
      .withArguments(['tiny'])
      .withOptions(flags({ catalog: path.join(ROOT, 'tests/fixtures/catalog'), yes: true, 'skip-install': true }));
    const dir = path.join(result.cwd, 'tiny');
    expect(statSync(path.join(dir, 'bin/serve')).mode & 0o777).toBe(0o755);
    expect(statSync(path.join(dir, '.env')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dir, '.env'), 'utf8')).toMatch(/^TOKEN_SECRET=t:[0-9a-f]{64}$/m);
  });

  it('asks the questions and pre-selects the recommendation', async () => {
    const result = await helpers
      .run(GENERATOR)
      .withAnswers({ name: 'asked-api', description: 'Asked', author: '', appType: 'rest-api', language: 'go', knows: [], priority: 'balanced', docker: false, ci: true })
      .withOptions(flags({ 'skip-install': true }));
    const tree = readTree(path.join(result.cwd, 'asked-api'));
    expect(JSON.parse(tree['.yo-rc.json'])['generator-backend-stack']).toMatchObject({ stack: 'gin', language: 'go', docker: false });
    expect(tree['go.mod']).toMatch(/^module asked-api/m);
    expect(tree['Dockerfile']).toBeUndefined();
  });

  it('turns a user error into a one-line message', async () => {
    await expect(
      helpers.run(GENERATOR).withArguments(['Bad Name']).withOptions(flags({ yes: true, 'skip-install': true })),
    ).rejects.toMatchObject({
      message: 'the project name must be lowercase letters, digits and single hyphens, starting with a letter\n  hint: try "bad-name"',
      stack: 'yo backend-stack: the project name must be lowercase letters, digits and single hyphens, starting with a letter\n  hint: try "bad-name"',
    });
  });

  it('refuses a non-empty folder without --force', async () => {
    await expect(
      helpers
        .run(GENERATOR)
        .withArguments(['busy'])
        .doInDir((dir) => {
          mkdirSync(path.join(dir, 'busy'));
          writeFileSync(path.join(dir, 'busy/notes.txt'), 'mine');
        })
        .withOptions(flags({ yes: true, 'skip-install': true, force: false })),
    ).rejects.toMatchObject({ message: expect.stringMatching(/busy is not empty/) });
  });
});

describe('yo backend-stack:check, :kit and :smoke', () => {
  it('run the backend-stack commands with their flags and arguments, and their exit status', async () => {
    const { server, base } = await startFixtureServer({ SHUTDOWN_DRAIN_SECONDS: '0' });
    try {
      const kit = path.join(ROOT, 'kits/items-workshop.yaml');
      process.exitCode = undefined;
      await helpers.run(path.join(ROOT, 'dist/generators/check')).withArguments([base]);
      expect(process.exitCode).toBe(0);
      await helpers.run(path.join(ROOT, 'dist/generators/check')).withArguments([base]).withOptions(flags({ kit, exercise: 'patch-item' }));
      expect(process.exitCode).toBe(1);
      await helpers.run(path.join(ROOT, 'dist/generators/kit')).withArguments(['build', kit]);
      expect(process.exitCode).toBe(2);
      const junit = path.join(tempDir(), 'smoke.xml');
      await helpers.run(path.join(ROOT, 'dist/generators/smoke')).withOptions(flags({ catalog: path.join(ROOT, 'tests/fixtures/catalog'), matrix: true, junit }));
      expect(process.exitCode).toBe(0);
    } finally {
      process.exitCode = undefined;
      server.kill('SIGKILL');
    }
  });
});
