type Environment = Record<string, string | undefined>;

/**
 * The server's settings as ConfigService hands them out, typed:
 * `config.get('PORT', { infer: true })` is a number.
 */
export interface EnvironmentVariables {
  HOST: string;
  PORT: number;
  /** The largest request body; a larger one is refused with 413. */
  MAX_BODY_BYTES: number;
  /** How long the server keeps answering after SIGTERM before it stops accepting. */
  SHUTDOWN_DRAIN_SECONDS: number;
  /** Browser origins allowed to call the API (CORS); none by default. */
  CORS_ORIGINS: string[];
}

/**
 * ConfigModule.forRoot({ validate }) runs this once at start on the
 * environment and .env: a bad value throws an Error that names the variable,
 * and the app does not start. The other variables pass through unchanged, so
 * that those set in .env still reach ConfigService and process.env.
 */
export function validate(env: Environment): EnvironmentVariables {
  return {
    ...env,
    HOST: env.HOST ?? '0.0.0.0',
    PORT: wholeNumber(env, 'PORT', { fallback: 3000, max: 65_535 }),
    MAX_BODY_BYTES: wholeNumber(env, 'MAX_BODY_BYTES', {
      fallback: 1_048_576,
      min: 1,
    }),
    SHUTDOWN_DRAIN_SECONDS: wholeNumber(env, 'SHUTDOWN_DRAIN_SECONDS', {
      fallback: 5,
      max: 3600,
    }),
    CORS_ORIGINS: origins(env, 'CORS_ORIGINS'),
  };
}

interface WholeNumberRule {
  fallback: number;
  min?: number;
  max?: number;
}

function wholeNumber(
  env: Environment,
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
function origins(env: Environment, name: string): string[] {
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
