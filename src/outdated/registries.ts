import { crates } from './crates.js';
import { goProxy } from './go-proxy.js';
import { maven } from './maven.js';
import { npm } from './npm.js';
import { pypi } from './pypi.js';
import type { Protocol, RegistryClient } from './registry.js';

export const REGISTRIES: Record<Protocol, RegistryClient> = { npm, pypi, go: goProxy, crates, maven };

/** Where each registry is asked: its public address unless a base is given (a test's local server). */
export type Bases = Partial<Record<Protocol, string>>;

export function baseOf(protocol: Protocol, bases: Bases = {}): string {
  return (bases[protocol] ?? REGISTRIES[protocol].defaultBase).replace(/\/+$/, '');
}
