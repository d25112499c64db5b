import type { Page } from 'playwright-core';
import { bearer, PASSWORD } from '../factories/actors';
import { wishBody } from '../factories/wishes';
import { DispatcherService } from 'src/notifications/dispatcher.service';
import { approvedReport } from '../factories/service';
import { setRules, volunteerOf, type World } from '../factories/world';
import { testClock } from '../helpers/clock';
import {
  describeBrowser,
  doubleTap,
  eventually,
  expectAccessible,
  expectChineseRenders,
  launchPhones,
  qrCamera,
  shot,
  type PhoneBrowser,
} from '../helpers/phone-browser';
import type { TestApp } from '../helpers/test-app';
import { closePhoneApp, openPhoneApp } from './phone-app';

/** The volunteer's jobs in the phone app, at phone size, found by what a person reads. */
describeBrowser('phone app: volunteers', () => {
  let t: TestApp;
  let base: string;
  let phones: PhoneBrowser;
  let w: World;
  let otherGrid: string;

  beforeAll(async () => {
    ({ t, base, phones, w } = await openPhoneApp());
    const grid = await t.http
      .post(`/api/v1/communities/${w.id}/grids`)
      .set(bearer(w.admin))
      .send({ name: '第二网格' })
      .expect(201);
    otherGrid = grid.body.id;
  }, 120_000);
  afterAll(() => closePhoneApp({ t, phones }));

  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

  async function openWish(title: string, over: Record<string, unknown> = {}) {
    const res = await t.http
      .post('/api/v1/wishes')
      .set(bearer(w.worker))
      .send(
        wishBody({
          title,
          gridId: w.gridId,
          onBehalfOf: { name: '李奶奶', phone: '13812345678', address: '7号楼 3单元 201' },
          ...over,
        }),
      )
      .expect(201);
    return res.body.id as string;
  }

  async function activity(title: string, startsInMinutes: number) {
    const startsAt = new Date(Date.now() + startsInMinutes * 60_000);
    const res = await t.http
      .post('/api/v1/activities')
      .set(bearer(w.worker))
      .send({
        title,
        place: '社区广场',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
        capacity: 10,
      })
      .expect(201);
    return res.body.id as string;
  }

  it('finds open wishes of their grid first, filters them, and claims, completes and releases', async () => {
    const volunteer = await volunteerOf(t.http, w);
    const mine = await openWish('帮忙搬米', { urgency: 'urgent' });
    await openWish('修理门锁', { urgency: 'low' });
    await openWish('别的网格的心愿', { gridId: otherGrid });
    const page = await phones.phone(volunteer);
    await page.goto(`${base}/app/wishes`);
    await page.getByText('帮忙搬米').waitFor();
    await expectChineseRenders(page);
    expect(await page.getByText('别的网格的心愿').count()).toBe(0);
    await page.getByRole('button', { name: '全社区' }).click();
    await page.getByText('别的网格的心愿').waitFor();
    await page.getByText('全部紧急程度').click();
    await page.getByRole('menuitem', { name: '紧急', exact: true }).click();
    await page.getByText('修理门锁').waitFor({ state: 'detached' });
    await expectAccessible(page);
    await shot(page, 'volunteer-1-hall');

    await page.getByText('帮忙搬米').click();
    await page.getByText('138****5678').waitFor();
    await page.getByText('接单后可以看到完整的电话和地址').waitFor();
    await doubleTap(page.getByRole('button', { name: '我来帮忙（接单）' }));
    await page.getByText('接单成功').waitFor();
    await page.getByText('13812345678').waitFor();
    await expectAccessible(page);
    await shot(page, 'volunteer-1-claimed');
    await field(page, '完成情况').fill('已经把米搬到厨房');
    await page.getByRole('button', { name: '确认已完成' }).click();
    await page.getByText('已完成！居民评价后积分会发到您的账户。').waitFor();
    const done = await t.http.get(`/api/v1/wishes/${mine}`).set(bearer(volunteer)).expect(200);
    expect(done.body).toMatchObject({ status: 'completed', completionNote: '已经把米搬到厨房' });
    // Spoken to the volunteer, not the resident: nothing asks them to rate their own help.
    await page.reload();
    await page.getByText('已完成，等待居民评价').waitFor();
    expect(await page.getByText('请您评价').count()).toBe(0);

    const other = await openWish('帮忙挂窗帘');
    await page.goto(`${base}/app/wishes/${other}`);
    await page.getByRole('button', { name: '我来帮忙（接单）' }).click();
    await page.getByText('接单成功').waitFor();
    await page.goto(`${base}/app/wishes`);
    await page.getByRole('button', { name: '我接的单' }).click();
    await page.getByText('帮忙挂窗帘').waitFor();
    await page.getByText('已完成，等待居民评价').waitFor();
    // Into a wish and back: the hall is still on 我接的单.
    await page.getByText('帮忙搬米').click();
    await page.getByText('具体说明').waitFor();
    await page.goBack();
    await page.getByText('帮忙挂窗帘').waitFor();
    expect(await page.getByRole('button', { name: '我接的单' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.getByText('帮忙挂窗帘').click();
    await page.getByRole('button', { name: '帮不了，退回心愿' }).click();
    await page.getByText('已退回').waitFor();
    const released = await t.http.get(`/api/v1/wishes/${other}`).set(bearer(volunteer)).expect(200);
    expect(released.body).toMatchObject({ status: 'open', claimerId: null });
  }, 90_000);

  it('signs up to an activity and withdraws', async () => {
    const volunteer = await volunteerOf(t.http, w);
    const id = await activity('周末义诊', 24 * 60);
    const page = await phones.phone(volunteer);
    await page.goto(`${base}/app/activities`);
    await page.getByText('周末义诊').waitFor();
    await page.getByRole('button', { name: '报名参加' }).first().click();
    await page.getByText('已报名「周末义诊」').waitFor();
    let seen = await t.http.get(`/api/v1/activities/${id}`).set(bearer(volunteer)).expect(200);
    expect(seen.body).toMatchObject({ signedUp: 1, signedUpByMe: true });
    await expectAccessible(page);
    await shot(page, 'volunteer-2-activities');
    await page.getByRole('button', { name: '取消报名' }).first().click();
    await page.getByText('已取消「周末义诊」的报名').waitFor();
    seen = await t.http.get(`/api/v1/activities/${id}`).set(bearer(volunteer)).expect(200);
    expect(seen.body).toMatchObject({ signedUp: 0, signedUpByMe: false });

    // Once an activity has begun, withdrawing is refused by the server: not offered either.
    // (Signed up yesterday, for an activity that began an hour ago.)
    const clock = testClock(t.app);
    clock.at(new Date(Date.now() - 24 * 3_600_000));
    let begun: string;
    try {
      begun = await activity('早市志愿', -60);
      await t.http.post(`/api/v1/activities/${begun}/signups`).set(bearer(volunteer)).expect(201);
    } finally {
      clock.reset();
    }
    await t.http
      .delete(`/api/v1/activities/${begun}/signups/me`)
      .set(bearer(volunteer))
      .expect(409);
    await page.reload();
    // The activities are listed soonest first: 早市志愿, begun, then 周末义诊, tomorrow.
    await page.getByText('活动已开始，到现场后请扫码签到').waitFor();
    expect(await page.getByRole('button', { name: '取消报名' }).count()).toBe(0);
    await shot(page, 'volunteer-2-activity-begun');
  }, 60_000);

  it("checks in by opening the organiser's QR link (after logging in) and out by typing the code", async () => {
    const volunteer = await volunteerOf(t.http, w);
    const id = await activity('楼道清洁', -10);
    // Started ten minutes ago: the QR is on the organiser's screen at the door.
    const code = await t.http
      .get(`/api/v1/activities/${id}/checkin-code`)
      .set(bearer(w.worker))
      .expect(200);
    expect(code.body.link).toMatch(new RegExp(`/checkin\\?a=${id}&c=${code.body.code}$`));
    const page = await phones.phone();
    await page.goto(code.body.link.replace(/^https?:\/\/[^/]+/, base));
    await field(page, '手机号').fill(volunteer.phone);
    await field(page, '密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('请先报名这个活动').waitFor();
    await t.http.post(`/api/v1/activities/${id}/signups`).set(bearer(volunteer)).expect(201);
    await page.goto(code.body.link.replace(/^https?:\/\/[^/]+/, base));
    await page.getByText('签到成功！').waitFor();
    await expectAccessible(page);
    await shot(page, 'volunteer-3-checked-in');
    await page.reload();
    await page.getByRole('button', { name: '查看我的活动' }).waitFor();
    expect(await page.getByText('签退成功').count()).toBe(0);

    await page.goto(`${base}/app/activities`);
    await page.getByText('已签到，活动结束时请签退').waitFor();
    await field(page, '签到码').fill('000000');
    await page.getByRole('button', { name: '签退：楼道清洁' }).click();
    await page.getByText('签到码不对或已过期').waitFor();
    const fresh = await t.http
      .get(`/api/v1/activities/${id}/checkin-code`)
      .set(bearer(w.worker))
      .expect(200);
    await field(page, '签到码').fill(fresh.body.code);
    await page.getByRole('button', { name: '签退' }).click();
    await page.getByText('签退成功！').waitFor();
    const attendances = await t.http
      .get(`/api/v1/activities/${id}/attendances`)
      .set(bearer(w.worker))
      .expect(200);
    expect(attendances.body.items).toEqual([
      expect.objectContaining({ volunteerId: volunteer.id, status: 'closed' }),
    ]);
  }, 90_000);

  it("checks in by filming the organiser's QR with the phone camera", async () => {
    const volunteer = await volunteerOf(t.http, w);
    const id = await activity('垃圾分类宣传', -5);
    await t.http.post(`/api/v1/activities/${id}/signups`).set(bearer(volunteer)).expect(201);
    const code = await t.http
      .get(`/api/v1/activities/${id}/checkin-code`)
      .set(bearer(w.worker))
      .expect(200);
    const camera = await launchPhones(base, {
      camera: await qrCamera(code.body.link.replace(/^https?:\/\/[^/]+/, base)),
    });
    try {
      const page = await camera.phone(volunteer);
      await page.goto(`${base}/app/activities`);
      await page.getByText('扫描组织者的二维码').click();
      await page.getByText('签到成功！').waitFor();
      await shot(page, 'volunteer-3-camera-check-in');
      const seen = await t.http.get(`/api/v1/activities/${id}`).set(bearer(volunteer)).expect(200);
      expect(seen.body.myAttendance).toBe('open');
      expect(camera.outside).toEqual([]);
    } finally {
      await camera.close();
    }
  }, 60_000);

  it('reports service of their own for review', async () => {
    const volunteer = await volunteerOf(t.http, w);
    const page = await phones.phone(volunteer);
    await page.goto(`${base}/app/service`);
    await field(page, '时长(分钟)').fill('90');
    await field(page, '做了什么').fill('帮孤寡老人打扫卫生');
    await expectAccessible(page);
    await doubleTap(page.getByRole('button', { name: '提交审核' }));
    await page.getByText('已上报，网格员审核通过后发放积分。').waitFor();
    await shot(page, 'volunteer-4-service');
    const records = await t.http
      .get('/api/v1/service-records')
      .set(bearer(w.worker))
      .query({ status: 'pending' });
    const theirs = records.body.items.filter(
      (r: { volunteerId: string }) => r.volunteerId === volunteer.id,
    );
    expect(theirs).toEqual([
      expect.objectContaining({ minutes: 90, description: '帮孤寡老人打扫卫生' }),
    ]);
    // The page lists their reports and what became of them.
    const mine = page.locator('.mine');
    await mine.getByText('帮孤寡老人打扫卫生').waitFor();
    await mine.getByText('待审核').waitFor();
    const approved = await t.http
      .post(`/api/v1/service-records/${theirs[0].id}/approve`)
      .set(bearer(w.worker))
      .send({})
      .expect(200);
    await page.reload();
    await mine.getByText(`已通过，得 ${approved.body.points} 分`).waitFor();
    await shot(page, 'volunteer-4-service-list');
  }, 60_000);

  it('reads points, the statement, points expiring soon and service hours', async () => {
    await setRules(t.http, w, { expiry: { mode: 'months', months: 1 } });
    const volunteer = await volunteerOf(t.http, w);
    // Earned five days ago under a one-month expiry: it lapses within 30 days.
    const clock = testClock(t.app);
    clock.at(new Date(Date.now() - 5 * 86_400_000));
    await t.http
      .post(`/api/v1/members/${volunteer.id}/points/adjustments`)
      .set(bearer(w.admin))
      .send({ delta: 35, reason: '表彰' })
      .expect(201);
    clock.reset();
    const page = await phones.phone(volunteer);
    await page.goto(`${base}/app/points`);
    await page.getByLabel('积分余额').getByText('35').waitFor();
    await page.getByText('+35').waitFor();
    await page.getByText('积分调整').waitFor();
    await page.getByText('即将过期').waitFor();
    await page.getByText('本月').waitFor();
    await expectAccessible(page);
    await shot(page, 'volunteer-5-points');
    await setRules(t.http, w, { expiry: { mode: 'none' } });
  }, 60_000);

  it('shows a member card QR that renews itself, and says plainly when it has expired', async () => {
    const volunteer = await volunteerOf(t.http, w);
    const page = await phones.phone(volunteer);
    await page.clock.install();
    let cards = 0;
    let offline = false;
    await page.route('**/api/v1/me/card**', (route) => {
      cards++;
      return offline ? route.abort() : route.continue();
    });
    await page.goto(`${base}/app/card`);
    const qr = page.getByRole('img', { name: '积分卡二维码' });
    await qr.waitFor();
    const first = await qr.getAttribute('src');
    await expectAccessible(page);
    await shot(page, 'volunteer-6-card');
    await page.clock.fastForward('04:05');
    await eventually(() => expect(cards).toBe(2));
    await eventually(async () => expect(await qr.getAttribute('src')).not.toBe(first));

    offline = true;
    await page.clock.fastForward('04:05');
    await page.getByText('网络不通，请检查网络后重试').waitFor();
    await page.clock.fastForward('01:00');
    await page.getByText('二维码已过期').waitFor();
    expect(await qr.count()).toBe(0);
    await shot(page, 'volunteer-6-card-expired');
    offline = false;
    await page.getByRole('button', { name: '刷新二维码' }).click();
    await qr.waitFor();
  }, 60_000);

  it('sees a new wish of their grid arrive as a live badge, reads it in 消息 and follows it', async () => {
    // The other tests' events first: a volunteer joining later does not hear of those.
    await t.app.get(DispatcherService).drain();
    const volunteer = await volunteerOf(t.http, w);
    const page = await phones.phone(volunteer);
    await page.goto(`${base}/app/points`);
    const tab = page.getByRole('tab', { name: /消息/ });
    await tab.waitFor();
    expect(await tab.textContent()).not.toContain('未读');
    const id = await openWish('帮忙取快递');
    await t.app.get(DispatcherService).drain();
    // Live: no reload, the badge counts it within a few seconds.
    await eventually(async () => expect(await tab.textContent()).toContain('，1 条未读'));
    await expectAccessible(page);
    await tab.click();
    await page.getByText('网格有新心愿').waitFor();
    await page.getByText('「帮忙取快递」等待志愿者接单，快去看看吧。', { exact: false }).waitFor();
    await page.getByText('未读', { exact: true }).waitFor();
    await expectAccessible(page);
    await expectChineseRenders(page);
    await shot(page, 'volunteer-7-inbox');
    await page.getByText('网格有新心愿').click();
    await page.waitForURL(`**/app/wishes/${id}`);
    await page.getByText('帮忙取快递').first().waitFor();
    const unread = await t.http.get('/api/v1/me/notifications').set(bearer(volunteer)).expect(200);
    expect(unread.body.unread).toBe(0);
  }, 60_000);

  it('reads the service record by year, asks for a correction, and issues a certificate a school can verify', async () => {
    const volunteer = await volunteerOf(t.http, w);
    const serve = (daysAgo: number, minutes: number, description: string) =>
      approvedReport(t.http, w.worker, volunteer, daysAgo, minutes, description);
    await serve(2, 90, '陪独居老人聊天');
    await serve(1, 60, '清理楼道杂物');

    const page = await phones.phone(volunteer);
    await page.goto(`${base}/app`);
    await page.getByText('我的服务记录').waitFor();
    await page.getByText('志愿者 · 累计 2.5 小时').waitFor();
    await page.getByText('我的服务记录').click();
    await page
      .getByRole('heading', { name: '我的服务记录' })
      .or(page.getByText('开具服务证明'))
      .first()
      .waitFor();
    await page.getByText('再服务 97.5 小时成为一星志愿者').waitFor();
    await page.getByText('陪独居老人聊天').waitFor();
    await expectAccessible(page);
    await expectChineseRenders(page);
    await shot(page, 'volunteer-5-service-record');

    await page.getByRole('button', { name: '申请更正：清理楼道杂物' }).click();
    await page.getByLabel('应为(分钟)').fill('120');
    await page.getByLabel('更正原因').fill('签退时忘记扫码');
    await shot(page, 'volunteer-5-correction');
    await page.getByRole('button', { name: '提交更正申请' }).click();
    await page.getByText('更正申请已提交，等待网格员处理，结果会通知您。').waitFor();
    await page.getByText('等待处理').waitFor();
    const asked = await t.http
      .get('/api/v1/me/record-corrections')
      .set(bearer(volunteer))
      .expect(200);
    expect(asked.body.items[0]).toMatchObject({
      fromMinutes: 60,
      toMinutes: 120,
      status: 'pending',
    });
    await t.http
      .post(`/api/v1/record-corrections/${asked.body.items[0].id}/accept`)
      .set(bearer(w.worker))
      .send({})
      .expect(200);
    await page.reload();
    await page.getByText('已更正').waitFor();
    await page.getByText('补发 10 积分').waitFor();

    await page
      .getByRole('link', { name: '开具服务证明' })
      .or(page.getByRole('button', { name: '开具服务证明' }))
      .first()
      .click();
    await page.getByRole('button', { name: '开具证明' }).waitFor();
    await page.getByRole('button', { name: '开具证明' }).click();
    await page.getByText(/^证明已开具，核验码/).waitFor();
    await page.getByText('服务 2 次，共 3.5 小时').waitFor();
    const qr = page.getByRole('img', { name: /^核验二维码/ });
    await qr.waitFor();
    await expectAccessible(page);
    await shot(page, 'volunteer-6-certificate');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载证明（PDF）' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(
      /^志愿服务证明-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\.pdf$/,
    );
    const [credential] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载电子凭证' }).click(),
    ]);
    expect(credential.suggestedFilename()).toMatch(/\.jwt$/);

    // What the QR code shows a school: the verification page, in Chinese, elder-sized.
    const mine = await t.http.get('/api/v1/me/certificates').set(bearer(volunteer)).expect(200);
    const school = await phones.phone();
    await school.goto(`${base}/verify/${mine.body.items[0].code}`);
    await school.getByText('✓ 证明有效').waitFor();
    await school.getByText('3.5 小时').waitFor();
    await expectAccessible(school);
    await expectChineseRenders(school);
    await shot(school, 'verify-1-valid');
  }, 90_000);
});
