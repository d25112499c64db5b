import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class ErrorResponse {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty({ example: 'CONFLICT' }) code: string;
  @ApiProperty() message: string;
  @ApiProperty({ description: 'Also sent as the x-request-id header' }) requestId: string;
  @ApiPropertyOptional({
    description: 'Per-field messages for VALIDATION_FAILED',
    example: [{ field: 'phone', messages: ['phone must be an 11-digit mainland mobile number'] }],
  })
  details?: unknown;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'VALIDATION_FAILED: the request is malformed; see details',
  401: 'UNAUTHENTICATED: missing, expired or invalid credentials',
  403: 'FORBIDDEN: your roles do not allow this',
  404: 'NOT_FOUND: no such object in your community',
  409: 'CONFLICT or INVALID_STATE',
  422: 'IDEMPOTENCY_KEY_REUSED',
  429: 'RATE_LIMITED',
};

/** Documents the error responses a route can give, all in the shape of `ErrorResponse`. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Error', type: ErrorResponse }),
    ),
  );
