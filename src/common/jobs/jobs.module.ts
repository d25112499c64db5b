import { Global, Module } from '@nestjs/common';
import { JobRunsService } from 'src/common/jobs/job-runs.service';

@Global()
@Module({ providers: [JobRunsService], exports: [JobRunsService] })
export class JobsModule {}
