import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { mismatch, runExercise } from '../src/kit/exercise.js';
import { loadKit } from '../src/kit/kit-file.js';
import { FIXTURE_CATALOG, ROOT, startFixtureServer, tempDir } from './helpers.js';

const BACKEND_STACK = path.join(ROOT, 'dist/bin/backend-stack.js');
const catalog = loadCatalog();

async function backendStack(args: string[], cwd = ROOT) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BACKEND_STACK, ...args], { cwd, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function kitFile(contents: string, name = 'kit.yaml'): string {
  const file = path.join(tempDir('kit-'), name);
  writeFileSync(file, contents);
  return file;
}

const FIXTURE_KIT = `
name: tiny-workshop
title: A tiny workshop
tracks:
  - id: node
    stack: tiny-node
    database: file
exercises:
  - id: read-back
    title: Read an item back
    instructions: Create an item and read it back.
    checks:
      - name: create
        method: POST
        path: /api/items
        body: { name: "{missing} stays as written" }
        status: 201
        json: { id: <integer>, name: "{missing} stays as written" }
        save: { id: id }
      - name: read back
        method: GET
        path: /api/items/{id}
        status: 200
        json: { id: "{id}", name: <string> }
  - id: patch
    title: Change an item
    instructions: Add PATCH.
    checks:
      - name: change it
        method: PATCH
        path: /api/items/1
        body: { name: after }
        status: 200
`;

describe('a kit file', () => {
  it('loads the sample kit of the repository', () => {
    const kit = loadKit(path.join(ROOT, 'kits/items-workshop.yaml'), catalog);
    expect(kit.tracks.map((t) => `${t.id}:${t.stack}`)).toEqual(['python:fastapi', 'go:gin', 'typescript:express']);
    expect(kit.exercises.map((e) => e.id)).toEqual(['patch-item', 'pagination']);
    expect(kit.exercises[0].checks[3].status).toEqual([400, 422]);
  });

  it('is refused with the file, the field and the reason', () => {
    const refused = (contents: string, name?: string) => {
      try {
        loadKit(kitFile(contents, name), catalog);
      } catch (err) {
        return (err as Error).message.replace(/^kit: \S+: /, '');
      }
      return 'loaded';
    };
    const track = (fields: string) => `name: w\ntitle: W\ntracks:\n  - { id: t, ${fields} }\n`;
    expect(refused(track('stack: nope'))).toBe('tracks[0].stack "nope" is not an available stack of the catalog (see create-backend-stack --list)');
    expect(refused(track('stack: rails'))).toBe(`tracks[0].stack "rails" cannot be built and proven on this machine's registries, so it cannot go offline in a kit`);
    expect(refused(track('stack: ktor'))).toBe('tracks[0].stack "ktor" has no offline install in the catalog, so it cannot go in a kit yet');
    expect(refused(track('stack: gin, database: mysql'))).toMatch(/^tracks\[0\]\.database "mysql" is not a database gin offers \(sqlite, /);
    expect(refused(track('stack: gin, appType: graphql'))).toMatch(/^tracks\[0\]\.appType "graphql" is not an app type gin serves/);
    expect(refused(`${track('stack: gin')}  - { id: t, stack: gin }\n`)).toBe('tracks has the id "t" twice');
    expect(refused(`${track('stack: gin')}exercises:\n  - { id: e, title: E, instructions: x, checks: [{ name: c, method: FETCH, path: /, status: 200 }] }\n`)).toBe(
      'exercises[0].checks[0].method must be one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    );
    expect(refused(`${track('stack: gin')}exercises:\n  - { id: e, title: E, instructions: x, checks: [{ name: c, method: GET, path: /, status: [200, 999] }] }\n`)).toBe(
      'exercises[0].checks[0].status must be an HTTP status code (100 to 599) or a list of them',
    );
    expect(refused('{"name": "w", "title": "W", "tracks": []}', 'kit.json')).toBe('tracks must name at least one track');
    expect(refused('name: [unclosed')).toMatch(/^not valid YAML/);
  });
});

describe('an exercise check', () => {
  it('matches JSON by the fields given, arrays by length, and type markers', () => {
    expect(mismatch({ id: '<integer>', tags: ['<string>'] }, { id: 3, tags: ['a'], extra: true })).toBeUndefined();
    expect(mismatch({ id: '<integer>' }, { id: '3' })).toBe('$.id is "3", expected <integer>');
    expect(mismatch(['<object>', '<object>'], [{}, {}, {}])).toBe('$ has 3 elements, expected 2');
    expect(mismatch({ name: 'after' }, { name: 'before' })).toBe('$.name is "before", expected "after"');
    expect(mismatch({ name: 'after' }, [])).toBe('$ is [], expected an object');
  });

  it('runs against a server in order, with saved values, and says what came back', async () => {
    const kit = loadKit(kitFile(FIXTURE_KIT), loadCatalog(FIXTURE_CATALOG));
    const { server, base } = await startFixtureServer({ SHUTDOWN_DRAIN_SECONDS: '0' });
    try {
      expect((await runExercise(base, kit.exercises[0])).filter((r) => !r.ok)).toEqual([]);
      const [patch] = await runExercise(base, kit.exercises[1]);
      expect(patch).toEqual({
        what: 'patch: change it (PATCH /api/items/1 -> 200)',
        ok: false,
        got: 'status 405: 405 {"error":"PATCH is not allowed here; use GET"}',
      });
    } finally {
      server.kill('SIGKILL');
    }
  });
});

describe('backend-stack kit', () => {
  it('builds a kit whose tracks are packed with a SHA-256 list, proven offline, and verifies it again', async () => {
    const out = path.join(tempDir(), 'workshop');
    const built = await backendStack(['kit', 'build', kitFile(FIXTURE_KIT), '--out', out, '--catalog', FIXTURE_CATALOG]);
    expect(built.stderr).toBe('');
    expect(built.stdout).toMatch(/^ {2}ok {3}vendor /m);
    expect(built.stdout).toMatch(/^ {2}ok {3}install /m);
    expect(built.stdout).toMatch(/^ {2}ok {3}contract /m);
    expect(built.code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(out, 'kit.json'), 'utf8'));
    expect(manifest.tracks[0]).toMatchObject({ id: 'node', file: 'tiny-workshop-node.tar.gz', commands: { install: expect.stringMatching(/^test -f vendor/) } });
    expect(readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')).toBe(`${manifest.tracks[0].sha256}  tiny-workshop-node.tar.gz\n`);
    const readme = readFileSync(path.join(out, 'README.md'), 'utf8');
    expect(readme).toMatch(/^# A tiny workshop$/m);
    expect(readme).toMatch(/\| node \| Tiny Node \(rest-api, file\) \| node 20\+ \| `tiny-workshop-node.tar.gz` \|/);
    expect(readme).toMatch(/backend-stack check http:\/\/127\.0\.0\.1:PORT --kit kit\.json --exercise patch/);

    const verified = await backendStack(['kit', 'verify', out, '--catalog', FIXTURE_CATALOG]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/kit verified: every track proven offline/);

    // The same archive bytes from the same kit: a second build packs identical files.
    const again = path.join(tempDir(), 'workshop');
    expect((await backendStack(['kit', 'build', kitFile(FIXTURE_KIT), '--out', again, '--catalog', FIXTURE_CATALOG])).code).toBe(0);
    expect(readFileSync(path.join(again, 'SHA256SUMS'), 'utf8')).toBe(readFileSync(path.join(out, 'SHA256SUMS'), 'utf8'));

    writeFileSync(path.join(out, 'tiny-workshop-node.tar.gz'), 'tampered');
    const tampered = await backendStack(['kit', 'verify', out, '--catalog', FIXTURE_CATALOG]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/^backend-stack: tiny-workshop-node.tar.gz does not match its SHA-256 in kit.json\n/);
  });

  it('never builds over files, and says what it needs in one line', async () => {
    const out = tempDir();
    mkdirSync(path.join(out, 'notes'));
    const over = await backendStack(['kit', 'build', kitFile(FIXTURE_KIT), '--out', out, '--catalog', FIXTURE_CATALOG]);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/is not empty\n {2}hint: give --out a new or empty folder/);
    expect(existsSync(path.join(out, 'notes'))).toBe(true);
    expect((await backendStack(['kit', 'build', kitFile(FIXTURE_KIT)])).stderr).toMatch(/^backend-stack: kit build needs --out DIR\n/);
    expect((await backendStack(['kit', 'verify', tempDir()])).stderr).toMatch(/has no kit.json\n/);
    expect((await backendStack(['check', 'http://127.0.0.1:1', '--exercise', 'patch'])).stderr).toMatch(/^backend-stack: --kit and --exercise go together\n/);
  });
});
