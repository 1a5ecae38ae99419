import os from 'node:os';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadCatalog } from '../catalog/load.js';
import { UsageError } from '../errors.js';
import { writeReport } from '../paths.js';
import { table } from '../run/report.js';
import { junitXml } from '../run/junit.js';
import { shard, smokeMatrix, type Variant } from './matrix.js';
import { runSmoke, smokeSuites, type StaticCheck, type VariantReport } from './run.js';

export const SMOKE_HELP = `Usage: backend-stack smoke [options]

Generates starters and proves each one: install, lint, migrations, its own tests, build, boot, the
starter contract and its capabilities over real connections, its OpenAPI document where it has one,
SIGTERM, and a restart that must keep its data; each stack's first starter also gets hostile requests
and is stopped under keep-alive load, where no request may go unanswered. Services a starter needs (PostgreSQL, Redis, Kafka) are started on loopback for it. Exits non-zero
when any step of any starter failed.

Options:
  --stack ID          only this stack (repeatable; default: every available stack)
  --app-type ID       only this app type (repeatable)
  --database DB       only this database (repeatable)
  --from DB           generate with DB first, then change to --database by backend-stack update
  --catalog PATH      prove another catalog folder and its templates
  --shard K/N         run share K of N of the selection, for N runners in parallel
  --matrix            print the selection as JSON for a CI job matrix, and exit
  --junit FILE        write a JUnit XML report (a test case per step)
  --json FILE         write the report as JSON
  --logs DIR          where each starter's full log goes (default: WORK/logs)
  --work-dir DIR      where the starters are generated (default: the system's temporary folder)
  --keep              leave every generated starter in the work folder (a failed one always stays)
  -h, --help          print this help

Without --app-type and --database, the selection is the least set that proves every (stack,
capability) pair and every database once, where in each language the first starter of another database
is generated with the default one and changed by backend-stack update (an edit of its own kept); with
them, each asked app type with each asked database, each generated as it is.
`;

export interface SmokeDoor {
  print: (line: string) => void;
  /** Parses the files of a stack that cannot be built here; absent, those are reported as not checked. */
  staticCheck?: StaticCheck;
}

/** `backend-stack smoke`: returns the exit status. */
export async function smokeCommand(argv: string[], door: SmokeDoor): Promise<number> {
  const { values } = parseOptions(argv);
  if (values.help) {
    door.print(SMOKE_HELP.trimEnd());
    return 0;
  }
  const catalog = loadCatalog(values.catalog);
  let variants = smokeMatrix(catalog, { stacks: values.stack, appTypes: values['app-type'], databases: values.database, from: values.from });
  if (values.shard) variants = shard(variants, values.shard);
  if (values.matrix) {
    door.print(JSON.stringify({ include: variants.map((v) => ({ ...v, args: argsFor(v) })) }));
    return 0;
  }
  const workDir = path.resolve(values['work-dir'] ?? path.join(os.tmpdir(), 'backend-stack-smoke'));
  const reports = await runSmoke({
    catalog,
    catalogDir: values.catalog && path.resolve(values.catalog),
    variants,
    workDir,
    logDir: path.resolve(values.logs ?? path.join(workDir, 'logs')),
    keep: values.keep ?? false,
    staticCheck: door.staticCheck,
    print: door.print,
  });
  if (values.json) writeReport(values.json, JSON.stringify(reports, null, 2) + '\n');
  if (values.junit) writeReport(values.junit, junitXml('backend-stack smoke', smokeSuites(reports)));
  door.print(`\n${summary(reports)}`);
  return reports.some((r) => r.result === 'failed') ? 1 : 0;
}

/** The command's flags, for its parser and for its Yeoman subgenerator. */
export const SMOKE_OPTIONS = {
  stack: { type: 'string', multiple: true },
  'app-type': { type: 'string', multiple: true },
  database: { type: 'string', multiple: true },
  from: { type: 'string' },
  catalog: { type: 'string' },
  shard: { type: 'string' },
  matrix: { type: 'boolean' },
  junit: { type: 'string' },
  json: { type: 'string' },
  logs: { type: 'string' },
  'work-dir': { type: 'string' },
  keep: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: SMOKE_OPTIONS,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0], 'see backend-stack smoke --help');
  }
}

/** The flags that select exactly this variant, for a CI job that proves one. */
function argsFor(v: Variant): string {
  return ['--stack', v.stack, '--app-type', v.appType, ...(v.database ? ['--database', v.database] : []), ...(v.from ? ['--from', v.from] : [])].join(' ');
}

function summary(reports: VariantReport[]): string {
  const rows = table([
    ['STARTER', 'RESULT', 'SECONDS', 'STEPS'],
    ...reports.map((r) => [r.label, r.result, r.seconds.toFixed(1), r.steps.map((s) => `${s.step}${s.ok ? '' : ' FAILED'}`).join(' ')]),
  ]);
  const count = (result: VariantReport['result']) => reports.filter((r) => r.result === result).length;
  const failed = reports.filter((r) => r.result === 'failed');
  const lines = [rows, '', `smoke: ${count('verified')} verified, ${count('syntax-checked')} syntax-checked, ${count('not-checked')} not checked, ${failed.length} failed`];
  for (const r of failed) lines.push(`  ${r.label}: see ${r.log}`);
  return lines.join('\n');
}
