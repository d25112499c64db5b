import { tour } from '../client/example';
import { createCommunity, createMember, loginPlatformAdmin, PASSWORD } from './factories/actors';
import { startApp, type TestApp } from './helpers/test-app';

/**
 * The typed client a team generates from openapi.json (client/api.d.ts + openapi-fetch), run
 * against the app over real HTTP: the example CI compiles in strict mode also works.
 */
describe('a client generated from the OpenAPI document', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startApp();
    baseUrl = await t.url();
  });
  afterAll(() => t?.close());

  it('logs in, reads /me, posts a wish, reads validation details and downloads the card PNG', async () => {
    const c = await createCommunity(t.http, await loginPlatformAdmin(t.http));
    const resident = await createMember(t.http, c.admin, c.id, ['resident'], { gridId: c.gridId });

    const result = await tour(baseUrl, resident.phone, PASSWORD);

    expect(result.name).toBe(`Member ${resident.phone}`);
    expect(result.communityName).toBe(`Community ${c.code}`);
    expect(result.wish).toMatchObject({ title: '帮忙取快递', category: 'errand' });
    expect(result.refused).toEqual({ code: 'VALIDATION_FAILED', fields: ['title'] });
    expect([...result.cardPng.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });
});
