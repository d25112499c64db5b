import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { EnvironmentVariables } from 'src/config/env.validation';
import { resolveJwtSecret } from 'src/config/jwt-secret';

/** Typed access to the validated configuration. */
@Injectable()
export class AppConfig {
  private secret?: string;
  private key?: KeyObject;

  constructor(private readonly config: ConfigService<EnvironmentVariables, true>) {}

  get<K extends keyof EnvironmentVariables>(key: K): EnvironmentVariables[K] {
    return this.config.get(key, { infer: true });
  }

  /** JWT_SECRET, or the secret generated and kept beside the SQLite data (see jwt-secret.ts). */
  get jwtSecret(): string {
    this.secret ??= resolveJwtSecret(this.get('JWT_SECRET'), this.get('DATABASE_URL'), (m) =>
      new Logger('Config').warn(m),
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

  /** Where people reach the app: PUBLIC_BASE_URL, or this machine's own port when unset. */
  get publicBaseUrl(): string {
    const url = this.get('PUBLIC_BASE_URL') ?? `http://localhost:${this.get('PORT')}`;
    return url.replace(/\/+$/, '');
  }
}
