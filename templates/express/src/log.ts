type Level = 'info' | 'warn' | 'error';

/** Writes one JSON object per line to stdout, for log collectors. */
export function log(
  level: Level,
  msg: string,
  fields: Record<string, unknown> = {},
): void {
  console.log(
    JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }),
  );
}

/** What went wrong, in one line, for a log field. */
export function errorMessage(err: unknown): string {
  // A connection refused on every address of a host is an AggregateError
  // with an empty message of its own.
  if (err instanceof AggregateError && !err.message) {
    return err.errors.map(errorMessage).join('; ');
  }
  return err instanceof Error ? err.message : String(err);
}
