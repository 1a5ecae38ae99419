import { call } from '../http.js';
import type { Check } from './check.js';

/** GET / renders an HTML page on the server. */
export const pages: Check = {
  async run({ base }) {
    const { status, type, text } = await call(base, 'GET', '/');
    if (status !== 200 || !type.includes('text/html') || !/<html/i.test(text)) {
      throw new Error(`GET / should render an HTML page: got ${status} ${type} ${text.slice(0, 120)}`);
    }
    return 'GET / -> 200 server-rendered HTML';
  },
};
