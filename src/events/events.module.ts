import { Global, Module } from '@nestjs/common';
import { EventsService } from 'src/events/events.service';

/** The outbox every feature publishes to (like the audit log, available everywhere). */
@Global()
@Module({ providers: [EventsService], exports: [EventsService] })
export class EventsModule {}
