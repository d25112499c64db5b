const items = new Map();

function result(ok, text) {
  const box = $('result');
  box.classList.remove('hidden');
  box.className = `card ${ok ? 'ok' : 'err'}`;
  box.textContent = text;
}

async function open() {
  $('login').classList.add('hidden');
  $('desk').classList.remove('hidden');
  const res = await api('/store/items', { token: session.token });
  if (!res.ok) return result(false, explain(res.data));
  $('itemId').innerHTML = '';
  for (const i of res.data.items) {
    items.set(i.id, i);
    $('itemId').add(new Option(`${i.name}（${i.pricePoints}分${i.available === null ? '' : '，剩' + i.available}）`, i.id));
  }
}

onSubmitOnce($('login'), async (e, key) => {
  try {
    await login(e.target, key);
    await open();
  } catch (err) {
    $('login-error').textContent = explain(err);
  }
});

onSubmitOnce($('verify'), async (e, key) => {
  const pickupCode = $('pickupCode').value.trim().toUpperCase();
  const res = await api('/store/redemptions/verify', { method: 'POST', token: session.token, key, body: { pickupCode } });
  if (!res.ok) {
    const used = res.data && /already been used/.test(res.data.message || '');
    if (res.status === 429) return result(false, '兑换码输错次数太多，请15分钟后再试');
    return result(false, res.status === 404 ? '兑换码不存在，请核对' : used ? '该兑换码已经核销过了' : explain(res.data));
  }
  result(true, `核销成功：${res.data.itemName} × ${res.data.quantity}（${res.data.points} 积分），会员 ${res.data.memberId.slice(-6)}`);
  $('pickupCode').value = '';
});

onSubmitOnce($('counter'), async (e, key) => {
  const body = { cardToken: $('cardToken').value.trim(), itemId: $('itemId').value, quantity: Number($('quantity').value) };
  const res = await api('/store/counter-redemptions', { method: 'POST', token: session.token, key, body });
  if (!res.ok && res.status === 409 && res.data.code === 'CONFLICT') return result(false, '这张积分卡已经付过款了，请会员刷新积分卡后再扫');
  if (!res.ok) return result(false, explain(res.data));
  result(true, `兑换成功：${res.data.itemName} × ${res.data.quantity}（扣 ${res.data.points} 积分）`);
  $('cardToken').value = '';
});

if (session.token) open();
