import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RefColumn, TimeColumn, UUID_LENGTH, Timestamped } from 'src/database/columns';

export const VOLUNTEER_STATUSES = ['pending', 'approved', 'suspended'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

@Entity('volunteer_profiles')
@Index('idx_volunteer_profiles_community_status', ['communityId', 'status', 'userId'])
export class VolunteerProfile extends Timestamped {
  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH })
  userId: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 16 })
  status: VolunteerStatus;

  @Column({ type: 'simple-json' })
  skills: string[];

  @Column({ type: 'boolean', default: false })
  isPartyMember: boolean;

  @Column({ type: 'simple-json' })
  teams: string[];

  @TimeColumn({ nullable: true })
  decidedAt: Date | null;

  @RefColumn({ nullable: true })
  decidedBy: string | null;
}
