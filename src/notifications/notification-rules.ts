import { DateTime } from 'luxon';
import type { DomainEventType } from 'src/events/domain-events';
import { APP_PATHS, CONSOLE_PATH } from 'src/pages/app-links';
import { starTitle } from 'src/recognition/recognition.rules';

/** A domain event as the dispatcher reads it from the outbox. */
export interface OutboxEvent {
  id: string;
  type: DomainEventType;
  communityId: string;
  subjectType: string;
  subjectId: string;
  actorId: string | null;
  data: Record<string, string | number | boolean | null>;
  occurredAt: Date;
}

/**
 * Who hears of an event:
 * - `owner` / `claimer` / `user`: one account named by the event (`data.ownerId`,
 *   `data.claimerId`, or the field named by `userField`);
 * - `anonymousOwner`: the contact phone of a wish posted by QR code or by a grid worker on a
 *   resident's behalf (SMS only: they have no account, no inbox);
 * - `gridVolunteers`: approved volunteers whose grid is the wish's grid;
 * - `gridStaff`: the grid workers of the wish's grid and the community's admins;
 * - `signedUp`: volunteers signed up to the activity.
 */
export type Audience =
  'owner' | 'claimer' | 'user' | 'anonymousOwner' | 'gridVolunteers' | 'gridStaff' | 'signedUp';

/** SMS of these kinds are gathered into one message per person and digest slot. */
export type DigestKind = 'new_wishes' | 'points_expiring';

export interface Message {
  title: string;
  body: string;
  /** A path of the phone app, or of the console for staff's work. */
  link: string;
}

export interface Rule {
  audience: Audience;
  /** For `user`: the data field holding the account id (`subject` for the subject itself). */
  userField?: string;
  when?: (e: OutboxEvent) => boolean;
  message: (e: OutboxEvent, zone: string) => Message;
  /** `now` (quiet hours permitting), `digest`, or never by SMS (the default). */
  sms?: 'now' | 'digest';
  digest?: DigestKind;
  /** Cannot wait for the morning: sent through quiet hours. */
  urgent?: (e: OutboxEvent) => boolean;
}

const str = (e: OutboxEvent, key: string): string => String(e.data[key] ?? '');
const title = (e: OutboxEvent): string => `「${str(e, 'title')}」`;
const item = (e: OutboxEvent): string => `「${str(e, 'itemName')}」`;
const wishLink = (e: OutboxEvent): string => `${APP_PATHS.app}/wishes/${e.subjectId}`;
const myWishes = `${APP_PATHS.app}/my-wishes`;
const points = `${APP_PATHS.app}/points`;
const pickups = `${APP_PATHS.app}/pickups`;
const activities = `${APP_PATHS.app}/activities`;
const serviceRecord = `${APP_PATHS.app}/service-record`;
/** Staff hear of work that waits for them in the console's queues. */
const reviewQueue = `${CONSOLE_PATH}/review`;
const followUps = `${CONSOLE_PATH}/follow-ups`;

/** A time in the community's zone, as people say it: 11月23日 14:30. */
export const localTime = (iso: string, zone: string): string =>
  DateTime.fromISO(iso, { zone }).toFormat('M月d日 HH:mm');
const localDay = (iso: string, zone: string): string =>
  DateTime.fromISO(iso, { zone }).toFormat('yyyy年M月d日');

const urgentWish = (e: OutboxEvent) => e.data.urgency === 'urgent';

const newWish: Rule = {
  audience: 'gridVolunteers',
  message: (e) => ({
    title: '网格有新心愿',
    body: `${title(e)}等待志愿者接单，快去看看吧。`,
    link: wishLink(e),
  }),
  sms: 'digest',
  digest: 'new_wishes',
};

const KIND_OF_EARNING: Record<string, string> = {
  earn_wish: '心愿服务',
  earn_service: '志愿服务时长',
};

/**
 * Every notification the system sends, by event: who, what they read, and whether it may go
 * by SMS. An event type without rules (or a rule whose people are absent) notifies nobody.
 */
export const NOTIFICATION_RULES: Partial<Record<DomainEventType, Rule[]>> = {
  'wish.submitted': [
    {
      audience: 'gridStaff',
      when: (e) => e.data.status === 'pending_review',
      message: (e) => ({ title: '新心愿待审核', body: `${title(e)}等待审核。`, link: reviewQueue }),
    },
    { ...newWish, when: (e) => e.data.status === 'open' },
    {
      audience: 'anonymousOwner',
      message: (e) => ({
        title: '心愿已收到',
        body: `您的心愿${title(e)}已收到，可凭查询码查看进度。`,
        link: APP_PATHS.track,
      }),
      sms: 'now',
    },
  ],
  'wish.approved': [
    {
      audience: 'owner',
      message: (e) => ({
        title: '心愿已通过审核',
        body: `您的心愿${title(e)}已发布，正在等待志愿者接单。`,
        link: myWishes,
      }),
    },
    newWish,
  ],
  'wish.rejected': [
    {
      audience: 'owner',
      message: (e) => ({
        title: '心愿未通过审核',
        body: `您的心愿${title(e)}未通过审核，详情请查看心愿或联系网格员。`,
        link: myWishes,
      }),
    },
    {
      audience: 'anonymousOwner',
      message: (e) => ({
        title: '心愿未通过审核',
        body: `您的心愿${title(e)}未通过审核，详情请联系网格员。`,
        link: APP_PATHS.track,
      }),
      sms: 'now',
    },
  ],
  'wish.claimed': [
    {
      audience: 'owner',
      message: (e) => ({
        title: '志愿者已接单',
        body: `您的心愿${title(e)}已有志愿者接单，志愿者会尽快联系您。`,
        link: myWishes,
      }),
    },
  ],
  'wish.dispatched': [
    {
      audience: 'claimer',
      message: (e) => ({
        title: '您有新的派单',
        body: `网格员把心愿${title(e)}派给了您，请尽快联系居民。`,
        link: wishLink(e),
      }),
      sms: 'now',
      urgent: urgentWish,
    },
    {
      audience: 'owner',
      message: (e) => ({
        title: '志愿者已接单',
        body: `您的心愿${title(e)}已安排志愿者，志愿者会尽快联系您。`,
        link: myWishes,
      }),
    },
  ],
  'wish.released': [
    {
      audience: 'owner',
      message: (e) => ({
        title: '正在重新安排志愿者',
        body: `原志愿者无法完成您的心愿${title(e)}，我们正在重新安排。`,
        link: myWishes,
      }),
    },
    newWish,
  ],
  'wish.completed': [
    {
      audience: 'owner',
      message: (e) => ({
        title: '请为志愿服务评价',
        body: `志愿者已完成您的心愿${title(e)}，请给这次帮助打个分。`,
        link: myWishes,
      }),
    },
    {
      audience: 'anonymousOwner',
      message: (e) => ({
        title: '请为志愿服务评价',
        body: `志愿者已完成您的心愿${title(e)}，请凭查询码给这次帮助打个分。`,
        link: APP_PATHS.track,
      }),
      sms: 'now',
    },
  ],
  'wish.cancelled': [
    {
      audience: 'claimer',
      message: (e) => ({
        title: '心愿已取消',
        body: `您接下的心愿${title(e)}已取消，无需再上门。`,
        link: wishLink(e),
      }),
      sms: 'now',
    },
  ],
  'wish.rated': [
    {
      audience: 'claimer',
      message: (e) => ({
        title: '居民给了评价',
        body: `您帮助完成的心愿${title(e)}获得了 ${str(e, 'rating')} 星评价。`,
        link: points,
      }),
    },
  ],
  'wish.follow_up_opened': [
    {
      audience: 'gridStaff',
      message: (e) => ({
        title: '低分评价待回访',
        body: `心愿${title(e)}获得 ${str(e, 'rating')} 星评价，请回访居民。`,
        link: followUps,
      }),
    },
  ],
  'attendance.approved': [
    {
      audience: 'user',
      userField: 'volunteerId',
      message: (e) => ({
        title: '活动时长已确认',
        body: `活动${title(e)}确认服务 ${str(e, 'minutes')} 分钟。`,
        link: points,
      }),
    },
  ],
  'service_record.approved': [
    {
      audience: 'user',
      userField: 'volunteerId',
      message: (e) => ({
        title: '服务记录已通过',
        body:
          str(e, 'reported') && str(e, 'reported') !== str(e, 'minutes')
            ? `您上报的 ${str(e, 'reported')} 分钟志愿服务核减为 ${str(e, 'minutes')} 分钟后通过审核。原因：${str(e, 'reason')}`
            : `您上报的 ${str(e, 'minutes')} 分钟志愿服务已通过审核。`,
        link: points,
      }),
    },
  ],
  'service_record.rejected': [
    {
      audience: 'user',
      userField: 'volunteerId',
      message: (e) => ({
        title: '服务记录未通过',
        body: str(e, 'reason')
          ? `您上报的 ${str(e, 'minutes')} 分钟志愿服务未通过审核。原因：${str(e, 'reason')}`
          : `您上报的 ${str(e, 'minutes')} 分钟志愿服务未通过审核，详情请联系网格员。`,
        link: points,
      }),
    },
  ],
  'record_correction.accepted': [
    {
      audience: 'user',
      userField: 'volunteerId',
      message: (e) => ({
        title: '服务记录已更正',
        body: `${str(e, 'date')} ${title(e)}的服务时长已由 ${str(e, 'fromMinutes')} 分钟更正为 ${str(e, 'toMinutes')} 分钟${
          Number(str(e, 'points')) > 0
            ? `，补发 ${str(e, 'points')} 积分`
            : Number(str(e, 'points')) < 0
              ? `，扣回 ${-Number(str(e, 'points'))} 积分`
              : ''
        }。`,
        link: serviceRecord,
      }),
    },
  ],
  'record_correction.refused': [
    {
      audience: 'user',
      userField: 'volunteerId',
      message: (e) => ({
        title: '更正申请未通过',
        body: `${str(e, 'date')} ${title(e)}的更正申请未通过。原因：${str(e, 'reason')}`,
        link: serviceRecord,
      }),
    },
  ],
  'volunteer.level_reached': [
    {
      audience: 'user',
      userField: 'volunteerId',
      message: (e) => ({
        title: `恭喜您成为${starTitle(Number(str(e, 'level')))}`,
        body: `您的志愿服务时长已达 ${str(e, 'hours')} 小时，感谢您的付出！`,
        link: serviceRecord,
      }),
    },
  ],
  'volunteer.approved': [
    {
      audience: 'user',
      userField: 'subject',
      message: () => ({
        title: '志愿者申请已通过',
        body: '欢迎加入社区志愿者队伍！现在可以在心愿大厅接单了。',
        link: `${APP_PATHS.app}/wishes`,
      }),
      sms: 'now',
    },
  ],
  'volunteer.suspended': [
    {
      audience: 'user',
      userField: 'subject',
      message: () => ({
        title: '志愿者资格已暂停',
        body: '您的志愿者资格已暂停，详情请联系社区。',
        link: APP_PATHS.app,
      }),
    },
  ],
  'points.earned': [
    {
      audience: 'user',
      userField: 'userId',
      message: (e) => ({
        title: '获得积分',
        body: `${KIND_OF_EARNING[str(e, 'kind')] ?? '志愿服务'}获得 ${str(e, 'points')} 积分。`,
        link: points,
      }),
    },
  ],
  'points.expiring': [
    {
      audience: 'user',
      userField: 'userId',
      message: (e, zone) => ({
        title: '积分即将过期',
        body: `您有 ${str(e, 'points')} 积分将于 ${localDay(str(e, 'expiresAt'), zone)} 过期，请及时到积分超市兑换。`,
        link: points,
      }),
      sms: 'digest',
      digest: 'points_expiring',
    },
  ],
  'points.expired': [
    {
      audience: 'user',
      userField: 'userId',
      message: (e) => ({
        title: '积分已过期',
        body: `您有 ${str(e, 'points')} 积分已过期。`,
        link: points,
      }),
    },
  ],
  'redemption.reserved': [
    {
      audience: 'user',
      userField: 'memberId',
      message: (e) => ({
        title: '兑换成功',
        body: `已为您预留${item(e)}，请凭取货码到兑换点领取。`,
        link: pickups,
      }),
    },
  ],
  'redemption.fulfilled': [
    {
      audience: 'user',
      userField: 'memberId',
      message: (e) => ({
        title: '兑换已领取',
        body: `${item(e)}已领取，扣除 ${str(e, 'points')} 积分。`,
        link: pickups,
      }),
    },
  ],
  'redemption.cancelled': [
    {
      audience: 'user',
      userField: 'memberId',
      message: (e) => ({
        title: '兑换已取消',
        body: `${item(e)}的兑换已取消，${str(e, 'points')} 积分已退回。`,
        link: pickups,
      }),
    },
  ],
  'redemption.lapsing': [
    {
      audience: 'user',
      userField: 'memberId',
      message: (e, zone) => ({
        title: '兑换即将过期',
        body: `${item(e)}请在 ${localTime(str(e, 'expiresAt'), zone)} 前领取，过期将自动取消并退回积分。`,
        link: pickups,
      }),
      sms: 'now',
    },
  ],
  'activity.starting': [
    {
      audience: 'signedUp',
      message: (e, zone) => ({
        title: '活动即将开始',
        body: `您报名的活动${title(e)}将于 ${localTime(str(e, 'startsAt'), zone)} 开始${e.data.place ? `，地点：${str(e, 'place')}` : ''}。`,
        link: activities,
      }),
      sms: 'now',
      urgent: () => true,
    },
  ],
};
