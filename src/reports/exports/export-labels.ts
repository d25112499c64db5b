/**
 * The words a community worker reads in an export, for the codes the API uses. The phone app
 * and the console say the same (web/src/labels.ts); an unknown code is shown as it is.
 */
export const WISH_STATUS_ZH: Record<string, string> = {
  pending_review: '待审核',
  open: '待接单',
  claimed: '服务中',
  completed: '待评价',
  closed: '已完成',
  rejected: '未通过',
  cancelled: '已取消',
};

export const CATEGORY_ZH: Record<string, string> = {
  daily_life: '生活帮扶',
  elder_care: '关爱老人',
  repair: '维修',
  errand: '跑腿代办',
  medical_escort: '陪同就医',
  tutoring: '辅导教学',
  other: '其他',
};

export const URGENCY_ZH: Record<string, string> = { urgent: '紧急', normal: '一般', low: '不急' };

export const AWARD_FLAG_ZH: Record<string, string> = {
  posting_cap: '单次积分封顶',
  pair_cap: '同一居民本月已满 3 次',
  volunteer_cap: '志愿者本月积分已满',
  budget: '社区本月积分预算已用完',
  not_approved: '志愿者未通过审核',
};

export const HOURS_TYPE_ZH: Record<string, string> = {
  attendance: '活动签到',
  service_record: '服务上报',
};

export const HOURS_STATUS_ZH: Record<string, string> = {
  open: '未签退',
  closed: '待审核',
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
};

export const ENTRY_KIND_ZH: Record<string, string> = {
  earn_wish: '心愿服务',
  earn_service: '志愿服务时长',
  redeem: '积分兑换',
  refund: '兑换退回',
  adjust: '积分调整',
  expire: '积分过期',
};

export const SYSTEM_ACCOUNT_ZH: Record<string, string> = {
  issuance: '社区积分发放账户',
  store: '积分超市账户',
  expired: '过期积分账户',
};

export const REDEMPTION_STATUS_ZH: Record<string, string> = {
  reserved: '待领取',
  fulfilled: '已领取',
  cancelled: '已取消',
};

export const CHANNEL_ZH: Record<string, string> = { reserve: '预约领取', counter: '柜台兑换' };
