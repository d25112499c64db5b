import { PointsRetention } from 'src/points/points-retention';
import { Module } from '@nestjs/common';
import { CommunitiesModule } from 'src/communities/communities.module';
import { AccountsService } from 'src/points/accounts.service';
import { AdjustmentsService } from 'src/points/adjustments.service';
import { AwardsService } from 'src/points/awards.service';
import { ExpiryService } from 'src/points/expiry.service';
import { LedgerService } from 'src/points/ledger.service';
import { PointRulesService } from 'src/points/point-rules.service';
import { PointsQueryService } from 'src/points/points-query.service';
import { PointsController } from 'src/points/points.controller';
import { PointsService } from 'src/points/points.service';
import { UsersModule } from 'src/users/users.module';

/**
 * Owns every write to balances. Wishes and service hours ask AwardsService what a volunteer
 * earns; the store spends and refunds through PointsService.
 */
@Module({
  imports: [CommunitiesModule, UsersModule],
  controllers: [PointsController],
  providers: [
    PointsRetention,
    AccountsService,
    LedgerService,
    PointsService,
    AwardsService,
    PointRulesService,
    PointsQueryService,
    AdjustmentsService,
    ExpiryService,
  ],
  exports: [
    PointsService,
    AwardsService,
    PointRulesService,
    PointsQueryService,
    AdjustmentsService,
  ],
})
export class PointsModule {}
