import { reactive } from 'vue';
import type { components } from '../../../client/api';

export type Me = components['schemas']['MeView'];
type Tokens = components['schemas']['TokenPair'];

const KEY = 'vp.session';

interface Stored {
  accessToken: string;
  refreshToken: string;
}

/**
 * The one session of the app: tokens in localStorage (the H5 page may be reopened from
 * WeChat's history), the signed-in profile in memory, and whether it lapsed.
 */
export const session = reactive({
  tokens: read(),
  me: null as Me | null,
  /** Set when the refresh token no longer works: the login page says so. */
  expired: false,
});

function read(): Stored | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

export function signIn(tokens: Tokens | Stored): void {
  session.tokens = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
  session.expired = false;
  localStorage.setItem(KEY, JSON.stringify(session.tokens));
}

/** A session as login or registration answers it: its tokens and the profile. */
export function startSession(auth: components['schemas']['AuthSession']): void {
  signIn(auth);
  session.me = auth.user;
}

export function signOut(expired = false): void {
  session.tokens = null;
  session.me = null;
  session.expired = expired;
  localStorage.removeItem(KEY);
}

export const hasRole = (role: string): boolean => !!session.me?.roles.includes(role as never);

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh token for a new pair, once for all requests that found the access token
 * stale at the same moment (a second use of a rotated token would revoke the whole family).
 */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = session.tokens?.refreshToken;
    if (!refreshToken) return false;
    const res = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => null);
    if (!res?.ok) {
      // Lapsed or revoked: the person signs in again (a network failure keeps the session).
      if (res && res.status < 500) signOut(true);
      return false;
    }
    signIn((await res.json()) as Tokens);
    return true;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}
