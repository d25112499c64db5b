const KINDS = { earn_wish: '心愿积分', earn_service: '服务时长积分', redeem: '兑换', refund: '退还', adjust: '调整', expire: '过期' };

async function show() {
  const token = session.token;
  const [me, points, entries, hours] = await Promise.all([
    api('/me', { token }),
    api('/me/points', { token }),
    api('/me/points/entries?limit=10', { token }),
    api('/me/hours', { token }),
  ]);
  if (!me.ok) {
    session.token = null;
    return;
  }
  $('login').classList.add('hidden');
  $('me').classList.remove('hidden');
  $('name').textContent = `${me.data.name}，您好`;
  $('balance').textContent = String(points.data.balance);
  const soon = points.data.expiringSoon.reduce((n, x) => n + x.points, 0);
  $('expiring').textContent = soon ? `${soon} 分将在30天内过期` : '近期没有将过期的积分';
  $('hours').textContent = `本月服务 ${(hours.data.minutesThisMonth / 60).toFixed(1)} 小时`;
  $('entries').innerHTML = '';
  for (const e of entries.data.items) {
    const tr = document.createElement('tr');
    const when = new Date(e.createdAt).toLocaleDateString('zh-CN');
    tr.innerHTML = '<td></td><td></td><td></td>';
    tr.children[0].textContent = when;
    tr.children[1].textContent = e.note || KINDS[e.kind] || e.kind;
    tr.children[2].textContent = (e.amount > 0 ? '+' : '') + e.amount;
    $('entries').appendChild(tr);
  }
  await card();
}

async function card() {
  const res = await fetch(`${API}/me/card?format=svg`, { headers: { authorization: `Bearer ${session.token}` } });
  if (!res.ok) return;
  $('qr').innerHTML = await res.text();
  const expires = res.headers.get('x-card-expires-at');
  if (expires) $('card-expiry').textContent = `有效至 ${new Date(expires).toLocaleTimeString('zh-CN')}`;
}

onSubmitOnce($('login'), async (e, key) => {
  try {
    await login(e.target, key);
    await show();
  } catch (err) {
    $('login-error').textContent = explain(err);
  }
});
$('logout').addEventListener('click', () => {
  session.token = null;
  location.reload();
});
setInterval(() => session.token && card(), 4 * 60 * 1000);
if (session.token) show();
