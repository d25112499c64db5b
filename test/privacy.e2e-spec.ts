import { DataSource } from 'typeorm';
import { ConsentsService } from 'src/privacy/consents.service';
import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import {
  bearer,
  createMember,
  login,
  loginPlatformAdmin,
  PASSWORD,
  type Actor,
} from './factories/actors';
import { ledger } from './factories/points';
import { nextPhone } from './factories/phones';
import { wishBody } from './factories/wishes';
import { volunteerOf, world, type World } from './factories/world';
import { startApp, type TestApp } from './helpers/test-app';

describe('privacy notice and consent (issue 30)', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startApp();
    w = await world(t.http, await loginPlatformAdmin(t.http));
  });
  afterAll(() => t?.close());

  const register = (extra: Record<string, unknown>) =>
    t.http.post('/api/v1/auth/register').send({
      communityCode: w.code,
      phone: nextPhone(),
      password: PASSWORD,
      name: '赵阿姨',
      ...extra,
    });
  const privacy = async (who: Actor) =>
    (await t.http.get('/api/v1/me').set(bearer(who)).expect(200)).body.privacy as {
      currentVersion: string;
      agreedVersion: string | null;
      agreedAt: string | null;
      mustAgree: boolean;
      showName: boolean;
    };

  it('publishes the notice in Chinese with its version', async () => {
    const res = await t.http.get('/api/v1/public/privacy-notice').expect(200);
    expect(res.body.version).toBe(PRIVACY_NOTICE.version);
    const headings = (res.body.sections as { heading: string }[]).map((s) => s.heading);
    expect(headings).toEqual(['我们收集什么', '为什么收集', '谁能看到', '保存多久', '您的权利']);
  });

  it('registers only with the notice in force agreed to, and stores the version and the time', async () => {
    const none = await register({}).expect(400);
    expect(none.body.details.map((d: { field: string }) => d.field)).toContain('privacyVersion');
    await register({ privacyVersion: '2020-01-01' }).expect(400);
    const phone = nextPhone();
    await register({ phone, privacyVersion: PRIVACY_NOTICE.version }).expect(201);
    const me = await login(t.http, phone);
    const seen = await privacy(me);
    expect(seen).toMatchObject({
      agreedVersion: PRIVACY_NOTICE.version,
      mustAgree: false,
      showName: false,
    });
    expect(Date.now() - Date.parse(seen.agreedAt!)).toBeLessThan(60_000);
  });

  it('asks a member who never agreed, and everyone again when the version changes', async () => {
    // Created by an admin and not signed in to the app yet: never saw the notice.
    const v = await createMember(t.http, w.admin, w.id, ['resident', 'volunteer'], {
      gridId: w.gridId,
      privacyAgreed: false,
    });
    expect(await privacy(v)).toMatchObject({ agreedVersion: null, mustAgree: true });
    await t.http
      .post('/api/v1/me/consents')
      .set(bearer(v))
      .send({ kind: 'privacy_notice', granted: true })
      .expect(400);
    await t.http
      .post('/api/v1/me/consents')
      .set(bearer(v))
      .send({ kind: 'privacy_notice', granted: true, privacyVersion: PRIVACY_NOTICE.version })
      .expect(200);
    expect(await privacy(v)).toMatchObject({ mustAgree: false });

    const consents = t.app.get(ConsentsService);
    const notice = consents.notice();
    const spy = jest
      .spyOn(consents, 'notice')
      .mockReturnValue({ ...notice, version: '2027-01-01' });
    try {
      expect(await privacy(v)).toMatchObject({
        currentVersion: '2027-01-01',
        agreedVersion: PRIVACY_NOTICE.version,
        mustAgree: true,
      });
      await register({ privacyVersion: PRIVACY_NOTICE.version }).expect(400);
    } finally {
      spy.mockRestore();
    }
  });

  it('takes a QR wish only with the notice agreed to, and keeps which version', async () => {
    const body = {
      gridToken: w.intakeToken,
      contactName: '钱大爷',
      contactPhone: nextPhone(),
      ...wishBody(),
    };
    const refused = await t.http.post('/api/v1/public/wishes').send(body).expect(400);
    expect(refused.body.details.map((d: { field: string }) => d.field)).toContain('privacyVersion');
    const made = await t.http
      .post('/api/v1/public/wishes')
      .send({ ...body, privacyVersion: PRIVACY_NOTICE.version })
      .expect(201);
    const [row] = await t.app
      .get(DataSource)
      .query<{ privacy_version: string }[]>('SELECT privacy_version FROM wishes WHERE id = ?', [
        made.body.id,
      ]);
    expect(row.privacy_version).toBe(PRIVACY_NOTICE.version);
  });

  it('shows a full name on the leaderboard only for members who agreed (陈** otherwise), audit-logged', async () => {
    const o = await world(t.http, await loginPlatformAdmin(t.http));
    const shown = await volunteerOf(t.http, o);
    const hidden = await volunteerOf(t.http, o);
    const points = ledger(t.app, o.id);
    await points.award(shown.id, 50);
    await points.award(hidden.id, 40);
    await t.http
      .post('/api/v1/me/consents')
      .set(bearer(shown))
      .send({ kind: 'public_name', granted: true })
      .expect(200);
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
      .format(new Date())
      .slice(0, 7);
    const board = await t.http
      .get(`/api/v1/communities/${o.id}/leaderboard?metric=points&period=${month}`)
      .set(bearer(o.worker))
      .expect(200);
    const names = new Map(
      (board.body.items as { userId: string; name: string }[]).map((i) => [i.userId, i.name]),
    );
    expect(names.get(shown.id)).toBe(`Member ${shown.phone}`);
    expect(names.get(hidden.id)).toBe('M**');
    expect(JSON.stringify(board.body)).not.toContain(hidden.phone);

    await t.http
      .post('/api/v1/me/consents')
      .set(bearer(shown))
      .send({ kind: 'public_name', granted: false })
      .expect(200);
    expect(await privacy(shown)).toMatchObject({ showName: false });
    const audit = await t.http
      .get(`/api/v1/audit-log?targetId=${shown.id}`)
      .set(bearer(o.admin))
      .expect(200);
    expect((audit.body.items as { action: string }[]).map((e) => e.action)).toEqual(
      expect.arrayContaining(['consent.grant', 'consent.withdraw']),
    );
  });
});
