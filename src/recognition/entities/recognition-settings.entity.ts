import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RefColumn, Timestamped, UUID_LENGTH } from 'src/database/columns';
import type { RecognitionSettings } from 'src/recognition/recognition.rules';

/** A community's star thresholds, badges and holidays (the defaults apply when absent). */
@Entity('recognition_settings')
export class RecognitionSettingsRow extends Timestamped {
  @PrimaryColumn({ type: 'varchar', length: UUID_LENGTH }) communityId: string;
  @Column({ type: 'simple-json' }) config: RecognitionSettings;
  @RefColumn({ nullable: true }) updatedBy: string | null;
}
