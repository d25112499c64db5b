import { CATEGORY } from '@/labels';

/** The console's words for API codes (the phone app's labels.ts has the resident-facing ones). */
export const ROLE: Record<string, string> = {
  resident: '居民',
  volunteer: '志愿者',
  grid_worker: '网格员',
  store_staff: '超市工作人员',
  community_admin: '社区管理员',
  platform_admin: '平台管理员',
};

export const VOLUNTEER_STATUS: Record<string, string> = {
  pending: '待审核',
  approved: '已通过',
  suspended: '已暂停',
};

/** Volunteers' skills use the wish categories' codes. */
export const SKILL: Record<string, string> = CATEGORY;

export const ATTENDANCE_STATUS: Record<string, string> = {
  open: '未签退',
  closed: '待审核',
  approved: '已通过',
};

export const RECORD_STATUS: Record<string, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
};

/** Why an approval posted fewer points than the hours are worth (the API's awardFlag). */
export const AWARD_FLAG: Record<string, string> = {
  posting_cap: '已按单次积分上限发放',
  pair_cap: '本月同一居民与志愿者之间的积分已到上限',
  volunteer_cap: '该志愿者本月积分已到上限',
  budget: '社区本月积分预算已用完',
  not_approved: '该志愿者资格未通过或已暂停',
};

/** What staff are told after approving hours: the points as they were posted, never assumed. */
export function approvedWords(result: { points: number | null; awardFlag: string | null }): string {
  const points = result.points ?? 0;
  const why = result.awardFlag ? AWARD_FLAG[result.awardFlag] ?? '' : '';
  if (points > 0) return `已通过，发放 ${points} 积分${why ? `（${why}）` : ''}`;
  return `已通过，未发放积分${why ? `：${why}` : ''}`;
}

export const COLOUR: Record<string, string> = { red: '红', yellow: '黄', blue: '蓝' };

export const LIMIT_PERIOD: Record<string, string> = { day: '每天', month: '每月', year: '每年' };

/** What an audit action was, for the log's readers (codes as the services record them). */
export const AUDIT_ACTION: Record<string, string> = {
  'wish.approve': '审核通过心愿',
  'wish.reject': '驳回心愿',
  'wish.assign': '派单',
  'wish.cancel': '取消心愿',
  'wish.feedback_on_behalf': '代居民评价',
  'wish.follow_up_resolve': '办结回访',
  'member.create': '新增成员',
  'member.confirm_phone': '确认手机号',
  'member.update': '修改成员',
  'member.import': '批量导入成员',
  'volunteer.approve': '通过志愿者申请',
  'volunteer.suspend': '暂停志愿者',
  'service_record.approve': '通过服务上报',
  'service_record.reject': '驳回服务上报',
  'activity.create': '新建活动',
  'activity.update': '修改活动',
  'attendance.mark': '补签',
  'attendance.approve': '审核活动时长',
  'attendance.correct': '更正并审核活动时长',
  'service_record.correct': '核减后通过服务上报',
  'store_item.create': '上架物品',
  'store_item.update': '修改物品',
  'store_item.restock': '补货',
  'store_slot.create': '新增服务时段',
  'points.adjust': '积分调整',
  'point_rules.update': '修改积分规则',
  'grid_rating_config.update': '修改网格评级规则',
  'grid_ratings.freeze': '定格网格评级',
  'grid_ratings.reopen': '重新开放网格评级',
  'grid.create': '新建网格',
  'redemption.verify': '核销兑换',
  'redemption.counter': '柜台兑换',
  'redemption.cancel': '取消兑换',
  'community.create': '新建社区',
  'webhook.create': '新建推送地址',
  'webhook.update': '修改推送地址',
  'webhook.delete': '删除推送地址',
  'webhook.redeliver': '重新推送',
  'recognition_settings.update': '修改星级、勋章与节假日',
  'certificate.issue': '开具服务证明',
  'certificate.revoke': '撤销服务证明',
  'record_correction.request': '申请更正服务记录',
  'record_correction.accept': '同意更正服务记录',
  'record_correction.refuse': '不同意更正服务记录',
  'consent.grant': '同意（隐私或公开姓名）',
  'consent.withdraw': '撤回同意',
};

/** The word for a code, or the code itself when there is none (for table cells typed loosely). */
export const say = (words: Record<string, string>, code: string | null | undefined): string =>
  code ? (words[code] ?? code) : '';
