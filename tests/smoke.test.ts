import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { databaseChoices } from '../src/answers/options.js';
import { appTypeCapability, findStack, loadCatalog } from '../src/catalog/load.js';
import { junitXml } from '../src/run/junit.js';
import { shard, smokeMatrix, type Variant } from '../src/smoke/matrix.js';
import { smokeSuites, type VariantReport } from '../src/smoke/run.js';
import { HOSTILE } from '../src/smoke/hostile.js';
import { keepPrebuilds, usePrebuilds } from '../src/smoke/prebuilds.js';
import { FIXTURE_CATALOG, fixtureCatalogWith, ROOT, tempDir } from './helpers.js';

const catalog = loadCatalog();
const BACKEND_STACK = path.join(ROOT, 'dist/bin/backend-stack.js');

function backendStack(args: string[], cwd = tempDir()) {
  const result = spawnSync(process.execPath, [BACKEND_STACK, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const capabilityOf = (v: Variant) => appTypeCapability(catalog, findStack(catalog, v.stack)!, v.appType) ?? '';

describe('the smoke matrix', () => {
  const least = smokeMatrix(catalog, {});

  it('proves every (stack, capability) pair and every database of every stack, each once', () => {
    for (const stack of catalog.stacks.filter((s) => s.status === 'available')) {
      const mine = least.filter((v) => v.stack === stack.id);
      const capabilities = new Set(Object.keys(stack.appTypes).map((a) => appTypeCapability(catalog, stack, a) ?? ''));
      expect(new Set(mine.map(capabilityOf)), stack.id).toEqual(capabilities);
      const databases = mine.map((v) => v.database ?? databaseChoices(stack, catalog)[0]);
      expect(new Set(databases), stack.id).toEqual(new Set(databaseChoices(stack, catalog)));
      expect(mine.length, stack.id).toBe(capabilities.size + Math.max(0, databaseChoices(stack, catalog).length - 1));
    }
    expect(new Set(least.map((v) => v.label)).size).toBe(least.length);
  });

  it('reaches one starter of another database per verified language by an update from the default one', () => {
    const updated = least.filter((v) => v.from);
    const stackOf = (id: string) => catalog.stacks.find((s) => s.id === id)!;
    const languages = catalog.stacks.filter((s) => s.status === 'available' && s.verification === 'verified' && databaseChoices(s, catalog).length > 1).map((s) => s.language);
    expect(updated.map((v) => stackOf(v.stack).language).sort()).toEqual([...new Set(languages)].sort());
    for (const v of updated) expect([v.from, v.database === v.from]).toEqual([databaseChoices(stackOf(v.stack), catalog)[0], false]);
  });

  it('crosses the asked app types and databases, for the stacks that serve them', () => {
    const asked = smokeMatrix(catalog, { stacks: ['express', 'gin'], appTypes: ['realtime', 'rest-api'], databases: ['postgres', 'none'] });
    expect(asked.map((v) => v.label)).toEqual(['express+postgres', 'express+none', 'express+realtime+postgres', 'express+realtime+none', 'gin+postgres', 'gin+none']);
    expect(asked[2]).toEqual({ label: 'express+realtime+postgres', stack: 'express', appType: 'realtime', database: 'postgres' });
    const serving = catalog.stacks.filter((s) => s.status === 'available' && 'event-driven' in s.appTypes).map((s) => `${s.id}+event-driven`);
    expect(serving.length).toBeGreaterThan(1);
    expect(smokeMatrix(catalog, { appTypes: ['event-driven'] }).map((v) => v.label)).toEqual(serving);
  });

  it('refuses what the catalog does not have, naming what it has', () => {
    expect(() => smokeMatrix(catalog, { stacks: ['gin', 'nope'] })).toThrow(/^--stack nope: not in the catalog$/);
    expect(() => smokeMatrix(catalog, { databases: ['mysql'] })).toThrow(/^--database mysql: not in the catalog$/);
    expect(() => smokeMatrix(catalog, { stacks: ['gin'], appTypes: ['graphql'] })).toThrow(/no stack of the selection serves/);
  });

  it('deals the selection into disjoint shards that together are all of it, the same every time', () => {
    const shares = [1, 2, 3].map((k) => shard(least, `${k}/3`));
    expect(shares.flat().map((v) => v.label).sort()).toEqual(least.map((v) => v.label).sort());
    expect(shares.map((s) => s.length).every((n) => Math.abs(n - least.length / 3) < 1)).toBe(true);
    expect(shard(least, '2/3')).toEqual(shares[1]);
    for (const bad of ['0/3', '4/3', '1/0', 'half']) expect(() => shard(least, bad)).toThrow(/expected K\/N with 1 <= K <= N/);
  });
});

describe('the JUnit report', () => {
  const report = (result: VariantReport['result'], steps: VariantReport['steps']): VariantReport => ({ stack: 'gin', label: `gin+${result}`, appType: 'rest-api', result, seconds: 3, steps, log: '/tmp/gin.log' });

  it('is well-formed XML with a case per step, the failing output in the failure, and unchecked starters skipped', () => {
    const xml = junitXml('backend-stack smoke', smokeSuites([
      report('verified', [{ step: 'install', ok: true, seconds: 1.5, detail: 'go mod download' }]),
      report('failed', [{ step: 'test', ok: false, seconds: 2, detail: `\`go test ./...\` exited with 1\n${HOSTILE.join('\n')}` }]),
      report('not-checked', [{ step: 'generate', ok: true, seconds: 0.1, detail: 'ok' }]),
    ]));
    const elements: { name: string; attributes: Record<string, string> }[] = [];
    let failureText = '';
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => elements.push({ name: tag.name, attributes: tag.attributes }));
    parser.on('text', (t) => (failureText += t));
    parser.write(xml).close();
    expect(elements.filter((e) => e.name === 'testcase').map((e) => e.attributes.name)).toEqual(['install', 'test', 'generate', 'checked']);
    const failure = elements.find((e) => e.name === 'failure')!;
    expect(failure.attributes.message).toBe('`go test ./...` exited with 1');
    expect(failureText).toContain(`<script>alert(1)</script> & &amp;`);
    expect(failureText).toContain('emoji 🚀 and 中文');
    expect(elements.filter((e) => e.name === 'skipped')).toHaveLength(1);
    expect(elements[0].attributes).toMatchObject({ tests: '4', failures: '1', skipped: '1' });
  });
});

describe('backend-stack smoke', () => {
  it('proves a catalog end to end, with a JUnit and a JSON report, and exits 0', () => {
    const out = tempDir();
    const { code, stdout, stderr } = backendStack(['smoke', '--catalog', FIXTURE_CATALOG, '--junit', path.join(out, 'junit.xml'), '--json', path.join(out, 'report.json'), '--work-dir', path.join(out, 'work')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^== \[1\/3\] tiny-node {2}\(0:\d\d elapsed\)$/m);
    expect(stdout).toMatch(/^ {2}\.\. {3}install$/m);
    expect(stdout).toMatch(/^smoke: 3 verified, 0 syntax-checked, 0 not checked, 0 failed$/m);
    const reports = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as VariantReport[];
    expect(reports.map((r) => [r.label, r.result])).toEqual([
      ['tiny-node', 'verified'],
      ['tiny-node+website', 'verified'],
      ['tiny-node+none', 'verified'],
    ]);
    expect(readFileSync(path.join(out, 'junit.xml'), 'utf8')).toMatch(/<testcase classname="tiny-node\+none" name="contract" time="[\d.]+"\/>/);
    // The language's first starter of another database got there by an update that kept an edit.
    expect(reports[2].steps.map((s) => s.step).slice(0, 2)).toEqual(['generate', 'update']);
    expect(stdout).toMatch(/^ {2}ok {3}update .* backend-stack update from file to none, keeping an edit of \.gitignore$/m);
    // Without --keep only the logs stay.
    expect(readdirSync(path.join(out, 'work')).sort()).toEqual(['cargo-target', 'logs'].filter((d) => existsSync(path.join(out, 'work', d))));
    expect(readdirSync(path.join(out, 'work/logs')).sort()).toEqual(['tiny-node+none.log', 'tiny-node+website.log', 'tiny-node.log']);
  });

  it('exits non-zero when a step fails, with the failure in the JUnit report', () => {
    const catalogDir = fixtureCatalogWith({ test: `node -e "console.log('2 tests, 1 failed'); process.exit(3)"` });
    const out = tempDir();
    const { code, stdout } = backendStack(['smoke', '--catalog', catalogDir, '--database', 'none', '--junit', path.join(out, 'junit.xml'), '--work-dir', path.join(out, 'work')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^smoke: 0 verified, 0 syntax-checked, 0 not checked, 1 failed$/m);
    expect(readFileSync(path.join(out, 'junit.xml'), 'utf8')).toMatch(/<failure message="`node -e [^"]*` exited with 3">[^<]*2 tests, 1 failed/);
    // The failed starter stays for inspection.
    expect(existsSync(path.join(out, 'work/smoke-tiny-node-none/package.json'))).toBe(true);
  });

  it('prints the selection as a CI job matrix, and refuses a bad flag in one line', () => {
    const { code, stdout } = backendStack(['smoke', '--matrix', '--stack', 'gin', '--shard', '1/2']);
    expect(code).toBe(0);
    // Of gin, gin+full-stack-web, gin+postgres (reached by an update from the default) and gin+none: the first and the third.
    expect(JSON.parse(stdout)).toEqual({
      include: [
        { label: 'gin', stack: 'gin', appType: 'rest-api', args: '--stack gin --app-type rest-api' },
        { label: 'gin+postgres', stack: 'gin', appType: 'rest-api', database: 'postgres', from: 'sqlite', args: '--stack gin --app-type rest-api --database postgres --from sqlite' },
      ],
    });
    // A job's args select that same variant, update path included.
    const job = backendStack(['smoke', '--matrix', ...'--stack gin --app-type rest-api --database postgres --from sqlite'.split(' ')]);
    expect(JSON.parse(job.stdout).include).toEqual([JSON.parse(stdout).include[1]]);
    const orphan = backendStack(['smoke', '--matrix', '--stack', 'gin', '--from', 'sqlite']);
    expect(orphan.code).toBe(2);
    expect(orphan.stderr).toMatch(/^backend-stack: --from needs --database: the database the update changes to\n {2}hint: for example --database postgres --from sqlite\n$/);
    const bad = backendStack(['smoke', '--shards', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^backend-stack: Unknown option '--shards'.*\n {2}hint: see backend-stack smoke --help\n$/);
  });
});

describe('the prebuilt addon cache', () => {
  it('packs a compiled addon the way prebuild-install names a download, and points prebuild-install at it', () => {
    const project = tempDir();
    const addon = path.join(project, 'node_modules/@acme/fast-db');
    mkdirSync(path.join(addon, 'build/Release'), { recursive: true });
    writeFileSync(path.join(addon, 'package.json'), JSON.stringify({ name: '@acme/fast-db', version: '2.3.4', scripts: { install: 'prebuild-install || node-gyp rebuild --release' } }));
    // Stand-ins for shared objects: an addon exports Node-API's entry point, an SQLite extension does not.
    writeFileSync(path.join(addon, 'build/Release/fast_db.node'), '\u007fELF ... napi_register_module_v1 ...');
    writeFileSync(path.join(addon, 'build/Release/test_extension.node'), '\u007fELF ... sqlite3_extension_init ...');
    const plain = path.join(project, 'node_modules/left-pad');
    mkdirSync(plain);
    writeFileSync(path.join(plain, 'package.json'), JSON.stringify({ name: 'left-pad', version: '1.3.0' }));
    const cache = path.join(tempDir(), 'prebuilds');
    keepPrebuilds(project, cache);
    const tarball = `fast-db-v2.3.4-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
    expect(readdirSync(cache)).toEqual(['@acme__fast-db']);
    expect(readdirSync(path.join(cache, '@acme__fast-db'))).toEqual([tarball]);
    const listed = spawnSync('tar', ['-tzf', path.join(cache, '@acme__fast-db', tarball)], { encoding: 'utf8' }).stdout;
    expect(listed.trim()).toBe('build/Release/fast_db.node');
    usePrebuilds(cache);
    expect(process.env.npm_config_acme_fast_db_local_prebuilds).toBe(path.join(cache, '@acme__fast-db'));
  });
});
