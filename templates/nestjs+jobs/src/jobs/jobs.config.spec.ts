import { validateJobs } from './jobs.config.js';

describe('validateJobs', () => {
  it('defaults to a local Redis and to running the API and the worker', () => {
    expect(validateJobs({})).toEqual({
      REDIS_URL: 'redis://localhost:6379/0',
      ROLE: 'all',
    });
  });

  it('takes a rediss:// URL and each role', () => {
    const url = 'rediss://user:secret@redis.example.com:6380/1';
    for (const role of ['all', 'api', 'worker']) {
      expect(validateJobs({ REDIS_URL: url, ROLE: role })).toEqual({
        REDIS_URL: url,
        ROLE: role,
      });
    }
  });

  it.each([
    ['REDIS_URL', 'localhost:6379'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['ROLE', 'web'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => validateJobs({ [name]: value })).toThrow(name);
  });
});
