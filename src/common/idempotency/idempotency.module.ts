import { Global, Module } from '@nestjs/common';
import { IdempotencyService } from 'src/common/idempotency/idempotency.service';

@Global()
@Module({ providers: [IdempotencyService], exports: [IdempotencyService] })
export class IdempotencyModule {}
