/** Where a booted starter answers: its HTTP base URL, the same as host:port, and its folder. */
export interface Target {
  base: string;
  address: string;
  dir: string;
  /** What a check keeps between its run and its look after a restart (the item it created). */
  notes: Record<string, unknown>;
}

/**
 * The proof of one capability against a running starter, over a real connection. Each check returns
 * what it saw or throws what was wrong.
 */
export interface Check {
  /** Calls the running starter; absent for a check that only proves how it starts. */
  run?: (target: Target) => Promise<string>;
  /** Run again once the server was stopped with SIGTERM and started anew: what must survive a restart. */
  afterRestart?: (target: Target) => Promise<string>;
  /**
   * Settings under which the server must refuse to start: exit non-zero within `seconds`, in a few lines,
   * without a stack trace (e.g. its database unreachable).
   */
  failsToStartWith?: { env: Record<string, string>; seconds: number };
  /**
   * For a capability that replaces the HTTP contract: waits until the starter answers its own protocol
   * (`exited` tells when the server gave up first), in place of the wait for GET /health.
   */
  ready?: (target: Target, exited: () => boolean, timeoutMs: number) => Promise<string>;
}
