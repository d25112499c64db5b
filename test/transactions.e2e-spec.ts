import { DataSource } from 'typeorm';
import { AuditEntry } from 'src/common/audit/audit-entry.entity';
import { newId } from 'src/common/ids';
import { insertOrIgnore } from 'src/database/locking';
import { TransactionService } from 'src/database/transaction.service';
import { PointPairMonth } from 'src/points/entities/point-pair-month.entity';
import { startApp, type TestApp } from './helpers/test-app';

describe('TransactionService on the real engine', () => {
  let t: TestApp;
  let tx: TransactionService;
  let ds: DataSource;

  beforeAll(async () => {
    t = await startApp();
    tx = t.app.get(TransactionService);
    ds = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  const entry = (action: string) =>
    Object.assign(new AuditEntry(), {
      id: newId(),
      communityId: null,
      actorId: null,
      action,
      targetType: 'test',
      targetId: 'x',
      before: null,
      after: null,
      requestId: null,
    });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('keeps a committed transaction even when one that overlapped it rolls back', async () => {
    const slowFailing = tx.run(async (m) => {
      await m.save(entry('rolled-back'));
      await sleep(50);
      throw new Error('boom');
    });
    await sleep(10);
    const quick = tx.run(async (m) => {
      await m.save(entry('committed'));
      return 'ok';
    });
    await expect(slowFailing).rejects.toThrow('boom');
    await expect(quick).resolves.toBe('ok');
    const actions = (await ds.manager.find(AuditEntry, { where: { targetType: 'test' } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(['committed']);
  });

  it('commits every one of 50 overlapping transactions', async () => {
    const ids = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        tx.run(async (m) => {
          const e = await m.save(entry(`parallel-${i}`));
          await sleep(Math.random() * 5);
          return e.id;
        }),
      ),
    );
    expect(new Set(ids).size).toBe(50);
    expect(await ds.manager.count(AuditEntry, { where: { targetType: 'test' } })).toBe(51);
  });

  it('creates a row on first use in one statement, and keeps the first of two', async () => {
    const now = new Date();
    const pair = (awards: number) => ({
      id: newId(),
      communityId: 'c',
      residentKey: 'r',
      volunteerId: 'v',
      period: '2026-11',
      awards,
      createdAt: now,
      updatedAt: now,
    });
    const statements = await tx.run(async (m) => {
      const spy = jest.spyOn(m.queryRunner!, 'query');
      await insertOrIgnore(m, PointPairMonth, pair(1));
      await insertOrIgnore(m, PointPairMonth, pair(2));
      const n = spy.mock.calls.length;
      spy.mockRestore();
      return n;
    });
    // The callers read the row with a lock afterwards; the insert reads nothing back.
    expect(statements).toBe(2);
    expect((await ds.manager.find(PointPairMonth)).map((p) => p.awards)).toEqual([1]);
  });
});
