import { PhoneProofRetention } from 'src/phone-proof/phone-proof-retention';
import { Module } from '@nestjs/common';
import { CommunitiesModule } from 'src/communities/communities.module';
import { NotificationsModule } from 'src/notifications/notifications.module';
import { PhoneProofController } from 'src/phone-proof/phone-proof.controller';
import { PhoneProofService } from 'src/phone-proof/phone-proof.service';
import { WishesModule } from 'src/wishes/wishes.module';

/** Proving a member's phone (SMS code or staff), and the wishes that then become theirs. */
@Module({
  imports: [CommunitiesModule, NotificationsModule, WishesModule],
  controllers: [PhoneProofController],
  providers: [PhoneProofRetention, PhoneProofService],
})
export class PhoneProofModule {}
