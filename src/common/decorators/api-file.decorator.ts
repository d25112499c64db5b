import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

const QR_MEDIA = ['image/png', 'image/svg+xml'] as const;

/**
 * A 200 whose body is a file (a QR image, a CSV) rather than JSON, or either by `?format=`:
 * each media type is listed with its own schema, so a client knows what it will get.
 */
export function ApiFileResponse(
  description: string,
  media: readonly string[],
  json?: Type<unknown>,
): MethodDecorator {
  const content: Record<string, { schema: Record<string, unknown> }> = {};
  if (json) content['application/json'] = { schema: { $ref: getSchemaPath(json) } };
  for (const type of media) {
    content[type] = {
      schema:
        type.startsWith('image/') || type === 'application/pdf'
          ? { type: 'string', format: 'binary' }
          : { type: 'string' },
    };
  }
  return applyDecorators(
    ...(json ? [ApiExtraModels(json)] : []),
    ApiOkResponse({ description, content }),
  );
}

/** JSON by default, a PNG or SVG QR code with ?format=png|svg. */
export const ApiQrResponse = (description: string, json?: Type<unknown>) =>
  ApiFileResponse(description, QR_MEDIA, json);
