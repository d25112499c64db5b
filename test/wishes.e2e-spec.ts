import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import { DataSource } from 'typeorm';
import { verifyLedger } from 'src/points/verify-ledger';
import { WishFeedbackService } from 'src/wishes/wish-feedback.service';
import {
  bearer,
  createCommunity,
  createMember,
  loginPlatformAdmin,
  type Actor,
  type CommunityFixture,
} from './factories/actors';
import { qrWish, toCompleted, wishBody } from './factories/wishes';
import { startApp, type TestApp } from './helpers/test-app';

describe('micro-wishes', () => {
  let t: TestApp;
  let a: CommunityFixture;
  let b: CommunityFixture;
  let worker: Actor;
  let volunteer: Actor;
  let otherVolunteer: Actor;
  let resident: Actor;

  beforeAll(async () => {
    t = await startApp();
    const platform = await loginPlatformAdmin(t.http);
    a = await createCommunity(t.http, platform);
    b = await createCommunity(t.http, platform);
    worker = await createMember(t.http, a.admin, a.id, ['grid_worker'], { gridId: a.gridId });
    volunteer = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
    otherVolunteer = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
    resident = await createMember(t.http, a.admin, a.id, ['resident'], {
      gridId: a.gridId,
      address: '7号楼 2单元 101',
    });
  });
  afterAll(() => t?.close());

  const post = (actor: Actor, path: string, body: object = {}) =>
    t.http.post(`/api/v1/wishes${path}`).set(bearer(actor)).send(body);
  const balance = async (actor: Actor) =>
    (await t.http.get('/api/v1/me/points').set(bearer(actor)).expect(200)).body.balance as number;
  const setRules = (over: Record<string, unknown>) =>
    t.http
      .put(`/api/v1/communities/${a.id}/point-rules`)
      .set(bearer(a.admin))
      .send({
        pointsPerHour: 10,
        wishPoints: { 1: 0, 2: 2, 3: 5, 4: 8, 5: 10 },
        categoryMultipliers: {},
        pairMonthlyCap: 3,
        volunteerMonthlyCap: null,
        monthlyIssuanceBudget: null,
        expiry: { mode: 'none' },
        ...over,
      })
      .expect(200);

  it('QR intake → approve → claim → complete → rating 5: the claimer earns the rule’s points', async () => {
    const before = await balance(volunteer);
    const { id, trackingCode } = await qrWish(t.http, a.intakeToken, { category: 'repair' });
    const tracked = await t.http.get(`/api/v1/public/wishes/${trackingCode}`).expect(200);
    expect(tracked.body).toMatchObject({
      id,
      status: 'pending_review',
      canRate: false,
      helper: null,
    });
    await toCompleted(t.http, id, worker, volunteer);
    // From the claim on, the code's holder sees who is coming: a name and a masked phone.
    const coming = await t.http.get(`/api/v1/public/wishes/${trackingCode}`).expect(200);
    expect(coming.body.helper).toEqual({
      name: expect.any(String),
      phone: `${volunteer.phone.slice(0, 3)}****${volunteer.phone.slice(7)}`,
    });
    const rated = await t.http
      .post(`/api/v1/public/wishes/${trackingCode}/feedback`)
      .send({ rating: 5, comment: '非常感谢' })
      .expect(200);
    expect(rated.body.status).toBe('closed');
    expect(rated.body.history.map((h: { type: string }) => h.type)).toEqual([
      'posted',
      'approved',
      'claimed',
      'completed',
      'rated',
    ]);
    expect(await balance(volunteer)).toBe(before + 10);
    const statement = await t.http
      .get('/api/v1/me/points/entries?limit=1')
      .set(bearer(volunteer))
      .expect(200);
    expect(statement.body.items[0]).toMatchObject({
      kind: 'earn_wish',
      amount: 10,
      sourceType: 'wish',
      sourceId: id,
    });
    const seen = await t.http.get(`/api/v1/wishes/${id}`).set(bearer(worker)).expect(200);
    expect(seen.body).toMatchObject({
      status: 'closed',
      rating: 5,
      pointsAwarded: 10,
      closedOnTime: true,
      awardFlag: null,
    });
    await t.http
      .post(`/api/v1/public/wishes/${trackingCode}/feedback`)
      .send({ rating: 4 })
      .expect(409);
  });

  it('a resident posts their own wish, rates it, and the category multiplier applies', async () => {
    await setRules({ categoryMultipliers: { elder_care: 1.5 } });
    const before = await balance(otherVolunteer);
    const res = await post(resident, '', wishBody({ category: 'elder_care' })).expect(201);
    expect(res.body).toMatchObject({
      status: 'pending_review',
      ownerId: resident.id,
      gridId: a.gridId,
      source: 'resident',
    });
    await toCompleted(t.http, res.body.id, a.admin, otherVolunteer);
    const closed = await post(resident, `/${res.body.id}/feedback`, { rating: 4 }).expect(200);
    expect(closed.body.pointsAwarded).toBe(12);
    expect(await balance(otherVolunteer)).toBe(before + 12);
    await setRules({});
  });

  it('refuses every forbidden transition with 409 INVALID_STATE', async () => {
    const { id } = await qrWish(t.http, a.intakeToken);
    expect((await post(volunteer, `/${id}/claim`).expect(409)).body.code).toBe('INVALID_STATE');
    expect((await post(volunteer, `/${id}/complete`, { note: 'x' }).expect(403)).body.code).toBe(
      'FORBIDDEN',
    );
    await post(worker, `/${id}/approve`).expect(200);
    expect((await post(worker, `/${id}/approve`).expect(409)).body.code).toBe('INVALID_STATE');
    expect((await post(worker, `/${id}/reject`, { reason: 'late' }).expect(409)).body.code).toBe(
      'INVALID_STATE',
    );
    await post(volunteer, `/${id}/claim`).expect(200);
    expect((await post(otherVolunteer, `/${id}/claim`).expect(409)).body.code).toMatch(
      /INVALID_STATE|CONFLICT/,
    );
    await post(volunteer, `/${id}/release`).expect(200);
    await post(volunteer, `/${id}/claim`).expect(200);
    await post(volunteer, `/${id}/complete`, { note: 'ok' }).expect(200);
    expect((await post(worker, `/${id}/cancel`).expect(409)).body.code).toBe('INVALID_STATE');
    expect((await post(volunteer, `/${id}/release`).expect(409)).body.code).toBe('INVALID_STATE');
  });

  it('refuses wrong actors: non-staff review, non-claimers, non-owners, other communities', async () => {
    const own = await post(resident, '', wishBody()).expect(201);
    const id = own.body.id as string;
    await post(volunteer, `/${id}/approve`).expect(403);
    await post(resident, `/${id}/approve`).expect(403);
    await post(b.admin, `/${id}/approve`).expect(404);
    await post(worker, `/${id}/approve`).expect(200);
    await post(worker, `/${id}/claim`).expect(403); // not a volunteer
    await post(volunteer, `/${id}/claim`).expect(200);
    await post(otherVolunteer, `/${id}/complete`, { note: 'x' }).expect(403);
    await post(otherVolunteer, `/${id}/release`).expect(403);
    await post(otherVolunteer, `/${id}/cancel`).expect(403);
    const stranger = await createMember(t.http, a.admin, a.id, ['resident']);
    await post(stranger, `/${id}/cancel`).expect(404); // residents see only their own wishes
    await post(volunteer, `/${id}/complete`, { note: 'done' }).expect(200);
    expect(
      (await post(volunteer, `/${id}/feedback`, { rating: 5 }).expect(403)).body.message,
    ).toMatch(/rate help you gave/);
    await post(worker, `/${id}/feedback`, { rating: 5 }).expect(403);
    await post(resident, `/${id}/feedback`, { rating: 5 }).expect(200);
  });

  it('lets only approved volunteers claim, and never their own wish', async () => {
    const applicant = await createMember(t.http, a.admin, a.id, ['resident']);
    await t.http.post('/api/v1/volunteers/apply').set(bearer(applicant)).send({}).expect(201);
    const { id } = await qrWish(t.http, a.intakeToken);
    await post(worker, `/${id}/approve`).expect(200);
    // The applicant's token still says resident only: they are no volunteer yet.
    await post(applicant, `/${id}/claim`).expect(403);
    const suspended = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
    await t.http
      .post(`/api/v1/volunteers/${suspended.id}/suspend`)
      .set(bearer(a.admin))
      .expect(201);
    expect((await post(suspended, `/${id}/claim`).expect(403)).body.message).toMatch(
      /approved volunteer/,
    );
    const ownWish = await post(volunteer, '', wishBody({ gridId: a.gridId })).expect(201);
    await post(worker, `/${ownWish.body.id}/approve`).expect(200);
    await post(volunteer, `/${ownWish.body.id}/claim`).expect(403);
  });

  it('dispatches (assign) to an approved volunteer of the community only', async () => {
    const { id } = await qrWish(t.http, a.intakeToken);
    await post(worker, `/${id}/approve`).expect(200);
    const outsider = await createMember(t.http, b.admin, b.id, ['resident', 'volunteer']);
    await post(worker, `/${id}/assign`, { volunteerId: outsider.id }).expect(400);
    await post(volunteer, `/${id}/assign`, { volunteerId: volunteer.id }).expect(403);
    const res = await post(worker, `/${id}/assign`, { volunteerId: otherVolunteer.id }).expect(200);
    expect(res.body).toMatchObject({ status: 'claimed', claimerId: otherVolunteer.id });
  });

  it('masks the owner’s phone and address for other volunteers, not for the claimer or staff', async () => {
    const own = await post(resident, '', wishBody()).expect(201);
    const id = own.body.id as string;
    await post(worker, `/${id}/approve`).expect(200);
    const asOther = await t.http
      .get(`/api/v1/wishes/${id}`)
      .set(bearer(otherVolunteer))
      .expect(200);
    expect(asOther.body.contactPhone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(asOther.body.contactPhone).not.toBe(resident.phone);
    expect(asOther.body.address).toMatch(/\*\*\*\*$/);
    const listed = await t.http
      .get('/api/v1/wishes?status=open&limit=100')
      .set(bearer(otherVolunteer))
      .expect(200);
    const row = listed.body.items.find((w: { id: string }) => w.id === id);
    expect(row.contactPhone).toBe(asOther.body.contactPhone);
    expect(
      (await t.http.get(`/api/v1/wishes/${id}`).set(bearer(worker)).expect(200)).body.contactPhone,
    ).toBe(resident.phone);
    await post(volunteer, `/${id}/claim`).expect(200);
    const asClaimer = await t.http.get(`/api/v1/wishes/${id}`).set(bearer(volunteer)).expect(200);
    expect(asClaimer.body).toMatchObject({
      contactPhone: resident.phone,
      address: '7号楼 2单元 101',
    });
    expect(
      (await t.http.get(`/api/v1/wishes/${id}`).set(bearer(resident)).expect(200)).body
        .contactPhone,
    ).toBe(resident.phone);
  });

  it('lets exactly one of 20 volunteers claiming at once win; the rest get 409', async () => {
    const volunteers = await Promise.all(
      Array.from({ length: 20 }, () =>
        createMember(t.http, a.admin, a.id, ['resident', 'volunteer']),
      ),
    );
    const { id } = await qrWish(t.http, a.intakeToken);
    await post(worker, `/${id}/approve`).expect(200);
    const results = await Promise.all(volunteers.map((v) => post(v, `/${id}/claim`)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    const winner = results.find((r) => r.status === 200)!.body.claimerId;
    expect(
      (await t.http.get(`/api/v1/wishes/${id}`).set(bearer(worker)).expect(200)).body.claimerId,
    ).toBe(winner);
  });

  it('awards once when two feedbacks arrive at once', async () => {
    const before = await balance(volunteer);
    const { id, trackingCode } = await qrWish(t.http, a.intakeToken);
    await toCompleted(t.http, id, worker, volunteer);
    const results = await Promise.all(
      [5, 5].map((rating) =>
        t.http.post(`/api/v1/public/wishes/${trackingCode}/feedback`).send({ rating }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await balance(volunteer)).toBe(before + 10);
    expect(await verifyLedger(t.app.get(DataSource))).toEqual([]);
  });

  it('caps a resident–volunteer pair per month: over-cap wishes close with 0 points, flagged', async () => {
    await setRules({ pairMonthlyCap: 1 });
    const helper = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
    const asker = await createMember(t.http, a.admin, a.id, ['resident'], { gridId: a.gridId });
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const w = await post(asker, '', wishBody()).expect(201);
      await toCompleted(t.http, w.body.id, worker, helper);
      ids.push(w.body.id);
    }
    const first = await post(asker, `/${ids[0]}/feedback`, { rating: 5 }).expect(200);
    const second = await post(asker, `/${ids[1]}/feedback`, { rating: 5 }).expect(200);
    expect(first.body).toMatchObject({ pointsAwarded: 10, awardFlag: null });
    expect(second.body).toMatchObject({
      status: 'closed',
      pointsAwarded: 0,
      awardFlag: 'pair_cap',
    });
    expect(await balance(helper)).toBe(10);
    await setRules({});
  });

  it("applies the volunteer's monthly cap", async () => {
    await setRules({ volunteerMonthlyCap: 15 });
    const helper = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
    const results = [];
    for (let i = 0; i < 2; i++) {
      const { id, trackingCode } = await qrWish(t.http, a.intakeToken);
      await toCompleted(t.http, id, worker, helper);
      results.push(
        (
          await t.http
            .post(`/api/v1/public/wishes/${trackingCode}/feedback`)
            .send({ rating: 5 })
            .expect(200)
        ).body,
      );
    }
    const wishes = await t.http.get(`/api/v1/wishes?limit=2`).set(bearer(worker)).expect(200);
    expect(wishes.body.items.map((w: { awardFlag: string | null }) => w.awardFlag)).toEqual([
      'volunteer_cap',
      null,
    ]);
    expect(await balance(helper)).toBe(10);
    await setRules({});
  });

  it('opens a follow-up for a rating of 2 or less, listed for staff', async () => {
    const { id, trackingCode } = await qrWish(t.http, a.intakeToken);
    await toCompleted(t.http, id, worker, volunteer);
    await t.http
      .post(`/api/v1/public/wishes/${trackingCode}/feedback`)
      .send({ rating: 2, comment: '迟到了' })
      .expect(200);
    const list = await t.http.get('/api/v1/wishes?followUp=true').set(bearer(worker)).expect(200);
    expect(list.body.items.map((w: { id: string }) => w.id)).toContain(id);
    expect(list.body.items.every((w: { followUpOpen: boolean }) => w.followUpOpen)).toBe(true);
  });

  it('closes unrated wishes after the feedback window with rating 4, marked automatic', async () => {
    const before = await balance(volunteer);
    const { id } = await qrWish(t.http, a.intakeToken);
    await toCompleted(t.http, id, worker, volunteer);
    const ds = t.app.get(DataSource);
    await ds.query('UPDATE wishes SET completed_at = ? WHERE id = ?', [
      new Date(Date.now() - 8 * 86_400_000).toISOString().replace('T', ' ').replace('Z', ''),
      id,
    ]);
    const feedback = t.app.get(WishFeedbackService);
    const [x, y] = await Promise.all([
      feedback.autoClose(new Date()),
      feedback.autoClose(new Date()),
    ]);
    expect(x.closed + y.closed).toBe(1);
    const wish = await t.http.get(`/api/v1/wishes/${id}`).set(bearer(worker)).expect(200);
    expect(wish.body).toMatchObject({
      status: 'closed',
      rating: 4,
      feedbackAuto: true,
      pointsAwarded: 8,
    });
    expect(await balance(volunteer)).toBe(before + 8);
  });

  it('grid workers post on behalf of a resident: open at once, the tracking code kept from them', async () => {
    const res = await post(worker, '', {
      ...wishBody(),
      onBehalfOf: { name: '李大爷', phone: '13912345678' },
    }).expect(201);
    expect(res.body).toMatchObject({
      status: 'open',
      source: 'proxy',
      submittedBy: worker.id,
      contactName: '李大爷',
    });
    // The code is the resident's secret (sent to their phone); staff record ratings through
    // the audited feedback-on-behalf route instead.
    expect(res.body).not.toHaveProperty('trackingCode');
    await post(resident, '', {
      ...wishBody(),
      onBehalfOf: { name: 'x', phone: '13912345678' },
    }).expect(403);
  });

  it('lists overdue wishes and filters by category and grid', async () => {
    const { id } = await qrWish(t.http, a.intakeToken, { category: 'tutoring', urgency: 'urgent' });
    await t.app
      .get(DataSource)
      .query('UPDATE wishes SET due_at = ? WHERE id = ?', ['2020-01-01 00:00:00.000', id]);
    const overdue = await t.http
      .get('/api/v1/wishes?overdue=true&limit=100')
      .set(bearer(worker))
      .expect(200);
    expect(overdue.body.items.map((w: { id: string }) => w.id)).toContain(id);
    expect(overdue.body.items.every((w: { overdue: boolean }) => w.overdue)).toBe(true);
    const notOverdue = await t.http
      .get('/api/v1/wishes?overdue=false&limit=100')
      .set(bearer(worker))
      .expect(200);
    expect(notOverdue.body.items.map((w: { id: string }) => w.id)).not.toContain(id);
    const tutoring = await t.http
      .get(`/api/v1/wishes?category=tutoring&gridId=${a.gridId}`)
      .set(bearer(worker))
      .expect(200);
    expect(tutoring.body.items.every((w: { category: string }) => w.category === 'tutoring')).toBe(
      true,
    );
    await t.http.get('/api/v1/wishes?status=nope').set(bearer(worker)).expect(400);
  });

  it('validates the public intake', async () => {
    const res = await t.http
      .post('/api/v1/public/wishes')
      .send({
        privacyVersion: PRIVACY_NOTICE.version,
        gridToken: a.intakeToken,
        contactName: '',
        contactPhone: '123',
        title: 'x',
        description: 'y',
        category: 'magic',
        urgency: 'now',
      })
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'category',
      'contactName',
      'contactPhone',
      'urgency',
    ]);
    const bad = await t.http
      .post('/api/v1/public/wishes')
      .send({
        privacyVersion: PRIVACY_NOTICE.version,
        gridToken: 'not-a-real-token-123',
        contactName: 'A',
        contactPhone: '13912345678',
        ...wishBody(),
      })
      .expect(400);
    expect(bad.body.details[0].field).toBe('gridToken');
    await t.http.get('/api/v1/public/wishes/unknown-code-123').expect(404);
  });
});
