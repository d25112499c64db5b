import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, Timestamped } from 'src/database/columns';

/**
 * What a community's awards issued in a month (`YYYY-MM`, its time zone) under one version of
 * its rules, kept only while that version sets a monthly budget: the budget is a cap over every
 * award of the community, so those awards are decided one after the other on this row. Without
 * a budget no award touches it, and nothing else is shared by a community's postings. A new
 * rules version starts a new row, counted from the month's posted awards when first used.
 */
@Entity('point_budget_months')
@Index('uq_point_budget_months', ['communityId', 'period', 'ruleVersion'], { unique: true })
export class PointBudgetMonth extends Timestamped {
  @IdColumn() id: string;
  @RefColumn() communityId: string;
  @Column({ type: 'varchar', length: 7 }) period: string;
  @Column({ type: 'int' }) ruleVersion: number;
  @Column({ type: 'int', default: 0 }) issued: number;
}
