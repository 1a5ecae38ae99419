import type { Check } from './check.js';

/** Nothing listens on port 1 of loopback: a connection there is refused at once. */
const UNREACHABLE = 'postgresql://verify@127.0.0.1:1/unreachable';

/** A PostgreSQL starter refuses to start without its database (its readiness with it is the persistence check's). */
export const postgres: Check = {
  failsToStartWith: { env: { DATABASE_URL: UNREACHABLE }, seconds: 15 },
};
