import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadCatalog } from '../catalog/load.js';
import { UsageError } from '../errors.js';
import { buildKit, verifyKit } from './build.js';
import { loadKit } from './kit-file.js';

export const KIT_HELP = `Usage: backend-stack kit build KIT --out DIR [--catalog PATH]
       backend-stack kit verify DIR [--catalog PATH]

Workshop kits: one starter per track, each carrying its dependencies so it installs, tests and runs
offline.

  build    reads the kit file KIT (YAML or JSON: the workshop, its tracks and its exercises), generates
           each track, vendors its dependencies the ecosystem's way, packs it as a .tar.gz, and proves
           each archive offline; writes kit.json, SHA256SUMS and the instructor's README.md into DIR,
           which must be new or empty
  verify   proves a built kit again: each archive checked against its SHA-256, unpacked into a fresh
           folder, installed, migrated, tested and built with the network cut (unshare -n), then booted
           and checked like the smoke does

Options:
  --out DIR        where build writes the kit
  --catalog PATH   the catalog folder the tracks come from (default: the bundled one)
  -h, --help       print this help

Exercises are checked with: backend-stack check URL --kit DIR/kit.json --exercise ID
`;

/** `backend-stack kit`: returns the exit status. */
export async function kitCommand(argv: string[], print: (line: string) => void): Promise<number> {
  const { values, positionals } = parseOptions(argv);
  const [action, target, ...extra] = positionals;
  if (values.help || action === undefined) {
    print(KIT_HELP.trimEnd());
    return values.help ? 0 : 2;
  }
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`, 'see backend-stack kit --help');
  const catalog = loadCatalog(values.catalog);
  const options = { catalog, catalogDir: values.catalog && path.resolve(values.catalog), print };
  if (action === 'build') {
    if (!target) throw new UsageError('kit build needs the kit file', 'for example: backend-stack kit build kits/items-workshop.yaml --out workshop');
    if (!values.out) throw new UsageError('kit build needs --out DIR', 'for example: backend-stack kit build kits/items-workshop.yaml --out workshop');
    const ok = await buildKit(loadKit(target, catalog), path.resolve(values.out), options);
    print(ok ? `\nkit built in ${values.out}: every track proven offline` : `\nkit written to ${values.out}, but a track failed its proof (see the logs folder there)`);
    return ok ? 0 : 1;
  }
  if (action === 'verify') {
    if (!target) throw new UsageError('kit verify needs the folder kit build wrote', 'for example: backend-stack kit verify workshop');
    const ok = await verifyKit(path.resolve(target), options);
    print(ok ? '\nkit verified: every track proven offline' : '\na track failed its proof (see the logs folder of the kit)');
    return ok ? 0 : 1;
  }
  throw new UsageError(`unknown kit action "${action}"`, 'use backend-stack kit build or backend-stack kit verify');
}

/** The command's flags, for its parser and for its Yeoman subgenerator. */
export const KIT_OPTIONS = { out: { type: 'string' }, catalog: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsConfig['options'];

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: KIT_OPTIONS,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0], 'see backend-stack kit --help');
  }
}
