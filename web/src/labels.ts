import type { Schemas } from '@/api/client';
import { session } from '@/api/session';

type Wish = Schemas['WishView'];

/** Wish states in plain words, for the resident and the volunteer. */
export const WISH_STATUS: Record<Wish['status'], string> = {
  pending_review: '等待网格员审核',
  open: '已发布，等待志愿者接单',
  claimed: '志愿者已接单，正在帮忙',
  completed: '帮助已完成，请您评价',
  closed: '已评价，心愿已完成',
  rejected: '未通过审核',
  cancelled: '已取消',
};

/** A wish's progress as its volunteer reads it (WISH_STATUS speaks to the resident). */
export const CLAIMED_STATUS: Record<Wish['status'], string> = {
  ...WISH_STATUS,
  open: '已发布，等待接单',
  claimed: '已接单，请尽快联系居民帮忙',
  completed: '已完成，等待居民评价',
  closed: '居民已评价，心愿已完成',
};

export const CATEGORY: Record<Wish['category'], string> = {
  daily_life: '生活帮扶',
  elder_care: '关爱老人',
  repair: '维修',
  errand: '跑腿代办',
  medical_escort: '陪同就医',
  tutoring: '辅导教学',
  other: '其他',
};

export const URGENCY: Record<Wish['urgency'], string> = {
  urgent: '紧急（24 小时内）',
  normal: '一般（3 天内）',
  low: '不急（7 天内）',
};

export const ENTRY_KIND: Record<string, string> = {
  earn_wish: '心愿服务',
  earn_service: '志愿服务时长',
  redeem: '积分兑换',
  refund: '兑换退回',
  adjust: '积分调整',
  expire: '积分过期',
};

export const ITEM_KIND: Record<Schemas['ItemView']['kind'], string> = {
  goods: '实物',
  service: '服务',
  honor: '荣誉',
};

export const REDEMPTION_STATUS: Record<Schemas['RedemptionView']['status'], string> = {
  reserved: '待领取',
  fulfilled: '已领取',
  cancelled: '已取消',
};

export const HISTORY: Record<string, string> = {
  posted: '提交心愿',
  posted_by_proxy: '网格员代为提交',
  approved: '审核通过',
  rejected: '未通过审核',
  claimed: '志愿者接单',
  assigned: '网格员派单',
  released: '志愿者退回',
  completed: '志愿者完成帮助',
  cancelled: '已取消',
  rated: '居民评价',
  follow_up_opened: '社区将回访了解情况',
  follow_up_resolved: '社区已回访',
};

/** Times read in the community's zone (the app's default where no one is signed in). */
export const zone = (): string => session.me?.community?.timezone ?? 'Asia/Shanghai';

/** 11月23日 14:05 in the community's zone. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: zone(),
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

/** A booked time, 12月6日 周六 09:00–11:00, in the community's zone. */
export function span(startIso: string | null | undefined, endIso: string | null | undefined): string {
  if (!startIso) return '';
  const date = new Intl.DateTimeFormat('zh-CN', {
    timeZone: zone(),
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(new Date(startIso));
  const clock = (iso: string) =>
    new Intl.DateTimeFormat('zh-CN', { timeZone: zone(), hour: '2-digit', minute: '2-digit', hour12: false }).format(
      new Date(iso),
    );
  return `${date} ${clock(startIso)}${endIso ? `–${clock(endIso)}` : ''}`;
}

/** Today's date, YYYY-MM-DD, in the community's zone. */
export const today = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone() }).format(new Date());

export function day(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: zone(),
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(iso));
}

/** 90 → 1 小时 30 分钟 */
export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} 小时` : '', m || !h ? `${m} 分钟` : ''].filter(Boolean).join(' ');
}

/** The tracking code shown in two groups of four: AB3D 7KQZ. */
export const grouped = (code: string): string =>
  code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一星志愿者 … 五星志愿者; 志愿者 before the first star. */
export const starTitle = (stars: number): string =>
  stars > 0 ? `${NUMERALS[stars] ?? stars}星志愿者` : '志愿者';

/** ★★☆☆☆ for two stars of five, for the eye; screen readers get starTitle. */
export const starRow = (stars: number, of = 5): string =>
  '★'.repeat(stars) + '☆'.repeat(Math.max(0, of - stars));

/** Hours as shown on the record: one decimal, never more than served. */
export const hoursText = (minutes: number): string => `${(Math.floor(minutes / 6) / 10).toFixed(1)} 小时`;

/** A local date as the API gives it (YYYY-MM-DD), in words, without any time-zone shift. */
export function localDate(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
