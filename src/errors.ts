/**
 * A failure the user caused and can fix: printed as one line plus an optional hint, never as a stack
 * trace. Exit code 2 is for usage errors (a bad flag or value), 130 for Ctrl-C, 1 for everything else.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: 1 | 2 | 130 = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export class UsageError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, hint, 2);
  }
}

/** The user stopped the run (Ctrl-C); exit code 130 as shells report it. */
export class InterruptedError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, hint, 130);
  }
}
