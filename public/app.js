/* Shared helpers for the pages: API calls, messages, the login token. */
const API = '/api/v1';

const CATEGORIES = {
  daily_life: '生活帮助', elder_care: '助老陪伴', repair: '维修', errand: '跑腿代办',
  medical_escort: '陪同就医', tutoring: '辅导功课', other: '其他',
};
const STATUS = {
  pending_review: '已提交，等待网格员审核', open: '已审核，等待志愿者认领', claimed: '志愿者已认领，正在帮助您',
  completed: '帮助已完成，请您评价', closed: '已评价，心愿已关闭', rejected: '未通过审核', cancelled: '已取消',
};
const EVENTS = {
  posted: '提交心愿', posted_by_proxy: '网格员代为提交', approved: '审核通过', rejected: '未通过审核',
  claimed: '志愿者认领', assigned: '社区派单', released: '志愿者退回', completed: '帮助完成',
  cancelled: '已取消', rated: '居民评价', follow_up_opened: '社区将回访',
};
const CODES = {
  VALIDATION_FAILED: '请检查填写的内容', UNAUTHENTICATED: '手机号或密码不正确', FORBIDDEN: '没有权限',
  NOT_FOUND: '没有找到', CONFLICT: '已经处理过了', INVALID_STATE: '当前状态下不能这样操作',
  INSUFFICIENT_POINTS: '积分不足', OUT_OF_STOCK: '库存不足', LIMIT_EXCEEDED: '超过兑换限额',
  RATE_LIMITED: '操作太频繁，请稍后再试', INTERNAL: '系统出错，请稍后再试',
};

async function api(path, { method = 'GET', body, token, accept, key } = {}) {
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  if (accept) headers.accept = accept;
  if (key) headers['idempotency-key'] = key;
  const res = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = res.headers.get('content-type') || '';
  const data = type.includes('json') ? await res.json() : await res.text();
  return { ok: res.ok, status: res.status, data };
}

/** A person-readable message for an error answer, most specific first. */
function explain(err) {
  if (!err || typeof err !== 'object') return CODES.INTERNAL;
  const base = CODES[err.code] || err.message || CODES.INTERNAL;
  if (err.code === 'INVALID_STATE' || err.code === 'CONFLICT' || err.code === 'NOT_FOUND') return `${base}（${err.message}）`;
  return base;
}

/** Puts each field's first message under its input; returns true when there were any. */
function showFieldErrors(form, err) {
  form.querySelectorAll('.err[data-for]').forEach((p) => (p.textContent = ''));
  if (!err || !Array.isArray(err.details)) return false;
  for (const d of err.details) {
    const p = form.querySelector(`.err[data-for="${d.field}"]`);
    if (p) p.textContent = d.messages[0];
  }
  return err.details.length > 0;
}

/** A fresh Idempotency-Key (crypto.randomUUID needs https; WeChat pages may be plain http). */
function newKey() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Handles a form's submissions one at a time: its buttons are disabled while one is in flight,
 * and the handler gets one Idempotency-Key for it, so a double tap has one effect.
 */
function onSubmitOnce(form, handler) {
  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    busy = true;
    const buttons = form.querySelectorAll('button');
    buttons.forEach((b) => (b.disabled = true));
    try {
      await handler(e, newKey());
    } finally {
      busy = false;
      buttons.forEach((b) => (b.disabled = false));
    }
  });
}

const $ = (id) => document.getElementById(id);
const session = {
  get token() { return sessionStorage.getItem('token'); },
  set token(v) { if (v) sessionStorage.setItem('token', v); else sessionStorage.removeItem('token'); },
};

async function login(form, key) {
  const res = await api('/auth/login', { method: 'POST', key, body: { phone: form.phone.value.trim(), password: form.password.value } });
  if (!res.ok) throw res.data;
  session.token = res.data.accessToken;
  return res.data.user;
}
