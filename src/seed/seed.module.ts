import { Module } from '@nestjs/common';
import { CommunitiesModule } from 'src/communities/communities.module';
import { PointsModule } from 'src/points/points.module';
import { BootstrapService } from 'src/seed/bootstrap.service';
import { DemoStoryService } from 'src/seed/demo-story.service';
import { ServiceHoursModule } from 'src/service-hours/service-hours.module';
import { StoreModule } from 'src/store/store.module';
import { UsersModule } from 'src/users/users.module';
import { WishesModule } from 'src/wishes/wishes.module';

@Module({
  imports: [
    CommunitiesModule,
    UsersModule,
    PointsModule,
    WishesModule,
    StoreModule,
    ServiceHoursModule,
  ],
  providers: [BootstrapService, DemoStoryService],
})
export class SeedModule {}
