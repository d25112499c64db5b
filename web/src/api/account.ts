import { api } from '@/api/client';
import { session, signOut, type Me } from '@/api/session';

/** The signed-in profile, read once per page load when a session is kept. */
export async function loadMe(): Promise<Me | null> {
  if (session.tokens && !session.me) {
    const { data } = await api.GET('/api/v1/me');
    if (data) session.me = data;
  }
  return session.me;
}

/** Revokes the refresh token (best effort) and forgets the session on this phone. */
export async function logOut(): Promise<void> {
  const refreshToken = session.tokens?.refreshToken;
  if (refreshToken)
    await api.POST('/api/v1/auth/logout', { body: { refreshToken } }).catch(() => undefined);
  signOut();
}
