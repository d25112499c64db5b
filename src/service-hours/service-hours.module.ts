import { RecordCorrectionsController } from 'src/service-hours/record-corrections.controller';
import { RecordCorrectionsService } from 'src/service-hours/record-corrections.service';
import { RecognitionModule } from 'src/recognition/recognition.module';
import { Module } from '@nestjs/common';
import { CommunitiesModule } from 'src/communities/communities.module';
import { PointsModule } from 'src/points/points.module';
import { ActivitiesService } from 'src/service-hours/activities.service';
import { AttendanceService } from 'src/service-hours/attendance.service';
import { HoursService } from 'src/service-hours/hours.service';
import { ServiceHoursController } from 'src/service-hours/service-hours.controller';
import { ServiceDaysService } from 'src/service-hours/service-days.service';
import { ServiceRecordsService } from 'src/service-hours/service-records.service';
import { UsersModule } from 'src/users/users.module';

/** Activities, attendance and self-reported service; points through the points module. */
@Module({
  imports: [CommunitiesModule, UsersModule, PointsModule, RecognitionModule],
  controllers: [ServiceHoursController, RecordCorrectionsController],
  providers: [
    ActivitiesService,
    AttendanceService,
    ServiceRecordsService,
    ServiceDaysService,
    HoursService,
    RecordCorrectionsService,
  ],
  exports: [ActivitiesService, ServiceRecordsService],
})
export class ServiceHoursModule {}
