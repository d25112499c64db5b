import { Entity, Index } from 'typeorm';
import { CreatedStamped, IdColumn, RefColumn } from 'src/database/columns';

@Entity('activity_signups')
@Index('uq_activity_signups', ['activityId', 'volunteerId'], { unique: true })
@Index('idx_activity_signups_volunteer', ['volunteerId'])
export class ActivitySignup extends CreatedStamped {
  @IdColumn() id: string;
  @RefColumn() activityId: string;
  @RefColumn() volunteerId: string;
}
