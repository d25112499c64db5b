import { Column, Entity, Index } from 'typeorm';
import { CreatedStamped, IdColumn, RefColumn } from 'src/database/columns';
import type { PointRules } from 'src/points/rules/point-rules';

/** One version of a community's rules; versions are never edited, a change adds one. */
@Entity('point_rule_sets')
@Index('uq_point_rule_sets_version', ['communityId', 'version'], { unique: true })
export class PointRuleSet extends CreatedStamped {
  @IdColumn()
  id: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'simple-json' })
  rules: PointRules;

  @RefColumn({ nullable: true })
  createdBy: string | null;
}
