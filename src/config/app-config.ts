import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { DEV_JWT_SECRET, EnvironmentVariables } from 'src/config/env.validation';

/** Typed access to the validated configuration. */
@Injectable()
export class AppConfig {
  private static warned = false;
  private key?: KeyObject;

  constructor(private readonly config: ConfigService<EnvironmentVariables, true>) {}

  get<K extends keyof EnvironmentVariables>(key: K): EnvironmentVariables[K] {
    return this.config.get(key, { infer: true });
  }

  get jwtSecret(): string {
    const secret = this.get('JWT_SECRET');
    if (secret) return secret;
    if (!AppConfig.warned) {
      AppConfig.warned = true;
      new Logger('Config').warn('JWT_SECRET is not set: using an insecure development secret');
    }
    return DEV_JWT_SECRET;
  }

  /**
   * The signing key as a KeyObject, made once. Given a string, jsonwebtoken first tries to parse
   * it as a PEM public key on every verify and throws; that cost a quarter of a balance read.
   */
  get jwtKey(): KeyObject {
    this.key ??= createSecretKey(Buffer.from(this.jwtSecret));
    return this.key;
  }

  get publicBaseUrl(): string {
    return this.get('PUBLIC_BASE_URL').replace(/\/+$/, '');
  }
}
