type Environment = Record<string, string | undefined>;

export const roles = ['all', 'api', 'worker'] as const;

/** What one process runs: the HTTP API, the jobs worker or both. */
export type Role = (typeof roles)[number];

/** The jobs settings as ConfigService hands them out. */
export interface JobsEnvironment {
  /** The Redis server holding the queue and the jobs' states. */
  REDIS_URL: string;
  ROLE: Role;
}

/**
 * Checks the jobs settings with the others at start (AppModule's validate):
 * a bad value stops the server with one line naming the variable.
 */
export function validateJobs(env: Environment): JobsEnvironment {
  const url = orDefault(env.REDIS_URL, 'redis://localhost:6379/0');
  if (!URL.canParse(url) || !/^rediss?:$/.test(new URL(url).protocol)) {
    throw new Error(
      'REDIS_URL must be a Redis URL such as redis://localhost:6379/0 (rediss:// for TLS)',
    );
  }
  const role = orDefault(env.ROLE, 'all');
  if (!roles.includes(role as Role)) {
    throw new Error(`ROLE must be one of ${roles.join(', ')}, not "${role}"`);
  }
  return { REDIS_URL: url, ROLE: role as Role };
}

function orDefault(value: string | undefined, fallback: string): string {
  return value === undefined || value === '' ? fallback : value;
}
