import { PrivacyModule } from 'src/privacy/privacy.module';
import { WishRetention } from 'src/wishes/wish-retention';
import { Module } from '@nestjs/common';
import { CommunitiesModule } from 'src/communities/communities.module';
import { PointsModule } from 'src/points/points.module';
import { UsersModule } from 'src/users/users.module';
import { WishDispatchService } from 'src/wishes/dispatch.service';
import { PublicWishesController } from 'src/wishes/public-wishes.controller';
import { WishFeedbackService } from 'src/wishes/wish-feedback.service';
import { WishLifecycleService } from 'src/wishes/wish-lifecycle.service';
import { WishesController } from 'src/wishes/wishes.controller';
import { WishesService } from 'src/wishes/wishes.service';

/** Micro-wishes; awards go through the points module (wishes → points, never back). */
@Module({
  imports: [CommunitiesModule, UsersModule, PointsModule, PrivacyModule],
  controllers: [WishesController, PublicWishesController],
  providers: [
    WishRetention,
    WishesService,
    WishLifecycleService,
    WishFeedbackService,
    WishDispatchService,
  ],
  exports: [WishesService, WishLifecycleService, WishFeedbackService],
})
export class WishesModule {}
