import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppModule } from 'src/app.module';
import { AppConfig } from 'src/config/app-config';
import { PAGE_ROUTES } from 'src/pages/pages.controller';

export const API_PREFIX = 'api/v1';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Uses a caller's X-Request-Id when it is sane, otherwise a fresh UUID. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

/** Builds the configured application; main.ts listens, tests use it through supertest. */
export async function createApp(
  options: { logger?: boolean } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    genReqId: requestId,
    trustProxy: false,
    bodyLimit: 1_048_576,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(), adapter, {
    bufferLogs: options.logger !== false,
    abortOnError: false,
    ...(options.logger === false ? { logger: false as const } : {}),
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  const config = app.get(AppConfig);

  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      void reply.header('x-request-id', request.id);
      done();
    });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });

  const origins = config.get('CORS_ORIGINS').trim();
  if (origins) {
    app.enableCors({
      origin: origins === '*' ? true : origins.split(',').map((o) => o.trim()),
      exposedHeaders: ['x-request-id'],
    });
  }

  app.setGlobalPrefix(API_PREFIX, {
    exclude: ['health', 'health/ready', ...PAGE_ROUTES, 'assets/:file'],
  });

  if (config.get('DOCS_ENABLED')) {
    const doc = new DocumentBuilder()
      .setTitle('Volunteer points & rewards API')
      .setDescription(
        'Micro-wishes, service hours, points ledger and points store for residential communities. ' +
          'Errors always have the shape {statusCode, code, message, requestId, details?}.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build();
    const document = SwaggerModule.createDocument(app, doc);
    SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  }

  app.enableShutdownHooks();
  return app;
}
