import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { fail, Reader, readJson } from './reader.js';
import {
  PRIORITIES,
  type AppType,
  type Capability,
  type CapabilityOffer,
  type Catalog,
  type Commands,
  type EnvVar,
  type Language,
  type LayoutEntry,
  type SecretSpec,
  type Service,
  type Stack,
  type StackFit,
  type Toolchain,
} from './types.js';

/**
 * Loads and validates a catalog folder: `catalog.json` (date, languages, app types), one
 * `capabilities/<id>.json` per capability and one `stacks/<id>.json` per stack. Anything malformed or
 * inconsistent stops the program with the file, the field and the reason.
 */
export function loadCatalog(dir = defaultCatalogDir()): Catalog {
  const root = path.resolve(dir);
  const mainFile = path.join(root, 'catalog.json');
  if (!existsSync(mainFile)) {
    throw new UserError(`catalog: ${mainFile} not found`, 'pass --catalog a folder holding catalog.json and stacks/');
  }
  const main = new Reader(mainFile, readJson(mainFile));
  const date = main.string('date', /^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-11-20');
  const defaultAppType = main.string('defaultAppType', ID, 'an app type id');
  const languages = main.array('languages', (r) => readLanguage(r));
  const appTypes = main.array('appTypes', (r) => readAppType(r));
  const templatesDir = main.optionalString('templatesDir');
  const capabilities = readEntries(root, 'capabilities', readCapability);
  const services = main.has('services') ? main.array('services', readService) : [];
  const stacks = readEntries(root, 'stacks', readStack);

  const catalog: Catalog = {
    date,
    defaultAppType,
    languages,
    appTypes,
    capabilities: capabilities.map((c) => c.entry),
    services,
    stacks: stacks.map((s) => s.entry),
    templatesDir: templatesDir ? path.resolve(root, templatesDir) : path.join(packageRoot(), 'templates'),
  };
  checkConsistency(catalog, mainFile, stacks, capabilities);
  return catalog;
}

interface Entry<T> {
  file: string;
  entry: T;
}

/** Every `<folder>/<id>.json` of the catalog, in file-name order; a missing folder is an empty list. */
function readEntries<T extends { id: string }>(root: string, folder: string, read: (r: Reader) => T): Entry<T>[] {
  const dir = path.join(root, folder);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  return files.map((f) => {
    const file = path.join(dir, f);
    const entry = read(new Reader(file, readJson(file)));
    if (`${entry.id}.json` !== f) fail(file, 'id', `must match the file name (${f.slice(0, -5)})`);
    return { file, entry };
  });
}

export function defaultCatalogDir(): string {
  return path.join(packageRoot(), 'catalog');
}

export function findStack(catalog: Catalog, id: string): Stack | undefined {
  return catalog.stacks.find((s) => s.id === id);
}

export function findAppType(catalog: Catalog, id: string): AppType | undefined {
  return catalog.appTypes.find((a) => a.id === id);
}

/** Resolves a language id or alias (ts, node, golang, ...) to its catalog id. */
export function findLanguage(catalog: Catalog, name: string): Language | undefined {
  const key = name.trim().toLowerCase();
  return catalog.languages.find((l) => l.id === key || l.aliases.includes(key));
}

function checkConsistency(catalog: Catalog, mainFile: string, stacks: Entry<Stack>[], capabilities: Entry<Capability>[]): void {
  unique(mainFile, 'languages', catalog.languages.map((l) => l.id));
  unique(mainFile, 'appTypes', catalog.appTypes.map((a) => a.id));
  unique(mainFile, 'services', catalog.services.map((s) => s.id));
  if (!findAppType(catalog, catalog.defaultAppType)) fail(mainFile, 'defaultAppType', `names an unknown app type "${catalog.defaultAppType}"`);
  for (const appType of catalog.appTypes) {
    const pick = findStack(catalog, appType.defaultStack);
    const field = `appTypes.${appType.id}.defaultStack`;
    if (!pick) fail(mainFile, field, `names an unknown stack "${appType.defaultStack}"`);
    if (!pick.appTypes[appType.id]) fail(mainFile, field, `stack "${pick.id}" does not list app type "${appType.id}"`);
    if (appType.capability !== undefined) checkAppTypeCapability(catalog, mainFile, `appTypes.${appType.id}.capability`, appType.capability);
  }
  for (const language of catalog.languages) checkGaps(catalog, mainFile, language);
  for (const { file, entry: capability } of capabilities) checkCapability(catalog, file, capability);
  const templateFolders = existsSync(catalog.templatesDir) ? readdirSync(catalog.templatesDir) : [];
  checkOverlays(catalog, mainFile, templateFolders);
  for (const { file, entry: stack } of stacks) {
    if (!catalog.languages.some((l) => l.id === stack.language)) {
      fail(file, 'language', `"${stack.language}" is not one of the catalog's languages`);
    }
    for (const appTypeId of Object.keys(stack.appTypes)) {
      const appType = findAppType(catalog, appTypeId);
      if (!appType) fail(file, `appTypes.${appTypeId}`, 'is not an app type of the catalog');
      const own = stack.appTypes[appTypeId].capability;
      if (own !== undefined) {
        const field = `appTypes.${appTypeId}.capability`;
        if (appType.capability !== undefined) fail(file, field, `is set, but the app type has its own capability "${appType.capability}"`);
        checkAppTypeCapability(catalog, file, field, own);
      }
      const capabilityId = appTypeCapability(catalog, stack, appTypeId);
      const capability = capabilityId === undefined ? undefined : findCapability(catalog, capabilityId);
      if (capability && !offers(capability, stack)) {
        fail(file, `appTypes.${appTypeId}`, `needs the capability "${capability.id}", whose stacks do not list ${stack.id}`);
      }
    }
    for (const capability of catalog.capabilities.filter((c) => c.stacks && stack.id in c.stacks)) {
      for (const service of catalog.services.filter((s) => servicesWith(capability, stack).includes(s.id))) {
        if (!(service.version in stack.versions)) fail(file, 'versions', `needs "${service.version}": the capability "${capability.id}" runs ${service.image}`);
      }
    }
    if (stack.status === 'available') {
      if (!stack.commands) fail(file, 'commands', 'is required for an available stack');
      if (!stack.defaultPort) fail(file, 'defaultPort', 'is required for an available stack');
      if (Object.keys(stack.versions).length === 0) fail(file, 'versions', 'is required for an available stack');
      const dir = path.join(catalog.templatesDir, stack.id);
      if (!existsSync(dir)) fail(file, 'status', `is "available" but there is no template folder ${dir}`);
      for (const shared of stack.shared) {
        if (!SHARED.test(shared)) fail(file, 'shared', `has "${shared}": a shared template folder is named _<family>, like _go`);
        // A family may share only what its capabilities add (_sqlalchemy+database), with no base folder.
        if (!templateFolders.some((f) => f === shared || f.startsWith(`${shared}+`))) fail(file, 'shared', `names ${shared}, but there is no template folder ${path.join(catalog.templatesDir, shared)} nor a ${shared}+<capability> one`);
      }
    }
  }
}

/** An app type's capability (the catalog's, or a stack's own for it) is a known one that no answer turns on. */
function checkAppTypeCapability(catalog: Catalog, file: string, field: string, id: string): void {
  const capability = findCapability(catalog, id);
  if (!capability) fail(file, field, `names an unknown capability "${id}"`);
  if (capability.answer) fail(file, field, `names "${id}", which the answer --${capability.answer} turns on, not an app type`);
}

function checkCapability(catalog: Catalog, file: string, capability: Capability): void {
  if (capability.values && !capability.answer) fail(file, 'values', 'needs the answer they are values of');
  const checkServices = (where: string, services: readonly string[]) => {
    for (const service of services) {
      if (!catalog.services.some((s) => s.id === service)) fail(file, where, `names "${service}", which is not one of the catalog's services`);
    }
  };
  checkServices('services', capability.services);
  for (const [stackId, offer] of Object.entries(capability.stacks ?? {})) {
    if (!findStack(catalog, stackId)) fail(file, `stacks.${stackId}`, 'is not a stack of the catalog');
    checkServices(`stacks.${stackId}.services`, offer.services ?? []);
    for (const other of Object.keys(offer.alongside)) {
      if (!findCapability(catalog, other)) fail(file, `stacks.${stackId}.alongside.${other}`, 'is not a capability of the catalog');
    }
  }
  if (capability.replacesHttpContract && !capability.readme.about) fail(file, 'readme.about', 'is required where the capability replaces the HTTP contract');
  if (capability.replacesHttpContract && !capability.readme.shutdown) fail(file, 'readme.shutdown', 'is required where the capability replaces the HTTP contract');
}

/** Every overlay folder `<stack>+<capability>` must belong to a capability the stack offers: a typo would be ignored. */
function checkOverlays(catalog: Catalog, mainFile: string, templateFolders: string[]): void {
  for (const folder of templateFolders.filter((f) => f.includes('+'))) {
    const [owner, capabilityId] = folder.split('+');
    const refuse: (problem: string) => never = (problem) => fail(mainFile, 'templatesDir', `has the overlay folder ${folder}, but ${problem}`);
    // A family's overlay (`_node+database`) serves the stacks sharing the family's folder.
    const family = SHARED.test(owner);
    const stacks = catalog.stacks.filter((s) => (family ? s.shared.includes(owner) : s.id === owner));
    if (!stacks.length) refuse(family ? `no stack shares "${owner}"` : `there is no stack "${owner}"`);
    const capability = findCapability(catalog, capabilityId);
    if (!capability) refuse(`there is no capability "${capabilityId}"`);
    if (!stacks.some((s) => offers(capability, s))) refuse(`${capabilityId} does not list ${stacks.map((s) => s.id).join(' or ')} among its stacks`);
  }
}

/** The capability a stack's starter for the app type has: the app type's, or the one the stack names for it. */
export function appTypeCapability(catalog: Catalog, stack: Stack, appTypeId: string): string | undefined {
  return findAppType(catalog, appTypeId)?.capability ?? stack.appTypes[appTypeId]?.capability;
}

/** The services a capability needs with the stack: those its offer for the stack names, else its own. */
export function servicesWith(capability: Capability, stack: Stack): string[] {
  return capability.stacks?.[stack.id]?.services ?? capability.services;
}

/** Whether a stack can have the capability: it is listed, or the capability is for every stack. */
export function offers(capability: Capability, stack: Stack): boolean {
  return !capability.stacks || stack.id in capability.stacks;
}

export function findCapability(catalog: Catalog, id: string): Capability | undefined {
  return catalog.capabilities.find((c) => c.id === id);
}

function unique(file: string, field: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) fail(file, field, `has "${id}" twice`);
    seen.add(id);
  }
}

const ID = /^[a-z][a-z0-9-]*$/;
const SHARED = /^_(?!common$)[a-z][a-z0-9-]*$/;
const VERSION = /^\d+(\.\d+)*$/;

function readLanguage(r: Reader): Language {
  return {
    id: r.string('id', ID, 'a lowercase id'),
    name: r.string('name'),
    aliases: r.stringArray('aliases'),
    dependabot: r.has('dependabot') ? r.object('dependabot', (d) => ({ ecosystem: d.string('ecosystem', ID, 'a package-ecosystem value such as pip'), directories: d.stringArray('directories') })) : undefined,
    gaps: r.has('gaps') ? r.record('gaps', (g) => ({ why: g.string('why'), closest: g.stringArray('closest') })) : {},
  };
}

/** A gap is an app type no stack of the language serves, and its alternatives are that language's stacks. */
function checkGaps(catalog: Catalog, mainFile: string, language: Language): void {
  for (const [appTypeId, gap] of Object.entries(language.gaps)) {
    const field = `languages.${language.id}.gaps.${appTypeId}`;
    if (!findAppType(catalog, appTypeId)) fail(mainFile, field, 'is not an app type of the catalog');
    const serving = catalog.stacks.find((s) => s.language === language.id && s.appTypes[appTypeId]);
    if (serving) fail(mainFile, field, `is served by the stack "${serving.id}": drop the gap`);
    for (const id of gap.closest) {
      if (findStack(catalog, id)?.language !== language.id) fail(mainFile, `${field}.closest`, `names "${id}", which is not a ${language.id} stack of the catalog`);
    }
  }
}

function readAppType(r: Reader): AppType {
  return {
    id: r.string('id', ID, 'a lowercase id'),
    name: r.string('name'),
    summary: r.string('summary'),
    defaultStack: r.string('defaultStack', ID, 'a stack id'),
    capability: r.optionalString('capability'),
  };
}

function readStack(r: Reader): Stack {
  const status = r.oneOf('status', ['available', 'planned'] as const);
  const traits = r.object('traits', (t) =>
    Object.fromEntries(PRIORITIES.map((p) => [p, t.integer(p, 1, 5)])) as Stack['traits'],
  );
  return {
    id: r.string('id', ID, 'a lowercase id'),
    name: r.string('name'),
    language: r.string('language', ID, 'a language id'),
    framework: r.string('framework'),
    status,
    verification: r.oneOf('verification', ['verified', 'syntax-checked'] as const),
    summary: r.string('summary'),
    traits,
    appTypes: r.record('appTypes', (f): StackFit => ({
      fit: f.integer('fit', 1, 3) as StackFit['fit'],
      reason: f.string('reason'),
      capability: f.optionalString('capability'),
    })),
    toolchain: r.array('toolchain', (t): Toolchain => ({
      command: t.string('command'),
      minVersion: t.string('minVersion', VERSION, 'a version like 3.11'),
      versionArgs: t.stringArray('versionArgs'),
    })),
    versions: r.has('versions') ? r.record('versions', (v, key) => v.self(key, VERSION_VALUE, 'an exact version or image tag (no range, no latest)')) : {},
    commands: r.has('commands') ? r.object('commands', readCommands) : undefined,
    defaultPort: r.has('defaultPort') ? r.integer('defaultPort', 1, 65535) : undefined,
    layout: readLayout(r),
    env: r.has('env') ? r.array('env', readEnvVar) : [],
    shared: r.has('shared') ? r.stringArray('shared') : [],
    offline: r.has('offline') ? r.object('offline', (o) => ({ vendor: o.string('vendor'), install: o.string('install') })) : undefined,
    lock: r.has('lock') ? r.object('lock', (o) => ({ files: o.stringArray('files'), manifests: o.stringArray('manifests'), refresh: o.string('refresh') })) : undefined,
    release: r.has('release') ? r.string('release') : undefined,
    dataVolume: r.has('dataVolume') ? r.string('dataVolume', /^\/\S*$/, 'an absolute folder such as /app/data') : undefined,
    openapi: r.has('openapi') ? r.string('openapi', /^\/\S*$/, 'a path such as /openapi.json') : undefined,
    sigtermExit: r.has('sigtermExit') ? r.integer('sigtermExit', 0, 255) : 0,
  };
}

function readCapability(r: Reader): Capability {
  return {
    id: r.string('id', ID, 'a lowercase id'),
    summary: r.string('summary'),
    answer: r.has('answer') ? r.string('answer', /^[a-z][A-Za-z]*$/, 'the key of an answer, like docker') : undefined,
    values: r.has('values') ? r.stringArray('values') : undefined,
    stacks: r.has('stacks')
      ? r.record('stacks', (o): CapabilityOffer => ({
          layout: readLayout(o),
          commands: o.has('commands') ? o.object('commands', readExtraCommands) : {},
          check: o.optionalString('check'),
          required: o.has('required') ? o.boolean('required') : undefined,
          needsDatabase: o.has('needsDatabase') ? o.boolean('needsDatabase') : undefined,
          services: o.has('services') ? o.stringArray('services') : undefined,
          env: o.has('env') ? o.array('env', readEnvVar) : [],
          omit: o.has('omit') ? o.stringArray('omit') : [],
          alongside: o.has('alongside') ? o.record('alongside', (a) => ({ check: a.optionalString('check'), layout: readLayout(a) })) : {},
        }))
      : undefined,
    files: r.has('files') ? r.stringArray('files') : [],
    services: r.has('services') ? r.stringArray('services') : [],
    env: r.has('env') ? r.array('env', readEnvVar) : [],
    readme: r.has('readme')
      ? r.object('readme', (m) => ({
          prerequisites: m.has('prerequisites') ? m.stringArray('prerequisites') : [],
          endpoints: m.has('endpoints') ? m.array('endpoints', (e) => ({ method: e.string('method', /^[A-Z]+$/, 'an HTTP method'), path: e.string('path'), what: e.string('what') })) : [],
          about: m.optionalString('about'),
          shutdown: m.optionalString('shutdown'),
        }))
      : { prerequisites: [], endpoints: [] },
    layout: readLayout(r),
    replacesHttpContract: r.has('replacesHttpContract') ? r.boolean('replacesHttpContract') : false,
    check: r.optionalString('check'),
  };
}

function readEnvVar(r: Reader): EnvVar {
  const variable: EnvVar = {
    name: r.string('name', /^[A-Z][A-Z0-9_]*$/, 'an UPPER_CASE variable name'),
    example: r.text('example'),
    about: r.string('about'),
  };
  if (!r.has('secret')) return variable;
  // A secret with an example value would put that value in the tracked .env.example.
  if (variable.example) r.fail('example', 'must be empty for a secret (its value goes only into the untracked .env)');
  variable.secret = r.object('secret', (s): SecretSpec => ({
    bytes: s.integer('bytes', 16, 128),
    encoding: s.oneOf('encoding', ['hex', 'base64', 'base64url'] as const),
    ...(s.has('prefix') && { prefix: s.string('prefix', /^[\x21-\x7e]+$/, 'printable ASCII without spaces') }),
  }));
  return variable;
}

function readLayout(r: Reader): LayoutEntry[] {
  return r.has('layout') ? r.array('layout', (l) => ({ path: l.string('path'), about: l.string('about') })) : [];
}

/** Exact pins only: a range or `latest` would make two runs of the same answers produce different builds. */
const VERSION_VALUE = /^(?!.*latest)[0-9A-Za-z][0-9A-Za-z._+:-]*$/;

/** Commands a capability adds (`migrate`) or words its own way for a stack (a build its packages need). */
function readExtraCommands(r: Reader): Partial<Commands> {
  const commands: Partial<Commands> = {};
  for (const key of ['install', 'lint', 'test', 'build', 'migrate', 'start'] as const) {
    const value = r.optionalString(key);
    if (value !== undefined) commands[key] = value;
  }
  return commands;
}

function readService(r: Reader): Service {
  return {
    id: r.string('id', ID, 'a lowercase id'),
    image: r.string('image', /^[a-z0-9./_-]+$/, 'an image name without its tag, like postgres'),
    version: r.string('version', /^[a-z0-9-]+$/, 'the key of its tag in a stack\'s versions, like postgres-image'),
    port: r.integer('port', 1, 65535),
    environment: r.has('environment') ? r.record('environment', (v, key) => v.self(key)) : {},
    healthcheck: r.stringArray('healthcheck'),
    volume: r.optionalString('volume'),
  };
}

function readCommands(r: Reader): Commands {
  return {
    install: r.string('install'),
    lint: r.string('lint'),
    test: r.string('test'),
    build: r.optionalString('build'),
    migrate: r.optionalString('migrate'),
    start: r.string('start'),
  };
}
