import type { LevelWithSilent } from 'pino';

/** The server's settings, read from the environment once at start. */
export interface Settings {
  host: string;
  port: number;
  /** The largest request message; a larger one fails with RESOURCE_EXHAUSTED. */
  maxBodyBytes: number;
  /** How long the server keeps serving after SIGTERM, reporting NOT_SERVING. */
  shutdownDrainSeconds: number;
  /** Registers server reflection: for development, off by default. */
  grpcReflection: boolean;
  /** The least severe log lines written: info (one per call) by default. */
  logLevel: LevelWithSilent;
}

/** Reads the settings; a bad value throws an Error that names the variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return {
    host: env.HOST ?? '0.0.0.0',
    port: wholeNumber(env, 'PORT', { fallback: 50051, max: 65_535 }),
    maxBodyBytes: wholeNumber(env, 'MAX_BODY_BYTES', {
      fallback: 1_048_576,
      min: 1,
      // gRPC's length prefix is a 32-bit integer.
      max: 2 ** 31 - 1,
    }),
    shutdownDrainSeconds: wholeNumber(env, 'SHUTDOWN_DRAIN_SECONDS', {
      fallback: 5,
      max: 3600,
    }),
    grpcReflection: flag(env, 'GRPC_REFLECTION'),
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

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = env[name];
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new Error(`${name} must be true or false, not "${value}"`);
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
