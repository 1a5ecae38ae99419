/**
 * Checks the dependency manifests of a starter that cannot be installed here (composer.json, Gemfile,
 * *.csproj, pubspec.yaml): each parses, pins every dependency to one exact version, and together with the
 * rest of the starter prints every version of the catalog entry. Used by the tests and the smoke only.
 */
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { firstLine, type SourceFile } from './syntax.js';

interface Pin {
  name: string;
  version: string | undefined;
}

// composer.json's platform requirements (php, ext-*) are floors for the runtime, not packages to install.
const COMPOSER_PLATFORM = /^(php(-64bit|-ipv6|-zts|-debug)?|hhvm|ext-.+|lib-.+|composer(-plugin|-runtime)?-api)$/;

function composerPins(contents: string): Pin[] {
  const manifest = JSON.parse(contents) as Record<string, Record<string, string> | undefined>;
  return ['require', 'require-dev'].flatMap((section) =>
    Object.entries(manifest[section] ?? {})
      .filter(([name]) => !COMPOSER_PLATFORM.test(name))
      .map(([name, version]) => ({ name, version })),
  );
}

function gemfilePins(contents: string): Pin[] {
  // `gem "name", "version", options...`; a gem whose first argument after the name is no string has no version.
  return [...contents.matchAll(/^\s*gem\s+(["'])([^"']+)\1(?:\s*,\s*(["'])([^"']*)\3)?/gm)].map((m) => ({ name: m[2], version: m[4] }));
}

function csprojPins(contents: string): Pin[] {
  const pins: Pin[] = [];
  const parser = new SaxesParser();
  let reference: Pin | undefined;
  let inVersion = false;
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const { Include, Version, VersionOverride } = tag.attributes;
    if (tag.name === 'PackageReference' && Include) pins.push((reference = { name: Include, version: Version ?? VersionOverride }));
    inVersion = tag.name === 'Version' && reference !== undefined;
  });
  parser.on('text', (text) => {
    if (inVersion && reference) reference.version = text.trim();
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'PackageReference') reference = undefined;
    inVersion = false;
  });
  parser.write(contents).close();
  return pins;
}

function pubspecPins(contents: string): Pin[] {
  const spec = (parseYaml(contents) ?? {}) as Record<string, Record<string, unknown> | null | undefined>;
  return ['dependencies', 'dev_dependencies', 'dependency_overrides'].flatMap((section) =>
    Object.entries(spec[section] ?? {}).flatMap(([name, value]): Pin[] => {
      // A YAML number (`shelf: 1.4`) is still a version; null (`shelf:`) means any version.
      if (typeof value === 'string' || typeof value === 'number') return [{ name, version: String(value) }];
      if (!value || typeof value !== 'object') return [{ name, version: undefined }];
      const source = value as Record<string, unknown>;
      // Part of an SDK (flutter, flutter_test): versioned by the SDK's own constraint.
      if ('sdk' in source) return [];
      return [{ name, version: typeof source.version === 'string' ? source.version : undefined }];
    }),
  );
}

const MANIFESTS: { names: RegExp; pins: (contents: string) => Pin[] }[] = [
  { names: /^composer\.json$/, pins: composerPins },
  { names: /^Gemfile$/, pins: gemfilePins },
  { names: /\.csproj$/, pins: csprojPins },
  { names: /^pubspec\.yaml$/, pins: pubspecPins },
];

/** One version, no range: no ^ ~ ~> >= < * x, spaces, commas or alternatives; NuGet's exact `[1.2.3]` is one. */
export function isExactVersion(version: string): boolean {
  const bare = version.replace(/^\[([^,]*)\]$/, '$1');
  return /^v?\d+(\.\d+)*([-+.][0-9A-Za-z]+)*$/.test(bare) && !/(^|\.)[xX]($|[.-])/.test(bare);
}

export interface ManifestReport {
  problems: string[];
  detail: string;
}

/**
 * For a starter that cannot be installed here: its manifests (composer.json, Gemfile, *.csproj,
 * pubspec.yaml) parse, every dependency in them is pinned to one exact version, and every version of the
 * catalog entry is printed in a generated file: of this starter, or of its siblings (the same stack for
 * its other app types), since a version may belong to one app type's feature.
 */
export function checkManifests(files: readonly SourceFile[], versions: Record<string, string>, siblings: readonly SourceFile[] = []): ManifestReport {
  const problems: string[] = [];
  const counts: string[] = [];
  for (const { dest, contents } of files) {
    const manifest = MANIFESTS.find((m) => m.names.test(path.posix.basename(dest)));
    if (!manifest) continue;
    let pins: Pin[];
    try {
      pins = manifest.pins(contents);
    } catch (err) {
      problems.push(`${dest}: ${firstLine((err as Error).message)}`);
      continue;
    }
    for (const { name, version } of pins) {
      if (version === undefined) problems.push(`${dest}: ${name} has no version`);
      else if (!isExactVersion(version)) problems.push(`${dest}: ${name} "${version}" is not one exact version`);
    }
    counts.push(`${dest} ${pins.length}`);
  }
  if (!counts.length) problems.push('no dependency manifest (composer.json, Gemfile, *.csproj, pubspec.yaml)');
  const printed = [...files, ...siblings].map((f) => f.contents).join('\n');
  for (const [name, version] of Object.entries(versions)) {
    if (!printed.includes(version)) problems.push(`the catalog's ${name} ${version} is in no generated file`);
  }
  return { problems, detail: `dependencies pinned exactly (${counts.join(', ')}); all ${Object.keys(versions).length} catalog versions printed` };
}
