import type { Stack } from '../catalog/types.js';
import { mapLimit, type HttpOptions } from './http.js';
import { baseOf, REGISTRIES, type Bases } from './registries.js';
import type { Protocol } from './registry.js';
import { sourceOf, type Sources } from './sources.js';
import { standing, type Lag } from './versions.js';

/** One pin's line in the report. */
export interface Row {
  stack: string;
  key: string;
  pinned: string;
  /** `checked`: compared with its registry; `not-checked`: out of reach or not a release; `failed`: the registry did not answer. */
  result: 'checked' | 'not-checked' | 'failed';
  /** The registry and package asked, like `npm express`. */
  source?: string;
  /** The newest stable release on the pin's own line, and overall. */
  onLine?: string;
  newest?: string;
  lineLag?: Lag;
  lag?: Lag;
  /** Why the pin stays on its line on purpose. */
  held?: string;
  /** Why it was not checked, why it failed, or what is odd about it (a pin the registry does not list). */
  reason?: string;
}

/** A registry's releases of a package (undefined: no such package), or why it could not be asked. */
type Answer = { releases: string[] | undefined } | { error: string };

export interface CheckOptions {
  bases?: Bases;
  /** Packages asked at once. */
  concurrency?: number;
  timeoutMs?: number;
}

/** Compares every pin of the stacks with its registry, asking each registry once per package. */
export async function checkPins(stacks: Pick<Stack, 'id' | 'language' | 'versions'>[], sources: Sources, options: CheckOptions = {}): Promise<Row[]> {
  const http: HttpOptions = { timeoutMs: options.timeoutMs ?? 20_000 };
  const pins = stacks.flatMap((stack) => Object.entries(stack.versions).map(([key, pinned]) => ({ stack, key, pinned, source: sourceOf(sources, stack, key) })));
  const packages = new Map<string, { registry: Protocol; package: string }>();
  for (const { source } of pins) if (source.kind === 'registry') packages.set(packageId(source), source);
  const answers = new Map<string, Answer>(
    await mapLimit([...packages], options.concurrency ?? 8, async ([id, { registry, package: pkg }]): Promise<[string, Answer]> => {
      try {
        return [id, { releases: await REGISTRIES[registry].releases(baseOf(registry, options.bases), pkg, http) }];
      } catch (err) {
        return [id, { error: (err as Error).message }];
      }
    }),
  );

  return pins.map(({ stack, key, pinned, source }): Row => {
    const row: Row = { stack: stack.id, key, pinned, result: 'not-checked' };
    if (source.kind === 'not-checked') return { ...row, ...(source.hold && { held: source.hold }), reason: source.reason };
    if (source.kind === 'unknown') return { ...row, reason: source.reason };
    const client = REGISTRIES[source.registry];
    row.source = packageId(source);
    if (source.hold) row.held = source.hold;
    const answer = answers.get(packageId(source))!;
    if ('error' in answer) return { ...row, result: 'failed', reason: answer.error };
    if (!answer.releases) return { ...row, result: 'failed', reason: `${client.name} has no package ${source.package}` };
    const version = client.scheme.parse(pinned);
    if (!version) return { ...row, result: 'failed', reason: `"${pinned}" is not a ${client.scheme.name} version` };
    const found = standing(client.scheme, version, answer.releases, source.line);
    return {
      ...row,
      result: 'checked',
      onLine: found.onLine,
      newest: found.newest,
      lineLag: found.lineLag,
      lag: found.lag,
      ...(!found.published && { reason: `${client.name} lists no release ${pinned}` }),
    };
  });
}

function packageId(source: { registry: Protocol; package: string }): string {
  return `${source.registry} ${source.package}`;
}
