import type { Logger } from 'pino';

import { createLogger } from '../../src/logger.js';

export interface CapturedLogs {
  /** The app's logger, as configured in src/logger.ts, writing to memory. */
  logger: Logger;
  /** What it wrote: each write must be one JSON object and a newline. */
  lines(): Record<string, unknown>[];
}

export function captureLogs(): CapturedLogs {
  const writes: string[] = [];
  return {
    logger: createLogger({ write: (text) => writes.push(text) }),
    lines: () =>
      writes.map((text) => {
        if (!/^[^\n]+\n$/.test(text)) {
          throw new Error(`not one line: ${JSON.stringify(text)}`);
        }
        return JSON.parse(text) as Record<string, unknown>;
      }),
  };
}
