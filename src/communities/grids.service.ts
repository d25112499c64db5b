import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from 'src/common/audit/audit.service';
import type { AuthUser } from 'src/common/auth-user';
import { ConflictError, ValidationFailedError } from 'src/common/errors/app-error';
import { newId, randomToken } from 'src/common/ids';
import { qrImage } from 'src/common/qr';
import { findInScope } from 'src/common/scope';
import { AppConfig } from 'src/config/app-config';
import { APP_PATHS } from 'src/pages/app-links';
import { CreateGridDto } from 'src/communities/dto/grid.dto';
import { Grid } from 'src/communities/entities/grid.entity';
import { CommunitiesService } from 'src/communities/communities.service';
import { isUniqueViolation } from 'src/database/db-errors';
import { TransactionService } from 'src/database/transaction.service';

/** Path of the resident wish-intake page; the grid's QR code links here. */

@Injectable()
export class GridsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly communities: CommunitiesService,
    private readonly config: AppConfig,
  ) {}

  async create(actor: AuthUser, communityId: string, dto: CreateGridDto): Promise<Grid> {
    await this.communities.get(actor, communityId);
    return this.tx.run(async (m) => {
      const grid = m.create(Grid, {
        id: newId(),
        communityId,
        name: dto.name,
        intakeToken: randomToken(24),
      });
      try {
        await m.save(grid);
      } catch (err) {
        if (isUniqueViolation(err))
          throw new ConflictError(`A grid named ${dto.name} already exists`);
        throw err;
      }
      await this.audit.record(m, actor, {
        communityId,
        action: 'grid.create',
        targetType: 'grid',
        targetId: grid.id,
        after: { name: grid.name },
      });
      return grid;
    });
  }

  async list(user: AuthUser, communityId: string): Promise<Grid[]> {
    await this.communities.get(user, communityId);
    return this.dataSource.manager.find(Grid, { where: { communityId }, order: { name: 'ASC' } });
  }

  findByIntakeToken(token: string): Promise<Grid | null> {
    return this.dataSource.manager.findOne(Grid, { where: { intakeToken: token } });
  }

  get(user: AuthUser, id: string): Promise<Grid> {
    return findInScope(this.dataSource.manager, Grid, user, id, 'Grid');
  }

  /** Checks that a grid belongs to a community; a wrong id is a field error of the request. */
  async assertInCommunity(
    manager: EntityManager,
    communityId: string,
    gridId: string,
    field = 'gridId',
  ) {
    const found = await manager.exists(Grid, { where: { id: gridId, communityId } });
    if (!found)
      throw ValidationFailedError.field(field, `${field} is not a grid of this community`);
  }

  intakeUrl(grid: Grid): string {
    return `${this.config.publicBaseUrl}${APP_PATHS.wish}?g=${encodeURIComponent(grid.intakeToken)}`;
  }

  async wishQr(user: AuthUser, id: string, format: 'png' | 'svg'): Promise<Buffer | string> {
    const grid = await this.get(user, id);
    const url = this.intakeUrl(grid);
    return qrImage(url, format, 512);
  }
}
