import { ErrorCode } from 'src/common/errors/app-error';

const BY_STATUS: Record<number, ErrorCode> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * The code for a status raised by the framework (Nest or Fastify) rather than by our errors.
 * The answer then carries that code's own status (ERROR_STATUS), so a code always comes with the
 * one status the API document gives it: any other 4xx is a 400, any other 5xx a 500.
 */
export function codeForStatus(status: number): ErrorCode {
  if (BY_STATUS[status]) return BY_STATUS[status];
  return status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED';
}
