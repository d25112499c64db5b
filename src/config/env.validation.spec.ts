import { validateEnv } from 'src/config/env.validation';

describe('validateEnv', () => {
  it('applies the documented defaults', () => {
    const env = validateEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATABASE_URL: 'sqlite:./data/volunteer-points.sqlite',
      RATE_LIMIT_PER_MINUTE: 60,
      DOCS_ENABLED: true,
      SEED_DEMO: false,
      NODE_ENV: 'development',
    });
    expect(env.JWT_SECRET).toBeUndefined();
  });

  it('converts strings from the environment', () => {
    const env = validateEnv({
      PORT: '8080',
      SEED_DEMO: 'true',
      DOCS_ENABLED: 'false',
      RATE_LIMIT_PER_MINUTE: '5',
    });
    expect(env).toMatchObject({
      PORT: 8080,
      SEED_DEMO: true,
      DOCS_ENABLED: false,
      RATE_LIMIT_PER_MINUTE: 5,
    });
  });

  it('requires a long JWT_SECRET in production', () => {
    expect(() => validateEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => validateEnv({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET/,
    );
    const random = 'kQ7vZ2mX9pL4rT8wB1nC6yH3dF5gJ0sA';
    expect(validateEnv({ NODE_ENV: 'production', JWT_SECRET: random }).JWT_SECRET).toBe(random);
  });

  it.each([
    'x'.repeat(40),
    'dev-only-insecure-jwt-secret-change-me',
    'test-secret-test-secret-test-secret-0123',
    'abababababababababababababababababab',
  ])('refuses the weak secret %p in production, and only there', (weak) => {
    expect(() => validateEnv({ NODE_ENV: 'production', JWT_SECRET: weak })).toThrow(/JWT_SECRET/);
    expect(validateEnv({ NODE_ENV: 'development', JWT_SECRET: weak }).JWT_SECRET).toBe(weak);
  });

  it('requires ADMIN_PASSWORD with ADMIN_PHONE', () => {
    expect(() => validateEnv({ ADMIN_PHONE: '13800000000' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('names every bad variable in one message', () => {
    expect(() => validateEnv({ PORT: '70000', DATABASE_URL: 'redis://x' })).toThrow(
      /Invalid configuration: .*PORT.*DATABASE_URL|DATABASE_URL.*PORT/,
    );
  });

  it('requires JWT_SECRET with MySQL, where every instance must sign alike', () => {
    expect(() => validateEnv({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/test' })).toThrow(
      /JWT_SECRET is required/,
    );
  });

  it('accepts mysql and sqlite URLs', () => {
    expect(
      validateEnv({
        DATABASE_URL: 'mysql://root@127.0.0.1:3306/test',
        JWT_SECRET: 'kQ7vZ2mX9pL4rT8wB1nC6yH3dF5gJ0sA',
      }).DATABASE_URL,
    ).toContain('mysql');
    expect(validateEnv({ DATABASE_URL: 'sqlite::memory:' }).DATABASE_URL).toBe('sqlite::memory:');
  });
});
