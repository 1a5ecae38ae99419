import { describe, expect, it } from 'vitest';

import { loadSettings } from '../src/settings.js';

describe('loadSettings', () => {
  it('has defaults for everything', () => {
    expect(loadSettings({})).toEqual({
      host: '0.0.0.0',
      port: 3000,
      maxBodyBytes: 1_048_576,
      shutdownDrainSeconds: 5,
      corsOrigins: [],
      logLevel: 'info',
    });
  });

  it('reads the environment', () => {
    const settings = loadSettings({
      MAX_BODY_BYTES: '2048',
      SHUTDOWN_DRAIN_SECONDS: '0',
      CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
      LOG_LEVEL: 'warn',
    });
    expect(settings.maxBodyBytes).toBe(2048);
    expect(settings.shutdownDrainSeconds).toBe(0);
    expect(settings.corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    expect(settings.logLevel).toBe('warn');
  });

  it.each([
    ['MAX_BODY_BYTES', '1MB', /MAX_BODY_BYTES must be a whole number/],
    ['MAX_BODY_BYTES', '0', /at least 1/],
    ['SHUTDOWN_DRAIN_SECONDS', '-1', /from 0 to 3600/],
    ['PORT', '70000', /PORT must be a whole number from 0 to 65535/],
    ['CORS_ORIGINS', 'https://app.example.com/', /CORS_ORIGINS must list/],
    ['LOG_LEVEL', 'verbose', /LOG_LEVEL must be one of fatal, error, warn/],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => loadSettings({ [name]: value })).toThrow(message);
  });
});
