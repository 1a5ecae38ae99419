import type { LevelWithSilent } from 'pino';

/** The server's settings, read from the environment once at start. */
export interface Settings {
  host: string;
  port: number;
  /** The largest request body; a larger one is refused with 413. */
  maxBodyBytes: number;
  /** How long the server keeps answering after SIGTERM before it stops accepting. */
  shutdownDrainSeconds: number;
  /** Browser origins allowed to call the API (CORS); none by default. */
  corsOrigins: string[];
  /** The least severe log lines written: info (one per request) by default. */
  logLevel: LevelWithSilent;
}

/** Reads the settings; a bad value throws an Error that names the variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return {
    host: env.HOST ?? '0.0.0.0',
    port: wholeNumber(env, 'PORT', { fallback: 3000, max: 65_535 }),
    maxBodyBytes: wholeNumber(env, 'MAX_BODY_BYTES', {
      fallback: 1_048_576,
      min: 1,
    }),
    shutdownDrainSeconds: wholeNumber(env, 'SHUTDOWN_DRAIN_SECONDS', {
      fallback: 5,
      max: 3600,
    }),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    logLevel: logLevel(env, 'LOG_LEVEL'),
  };
}

const logLevels: readonly LevelWithSilent[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

function logLevel(env: NodeJS.ProcessEnv, name: string): LevelWithSilent {
  const value = env[name];
  if (value === undefined || value === '') return 'info';
  const level = logLevels.find((known) => known === value);
  if (!level) {
    throw new Error(
      `${name} must be one of ${logLevels.join(', ')}, not "${value}"`,
    );
  }
  return level;
}

interface WholeNumberRule {
  fallback: number;
  min?: number;
  max?: number;
}

function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  { fallback, min = 0, max = Number.MAX_SAFE_INTEGER }: WholeNumberRule,
): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER
        ? `of at least ${String(min)}`
        : `from ${String(min)} to ${String(max)}`;
    throw new Error(`${name} must be a whole number ${range}, not "${value}"`);
  }
  return number;
}

/** A comma-separated list of origins such as https://app.example.com. */
function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const list = (env[name] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of list) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new Error(
        `${name} must list origins such as https://app.example.com (scheme, host and port only), not "${origin}"`,
      );
    }
  }
  return list;
}
