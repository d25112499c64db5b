import { REDEMPTION_STATUS, when, WISH_STATUS } from '@/labels';
import { person } from '@/console/people';
import { ATTENDANCE_STATUS, AUDIT_ACTION, AWARD_FLAG, RECORD_STATUS, ROLE, say, VOLUNTEER_STATUS } from '@/console/words';

/** What each field of an entry's before/after is, for a community worker. */
const FIELD: Record<string, string> = {
  status: '状态',
  points: '积分',
  minutes: '时长（分钟）',
  quantity: '数量',
  reason: '原因',
  name: '名称',
  title: '标题',
  balance: '余额',
  delta: '调整',
  note: '备注',
  roles: '角色',
  disabled: '停用',
  phoneVerified: '手机号已确认',
  followUpOpen: '回访中',
  url: '地址',
  eventTypes: '推送的事件',
  active: '上架',
  stock: '库存',
  pricePoints: '价格（积分）',
  perMemberLimit: '每人限兑',
  capacity: '名额',
  place: '地点',
  startsAt: '开始',
  endsAt: '结束',
  checkInAt: '签到',
  checkOutAt: '签退',
  version: '版本',
  rows: '行数',
  fileName: '文件',
  grids: '网格数',
  wishesLinked: '关联的心愿',
  passwordChanged: '重设了密码',
  rating: '评分',
  claimerId: '志愿者',
  memberId: '会员',
  volunteerId: '志愿者',
  awardFlag: '积分说明',
  date: '日期',
  period: '月份',
};

const STATUS: Record<string, string> = {
  ...VOLUNTEER_STATUS,
  ...RECORD_STATUS,
  ...ATTENDANCE_STATUS,
  ...REDEMPTION_STATUS,
  ...WISH_STATUS,
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function value(key: string, v: unknown): string | null {
  if (v === null || v === undefined || v === '') return '无';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.map((x) => (key === 'roles' ? say(ROLE, String(x)) : String(x))).join('、');
  if (typeof v === 'object') return null;
  const s = String(v);
  if (key === 'status') return say(STATUS, s);
  if (key === 'awardFlag') return say(AWARD_FLAG, s);
  if (key.endsWith('Id')) return person(s, true) || null;
  if (ISO_TIME.test(s)) return when(s);
  return s;
}

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetName: string | null;
  before: object | null;
  after: object | null;
}

/** 李网格员 审核通过心愿「帮忙换灯泡」 */
export function auditSentence(e: AuditEntry, target: string): string {
  // No actor: a scheduled job. An actor outside the community's people: the platform's admin.
  const who = e.actorId ? person(e.actorId, true) || '平台管理员' : '系统';
  const what = AUDIT_ACTION[e.action] ?? '操作';
  return `${who} ${what}${e.targetName ? `「${e.targetName}」` : `（${target}）`}`;
}

/** What changed, in words: 状态：待审核 → 已通过；数量：4. Fields without words stay in the raw detail. */
export function auditChanges(e: AuditEntry): string {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(after)) {
    const label = FIELD[key];
    if (!label) continue;
    const now = value(key, after[key]);
    if (now === null) continue;
    if (key in before && JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      const was = value(key, before[key]);
      parts.push(`${label}：${was ?? '—'} → ${now}`);
    } else if (!(key in before)) parts.push(`${label}：${now}`);
  }
  return parts.join('；');
}
