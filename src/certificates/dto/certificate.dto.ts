import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageMeta, PageQuery } from 'src/common/pagination/page';
import { IsText } from 'src/common/validation/validators';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class IssueCertificateDto {
  @ApiProperty({ example: '2026-01-01', pattern: DAY.source, description: 'First day, local' })
  @Matches(DAY, { message: 'from must be a date YYYY-MM-DD' })
  from: string;

  @ApiProperty({ example: '2026-12-31', pattern: DAY.source, description: 'Last day, local' })
  @Matches(DAY, { message: 'to must be a date YYYY-MM-DD' })
  to: string;
}

export class RevokeCertificateDto {
  @IsText(200)
  reason: string;
}

export class CertificateListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['valid', 'revoked'] })
  @IsOptional()
  @IsIn(['valid', 'revoked'])
  status?: 'valid' | 'revoked';
}

export class CertificateView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '0Q4M-7ZK2-9VXD', description: 'The verification code, grouped' })
  code: string;
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
  @ApiProperty({ type: 'integer' }) minutes: number;
  @ApiProperty({ description: 'Hours, one decimal, rounded down' }) hours: number;
  @ApiProperty({ type: 'integer' }) services: number;
  @ApiProperty({ enum: ['valid', 'revoked'] }) status: 'valid' | 'revoked';
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) revokeReason: string | null;
  @ApiProperty({ description: 'The public verification page (what the QR code shows)' })
  verifyUrl: string;
  @ApiProperty({ example: '/api/v1/certificates/….pdf', description: 'The PDF (holder, staff)' })
  pdfUrl: string;
  @ApiProperty({ description: 'The signed credential, a VC-JWT (holder, staff)' })
  credentialUrl: string;
}

export class CertificatePage extends PageMeta {
  @ApiProperty({ type: [CertificateView] }) items: CertificateView[];
}

/** What anyone with the code may see: nothing beyond what the certificate itself proves. */
export class PublicCertificateView {
  @ApiProperty({ example: '0Q4M-7ZK2-9VXD' }) code: string;
  @ApiProperty({ enum: ['valid', 'revoked'] }) status: 'valid' | 'revoked';
  @ApiProperty({ example: '陈**', description: 'The holder’s name, masked' }) name: string;
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
  @ApiProperty({ example: 123.5 }) hours: number;
  @ApiProperty({ description: 'The recording organisation' }) issuer: string;
}
