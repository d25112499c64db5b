import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import type TestAgent from 'supertest/lib/agent';
import { bearer, type Actor } from './actors';
import { nextPhone } from './phones';

export const wishBody = (over: Record<string, unknown> = {}) => ({
  title: '陪同看病',
  description: 'Accompany me to the hospital on Friday morning',
  category: 'medical_escort',
  urgency: 'normal',
  ...over,
});

/** Posts a wish through the grid's QR intake and returns {id, trackingCode}. */
export async function qrWish(
  http: TestAgent,
  gridToken: string,
  over: Record<string, unknown> = {},
) {
  const res = await http
    .post('/api/v1/public/wishes')
    .send({
      privacyVersion: PRIVACY_NOTICE.version,
      gridToken,
      contactName: '王阿姨',
      contactPhone: nextPhone(),
      address: '3号楼 1单元 502',
      ...wishBody(over),
    })
    .expect(201);
  return res.body as { id: string; trackingCode: string };
}

/** Drives a wish through approve → claim → complete with the given staff member and volunteer. */
export async function toCompleted(http: TestAgent, id: string, staff: Actor, volunteer: Actor) {
  await http.post(`/api/v1/wishes/${id}/approve`).set(bearer(staff)).expect(200);
  await http.post(`/api/v1/wishes/${id}/claim`).set(bearer(volunteer)).expect(200);
  await http
    .post(`/api/v1/wishes/${id}/complete`)
    .set(bearer(volunteer))
    .send({ note: 'Done, all well' })
    .expect(200);
}
