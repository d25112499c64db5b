import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageMeta, PageQuery } from 'src/common/pagination/page';
import { IsId, IsIntIn, IsText } from 'src/common/validation/validators';
import type { CorrectionStatus } from 'src/service-hours/entities/record-correction.entity';

const LINE_KINDS = ['report', 'activity', 'training'] as const;
const STATUSES = ['pending', 'accepted', 'refused'] as const;

export class RequestCorrectionDto {
  @ApiProperty({
    enum: LINE_KINDS,
    description: 'The kind of the record line (as GET /me/service-record gives it)',
  })
  @IsIn(LINE_KINDS)
  kind: (typeof LINE_KINDS)[number];

  @IsId({ description: 'The line’s id (an attendance or a service report)' })
  lineId: string;

  @IsIntIn(1, 24 * 60, { description: 'The minutes the line should have' })
  minutes: number;

  @IsText(200)
  reason: string;
}

export class DecideCorrectionDto {
  @IsText(200, { optional: true, description: 'Required to refuse' })
  reason?: string;
}

export class CorrectionListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: CorrectionStatus;
}

export class CorrectionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ type: String, nullable: true }) volunteerName: string | null;
  @ApiProperty({ enum: ['attendance', 'service_record'] }) lineType:
    'attendance' | 'service_record';
  @ApiProperty({ format: 'uuid' }) lineId: string;
  @ApiProperty() lineTitle: string;
  @ApiProperty({ example: '2026-12-04' }) lineDate: string;
  @ApiProperty({ type: 'integer' }) fromMinutes: number;
  @ApiProperty({ type: 'integer' }) toMinutes: number;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: STATUSES }) status: CorrectionStatus;
  @ApiProperty({ type: String, nullable: true }) decisionReason: string | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Points awarded (+) or taken back (−)',
  })
  pointsDelta: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt: string | null;
}

export class CorrectionPage extends PageMeta {
  @ApiProperty({ type: [CorrectionView] }) items: CorrectionView[];
}
