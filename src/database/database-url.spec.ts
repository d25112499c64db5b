import { resolve } from 'node:path';
import { parseDatabaseUrl } from 'src/database/database-url';

describe('parseDatabaseUrl', () => {
  it('resolves a SQLite path and keeps :memory:', () => {
    expect(parseDatabaseUrl('sqlite:./data/x.sqlite')).toEqual({
      engine: 'sqlite',
      file: resolve('data/x.sqlite'),
    });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ engine: 'sqlite', file: ':memory:' });
  });

  it('reads the database name of a MySQL URL', () => {
    expect(parseDatabaseUrl('mysql://root:pw@127.0.0.1:3306/points')).toMatchObject({
      engine: 'mysql',
      database: 'points',
    });
    expect(() => parseDatabaseUrl('mysql://root@127.0.0.1:3306/')).toThrow(/database name/);
    expect(() => parseDatabaseUrl('postgres://x/y')).toThrow(/DATABASE_URL/);
  });
});
