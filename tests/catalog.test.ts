import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCatalogDir, findStack, loadCatalog } from '../src/catalog/load.js';
import { checkNameOf } from '../src/generate/capabilities.js';
import { resolveAnswers } from '../src/answers/resolve.js';
import { buildFiles, planStarter } from '../src/generate/starter.js';
import { UserError } from '../src/errors.js';
import { CHECKS } from '../src/verify/checks/index.js';
import { SERVICES } from '../src/verify/services.js';
import { tempDir } from './helpers.js';

const STACKS = 'django fastapi flask grpc-python gin fiber grpc-go grpc-node go-websocket asynq gqlgen go-kafka express nestjs fastify spring-boot ktor actix rocket laravel symfony rails aspnet-core dart-shelf';
const APP_TYPES = 'full-stack-web rest-api rpc-microservice realtime prototype-mvp data-ai low-latency background-jobs graphql ssr-monolith event-driven';

/** A copy of the real catalog that a test may break. */
function catalogCopy(): string {
  const dir = tempDir('catalog-');
  cpSync(defaultCatalogDir(), dir, { recursive: true });
  return dir;
}

function edit(file: string, change: (json: Record<string, any>) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  change(json);
  writeFileSync(file, JSON.stringify(json));
}

function loadError(dir: string): string {
  try {
    loadCatalog(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error('the catalog loaded');
}

describe('the shipped catalog', () => {
  const catalog = loadCatalog();

  it('has every stack and app type under its stable id', () => {
    expect(catalog.stacks.map((s) => s.id).sort()).toEqual(STACKS.split(' ').sort());
    expect(catalog.appTypes.map((a) => a.id).sort()).toEqual(APP_TYPES.split(' ').sort());
  });

  it('gives every available stack pinned versions, commands and a port', () => {
    for (const stack of catalog.stacks.filter((s) => s.status === 'available')) {
      expect(Object.keys(stack.versions).length, stack.id).toBeGreaterThan(0);
      for (const version of Object.values(stack.versions)) expect(version, stack.id).not.toMatch(/[\^~*<>]|latest/);
      expect(stack.commands?.start, stack.id).toBeTruthy();
      expect(stack.defaultPort, stack.id).toBeGreaterThan(0);
    }
  });

  it('names only checks and services the verifier has', () => {
    for (const capability of catalog.capabilities) {
      if (capability.check) expect(CHECKS[capability.check], capability.id).toBeDefined();
      for (const [stack, offer] of Object.entries(capability.stacks ?? {})) {
        for (const name of [offer.check, ...Object.values(offer.alongside).map((a) => a.check)].filter((n) => n !== undefined)) expect(CHECKS[name], `${capability.id} on ${stack}`).toBeDefined();
      }
      for (const service of capability.services) expect(SERVICES[service], `${capability.id}: ${service}`).toBeDefined();
      if (capability.replacesHttpContract) expect(CHECKS[capability.check!].ready, capability.id).toBeDefined();
    }
  });

  it('gives every app type capability a check, and every stack of its app types the capability', () => {
    for (const appType of catalog.appTypes.filter((a) => a.capability)) {
      const capability = catalog.capabilities.find((c) => c.id === appType.capability)!;
      expect(capability.check, appType.id).toBeTruthy();
      for (const stack of catalog.stacks.filter((s) => s.appTypes[appType.id])) expect(Object.keys(capability.stacks ?? {}), appType.id).toContain(stack.id);
    }
  });

  it('gives every stack at least one app type with a reason', () => {
    for (const stack of catalog.stacks) {
      const fits = Object.values(stack.appTypes);
      expect(fits.length, stack.id).toBeGreaterThan(0);
      for (const fit of fits) expect(fit.reason.length, stack.id).toBeGreaterThan(10);
    }
  });
});

describe('catalog validation', () => {
  it('names the file and field of a wrong type', () => {
    const dir = catalogCopy();
    edit(path.join(dir, 'stacks/gin.json'), (j) => (j.traits.speed = 'fast'));
    expect(loadError(dir)).toMatch(/stacks\/gin\.json: traits\.speed must be a whole number from 1 to 5/);
  });

  it('rejects a default pick that does not serve its app type', () => {
    const dir = catalogCopy();
    edit(path.join(dir, 'catalog.json'), (j) => (j.appTypes.find((a: any) => a.id === 'graphql').defaultStack = 'flask'));
    expect(loadError(dir)).toMatch(/catalog\.json: appTypes\.graphql\.defaultStack stack "flask" does not list app type "graphql"/);
  });

  it('rejects a language gap that a stack serves, or whose alternatives are not stacks of the language', () => {
    const dir = catalogCopy();
    const python = (j: Record<string, any>) => j.languages.find((l: any) => l.id === 'python');
    edit(path.join(dir, 'catalog.json'), (j) => (python(j).gaps['rest-api'] = { why: 'a reason', closest: [] }));
    expect(loadError(dir)).toMatch(/languages\.python\.gaps\.rest-api.*served by the stack "(django|fastapi|flask)"/);
    edit(path.join(dir, 'catalog.json'), (j) => {
      delete python(j).gaps['rest-api'];
      python(j).gaps['low-latency'].closest = ['gin'];
    });
    expect(loadError(dir)).toMatch(/gaps\.low-latency\.closest.*"gin", which is not a python stack/);
  });

  it('rejects an unknown app type in a stack', () => {
    const dir = catalogCopy();
    edit(path.join(dir, 'stacks/flask.json'), (j) => (j.appTypes.desktop = { fit: 2, reason: 'a reason long enough' }));
    expect(loadError(dir)).toMatch(/stacks\/flask\.json: appTypes\.desktop is not an app type/);
  });

  it('rejects a version range', () => {
    const dir = catalogCopy();
    edit(path.join(dir, 'stacks/fastapi.json'), (j) => (j.versions.fastapi = '^0.100'));
    expect(loadError(dir)).toMatch(/stacks\/fastapi\.json: versions\.fastapi must be/);
  });

  it('rejects a secret with an example value, which would put it in a tracked file', () => {
    const dir = catalogCopy();
    edit(path.join(dir, 'stacks/flask.json'), (j) => (j.env ??= []).push({ name: 'APP_KEY', example: 'dev-key', about: 'signs cookies', secret: { bytes: 32, encoding: 'hex' } }));
    expect(loadError(dir)).toMatch(/flask\.json: env\[\d+\]\.example must be empty for a secret/);
    edit(path.join(dir, 'stacks/flask.json'), (j) => (j.env.at(-1).example = ''));
    edit(path.join(dir, 'stacks/flask.json'), (j) => (j.env.at(-1).secret.bytes = 4));
    expect(loadError(dir)).toMatch(/env\[\d+\]\.secret\.bytes must be a whole number from 16 to 128/);
  });

  it("lets a stack's offer word a capability's setting its own way, for that stack only", () => {
    const dir = catalogCopy();
    const own = { name: 'DATABASE_URL', example: 'sqlite:///var/app.db', about: 'the framework spells it so' };
    edit(path.join(dir, 'capabilities/sqlite.json'), (j) => (j.stacks.gin.env = [own, { name: 'SQLITE_BUSY_MS', example: '5000', about: 'how long a write waits' }]));
    const catalog = loadCatalog(dir);
    const envExample = (stack: string) =>
      buildFiles(catalog, { name: 'env-api', description: '', author: '', appType: 'rest-api', language: 'any', knows: [], priority: 'balanced', stack, database: 'sqlite', docker: false, ci: false }).find(
        (f) => f.dest === '.env.example',
      )!.contents;
    expect(envExample('gin')).toMatch(/^# the framework spells it so\nDATABASE_URL=sqlite:\/\/\/var\/app\.db\n\n# how long a write waits\nSQLITE_BUSY_MS=5000$/m);
    expect(envExample('gin').match(/^DATABASE_URL=/gm)).toHaveLength(1);
    expect(envExample('fiber')).toMatch(/^DATABASE_URL=sqlite:\/\/\/data\/app\.db$/m);
  });

  it("layers a family's capability overlay over the family's shared folder, for each stack sharing it", () => {
    const catalog = loadCatalog();
    for (const stack of ['express', 'fastify']) {
      const store = (database: string) =>
        buildFiles(catalog, { name: 'family-api', description: '', author: '', appType: 'rest-api', language: 'any', knows: [], priority: 'balanced', stack, database, docker: false, ci: false }).find(
          (f) => f.dest === 'src/store.ts',
        )!.contents;
      expect(store('sqlite'), stack).toMatch(/from 'drizzle-orm'/);
      expect(store('none'), stack).toMatch(/new Map<number, Item>\(\)/);
    }
    // _sqlalchemy has no base folder: only what the database capability adds, for the stacks sharing it.
    const dests = (stack: string, database: string) =>
      buildFiles(catalog, { name: 'family-api', description: '', author: '', appType: 'rest-api', language: 'any', knows: [], priority: 'balanced', stack, database, docker: false, ci: false }).map((f) => f.dest);
    expect(dests('fastapi', 'sqlite')).toContain('alembic.ini');
    expect(dests('fastapi', 'none')).not.toContain('alembic.ini');
    expect(dests('flask', 'sqlite')).not.toContain('alembic.ini');
  });

  it("leaves out the stack's files a capability omits, only where the starter has that capability", () => {
    const dir = catalogCopy();
    edit(path.join(dir, 'capabilities/websocket.json'), (j) => (j.stacks.express.omit = ['src/routes/', 'test/app.test.ts']));
    const catalog = loadCatalog(dir);
    const dests = (appType: string) =>
      buildFiles(catalog, { name: 'omit-api', description: '', author: '', appType, language: 'any', knows: [], priority: 'balanced', stack: 'express', database: 'none', docker: false, ci: false }).map((f) => f.dest);
    const full = dests('rest-api');
    expect(full.filter((d) => d.startsWith('src/routes/') || d === 'test/app.test.ts')).toEqual(['src/routes/items.ts', 'test/app.test.ts']);
    const realtime = dests('realtime');
    expect(realtime.filter((d) => d.startsWith('src/routes/') || d === 'test/app.test.ts')).toEqual([]);
    expect(realtime).toContain('package.json');
  });

  it("lets a stack's offer name its own services and need a database, for that stack's app type only", async () => {
    const dir = catalogCopy();
    edit(path.join(dir, 'capabilities/jobs.json'), (j) => Object.assign(j.stacks.nestjs, { services: [], needsDatabase: true }));
    const catalog = loadCatalog(dir);
    const given = (stack: string, appType: string, database: string) => ({ name: 'jobs-api', appType, stack, database, docker: true, ci: true });
    const services = async (stack: string) => Object.keys(planStarter(catalog, (await resolveAnswers({ catalog, given: given(stack, 'background-jobs', 'sqlite'), saved: {}, yes: true })).answers).data.services);
    expect(await services('nestjs')).toEqual([]);
    expect(await services('asynq')).toEqual(['redis']);
    await expect(resolveAnswers({ catalog, given: given('nestjs', 'background-jobs', 'none'), saved: {}, yes: true })).rejects.toThrow(
      /the nestjs background-jobs starter keeps its state in the database and does not offer --database none/,
    );
    await expect(resolveAnswers({ catalog, given: given('nestjs', 'rest-api', 'none'), saved: {}, yes: true })).resolves.toBeDefined();
    edit(path.join(dir, 'capabilities/jobs.json'), (j) => (j.stacks.nestjs.services = ['memcached']));
    expect(loadError(dir)).toMatch(/jobs\.json: stacks\.nestjs\.services names "memcached", which is not one of the catalog's services/);
  });

  it("lets an offer word the layout and name the check of another capability the starter has beside it", () => {
    const dir = catalogCopy();
    const row = { path: 'src/store.ts', about: 'the store, as the realtime starter keeps it with a database' };
    edit(path.join(dir, 'capabilities/websocket.json'), (j) => (j.stacks.express.alongside = { database: { check: 'grpc-persistence', layout: [row] } }));
    const catalog = loadCatalog(dir);
    const planned = (appType: string, database: string) =>
      planStarter(catalog, { name: 'beside-api', description: '', author: '', appType, language: 'any', knows: [], priority: 'balanced', stack: 'express', database, docker: false, ci: false }).data;
    const store = (appType: string, database: string) => planned(appType, database).layout.find((r) => r.path === 'src/store.ts')?.about;
    expect(store('realtime', 'sqlite')).toBe(row.about);
    expect(store('realtime', 'none')).not.toBe(row.about);
    expect(store('rest-api', 'sqlite')).not.toBe(row.about);
    const database = (appType: string) => planned(appType, 'sqlite').capabilities.find((c) => c.id === 'database')!;
    const check = (appType: string) => checkNameOf(database(appType), planned(appType, 'sqlite').capabilities, findStack(catalog, 'express')!);
    expect([check('realtime'), check('rest-api')]).toEqual(['grpc-persistence', 'persistence']);
    edit(path.join(dir, 'capabilities/websocket.json'), (j) => (j.stacks.express.alongside = { databse: { layout: [row] } }));
    expect(loadError(dir)).toMatch(/websocket\.json: stacks\.express\.alongside\.databse is not a capability of the catalog/);
  });

  it('rejects a shared template folder that is missing or misnamed', () => {
    const dir = catalogCopy();
    edit(path.join(dir, 'stacks/gin.json'), (j) => (j.shared = ['_nope']));
    expect(loadError(dir)).toMatch(/gin\.json: shared names _nope, but there is no template folder/);
    edit(path.join(dir, 'stacks/gin.json'), (j) => (j.shared = ['go']));
    expect(loadError(dir)).toMatch(/gin\.json: shared has "go": a shared template folder is named _<family>/);
  });

  it('rejects an available stack without templates', () => {
    const dir = catalogCopy();
    cpSync(path.join(dir, 'stacks/flask.json'), path.join(dir, 'stacks/ghost.json'));
    edit(path.join(dir, 'stacks/ghost.json'), (j) => (j.id = 'ghost'));
    expect(loadError(dir)).toMatch(/stacks\/ghost\.json: status is "available" but there is no template folder/);
  });

  it('rejects invalid JSON and a stack whose id does not match its file', () => {
    const broken = catalogCopy();
    writeFileSync(path.join(broken, 'stacks/gin.json'), '{ "id": ');
    expect(loadError(broken)).toMatch(/stacks\/gin\.json: not valid JSON/);
    const renamed = catalogCopy();
    edit(path.join(renamed, 'stacks/gin.json'), (j) => (j.id = 'gin2'));
    expect(loadError(renamed)).toMatch(/stacks\/gin\.json: id must match the file name/);
  });

  it('rejects an app type whose capability is unknown or is an answer', () => {
    const dir = catalogCopy();
    edit(path.join(dir, 'catalog.json'), (j) => (j.appTypes.find((a: any) => a.id === 'realtime').capability = 'telepathy'));
    expect(loadError(dir)).toMatch(/catalog\.json: appTypes\.realtime\.capability names an unknown capability "telepathy"/);
    edit(path.join(dir, 'catalog.json'), (j) => (j.appTypes.find((a: any) => a.id === 'realtime').capability = 'docker'));
    expect(loadError(dir)).toMatch(/appTypes\.realtime\.capability names "docker", which the answer --docker turns on/);
  });

  it("gives a stack's starter the capability it names for an app type without one of its own, and checks the name", async () => {
    const catalog = loadCatalog();
    const capabilities = async (stack: string, appType: string) =>
      planStarter(catalog, (await resolveAnswers({ catalog, given: { name: 'mvp-app', appType, stack, database: 'sqlite', docker: true, ci: true }, saved: {}, yes: true })).answers).data.capabilities.map((c) => c.id);
    expect(await capabilities('gin', 'prototype-mvp')).toContain('pages');
    expect(await capabilities('flask', 'prototype-mvp')).not.toContain('pages');
    const dir = catalogCopy();
    edit(path.join(dir, 'stacks/gin.json'), (j) => (j.appTypes['full-stack-web'].capability = 'pages'));
    expect(loadError(dir)).toMatch(/gin\.json: appTypes\.full-stack-web\.capability is set, but the app type has its own capability "pages"/);
    edit(path.join(dir, 'stacks/gin.json'), (j) => {
      delete j.appTypes['full-stack-web'].capability;
      j.appTypes['prototype-mvp'].capability = 'docker';
    });
    expect(loadError(dir)).toMatch(/appTypes\.prototype-mvp\.capability names "docker", which the answer --docker turns on/);
    edit(path.join(dir, 'stacks/gin.json'), (j) => (j.appTypes['prototype-mvp'].capability = 'websocket'));
    expect(loadError(dir)).toMatch(/appTypes\.prototype-mvp needs the capability "websocket", whose stacks do not list gin/);
  });

  it('rejects a stack serving an app type whose capability it does not offer', () => {
    const dir = catalogCopy();
    edit(path.join(dir, 'stacks/flask.json'), (j) => (j.appTypes.graphql = { fit: 2, reason: 'a reason long enough' }));
    expect(loadError(dir)).toMatch(/stacks\/flask\.json: appTypes\.graphql needs the capability "graphql", whose stacks do not list flask/);
  });

  it('rejects an overlay folder of no offered capability, an unknown stack or no README text for its own protocol', () => {
    const dir = catalogCopy();
    mkdirSync(path.join(dir, 'templates/flask+websocket'), { recursive: true });
    edit(path.join(dir, 'catalog.json'), (j) => (j.templatesDir = 'templates'));
    expect(loadError(dir)).toMatch(/catalog\.json: templatesDir has the overlay folder flask\+websocket, but websocket does not list flask among its stacks/);
    rmSync(path.join(dir, 'templates/flask+websocket'), { recursive: true });
    mkdirSync(path.join(dir, 'templates/_rust+websocket'));
    expect(loadError(dir)).toMatch(/has the overlay folder _rust\+websocket, but websocket does not list actix or rocket among its stacks/);
    rmSync(path.join(dir, 'templates/_rust+websocket'), { recursive: true });
    mkdirSync(path.join(dir, 'templates/_nobody+database'));
    expect(loadError(dir)).toMatch(/has the overlay folder _nobody\+database, but no stack shares "_nobody"/);
    rmSync(path.join(dir, 'templates/_nobody+database'), { recursive: true });
    edit(path.join(dir, 'capabilities/websocket.json'), (j) => (j.stacks = { ghost: {} }));
    expect(loadError(dir)).toMatch(/capabilities\/websocket\.json: stacks\.ghost is not a stack of the catalog/);
    const grpc = catalogCopy();
    edit(path.join(grpc, 'capabilities/grpc.json'), (j) => delete j.readme.about);
    expect(loadError(grpc)).toMatch(/capabilities\/grpc\.json: readme\.about is required where the capability replaces the HTTP contract/);
    edit(path.join(grpc, 'capabilities/grpc.json'), (j) => {
      j.readme.about = 'gRPC.';
      delete j.readme.shutdown;
    });
    expect(loadError(grpc)).toMatch(/capabilities\/grpc\.json: readme\.shutdown is required where the capability replaces the HTTP contract/);
  });

  it('rejects an unknown default app type', () => {
    const dir = catalogCopy();
    edit(path.join(dir, 'catalog.json'), (j) => (j.defaultAppType = 'desktop'));
    expect(loadError(dir)).toMatch(/catalog\.json: defaultAppType names an unknown app type "desktop"/);
  });

  it('says where to look when the folder has no catalog', () => {
    expect(loadError(os.tmpdir())).toMatch(/catalog\.json not found/);
  });
});
