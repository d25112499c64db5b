import { Injectable } from '@nestjs/common';
import { DAY_MS } from 'src/common/retention/retention-periods';
import { toDbTime } from 'src/database/raw-time';

/** One kind of record a feature keeps for a while: its sweep, given "now", answers how many went. */
export interface RetentionRule {
  name: string;
  sweep(now: Date): Promise<number>;
}

/**
 * Where features register the sweeps of the records they own (each feature keeps owning its
 * tables); the retention job runs them all, hourly, once across instances.
 */
@Injectable()
export class RetentionRegistry {
  private readonly rules: RetentionRule[] = [];

  register(rule: RetentionRule): void {
    this.rules.push(rule);
  }

  all(): readonly RetentionRule[] {
    return this.rules;
  }
}

/** A rule that deletes the rows of `table` older than `days` by the time column `column`. */
export const olderThan = (
  prune: (table: string, key: string, where: string, params: unknown[]) => Promise<number>,
  spec: { name: string; table: string; key?: string; column: string; days: number; and?: string },
): RetentionRule => ({
  name: spec.name,
  sweep: (now) =>
    prune(spec.table, spec.key ?? 'id', `${spec.column} < ?${spec.and ? ` AND ${spec.and}` : ''}`, [
      toDbTime(new Date(now.getTime() - spec.days * DAY_MS)),
    ]),
});
