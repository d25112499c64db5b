import { ref, watch } from 'vue';
import type { Router } from 'vue-router';
import { api, type Schemas } from '@/api/client';
import { refresh, session } from '@/api/session';

type Notice = Schemas['NotificationView'];

/** Unread notifications of the signed-in person, kept current by the live stream. */
export const unread = ref(0);
const listeners = new Set<(n: Notice) => void>();
let controller: AbortController | null = null;
let retry: ReturnType<typeof setTimeout> | undefined;

/** Called with each notification as it arrives; answers how to stop listening. */
export function onNotification(f: (n: Notice) => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

/** Reads the count again (after marking read, or where streaming is not possible). */
export async function recount(): Promise<void> {
  const { data } = await api.GET('/api/v1/me/notifications', { params: { query: { limit: 1 } } });
  if (data) unread.value = data.unread;
}

/**
 * Opens the event stream once per signed-in session, with the token in the header (the
 * browser's EventSource cannot send one), and opens it again after a drop. Where a browser
 * cannot read a response as a stream, the count is fetched every 30 s instead.
 */
export function startLive(): void {
  if (controller || !session.tokens) return;
  controller = new AbortController();
  void listen(controller.signal).finally(() => {
    controller = null;
    if (session.tokens) retry = setTimeout(startLive, 5000);
  });
}

function stopLive(): void {
  clearTimeout(retry);
  controller?.abort();
  controller = null;
  unread.value = 0;
}
watch(
  () => session.tokens,
  (tokens) => (tokens ? startLive() : stopLive()),
);

async function listen(signal: AbortSignal): Promise<void> {
  const open = () =>
    fetch('/api/v1/me/notifications/stream', {
      headers: { authorization: `Bearer ${session.tokens?.accessToken ?? ''}` },
      signal,
    });
  let res = await open().catch(() => null);
  if (res?.status === 401 && (await refresh())) res = await open().catch(() => null);
  if (!res?.ok) return;
  const reader = res.body?.getReader();
  if (!reader) {
    await recount();
    await new Promise((r) => setTimeout(r, 30_000));
    return;
  }
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      handle(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
    }
  }
}

function handle(frame: string): void {
  const event = /^event: (.*)$/m.exec(frame)?.[1];
  const data = /^data: (.*)$/m.exec(frame)?.[1];
  if (!event || !data) return;
  if (event === 'unread') unread.value = (JSON.parse(data) as { unread: number }).unread;
  if (event === 'notification') {
    const n = JSON.parse(data) as Notice;
    if (!n.read) unread.value += 1;
    listeners.forEach((f) => f(n));
  }
}

const CONSOLE = '/console';

/**
 * Follows a notification's link. The phone app and the console are separate page bundles: a
 * link into the bundle of the page showing it goes through its router, one into the other
 * bundle loads that page.
 */
async function follow(router: Router, link: string): Promise<void> {
  const inConsole = router.options.history.base === CONSOLE;
  const toConsole = link === CONSOLE || link.startsWith(`${CONSOLE}/`);
  if (inConsole === toConsole)
    await router.push(inConsole ? link.slice(CONSOLE.length) || '/' : link);
  else window.location.assign(link);
}

type Mark = (body: { ids: string[] } | { all: true }) => Promise<unknown>;

/** Opens a notification: marks it read first (staying put if that fails), then follows it. */
export async function openNotice(router: Router, n: Notice, mark: Mark): Promise<void> {
  if (!n.read) {
    if (!(await mark({ ids: [n.id] }))) return;
    n.read = true;
    await recount();
  }
  await follow(router, n.link);
}

/** Marks every notification read, those on the page too. */
export async function readAllNotices(shown: Notice[], mark: Mark): Promise<void> {
  if (!(await mark({ all: true }))) return;
  shown.forEach((n) => (n.read = true));
  unread.value = 0;
}
