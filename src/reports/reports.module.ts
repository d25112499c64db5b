import { PrivacyModule } from 'src/privacy/privacy.module';
import { RecognitionModule } from 'src/recognition/recognition.module';
import { Module } from '@nestjs/common';
import { CommunitiesModule } from 'src/communities/communities.module';
import { PointsModule } from 'src/points/points.module';
import { AuditLogService } from 'src/reports/audit-log.service';
import { ExportsService } from 'src/reports/exports/exports.service';
import { ReportsController } from 'src/reports/reports.controller';
import { ReportsService } from 'src/reports/reports.service';

/**
 * Read-only reporting across modules. It reads their tables with SQL and never writes them;
 * no other module imports it, so it adds no cycle.
 */
@Module({
  imports: [CommunitiesModule, PointsModule, RecognitionModule, PrivacyModule],
  controllers: [ReportsController],
  providers: [ReportsService, ExportsService, AuditLogService],
})
export class ReportsModule {}
