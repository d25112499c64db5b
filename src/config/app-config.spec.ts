import type { ConfigService } from '@nestjs/config';
import type { NetworkInterfaceInfo } from 'node:os';
import { AppConfig, lanAddress } from 'src/config/app-config';
import type { EnvironmentVariables } from 'src/config/env.validation';

const configWith = (env: Partial<EnvironmentVariables>) =>
  new AppConfig({
    get: (key: keyof EnvironmentVariables) => env[key],
  } as unknown as ConfigService<EnvironmentVariables, true>);

describe('AppConfig.publicBaseUrl', () => {
  it('follows PORT when PUBLIC_BASE_URL is unset', () => {
    expect(configWith({ PORT: 8080 }).publicBaseUrl).toMatch(/^http:\/\/[^/]+:8080$/);
  });

  it('is PUBLIC_BASE_URL when set, without a trailing slash', () => {
    const config = configWith({ PORT: 8080, PUBLIC_BASE_URL: 'http://192.168.1.20:8080/' });
    expect(config.publicBaseUrl).toBe('http://192.168.1.20:8080');
  });
});

describe('lanAddress', () => {
  const nic = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') =>
    ({ address, internal, family }) as NetworkInterfaceInfo;

  it("is the machine's private IPv4 address, not loopback, IPv6 or a public address", () => {
    expect(
      lanAddress({
        lo: [nic('127.0.0.1', true)],
        eth0: [nic('fe80::1', false, 'IPv6'), nic('203.0.113.7')],
        wlan0: [nic('192.168.1.20')],
      }),
    ).toBe('192.168.1.20');
    expect(lanAddress({ eth0: [nic('10.0.5.2')] })).toBe('10.0.5.2');
    expect(lanAddress({ eth0: [nic('172.20.0.3')] })).toBe('172.20.0.3');
    expect(lanAddress({ eth0: [nic('172.32.0.3')] })).toBeUndefined();
  });

  it('is undefined on a machine with loopback only', () => {
    expect(lanAddress({ lo: [nic('127.0.0.1', true)] })).toBeUndefined();
  });
});
