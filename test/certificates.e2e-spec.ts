import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { CredentialKeysService } from 'src/certificates/credential-keys.service';
import { bearer, loginPlatformAdmin, type Actor } from './factories/actors';
import { approvedReport, localDay } from './factories/service';
import { residentOf, volunteerOf, world, type World } from './factories/world';
import { bytes } from './helpers/binary';
import { pdfText } from './helpers/pdf-text';
import { startApp, type TestApp } from './helpers/test-app';

const ARTIFACTS = join(__dirname, 'artifacts');

interface Certificate {
  id: string;
  code: string;
  name: string;
  from: string;
  to: string;
  minutes: number;
  hours: number;
  services: number;
  status: string;
  verifyUrl: string;
  pdfUrl: string;
  credentialUrl: string;
}

describe('certificates of service, verifiable online and offline (issue 29)', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let v: Actor;
  let cert: Certificate;

  const day = localDay;
  const serve = (who: Actor, daysAgo: number, minutes: number, description: string) =>
    approvedReport(t.http, w.worker, who, daysAgo, minutes, description);
  const issue = (who: Actor, body: object, path = '/api/v1/me/certificates') =>
    t.http.post(path).set(bearer(who)).send(body);
  // Bytes straight from the app: Prism's validating proxy (CONTRACT_PROXY=prism) re-encodes
  // binary bodies as text, as with the exports.
  const file = (who: Actor, path: string) =>
    t.direct.get(path).set(bearer(who)).buffer(true).parse(bytes);
  const denied = (who: Actor, path: string) => t.http.get(path).set(bearer(who)).expect(404);
  const jwks = async () =>
    (await t.http.get('/.well-known/jwks.json').expect(200)).body as JSONWebKeySet;
  const verifyOffline = async (jwt: string, set: JSONWebKeySet) =>
    (await jwtVerify(jwt, createLocalJWKSet(set), { typ: 'vc+jwt' })).payload;

  beforeAll(async () => {
    t = await startApp();
    const platform = await loginPlatformAdmin(t.http);
    w = await world(t.http, platform);
    other = await world(t.http, platform);
    v = await volunteerOf(t.http, w);
    await serve(v, 3, 150, '为独居老人代购药品');
    await serve(v, 2, 95, '社区垃圾分类宣传');
    await serve(v, 25, 60, '期间之外的服务');
    cert = (await issue(v, { from: day(10), to: day(0) }).expect(201)).body as Certificate;
  });
  afterAll(() => t?.close());

  it('issues a certificate of the period’s approved service, with a code to verify', () => {
    expect(cert).toMatchObject({
      from: day(10),
      to: day(0),
      minutes: 245,
      hours: 4, // 4 h 5 min, shown rounded down
      services: 2,
      status: 'valid',
    });
    expect(cert.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(cert.verifyUrl.endsWith(`/verify/${cert.code}`)).toBe(true);
  });

  it('renders an A4 PDF in Chinese with the name, hours and code, small with an embedded font subset', async () => {
    const res = await file(v, cert.pdfUrl).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const pdf = res.body as Buffer;
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'certificate.pdf'), pdf);
    expect(pdf.length).toBeLessThan(60_000);
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/); // the font is embedded
    const extracted = await pdfText(pdf);
    expect(extracted.pages).toBe(1);
    const text = extracted.text.replace(/\s+/g, '');
    const me = (await t.http.get('/api/v1/me').set(bearer(v)).expect(200)).body as { name: string };
    expect(text).toContain('志愿服务证明');
    expect(text).toContain(me.name.replace(/\s+/g, ''));
    expect(text).toContain('累计志愿服务时长4.0小时');
    expect(text).toContain('为独居老人代购药品');
    expect(text).not.toContain('期间之外的服务');
    expect(text).toContain(cert.code);
  });

  it('verifies publicly by code: valid, masked name, period, hours, issuer and nothing else', async () => {
    const res = await t.http.get(`/api/v1/public/certificates/${cert.code}`).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(
      ['code', 'from', 'hours', 'issuer', 'name', 'status', 'to'].sort(),
    );
    expect(res.body).toMatchObject({ status: 'valid', from: day(10), to: day(0), hours: 4 });
    expect(res.body.name).toMatch(/^M\*\*$/);
    expect(res.body.issuer).toMatch(/^Community /);
    // As a person types it: lower case, no dashes, O for 0.
    const typed = cert.code.toLowerCase().replace(/-/g, '').replace(/0/g, 'o');
    await t.http.get(`/api/v1/public/certificates/${typed}`).expect(200);
    const page = await t.http.get(`/verify/${cert.code}`).expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('证明有效');
    expect(page.text).toContain('4.0 小时');
    expect(page.text).not.toContain(v.phone);
  });

  it('answers unknown codes 404 and malformed ones 400, never 500, and limits guessing', async () => {
    const unknown = await t.http
      .get('/api/v1/public/certificates/ZZZZ-ZZZZ-ZZZZ')
      .set('x-forwarded-for', '198.51.100.7')
      .expect(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    expect(JSON.stringify(unknown.body)).not.toMatch(/Community|Member/);
    await t.http.get('/api/v1/public/certificates/not-a-code!').expect(400);
    await t.http.get(`/api/v1/public/certificates/${'A'.repeat(60)}`).expect(400);
    const page = await t.http.get('/verify/ZZZZ-ZZZZ-ZZZZ').expect(404);
    expect(page.text).toContain('未找到这份证明');
    expect((await t.http.get('/verify/abc').expect(400)).text).toContain('核验码格式不对');
  });

  it('signs a credential that verifies offline against the JWKS and fails after one changed byte', async () => {
    const res = await file(v, cert.credentialUrl).expect(200);
    expect(res.headers['content-type']).toContain('application/vc+jwt');
    const jwt = (res.body as Buffer).toString('utf8');
    const set = await jwks();
    expect(set.keys.every((k) => k.kty === 'OKP' && k.crv === 'Ed25519' && !('d' in k))).toBe(true);
    const payload = await verifyOffline(jwt, set);
    expect(payload.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(payload).toMatchObject({
      '@context': expect.arrayContaining(['https://www.w3.org/ns/credentials/v2']),
      credentialSubject: {
        volunteerService: { from: day(10), to: day(0), minutes: 245, hours: 4 },
      },
    });
    // One byte of the payload changed: the signature no longer holds.
    const [head, body, sig] = jwt.split('.');
    const bytes = Buffer.from(body, 'base64url');
    bytes[bytes.length - 5] ^= 1;
    const forged = [head, bytes.toString('base64url'), sig].join('.');
    await expect(verifyOffline(forged, set)).rejects.toThrow();
    const sigBytes = Buffer.from(sig, 'base64url');
    sigBytes[0] ^= 1;
    await expect(
      verifyOffline([head, body, sigBytes.toString('base64url')].join('.'), set),
    ).rejects.toThrow();
  });

  it('keeps an issued certificate as it was when the record changes, and keeps old credentials valid across a key rotation', async () => {
    const before = (await file(v, cert.credentialUrl).expect(200)).body.toString('utf8') as string;
    await serve(v, 1, 30, '后来补记的服务');
    const again = await t.http.get(`/api/v1/public/certificates/${cert.code}`).expect(200);
    expect(again.body.hours).toBe(4);
    const pdf = (await file(v, cert.pdfUrl).expect(200)).body as Buffer;
    const { text } = await pdfText(pdf);
    expect(text).not.toContain('后来补记的服务');

    const oldKid = decodeProtectedHeader(before).kid;
    const newKid = await t.app.get(CredentialKeysService).rotate();
    expect(newKid).not.toBe(oldKid);
    const next = (await issue(v, { from: day(10), to: day(0) }).expect(201)).body as Certificate;
    expect(next.minutes).toBe(275);
    const nextJwt = (await file(v, next.credentialUrl).expect(200)).body.toString('utf8') as string;
    expect(decodeProtectedHeader(nextJwt).kid).toBe(newKid);
    const set = await jwks();
    await verifyOffline(before, set);
    await verifyOffline(nextJwt, set);
  });

  it('lets staff issue and revoke with a reason; the credential’s status then says revoked', async () => {
    const byStaff = (
      await issue(
        w.worker,
        { from: day(10), to: day(0) },
        `/api/v1/members/${v.id}/certificates`,
      ).expect(201)
    ).body as Certificate;
    await t.http
      .post(`/api/v1/certificates/${byStaff.id}/revoke`)
      .set(bearer(w.worker))
      .send({})
      .expect(400);
    await t.http
      .post(`/api/v1/certificates/${byStaff.id}/revoke`)
      .set(bearer(v))
      .send({ reason: '自己撤销' })
      .expect(403);
    await t.http
      .post(`/api/v1/certificates/${byStaff.id}/revoke`)
      .set(bearer(other.admin))
      .send({ reason: '别的社区' })
      .expect(404);
    const revoked = await t.http
      .post(`/api/v1/certificates/${byStaff.id}/revoke`)
      .set(bearer(w.admin))
      .send({ reason: '时长记录有误，已重新出具' })
      .expect(200);
    expect(revoked.body).toMatchObject({
      status: 'revoked',
      revokeReason: '时长记录有误，已重新出具',
    });
    await t.http
      .post(`/api/v1/certificates/${byStaff.id}/revoke`)
      .set(bearer(w.admin))
      .send({ reason: '再撤一次' })
      .expect(409);

    // The credential still verifies as signed; its status endpoint says it is revoked.
    const jwt = (await file(v, byStaff.credentialUrl).expect(200)).body.toString('utf8') as string;
    const payload = await verifyOffline(jwt, await jwks());
    const statusUrl = new URL((payload.credentialStatus as { id: string }).id);
    const status = await t.http.get(statusUrl.pathname).expect(200);
    expect(status.body.status).toBe('revoked');
    expect((await t.http.get(`/verify/${byStaff.code}`).expect(200)).text).toContain('已被撤销');

    const audit = await t.http
      .get('/api/v1/audit-log?targetType=certificate')
      .set(bearer(w.admin))
      .expect(200);
    const actions = (audit.body.items as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['certificate.issue', 'certificate.revoke']));

    const list = await t.http
      .get(`/api/v1/communities/${w.id}/certificates?status=revoked`)
      .set(bearer(w.admin))
      .expect(200);
    expect((list.body.items as Certificate[]).map((c) => c.id)).toEqual([byStaff.id]);
  });

  it('shows a certificate to its holder and the community’s staff only', async () => {
    const stranger = await volunteerOf(t.http, w);
    const resident = await residentOf(t.http, w);
    await denied(stranger, cert.pdfUrl);
    await denied(resident, cert.credentialUrl);
    await denied(other.admin, cert.pdfUrl);
    await file(w.worker, cert.pdfUrl).expect(200);
    const mine = await t.http.get('/api/v1/me/certificates').set(bearer(v)).expect(200);
    expect((mine.body.items as Certificate[]).map((c) => c.id)).toContain(cert.id);
    expect(
      (await t.http.get('/api/v1/me/certificates').set(bearer(stranger)).expect(200)).body.items,
    ).toEqual([]);
  });

  it('refuses a period in the future, backwards, or without service', async () => {
    await issue(v, { from: day(3), to: day(-1) }).expect(400);
    await issue(v, { from: day(1), to: day(3) }).expect(400);
    await issue(v, { from: '2026-02-30', to: day(0) }).expect(400);
    const res = await issue(v, { from: day(20), to: day(15) }).expect(409);
    expect(res.body.code).toBe('INVALID_STATE');
    const resident = await residentOf(t.http, w);
    await issue(resident, { from: day(10), to: day(0) }).expect(409);
  });

  it('issues a volunteer at most 20 certificates a day (free, not unbounded)', async () => {
    const busy = await volunteerOf(t.http, w);
    await serve(busy, 2, 30, '值班');
    for (let i = 0; i < 20; i++) await issue(busy, { from: day(5), to: day(0) }).expect(201);
    const refused = await issue(busy, { from: day(5), to: day(0) }).expect(409);
    expect(refused.body.code).toBe('LIMIT_EXCEEDED');
  }, 60_000);

  // Last: it uses up this address's attempts.
  it('answers 429 after ten wrong codes from one address, on the page and the API alike', async () => {
    const guesses = Array.from(
      { length: 10 },
      (_, i) => `ZZZZ-ZZZZ-ZZ${String(i).padStart(2, '0')}`,
    );
    const answers = [];
    for (const code of guesses)
      answers.push((await t.http.get(`/api/v1/public/certificates/${code}`)).status);
    expect(answers.filter((s) => s === 404).length).toBeGreaterThan(0);
    await t.http.get('/api/v1/public/certificates/ZZZZ-ZZZZ-YYYY').expect(429);
    await t.http.get(`/verify/${cert.code}`).expect(429);
  });
});
