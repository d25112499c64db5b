import { VERIFY_ROUTES } from 'src/certificates/public-certificates.controller';
import { isIP } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { LogController } from 'fastify';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppModule } from 'src/app.module';
import { createRootLogger, PinoNestLogger } from 'src/common/logging/pino-nest-logger';
import { registerJsonParser } from 'src/common/validation/json-body';
import { AppConfig } from 'src/config/app-config';
import { buildOpenApiDocument } from 'src/openapi/openapi';
import { CONSOLE_ROUTES, PAGE_ROUTES } from 'src/pages/pages.controller';

export const API_PREFIX = 'api/v1';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Uses a caller's X-Request-Id when it is sane, otherwise a fresh UUID. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

/**
 * The load balancers whose `X-Forwarded-For` is believed: comma-separated addresses or CIDR
 * ranges (validated with the rest of the environment). None by default, so a client cannot
 * choose the address its rate limit is counted under.
 */
export function trustedProxies(value: string | undefined): string[] | false {
  const list = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of list) {
    const [address, bits, extra] = entry.split('/');
    if (!isIP(address) || extra !== undefined || (bits !== undefined && !/^\d{1,3}$/.test(bits)))
      throw new Error(`TRUST_PROXY: "${entry}" is not an IP address or CIDR range`);
  }
  return list.length ? list : false;
}

/** Builds the configured application; main.ts listens, tests use it through supertest. */
export async function createApp(
  options: { logger?: boolean } = {},
): Promise<NestFastifyApplication> {
  const logger = createRootLogger(options.logger !== false);
  // Fastify logs through pino itself: no Express-style middleware and no async context per
  // request (pino-http behind middie cost a tenth of a balance read).
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestId,
    // Behind a load balancer, the client's address is the one it forwards (TRUST_PROXY).
    trustProxy: trustedProxies(process.env.TRUST_PROXY),
    bodyLimit: 1_048_576,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(), adapter, {
    bufferLogs: options.logger !== false,
    abortOnError: false,
    // JSON only, through our parser (registerJsonParser): shape-checked before validation.
    bodyParser: false,
    ...(options.logger === false ? { logger: false as const } : {}),
  });
  if (options.logger !== false) app.useLogger(new PinoNestLogger(logger));
  const config = app.get(AppConfig);
  if (options.logger !== false) logger.level = config.get('LOG_LEVEL');
  registerJsonParser(app.getHttpAdapter().getInstance());

  // Helmet's middleware is built once here; the Fastify plugin rebuilt it (and re-parsed the
  // CSP) on every request, which was 6 % of a balance read.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        // The camera QR reader (qr-scanner) starts its decoder as a worker from a blob.
        workerSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      void reply.header('x-request-id', request.id);
      securityHeaders(request.raw, reply.raw, (err) => done(err as Error | undefined));
    })
    .addHook('onResponse', (request, reply, done) => {
      // One line per request, bound to its id; the check keeps it free when info is off.
      if (logger.isLevelEnabled('info')) {
        request.log.info(
          {
            req: { method: request.method, url: request.url },
            res: { statusCode: reply.statusCode },
            responseTime: Math.round(reply.elapsedTime),
          },
          'request completed',
        );
      }
      done();
    });

  const origins = config.get('CORS_ORIGINS').trim();
  if (origins) {
    app.enableCors({
      origin: origins === '*' ? true : origins.split(',').map((o) => o.trim()),
      exposedHeaders: ['x-request-id'],
    });
  }

  app.setGlobalPrefix(API_PREFIX, {
    // Nest matches exclusions with path-to-regexp 8, where a wildcard is named ({*path});
    // Fastify's router, which serves the pages, takes the plain `*`.
    exclude: [
      'health',
      'health/ready',
      'favicon.ico',
      ...[...PAGE_ROUTES, ...CONSOLE_ROUTES].map((p) => p.replace(/\*$/, '{*path}')),
      'assets/:file',
      ...VERIFY_ROUTES,
    ],
  });

  if (config.get('DOCS_ENABLED')) {
    const document = buildOpenApiDocument(app) as unknown as OpenAPIObject;
    SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  }

  app.enableShutdownHooks();
  return app;
}
