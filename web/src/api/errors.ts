import type { ErrorBody } from '@/api/client';

/** What each API error code means to a person. Pages may say it more precisely per action. */
const BY_CODE: Record<ErrorBody['code'], string> = {
  VALIDATION_FAILED: '填写的内容有误，请检查标红的项目',
  UNAUTHENTICATED: '登录已过期，请重新登录',
  FORBIDDEN: '您没有权限做这件事',
  NOT_FOUND: '没有找到，请检查后重试',
  CONFLICT: '这件事已经办过了',
  INVALID_STATE: '当前状态下不能这样操作，请刷新后再看',
  INSUFFICIENT_POINTS: '积分不足',
  OUT_OF_STOCK: '库存不足，已经兑完了',
  LIMIT_EXCEEDED: '已达到兑换上限',
  PAYLOAD_TOO_LARGE: '内容太长了，请精简后再提交',
  UNSUPPORTED_MEDIA_TYPE: '提交方式有误，请刷新页面后重试',
  IDEMPOTENCY_KEY_REUSED: '请刷新页面后重新提交',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '系统出了点问题，请稍后再试',
  SERVICE_UNAVAILABLE: '系统正在维护，请稍后再试',
};

/** What a refused field needs, in words for the person who typed it. */
const BY_FIELD: Record<string, string> = {
  phone: '请填写 11 位手机号',
  contactPhone: '请填写 11 位手机号',
  contactName: '请填写联系人姓名',
  name: '请填写姓名',
  password: '密码至少 8 位',
  communityCode: '请填写社区代码',
  title: '请填写心愿标题（100 字以内）',
  description: '请填写具体内容',
  category: '请选择类别',
  urgency: '请选择紧急程度',
  address: '地址太长了',
  note: '请填写完成情况',
  comment: '评价内容太长了',
  rating: '请选择 1 到 5 颗星',
  code: '签到码不对或已过期，请扫描最新的二维码',
  pickupCode: '兑换码是 10 位字母和数字',
  cardToken: '积分卡二维码无效，请让对方刷新后重新扫描',
  quantity: '请填写数量',
  slotId: '请选择预约时段',
  date: '请选择服务日期（不能是将来）',
  minutes: '请填写服务时长（1 到 1440 分钟）',
  gridToken: '这个二维码已失效，请联系网格员',
  trackingCode: '查询码是 8 位字母和数字',
  skills: '请选择特长',
};

export interface Problem {
  /** The sentence to show. */
  text: string;
  code: ErrorBody['code'] | 'NETWORK';
  /** Per-field messages, to show under the fields. */
  fields: Record<string, string>;
}

/**
 * An API error (or a failed connection) as Chinese text. `overrides` says a code more
 * precisely for the action at hand (for example FORBIDDEN when rating one's own help).
 */
export function problem(
  error: unknown,
  overrides: Partial<Record<ErrorBody['code'], string>> = {},
): Problem {
  const body = error as Partial<ErrorBody> | undefined;
  if (!body || typeof body.code !== 'string')
    return { text: '网络不通，请检查网络后重试', code: 'NETWORK', fields: {} };
  const fields: Record<string, string> = {};
  for (const d of body.details ?? []) {
    const leaf = d.field.split('.').pop() ?? d.field;
    fields[leaf] = BY_FIELD[leaf] ?? '这一项填写有误';
  }
  const first = Object.values(fields)[0];
  const text =
    overrides[body.code] ??
    (body.code === 'VALIDATION_FAILED' && first ? first : (BY_CODE[body.code] ?? '操作没有成功'));
  return { text, code: body.code, fields };
}
