import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { savedAnswers } from '../src/answers/answers-file.js';
import type { Answers } from '../src/answers/options.js';
import { loadCatalog } from '../src/catalog/load.js';
import { planStarter } from '../src/generate/starter.js';
import { verifyProject } from '../src/verify/verify.js';
import { BIN, fixtureCatalogWith, readTree, ROOT, runCli, tempDir } from './helpers.js';

const QUICK = ['--yes', '--skip-install'];

/**
 * Runs a command on a pseudo-terminal (script(1)) and presses Enter every 200 ms until it exits, taking
 * every default: closing stdin early would reach the prompt as Ctrl-D, which cancels.
 */
async function pressEnterOnTerminal(words: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  const child = spawn('script', ['-qfec', words.map((w) => JSON.stringify(w)).join(' '), '/dev/null'], { cwd });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const enter = setInterval(() => child.stdin.write('\r'), 200);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(enter);
  return { code, output };
}

describe('create-backend-stack', () => {
  it('prints help built from the option table', () => {
    const { code, stdout } = runCli(['--help'], tempDir());
    expect(code).toBe(0);
    for (const flag of ['--app-type', '--language', '--priority', '--stack', '--description', '--author', '--yes', '--force', '--skip-install', '--git', '--no-git', '--verify', '--list', '--explain', '--catalog', '--no-docker']) {
      expect(stdout).toContain(flag);
    }
  });

  it('lists the catalog with each stack status', () => {
    const { code, stdout } = runCli(['--list'], tempDir());
    expect(code).toBe(0);
    expect(stdout).toMatch(/rest-api\s+REST API\s+fastapi/);
    expect(stdout).toMatch(/fastapi\s+python\s+FastAPI\s+available \(verified/);
    const fixture = runCli(['--list', '--catalog', path.join(ROOT, 'tests/fixtures/catalog')], tempDir());
    expect(fixture.stdout).toMatch(/tiny-planned\s+typescript\s+node:http\s+planned/);
  });

  it('explains a ranking without writing anything', () => {
    const cwd = tempDir();
    const { code, stdout } = runCli(['--app-type', 'rest-api', '--language', 'go', '--explain'], cwd);
    expect(code).toBe(0);
    expect(stdout).toMatch(/1\. gin \(verified\), score \d+/);
    expect(stdout).toMatch(/- fast routing/);
    expect(readTree(cwd)).toEqual({});
  });

  it('puts the language the team knows first in --explain, and says why, with each proof level', () => {
    const { code, stdout } = runCli(['--app-type', 'rest-api', '--knows', 'kotlin', '--explain'], tempDir());
    expect(code).toBe(0);
    expect(stdout).toMatch(/1\. ktor \(verified\), score \d+\n {5}- your team already knows the language/);
    expect(stdout).toMatch(/\. aspnet-core \(syntax-checked\), score/);
  });

  it('explains a language without a mainstream answer for an app type in one line, with a hint', () => {
    const { code, stderr } = runCli(['--app-type', 'low-latency', '--language', 'python', '--explain'], tempDir());
    expect(code).toBe(2);
    expect(stderr).toMatch(/no python stack serves the app type "low-latency": /);
    expect(stderr).toMatch(/closest in python: fastapi; for low-latency in another language: fiber \(go\)/);
  });

  it('generates the recommendation with --yes and prints how to do it again', () => {
    const cwd = tempDir();
    const { code, stdout, stderr } = runCli(['shop-api', ...QUICK], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Stack: fastapi, FastAPI, because:/);
    expect(stdout).toContain('\n  create-backend-stack shop-api --description');
    expect(stdout).toMatch(/Next steps:\n {2}cd shop-api/);
    const saved = JSON.parse(readFileSync(path.join(cwd, 'shop-api/.yo-rc.json'), 'utf8'))['generator-backend-stack'];
    expect(saved).toMatchObject({ name: 'shop-api', appType: 'rest-api', stack: 'fastapi', docker: true, ci: true });
  });

  it('reproduces the same files from the printed command', () => {
    const cwd = tempDir();
    const first = runCli(['shop-api', '--stack', 'express', '--description', `it's "x" $HOME`, ...QUICK], cwd);
    expect(first.code).toBe(0);
    const command = /\n {2}create-backend-stack (.*)/.exec(first.stdout)![1];
    const again = tempDir();
    const second = spawnSync('sh', ['-c', `node '${BIN}' ${command} --skip-install`], { cwd: again, encoding: 'utf8' });
    expect(second.status).toBe(0);
    expect(readTree(path.join(again, 'shop-api'))).toEqual(readTree(path.join(cwd, 'shop-api')));
  });

  it('leaves out Docker and CI files when asked', () => {
    const cwd = tempDir();
    expect(runCli(['lean', '--stack', 'gin', '--no-docker', '--no-ci', ...QUICK], cwd).code).toBe(0);
    const files = Object.keys(readTree(path.join(cwd, 'lean')));
    expect(files.some((f) => f.startsWith('.github/') || f.startsWith('Dockerfile') || f === '.dockerignore')).toBe(false);
    expect(files).toContain('go.mod');
  });

  it('stores items in SQLite by default, in PostgreSQL with compose.yaml when asked, and saves the choice', () => {
    const cwd = tempDir();
    const sqlite = runCli(['kept', '--stack', 'gin', ...QUICK], cwd);
    expect(sqlite.code).toBe(0);
    expect(sqlite.stdout).toMatch(/create-backend-stack kept .*--database sqlite/);
    const files = readTree(path.join(cwd, 'kept'));
    expect(JSON.parse(files['.yo-rc.json'])['generator-backend-stack'].database).toBe('sqlite');
    expect(files['.env.example']).toMatch(/^DATABASE_URL=sqlite:\/\/\/data\/app\.db$/m);
    expect(files['compose.yaml']).toBeUndefined();

    expect(runCli(['shared', '--stack', 'gin', '--database', 'postgres', ...QUICK], cwd).code).toBe(0);
    const postgres = readTree(path.join(cwd, 'shared'));
    expect(postgres['.env.example']).toMatch(/^DATABASE_URL=postgresql:\/\/app:app@127\.0\.0\.1:5432\/app$/m);
    expect(postgres['compose.yaml']).toMatch(/^ {2}postgres:\n {4}image: postgres:\d/m);
    expect(postgres['README.md']).toContain('docker compose up -d --wait');
  });

  it('refuses a database the stack does not offer, naming those it does', () => {
    const mysql = runCli(['db-api', '--stack', 'gin', '--database', 'mysql', ...QUICK], tempDir());
    expect(mysql.code).toBe(2);
    expect(mysql.stderr).toBe('create-backend-stack: the gin starter does not offer --database mysql\n  hint: use one of: sqlite, postgres, none\n');
    // Every stack of this catalog has a data layer: a catalog whose only stack has none refuses the flag.
    const memoryOnly = fixtureCatalogWith();
    rmSync(path.join(memoryOnly, 'capabilities/database.json'));
    rmSync(path.join(memoryOnly, 'templates/tiny-node+database'), { recursive: true });
    const memory = runCli(['db-api', '--catalog', memoryOnly, '--database', 'file', '--yes', '--skip-install'], tempDir());
    expect(memory.code).toBe(2);
    expect(memory.stderr).toBe('create-backend-stack: --database applies only to stacks with a data layer, and tiny-node keeps its items in memory\n  hint: drop --database: no stack of this catalog takes it\n');
  });

  it('without a terminal names the flag of a missing answer', () => {
    const { code, stderr } = runCli(['shop-api'], tempDir());
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(2);
    expect(stderr).toMatch(/no answer for "Description" and no terminal to ask on/);
    expect(stderr).toMatch(/hint: pass --description TEXT, or --yes/);
  });

  it('rejects bad input in one line with a hint and exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [['My Api', ...QUICK], /the project name must be lowercase.*\n {2}hint: try "my-api"/],
      [['api', '--catalog', path.join(ROOT, 'tests/fixtures/catalog'), '--stack', 'tiny-planned', ...QUICK], /stack "tiny-planned" is planned.*\n {2}hint: available stacks: tiny-node/],
      [['api', '--stack', 'nope', ...QUICK], /unknown stack "nope" in --stack/],
      [['api', '--app-type', 'desktop', ...QUICK], /unknown app type "desktop" in --app-type/],
      [['api', '--priority', 'cheap', ...QUICK], /unknown priority "cheap"/],
      [['api', '--bogus'], /Unknown option '--bogus'.*\n {2}hint: see create-backend-stack --help/],
      [['api', '--stack', 'gin', '--app-type', 'data-ai', ...QUICK], /stack "gin" does not serve the app type "data-ai"/],
      [['django', '--stack', 'django', ...QUICK], /the project name "django" is also a dependency of the django starter\n {2}hint: try "django-app"/],
    ];
    for (const [args, message] of cases) {
      const cwd = tempDir();
      const { code, stderr } = runCli(args, cwd);
      expect(stderr, args.join(' ')).toMatch(message);
      expect(stderr, args.join(' ')).not.toMatch(/\n\s+at /);
      expect(code, args.join(' ')).toBe(2);
      expect(readTree(cwd), args.join(' ')).toEqual({});
    }
  });

  it('never writes into a non-empty folder without --force, and then touches only its own files', () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, 'taken'));
    writeFileSync(path.join(cwd, 'taken/notes.txt'), 'mine');
    writeFileSync(path.join(cwd, 'taken/README.md'), 'my readme');
    const refused = runCli(['taken', ...QUICK], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/taken is not empty\n {2}hint: pass --force/);
    expect(readTree(path.join(cwd, 'taken'))).toEqual({ 'notes.txt': 'mine', 'README.md': 'my readme' });

    expect(runCli(['taken', ...QUICK, '--force'], cwd).code).toBe(0);
    const tree = readTree(path.join(cwd, 'taken'));
    expect(tree['notes.txt']).toBe('mine');
    expect(tree['README.md']).toMatch(/^# Taken/);
  });

  it('re-runs in a generated folder without questions, and refuses to overwrite edits without --force', () => {
    const cwd = tempDir();
    expect(runCli(['again', '--stack', 'gin', ...QUICK], cwd).code).toBe(0);
    const dir = path.join(cwd, 'again');
    const before = readTree(dir);

    const rerun = runCli(['--skip-install'], dir);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/Wrote 0 files to \. \(\d+ already up to date\)/);
    expect(readTree(dir)).toEqual(before);

    writeFileSync(path.join(dir, 'README.md'), 'edited');
    const conflict = runCli(['--skip-install'], dir);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toMatch(/README\.md already exists with other contents\n {2}hint: pass --force to overwrite it/);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('edited');
    expect(runCli(['--skip-install', '--force'], dir).code).toBe(0);
    expect(readTree(dir)).toEqual(before);
  });

  it('makes a repository by default, even without a git identity, and none with --no-git or inside another', () => {
    const cwd = tempDir();
    const home = tempDir('home-');
    const env = { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1' };
    const { code, stderr } = runCli(['versioned', '--stack', 'gin', ...QUICK], cwd, env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const project = path.join(cwd, 'versioned');
    const log = execFileSync('git', ['log', '--format=%B'], { cwd: project, encoding: 'utf8' });
    expect(log.trim()).toMatch(/^Initial commit from backend-stack\n\nBackend-Stack-Version: \d+\.\d+\.\d+\nBackend-Stack-Catalog: \d{4}-\d{2}-\d{2}$/);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: project, encoding: 'utf8' })).toBe('');

    expect(runCli(['plain', '--stack', 'gin', '--no-git', ...QUICK], cwd, env).code).toBe(0);
    expect(existsSync(path.join(cwd, 'plain/.git'))).toBe(false);

    const nested = runCli(['inner', '--stack', 'gin', ...QUICK], project, env);
    expect(nested.code).toBe(0);
    expect(nested.stdout).toContain(`Note: the starter is inside the git repository ${project}, so it gets no repository of its own`);
    expect(existsSync(path.join(project, 'inner/.git'))).toBe(false);
  });

});

describe('environments', () => {
  /** Runs the CLI through another command (unshare, setpriv, sh) that ends in `node BIN ...args`. */
  const runVia = (prefix: string[], args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
    spawnSync(prefix[0], [...prefix.slice(1), process.execPath, BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  const isRoot = process.getuid?.() === 0;
  const works = (command: string[]) => spawnSync(command[0], command.slice(1), { stdio: 'ignore' }).status === 0;
  // setpriv drops to nobody; that user must be able to read this checkout (not so under a private home).
  const nobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
  const nobodyCanRun = isRoot && works([...nobody, process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`]);

  it('writes the starter without a repository when git is absent, and says so', () => {
    const cwd = tempDir();
    const bin = tempDir('path-');
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const { code, stdout, stderr } = runCli(['no-git', '--stack', 'flask', ...QUICK], cwd, { PATH: bin });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Note: git is not installed, so the starter has no repository: install git, then run git init');
    expect(existsSync(path.join(cwd, 'no-git/pyproject.toml'))).toBe(true);
    expect(existsSync(path.join(cwd, 'no-git/.git'))).toBe(false);
  });

  it.skipIf(!works(['script', '-qec', 'true', '/dev/null']))('asks its questions on a terminal and takes the defaults on Enter', async () => {
    const cwd = tempDir();
    const { code, output } = await pressEnterOnTerminal([process.execPath, BIN, 'tty-api', '--skip-install'], cwd);
    expect(code).toBe(0);
    expect(output).toContain('What are you building?');
    expect(output).not.toMatch(/deprecat/i);
    expect(JSON.parse(readFileSync(path.join(cwd, 'tty-api/.yo-rc.json'), 'utf8'))['generator-backend-stack']).toMatchObject({ appType: 'rest-api', stack: 'fastapi', docker: true, ci: true });
  }, 30_000);

  it.skipIf(!works(['script', '-qec', 'true', '/dev/null']))('asks the same questions through Yeoman on a terminal, without deprecation warnings', async () => {
    const cwd = tempDir();
    // yeoman-environment as yo runs it (yo itself refuses to run as root), on a pseudo-terminal.
    const runner = path.join(ROOT, 'dist/scripts/bench/yo-runner.js');
    const { code, output } = await pressEnterOnTerminal([process.execPath, runner, path.join(ROOT, 'dist/generators/app/index.js'), 'tty-yo', '--skip-install'], cwd);
    expect(code).toBe(0);
    expect(output).toContain('What are you building?');
    expect(output).not.toMatch(/deprecat/i);
    expect(JSON.parse(readFileSync(path.join(cwd, 'tty-yo/.yo-rc.json'), 'utf8'))['generator-backend-stack']).toMatchObject({ appType: 'rest-api', stack: 'fastapi', docker: true, ci: true });
  }, 30_000);

  it.skipIf(!isRoot || !works(['unshare', '-n', 'true']))('generates with no network at all', () => {
    const cwd = tempDir();
    const run = runVia(['unshare', '-n'], ['offline', '--stack', 'gin', ...QUICK], cwd);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(path.join(cwd, 'offline/go.mod'))).toBe(true);
  });

  it.skipIf(!nobodyCanRun)('runs as an ordinary user', () => {
    const cwd = tempDir();
    chmodSync(cwd, 0o777);
    const run = runVia(nobody, ['plain-user', '--stack', 'express', ...QUICK], cwd, { HOME: cwd });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(statSync(path.join(cwd, 'plain-user/package.json')).uid).toBe(65534);
  });

  it('writes the same tracked bytes in another time zone, locale and folder', () => {
    const trees = [
      { TZ: 'UTC', LC_ALL: 'C', LANG: 'C' },
      { TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' },
    ].map((env, i) => {
      const cwd = path.join(tempDir(), 'deeper'.repeat(i + 1));
      mkdirSync(cwd);
      expect(runCli(['same-bytes', '--stack', 'django', ...QUICK], cwd, env).code).toBe(0);
      return readTree(path.join(cwd, 'same-bytes'));
    });
    // .env is untracked and holds this checkout's own secrets.
    expect({ ...trees[1], '.env': '' }).toEqual({ ...trees[0], '.env': '' });
    expect(trees[1]['.env']).not.toBe(trees[0]['.env']);
  });
});

describe('writing safely', () => {
  it('puts an existing folder back as it was when writing fails halfway', () => {
    const cwd = tempDir();
    expect(runCli(['half', '--stack', 'gin', ...QUICK], cwd).code).toBe(0);
    const dir = path.join(cwd, 'half');
    writeFileSync(path.join(dir, 'README.md'), 'my notes\n');
    rmSync(path.join(dir, 'Dockerfile'));
    // A plain file where the starter needs a folder: README.md and Dockerfile are written before it fails.
    rmSync(path.join(dir, 'cmd'), { recursive: true });
    writeFileSync(path.join(dir, 'cmd'), 'in the way\n');
    const before = readTree(dir);

    const { code, stderr } = runCli(['--force', ...QUICK], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^create-backend-stack: could not write the starter into \.: .*\n {2}hint: the folder was put back as it was\n$/);
    expect(readTree(dir)).toEqual(before);
  });

  it('removes what it wrote when interrupted with Ctrl-C', () => {
    const cwd = tempDir();
    const target = path.join(ROOT, 'dist/src/generate/write.js');
    // The second file's contents are read mid-write; reading them sends this process SIGINT, as Ctrl-C would.
    const script = `
      const { writeFiles } = await import(${JSON.stringify(target)});
      const path = await import('node:path');
      const files = [{ dest: 'a.txt', contents: 'a' }, { dest: 'b/c.txt', get contents() { process.kill(process.pid, 'SIGINT'); return 'c'; } }, { dest: 'd.txt', contents: 'd' }];
      for (const dir of ['new', 'old']) {
        try { await writeFiles({ root: path.resolve(dir), shown: dir }, { changed: files, unchanged: 0 }); } catch (err) { console.log(dir, err.exitCode, err.message); }
      }`;
    mkdirSync(path.join(cwd, 'old'));
    writeFileSync(path.join(cwd, 'old/a.txt'), 'mine');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
    expect(run.stdout).toBe('new 130 interrupted (SIGINT) while writing new\nold 130 interrupted (SIGINT) while writing old\n');
    expect(existsSync(path.join(cwd, 'new'))).toBe(false);
    expect(readTree(path.join(cwd, 'old'))).toEqual({ 'a.txt': 'mine' });
  });
});

describe('identifier overrides', () => {
  it('takes a Go module path from --module and checks it like the name', () => {
    const cwd = tempDir();
    const run = runCli(['mod-api', '--stack', 'gin', '--module', 'github.com/acme/mod-api', ...QUICK], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(' --module github.com/acme/mod-api --yes');
    expect(readFileSync(path.join(cwd, 'mod-api/go.mod'), 'utf8')).toMatch(/^module github\.com\/acme\/mod-api$/m);
    expect(readFileSync(path.join(cwd, 'mod-api/cmd/server/main.go'), 'utf8')).toContain('"github.com/acme/mod-api/internal/');

    const bad = runCli(['bad-mod', '--stack', 'gin', '--module', 'github.com/acme/../x', ...QUICK], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('create-backend-stack: the Go module path must not contain "." or ".." elements (--module)\n  hint: try "github.com/acme/x"\n');
    expect(existsSync(path.join(cwd, 'bad-mod'))).toBe(false);
  });

  it('refuses --module and --package for stacks they do not apply to', () => {
    const flask = runCli(['py-api', '--stack', 'flask', '--module', 'github.com/acme/x', ...QUICK], tempDir());
    expect(flask.code).toBe(2);
    expect(flask.stderr).toMatch(/--module applies only to Go stacks, and flask is python\n {2}hint: drop --module, or choose one of: .*gin/);
    const gin = runCli(['go-api', '--stack', 'gin', '--package', 'com.acme.api', ...QUICK], tempDir());
    expect(gin.code).toBe(2);
    expect(gin.stderr).toMatch(/--package applies only to Java\/Kotlin stacks/);
  });
});

describe('create-backend-stack with another catalog', () => {
  const fixture = path.join(ROOT, 'tests/fixtures/catalog');

  it('generates from it and verifies the starter end to end with --verify', () => {
    const cwd = tempDir();
    const { code, stdout, stderr } = runCli(['tiny', '--catalog', fixture, '--yes', '--verify'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Installing dependencies: true \(full output in .*backend-stack-install-tiny-node-\d+\.log\)$/m);
    for (const step of ['install', 'toolchain', 'lint', 'test', 'boot', 'contract', 'sigterm']) expect(stdout).toMatch(new RegExp(`ok\\s+${step}\\s`));
    expect(stdout).toMatch(/8 checks: GET \/health -> 200 \{"status":"ok"\}; GET \/ready -> 200 JSON; POST \/api\/items -> 201/);
    expect(stdout).toMatch(/exited 0 after SIGTERM/);
  });

  it("keeps an install's output in a log, and shows its last lines when it fails", () => {
    const catalogDir = fixtureCatalogWith({
      install: `node -e "for (let i = 1; i <= 40; i++) console.log('fetching package ' + i); console.error('E404 Not Found: left-pad@9.9.9'); process.exit(1)"`,
    });
    const { code, stdout, stderr } = runCli(['broken', '--catalog', catalogDir, '--yes'], tempDir());
    expect(code).toBe(1);
    expect(stdout).not.toContain('fetching package 20\n');
    expect(stdout).toMatch(/ {2}\| fetching package 40\n {2}\| E404 Not Found: left-pad@9\.9\.9\n/);
    const [error, hint] = stderr.trim().split('\n');
    expect(error).toMatch(/^create-backend-stack: installing dependencies failed \(node -e .* exited with 1\)$/);
    const logFile = /all of them in (\S+);/.exec(hint)![1];
    expect(readFileSync(logFile, 'utf8')).toContain('fetching package 1\n');
  });

  it('composes a capability from catalog data alone: its overlay, README rows and check', () => {
    const cwd = tempDir();
    const { code, stdout, stderr } = runCli(['site', '--catalog', fixture, '--app-type', 'website', '--yes', '--verify'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/ok\s+pages\s.*GET \/ -> 200 server-rendered HTML/);
    expect(readFileSync(path.join(cwd, 'site/README.md'), 'utf8')).toContain('- GET /: the home page\n');
    expect(existsSync(path.join(cwd, 'site/public/index.html'))).toBe(true);

    expect(runCli(['api', '--catalog', fixture, '--app-type', 'rest-api', '--yes', '--skip-install'], cwd).code).toBe(0);
    expect(existsSync(path.join(cwd, 'api/public'))).toBe(false);
    expect(readFileSync(path.join(cwd, 'api/README.md'), 'utf8')).not.toContain('GET /');
  });

  it('proves a database capability: migrations, then the item created before a restart read back after it', async () => {
    const cwd = tempDir();
    const { code, stdout, stderr } = runCli(['kept', '--catalog', fixture, '--database', 'file', '--yes', '--verify'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const step of ['migrate', 'database', 'restart', 'database after restart']) expect(stdout).toMatch(new RegExp(`ok\\s+${step}\\s`));

    // The same starter with the in-memory store forgets its items on restart, and the verifier says so.
    const dir = path.join(cwd, 'kept');
    writeFileSync(path.join(dir, 'store.mjs'), readFileSync(path.join(fixture, 'templates/tiny-node/store.mjs')));
    const catalog = loadCatalog(fixture);
    const { stack, capabilities } = planStarter(catalog, savedAnswers(dir) as Answers);
    const results = await verifyProject(dir, stack, { capabilities, services: [], logFile: path.join(cwd, 'verify.log'), skipInstall: true, underLoad: false });
    const failed = results.find((r) => !r.ok);
    expect(failed?.step).toBe('database after restart');
    expect(failed?.detail).toMatch(/^GET \/api\/items\/\d+ after a restart: expected the item created before it, got 404/);
  });

  it('re-verifies a generated folder, and fails in one line when its tests fail', () => {
    const cwd = tempDir();
    expect(runCli(['tiny', '--catalog', fixture, '--yes', '--skip-install'], cwd).code).toBe(0);
    const dir = path.join(cwd, 'tiny');
    expect(runCli(['--catalog', fixture, '--verify'], dir).code).toBe(0);

    writeFileSync(path.join(dir, 'test/broken.test.mjs'), "import { test } from 'node:test';\ntest('fails', () => { throw new Error('boom'); });\n");
    const { code, stderr } = runCli(['--catalog', fixture, '--verify'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/verification failed at "test": `node --test` exited with 1\n {2}hint: full output in \S+\.log/);
  });

  it('keeps tracked files reproducible and puts fresh secrets only into the untracked .env', () => {
    const [first, second] = [tempDir(), tempDir()].map((cwd) => {
      expect(runCli(['tiny', '--catalog', fixture, '--yes', '--skip-install'], cwd).code).toBe(0);
      return path.join(cwd, 'tiny');
    });
    const tracked = (dir: string) => Object.fromEntries(Object.entries(readTree(dir)).filter(([file]) => file !== '.env'));
    expect(tracked(second)).toEqual(tracked(first));
    const secret = (dir: string) => /^TOKEN_SECRET=t:([0-9a-f]{64})$/m.exec(readFileSync(path.join(dir, '.env'), 'utf8'))?.[1];
    expect(secret(first)).toBeDefined();
    expect(secret(second)).toBeDefined();
    expect(secret(second)).not.toBe(secret(first));
    for (const contents of Object.values(tracked(first))) expect(contents).not.toContain(secret(first));
    expect(statSync(path.join(first, '.env')).mode & 0o777).toBe(0o600);
  });

  it('keeps the executable bit of scripts, empty files, and lays out the Java package as folders', () => {
    const cwd = tempDir();
    expect(runCli(['tiny', '--catalog', fixture, '--yes', '--skip-install'], cwd).code).toBe(0);
    expect(statSync(path.join(cwd, 'tiny/bin/serve')).mode & 0o111).toBe(0o111);
    expect(readFileSync(path.join(cwd, 'tiny/notes/com/example/tiny/package.txt'), 'utf8')).toBe('package com.example.tiny\n');
    // An empty file is written as it is (only a template that renders to nothing is left out).
    expect(readFileSync(path.join(cwd, 'tiny/notes/empty.txt'), 'utf8')).toBe('');
  });

  it('never replaces an existing .env, even with --force', () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, 'tiny'));
    writeFileSync(path.join(cwd, 'tiny/.env'), 'TOKEN_SECRET=mine\n');
    expect(runCli(['tiny', '--catalog', fixture, '--yes', '--skip-install', '--force'], cwd).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'tiny/.env'), 'utf8')).toBe('TOKEN_SECRET=mine\n');
  });

  it('stops on a malformed catalog with the file and field', () => {
    const { code, stderr } = runCli(['--list', '--catalog', path.join(ROOT, 'tests')], tempDir());
    expect(code).toBe(1);
    expect(stderr).toMatch(/catalog: .*tests\/catalog\.json not found/);
  });
});
