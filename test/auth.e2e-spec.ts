import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import {
  bearer,
  createCommunity,
  login,
  loginPlatformAdmin,
  PASSWORD,
  type Actor,
  type CommunityFixture,
} from './factories/actors';
import { nextPhone } from './factories/phones';
import { startApp, type TestApp } from './helpers/test-app';

describe('auth', () => {
  let t: TestApp;
  let community: CommunityFixture;

  beforeAll(async () => {
    t = await startApp();
    community = await createCommunity(t.http, await loginPlatformAdmin(t.http));
  });
  afterAll(() => t?.close());

  const register = (body: Record<string, unknown>) =>
    t.http.post('/api/v1/auth/register').send({ privacyVersion: PRIVACY_NOTICE.version, ...body });

  it('registers a resident by community code and returns a session', async () => {
    const phone = nextPhone();
    const res = await register({
      communityCode: community.code.toLowerCase(),
      phone,
      password: PASSWORD,
      name: '张三',
      gridId: community.gridId,
    }).expect(201);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.refreshToken).toEqual(expect.any(String));
    expect(res.body.expiresIn).toBe(900);
    expect(res.body.user).toMatchObject({
      phone,
      name: '张三',
      roles: ['resident'],
      gridId: community.gridId,
      community: { id: community.id, code: community.code },
    });
    expect(res.body.user).not.toHaveProperty('passwordHash');

    const me = await t.http
      .get('/api/v1/me')
      .set(bearer({ token: res.body.accessToken }))
      .expect(200);
    expect(me.body.id).toBe(res.body.user.id);
  });

  it('refuses a second account with the same phone (409 CONFLICT)', async () => {
    const phone = nextPhone();
    await register({ communityCode: community.code, phone, password: PASSWORD, name: 'A' }).expect(
      201,
    );
    const res = await register({
      communityCode: community.code,
      phone,
      password: PASSWORD,
      name: 'B',
    }).expect(409);
    expect(res.body).toMatchObject({
      statusCode: 409,
      code: 'CONFLICT',
      requestId: expect.any(String),
    });
  });

  it('answers 400 VALIDATION_FAILED with per-field details for a bad registration', async () => {
    const res = await register({
      communityCode: community.code,
      phone: '12345',
      password: 'short',
      extra: 1,
    }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['extra', 'name', 'password', 'phone']);
    expect(res.body).not.toHaveProperty('stack');
  });

  it('answers 400 for an unknown community code and for a grid of another community', async () => {
    const unknown = await register({
      communityCode: 'NOPE',
      phone: nextPhone(),
      password: PASSWORD,
      name: 'X',
    }).expect(400);
    expect(unknown.body.details[0].field).toBe('communityCode');
    const other = await createCommunity(t.http, await loginPlatformAdmin(t.http));
    const res = await register({
      communityCode: community.code,
      phone: nextPhone(),
      password: PASSWORD,
      name: 'X',
      gridId: other.gridId,
    }).expect(400);
    expect(res.body.details[0].field).toBe('gridId');
  });

  describe('login', () => {
    it('answers 401 for a wrong password and an unknown phone, with the same message', async () => {
      const wrong = await t.http
        .post('/api/v1/auth/login')
        .send({ phone: community.admin.phone, password: 'wrong-password' })
        .expect(401);
      const unknown = await t.http
        .post('/api/v1/auth/login')
        .send({ phone: nextPhone(), password: 'wrong-password' })
        .expect(401);
      expect(wrong.body.code).toBe('UNAUTHENTICATED');
      expect(unknown.body.message).toBe(wrong.body.message);
    });

    it('takes the phone as people type it: spaces, dashes, +86', async () => {
      const p = community.admin.phone;
      for (const typed of [
        `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`,
        `+86 ${p.slice(0, 3)}-${p.slice(3)}`,
      ]) {
        const res = await t.http
          .post('/api/v1/auth/login')
          .send({ phone: typed, password: PASSWORD })
          .expect(200);
        expect(res.body.user.phone).toBe(p);
      }
    });

    it('answers 400 with details when fields are missing', async () => {
      const res = await t.http
        .post('/api/v1/auth/login')
        .send({ phone: '13800000000' })
        .expect(400);
      expect(res.body.details).toEqual([{ field: 'password', messages: expect.any(Array) }]);
    });

    it('locks a phone for 15 minutes after 5 failed logins, even with the right password', async () => {
      const phone = nextPhone();
      await register({
        communityCode: community.code,
        phone,
        password: PASSWORD,
        name: 'L',
      }).expect(201);
      for (let i = 0; i < 5; i++) {
        await t.http
          .post('/api/v1/auth/login')
          .send({ phone, password: 'bad-password' })
          .expect(401);
      }
      const res = await t.http
        .post('/api/v1/auth/login')
        .send({ phone, password: PASSWORD })
        .expect(429);
      expect(res.body.code).toBe('RATE_LIMITED');
    });

    it('clears the failure count after a successful login', async () => {
      const phone = nextPhone();
      await register({
        communityCode: community.code,
        phone,
        password: PASSWORD,
        name: 'L',
      }).expect(201);
      for (let i = 0; i < 4; i++) {
        await t.http
          .post('/api/v1/auth/login')
          .send({ phone, password: 'bad-password' })
          .expect(401);
      }
      await login(t.http, phone);
      for (let i = 0; i < 4; i++) {
        await t.http
          .post('/api/v1/auth/login')
          .send({ phone, password: 'bad-password' })
          .expect(401);
      }
      await login(t.http, phone);
    });
  });

  describe('tokens', () => {
    let actor: Actor;
    beforeEach(async () => {
      actor = await login(t.http, community.admin.phone);
    });

    it('answers 401 UNAUTHENTICATED without a token and with a forged one', async () => {
      const none = await t.http.get('/api/v1/me').expect(401);
      expect(none.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
      const forged = actor.token.slice(0, -4) + 'AAAA';
      await t.http
        .get('/api/v1/me')
        .set(bearer({ token: forged }))
        .expect(401);
    });

    it('rotates the refresh token: the new pair works and the old token is spent', async () => {
      const res = await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: actor.refreshToken })
        .expect(200);
      expect(res.body.refreshToken).not.toBe(actor.refreshToken);
      await t.http
        .get('/api/v1/me')
        .set(bearer({ token: res.body.accessToken }))
        .expect(200);
      await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: res.body.refreshToken })
        .expect(200);
    });

    it('revokes the whole family when a rotated refresh token is presented again', async () => {
      const first = await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: actor.refreshToken })
        .expect(200);
      const reuse = await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: actor.refreshToken })
        .expect(401);
      expect(reuse.body.message).toMatch(/reuse/i);
      // The token issued by the legitimate rotation is now revoked too.
      await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: first.body.refreshToken })
        .expect(401);
    });

    it('lets exactly one of two concurrent refreshes of one token succeed', async () => {
      const results = await Promise.all(
        [0, 1].map(() =>
          t.http.post('/api/v1/auth/refresh').send({ refreshToken: actor.refreshToken }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    });

    it('logout revokes the refresh token family', async () => {
      const rotated = await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: actor.refreshToken })
        .expect(200);
      await t.http
        .post('/api/v1/auth/logout')
        .send({ refreshToken: rotated.body.refreshToken })
        .expect(204);
      await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: rotated.body.refreshToken })
        .expect(401);
    });

    it('answers 401 for a malformed or unknown refresh token', async () => {
      await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: 'x'.repeat(40) })
        .expect(401);
      const [id] = actor.refreshToken.split('.');
      await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: `${id}.${'y'.repeat(43)}` })
        .expect(401);
    });

    it('refuses login and refresh for a disabled member', async () => {
      const phone = nextPhone();
      const reg = await register({
        communityCode: community.code,
        phone,
        password: PASSWORD,
        name: 'D',
      }).expect(201);
      await t.http
        .patch(`/api/v1/members/${reg.body.user.id}`)
        .set(bearer(actor))
        .send({ disabled: true })
        .expect(200);
      await t.http.post('/api/v1/auth/login').send({ phone, password: PASSWORD }).expect(401);
      await t.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: reg.body.refreshToken })
        .expect(401);
    });
  });
});
