import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { AuthUser } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import { AdjustmentsService } from 'src/points/adjustments.service';
import { ActivitiesService } from 'src/service-hours/activities.service';
import { ServiceRecordsService } from 'src/service-hours/service-records.service';
import { CatalogService } from 'src/store/catalog.service';
import { RedemptionsService } from 'src/store/redemptions.service';
import { User } from 'src/users/entities/user.entity';
import { WishFeedbackService } from 'src/wishes/wish-feedback.service';
import { WishLifecycleService } from 'src/wishes/wish-lifecycle.service';
import { WishesService } from 'src/wishes/wishes.service';
import { DEMO_COMMUNITY } from 'src/seed/demo-data';

/**
 * A few weeks of the demo community, played through the same services the API calls (so every
 * point is a ledger posting under the usual rules): store items of each kind, an activity,
 * wishes in several states, starting points, a reservation waiting for pickup and service on
 * 陈志愿's record to certify.
 */
@Injectable()
export class DemoStoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly wishes: WishesService,
    private readonly lifecycle: WishLifecycleService,
    private readonly feedback: WishFeedbackService,
    private readonly catalog: CatalogService,
    private readonly redemptions: RedemptionsService,
    private readonly activities: ActivitiesService,
    private readonly serviceRecords: ServiceRecordsService,
    private readonly adjustments: AdjustmentsService,
    private readonly clock: Clock,
  ) {}

  async play(communityId: string): Promise<void> {
    const users = await this.dataSource.manager.find(User, { where: { communityId } });
    const as = (phone: string): AuthUser => {
      const u = users.find((x) => x.phone === phone)!;
      return { id: u.id, communityId, gridId: u.gridId, roles: u.roles, requestId: 'demo' };
    };
    const [admin, worker, staff] = ['13900000001', '13900000002', '13900000003'].map(as);
    const [chen, liu] = ['13900000011', '13900000012'].map(as);
    const [zhang, sun] = ['13900000021', '13900000022'].map(as);
    // Tomorrow at a given hour of the community's clock: the demo's activity and service slots
    // fall in the day, whenever the demo is started (they were at 02:28 for a demo started at
    // 18:28 when they were "now + n hours").
    const tomorrow = DateTime.fromJSDate(this.clock.now(), { zone: DEMO_COMMUNITY.timezone })
      .plus({ days: 1 })
      .startOf('day');
    const at = (hour: number) => tomorrow.set({ hour }).toUTC().toISO()!;

    // Starting points, as a community awards them for last year's service.
    await this.adjustments.adjust(admin, chen.id, { delta: 120, reason: '去年志愿服务积分结转' });
    await this.adjustments.adjust(admin, liu.id, { delta: 60, reason: '去年志愿服务积分结转' });

    // Wishes: one rated (points for 陈志愿), one claimed, open ones, one waiting for review.
    const rated = await this.wishes.create(zhang, {
      title: '帮忙换一下厨房灯泡',
      description: '厨房的灯泡坏了，够不着',
      category: 'repair',
      urgency: 'normal',
    });
    await this.lifecycle.approve(worker, rated.id);
    await this.lifecycle.claim(chen, rated.id);
    await this.lifecycle.complete(chen, rated.id, '已换好新灯泡');
    await this.feedback.feedback(zhang, rated.id, 5, '小陈很热心，谢谢！');
    const claimed = await this.wishes.create(zhang, {
      title: '陪我去社区医院复查',
      description: '周五上午九点，需要有人陪同',
      category: 'medical_escort',
      urgency: 'normal',
    });
    await this.lifecycle.approve(worker, claimed.id);
    await this.lifecycle.claim(chen, claimed.id);
    for (const [owner, title, description, category, urgency] of [
      [zhang, '帮忙取一下快递', '快递在小区门口驿站，拿不动', 'errand', 'urgent'],
      [sun, '教我用手机挂号', '想学会在手机上预约医院', 'tutoring', 'low'],
      [sun, '水龙头漏水', '卫生间水龙头一直滴水', 'repair', 'normal'],
    ] as const) {
      const wish = await this.wishes.create(owner, { title, description, category, urgency });
      await this.lifecycle.approve(worker, wish.id);
    }
    await this.wishes.create(zhang, {
      title: '想请人读报纸',
      description: '眼睛不好，希望每周有人来读读报',
      category: 'elder_care',
      urgency: 'low',
    });

    // The store: goods, a bookable service with two slots tomorrow, an honour.
    const oil = await this.catalog.create(staff, {
      name: '食用油 1L',
      kind: 'goods',
      pricePoints: 20,
      stock: 30,
      description: '每人每月限兑 2 瓶',
      perMemberLimit: 2,
      limitPeriod: 'month',
    });
    await this.catalog.create(staff, {
      name: '洗衣液 2kg',
      kind: 'goods',
      pricePoints: 15,
      stock: 40,
    });
    const cleaning = await this.catalog.create(staff, {
      name: '家政服务 1 小时',
      kind: 'service',
      pricePoints: 30,
      description: '上门打扫，请选择时段',
    });
    for (const start of [9, 14])
      await this.catalog.addSlot(staff, cleaning.id, {
        startsAt: at(start),
        endsAt: at(start + 1),
        capacity: 3,
      });
    await this.catalog.create(staff, {
      name: '民主评议加分',
      kind: 'honor',
      pricePoints: 50,
      description: '党员民主评议加 1 分',
    });
    await this.redemptions.reserve(chen, { itemId: oil.id, quantity: 1 });

    // An activity tomorrow morning, organised by the grid worker; 陈志愿 has signed up.
    const activity = await this.activities.create(worker, {
      title: '社区环境清洁日',
      description: '清理楼道杂物，带好手套',
      place: '社区广场',
      startsAt: at(8),
      endsAt: at(11),
      capacity: 20,
    });
    await this.activities.signUp(chen, activity.id);

    // 陈志愿's record: two reports approved (something to certify), one waiting for review.
    const daysAgo = (n: number) =>
      DateTime.fromJSDate(this.clock.now(), { zone: DEMO_COMMUNITY.timezone })
        .minus({ days: n })
        .toISODate()!;
    for (const [n, minutes, description] of [
      [7, 90, '社区垃圾分类宣传'],
      [3, 120, '为独居老人代购药品'],
    ] as const) {
      const report = await this.serviceRecords.create(chen, {
        date: daysAgo(n),
        minutes,
        description,
      });
      await this.serviceRecords.decide(worker, report.id, { decision: 'approve' });
    }
    await this.serviceRecords.create(chen, {
      date: daysAgo(1),
      minutes: 60,
      description: '楼道消防通道巡查',
    });
  }
}
