import { Module } from '@nestjs/common';
import { CertificatesController } from 'src/certificates/certificates.controller';
import { CertificatesService } from 'src/certificates/certificates.service';
import { CredentialKeysService } from 'src/certificates/credential-keys.service';
import { PublicCertificatesController } from 'src/certificates/public-certificates.controller';
import { ServiceRecordModule } from 'src/service-record/service-record.module';

/** Certificates of service: issued from the record, verifiable online and offline. */
@Module({
  imports: [ServiceRecordModule],
  controllers: [CertificatesController, PublicCertificatesController],
  providers: [CertificatesService, CredentialKeysService],
})
export class CertificatesModule {}
