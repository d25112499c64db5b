const code = new URLSearchParams(location.search).get('code');
let rating = 0;

function render(w) {
  $('wish').classList.remove('hidden');
  $('title').textContent = `${CATEGORIES[w.category] || ''} · ${w.title}`;
  $('status').textContent = STATUS[w.status] || w.status;
  $('history').innerHTML = '';
  for (const h of w.history) {
    const li = document.createElement('li');
    li.textContent = `${new Date(h.at).toLocaleString('zh-CN')}  ${EVENTS[h.type] || h.type}${h.note ? '：' + h.note : ''}`;
    $('history').appendChild(li);
  }
  $('rate').classList.toggle('hidden', !w.canRate);
}

async function load(c) {
  const res = await api(`/public/wishes/${encodeURIComponent(c)}`);
  if (!res.ok) return ($('error').textContent = res.status === 404 ? '没有找到这个查询码' : explain(res.data));
  render(res.data);
}

for (let i = 1; i <= 5; i++) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = '★';
  b.dataset.value = String(i);
  b.setAttribute('aria-label', `${i} 星`);
  b.addEventListener('click', () => {
    rating = i;
    document.querySelectorAll('#stars button').forEach((x) => x.classList.toggle('on', Number(x.dataset.value) <= i));
  });
  $('stars').appendChild(b);
}

onSubmitOnce($('rate'), async (e, key) => {
  if (!rating) return ($('rate-error').textContent = '请先点星星打分');
  const body = { rating };
  if ($('comment').value.trim()) body.comment = $('comment').value;
  const res = await api(`/public/wishes/${encodeURIComponent(code)}/feedback`, { method: 'POST', body, key });
  if (!res.ok) return ($('rate-error').textContent = explain(res.data));
  render(res.data);
  $('rate').classList.add('hidden');
  $('thanks').classList.remove('hidden');
});

$('code-form').addEventListener('submit', (e) => {
  e.preventDefault();
  location.search = `?code=${encodeURIComponent($('code').value.trim())}`;
});

if (code) load(code);
else $('code-form').classList.remove('hidden');
