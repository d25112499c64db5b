import { Module } from '@nestjs/common';
import { CommunitiesModule } from 'src/communities/communities.module';
import { AccountsService } from 'src/points/accounts.service';
import { AdjustmentsService } from 'src/points/adjustments.service';
import { ExpiryService } from 'src/points/expiry.service';
import { LedgerService } from 'src/points/ledger.service';
import { PointRulesService } from 'src/points/point-rules.service';
import { PointsQueryService } from 'src/points/points-query.service';
import { PointsController } from 'src/points/points.controller';
import { PointsService } from 'src/points/points.service';

/** Owns every write to balances; wishes, service hours and the store call PointsService. */
@Module({
  imports: [CommunitiesModule],
  controllers: [PointsController],
  providers: [
    AccountsService,
    LedgerService,
    PointsService,
    PointRulesService,
    PointsQueryService,
    AdjustmentsService,
    ExpiryService,
  ],
  exports: [PointsService, PointRulesService, PointsQueryService],
})
export class PointsModule {}
