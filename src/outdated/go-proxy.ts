import { getJson, getText, type HttpOptions } from './http.js';
import type { RegistryClient } from './registry.js';
import { semver } from './semver.js';

/** The Go toolchain is published as this module, one version per release and platform. */
const TOOLCHAIN = 'golang.org/toolchain';

/**
 * The Go module proxy: `@v/list` names a module's tagged versions. A module from v2 on lives at its own
 * path (`.../v5`), so the next majors' paths are asked too, to tell the newest release overall.
 */
export const goProxy: RegistryClient = {
  name: 'the Go module proxy',
  scheme: semver,
  packageName: /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[A-Za-z0-9._~+-]+)*$/,
  packageForm: 'a Go module path, like github.com/jackc/pgx/v5',
  defaultBase: 'https://proxy.golang.org',
  async releases(base, module, http) {
    if (module === TOOLCHAIN) return toolchainReleases(base, http);
    const own = await moduleVersions(base, module, http);
    if (!own) return undefined;
    const later: string[] = [];
    for (let path = nextMajor(module); path; path = nextMajor(path)) {
      const versions = await moduleVersions(base, path, http);
      if (!versions) break;
      later.push(...versions);
    }
    return [...own, ...later];
  },
};

/**
 * A module's tagged versions; a module without a stable tag is known by its newest pseudo-version
 * (`@latest`), which is what a pin of it can move to. `+incompatible` tags predate the module's go.mod
 * and are not releases of the module path.
 */
async function moduleVersions(base: string, module: string, http: HttpOptions): Promise<string[] | undefined> {
  const list = await getText(`${base}/${escapePath(module)}/@v/list`, http);
  if (list === undefined) return undefined;
  const versions = list.split('\n').map((v) => v.trim()).filter((v) => v && !v.endsWith('+incompatible'));
  if (versions.some((v) => semver.parse(v)?.stable)) return versions;
  const latest = (await getJson(`${base}/${escapePath(module)}/@latest`, http)) as { Version?: string } | undefined;
  return latest?.Version ? [...versions, latest.Version] : versions;
}

/** `v0.0.1-go1.27.4.linux-amd64` -> `1.27.4`; release candidates and betas are left out. */
async function toolchainReleases(base: string, http: HttpOptions): Promise<string[] | undefined> {
  const list = await getText(`${base}/${TOOLCHAIN}/@v/list`, http);
  if (list === undefined) return undefined;
  const releases = new Set<string>();
  for (const line of list.split('\n')) {
    const m = /^v0\.0\.1-go(\d+)\.(\d+)(?:\.(\d+))?\./.exec(line.trim());
    if (m) releases.add(`${m[1]}.${m[2]}.${m[3] ?? 0}`);
  }
  return [...releases];
}

/** The path of the module's next major version (`/v2` after v0 and v1), or none for gopkg.in-style paths. */
function nextMajor(module: string): string | undefined {
  if (module.startsWith('gopkg.in/')) return undefined;
  const m = /^(.*)\/v(\d+)$/.exec(module);
  return m ? `${m[1]}/v${Number(m[2]) + 1}` : `${module}/v2`;
}

/** The proxy's case encoding: each upper-case letter becomes `!` and its lower case. */
export function escapePath(module: string): string {
  return module.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
