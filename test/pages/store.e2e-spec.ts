import type { Page } from 'playwright-core';
import { bearer, PASSWORD, type Actor } from '../factories/actors';
import { residentOf, volunteerOf, type World } from '../factories/world';
import {
  describeBrowser,
  doubleTap,
  expectAccessible,
  expectChineseRenders,
  eventually,
  launchPhones,
  qrCamera,
  shot,
  type PhoneBrowser,
} from '../helpers/phone-browser';
import type { TestApp } from '../helpers/test-app';
import { closePhoneApp, openPhoneApp } from './phone-app';

/** Members in the points store and store staff at the desk, at phone size. */
describeBrowser('phone app: the points store and the store desk', () => {
  let t: TestApp;
  let base: string;
  let phones: PhoneBrowser;
  let w: World;
  let oil: string;
  let cleaning: string;
  let slotStart: Date;

  beforeAll(async () => {
    ({ t, base, phones, w } = await openPhoneApp());
    const item = async (body: Record<string, unknown>) =>
      (await t.http.post('/api/v1/store/items').set(bearer(w.staff)).send(body).expect(201)).body
        .id as string;
    oil = await item({ name: '食用油 1L', kind: 'goods', pricePoints: 20, stock: 5 });
    cleaning = await item({ name: '家政服务 1 小时', kind: 'service', pricePoints: 30 });
    await item({ name: '民主评议加分', kind: 'honor', pricePoints: 50 });
    const tomorrow = new Date(Date.now() + 86_400_000);
    tomorrow.setUTCHours(1, 0, 0, 0); // 09:00 in the community's zone (Asia/Shanghai)
    slotStart = tomorrow;
    await t.http
      .post(`/api/v1/store/items/${cleaning}/slots`)
      .set(bearer(w.staff))
      .send({
        startsAt: tomorrow.toISOString(),
        endsAt: new Date(tomorrow.getTime() + 3_600_000).toISOString(),
        capacity: 2,
      })
      .expect(201);
  }, 120_000);
  afterAll(() => closePhoneApp({ t, phones }));

  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
  const balance = async (a: Actor) =>
    (await t.http.get('/api/v1/me/points').set(bearer(a)).expect(200)).body.balance as number;
  async function memberWith(points: number) {
    const member = await volunteerOf(t.http, w);
    await t.http
      .post(`/api/v1/members/${member.id}/points/adjustments`)
      .set(bearer(w.admin))
      .send({ delta: points, reason: '测试' })
      .expect(201);
    return member;
  }
  async function deskAs(actor: Actor, fakeClock = false) {
    const desk = await phones.phone();
    if (fakeClock) await desk.clock.install();
    await desk.goto(`${base}/desk`);
    await field(desk, '手机号').fill(actor.phone);
    await field(desk, '密码').fill(PASSWORD);
    await desk.getByRole('button', { name: '登录' }).click();
    return desk;
  }

  it('browses goods, services and honours, books a service slot with one double tap, and is told when', async () => {
    const member = await memberWith(100);
    const page = await phones.phone(member);
    await page.goto(`${base}/app/store`);
    await page.getByText('食用油 1L').waitFor();
    await expectChineseRenders(page);
    await expectAccessible(page);
    await shot(page, 'store-1-goods');
    await page.getByRole('button', { name: '荣誉' }).click();
    await page.getByText('民主评议加分').waitFor();
    await page.getByRole('button', { name: '服务' }).click();
    await page.getByText('家政服务 1 小时').waitFor();
    await page.getByRole('button', { name: '我要兑换' }).click();
    expect(await page.getByRole('button', { name: '确认兑换' }).isDisabled()).toBe(true);
    await page.getByRole('radio', { name: /余 2/ }).click();
    await expectAccessible(page);
    await shot(page, 'store-1-slot');
    await doubleTap(page.getByRole('button', { name: '确认兑换' }));
    await page.getByText('预约成功').waitFor();
    // The booked time, in the community's zone, from the confirmation on.
    const date = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
    }).format(slotStart);
    const booked = `${date} 09:00–10:00`;
    await page.getByText(`服务时间：${booked}`).waitFor();
    await shot(page, 'store-1-reserved');
    expect(await balance(member)).toBe(70);
    const mine = await t.http.get('/api/v1/me/redemptions').set(bearer(member)).expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        itemId: cleaning,
        status: 'reserved',
        slotStartsAt: slotStart.toISOString(),
        slotEndsAt: new Date(slotStart.getTime() + 3_600_000).toISOString(),
      }),
    ]);

    await page.getByRole('button', { name: '查看兑换码' }).click();
    await page.getByRole('img', { name: /兑换码 .* 的二维码/ }).waitFor();
    await page.getByText('预约时间').waitFor();
    await page.getByText(booked, { exact: true }).waitFor();
    // A booking is kept at its time, not "collected before" a date.
    expect(await page.getByText('请在此前领取').count()).toBe(0);
    await shot(page, 'store-1-pickup-card-booked');
  }, 60_000);

  it('says in Chinese when points do not cover an item', async () => {
    const member = await memberWith(10);
    const page = await phones.phone(member);
    await page.goto(`${base}/app/store`);
    await page.getByRole('button', { name: '荣誉' }).click();
    await page.getByRole('button', { name: '我要兑换' }).click();
    await page.getByRole('button', { name: '确认兑换' }).click();
    await page.getByText('积分不足：需要 50 分，您有 10 分').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/balance|points/i);
    expect(await balance(member)).toBe(10);
  }, 60_000);

  it('shows my pickup codes large, with a QR, and cancels one with the points refunded', async () => {
    const member = await memberWith(60);
    const reserved = await t.http
      .post('/api/v1/store/redemptions')
      .set(bearer(member))
      .send({ itemId: oil, quantity: 2 })
      .expect(201);
    const page = await phones.phone(member);
    await page.goto(`${base}/app/pickups`);
    await page.getByLabel(`兑换码 ${reserved.body.pickupCode}`).waitFor();
    await page.getByRole('img', { name: `兑换码 ${reserved.body.pickupCode} 的二维码` }).waitFor();
    await expectAccessible(page);
    await shot(page, 'store-2-pickups');
    expect(await balance(member)).toBe(20);
    await page.getByRole('button', { name: '取消兑换（积分退回）' }).click();
    await page.getByRole('button', { name: '确定取消' }).click();
    await page.getByText('已取消').first().waitFor();
    expect(await balance(member)).toBe(60);
  }, 60_000);

  it('the desk is for store staff only; they look a code up, see who collects what, and hand it over once', async () => {
    const resident = await residentOf(t.http, w);
    const notStaff = await deskAs(resident);
    await notStaff.getByText('核销台只供积分超市店员使用').waitFor();

    const member = await memberWith(40);
    const reserved = await t.http
      .post('/api/v1/store/redemptions')
      .set(bearer(member))
      .send({ itemId: oil, quantity: 1 })
      .expect(201);
    const desk = await deskAs(w.staff);
    await expectChineseRenders(desk);
    await field(desk, '兑换码').fill('ZZZZZZZZZZ');
    await desk.getByRole('button', { name: '查询' }).click();
    await desk.getByText('没有这个兑换码，请核对后重新输入').waitFor();
    await field(desk, '兑换码').fill(reserved.body.pickupCode.toLowerCase());
    await desk.getByRole('button', { name: '查询' }).click();
    const masked = `${member.phone.slice(0, 3)}****${member.phone.slice(7)}`;
    await desk.getByText(`Member ${member.phone}（${masked}）`).waitFor();
    await desk.getByText('食用油 1L × 1').waitFor();
    await expectAccessible(desk);
    await shot(desk, 'desk-1-preview');
    const still = await t.http.get('/api/v1/me/redemptions').set(bearer(member)).expect(200);
    expect(still.body.items[0].status).toBe('reserved');

    await doubleTap(desk.getByRole('button', { name: '确认核销' }));
    await desk.getByText('核销成功，请交付物品').waitFor();
    await desk.getByText(`领取人：Member ${member.phone}（${masked}）`).waitFor();
    await shot(desk, 'desk-1-verified');
    const done = await t.http.get('/api/v1/me/redemptions').set(bearer(member)).expect(200);
    expect(done.body.items[0].status).toBe('fulfilled');

    await field(desk, '兑换码').fill(reserved.body.pickupCode);
    await desk.getByRole('button', { name: '查询' }).click();
    await desk.getByText('已领取').waitFor();
    expect(await desk.getByRole('button', { name: '确认核销' }).isDisabled()).toBe(true);

    await desk.getByRole('button', { name: '退出登录' }).click();
    await desk.getByRole('button', { name: '登录' }).waitFor();
  }, 60_000);

  it('redeems at the counter from a hand-scanned member card, showing who and their balance first, once for a double tap, with stock kept current', async () => {
    const member = await memberWith(100);
    const { name } = (await t.http.get('/api/v1/me').set(bearer(member)).expect(200)).body;
    const card = await t.http.get('/api/v1/me/card').set(bearer(member)).expect(200);
    const items = await t.http.get('/api/v1/store/items').set(bearer(w.staff)).expect(200);
    const stock = items.body.items.find((i: { id: string }) => i.id === oil).available as number;
    const desk = await deskAs(w.staff, true);
    await desk.getByRole('tab', { name: '扫积分卡兑换' }).click();
    // A hand-held scanner types the card and presses Enter.
    await field(desk, '积分卡').fill(card.body.token);
    await field(desk, '积分卡').press('Enter');
    await desk.getByText('请核对会员').waitFor();
    const masked = `${member.phone.slice(0, 3)}****${member.phone.slice(7)}`;
    await desk.getByText(`${name}（${masked}）`).waitFor();
    await desk.getByText('100 分', { exact: true }).waitFor();
    expect(await balance(member)).toBe(100);
    await desk
      .getByRole('combobox', { name: '物品' })
      .selectOption({ label: `食用油 1L（20 分，余 ${stock}）` });
    await desk.getByText('兑换后余 80 分').waitFor();
    // The card's token is never on the screen.
    expect(await desk.locator('body').innerText()).not.toContain(card.body.token.slice(0, 16));
    await expectAccessible(desk);
    await shot(desk, 'desk-2-counter-holder');
    await doubleTap(desk.getByRole('button', { name: '确认兑换' }));
    await desk.getByText('兑换成功，请交付物品').waitFor();
    await shot(desk, 'desk-2-counter');
    expect(await balance(member)).toBe(80);
    const sold = await t.http.get('/api/v1/store/redemptions').set(bearer(w.staff)).expect(200);
    expect(
      sold.body.items.filter((r: { memberId: string }) => r.memberId === member.id),
    ).toHaveLength(1);

    await t.http
      .post(`/api/v1/store/items/${oil}/restock`)
      .set(bearer(w.admin))
      .send({ quantity: 10 })
      .expect(200);
    await desk.getByRole('tab', { name: '库存' }).click();
    await desk.getByText(`余 ${stock - 1}`, { exact: true }).waitFor();
    await desk.clock.fastForward('00:31');
    await desk.getByText(`余 ${stock + 9}`, { exact: true }).waitFor();
    await shot(desk, 'desk-2-stock');

    await desk.getByRole('tab', { name: '扫积分卡兑换' }).click();
    await field(desk, '积分卡').fill(card.body.token);
    await field(desk, '积分卡').press('Enter');
    await desk.getByText('这张积分卡二维码已经用过了，请会员刷新后重新扫描').waitFor();
    expect(await desk.getByRole('button', { name: '确认兑换' }).count()).toBe(0);
  }, 60_000);

  it("scans the member's card with the desk's camera and redeems an honour", async () => {
    const member = await memberWith(50);
    const card = await t.http.get('/api/v1/me/card').set(bearer(member)).expect(200);
    const camera = await launchPhones(base, { camera: await qrCamera(card.body.token) });
    try {
      const desk = await camera.phone();
      await desk.goto(`${base}/desk`);
      await field(desk, '手机号').fill(w.staff.phone);
      await field(desk, '密码').fill(PASSWORD);
      await desk.getByRole('button', { name: '登录' }).click();
      await desk.getByRole('tab', { name: '扫积分卡兑换' }).click();
      await desk.getByText('用摄像头扫描会员的积分卡').click();
      await desk.getByRole('button', { name: '确认兑换' }).waitFor();
      await eventually(
        async () => expect(await field(desk, '积分卡').inputValue()).toBe(card.body.token),
        15_000,
      );
      await desk.getByText('请核对会员').waitFor();
      await desk.getByText('50 分', { exact: true }).waitFor();
      await desk
        .getByRole('combobox', { name: '物品' })
        .selectOption({ label: '民主评议加分（50 分）' });
      await desk.getByRole('button', { name: '确认兑换' }).click();
      await desk.getByText('兑换成功，请交付物品').waitFor();
      await shot(desk, 'desk-3-camera-card');
      expect(await balance(member)).toBe(0);
      expect(camera.outside).toEqual([]);
    } finally {
      await camera.close();
    }
  }, 60_000);
});
