import {
  bearer,
  createCommunity,
  createMember,
  loginPlatformAdmin,
  type Actor,
} from './factories/actors';
import { startApp, type TestApp } from './helpers/test-app';

/**
 * Tried as insiders would: every rule that keeps people from minting points, paying twice or
 * keeping rights they lost, one case per rule. Each case fails if its guard is removed.
 */
describe('abuse: points and store integrity', () => {
  let t: TestApp;
  let platform: Actor;

  beforeAll(async () => {
    t = await startApp();
    platform = await loginPlatformAdmin(t.http);
  });
  afterAll(() => t?.close());

  describe("a new community's system accounts", () => {
    it('a refused first redemption does not break the store of a new community', async () => {
      const c = await createCommunity(t.http, platform);
      const staff = await createMember(t.http, c.admin, c.id, ['store_staff']);
      const member = await createMember(t.http, c.admin, c.id, ['resident']);
      const item = await t.http
        .post('/api/v1/store/items')
        .set(bearer(staff))
        .send({ name: '食用油', kind: 'goods', pricePoints: 10, stock: 5 })
        .expect(201);
      const redeem = () =>
        t.http
          .post('/api/v1/store/redemptions')
          .set(bearer(member))
          .send({ itemId: item.body.id, quantity: 1 });
      // The very first redemption of the community creates its store account, then is refused.
      expect((await redeem().expect(409)).body.code).toBe('INSUFFICIENT_POINTS');
      await t.http
        .post(`/api/v1/members/${member.id}/points/adjustments`)
        .set(bearer(c.admin))
        .send({ delta: 10, reason: 'welcome' })
        .expect(201);
      expect((await redeem().expect(201)).body.status).toBe('reserved');
    });

    it('a refused first adjustment does not break awards in a new community', async () => {
      const c = await createCommunity(t.http, platform);
      const member = await createMember(t.http, c.admin, c.id, ['resident']);
      const adjust = (delta: number) =>
        t.http
          .post(`/api/v1/members/${member.id}/points/adjustments`)
          .set(bearer(c.admin))
          .send({ delta, reason: 'correction' });
      // Debiting an empty account creates the issuance account first, then is refused.
      expect((await adjust(-5).expect(409)).body.code).toBe('INSUFFICIENT_POINTS');
      expect((await adjust(5).expect(201)).body.balance).toBe(5);
    });
  });
});
