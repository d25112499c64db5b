import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { bearer, createMember, loginPlatformAdmin, type Actor } from './factories/actors';
import { world, type World } from './factories/world';
import { toCompleted, wishBody } from './factories/wishes';
import { testClock } from './helpers/clock';
import { startApp, type TestApp } from './helpers/test-app';
import { bytes } from './helpers/binary';

/** Today's date in Shanghai, where the fixture community lives. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('exports a community worker can read', () => {
  let t: TestApp;
  let w: World;
  let volunteer: Actor;
  let resident: Actor;
  let wishId: string;

  // Straight to the app: Prism's proxy re-encodes binary answers as text.
  const binary = (path: string, actor: Actor) =>
    t.direct
      .get(`/api/v1/communities/${w.id}/exports/${path}`)
      .set(bearer(actor))
      .buffer(true)
      .parse(bytes);
  const csv = async (path: string) => {
    const res = await binary(path, w.admin).expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    return parse((res.body as Buffer).toString('utf8'), { bom: true }) as string[][];
  };
  const xlsx = async (path: string) => {
    const res = await binary(path, w.admin).expect(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new Workbook();
    await book.xlsx.load(res.body);
    const sheet = book.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { sheet, rows };
  };
  /** Rows as objects keyed by the header row. */
  const keyed = (rows: unknown[][]) =>
    rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [String(h), r[i] ?? ''])));

  beforeAll(async () => {
    t = await startApp();
    w = await world(t.http, await loginPlatformAdmin(t.http));
    volunteer = await createMember(t.http, w.admin, w.id, ['resident', 'volunteer'], {
      gridId: w.gridId,
      name: '王小明',
      phone: '13912345678',
    });
    resident = await createMember(t.http, w.admin, w.id, ['resident'], {
      gridId: w.gridId,
      name: '李阿姨',
    });
    const wish = await t.http
      .post('/api/v1/wishes')
      .set(bearer(resident))
      .send(wishBody({ title: '=HYPERLINK("http://evil","点我")' }))
      .expect(201);
    wishId = wish.body.id as string;
    await toCompleted(t.http, wishId, w.worker, volunteer);
    await t.http
      .post(`/api/v1/wishes/${wishId}/feedback`)
      .set(bearer(resident))
      .send({ rating: 5 })
      .expect(200);

    // An activity on the morning of 31 December, Beijing time: a 07:00 check-in is 23:00 UTC
    // on the 30th, and must be listed under the 31st.
    const clock = testClock(t.app);
    clock.at('2026-12-30T12:00:00+08:00');
    const act = await t.http
      .post('/api/v1/activities')
      .set(bearer(w.worker))
      .send({
        title: '元旦前大扫除',
        startsAt: '2026-12-31T06:30:00+08:00',
        endsAt: '2026-12-31T09:00:00+08:00',
        capacity: 10,
      })
      .expect(201);
    await t.http
      .post(`/api/v1/activities/${act.body.id}/signups`)
      .set(bearer(volunteer))
      .expect(201);
    clock.at('2026-12-31T12:00:00+08:00');
    await t.http
      .post(`/api/v1/activities/${act.body.id}/attendances/${volunteer.id}/mark`)
      .set(bearer(w.worker))
      .send({ checkInAt: '2026-12-31T07:00:00+08:00', checkOutAt: '2026-12-31T08:30:00+08:00' })
      .expect(200);
    clock.reset();
  });
  afterAll(() => t?.close());

  it('speaks Chinese by default: headers, names with masked phones, local times, words for codes', async () => {
    const rows = await csv(`wishes.csv?from=${today()}&to=${today()}`);
    expect(rows[0]).toEqual(
      expect.arrayContaining(['提交时间', '网格', '状态', '心愿', '联系电话', '志愿者']),
    );
    expect(rows[0]).not.toContain('id');
    const [row] = keyed(rows);
    expect(row['志愿者']).toBe('王小明（139****5678）');
    expect(row['网格']).toBe('Grid A');
    expect(row['状态']).toBe('已完成');
    expect(row['满意度评分']).toBe('5');
    expect(row['联系电话']).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(row['提交时间']).toMatch(new RegExp(`^${today()} \\d{2}:\\d{2}$`));
    expect(row['心愿']).toBe(`'=HYPERLINK("http://evil","点我")`);
  });

  it('lists hours by the local day, with the activity title rather than its id', async () => {
    const rows = keyed(await csv('hours.csv?from=2026-12-31&to=2026-12-31'));
    expect(rows).toEqual([
      expect.objectContaining({
        类型: '活动签到',
        志愿者: '王小明（139****5678）',
        日期: '2026-12-31',
        活动: '元旦前大扫除',
        签到时间: '2026-12-31 07:00',
        签退时间: '2026-12-31 08:30',
        '时长（分钟）': '90',
      }),
    ]);
    expect(keyed(await csv('hours.csv?from=2026-12-30&to=2026-12-30'))).toEqual([]);
  });

  it('keeps stable machine headers, ids and UTC times with ?headers=codes', async () => {
    const rows = keyed(await csv(`wishes.csv?from=${today()}&to=${today()}&headers=codes`));
    expect(rows[0]).toMatchObject({
      id: wishId,
      status: 'closed',
      claimer_id: volunteer.id,
      claimer: '王小明',
      title: `'=HYPERLINK("http://evil","点我")`,
    });
    expect(rows[0].created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const hours = keyed(await csv('hours.csv?from=2026-12-31&to=2026-12-31&headers=codes'));
    expect(hours[0]).toMatchObject({ date: '2026-12-31', activity: '元旦前大扫除' });
    expect(hours[0].check_in_at).toBe('2026-12-30T23:00:00.000Z');
  });

  it('writes the same as .xlsx: text cells, never formulas, with a Chinese file name', async () => {
    const { sheet, rows } = await xlsx(`wishes.xlsx?from=${today()}&to=${today()}`);
    expect(sheet.name).toBe('心愿');
    const [row] = keyed(rows);
    expect(row['志愿者']).toBe('王小明（139****5678）');
    const titleCol = (rows[0] as string[]).indexOf('心愿') + 1;
    const cell = sheet.getRow(2).getCell(titleCol);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(`'=HYPERLINK("http://evil","点我")`);

    const res = await binary(`hours.xlsx?from=2026-12-31&to=2026-12-31`, w.admin).expect(200);
    expect(res.headers['content-disposition']).toContain(
      'filename="hours-2026-12-31-2026-12-31.xlsx"',
    );
    expect(decodeURIComponent(res.headers['content-disposition'].split("UTF-8''")[1])).toBe(
      `Community ${w.code}-服务时长-2026-12-31至2026-12-31.xlsx`,
    );
    const hours = keyed((await xlsx('hours.xlsx?from=2026-12-31&to=2026-12-31')).rows);
    expect(hours[0]).toMatchObject({
      日期: '2026-12-31',
      活动: '元旦前大扫除',
      '时长（分钟）': 90,
    });
  });

  it('names people in points entries and redemptions', async () => {
    const entries = keyed(await csv(`points-entries.csv?from=${today()}&to=${today()}`));
    expect(entries.map((e) => [e['账户'], e['类型'], e['积分变动']])).toEqual(
      expect.arrayContaining([
        ['王小明（139****5678）', '心愿服务', '10'],
        ['社区积分发放账户', '心愿服务', '-10'],
      ]),
    );
    const get = (path: string, actor: Actor) =>
      t.http.get(`/api/v1/communities/${w.id}/exports/${path}`).set(bearer(actor));
    await get(`redemptions.pdf?from=${today()}&to=${today()}`, w.admin).expect(404);
    await get(`wishes?from=${today()}&to=${today()}`, w.admin).expect(404);
    await get(`wishes.csv?from=${today()}&to=${today()}&headers=zh`, w.admin).expect(400);
    await get(`wishes.xlsx?from=${today()}&to=${today()}`, w.worker).expect(403);
  });
});
