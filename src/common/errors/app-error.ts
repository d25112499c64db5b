/** Stable error codes of DESIGN §5. */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'INSUFFICIENT_POINTS'
  | 'OUT_OF_STOCK'
  | 'LIMIT_EXCEEDED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL';

export interface FieldError {
  field: string;
  messages: string[];
}

/**
 * A domain error with an HTTP status and a stable code. Services throw these; the global
 * filter turns them into `{statusCode, code, message, requestId, details?}`.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[] | Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends AppError {
  constructor(details: FieldError[], message = 'Request validation failed') {
    super(400, 'VALIDATION_FAILED', message, details);
  }

  static field(field: string, message: string): ValidationFailedError {
    return new ValidationFailedError([{ field, messages: [message] }], message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Authentication required') {
    super(401, 'UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not perform this action') {
    super(403, 'FORBIDDEN', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, 'NOT_FOUND', `${what} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(409, 'CONFLICT', message);
  }
}

export class InvalidStateError extends AppError {
  constructor(message: string) {
    super(409, 'INVALID_STATE', message);
  }
}

export class RateLimitedError extends AppError {
  constructor(message = 'Too many requests, try again later') {
    super(429, 'RATE_LIMITED', message);
  }
}
