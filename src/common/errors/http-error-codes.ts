import { ErrorCode } from 'src/common/errors/app-error';

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'VALIDATION_FAILED',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** The code for an HTTP status that carries no domain code of its own. */
export function codeForStatus(status: number): ErrorCode {
  if (BY_STATUS[status]) return BY_STATUS[status];
  return status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED';
}
