import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  Validate,
  ValidateIf,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  validateSync,
} from 'class-validator';
import { weakSecretReason } from 'src/config/jwt-secret';

const toBool = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no', ''].includes(v)) return false;
  return value;
};
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;

/** Why JWT_SECRET will not do for this environment, or null. */
function secretProblem(env: EnvironmentVariables): string | null {
  const secret = env.JWT_SECRET;
  if (secret === undefined) {
    return env.NODE_ENV === 'production' || env.DATABASE_URL.startsWith('mysql://')
      ? 'JWT_SECRET is required in production and with a MySQL database (every instance must sign with the same secret)'
      : null; // generated and kept beside the SQLite data (jwt-secret.ts)
  }
  if (typeof secret !== 'string' || secret.length < 32)
    return 'JWT_SECRET must be at least 32 characters';
  return env.NODE_ENV === 'production' ? weakSecretReason(secret) : null;
}

@ValidatorConstraint({ name: 'jwtSecret' })
class SecretRules implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    return secretProblem(args.object as EnvironmentVariables) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return secretProblem(args.object as EnvironmentVariables) ?? 'JWT_SECRET is not usable';
  }
}

@ValidatorConstraint({ name: 'jsonObjectOfStrings' })
class JsonObjectOfStrings implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    try {
      const parsed: unknown = JSON.parse(String(value));
      return (
        typeof parsed === 'object' &&
        parsed !== null &&
        !Array.isArray(parsed) &&
        Object.values(parsed).every((v) => typeof v === 'string')
      );
    } catch {
      return false;
    }
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a JSON object of strings, e.g. {"wish.completed":"SMS_123"}`;
  }
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/volunteer-points.sqlite';

/** The environment variables of DESIGN §3, typed and validated at boot. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @Matches(/^(sqlite:.+|mysql:\/\/.+)$/, {
    message:
      'DATABASE_URL must look like sqlite:./path/file.sqlite or mysql://user:pass@host:3306/db',
  })
  DATABASE_URL = DEFAULT_DATABASE_URL;

  @Validate(SecretRules)
  JWT_SECRET?: string;

  /** Unset: http://localhost:PORT (see AppConfig.publicBaseUrl). */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL?: string;

  @IsOptional()
  @Matches(/^\+?\d{6,15}$/, { message: 'ADMIN_PHONE must be a phone number (digits, optional +)' })
  ADMIN_PHONE?: string;

  @ValidateIf((env: EnvironmentVariables) => env.ADMIN_PHONE !== undefined)
  @IsString({ message: 'ADMIN_PASSWORD is required when ADMIN_PHONE is set' })
  @MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters' })
  ADMIN_PASSWORD?: string;

  @Transform(toBool)
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO = false;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  RATE_LIMIT_PER_MINUTE = 60;

  /**
   * Redis shared by every instance (`redis://host:6379`): per-IP rate limits are counted there.
   * Unset: counted in each instance's memory, which is right for one instance.
   */
  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['redis', 'rediss'] },
    { message: 'REDIS_URL must be a redis:// or rediss:// URL' },
  )
  REDIS_URL?: string;

  /**
   * The load balancers in front of the instances (comma-separated IPs or CIDR ranges), whose
   * `X-Forwarded-For` gives the client's address for rate limits and logs. Empty: none.
   */
  @IsOptional()
  @Matches(/^\s*[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*\s*$/, {
    message: 'TRUST_PROXY must be comma-separated IP addresses or CIDR ranges',
  })
  TRUST_PROXY?: string;

  @Transform(toBool)
  @IsBoolean({ message: 'DOCS_ENABLED must be true or false' })
  DOCS_ENABLED = true;

  /** Comma-separated list of allowed origins, or `*`. Empty disables CORS. */
  @IsString()
  CORS_ORIGINS = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Days after a QR or proxy wish closes (rated, cancelled or rejected; its follow-up done) that
   * its contact name, phone and address are erased. The wish, its rating and points stay.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  RETENTION_QR_CONTACT_DAYS = 90;

  /** How often this instance dispatches notifications; 0: it never does (another one will). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60000)
  NOTIFY_INTERVAL_MS = 1000;

  /** Tries of a webhook call or SMS before it is dead-lettered. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  NOTIFY_MAX_ATTEMPTS = 8;

  /** How often open live streams look for new notifications. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(10000)
  LIVE_POLL_MS = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60000)
  WEBHOOK_TIMEOUT_MS = 5000;

  /** Let webhooks reach loopback and private addresses (tests, or an in-house receiver). */
  @Transform(toBool)
  @IsBoolean({ message: 'WEBHOOK_ALLOW_PRIVATE must be true or false' })
  WEBHOOK_ALLOW_PRIVATE = false;

  /** An HTTP SMS gateway (see README, "SMS"); unset: no SMS is sent. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  SMS_GATEWAY_URL?: string;

  /** The value of the gateway's auth header, e.g. `Bearer abc` or an API key. */
  @IsOptional()
  @IsString()
  SMS_GATEWAY_AUTH?: string;

  @IsString()
  @Matches(/^[A-Za-z0-9-]{1,64}$/, { message: 'SMS_GATEWAY_AUTH_HEADER must be a header name' })
  SMS_GATEWAY_AUTH_HEADER = 'Authorization';

  /** JSON object: notification kind → the provider's template id (`{"wish.completed":"SMS_1"}`). */
  @IsString()
  @Validate(JsonObjectOfStrings)
  SMS_TEMPLATES = '{}';
}

export class ConfigValidationError extends Error {}

/**
 * Validates `process.env`-like input. Throws one error whose message names every bad variable,
 * e.g. `Invalid configuration: PORT must not be greater than 65535`.
 */
export function validateEnv(raw: Record<string, unknown>): EnvironmentVariables {
  const input = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''),
  );
  const env = plainToInstance(EnvironmentVariables, input, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const messages = Object.values(e.constraints ?? {});
      const text =
        messages.find((m) => m.includes(e.property)) ?? `${e.property}: ${messages.join(', ')}`;
      return text;
    });
    throw new ConfigValidationError(`Invalid configuration: ${lines.join('; ')}`);
  }
  return env;
}
