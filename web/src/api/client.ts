import createClient from 'openapi-fetch';
import type { components, paths } from '../../../client/api';
import { refresh, session } from '@/api/session';

export type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorBody'];

/**
 * Every request carries the access token; one that comes back 401 while a refresh token is
 * held is sent once more after the tokens are renewed. The request is cloned before it is sent,
 * so a body can be sent twice.
 */
async function authorisedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const send = (r: Request) => {
    if (session.tokens) r.headers.set('authorization', `Bearer ${session.tokens.accessToken}`);
    return fetch(r);
  };
  const res = await send(request);
  if (res.status !== 401 || !session.tokens) return res;
  // A refused refresh has signed out (the login page says the session lapsed).
  return (await refresh()) ? send(retry) : res;
}

/** The typed client generated from openapi.json (`npm run openapi`). */
export const api = createClient<paths>({ baseUrl: '', fetch: authorisedFetch });

/** A fresh Idempotency-Key: one per intended action, kept until it has an answer. */
export const newKey = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
