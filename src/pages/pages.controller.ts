import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { Public } from 'src/common/decorators/public.decorator';
import { NotFoundError } from 'src/common/errors/app-error';
import { PagesService } from 'src/pages/pages.service';

/** Public pages: /wish (QR intake), /track (progress and rating), /volunteer, /desk. */
export const PAGE_ROUTES = ['wish', 'track', 'volunteer', 'desk'] as const;

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

  @Get('wish')
  wish(@Res() reply: FastifyReply) {
    return this.send(reply, 'wish.html', 'no-cache');
  }

  @Get('track')
  track(@Res() reply: FastifyReply) {
    return this.send(reply, 'track.html', 'no-cache');
  }

  @Get('volunteer')
  volunteer(@Res() reply: FastifyReply) {
    return this.send(reply, 'volunteer.html', 'no-cache');
  }

  @Get('desk')
  desk(@Res() reply: FastifyReply) {
    return this.send(reply, 'desk.html', 'no-cache');
  }

  @Get('assets/:file')
  asset(@Param('file') file: string, @Res() reply: FastifyReply) {
    if (file.endsWith('.html')) throw new NotFoundError('Asset');
    return this.send(reply, file, 'public, max-age=300');
  }
}
