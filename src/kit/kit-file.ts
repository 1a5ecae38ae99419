import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { findAppType, findStack } from '../catalog/load.js';
import { Reader } from '../catalog/reader.js';
import type { Catalog } from '../catalog/types.js';
import { databaseChoices } from '../answers/options.js';
import { UserError } from '../errors.js';

/** One starter of a workshop: what every participant of the track gets. */
export interface Track {
  id: string;
  stack: string;
  appType: string;
  /** Absent: the stack's default. */
  database?: string;
}

/**
 * One request of an exercise and what its answer must be. `{name}` in the path or in a string of the
 * body is a value an earlier check saved.
 */
export interface HttpCheck {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  /** The status codes that pass (one, or any of several where stacks differ, such as 400 and 422). */
  status: number[];
  /** The answer's JSON must match: objects by the keys given, arrays element by element and in length,
   * `"<integer>"`, `"<number>"`, `"<string>"`, `"<boolean>"`, `"<array>"`, `"<object>"` and `"<any>"` by type. */
  json?: unknown;
  /** Values of the answer's top-level fields to keep for the checks after it: `{ saved name: field }`. */
  save: Record<string, string>;
}

export interface Exercise {
  id: string;
  title: string;
  /** Markdown for the participants. */
  instructions: string;
  checks: HttpCheck[];
}

export interface Kit {
  file: string;
  name: string;
  title: string;
  tracks: Track[];
  exercises: Exercise[];
}

const ID = /^[a-z][a-z0-9-]*$/;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function failKit(file: string, field: string, reason: string): never {
  throw new UserError(`kit: ${file}: ${field} ${reason}`, 'fix the kit file (docs/kits.md describes it)');
}

/** Reads a kit file (YAML or JSON), validated against the catalog it will be built from. */
export function loadKit(file: string, catalog: Catalog): Kit {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`kit: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'give the path of a kit file (YAML or JSON)');
  }
  let value: unknown;
  try {
    value = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new UserError(`kit: ${file}: not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'} (${(err as Error).message.split('\n')[0]})`, 'fix the kit file (docs/kits.md describes it)');
  }
  const r = new Reader(file, value, '', failKit);
  const kit: Kit = {
    file,
    name: r.string('name', ID, 'a lowercase name like items-workshop'),
    title: r.string('title'),
    tracks: r.array('tracks', (t) => readTrack(t, catalog)),
    exercises: r.has('exercises') ? r.array('exercises', readExercise) : [],
  };
  if (kit.tracks.length === 0) failKit(file, 'tracks', 'must name at least one track');
  duplicate(file, 'tracks', kit.tracks.map((t) => t.id));
  duplicate(file, 'exercises', kit.exercises.map((e) => e.id));
  return kit;
}

function duplicate(file: string, field: string, ids: string[]): void {
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) failKit(file, field, `has the id "${twice}" twice`);
}

function readTrack(r: Reader, catalog: Catalog): Track {
  const id = r.string('id', ID, 'a lowercase id like python');
  const stack = findStack(catalog, r.string('stack'));
  if (!stack || stack.status !== 'available') r.fail('stack', `"${String(r.raw('stack'))}" is not an available stack of the catalog (see create-backend-stack --list)`);
  if (stack.verification !== 'verified') r.fail('stack', `"${stack.id}" cannot be built and proven on this machine's registries, so it cannot go offline in a kit`);
  if (!stack.offline) r.fail('stack', `"${stack.id}" has no offline install in the catalog, so it cannot go in a kit yet`);
  const appType = r.has('appType') ? r.string('appType') : Object.keys(stack.appTypes)[0];
  if (!findAppType(catalog, appType) || !stack.appTypes[appType]) r.fail('appType', `"${appType}" is not an app type ${stack.id} serves (${Object.keys(stack.appTypes).join(', ')})`);
  const choices = databaseChoices(stack, catalog, appType);
  const database = r.has('database') ? r.string('database') : undefined;
  if (database !== undefined && !choices.includes(database)) r.fail('database', `"${database}" is not a database ${stack.id} offers (${choices.join(', ') || 'none'})`);
  return { id, stack: stack.id, appType, ...(database && { database }) };
}

function readExercise(r: Reader): Exercise {
  return {
    id: r.string('id', ID, 'a lowercase id like patch-item'),
    title: r.string('title'),
    instructions: r.string('instructions'),
    checks: r.array('checks', readCheck),
  };
}

function readCheck(r: Reader): HttpCheck {
  const method = r.oneOf('method', METHODS);
  return {
    name: r.string('name'),
    method,
    path: r.string('path', /^\/\S*$/, 'a path starting with /'),
    ...(r.has('body') && { body: r.raw('body') }),
    status: readStatus(r),
    ...(r.has('json') && { json: r.raw('json') }),
    save: r.has('save') ? r.record('save', (v, key) => v.self(key, /^[A-Za-z_]\w*$/, 'a field name')) : {},
  };
}

function readStatus(r: Reader): number[] {
  const value = r.raw('status');
  const codes = Array.isArray(value) ? value : [value];
  if (codes.length === 0 || codes.some((c) => !Number.isInteger(c) || (c as number) < 100 || (c as number) > 599)) {
    r.fail('status', 'must be an HTTP status code (100 to 599) or a list of them');
  }
  return codes as number[];
}
