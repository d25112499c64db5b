import { PRIVACY_NOTICE } from 'src/privacy/privacy-notice';
import { Workbook } from 'exceljs';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { DispatcherService } from 'src/notifications/dispatcher.service';
import { bearer, createMember, login, PASSWORD, type Actor } from '../factories/actors';
import { nextPhone } from '../factories/phones';
import { qrWish, toCompleted } from '../factories/wishes';
import { volunteerOf, type World } from '../factories/world';
import { testClock } from '../helpers/clock';
import {
  describeBrowser,
  eventually,
  expectAccessible,
  expectChineseRenders,
  shot,
  type PhoneBrowser,
} from '../helpers/phone-browser';
import type { TestApp } from '../helpers/test-app';
import { closePhoneApp, openPhoneApp } from './phone-app';

/**
 * The staff console at a desk, one test per numbered item of its issue, found by the Chinese
 * a grid worker or an admin reads; every page checked with axe and photographed.
 */
describeBrowser('staff console', () => {
  let t: TestApp;
  let base: string;
  let browser: PhoneBrowser;
  let w: World;

  beforeAll(async () => {
    ({ t, base, phones: browser, w } = await openPhoneApp());
  }, 120_000);
  afterAll(() => closePhoneApp({ t, phones: browser }));

  const api = (actor: Actor) => ({
    get: (path: string) => t.http.get(`/api/v1${path}`).set(bearer(actor)),
    post: (path: string, body: object = {}) =>
      t.http.post(`/api/v1${path}`).set(bearer(actor)).send(body),
  });
  /** Opens a console page and checks it reads as Chinese, with nothing serious for axe. */
  async function visit(page: Page, path: string, heading: string, name: string) {
    await page.goto(`${base}/console${path}`);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await expectAccessible(page);
    await shot(page, `console-${name}`);
  }
  const row = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });
  const dialog = (page: Page, title: string) => page.getByRole('dialog').filter({ hasText: title });
  /** Fills 新建活动 (name, place, two hours from `start` typed in the community's time) and saves. */
  async function newActivity(
    page: Page,
    title: string,
    start: Date,
    extra: { place?: string; training?: boolean } = {},
  ) {
    await page.getByRole('button', { name: '新建活动' }).click();
    const form = dialog(page, '新建活动');
    await form.getByLabel('活动名称').fill(title);
    if (extra.place) await form.getByLabel('地点').fill(extra.place);
    const fmt = (d: Date) =>
      new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'Asia/Shanghai',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(d);
    await form.getByPlaceholder('开始').fill(fmt(start));
    await form.getByPlaceholder('结束').fill(fmt(new Date(start.getTime() + 2 * 3_600_000)));
    await form.getByPlaceholder('结束').press('Enter');
    await form.getByLabel('活动名称').click();
    if (extra.training) await form.getByText('这是一次培训').click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('活动已创建').waitFor();
  }

  it('signs staff in, and turns residents away to the phone app', async () => {
    const resident = await createMember(t.http, w.admin, w.id, ['resident']);
    const page = await browser.desk();
    await page.goto(`${base}/console/review`);
    await page.getByRole('heading', { name: '社区志愿积分管理台' }).waitFor();
    await expectChineseRenders(page);
    await expectAccessible(page);
    await page.getByLabel('手机号').fill(resident.phone);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('这个账号没有管理台权限').waitFor();
    await page.getByLabel('手机号').fill(w.worker.phone);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '心愿审核', level: 1 }).waitFor();
    await page.getByRole('link', { name: '工作台' }).or(page.getByText('工作台').first()).click();
    await page.getByText('待审核心愿').waitFor();
    await shot(page, 'console-workbench');
    // A grid worker's menu has no admin pages.
    expect(await page.getByRole('menuitem', { name: '操作日志' }).count()).toBe(0);
  });

  it('1. runs the work queues: review, dispatch, follow-ups, hours, applications, posting and rating for residents', async () => {
    const fixer = await createMember(t.http, w.admin, w.id, ['resident', 'volunteer'], {
      name: '张师傅',
      gridId: w.gridId,
      volunteer: { skills: ['repair'] },
    });
    const good = await qrWish(t.http, w.intakeToken, { title: '帮忙换灯泡', category: 'repair' });
    const spam = await qrWish(t.http, w.intakeToken, { title: '推销保健品' });
    const low = await qrWish(t.http, w.intakeToken, { title: '陪同买菜' });
    await toCompleted(t.http, low.id, w.worker, fixer);
    await t.http
      .post(`/api/v1/public/wishes/${low.trackingCode}/feedback`)
      .send({ rating: 2, comment: '来晚了' })
      .expect(200);
    const unrated = await qrWish(t.http, w.intakeToken, { title: '取快递' });
    await toCompleted(t.http, unrated.id, w.worker, fixer);
    const record = await api(fixer)
      .post('/service-records', {
        date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        minutes: 90,
        description: '楼道清扫',
      })
      .expect(201);
    const overstated = await api(fixer)
      .post('/service-records', {
        date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        minutes: 120,
        description: '陪老人聊天',
      })
      .expect(201);
    const page = await browser.desk(w.worker);

    await visit(page, '/review', '心愿审核', 'review');
    await row(page, '帮忙换灯泡').getByRole('button', { name: '通过' }).click();
    await page.getByText('已通过：帮忙换灯泡').waitFor();
    await row(page, '推销保健品').getByRole('button', { name: '驳回' }).click();
    await dialog(page, '驳回心愿').getByLabel('驳回原因').fill('与志愿服务无关');
    await page.getByRole('button', { name: '确认驳回' }).click();
    await page.getByText('已驳回：推销保健品').waitFor();
    expect((await api(w.worker).get(`/wishes/${good.id}`)).body.status).toBe('open');
    expect((await api(w.worker).get(`/wishes/${spam.id}`)).body).toMatchObject({
      status: 'rejected',
      reason: '与志愿服务无关',
    });

    await visit(page, '/dispatch', '待办与派单', 'dispatch');
    await row(page, '帮忙换灯泡').getByRole('button', { name: '派单' }).click();
    const pick = dialog(page, '派单：帮忙换灯泡');
    await pick.getByText('张师傅').waitFor();
    await pick.getByText('维修').first().waitFor();
    await expectAccessible(page);
    await shot(page, 'console-dispatch-dialog');
    await pick.getByLabel('选择张师傅').check();
    await page.getByRole('button', { name: '确认派单' }).click();
    await page.getByText('已派单给张师傅').waitFor();
    expect((await api(w.worker).get(`/wishes/${good.id}`)).body).toMatchObject({
      status: 'claimed',
      claimerId: fixer.id,
    });

    await visit(page, '/follow-ups', '回访', 'follow-ups');
    await row(page, '陪同买菜').getByRole('button', { name: '办结回访' }).click();
    await page.getByLabel('回访记录（了解到的情况和处理结果）').fill('已电话致歉，下次提前联系');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('回访已办结').waitFor();
    expect((await api(w.worker).get(`/wishes/${low.id}`)).body.followUpOpen).toBe(false);

    await page.getByText('待评价（代居民评价）').click();
    await row(page, '取快递').getByRole('button', { name: '代为评价' }).click();
    const rate = page.getByRole('slider', { name: '评分' });
    await rate.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.getByText('上门回访', { exact: true }).click();
    await expectAccessible(page);
    await shot(page, 'console-rate-on-behalf');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('评价已记录').waitFor();
    expect((await api(w.worker).get(`/wishes/${unrated.id}`)).body).toMatchObject({
      status: 'closed',
      rating: 5,
    });

    await visit(page, '/hours', '时长审核', 'hours');
    await row(page, '楼道清扫').getByText('张师傅').waitFor();
    await row(page, '楼道清扫').getByRole('button', { name: '通过', exact: true }).click();
    const toast = await page.getByText(/^已通过，发放 \d+ 积分$/).textContent();
    const records = await api(w.worker).get('/service-records?status=approved').expect(200);
    const approved = records.body.items.find((r: { id: string }) => r.id === record.body.id);
    // The toast tells the points as posted.
    expect(toast).toBe(`已通过，发放 ${approved.points} 积分`);
    await row(page, '陪老人聊天').getByRole('button', { name: '核减后通过' }).click();
    const correct = page.getByRole('dialog', { name: '核减后通过' });
    await correct.getByText('上报 2 小时').waitFor();
    await correct.getByRole('spinbutton').fill('60');
    await correct.getByLabel('核减原因（志愿者会看到）').fill('实际陪了 1 小时');
    await shot(page, 'console-hours-correct');
    await correct.getByRole('button', { name: '确认通过' }).click();
    // The dialog closes once the approval is answered (the first approval's toast may linger).
    await correct.waitFor({ state: 'hidden' });
    expect((await api(w.worker).get('/service-records?status=approved')).body.items).toContainEqual(
      expect.objectContaining({ id: overstated.body.id, minutes: 60, reason: '实际陪了 1 小时' }),
    );

    await visit(page, '/post-wish', '代居民提交心愿', 'post-wish');
    await page.getByRole('combobox', { name: '网格' }).click({ force: true });
    await page.getByRole('option', { name: 'Grid A' }).click();
    await page.getByLabel('居民姓名').fill('王大爷');
    await page.getByLabel('居民电话').fill('13900001111');
    await page.getByLabel('住址').fill('5 号楼 302');
    await page.getByLabel('心愿', { exact: true }).fill('帮忙修收音机');
    await page.getByLabel('具体内容').fill('收音机没声音了，想听戏');
    await page.getByRole('combobox', { name: '类别' }).click({ force: true });
    await page.getByRole('option', { name: '维修' }).click();
    await page.getByRole('button', { name: '提交心愿' }).click();
    await page.getByText('已提交：帮忙修收音机').waitFor();
    const posted = await api(w.worker).get('/wishes?category=repair').expect(200);
    expect(posted.body.items.map((x: { title: string }) => x.title)).toContain('帮忙修收音机');

    const applicant = await createMember(t.http, w.admin, w.id, ['resident'], { name: '刘阿姨' });
    await api(applicant)
      .post('/volunteers/apply', { skills: ['elder_care'] })
      .expect(201);
    const admin = await browser.desk(w.admin);
    await visit(admin, '/volunteers?status=pending', '志愿者', 'applications');
    await row(admin, '刘阿姨').getByRole('button', { name: '通过' }).click();
    await admin.getByText('已通过：刘阿姨').waitFor();
    expect((await api(w.admin).get(`/members/${applicant.id}`)).body.volunteer.status).toBe(
      'approved',
    );
  });

  it('2. creates an activity, shows its rotating check-in QR full screen, and marks attendance by hand', async () => {
    const page = await browser.desk(w.worker);
    await visit(page, '/activities', '志愿活动', 'activities');
    const start = new Date(Date.now() + 2 * 86_400_000);
    await newActivity(page, '周末垃圾分类宣传', start, { place: '社区广场' });
    const acts = await api(w.worker).get('/activities').expect(200);
    const created = acts.body.items.find((a: { title: string }) => a.title === '周末垃圾分类宣传');
    expect(created).toMatchObject({ place: '社区广场', capacity: 20 });
    // Typed as the community's time on a browser in another zone: saved as that instant.
    const minute = (d: Date) => new Date(Math.floor(d.getTime() / 60_000) * 60_000).toISOString();
    expect(created.startsAt).toBe(minute(start));
    expect(created.endsAt).toBe(minute(new Date(start.getTime() + 2 * 3_600_000)));

    const screen = await browser.desk(w.worker);
    await screen.goto(`${base}/console/activities/${created.id}/qr`);
    const qr = screen.getByRole('img', { name: '签到签退二维码' });
    await qr.waitFor();
    await expectAccessible(screen);
    await shot(screen, 'console-checkin-qr');
    const png = PNG.sync.read(await qr.screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toContain(`/checkin?a=${created.id}&c=`);
    // The same code as digits, for a phone that cannot scan (typed on the 活动 page).
    const digits = await screen.getByText(/^\d{3} \d{3}$/).textContent();
    expect(code?.data).toMatch(new RegExp(`&c=${digits!.replace(' ', '')}$`));

    // An activity that ran this morning, with a volunteer signed up before it began.
    const clock = testClock(t.app);
    const begun = new Date(Date.now() - 3 * 3_600_000);
    clock.at(new Date(begun.getTime() - 3_600_000));
    const past = await api(w.worker)
      .post('/activities', {
        title: '早间巡逻',
        startsAt: begun.toISOString(),
        endsAt: new Date(Date.now() - 600_000).toISOString(),
        capacity: 5,
      })
      .expect(201);
    const walker = await volunteerOf(t.http, w);
    await api(walker).post(`/activities/${past.body.id}/signups`).expect(201);
    clock.reset();
    await page.reload();
    await row(page, '早间巡逻').getByRole('button', { name: '签到记录' }).click();
    await page.getByRole('button', { name: '补签' }).click();
    await page.getByRole('button', { name: '保存补签' }).click();
    await page.getByText('已补签').waitFor();
    await page.getByRole('button', { name: '审核时长' }).click();
    await page.getByLabel('核定时长').or(page.getByRole('spinbutton').last()).fill('120');
    await page.getByPlaceholder('更正时长必须写明原因').fill('中途离开一小时');
    await expectAccessible(page);
    await shot(page, 'console-attendance');
    await page.getByRole('button', { name: '通过并发放积分' }).click();
    await page.getByText('已通过，发放 20 积分').waitFor();
    const att = await api(w.worker).get(`/activities/${past.body.id}/attendances`).expect(200);
    expect(att.body.items[0]).toMatchObject({ status: 'approved', minutes: 120, points: 20 });

    // A running activity: 补签's check-out defaults to now, which the server takes (it refused
    // the activity's end, still to come); a suspended volunteer's approval posts no points, and
    // the toast says so instead of "积分已发放".
    clock.at(new Date(Date.now() - 2 * 3_600_000));
    const running = await api(w.worker)
      .post('/activities', {
        title: '午间值守',
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        capacity: 5,
      })
      .expect(201);
    const sitter = await volunteerOf(t.http, w);
    await api(sitter).post(`/activities/${running.body.id}/signups`).expect(201);
    clock.reset();
    await page.reload();
    await row(page, '午间值守').getByRole('button', { name: '签到记录' }).click();
    await page.getByRole('button', { name: '补签' }).click();
    await page.getByRole('button', { name: '保存补签' }).click();
    await page.getByText('已补签').waitFor();
    const marked = await api(w.worker)
      .get(`/activities/${running.body.id}/attendances`)
      .expect(200);
    expect(new Date(marked.body.items[0].checkOutAt).getTime()).toBeLessThanOrEqual(Date.now());
    await api(w.admin).post(`/volunteers/${sitter.id}/suspend`, { reason: '测试' }).expect(201);
    await page.getByRole('button', { name: '审核时长' }).click();
    await page.getByRole('button', { name: '通过并发放积分' }).click();
    await page.getByText('已通过，未发放积分：该志愿者资格未通过或已暂停').waitFor();
    await shot(page, 'console-attendance-no-points');
  });

  it('3. keeps the store: catalogue, restock, limits and windows, and the redemptions list', async () => {
    const page = await browser.desk(w.staff);
    await visit(page, '/store', '积分超市', 'store');
    await page.getByRole('button', { name: '上架新物品' }).click();
    const form = dialog(page, '上架新物品');
    await form.getByLabel('名称').fill('东北大米 5 斤');
    await form.getByRole('spinbutton').first().fill('30');
    await form.getByLabel('初始库存').fill('8');
    await form.getByRole('spinbutton', { name: '每人限兑数量' }).fill('2');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已上架').waitFor();
    await row(page, '东北大米 5 斤').getByRole('button', { name: '补货' }).click();
    await dialog(page, '补货').getByLabel('补货数量').fill('4');
    await page.getByRole('button', { name: '确认补货' }).click();
    await page.getByText('已补货 4 件').waitFor();
    await row(page, '东北大米 5 斤').getByText('12').waitFor();
    await row(page, '东北大米 5 斤').getByText('每月2 件').waitFor();

    const items = await api(w.staff).get('/store/items?all=true').expect(200);
    const rice = items.body.items.find((i: { name: string }) => i.name === '东北大米 5 斤');
    expect(rice).toMatchObject({ pricePoints: 30, available: 12, perMemberLimit: 2 });
    const member = await volunteerOf(t.http, w);
    await api(w.admin)
      .post(`/members/${member.id}/points/adjustments`, { delta: 100, reason: '测试' })
      .expect(201);
    await api(member).post('/store/redemptions', { itemId: rice.id, quantity: 1 }).expect(201);
    await visit(page, '/redemptions', '兑换记录', 'redemptions');
    await row(page, '东北大米 5 斤').getByText('待领取').waitFor();
  });

  it('4. manages people: members and roles, volunteers, grids with an A4 poster, and a bulk import with a dry run', async () => {
    const page = await browser.desk(w.admin);
    await visit(page, '/people', '成员与角色', 'people');
    await page.getByRole('button', { name: '新增成员' }).click();
    const form = dialog(page, '新增成员');
    const phone = nextPhone();
    await form.getByLabel('姓名').fill('赵网格');
    await form.getByLabel('手机号').fill(phone);
    await form.getByLabel('初始密码').fill('start-here-1');
    await form.getByText('网格员').click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已新增成员').waitFor();
    const zhao = await login(t.http, phone, 'start-here-1');
    expect((await api(zhao).get('/me')).body.roles).toEqual(['resident', 'grid_worker']);

    // A resident who registered themselves: their phone is confirmed in person, here.
    const selfPhone = nextPhone();
    await t.http
      .post('/api/v1/auth/register')
      .send({
        privacyVersion: PRIVACY_NOTICE.version,
        communityCode: w.code,
        phone: selfPhone,
        password: PASSWORD,
        name: '孙自注册',
      })
      .expect(201);
    await visit(page, '/people', '成员与角色', 'people');
    await row(page, '孙自注册').getByText('未验证').waitFor();
    await row(page, '孙自注册').getByRole('button', { name: '确认手机号' }).click();
    await page.getByRole('button', { name: '已核对，确认' }).click();
    await page.getByText('手机号已确认').waitFor();
    // The list reloads after the toast: the mark goes once the new answer is in.
    await row(page, '孙自注册').getByText('未验证').waitFor({ state: 'detached' });
    expect((await api(await login(t.http, selfPhone)).get('/me')).body.phoneVerified).toBe(true);

    const helper = await createMember(t.http, w.admin, w.id, ['resident', 'volunteer'], {
      name: '钱志愿',
    });
    await visit(page, '/volunteers', '志愿者', 'volunteers');
    await row(page, '钱志愿').getByRole('button', { name: '暂停' }).click();
    await page.getByText('已暂停：钱志愿').waitFor();
    expect((await api(w.admin).get(`/members/${helper.id}`)).body.volunteer.status).toBe(
      'suspended',
    );

    await visit(page, '/grids', '网格与二维码', 'grids');
    await page.getByLabel('新网格名称').fill('幸福里第三网格');
    await page.getByRole('button', { name: '新建网格' }).click();
    await row(page, '幸福里第三网格').waitFor();
    const [poster] = await Promise.all([
      page.context().waitForEvent('page'),
      row(page, '幸福里第三网格').getByRole('button', { name: '打印 A4 海报' }).click(),
    ]);
    await poster.getByRole('img', { name: '幸福里第三网格心愿二维码' }).waitFor();
    await poster.getByText(`Community ${w.code}`).waitFor();
    await expectAccessible(poster);
    await poster.emulateMedia({ media: 'print' });
    await shot(poster, 'console-grid-poster');
    const grids = await api(w.admin).get(`/communities/${w.id}/grids`).expect(200);
    const third = grids.body.items.find((g: { name: string }) => g.name === '幸福里第三网格');
    const qr = PNG.sync.read(
      await poster.getByRole('img', { name: '幸福里第三网格心愿二维码' }).screenshot(),
    );
    expect(jsQR(new Uint8ClampedArray(qr.data), qr.width, qr.height)?.data).toContain(
      `/wish?g=${third.intakeToken}`,
    );

    const book = new Workbook();
    const sheet = book.addWorksheet('成员');
    const newPhone = nextPhone();
    sheet.addRow(['姓名', '手机号', '角色', '网格']);
    sheet.addRow(['孙新人', newPhone, '居民', '幸福里第三网格']);
    sheet.addRow(['错号码', '123', '居民', '']);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    await visit(page, '/import', '批量导入成员', 'import');
    await page.getByLabel('选择成员文件').setInputFiles({
      name: '新成员.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.getByLabel('统一初始密码').fill('welcome-2026');
    await page.getByRole('button', { name: '试导入' }).click();
    await page.getByText('试导入结果：可新建 1 人，跳过 0 人，有问题 1 行').waitFor();
    await row(page, '错号码').getByText('手机号应为 11 位手机号').waitFor();
    await expectAccessible(page);
    await shot(page, 'console-import-dry-run');
    await t.http
      .post('/api/v1/auth/login')
      .send({ phone: newPhone, password: 'welcome-2026' })
      .expect(401);
    await page.getByRole('button', { name: '确认导入 1 人' }).click();
    await page.getByText('导入完成：新建 1 人').waitFor();
    // Each row says what happened, no longer what would.
    await page.getByText('已新建', { exact: true }).waitFor();
    expect(await page.getByText('将新建', { exact: true }).count()).toBe(0);
    await page.getByText('未导入', { exact: true }).waitFor();
    await login(t.http, newPhone, 'welcome-2026');
  });

  it('5. edits the point rules and the grid-rating weights, and shows the version history', async () => {
    const page = await browser.desk(w.admin);
    await visit(page, '/rules', '积分与评级规则', 'rules');
    // Before any change: the defaults, said so (not "第 0 版"); weights in per cent.
    await page.getByText('积分规则（默认规则，还没有修改过）').waitFor();
    await page.getByRole('spinbutton', { name: '满意度权重（%）' }).waitFor();
    await page.getByText('合计 100%').waitFor();
    await page.getByLabel('每小时服务积分').fill('12');
    await page.getByRole('button', { name: '保存积分规则' }).click();
    await page.getByText('积分规则已保存，生成了新版本').waitFor();
    await row(page, '每小时 12 分').waitFor();
    const rules = await api(w.admin).get(`/communities/${w.id}/point-rules`).expect(200);
    expect(rules.body.pointsPerHour).toBe(12);
    await page.getByText(`积分规则（当前第 ${rules.body.version} 版）`).waitFor();
    await page.getByRole('spinbutton', { name: '满意度权重（%）' }).fill('40');
    await page.getByRole('spinbutton', { name: '活跃度权重（%）' }).fill('20');
    await page.getByRole('spinbutton', { name: '完成率权重（%）' }).click();
    await page.getByText('合计 100%').waitFor();
    await page.getByRole('spinbutton', { name: '红档分数' }).fill('90');
    await page.getByRole('button', { name: '保存评级规则' }).click();
    await page.getByText('评级规则已保存').waitFor();
    const cfg = await api(w.admin).get(`/communities/${w.id}/grid-rating-config`).expect(200);
    expect(cfg.body.cutoffs.red).toBe(90);
    expect(cfg.body.weights).toEqual({ completion: 0.4, satisfaction: 0.4, activity: 0.2 });
    await shot(page, 'console-rules-saved');
  });

  it('6. reads the figures: dashboard with charts, the grid board, leaderboards, freezing a month, the audit log', async () => {
    const page = await browser.desk(w.admin);
    await visit(page, '/dashboard', '数据看板', 'dashboard');
    await page.getByText('收到心愿').first().waitFor();
    await page.getByRole('img', { name: '近六个月趋势' }).waitFor();
    await eventually(async () =>
      expect(
        await page.getByRole('img', { name: '本期心愿办理情况' }).locator('canvas').count(),
      ).toBe(1),
    );
    await shot(page, 'console-dashboard');

    const last = new Date();
    last.setUTCDate(1);
    last.setUTCMonth(last.getUTCMonth() - 1);
    const period = last.toISOString().slice(0, 7);
    await visit(page, '/grid-board', '网格红黄蓝', 'grid-board');
    await row(page, 'Grid A').waitFor();
    // The current month has not ended: no freezing, and the page says why.
    await page.getByText('这个月还没有结束，月底过后才能定格').waitFor();
    await page.getByRole('combobox', { name: '月份' }).fill(period);
    await page.keyboard.press('Enter');
    // A grid without ratings says its satisfaction is the default.
    await row(page, 'Grid A').getByText('这个月还没有评价，按默认 80% 计').waitFor();
    await page.getByRole('button', { name: '定格这个月的评级' }).click();
    await page
      .getByText(`定格 ${period.slice(0, 4)} 年 ${Number(period.slice(5))} 月的评级`)
      .waitFor();
    await page.getByRole('button', { name: '定格', exact: true }).click();
    await page.getByText(`${period} 评级已定格`).waitFor();
    await page.getByText('这个月的评级已定格').waitFor();
    await page.getByRole('button', { name: '重新开放' }).waitFor();
    const frozen = await api(w.admin).get(`/communities/${w.id}/grid-ratings?period=${period}`);
    expect(frozen.body.frozen).toBe(true);

    await visit(page, '/leaderboard', '排行榜', 'leaderboard');
    await page.getByText('服务时长').click();
    await page.getByRole('columnheader', { name: '服务时长（小时）' }).waitFor();

    await visit(page, '/audit', '操作日志', 'audit');
    await page.getByLabel('操作').click();
    await page.getByRole('option', { name: '定格网格评级' }).click();
    await page.getByRole('button', { name: '查询' }).click();
    // The unfiltered list has such a row too: wait for the filtered answer, one row and a header.
    await eventually(async () => expect(await page.getByRole('row').count()).toBe(2));
    await row(page, '定格网格评级').waitFor();

    // Unfiltered, the log reads as sentences in Chinese: who did what to which thing, when —
    // no action codes, ids or JSON; the raw record is one click away.
    await visit(page, '/audit', '操作日志', 'audit');
    const me = (await api(w.admin).get('/me').expect(200)).body;
    await row(page, '定格网格评级').getByText(`${me.name} 定格网格评级`).waitFor();
    await page.getByText(`月份：${period}`).first().waitFor();
    const table = await page.locator('.el-table__body').innerText();
    expect(table).not.toMatch(/\b[a-z_]+\.[a-z_]+\b/);
    expect(table).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(table).not.toContain('{"');
    await expectAccessible(page);
    await shot(page, 'console-audit');
    await page.locator('.el-table__expand-icon').first().click();
    await page.getByLabel('原始记录').getByText('grid_ratings.freeze').waitFor();
    await shot(page, 'console-audit-raw');
  });

  it('7. downloads exports with one click, readable in Excel', async () => {
    const page = await browser.desk(w.admin);
    await visit(page, '/exports', '数据导出', 'exports');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row(page, '心愿').first().getByRole('button', { name: 'Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^Community .*-心愿-\d{4}-\d{2}-01至\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const book = new Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const header = (book.worksheets[0].getRow(1).values as string[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['提交时间', '网格', '状态', '心愿', '志愿者']));
    expect(book.worksheets[0].rowCount).toBeGreaterThan(1);
  });

  it('8. keeps the record on time: overdue list, correction requests, certificates and the recognition settings', async () => {
    const v = await createMember(t.http, w.admin, w.id, ['resident', 'volunteer'], {
      name: '周志愿',
      gridId: w.gridId,
    });
    const local = (daysAgo: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
        new Date(Date.now() - daysAgo * 86_400_000),
      );
    // A report three weeks old nobody decided: overdue. Another approved, with a correction asked.
    await api(v)
      .post('/service-records', { date: local(21), minutes: 45, description: '帮忙整理图书角' })
      .expect(201);
    const done = await api(v)
      .post('/service-records', { date: local(3), minutes: 60, description: '消防通道巡查' })
      .expect(201);
    await api(w.worker).post(`/service-records/${done.body.id}/approve`).expect(200);
    await api(v)
      .post('/me/record-corrections', {
        kind: 'report',
        lineId: done.body.id,
        minutes: 90,
        reason: '巡查了一个半小时',
      })
      .expect(201);
    const cert = await api(v)
      .post('/me/certificates', { from: local(10), to: local(0) })
      .expect(201);

    const page = await browser.desk(w.admin);
    await page.goto(`${base}/console/`);
    await page.getByRole('link', { name: /逾期未记录服务\s*[1-9]\d*\s*件/ }).waitFor();
    await page.getByRole('link', { name: /记录更正申请\s*[1-9]\d*\s*件/ }).waitFor();

    await visit(page, '/overdue', '逾期未记录', 'overdue');
    await row(page, '自主服务上报 45 分钟').filter({ hasText: '周志愿' }).waitFor();

    await visit(page, '/corrections', '记录更正申请', 'corrections');
    const asked = row(page, '周志愿').filter({ hasText: '巡查了一个半小时' });
    await asked.getByRole('button', { name: '同意更正' }).click();
    // The toast says the points as posted (the rules earlier tests set decide how many).
    await eventually(async () => {
      const [c] = (await api(v).get('/me/record-corrections').expect(200)).body.items;
      expect(c.status).toBe('accepted');
    });
    const [accepted] = (await api(v).get('/me/record-corrections').expect(200)).body.items;
    await page
      .getByText(accepted.pointsDelta ? `已更正，补发 ${accepted.pointsDelta} 积分` : '已更正')
      .waitFor();
    const record = await api(v).get('/me/service-record').expect(200);
    expect(record.body.totals.minutes).toBe(90);

    await visit(page, '/certificates', '服务证明', 'certificates');
    const line = row(page, cert.body.code);
    await line.getByRole('button', { name: '撤销' }).click();
    await dialog(page, '撤销证明').getByRole('textbox').fill('时长已更正，请重新开具');
    await dialog(page, '撤销证明').getByRole('button', { name: '确认撤销' }).click();
    await row(page, cert.body.code).getByText('时长已更正，请重新开具').waitFor();
    const verify = await t.http.get(`/api/v1/public/certificates/${cert.body.code}`).expect(200);
    expect(verify.body.status).toBe('revoked');

    // A training: on the record as training, not as service hours.
    await visit(page, '/activities', '志愿活动', 'activities');
    await newActivity(page, '应急救护培训', new Date(Date.now() + 3 * 86_400_000), {
      training: true,
    });
    await row(page, '应急救护培训').getByText('培训', { exact: true }).waitFor();
    const acts = await api(w.admin).get('/activities').expect(200);
    expect(
      acts.body.items.find((a: { title: string }) => a.title === '应急救护培训'),
    ).toMatchObject({ isTraining: true });

    await visit(page, '/recognition', '荣誉与证明设置', 'recognition');
    await page.getByLabel('一星志愿者所需小时').fill('50');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('已保存').waitFor();
    const settings = await api(w.admin).get(`/communities/${w.id}/recognition`).expect(200);
    expect(settings.body.starHours[0]).toBe(50);
  }, 90_000);

  it('tells staff of waiting work live: a badge in the header, 消息, and a link into the queue', async () => {
    // The other tests' events first: a worker joining later does not hear of those.
    const dispatcher = t.app.get(DispatcherService);
    await dispatcher.drain();
    const worker = await createMember(t.http, w.admin, w.id, ['grid_worker'], {
      gridId: w.gridId,
    });
    const page = await browser.desk(worker);
    await page.goto(`${base}/console/`);
    const bell = page.getByRole('button', { name: /^消息/ });
    await bell.waitFor();
    expect(await bell.textContent()).not.toContain('未读');
    await qrWish(t.http, w.intakeToken, { title: '帮忙修门锁' });
    await dispatcher.drain();
    // Live: no reload, the header counts it within a few seconds.
    await eventually(async () => expect(await bell.textContent()).toContain('，1 条未读'));
    // The work bench's counts follow too.
    await page.getByRole('link', { name: /待审核心愿\s*[1-9]\d*\s*件/ }).waitFor();
    await expectAccessible(page);
    await shot(page, 'console-bell');
    await bell.click();
    await page.getByRole('heading', { name: '消息', level: 1 }).waitFor();
    await row(page, '新心愿待审核').getByText('「帮忙修门锁」等待审核。').waitFor();
    await expectAccessible(page);
    await shot(page, 'console-inbox');
    await row(page, '新心愿待审核').getByRole('button', { name: '去处理' }).click();
    await page.getByRole('heading', { name: '心愿审核', level: 1 }).waitFor();
    await row(page, '帮忙修门锁').waitFor();
    await eventually(async () => expect(await bell.textContent()).not.toContain('未读'));

    // On the phone, the same kind of notice leads into the console, the other page bundle.
    await qrWish(t.http, w.intakeToken, { title: '帮忙搬花盆' });
    await dispatcher.drain();
    const phone = await browser.phone(worker);
    await phone.goto(`${base}/app/notifications`);
    await phone.getByText('「帮忙搬花盆」等待审核。', { exact: false }).click();
    await phone.waitForURL('**/console/review');
    await phone.getByRole('heading', { name: '心愿审核', level: 1 }).waitFor();
    const inbox = await t.http.get('/api/v1/me/notifications').set(bearer(worker)).expect(200);
    expect(inbox.body.unread).toBe(0);
  }, 60_000);
});
