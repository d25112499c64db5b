import type { ConfigService } from '@nestjs/config';
import { AppConfig } from 'src/config/app-config';
import type { EnvironmentVariables } from 'src/config/env.validation';

const configWith = (env: Partial<EnvironmentVariables>) =>
  new AppConfig({
    get: (key: keyof EnvironmentVariables) => env[key],
  } as unknown as ConfigService<EnvironmentVariables, true>);

describe('AppConfig.publicBaseUrl', () => {
  it('follows PORT when PUBLIC_BASE_URL is unset', () => {
    expect(configWith({ PORT: 8080 }).publicBaseUrl).toBe('http://localhost:8080');
  });

  it('is PUBLIC_BASE_URL when set, without a trailing slash', () => {
    const config = configWith({ PORT: 8080, PUBLIC_BASE_URL: 'http://192.168.1.20:8080/' });
    expect(config.publicBaseUrl).toBe('http://192.168.1.20:8080');
  });
});
