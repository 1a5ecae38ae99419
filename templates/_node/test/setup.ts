import { logger } from '../src/logger.js';

// The app's log lines would mix with the test report; tests that look at
// them give the app a logger of their own (helpers/logs.ts).
logger.level = 'silent';
