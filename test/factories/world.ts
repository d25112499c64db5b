import type TestAgent from 'supertest/lib/agent';
import { DEFAULT_RULES, type PointRules } from 'src/points/rules/point-rules';
import { bearer, createCommunity, createMember, type Actor, type CommunityFixture } from './actors';
import { qrWish, toCompleted, wishBody } from './wishes';

/** A community with its admin, a grid worker, store staff and a second admin, ready to act. */
export interface World extends CommunityFixture {
  worker: Actor;
  staff: Actor;
}

export async function world(
  http: TestAgent,
  platform: Actor,
  options: { timezone?: string } = {},
): Promise<World> {
  const c = await createCommunity(http, platform, options);
  return {
    ...c,
    worker: await createMember(http, c.admin, c.id, ['grid_worker']),
    staff: await createMember(http, c.admin, c.id, ['store_staff']),
  };
}

/** Replaces the community's point rules with the defaults changed by `over`. */
export async function setRules(http: TestAgent, w: World, over: Partial<PointRules>) {
  await http
    .put(`/api/v1/communities/${w.id}/point-rules`)
    .set(bearer(w.admin))
    .send({ ...DEFAULT_RULES, ...over })
    .expect(200);
}

/** An approved volunteer (also a resident) of the community, with any extra roles. */
export const volunteerOf = (http: TestAgent, w: World, extra: string[] = []) =>
  createMember(http, w.admin, w.id, ['resident', 'volunteer', ...extra], { gridId: w.gridId });

export const residentOf = (http: TestAgent, w: World) =>
  createMember(http, w.admin, w.id, ['resident'], { gridId: w.gridId });

/** A resident's own wish, approved, claimed and completed by `helper`. */
export async function completedAppWish(
  http: TestAgent,
  w: World,
  resident: Actor,
  helper: Actor,
): Promise<string> {
  const res = await http.post('/api/v1/wishes').set(bearer(resident)).send(wishBody()).expect(201);
  await toCompleted(http, res.body.id, w.worker, helper);
  return res.body.id as string;
}

/** A QR wish (contact phone as given), approved, claimed and completed by `helper`. */
export async function completedQrWish(
  http: TestAgent,
  w: World,
  helper: Actor,
  over: Record<string, unknown> = {},
): Promise<{ id: string; trackingCode: string }> {
  const wish = await qrWish(http, w.intakeToken, over);
  await toCompleted(http, wish.id, w.worker, helper);
  return wish;
}
