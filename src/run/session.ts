import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../catalog/load.js';
import { QUESTIONS, FLAGS, parseFlagValue, type Answers, type RunFlags } from '../answers/options.js';
import { savedAnswers } from '../generate/write.js';
import type { Catalog } from '../catalog/types.js';

/**
 * What both front doors do between reading their command line and asking questions: load the catalog,
 * find the target folder (a re-run inside a generated folder targets that folder), and collect the
 * answers already given.
 */
export interface Session {
  catalog: Catalog;
  flags: RunFlags;
  /**
   * Relative to the working directory, as the user should see it: '.' for a re-run in place, else the
   * project name once it is known.
   */
  dir?: string;
  given: Partial<Answers>;
  saved: Partial<Answers>;
}

/** Raw option values keyed by flag name, as either front door's parser produced them. */
export type RawOptions = Record<string, unknown>;

/** A flag's value under its own name (`--skip-install`) or camel-cased (`skipInstall`), as Yeoman passes some. */
function option(raw: RawOptions, flag: string): unknown {
  return raw[flag] ?? raw[flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
}

export function readFlags(raw: RawOptions): RunFlags {
  const flags = Object.fromEntries(FLAGS.map((f) => [f.key, f.type === 'boolean' ? option(raw, f.flag) === true : option(raw, f.flag)]));
  return flags as unknown as RunFlags;
}

export function readGiven(raw: RawOptions, name: string | undefined): Partial<Answers> {
  const given: Record<string, unknown> = {};
  for (const q of QUESTIONS) {
    const value = option(raw, q.flag);
    if (value !== undefined) given[q.key] = parseFlagValue(q, value);
  }
  if (name !== undefined) given.name = name;
  return given;
}

export function openSession(raw: RawOptions, name: string | undefined, cwd = process.cwd()): Session {
  const flags = readFlags(raw);
  const catalog = loadCatalog(flags.catalog);
  const given = readGiven(raw, name);
  const here = name === undefined ? savedAnswers(cwd) : undefined;
  if (here) return { catalog, flags, dir: '.', given, saved: here };
  const dir = given.name;
  const saved = dir && existsSync(path.join(cwd, dir)) ? (savedAnswers(path.join(cwd, dir)) ?? {}) : {};
  return { catalog, flags, dir, given, saved };
}
