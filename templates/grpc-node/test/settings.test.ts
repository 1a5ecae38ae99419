import { describe, expect, it } from 'vitest';

import { loadSettings } from '../src/settings.js';

describe('loadSettings', () => {
  it('has defaults for everything', () => {
    expect(loadSettings({})).toEqual({
      host: '0.0.0.0',
      port: 50051,
      maxBodyBytes: 1_048_576,
      shutdownDrainSeconds: 5,
      grpcReflection: false,
      logLevel: 'info',
    });
  });

  it('reads the environment', () => {
    const settings = loadSettings({
      HOST: '127.0.0.1',
      PORT: '9000',
      MAX_BODY_BYTES: '2048',
      SHUTDOWN_DRAIN_SECONDS: '0',
      GRPC_REFLECTION: 'true',
      LOG_LEVEL: 'warn',
    });
    expect(settings).toEqual({
      host: '127.0.0.1',
      port: 9000,
      maxBodyBytes: 2048,
      shutdownDrainSeconds: 0,
      grpcReflection: true,
      logLevel: 'warn',
    });
  });

  it.each([
    ['MAX_BODY_BYTES', '1MB', /MAX_BODY_BYTES must be a whole number/],
    ['MAX_BODY_BYTES', '0', /from 1 to 2147483647/],
    ['SHUTDOWN_DRAIN_SECONDS', '-1', /from 0 to 3600/],
    ['PORT', '70000', /PORT must be a whole number from 0 to 65535/],
    ['GRPC_REFLECTION', 'yes', /GRPC_REFLECTION must be true or false/],
    ['LOG_LEVEL', 'verbose', /LOG_LEVEL must be one of fatal, error, warn/],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => loadSettings({ [name]: value })).toThrow(message);
  });
});
