import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';

/**
 * A Pino logger: one JSON object per line, with the level's name and an ISO
 * time, on stdout unless another destination is given (tests capture it).
 */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** The app's logger; server.ts sets its level from LOG_LEVEL. */
export const logger = createLogger();

/** What went wrong, in one line, for a log field. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
