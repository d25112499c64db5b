import {
  bearer,
  createCommunity,
  createMember,
  loginPlatformAdmin,
  type Actor,
  type CommunityFixture,
} from './factories/actors';
import { nextPhone } from './factories/phones';
import { startApp, type TestApp } from './helpers/test-app';
import { DataSource } from 'typeorm';
import { AuditEntry } from 'src/common/audit/audit-entry.entity';

describe('communities, grids, members and volunteers', () => {
  let t: TestApp;
  let platform: Actor;
  let a: CommunityFixture;
  let b: CommunityFixture;
  let resident: Actor;
  let gridWorker: Actor;
  let storeStaff: Actor;

  beforeAll(async () => {
    t = await startApp();
    platform = await loginPlatformAdmin(t.http);
    a = await createCommunity(t.http, platform);
    b = await createCommunity(t.http, platform);
    resident = await createMember(t.http, a.admin, a.id, ['resident']);
    gridWorker = await createMember(t.http, a.admin, a.id, ['grid_worker']);
    storeStaff = await createMember(t.http, a.admin, a.id, ['store_staff']);
  });
  afterAll(() => t?.close());

  describe('communities', () => {
    it('lets only the platform admin create communities (403 FORBIDDEN otherwise)', async () => {
      const res = await t.http
        .post('/api/v1/communities')
        .set(bearer(a.admin))
        .send({ name: 'X', code: 'XX1' })
        .expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    });

    it('stores the code upper-case with a default time zone, and refuses a taken code', async () => {
      const res = await t.http
        .post('/api/v1/communities')
        .set(bearer(platform))
        .send({ name: '幸福村', code: 'xingfu' })
        .expect(201);
      expect(res.body).toMatchObject({
        code: 'XINGFU',
        timezone: 'Asia/Shanghai',
        id: expect.any(String),
      });
      await t.http
        .post('/api/v1/communities')
        .set(bearer(platform))
        .send({ name: 'Y', code: 'XINGFU' })
        .expect(409);
    });

    it('rejects an unknown time zone with a field error', async () => {
      const res = await t.http
        .post('/api/v1/communities')
        .set(bearer(platform))
        .send({ name: 'Z', code: 'ZONE1', timezone: 'Mars/Olympus' })
        .expect(400);
      expect(res.body.details[0].field).toBe('timezone');
    });

    it('shows a member their own community and hides every other one (404)', async () => {
      await t.http.get(`/api/v1/communities/${a.id}`).set(bearer(resident)).expect(200);
      const res = await t.http.get(`/api/v1/communities/${b.id}`).set(bearer(resident)).expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
    });

    it('answers 400 for a malformed id', async () => {
      const res = await t.http
        .get('/api/v1/communities/not-an-id')
        .set(bearer(resident))
        .expect(400);
      expect(res.body.details).toEqual([{ field: 'id', messages: ['id must be an id (UUID)'] }]);
    });
  });

  describe('grids', () => {
    it('shows intake tokens to staff only', async () => {
      const staff = await t.http
        .get(`/api/v1/communities/${a.id}/grids`)
        .set(bearer(gridWorker))
        .expect(200);
      expect(staff.body.items[0].intakeToken).toBe(a.intakeToken);
      const res = await t.http
        .get(`/api/v1/communities/${a.id}/grids`)
        .set(bearer(resident))
        .expect(200);
      expect(res.body.items[0]).not.toHaveProperty('intakeToken');
      expect(res.body.items[0].name).toBe('Grid A');
    });

    it('lets only a community admin create grids, in their own community', async () => {
      await t.http
        .post(`/api/v1/communities/${a.id}/grids`)
        .set(bearer(gridWorker))
        .send({ name: 'G' })
        .expect(403);
      await t.http
        .post(`/api/v1/communities/${b.id}/grids`)
        .set(bearer(a.admin))
        .send({ name: 'G' })
        .expect(404);
      await t.http
        .post(`/api/v1/communities/${a.id}/grids`)
        .set(bearer(a.admin))
        .send({ name: 'Grid A' })
        .expect(409);
    });

    it("does not list another community's grids", async () => {
      await t.http.get(`/api/v1/communities/${b.id}/grids`).set(bearer(a.admin)).expect(404);
    });
  });

  describe('members', () => {
    it('creates staff with roles; the platform admin may create in any community', async () => {
      const phone = nextPhone();
      const res = await t.http
        .post(`/api/v1/communities/${b.id}/members`)
        .set(bearer(platform))
        .send({
          phone,
          name: '店员',
          password: 'password-1',
          roles: ['store_staff'],
          gridId: b.gridId,
        })
        .expect(201);
      expect(res.body).toMatchObject({
        phone,
        roles: ['store_staff'],
        communityId: b.id,
        gridId: b.gridId,
        volunteer: null,
      });
      expect(res.body).not.toHaveProperty('passwordHash');
    });

    it('creates a volunteer as approved', async () => {
      const res = await t.http
        .post(`/api/v1/communities/${a.id}/members`)
        .set(bearer(a.admin))
        .send({
          phone: nextPhone(),
          name: '志愿者',
          password: 'password-1',
          roles: ['resident', 'volunteer'],
          volunteer: { skills: ['repair'], isPartyMember: true },
        })
        .expect(201);
      expect(res.body.volunteer).toEqual({
        status: 'approved',
        skills: ['repair'],
        isPartyMember: true,
        teams: [],
      });
    });

    it('never grants platform_admin and validates nested fields', async () => {
      const res = await t.http
        .post(`/api/v1/communities/${a.id}/members`)
        .set(bearer(a.admin))
        .send({
          phone: nextPhone(),
          name: 'X',
          password: 'password-1',
          roles: ['platform_admin'],
          volunteer: { skills: 'x' },
        })
        .expect(400);
      const fields = res.body.details.map((d: { field: string }) => d.field).sort();
      expect(fields).toEqual(['roles', 'volunteer.skills']);
    });

    it('refuses member creation to non-admins (403) and in another community (404)', async () => {
      const body = { phone: nextPhone(), name: 'X', password: 'password-1', roles: ['resident'] };
      await t.http
        .post(`/api/v1/communities/${a.id}/members`)
        .set(bearer(gridWorker))
        .send(body)
        .expect(403);
      await t.http
        .post(`/api/v1/communities/${b.id}/members`)
        .set(bearer(a.admin))
        .send(body)
        .expect(404);
    });

    it('lists members by role and pages with a cursor', async () => {
      const first = await t.http
        .get(`/api/v1/communities/${a.id}/members?limit=2`)
        .set(bearer(a.admin))
        .expect(200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await t.http
        .get(`/api/v1/communities/${a.id}/members?limit=2&cursor=${first.body.nextCursor}`)
        .set(bearer(a.admin))
        .expect(200);
      const ids = [...first.body.items, ...second.body.items].map((m: { id: string }) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      const staff = await t.http
        .get(`/api/v1/communities/${a.id}/members?role=store_staff`)
        .set(bearer(a.admin))
        .expect(200);
      expect(staff.body.items.map((m: { id: string }) => m.id)).toEqual([storeStaff.id]);
      await t.http.get(`/api/v1/communities/${a.id}/members`).set(bearer(resident)).expect(403);
      await t.http
        .get(`/api/v1/communities/${a.id}/members?limit=0`)
        .set(bearer(a.admin))
        .expect(400);
      await t.http
        .get(`/api/v1/communities/${a.id}/members?cursor=%%%`)
        .set(bearer(a.admin))
        .expect(400);
    });

    it('changes roles and grid, and refuses to touch a member of another community', async () => {
      const res = await t.http
        .patch(`/api/v1/members/${resident.id}`)
        .set(bearer(a.admin))
        .send({ roles: ['resident', 'grid_worker'], gridId: a.gridId, name: '新名字' })
        .expect(200);
      expect(res.body).toMatchObject({
        roles: ['resident', 'grid_worker'],
        gridId: a.gridId,
        name: '新名字',
      });

      const outsider = await createMember(t.http, b.admin, b.id, ['resident']);
      await t.http.get(`/api/v1/members/${outsider.id}`).set(bearer(a.admin)).expect(404);
      await t.http
        .patch(`/api/v1/members/${outsider.id}`)
        .set(bearer(a.admin))
        .send({ roles: ['community_admin'] })
        .expect(404);
      const still = await t.http
        .get(`/api/v1/members/${outsider.id}`)
        .set(bearer(b.admin))
        .expect(200);
      expect(still.body.roles).toEqual(['resident']);
      await t.http
        .patch(`/api/v1/members/${resident.id}`)
        .set(bearer(a.admin))
        .send({ gridId: b.gridId })
        .expect(400);
    });
  });

  describe('volunteers', () => {
    it('goes pending → approved → suspended → approved; forbidden transitions are 409 INVALID_STATE', async () => {
      const applicant = await createMember(t.http, a.admin, a.id, ['resident']);
      const applied = await t.http
        .post('/api/v1/volunteers/apply')
        .set(bearer(applicant))
        .send({ skills: ['tutoring'] })
        .expect(201);
      expect(applied.body.volunteer.status).toBe('pending');
      await t.http.post('/api/v1/volunteers/apply').set(bearer(applicant)).send({}).expect(409);

      const pending = await t.http
        .get(`/api/v1/communities/${a.id}/volunteers?status=pending`)
        .set(bearer(a.admin))
        .expect(200);
      expect(pending.body.items.map((m: { id: string }) => m.id)).toContain(applicant.id);

      const approve = () =>
        t.http.post(`/api/v1/volunteers/${applicant.id}/approve`).set(bearer(a.admin));
      const suspend = () =>
        t.http.post(`/api/v1/volunteers/${applicant.id}/suspend`).set(bearer(a.admin));
      expect((await approve().expect(201)).body.volunteer.status).toBe('approved');
      expect((await approve().expect(409)).body.code).toBe('INVALID_STATE');
      expect((await suspend().expect(201)).body.volunteer.status).toBe('suspended');
      expect((await suspend().expect(409)).body.code).toBe('INVALID_STATE');
      expect((await approve().expect(201)).body.volunteer.status).toBe('approved');
    });

    it('refuses decisions by non-admins and across communities, and on members who never applied', async () => {
      const applicant = await createMember(t.http, a.admin, a.id, ['resident']);
      await t.http.post('/api/v1/volunteers/apply').set(bearer(applicant)).send({}).expect(201);
      await t.http
        .post(`/api/v1/volunteers/${applicant.id}/approve`)
        .set(bearer(applicant))
        .expect(403);
      await t.http
        .post(`/api/v1/volunteers/${applicant.id}/approve`)
        .set(bearer(b.admin))
        .expect(404);
      await t.http
        .post(`/api/v1/volunteers/${storeStaff.id}/approve`)
        .set(bearer(a.admin))
        .expect(409);
      const me = await t.http.get('/api/v1/me').set(bearer(applicant)).expect(200);
      expect(me.body.volunteer.status).toBe('pending');
    });
  });

  describe('audit log', () => {
    it('records one entry per staff change, with actor, before/after and the request id', async () => {
      const member = await createMember(t.http, a.admin, a.id, ['resident'], {
        privacyAgreed: false,
      });
      const res = await t.http
        .patch(`/api/v1/members/${member.id}`)
        .set(bearer(a.admin))
        .set('x-request-id', 'audit-check-1')
        .send({ roles: ['resident', 'store_staff'] })
        .expect(200);
      expect(res.headers['x-request-id']).toBe('audit-check-1');
      const entries = await t.app
        .get(DataSource)
        .getRepository(AuditEntry)
        .find({ where: { targetId: member.id }, order: { id: 'ASC' } });
      expect(entries.map((e) => e.action)).toEqual(['member.create', 'member.update']);
      expect(entries[1]).toMatchObject({
        actorId: a.admin.id,
        communityId: a.id,
        requestId: 'audit-check-1',
        before: expect.objectContaining({ roles: ['resident'] }),
        after: expect.objectContaining({ roles: ['resident', 'store_staff'] }),
      });
    });
  });

  describe('wish-intake QR code', () => {
    it('is refused to residents (403) and across communities (404)', async () => {
      await t.http.get(`/api/v1/grids/${a.gridId}/wish-qr`).set(bearer(storeStaff)).expect(403);
      await t.http.get(`/api/v1/grids/${b.gridId}/wish-qr`).set(bearer(a.admin)).expect(404);
      await t.http
        .get(`/api/v1/grids/${a.gridId}/wish-qr?format=gif`)
        .set(bearer(a.admin))
        .expect(400);
    });
  });
});
