import { DataSource } from 'typeorm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  bearer,
  createCommunity,
  createMember,
  loginPlatformAdmin,
  type CommunityFixture,
} from './factories/actors';
import { startApp, type TestApp } from './helpers/test-app';
import { bytes } from './helpers/binary';

describe('platform: health, docs, errors, headers, QR codes', () => {
  let t: TestApp;
  let community: CommunityFixture;

  beforeAll(async () => {
    t = await startApp({ CORS_ORIGINS: 'https://app.example.org' });
    community = await createCommunity(t.http, await loginPlatformAdmin(t.http));
  });
  afterAll(() => t?.close());

  it('answers /health and /health/ready (database ping) outside the API prefix', async () => {
    expect((await t.http.get('/health').expect(200)).body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body.info.database.status).toBe('up');
    // Outside a Galera cluster the node check is up; test:cluster covers a node that is not.
    expect(ready.body.info.clusterNode.status).toBe('up');
  });

  it('answers the icon every browser asks for, which every page links, instead of a 404', async () => {
    const icon = await t.http.get('/favicon.ico').expect(200);
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(String(icon.body)).toContain('<svg');
    for (const page of ['/app', '/console']) {
      const html = await t.http.get(page).expect(200);
      expect(html.text).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.ico"');
    }
  });

  it('opens every MySQL connection reading its own writes on a Galera cluster (wsrep_sync_wait)', async () => {
    const ds = t.app.get(DataSource);
    if (ds.options.type !== 'mysql') return;
    // Several at once, so the pool opens several connections: each is set as it opens.
    const rows = await Promise.all(
      Array.from({ length: 6 }, () =>
        ds.query<{ w: number | string }[]>(
          'SELECT @@session.wsrep_sync_wait AS w, SLEEP(0.05) AS s',
        ),
      ),
    );
    expect(rows.map(([r]) => Number(r.w))).toEqual(Array(6).fill(1));
  });

  it('serves the OpenAPI document with every route, bearer auth and error responses', async () => {
    const res = await t.http.get('/docs-json').expect(200);
    const paths = Object.keys(res.body.paths);
    for (const p of [
      '/api/v1/auth/register',
      '/api/v1/auth/login',
      '/api/v1/auth/refresh',
      '/api/v1/auth/logout',
      '/api/v1/me',
      '/api/v1/communities',
      '/api/v1/communities/{id}',
      '/api/v1/communities/{id}/grids',
      '/api/v1/grids/{id}/wish-qr',
      '/api/v1/communities/{id}/members',
      '/api/v1/members/{id}',
      '/api/v1/volunteers/apply',
      '/api/v1/volunteers/{id}/approve',
      '/api/v1/volunteers/{id}/suspend',
    ]) {
      expect(paths).toContain(p);
    }
    expect(res.body.components.securitySchemes.bearer).toBeDefined();
    expect(
      res.body.paths['/api/v1/communities'].post.responses['409'].content['application/json']
        .schema,
    ).toEqual({
      allOf: [{ $ref: '#/components/schemas/ErrorBody' }],
      properties: { statusCode: { const: 409 }, code: { enum: ['CONFLICT'] } },
    });
    await t.http.get('/docs').expect(200);
  });

  it('serves the document committed as openapi.json (run `npm run openapi` after an API change)', async () => {
    const res = await t.http.get('/docs-json').expect(200);
    const committed: unknown = JSON.parse(
      readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8'),
    );
    expect(res.body).toEqual(committed);
  });

  it('gives every response a request id and security headers', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    const echoed = await t.http.get('/health').set('x-request-id', 'my-trace-42');
    expect(echoed.headers['x-request-id']).toBe('my-trace-42');
  });

  it('answers CORS preflights for configured origins only', async () => {
    const ok = await t.http
      .options('/api/v1/me')
      .set('Origin', 'https://app.example.org')
      .set('Access-Control-Request-Method', 'GET');
    expect(ok.headers['access-control-allow-origin']).toBe('https://app.example.org');
    const other = await t.http
      .options('/api/v1/me')
      .set('Origin', 'https://evil.example.com')
      .set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  describe('error shape', () => {
    it('answers an unknown route with 404 NOT_FOUND in the error shape', async () => {
      const res = await t.http.get('/api/v1/nothing-here').expect(404);
      expect(res.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: expect.any(String),
        requestId: res.headers['x-request-id'],
      });
    });

    it('answers malformed JSON with 400 VALIDATION_FAILED and no stack trace', async () => {
      const res = await t.direct
        .post('/api/v1/auth/register')
        .set('Content-Type', 'application/json')
        .send('{"phone": ')
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules/);
    });

    it('answers an unsupported content type with a 4xx in the error shape', async () => {
      const res = await t.http
        .post('/api/v1/auth/register')
        .set('Content-Type', 'application/xml')
        .send('<x/>');
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers a too-large body with 413', async () => {
      const res = await t.http
        .post('/api/v1/auth/register')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ name: 'x'.repeat(1_100_000) }));
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('answers a wrong-typed field with a per-field detail', async () => {
      const res = await t.http
        .post('/api/v1/auth/register')
        .send({ communityCode: 42, phone: ['1'], password: {}, name: null })
        .expect(400);
      const fields = res.body.details.map((d: { field: string }) => d.field).sort();
      expect(fields).toEqual(['communityCode', 'name', 'password', 'phone', 'privacyVersion']);
    });
  });

  describe('wish-intake QR code', () => {
    const expectedLink = () =>
      `https://points.example.org/wish?g=${encodeURIComponent(community.intakeToken)}`;

    it('returns a PNG that decodes to the intake link under PUBLIC_BASE_URL', async () => {
      const worker = await createMember(t.http, community.admin, community.id, ['grid_worker']);
      const res = await t.direct
        .get(`/api/v1/grids/${community.gridId}/wish-qr?format=png`)
        .set(bearer(worker))
        .buffer(true)
        .parse(bytes)
        .expect(200);
      expect(res.headers['content-type']).toBe('image/png');
      const png = PNG.sync.read(res.body as Buffer);
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(expectedLink());
    });

    it('returns an SVG QR code', async () => {
      const res = await t.http
        .get(`/api/v1/grids/${community.gridId}/wish-qr?format=svg`)
        .set(bearer(community.admin))
        .buffer(true)
        .parse((response, done) => {
          let text = '';
          response.on('data', (c: Buffer) => (text += c.toString()));
          response.on('end', () => done(null, text));
        })
        .expect(200);
      expect(res.headers['content-type']).toContain('image/svg+xml');
      expect(res.body as string).toMatch(/^<svg[\s\S]*<path[\s\S]*<\/svg>\s*$/);
    });
  });
});
