import { parseArgs } from 'node:util';
import { defaultCatalogDir, findStack, loadCatalog } from '../catalog/load.js';
import { UsageError } from '../errors.js';
import { checkPins } from './check.js';
import type { Bases } from './registries.js';
import { formatRows, formatSummary, summarize } from './report.js';
import { defaultSourcesFile, loadSources } from './sources.js';

export const OUTDATED_HELP = `Usage: npm run outdated -- [options]

Compares every version the catalog pins (packages, toolchains, base images, CI actions) with the
registry that serves it (npm, PyPI, the Go module proxy, crates.io, Maven Central): the newest stable
release on the pin's own line (its major, or its minor for 0.x and where catalog/sources.json says so)
and overall. Pins whose registry is out of reach are reported as not checked, with the reason. Exits
non-zero when a registry request failed, and with --strict when a pin is behind on its own line
without a hold (catalog/sources.json's reason it stays there).

Options:
  --stack ID          only this stack's pins (repeatable; default: every available stack)
  --json              print the rows as JSON
  --strict            exit non-zero when a checked pin is behind on its own line, unless it is held
  --catalog PATH      check another catalog folder (its sources.json says where each pin comes from)
  -h, --help          print this help
`;

export interface OutdatedDoor {
  print: (line: string) => void;
  /** Registry addresses in place of the public ones (a test's local server). */
  bases?: Bases;
  timeoutMs?: number;
}

/** `npm run outdated`: returns the exit status. */
export async function outdatedCommand(argv: string[], door: OutdatedDoor): Promise<number> {
  const { values } = parseOptions(argv);
  if (values.help) {
    door.print(OUTDATED_HELP.trimEnd());
    return 0;
  }
  const dir = values.catalog ?? defaultCatalogDir();
  const catalog = loadCatalog(dir);
  const sources = loadSources(defaultSourcesFile(dir), catalog);
  const stacks = values.stack?.length
    ? values.stack.map((id) => findStack(catalog, id) ?? unknownStack(id))
    : catalog.stacks.filter((s) => s.status === 'available');
  const rows = await checkPins(stacks, sources, { bases: door.bases, timeoutMs: door.timeoutMs });
  door.print(values.json ? JSON.stringify(rows, null, 2) : `${formatRows(rows)}\n\n${formatSummary(summarize(rows))}`);
  const behind = rows.some((r) => r.result === 'checked' && r.lineLag !== 'current' && !r.held);
  return rows.some((r) => r.result === 'failed') || (values.strict && behind) ? 1 : 0;
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        stack: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        catalog: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0], 'see npm run outdated -- --help');
  }
}

function unknownStack(id: string): never {
  throw new UsageError(`--stack: "${id}" is not a stack of the catalog`, 'npx create-backend-stack --list shows them');
}
