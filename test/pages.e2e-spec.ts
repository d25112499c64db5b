import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  bearer,
  createCommunity,
  createMember,
  loginPlatformAdmin,
  PASSWORD,
  type Actor,
  type CommunityFixture,
} from './factories/actors';
import { startApp, type TestApp } from './helpers/test-app';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, 'artifacts');
// .ci/run installs Debian's chromium; a developer machine without it skips this suite.
const describeBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

describeBrowser('pages behind the QR codes, in a real browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  let c: CommunityFixture;
  let worker: Actor;
  let staff: Actor;
  let volunteer: Actor;

  beforeAll(async () => {
    t = await startApp();
    base = await t.url();
    base = base.replace('[::1]', '127.0.0.1');
    c = await createCommunity(t.http, await loginPlatformAdmin(t.http));
    worker = await createMember(t.http, c.admin, c.id, ['grid_worker']);
    staff = await createMember(t.http, c.admin, c.id, ['store_staff']);
    volunteer = await createMember(t.http, c.admin, c.id, ['resident', 'volunteer'], {
      gridId: c.gridId,
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 412, height: 915 }, locale: 'zh-CN' });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The store desk, logged in as the store staff member. */
  async function openDesk(): Promise<Page> {
    const desk = await browser.newPage({ viewport: { width: 800, height: 1000 }, locale: 'zh-CN' });
    await desk.goto(`${base}/desk`);
    await desk.fill('#phone', staff.phone);
    await desk.fill('#password', PASSWORD);
    await desk.click('#login button');
    await desk.waitForSelector('#desk:not(.hidden)');
    return desk;
  }

  const shot = (name: string) =>
    page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  it('a resident posts a wish, rates the help, the volunteer sees the points, the desk redeems', async () => {
    // 1. Intake page from the grid's QR link, with an inline error first.
    await page.goto(`${base}/wish?g=${encodeURIComponent(c.intakeToken)}`);
    await page.fill('#contactName', '王阿姨');
    await page.fill('#contactPhone', '12345');
    await page.fill('#title', '陪我去医院复查');
    await page.fill('#description', '周五上午九点，社区医院');
    await page.selectOption('#category', 'medical_escort');
    await page.click('#submit');
    await page.waitForSelector('.err[data-for="contactPhone"]:not(:empty)');
    expect(await page.textContent('.err[data-for="contactPhone"]')).toMatch(/11-digit/);
    await page.fill('#contactPhone', '13912345678');
    await page.click('#submit');
    await page.waitForSelector('#done:not(.hidden)');
    const trackingCode = (await page.textContent('#tracking-code'))!.trim();
    expect(trackingCode).toMatch(/^[A-Za-z0-9_-]{16}$/);
    await shot('1-wish-intake');

    // 2. Staff and the volunteer move it along through the API.
    const tracked = await t.http.get(`/api/v1/public/wishes/${trackingCode}`).expect(200);
    const id = tracked.body.id as string;
    await t.http.post(`/api/v1/wishes/${id}/approve`).set(bearer(worker)).expect(200);
    await t.http.post(`/api/v1/wishes/${id}/claim`).set(bearer(volunteer)).expect(200);
    await t.http
      .post(`/api/v1/wishes/${id}/complete`)
      .set(bearer(volunteer))
      .send({ note: '已陪同' })
      .expect(200);

    // 3. The tracking page: status in plain words, then a five-star rating.
    await page.click('#track-link');
    await page.waitForSelector('#rate:not(.hidden)');
    expect(await page.textContent('#status')).toContain('帮助已完成');
    await page.click('#stars button[data-value="5"]');
    await page.fill('#comment', '非常感谢！');
    await page.click('#rate-submit');
    await page.waitForSelector('#thanks:not(.hidden)');
    expect(await page.textContent('#status')).toContain('已评价');
    await shot('2-track-and-rate');

    // 4. The volunteer page shows the new balance and the member card QR.
    await page.goto(`${base}/volunteer`);
    await page.fill('#phone', volunteer.phone);
    await page.fill('#password', PASSWORD);
    await page.click('#login button');
    await page.waitForSelector('#me:not(.hidden)');
    await page.waitForSelector('#qr svg');
    expect(await page.textContent('#balance')).toBe('10');
    expect(await page.textContent('#entries')).toContain('+10');
    await shot('3-volunteer');

    // 5. The desk verifies a pickup code once, and refuses it the second time.
    const item = await t.http
      .post('/api/v1/store/items')
      .set(bearer(staff))
      .send({ name: '食用油 1L', kind: 'goods', pricePoints: 8, stock: 3 })
      .expect(201);
    const reserved = await t.http
      .post('/api/v1/store/redemptions')
      .set(bearer(volunteer))
      .send({ itemId: item.body.id, quantity: 1 })
      .expect(201);
    const desk = await openDesk();
    await desk.fill('#pickupCode', reserved.body.pickupCode);
    await desk.click('#verify-submit');
    await desk.waitForSelector('#result:not(.hidden)');
    expect(await desk.textContent('#result')).toContain('核销成功');
    await desk.screenshot({ path: join(ARTIFACTS, '4-desk.png'), fullPage: true });
    await desk.fill('#pickupCode', reserved.body.pickupCode);
    await desk.click('#verify-submit');
    await desk.locator('#result', { hasText: '已经核销过了' }).waitFor();
    await desk.fill('#pickupCode', 'ZZZZZZZZZZ');
    await desk.click('#verify-submit');
    await desk.locator('#result', { hasText: '不存在' }).waitFor();

    // 6. Counter redemption with a scanned member card; clear words for an out-of-stock item.
    await t.http
      .post(`/api/v1/members/${volunteer.id}/points/adjustments`)
      .set(bearer(c.admin))
      .send({ delta: 20, reason: '测试' })
      .expect(201);
    const card = await t.http.get('/api/v1/me/card').set(bearer(volunteer)).expect(200);
    await desk.reload();
    await desk.waitForSelector('#desk:not(.hidden)');
    await desk.fill('#cardToken', card.body.token);
    await desk.selectOption('#itemId', item.body.id);
    await desk.fill('#quantity', '5');
    await desk.click('#counter-submit');
    await desk.locator('#result', { hasText: '库存不足' }).waitFor();
    await desk.fill('#quantity', '1');
    await desk.click('#counter-submit');
    await desk.locator('#result', { hasText: '兑换成功' }).waitFor();
    const after = await t.http.get('/api/v1/me/points').set(bearer(volunteer)).expect(200);
    expect(after.body.balance).toBe(10 - 8 + 20 - 8);
    await desk.close();
  }, 120_000);

  it('a double tap has one effect: one wish posted, one counter redemption', async () => {
    const count = async (sql: string, params: unknown[]) =>
      Number((await t.app.get(DataSource).query(sql, params))[0].n);

    await page.goto(`${base}/wish?g=${encodeURIComponent(c.intakeToken)}`);
    await page.fill('#contactName', '双击测试');
    await page.fill('#contactPhone', '139 1234 5679');
    await page.fill('#title', '帮忙换灯泡');
    await page.fill('#description', '厨房的灯不亮了');
    await page.dblclick('#submit');
    await page.waitForSelector('#done:not(.hidden)');
    expect(
      await count('SELECT COUNT(*) AS n FROM wishes WHERE contact_name = ?', ['双击测试']),
    ).toBe(1);

    const item = await t.http
      .post('/api/v1/store/items')
      .set(bearer(staff))
      .send({ name: '洗衣液', kind: 'goods', pricePoints: 5, stock: 10 })
      .expect(201);
    await t.http
      .post(`/api/v1/members/${volunteer.id}/points/adjustments`)
      .set(bearer(c.admin))
      .send({ delta: 50, reason: '测试' })
      .expect(201);
    const before = (await t.http.get('/api/v1/me/points').set(bearer(volunteer))).body.balance;
    const card = await t.http.get('/api/v1/me/card').set(bearer(volunteer)).expect(200);
    const desk = await openDesk();
    await desk.fill('#cardToken', card.body.token);
    await desk.selectOption('#itemId', item.body.id);
    await desk.dblclick('#counter-submit');
    await desk.locator('#result', { hasText: '兑换成功' }).waitFor();
    await desk.close();
    expect(
      await count('SELECT COUNT(*) AS n FROM redemptions WHERE item_id = ?', [item.body.id]),
    ).toBe(1);
    const after = (await t.http.get('/api/v1/me/points').set(bearer(volunteer))).body.balance;
    expect(after).toBe(before - 5);
  }, 60_000);
});
