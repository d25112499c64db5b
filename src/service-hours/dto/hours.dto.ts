import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDateString, IsIn, IsOptional, Matches } from 'class-validator';
import { PageMeta, PageQuery } from 'src/common/pagination/page';
import { AWARD_FLAGS, type AwardFlag } from 'src/points/award-rules';
import type { AttendanceStatus } from 'src/service-hours/entities/attendance.entity';
import { IsId, IsIntIn, IsText } from 'src/common/validation/validators';

export class CreateActivityDto {
  @IsText(100)
  title: string;

  @IsText(1000, { optional: true })
  description?: string;

  @IsText(200, { optional: true })
  place?: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString()
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString()
  endsAt: string;

  @IsIntIn(1, 10_000)
  capacity: number;

  @IsIntIn(0, 10_000, {
    optional: true,
    description: "Defaults to the community rule's pointsPerHour",
  })
  pointsPerHour?: number;

  @IsId({ optional: true })
  gridId?: string;

  @ApiPropertyOptional({
    description:
      'A training (培训): recorded on the volunteer record as training, not counted as service hours',
  })
  @IsOptional()
  @IsBoolean()
  isTraining?: boolean;
}

export class UpdateActivityDto {
  @IsText(100, { optional: true })
  title?: string;

  @IsText(1000, { optional: true })
  description?: string;

  @IsText(200, { optional: true })
  place?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsDateString()
  endsAt?: string;

  @IsIntIn(1, 10_000, { optional: true })
  capacity?: number;

  @IsIntIn(0, 10_000, { optional: true })
  pointsPerHour?: number;
}

export class CodeDto {
  @ApiProperty({ example: '482913' })
  @Matches(/^\d{6}$/, { message: 'code is the 6-digit code shown by the organiser' })
  code: string;
}

export class CodeQuery {
  @ApiPropertyOptional({ enum: ['json', 'png', 'svg'] })
  @IsOptional()
  @IsIn(['json', 'png', 'svg'])
  format?: 'json' | 'png' | 'svg';
}

export class MarkAttendanceDto {
  @ApiProperty({ format: 'date-time' })
  @IsDateString()
  checkInAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString()
  checkOutAt: string;
}

export class ApproveAttendanceDto {
  @IsIntIn(0, 24 * 60, {
    optional: true,
    description: 'Corrected minutes; a reason is then required',
  })
  minutes?: number;

  @IsText(200, { optional: true })
  reason?: string;
}

export class CreateServiceRecordDto {
  @ApiProperty({
    format: 'date',
    example: '2026-11-20',
    description: 'Local date; not in the future',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @IsIntIn(1, 24 * 60)
  minutes: number;

  @IsText(500)
  description: string;

  @IsId({ optional: true })
  gridId?: string;
}

export class ApproveRecordDto {
  @IsIntIn(1, 24 * 60, {
    optional: true,
    description:
      'Corrected minutes, at most those reported (a correction only lowers); a reason is then required',
  })
  minutes?: number;

  @IsText(200, { optional: true })
  reason?: string;
}

export class RejectDto {
  @IsText(200)
  reason: string;
}

export class RecordListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected'] })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected'])
  status?: 'pending' | 'approved' | 'rejected';
}

export class ActivityView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ nullable: true, type: String }) place: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) gridId: string | null;
  @ApiProperty({ format: 'uuid' }) organiserId: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: 'integer' }) signedUp: number;
  @ApiProperty({ type: 'integer' }) pointsPerHour: number;
  @ApiProperty({ description: 'A training: on the record as training, not as service hours' })
  isTraining: boolean;
}

/** An activity as the signed-in volunteer sees it: with their own sign-up and attendance. */
export class MyActivityView extends ActivityView {
  @ApiProperty() signedUpByMe: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: ['open', 'closed', 'approved'],
    description: 'Your attendance: open (checked in), closed (checked out), approved; or none',
  })
  myAttendance: AttendanceStatus | null;
}

export class ActivityPage extends PageMeta {
  @ApiProperty({ type: [MyActivityView] }) items: MyActivityView[];
}

export class CodeView {
  @ApiProperty() code: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({
    format: 'uri',
    description: 'What the QR holds: the app page that checks the scanning volunteer in or out',
  })
  link: string;
}

export class AttendanceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) activityId: string;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ format: 'date-time' }) checkInAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) checkOutAt: string | null;
  @ApiProperty({ nullable: true, type: 'integer' }) minutes: number | null;
  @ApiProperty({ enum: ['open', 'closed', 'approved'] }) status: string;
  @ApiProperty({ description: 'Closed automatically: no check-out within 24 h of the end' })
  flagged: boolean;
  @ApiProperty({ nullable: true, type: 'integer' }) points: number | null;
  @ApiProperty({ nullable: true, type: String, enum: AWARD_FLAGS })
  awardFlag: AwardFlag | null;
}

export class SignupView {
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ format: 'date-time' }) signedUpAt: string;
}

export class SignupList {
  @ApiProperty({ type: [SignupView] }) items: SignupView[];
}

export class AttendanceList {
  @ApiProperty({ type: [AttendanceView] }) items: AttendanceView[];
}

export class ServiceRecordView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: 'integer' }) minutes: number;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status: string;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: 'integer' }) points: number | null;
  @ApiProperty({ nullable: true, type: String, enum: AWARD_FLAGS })
  awardFlag: AwardFlag | null;
}

export class ServiceRecordPage extends PageMeta {
  @ApiProperty({ type: [ServiceRecordView] }) items: ServiceRecordView[];
}

export class HoursView {
  @ApiProperty({
    type: 'integer',
    description: 'Approved minutes this month (community time zone)',
  })
  minutesThisMonth: number;
  @ApiProperty({ type: 'integer' }) minutesThisYear: number;
  @ApiProperty({ type: 'integer' }) minutesTotal: number;
  @ApiProperty({ type: [AttendanceView] }) attendances: AttendanceView[];
  @ApiProperty({ type: [ServiceRecordView] }) records: ServiceRecordView[];
}
