import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { SERVICES } from '../verify/services.js';
import {
  PRIORITIES,
  type AppType,
  type Catalog,
  type Commands,
  type EnvVar,
  type Language,
  type LayoutEntry,
  type SecretSpec,
  type Stack,
  type StackFit,
  type Toolchain,
} from './types.js';

/**
 * Loads and validates a catalog folder: `catalog.json` (date, languages, app types) and one
 * `stacks/<id>.json` per stack. Anything malformed or inconsistent stops the program with the file, the
 * field and the reason.
 */
export function loadCatalog(dir = defaultCatalogDir()): Catalog {
  const root = path.resolve(dir);
  const mainFile = path.join(root, 'catalog.json');
  if (!existsSync(mainFile)) {
    throw new UserError(`catalog: ${mainFile} not found`, 'pass --catalog a folder holding catalog.json and stacks/');
  }
  const main = new Reader(mainFile, readJson(mainFile));
  const date = main.string('date', /^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-11-20');
  const languages = main.array('languages', (r) => readLanguage(r));
  const appTypes = main.array('appTypes', (r) => readAppType(r));
  const templatesDir = main.optionalString('templatesDir');

  const stacksDir = path.join(root, 'stacks');
  const stackFiles = existsSync(stacksDir) ? readdirSync(stacksDir).filter((f) => f.endsWith('.json')).sort() : [];
  const stacks = stackFiles.map((f) => {
    const file = path.join(stacksDir, f);
    const stack = readStack(new Reader(file, readJson(file)));
    if (`${stack.id}.json` !== f) fail(file, 'id', `must match the file name (${f.slice(0, -5)})`);
    return { file, stack };
  });

  const catalog: Catalog = {
    date,
    languages,
    appTypes,
    stacks: stacks.map((s) => s.stack),
    templatesDir: templatesDir ? path.resolve(root, templatesDir) : path.join(packageRoot(), 'templates'),
  };
  checkConsistency(catalog, mainFile, stacks);
  return catalog;
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

function checkConsistency(catalog: Catalog, mainFile: string, stacks: { file: string; stack: Stack }[]): void {
  unique(mainFile, 'languages', catalog.languages.map((l) => l.id));
  unique(mainFile, 'appTypes', catalog.appTypes.map((a) => a.id));
  unique(mainFile, 'stacks', catalog.stacks.map((s) => s.id));
  for (const appType of catalog.appTypes) {
    const pick = findStack(catalog, appType.defaultStack);
    const field = `appTypes.${appType.id}.defaultStack`;
    if (!pick) fail(mainFile, field, `names an unknown stack "${appType.defaultStack}"`);
    if (!pick.appTypes[appType.id]) fail(mainFile, field, `stack "${pick.id}" does not list app type "${appType.id}"`);
  }
  for (const { file, stack } of stacks) {
    if (!catalog.languages.some((l) => l.id === stack.language)) {
      fail(file, 'language', `"${stack.language}" is not one of the catalog's languages`);
    }
    for (const appTypeId of Object.keys(stack.appTypes)) {
      if (!findAppType(catalog, appTypeId)) fail(file, `appTypes.${appTypeId}`, 'is not an app type of the catalog');
    }
    if (stack.status === 'available') {
      if (!stack.commands) fail(file, 'commands', 'is required for an available stack');
      if (!stack.defaultPort) fail(file, 'defaultPort', 'is required for an available stack');
      if (Object.keys(stack.versions).length === 0) fail(file, 'versions', 'is required for an available stack');
      const dir = path.join(catalog.templatesDir, stack.id);
      if (!existsSync(dir)) fail(file, 'status', `is "available" but there is no template folder ${dir}`);
      for (const shared of stack.shared) {
        if (!SHARED.test(shared)) fail(file, 'shared', `has "${shared}": a shared template folder is named _<family>, like _go`);
        if (!existsSync(path.join(catalog.templatesDir, shared))) fail(file, 'shared', `names ${shared}, but there is no template folder ${path.join(catalog.templatesDir, shared)}`);
      }
    }
  }
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
  return { id: r.string('id', ID, 'a lowercase id'), name: r.string('name'), aliases: r.stringArray('aliases') };
}

function readAppType(r: Reader): AppType {
  return {
    id: r.string('id', ID, 'a lowercase id'),
    name: r.string('name'),
    summary: r.string('summary'),
    defaultStack: r.string('defaultStack', ID, 'a stack id'),
    feature: r.optionalString('feature'),
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
      layout: readLayout(f),
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
    services: r.has('services') ? r.stringArray('services', Object.keys(SERVICES)) : [],
    shared: r.has('shared') ? r.stringArray('shared') : [],
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

function readCommands(r: Reader): Commands {
  return {
    install: r.string('install'),
    lint: r.string('lint'),
    test: r.string('test'),
    build: r.optionalString('build'),
    start: r.string('start'),
  };
}

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UserError(`catalog: ${file}: not valid JSON (${(err as Error).message})`);
  }
}

function fail(file: string, field: string, reason: string): never {
  throw new UserError(`catalog: ${file}: ${field} ${reason}`, 'fix the catalog entry or pass --catalog another folder');
}

/** Walks a parsed JSON value, failing with the file and the dotted field path. */
class Reader {
  constructor(
    private readonly file: string,
    private readonly value: unknown,
    private readonly prefix = '',
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(file, prefix || '(top level)', 'must be an object');
    }
  }

  private get obj(): Record<string, unknown> {
    return this.value as Record<string, unknown>;
  }

  private field(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }

  fail(key: string, reason: string): never {
    fail(this.file, this.field(key), reason);
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined;
  }

  string(key: string, pattern?: RegExp, expected = 'a non-empty string'): string {
    return this.self(key, pattern, expected, this.obj[key]);
  }

  /** Validates a string value that is itself the entry (used for records of strings). */
  self(key: string, pattern?: RegExp, expected = 'a non-empty string', value: unknown = this.obj[key]): string {
    if (typeof value !== 'string' || value.trim() === '') fail(this.file, this.field(key), 'must be a non-empty string');
    if (pattern && !pattern.test(value)) fail(this.file, this.field(key), `must be ${expected}, got "${value}"`);
    return value;
  }

  /** Any string, empty included; absent reads as empty. */
  text(key: string): string {
    const v = this.obj[key];
    if (v === undefined) return '';
    if (typeof v !== 'string' || /[\r\n]/.test(v)) fail(this.file, this.field(key), 'must be a single-line string');
    return v;
  }

  optionalString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : undefined;
  }

  integer(key: string, min: number, max: number): number {
    const v = this.obj[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      fail(this.file, this.field(key), `must be a whole number from ${min} to ${max}`);
    }
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T {
    const v = this.obj[key];
    if (typeof v !== 'string' || !values.includes(v as T)) {
      fail(this.file, this.field(key), `must be one of ${values.join(', ')}`);
    }
    return v as T;
  }

  stringArray(key: string, allowed?: string[]): string[] {
    const v = this.obj[key];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) fail(this.file, this.field(key), 'must be a list of strings');
    const unknown = allowed && (v as string[]).find((s) => !allowed.includes(s));
    if (unknown) fail(this.file, this.field(key), `has "${unknown}", which is not one of ${allowed.join(', ')}`);
    return v as string[];
  }

  array<T>(key: string, read: (r: Reader) => T): T[] {
    const v = this.obj[key];
    if (!Array.isArray(v)) fail(this.file, this.field(key), 'must be a list');
    return v.map((item, i) => read(new Reader(this.file, item, `${this.field(key)}[${i}]`)));
  }

  object<T>(key: string, read: (r: Reader) => T): T {
    return read(new Reader(this.file, this.obj[key], this.field(key)));
  }

  record<T>(key: string, read: (r: Reader, key: string) => T): Record<string, T> {
    const inner = new Reader(this.file, this.obj[key], this.field(key));
    return Object.fromEntries(
      Object.keys(inner.obj).map((k) => {
        const v = inner.obj[k];
        const isObject = typeof v === 'object' && v !== null;
        return [k, read(isObject ? new Reader(this.file, v, inner.field(k)) : inner, k)];
      }),
    );
  }
}
