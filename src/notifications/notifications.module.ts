import { NotificationsRetention } from 'src/notifications/notifications-retention';
import { Module } from '@nestjs/common';
import { CommunitiesModule } from 'src/communities/communities.module';
import { AudienceService } from 'src/notifications/audience.service';
import { DeliveryService } from 'src/notifications/delivery.service';
import { DispatcherService } from 'src/notifications/dispatcher.service';
import { FanoutService } from 'src/notifications/fanout.service';
import { InboxService } from 'src/notifications/inbox.service';
import { LiveService } from 'src/notifications/live.service';
import { NotificationsController } from 'src/notifications/notifications.controller';
import { RemindersService } from 'src/notifications/reminders.service';
import { SmsGateway } from 'src/notifications/sms.gateway';
import { WebhooksController } from 'src/notifications/webhooks.controller';
import { WebhooksService } from 'src/notifications/webhooks.service';

/**
 * Listens to the outbox and tells people: the inbox and its live stream, webhooks, SMS. The
 * features that change things know nothing of it; they publish events (src/events).
 */
@Module({
  imports: [CommunitiesModule],
  controllers: [NotificationsController, WebhooksController],
  providers: [
    NotificationsRetention,
    AudienceService,
    FanoutService,
    DeliveryService,
    DispatcherService,
    InboxService,
    LiveService,
    RemindersService,
    SmsGateway,
    WebhooksService,
  ],
  exports: [SmsGateway],
})
export class NotificationsModule {}
