/** The shape of the catalog (catalog/*.json) once it has been validated. */

export type Priority = 'speed' | 'performance' | 'enterprise';
export const PRIORITIES: readonly Priority[] = ['speed', 'performance', 'enterprise'];

export type StackStatus = 'available' | 'planned';

/** How much proof a starter has on a machine like ours: built and run, or only parsed. */
export type Verification = 'verified' | 'syntax-checked';

export interface Language {
  id: string;
  name: string;
  aliases: string[];
}

export interface AppType {
  id: string;
  name: string;
  summary: string;
  defaultStack: string;
  /**
   * What a starter adds for this app type on top of the HTTP contract (websocket, predict, pages, ...);
   * the verifier checks it over a real connection. Absent: the HTTP contract is the whole feature.
   */
  feature?: string;
}

export interface Toolchain {
  command: string;
  minVersion: string;
  versionArgs: string[];
}

export interface Commands {
  install: string;
  lint: string;
  test: string;
  build?: string;
  start: string;
}

/** How to make a secret: random bytes from a cryptographic RNG, encoded, with an optional prefix. */
export interface SecretSpec {
  bytes: number;
  encoding: 'hex' | 'base64' | 'base64url';
  /** Framework conventions such as Laravel's `base64:` in APP_KEY. */
  prefix?: string;
}

/** A setting the starter reads from its environment, for .env.example. */
export interface EnvVar {
  name: string;
  /** What .env.example sets it to; empty leaves it unset. */
  example: string;
  about: string;
  /** A secret is never in a tracked file: generation writes a fresh one into the untracked `.env`. */
  secret?: SecretSpec;
}

export interface LayoutEntry {
  path: string;
  about: string;
}

export interface StackFit {
  /** 3 = built for it, 2 = a good fit, 1 = workable. */
  fit: 1 | 2 | 3;
  reason: string;
  /** Files the app type's variant adds to the stack's layout, for the README. */
  layout: LayoutEntry[];
}

export interface Stack {
  id: string;
  name: string;
  language: string;
  framework: string;
  status: StackStatus;
  verification: Verification;
  summary: string;
  /** 1 (weak) .. 5 (strong) per priority; the recommender weighs these. */
  traits: Record<Priority, number>;
  appTypes: Record<string, StackFit>;
  toolchain: Toolchain[];
  /** Present for available stacks: every pinned version a template prints. */
  versions: Record<string, string>;
  commands?: Commands;
  defaultPort?: number;
  layout: LayoutEntry[];
  /** Settings beyond HOST and PORT. */
  env: EnvVar[];
  /** Servers the starter needs to run (e.g. redis); started on loopback to verify it. */
  services: string[];
  /**
   * Template folders shared with other stacks of its family (`_go`), layered between the common
   * templates and the stack's own folder, which replaces any of their files it also has.
   */
  shared: string[];
}

export interface Catalog {
  /** The date the pinned versions were checked against the registries. */
  date: string;
  languages: Language[];
  appTypes: AppType[];
  stacks: Stack[];
  /** Folder holding one template folder per available stack, plus _common. */
  templatesDir: string;
}
