import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import helpers from 'yeoman-test';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../src/answers/options.js';
import { databaseChoices } from '../src/answers/options.js';
import { resolveAnswers } from '../src/answers/resolve.js';
import { loadCatalog } from '../src/catalog/load.js';
import { buildFiles } from '../src/generate/starter.js';
import { fixtureCatalogWith, ROOT, runCli, tempDir } from './helpers.js';

const BACKEND_STACK = path.join(ROOT, 'dist/bin/backend-stack.js');

function update(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BACKEND_STACK, 'update', ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' }).stdout.trim();

/** A project generated with --git from a copy of the fixture catalog, and that catalog, to change later. */
function generated(answers: string[] = []) {
  const catalog = fixtureCatalogWith();
  const cwd = tempDir();
  const made = runCli(['tiny', '--catalog', catalog, '--yes', '--skip-install', ...answers], cwd);
  expect(made.stderr).toBe('');
  const dir = path.join(cwd, 'tiny');
  // Commits here must not depend on the machine's git identity.
  for (const [key, value] of [['user.name', 'Tester'], ['user.email', 'tester@example.com']]) spawnSync('git', ['config', key, value], { cwd: dir });
  return { catalog, dir };
}

const template = (catalog: string, file: string) => path.join(catalog, 'templates/tiny-node', file);

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('an update with nothing changed', () => {
  const catalog = loadCatalog();
  const variants = catalog.stacks
    .filter((s) => s.status === 'available')
    .flatMap((s) => Object.keys(s.appTypes).flatMap((appType) => databaseChoices(s, catalog, appType).map((database) => [s.id, appType, database])));

  it.each(variants)('renders %s for %s with %s from its saved answers exactly as generated', async (stack, appType, database) => {
    const given: Partial<Answers> = { name: 'same-api', description: 'Same.', appType, stack, database, docker: true, ci: true };
    const files = buildFiles(catalog, (await resolveAnswers({ catalog, given, saved: {}, yes: true })).answers);
    const saved = JSON.parse(files.find((f) => f.dest === '.yo-rc.json')!.contents)['generator-backend-stack'];
    const again = await resolveAnswers({ catalog, given: {}, saved, yes: true });
    expect(buildFiles(catalog, again.answers)).toEqual(files);
  });
});

describe('the lock files a stack names', () => {
  const catalog = loadCatalog();
  const locked = catalog.stacks.filter((s) => s.status === 'available' && s.lock).map((s) => s.id);

  it.each(locked)('%s: its manifests are files its starter has', async (stack) => {
    const { answers } = await resolveAnswers({ catalog, given: { name: 'locked-api', stack }, saved: {}, yes: true });
    const files = buildFiles(catalog, answers).map((f) => f.dest);
    expect(files).toEqual(expect.arrayContaining(catalog.stacks.find((s) => s.id === stack)!.lock!.manifests));
  });
});

describe('backend-stack update', () => {
  it('is a no-op when the render has not changed', () => {
    const { catalog, dir } = generated();
    const head = git(dir, 'rev-parse', 'HEAD');
    const result = update(['--catalog', catalog], dir);
    expect(result.stdout).toMatch(/^Already up to date/);
    expect(result.code).toBe(0);
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it("keeps the user's edits, applies the template's changes, and removes files the templates dropped", () => {
    const { catalog, dir } = generated(['--database', 'none']);
    edit(path.join(dir, 'server.mjs'), (t) => `// my own note\n${t}`);
    spawnSync('git', ['commit', '-qam', 'my edit'], { cwd: dir });
    const env = readFileSync(path.join(dir, '.env'), 'utf8');

    edit(template(catalog, 'store.mjs'), (t) => t.replace('const items = [];', 'const items = []; // kept in memory'));
    rmSync(template(catalog, 'bin/serve'));
    edit(path.join(catalog, 'catalog.json'), (t) => t.replace(/"date": "[\d-]+"/, '"date": "2027-01-15"'));
    const result = update(['--catalog', catalog], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Merging the render of backend-stack \d+\.\d+\.\d+, catalog of 2027-01-15 into the project, which last received that of backend-stack \d+\.\d+\.\d+, catalog of (?!2027-01-15)\d{4}-\d\d-\d\d\.$/m);
    expect(result.stdout).toMatch(/Updated and staged: review it with git diff --staged, then git commit/);
    expect(readFileSync(path.join(dir, 'server.mjs'), 'utf8')).toMatch(/^\/\/ my own note\n/);
    expect(readFileSync(path.join(dir, 'store.mjs'), 'utf8')).toMatch(/const items = \[\]; \/\/ kept in memory/);
    expect(existsSync(path.join(dir, 'bin/serve'))).toBe(false);
    expect(readFileSync(path.join(dir, '.env'), 'utf8')).toBe(env);
    expect(git(dir, 'diff', '--staged', '--name-status').split('\n').sort()).toEqual(['D\tbin/serve', 'M\tstore.mjs']);

    // Once committed, the next update starts from this render: nothing more to do.
    spawnSync('git', ['commit', '-qm', 'update'], { cwd: dir });
    expect(update(['--catalog', catalog], dir).stdout).toMatch(/^Already up to date/);
  });

  it('leaves a conflicting edit as a git conflict, lists it and exits 1', () => {
    const { catalog, dir } = generated(['--database', 'none']);
    edit(path.join(dir, 'store.mjs'), (t) => t.replace('const items = [];', 'const items = []; // mine'));
    spawnSync('git', ['commit', '-qam', 'my edit'], { cwd: dir });
    edit(template(catalog, 'store.mjs'), (t) => t.replace('const items = [];', 'const items = []; // theirs'));

    const dry = update(['--catalog', catalog, '--dry-run'], dir);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toMatch(/These would conflict with your edits:\n {2}store\.mjs/);
    expect(git(dir, 'status', '--porcelain')).toBe('');

    const result = update(['--catalog', catalog], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/each is left with conflict markers:\n {2}store\.mjs\n/);
    expect(git(dir, 'diff', '--name-only', '--diff-filter=U')).toBe('store.mjs');
    expect(readFileSync(path.join(dir, 'store.mjs'), 'utf8')).toMatch(/<<<<<<< HEAD\n.*\/\/ mine\n=======\n.*\/\/ theirs\n>>>>>>> /);
  });

  describe('lock files', () => {
    const manifest = (left: string, mine = '') => `{\n  "left": "${left}",\n  "middle": "1.0.0",\n  "right": "1.0.0"${mine}\n}\n`;
    /** A project whose stack locks deps.json in deps.lock, refreshed by the lock.mjs its templates ship. */
    function locked(refresh = 'node lock.mjs') {
      const { catalog, dir: unused } = generated(['--database', 'none']);
      rmSync(path.dirname(unused), { recursive: true, force: true });
      const stackFile = path.join(catalog, 'stacks/tiny-node.json');
      const stack = JSON.parse(readFileSync(stackFile, 'utf8'));
      writeFileSync(stackFile, JSON.stringify({ ...stack, lock: { files: ['deps.lock'], manifests: ['deps.json'], refresh } }));
      writeFileSync(template(catalog, 'deps.json'), manifest('1.0.0'));
      writeFileSync(template(catalog, 'deps.lock'), 'left@1.0.0 sha:aaa\nmiddle@1.0.0 sha:aaa\nright@1.0.0 sha:aaa\n');
      writeFileSync(template(catalog, 'lock.mjs'), "import { readFileSync, writeFileSync } from 'node:fs';\nconst deps = JSON.parse(readFileSync('deps.json', 'utf8'));\nwriteFileSync('deps.lock', Object.entries(deps).sort().map(([n, v]) => `${n}@${v} sha:fresh\\n`).join(''));\n");
      const cwd = tempDir();
      expect(runCli(['tiny', '--catalog', catalog, '--yes', '--skip-install', '--database', 'none'], cwd).stderr).toBe('');
      const dir = path.join(cwd, 'tiny');
      for (const [key, value] of [['user.name', 'Tester'], ['user.email', 'tester@example.com']]) spawnSync('git', ['config', key, value], { cwd: dir });
      return { catalog, dir };
    }

    it("keeps the project's lock where both changed it, then refreshes it with the ecosystem's tool", () => {
      const { catalog, dir } = locked();
      writeFileSync(path.join(dir, 'deps.json'), manifest('1.0.0', ',\n  "mine": "2.0.0"'));
      // Sorted, as lock files are: the new entry sits next to the line the template changes.
      writeFileSync(path.join(dir, 'deps.lock'), 'left@1.0.0 sha:aaa\nmine@2.0.0 sha:bbb\nmiddle@1.0.0 sha:aaa\nright@1.0.0 sha:aaa\n');
      spawnSync('git', ['commit', '-qam', 'my dependency'], { cwd: dir });
      writeFileSync(template(catalog, 'deps.json'), manifest('1.1.0'));
      writeFileSync(template(catalog, 'deps.lock'), 'left@1.1.0 sha:ccc\nmiddle@1.0.0 sha:aaa\nright@1.0.0 sha:aaa\n');

      const dry = update(['--catalog', catalog, '--dry-run'], dir);
      expect(dry.stdout).not.toContain('would conflict');
      expect(dry.code).toBe(0);
      const result = update(['--catalog', catalog], dir);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Refreshing deps.lock: node lock.mjs');
      expect(readFileSync(path.join(dir, 'deps.json'), 'utf8')).toBe(manifest('1.1.0', ',\n  "mine": "2.0.0"'));
      expect(readFileSync(path.join(dir, 'deps.lock'), 'utf8')).toBe('left@1.1.0 sha:fresh\nmiddle@1.0.0 sha:fresh\nmine@2.0.0 sha:fresh\nright@1.0.0 sha:fresh\n');
      expect(git(dir, 'status', '--porcelain')).toBe('M  deps.json\nM  deps.lock');
      expect(existsSync(path.join(dir, '.git/info/attributes')) ? readFileSync(path.join(dir, '.git/info/attributes'), 'utf8') : '').not.toContain('backend-stack');
    });

    it('says which command to run when the refresh fails, with the merge left staged', () => {
      const { catalog, dir } = locked('node -e "process.exit(3)"');
      writeFileSync(template(catalog, 'deps.json'), manifest('1.1.0'));
      const result = update(['--catalog', catalog], dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^backend-stack: the update is merged and staged, but node -e "process\.exit\(3\)" failed, so deps\.lock may not match the manifests\n {2}hint: fix the cause, run node -e "process\.exit\(3\)", git add deps\.lock, then git commit\n$/);
      expect(git(dir, 'diff', '--staged', '--name-only')).toBe('deps.json');
    });
  });

  it('adds a capability by a changed answer, and prints the diff without writing on --dry-run', () => {
    const { catalog, dir } = generated(['--database', 'none']);
    expect(existsSync(path.join(dir, 'migrate.mjs'))).toBe(false);
    const dry = update(['--catalog', catalog, '--database', 'file', '--dry-run'], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/migrate\.mjs \|\s+\d+ \+/);
    expect(existsSync(path.join(dir, 'migrate.mjs'))).toBe(false);

    edit(path.join(dir, 'server.mjs'), (t) => `// my own note\n${t}`);
    spawnSync('git', ['commit', '-qam', 'my edit'], { cwd: dir });
    const result = update(['--catalog', catalog, '--database', 'file'], dir);
    expect(result.code).toBe(0);
    expect(existsSync(path.join(dir, 'migrate.mjs'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, '.yo-rc.json'), 'utf8'))['generator-backend-stack'].database).toBe('file');
    expect(readFileSync(path.join(dir, 'server.mjs'), 'utf8')).toMatch(/^\/\/ my own note\n/);
    // The project's own tests pass with the capability the answer added.
    const tests = spawnSync('node', ['--test', '--test-reporter=tap'], { cwd: dir, encoding: 'utf8' });
    expect(tests.stdout).toMatch(/^# pass [1-9]/m);
    expect(tests.stdout).toMatch(/^# fail 0$/m);
    expect(tests.status).toBe(0);
  });

  it('refuses, in one line, a dirty tree, another stack, and a folder it did not generate', () => {
    const { catalog, dir } = generated();
    writeFileSync(path.join(dir, 'notes.txt'), 'unsaved');
    const dirty = update(['--catalog', catalog], dir);
    expect(dirty.code).toBe(1);
    expect(dirty.stderr).toMatch(/^backend-stack: the working tree has changes \(1 paths, e\.g\. notes\.txt\)\n {2}hint: commit or stash them first/);
    rmSync(path.join(dir, 'notes.txt'));
    expect(update(['--catalog', catalog, '--stack', 'gin'], dir).stderr).toMatch(/^backend-stack: update cannot change the stack \(tiny-node to gin\)\n/);
    expect(update([], tempDir()).stderr).toMatch(/is not a project backend-stack generated/);
    const noGit = tempDir();
    expect(runCli(['plain', '--catalog', catalog, '--yes', '--skip-install', '--no-git'], noGit).code).toBe(0);
    expect(update(['--catalog', catalog], path.join(noGit, 'plain')).stderr).toMatch(/^backend-stack: this project is not the top of a git repository\n/);
  });
});

describe('yo backend-stack:update', () => {
  it('updates the project it runs in, with answer flags', async () => {
    const { catalog, dir } = generated();
    expect(existsSync(path.join(dir, 'migrate.mjs'))).toBe(true);
    process.exitCode = undefined;
    try {
      await helpers
        .run(path.join(ROOT, 'dist/generators/update'))
        .withOptions({ catalog, database: 'none' } as never)
        .cd(dir);
      expect(process.exitCode).toBe(0);
      expect(existsSync(path.join(dir, 'migrate.mjs'))).toBe(false);
    } finally {
      process.exitCode = undefined;
    }
  });
});
