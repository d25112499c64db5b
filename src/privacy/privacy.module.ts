import { Module } from '@nestjs/common';
import { ConsentsService } from 'src/privacy/consents.service';
import { PrivacyController } from 'src/privacy/privacy.controller';

/** The privacy notice and consents; depends on nothing but the database. */
@Module({
  controllers: [PrivacyController],
  providers: [ConsentsService],
  exports: [ConsentsService],
})
export class PrivacyModule {}
