import type { EntityManager } from 'typeorm';
import { StatementBatch } from 'src/database/statement-batch';

/** A stand-in EntityManager whose runner answers as mysql2 or better-sqlite3 would. */
function manager(type: 'mysql' | 'better-sqlite3', answer: (sql: string) => unknown) {
  const sent: string[] = [];
  const m = {
    connection: { options: { type } },
    queryRunner: {
      query: (sql: string) => {
        sent.push(sql);
        return Promise.resolve(answer(sql));
      },
    },
  } as unknown as EntityManager;
  return { m, sent };
}

const dup = (message: string) =>
  Object.assign(new Error(message), { code: 'ER_DUP_ENTRY', errno: 1062 });

describe('StatementBatch', () => {
  const twoWrites = () =>
    new StatementBatch()
      .add({
        sql: 'INSERT INTO a VALUES (?)',
        params: [1],
        unique: { index: 'uq_a', duplicate: () => new Error('a taken') },
      })
      .add({
        sql: 'UPDATE b SET n = n - 1 WHERE n > 0',
        params: [],
        affected: { rows: 1, fail: () => new Error('b empty') },
      });

  it('sends the statements in one round trip on MySQL and checks each result', async () => {
    const { m, sent } = manager('mysql', () => ({
      raw: [{ affectedRows: 1 }, { affectedRows: 1 }],
    }));
    await twoWrites().send(m);
    expect(sent).toEqual(['INSERT INTO a VALUES (?);\nUPDATE b SET n = n - 1 WHERE n > 0']);
  });

  it('turns a conditional update that changed nothing into its error', async () => {
    const mysql = manager('mysql', () => ({ raw: [{ affectedRows: 1 }, { affectedRows: 0 }] }));
    await expect(twoWrites().send(mysql.m)).rejects.toThrow('b empty');
    const sqlite = manager('better-sqlite3', (sql) => ({
      affected: sql.startsWith('UPDATE') ? 0 : 1,
    }));
    await expect(twoWrites().send(sqlite.m)).rejects.toThrow('b empty');
    expect(sqlite.sent).toHaveLength(2);
  });

  it('names the statement whose unique key was taken', async () => {
    const mysql = manager('mysql', () => {
      throw dup("Duplicate entry '1' for key 'uq_a'");
    });
    await expect(twoWrites().send(mysql.m)).rejects.toThrow('a taken');
    const sqlite = manager('better-sqlite3', () => {
      throw Object.assign(new Error('UNIQUE constraint failed: a.id'), {
        code: 'SQLITE_CONSTRAINT_UNIQUE',
      });
    });
    await expect(twoWrites().send(sqlite.m)).rejects.toThrow('a taken');
  });

  it('takes one statement per entry', () => {
    expect(() =>
      new StatementBatch().add({ sql: 'DELETE FROM a; DROP TABLE a', params: [] }),
    ).toThrow();
  });
});
