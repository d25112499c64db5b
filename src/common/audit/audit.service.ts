import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { AuditEntry } from 'src/common/audit/audit-entry.entity';
import { newId } from 'src/common/ids';

export interface AuditRecord {
  communityId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes one audit entry per staff or admin change, inside the change's own transaction. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: AuthUser | null, record: AuditRecord): Promise<void> {
    await manager.save(
      manager.create(AuditEntry, {
        id: newId(),
        communityId: record.communityId,
        actorId: actor?.id ?? null,
        action: record.action,
        targetType: record.targetType,
        targetId: record.targetId,
        before: record.before ?? null,
        after: record.after ?? null,
        requestId: actor?.requestId ?? null,
      }),
    );
  }
}
