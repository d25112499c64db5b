import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { newId, randomToken } from 'src/common/ids';
import { Community } from 'src/communities/entities/community.entity';
import { Grid } from 'src/communities/entities/grid.entity';
import { GridsService } from 'src/communities/grids.service';
import { AppConfig } from 'src/config/app-config';
import { isUniqueViolation } from 'src/database/db-errors';
import { TransactionService } from 'src/database/transaction.service';
import { DemoStoryService } from 'src/seed/demo-story.service';
import { DEMO_COMMUNITY, DEMO_GRIDS, DEMO_MEMBERS, DEMO_PASSWORD } from 'src/seed/demo-data';
import { User } from 'src/users/entities/user.entity';
import { withRole } from 'src/users/roles';
import { UsersService } from 'src/users/users.service';

/**
 * On start: creates the platform admin from ADMIN_PHONE / ADMIN_PASSWORD when none exists, and
 * loads the demo community when SEED_DEMO=true and the database has no community yet. Both are
 * safe when several instances start together: unique constraints let exactly one win.
 */
@Injectable()
export class BootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
    private readonly story: DemoStoryService,
    private readonly grids: GridsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensurePlatformAdmin();
    if (this.config.get('SEED_DEMO')) await this.seedDemo();
  }

  async ensurePlatformAdmin(): Promise<void> {
    const phone = this.config.get('ADMIN_PHONE');
    const password = this.config.get('ADMIN_PASSWORD');
    if (!phone || !password) return;
    const exists = await this.dataSource.manager.exists(User, {
      where: { roles: withRole('platform_admin') },
    });
    if (exists) return;
    const admin = await this.users.prepare({
      communityId: null,
      phone,
      name: 'Platform admin',
      password,
      roles: ['platform_admin'],
      phoneVerifiedAt: new Date(), // the operator's own, from the environment
    });
    await this.ignoreDuplicate(() => this.tx.run((m) => this.users.insert(m, admin)));
    this.logger.log(`Platform admin ${phone} is ready`);
  }

  async seedDemo(): Promise<void> {
    if ((await this.dataSource.manager.count(Community)) > 0) return;
    const users = await Promise.all(
      DEMO_MEMBERS.map((m) =>
        // Demo members stand for members their community added: phones vouched for.
        this.users.prepare({
          ...m,
          communityId: null,
          password: DEMO_PASSWORD,
          phoneVerifiedAt: new Date(),
        }),
      ),
    );
    const seeded = await this.ignoreDuplicate(() =>
      this.tx.run(async (m) => {
        const community = await m.save(m.create(Community, { id: newId(), ...DEMO_COMMUNITY }));
        const grids: Grid[] = [];
        for (const name of DEMO_GRIDS) {
          grids.push(
            await m.save(
              m.create(Grid, {
                id: newId(),
                communityId: community.id,
                name,
                intakeToken: randomToken(24),
              }),
            ),
          );
        }
        for (const [i, spec] of DEMO_MEMBERS.entries()) {
          const user = users[i];
          user.communityId = community.id;
          user.gridId = grids[spec.grid].id;
          user.address = spec.address ?? null;
          await this.users.insert(m, user);
          if (spec.volunteer)
            await this.users.saveProfile(m, user, 'approved', spec.volunteer, null);
        }
        return community.id;
      }),
    );
    if (!seeded) return;
    await this.story.play(seeded);
    this.logger.log(`Demo community ${DEMO_COMMUNITY.code} loaded (password ${DEMO_PASSWORD})`);
  }

  /** The demo community's first grid's QR link (what its printed poster holds), if loaded. */
  async demoIntakeLink(): Promise<string | null> {
    if (!this.config.get('SEED_DEMO')) return null;
    const grid = await this.dataSource.manager
      .createQueryBuilder(Grid, 'g')
      .innerJoin(Community, 'c', 'c.id = g.community_id')
      .where('c.code = :code', { code: DEMO_COMMUNITY.code })
      .orderBy('g.id', 'ASC')
      .getOne();
    return grid ? this.grids.intakeUrl(grid) : null;
  }

  /** Another instance doing the same work at the same moment is not an error. */
  private async ignoreDuplicate<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (err) {
      if (isUniqueViolation(err) || (err instanceof Error && err.name === 'ConflictError'))
        return undefined;
      throw err;
    }
  }
}
