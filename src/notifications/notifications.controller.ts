import { Body, Controller, Get, HttpCode, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Post, Put } from 'src/common/decorators/mutations';
import {
  MarkReadDto,
  MarkReadResult,
  NotificationPage,
  NotificationQuery,
  PreferencesDto,
  PreferencesView,
} from 'src/notifications/dto/notifications.dto';
import { InboxService } from 'src/notifications/inbox.service';
import { LiveService } from 'src/notifications/live.service';

/** Keeps proxies from closing a quiet stream, and lets the client see it is alive. */
const HEARTBEAT_MS = 20_000;

@ApiTags('notifications')
@Controller('me')
export class NotificationsController {
  constructor(
    private readonly inbox: InboxService,
    private readonly live: LiveService,
  ) {}

  @Get('notifications')
  @ApiOperation({ summary: 'Your notifications, newest first, with how many are unread' })
  @ApiOkResponse({ type: NotificationPage })
  list(@CurrentUser() user: AuthUser, @Query() q: NotificationQuery): Promise<NotificationPage> {
    return this.inbox.list(user.id, q);
  }

  @Post('notifications/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark notifications read: `{ids}` or `{all: true}`' })
  @ApiOkResponse({ type: MarkReadResult })
  markRead(@CurrentUser() user: AuthUser, @Body() dto: MarkReadDto): Promise<MarkReadResult> {
    return this.inbox.markRead(user.id, dto);
  }

  @Get('notifications/stream')
  @ApiOperation({
    summary: 'Server-Sent Events: `unread` on connect, then each new `notification` as it comes',
    description:
      'text/event-stream. Events: `unread` (data `{"unread": n}`) once, then `notification` (data: a NotificationView) within about LIVE_POLL_MS of being made on any instance; a comment every 20 s keeps the line open.',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An event stream', schema: { type: 'string' } })
  @ApiErrors('UNAUTHENTICATED')
  async stream(
    @CurrentUser() user: AuthUser,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const unread = await this.inbox.unread(user.id);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': String(req.id),
    });
    const send = (event: string, data: unknown) =>
      raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    send('unread', { unread });
    const stop = this.live.subscribe(user.id, (n) => send('notification', n));
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    req.raw.on('close', () => {
      clearInterval(heartbeat);
      stop();
    });
  }

  @Get('notification-preferences')
  @ApiOperation({ summary: 'How you hear from us: inbox, SMS, quiet hours' })
  @ApiOkResponse({ type: PreferencesView })
  preferences(@CurrentUser() user: AuthUser): Promise<PreferencesView> {
    return this.inbox.preferences(user.id);
  }

  @Put('notification-preferences')
  @ApiOperation({
    summary: 'Set how you hear from us (SMS that can wait are held through quiet hours)',
  })
  @ApiOkResponse({ type: PreferencesView })
  setPreferences(
    @CurrentUser() user: AuthUser,
    @Body() dto: PreferencesDto,
  ): Promise<PreferencesView> {
    return this.inbox.setPreferences(user.id, dto);
  }
}
