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

  @Transform(toBool)
  @IsBoolean({ message: 'DOCS_ENABLED must be true or false' })
  DOCS_ENABLED = true;

  /** Comma-separated list of allowed origins, or `*`. Empty disables CORS. */
  @IsString()
  CORS_ORIGINS = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';
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
