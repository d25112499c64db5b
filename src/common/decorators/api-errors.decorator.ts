import { ApiExtension } from '@nestjs/swagger';
import type { ErrorCode } from 'src/common/errors/app-error';

/** Where route decorators leave what the OpenAPI document derives its answers from. */
export const CONTRACT = {
  errors: 'x-error-codes',
  public: 'x-public',
  throttled: 'x-throttled',
  roles: 'x-roles',
} as const;

/**
 * The domain error codes a route can answer beyond those every route of its kind can (see
 * src/openapi/error-responses.ts): the document lists each under its status. One per route.
 */
export const ApiErrors = (...codes: ErrorCode[]) => ApiExtension(CONTRACT.errors, codes);
