import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogDir, loadCatalog } from '../src/catalog/load.js';
import { UserError } from '../src/errors.js';
import { checkPins } from '../src/outdated/check.js';
import { outdatedCommand } from '../src/outdated/command.js';
import { mavenVersion } from '../src/outdated/maven-version.js';
import { pep440 } from '../src/outdated/pep440.js';
import type { Bases } from '../src/outdated/registries.js';
import { semver } from '../src/outdated/semver.js';
import { defaultSourcesFile, loadSources, sourceOf } from '../src/outdated/sources.js';
import { standing, type Scheme, type Version } from '../src/outdated/versions.js';
import { tempDir } from './helpers.js';

/** Where a pin stands among releases, by scheme, with the pin's line as the scheme's convention says. */
function stand<V extends Version>(scheme: Scheme<V>, pinned: string, releases: string[]) {
  return standing(scheme, scheme.parse(pinned)!, releases);
}

describe('version comparison', () => {
  it('semver: skips pre-releases, keeps 0.x on its minor, compares across majors', () => {
    expect(stand(semver, '5.1.0', ['4.21.2', '5.1.0', '5.2.1', '6.0.0-beta.1'])).toEqual({ onLine: '5.2.1', newest: '5.2.1', lineLag: 'minor', lag: 'minor', published: true });
    expect(stand(semver, '0.8.1', ['0.8.1', '0.8.6', '0.9.0'])).toMatchObject({ onLine: '0.8.6', newest: '0.9.0', lineLag: 'patch', lag: 'minor' });
    expect(stand(semver, 'v5.5.0', ['v5.5.0', 'v5.6.0', 'v6.0.0'])).toMatchObject({ onLine: 'v5.6.0', newest: 'v6.0.0', lineLag: 'minor', lag: 'major' });
    expect(stand(semver, '1.2.3', ['1.2.3', '1.2.2'])).toMatchObject({ lineLag: 'current', lag: 'current' });
  });

  it('semver: orders Go pseudo-versions by time, below the release they precede, and never as stable', () => {
    const older = semver.parse('v0.0.0-20260101000000-aaaaaaaaaaaa')!;
    const newer = semver.parse('v0.0.0-20260301000000-bbbbbbbbbbbb')!;
    expect(older.stable).toBe(false);
    expect(semver.compare(older, newer)).toBeLessThan(0);
    expect(semver.compare(semver.parse('v1.2.4-0.20260101000000-aaaaaaaaaaaa')!, semver.parse('v1.2.4')!)).toBeLessThan(0);
    expect(semver.compare(semver.parse('v1.2.4-0.20260101000000-aaaaaaaaaaaa')!, semver.parse('v1.2.3')!)).toBeGreaterThan(0);
    // A module with no tag at all is known by its pseudo-versions; one with tags, by its tags only.
    expect(stand(semver, older.text, [older.text, newer.text])).toMatchObject({ newest: newer.text, lineLag: 'patch' });
    expect(stand(semver, 'v1.2.3', ['v1.2.3', 'v1.2.4-0.20260101000000-aaaaaaaaaaaa'])).toMatchObject({ newest: 'v1.2.3', lag: 'current' });
  });

  it('PEP 440: skips alpha, beta, candidate and development releases, orders post-releases and epochs', () => {
    expect(stand(pep440, '5.2.19', ['5.2.19', '5.2.20', '6.0a1', '6.0b2', '6.0rc1', '6.0.dev3', '6.0'])).toMatchObject({ onLine: '5.2.20', newest: '6.0', lineLag: 'patch', lag: 'major' });
    expect(stand(pep440, '5.2.19', ['5.2.19', '6.0a1', '6.0rc1', '6.0.dev3'])).toMatchObject({ newest: '5.2.19', lag: 'current' });
    expect(pep440.compare(pep440.parse('1.0.post1')!, pep440.parse('1.0')!)).toBeGreaterThan(0);
    expect(pep440.compare(pep440.parse('1!0.1')!, pep440.parse('2024.1')!)).toBeGreaterThan(0);
    expect(pep440.parse('2.0.0b1')!.stable).toBe(false);
    expect(pep440.parse('not a version')).toBeUndefined();
  });

  it('Maven: skips milestones, candidates, snapshots, alphas and betas; keeps final and four-part releases', () => {
    for (const v of ['3.0.0-M1', '4.0.0-rc-6', '2.1.0-RC2', '2.0-SNAPSHOT', '1.0.0.Beta1', '2.1.20-Beta1', '4.0.0-alpha-13', '2.0.0-dev-1234', '3.5.0.CR1']) {
      expect(mavenVersion.parse(v)!.stable, v).toBe(false);
    }
    for (const v of ['6.4.0.Final', '3.54.1.0', '9.0', '33.0.0-jre', '5.3.0.RELEASE']) expect(mavenVersion.parse(v)!.stable, v).toBe(true);
    expect(stand(mavenVersion, '3.9.9', ['3.9.9', '3.9.11', '4.0.0-rc-6', '4.0.0-alpha-13'])).toMatchObject({ onLine: '3.9.11', newest: '3.9.11', lineLag: 'patch' });
    expect(stand(mavenVersion, '3.53.2.0', ['3.53.2.0', '3.54.0.1', '3.54.1.0'])).toMatchObject({ newest: '3.54.1.0', lag: 'minor' });
    expect(mavenVersion.compare(mavenVersion.parse('6.4.0.Final')!, mavenVersion.parse('6.4.0')!)).toBe(0);
  });
});

describe('catalog/sources.json', () => {
  const catalog = loadCatalog();
  const sources = loadSources(defaultSourcesFile(defaultCatalogDir()), catalog);

  it('gives every pin of every available stack a source or a reason it is not checked', () => {
    const uncovered = catalog.stacks
      .filter((s) => s.status === 'available')
      .flatMap((stack) => Object.keys(stack.versions).map((key) => ({ key: `${stack.id} ${key}`, source: sourceOf(sources, stack, key) })))
      .filter(({ source }) => source.kind === 'unknown')
      .map(({ key, source }) => `${key}: ${source.kind === 'unknown' && source.reason}`);
    expect(uncovered).toEqual([]);
  });

  it('resolves a key by stack, language, every language, then the language registry', () => {
    expect(sourceOf(sources, { id: 'gin', language: 'go' }, 'sqlite')).toMatchObject({ kind: 'registry', registry: 'go', package: 'modernc.org/sqlite' });
    expect(sourceOf(sources, { id: 'express', language: 'typescript' }, 'pg')).toMatchObject({ kind: 'registry', registry: 'npm', package: 'pg' });
    expect(sourceOf(sources, { id: 'rails', language: 'ruby' }, 'pg')).toMatchObject({ kind: 'not-checked', reason: expect.stringMatching(/RubyGems/) });
    expect(sourceOf(sources, { id: 'django', language: 'python' }, 'django')).toMatchObject({ kind: 'registry', line: 2, hold: expect.stringMatching(/LTS/) });
    expect(sourceOf(sources, { id: 'gin', language: 'go' }, 'postgres-image')).toMatchObject({ kind: 'not-checked', reason: expect.stringMatching(/container registries/) });
  });

  it('leaves a new pin uncovered where its key cannot be the package name', () => {
    expect(sourceOf(sources, { id: 'gin', language: 'go' }, 'chi')).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/"chi" is not a Go module path/) });
    expect(sourceOf(sources, { id: 'ktor', language: 'kotlin' }, 'koin')).toMatchObject({ kind: 'unknown' });
    expect(sourceOf(sources, { id: 'express', language: 'typescript' }, 'actions/cache')).toMatchObject({ kind: 'unknown' });
  });

  function sourcesError(change: (json: Record<string, any>) => void): string {
    const file = path.join(tempDir('sources-'), 'sources.json');
    const json = JSON.parse(readFileSync(defaultSourcesFile(defaultCatalogDir()), 'utf8'));
    change(json);
    writeFileSync(file, JSON.stringify(json));
    try {
      loadSources(file, catalog);
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).not.toContain('\n');
      return (err as Error).message;
    }
    throw new Error('the sources file loaded');
  }

  it('refuses a malformed entry with the file and the field', () => {
    expect(sourcesError((j) => (j.languages.go.pins.gin = 'gin'))).toMatch(/sources\.json: languages\.go\.pins\.gin\.package must be a Go module path/);
    expect(sourcesError((j) => (j.languages.kotlin.pins.ktor = 'ktor-bom'))).toMatch(/languages\.kotlin\.pins\.ktor\.package must be a Maven group:artifact/);
    expect(sourcesError((j) => (j.languages.php.registry = 'composer'))).toMatch(/languages\.php\.registry must be one of npm, pypi, go, crates, maven, /);
    expect(sourcesError((j) => (j.languages.go.pins.pgx = { packge: 'github.com/jackc/pgx/v5' }))).toMatch(/languages\.go\.pins\.pgx\.packge is not a field here/);
    expect(sourcesError((j) => (j.languages.go.pin = {}))).toMatch(/languages\.go\.pin is not a field here/);
    expect(sourcesError((j) => (j.languages.go.pins.go = { skip: 'a floor', line: 'minor' }))).toMatch(/languages\.go\.pins\.go\.skip stands alone/);
    expect(sourcesError((j) => (j.unchecked.npm = 'no npm'))).toMatch(/unchecked\.npm names a registry outdated asks/);
  });

  it('refuses entries for pins the catalog does not have, where a typo would go unnoticed', () => {
    expect(sourcesError((j) => (j.pins['postgress-image'] = { registry: 'docker' }))).toMatch(/pins\.postgress-image is pinned by no stack/);
    expect(sourcesError((j) => (j.languages.go.pins.django = 'github.com/x/django'))).toMatch(/languages\.go\.pins\.django is pinned by no go stack/);
    expect(sourcesError((j) => (j.stacks = { gin: { pins: { fiber: 'github.com/gofiber/fiber/v3' } } }))).toMatch(/stacks\.gin\.pins\.fiber is not one of gin's versions/);
    expect(sourcesError((j) => (j.languages.cobol = { registry: 'npm' }))).toMatch(/languages\.cobol is not a language of the catalog/);
  });
});

/** Each registry's API as recorded: the shape of its answers, cut down to a few releases. */
const REGISTRY = {
  '/npm/express': { versions: { '4.21.2': {}, '5.1.0': {}, '5.2.1': {}, '6.0.0-beta.1': {} } },
  '/npm/@types%2fnode': { versions: { '24.1.0': {}, '24.2.0': {}, '26.0.0': {} } },
  '/npm/zod': { versions: { '4.6.7': {}, '4.7.0-canary.3': {} } },
  '/pypi/fastapi/json': { releases: { '0.115.0': [{ yanked: false }], '0.115.2': [{ yanked: false }], '0.116.0': [{ yanked: false }], '0.117.0rc1': [{ yanked: false }] } },
  '/pypi/pydantic/json': { releases: { '2.10.0': [{ yanked: false }], '2.10.1': [{ yanked: false }], '2.11.0': [{ yanked: true }, { yanked: true }], '3.0.0a1': [{ yanked: false }], '2.12.0': [] } },
  '/go/github.com/gin-gonic/gin/@v/list': 'v1.9.0\nv1.10.0\nv1.10.1\nv2.0.0+incompatible\n',
  '/go/github.com/jackc/pgx/v5/@v/list': 'v5.5.0\nv5.6.0\nv5.7.0-rc.1\n',
  '/go/github.com/jackc/pgx/v6/@v/list': 'v6.0.0\n',
  '/go/golang.org/toolchain/@v/list': ['1.26.1', '1.26.3', '1.27.0', '1.28rc1'].flatMap((v) => [`v0.0.1-go${v}.linux-amd64`, `v0.0.1-go${v}.darwin-arm64`]).join('\n'),
  '/go/github.com/twmb/franz-go/pkg/kfake/@v/list': '',
  '/go/github.com/twmb/franz-go/pkg/kfake/@latest': { Version: 'v0.0.0-20260301000000-bbbbbbbbbbbb', Time: '2026-03-01T00:00:00Z' },
  '/go/github.com/!burnt!sushi/toml/@v/list': 'v1.4.0\n',
  '/crates/se/rd/serde': ['1.0.200', '1.0.210', '2.0.0-rc.1'].map((vers) => JSON.stringify({ name: 'serde', vers, yanked: false })).concat(JSON.stringify({ name: 'serde', vers: '1.0.211', yanked: true })).join('\n'),
  '/crates/sq/lx/sqlx': ['0.8.1', '0.8.6', '0.9.0'].map((vers) => JSON.stringify({ name: 'sqlx', vers, yanked: false })).join('\n'),
  '/maven/org/jetbrains/kotlin/kotlin-stdlib/maven-metadata.xml': metadata(['2.1.0', '2.1.20-Beta1', '2.1.10', '2.2.0-RC']),
  '/maven/org/apache/maven/maven-core/maven-metadata.xml': metadata(['3.9.9', '3.9.11', '4.0.0-alpha-13', '4.0.0-rc-6']),
  '/maven/com/zaxxer/HikariCP/maven-metadata.xml': metadata(['6.3.0', '7.0.0']),
} as Record<string, unknown>;

function metadata(versions: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<metadata>\n  <versioning>\n    <release>${versions.at(-1)}</release>\n    <versions>\n${versions.map((v) => `      <version>${v}</version>`).join('\n')}\n    </versions>\n  </versioning>\n</metadata>\n`;
}

let server: Server;
let bases: Bases;
const hits: string[] = [];
let inFlight = 0;
let mostInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '';
    hits.push(url);
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    res.on('close', () => inFlight--);
    if (url.startsWith('/slow/')) return void setTimeout(() => res.end('{}'), 30);
    if (url === '/npm/stuck') return;
    if (url === '/npm/broken') return void res.writeHead(500, 'Internal Server Error').end();
    const body = REGISTRY[url];
    if (body === undefined) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  bases = { npm: `${base}/npm`, pypi: `${base}/pypi`, go: `${base}/go`, crates: `${base}/crates`, maven: `${base}/maven` };
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The sources of the stacks the tests pin, as a catalog would say them. */
const SOURCES = {
  unchecked: { docker: 'container registries are out of reach', packagist: 'Packagist is out of reach', 'python.org': 'python.org is out of reach' },
  pins: { 'postgres-image': { registry: 'docker', package: 'postgres' }, 'redis-image': { registry: 'docker' }, 'kafka-image': { registry: 'docker' } },
  languages: {
    typescript: { registry: 'npm', pins: { '@types/node': { hold: 'the types of the Node.js LTS line' } } },
    python: { registry: 'pypi', pins: { python: { registry: 'python.org' } } },
    go: {
      registry: 'go',
      pins: { go: { skip: 'a floor' }, 'go-toolchain': { package: 'golang.org/toolchain', line: 'minor' }, gin: 'github.com/gin-gonic/gin', pgx: 'github.com/jackc/pgx/v5', kfake: 'github.com/twmb/franz-go/pkg/kfake' },
    },
    rust: { registry: 'crates', pins: { serde: { hold: 'the newer patch is not served' } } },
    kotlin: { registry: 'maven', pins: { kotlin: 'org.jetbrains.kotlin:kotlin-stdlib', maven: 'org.apache.maven:maven-core', hikaricp: 'com.zaxxer:HikariCP' } },
    php: { registry: 'packagist' },
  },
};

/** What the test stacks pin, in place of their catalog entries' versions. */
const PINS: Record<string, Record<string, string>> = {
  express: { express: '5.1.0', '@types/node': '24.2.0', zod: '4.6.7' },
  fastapi: { python: '3.11', fastapi: '0.115.0', pydantic: '2.10.0' },
  gin: { go: '1.26.0', 'go-toolchain': '1.26.1', gin: 'v1.10.0', pgx: 'v5.6.0', kfake: 'v0.0.0-20260101000000-aaaaaaaaaaaa' },
  actix: { serde: '1.0.200', sqlx: '0.8.6' },
  ktor: { kotlin: '2.1.10', maven: '3.9.11', hikaricp: '7.0.0' },
  laravel: { 'laravel/framework': '12.0.0' },
};

/** A copy of the catalog whose test stacks pin PINS (and the images their services need) and whose sources say SOURCES. */
function fixtureCatalog(): string {
  const dir = tempDir('outdated-');
  cpSync(defaultCatalogDir(), dir, { recursive: true });
  for (const [id, pins] of Object.entries(PINS)) {
    const file = path.join(dir, 'stacks', `${id}.json`);
    const stack = JSON.parse(readFileSync(file, 'utf8'));
    const images = Object.fromEntries(Object.entries(stack.versions as Record<string, string>).filter(([key]) => key in SOURCES.pins));
    stack.versions = { ...pins, ...images };
    writeFileSync(file, JSON.stringify(stack));
  }
  writeFileSync(path.join(dir, 'sources.json'), JSON.stringify(SOURCES));
  return dir;
}

async function outdated(argv: string[]) {
  const lines: string[] = [];
  const code = await outdatedCommand(argv, { print: (line) => lines.push(line), bases });
  return { code, out: lines.join('\n') };
}

describe('npm run outdated against recorded registry answers', () => {
  const catalogDir = fixtureCatalog();
  const stacks = Object.keys(PINS).flatMap((id) => ['--stack', id]);

  it('prints a row per pin: newest on its line, newest overall, and how far behind', async () => {
    const { code, out } = await outdated(['--catalog', catalogDir, '--json', ...stacks]);
    expect(code).toBe(0);
    const rows = Object.fromEntries((JSON.parse(out) as any[]).map((r) => [`${r.stack} ${r.key}`, r]));
    const expected: Record<string, [string | undefined, string | undefined, string, string]> = {
      'express express': ['5.2.1', '5.2.1', 'minor', 'minor'],
      'express @types/node': ['24.2.0', '26.0.0', 'current', 'major'],
      'express zod': ['4.6.7', '4.6.7', 'current', 'current'],
      'fastapi fastapi': ['0.115.2', '0.116.0', 'patch', 'minor'],
      'fastapi pydantic': ['2.10.1', '2.10.1', 'patch', 'patch'],
      'gin go-toolchain': ['1.26.3', '1.27.0', 'patch', 'minor'],
      'gin gin': ['v1.10.1', 'v1.10.1', 'patch', 'patch'],
      'gin pgx': ['v5.6.0', 'v6.0.0', 'current', 'major'],
      'gin kfake': ['v0.0.0-20260301000000-bbbbbbbbbbbb', 'v0.0.0-20260301000000-bbbbbbbbbbbb', 'patch', 'patch'],
      'actix serde': ['1.0.210', '1.0.210', 'patch', 'patch'],
      'actix sqlx': ['0.8.6', '0.9.0', 'current', 'minor'],
      'ktor kotlin': ['2.1.10', '2.1.10', 'current', 'current'],
      'ktor maven': ['3.9.11', '3.9.11', 'current', 'current'],
      'ktor hikaricp': ['7.0.0', '7.0.0', 'current', 'current'],
    };
    for (const [key, [onLine, newest, lineLag, lag]] of Object.entries(expected)) {
      expect(rows[key], key).toMatchObject({ result: 'checked', onLine, newest, lineLag, lag });
    }
    expect(rows['express @types/node'].held).toMatch(/LTS/);
    expect(rows['gin pgx'].source).toBe('go github.com/jackc/pgx/v5');
    expect(rows['fastapi python']).toMatchObject({ result: 'not-checked', reason: 'python.org is out of reach' });
    expect(rows['gin go']).toMatchObject({ result: 'not-checked', reason: 'a floor' });
    expect(rows['laravel laravel/framework']).toMatchObject({ result: 'not-checked', reason: 'Packagist is out of reach' });
    expect(rows['gin postgres-image']).toMatchObject({ result: 'not-checked', reason: 'container registries are out of reach' });
  });

  it('prints a table and a summary that tells lag from a held line', async () => {
    const { out } = await outdated(['--catalog', catalogDir, ...stacks]);
    expect(out).toMatch(/^STACK +KEY +PINNED +ON ITS LINE +NEWEST +STANDING$/m);
    expect(out).toMatch(/^express +@types\/node +24\.2\.0 +24\.2\.0 +26\.0\.0 +major behind overall \(held: the types of the Node\.js LTS line\)$/m);
    expect(out).toMatch(/^fastapi +fastapi +0\.115\.0 +0\.115\.2 +0\.116\.0 +patch behind on its line; minor behind overall$/m);
    expect(out).toMatch(/^laravel +laravel\/framework +12\.0\.0 +- +- +not checked: Packagist is out of reach$/m);
    expect(out).toMatch(/^actix +serde +1\.0\.200 +1\.0\.210 +1\.0\.210 +patch behind on its line \(held: the newer patch is not served\)$/m);
    expect(out).toMatch(/outdated: \d+ pins: 4 current, 7 behind on their line \(6 a patch, 1 a minor; 1 held on purpose\), 3 on an older line \(1 of them held on purpose\), \d+ not checked, 0 failed$/);
  });

  it('--strict exits 1 only when a checked pin is behind on its own line without a hold', async () => {
    expect((await outdated(['--catalog', catalogDir, '--strict', '--stack', 'express'])).code).toBe(1);
    expect((await outdated(['--catalog', catalogDir, '--strict', '--stack', 'actix'])).code).toBe(0);
    expect((await outdated(['--catalog', catalogDir, '--strict', '--stack', 'ktor'])).code).toBe(0);
    expect((await outdated(['--catalog', catalogDir, '--strict', '--stack', 'laravel'])).code).toBe(0);
    expect((await outdated(['--catalog', catalogDir, '--stack', 'express'])).code).toBe(0);
  });

  it('refuses an unknown stack and prints its help', async () => {
    await expect(outdated(['--catalog', catalogDir, '--stack', 'cobol'])).rejects.toThrow(/--stack: "cobol" is not a stack/);
    expect((await outdated(['--help'])).out).toMatch(/^Usage: npm run outdated/);
  });
});

describe('asking the registries', () => {
  const sources = loadSources(
    (() => {
      const file = path.join(tempDir('sources-'), 'sources.json');
      writeFileSync(file, JSON.stringify({ languages: { typescript: { registry: 'npm' }, go: { registry: 'go' } } }));
      return file;
    })(),
    { languages: [{ id: 'typescript' }, { id: 'go' }], stacks: [] } as any,
  );
  const stack = (id: string, versions: Record<string, string>) => ({ id, language: 'typescript', versions });

  it('asks once per package, however many stacks pin it', async () => {
    hits.length = 0;
    const rows = await checkPins([stack('a', { express: '5.1.0' }), stack('b', { express: '5.2.1' })], sources, { bases });
    expect(hits.filter((h) => h === '/npm/express')).toHaveLength(1);
    expect(rows.map((r) => r.lineLag)).toEqual(['minor', 'current']);
  });

  it('makes a failed request that pin\'s row, not the run\'s end', async () => {
    const rows = await checkPins([stack('a', { broken: '1.0.0', missing: '1.0.0', stuck: '1.0.0', zod: '4.6.7', express: 'five' })], sources, { bases, timeoutMs: 300 });
    expect(rows.map((r) => [r.key, r.result, r.reason])).toEqual([
      ['broken', 'failed', expect.stringMatching(/answered 500 Internal Server Error/)],
      ['missing', 'failed', 'npm has no package missing'],
      ['stuck', 'failed', 'no answer within 0.3 s'],
      ['zod', 'checked', undefined],
      ['express', 'failed', '"five" is not a semver version'],
    ]);
  });

  it('notes a pin the registry does not list', async () => {
    const [row] = await checkPins([stack('a', { express: '5.1.9' })], sources, { bases });
    expect(row).toMatchObject({ result: 'checked', lineLag: 'minor', reason: 'npm lists no release 5.1.9' });
  });

  it('keeps to its bound on requests at once', async () => {
    mostInFlight = 0;
    const slow = { ...bases, npm: `${bases.npm!.replace(/\/npm$/, '')}/slow` };
    const versions = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`package-${i}`, '1.0.0']));
    const rows = await checkPins([stack('a', versions)], sources, { bases: slow, concurrency: 3 });
    expect(rows).toHaveLength(12);
    expect(mostInFlight).toBeLessThanOrEqual(3);
  });

  it('escapes upper-case letters in Go module paths as the proxy expects', async () => {
    const [row] = await checkPins([{ id: 'g', language: 'go', versions: { toml: 'v1.3.0' } }], loadSources(
      (() => {
        const file = path.join(tempDir('sources-'), 'sources.json');
        writeFileSync(file, JSON.stringify({ languages: { go: { registry: 'go', pins: { toml: 'github.com/BurntSushi/toml' } } } }));
        return file;
      })(),
      { languages: [{ id: 'go' }], stacks: [{ id: 'g', language: 'go', versions: { toml: 'v1.3.0' } }] } as any,
    ), { bases });
    expect(row).toMatchObject({ result: 'checked', newest: 'v1.4.0', lineLag: 'minor' });
  });
});
