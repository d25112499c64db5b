import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { ConflictError } from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { decodeCursor, Page, PageQuery, pageSize, toPage } from 'src/common/pagination/page';
import { isUniqueViolation } from 'src/database/db-errors';
import { TransactionService } from 'src/database/transaction.service';
import {
  PointRulesDto,
  PointRulesView,
  type PointRulesVersionView,
} from 'src/points/dto/point-rules.dto';
import { PointRuleSet } from 'src/points/entities/point-rule-set.entity';
import { DEFAULT_RULES, type ExpiryRule, type PointRules } from 'src/points/rules/point-rules';

export interface VersionedRules {
  version: number;
  rules: PointRules;
}

/** Normalizes a validated DTO into stored rules (drops `months` unless the mode uses it). */
export function toRules(dto: PointRulesDto): PointRules {
  const expiry: ExpiryRule =
    dto.expiry.mode === 'months'
      ? { mode: 'months', months: dto.expiry.months! }
      : { mode: dto.expiry.mode };
  return {
    pointsPerHour: dto.pointsPerHour,
    wishPoints: {
      1: dto.wishPoints['1'],
      2: dto.wishPoints['2'],
      3: dto.wishPoints['3'],
      4: dto.wishPoints['4'],
      5: dto.wishPoints['5'],
    },
    categoryMultipliers: { ...dto.categoryMultipliers },
    pairMonthlyCap: dto.pairMonthlyCap,
    volunteerMonthlyCap: dto.volunteerMonthlyCap,
    monthlyIssuanceBudget: dto.monthlyIssuanceBudget,
    maxPointsPerAward: dto.maxPointsPerAward ?? DEFAULT_RULES.maxPointsPerAward,
    backfillDays: dto.backfillDays ?? DEFAULT_RULES.backfillDays,
    expiry,
  };
}

/** Versioned point rules: a change adds a version; postings record the version they used. */
@Injectable()
export class PointRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  /** Every saved version, newest first (keyset on id). */
  async history(communityId: string, q: PageQuery): Promise<Page<PointRulesVersionView>> {
    const limit = pageSize(q);
    const after = decodeCursor(q.cursor);
    const rows = await this.dataSource.manager.find(PointRuleSet, {
      where: { communityId, ...(after ? { id: LessThan(after) } : {}) },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    return toPage(rows, limit, (r) => ({
      ...PointRulesView.of(r.version, { ...DEFAULT_RULES, ...r.rules }),
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      createdBy: r.createdBy,
    }));
  }

  async current(
    communityId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VersionedRules> {
    const latest = await manager.findOne(PointRuleSet, {
      where: { communityId },
      order: { version: 'DESC' },
    });
    // Rules saved before a setting existed read it at its default.
    return latest
      ? { version: latest.version, rules: { ...DEFAULT_RULES, ...latest.rules } }
      : { version: 0, rules: DEFAULT_RULES };
  }

  update(actor: AuthUser, communityId: string, dto: PointRulesDto): Promise<VersionedRules> {
    const rules = toRules(dto);
    return this.tx.run(async (m) => {
      const before = await this.current(communityId, m);
      const version = before.version + 1;
      try {
        await m.insert(PointRuleSet, {
          id: newId(),
          communityId,
          version,
          rules,
          createdBy: actor.id,
          createdAt: new Date(),
        });
      } catch (err) {
        if (isUniqueViolation(err))
          throw new ConflictError('The rules were changed meanwhile; reload and retry');
        throw err;
      }
      await this.audit.record(m, actor, {
        communityId,
        action: 'point_rules.update',
        targetType: 'community',
        targetId: communityId,
        before: { version: before.version, ...before.rules },
        after: { version, ...rules },
      });
      return { version, rules };
    });
  }
}
