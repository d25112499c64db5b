import { Global, Module } from '@nestjs/common';
import { CommonRetention } from 'src/common/retention/common-retention';
import { RetentionRegistry } from 'src/common/retention/retention.registry';
import { RetentionService } from 'src/common/retention/retention.service';

/** Retention sweeps: features register theirs in the registry; one job runs them. */
@Global()
@Module({
  providers: [RetentionRegistry, RetentionService, CommonRetention],
  exports: [RetentionRegistry, RetentionService],
})
export class RetentionModule {}
