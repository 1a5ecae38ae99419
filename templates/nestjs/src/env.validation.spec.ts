import { validate } from './env.validation.js';

describe('validate', () => {
  it('has defaults for every setting', () => {
    expect(validate({})).toEqual({
      HOST: '0.0.0.0',
      PORT: 3000,
      MAX_BODY_BYTES: 1_048_576,
      SHUTDOWN_DRAIN_SECONDS: 5,
      CORS_ORIGINS: [],
    });
  });

  it('reads the environment and passes the other variables through', () => {
    const config = validate({
      MAX_BODY_BYTES: '2048',
      SHUTDOWN_DRAIN_SECONDS: '0',
      CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
      DATABASE_URL: 'sqlite:///data/app.db',
    });
    expect(config).toMatchObject({
      MAX_BODY_BYTES: 2048,
      SHUTDOWN_DRAIN_SECONDS: 0,
      CORS_ORIGINS: ['https://app.example.com', 'http://localhost:5173'],
      DATABASE_URL: 'sqlite:///data/app.db',
    });
  });

  it.each([
    ['MAX_BODY_BYTES', '1MB', /MAX_BODY_BYTES must be a whole number/],
    ['MAX_BODY_BYTES', '0', /at least 1/],
    ['SHUTDOWN_DRAIN_SECONDS', '-1', /from 0 to 3600/],
    ['PORT', '70000', /PORT must be a whole number from 0 to 65535/],
    ['CORS_ORIGINS', 'https://app.example.com/', /CORS_ORIGINS must list/],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => validate({ [name]: value })).toThrow(message);
  });
});
