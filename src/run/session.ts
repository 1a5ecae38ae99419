import { existsSync } from 'node:fs';
import path from 'node:path';
import { savedAnswers } from '../answers/answers-file.js';
import { readGivenAnswers, readRunFlags, type Answers, type RawOptions, type RunFlags } from '../answers/options.js';
import { loadCatalog } from '../catalog/load.js';
import type { Catalog } from '../catalog/types.js';

/**
 * What a run knows before it asks anything: the catalog, the run flags, the target folder (a re-run
 * inside a generated folder targets that folder), and the answers already given or saved.
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

export function openSession(raw: RawOptions, name: string | undefined, cwd: string): Session {
  const flags = readRunFlags(raw);
  const catalog = loadCatalog(flags.catalog);
  const given = readGivenAnswers(raw, name);
  const here = name === undefined ? savedAnswers(cwd) : undefined;
  if (here) return { catalog, flags, dir: '.', given, saved: here };
  const dir = given.name;
  const saved = dir && existsSync(path.join(cwd, dir)) ? (savedAnswers(path.join(cwd, dir)) ?? {}) : {};
  return { catalog, flags, dir, given, saved };
}
