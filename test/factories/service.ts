import type TestAgent from 'supertest/lib/agent';
import { bearer, type Actor } from './actors';

/** The local date `daysAgo` days before today, in the community's zone (Asia/Shanghai by default). */
export const localDay = (daysAgo: number, timeZone = 'Asia/Shanghai'): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );

/** A self-report of `volunteer`, approved by `approver` (points posted): the record's line id. */
export async function approvedReport(
  http: TestAgent,
  approver: Actor,
  volunteer: Actor,
  daysAgo: number,
  minutes: number,
  description = '社区巡逻',
): Promise<string> {
  const res = await http
    .post('/api/v1/service-records')
    .set(bearer(volunteer))
    .send({ date: localDay(daysAgo), minutes, description })
    .expect(201);
  await http
    .post(`/api/v1/service-records/${res.body.id}/approve`)
    .set(bearer(approver))
    .send({})
    .expect(200);
  return res.body.id as string;
}
