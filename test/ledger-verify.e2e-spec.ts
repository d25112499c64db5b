import { DataSource } from 'typeorm';
import { PointAccount } from 'src/points/entities/point-account.entity';
import { verifyLedger } from 'src/points/verify-ledger';
import { createCommunity, createMember, loginPlatformAdmin } from './factories/actors';
import { ledger } from './factories/points';
import { runCli } from './helpers/cli';
import { startApp, type TestApp } from './helpers/test-app';

const verifyCli = (databaseUrl: string) => runCli('src/points/verify-ledger.cli.ts', databaseUrl);

describe('ledger:verify', () => {
  let t: TestApp;
  let accountId: string;

  beforeAll(async () => {
    t = await startApp();
    const a = await createCommunity(t.http, await loginPlatformAdmin(t.http));
    const v = await createMember(t.http, a.admin, a.id, ['resident', 'volunteer']);
    const l = ledger(t.app, a.id);
    await l.award(v.id, 30);
    await l.spend(v.id, 12);
    const account = await t.app
      .get(DataSource)
      .manager.findOneByOrFail(PointAccount, { ownerKey: v.id });
    accountId = account.id;
  });
  afterAll(() => t?.close());

  it('passes on a healthy ledger (function and npm script)', async () => {
    expect(await verifyLedger(t.app.get(DataSource))).toEqual([]);
    const cli = await verifyCli(t.db.url);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('Ledger OK');
  });

  it('fails, naming the account, when a balance no longer matches its entries', async () => {
    await t.app
      .get(DataSource)
      .query('UPDATE point_accounts SET balance = balance + 5 WHERE id = ?', [accountId]);
    const problems = await verifyLedger(t.app.get(DataSource));
    expect(problems.map((p) => p.check).sort()).toEqual([
      'balance != sum of entries',
      'lots != balance',
    ]);
    expect(problems.every((p) => p.accountId === accountId)).toBe(true);
    const cli = await verifyCli(t.db.url);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`account ${accountId}`);
  });
});
