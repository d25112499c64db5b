import { Module } from '@nestjs/common';
import { CommunitiesModule } from 'src/communities/communities.module';
import { RecognitionModule } from 'src/recognition/recognition.module';
import { ServiceRecordController } from 'src/service-record/service-record.controller';
import { OverdueService } from 'src/service-record/overdue.service';
import { ServiceRecordService } from 'src/service-record/service-record.service';
import { UsersModule } from 'src/users/users.module';

/** The volunteer's record as the 记录办法 describes it, read from the rows that hold it. */
@Module({
  imports: [CommunitiesModule, UsersModule, RecognitionModule],
  controllers: [ServiceRecordController],
  providers: [ServiceRecordService, OverdueService],
  exports: [ServiceRecordService],
})
export class ServiceRecordModule {}
