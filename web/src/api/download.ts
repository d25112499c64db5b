import { refresh, session } from '@/api/session';

/**
 * Downloads a file the API serves only with the access token (an export, a template): fetched
 * with the token, then handed to the browser as a download under the file name the server
 * gives. A plain link would carry no token and get 401.
 */
export async function download(path: string, fallbackName: string): Promise<boolean> {
  const get = () =>
    fetch(path, { headers: { authorization: `Bearer ${session.tokens?.accessToken ?? ''}` } });
  let res = await get().catch(() => null);
  if (res?.status === 401 && (await refresh())) res = await get().catch(() => null);
  if (!res?.ok) return false;
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = encoded ? decodeURIComponent(encoded) : fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return true;
}

/** An image the API serves only with the access token (a QR code), as a data: URL for <img>. */
export async function imageData(path: string): Promise<string | null> {
  const res = await fetch(path, {
    headers: { authorization: `Bearer ${session.tokens?.accessToken ?? ''}` },
  }).catch(() => null);
  if (!res?.ok) return null;
  const blob = await res.blob();
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(blob);
  });
}
