import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, UserError } from '../errors.js';
import { writeReport } from '../paths.js';
import { junitXml } from '../run/junit.js';
import { loadCatalog } from '../catalog/load.js';
import { runExercise } from '../kit/exercise.js';
import { loadKit, type Exercise } from '../kit/kit-file.js';
import { runContract } from '../verify/contract.js';
import { runHostileRequests } from '../verify/requests.js';

export const CHECK_HELP = `Usage: backend-stack check URL [options]

Calls a running server, in any language, the way the smoke calls a starter: the starter contract
(GET /health and /ready, and /api/items: create, list, get, a missing item, invalid and malformed input)
and the hostile requests (bodies past 1 MiB, other media types, invalid UTF-8, JSON that is not an
object, unknown paths and methods, a trailing slash) over HTTP. Prints each check as passed or failed,
with what was expected and what came back; exits non-zero when any failed. It creates a few items.

Options:
  --kit FILE       a workshop kit (its kit file, or the kit.json of a built kit) ...
  --exercise ID    ... and one of its exercises, whose checks run after the contract's
  --catalog PATH   the catalog the kit's tracks come from (default: the bundled one)
  --junit FILE     write a JUnit XML report (a test case per check)
  -h, --help       print this help

Example:
  backend-stack check http://127.0.0.1:8000
`;

/** `backend-stack check`: returns the exit status. */
export async function checkCommand(argv: string[], print: (line: string) => void): Promise<number> {
  const { values, positionals } = parseOptions(argv);
  if (values.help) {
    print(CHECK_HELP.trimEnd());
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('expected one URL, the server to check', 'for example: backend-stack check http://127.0.0.1:8000');
  const base = baseUrl(positionals[0]);
  const exercise = exerciseOf(values.kit, values.exercise, values.catalog);
  const started = Date.now();
  let results;
  try {
    results = [...(await runContract(base)), ...(await runHostileRequests(base)), ...(exercise ? await runExercise(base, exercise) : [])];
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new UserError(`nothing answers at ${base}: ${cause?.code ?? cause?.message ?? (err as Error).message}`, 'start the server first, and check the host and port');
  }
  for (const r of results) print(r.ok ? `ok    ${r.what}` : `FAIL  ${r.what}\n      got ${r.got}`);
  const failed = results.filter((r) => !r.ok).length;
  print(`\ncheck: ${results.length - failed} passed, ${failed} failed`);
  if (values.junit) {
    const seconds = (Date.now() - started) / 1000;
    const cases = results.map((r) => ({ name: r.what, seconds: 0, ...(!r.ok && { failure: { message: `got ${r.got!.split('\n')[0]}`, detail: `expected ${r.what}\ngot ${r.got}` } }) }));
    writeReport(values.junit, junitXml('backend-stack check', [{ name: 'contract', seconds, properties: { url: base }, cases }]));
  }
  return failed ? 1 : 0;
}

/** The command's flags, for its parser and for its Yeoman subgenerator. */
export const CHECK_OPTIONS = { junit: { type: 'string' }, kit: { type: 'string' }, exercise: { type: 'string' }, catalog: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsConfig['options'];

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: CHECK_OPTIONS,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0], 'see backend-stack check --help');
  }
}

function exerciseOf(kitFile: string | undefined, id: string | undefined, catalogDir: string | undefined): Exercise | undefined {
  if (!kitFile && !id) return undefined;
  if (!kitFile || !id) throw new UsageError('--kit and --exercise go together', 'for example: backend-stack check http://127.0.0.1:8000 --kit workshop/kit.json --exercise patch-item');
  const kit = loadKit(kitFile, loadCatalog(catalogDir));
  const exercise = kit.exercises.find((e) => e.id === id);
  if (!exercise) throw new UsageError(`the kit ${kitFile} has no exercise "${id}"`, `its exercises: ${kit.exercises.map((e) => e.id).join(', ') || 'none'}`);
  return exercise;
}

/** The server's base URL, without a trailing slash, so paths append to it. */
function baseUrl(given: string): string {
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new UsageError(`${given} is not a URL`, 'give the server as http://HOST:PORT');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${given}: only http and https servers can be checked`, 'give the server as http://HOST:PORT');
  return url.href.replace(/\/+$/, '');
}
