import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthModule } from 'src/auth/auth.module';
import { JwtAuthGuard } from 'src/auth/guards/jwt-auth.guard';
import { AttemptsModule } from 'src/common/attempts/attempts.module';
import { AuditModule } from 'src/common/audit/audit.module';
import { ClockModule } from 'src/common/clock/clock.module';
import { EventsModule } from 'src/events/events.module';
import { AllExceptionsFilter } from 'src/common/filters/all-exceptions.filter';
import { RolesGuard } from 'src/common/guards/roles.guard';
import { createValidationPipe } from 'src/common/validation/validation.pipe';
import { CommunitiesModule } from 'src/communities/communities.module';
import { AppConfig } from 'src/config/app-config';
import { AppConfigModule } from 'src/config/config.module';
import { DatabaseModule } from 'src/database/database.module';
import { HealthModule } from 'src/health/health.module';
import { IdempotencyModule } from 'src/common/idempotency/idempotency.module';
import { RetentionModule } from 'src/common/retention/retention.module';
import { JobsModule } from 'src/common/jobs/jobs.module';
import { PointsModule } from 'src/points/points.module';
import { WishesModule } from 'src/wishes/wishes.module';
import { StoreModule } from 'src/store/store.module';
import { RecognitionModule } from 'src/recognition/recognition.module';
import { ServiceRecordModule } from 'src/service-record/service-record.module';
import { CertificatesModule } from 'src/certificates/certificates.module';
import { PrivacyModule } from 'src/privacy/privacy.module';
import { ServiceHoursModule } from 'src/service-hours/service-hours.module';
import { ReportsModule } from 'src/reports/reports.module';
import { NotificationsModule } from 'src/notifications/notifications.module';
import { PhoneProofModule } from 'src/phone-proof/phone-proof.module';
import { PagesModule } from 'src/pages/pages.module';
import { SeedModule } from 'src/seed/seed.module';
import { RateLimitedError } from 'src/common/errors/app-error';
import { SharedThrottlerStorage } from 'src/common/throttling/shared-throttler-storage';

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.get('RATE_LIMIT_PER_MINUTE') }],
        errorMessage: () => new RateLimitedError().message,
        getTracker: (req: Record<string, unknown>) => String(req.ip),
        storage: new SharedThrottlerStorage(config.get('REDIS_URL')),
      }),
    }),
    ScheduleModule.forRoot(),
    DatabaseModule,
    ClockModule,
    EventsModule,
    AttemptsModule,
    AuditModule,
    JobsModule,
    RetentionModule,
    IdempotencyModule,
    HealthModule,
    AuthModule,
    CommunitiesModule,
    PointsModule,
    WishesModule,
    StoreModule,
    RecognitionModule,
    ServiceHoursModule,
    ServiceRecordModule,
    CertificatesModule,
    PrivacyModule,
    ReportsModule,
    NotificationsModule,
    PhoneProofModule,
    PagesModule,
    SeedModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class AppModule {
  /** The root module with configuration read from the environment now. */
  static forRoot(): DynamicModule {
    return { module: AppModule, imports: [AppConfigModule.forRoot()] };
  }
}
