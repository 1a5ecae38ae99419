import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { saveAnswers, savedAnswers } from '../answers/answers-file.js';
import type { Answers } from '../answers/options.js';
import { findStack } from '../catalog/load.js';
import type { Catalog, Stack } from '../catalog/types.js';
import { UserError } from '../errors.js';
import { commandsOf } from '../generate/capabilities.js';
import { planStarter } from '../generate/starter.js';
import { packageRoot } from '../paths.js';
import { stepLine } from '../run/finish.js';
import { runLogged, verifyProject } from '../verify/verify.js';
import type { Kit, Track } from './kit-file.js';

/** What a built kit records of a track, so `kit verify` needs neither the kit file nor the catalog. */
export interface BuiltTrack extends Track {
  file: string;
  sha256: string;
  commands: { install: string; migrate?: string; test: string; build?: string; start: string };
}

/** The built kit's `kit.json`: the kit as given, each track with its archive and offline commands. */
export interface BuiltKit extends Omit<Kit, 'file' | 'tracks'> {
  tracks: BuiltTrack[];
}

export const MANIFEST = 'kit.json';

export interface KitRunOptions {
  catalog: Catalog;
  /** The catalog folder given with --catalog, handed on to the generator; absent: the bundled one. */
  catalogDir?: string;
  print: (line: string) => void;
}

/**
 * Builds a workshop kit into `out`: each track generated, its dependencies vendored inside it, packed as
 * `<kit>-<track>.tar.gz` and proven from that archive without a network; then `kit.json`, `SHA256SUMS` and
 * the instructor's `README.md`. Refuses a folder that is not empty, so nothing there is overwritten.
 */
export async function buildKit(kit: Kit, out: string, options: KitRunOptions): Promise<boolean> {
  if (existsSync(out) && readdirSync(out).length > 0) throw new UserError(`${out} is not empty`, 'give --out a new or empty folder; a kit is never built over other files');
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), `backend-stack-kit-${kit.name}-`));
  const built: BuiltTrack[] = [];
  let ok = true;
  try {
    for (const track of kit.tracks) {
      const name = `${kit.name}-${track.id}`;
      options.print(`\n== track ${track.id}: ${track.stack} for ${track.appType}${track.database ? ` with ${track.database}` : ''}`);
      const log = path.join(out, 'logs', `${track.id}.log`);
      mkdirSync(path.dirname(log), { recursive: true });
      writeFileSync(log, `kit ${kit.name}, track ${track.id}\n`);
      const project = path.join(work, name);
      const stack = findStack(options.catalog, track.stack)!;
      const commands = trackCommands(options.catalog, kit, track, project, options.catalogDir, log);
      await step(options, log, 'vendor', () => runLogged(stack.offline!.vendor, project, log, {}));
      appendOfflineReadme(project, stack, commands);
      const file = `${name}.tar.gz`;
      pack(work, name, path.join(out, file));
      const entry: BuiltTrack = { ...track, file, sha256: sha256(path.join(out, file)), commands };
      built.push(entry);
      ok = (await proveTrack(out, entry, options)) && ok;
    }
    const manifest: BuiltKit = { name: kit.name, title: kit.title, tracks: built, exercises: kit.exercises };
    writeFileSync(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(path.join(out, 'SHA256SUMS'), built.map((t) => `${t.sha256}  ${t.file}\n`).join(''));
    writeFileSync(path.join(out, 'README.md'), instructorReadme(manifest, options.catalog));
    return ok;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Generates the track's starter with the standalone CLI, as a participant would, and returns its commands.
 * Without a repository: its commit dates would make the archive differ from build to build.
 */
function trackCommands(catalog: Catalog, kit: Kit, track: Track, project: string, catalogDir: string | undefined, log: string): BuiltTrack['commands'] {
  mkdirSync(project, { recursive: true });
  saveAnswers(project, { name: path.basename(project), stack: track.stack, appType: track.appType, description: kit.title, ...(track.database && { database: track.database }) });
  const generate = spawnSync(process.execPath, [path.join(packageRoot(), 'dist/bin/create-backend-stack.js'), '--yes', '--skip-install', '--no-git', '--force', ...(catalogDir ? ['--catalog', catalogDir] : [])], { cwd: project, encoding: 'utf8' });
  appendFileSync(log, `${generate.stdout}${generate.stderr}`);
  if (generate.status !== 0) throw new UserError(`generating the track ${track.id} failed: ${generate.stderr.trim().split('\n')[0]}`, `full output in ${log}`);
  const { stack, capabilities } = planStarter(catalog, savedAnswers(project) as Answers);
  const { migrate, test, build, start } = commandsOf(capabilities, stack);
  return { install: stack.offline!.install, ...(migrate && { migrate }), test, ...(build && { build }), start };
}

async function step(options: KitRunOptions, log: string, name: string, work: () => Promise<string>): Promise<void> {
  const started = Date.now();
  try {
    const detail = await work();
    options.print(stepLine({ step: name, ok: true, seconds: (Date.now() - started) / 1000, detail }));
  } catch (err) {
    options.print(stepLine({ step: name, ok: false, seconds: (Date.now() - started) / 1000, detail: (err as Error).message }));
    throw new UserError(`the kit's ${name} step failed: ${(err as Error).message.split('\n')[0]}`, `full output in ${log}`);
  }
}

/**
 * A gzipped tar whose bytes depend only on the files: sorted, with fixed owners and times. The `.env`
 * stays out: its secrets were made for one checkout, and a kit hands the same bytes to every participant.
 */
function pack(parent: string, folder: string, archive: string): void {
  const tar = spawnSync('sh', ['-c', `tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --exclude="$1/.env" -cf - "$1" | gzip -n -9 > "$2"`, 'pack', folder, archive], { cwd: parent, encoding: 'utf8' });
  if (tar.status !== 0) throw new UserError(`packing ${folder} failed: ${tar.stderr.trim()}`, 'GNU tar and gzip are needed to build a kit');
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function appendOfflineReadme(project: string, stack: Stack, commands: BuiltTrack['commands']): void {
  const lines = [commands.install, commands.migrate, commands.test, commands.build, commands.start].filter(Boolean);
  appendFileSync(
    path.join(project, 'README.md'),
    `\n## Offline (workshop kit)\n\nThis copy carries its dependencies (${stack.offline!.vendor}), so it installs, tests and runs without a\nnetwork (set any secret \`.env.example\` names in your environment or a \`.env\` first):\n\n\`\`\`sh\n${lines.join('\n')}\n\`\`\`\n\nThe linter is a tool fetched online (\`${stack.commands!.lint}\` once the normal install has run).\n`,
  );
}

/**
 * The command that runs `command` with no network: a new network namespace (a user namespace too when
 * not root) with only its loopback up, which tests that start a server need.
 */
export function cutNetwork(command: string): string {
  const flags = process.getuid?.() === 0 ? '-n' : '-r -n';
  return `unshare ${flags} sh -c 'ip link set lo up && ${command.replaceAll("'", "'\\''")}'`;
}

/**
 * Unpacks a built track into a fresh folder and proves it the way the smoke does, with the install,
 * migrations, tests and build run without a network and from the dependencies inside the archive.
 */
export async function proveTrack(kitDir: string, track: BuiltTrack, options: KitRunOptions): Promise<boolean> {
  const archive = path.join(kitDir, track.file);
  if (!existsSync(archive)) throw new UserError(`${archive} is missing`, 'build the kit again with backend-stack kit build');
  if (sha256(archive) !== track.sha256) throw new UserError(`${track.file} does not match its SHA-256 in ${MANIFEST}`, 'the archive changed after the kit was built: build it again');
  const probe = spawnSync('sh', ['-c', cutNetwork('true')], { encoding: 'utf8' });
  if (probe.status !== 0) throw new UserError(`cannot cut the network to prove the track offline: ${probe.stderr.trim().split('\n')[0]}`, 'run as root, or where unprivileged user namespaces are allowed (unshare -r -n), with iproute2 installed');
  const dir = mkdtempSync(path.join(os.tmpdir(), `backend-stack-track-${track.id}-`));
  try {
    const unpack = spawnSync('tar', ['-xzf', archive, '-C', dir], { encoding: 'utf8' });
    if (unpack.status !== 0) throw new UserError(`unpacking ${track.file} failed: ${unpack.stderr.trim()}`, 'build the kit again with backend-stack kit build');
    const project = path.join(dir, readdirSync(dir)[0]);
    const stack = findStack(options.catalog, track.stack);
    if (!stack) throw new UserError(`the track ${track.id} names the stack "${track.stack}", which this catalog does not have`, 'verify the kit with the backend-stack version that built it');
    const { capabilities, data } = planStarter(options.catalog, savedAnswers(project) as Answers);
    const log = path.join(kitDir, 'logs', `${track.id}.verify.log`);
    mkdirSync(path.dirname(log), { recursive: true });
    // The commands the track's README documents, as kit.json recorded them when it was built.
    const offlineStack: Stack = { ...stack, commands: { ...stack.commands!, ...track.commands } };
    const results = await verifyProject(project, offlineStack, {
      logFile: log,
      capabilities,
      services: Object.values(data.services),
      underLoad: false,
      offline: { install: track.commands.install, cut: cutNetwork },
      onStep: (r) => options.print(stepLine(r)),
    });
    return results.every((r) => r.ok);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Proves every track of a built kit again, from its archives. */
export async function verifyKit(kitDir: string, options: KitRunOptions): Promise<boolean> {
  const file = path.join(kitDir, MANIFEST);
  if (!existsSync(file)) throw new UserError(`${kitDir} has no ${MANIFEST}`, 'give the folder backend-stack kit build wrote');
  const kit = JSON.parse(readFileSync(file, 'utf8')) as BuiltKit;
  let ok = true;
  for (const track of kit.tracks) {
    options.print(`\n== track ${track.id}: ${track.file}, offline`);
    ok = (await proveTrack(kitDir, track, options)) && ok;
  }
  return ok;
}

function instructorReadme(kit: BuiltKit, catalog: Catalog): string {
  const rows = kit.tracks.map((t) => {
    const stack = findStack(catalog, t.stack)!;
    const tools = stack.toolchain.map((tool) => `${tool.command} ${tool.minVersion}+`).join(', ');
    return `| ${t.id} | ${stack.name} (${t.appType}${t.database ? `, ${t.database}` : ''}) | ${tools} | \`${t.file}\` |`;
  });
  const exercises = kit.exercises.map((e) => `### ${e.title}\n\n${e.instructions.trim()}\n\nCheck it: \`backend-stack check http://127.0.0.1:PORT --kit kit.json --exercise ${e.id}\`\n`);
  return `# ${kit.title}

A workshop kit built by backend-stack: one starter per track, each carrying its dependencies so it
installs, tests and runs without a network.

| Track | Starter | Prerequisites | Archive |
| --- | --- | --- | --- |
${rows.join('\n')}

Hand each participant the archive of their track. Check the archives with \`sha256sum -c SHA256SUMS\`;
each unpacks into one folder whose README ends with the offline install, test and run commands.

Prove the whole kit again (each track unpacked, installed and tested with the network cut, then booted
and checked): \`backend-stack kit verify .\`

A participant's server, in any language, is checked with \`backend-stack check http://127.0.0.1:PORT\`.
${exercises.length ? `\n## Exercises\n\n${exercises.join('\n')}` : ''}`;
}
