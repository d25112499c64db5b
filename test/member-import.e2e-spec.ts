import { Workbook } from 'exceljs';
import { bearer, createMember, login, loginPlatformAdmin, type Actor } from './factories/actors';
import { nextPhone } from './factories/phones';
import { world, type World } from './factories/world';
import { startApp, type TestApp } from './helpers/test-app';
import { bytes } from './helpers/binary';

const HEADER = ['姓名', '手机号', '角色', '网格', '住址', '初始密码', '志愿者特长'];

async function xlsxOf(rows: (string | number)[][]): Promise<string> {
  const book = new Workbook();
  const sheet = book.addWorksheet('成员');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('member import from a spreadsheet', () => {
  let t: TestApp;
  let w: World;
  let existing: Actor;

  const send = (body: Record<string, unknown>, actor: Actor = w.admin) =>
    t.http
      .post(`/api/v1/communities/${w.id}/members/import`)
      .set(bearer(actor))
      .send({ fileName: '成员名单.xlsx', defaultPassword: 'welcome-2026', ...body });
  const memberCount = async () => {
    let n = 0;
    let cursor: string | null = null;
    do {
      const page: { body: { items: unknown[]; nextCursor: string | null } } = await t.http
        .get(`/api/v1/communities/${w.id}/members?limit=100${cursor ? `&cursor=${cursor}` : ''}`)
        .set(bearer(w.admin))
        .expect(200);
      n += page.body.items.length;
      cursor = page.body.nextCursor;
    } while (cursor);
    return n;
  };

  beforeAll(async () => {
    t = await startApp();
    w = await world(t.http, await loginPlatformAdmin(t.http));
    existing = await createMember(t.http, w.admin, w.id, ['resident']);
  });
  afterAll(() => t?.close());

  it('checks every row in a dry run, writes nothing, then creates exactly the good rows once', async () => {
    const [p1, p2, p3, p4] = [nextPhone(), nextPhone(), nextPhone(), nextPhone()];
    const file = await xlsxOf([
      HEADER,
      ['张三', p1, '居民', 'Grid A', '3 号楼 201', '', ''],
      ['李四', '12345', '居民', '', '', '', ''],
      ['王五', p1, '', '', '', '', ''],
      ['赵六', p2, '厨师', '', '', '', ''],
      ['钱七', p3, '居民', '不存在的网格', '', '', ''],
      ['老住户', existing.phone, '居民', '', '', '', ''],
      ['孙八', p4, '志愿者、居民', 'Grid A', '', 'own-password-1', 'repair、elder_care'],
      ['', '', '', '', '', '', ''],
    ]);
    const before = await memberCount();

    const dry = await send({ content: file, dryRun: true }).expect(200);
    expect(dry.body).toMatchObject({
      dryRun: true,
      toCreate: 2,
      skipped: 1,
      errors: 4,
      created: 0,
    });
    const byRow = Object.fromEntries(
      (dry.body.rows as { row: number; action: string; problems: string[] }[]).map((r) => [
        r.row,
        r,
      ]),
    );
    expect(byRow[2]).toMatchObject({ action: 'create', problems: [] });
    expect(byRow[3]).toMatchObject({ action: 'error', problems: ['手机号应为 11 位手机号'] });
    expect(byRow[4]).toMatchObject({ action: 'error', problems: ['手机号与第 2 行重复'] });
    expect(byRow[5]).toMatchObject({ action: 'error', problems: ['不认识的角色：厨师'] });
    expect(byRow[6]).toMatchObject({ action: 'error', problems: ['没有名为“不存在的网格”的网格'] });
    expect(byRow[7]).toMatchObject({ action: 'skip' });
    expect(byRow[8]).toMatchObject({ action: 'create', roles: ['volunteer', 'resident'] });
    expect(byRow[10]).toBeUndefined();
    expect(await memberCount()).toBe(before);
    await t.http
      .post('/api/v1/auth/login')
      .send({ phone: p1, password: 'welcome-2026' })
      .expect(401);

    const done = await send({ content: file, dryRun: false }).expect(200);
    expect(done.body).toMatchObject({ dryRun: false, toCreate: 2, created: 2, errors: 4 });
    expect(await memberCount()).toBe(before + 2);
    const zhang = await login(t.http, p1, 'welcome-2026');
    const me = await t.http.get('/api/v1/me').set(bearer(zhang)).expect(200);
    expect(me.body).toMatchObject({ name: '张三', roles: ['resident'], gridId: w.gridId });
    const sun = await login(t.http, p4, 'own-password-1');
    const profile = await t.http.get(`/api/v1/members/${sun.id}`).set(bearer(w.admin)).expect(200);
    expect(profile.body.volunteer).toMatchObject({
      status: 'approved',
      skills: ['repair', 'elder_care'],
    });

    const again = await send({ content: file, dryRun: false }).expect(200);
    expect(again.body).toMatchObject({ created: 0, toCreate: 0, skipped: 3, errors: 4 });
    expect(await memberCount()).toBe(before + 2);

    const audit = await t.http
      .get(`/api/v1/audit-log?action=member.import`)
      .set(bearer(w.admin))
      .expect(200);
    expect(audit.body.items.map((e: { after: { created: number } }) => e.after.created)).toEqual([
      0, 2,
    ]);
  });

  it('reads a CSV saved by Excel on Chinese Windows (GB18030)', async () => {
    const phone = nextPhone();
    // 姓名,手机号 / 张三,<phone> in GB18030 bytes.
    const csv = Buffer.concat([
      Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0xba, 0xc5, 0x0d, 0x0a]),
      Buffer.from([0xd5, 0xc5, 0xc8, 0xfd, 0x2c]),
      Buffer.from(`${phone}\r\n`, 'ascii'),
    ]);
    const res = await send({
      fileName: 'members.csv',
      content: csv.toString('base64'),
      dryRun: true,
    }).expect(200);
    expect(res.body.rows).toEqual([
      expect.objectContaining({ row: 2, name: '张三', phone, action: 'create' }),
    ]);
  });

  it('refuses what it cannot read with a 400 that says why, and non-admins with 403', async () => {
    const bad = await send({ content: Buffer.from('not a zip').toString('base64'), dryRun: true });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('content');
    const noPhone = await send({ content: await xlsxOf([['姓名'], ['张三']]), dryRun: true });
    expect(noPhone.status).toBe(400);
    expect(noPhone.body.message).toContain('手机号');
    await send({ fileName: 'members.txt', content: 'AAAA', dryRun: true }).expect(400);
    await send({ content: await xlsxOf([HEADER]), dryRun: true }, w.worker).expect(403);
  });

  it('hands out a template whose header the import reads', async () => {
    // Straight to the app: Prism's proxy re-encodes binary answers as text.
    const res = await t.direct
      .get(`/api/v1/communities/${w.id}/members/import-template`)
      .set(bearer(w.admin))
      .buffer(true)
      .parse(bytes)
      .expect(200);
    const book = new Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets.map((s) => s.name)).toEqual(['成员', '填写说明']);
    expect((book.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(HEADER);
    const csv = await t.http
      .get(`/api/v1/communities/${w.id}/members/import-template?format=csv`)
      .set(bearer(w.admin))
      .expect(200);
    expect(csv.text.replace(/^\ufeff/, '').trim()).toBe(HEADER.join(','));
  });

  describe('uploads bounded before they are parsed', () => {
    const b64 = (buf: Buffer | ArrayBuffer) => Buffer.from(buf as ArrayBuffer).toString('base64');

    /** Sends the file while /health is asked every 20 ms; the slowest /health answer in ms. */
    async function whileHealthWatched(body: Record<string, unknown>) {
      let done = false;
      let slowest = 0;
      const watch = (async () => {
        while (!done) {
          const started = Date.now();
          await t.direct.get('/health').expect(200);
          slowest = Math.max(slowest, Date.now() - started);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const started = Date.now();
      const res = await send(body);
      const took = Date.now() - started;
      done = true;
      await watch;
      return { res, took, slowest };
    }

    it('reads only the template’s columns of rows that reach far-off columns, without holding other requests', async () => {
      const book = new Workbook();
      const sheet = book.addWorksheet('成员');
      sheet.addRow(HEADER);
      for (let n = 2; n <= 400; n++) {
        const row = sheet.getRow(n);
        row.getCell(1).value = '张三';
        row.getCell(2).value = nextPhone();
        row.getCell(16_384).value = 'x'; // column XFD
      }
      const content = b64(await book.xlsx.writeBuffer());
      expect(content.length).toBeLessThan(100_000);
      const { res, took, slowest } = await whileHealthWatched({ content, dryRun: true });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ toCreate: 399, errors: 0 });
      // Bounds far above a normal answer (tens of ms) and far below the seconds it took before.
      expect(took).toBeLessThan(5_000);
      expect(slowest).toBeLessThan(1_500);
    });

    it('refuses an .xlsx that unpacks past the limit with 413, however small it is packed', async () => {
      const book = new Workbook();
      const sheet = book.addWorksheet('成员');
      sheet.addRow(HEADER);
      sheet.addRow(['张三', nextPhone(), '居民', '', 'A'.repeat(6 * 1_048_576), '', '']);
      const packed = Buffer.from(await book.xlsx.writeBuffer());
      expect(packed.length).toBeLessThan(100_000);
      const { res, slowest } = await whileHealthWatched({ content: b64(packed), dryRun: true });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
      expect(res.body.details[0].field).toBe('content');
      expect(JSON.stringify(res.body).length).toBeLessThan(1_000);
      expect(slowest).toBeLessThan(1_500);

      // The same file whose directory claims the big part is small: unpacking stops at the limit.
      const lying = Buffer.from(packed);
      for (
        let at = lying.indexOf('PK\x01\x02');
        at >= 0;
        at = lying.indexOf('PK\x01\x02', at + 4)
      ) {
        const name = lying.toString('utf8', at + 46, at + 46 + lying.readUInt16LE(at + 28));
        if (name === 'xl/sharedStrings.xml') lying.writeUInt32LE(100, at + 24);
      }
      const lied = await send({ content: b64(lying), dryRun: true }).expect(413);
      expect(lied.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('refuses more rows than the limit and over-long cells without echoing them; an honest file at the limit passes', async () => {
      const rowsOf = (n: number) =>
        Array.from({ length: n }, (_, i) => [
          `居民${i}`,
          nextPhone(),
          '志愿者、居民',
          'Grid A',
          `幸福里小区 ${i % 40} 号楼 ${i % 6} 单元 ${100 + (i % 30)} 室`,
          'welcome-2026',
          'repair、elder_care',
        ]);
      const atLimit = rowsOf(2000);
      const honest = await send({ content: await xlsxOf([HEADER, ...atLimit]), dryRun: true });
      expect(honest.status).toBe(200);
      expect(honest.body).toMatchObject({ toCreate: 2000, errors: 0 });

      const over = await send({ content: await xlsxOf([HEADER, ...rowsOf(2001)]), dryRun: true });
      expect(over.status).toBe(413);
      expect(over.body.code).toBe('PAYLOAD_TOO_LARGE');
      const farRow = new Workbook();
      const farSheet = farRow.addWorksheet('成员');
      farSheet.addRow(HEADER);
      farSheet.getRow(1_000_000).getCell(1).value = '张三';
      await send({ content: b64(await farRow.xlsx.writeBuffer()), dryRun: true }).expect(413);

      const csvRows = [HEADER, ...rowsOf(2001)].map((r) => r.join(',')).join('\n');
      const csv = await send({
        fileName: 'members.csv',
        content: Buffer.from(csvRows).toString('base64'),
        dryRun: true,
      }).expect(413);
      expect(csv.body.code).toBe('PAYLOAD_TOO_LARGE');

      const secret = 'S'.repeat(501);
      for (const content of [
        await xlsxOf([HEADER, ['张三', nextPhone(), '居民', '', secret, '', '']]),
        Buffer.from(`${HEADER.join(',')}\n张三,${nextPhone()},居民,,${secret},,`).toString(
          'base64',
        ),
      ]) {
        const long = await send({
          content,
          fileName: content.startsWith('UEs') ? 'm.xlsx' : 'm.csv',
          dryRun: true,
        }).expect(400);
        expect(long.body.details[0]).toEqual({
          field: 'content',
          messages: [expect.stringContaining('Row 2, column 5 holds 501 characters')],
        });
        expect(JSON.stringify(long.body)).not.toContain('SSSS');
      }
    });
  });
});
