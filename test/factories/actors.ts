import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import type TestAgent from 'supertest/lib/agent';
import { ADMIN_PASSWORD, ADMIN_PHONE } from '../helpers/test-app';
import { nextPhone } from './phones';

export const PASSWORD = 'correct-horse-9';

export interface Actor {
  id: string;
  phone: string;
  token: string;
  refreshToken: string;
  communityId: string | null;
}

export const bearer = (actor: { token: string }) => ({ Authorization: `Bearer ${actor.token}` });

export async function login(http: TestAgent, phone: string, password = PASSWORD): Promise<Actor> {
  const res = await http.post('/api/v1/auth/login').send({ phone, password }).expect(200);
  return {
    id: res.body.user.id,
    phone,
    token: res.body.accessToken,
    refreshToken: res.body.refreshToken,
    communityId: res.body.user.community?.id ?? null,
  };
}

export const loginPlatformAdmin = (http: TestAgent) => login(http, ADMIN_PHONE, ADMIN_PASSWORD);

export interface CommunityFixture {
  id: string;
  code: string;
  admin: Actor;
  gridId: string;
  intakeToken: string;
}

let communitySeq = 0;

/** A community with one grid and a community admin, created through the API. */
export async function createCommunity(
  http: TestAgent,
  platformAdmin: Actor,
  options: { timezone?: string } = {},
): Promise<CommunityFixture> {
  const code = `C${process.pid}X${++communitySeq}`;
  const community = await http
    .post('/api/v1/communities')
    .set(bearer(platformAdmin))
    .send({ name: `Community ${code}`, code, ...options })
    .expect(201);
  const grid = await http
    .post(`/api/v1/communities/${community.body.id}/grids`)
    .set(bearer(platformAdmin))
    .send({ name: 'Grid A' })
    .expect(201);
  const admin = await createMember(http, platformAdmin, community.body.id, ['community_admin']);
  return {
    id: community.body.id,
    code,
    admin,
    gridId: grid.body.id,
    intakeToken: grid.body.intakeToken,
  };
}

/**
 * A member with the given roles, created by `creator`, and logged in — having agreed to the
 * privacy notice, as the app asks at the first sign-in (`privacyAgreed: false`: not yet).
 */
export async function createMember(
  http: TestAgent,
  creator: Actor,
  communityId: string,
  roles: string[],
  extra: Record<string, unknown> = {},
): Promise<Actor> {
  const { privacyAgreed = true, ...body } = extra;
  const phone = typeof body.phone === 'string' ? body.phone : nextPhone();
  await http
    .post(`/api/v1/communities/${communityId}/members`)
    .set(bearer(creator))
    .send({ phone, name: `Member ${phone}`, password: PASSWORD, roles, ...body })
    .expect(201);
  const member = await login(http, phone);
  if (privacyAgreed)
    await http
      .post('/api/v1/me/consents')
      .set(bearer(member))
      .send({ kind: 'privacy_notice', granted: true, privacyVersion: PRIVACY_NOTICE.version })
      .expect(200);
  return member;
}
