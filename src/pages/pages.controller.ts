import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { Public } from 'src/common/decorators/public.decorator';
import { NotFoundError } from 'src/common/errors/app-error';
import { APP_PATHS, CONSOLE_PATH } from 'src/pages/app-links';
import { FAVICON_SVG } from 'src/pages/favicon';
import { PagesService } from 'src/pages/pages.service';

/** The app's page paths, outside the API prefix (app-links.ts says what each is for). */
export const PAGE_ROUTES = [
  ...Object.values(APP_PATHS).map((path) => path.slice(1)),
  `${APP_PATHS.app.slice(1)}/*`,
];

/** The console's paths: it routes in the browser under /console. */
export const CONSOLE_ROUTES = [CONSOLE_PATH.slice(1), `${CONSOLE_PATH.slice(1)}/*`];

/**
 * The phone app and the staff console: every page path answers its bundle's HTML (each routes
 * in the browser); their hashed assets, shared, are cached for good. What the paths are for is
 * in app-links.ts.
 */
@ApiExcludeController()
@Public()
@SkipThrottle()
@Controller()
export class PagesController {
  constructor(private readonly pages: PagesService) {}

  private async send(reply: FastifyReply, name: string, cache: string) {
    const file = this.pages.get(name);
    if (!file) throw new NotFoundError('Page');
    await reply.type(file.type).header('cache-control', cache).send(file.body);
  }

  @Get(PAGE_ROUTES)
  page(@Res() reply: FastifyReply) {
    return this.send(reply, 'index.html', 'no-cache');
  }

  @Get(CONSOLE_ROUTES)
  console(@Res() reply: FastifyReply) {
    return this.send(reply, 'console.html', 'no-cache');
  }

  @Get('favicon.ico')
  async favicon(@Res() reply: FastifyReply) {
    await reply
      .type('image/svg+xml')
      .header('cache-control', 'public, max-age=86400')
      .send(FAVICON_SVG);
  }

  @Get('assets/:file')
  asset(@Param('file') file: string, @Res() reply: FastifyReply) {
    return this.send(reply, `assets/${file}`, 'public, max-age=31536000, immutable');
  }
}
