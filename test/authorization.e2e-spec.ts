import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import { DateTime } from 'luxon';
import {
  bearer,
  createCommunity,
  createMember,
  loginPlatformAdmin,
  type Actor,
  type CommunityFixture,
} from './factories/actors';
import { qrWish, wishBody } from './factories/wishes';
import { get as httpGet } from 'node:http';
import { DispatcherService } from 'src/notifications/dispatcher.service';
import { startApp, type TestApp } from './helpers/test-app';

/**
 * The authorization matrix: every route of the OpenAPI document × every role × the caller's own
 * community or another one. The expectations below are written out by hand from DESIGN.md's
 * API table, not read from the code's decorators, so a changed guard shows up here; a route
 * missing from the table fails the suite, so new routes must be classified.
 *
 * The target of every request (path ids, ids in bodies) lives in community A. "Allowed" means
 * the request got past authentication, role and scope checks: any answer but 401, 403 or 404.
 * "Denied" means 401 for anonymous callers and 403 or 404 for everyone else; a caller from
 * community B is always denied, whatever their role, unless the route is public or about
 * themselves.
 */

type Role =
  | 'anonymous'
  | 'resident'
  | 'volunteer'
  | 'grid_worker'
  | 'store_staff'
  | 'community_admin'
  | 'platform_admin';

const MEMBER_ROLES = [
  'resident',
  'volunteer',
  'grid_worker',
  'store_staff',
  'community_admin',
] as const;
const ANY_MEMBER: Role[] = [...MEMBER_ROLES];
const STAFF: Role[] = ['grid_worker', 'store_staff', 'community_admin'];

interface Rule {
  /** Roles allowed on community A's target (platform_admin listed when it may act). */
  allow: Role[] | 'public';
  /**
   * `self`: the route acts on the caller's own data (`/me/...`, creating their own things), so a
   * caller from community B is allowed too, on their own community. Otherwise B is denied.
   */
  scope?: 'self';
}

const ALL_SIGNED_IN: Role[] = [...ANY_MEMBER, 'platform_admin'];

/** DESIGN.md's access table, route by route. */
const RULES: Record<string, Rule> = {
  'POST /api/v1/auth/register': { allow: 'public' },
  'POST /api/v1/auth/login': { allow: 'public' },
  'POST /api/v1/auth/refresh': { allow: 'public' },
  'POST /api/v1/auth/logout': { allow: 'public' },
  'GET /api/v1/me': { allow: ALL_SIGNED_IN, scope: 'self' },
  // The platform admin passes the roles check and is told its phone needs no proof (409).
  'POST /api/v1/me/phone-verification': { allow: ALL_SIGNED_IN, scope: 'self' },
  'POST /api/v1/me/phone-verification/confirm': { allow: ALL_SIGNED_IN, scope: 'self' },
  'POST /api/v1/members/{id}/phone-confirmation': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },

  'POST /api/v1/communities': { allow: ['platform_admin'] },
  'GET /api/v1/communities': { allow: ['platform_admin'] },
  'GET /api/v1/communities/{id}': { allow: [...ANY_MEMBER, 'platform_admin'] },
  'POST /api/v1/communities/{id}/grids': { allow: ['community_admin', 'platform_admin'] },
  'GET /api/v1/communities/{id}/grids': { allow: [...ANY_MEMBER, 'platform_admin'] },
  'GET /api/v1/grids/{id}/wish-qr': { allow: ['grid_worker', 'community_admin', 'platform_admin'] },
  'POST /api/v1/communities/{id}/members': { allow: ['community_admin', 'platform_admin'] },
  'POST /api/v1/communities/{id}/members/import': { allow: ['community_admin', 'platform_admin'] },
  'GET /api/v1/communities/{id}/members/import-template': {
    allow: ['community_admin', 'platform_admin'],
  },
  'GET /api/v1/communities/{id}/members': { allow: [...STAFF, 'platform_admin'] },
  'GET /api/v1/communities/{id}/people': { allow: [...STAFF, 'platform_admin'] },
  'GET /api/v1/communities/{id}/volunteers': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/members/{id}': { allow: [...STAFF, 'platform_admin'] },
  'PATCH /api/v1/members/{id}': { allow: ['community_admin', 'platform_admin'] },
  'POST /api/v1/volunteers/apply': { allow: ['resident', 'volunteer'], scope: 'self' },
  'POST /api/v1/volunteers/{id}/approve': { allow: ['community_admin', 'platform_admin'] },
  'POST /api/v1/volunteers/{id}/suspend': { allow: ['community_admin', 'platform_admin'] },

  'GET /api/v1/public/privacy-notice': { allow: 'public' },
  'GET /api/v1/me/consents': { allow: ALL_SIGNED_IN, scope: 'self' },
  'POST /api/v1/me/consents': { allow: ALL_SIGNED_IN, scope: 'self' },
  'GET /api/v1/me/service-record': { allow: ANY_MEMBER, scope: 'self' },
  'GET /api/v1/members/{id}/service-record': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  // A line of one's own record: the volunteer's; anyone else's line is not found.
  'POST /api/v1/me/record-corrections': { allow: ['volunteer'] },
  'GET /api/v1/me/record-corrections': { allow: ALL_SIGNED_IN, scope: 'self' },
  'GET /api/v1/communities/{id}/record-corrections': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/record-corrections/{id}/accept': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/record-corrections/{id}/refuse': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/communities/{id}/overdue-recording': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/communities/{id}/recognition': { allow: [...ANY_MEMBER, 'platform_admin'] },
  'PUT /api/v1/communities/{id}/recognition': { allow: ['community_admin', 'platform_admin'] },
  'POST /api/v1/me/certificates': { allow: ANY_MEMBER, scope: 'self' },
  'GET /api/v1/me/certificates': { allow: ALL_SIGNED_IN, scope: 'self' },
  'POST /api/v1/members/{id}/certificates': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/members/{id}/certificates': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/communities/{id}/certificates': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/certificates/{id}.pdf': {
    allow: ['volunteer', 'grid_worker', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/certificates/{id}/credential': {
    allow: ['volunteer', 'grid_worker', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/certificates/{id}/revoke': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/public/certificates/{code}': { allow: 'public' },
  'GET /api/v1/me/points': { allow: ANY_MEMBER, scope: 'self' },
  'GET /api/v1/me/notifications': { allow: ALL_SIGNED_IN, scope: 'self' },
  'POST /api/v1/me/notifications/read': { allow: ALL_SIGNED_IN, scope: 'self' },
  'GET /api/v1/me/notifications/stream': { allow: ALL_SIGNED_IN, scope: 'self' },
  'GET /api/v1/me/notification-preferences': { allow: ALL_SIGNED_IN, scope: 'self' },
  'PUT /api/v1/me/notification-preferences': { allow: ALL_SIGNED_IN, scope: 'self' },
  'POST /api/v1/communities/{id}/webhooks': { allow: ['community_admin', 'platform_admin'] },
  'GET /api/v1/communities/{id}/webhooks': { allow: ['community_admin', 'platform_admin'] },
  'PATCH /api/v1/communities/{id}/webhooks/{webhookId}': {
    allow: ['community_admin', 'platform_admin'],
  },
  'DELETE /api/v1/communities/{id}/webhooks/{webhookId}': {
    allow: ['community_admin', 'platform_admin'],
  },
  'GET /api/v1/communities/{id}/webhooks/{webhookId}/deliveries': {
    allow: ['community_admin', 'platform_admin'],
  },
  'POST /api/v1/communities/{id}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver': {
    allow: ['community_admin', 'platform_admin'],
  },
  'GET /api/v1/me/points/entries': { allow: ANY_MEMBER, scope: 'self' },
  'GET /api/v1/members/{id}/points': { allow: [...STAFF, 'platform_admin'] },
  'GET /api/v1/members/{id}/points/entries': { allow: [...STAFF, 'platform_admin'] },
  'POST /api/v1/members/{id}/points/adjustments': {
    allow: ['community_admin', 'platform_admin'],
  },
  'GET /api/v1/communities/{id}/point-rules': { allow: [...ANY_MEMBER, 'platform_admin'] },
  'PUT /api/v1/communities/{id}/point-rules': { allow: ['community_admin', 'platform_admin'] },

  // The volunteer of the fixtures is a resident too.
  'POST /api/v1/wishes': {
    allow: ['resident', 'volunteer', 'grid_worker', 'community_admin'],
    scope: 'self',
  },
  'GET /api/v1/wishes': { allow: ALL_SIGNED_IN, scope: 'self' },
  'GET /api/v1/wishes/{id}': {
    allow: ['resident', 'volunteer', 'grid_worker', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/wishes/{id}/approve': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/wishes/{id}/reject': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/wishes/{id}/candidates': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/communities/{id}/point-rules/history': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/wishes/{id}/follow-up/resolve': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/wishes/{id}/assign': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/wishes/{id}/claim': { allow: ['volunteer'] },
  'POST /api/v1/wishes/{id}/complete': { allow: ['volunteer'] },
  'POST /api/v1/wishes/{id}/release': { allow: ['volunteer'] },
  'POST /api/v1/wishes/{id}/cancel': {
    allow: ['resident', 'grid_worker', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/wishes/{id}/feedback': { allow: ['resident'] },
  'POST /api/v1/wishes/{id}/feedback-on-behalf': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/public/wishes': { allow: 'public' },
  'GET /api/v1/public/wishes/{trackingCode}': { allow: 'public' },
  'POST /api/v1/public/wishes/{trackingCode}/feedback': { allow: 'public' },

  'GET /api/v1/activities/{id}/signups': { allow: ['community_admin', 'platform_admin'] },
  'POST /api/v1/activities': { allow: ['grid_worker', 'community_admin'], scope: 'self' },
  // Organiser routes: the activity was organised by community A's admin.
  'PATCH /api/v1/activities/{id}': { allow: ['community_admin', 'platform_admin'] },
  'GET /api/v1/activities': { allow: ALL_SIGNED_IN, scope: 'self' },
  'GET /api/v1/activities/{id}': { allow: [...ANY_MEMBER, 'platform_admin'] },
  'POST /api/v1/activities/{id}/signups': { allow: ['volunteer'] },
  'GET /api/v1/activities/{id}/checkin-code': { allow: ['community_admin', 'platform_admin'] },
  'POST /api/v1/activities/{id}/check-in': { allow: ['volunteer'] },
  'POST /api/v1/activities/{id}/check-out': { allow: ['volunteer'] },
  'GET /api/v1/activities/{id}/attendances': { allow: ['community_admin', 'platform_admin'] },
  'POST /api/v1/activities/{id}/attendances/{userId}/mark': {
    allow: ['community_admin', 'platform_admin'],
  },
  'POST /api/v1/activities/{id}/attendances/{userId}/approve': {
    allow: ['community_admin', 'platform_admin'],
  },
  'DELETE /api/v1/activities/{id}/signups/me': { allow: ['volunteer'] },
  'POST /api/v1/service-records': { allow: ['volunteer'], scope: 'self' },
  'GET /api/v1/service-records': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
    scope: 'self',
  },
  'POST /api/v1/service-records/{id}/approve': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/service-records/{id}/reject': {
    allow: ['grid_worker', 'community_admin', 'platform_admin'],
  },
  // The platform admin has no hours or redemptions of its own: an empty list.
  'GET /api/v1/me/hours': { allow: ALL_SIGNED_IN, scope: 'self' },
  'GET /api/v1/me/service-records': { allow: ALL_SIGNED_IN, scope: 'self' },

  'POST /api/v1/store/items': { allow: ['store_staff', 'community_admin'], scope: 'self' },
  // The platform admin may mend any community's catalogue but has no store of its own.
  'PATCH /api/v1/store/items/{id}': { allow: ['store_staff', 'community_admin', 'platform_admin'] },
  'POST /api/v1/store/items/{id}/restock': {
    allow: ['store_staff', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/store/items/{id}/slots': {
    allow: ['store_staff', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/store/items': { allow: ANY_MEMBER, scope: 'self' },
  'POST /api/v1/store/redemptions': { allow: ANY_MEMBER },
  'GET /api/v1/store/redemptions/by-pickup-code': {
    allow: ['store_staff', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/store/redemptions/verify': {
    allow: ['store_staff', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/store/redemptions/{id}/cancel': {
    allow: ['volunteer', 'store_staff', 'community_admin', 'platform_admin'],
  },
  // The platform admin may serve at any community's counter (the card names the community).
  'POST /api/v1/store/cards/inspect': {
    allow: ['store_staff', 'community_admin', 'platform_admin'],
  },
  'POST /api/v1/store/counter-redemptions': {
    allow: ['store_staff', 'community_admin', 'platform_admin'],
  },
  'GET /api/v1/store/redemptions': {
    allow: ['store_staff', 'community_admin', 'platform_admin'],
    scope: 'self',
  },
  'GET /api/v1/me/redemptions': { allow: ALL_SIGNED_IN, scope: 'self' },
  'GET /api/v1/me/card': { allow: ANY_MEMBER, scope: 'self' },

  'GET /api/v1/communities/{id}/grid-ratings': { allow: [...STAFF, 'platform_admin'] },
  'POST /api/v1/communities/{id}/grid-ratings/{period}/freeze': {
    allow: ['community_admin', 'platform_admin'],
  },
  'POST /api/v1/communities/{id}/grid-ratings/{period}/reopen': {
    allow: ['community_admin', 'platform_admin'],
  },
  'GET /api/v1/communities/{id}/grid-rating-config': { allow: [...STAFF, 'platform_admin'] },
  'PUT /api/v1/communities/{id}/grid-rating-config': {
    allow: ['community_admin', 'platform_admin'],
  },
  'GET /api/v1/communities/{id}/dashboard': { allow: [...STAFF, 'platform_admin'] },
  'GET /api/v1/communities/{id}/leaderboard': { allow: [...STAFF, 'platform_admin'] },
  'GET /api/v1/communities/{id}/exports/{file}': { allow: ['community_admin', 'platform_admin'] },
  'GET /api/v1/audit-log': { allow: ['community_admin', 'platform_admin'], scope: 'self' },
};

interface Operation {
  requestBody?: unknown;
  responses?: Record<string, { content?: Record<string, unknown> }>;
  parameters?: { in: string; name: string; required?: boolean; schema?: { enum?: string[] } }[];
}

type Actors = Record<Exclude<Role, 'anonymous' | 'platform_admin'>, Actor>;

interface Targets {
  community: CommunityFixture;
  resident: Actor;
  volunteer: Actor;
  wishId: string;
  trackingCode: string;
  itemId: string;
  redemptionId: string;
  pickupCode: string;
  activityId: string;
  recordId: string;
  /** A resident who applied to volunteer: the target of approve and suspend. */
  applicantId: string;
  checkInCode: string;
  cardToken: string;
  certificateId: string;
  certificateCode: string;
  servedId: string;
  correctionId: string;
  activityStartsAt: string;
  webhookId: string;
  deliveryId: string;
}

describe('authorization matrix', () => {
  let t: TestApp;
  let platform: Actor;
  let a: Actors;
  let b: Actors;
  let target: Targets;
  let doc: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };

  async function community(): Promise<[CommunityFixture, Actors]> {
    const c = await createCommunity(t.http, platform);
    const make = (roles: string[]) =>
      createMember(t.http, c.admin, c.id, roles, { gridId: c.gridId });
    return [
      c,
      {
        resident: await make(['resident']),
        volunteer: await make(['resident', 'volunteer']),
        grid_worker: await make(['grid_worker']),
        store_staff: await make(['store_staff']),
        community_admin: c.admin,
      },
    ];
  }

  beforeAll(async () => {
    t = await startApp();
    platform = await loginPlatformAdmin(t.http);
    let ca: CommunityFixture;
    [ca, a] = await community();
    [, b] = await community();
    const wish = await t.http
      .post('/api/v1/wishes')
      .set(bearer(a.resident))
      .send(wishBody())
      .expect(201);
    const tracked = await qrWish(t.http, ca.intakeToken);
    await t.http
      .post(`/api/v1/members/${a.volunteer.id}/points/adjustments`)
      .set(bearer(a.community_admin))
      .send({ delta: 100, reason: 'matrix' })
      .expect(201);
    const item = await t.http
      .post('/api/v1/store/items')
      .set(bearer(a.store_staff))
      .send({ name: '大米', kind: 'goods', pricePoints: 2, stock: 100 })
      .expect(201);
    const redemption = await t.http
      .post('/api/v1/store/redemptions')
      .set(bearer(a.volunteer))
      .send({ itemId: item.body.id, quantity: 1 })
      .expect(201);
    // Under way: attendance can be marked for the part that has happened.
    const startsAt = DateTime.now().minus({ hours: 2 }).startOf('minute');
    const activity = await t.http
      .post('/api/v1/activities')
      .set(bearer(a.community_admin))
      .send({
        title: '社区清扫',
        description: 'Sweep the courtyard',
        startsAt: startsAt.toISO(),
        endsAt: startsAt.plus({ hours: 3 }).toISO(),
        capacity: 10,
        gridId: ca.gridId,
      })
      .expect(201);
    const record = await t.http
      .post('/api/v1/service-records')
      .set(bearer(a.volunteer))
      .send({
        date: DateTime.now().minus({ days: 1 }).toISODate(),
        minutes: 60,
        description: 'Helped at the library',
      })
      .expect(201);
    const applicant = await createMember(t.http, a.community_admin, ca.id, ['resident'], {
      gridId: ca.gridId,
    });
    await t.http.post('/api/v1/volunteers/apply').set(bearer(applicant)).send({}).expect(201);
    const checkIn = await t.http
      .get(`/api/v1/activities/${activity.body.id}/checkin-code`)
      .set(bearer(a.community_admin))
      .expect(200);
    const served = await t.http
      .post('/api/v1/service-records')
      .set(bearer(a.volunteer))
      .send({
        date: DateTime.now().minus({ days: 2 }).toISODate(),
        minutes: 90,
        description: '讲解',
      })
      .expect(201);
    await t.http
      .post(`/api/v1/service-records/${served.body.id}/approve`)
      .set(bearer(a.grid_worker))
      .send({})
      .expect(200);
    const certificate = await t.http
      .post('/api/v1/me/certificates')
      .set(bearer(a.volunteer))
      .send({
        from: DateTime.now().minus({ days: 5 }).toISODate(),
        to: DateTime.now().minus({ days: 1 }).toISODate(),
      })
      .expect(201);
    const correction = await t.http
      .post('/api/v1/me/record-corrections')
      .set(bearer(a.volunteer))
      .send({ kind: 'report', lineId: served.body.id, minutes: 120, reason: '补记' })
      .expect(201);
    const card = await t.http.get('/api/v1/me/card').set(bearer(a.volunteer)).expect(200);
    const webhookId = await newWebhook(ca.id);
    await t.app.get(DispatcherService).drain();
    const deliveries = await t.http
      .get(`/api/v1/communities/${ca.id}/webhooks/${webhookId}/deliveries`)
      .set(bearer(a.community_admin))
      .expect(200);
    target = {
      community: ca,
      applicantId: applicant.id,
      checkInCode: checkIn.body.code,
      cardToken: card.body.token,
      certificateId: certificate.body.id,
      certificateCode: certificate.body.code,
      servedId: served.body.id,
      correctionId: correction.body.id,
      activityStartsAt: startsAt.toISO(),
      resident: a.resident,
      volunteer: a.volunteer,
      wishId: wish.body.id,
      trackingCode: tracked.trackingCode,
      itemId: item.body.id,
      redemptionId: redemption.body.id,
      pickupCode: redemption.body.pickupCode,
      activityId: activity.body.id,
      recordId: record.body.id,
      webhookId,
      deliveryId: deliveries.body.items[0].id,
    };
    doc = (await t.http.get('/docs-json').expect(200)).body;
  });
  afterAll(() => t?.close());

  /** A webhook of community A (a new one for each DELETE, which would leave none for the next). */
  async function newWebhook(communityId: string): Promise<string> {
    const res = await t.http
      .post(`/api/v1/communities/${communityId}/webhooks`)
      .set(bearer(a.community_admin))
      .send({ url: 'https://hooks.example.org/in', eventTypes: ['wish.submitted'] })
      .expect(201);
    return res.body.id as string;
  }

  /** A stream never ends: its status is all a matrix needs. */
  async function streamStatus(path: string, actor: Actor | null): Promise<number> {
    const url = new URL(path, await t.url());
    return new Promise((resolve, reject) => {
      const req = httpGet(url, { headers: actor ? bearer(actor) : {} }, (res) => {
        resolve(res.statusCode ?? 0);
        res.destroy();
      });
      req.on('error', reject);
    });
  }

  const ids = (): Record<string, string> => ({
    community: target.community.id,
    grid: target.community.gridId,
    member: target.resident.id,
    volunteer: target.applicantId,
    wish: target.wishId,
    item: target.itemId,
    redemption: target.redemptionId,
    activity: target.activityId,
    record: target.recordId,
    certificate: target.certificateId,
    correction: target.correctionId,
  });

  /** Fills path parameters with community A's objects, by what the path is about. */
  function fill(path: string): string {
    const id = ids();
    const kind = path.startsWith('/api/v1/communities/')
      ? 'community'
      : path.startsWith('/api/v1/grids/')
        ? 'grid'
        : path.startsWith('/api/v1/members/')
          ? 'member'
          : path.startsWith('/api/v1/volunteers/')
            ? 'volunteer'
            : path.startsWith('/api/v1/wishes/')
              ? 'wish'
              : path.startsWith('/api/v1/store/items/')
                ? 'item'
                : path.startsWith('/api/v1/store/redemptions/')
                  ? 'redemption'
                  : path.startsWith('/api/v1/activities/')
                    ? 'activity'
                    : path.startsWith('/api/v1/certificates/')
                      ? 'certificate'
                      : path.startsWith('/api/v1/record-corrections/')
                        ? 'correction'
                        : 'record';
    return path
      .replace('{id}', id[kind])
      .replace('{userId}', target.volunteer.id)
      .replace('{trackingCode}', target.trackingCode)
      .replace('{code}', target.certificateCode)
      .replace('{webhookId}', target.webhookId)
      .replace('{deliveryId}', target.deliveryId)
      .replace('{period}', DateTime.now().minus({ months: 1 }).toFormat('yyyy-MM'))
      .replace('{file}', 'wishes.csv');
  }

  interface Schema {
    $ref?: string;
    type?: string | string[];
    enum?: unknown[];
    format?: string;
    minimum?: number;
    minLength?: number;
    required?: string[];
    properties?: Record<string, Schema>;
    items?: Schema;
    allOf?: Schema[];
  }

  /** A valid body for a route, from its OpenAPI schema, with ids from community A. */
  function bodyFor(op: { requestBody?: unknown }): Record<string, unknown> | undefined {
    const content = (op.requestBody as { content?: Record<string, { schema: Schema }> })?.content;
    const schema = content?.['application/json']?.schema;
    if (!schema) return undefined;
    const resolve = (s: Schema): Schema =>
      s.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()!]) : s;
    const known: Record<string, unknown> = {
      itemId: target.itemId,
      gridId: target.community.gridId,
      volunteerId: target.volunteer.id,
      memberId: target.volunteer.id,
      pickupCode: target.pickupCode,
      code: target.checkInCode,
      checkInAt: target.activityStartsAt,
      checkOutAt: DateTime.fromISO(target.activityStartsAt).plus({ hours: 1 }).toISO(),
      cardToken: target.cardToken,
      phone: '13912345678',
      url: 'https://hooks.example.org/in',
      password: 'long-enough-pw-1',
      date: DateTime.now().minus({ days: 1 }).toISODate(),
      startsAt: DateTime.now().plus({ days: 5 }).toISO(),
      endsAt: DateTime.now().plus({ days: 5, hours: 2 }).toISO(),
      quantity: 1,
      rating: 5,
      delta: 1,
      minutes: 30,
      capacity: 5,
      pricePoints: 1,
      content: 'AAAA',
      fileName: 'members.xlsx',
      holidays: [],
      workdays: [],
      lineId: target.servedId,
      privacyVersion: PRIVACY_NOTICE.version,
      from: DateTime.now().minus({ days: 5 }).toISODate(),
      to: DateTime.now().minus({ days: 1 }).toISODate(),
    };
    const value = (name: string, s: Schema): unknown => {
      const r = resolve(s.allOf?.[0] ?? s);
      if (name in known) return known[name];
      if (r.enum) return r.enum[0];
      // OpenAPI 3.1 writes a nullable type as ['integer', 'null']: give the non-null one.
      const type = Array.isArray(r.type) ? r.type.find((x) => x !== 'null') : r.type;
      if (type === 'integer' || type === 'number') return Math.max(r.minimum ?? 1, 1);
      if (type === 'boolean') return true;
      if (type === 'array') return r.items ? [value('', r.items)] : [];
      if (type === 'object' || r.properties) return object(r);
      if (r.format === 'date-time') return DateTime.now().plus({ days: 5 }).toISO();
      return 'x'.repeat(Math.max(r.minLength ?? 1, 4));
    };
    const object = (s: Schema): Record<string, unknown> =>
      Object.fromEntries((s.required ?? []).map((k) => [k, value(k, s.properties![k])]));
    return object(resolve(schema));
  }

  /** The required query parameters of a route, with valid values. */
  function queryFor(op: Operation) {
    const month = DateTime.now().minus({ months: 1 });
    const values: Record<string, string> = {
      period: month.toFormat('yyyy-MM'),
      from: month.startOf('month').toISODate(),
      to: month.endOf('month').toISODate(),
      pickupCode: target.pickupCode,
      ids: target.volunteer.id,
    };
    return Object.fromEntries(
      (op.parameters ?? [])
        .filter((p) => p.in === 'query' && p.required)
        .map((p) => [p.name, values[p.name] ?? p.schema?.enum?.[0] ?? 'x']),
    );
  }

  it('lists every route', () => {
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const api = routes.filter((r) => r.includes('/api/v1/'));
    expect(api.filter((r) => !(r in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((r) => !api.includes(r))).toEqual([]);
  });

  it('allows and denies every route for every role, in and across communities', async () => {
    const mismatches: string[] = [];
    const callers: { role: Role; own: boolean; actor: Actor | null }[] = [
      { role: 'anonymous', own: true, actor: null },
      { role: 'platform_admin', own: true, actor: platform },
      ...MEMBER_ROLES.flatMap((role) => [
        { role, own: true, actor: a[role] },
        { role, own: false, actor: b[role] },
      ]),
    ];
    for (const [route, rule] of Object.entries(RULES)) {
      const [method, path] = route.split(' ');
      const op = doc.paths[path][method.toLowerCase()];
      for (const caller of callers) {
        // Logging out or refreshing would end the session the next checks need.
        if (route.includes('/auth/')) continue;
        const url =
          method === 'DELETE' && path.includes('{webhookId}')
            ? fill(path).replace(target.webhookId, await newWebhook(target.community.id))
            : fill(path);
        if (op.responses?.['200']?.content?.['text/event-stream']) {
          const status = await streamStatus(fill(path), caller.actor);
          const expected =
            caller.role !== 'anonymous' &&
            rule.allow !== 'public' &&
            rule.allow.includes(caller.role) &&
            (caller.own || rule.scope === 'self');
          if (![401, 403, 404].includes(status) !== expected)
            mismatches.push(`${route} as ${caller.role}: ${status}`);
          continue;
        }
        const req =
          t.http[method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](url);
        if (caller.actor) void req.set(bearer(caller.actor));
        void req.query(queryFor(op));
        const body = bodyFor(op);
        const res = await (body === undefined ? req : req.send(body));
        const allowed = ![401, 403, 404].includes(res.status);
        const expected =
          rule.allow === 'public' ||
          (caller.role !== 'anonymous' &&
            rule.allow.includes(caller.role) &&
            (caller.own || rule.scope === 'self'));
        if (allowed !== expected || res.status >= 500) {
          mismatches.push(
            `${route} as ${caller.role} (${caller.own ? 'own' : 'other'} community): ` +
              `${res.status}, expected ${expected ? 'allowed' : 'denied'}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
