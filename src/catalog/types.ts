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
  /** How Dependabot names the language's package manager, and where the manifests are (globs allowed). */
  dependabot?: { ecosystem: string; directories: string[] };
  /** App types the language's ecosystem has no mainstream answer for, by app type id: why, and what to use instead. */
  gaps: Record<string, LanguageGap>;
}

export interface LanguageGap {
  why: string;
  /** Stacks of this language closest to what was asked. */
  closest: string[];
}

export interface AppType {
  id: string;
  name: string;
  summary: string;
  defaultStack: string;
  /** The capability a starter of this app type has on top of the HTTP contract; absent: the contract alone. */
  capability?: string;
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
  /** Applies the database migrations; run before the server starts. */
  migrate?: string;
  start: string;
}

/** A server a starter may need in development (compose.yaml) and while it is verified. */
export interface Service {
  id: string;
  /** The image compose.yaml and CI workflows run, without its tag. */
  image: string;
  /** The key of the tag in the stack's `versions`, so every pin stays in the stack's entry. */
  version: string;
  port: number;
  /** The container's settings, for compose.yaml and CI service containers. */
  environment: Record<string, string>;
  /** The command compose runs to tell that it is ready. */
  healthcheck: string[];
  /** Where the container keeps its data, kept in a named volume. */
  volume?: string;
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
  /** The capability its starter for the app type has where the app type names none (an MVP with server-rendered pages). */
  capability?: string;
}

/** A row of the README's endpoint table. */
export interface Endpoint {
  method: string;
  path: string;
  what: string;
}

/**
 * What a capability adds to one stack that offers it. Its files, if any, are the overlay folder
 * `templates/<stack>+<capability>/`, layered over the stack's own.
 */
export interface CapabilityOffer {
  /** Files the overlay adds, for the README's layout. */
  layout: LayoutEntry[];
  /** Commands the capability adds to the stack's (`migrate`), or replaces for it (a build its packages need). */
  commands: Partial<Commands>;
  /** Another check for this stack, where the capability's own cannot reach it (gRPC instead of HTTP). */
  check?: string;
  /** The stack cannot go without it: an answer that would leave it out is refused (Django needs a database). */
  required?: boolean;
  /** It keeps its own state in the starter's database (a job queue in a table): --database none is refused with it. */
  needsDatabase?: boolean;
  /** The servers it needs with this stack, instead of the capability's (a queue in the database needs no Redis). */
  services?: string[];
  /** Settings that replace the capability's of the same name for this stack (its framework's own URL form). */
  env: EnvVar[];
  /**
   * Destination prefixes of the stack's own files that the capability takes away, where it replaces what
   * they serve (a gRPC service instead of the HTTP API's controllers).
   */
  omit: string[];
  /** By the id of another capability: what changes where the starter has that one too (a database beside gRPC). */
  alongside: Record<string, Alongside>;
}

/** What a capability's offer changes where the starter also has another capability. */
export interface Alongside {
  /** The check that proves the other capability instead of its own (persistence over gRPC rather than HTTP). */
  check?: string;
  /** README layout rows that replace those of the same path from every other layer. */
  layout: LayoutEntry[];
}

/**
 * Anything a starter can have on top of its stack: an app type's feature (websocket, grpc, ...) or an
 * option the user answers (docker, ci). Declared once, in catalog/capabilities/<id>.json.
 */
export interface Capability {
  id: string;
  summary: string;
  /** The answer that turns it on; absent for an app type's capability, which the app type turns on. */
  answer?: string;
  /** The answer's values that turn it on (`database`: sqlite, postgres); absent: a yes/no answer, on when yes. */
  values?: string[];
  /** Stacks that offer it and what each adds; absent: every stack, with its own templates. */
  stacks?: Record<string, CapabilityOffer>;
  /** Destination prefixes (`Dockerfile`, `.github/`) of the template files that exist only with it. */
  files: string[];
  /** Servers a starter with it needs to run (e.g. redis); started on loopback to verify it. */
  services: string[];
  /** Settings it adds beyond the stack's, for .env.example. */
  env: EnvVar[];
  /** Rows it adds to the README: prerequisites, endpoints, layout. */
  readme: { prerequisites: string[]; endpoints: Endpoint[]; about?: string; shutdown?: string };
  layout: LayoutEntry[];
  /**
   * The starter serves another protocol instead of the HTTP contract (gRPC): the README describes it
   * and its shutdown with `readme.about` and `readme.shutdown`, and its check both waits for the server
   * and replaces the contract.
   */
  replacesHttpContract: boolean;
  /** The name of its check in the verifier's registry, run against a booted starter. */
  check?: string;
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
  /**
   * Template folders shared with other stacks of its family (`_go`), layered between the common
   * templates and the stack's own folder, which replaces any of their files it also has.
   */
  shared: string[];
  /**
   * How a workshop kit takes its starters offline: `vendor` puts the dependencies inside the project the
   * ecosystem's standard way (run once, online), `install` installs from there without a network.
   */
  offline?: { vendor: string; install: string };
  /**
   * The lock files the ecosystem commits beside its manifests. An update never merges them line by line:
   * it keeps the project's own (or takes the new render's, where the project left it as rendered), then
   * `refresh` makes it agree with the merged manifests.
   */
  lock?: { files: string[]; manifests: string[]; refresh: string };
  /**
   * A one-off command of its image, run once per deployment before the new version starts (the
   * migrations), where the server does not run it at start because every replica would.
   */
  release?: string;
  /** Where its image keeps the embedded database: the folder `docker run` in the README mounts a volume on. */
  dataVolume?: string;
  /** The path where its server publishes an OpenAPI document, which the smoke tests it against. */
  openapi?: string;
  /** The exit status of its graceful stop after SIGTERM: 0, or 143 where the runtime reports the signal (the JVM). */
  sigtermExit: number;
}

export interface Catalog {
  /** The date the pinned versions were checked against the registries. */
  date: string;
  /** The app type assumed when none is given and no stack implies one. */
  defaultAppType: string;
  languages: Language[];
  appTypes: AppType[];
  capabilities: Capability[];
  services: Service[];
  stacks: Stack[];
  /** Folder holding one template folder per available stack, plus _common. */
  templatesDir: string;
}
