/** Where a booted starter answers: its HTTP base URL, the same as host:port, and its folder. */
export interface Target {
  base: string;
  address: string;
  dir: string;
}

/**
 * The proof of one capability against a running starter, over a real connection. Each check returns
 * what it saw or throws what was wrong.
 */
export interface Check {
  run: (target: Target) => Promise<string>;
  /**
   * For a capability that replaces the HTTP contract: waits until the starter answers its own protocol
   * (`exited` tells when the server gave up first), in place of the wait for GET /health.
   */
  ready?: (target: Target, exited: () => boolean, timeoutMs: number) => Promise<string>;
}
