import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
} from 'class-validator';
import { PageMeta, PageQuery } from 'src/common/pagination/page';
import { DOMAIN_EVENT_TYPES, type DomainEventType } from 'src/events/domain-events';
import type { NotificationPreference } from 'src/notifications/entities/notification-preference.entity';
import type { Notification } from 'src/notifications/entities/notification.entity';
import { CLOCK_TIME } from 'src/notifications/quiet-hours';

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DOMAIN_EVENT_TYPES, description: 'The event it tells of' })
  kind: DomainEventType;
  @ApiProperty({ example: '志愿者已接单' }) title: string;
  @ApiProperty({ example: '您的心愿「帮忙买菜」已有志愿者接单，志愿者会尽快联系您。' })
  body: string;
  @ApiProperty({
    example: '/app/my-wishes',
    description:
      "Where to look: a path of the phone app (`/app/…`) or, for staff's work, of the console (`/console/…`)",
  })
  link: string;
  @ApiProperty() read: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static of(n: Notification): NotificationView {
    return {
      id: n.id,
      kind: n.kind as DomainEventType,
      title: n.title,
      body: n.body,
      link: n.link,
      read: n.readAt !== null,
      createdAt: n.createdAt.toISOString(),
    };
  }
}

export class UnreadCount {
  @ApiProperty({ type: 'integer', description: 'Notifications not yet read' }) unread: number;
}

export class NotificationPage extends PageMeta {
  @ApiProperty({ type: [NotificationView] }) items: NotificationView[];
  @ApiProperty({ type: 'integer', description: 'Notifications not yet read, in all pages' })
  unread: number;
}

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['true'], description: 'Only the unread ones' })
  @IsOptional()
  @IsIn(['true'])
  unread?: 'true';
}

export class MarkReadDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 100,
    description: 'These notifications (your own; others are ignored)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'each of ids must be an id (UUID)' })
  ids?: string[];

  @ApiPropertyOptional({ enum: [true], description: 'Every notification of yours' })
  @IsOptional()
  @IsIn([true], { message: 'all must be true when given' })
  all?: true;
}

export class MarkReadResult extends UnreadCount {
  @ApiProperty({ type: 'integer', description: 'How many were unread and are now read' })
  marked: number;
}

export class PreferencesDto {
  @ApiProperty({ description: 'Notifications in the app (inbox and live badge)' })
  @IsBoolean()
  inbox: boolean;

  @ApiProperty({ description: 'SMS to your account phone, for what may come by SMS' })
  @IsBoolean()
  sms: boolean;

  @ApiProperty({ example: '22:00', pattern: CLOCK_TIME.source, description: 'HH:mm, local' })
  @IsString()
  @Matches(CLOCK_TIME, { message: 'quietStart must be a time HH:mm' })
  quietStart: string;

  @ApiProperty({ example: '07:00', pattern: CLOCK_TIME.source, description: 'HH:mm, local' })
  @IsString()
  @Matches(CLOCK_TIME, { message: 'quietEnd must be a time HH:mm' })
  quietEnd: string;
}

export class PreferencesView extends PreferencesDto {
  static of(p: Pick<NotificationPreference, keyof PreferencesDto>): PreferencesView {
    return { inbox: p.inbox, sms: p.sms, quietStart: p.quietStart, quietEnd: p.quietEnd };
  }
}
