import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { refineDocument, type Json } from 'src/openapi/refine-document';
import { applyValidationConstraints } from 'src/openapi/validation-constraints';

const DESCRIPTION = `Micro-wishes, service hours, points ledger and points store for residential communities.

Errors always have the shape \`{statusCode, code, message, requestId, details?}\`; each
operation lists, per status, the codes it can answer. \`message\` is English for developers:
show people a text chosen by \`code\` (and \`details[].field\`). Lists are keyset paginated:
\`?limit=&cursor=\` → \`{items, nextCursor}\`.`;

/** `WishesController.claim` → `wishesClaim`: unique, and a readable method name in clients. */
export function operationId(controller: string, method: string): string {
  const feature = controller.replace(/Controller$/, '');
  return feature[0].toLowerCase() + feature.slice(1) + method[0].toUpperCase() + method.slice(1);
}

/** The API's OpenAPI 3.1 document, as served at /docs-json and committed as openapi.json. */
export function buildOpenApiDocument(app: INestApplication): Json {
  const config = new DocumentBuilder()
    .setTitle('Volunteer points & rewards API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .build();
  const generated = SwaggerModule.createDocument(app, config, {
    operationIdFactory: operationId,
  });
  applyValidationConstraints(generated.components?.schemas ?? {});
  return refineDocument(generated as unknown as Json);
}
