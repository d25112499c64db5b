const form = $('wish-form');
for (const [value, label] of Object.entries(CATEGORIES)) form.category.add(new Option(label, value));
const gridToken = new URLSearchParams(location.search).get('g') || '';
if (!gridToken) $('form-error').textContent = '二维码无效：请扫描网格里张贴的二维码';

onSubmitOnce(form, async (e, key) => {
  $('form-error').textContent = '';
  const body = {
    gridToken,
    contactName: form.contactName.value,
    contactPhone: form.contactPhone.value.trim(),
    title: form.title.value,
    description: form.description.value,
    category: form.category.value,
    urgency: form.urgency.value,
  };
  if (form.address.value.trim()) body.address = form.address.value;
  const res = await api('/public/wishes', { method: 'POST', body, key });
  if (!res.ok) {
    if (!showFieldErrors(form, res.data) || res.data.details.some((d) => d.field === 'gridToken')) {
      $('form-error').textContent = explain(res.data);
    }
    return;
  }
  showFieldErrors(form, null);
  form.classList.add('hidden');
  $('tracking-code').textContent = res.data.trackingCode;
  $('track-link').href = `/track?code=${encodeURIComponent(res.data.trackingCode)}`;
  $('done').classList.remove('hidden');
});
