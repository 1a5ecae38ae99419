import path from 'node:path';
import { fail, Reader, readJson } from '../catalog/reader.js';
import type { Catalog, Stack } from '../catalog/types.js';
import { REGISTRIES } from './registries.js';
import { PROTOCOLS, type Protocol } from './registry.js';
import type { LineWidth } from './versions.js';

/**
 * Where each pin of the catalog comes from (catalog/sources.json): the registry that serves a language's
 * pins by default, where a pin's key is its package name there, and the exact source of every pin whose
 * key is not (a Go module path, a Maven group:artifact, a runtime, an image, an action).
 */
export interface Sources {
  file: string;
  /** Registries no client asks, with the reason, e.g. "docker": "container registries are out of reach from here". */
  unchecked: Record<string, string>;
  /** Pins with the same source in every language (images, CI actions). */
  pins: Record<string, PinEntry>;
  languages: Record<string, { registry: string; pins: Record<string, PinEntry> }>;
  /** Where one stack's pin differs from its language's. */
  stacks: Record<string, Record<string, PinEntry>>;
}

/** One pin's entry: a package in a registry, or `skip` for a value that is not a release to follow (a floor). */
export interface PinEntry {
  registry?: string;
  package?: string;
  line?: LineWidth;
  /** Why the pin stays on its line on purpose: newer lines are then a choice, not lag. */
  hold?: string;
  skip?: string;
}

export type PinSource =
  | { kind: 'registry'; registry: Protocol; package: string; line?: LineWidth; hold?: string }
  | { kind: 'not-checked'; reason: string; hold?: string }
  /** No entry covers the pin: the catalog gained a pin its sources file does not know. */
  | { kind: 'unknown'; reason: string };

const ENTRY_KEYS = ['registry', 'package', 'line', 'hold', 'skip'];
const TOP_KEYS = ['unchecked', 'pins', 'languages', 'stacks'];

export function defaultSourcesFile(catalogDir: string): string {
  return path.join(catalogDir, 'sources.json');
}

/** Loads and validates the sources file against the catalog whose pins it describes. */
export function loadSources(file: string, catalog: Pick<Catalog, 'languages' | 'stacks'>): Sources {
  const json = readJson(file);
  const top = new Reader(file, json);
  onlyKeys(top, json, TOP_KEYS);
  const unchecked = top.has('unchecked') ? top.record('unchecked', (r, key) => r.self(key)) : {};
  for (const id of Object.keys(unchecked)) {
    if (isProtocol(id)) fail(file, `unchecked.${id}`, `names a registry outdated asks; remove it from unchecked`);
  }
  const registries = [...PROTOCOLS, ...Object.keys(unchecked)];
  const entries = (r: Reader, field: string): Record<string, PinEntry> => {
    if (!r.has(field)) return {};
    const raw = r.raw(field) as Record<string, unknown>;
    return r.record(field, (e, key) => (typeof raw[key] === 'string' ? { package: e.self(key) } : readEntry(e, raw[key], registries)));
  };
  const scopes = <T>(field: string, keys: string[], read: (r: Reader) => T): Record<string, T> => {
    if (!top.has(field)) return {};
    const raw = top.raw(field) as Record<string, unknown>;
    return top.record(field, (r, key) => {
      onlyKeys(r, raw[key], keys);
      return read(r);
    });
  };
  const sources: Sources = {
    file,
    unchecked,
    pins: entries(top, 'pins'),
    languages: scopes('languages', ['registry', 'pins'], (l) => ({ registry: l.oneOf('registry', registries), pins: entries(l, 'pins') })),
    stacks: scopes('stacks', ['pins'], (s) => entries(s, 'pins')),
  };
  checkAgainstCatalog(sources, catalog);
  return sources;
}

/** A pin's entry where it says more than its package: its registry, its line, a hold, or why it is skipped. */
function readEntry(r: Reader, raw: unknown, registries: string[]): PinEntry {
  onlyKeys(r, raw, ENTRY_KEYS);
  const entry: PinEntry = {
    registry: r.has('registry') ? r.oneOf('registry', registries) : undefined,
    package: r.optionalString('package'),
    line: r.has('line') ? (r.oneOf('line', ['major', 'minor'] as const) === 'major' ? 1 : 2) : undefined,
    hold: r.optionalString('hold'),
    skip: r.optionalString('skip'),
  };
  if (entry.skip && (entry.registry || entry.package || entry.line)) r.fail('skip', 'stands alone: a pin that is not checked has no registry, package or line');
  return entry;
}

function checkAgainstCatalog(sources: Sources, catalog: Pick<Catalog, 'languages' | 'stacks'>): void {
  const { file } = sources;
  const pinned = (stacks: Pick<Stack, 'versions'>[], key: string) => stacks.some((s) => key in s.versions);
  for (const [key, entry] of Object.entries(sources.pins)) {
    if (!pinned(catalog.stacks, key)) fail(file, `pins.${key}`, 'is pinned by no stack of the catalog');
    checkPackage(file, `pins.${key}`, entry, entry.registry);
  }
  for (const [language, { registry, pins }] of Object.entries(sources.languages)) {
    if (!catalog.languages.some((l) => l.id === language)) fail(file, `languages.${language}`, 'is not a language of the catalog');
    const stacks = catalog.stacks.filter((s) => s.language === language);
    for (const [key, entry] of Object.entries(pins)) {
      if (!pinned(stacks, key)) fail(file, `languages.${language}.pins.${key}`, `is pinned by no ${language} stack`);
      checkPackage(file, `languages.${language}.pins.${key}`, entry, entry.registry ?? registry);
    }
  }
  for (const [id, pins] of Object.entries(sources.stacks)) {
    const stack = catalog.stacks.find((s) => s.id === id);
    if (!stack) fail(file, `stacks.${id}`, 'is not a stack of the catalog');
    for (const [key, entry] of Object.entries(pins)) {
      if (!(key in stack.versions)) fail(file, `stacks.${id}.pins.${key}`, `is not one of ${id}'s versions`);
      checkPackage(file, `stacks.${id}.pins.${key}`, entry, entry.registry ?? sources.languages[stack.language]?.registry);
    }
  }
}

function checkPackage(file: string, field: string, entry: PinEntry, registry: string | undefined): void {
  if (!entry.package || !registry || !isProtocol(registry)) return;
  const client = REGISTRIES[registry];
  if (!client.packageName.test(entry.package)) fail(file, `${field}.package`, `must be ${client.packageForm}, got "${entry.package}"`);
}

/**
 * Where one pin comes from: the stack's own entry, else its language's, else the entry for every
 * language, else the language's registry with the key as the package name, if it can be one there.
 */
export function sourceOf(sources: Sources, stack: Pick<Stack, 'id' | 'language'>, key: string): PinSource {
  const language = sources.languages[stack.language];
  const entry = sources.stacks[stack.id]?.[key] ?? language?.pins[key] ?? sources.pins[key];
  if (entry?.skip) return { kind: 'not-checked', reason: entry.skip, ...(entry.hold && { hold: entry.hold }) };
  const registry = entry?.registry ?? language?.registry;
  if (!registry) return { kind: 'unknown', reason: `${path.basename(sources.file)} has no entry for it and no registry for ${stack.language}` };
  const hold = entry?.hold && { hold: entry.hold };
  if (!isProtocol(registry)) return { kind: 'not-checked', reason: sources.unchecked[registry], ...hold };
  const pkg = entry?.package ?? key;
  const client = REGISTRIES[registry];
  if (!client.packageName.test(pkg)) {
    return { kind: 'unknown', reason: `"${pkg}" is not ${client.packageForm}: ${path.basename(sources.file)} must name its package` };
  }
  return { kind: 'registry', registry, package: pkg, ...(entry?.line && { line: entry.line }), ...hold };
}

function isProtocol(id: string): id is Protocol {
  return (PROTOCOLS as readonly string[]).includes(id);
}

/** A misspelt field would otherwise be ignored, and the pin checked against the wrong package. */
function onlyKeys(r: Reader, value: unknown, allowed: string[]): void {
  const extra = Object.keys(value as object).find((k) => !allowed.includes(k));
  if (extra) r.fail(extra, `is not a field here (expected ${allowed.join(', ')})`);
}
