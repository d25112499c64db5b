import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import type { Page } from 'playwright-core';
import { bearer, createMember, login, PASSWORD, type Actor } from '../factories/actors';
import { nextPhone } from '../factories/phones';
import { qrWish, toCompleted, wishBody } from '../factories/wishes';
import { residentOf, volunteerOf, type World } from '../factories/world';
import {
  describeBrowser,
  doubleTap,
  expectAccessible,
  expectChineseRenders,
  shot,
  type PhoneBrowser,
  eventually,
} from '../helpers/phone-browser';
import type { TestApp } from '../helpers/test-app';
import { closePhoneApp, openPhoneApp } from './phone-app';

/** The resident's jobs in the phone app, at phone size, found by what a person reads. */
describeBrowser('phone app: residents', () => {
  let t: TestApp;
  let base: string;
  let phones: PhoneBrowser;
  let w: World;
  let volunteer: Actor;

  beforeAll(async () => {
    ({ t, base, phones, w } = await openPhoneApp());
    volunteer = await volunteerOf(t.http, w);
  }, 120_000);
  afterAll(() => closePhoneApp({ t, phones }));

  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

  it('posts a wish from the grid QR without an account, keeping what was typed on an error', async () => {
    const page = await phones.phone();
    await page.goto(`${base}/wish?g=${encodeURIComponent(w.intakeToken)}`);
    await expectChineseRenders(page);
    await field(page, '您的称呼').fill('王阿姨');
    await field(page, '手机号').fill('12345');
    await field(page, '心愿').fill('陪我去医院复查');
    await field(page, '具体说明').fill('周五上午九点，社区医院');
    await page.getByRole('radio', { name: '陪同就医' }).click();
    await page.getByRole('button', { name: '提交心愿' }).click();
    await page.getByText('请填写 11 位手机号').first().waitFor();
    await page.getByText('请阅读并勾选同意《个人信息保护说明》').first().waitFor();
    expect(await field(page, '心愿').inputValue()).toBe('陪我去医院复查');
    expect(await field(page, '具体说明').inputValue()).toBe('周五上午九点，社区医院');
    expect(await page.locator('body').innerText()).not.toMatch(/[a-z]{3,} (must|should)/);
    await expectAccessible(page);
    await shot(page, 'resident-1-intake-error');

    // The privacy notice is shown, its full text a tap away, and must be agreed to.
    await page.getByRole('button', { name: '查看《个人信息保护说明》全文' }).click();
    await page.getByText('保存多久').waitFor();
    await field(page, '手机号').fill('139-1234 5678');
    await page.getByRole('checkbox', { name: /我已阅读并同意/ }).click();
    await page.getByRole('button', { name: '提交心愿' }).click();
    const code = page.getByLabel('查询码');
    await code.waitFor();
    const shown = (await code.innerText()).trim();
    expect(shown).toMatch(/^[0-9A-Z]{4} [0-9A-Z]{4}$/);
    // A link to keep instead of a code to remember.
    await page.getByText(`${base}/track?code=${shown.replace(' ', '')}`).waitFor();
    await page.getByRole('button', { name: '复制进度页链接' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'resident-1-intake-done');
    const tracked = await t.http.get(`/api/v1/public/wishes/${shown.replace(' ', '')}`).expect(200);
    const wish = await t.http
      .get(`/api/v1/wishes/${tracked.body.id}`)
      .set(bearer(w.worker))
      .expect(200);
    expect(wish.body).toMatchObject({ contactPhone: '13912345678', category: 'medical_escort' });
  }, 60_000);

  it('follows and rates a wish with its tracking code typed in lower case, retyping a wrong one', async () => {
    const wish = await qrWish(t.http, w.intakeToken);
    await toCompleted(t.http, wish.id, w.worker, volunteer);
    const before = (await t.http.get('/api/v1/me/points').set(bearer(volunteer))).body.balance;
    const page = await phones.phone();
    await page.goto(`${base}/track`);
    await field(page, '查询码').fill('zzzz-zzzz');
    await page.getByRole('button', { name: '查询进度' }).click();
    await page.getByText('没有找到这个查询码，请核对后重新输入').waitFor();
    await shot(page, 'resident-2-track-not-found');

    const lower = `${wish.trackingCode.slice(0, 4)}-${wish.trackingCode.slice(4)}`.toLowerCase();
    await field(page, '查询码').fill(lower);
    await page.getByRole('button', { name: '查询进度' }).click();
    await page.getByText('帮助已完成，请您评价').waitFor();
    // Who came: the volunteer's name and masked phone.
    const helper = (await t.http.get('/api/v1/me').set(bearer(volunteer)).expect(200)).body;
    const masked = `${volunteer.phone.slice(0, 3)}****${volunteer.phone.slice(7)}`;
    await page.getByText(`${helper.name}（${masked}）`).waitFor();
    await page.getByRole('radio', { name: '5 星' }).click();
    await page.getByText('非常满意').waitFor();
    await field(page, '说几句').fill('小伙子很热心！');
    await expectAccessible(page);
    await doubleTap(page.getByRole('button', { name: '提交评价' }));
    await page.getByText('感谢您的评价').waitFor();
    await page.getByText('已评价，心愿已完成').waitFor();
    await shot(page, 'resident-2-track-rated');
    const after = (await t.http.get('/api/v1/me/points').set(bearer(volunteer))).body.balance;
    expect(after - before).toBe(10);
  }, 60_000);

  it('registers with a phone typed with spaces, logs out, and logs in again', async () => {
    const page = await phones.phone();
    const phone = nextPhone();
    const typed = `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
    await page.goto(`${base}/app`);
    await page.getByRole('button', { name: '没有账号？注册' }).click();
    await field(page, '社区代码').fill(w.code);
    await field(page, '姓名').fill('周奶奶');
    await field(page, '手机号').fill(typed);
    await field(page, '密码').fill('short');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.getByText('密码至少 8 位').first().waitFor();
    expect(await field(page, '姓名').inputValue()).toBe('周奶奶');
    await expectAccessible(page);
    await field(page, '密码').fill(PASSWORD);
    await page.getByRole('checkbox', { name: /我已阅读并同意/ }).click();
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.getByText('周奶奶，您好').waitFor();
    await expectAccessible(page);
    await shot(page, 'resident-3-home');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await field(page, '手机号').fill(typed);
    await field(page, '密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('手机号或密码不对').waitFor();
    await field(page, '密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('周奶奶，您好').waitFor();
  }, 60_000);

  it('registers, posts a wish in the app from the home page, follows it and rates the help', async () => {
    const page = await phones.phone();
    const phone = nextPhone();
    await page.goto(`${base}/app/register`);
    await field(page, '社区代码').fill(w.code);
    await field(page, '姓名').fill('孙爷爷');
    await field(page, '手机号').fill(phone);
    await field(page, '密码').fill(PASSWORD);
    await page.getByRole('checkbox', { name: /我已阅读并同意/ }).click();
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.getByText('孙爷爷，您好').waitFor();

    await page.getByText('提交心愿', { exact: true }).click();
    await field(page, '心愿').fill('帮忙换灯泡');
    await field(page, '具体说明').fill('厨房的灯不亮了，我够不着');
    // Registered without a home grid: says where help is needed.
    await page.getByRole('group', { name: '您住在哪个网格' }).getByRole('radio').first().click();
    await page.getByRole('radio', { name: '生活帮扶' }).click();
    await expectAccessible(page);
    await shot(page, 'resident-5-post-in-app');
    await page.getByRole('button', { name: '提交心愿' }).click();
    await page.getByText('心愿已提交，网格员审核后会安排志愿者帮忙。').waitFor();
    await page.getByRole('button', { name: '查看我的心愿' }).click();
    await page.getByText('帮忙换灯泡').waitFor();
    await page.getByText('等待网格员审核').waitFor();
    await page.getByRole('button', { name: '提交新心愿' }).waitFor();

    const me = await login(t.http, phone);
    const mine = await t.http.get('/api/v1/wishes?mine=posted').set(bearer(me)).expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        title: '帮忙换灯泡',
        status: 'pending_review',
        category: 'daily_life',
      }),
    ]);
    await toCompleted(t.http, mine.body.items[0].id, w.worker, volunteer);
    await page.reload();
    await page.getByText('帮助已完成，请您评价').waitFor();
    await page.getByRole('radio', { name: '5 星' }).click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('已评价，心愿已完成').waitFor();
    await shot(page, 'resident-5-rated-in-app');
  }, 90_000);

  it('shows "my wishes" with their state in plain words and rates the completed one', async () => {
    const resident = await residentOf(t.http, w);
    await t.http
      .post('/api/v1/wishes')
      .set(bearer(resident))
      .send(wishBody({ title: '修水管' }))
      .expect(201);
    const done = await t.http
      .post('/api/v1/wishes')
      .set(bearer(resident))
      .send(wishBody({ title: '取快递' }));
    await toCompleted(t.http, done.body.id, w.worker, volunteer);
    const page = await phones.phone(resident);
    await page.goto(`${base}/app/my-wishes`);
    await page.getByText('等待网格员审核').waitFor();
    await page.getByText('帮助已完成，请您评价').waitFor();
    await expectAccessible(page);
    await shot(page, 'resident-4-my-wishes');
    await page.getByRole('radio', { name: '4 星' }).click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('已评价，心愿已完成').waitFor();
    const rated = await t.http
      .get(`/api/v1/wishes/${done.body.id}`)
      .set(bearer(resident))
      .expect(200);
    expect(rated.body).toMatchObject({ status: 'closed', rating: 4 });
  }, 60_000);

  it('tells a self-registered resident why their QR wishes are missing, and shows them once the phone is confirmed', async () => {
    const phone = nextPhone();
    await t.http
      .post('/api/v1/auth/register')
      .send({
        privacyVersion: PRIVACY_NOTICE.version,
        communityCode: w.code,
        phone,
        password: PASSWORD,
        name: '吴阿姨',
        gridId: w.gridId,
      })
      .expect(201);
    const resident = await login(t.http, phone);
    await qrWish(t.http, w.intakeToken, { contactPhone: phone, title: '换灯泡' });
    const page = await phones.phone(resident);
    await page.goto(`${base}/app/my-wishes`);
    await page.getByRole('heading', { name: '验证手机号' }).waitFor();
    await page.getByText('要先确认这个手机号是您本人的').waitFor();
    expect(await page.getByText('换灯泡').count()).toBe(0);
    await page.getByRole('button', { name: '发短信验证码' }).click();
    await page.getByText('请带上身份证到社区，或联系您的网格员').waitFor();
    await expectAccessible(page);
    await shot(page, 'resident-4b-phone-proof');

    await t.http
      .post(`/api/v1/members/${resident.id}/phone-confirmation`)
      .set(bearer(w.worker))
      .expect(200);
    await page.reload();
    await page.getByText('换灯泡').waitFor();
    expect(await page.getByRole('heading', { name: '验证手机号' }).count()).toBe(0);
  }, 60_000);

  it('applies to volunteer, and the application waits for review', async () => {
    const resident = await residentOf(t.http, w);
    const page = await phones.phone(resident);
    await page.goto(`${base}/app`);
    await page.getByText('申请成为志愿者').click();
    await page.getByRole('checkbox', { name: '关爱老人' }).click();
    await page.getByRole('checkbox', { name: '维修' }).click();
    await page.getByRole('switch', { name: '我是党员' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('申请已提交').waitFor();
    await shot(page, 'resident-5-apply');
    const me = await t.http.get('/api/v1/me').set(bearer(resident)).expect(200);
    expect(me.body.volunteer).toMatchObject({
      status: 'pending',
      skills: ['elder_care', 'repair'],
      isPartyMember: true,
    });
  }, 60_000);

  it('is elder-friendly by default, and larger in 关怀模式, which the phone remembers', async () => {
    const page = await phones.phone();
    await page.goto(`${base}/wish?g=${encodeURIComponent(w.intakeToken)}`);
    await page.getByRole('button', { name: '提交心愿' }).waitFor();
    const body = () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { size: parseFloat(style.fontSize), line: parseFloat(style.lineHeight) };
      });
    const normal = await body();
    expect(normal.size).toBeGreaterThanOrEqual(18);
    expect(normal.line / normal.size).toBeGreaterThanOrEqual(1.3);
    const small: string[] = [];
    for (const role of ['button', 'radio', 'textbox', 'link'] as const) {
      for (const target of await page.getByRole(role).all()) {
        const box = await target.boundingBox();
        if (box && box.height < 44)
          small.push(`${role} "${await target.innerText()}": ${box.height}px`);
      }
    }
    expect(small).toEqual([]);

    await page.getByRole('button', { name: '关怀模式' }).click();
    expect((await body()).size).toBeGreaterThanOrEqual(22);
    expect(await page.getByRole('button', { name: '关怀模式' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.reload();
    await page.getByRole('button', { name: '提交心愿' }).waitFor();
    expect((await body()).size).toBeGreaterThanOrEqual(22);
    await expectAccessible(page);
    await shot(page, 'resident-6-care-mode');
  }, 60_000);

  it('a double tap on 提交心愿 posts one wish', async () => {
    const page = await phones.phone();
    await page.goto(`${base}/wish?g=${encodeURIComponent(w.intakeToken)}`);
    await field(page, '您的称呼').fill('双击测试');
    await field(page, '手机号').fill('13912345679');
    await field(page, '心愿').fill('帮忙换灯泡');
    await field(page, '具体说明').fill('厨房的灯不亮了');
    await page.getByRole('checkbox', { name: /我已阅读并同意/ }).click();
    await doubleTap(page.getByRole('button', { name: '提交心愿' }));
    await page.getByLabel('查询码').waitFor();
    await page.waitForTimeout(500);
    const open = await t.http
      .get('/api/v1/wishes')
      .query({ status: 'pending_review', limit: 100 })
      .set(bearer(w.worker))
      .expect(200);
    expect(
      open.body.items.filter((x: { contactName: string }) => x.contactName === '双击测试'),
    ).toHaveLength(1);
  }, 60_000);

  it('renews a stale session by itself, and says so plainly when it cannot', async () => {
    const resident = await residentOf(t.http, w);
    const stale = { ...resident, token: 'stale.access.token' };
    const page = await phones.phone(stale);
    await page.goto(`${base}/app/points`);
    await page.getByLabel('积分余额').waitFor();
    expect(page.url()).toContain('/app/points');

    const gone = await residentOf(t.http, w);
    await t.http
      .post('/api/v1/auth/logout')
      .set(bearer(gone))
      .send({ refreshToken: gone.refreshToken })
      .expect(204);
    const lapsed = await phones.phone({ ...gone, token: 'stale.access.token' });
    await lapsed.goto(`${base}/app/points`);
    await lapsed.getByText('登录已过期，请重新登录').waitFor();
    await expectAccessible(lapsed);
    await shot(lapsed, 'resident-7-session-expired');
  }, 60_000);

  it('asks a member who never agreed to the privacy notice at sign-in, and lets them choose to show their name', async () => {
    const member = await createMember(t.http, w.admin, w.id, ['resident'], {
      gridId: w.gridId,
      privacyAgreed: false,
    });
    const page = await phones.phone(member);
    await page.goto(`${base}/app`);
    const gate = page.getByRole('dialog').filter({ hasText: '请阅读个人信息保护说明' });
    await gate.waitFor();
    await gate.getByText('谁能看到').waitFor();
    await expectAccessible(page);
    await shot(page, 'resident-7-privacy-gate');
    await gate.getByRole('button', { name: '同意并继续' }).click();
    await gate.waitFor({ state: 'hidden' });
    const me = await t.http.get('/api/v1/me').set(bearer(member)).expect(200);
    expect(me.body.privacy).toMatchObject({ mustAgree: false, showName: false });

    await page.getByRole('switch', { name: '排行榜显示我的全名' }).click();
    await eventually(async () => {
      const now = await t.http.get('/api/v1/me').set(bearer(member)).expect(200);
      expect(now.body.privacy.showName).toBe(true);
    });
    // Reloaded, the app does not ask again.
    await page.reload();
    await page.getByText('排行榜显示我的全名').waitFor();
    expect(await page.getByText('请阅读个人信息保护说明').count()).toBe(0);
  }, 60_000);
});
