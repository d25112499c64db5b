import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageMeta, PageQuery } from 'src/common/pagination/page';
import { DOMAIN_EVENT_TYPES, type DomainEventType } from 'src/events/domain-events';
import {
  DELIVERY_STATUSES,
  type Delivery,
  type DeliveryStatus,
} from 'src/notifications/entities/delivery.entity';
import type { Webhook } from 'src/notifications/entities/webhook.entity';

const SECRET = /^[\x21-\x7e]{16,100}$/;

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://hooks.example.org/volunteer-points', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'url must be an http(s) URL' },
  )
  url: string;

  @ApiProperty({ enum: DOMAIN_EVENT_TYPES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DOMAIN_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(DOMAIN_EVENT_TYPES, { each: true, message: 'eventTypes must be event types' })
  eventTypes: DomainEventType[];

  @ApiPropertyOptional({
    minLength: 16,
    maxLength: 100,
    description: 'The HMAC key (printable ASCII); one is generated when left out',
  })
  @IsOptional()
  @IsString()
  @Matches(SECRET, { message: 'secret must be 16–100 printable characters' })
  secret?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'url must be an http(s) URL' },
  )
  url?: string;

  @ApiPropertyOptional({ enum: DOMAIN_EVENT_TYPES, isArray: true, minItems: 1 })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DOMAIN_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(DOMAIN_EVENT_TYPES, { each: true, message: 'eventTypes must be event types' })
  eventTypes?: DomainEventType[];

  @ApiPropertyOptional({ minLength: 16, maxLength: 100, description: 'A new HMAC key' })
  @IsOptional()
  @IsString()
  @Matches(SECRET, { message: 'secret must be 16–100 printable characters' })
  secret?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class WebhookView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: DOMAIN_EVENT_TYPES, isArray: true }) eventTypes: DomainEventType[];
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static of(w: Webhook): WebhookView {
    return {
      id: w.id,
      url: w.url,
      eventTypes: w.eventTypes,
      active: w.active,
      createdAt: w.createdAt.toISOString(),
    };
  }
}

/** Answered when the secret is set: the only time it is shown. */
export class WebhookWithSecret extends WebhookView {
  @ApiProperty({ description: 'The HMAC key; keep it, it is not shown again' }) secret: string;
}

export class WebhookPage extends PageMeta {
  @ApiProperty({ type: [WebhookView] }) items: WebhookView[];
}

export class DeliveryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The X-VP-Event-Id the receiver saw' })
  eventId: string;
  @ApiProperty({ enum: DOMAIN_EVENT_TYPES }) kind: DomainEventType;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status: DeliveryStatus;
  @ApiProperty({ type: 'integer' }) attempts: number;
  @ApiProperty({ type: 'integer', nullable: true, description: "The receiver's last answer" })
  lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ format: 'date-time', description: 'When it is (or was) next tried' })
  nextAttemptAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static of(d: Delivery): DeliveryView {
    return {
      id: d.id,
      eventId: d.eventId,
      kind: d.kind as DomainEventType,
      status: d.status,
      attempts: d.attempts,
      lastStatusCode: d.lastStatusCode,
      lastError: d.lastError,
      nextAttemptAt: d.nextAttemptAt.toISOString(),
      sentAt: d.sentAt?.toISOString() ?? null,
      createdAt: d.createdAt.toISOString(),
    };
  }
}

export class DeliveryPage extends PageMeta {
  @ApiProperty({ type: [DeliveryView] }) items: DeliveryView[];
}

export class DeliveryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}
