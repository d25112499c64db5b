import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { CommunitiesModule } from 'src/communities/communities.module';
import { AppConfig } from 'src/config/app-config';
import { PointsModule } from 'src/points/points.module';
import { CardService } from 'src/store/card.service';
import { CatalogService } from 'src/store/catalog.service';
import { DeskService } from 'src/store/desk.service';
import { RedemptionsService } from 'src/store/redemptions.service';
import { StoreController } from 'src/store/store.controller';
import { UsersModule } from 'src/users/users.module';

/** The points store; spending and refunds go through the points module (store → points). */
@Module({
  imports: [
    CommunitiesModule,
    PointsModule,
    UsersModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtKey,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [StoreController],
  providers: [CatalogService, RedemptionsService, CardService, DeskService],
  exports: [CatalogService, RedemptionsService],
})
export class StoreModule {}
