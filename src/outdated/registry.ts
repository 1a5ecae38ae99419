import type { HttpOptions } from './http.js';
import type { Scheme } from './versions.js';

/** The registry protocols `outdated` speaks; every other source is reported as not checked. */
export const PROTOCOLS = ['npm', 'pypi', 'go', 'crates', 'maven'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export interface RegistryClient {
  /** The registry's name in rows and messages. */
  name: string;
  scheme: Scheme;
  /** The form of a package name there, so a pin's source is refused when it cannot be one. */
  packageName: RegExp;
  packageForm: string;
  /** Where it is asked by default; tests point it elsewhere. */
  defaultBase: string;
  /** Every published release of the package (the scheme tells the stable ones), or undefined when there is no such package. */
  releases(base: string, pkg: string, http: HttpOptions): Promise<string[] | undefined>;
}
