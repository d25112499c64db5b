import { ERROR_CODES, ERROR_STATUS, type ErrorCode } from 'src/common/errors/app-error';

/** What the route decorators tell about an operation (see CONTRACT). */
export interface OperationFacts {
  method: string;
  isPublic: boolean;
  throttled: boolean;
  hasRoles: boolean;
  hasPathParams: boolean;
  hasQuery: boolean;
  declared: ErrorCode[];
}

export const MUTATING_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Every code an operation can answer: those every route of its kind can give, plus the domain
 * codes it declares with @ApiErrors. The rules follow the request pipeline:
 * - any route: 500 INTERNAL, and 503 SERVICE_UNAVAILABLE when the database does not answer;
 * - signed-in routes: 401 (no, expired or revoked token, disabled account);
 * - @Roles routes: 403;
 * - path ids, query strings and bodies are validated: 400, and an unknown path id is 404;
 * - @Throttled routes: 429 past the per-IP budget;
 * - mutating routes parse a body (400 bad JSON, 413 too large, 415 not JSON) and honour
 *   Idempotency-Key (400 malformed key, 409 same key still in flight, 422 key reused).
 */
export function errorCodesFor(op: OperationFacts): Set<ErrorCode> {
  const codes = new Set<ErrorCode>(['INTERNAL', 'SERVICE_UNAVAILABLE', ...op.declared]);
  const mutating = MUTATING_METHODS.has(op.method);
  if (!op.isPublic) codes.add('UNAUTHENTICATED');
  if (op.hasRoles) codes.add('FORBIDDEN');
  if (op.hasPathParams || op.hasQuery || mutating) codes.add('VALIDATION_FAILED');
  if (op.hasPathParams) codes.add('NOT_FOUND');
  if (op.throttled) codes.add('RATE_LIMITED');
  if (mutating) {
    for (const code of [
      'CONFLICT',
      'PAYLOAD_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
      'IDEMPOTENCY_KEY_REUSED',
    ] as const)
      codes.add(code);
  }
  return codes;
}

/** The codes grouped by the status they are answered with, statuses ascending. */
export function byStatus(codes: Set<ErrorCode>): Map<number, ErrorCode[]> {
  const groups = new Map<number, ErrorCode[]>();
  for (const code of ERROR_CODES) {
    if (!codes.has(code)) continue;
    const status = ERROR_STATUS[code];
    groups.set(status, [...(groups.get(status) ?? []), code]);
  }
  return new Map([...groups].sort(([a], [b]) => a - b));
}

const DESCRIPTIONS: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'the request is malformed: `details` names each field and what is wrong',
  UNAUTHENTICATED: 'no valid access token (missing, expired, revoked) or wrong credentials',
  FORBIDDEN: 'your roles, or your part in this object, do not allow this',
  NOT_FOUND: 'no such object in your community',
  CONFLICT: 'the object exists already, or the same Idempotency-Key is still in flight',
  INVALID_STATE: 'the object is not in a state that allows this',
  INSUFFICIENT_POINTS: 'the balance does not cover the price',
  OUT_OF_STOCK: 'not enough stock or places left',
  LIMIT_EXCEEDED: 'a cap or per-member limit would be passed',
  PAYLOAD_TOO_LARGE: 'the body is over 1 MiB',
  UNSUPPORTED_MEDIA_TYPE: 'the body is not application/json',
  IDEMPOTENCY_KEY_REUSED: 'this Idempotency-Key was used for a different request',
  RATE_LIMITED: 'too many requests or wrong codes; try again later',
  INTERNAL: 'an unexpected error (logged with the request id)',
  SERVICE_UNAVAILABLE: 'the database does not answer; try again shortly',
};

/** The response object for one error status of an operation. */
export function errorResponse(status: number, codes: ErrorCode[]): Record<string, unknown> {
  return {
    description: codes.map((c) => `${c}: ${DESCRIPTIONS[c]}`).join('; '),
    content: {
      'application/json': {
        schema: {
          allOf: [{ $ref: '#/components/schemas/ErrorBody' }],
          properties: { statusCode: { const: status }, code: { enum: codes } },
        },
      },
    },
  };
}

/** DESIGN §5's error shape; `details` only on VALIDATION_FAILED (and some LIMIT_EXCEEDED). */
export const ERROR_SCHEMAS = {
  FieldError: {
    type: 'object',
    additionalProperties: false,
    required: ['field', 'messages'],
    properties: {
      field: { type: 'string', description: 'The request field, e.g. `contactPhone`' },
      messages: { type: 'array', minItems: 1, items: { type: 'string' } },
    },
  },
  ErrorBody: {
    type: 'object',
    additionalProperties: false,
    required: ['statusCode', 'code', 'message', 'requestId'],
    properties: {
      statusCode: { type: 'integer', minimum: 400, maximum: 599 },
      code: { type: 'string', enum: ERROR_CODES },
      message: {
        type: 'string',
        description: 'For developers, in English; show people a text chosen by `code`',
      },
      requestId: { type: 'string', description: 'Also sent as the X-Request-Id header' },
      details: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } },
    },
  },
};
