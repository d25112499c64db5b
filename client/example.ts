/**
 * What a client team writes with the generated types: log in, read the profile, post a wish,
 * show why a bad request was refused, download the member card QR. Built in CI in strict mode
 * (client/tsconfig.json) and run against the app by test/client.e2e-spec.ts.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './api';

export type ErrorBody = components['schemas']['ErrorBody'];
export type Wish = components['schemas']['WishView'];

export interface Tour {
  name: string;
  communityName: string | null;
  wish: Wish;
  refused: { code: ErrorBody['code']; fields: string[] };
  cardPng: Uint8Array;
}

export async function tour(baseUrl: string, phone: string, password: string): Promise<Tour> {
  const api = createClient<paths>({ baseUrl });

  const login = await api.POST('/api/v1/auth/login', { body: { phone, password } });
  if (login.error) throw new Error(`login refused: ${login.error.code}`);
  const headers = { Authorization: `Bearer ${login.data.accessToken}` };

  const me = await api.GET('/api/v1/me', { headers });
  if (me.error) throw new Error(`no profile: ${me.error.code}`);
  // `community` is null for the platform admin: the types make the client say what then.
  const communityName = me.data.community?.name ?? null;

  const posted = await api.POST('/api/v1/wishes', {
    headers: { ...headers, 'Idempotency-Key': `wish-${Date.now()}` },
    body: {
      title: '帮忙取快递',
      description: '快递在小区门口驿站，腿脚不便',
      category: 'errand',
      urgency: 'normal',
    },
  });
  if (posted.error) throw new Error(`wish refused: ${posted.error.code}`);

  // A title of spaces has the right type but is refused: details name each field.
  const bad = await api.POST('/api/v1/wishes', {
    headers,
    body: { title: '   ', description: '…', category: 'errand', urgency: 'normal' },
  });
  if (!bad.error) throw new Error('a blank title was accepted');
  const refused = {
    code: bad.error.code,
    fields: (bad.error.details ?? []).map((d) => d.field),
  };

  const card = await api.GET('/api/v1/me/card', {
    headers,
    params: { query: { format: 'png' } },
    parseAs: 'arrayBuffer',
  });
  if (card.error) throw new Error(`no card: ${card.error.code}`);

  return {
    name: me.data.name,
    communityName,
    wish: posted.data,
    refused,
    cardPng: new Uint8Array(card.data),
  };
}
