import type { ErrorBody } from '@/api/client';
import { BY_FIELD } from '@/api/field-words';

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
    // The field itself, else the nearest named part of its path (wishPoints.5 → wishPoints).
    const path = d.field.split('.');
    const leaf = path[path.length - 1] ?? d.field;
    const named = [...path].reverse().find((p) => BY_FIELD[p]);
    fields[leaf] = (named ? BY_FIELD[named] : undefined) ?? '这一项填写有误，请检查';
  }
  const first = Object.values(fields)[0];
  const text =
    overrides[body.code] ??
    (body.code === 'VALIDATION_FAILED' && first ? first : (BY_CODE[body.code] ?? '操作没有成功'));
  return { text, code: body.code, fields };
}
