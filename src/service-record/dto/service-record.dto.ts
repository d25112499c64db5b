import { ApiProperty } from '@nestjs/swagger';
import { IsIntIn } from 'src/common/validation/validators';
import { RecognitionView } from 'src/recognition/dto/recognition.dto';

export const RECORD_LINE_KINDS = ['activity', 'report', 'wish', 'training'] as const;
export type RecordLineKind = (typeof RECORD_LINE_KINDS)[number];

export class RecordQuery {
  @IsIntIn(2000, 2100, {
    optional: true,
    description: 'Only this year’s lines (totals stay whole)',
  })
  year?: number;
}

/** One line of a volunteer's record (记录办法 第七条): what, when, where, how long, who. */
export class RecordLineView {
  @ApiProperty({
    enum: RECORD_LINE_KINDS,
    description:
      'activity: an approved attendance; report: an approved self-report; wish: a micro-wish completed; training: an approved attendance of a training',
  })
  kind: RecordLineKind;
  @ApiProperty({ format: 'uuid', description: 'The attendance, service report or wish' })
  id: string;
  @ApiProperty({ example: '2026-11-03', description: 'Local date in the community’s time zone' })
  date: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) place: string | null;
  @ApiProperty({ description: 'What was done' }) content: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description:
      'Approved minutes; null for a wish (a wish records what was done, not for how long)',
  })
  minutes: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'The same in hours, one decimal' })
  hours: number | null;
  @ApiProperty({ description: 'Who organised it: the organiser, or the community for a report' })
  organiser: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who approved the minutes' })
  approvedBy: string | null;
}

export class RecordTotalsView {
  @ApiProperty({ type: 'integer', description: 'Approved service minutes (trainings apart)' })
  minutes: number;
  @ApiProperty({ description: 'The same in hours, one decimal, rounded down' }) hours: number;
  @ApiProperty({ type: 'integer' }) services: number;
  @ApiProperty({ type: 'integer' }) trainingMinutes: number;
  @ApiProperty() trainingHours: number;
  @ApiProperty({ type: 'integer' }) wishes: number;
}

export class RecordYearView extends RecordTotalsView {
  @ApiProperty({ type: 'integer', example: 2026 }) year: number;
}

export class HonourView {
  @ApiProperty({ enum: ['level', 'store_honour'] }) kind: 'level' | 'store_honour';
  @ApiProperty({ example: '2026-11-03' }) date: string;
  @ApiProperty({ example: '三星志愿者' }) title: string;
}

export class VolunteerRecordView {
  @ApiProperty({ format: 'uuid' }) volunteerId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The recording organisation' }) community: string;
  @ApiProperty({ type: RecordTotalsView, description: 'Over the whole record' })
  totals: RecordTotalsView;
  @ApiProperty({ type: [RecordYearView], description: 'Per year, newest first' })
  years: RecordYearView[];
  @ApiProperty({ type: [RecordLineView], description: 'Services and wishes, newest first' })
  services: RecordLineView[];
  @ApiProperty({ type: [RecordLineView], description: 'Trainings attended, newest first' })
  trainings: RecordLineView[];
  @ApiProperty({ type: [HonourView], description: 'Star levels reached and store honours' })
  honours: HonourView[];
  @ApiProperty({ type: RecognitionView }) recognition: RecognitionView;
}

export class OverdueItemView {
  @ApiProperty({
    enum: ['activity', 'report'],
    description: 'activity: attendances not approved yet; report: a self-report not decided yet',
  })
  kind: 'activity' | 'report';
  @ApiProperty({ format: 'uuid', description: 'The activity or the service report' })
  id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who reported it (reports)' })
  volunteerName: string | null;
  @ApiProperty({ example: '2026-12-04', description: 'The local day the service ended' })
  endedOn: string;
  @ApiProperty({ example: '2026-12-18', description: 'The 10th working day after: record by it' })
  deadline: string;
  @ApiProperty({ type: 'integer', description: 'Attendances (or reports) still unrecorded' })
  pending: number;
}

export class OverdueView {
  @ApiProperty({ example: '2026-12-19', description: 'Today, in the community’s time zone' })
  asOf: string;
  @ApiProperty({ type: 'integer', description: 'How many items are overdue in all' })
  total: number;
  @ApiProperty({ type: [OverdueItemView], description: 'Oldest first, at most 200' })
  items: OverdueItemView[];
}
