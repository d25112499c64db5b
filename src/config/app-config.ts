import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { EnvironmentVariables } from 'src/config/env.validation';
import { resolveJwtSecret } from 'src/config/jwt-secret';

/** Typed access to the validated configuration. */
@Injectable()
export class AppConfig {
  private secret?: string;
  private key?: KeyObject;
  private baseUrl?: string;

  constructor(private readonly config: ConfigService<EnvironmentVariables, true>) {}

  get<K extends keyof EnvironmentVariables>(key: K): EnvironmentVariables[K] {
    return this.config.get(key, { infer: true });
  }

  /** JWT_SECRET, or the secret generated and kept beside the SQLite data (see jwt-secret.ts). */
  get jwtSecret(): string {
    this.secret ??= resolveJwtSecret(this.get('JWT_SECRET'), this.get('DATABASE_URL'), (m) =>
      new Logger('Config').log(m),
    );
    return this.secret;
  }

  /**
   * The signing key as a KeyObject, made once. Given a string, jsonwebtoken first tries to parse
   * it as a PEM public key on every verify and throws; that cost a quarter of a balance read.
   */
  get jwtKey(): KeyObject {
    this.key ??= createSecretKey(Buffer.from(this.jwtSecret));
    return this.key;
  }

  /**
   * Where people reach the app, and what QR codes and links lead to: PUBLIC_BASE_URL, or when
   * unset this machine's address on its local network (so a phone on the same Wi-Fi can open a
   * demo's QR codes), or localhost on a machine without one.
   */
  get publicBaseUrl(): string {
    // Once per process: links are made on request paths, and the address does not change.
    this.baseUrl ??= (
      this.get('PUBLIC_BASE_URL') ??
      `http://${lanAddress(networkInterfaces()) ?? 'localhost'}:${this.get('PORT')}`
    ).replace(/\/+$/, '');
    return this.baseUrl;
  }
}

/**
 * This machine's first IPv4 address on a private network (10/8, 172.16/12, 192.168/16), where
 * phones on the same Wi-Fi reach it; undefined when it has none.
 */
export function lanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string | undefined {
  const candidates = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
  return candidates.find((a) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a));
}
