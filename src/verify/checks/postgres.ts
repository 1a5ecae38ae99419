import { call } from '../http.js';
import type { Check } from './check.js';

/** Nothing listens on port 1 of loopback: a connection there is refused at once. */
const UNREACHABLE = 'postgresql://verify@127.0.0.1:1/unreachable';

/** A PostgreSQL starter refuses to start without its database, and is ready with it. */
export const postgres: Check = {
  failsToStartWith: { env: { DATABASE_URL: UNREACHABLE }, seconds: 15 },
  async run({ base }) {
    const ready = await call(base, 'GET', '/ready');
    if (ready.status !== 200) throw new Error(`GET /ready against PostgreSQL: got ${ready.status} ${ready.text.slice(0, 200)}`);
    return 'GET /ready -> 200 against PostgreSQL; with the database unreachable the server would not start';
  },
};
