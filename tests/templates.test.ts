import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadCatalog } from '../src/catalog/load.js';
import { buildFiles, planStarter } from '../src/generate/starter.js';
import { databaseChoices, type Answers } from '../src/answers/options.js';
import type { RenderedFile } from '../src/generate/render.js';
import { checkManifests } from '../scripts/lib/manifests.js';
import { checkSyntax } from '../scripts/lib/syntax.js';
import { envExampleNames, envReads, SET_BY_TOOLS } from './env-reads.js';
import { tempDir } from './helpers.js';
import { HOSTILE } from '../src/smoke/hostile.js';

const catalog = loadCatalog();
// The Compose specification's JSON schema, as dclint (a Compose linter on npm) ships it.
const composeSchema = JSON.parse(readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('dclint/package.json')), 'schemas/compose.schema.json'), 'utf8'));
const validateCompose = new Ajv({ allErrors: true, strict: false, validateSchema: false }).compile(composeSchema);
// Verified and syntax-checked stacks alike: the smoke's tier does not change what npm test proves.
const available = catalog.stacks.filter((s) => s.status === 'available');

function answersFor(stack: string, appType: string, database: string, text: Partial<Answers> = {}): Answers {
  return { name: 'probe-api', description: 'A probe.', author: '', appType, language: 'any', knows: [], priority: 'balanced', stack, database, docker: true, ci: true, ...text };
}

/** The databases a stack offers (for the app type), its default first, then none where it may go without; just none for a stack without a data layer. */
const databases = (stackId: string, appType?: string) => databaseChoices(catalog.stacks.find((s) => s.id === stackId)!, catalog, appType);

/**
 * Every app type of every available stack with its default database, and every other database with its
 * first app type: each may pick an overlay folder or conditional lines.
 */
const variants = available.flatMap((s) => {
  const [first, ...others] = databases(s.id);
  const appTypes = Object.keys(s.appTypes);
  return [
    ...appTypes.map((appType): [string, string, string, string] => [`${s.id} for ${appType}`, s.id, appType, first]),
    ...others.map((database): [string, string, string, string] => [`${s.id} for ${appTypes[0]} with ${database}`, s.id, appTypes[0], database]),
  ];
});

function writeTree(files: RenderedFile[]): string {
  const dir = tempDir('render-');
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f.dest)), { recursive: true });
    writeFileSync(path.join(dir, f.dest), f.contents);
  }
  return dir;
}

describe('what a capability adds', () => {
  // What each capability adds to a stack's manifest, its start or its CI: there with the capability only.
  const marks: [stack: string, appType: string, file: string, text: (v: Record<string, string>) => string][] = [
    ['fastapi', 'event-driven', 'pyproject.toml', (v) => `"aiokafka==${v.aiokafka}"`],
    ['fastapi', 'event-driven', '.github/workflows/ci.yml', () => 'KAFKA_BROKERS: localhost:9092'],
    ['nestjs', 'event-driven', 'package.json', (v) => `"kafkajs": "${v.kafkajs}"`],
    ['nestjs', 'event-driven', 'package.json', () => 'node --disable-warning=TimeoutNegativeWarning dist/main.js'],
    ['nestjs', 'event-driven', '.github/workflows/ci.yml', () => 'KAFKA_BROKERS: localhost:9092'],
    ['fastify', 'full-stack-web', 'package.json', (v) => `"htmx.org": "${v['htmx.org']}"`],
    ['fastify', 'full-stack-web', 'Dockerfile', () => 'COPY views ./views'],
    ['spring-boot', 'full-stack-web', 'pom.xml', () => '<artifactId>spring-boot-starter-thymeleaf</artifactId>'],
    ['spring-boot', 'realtime', 'pom.xml', () => '<artifactId>spring-boot-starter-websocket</artifactId>'],
    ['spring-boot', 'event-driven', 'pom.xml', () => '<artifactId>spring-boot-starter-kafka</artifactId>'],
    ['ktor', 'graphql', 'pom.xml', () => '<artifactId>graphql-kotlin-ktor-server</artifactId>'],
  ];

  it.each(marks)('%s for %s: %s has it, the REST starter does not', (stackId, appType, file, text) => {
    const stack = catalog.stacks.find((s) => s.id === stackId)!;
    const contents = (t: string) => buildFiles(catalog, answersFor(stackId, t, databases(stackId)[0])).find((f) => f.dest === file)!.contents;
    expect(contents(appType)).toContain(text(stack.versions));
    expect(contents('rest-api')).not.toContain(text(stack.versions));
  });
});

describe('the Maven starters', () => {
  const maven = available.filter((s) => s.shared.includes('_maven'));

  it('share one wrapper, whose scripts and download are the versions each catalog entry names', () => {
    expect(maven.map((s) => s.id).sort()).toEqual(['ktor', 'spring-boot']);
    for (const stack of maven) {
      const files = buildFiles(catalog, answersFor(stack.id, Object.keys(stack.appTypes)[0], databases(stack.id)[0]));
      const text = (name: string) => files.find((f) => f.dest === name)!.contents;
      const { maven: version, 'maven-wrapper': wrapper } = stack.versions;
      expect(text('mvnw'), stack.id).toContain(`Apache Maven Wrapper startup batch script, version ${wrapper}\n`);
      expect(text('mvnw.cmd'), stack.id).toContain(`Apache Maven Wrapper startup batch script, version ${wrapper}`);
      expect(text('.mvn/wrapper/maven-wrapper.properties'), stack.id).toContain(`wrapperVersion=${wrapper}\n`);
      expect(text('.mvn/wrapper/maven-wrapper.properties'), stack.id).toContain(`/apache-maven/${version}/apache-maven-${version}-bin.zip`);
    }
  });
});

describe.each(variants)('the %s starter', (_, stackId, appType, database) => {
  const stack = catalog.stacks.find((s) => s.id === stackId)!;
  const files = buildFiles(catalog, answersFor(stackId, appType, database));
  const { layout, capabilities } = planStarter(catalog, answersFor(stackId, appType, database)).data;

  it('has every piece of the starter contract', () => {
    const names = files.map((f) => f.dest);
    for (const required of ['README.md', '.gitignore', '.editorconfig', '.env.example', 'Dockerfile', '.dockerignore', '.github/workflows/ci.yml', '.yo-rc.json']) {
      expect(names).toContain(required);
    }
    for (const entry of layout) {
      expect(names.some((n) => n === entry.path || n.startsWith(entry.path)), entry.path).toBe(true);
    }
  });

  it('leaves no EJS unrendered and no stray placeholder', () => {
    for (const { dest, contents } of files) {
      // ERB and Eta are made of <% %> tags: Rails views, the YAML configs Rails runs through ERB, Eta views.
      const erb = /\.(erb|eta)$/.test(dest) || (stack.language === 'ruby' && /\.ya?ml$/.test(dest));
      expect(contents, dest).not.toMatch(erb ? /\[object Object\]/ : /<%|%>|\[object Object\]/);
      if (/\.(md|json|toml|ya?ml|example)$|Dockerfile/.test(dest)) expect(contents, dest).not.toMatch(/\bundefined\b/);
    }
  });

  it('parses every generated file with its language parser', async () => {
    expect((await checkSyntax([{ dir: writeTree(files), files }])).problems).toEqual([]);
  });

  it('keeps hostile descriptions and authors parseable', async () => {
    const trees = HOSTILE.map((text) => {
      const hostile = buildFiles(catalog, answersFor(stackId, appType, database, { description: text, author: text }));
      return { dir: writeTree(hostile), files: hostile };
    });
    expect((await checkSyntax(trees)).problems).toEqual([]);
  });

  // What the smoke's manifests step checks, for the starters it cannot install.
  if (stack.verification === 'syntax-checked') {
    it('pins every dependency of its manifests exactly', () => {
      expect(checkManifests(files, {}).problems).toEqual([]);
    });
  }

  // What go mod tidy writes: go.sum holds the module and its go.mod for every requirement, so a starter
  // builds with -mod=readonly (the default) and GOFLAGS=-mod=mod is never needed.
  if (files.some((f) => f.dest === 'go.mod')) {
    it('has a go.sum entry for every requirement of its go.mod', () => {
      const text = (name: string) => files.find((f) => f.dest === name)!.contents;
      const requirements = [...text('go.mod').matchAll(/^\s*(?:require\s+)?([\w.-]+\.[\w./-]+) (v[^\s]+)/gm)].map((m) => [m[1], m[2]]);
      expect(requirements.length).toBeGreaterThan(0);
      for (const [module, version] of requirements) {
        expect(text('go.sum'), `${module} ${version}`).toContain(`${module} ${version} h1:`);
        expect(text('go.sum'), `${module} ${version}`).toContain(`${module} ${version}/go.mod h1:`);
      }
    });
  }

  // Replicas that each migrate at start race each other: the image's start leaves it to the release step.
  if (stack.release && database !== 'none') {
    it('leaves the migrations to the release step the README shows, not to each container start', () => {
      const dockerfile = files.find((f) => f.dest === 'Dockerfile')!.contents;
      const start = dockerfile.split('\n').filter((line) => /^(CMD|ENTRYPOINT)\b/.test(line));
      expect(start.length).toBeGreaterThan(0);
      expect(start.join('\n')).not.toMatch(/migrate|upgrade/);
      expect(files.find((f) => f.dest === 'README.md')!.contents).toContain(`${stack.release}   # the release step`);
    });
  }

  // docker run with a named volume on the folder the image keeps SQLite in, or the data goes with the container.
  if (database === 'sqlite' && files.some((f) => f.dest === 'Dockerfile')) {
    it('mounts a volume where its image keeps the database, in every docker run the README shows', () => {
      expect(stack.dataVolume).toBeDefined();
      expect(files.find((f) => f.dest === 'Dockerfile')!.contents).toContain(stack.dataVolume);
      const runs = files.find((f) => f.dest === 'README.md')!.contents.split('\n').filter((line) => line.startsWith('docker run'));
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) expect(run).toContain(`-data:${stack.dataVolume} `);
    });
  }

  // A gRPC starter has no /ready, no 413 and no Connection header: its README and settings say what it does instead.
  it('describes the shutdown and the limits in the terms of the protocol it serves', () => {
    const text = (name: string) => files.find((f) => f.dest === name)!.contents;
    const http = /\/ready|413/;
    if (capabilities.some((c) => c.replacesHttpContract)) {
      expect(text('README.md')).toMatch(/NOT_SERVING/);
      expect(text('.env.example')).not.toMatch(http);
      expect(text('README.md')).not.toMatch(http);
    } else {
      expect(text('.env.example')).toMatch(http);
    }
  });

  // Cargo's practice: ordinary (caret) requirements in Cargo.toml, the exact versions the smoke proved in
  // the Cargo.lock the starter ships, which `--locked` builds and `cargo update` may move on.
  if (stack.lock?.files.includes('Cargo.lock')) {
    it('ships Cargo.lock at the catalog versions beside ordinary requirements in Cargo.toml', () => {
      const text = (name: string) => files.find((f) => f.dest === name)!.contents;
      const sections = text('Cargo.toml').split(/^\[/m).filter((s) => /^(dev-)?dependencies\]/.test(s));
      const requirements = sections.flatMap((section) => [...section.matchAll(/^([\w-]+) = (?:"([^"]*)"|\{.*?\bversion = "([^"]*)")/gm)].map((m) => [m[1], m[2] ?? m[3]]));
      expect(requirements.length).toBeGreaterThan(3);
      for (const [name, requirement] of requirements) {
        expect(requirement, name).toBe(stack.versions[name]);
        expect(text('Cargo.lock'), name).toContain(`name = "${name}"\nversion = "${requirement}"\n`);
      }
    });
  }

  it('renders the same bytes every time', () => {
    expect(buildFiles(catalog, answersFor(stackId, appType, database))).toEqual(files);
  });

  it('has a compose.yaml exactly when it needs services, valid against the Compose specification', () => {
    const compose = files.find((f) => f.dest === 'compose.yaml');
    const services = Object.keys(planStarter(catalog, answersFor(stackId, appType, database)).data.services);
    if (services.length === 0) return expect(compose).toBeUndefined();
    const parsed = parseYaml(compose!.contents);
    expect(validateCompose(parsed), JSON.stringify(validateCompose.errors)).toBe(true);
    expect(Object.keys(parsed.services).sort()).toEqual(services.sort());
    for (const service of Object.values<any>(parsed.services)) {
      expect(service.image).toMatch(/^[a-z0-9./_-]+:\d[\w.-]*$/);
      for (const port of service.ports) expect(port).toMatch(/^127\.0\.0\.1:/);
      expect(service.healthcheck.test.length).toBeGreaterThan(1);
    }
  });

  it('lists in .env.example every variable its server reads', () => {
    const example = envExampleNames(files.find((f) => f.dest === '.env.example')!.contents);
    const missing = [...envReads(files)].filter(([name]) => !example.has(name) && !SET_BY_TOOLS.has(name));
    expect(missing.map(([name, file]) => `${name} (read in ${file})`)).toEqual([]);
  });

  it('documents only shell commands a shell can parse', () => {
    for (const { dest, contents } of files.filter((f) => f.dest.endsWith('.md'))) {
      for (const [, block] of contents.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)) {
        const parsed = spawnSync('sh', ['-n'], { input: block, encoding: 'utf8' });
        expect(parsed.stderr, `${dest}:\n${block}`).toBe('');
        expect(parsed.status, `${dest}:\n${block}`).toBe(0);
      }
    }
  });

  it('runs a multi-stage Docker build as a non-root user', () => {
    const dockerfile = files.find((f) => f.dest === 'Dockerfile')!.contents;
    expect(dockerfile.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER (?!root\b)\S+/m);
    expect(dockerfile).not.toMatch(/^FROM \S+:latest\b/m);
  });

  it('installs its dependencies in the image before it copies the code, or keeps them in a build cache mount', () => {
    const lines = files.find((f) => f.dest === 'Dockerfile')!.contents.split('\n');
    const firstCopy = lines.findIndex((l) => /^COPY (?!--from)/.test(l));
    if (/^COPY \.\s/.test(lines[firstCopy])) {
      expect(lines.slice(firstCopy).find((l) => l.startsWith('RUN'))).toMatch(/--mount=type=cache/);
    } else {
      expect(lines[firstCopy]).not.toMatch(/^COPY (src|app|config|lib|cmd|internal)\b/);
    }
  });

  it.runIf(stack.release && database !== 'none')('shows its release step before the container starts', () => {
    const readme = files.find((f) => f.dest === 'README.md')!.contents;
    const docker = readme.slice(readme.indexOf('## Docker'));
    expect(docker.indexOf(` ${stack.release}   # the release step`)).toBeGreaterThan(0);
    expect(docker.indexOf(` ${stack.release}   # the release step`)).toBeLessThan(docker.indexOf(`docker run --rm -p ${stack.defaultPort}`));
    expect(files.find((f) => f.dest === 'Dockerfile')!.contents).not.toMatch(/^CMD .*migrate/m);
  });

  it('keeps its dependencies, images and actions current through Dependabot', () => {
    const config = parseYaml(files.find((f) => f.dest === '.github/dependabot.yml')!.contents) as { updates: { 'package-ecosystem': string }[] };
    const ecosystems = config.updates.map((u) => u['package-ecosystem']);
    const names = files.map((f) => f.dest);
    const expected = [catalog.languages.find((l) => l.id === stack.language)!.dependabot!.ecosystem, 'docker', ...(names.includes('compose.yaml') ? ['docker-compose'] : []), 'github-actions'];
    expect(ecosystems).toEqual(expected);
  });

  it.runIf(stack.language === 'typescript')('targets the maintained Node.js LTS lines, in its manifest, its types, its image and its CI', () => {
    const manifest = JSON.parse(files.find((f) => f.dest === 'package.json')!.contents);
    expect(Number(/^>=(\d+)\./.exec(manifest.engines.node)![1])).toBeGreaterThanOrEqual(22);
    const image = Number(/^FROM node:(\d+)\./m.exec(files.find((f) => f.dest === 'Dockerfile')!.contents)![1]);
    expect(Number(manifest.devDependencies['@types/node'].split('.')[0])).toBe(image);
    // Every literal node-version in the workflow, in a matrix or a step.
    const versions: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'node-version') versions.push(...[value].flat().map(String).filter((v) => !v.includes('${{')));
          else collect(value);
        }
      }
    };
    collect(parseYaml(files.find((f) => f.dest === '.github/workflows/ci.yml')!.contents));
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) expect(Number(version.split('.')[0]), version).toBeGreaterThanOrEqual(22);
  });

  it.runIf(stackId === 'go-kafka')('keeps the in-process Kafka fake out of everything but its tests', () => {
    const fakes = files.filter((f) => f.dest.endsWith('.go') && f.contents.includes('franz-go/pkg/kfake')).map((f) => f.dest);
    expect(fakes.length).toBeGreaterThan(0);
    for (const file of fakes) expect(file).toMatch(/_test\.go$|^internal\/kafka\/kafkatest\//);
  });
});

describe('the Compose schema the starters are checked against', () => {
  it('refuses what Compose refuses', () => {
    expect(validateCompose({ services: { db: { image: 'postgres:18', ports: '5432' } } })).toBe(false);
    expect(validateCompose({ services: { db: { image: 'postgres:18', healthcheck: { test: ['CMD', 'true'] }, restart_policy: 'always' } } })).toBe(false);
    expect(validateCompose({ services: { db: { image: 'postgres:18', ports: ['127.0.0.1:5432:5432'] } } })).toBe(true);
  });
});

describe.each(available.map((s) => s.id))('the catalog entry of %s', (stackId) => {
  it('has every pinned version printed by the starter of at least one of its app types and databases', () => {
    const stack = catalog.stacks.find((s) => s.id === stackId)!;
    const all = Object.keys(stack.appTypes)
      .flatMap((appType) => databases(stackId, appType).flatMap((database) => buildFiles(catalog, answersFor(stackId, appType, database))))
      .map((f) => f.contents)
      .join('\n');
    for (const [name, version] of Object.entries(stack.versions)) expect(all, name).toContain(version);
  });
});
