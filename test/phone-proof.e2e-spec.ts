import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import { DataSource } from 'typeorm';
import { AuditEntry } from 'src/common/audit/audit-entry.entity';
import { PHONE_CODE_MINUTES } from 'src/phone-proof/phone-proof.service';
import {
  bearer,
  createMember,
  login,
  loginPlatformAdmin,
  PASSWORD,
  type Actor,
} from './factories/actors';
import { nextPhone } from './factories/phones';
import { qrWish } from './factories/wishes';
import { world, type World } from './factories/world';
import { testClock } from './helpers/clock';
import { startReceiver } from './helpers/receiver';
import { startApp, type TestApp } from './helpers/test-app';

type Wish = { id: string };

/** Registering a phone proves nothing: QR and proxy wishes reach an account once it is proven. */
describe('a resident’s phone, proven before their QR wishes are theirs', () => {
  describe('without an SMS gateway: staff confirm', () => {
    let t: TestApp;
    let w: World;
    let code: string;

    beforeAll(async () => {
      t = await startApp();
      w = await world(t.http, await loginPlatformAdmin(t.http));
      code = (await t.http.get(`/api/v1/communities/${w.id}`).set(bearer(w.admin)).expect(200)).body
        .code as string;
    });
    afterAll(() => t?.close());

    const register = async (phone: string): Promise<Actor> => {
      await t.http
        .post('/api/v1/auth/register')
        .send({
          privacyVersion: PRIVACY_NOTICE.version,
          communityCode: code,
          phone,
          password: PASSWORD,
          name: '陈阿姨',
          gridId: w.gridId,
        })
        .expect(201);
      return login(t.http, phone);
    };
    const mine = async (actor: Actor) =>
      (
        (await t.http.get('/api/v1/wishes?mine=posted').set(bearer(actor)).expect(200)).body as {
          items: Wish[];
        }
      ).items.map((x) => x.id);
    const me = async (actor: Actor) =>
      (await t.http.get('/api/v1/me').set(bearer(actor)).expect(200)).body as {
        phoneVerified: boolean;
      };

    it('keeps a stranger’s QR and proxy wishes from whoever registers their number, until staff confirm it', async () => {
      const phone = nextPhone();
      const before = await qrWish(t.http, w.intakeToken, { contactPhone: phone });
      const proxy = await t.http
        .post('/api/v1/wishes')
        .set(bearer(w.worker))
        .send({
          title: '帮忙买菜',
          description: '腿脚不便',
          category: 'errand',
          urgency: 'normal',
          gridId: w.gridId,
          onBehalfOf: { name: '王奶奶', phone },
        })
        .expect(201);

      const someone = await register(phone);
      expect(await me(someone)).toMatchObject({ phoneVerified: false });
      const after = await qrWish(t.http, w.intakeToken, { contactPhone: phone });
      expect(await mine(someone)).toEqual([]);
      for (const id of [before.id, after.id, proxy.body.id as string])
        expect([403, 404]).toContain(
          (await t.http.get(`/api/v1/wishes/${id}`).set(bearer(someone))).status,
        );

      // No gateway: the app says to ask staff.
      const send = await t.http
        .post('/api/v1/me/phone-verification')
        .set(bearer(someone))
        .expect(409);
      expect(send.body.code).toBe('INVALID_STATE');

      await t.http
        .post(`/api/v1/members/${someone.id}/phone-confirmation`)
        .set(bearer(someone))
        .expect(403);
      const other = await world(t.http, await loginPlatformAdmin(t.http));
      await t.http
        .post(`/api/v1/members/${someone.id}/phone-confirmation`)
        .set(bearer(other.worker))
        .expect(404);
      const confirmed = await t.http
        .post(`/api/v1/members/${someone.id}/phone-confirmation`)
        .set(bearer(w.worker))
        .expect(200);
      expect(confirmed.body).toEqual({ phoneVerified: true, wishesLinked: 3 });
      expect((await mine(someone)).sort()).toEqual(
        [before.id, after.id, proxy.body.id as string].sort(),
      );
      expect(await me(someone)).toMatchObject({ phoneVerified: true });
      const again = await t.http
        .post(`/api/v1/members/${someone.id}/phone-confirmation`)
        .set(bearer(w.admin))
        .expect(409);
      expect(again.body.code).toBe('INVALID_STATE');
      const audit = await t.app
        .get(DataSource)
        .getRepository(AuditEntry)
        .find({ where: { action: 'member.confirm_phone', targetId: someone.id } });
      expect(audit).toHaveLength(1);
      expect(audit[0].actorId).toBe(w.worker.id);

      // From now on a QR wish with this phone is theirs at once.
      const later = await qrWish(t.http, w.intakeToken, { contactPhone: phone });
      expect(await mine(someone)).toContain(later.id);
    });

    it('treats members that staff added as proven', async () => {
      const member = await createMember(t.http, w.admin, w.id, ['resident'], { gridId: w.gridId });
      expect(await me(member)).toMatchObject({ phoneVerified: true });
      const wish = await qrWish(t.http, w.intakeToken, { contactPhone: member.phone });
      expect(await mine(member)).toContain(wish.id);
    });
  });

  describe('with an SMS gateway: a code to the phone', () => {
    let t: TestApp;
    let w: World;
    let sms: Awaited<ReturnType<typeof startReceiver>>;

    beforeAll(async () => {
      sms = await startReceiver();
      t = await startApp({ SMS_GATEWAY_URL: sms.url });
      w = await world(t.http, await loginPlatformAdmin(t.http));
    });
    afterAll(async () => {
      await t?.close();
      await sms?.close();
    });

    const register = async (phone: string): Promise<Actor> => {
      const community = await t.http.get(`/api/v1/communities/${w.id}`).set(bearer(w.admin));
      await t.http
        .post('/api/v1/auth/register')
        .send({
          privacyVersion: PRIVACY_NOTICE.version,
          communityCode: community.body.code,
          phone,
          password: PASSWORD,
          name: '李叔',
          gridId: w.gridId,
        })
        .expect(201);
      return login(t.http, phone);
    };
    const lastCode = () => {
      const text = (sms.bodies().at(-1)?.text as string | undefined) ?? '';
      return /验证码是 (\d{6})/.exec(text)?.[1] ?? '';
    };
    const confirm = (actor: Actor, code: string) =>
      t.http.post('/api/v1/me/phone-verification/confirm').set(bearer(actor)).send({ code });

    it('proves the phone with the code sent to it, within its 10 minutes, and links its QR wishes', async () => {
      const phone = nextPhone();
      const qr = await qrWish(t.http, w.intakeToken, { contactPhone: phone });
      const r = await register(phone);
      const clock = testClock(t.app);
      try {
        const sentAt = clock.at('2026-12-05T03:00:00.000Z');
        const sent = await t.http.post('/api/v1/me/phone-verification').set(bearer(r)).expect(200);
        expect(sent.body.sentTo).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
        const message = sms.bodies().at(-1)!;
        expect(message).toMatchObject({ phone, kind: 'phone.verification' });
        const code = lastCode();
        expect(code).toMatch(/^\d{6}$/);

        const wrong = code === '000000' ? '000001' : '000000';
        expect((await confirm(r, wrong).expect(400)).body.details[0].field).toBe('code');
        // The second the code lapses it is refused; a new one is needed.
        clock.at(new Date(sentAt.getTime() + PHONE_CODE_MINUTES * 60_000));
        await confirm(r, code).expect(400);
        clock.at(sentAt);
        await t.http.post('/api/v1/me/phone-verification').set(bearer(r)).expect(200);
        const fresh = lastCode();
        clock.at(new Date(sentAt.getTime() + PHONE_CODE_MINUTES * 60_000 - 1000));
        const ok = await confirm(r, fresh).expect(200);
        expect(ok.body).toEqual({ phoneVerified: true, wishesLinked: 1 });
      } finally {
        clock.reset();
      }
      const mine = await t.http.get('/api/v1/wishes?mine=posted').set(bearer(r)).expect(200);
      expect((mine.body.items as Wish[]).map((x) => x.id)).toEqual([qr.id]);
      expect((await confirm(r, '123456').expect(409)).body.code).toBe('INVALID_STATE');
    });

    it('allows 3 codes and 5 wrong guesses per 15 minutes, however fast they come', async () => {
      const r = await register(nextPhone());
      const sends = await Promise.all(
        Array.from({ length: 6 }, () =>
          t.http.post('/api/v1/me/phone-verification').set(bearer(r)),
        ),
      );
      expect(sends.filter((s) => s.status === 200)).toHaveLength(3);
      expect(sends.filter((s) => s.status === 429)).toHaveLength(3);
      const code = lastCode();
      const guesses = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          confirm(r, String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0')),
        ),
      );
      expect(guesses.filter((g) => g.status === 400)).toHaveLength(5);
      expect(guesses.filter((g) => g.status === 429)).toHaveLength(3);
      // Locked out: even the right code waits.
      await confirm(r, code).expect(429);
    });
  });
});
