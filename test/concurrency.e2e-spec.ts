import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import {
  createCommunity,
  login,
  loginPlatformAdmin,
  PASSWORD,
  type CommunityFixture,
} from './factories/actors';
import { nextPhone } from './factories/phones';
import { startApp, type TestApp } from './helpers/test-app';

describe('concurrent writes', () => {
  let t: TestApp;
  let community: CommunityFixture;

  beforeAll(async () => {
    t = await startApp();
    community = await createCommunity(t.http, await loginPlatformAdmin(t.http));
  });
  afterAll(() => t?.close());

  const register = (phone: string) =>
    t.http.post('/api/v1/auth/register').send({
      privacyVersion: PRIVACY_NOTICE.version,
      communityCode: community.code,
      phone,
      password: PASSWORD,
      name: 'C',
      gridId: community.gridId,
    });

  it('runs 40 parallel registrations (each a transaction) without a single failure', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => register(nextPhone())));
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(201));
    const members = await t.http
      .get(`/api/v1/communities/${community.id}/members?role=resident&limit=100`)
      .set({ Authorization: `Bearer ${community.admin.token}` })
      .expect(200);
    expect(members.body.items).toHaveLength(40);
  });

  it('lets exactly one of 10 parallel registrations of one phone win; the rest get 409', async () => {
    const phone = nextPhone();
    const results = await Promise.all(Array.from({ length: 10 }, () => register(phone)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'CONFLICT')).toBe(
      true,
    );
    await login(t.http, phone);
  });

  it('keeps every committed write when failing transactions roll back beside it', async () => {
    const taken = nextPhone();
    await register(taken).expect(201);
    const fresh = Array.from({ length: 20 }, () => nextPhone());
    const requests = fresh.flatMap((phone) => [register(phone), register(taken)]);
    const results = await Promise.all(requests);
    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(20);
    expect(results.filter((r) => r.status === 409)).toHaveLength(20);
    for (const phone of fresh) await login(t.http, phone);
  });
});
